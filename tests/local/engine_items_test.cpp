// PutItem, GetItem, UpdateItem and DeleteItem on the embedded engine: what they store and
// answer, their conditions, ReturnValues, legacy parameters and DynamoDB's refusals.

#include <gtest/gtest.h>

#include "dynamorm/expr/parse.hpp"
#include "engine_items_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;
using client::ReturnValues;

class EngineItems : public ::testing::Test {
  protected:
    void SetUp() override {
        create(engine, {.name = "things"});
        create(engine, {.name = "events", .hash = {"pk"}, .range = Key{"sk"}});
    }
    Engine engine;
};

TEST_F(EngineItems, PutThenGetReturnsTheItem) {
    const Item item{{"id", "a"}, {"n", 3}, {"tags", AttributeValue::string_set({"x", "y"})}};
    put(engine, "things", item);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), item);
    EXPECT_EQ(get(engine, "things", {{"id", "b"}}), std::nullopt);
}

TEST_F(EngineItems, PutReplacesTheItemAndReturnsTheOldOneWhenAsked) {
    put(engine, "things", {{"id", "a"}, {"v", 1}});
    const auto quiet =
        engine.put_item({.table_name = "things", .item = Item{{"id", "a"}, {"v", 2}}});
    EXPECT_EQ(quiet.attributes, std::nullopt);
    const auto answer = engine.put_item({.table_name = "things",
                                         .item = Item{{"id", "a"}, {"w", 3}},
                                         .return_values = ReturnValues::AllOld});
    EXPECT_EQ(answer.attributes, (Item{{"id", "a"}, {"v", 2}}));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"w", 3}}));
    const auto fresh = engine.put_item({.table_name = "things",
                                        .item = Item{{"id", "new"}},
                                        .return_values = ReturnValues::AllOld});
    EXPECT_EQ(fresh.attributes, std::nullopt);
}

TEST_F(EngineItems, UnknownTablesAreNotFound) {
    EXPECT_EQ(failure([&] {
                  put(engine, "nothing", {{"id", "a"}});
              }),
              "ResourceNotFoundException: Requested resource not found");
    EXPECT_EQ(failure([&] {
                  get(engine, "nothing", {{"id", "a"}});
              }),
              "ResourceNotFoundException: Requested resource not found");
}

TEST_F(EngineItems, ConditionalPutFailsWithTheStoredItemWhenAsked) {
    const client::PutItemRequest unique{.table_name = "things",
                                        .item = Item{{"id", "a"}, {"v", 2}},
                                        .condition_expression = "attribute_not_exists(id)",
                                        .return_values_on_condition_check_failure =
                                            client::ReturnValuesOnConditionCheckFailure::AllOld};
    engine.put_item(unique);
    try {
        engine.put_item(unique);
        ADD_FAILURE() << "the second put succeeded";
    } catch (const ServiceError& error) {
        EXPECT_EQ(error.code(), "ConditionalCheckFailedException");
        EXPECT_EQ(error.message(), "The conditional request failed");
        EXPECT_EQ(error.item(), (Item{{"id", "a"}, {"v", 2}}));
    }
    client::PutItemRequest without_item = unique;
    without_item.return_values_on_condition_check_failure.reset();
    try {
        engine.put_item(without_item);
        ADD_FAILURE() << "the third put succeeded";
    } catch (const ServiceError& error) {
        EXPECT_EQ(error.item(), std::nullopt);
    }
}

TEST_F(EngineItems, ConditionsSeeTheStoredItem) {
    put(engine, "things", {{"id", "a"}, {"v", 5}});
    const auto put_if = [&](const char* condition, int v) {
        engine.put_item({.table_name = "things",
                         .item = Item{{"id", "a"}, {"v", v}},
                         .condition_expression = condition,
                         .expression_attribute_values = Item{{":v", 5}}});
    };
    EXPECT_EQ(failure([&] { put_if("v > :v", 6); }),
              "ConditionalCheckFailedException: The conditional request failed");
    EXPECT_EQ(get(engine, "things", {{"id", "a"}})->at("v"), AttributeValue(5));
    put_if("v = :v", 6);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}})->at("v"), AttributeValue(6));
}

// The parser's message for `text` as a ConditionExpression.
std::string parser_message(const char* text) {
    try {
        expr::Parser(nullptr, nullptr).condition(text);
    } catch (const expr::ExpressionError& error) {
        return error.what();
    }
    return "(no error)";
}

