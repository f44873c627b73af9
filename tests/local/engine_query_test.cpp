// Query on the embedded engine: key conditions, order, paging, filters, Select, indexes and
// DynamoDB's refusals.

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;
using client::QueryRequest;
using client::ScalarAttributeType;
using client::Select;

class EngineQuery : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine, {.name = "events",
                        .hash = {"pk"},
                        .range = Key{"sk", ScalarAttributeType::N},
                        .indexes = {Index{.name = "by-kind",
                                          .hash = {"kind"},
                                          .range = Key{"sk", ScalarAttributeType::N},
                                          .projection = client::ProjectionType::KeysOnly},
                                    Index{.name = "by-date",
                                          .global = false,
                                          .hash = {"pk"},
                                          .range = Key{"date"},
                                          .projection = client::ProjectionType::Include,
                                          .include = {"note"}}}});
        for (const char* pk : {"p1", "p2", "p3"}) {
            for (int sk = 1; sk <= 20; ++sk) {
                Item item{{"pk", pk},
                          {"sk", sk},
                          {"note", "n" + std::to_string(sk)},
                          {"date", "2024-" + std::to_string(100 + sk)},
                          {"extra", sk * 10}};
                if (sk % 3 == 0) item.insert_or_assign("kind", sk % 2 == 0 ? "even" : "odd");
                all.push_back(item);
                put(engine, "events", item);
            }
        }
    }

    QueryRequest by_pk(std::string pk) const {
        return {.table_name = "events",
                .key_condition_expression = "pk = :pk",
                .expression_attribute_values = Item{{":pk", std::move(pk)}}};
    }

    // The items of `all` in partition `pk` that `keep` selects, in sort key order.
    std::vector<Item> expected(const std::string& pk, const std::function<bool(int)>& keep) const {
        std::vector<Item> out;
        for (const Item& item : all) {
            if (item.at("pk") == AttributeValue(pk) && keep(item.at("sk").as_n().to_int64())) {
                out.push_back(item);
            }
        }
        std::sort(out.begin(), out.end(), [](const Item& a, const Item& b) {
            return a.at("sk").as_n() < b.at("sk").as_n();
        });
        return out;
    }

    // Every item of every page of `request`, following LastEvaluatedKey.
    std::vector<Item> all_pages(QueryRequest request, int* pages = nullptr) {
        std::vector<Item> out;
        int count = 0;
        for (;;) {
            const auto page = engine.query(request);
            ++count;
            out.insert(out.end(), page.items->begin(), page.items->end());
            if (!page.last_evaluated_key) break;
            request.exclusive_start_key = page.last_evaluated_key;
            if (count > 1000) break;
        }
        if (pages != nullptr) *pages = count;
        return out;
    }

    Engine engine;
    std::vector<Item> all;
};

TEST_F(EngineQuery, ReadsOnePartitionInSortKeyOrder) {
    const auto page = engine.query(by_pk("p2"));
    EXPECT_EQ(page.items, expected("p2", [](int) { return true; }));
    EXPECT_EQ(page.count, 20);
    EXPECT_EQ(page.scanned_count, 20);
    EXPECT_EQ(page.last_evaluated_key, std::nullopt);
    EXPECT_EQ(engine.query(by_pk("nobody")).items, std::vector<Item>{});
}

TEST_F(EngineQuery, SortKeyConditionsSelectTheirRun) {
    struct Case {
        const char* condition;
        std::function<bool(int)> keep;
    };
    const std::vector<Case> cases{
        {"sk = :a", [](int sk) { return sk == 7; }},
        {"sk < :a", [](int sk) { return sk < 7; }},
        {"sk <= :a", [](int sk) { return sk <= 7; }},
        {"sk > :a", [](int sk) { return sk > 7; }},
        {"sk >= :a", [](int sk) { return sk >= 7; }},
        {":a < sk", [](int sk) { return sk > 7; }},
        {"sk BETWEEN :a AND :b", [](int sk) { return sk >= 7 && sk <= 12; }},
    };
    for (const Case& c : cases) {
        QueryRequest request = by_pk("p1");
        request.key_condition_expression = std::string("pk = :pk AND ") + c.condition;
        request.expression_attribute_values = Item{{":pk", "p1"}, {":a", 7}};
        if (std::string(c.condition).find(":b") != std::string::npos) {
            request.expression_attribute_values->insert_or_assign(":b", 12);
        }
        EXPECT_EQ(engine.query(request).items, expected("p1", c.keep)) << c.condition;
        request.scan_index_forward = false;
        std::vector<Item> reversed = expected("p1", c.keep);
        std::reverse(reversed.begin(), reversed.end());
        EXPECT_EQ(engine.query(request).items, reversed) << c.condition << " backward";
    }
}

