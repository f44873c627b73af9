// Helpers of the engine's table-operation tests: requests for common tables, error checks.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local::testing {

inline client::AttributeDefinition attribute(
    std::string name, client::ScalarAttributeType type = client::ScalarAttributeType::S) {
    return {.attribute_name = std::move(name), .attribute_type = type};
}

inline client::KeySchemaElement hash_key(std::string name) {
    return {.attribute_name = std::move(name), .key_type = client::KeyType::Hash};
}

inline client::KeySchemaElement range_key(std::string name) {
    return {.attribute_name = std::move(name), .key_type = client::KeyType::Range};
}

inline client::ProvisionedThroughput throughput(std::int64_t read, std::int64_t write) {
    return {.read_capacity_units = read, .write_capacity_units = write};
}

inline client::Projection project_all() {
    return {.projection_type = client::ProjectionType::All};
}

inline client::Projection project_keys() {
    return {.projection_type = client::ProjectionType::KeysOnly};
}

inline client::Projection project_include(std::vector<std::string> names) {
    return {.projection_type = client::ProjectionType::Include,
            .non_key_attributes = std::move(names)};
}

/// A provisioned table (5 read, 1 write) with a string hash key `id`.
inline client::CreateTableRequest simple_table(std::string name) {
    return client::CreateTableRequest{
        .attribute_definitions = {{attribute("id")}},
        .table_name = std::move(name),
        .key_schema = {{hash_key("id")}},
        .provisioned_throughput = throughput(5, 1),
    };
}

/// An on-demand table keyed by `id` (hash, S) and `n` (range, N).
inline client::CreateTableRequest range_table(std::string name) {
    return client::CreateTableRequest{
        .attribute_definitions = {{attribute("id"),
                                   attribute("n", client::ScalarAttributeType::N)}},
        .table_name = std::move(name),
        .key_schema = {{hash_key("id"), range_key("n")}},
        .billing_mode = client::BillingMode::PayPerRequest,
    };
}

inline client::TableDescription describe(Engine& engine, const std::string& name) {
    return engine.describe_table({.table_name = name}).table.value();
}

inline void put(Engine& engine, const std::string& table, Item item) {
    engine.put_item({.table_name = table, .item = std::move(item)});
}

/// The description of index `name` among `description`'s global secondary indexes, or null.
inline const client::GlobalSecondaryIndexDescription* global_index(
    const client::TableDescription& description, std::string_view name) {
    if (!description.global_secondary_indexes) return nullptr;
    for (const auto& index : *description.global_secondary_indexes) {
        if (index.index_name == name) return &index;
    }
    return nullptr;
}

/// Runs `call` and checks that it throws a ServiceError with this code and message.
template <class F>
void expect_error(F&& call, std::string_view code, std::string_view message) {
    try {
        call();
        ADD_FAILURE() << "no error; expected " << code << ": " << message;
    } catch (const ServiceError& error) {
        EXPECT_EQ(error.code(), code);
        EXPECT_EQ(error.message(), message);
    }
}

inline constexpr std::string_view kValidation = "ValidationException";
inline constexpr std::string_view kNotFound = "ResourceNotFoundException";
inline constexpr std::string_view kInUse = "ResourceInUseException";
inline constexpr std::string_view kLimit = "LimitExceededException";

}  // namespace dynamorm::local::testing