TEST_F(EngineItems, ExpressionErrorsAreValidationErrors) {
    EXPECT_EQ(
        failure([&] {
            engine.put_item(
                {.table_name = "things", .item = Item{{"id", "a"}}, .condition_expression = "a ="});
        }),
        invalid(parser_message("a =")));
    EXPECT_NE(parser_message("a ="), "(no error)");
    EXPECT_EQ(failure([&] {
                  engine.put_item({.table_name = "things",
                                   .item = Item{{"id", "a"}},
                                   .condition_expression = "attribute_exists(id)",
                                   .expression_attribute_values = Item{{":unused", 1}}});
              }),
              invalid("Value provided in ExpressionAttributeValues unused in expressions: keys: "
                      "{:unused}"));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), std::nullopt);
}

TEST_F(EngineItems, LegacyExpectedConditions) {
    put(engine, "things", {{"id", "a"}, {"v", 5}});
    using client::ExpectedAttributeValue;
    const auto put_expecting = [&](client::StringMap<ExpectedAttributeValue> expected,
                                   std::optional<client::ConditionalOperator> op = {}) {
        client::PutItemRequest request{.table_name = "things",
                                       .item = Item{{"id", "a"}, {"v", 5}},
                                       .expected = std::move(expected)};
        if (op) request.conditional_operator = *op;
        engine.put_item(request);
    };
    const std::string failed = "ConditionalCheckFailedException: The conditional request failed";
    EXPECT_EQ(failure([&] { put_expecting({{"v", {.value = AttributeValue(5)}}}); }), "(no error)");
    EXPECT_EQ(failure([&] { put_expecting({{"v", {.value = AttributeValue(4)}}}); }), failed);
    EXPECT_EQ(failure([&] { put_expecting({{"v", {.exists = false}}}); }), failed);
    EXPECT_EQ(failure([&] { put_expecting({{"w", {.exists = false}}}); }), "(no error)");
    EXPECT_EQ(failure([&] {
                  put_expecting({{"v",
                                  {.comparison_operator = client::ComparisonOperator::Between,
                                   .attribute_value_list = std::vector<AttributeValue>{1, 9}}}});
              }),
              "(no error)");
    EXPECT_EQ(failure([&] {
                  put_expecting({{"v",
                                  {.comparison_operator = client::ComparisonOperator::Gt,
                                   .attribute_value_list = std::vector<AttributeValue>{5}}},
                                 {"w", {.comparison_operator = client::ComparisonOperator::Null}}},
                                client::ConditionalOperator::Or);
              }),
              "(no error)");
    EXPECT_EQ(failure([&] {
                  put_expecting({{"v",
                                  {.comparison_operator = client::ComparisonOperator::Gt,
                                   .attribute_value_list = std::vector<AttributeValue>{5}}},
                                 {"w", {.comparison_operator = client::ComparisonOperator::Null}}});
              }),
              failed);
}

TEST_F(EngineItems, LegacyExpectedIsCheckedWithDynamoDbsMessages) {
    using client::ComparisonOperator;
    using client::ExpectedAttributeValue;
    const auto message = [&](ExpectedAttributeValue expected,
                             std::optional<client::ConditionalOperator> op = {}) {
        client::PutItemRequest request{.table_name = "things",
                                       .item = Item{{"id", "a"}},
                                       .expected = {{{"v", std::move(expected)}}}};
        if (op) request.conditional_operator = *op;
        return failure([&] { engine.put_item(request); });
    };
    const std::string prefix = "One or more parameter values were invalid: ";
    EXPECT_EQ(message({}), invalid(prefix + "Value must be provided when Exists is null for "
                                            "Attribute: v"));
    EXPECT_EQ(message({.exists = true}),
              invalid(prefix + "Value must be provided when Exists is true for Attribute: v"));
    EXPECT_EQ(message({.value = AttributeValue(1), .exists = false}),
              invalid(prefix + "Value cannot be used when Exists is false for Attribute: v"));
    EXPECT_EQ(
        message({.exists = true, .comparison_operator = ComparisonOperator::Null}),
        invalid(prefix + "Exists and ComparisonOperator cannot be used together for Attribute: v"));
    EXPECT_EQ(message({.comparison_operator = ComparisonOperator::Eq}),
              invalid(prefix + "Value or AttributeValueList must be used with "
                               "ComparisonOperator: EQ for Attribute: v"));
    EXPECT_EQ(message({.comparison_operator = ComparisonOperator::Between,
                       .attribute_value_list = std::vector<AttributeValue>{1}}),
              invalid(prefix + "Invalid number of argument(s) for the BETWEEN ComparisonOperator"));
    EXPECT_EQ(message({.comparison_operator = ComparisonOperator::Between,
                       .attribute_value_list = std::vector<AttributeValue>{9, 1}}),
              invalid("The BETWEEN condition was provided a range where the lower bound is "
                      "greater than the upper bound"));
    EXPECT_EQ(message({.comparison_operator = ComparisonOperator::In,
                       .attribute_value_list = std::vector<AttributeValue>{1, "x"}}),
              invalid(prefix + "AttributeValues inside AttributeValueList must be of same type"));
    EXPECT_EQ(message({.attribute_value_list = std::vector<AttributeValue>{1}}),
              invalid(prefix + "AttributeValueList can only be used with a ComparisonOperator "
                               "for Attribute: v"));
    EXPECT_EQ(message({.value = AttributeValue(1)}, client::ConditionalOperator::And),
              invalid("ConditionalOperator can only be used when Filter or Expected has two or "
                      "more elements"));
}

