// Helpers of the engine's table-operation tests: requests for common tables, error checks.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local::testing {

/// A provisioned table (5 read, 1 write) with a string hash key `id`.
inline client::CreateTableRequest simple_table(std::string name) {
    return client::CreateTableRequest{
        .attribute_definitions = {{{.attribute_name = "id",
                                    .attribute_type = client::ScalarAttributeType::S}}},
        .table_name = std::move(name),
        .key_schema = {{{.attribute_name = "id", .key_type = client::KeyType::Hash}}},
        .provisioned_throughput =
            client::ProvisionedThroughput{.read_capacity_units = 5, .write_capacity_units = 1},
    };
}

inline client::TableDescription describe(Engine& engine, const std::string& name) {
    return engine.describe_table({.table_name = name}).table.value();
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

}  // namespace dynamorm::local::testing
