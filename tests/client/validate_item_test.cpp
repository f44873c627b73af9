// validate() of PutItem, GetItem, UpdateItem, DeleteItem, Query and Scan: each rule with
// DynamoDB's exact message, and the aggregation of several.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/wire.hpp"
#include "expect_validation.hpp"

namespace {

namespace dc = dynamorm::client;
using namespace testing_validation;
using dynamorm::Item;

const Item kKey{{"id", "a"}};

template <class E>
dc::Enum<E> bad(const std::string& text) {
    return dc::Enum<E>::parse(text);
}

TEST(ValidatePutItem, RequiredMembers) {
    expect_invalid(dc::PutItemRequest{},
                   "2 validation errors detected: " + violation("null", "tableName", kNotNull) +
                       "; " + violation("null", "item", kNotNull));
    expect_valid(dc::PutItemRequest{.table_name = "abc", .item = Item{}});
}

TEST(ValidatePutItem, TableNamePatternAndLength) {
    expect_invalid(dc::PutItemRequest{.table_name = "a;", .item = kKey},
                   "2 validation errors detected: " + violation("'a;'", "tableName", kPattern) +
                       "; " + violation("'a;'", "tableName", at_least(3)));
    expect_invalid(dc::PutItemRequest{.table_name = "", .item = kKey},
                   "2 validation errors detected: " + violation("''", "tableName", kPattern) +
                       "; " + violation("''", "tableName", at_least(3)));
    const std::string long_name(256, 'a');
    expect_invalid(dc::PutItemRequest{.table_name = long_name, .item = kKey},
                   one(violation("'" + long_name + "'", "tableName", at_most(255))));
    expect_valid(dc::PutItemRequest{.table_name = std::string(255, 'a'), .item = kKey});
    expect_valid(dc::PutItemRequest{.table_name = "a_b.c-D9", .item = kKey});
}

TEST(ValidatePutItem, EnumerationValues) {
    dc::PutItemRequest request{.table_name = "abc", .item = kKey};
    request.return_values = bad<dc::ReturnValues>("FOO");
    expect_invalid(request,
                   one(violation("'FOO'", "returnValues",
                                 enum_set("[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]"))));
    request.return_values = dc::ReturnValues::AllOld;
    request.return_consumed_capacity = bad<dc::ReturnConsumedCapacity>("");
    request.return_item_collection_metrics = bad<dc::ReturnItemCollectionMetrics>("all");
    request.return_values_on_condition_check_failure =
        bad<dc::ReturnValuesOnConditionCheckFailure>("ALL_NEW");
    request.conditional_operator = bad<dc::ConditionalOperator>("XOR");
    expect_invalid(
        request,
        "4 validation errors detected: " +
            violation("''", "returnConsumedCapacity", enum_set("[INDEXES, TOTAL, NONE]")) + "; " +
            violation("'XOR'", "conditionalOperator", enum_set("[OR, AND]")) + "; " +
            violation("'all'", "returnItemCollectionMetrics", enum_set("[SIZE, NONE]")) + "; " +
            violation("'ALL_NEW'", "returnValuesOnConditionCheckFailure",
                      enum_set("[ALL_OLD, NONE]")));
}

TEST(ValidatePutItem, ExpectedOperators) {
    dc::PutItemRequest request{.table_name = "abc", .item = kKey};
    request.expected = dc::StringMap<dc::ExpectedAttributeValue>{
        {"a", {.comparison_operator = bad<dc::ComparisonOperator>("LIKE")}},
        {"b", {.exists = false}}};
    expect_invalid(request, one(violation("'LIKE'", "expected.a.member.comparisonOperator",
                                          enum_set("[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, "
                                                   "NOT_NULL, NE, LE, BEGINS_WITH, GE, "
                                                   "CONTAINS]"))));
}

TEST(ValidatePutItem, ReturnValuesOnlyNoneOrAllOld) {
    dc::PutItemRequest request{.table_name = "abc", .item = kKey};
    for (auto rv :
         {dc::ReturnValues::AllNew, dc::ReturnValues::UpdatedOld, dc::ReturnValues::UpdatedNew}) {
        request.return_values = rv;
        expect_invalid(request, "ReturnValues can only be ALL_OLD or NONE");
    }
    request.return_values = dc::ReturnValues::None;
    expect_valid(request);
}

TEST(ValidatePutItem, ExpressionAndLegacyParameters) {
    dc::PutItemRequest request{.table_name = "abc", .item = kKey};
    request.condition_expression = "attribute_not_exists(id)";
    request.expected = dc::StringMap<dc::ExpectedAttributeValue>{{"id", {.exists = false}}};
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {Expected} Expression parameters: "
                   "{ConditionExpression}");