TEST_F(EngineItems, GetItemProjects) {
    put(engine, "things", {{"id", "a"}, {"n", 1}, {"m", Map{{"x", 1}, {"y", 2}}}, {"name", "z"}});
    const auto projected = engine.get_item({.table_name = "things",
                                            .key = Item{{"id", "a"}},
                                            .projection_expression = "m.y, #n",
                                            .expression_attribute_names = {{{"#n", "name"}}}});
    EXPECT_EQ(projected.item, (Item{{"m", Map{{"y", 2}}}, {"name", "z"}}));
    const auto legacy = engine.get_item({.table_name = "things",
                                         .key = Item{{"id", "a"}},
                                         .attributes_to_get = std::vector<std::string>{"n", "q"}});
    EXPECT_EQ(legacy.item, (Item{{"n", 1}}));
    const auto nothing = engine.get_item(
        {.table_name = "things", .key = Item{{"id", "a"}}, .projection_expression = "q"});
    EXPECT_EQ(nothing.item, Item{});
    EXPECT_EQ(failure([&] {
                  engine.get_item({.table_name = "things",
                                   .key = Item{{"id", "a"}},
                                   .projection_expression = "n",
                                   .expression_attribute_names = {{{"#n", "name"}}}});
              }),
              invalid("Value provided in ExpressionAttributeNames unused in expressions: keys: "
                      "{#n}"));
    EXPECT_EQ(failure([&] {
                  engine.get_item({.table_name = "things",
                                   .key = Item{{"id", "a"}},
                                   .projection_expression = "id.x"});
              }),
              invalid("Key attributes must be scalars; list random access '[]' and map lookup "
                      "'.' are not allowed: Key: id"));
}

TEST_F(EngineItems, KeysMustMatchTheSchema) {
    const std::string mismatch = invalid("The provided key element does not match the schema");
    EXPECT_EQ(failure([&] { get(engine, "things", {{"id", 1}}); }), mismatch);
    EXPECT_EQ(failure([&] { get(engine, "things", {{"id", "a"}, {"x", 1}}); }), mismatch);
    EXPECT_EQ(failure([&] { get(engine, "things", {{"other", "a"}}); }), mismatch);
    EXPECT_EQ(failure([&] { get(engine, "events", {{"pk", "a"}}); }), mismatch);
    EXPECT_EQ(failure([&] {
                  engine.delete_item({.table_name = "events", .key = Item{{"pk", "a"}, {"sk", 1}}});
              }),
              mismatch);
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things", .key = Item{{"x", "a"}}});
              }),
              mismatch);
    EXPECT_EQ(failure([&] {
                  put(engine, "events", {{"pk", "a"}});
              }),
              invalid("One or more parameter values were invalid: Missing the key sk in the item"));
    EXPECT_EQ(failure([&] {
                  put(engine, "events", {{"pk", "a"}, {"sk", 1}});
              }),
              invalid("One or more parameter values were invalid: Type mismatch for key sk "
                      "expected: S actual: N"));
}

TEST_F(EngineItems, UpdateCreatesAndChangesItems) {
    const auto update = [&](const char* expression, Item values, ReturnValues returning) {
        return engine
            .update_item({.table_name = "things",
                          .key = Item{{"id", "a"}},
                          .return_values = returning,
                          .update_expression = expression,
                          .expression_attribute_values = std::move(values)})
            .attributes;
    };
    EXPECT_EQ(update("SET n = :n, s = :s", {{":n", 1}, {":s", "x"}}, ReturnValues::AllNew),
              (Item{{"id", "a"}, {"n", 1}, {"s", "x"}}));
    EXPECT_EQ(update("SET n = n + :d", {{":d", 2}}, ReturnValues::UpdatedOld), (Item{{"n", 1}}));
    EXPECT_EQ(update("SET n = n + :d", {{":d", 2}}, ReturnValues::UpdatedNew), (Item{{"n", 5}}));
    EXPECT_EQ(update("SET s = :s", {{":s", "y"}}, ReturnValues::AllOld),
              (Item{{"id", "a"}, {"n", 5}, {"s", "x"}}));
    EXPECT_EQ(update("SET s = :s", {{":s", "z"}}, ReturnValues::None), std::nullopt);
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 5}, {"s", "z"}}));
    // A REMOVE has nothing new to return, so Attributes is left out.
    EXPECT_EQ(update("REMOVE gone ADD c :one", {{":one", 1}}, ReturnValues::UpdatedOld),
              std::nullopt);
}