TEST_F(EngineQuery, BeginsWithOnStringSortKeys) {
    create(engine, {.name = "words", .hash = {"pk"}, .range = Key{"sk"}});
    const std::vector<std::string> words{"a",  "ab", "abc",    "abd",
                                         "ac", "b",  "ab\xff", "ab\xff\x01"};
    for (const std::string& word : words)
        put(engine, "words", {{"pk", "k"}, {"sk", word}});
    const auto page =
        engine.query({.table_name = "words",
                      .key_condition_expression = "pk = :k AND begins_with(sk, :p)",
                      .expression_attribute_values = Item{{":k", "k"}, {":p", "ab"}}});
    std::vector<std::string> found;
    for (const Item& item : *page.items)
        found.push_back(item.at("sk").as_s());
    std::vector<std::string> wanted;
    for (const std::string& word : words) {
        if (word.rfind("ab", 0) == 0) wanted.push_back(word);
    }
    std::sort(wanted.begin(), wanted.end());
    EXPECT_EQ(found, wanted);
}

TEST_F(EngineQuery, LimitPagesSeeEveryItemOnce) {
    for (const bool forward : {true, false}) {
        QueryRequest request = by_pk("p3");
        request.limit = 6;
        request.scan_index_forward = forward;
        int pages = 0;
        std::vector<Item> want = expected("p3", [](int) { return true; });
        if (!forward) std::reverse(want.begin(), want.end());
        EXPECT_EQ(all_pages(request, &pages), want);
        EXPECT_EQ(pages, 4);  // 6 + 6 + 6 + 2
    }
    // A page that ends exactly at Limit still says where it stopped; the next one is empty.
    QueryRequest request = by_pk("p3");
    request.limit = 20;
    const auto page = engine.query(request);
    EXPECT_EQ(page.last_evaluated_key, (Item{{"pk", "p3"}, {"sk", 20}}));
    request.exclusive_start_key = page.last_evaluated_key;
    const auto next = engine.query(request);
    EXPECT_EQ(next.items, std::vector<Item>{});
    EXPECT_EQ(next.last_evaluated_key, std::nullopt);
}

TEST_F(EngineQuery, LimitCountsItemsBeforeTheFilter) {
    QueryRequest request = by_pk("p1");
    request.limit = 10;
    request.filter_expression = "extra > :x";
    request.expression_attribute_values->insert_or_assign(":x", 75);
    const auto page = engine.query(request);
    EXPECT_EQ(page.scanned_count, 10);
    EXPECT_EQ(page.items, expected("p1", [](int sk) { return sk <= 10 && sk * 10 > 75; }));
    EXPECT_EQ(page.count, static_cast<int>(page.items->size()));
    EXPECT_EQ(all_pages(request), expected("p1", [](int sk) { return sk * 10 > 75; }));
}

TEST_F(EngineQuery, SelectCountAndProjections) {
    QueryRequest request = by_pk("p1");
    request.select = Select::Count;
    const auto counted = engine.query(request);
    EXPECT_EQ(counted.items, std::nullopt);
    EXPECT_EQ(counted.count, 20);
    request = by_pk("p1");
    request.projection_expression = "note";
    request.limit = 2;
    EXPECT_EQ(engine.query(request).items, (std::vector<Item>{{{"note", "n1"}}, {{"note", "n2"}}}));
    request = by_pk("p1");
    request.projection_expression = "note";
    request.select = Select::Count;
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("1 validation error detected: Cannot specify the ProjectionExpression when "
                      "choosing to get only the Count"));
    request.select = Select::AllAttributes;
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("1 validation error detected: Cannot specify the ProjectionExpression when "
                      "choosing to get ALL_ATTRIBUTES"));
    request = by_pk("p1");
    request.select = Select::SpecificAttributes;
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("Must specify the AttributesToGet or ProjectionExpression when choosing to "
                      "get SPECIFIC_ATTRIBUTES"));
    request.select = Select::AllProjectedAttributes;
    EXPECT_EQ(
        failure([&] { engine.query(request); }),
        invalid("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName"));
}