    request = {.table_name = "abc", .item = kKey, .expression_attribute_names = {{{"#a", "a"}}}};
    expect_invalid(request,
                   "ExpressionAttributeNames can only be specified when using expressions");
    request = {.table_name = "abc", .item = kKey, .expression_attribute_values = Item{{":a", 1}}};
    expect_invalid(request,
                   "ExpressionAttributeValues can only be specified when using expressions: "
                   "ConditionExpression is null");
    // Empty maps count as given (their emptiness is the engine's to report).
    request = {
        .table_name = "abc", .item = kKey, .expression_attribute_names = dc::AttributeNameMap{}};
    expect_invalid(request,
                   "ExpressionAttributeNames can only be specified when using expressions");
}

TEST(ValidateGetItem, Members) {
    expect_invalid(dc::GetItemRequest{.table_name = "abc"},
                   one(violation("null", "key", kNotNull)));
    dc::GetItemRequest request{
        .table_name = "abc", .key = kKey, .attributes_to_get = std::vector<std::string>{}};
    expect_invalid(request, one(violation("'[]'", "attributesToGet", at_least(1))));
    request.attributes_to_get = std::vector<std::string>(256, "a");
    std::string many = "[a";
    for (int i = 1; i < 256; ++i)
        many += ", a";
    many += "]";
    expect_invalid(request, one(violation("'" + many + "'", "attributesToGet", at_most(255))));
    request.attributes_to_get = {{"a", "b", "a"}};
    expect_invalid(
        request, "One or more parameter values were invalid: Duplicate value in attribute name: a");
    request.projection_expression = "a";
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {AttributesToGet} Expression parameters: "
                   "{ProjectionExpression}");
    request.attributes_to_get.reset();
    request.expression_attribute_names = {{{"#a", "a"}}};
    expect_valid(request);
}

TEST(ValidateUpdateItem, Members) {
    dc::UpdateItemRequest request{.table_name = "abc"};
    request.return_values = bad<dc::ReturnValues>("ALL");
    expect_invalid(request,
                   "2 validation errors detected: " +
                       violation("'ALL'", "returnValues",
                                 enum_set("[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]")) +
                       "; " + violation("null", "key", kNotNull));
    request = {.table_name = "abc",
               .key = kKey,
               .return_values = dc::ReturnValues::UpdatedNew,
               .update_expression = "SET a = :a",
               .expression_attribute_values = Item{{":a", 1}}};
    expect_valid(request);
    request.attribute_updates =
        dc::StringMap<dc::AttributeValueUpdate>{{"b", {.action = dc::AttributeAction::Delete}}};
    request.expected = dc::StringMap<dc::ExpectedAttributeValue>{};
    request.condition_expression = "attribute_exists(a)";
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {AttributeUpdates, Expected} Expression "
                   "parameters: {UpdateExpression, ConditionExpression}");
    request = {.table_name = "abc", .key = kKey, .expression_attribute_values = Item{{":a", 1}}};
    expect_invalid(request,
                   "ExpressionAttributeValues can only be specified when using expressions: "
                   "UpdateExpression and ConditionExpression are null");
}

TEST(ValidateDeleteItem, Members) {
    dc::DeleteItemRequest request;
    request.return_item_collection_metrics = bad<dc::ReturnItemCollectionMetrics>("hi");
    expect_invalid(request,
                   "3 validation errors detected: " + violation("null", "tableName", kNotNull) +
                       "; " +
                       violation("'hi'", "returnItemCollectionMetrics", enum_set("[SIZE, NONE]")) +
                       "; " + violation("null", "key", kNotNull));
    expect_valid(dc::DeleteItemRequest{
        .table_name = "abc", .key = kKey, .return_values = dc::ReturnValues::AllOld});
}

TEST(ValidateQuery, KeyConditionsAreRequired) {
    expect_invalid(dc::QueryRequest{.table_name = "abc"},
                   "Either the KeyConditions or KeyConditionExpression parameter must be "
                   "specified in the request.");
    expect_valid(dc::QueryRequest{.table_name = "abc",
                                  .key_condition_expression = "id = :a",
                                  .expression_attribute_values = Item{{":a", "x"}}});
}

TEST(ValidateQuery, ConditionOperatorsAndLimit) {
    dc::QueryRequest request{.table_name = "abc", .limit = 0};
    request.key_conditions = dc::StringMap<dc::Condition>{{"id", {}}};
    request.query_filter = dc::StringMap<dc::Condition>{
        {"x", {.comparison_operator = bad<dc::ComparisonOperator>("")}}};
    expect_invalid(
        request,
        "3 validation errors detected: " +
            violation("''", "queryFilter.x.member.comparisonOperator",
                      enum_set("[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, "
                               "BEGINS_WITH, GE, CONTAINS]")) +
            "; " + violation("'0'", "limit", min_value(1)) + "; " +
            violation("null", "keyConditions.id.member.comparisonOperator", kNotNull));
}

