#include "local/table_update.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "local/table_commit.hpp"
#include "local/table_description.hpp"
#include "local/table_factory.hpp"
#include "local/table_settings.hpp"
#include "local/update_table_checks.hpp"

namespace dynamorm::local {
namespace {

using client::GlobalSecondaryIndexDescription;
using client::ProvisionedThroughput;
using client::ProvisionedThroughputDescription;

void change_throughput(ProvisionedThroughputDescription& current,
                       const ProvisionedThroughput& requested, double now) {
    const std::int64_t read = current.read_capacity_units.value_or(0);
    const std::int64_t write = current.write_capacity_units.value_or(0);
    const std::int64_t new_read = requested.read_capacity_units.value_or(read);
    const std::int64_t new_write = requested.write_capacity_units.value_or(write);
    if (new_read > read || new_write > write) current.last_increase_date_time = now;
    if (new_read < read || new_write < write) {
        current.last_decrease_date_time = now;
        current.number_of_decreases_today = current.number_of_decreases_today.value_or(0) + 1;
    }
    current.read_capacity_units = new_read;
    current.write_capacity_units = new_write;
}

void zero_throughput(std::optional<ProvisionedThroughputDescription>& throughput) {
    if (!throughput) throughput.emplace().number_of_decreases_today = 0;
    throughput->read_capacity_units = 0;
    throughput->write_capacity_units = 0;
}

GlobalSecondaryIndexDescription* find_global(client::TableDescription& description,
                                             const std::string& name) {
    if (!description.global_secondary_indexes) return nullptr;
    for (auto& index : *description.global_secondary_indexes) {
        if (index.index_name == name) return &index;
    }
    return nullptr;
}

std::size_t schema_position(const Table& table, const std::string& name) {
    for (std::size_t i = 0; i < table.schema.indexes.size(); ++i) {
        if (table.schema.indexes[i].name == name) return i;
    }
    return table.schema.indexes.size();
}

// The attribute definitions the keys of the table and its indexes still use.
void prune_definitions(client::TableDescription& description) {
    std::set<std::string, std::less<>> used;
    const auto use = [&](const std::optional<std::vector<client::KeySchemaElement>>& keys) {
        if (!keys) return;
        for (const auto& key : *keys)
            used.insert(key.attribute_name.value_or(""));
    };
    use(description.key_schema);
    if (description.local_secondary_indexes) {
        for (const auto& index : *description.local_secondary_indexes)
            use(index.key_schema);
    }
    if (description.global_secondary_indexes) {
        for (const auto& index : *description.global_secondary_indexes)
            use(index.key_schema);
    }
    if (!description.attribute_definitions) return;
    std::erase_if(*description.attribute_definitions, [&](const auto& definition) {
        return !used.contains(definition.attribute_name.value_or(""));
    });
}

void create_index(Table& table, const client::UpdateTableRequest& request,
                  const client::CreateGlobalSecondaryIndexAction& create) {
    client::TableDescription& description = table.description;
    std::vector<client::AttributeDefinition> definitions =
        description.attribute_definitions.value_or(std::vector<client::AttributeDefinition>{});
    // The table's own definitions stand; the request adds those of the new key attributes.
    for (const client::KeySchemaElement& key : *create.key_schema) {
        const bool known = std::any_of(definitions.begin(), definitions.end(), [&](const auto& d) {
            return d.attribute_name == key.attribute_name;
        });
        if (known) continue;
        for (const client::AttributeDefinition& definition : *request.attribute_definitions) {
            if (definition.attribute_name == key.attribute_name) definitions.push_back(definition);
        }
    }
    description.attribute_definitions = sorted_definitions(std::move(definitions));

    auto entry = new_global_index_description(description.table_arn.value_or(""),
                                              *create.index_name, *create.key_schema,
                                              *create.projection, create.provisioned_throughput);
    entry.index_status = client::IndexStatus::Active;
    if (!description.global_secondary_indexes) description.global_secondary_indexes.emplace();
    description.global_secondary_indexes->push_back(std::move(entry));

    // schema.indexes and index_entries stay parallel.
    table.schema.indexes.push_back(index_def(*create.index_name, true, *create.key_schema,
                                             *create.projection,
                                             *description.attribute_definitions));
    table.index_entries.emplace_back();
    table.build_index(table.index_entries.size() - 1);
}

// Returns the index's position and entries, to put back should saving fail.
std::pair<std::size_t, ItemStore> delete_index(Table& table, const std::string& name) {
    const std::size_t position = schema_position(table, name);
    ItemStore entries;
    if (position < table.schema.indexes.size()) {
        const auto offset = static_cast<std::ptrdiff_t>(position);
        table.schema.indexes.erase(table.schema.indexes.begin() + offset);
        entries = std::move(table.index_entries[position]);
        table.index_entries.erase(table.index_entries.begin() + offset);
    }
    auto& globals = *table.description.global_secondary_indexes;
    std::erase_if(globals, [&](const auto& index) { return index.index_name == name; });
    if (globals.empty()) table.description.global_secondary_indexes.reset();
    prune_definitions(table.description);
    return {position, std::move(entries)};
}

}  // namespace

client::TableDescription apply_update_table(Table& table, const client::UpdateTableRequest& r,
                                            const EngineOptions& options, Journal* journal,
                                            double now) {
    client::TableDescription& description = table.description;
    const client::TableDescription before = current_description(table);
    const client::TableDescription saved_description = table.description;
    const TableSchema saved_schema = table.schema;
    std::optional<std::pair<std::size_t, ItemStore>> removed_entries;
    bool table_updating = false;
    std::vector<std::string> updated_indexes;
    std::optional<std::string> created_index;
    std::optional<GlobalSecondaryIndexDescription> deleted_index;

    const bool was_on_demand = on_demand(description);
    if (r.billing_mode) {
        const bool to_on_demand = *r.billing_mode == client::BillingMode::PayPerRequest;
        if (to_on_demand && !was_on_demand) {
            table_updating = true;
            description.billing_mode_summary =
                client::BillingModeSummary{client::BillingMode::PayPerRequest, now};
            zero_throughput(description.provisioned_throughput);
            if (description.global_secondary_indexes) {
                for (auto& index : *description.global_secondary_indexes) {
                    zero_throughput(index.provisioned_throughput);
                }
            }
        } else if (!to_on_demand && was_on_demand) {
            table_updating = true;
            description.billing_mode_summary->billing_mode = client::BillingMode::Provisioned;
            description.provisioned_throughput->read_capacity_units =
                r.provisioned_throughput->read_capacity_units;
            description.provisioned_throughput->write_capacity_units =
                r.provisioned_throughput->write_capacity_units;
        }
    }
    const bool switched = table_updating;
    if (r.provisioned_throughput && !switched) {
        table_updating = true;
        change_throughput(*description.provisioned_throughput, *r.provisioned_throughput, now);
    }

    if (r.global_secondary_index_updates) {
        for (const client::GlobalSecondaryIndexUpdate& update : *r.global_secondary_index_updates) {
            if (update.update) {
                const std::string& name = *update.update->index_name;
                auto* index = find_global(description, name);
                auto& throughput = index->provisioned_throughput;
                if (switched || !throughput) {
                    throughput.emplace().number_of_decreases_today = 0;
                    throughput->read_capacity_units =
                        update.update->provisioned_throughput->read_capacity_units;
                    throughput->write_capacity_units =
                        update.update->provisioned_throughput->write_capacity_units;
                } else {
                    change_throughput(*throughput, *update.update->provisioned_throughput, now);
                }
                updated_indexes.push_back(name);
            } else if (update.create) {
                table_updating = true;
                created_index = *update.create->index_name;
                create_index(table, r, *update.create);
            } else if (update.delete_) {
                table_updating = true;
                const std::string& name = *update.delete_->index_name;
                for (const auto& index : *before.global_secondary_indexes) {
                    if (index.index_name == name) deleted_index = index;
                }
                removed_entries = delete_index(table, name);
            }
        }
    }

    if (r.stream_specification) {
        table_updating = true;
        if (*r.stream_specification->stream_enabled) {
            enable_stream(description, *r.stream_specification, now);
        } else {
            // The last stream's label and ARN stay, as DynamoDB leaves them.
            description.stream_specification.reset();
        }
    }
    bool sse_changed = false;
    if (r.sse_specification) {
        sse_changed = true;
        if (wants_kms(*r.sse_specification)) {
            description.sse_description = kms_description(*r.sse_specification, options);
        } else {
            description.sse_description.reset();
        }
    }
    if (r.table_class) {
        const auto current = description.table_class_summary
                                 ? description.table_class_summary->table_class
                                 : std::nullopt;
        const bool standard = *r.table_class == client::TableClass::Standard;
        // STANDARD on a table that never named a class changes nothing.
        if (!(current ? *current == *r.table_class : standard)) {
            table_updating = true;
            description.table_class_summary = client::TableClassSummary{*r.table_class, now};
        }
    }
    if (r.deletion_protection_enabled) {
        description.deletion_protection_enabled = *r.deletion_protection_enabled;
    }

    save_or_undo(journal, table, [&] {
        if (created_index) table.index_entries.pop_back();
        if (removed_entries) {
            const auto offset = static_cast<std::ptrdiff_t>(removed_entries->first);
            table.index_entries.insert(table.index_entries.begin() + offset,
                                       std::move(removed_entries->second));
        }
        table.description = saved_description;
        table.schema = saved_schema;
    });

    // The answer: the new description, with DynamoDB's transient statuses and echoes.
    client::TableDescription answer = current_description(table);
    answer.table_status =
        table_updating ? client::TableStatus::Updating : client::TableStatus::Active;
    if (r.provisioned_throughput && !switched) {
        answer.provisioned_throughput = before.provisioned_throughput;
    }
    if (answer.global_secondary_indexes) {
        for (auto& index : *answer.global_secondary_indexes) {
            const std::string& name = index.index_name.value();
            if (created_index == name) {
                index.index_status = client::IndexStatus::Creating;
                index.backfilling = false;
            } else if (std::find(updated_indexes.begin(), updated_indexes.end(), name) !=
                       updated_indexes.end()) {
                index.index_status = client::IndexStatus::Updating;
                if (!switched) {
                    for (const auto& old : *before.global_secondary_indexes) {
                        if (old.index_name == name) {
                            index.provisioned_throughput = old.provisioned_throughput;
                        }
                    }
                }
            }
        }
    }
    if (deleted_index) {
        deleted_index->index_status = client::IndexStatus::Deleting;
        if (!answer.global_secondary_indexes) answer.global_secondary_indexes.emplace();
        answer.global_secondary_indexes->push_back(std::move(*deleted_index));
    }
    if (sse_changed && answer.sse_description) {
        answer.sse_description->status = client::SseStatus::Updating;
    }
    return answer;
}

}  // namespace dynamorm::local
