// UpdateTable's changes to a Table itself: a new global secondary index holds exactly the
// items that have its keys, projected; deleting one keeps the schema's indexes and their
// entries in step.
#include "local/table_update.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "engine_tables_support.hpp"
#include "local/table_factory.hpp"
#include "local/update_table_checks.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

constexpr double kNow = 1.7e9;

std::shared_ptr<Table> table_with_items() {
    auto request = range_table("books");
    request.attribute_definitions->push_back(attribute("color"));
    request.global_secondary_indexes = {{{.index_name = "by-color",
                                          .key_schema = {{hash_key("color")}},
                                          .projection = project_all()}}};
    auto table = make_table(request, EngineOptions{}, "arn:aws:dynamodb:x:1:table/books", kNow);
    for (int i = 0; i < 40; ++i) {
        Item item{{"id", "p" + std::to_string(i % 7)}, {"n", i}, {"body", std::string(i, 'x')}};
        if (i % 4 == 0) item.insert_or_assign("author", "a" + std::to_string(i % 3));
        if (i % 6 == 0) item.insert_or_assign("year", 1900 + i);
        if (i % 9 == 0) item.insert_or_assign("year", "unknown");  // wrong type: not indexed
        if (i % 2 == 0) item.insert_or_assign("color", "c" + std::to_string(i % 5));
        table->put(std::move(item));
    }
    return table;
}

client::UpdateTableRequest create(client::CreateGlobalSecondaryIndexAction action,
                                  std::vector<client::AttributeDefinition> definitions) {
    return {.attribute_definitions = std::move(definitions),
            .table_name = "books",
            .global_secondary_index_updates = {{{.create = std::move(action)}}}};
}

TEST(TableUpdate, ANewIndexHoldsExactlyTheItemsWithItsKeys) {
    auto table = table_with_items();
    const auto request =
        create({.index_name = "by-author-year",
                .key_schema = {{hash_key("author"), range_key("year")}},
                .projection = project_include({"body"})},
               {attribute("author"), attribute("year", client::ScalarAttributeType::N)});
    check_update_table(*table, request);
    apply_update_table(*table, request, EngineOptions{}, nullptr, kNow);

    ASSERT_EQ(table->schema.indexes.size(), table->index_entries.size());
    ASSERT_EQ(table->schema.indexes.back().name, "by-author-year");
    const ItemStore& entries = table->index_entries.back();
    std::set<std::int64_t> indexed;
    for (const auto& [key, entry] : entries) {
        indexed.insert(entry.at("n").as_n().to_int64());
        // INCLUDE body: the table's keys, the index's keys and body; nothing else.
        std::set<std::string> names;
        for (const auto& [name, value] : entry)
            names.insert(name);
        EXPECT_EQ(names, (std::set<std::string>{"id", "n", "author", "year", "body"}));
    }
    std::set<std::int64_t> expected;
    for (const auto& [key, item] : table->items) {
        if (item.contains("author") && item.contains("year") && item.at("year").type() == Type::N) {
            expected.insert(item.at("n").as_n().to_int64());
        }
    }
    EXPECT_EQ(indexed, expected);
    EXPECT_EQ(indexed, (std::set<std::int64_t>{12, 24}));  // multiples of 12 but not of 9
}

TEST(TableUpdate, DeletingAnIndexKeepsTheOthersInStep) {
    auto table = table_with_items();
    auto request = create({.index_name = "by-author",
                           .key_schema = {{hash_key("author")}},
                           .projection = project_keys()},
                          {attribute("author")});
    apply_update_table(*table, request, EngineOptions{}, nullptr, kNow);
    const std::size_t authors = table->index_entries.back().size();
    EXPECT_EQ(authors, 10U);  // i % 4 == 0

    apply_update_table(
        *table,
        {.table_name = "books",
         .global_secondary_index_updates =
             {{{.delete_ = client::DeleteGlobalSecondaryIndexAction{.index_name = "by-color"}}}}},
        EngineOptions{}, nullptr, kNow);
    ASSERT_EQ(table->schema.indexes.size(), 1U);
    ASSERT_EQ(table->index_entries.size(), 1U);
    EXPECT_EQ(table->schema.indexes[0].name, "by-author");
    EXPECT_EQ(table->index_entries[0].size(), authors);
    // Writes keep the remaining index.
    table->put(Item{{"id", "q"}, {"n", 1}, {"author", "z"}, {"color", "red"}});
    EXPECT_EQ(table->index_entries[0].size(), authors + 1);
}

}  // namespace
}  // namespace dynamorm::local