TEST(ValidateQuery, KeyConditionsMayGoWithOtherExpressionsButNotWithKeyConditionExpression) {
    dc::QueryRequest request{.table_name = "abc",
                             .filter_expression = "#a > :a",
                             .expression_attribute_names = {{{"#a", "a"}}},
                             .expression_attribute_values = Item{{":a", 1}}};
    request.key_conditions = dc::StringMap<dc::Condition>{
        {"id",
         {.attribute_value_list = std::vector<dynamorm::AttributeValue>{"x"},
          .comparison_operator = dc::ComparisonOperator::Eq}}};
    expect_valid(request);
    request.key_condition_expression = "id = :a";
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {KeyConditions} Expression parameters: "
                   "{FilterExpression, KeyConditionExpression}");
    request.key_conditions.reset();
    request.conditional_operator = dc::ConditionalOperator::And;
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {ConditionalOperator} Expression "
                   "parameters: {FilterExpression, KeyConditionExpression}");
}

TEST(ValidateQuery, ValuesNeedAnExpressionThatUsesThem) {
    dc::QueryRequest request{.table_name = "abc",
                             .projection_expression = "a",
                             .expression_attribute_values = Item{{":a", 1}}};
    request.key_conditions = dc::StringMap<dc::Condition>{};
    expect_invalid(request,
                   "ExpressionAttributeValues can only be specified when using expressions: "
                   "FilterExpression and KeyConditionExpression are null");
}

TEST(ValidateScan, AtMostTenViolationsInDynamoDBsOrder) {
    dc::ScanRequest request{.table_name = "abc;",
                            .index_name = "abc;",
                            .attributes_to_get = std::vector<std::string>{},
                            .limit = -1,
                            .total_segments = -1,
                            .segment = -1};
    request.return_consumed_capacity = bad<dc::ReturnConsumedCapacity>("hi");
    request.select = bad<dc::Select>("hi");
    request.scan_filter = dc::StringMap<dc::Condition>{
        {"a", {}}, {"b", {.comparison_operator = bad<dc::ComparisonOperator>("")}}};
    request.conditional_operator = bad<dc::ConditionalOperator>("AN");
    expect_invalid(
        request,
        "10 validation errors detected: " +
            violation("'hi'", "select",
                      enum_set("[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, "
                               "ALL_PROJECTED_ATTRIBUTES]")) +
            "; " + violation("'abc;'", "indexName", kPattern) + "; " +
            violation("'-1'", "totalSegments", min_value(1)) + "; " +
            violation("'hi'", "returnConsumedCapacity", enum_set("[INDEXES, TOTAL, NONE]")) + "; " +
            violation("'abc;'", "tableName", kPattern) + "; " +
            violation("'AN'", "conditionalOperator", enum_set("[OR, AND]")) + "; " +
            violation("null", "scanFilter.a.member.comparisonOperator", kNotNull) + "; " +
            violation("''", "scanFilter.b.member.comparisonOperator",
                      enum_set("[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, "
                               "BEGINS_WITH, GE, CONTAINS]")) +
            "; " + violation("'-1'", "segment", min_value(0)) + "; " +
            violation("'-1'", "limit", min_value(1)));
}

TEST(ValidateScan, SegmentRanges) {
    expect_invalid(
        dc::ScanRequest{.table_name = "abc", .total_segments = 1000001, .segment = 1000000},
        "2 validation errors detected: " +
            violation("'1000001'", "totalSegments", max_value(1000000)) + "; " +
            violation("'1000000'", "segment", max_value(999999)));
    expect_valid(
        dc::ScanRequest{.table_name = "abc", .total_segments = 1000000, .segment = 999999});
}

TEST(ValidateScan, SegmentAndTotalSegmentsGoTogether) {
    expect_invalid(dc::ScanRequest{.table_name = "abc", .segment = 0},
                   "The TotalSegments parameter is required but was not present in the request "
                   "when Segment parameter is present");
    expect_invalid(dc::ScanRequest{.table_name = "abc", .total_segments = 2},
                   "The Segment parameter is required but was not present in the request when "
                   "parameter TotalSegments is present");
    expect_invalid(dc::ScanRequest{.table_name = "abc", .total_segments = 2, .segment = 2},
                   "The Segment parameter is zero-based and must be less than parameter "
                   "TotalSegments: Segment: 2 is not less than TotalSegments: 2");
    expect_valid(dc::ScanRequest{.table_name = "abc", .total_segments = 2, .segment = 1});
}

TEST(ValidateDecoded, BodiesGoThroughTheSameChecks) {
    const auto request = dc::decode_request(
        "PutItem", R"({"TableName":"ab","Item":{"id":{"S":"a"}},"ReturnValues":"FOO"})");
    EXPECT_THROW(dc::validate(request), dynamorm::ServiceError);
    try {
        dc::validate(request);
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_EQ(error.message(),
                  "2 validation errors detected: " + violation("'ab'", "tableName", at_least(3)) +
                      "; " +
                      violation("'FOO'", "returnValues",
                                enum_set("[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]")));
    }
}

}  // namespace
