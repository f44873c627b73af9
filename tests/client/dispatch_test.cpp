// Operations by name: decoding any request for a server, unknown operations, responses of any
// operation, and Client::call reaching the member function of the request's operation.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/client.hpp"
#include "dynamorm/client/validate.hpp"
#include "dynamorm/client/wire.hpp"

namespace {

namespace dc = dynamorm::client;
using dynamorm::Item;

TEST(Operations, NamesAndLookup) {
    EXPECT_EQ(dc::operation_name(dc::Operation::PutItem), "PutItem");
    EXPECT_EQ(dc::operation_name(dc::Operation::ListTagsOfResource), "ListTagsOfResource");
    for (std::size_t i = 0; i < dc::kOperationCount; ++i) {
        const auto op = static_cast<dc::Operation>(i);
        EXPECT_EQ(dc::find_operation(dc::operation_name(op)), op);
    }
    EXPECT_FALSE(dc::find_operation("putItem"));
    EXPECT_FALSE(dc::find_operation("DescribeStream"));
    EXPECT_FALSE(dc::find_operation(""));
}

TEST(Operations, TargetHeader) {
    EXPECT_EQ(dc::target_of(dc::Operation::Query), "DynamoDB_20120810.Query");
    EXPECT_EQ(dc::operation_of_target("DynamoDB_20120810.BatchWriteItem"),
              dc::Operation::BatchWriteItem);
    EXPECT_FALSE(dc::operation_of_target("DynamoDB_20120810.Nothing"));
    EXPECT_FALSE(dc::operation_of_target("DynamoDB_20111205.Query"));
    EXPECT_FALSE(dc::operation_of_target("DynamoDB_20120810Query"));
    EXPECT_FALSE(dc::operation_of_target("DynamoDB_20120810."));
    EXPECT_FALSE(dc::operation_of_target("Query"));
}

TEST(Dispatch, DecodesEveryOperationByName) {
    for (std::size_t i = 0; i < dc::kOperationCount; ++i) {
        const auto op = static_cast<dc::Operation>(i);
        const dc::AnyRequest request = dc::decode_request(dc::operation_name(op), "{}");
        EXPECT_EQ(dc::operation_of(request), op);
        const dc::AnyResponse response = dc::decode_response(op, "{}");
        EXPECT_EQ(dc::operation_of(response), op);
    }
}

TEST(Dispatch, DecodesTheBodyIntoItsRequest) {
    const dc::AnyRequest request = dc::decode_request(
        "GetItem", R"({"TableName":"things","Key":{"id":{"S":"a"}},"ConsistentRead":true})");
    const auto* get = std::get_if<dc::GetItemRequest>(&request);
    ASSERT_NE(get, nullptr);
    EXPECT_EQ(get->table_name, "things");
    EXPECT_EQ(get->key, (Item{{"id", "a"}}));
    EXPECT_EQ(get->consistent_read, true);
    std::string body;
    dc::to_json(request, body);
    EXPECT_EQ(body, R"({"TableName":"things","Key":{"id":{"S":"a"}},"ConsistentRead":true})");
}

TEST(Dispatch, UnknownOperation) {
    try {
        (void)dc::decode_request("FlyToTheMoon", "{}");
        ADD_FAILURE();
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_EQ(error.code(), "UnknownOperationException");
        EXPECT_EQ(error.message(), "");
        EXPECT_EQ(error.http_status(), 400);
        EXPECT_EQ(dc::to_json(error),
                  R"({"__type":"com.amazon.coral.service#UnknownOperationException"})");
    }
}

TEST(Dispatch, SerializationProblemsAndDeferredValues) {
    EXPECT_THROW((void)dc::decode_request("Scan", R"({"Limit":"x"})"), dynamorm::JsonError);
    dc::Deferred deferred;
    const dc::AnyRequest request =
        dc::decode_request("PutItem", R"({"TableName":"abc","Item":{"a":{"SS":[]}}})", &deferred);
    ASSERT_TRUE(deferred);
    // A server validates first, then raises what the decoder deferred.
    EXPECT_NO_THROW(dc::validate(request));
    const dynamorm::ServiceError error = dynamorm::to_service_error(*deferred);
    EXPECT_EQ(error.code(), "ValidationException");
    EXPECT_EQ(error.message(),
              "One or more parameter values were invalid: An string set  may not be empty");
}

TEST(Dispatch, EncodesAnyResponse) {
    std::string body;
    dc::to_json(dc::AnyResponse(dc::GetItemResponse{.item = Item{{"id", "a"}}}), body);
    EXPECT_EQ(body, R"({"Item":{"id":{"S":"a"}}})");
    const dc::AnyResponse back = dc::decode_response(dc::Operation::GetItem, body);
    EXPECT_EQ(std::get<dc::GetItemResponse>(back).item, (Item{{"id", "a"}}));
}

// A client that answers each operation with a response naming it.
class RecordingClient : public dc::Client {
  public:
    std::string called;

    dc::CreateTableResponse create_table(const dc::CreateTableRequest& r) override {
        called = "create_table";
        return {.table_description = dc::TableDescription{.table_name = r.table_name}};
    }
    dc::DescribeTableResponse describe_table(const dc::DescribeTableRequest&) override {
        called = "describe_table";
        return {};
    }
    dc::ListTablesResponse list_tables(const dc::ListTablesRequest&) override {
        called = "list_tables";
        return {.table_names = {"a", "b"}};
    }
    dc::UpdateTableResponse update_table(const dc::UpdateTableRequest&) override {
        called = "update_table";
        return {};
    }
    dc::DeleteTableResponse delete_table(const dc::DeleteTableRequest&) override {
        called = "delete_table";
        return {};
    }
    dc::UpdateTimeToLiveResponse update_time_to_live(const dc::UpdateTimeToLiveRequest&) override {
        called = "update_time_to_live";
        return {};
    }
    dc::DescribeTimeToLiveResponse describe_time_to_live(
        const dc::DescribeTimeToLiveRequest&) override {
        called = "describe_time_to_live";
        return {};
    }
    dc::TagResourceResponse tag_resource(const dc::TagResourceRequest&) override {
        called = "tag_resource";
        return {};
    }
    dc::UntagResourceResponse untag_resource(const dc::UntagResourceRequest&) override {
        called = "untag_resource";
        return {};
    }
    dc::ListTagsOfResourceResponse list_tags_of_resource(
        const dc::ListTagsOfResourceRequest&) override {
        called = "list_tags_of_resource";
        return {};
    }
    dc::PutItemResponse put_item(const dc::PutItemRequest&) override {
        called = "put_item";
        return {};
    }
    dc::GetItemResponse get_item(const dc::GetItemRequest& r) override {
        called = "get_item";
        return {.item = r.key};
    }
    dc::UpdateItemResponse update_item(const dc::UpdateItemRequest&) override {
        called = "update_item";
        return {};
    }
    dc::DeleteItemResponse delete_item(const dc::DeleteItemRequest&) override {
        called = "delete_item";
        return {};
    }
    dc::QueryResponse query(const dc::QueryRequest&) override {
        called = "query";
        return {.count = 1};
    }
    dc::ScanResponse scan(const dc::ScanRequest&) override {
        called = "scan";
        return {.count = 2};
    }
    dc::BatchGetItemResponse batch_get_item(const dc::BatchGetItemRequest&) override {
        called = "batch_get_item";
        return {};
    }
    dc::BatchWriteItemResponse batch_write_item(const dc::BatchWriteItemRequest&) override {
        called = "batch_write_item";
        return {};
    }
    dc::TransactWriteItemsResponse transact_write_items(
        const dc::TransactWriteItemsRequest&) override {
        called = "transact_write_items";
        return {};
    }
    dc::TransactGetItemsResponse transact_get_items(const dc::TransactGetItemsRequest&) override {
        called = "transact_get_items";
        return {};
    }
};

TEST(ClientCall, ReachesTheMemberFunctionOfEachOperation) {
    const char* expected[] = {"create_table",
                              "describe_table",
                              "list_tables",
                              "update_table",
                              "delete_table",
                              "update_time_to_live",
                              "describe_time_to_live",
                              "tag_resource",
                              "untag_resource",
                              "list_tags_of_resource",
                              "put_item",
                              "get_item",
                              "update_item",
                              "delete_item",
                              "query",
                              "scan",
                              "batch_get_item",
                              "batch_write_item",
                              "transact_write_items",
                              "transact_get_items"};
    RecordingClient client;
    for (std::size_t i = 0; i < dc::kOperationCount; ++i) {
        const auto op = static_cast<dc::Operation>(i);
        const dc::AnyResponse response =
            client.call(dc::decode_request(dc::operation_name(op), "{}"));
        EXPECT_EQ(client.called, expected[i]);
        EXPECT_EQ(dc::operation_of(response), op);
    }
}

TEST(ClientCall, PassesTheRequestAndReturnsTheResponse) {
    RecordingClient client;
    const dc::AnyResponse response =
        client.call(dc::GetItemRequest{.table_name = "t", .key = Item{{"id", 7}}});
    EXPECT_EQ(std::get<dc::GetItemResponse>(response).item, (Item{{"id", 7}}));
    std::string body;
    dc::to_json(client.call(dc::decode_request("ListTables", "{}")), body);
    EXPECT_EQ(body, R"({"TableNames":["a","b"]})");
}

}  // namespace
