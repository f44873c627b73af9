// The engine's CreateTable, DescribeTable, ListTables and DeleteTable: answers, counts and
// errors.

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "dynamorm/value/item_size.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using client::TableStatus;
using testing::describe;
using testing::expect_error;
using testing::kInUse;
using testing::kNotFound;
using testing::kValidation;
using testing::put;
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
    EXPECT_EQ((*d.table_id)[14], '4');  // a version 4 UUID
    EXPECT_EQ(d.item_count, 0);
    EXPECT_EQ(d.table_size_bytes, 0);
    ASSERT_TRUE(d.provisioned_throughput);
    EXPECT_EQ(d.provisioned_throughput->read_capacity_units, 5);
    EXPECT_EQ(d.provisioned_throughput->write_capacity_units, 1);
    EXPECT_EQ(d.provisioned_throughput->number_of_decreases_today, 0);
    EXPECT_EQ(d.deletion_protection_enabled, false);
    EXPECT_FALSE(d.billing_mode_summary);
    EXPECT_FALSE(d.stream_specification);
    EXPECT_FALSE(d.sse_description);
    EXPECT_GT(d.creation_date_time.value_or(0), 1.6e9);

    const client::TableDescription now = describe(engine, "books");
    EXPECT_EQ(now.table_status, TableStatus::Active);
    EXPECT_EQ(now.table_id, d.table_id);
    EXPECT_EQ(now.creation_date_time, d.creation_date_time);
    EXPECT_EQ(now.key_schema, d.key_schema);
    EXPECT_EQ(now.attribute_definitions, d.attribute_definitions);
}

TEST(CreateTable, TablesHaveTheirOwnIds) {
    Engine engine;
    const auto a = engine.create_table(simple_table("aaa")).table_description->table_id;
    const auto b = engine.create_table(simple_table("bbb")).table_description->table_id;
    EXPECT_NE(a, b);
}

TEST(CreateTable, UsesTheEnginesRegionAndAccountInArns) {
    Engine engine(
        EngineOptions{.directory = "", .region = "eu-west-3", .account_id = "123456789012"});
    EXPECT_EQ(engine.create_table(simple_table("books")).table_description->table_arn,
              "arn:aws:dynamodb:eu-west-3:123456789012:table/books");
}

TEST(CreateTable, RefusesAnExistingName) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error([&] { engine.create_table(simple_table("books")); }, kInUse,
                 "Table already exists: books");
}

TEST(CreateTable, ValidatesTheRequestFirst) {
    Engine engine;
    expect_error([&] { engine.create_table(simple_table("ab")); }, kValidation,
                 "TableName must be at least 3 characters long and at most 255 characters long");
}

TEST(DescribeTable, UnknownTableIsNotFound) {
    Engine engine;
    expect_error([&] { describe(engine, "nope"); }, kNotFound,
                 "Requested resource not found: Table: nope not found");
}

TEST(DescribeTable, CountsItemsAndBytesAsTheyChange) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const Item first{{"id", "a"}, {"title", "Dune"}};
    const Item second{{"id", "b"}, {"pages", 412}};
    put(engine, "books", first);
    put(engine, "books", second);
    client::TableDescription d = describe(engine, "books");
    EXPECT_EQ(d.item_count, 2);
    EXPECT_EQ(d.table_size_bytes, static_cast<std::int64_t>(item_size(first) + item_size(second)));

    engine.delete_item({.table_name = "books", .key = Item{{"id", "a"}}});
    d = describe(engine, "books");
    EXPECT_EQ(d.item_count, 1);
    EXPECT_EQ(d.table_size_bytes, static_cast<std::int64_t>(item_size(second)));
}

TEST(DeleteTable, AnswersDeletingAndTheTableIsGone) {
    Engine engine;
    engine.create_table(simple_table("books"));
    put(engine, "books", Item{{"id", "a"}});
    const auto deleted = engine.delete_table({.table_name = "books"});
    ASSERT_TRUE(deleted.table_description);
    EXPECT_EQ(deleted.table_description->table_status, TableStatus::Deleting);
    EXPECT_EQ(deleted.table_description->table_name, "books");
    EXPECT_EQ(deleted.table_description->item_count, 1);
    expect_error([&] { describe(engine, "books"); }, kNotFound,
                 "Requested resource not found: Table: books not found");
    expect_error([&] { engine.delete_table({.table_name = "books"}); }, kNotFound,
                 "Requested resource not found: Table: books not found");
}

