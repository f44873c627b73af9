#include "local/update_table_checks.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "local/index_rules.hpp"
#include "local/table_settings.hpp"

namespace dynamorm::local {
namespace {

using client::GlobalSecondaryIndexUpdate;
using client::ProvisionedThroughput;
using client::UpdateTableRequest;

constexpr std::size_t kMaxGlobalIndexes = 20;
constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";
constexpr std::string_view kLimits =
    "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher "
    "limits.";

[[noreturn]] void invalid(const std::string& message) {
    throw ServiceError::validation(std::string(kInvalid) + message);
}

[[noreturn]] void limit_exceeded(const std::string& message) {
    throw ServiceError(std::string(errors::kLimitExceeded), message);
}

bool has_index_updates(const UpdateTableRequest& r) {
    return r.global_secondary_index_updates && !r.global_secondary_index_updates->empty();
}

bool creates_or_deletes(const UpdateTableRequest& r) {
    if (!r.global_secondary_index_updates) return false;
    return std::any_of(r.global_secondary_index_updates->begin(),
                       r.global_secondary_index_updates->end(),
                       [](const GlobalSecondaryIndexUpdate& u) { return u.create || u.delete_; });
}

const client::GlobalSecondaryIndexDescription* find_global(const Table& table,
                                                           const std::string& name) {
    if (!table.description.global_secondary_indexes) return nullptr;
    for (const auto& index : *table.description.global_secondary_indexes) {
        if (index.index_name == name) return &index;
    }
    return nullptr;
}

bool is_local(const Table& table, const std::string& name) {
    const IndexDef* index = table.schema.find_index(name);
    return index != nullptr && !index->global;
}

std::string unchanged_throughput(const std::string& what,
                                 const client::ProvisionedThroughputDescription& current,
                                 const ProvisionedThroughput& requested,
                                 const std::string& provisioned_for) {
    return "The provisioned throughput for " + what +
           " will not change. The requested value equals the current value. Current "
           "ReadCapacityUnits provisioned for " +
           provisioned_for + ": " + std::to_string(current.read_capacity_units.value_or(0)) +
           ". Requested ReadCapacityUnits: " +
           std::to_string(requested.read_capacity_units.value_or(0)) +
           ". Current WriteCapacityUnits provisioned for " + provisioned_for + ": " +
           std::to_string(current.write_capacity_units.value_or(0)) +
           ". Requested WriteCapacityUnits: " +
           std::to_string(requested.write_capacity_units.value_or(0)) + ". " + std::string(kLimits);
}

bool same_throughput(const std::optional<client::ProvisionedThroughputDescription>& current,
                     const ProvisionedThroughput& requested) {
    return current && current->read_capacity_units == requested.read_capacity_units &&
           current->write_capacity_units == requested.write_capacity_units;
}

// The existence of the indexes the updates name, in request order.
void check_index_names(const Table& table, const UpdateTableRequest& r) {
    const std::string& table_name = table.description.table_name.value();
    for (const GlobalSecondaryIndexUpdate& update : *r.global_secondary_index_updates) {
        if (update.create) {
            if (table.schema.find_index(*update.create->index_name) != nullptr) {
                throw ServiceError::validation(
                    "Attempting to create an index which already exists");
            }
            continue;
        }
        const bool deleting = update.delete_.has_value();
        const std::string& name =
            deleting ? *update.delete_->index_name : *update.update->index_name;
        if (is_local(table, name)) {
            throw ServiceError::validation(
                std::string(deleting ? "Cannot delete" : "Cannot update") +
                " an index that is not a GlobalSecondaryIndex: " + name);
        }
        if (find_global(table, name) == nullptr) {
            throw ServiceError::resource_not_found("Requested resource not found: Index " + name +
                                                   " for table " + table_name);
        }
    }
}

void check_new_index(const Table& table, const UpdateTableRequest& r,
                     const client::CreateGlobalSecondaryIndexAction& create,
                     bool billed_on_demand) {
    const std::string& name = *create.index_name;
    if (!r.attribute_definitions)
        invalid("AttributeDefinitions is not specified for index: " + name);
    // The key attributes may be defined by the request or already by the table.
    std::vector<client::AttributeDefinition> definitions = *r.attribute_definitions;
    for (const client::AttributeDefinition& existing :
         table.description.attribute_definitions.value_or(
             std::vector<client::AttributeDefinition>{})) {
        const bool redefined =
            std::any_of(definitions.begin(), definitions.end(), [&](const auto& definition) {
                return definition.attribute_name == existing.attribute_name;
            });
        if (!redefined) definitions.push_back(existing);
    }
    check_key_schema_rules(*create.key_schema, definitions);
    check_projection_rules(*create.projection);

    std::vector<const client::Projection*> projections{&*create.projection};
    const auto& description = table.description;
    if (description.global_secondary_indexes) {
        for (const auto& index : *description.global_secondary_indexes) {
            projections.push_back(index.projection ? &*index.projection : nullptr);
        }
    }
    if (description.local_secondary_indexes) {
        for (const auto& index : *description.local_secondary_indexes) {
            projections.push_back(index.projection ? &*index.projection : nullptr);
        }
    }
    check_projected_attribute_count(projections);

    const std::size_t globals =
        description.global_secondary_indexes ? description.global_secondary_indexes->size() : 0;
    if (globals + 1 > kMaxGlobalIndexes) {
        limit_exceeded(
            "Subscriber limit exceeded: Number of global secondary indexes exceeds per-table "
            "limit of " +
            std::to_string(kMaxGlobalIndexes));
    }
    if (billed_on_demand && create.provisioned_throughput) {
        invalid("ProvisionedThroughput should not be specified for index: " + name +
                " when BillingMode is PAY_PER_REQUEST");
    }
    if (!billed_on_demand && !create.provisioned_throughput) {
        invalid("ProvisionedThroughput must be specified for index: " + name);
    }
}

void check_billing_and_throughput(const Table& table, const UpdateTableRequest& r) {
    const bool was_on_demand = on_demand(table.description);
    const bool will_be_on_demand =
        r.billing_mode ? *r.billing_mode == client::BillingMode::PayPerRequest : was_on_demand;
    if (r.provisioned_throughput && will_be_on_demand) {
        invalid(
            "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode "
            "is PAY_PER_REQUEST");
    }
    const auto updates =
        r.global_secondary_index_updates.value_or(std::vector<GlobalSecondaryIndexUpdate>{});
    for (const GlobalSecondaryIndexUpdate& update : updates) {
        if (update.update && will_be_on_demand) {
            invalid(
                "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: " +
                *update.update->index_name + " when BillingMode is PAY_PER_REQUEST");
        }
    }
    if (was_on_demand && !will_be_on_demand) {
        // Every index that stays needs its throughput in the same request.
        std::vector<std::string> missing;
        for (const auto& index : table.description.global_secondary_indexes.value_or(
                 std::vector<client::GlobalSecondaryIndexDescription>{})) {
            const bool covered = std::any_of(updates.begin(), updates.end(), [&](const auto& u) {
                return (u.update && u.update->index_name == index.index_name) ||
                       (u.delete_ && u.delete_->index_name == index.index_name);
            });
            if (!covered) missing.push_back(index.index_name.value_or(""));
        }
        if (!missing.empty()) {
            std::string names;
            for (const std::string& name : missing)
                names += (names.empty() ? "" : ",") + name;
            invalid("ProvisionedThroughput must be specified for index: " + names);
        }
    }
    if (was_on_demand) return;
    if (r.provisioned_throughput &&
        same_throughput(table.description.provisioned_throughput, *r.provisioned_throughput)) {
        throw ServiceError::validation(
            unchanged_throughput("the table", *table.description.provisioned_throughput,
                                 *r.provisioned_throughput, "the table"));
    }
    for (const GlobalSecondaryIndexUpdate& update : updates) {
        if (!update.update) continue;
        const std::string& name = *update.update->index_name;
        const auto* index = find_global(table, name);
        if (index != nullptr && same_throughput(index->provisioned_throughput,
                                                *update.update->provisioned_throughput)) {
            throw ServiceError::validation(
                unchanged_throughput("the index " + name, *index->provisioned_throughput,
                                     *update.update->provisioned_throughput, "index " + name));
        }
    }
}

void check_stream_state(const Table& table, const client::StreamSpecification& stream) {
    const bool enabled = table.description.stream_specification &&
                         table.description.stream_specification->stream_enabled == true;
    const std::string& name = table.description.table_name.value();
    if (*stream.stream_enabled && enabled) {
        throw ServiceError::validation("Table already has an enabled stream: TableName: " + name);
    }
    if (!*stream.stream_enabled && !enabled) {
        throw ServiceError::validation("Table has no stream to disable: TableName: " + name);
    }
}

void check_sse_state(const Table& table, const client::SseSpecification& sse) {
    const auto& current = table.description.sse_description;
    if (!wants_kms(sse)) {
        if (!current) invalid("Table is already encrypted by default");
        return;
    }
    if (current && sse.kms_master_key_id && current->kms_master_key_arn == sse.kms_master_key_id) {
        invalid(
            "Table is already encrypted with given KMSMasterKeyId. Use KMSMasterKeyId parameter "
            "if you want to change Master Key");
    }
}

}  // namespace

bool on_demand(const client::TableDescription& description) {
    return description.billing_mode_summary &&
           description.billing_mode_summary->billing_mode == client::BillingMode::PayPerRequest;
}

void check_update_table_request(const UpdateTableRequest& r) {
    const bool updates_indexes = has_index_updates(r);
    const bool empty_index_updates =
        r.global_secondary_index_updates && r.global_secondary_index_updates->empty();
    const int changes = int{r.provisioned_throughput.has_value()} +
                        int{r.billing_mode.has_value()} + int{r.stream_specification.has_value()} +
                        int{updates_indexes} + int{r.sse_specification.has_value()} +
                        int{r.table_class.has_value()} +
                        int{r.deletion_protection_enabled.has_value()};
    if (empty_index_updates && changes > 0) invalid("List of GlobalSecondaryIndexUpdates is empty");
    // DynamoDB makes one kind of change per request, naming them in this order.
    if (r.sse_specification && changes > 1) {
        invalid("Server-Side Encryption modification must be the only operation in the request");
    }
    if (r.table_class && changes > 1) {
        invalid("TableClass modification must be the only operation in the request");
    }
    if (r.deletion_protection_enabled && changes > 1) {
        invalid("DeletionProtection modification must be the only operation in the request");
    }
    if (updates_indexes) {
        for (const GlobalSecondaryIndexUpdate& update : *r.global_secondary_index_updates) {
            const int actions = int{update.update.has_value()} + int{update.create.has_value()} +
                                int{update.delete_.has_value()};
            if (actions > 1) {
                invalid(
                    "Only one global secondary index action is allowed per "
                    "GlobalSecondaryIndexUpdate object");
            }
        }
        const auto creates_and_deletes = std::count_if(
            r.global_secondary_index_updates->begin(), r.global_secondary_index_updates->end(),
            [](const GlobalSecondaryIndexUpdate& u) { return u.create || u.delete_; });
        if (creates_and_deletes > 1) {
            limit_exceeded(
                "Subscriber limit exceeded: Only 1 online index can be created or deleted "
                "simultaneously per table");
        }
    }
    if (creates_or_deletes(r) && r.provisioned_throughput) {
        invalid("You cannot create or delete index while updating table IOPS");
    }
    if (creates_or_deletes(r) && r.stream_specification) {
        invalid("You cannot create or delete index while changing stream status");
    }
    if (r.stream_specification && r.provisioned_throughput) {
        invalid("You cannot modify stream status while updating table IOPS");
    }
    if (r.stream_specification) check_stream_specification(*r.stream_specification, false);
    if (r.sse_specification) check_sse_specification(*r.sse_specification);
}

void check_update_table(const Table& table, const UpdateTableRequest& r) {
    if (has_index_updates(r)) {
        check_index_names(table, r);
        const bool will_be_on_demand = r.billing_mode
                                           ? *r.billing_mode == client::BillingMode::PayPerRequest
                                           : on_demand(table.description);
        for (const GlobalSecondaryIndexUpdate& update : *r.global_secondary_index_updates) {
            if (update.create) check_new_index(table, r, *update.create, will_be_on_demand);
        }
    }
    check_billing_and_throughput(table, r);
    if (r.stream_specification) check_stream_state(table, *r.stream_specification);
    if (r.sse_specification) check_sse_state(table, *r.sse_specification);
}

}  // namespace dynamorm::local