TEST_F(EngineItems, UpdateWithoutActionsCreatesTheKeyOnly) {
    engine.update_item({.table_name = "events", .key = Item{{"pk", "p"}, {"sk", "s"}}});
    EXPECT_EQ(get(engine, "events", {{"pk", "p"}, {"sk", "s"}}), (Item{{"pk", "p"}, {"sk", "s"}}));
}

TEST_F(EngineItems, UpdateRefusesKeyAttributesAndFailedConditions) {
    put(engine, "things", {{"id", "a"}, {"n", 1}, {"s", "x"}});
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET id = :v",
                                      .expression_attribute_values = Item{{":v", "b"}}});
              }),
              invalid("One or more parameter values were invalid: Cannot update attribute id. "
                      "This attribute is part of the key"));
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET n = :v",
                                      .condition_expression = "n > :v",
                                      .expression_attribute_values = Item{{":v", 7}}});
              }),
              "ConditionalCheckFailedException: The conditional request failed");
    EXPECT_EQ(failure([&] {
                  engine.update_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .update_expression = "SET n = s + :v",
                                      .expression_attribute_values = Item{{":v", 1}}});
              }),
              invalid("An operand in the update expression has an incorrect data type"));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"}, {"n", 1}, {"s", "x"}}));
}

TEST_F(EngineItems, LegacyAttributeUpdates) {
    using client::AttributeAction;
    using client::AttributeValueUpdate;
    put(engine, "things",
        {{"id", "a"},
         {"n", 1},
         {"s", AttributeValue::string_set({"x", "y"})},
         {"gone", true},
         {"l", AttributeValue{1}}});
    const auto update = [&](client::StringMap<AttributeValueUpdate> updates) {
        engine.update_item({.table_name = "things",
                            .key = Item{{"id", "a"}},
                            .attribute_updates = std::move(updates)});
    };
    update({{"n", {.value = AttributeValue(2), .action = AttributeAction::Add}},
            {"s", {.value = AttributeValue::string_set({"x"}), .action = AttributeAction::Delete}},
            {"gone", {.action = AttributeAction::Delete}},
            {"l", {.value = AttributeValue{2}, .action = AttributeAction::Add}},
            {"fresh", {.value = AttributeValue("f")}}});
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), (Item{{"id", "a"},
                                                          {"n", 3},
                                                          {"s", AttributeValue::string_set({"y"})},
                                                          {"l", AttributeValue{1, 2}},
                                                          {"fresh", "f"}}));
    const std::string prefix = "One or more parameter values were invalid: ";
    EXPECT_EQ(failure([&] {
                  update({{"n", {.action = AttributeAction::Add}}});
              }),
              invalid(prefix + "Only DELETE action is allowed when no attribute value is "
                               "specified"));
    EXPECT_EQ(failure([&] {
                  update({{"n", {.value = AttributeValue(1), .action = AttributeAction::Delete}}});
              }),
              invalid(prefix + "DELETE action with value is not supported for the type N"));
    EXPECT_EQ(failure([&] {
                  update({{"n", {.value = AttributeValue("x"), .action = AttributeAction::Add}}});
              }),
              invalid(prefix + "ADD action is not supported for the type S"));
    EXPECT_EQ(failure([&] {
                  update({{"fresh", {.value = AttributeValue(1), .action = AttributeAction::Add}}});
              }),
              invalid("Type mismatch for attribute to update"));
    EXPECT_EQ(failure([&] {
                  update({{"id", {.value = AttributeValue("b")}}});
              }),
              invalid(prefix + "Cannot update attribute id. This attribute is part of the key"));
}