TEST_F(EngineQuery, KeyConditionsMustFitTheSchema) {
    const auto message = [&](const char* condition, Item values) {
        return failure([&] {
            engine.query({.table_name = "events",
                          .key_condition_expression = condition,
                          .expression_attribute_values = std::move(values)});
        });
    };
    EXPECT_EQ(message("sk = :v", {{":v", 1}}),
              invalid("Query condition missed key schema element: pk"));
    EXPECT_EQ(message("pk = :v AND note = :n", {{":v", "p1"}, {":n", "x"}}),
              invalid("Query condition missed key schema element: sk"));
    EXPECT_EQ(message("pk = :v AND sk = :n", {{":v", "p1"}, {":n", "x"}}),
              invalid("One or more parameter values were invalid: Condition parameter type does "
                      "not match schema type"));
    EXPECT_EQ(failure([&] {
                  QueryRequest request = by_pk("p1");
                  request.filter_expression = "sk > :pk";
                  engine.query(request);
              }),
              invalid("Filter Expression can only contain non-primary key attributes: Primary key "
                      "attribute: sk"));
}

TEST_F(EngineQuery, LegacyKeyConditionsAndQueryFilter) {
    using client::ComparisonOperator;
    const client::Condition pk_is_p2{.attribute_value_list = std::vector<AttributeValue>{"p2"},
                                     .comparison_operator = ComparisonOperator::Eq};
    QueryRequest request{.table_name = "events",
                         .key_conditions = client::StringMap<client::Condition>{
                             {"pk", pk_is_p2},
                             {"sk",
                              {.attribute_value_list = std::vector<AttributeValue>{4, 15},
                               .comparison_operator = ComparisonOperator::Between}}}};
    request.query_filter = client::StringMap<client::Condition>{
        {"kind",
         {.attribute_value_list = std::vector<AttributeValue>{"odd"},
          .comparison_operator = ComparisonOperator::Eq}}};
    const auto page = engine.query(request);
    EXPECT_EQ(page.items,
              expected("p2", [](int sk) { return sk >= 4 && sk <= 15 && sk % 6 == 3; }));
    EXPECT_EQ(page.scanned_count, 12);

    request.query_filter = client::StringMap<client::Condition>{
        {"sk",
         {.attribute_value_list = std::vector<AttributeValue>{1},
          .comparison_operator = ComparisonOperator::Gt}}};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("QueryFilter can only contain non-primary key attributes: Primary key "
                      "attribute: sk"));
    request.query_filter.reset();
    (*request.key_conditions)["sk"] = {.comparison_operator = ComparisonOperator::NotNull};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("Attempted conditional constraint is not an indexable operation"));
    (*request.key_conditions)["sk"] = {.attribute_value_list = std::vector<AttributeValue>{1},
                                       .comparison_operator = ComparisonOperator::BeginsWith};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("One or more parameter values were invalid: ComparisonOperator BEGINS_WITH "
                      "is not valid for N AttributeValue type"));
    (*request.key_conditions)["sk"] = {.attribute_value_list = std::vector<AttributeValue>{1},
                                       .comparison_operator = ComparisonOperator::Eq};
    (*request.key_conditions)["note"] = {.attribute_value_list = std::vector<AttributeValue>{"x"},
                                         .comparison_operator = ComparisonOperator::Eq};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("Conditions can be of length 1 or 2 only"));
}

TEST_F(EngineQuery, GlobalIndexesHoldOnlyItemsWithTheirKeys) {
    QueryRequest request{.table_name = "events",
                         .index_name = "by-kind",
                         .key_condition_expression = "kind = :k",
                         .expression_attribute_values = Item{{":k", "odd"}}};
    std::vector<Item> want;
    for (const Item& item : all) {
        if (item.contains("kind") && item.at("kind") == AttributeValue("odd")) {
            want.push_back(
                {{"pk", item.at("pk")}, {"sk", item.at("sk")}, {"kind", item.at("kind")}});
        }
    }
    std::vector<Item> found = engine.query(request).items.value();
    const auto by_key = [](const Item& a, const Item& b) {
        return std::tie(a.at("sk").as_n(), a.at("pk").as_s()) <
               std::tie(b.at("sk").as_n(), b.at("pk").as_s());
    };
    EXPECT_TRUE(std::is_sorted(found.begin(), found.end(), [](const Item& a, const Item& b) {
        return a.at("sk").as_n() < b.at("sk").as_n();
    }));
    std::sort(found.begin(), found.end(), by_key);
    std::sort(want.begin(), want.end(), by_key);
    EXPECT_EQ(found, want);

    // Paging through the index: LastEvaluatedKey holds the table's key and the index's.
    request.limit = 1;
    const auto first = engine.query(request);
    ASSERT_TRUE(first.last_evaluated_key);
    EXPECT_EQ(first.last_evaluated_key->size(), 3U);
    std::vector<Item> paged = all_pages(request);
    std::sort(paged.begin(), paged.end(), by_key);
    EXPECT_EQ(paged, want);

    // Removing the index key takes the item out of the index.
    engine.update_item({.table_name = "events",
                        .key = Item{{"pk", "p1"}, {"sk", 3}},
                        .update_expression = "REMOVE kind"});
    request.limit.reset();
    EXPECT_EQ(engine.query(request).count, static_cast<int>(want.size()) - 1);
}

