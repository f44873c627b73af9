// DynamoDB's limits on the embedded engine: item size, key sizes, empty key values, index key
// types, and the 1 MB page of Query and Scan.

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "dynamorm/value/item_size.hpp"
#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;
using client::ScalarAttributeType;

class EngineLimits : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine,
               {.name = "things",
                .indexes = {Index{.name = "by-color", .hash = {"color"}},
                            Index{.name = "by-size", .hash = {"size", ScalarAttributeType::N}}}});
        create(engine, {.name = "events", .hash = {"pk"}, .range = Key{"sk"}});
    }
    Engine engine;
};

// An item of exactly `bytes` bytes (DynamoDB's item size).
Item item_of_size(std::string id, std::size_t bytes) {
    Item item{{"id", std::move(id)}, {"pad", ""}};
    const std::size_t base = item_size(item);
    item.insert_or_assign("pad", std::string(bytes - base, 'x'));
    return item;
}

TEST_F(EngineLimits, ItemsUpTo400KbAreStored) {
    const Item largest = item_of_size("a", kMaxItemSize);
    ASSERT_EQ(item_size(largest), kMaxItemSize);
    put(engine, "things", largest);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), largest);
    EXPECT_EQ(failure([&] { put(engine, "things", item_of_size("b", kMaxItemSize + 1)); }),
              invalid("Item size has exceeded the maximum allowed size"));
    EXPECT_EQ(get(engine, "things", {{"id", "b"}}), std::nullopt);
}

TEST_F(EngineLimits, UpdatesMayNotGrowItemsPast400Kb) {
    put(engine, "things", item_of_size("a", kMaxItemSize - 10));
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET more = :v",
                                      .expression_attribute_values = Item{{":v", "0123456789"}}});
              }),
              invalid("Item size to update has exceeded the maximum allowed size"));
    EXPECT_EQ(item_size(*get(engine, "things", {{"id", "a"}})), kMaxItemSize - 10);
}

TEST_F(EngineLimits, KeyValuesHaveSizeLimits) {
    put(engine, "events", {{"pk", std::string(2048, 'h')}, {"sk", std::string(1024, 'r')}});
    EXPECT_EQ(failure([&] {
                  put(engine, "events", {{"pk", std::string(2049, 'h')}, {"sk", "r"}});
              }),
              invalid("One or more parameter values were invalid: Size of hashkey has exceeded "
                      "the maximum size limit of2048 bytes"));
    EXPECT_EQ(failure([&] {
                  put(engine, "events", {{"pk", "h"}, {"sk", std::string(1025, 'r')}});
              }),
              invalid("One or more parameter values were invalid: Aggregated size of all range "
                      "keys has exceeded the size limit of 1024 bytes"));
    EXPECT_EQ(failure([&] {
                  get(engine, "events", {{"pk", std::string(2049, 'h')}, {"sk", "r"}});
              }),
              invalid("One or more parameter values were invalid: Size of hashkey has exceeded "
                      "the maximum size limit of2048 bytes"));
}

TEST_F(EngineLimits, KeyValuesMayNotBeEmpty) {
    EXPECT_EQ(failure([&] {
                  put(engine, "things", {{"id", ""}});
              }),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: id"));
    EXPECT_EQ(failure([&] {
                  get(engine, "events", {{"pk", "p"}, {"sk", ""}});
              }),
              invalid("One or more parameter values are not valid. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. Key: sk"));
}

TEST_F(EngineLimits, IndexKeysMustHaveTheIndexType) {
    EXPECT_EQ(failure([&] {
                  put(engine, "things", {{"id", "a"}, {"size", "big"}});
              }),
              invalid("One or more parameter values were invalid: Type mismatch for Index Key "
                      "size Expected: N Actual: S IndexName: by-size"));
    EXPECT_EQ(failure([&] {
                  put(engine, "things", {{"id", "a"}, {"color", ""}});
              }),
              invalid("One or more parameter values are not valid. A value specified for a "
                      "secondary index key is not supported. The AttributeValue for a key "
                      "attribute cannot contain an empty string value. IndexName: by-color, "
                      "IndexKey: color"));
    put(engine, "things", {{"id", "a"}, {"color", "red"}, {"size", 3}});
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET color = :v",
                                      .expression_attribute_values = Item{{":v", 1}}});
              }),
              invalid("One or more parameter values were invalid: Type mismatch for Index Key "
                      "color Expected: S Actual: N IndexName: by-color"));
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET color = :v",
                                      .expression_attribute_values = Item{{":v", ""}}});
              }),
              invalid("One or more parameter values are not valid. The update expression "
                      "attempted to update a secondary index key to a value that is not "
                      "supported. The AttributeValue for a key attribute cannot contain an empty "
                      "string value."));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}),
              (Item{{"id", "a"}, {"color", "red"}, {"size", 3}}));
}

TEST_F(EngineLimits, PagesStopAtOneMegabyte) {
    // 30 items of 100 KB: a page holds the items read until 1 MB is reached.
    std::set<std::string> ids;
    for (int i = 0; i < 30; ++i) {
        const std::string id = "item-" + std::to_string(i);
        put(engine, "things", item_of_size(id, 100 * 1024));
        ids.insert(id);
    }
    client::ScanRequest request{.table_name = "things"};
    std::vector<std::string> found;
    int pages = 0;
    for (;;) {
        const auto page = engine.scan(request);
        ++pages;
        if (page.last_evaluated_key) {
            EXPECT_EQ(page.scanned_count, 11);  // 10 items are 1000 KB; the 11th passes 1 MB
        }
        for (const Item& item : *page.items)
            found.push_back(item.at("id").as_s());
        if (!page.last_evaluated_key || pages > 30) break;
        request.exclusive_start_key = page.last_evaluated_key;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(found.size(), ids.size());
    EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), ids);

    // The same for Query, with a filter that keeps nothing: the page still stops at 1 MB.
    for (int i = 0; i < 12; ++i) {
        Item item = item_of_size("unused", 100 * 1024);
        item.erase("id");
        item.insert_or_assign("pk", "p");
        item.insert_or_assign("sk", "s" + std::to_string(100 + i));
        put(engine, "events", item);
    }
    const auto page = engine.query({.table_name = "events",
                                    .filter_expression = "attribute_exists(nothing)",
                                    .key_condition_expression = "pk = :p",
                                    .expression_attribute_values = Item{{":p", "p"}}});
    EXPECT_EQ(page.count, 0);
    EXPECT_EQ(page.scanned_count, 11);
    EXPECT_EQ(page.last_evaluated_key, (Item{{"pk", "p"}, {"sk", "s110"}}));
}

}  // namespace
}  // namespace dynamorm::local
