// validate() of BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems: the
// limits on their sizes, the constraints of their elements, and their rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "expect_validation.hpp"

namespace {

namespace dc = dynamorm::client;
using namespace testing_validation;
using dynamorm::Item;

std::vector<Item> keys(int count, int first = 0) {
    std::vector<Item> out;
    for (int i = first; i < first + count; ++i)
        out.push_back(Item{{"id", i}});
    return out;
}

const std::string kTableNameKeys =
    "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
    "Member must have length greater than or equal to 3, Member must satisfy regular "
    "expression pattern: [a-zA-Z0-9_.-]+]";
const std::string kWritesPerTable =
    "Map value must satisfy constraint: [Member must have length less than or equal to 25, "
    "Member must have length greater than or equal to 1]";

TEST(ValidateBatchGetItem, RequestItems) {
    expect_invalid(dc::BatchGetItemRequest{}, one(violation("null", "requestItems", kNotNull)));
    expect_invalid(dc::BatchGetItemRequest{.request_items = dc::StringMap<dc::KeysAndAttributes>{}},
                   one(violation("'{}'", "requestItems", at_least(1))));

    dc::BatchGetItemRequest request{.request_items = dc::StringMap<dc::KeysAndAttributes>{
                                        {"a;", {.keys = keys(1)}}, {"things", {}}}};
    expect_invalid(request, "2 validation errors detected: " +
                                violation(R"('{"a;":{"Keys":[{"id":{"N":"0"}}]},"things":{}}')",
                                          "requestItems", kTableNameKeys) +
                                "; " +
                                violation("null", "requestItems.things.member.keys", kNotNull));
}

TEST(ValidateBatchGetItem, KeysPerTableAndInAll) {
    dc::BatchGetItemRequest request{.request_items = dc::StringMap<dc::KeysAndAttributes>{
                                        {"things", {.keys = std::vector<Item>{}}}}};
    expect_invalid(request, one(violation("'[]'", "requestItems.things.member.keys", at_least(1))));

    request.request_items->at("things").keys = keys(101);
    try {
        dc::validate(request);
        ADD_FAILURE();
    } catch (const dynamorm::ServiceError& error) {
        const std::string& message = error.message();
        EXPECT_EQ(message.rfind(R"(1 validation error detected: Value '[{"id":{"N":"0"}}, )", 0),
                  0U)
            << message;
        EXPECT_NE(message.find(R"({"id":{"N":"100"}}]' at 'requestItems.things.member.keys' )"
                               R"(failed to satisfy constraint: )" +
                               at_most(100)),
                  std::string::npos)
            << message;
    }

    request.request_items->at("things").keys = keys(100);
    expect_valid(request);
    request.request_items->emplace("others", dc::KeysAndAttributes{.keys = keys(1)});
    expect_invalid(request, "Too many items requested for the BatchGetItem call");
}

TEST(ValidateBatchGetItem, DuplicateKeysAndNames) {
    auto request_keys = keys(3);
    request_keys.push_back(Item{{"id", 1}});
    dc::BatchGetItemRequest request{
        .request_items = dc::StringMap<dc::KeysAndAttributes>{{"things", {.keys = request_keys}}}};
    expect_invalid(request, "Provided list of item keys contains duplicates");

    request.request_items->at("things").keys = keys(2);
    request.request_items->at("things").attributes_to_get = {{"id", "id"}};
    expect_invalid(request,
                   "One or more parameter values were invalid: Duplicate value in attribute name: "
                   "id");
    request.request_items->at("things").projection_expression = "id";
    expect_invalid(request,
                   "Can not use both expression and non-expression parameters in the same "
                   "request: Non-expression parameters: {AttributesToGet} Expression parameters: "
                   "{ProjectionExpression}");
}

TEST(ValidateBatchWriteItem, WritesPerTable) {
    const dc::WriteRequest put{.put_request = dc::PutRequest{.item = Item{{"id", 1}}}};
    dc::BatchWriteItemRequest request{.request_items = dc::StringMap<std::vector<dc::WriteRequest>>{
                                          {"things", std::vector<dc::WriteRequest>(25, put)}}};
    expect_valid(request);
    request.request_items->at("things").push_back(put);
    try {
        dc::validate(request);
        ADD_FAILURE();
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_EQ(error.message().rfind(R"(1 validation error detected: Value '{"things":[)", 0),
                  0U);
        EXPECT_NE(error.message().find("]}' at 'requestItems' failed to satisfy constraint: " +
                                       kWritesPerTable),
                  std::string::npos)
            << error.message();
    }
    request.request_items->at("things").clear();
    expect_invalid(request, one(violation(R"('{"things":[]}')", "requestItems", kWritesPerTable)));
}

TEST(ValidateBatchWriteItem, WriteRequests) {
    dc::BatchWriteItemRequest request{
        .request_items = dc::StringMap<std::vector<dc::WriteRequest>>{
            {"things",
             {{.put_request = dc::PutRequest{}, .delete_request = dc::DeleteRequest{}}}}}};
    request.return_item_collection_metrics = dc::Enum<dc::ReturnItemCollectionMetrics>::parse("hi");
    expect_invalid(
        request,
        "3 validation errors detected: " +
            violation("'hi'", "returnItemCollectionMetrics", enum_set("[SIZE, NONE]")) + "; " +
            violation("null", "requestItems.things.member.1.member.deleteRequest.key", kNotNull) +
            "; " +
            violation("null", "requestItems.things.member.1.member.putRequest.item", kNotNull));

    const std::string neither_or_both =
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of "
        "the supported datatypes";
    request = {.request_items =
                   dc::StringMap<std::vector<dc::WriteRequest>>{{"things", {dc::WriteRequest{}}}}};
    expect_invalid(request, neither_or_both);
    request.request_items->at("things")[0] = {
        .put_request = dc::PutRequest{.item = Item{{"id", 1}}},
        .delete_request = dc::DeleteRequest{.key = Item{{"id", 1}}}};
    expect_invalid(request, neither_or_both);
}

TEST(ValidateTransactWriteItems, Members) {
    expect_invalid(dc::TransactWriteItemsRequest{},
                   one(violation("null", "transactItems", kNotNull)));
    dc::TransactWriteItemsRequest request{.transact_items = std::vector<dc::TransactWriteItem>{}};
    request.return_consumed_capacity = dc::Enum<dc::ReturnConsumedCapacity>::parse("hi");
    request.return_item_collection_metrics = dc::Enum<dc::ReturnItemCollectionMetrics>::parse("hi");
    expect_invalid(
        request,
        "3 validation errors detected: " +
            violation("'hi'", "returnConsumedCapacity", enum_set("[INDEXES, TOTAL, NONE]")) + "; " +
            violation("'hi'", "returnItemCollectionMetrics", enum_set("[SIZE, NONE]")) + "; " +
            violation("'[]'", "transactItems", at_least(1)));

    request = {.transact_items =
                   std::vector<dc::TransactWriteItem>{
                       {.update = dc::Update{}},
                       {.condition_check = dc::ConditionCheck{.key = Item{}, .table_name = "ab"}},
                   },
               .client_request_token = std::string(37, 't')};
    expect_invalid(
        request,
        "6 validation errors detected: " +
            violation("null", "transactItems.1.member.update.key", kNotNull) + "; " +
            violation("null", "transactItems.1.member.update.updateExpression", kNotNull) + "; " +
            violation("null", "transactItems.1.member.update.tableName", kNotNull) + "; " +
            violation("null", "transactItems.2.member.conditionCheck.conditionExpression",
                      kNotNull) +
            "; " +
            violation("'ab'", "transactItems.2.member.conditionCheck.tableName", at_least(3)) +
            "; " + violation("'" + std::string(37, 't') + "'", "clientRequestToken", at_most(36)));
}

TEST(ValidateTransactWriteItems, ActionsAndTheirCount) {
    const dc::TransactWriteItem put{.put =
                                        dc::Put{.item = Item{{"id", 1}}, .table_name = "things"}};
    dc::TransactWriteItemsRequest request{.transact_items =
                                              std::vector<dc::TransactWriteItem>(100, put)};
    expect_valid(request);
    request.transact_items->push_back(put);
    try {
        dc::validate(request);
        ADD_FAILURE();
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_NE(error.message().find("' at 'transactItems' failed to satisfy constraint: " +
                                       at_most(100)),
                  std::string::npos);
    }
    request.transact_items = {{put, dc::TransactWriteItem{}}};
    expect_invalid(request, "TransactItems can only contain one of Check, Put, Update or Delete");
    dc::TransactWriteItem both = put;
    both.delete_ = dc::Delete{.key = Item{{"id", 2}}, .table_name = "things"};
    request.transact_items = {{both}};
    expect_invalid(request, "TransactItems can only contain one of Check, Put, Update or Delete");
}

TEST(ValidateTransactGetItems, Members) {
    expect_invalid(dc::TransactGetItemsRequest{},
                   one(violation("null", "transactItems", kNotNull)));
    dc::TransactGetItemsRequest request{.transact_items = std::vector<dc::TransactGetItem>{
                                            {}, {.get = dc::Get{.table_name = "a;"}}}};
    expect_invalid(request,
                   "4 validation errors detected: " +
                       violation("null", "transactItems.1.member.get", kNotNull) + "; " +
                       violation("null", "transactItems.2.member.get.key", kNotNull) + "; " +
                       violation("'a;'", "transactItems.2.member.get.tableName", kPattern) + "; " +
                       violation("'a;'", "transactItems.2.member.get.tableName", at_least(3)));
    request.transact_items = {{{.get = dc::Get{.key = Item{{"id", 1}}, .table_name = "abc"}}}};
    expect_valid(request);
}

}  // namespace