TEST_F(EngineQuery, IndexReadsFollowTheirProjection) {
    QueryRequest gsi{.table_name = "events",
                     .index_name = "by-kind",
                     .key_condition_expression = "kind = :k",
                     .expression_attribute_values = Item{{":k", "even"}}};
    gsi.select = Select::AllAttributes;
    EXPECT_EQ(failure([&] { engine.query(gsi); }),
              invalid("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is "
                      "not supported for global secondary index by-kind because its projection "
                      "type is not ALL"));
    gsi.select.reset();
    gsi.projection_expression = "note, extra, pk";
    EXPECT_EQ(failure([&] { engine.query(gsi); }),
              invalid("One or more parameter values were invalid: Global secondary index by-kind "
                      "does not project [extra, note]"));
    gsi.projection_expression.reset();
    gsi.consistent_read = true;
    EXPECT_EQ(failure([&] { engine.query(gsi); }),
              invalid("Consistent reads are not supported on global secondary indexes"));
    gsi.consistent_read.reset();
    gsi.index_name = "by-nothing";
    EXPECT_EQ(failure([&] { engine.query(gsi); }),
              invalid("The table does not have the specified index: by-nothing"));

    // A local index answers from its entries, or from the table for what it does not hold.
    QueryRequest lsi{.table_name = "events",
                     .index_name = "by-date",
                     .key_condition_expression = "pk = :p AND #d < :d",
                     .expression_attribute_names = {{{"#d", "date"}}},
                     .expression_attribute_values = Item{{":p", "p1"}, {":d", "2024-103"}}};
    const auto projected = engine.query(lsi);
    const std::vector<Item> two = expected("p1", [](int sk) { return sk <= 2; });
    ASSERT_EQ(projected.items->size(), 2U);
    EXPECT_EQ(projected.items->at(0),
              (Item{{"pk", "p1"}, {"sk", 1}, {"date", "2024-101"}, {"note", "n1"}}));
    lsi.select = Select::AllAttributes;
    EXPECT_EQ(engine.query(lsi).items, two);
    lsi.select.reset();
    lsi.projection_expression = "extra";
    EXPECT_EQ(engine.query(lsi).items, (std::vector<Item>{{{"extra", 10}}, {{"extra", 20}}}));
}

TEST_F(EngineQuery, StartKeysMustFitTheQuery) {
    QueryRequest request = by_pk("p1");
    request.exclusive_start_key = Item{{"pk", "p1"}};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("The provided starting key is invalid"));
    request.exclusive_start_key = Item{{"pk", "p1"}, {"sk", "x"}};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("The provided key element does not match the schema"));
    request.exclusive_start_key = Item{{"pk", "p2"}, {"sk", 1}};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("The provided starting key is outside query boundaries based on provided "
                      "conditions"));
    request.key_condition_expression = "pk = :pk AND sk > :s";
    request.expression_attribute_values->insert_or_assign(":s", 5);
    request.exclusive_start_key = Item{{"pk", "p1"}, {"sk", 2}};
    EXPECT_EQ(failure([&] { engine.query(request); }),
              invalid("The provided starting key does not match the range key predicate"));
    request.exclusive_start_key = Item{{"pk", "p1"}, {"sk", 9}};
    EXPECT_EQ(engine.query(request).items, expected("p1", [](int sk) { return sk > 9; }));
}

TEST_F(EngineQuery, IndexQueriesReportIndexCapacity) {
    QueryRequest request{.table_name = "events",
                         .index_name = "by-kind",
                         .key_condition_expression = "kind = :k",
                         .expression_attribute_values = Item{{":k", "odd"}}};
    request.return_consumed_capacity = client::ReturnConsumedCapacity::Indexes;
    const auto capacity = engine.query(request).consumed_capacity.value();
    EXPECT_EQ(capacity.table, client::Capacity{.capacity_units = 0.0});
    EXPECT_EQ(capacity.global_secondary_indexes,
              (client::StringMap<client::Capacity>{{"by-kind", {.capacity_units = 0.5}}}));
    EXPECT_EQ(capacity.capacity_units, 0.5);
    QueryRequest table = by_pk("p1");
    table.consistent_read = true;
    table.return_consumed_capacity = client::ReturnConsumedCapacity::Total;
    EXPECT_EQ(engine.query(table).consumed_capacity->capacity_units, 1.0);
}

}  // namespace
}  // namespace dynamorm::local
