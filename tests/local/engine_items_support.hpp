// Helpers of the engine's item and read tests: tables created through Engine::create_table,
// short requests, and the error a call answers with.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local::testing {

/// A key attribute of a table or index: name and type.
struct Key {
    std::string name{};
    client::ScalarAttributeType type = client::ScalarAttributeType::S;
};

/// A secondary index to create.
struct Index {
    std::string name{};
    bool global = true;
    Key hash{};
    std::optional<Key> range{};
    client::ProjectionType projection = client::ProjectionType::All;
    std::vector<std::string> include{};
};

/// A table to create: provisioned (5 read, 5 write), with its indexes.
struct TableSpec {
    std::string name = "things";
    Key hash{"id"};
    std::optional<Key> range{};
    std::vector<Index> indexes{};
};

inline void define(std::vector<client::AttributeDefinition>& definitions, const Key& key) {
    for (const auto& definition : definitions) {
        if (definition.attribute_name == key.name) return;
    }
    definitions.push_back({.attribute_name = key.name, .attribute_type = key.type});
}

inline std::vector<client::KeySchemaElement> key_schema(const Key& hash,
                                                        const std::optional<Key>& range) {
    std::vector<client::KeySchemaElement> schema{
        {.attribute_name = hash.name, .key_type = client::KeyType::Hash}};
    if (range)
        schema.push_back({.attribute_name = range->name, .key_type = client::KeyType::Range});
    return schema;
}

inline client::CreateTableRequest create_request(const TableSpec& spec) {
    std::vector<client::AttributeDefinition> definitions;
    define(definitions, spec.hash);
    if (spec.range) define(definitions, *spec.range);
    const client::ProvisionedThroughput throughput{.read_capacity_units = 5,
                                                   .write_capacity_units = 5};
    std::vector<client::GlobalSecondaryIndex> globals;
    std::vector<client::LocalSecondaryIndex> locals;
    for (const Index& index : spec.indexes) {
        define(definitions, index.hash);
        if (index.range) define(definitions, *index.range);
        client::Projection projection{.projection_type = index.projection};
        if (!index.include.empty()) projection.non_key_attributes = index.include;
        if (index.global) {
            globals.push_back({.index_name = index.name,
                               .key_schema = key_schema(index.hash, index.range),
                               .projection = projection,
                               .provisioned_throughput = throughput});
        } else {
            locals.push_back({.index_name = index.name,
                              .key_schema = key_schema(index.hash, index.range),
                              .projection = projection});
        }
    }
    client::CreateTableRequest request{.attribute_definitions = definitions,
                                       .table_name = spec.name,
                                       .key_schema = key_schema(spec.hash, spec.range),
                                       .provisioned_throughput = throughput};
    if (!globals.empty()) request.global_secondary_indexes = globals;
    if (!locals.empty()) request.local_secondary_indexes = locals;
    return request;
}

inline void create(Engine& engine, const TableSpec& spec) {
    engine.create_table(create_request(spec));
}

inline void put(Engine& engine, const std::string& table, Item item) {
    engine.put_item({.table_name = table, .item = std::move(item)});
}

/// The item at `key`, or nothing.
inline std::optional<Item> get(Engine& engine, const std::string& table, Item key) {
    return engine.get_item({.table_name = table, .key = std::move(key), .consistent_read = true})
        .item;
}

/// "<code>: <message>" of the ServiceError `call` throws, or "(no error)".
template <class Call>
std::string failure(Call&& call) {
    try {
        std::forward<Call>(call)();
    } catch (const ServiceError& error) {
        return error.code() + ": " + error.message();
    }
    return "(no error)";
}

/// "ValidationException: <message>".
inline std::string invalid(std::string message) {
    return "ValidationException: " + std::move(message);
}

}  // namespace dynamorm::local::testing