TEST(DeleteTable, ANewTableOfTheSameNameStartsEmpty) {
    Engine engine;
    engine.create_table(simple_table("books"));
    put(engine, "books", Item{{"id", "a"}});
    engine.delete_table({.table_name = "books"});
    engine.create_table(simple_table("books"));
    EXPECT_EQ(describe(engine, "books").item_count, 0);
    EXPECT_FALSE(engine.get_item({.table_name = "books", .key = Item{{"id", "a"}}}).item);
}

TEST(DeleteTable, DeletionProtectionRefuses) {
    Engine engine;
    auto request = simple_table("books");
    request.deletion_protection_enabled = true;
    engine.create_table(request);
    expect_error([&] { engine.delete_table({.table_name = "books"}); }, kValidation,
                 "Resource cannot be deleted as it is currently protected against deletion. "
                 "Disable deletion protection first.");
    EXPECT_EQ(describe(engine, "books").table_status, TableStatus::Active);

    engine.update_table({.table_name = "books", .deletion_protection_enabled = false});
    EXPECT_NO_THROW(engine.delete_table({.table_name = "books"}));
}

// ---- ListTables -----------------------------------------------------------------------------

std::vector<std::string> create_tables(Engine& engine, int count) {
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) {
        // Created out of order; listed in name order.
        const int n = (i * 37) % count;
        std::string name = "table-" +
                           std::string(n < 10    ? "00"
                                       : n < 100 ? "0"
                                                 : "") +
                           std::to_string(n);
        engine.create_table(simple_table(name));
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(ListTables, NamesTablesInOrder) {
    Engine engine;
    EXPECT_TRUE(engine.list_tables({}).table_names.empty());
    const std::vector<std::string> names = create_tables(engine, 5);
    const auto page = engine.list_tables({});
    EXPECT_EQ(page.table_names, names);
    EXPECT_FALSE(page.last_evaluated_table_name);
}

TEST(ListTables, PagesThroughManyTables) {
    Engine engine;
    const std::vector<std::string> names = create_tables(engine, 250);
    // Without a limit: pages of 100.
    auto page = engine.list_tables({});
    ASSERT_EQ(page.table_names.size(), 100U);
    EXPECT_EQ(page.last_evaluated_table_name, names[99]);

    for (int limit : {1, 7, 100}) {
        std::vector<std::string> seen;
        std::optional<std::string> start;
        int pages = 0;
        do {
            page = engine.list_tables({.exclusive_start_table_name = start, .limit = limit});
            EXPECT_LE(page.table_names.size(), static_cast<std::size_t>(limit));
            seen.insert(seen.end(), page.table_names.begin(), page.table_names.end());
            start = page.last_evaluated_table_name;
            ++pages;
        } while (start);
        EXPECT_EQ(seen, names) << "limit " << limit;
        EXPECT_EQ(pages, (250 + limit - 1) / limit) << "limit " << limit;
    }
}

TEST(ListTables, AFullLastPageNamesNoTable) {
    Engine engine;
    create_tables(engine, 3);
    const auto page = engine.list_tables({.limit = 3});
    EXPECT_EQ(page.table_names.size(), 3U);
    EXPECT_FALSE(page.last_evaluated_table_name);
}

TEST(ListTables, StartsAfterAnyName) {
    Engine engine;
    const std::vector<std::string> names = create_tables(engine, 4);
    // A start name that is no table's: the next names after it.
    EXPECT_EQ(engine.list_tables({.exclusive_start_table_name = "table-0015"}).table_names,
              (std::vector<std::string>{names[2], names[3]}));
    EXPECT_TRUE(engine.list_tables({.exclusive_start_table_name = "zzz"}).table_names.empty());
}

TEST(ListTables, ChecksItsLimit) {
    Engine engine;
    expect_error([&] { engine.list_tables({.limit = 101}); }, kValidation,
                 "1 validation error detected: Value '101' at 'limit' failed to satisfy "
                 "constraint: Member must have value less than or equal to 100");
    expect_error([&] { engine.list_tables({.limit = 0}); }, kValidation,
                 "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                 "constraint: Member must have value greater than or equal to 1");
}

}  // namespace
}  // namespace dynamorm::local
