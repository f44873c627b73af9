// The engine's table operations: CreateTable, DescribeTable and DeleteTable.

#include <gtest/gtest.h>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using client::TableStatus;
using testing::describe;
using testing::expect_error;
using testing::simple_table;

TEST(CreateTable, AnswersCreatingThenTheTableIsActive) {
    Engine engine;
    const auto created = engine.create_table(simple_table("books"));
    ASSERT_TRUE(created.table_description);
    const client::TableDescription& d = *created.table_description;
    EXPECT_EQ(d.table_status, TableStatus::Creating);
    EXPECT_EQ(d.table_name, "books");
    EXPECT_EQ(d.table_arn, "arn:aws:dynamodb:us-east-1:000000000000:table/books");
    ASSERT_TRUE(d.table_id);
    EXPECT_EQ(d.table_id->size(), 36U);
    EXPECT_EQ(d.item_count, 0);
    EXPECT_EQ(d.table_size_bytes, 0);
    ASSERT_TRUE(d.provisioned_throughput);
    EXPECT_EQ(d.provisioned_throughput->read_capacity_units, 5);
    EXPECT_EQ(d.provisioned_throughput->write_capacity_units, 1);
    EXPECT_EQ(d.provisioned_throughput->number_of_decreases_today, 0);
    EXPECT_EQ(d.deletion_protection_enabled, false);
    EXPECT_GT(d.creation_date_time.value_or(0), 1.6e9);

    const client::TableDescription now = describe(engine, "books");
    EXPECT_EQ(now.table_status, TableStatus::Active);
    EXPECT_EQ(now.table_id, d.table_id);
    EXPECT_EQ(now.key_schema, d.key_schema);
    EXPECT_EQ(now.attribute_definitions, d.attribute_definitions);
}

TEST(CreateTable, RefusesAnExistingName) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error([&] { engine.create_table(simple_table("books")); }, "ResourceInUseException",
                 "Table already exists: books");
}

TEST(DescribeTable, UnknownTableIsNotFound) {
    Engine engine;
    expect_error([&] { describe(engine, "nope"); }, "ResourceNotFoundException",
                 "Requested resource not found: Table: nope not found");
}

TEST(DeleteTable, AnswersDeletingAndTheTableIsGone) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const auto deleted = engine.delete_table({.table_name = "books"});
    ASSERT_TRUE(deleted.table_description);
    EXPECT_EQ(deleted.table_description->table_status, TableStatus::Deleting);
    EXPECT_EQ(deleted.table_description->table_name, "books");
    expect_error([&] { describe(engine, "books"); }, "ResourceNotFoundException",
                 "Requested resource not found: Table: books not found");
    expect_error([&] { engine.delete_table({.table_name = "books"}); }, "ResourceNotFoundException",
                 "Requested resource not found: Table: books not found");
    // The name is free again.
    EXPECT_NO_THROW(engine.create_table(simple_table("books")));
}

}  // namespace
}  // namespace dynamorm::local