TEST_F(EngineItems, DeleteRemovesAndReturnsTheItem) {
    put(engine, "things", {{"id", "a"}, {"n", 1}});
    EXPECT_EQ(failure([&] {
                  engine.delete_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .condition_expression = "n = :v",
                                      .expression_attribute_values = Item{{":v", 2}}});
              }),
              "ConditionalCheckFailedException: The conditional request failed");
    const auto removed = engine.delete_item(
        {.table_name = "things", .key = Item{{"id", "a"}}, .return_values = ReturnValues::AllOld});
    EXPECT_EQ(removed.attributes, (Item{{"id", "a"}, {"n", 1}}));
    EXPECT_EQ(get(engine, "things", {{"id", "a"}}), std::nullopt);
    const auto again = engine.delete_item(
        {.table_name = "things", .key = Item{{"id", "a"}}, .return_values = ReturnValues::AllOld});
    EXPECT_EQ(again.attributes, std::nullopt);
    EXPECT_EQ(failure([&] {
                  engine.delete_item({.table_name = "things",
                                      .key = Item{{"id", "a"}},
                                      .return_values = ReturnValues::AllNew});
              }),
              invalid("ReturnValues can only be ALL_OLD or NONE"));
}

TEST_F(EngineItems, WritesReportTheirCapacity) {
    create(engine, {.name = "indexed", .indexes = {Index{.name = "by-color", .hash = {"color"}}}});
    const auto put_reporting = [&](Item item, client::ReturnConsumedCapacity mode) {
        return engine
            .put_item({.table_name = "indexed",
                       .item = std::move(item),
                       .return_consumed_capacity = mode})
            .consumed_capacity.value();
    };
    const auto total = put_reporting({{"id", "a"}}, client::ReturnConsumedCapacity::Total);
    EXPECT_EQ(total.table_name, "indexed");
    EXPECT_EQ(total.capacity_units, 1.0);
    EXPECT_EQ(total.table, std::nullopt);
    // 1.5 KB rounds up to 2 units; the index entry (the whole item) costs as much again.
    const Item big{{"id", "a"}, {"color", "red"}, {"pad", std::string(1500, 'x')}};
    const auto indexes = put_reporting(big, client::ReturnConsumedCapacity::Indexes);
    EXPECT_EQ(indexes.table, client::Capacity{.capacity_units = 2.0});
    EXPECT_EQ(indexes.global_secondary_indexes,
              (client::StringMap<client::Capacity>{{"by-color", {.capacity_units = 2.0}}}));
    EXPECT_EQ(indexes.capacity_units, 4.0);
    // Replacing the big item with a small one costs the larger of the two.
    const auto shrink = put_reporting({{"id", "a"}}, client::ReturnConsumedCapacity::Indexes);
    EXPECT_EQ(shrink.table, client::Capacity{.capacity_units = 2.0});
    EXPECT_EQ(shrink.capacity_units, 4.0);
    const auto none = engine.put_item({.table_name = "indexed", .item = Item{{"id", "b"}}});
    EXPECT_EQ(none.consumed_capacity, std::nullopt);
}

TEST_F(EngineItems, GetItemReportsReadUnits) {
    put(engine, "things", {{"id", "a"}, {"pad", std::string(5000, 'x')}});
    const auto read = [&](bool consistent, const char* id) {
        return engine
            .get_item({.table_name = "things",
                       .key = Item{{"id", id}},
                       .consistent_read = consistent,
                       .return_consumed_capacity = client::ReturnConsumedCapacity::Total})
            .consumed_capacity->capacity_units.value();
    };
    EXPECT_EQ(read(false, "a"), 1.0);  // two 4 KB units, half each
    EXPECT_EQ(read(true, "a"), 2.0);
    EXPECT_EQ(read(false, "missing"), 0.5);
}

TEST_F(EngineItems, TablesWithLocalIndexesReportItemCollections) {
    create(engine,
           {.name = "threads",
            .hash = {"forum"},
            .range = Key{"subject"},
            .indexes = {Index{
                .name = "by-date", .global = false, .hash = {"forum"}, .range = Key{"date"}}}});
    const auto answer = engine.put_item(
        {.table_name = "threads",
         .item = Item{{"forum", "f"}, {"subject", "s"}, {"date", "2024"}},
         .return_item_collection_metrics = client::ReturnItemCollectionMetrics::Size});
    ASSERT_TRUE(answer.item_collection_metrics);
    EXPECT_EQ(answer.item_collection_metrics->item_collection_key, (Item{{"forum", "f"}}));
    EXPECT_EQ(answer.item_collection_metrics->size_estimate_range_gb,
              (std::vector<double>{0.0, 1.0}));
    const auto plain = engine.put_item(
        {.table_name = "things",
         .item = Item{{"id", "a"}},
         .return_item_collection_metrics = client::ReturnItemCollectionMetrics::Size});
    EXPECT_EQ(plain.item_collection_metrics, std::nullopt);
}

}  // namespace
}  // namespace dynamorm::local
