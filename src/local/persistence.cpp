#include "local/persistence.hpp"

#include <memory>
#include <stdexcept>
#include <string>

#include "dynamorm/client/wire.hpp"
#include "dynamorm/value/json_value.hpp"
#include "local/table_factory.hpp"

namespace dynamorm::local {
namespace {

const std::string* key_name(const std::optional<std::vector<client::KeySchemaElement>>& schema,
                            client::KeyType type) {
    if (!schema) return nullptr;
    for (const client::KeySchemaElement& element : *schema) {
        if (element.key_type && element.key_type->known() && element.key_type->value() == type &&
            element.attribute_name) {
            return &*element.attribute_name;
        }
    }
    return nullptr;
}

// TTL and tags, which DescribeTable does not show.
std::string state_json(const Table& table) {
    json::Array tags;
    for (const client::Tag& tag : table.tags) {
        tags.push_back(json::Value::object(
            {{"Key", tag.key.value_or("")}, {"Value", tag.value.value_or("")}}));
    }
    json::Value state = json::Value::object({{"Tags", json::Value(std::move(tags))}});
    if (table.ttl_attribute) state["TimeToLiveAttribute"] = *table.ttl_attribute;
    return state.dump();
}

void restore_state(std::string_view text, Table& table) {
    const json::Value state = json::parse(text);
    if (const json::Value* ttl = state.find("TimeToLiveAttribute")) {
        table.ttl_attribute = ttl->as_string();
    }
    if (const json::Value* tags = state.find("Tags")) {
        for (const json::Value& tag : tags->as_array()) {
            table.tags.push_back(client::Tag{.key = tag.at("Key").as_string(),
                                             .value = tag.at("Value").as_string()});
        }
    }
}

}  // namespace

TableSchema schema_of(const client::TableDescription& description) {
    const auto& definitions = description.attribute_definitions.value();
    TableSchema schema;
    const std::string* hash = key_name(description.key_schema, client::KeyType::Hash);
    if (hash == nullptr) throw std::runtime_error("a stored table has no hash key");
    schema.hash = key_def(definitions, *hash);
    if (const std::string* range = key_name(description.key_schema, client::KeyType::Range)) {
        schema.range = key_def(definitions, *range);
    }
    if (description.global_secondary_indexes) {
        for (const auto& index : *description.global_secondary_indexes) {
            schema.indexes.push_back(index_def(index.index_name.value(), true,
                                               index.key_schema.value(), index.projection.value(),
                                               definitions));
        }
    }
    if (description.local_secondary_indexes) {
        for (const auto& index : *description.local_secondary_indexes) {
            schema.indexes.push_back(index_def(index.index_name.value(), false,
                                               index.key_schema.value(), index.projection.value(),
                                               definitions));
        }
    }
    return schema;
}

void save_table(Journal* journal, const Table& table) {
    if (journal == nullptr) return;
    std::string description;
    client::to_json(client::DescribeTableResponse{.table = table.description}, description);
    journal->save_table(table.description.table_name.value(), description, state_json(table));
}

void drop_table(Journal* journal, std::string_view name) {
    if (journal != nullptr) journal->drop_table(name);
}

void load_tables(Journal& journal, EngineState& state) {
    for (StoredTable& stored : journal.load()) {
        client::DescribeTableResponse response;
        client::from_json(stored.description, response);
        if (!response.table) {
            throw std::runtime_error("the stored description of table " + stored.name +
                                     " is empty (" + journal.path() + ")");
        }
        auto table = std::make_shared<Table>(schema_of(*response.table), *response.table);
        restore_state(stored.state, *table);
        table->journal = &journal;
        for (Item& item : stored.items)
            table->put(std::move(item), /*journal=*/false);
        state.tables.emplace(stored.name, std::move(table));
    }
}

}  // namespace dynamorm::local
