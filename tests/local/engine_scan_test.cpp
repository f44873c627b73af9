// Scan on the embedded engine: every item once, in pages and in parallel segments; filters,
// Select, indexes and start keys.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;
using client::ScanRequest;

constexpr int kItems = 300;

class EngineScan : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine, {.name = "things",
                        .indexes = {Index{.name = "by-group",
                                          .hash = {"group"},
                                          .projection = client::ProjectionType::KeysOnly}}});
        for (int i = 0; i < kItems; ++i) {
            Item item{{"id", "item-" + std::to_string(i)}, {"n", i}};
            if (i % 4 == 0) item.insert_or_assign("group", "g" + std::to_string(i % 3));
            put(engine, "things", item);
            ids.insert("item-" + std::to_string(i));
        }
    }

    // The ids of every page of `request`, following LastEvaluatedKey.
    std::vector<std::string> scanned_ids(ScanRequest request, int* pages = nullptr) {
        std::vector<std::string> out;
        int count = 0;
        for (;;) {
            const auto page = engine.scan(request);
            ++count;
            for (const Item& item : *page.items)
                out.push_back(item.at("id").as_s());
            if (!page.last_evaluated_key || count > 10 * kItems) break;
            request.exclusive_start_key = page.last_evaluated_key;
        }
        if (pages != nullptr) *pages = count;
        return out;
    }

    Engine engine;
    std::set<std::string> ids;
};

TEST_F(EngineScan, ReturnsEveryItemOnce) {
    const auto page = engine.scan({.table_name = "things"});
    EXPECT_EQ(page.count, kItems);
    EXPECT_EQ(page.scanned_count, kItems);
    EXPECT_EQ(page.last_evaluated_key, std::nullopt);
    std::vector<std::string> found;
    for (const Item& item : *page.items)
        found.push_back(item.at("id").as_s());
    EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), ids);
    EXPECT_EQ(found.size(), ids.size());
}

TEST_F(EngineScan, PagesWithLimitSeeEveryItemOnceInTheSameOrder) {
    const auto whole = engine.scan({.table_name = "things"});
    std::vector<std::string> order;
    for (const Item& item : *whole.items)
        order.push_back(item.at("id").as_s());
    int pages = 0;
    EXPECT_EQ(scanned_ids({.table_name = "things", .limit = 7}, &pages), order);
    EXPECT_EQ(pages, (kItems + 6) / 7 + (kItems % 7 == 0 ? 1 : 0));
}

TEST_F(EngineScan, SegmentsPartitionTheTable) {
    for (const int total : {1, 2, 3, 7, 16}) {
        std::vector<std::string> found;
        for (int segment = 0; segment < total; ++segment) {
            const auto part = scanned_ids(
                {.table_name = "things", .limit = 11, .total_segments = total, .segment = segment});
            found.insert(found.end(), part.begin(), part.end());
        }
        EXPECT_EQ(found.size(), ids.size()) << total << " segments";
        EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), ids) << total << " segments";
    }
}

TEST_F(EngineScan, StartKeysMustBelongToTheSegment) {
    const auto first =
        engine.scan({.table_name = "things", .limit = 1, .total_segments = 4, .segment = 0});
    ASSERT_TRUE(first.last_evaluated_key);
    EXPECT_EQ(failure([&] {
                  engine.scan({.table_name = "things",
                               .exclusive_start_key = first.last_evaluated_key,
                               .total_segments = 4,
                               .segment = 3});
              }),
              invalid("The provided starting key is invalid: Invalid ExclusiveStartKey. Please "
                      "use ExclusiveStartKey with correct Segment. TotalSegments: 4 Segment: 3"));
    EXPECT_EQ(failure([&] {
                  engine.scan(
                      {.table_name = "things", .exclusive_start_key = Item{{"id", "a"}, {"n", 1}}});
              }),
              invalid("The provided starting key is invalid: The provided key element does not "
                      "match the schema"));
    EXPECT_EQ(failure([&] {
                  engine.scan({.table_name = "things", .exclusive_start_key = Item{{"id", 1}}});
              }),
              invalid("The provided starting key is invalid: The provided key element does not "
                      "match the schema"));
    // A start key need not name a stored item.
    const auto resumed =
        engine.scan({.table_name = "things", .exclusive_start_key = Item{{"id", "no such"}}});
    EXPECT_LT(resumed.count, kItems);
}

TEST_F(EngineScan, FiltersAndProjections) {
    const auto page = engine.scan({.table_name = "things",
                                   .limit = 100,
                                   .projection_expression = "n",
                                   .filter_expression = "n < :n",
                                   .expression_attribute_values = Item{{":n", 50}}});
    EXPECT_EQ(page.scanned_count, 100);
    for (const Item& item : *page.items) {
        EXPECT_EQ(item.size(), 1U);
        EXPECT_LT(item.at("n").as_n().to_int64(), 50);
    }
    const auto all = engine.scan({.table_name = "things",
                                  .select = client::Select::Count,
                                  .filter_expression = "n < :n",
                                  .expression_attribute_values = Item{{":n", 50}}});
    EXPECT_EQ(all.count, 50);
    EXPECT_EQ(all.items, std::nullopt);
    const auto legacy =
        engine.scan({.table_name = "things",
                     .scan_filter = client::StringMap<client::Condition>{
                         {"n",
                          {.attribute_value_list = std::vector<AttributeValue>{10, 19},
                           .comparison_operator = client::ComparisonOperator::Between}}}});
    EXPECT_EQ(legacy.count, 10);
    EXPECT_EQ(failure([&] {
                  engine.scan({.table_name = "things",
                               .select = client::Select::Count,
                               .projection_expression = "n"});
              }),
              invalid("Cannot specify the ProjectionExpression when choosing to get only the "
                      "Count"));
}

TEST_F(EngineScan, IndexScansReadTheIndex) {
    ScanRequest request{.table_name = "things", .index_name = "by-group", .limit = 5};
    std::vector<std::string> found = scanned_ids(request);
    std::set<std::string> grouped;
    for (int i = 0; i < kItems; i += 4)
        grouped.insert("item-" + std::to_string(i));
    EXPECT_EQ(found.size(), grouped.size());
    EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), grouped);
    const auto one = engine.scan({.table_name = "things", .index_name = "by-group", .limit = 1});
    EXPECT_EQ(one.items->at(0).size(), 2U);  // KEYS_ONLY: id and group
    EXPECT_EQ(one.last_evaluated_key->size(), 2U);
    EXPECT_EQ(failure([&] {
                  engine.scan({.table_name = "things",
                               .index_name = "by-group",
                               .exclusive_start_key = Item{{"id", "item-0"}}});
              }),
              invalid("The provided starting key is invalid"));
}

}  // namespace
}  // namespace dynamorm::local
