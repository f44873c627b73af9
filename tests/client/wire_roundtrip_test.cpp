// Every request and response type through the codec and back: with every member set at every
// level, and with only the members DynamoDB requires.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/wire.hpp"
#include "samples.hpp"

namespace {

namespace dc = dynamorm::client;
using namespace samples;

template <class T>
void expect_round_trip(const T& value) {
    const std::string json = dc::to_json(value);
    T back{};
    dc::from_json(json, back);
    EXPECT_EQ(back, value) << json;
    EXPECT_EQ(dc::to_json(back), json);
    // The dispatcher's alternative of the same type agrees.
    if constexpr (requires { dc::AnyRequest(value); }) {
        std::string via_any;
        dc::to_json(dc::AnyRequest(value), via_any);
        EXPECT_EQ(via_any, json);
    }
}

template <class T>
void expect_full_round_trip(const T& value) {
    expect_every_member_set(value, "");
    expect_round_trip(value);
}

// ---- Full values --------------------------------------------------------------------------

TEST(WireRoundTrip, TableOperationsWithEveryMember) {
    expect_full_round_trip(dc::CreateTableRequest{
        .attribute_definitions = attribute_definitions(),
        .table_name = "things",
        .key_schema = key_schema(),
        .local_secondary_indexes =
            {{{.index_name = "by-sort", .key_schema = key_schema(), .projection = projection()}}},
        .global_secondary_indexes = {{{.index_name = "by-color",
                                       .key_schema = key_schema(),
                                       .projection = projection(),
                                       .provisioned_throughput = throughput()}}},
        .billing_mode = dc::BillingMode::Provisioned,
        .provisioned_throughput = throughput(),
        .stream_specification =
            dc::StreamSpecification{.stream_enabled = true,
                                    .stream_view_type = dc::StreamViewType::KeysOnly},
        .sse_specification =
            dc::SseSpecification{
                .enabled = true, .sse_type = dc::SseType::Kms, .kms_master_key_id = "alias/things"},
        .tags = {{{.key = "team", .value = "storage"}}},
        .table_class = dc::TableClass::StandardInfrequentAccess,
        .deletion_protection_enabled = true,
    });
    expect_full_round_trip(dc::CreateTableResponse{.table_description = table_description()});
    expect_full_round_trip(dc::DescribeTableRequest{.table_name = "things"});
    expect_full_round_trip(dc::DescribeTableResponse{.table = table_description()});
    expect_full_round_trip(dc::ListTablesRequest{.exclusive_start_table_name = "aaa", .limit = 7});
    expect_full_round_trip(
        dc::ListTablesResponse{.table_names = {"a1", "b2"}, .last_evaluated_table_name = "b2"});
    expect_full_round_trip(dc::UpdateTableRequest{
        .attribute_definitions = attribute_definitions(),
        .table_name = "things",
        .billing_mode = dc::BillingMode::PayPerRequest,
        .provisioned_throughput = throughput(),
        .global_secondary_index_updates = {{{
            .update = dc::UpdateGlobalSecondaryIndexAction{.index_name = "by-color",
                                                           .provisioned_throughput = throughput()},
            .create = dc::CreateGlobalSecondaryIndexAction{.index_name = "by-name",
                                                           .key_schema = key_schema(),
                                                           .projection = projection(),
                                                           .provisioned_throughput = throughput()},
            .delete_ = dc::DeleteGlobalSecondaryIndexAction{.index_name = "old"},
        }}},
        .stream_specification =
            dc::StreamSpecification{.stream_enabled = false,
                                    .stream_view_type = dc::StreamViewType::NewImage},
        .sse_specification =
            dc::SseSpecification{
                .enabled = false, .sse_type = dc::SseType::Aes256, .kms_master_key_id = "k"},
        .table_class = dc::TableClass::Standard,
        .deletion_protection_enabled = false,
    });
    expect_full_round_trip(dc::UpdateTableResponse{.table_description = table_description()});
    expect_full_round_trip(dc::DeleteTableRequest{.table_name = "things"});
    expect_full_round_trip(dc::DeleteTableResponse{.table_description = table_description()});
    const dc::TimeToLiveSpecification ttl{.enabled = true, .attribute_name = "expires"};
    expect_full_round_trip(
        dc::UpdateTimeToLiveRequest{.table_name = "things", .time_to_live_specification = ttl});
    expect_full_round_trip(dc::UpdateTimeToLiveResponse{.time_to_live_specification = ttl});
    expect_full_round_trip(dc::DescribeTimeToLiveRequest{.table_name = "things"});
    expect_full_round_trip(dc::DescribeTimeToLiveResponse{
        .time_to_live_description = dc::TimeToLiveDescription{
            .time_to_live_status = dc::TimeToLiveStatus::Enabled, .attribute_name = "expires"}});
    const std::string arn = "arn:aws:dynamodb:us-east-1:123456789012:table/things";
    expect_full_round_trip(dc::TagResourceRequest{
        .resource_arn = arn, .tags = {{{.key = "a", .value = "1"}, {.key = "b", .value = ""}}}});
    expect_full_round_trip(dc::TagResourceResponse{});
    expect_full_round_trip(dc::UntagResourceRequest{.resource_arn = arn, .tag_keys = {{"a", "b"}}});
    expect_full_round_trip(dc::UntagResourceResponse{});
    expect_full_round_trip(dc::ListTagsOfResourceRequest{.resource_arn = arn, .next_token = "n"});
    expect_full_round_trip(
        dc::ListTagsOfResourceResponse{.tags = {{.key = "a", .value = "1"}}, .next_token = "n2"});
}

TEST(WireRoundTrip, ItemOperationsWithEveryMember) {
    expect_full_round_trip(dc::PutItemRequest{
        .table_name = "things",
        .item = rich_item(),
        .expected = {{{"color", expected_value()}}},
        .return_values = dc::ReturnValues::AllOld,
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Indexes,
        .return_item_collection_metrics = dc::ReturnItemCollectionMetrics::Size,
        .conditional_operator = dc::ConditionalOperator::Or,
        .condition_expression = "#c = :v",
        .expression_attribute_names = names(),
        .expression_attribute_values = values(),
        .return_values_on_condition_check_failure = dc::ReturnValuesOnConditionCheckFailure::AllOld,
    });
    expect_full_round_trip(
        dc::PutItemResponse{.attributes = rich_item(),
                            .consumed_capacity = consumed_capacity(),
                            .item_collection_metrics = item_collection_metrics()});
    expect_full_round_trip(dc::GetItemRequest{
        .table_name = "things",
        .key = key("a"),
        .attributes_to_get = {{"id", "name"}},
        .consistent_read = true,
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Total,
        .projection_expression = "#n",
        .expression_attribute_names = names(),
    });
    expect_full_round_trip(
        dc::GetItemResponse{.item = rich_item(), .consumed_capacity = consumed_capacity()});
    expect_full_round_trip(dc::UpdateItemRequest{
        .table_name = "things",
        .key = key("a"),
        .attribute_updates =
            {{{"color", {.value = AttributeValue("red"), .action = dc::AttributeAction::Put}}}},
        .expected = {{{"color", expected_value()}}},
        .conditional_operator = dc::ConditionalOperator::And,
        .return_values = dc::ReturnValues::UpdatedNew,
        .return_consumed_capacity = dc::ReturnConsumedCapacity::None,
        .return_item_collection_metrics = dc::ReturnItemCollectionMetrics::None,
        .update_expression = "SET #c = :v ADD #n :n",
        .condition_expression = "attribute_exists(id)",
        .expression_attribute_names = names(),
        .expression_attribute_values = values(),
        .return_values_on_condition_check_failure = dc::ReturnValuesOnConditionCheckFailure::None,
    });
    expect_full_round_trip(
        dc::UpdateItemResponse{.attributes = rich_item(),
                               .consumed_capacity = consumed_capacity(),
                               .item_collection_metrics = item_collection_metrics()});
    expect_full_round_trip(dc::DeleteItemRequest{
        .table_name = "things",
        .key = key("a"),
        .expected = {{{"color", expected_value()}}},
        .conditional_operator = dc::ConditionalOperator::And,
        .return_values = dc::ReturnValues::AllOld,
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Total,
        .return_item_collection_metrics = dc::ReturnItemCollectionMetrics::Size,
        .condition_expression = "#c = :v",
        .expression_attribute_names = names(),
        .expression_attribute_values = values(),
        .return_values_on_condition_check_failure = dc::ReturnValuesOnConditionCheckFailure::AllOld,
    });
    expect_full_round_trip(
        dc::DeleteItemResponse{.attributes = rich_item(),
                               .consumed_capacity = consumed_capacity(),
                               .item_collection_metrics = item_collection_metrics()});
}

TEST(WireRoundTrip, QueryAndScanWithEveryMember) {
    expect_full_round_trip(dc::QueryRequest{
        .table_name = "things",
        .index_name = "by-color",
        .select = dc::Select::SpecificAttributes,
        .attributes_to_get = {{"id"}},
        .limit = 10,
        .consistent_read = false,
        .key_conditions = {{{"id", condition()}}},
        .query_filter = {{{"name", condition()}}},
        .conditional_operator = dc::ConditionalOperator::And,
        .scan_index_forward = false,
        .exclusive_start_key = key("a"),
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Indexes,
        .projection_expression = "#n",
        .filter_expression = "#c = :v",
        .key_condition_expression = "id = :n",
        .expression_attribute_names = names(),
        .expression_attribute_values = values(),
    });
    expect_full_round_trip(dc::QueryResponse{.items = {{rich_item(), key("b")}},
                                             .count = 2,
                                             .scanned_count = 5,
                                             .last_evaluated_key = key("b"),
                                             .consumed_capacity = consumed_capacity()});
    expect_full_round_trip(dc::ScanRequest{
        .table_name = "things",
        .index_name = "by-color",
        .attributes_to_get = {{"id"}},
        .limit = 25,
        .select = dc::Select::Count,
        .scan_filter = {{{"name", condition()}}},
        .conditional_operator = dc::ConditionalOperator::Or,
        .exclusive_start_key = key("a"),
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Total,
        .total_segments = 4,
        .segment = 3,
        .projection_expression = "#n",
        .filter_expression = "#c <> :v",
        .expression_attribute_names = names(),
        .expression_attribute_values = values(),
        .consistent_read = true,
    });
    expect_full_round_trip(dc::ScanResponse{.items = {{key("a")}},
                                            .count = 1,
                                            .scanned_count = 1000,
                                            .last_evaluated_key = key("a"),
                                            .consumed_capacity = consumed_capacity()});
}

TEST(WireRoundTrip, BatchesWithEveryMember) {
    expect_full_round_trip(dc::BatchGetItemRequest{
        .request_items = {{{"things", keys_and_attributes()}, {"others", keys_and_attributes()}}},
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Total});
    expect_full_round_trip(dc::BatchGetItemResponse{
        .responses = {{"things", {rich_item(), key("b")}}},
        .unprocessed_keys = {{"others", keys_and_attributes()}},
        .consumed_capacity = {{consumed_capacity("things"), consumed_capacity("others")}}});
    expect_full_round_trip(dc::BatchWriteItemRequest{
        .request_items = {{{"things", write_requests()}}},
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Indexes,
        .return_item_collection_metrics = dc::ReturnItemCollectionMetrics::Size});
    expect_full_round_trip(dc::BatchWriteItemResponse{
        .unprocessed_items = {{"things", write_requests()}},
        .item_collection_metrics = {{{"things", {item_collection_metrics()}}}},
        .consumed_capacity = {{consumed_capacity()}}});
}

TEST(WireRoundTrip, TransactionsWithEveryMember) {
    expect_full_round_trip(dc::TransactWriteItemsRequest{
        .transact_items = {{transact_write_item()}},
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Total,
        .return_item_collection_metrics = dc::ReturnItemCollectionMetrics::Size,
        .client_request_token = "token-1"});
    expect_full_round_trip(dc::TransactWriteItemsResponse{
        .consumed_capacity = {{consumed_capacity()}},
        .item_collection_metrics = {{{"things", {item_collection_metrics()}}}}});
    expect_full_round_trip(dc::TransactGetItemsRequest{
        .transact_items = {{{.get = dc::Get{.key = key("a"),
                                            .table_name = "things",
                                            .projection_expression = "#n",
                                            .expression_attribute_names = names()}}}},
        .return_consumed_capacity = dc::ReturnConsumedCapacity::Indexes});
    expect_full_round_trip(dc::TransactGetItemsResponse{
        .consumed_capacity = {{consumed_capacity()}}, .responses = {{{.item = rich_item()}}}});
}

// ---- Minimal values -----------------------------------------------------------------------

TEST(WireRoundTrip, MinimalRequestsAndResponses) {
    expect_round_trip(dc::CreateTableRequest{.attribute_definitions = attribute_definitions(),
                                             .table_name = "things",
                                             .key_schema = key_schema(),
                                             .billing_mode = dc::BillingMode::PayPerRequest});
    expect_round_trip(dc::CreateTableResponse{});
    expect_round_trip(dc::DescribeTableRequest{.table_name = "things"});
    expect_round_trip(dc::DescribeTableResponse{});
    expect_round_trip(dc::ListTablesRequest{});
    expect_round_trip(dc::ListTablesResponse{});
    expect_round_trip(dc::UpdateTableRequest{.table_name = "things"});
    expect_round_trip(dc::UpdateTableResponse{});
    expect_round_trip(dc::DeleteTableRequest{.table_name = "things"});
    expect_round_trip(dc::DeleteTableResponse{});
    expect_round_trip(dc::UpdateTimeToLiveRequest{});
    expect_round_trip(dc::UpdateTimeToLiveResponse{});
    expect_round_trip(dc::DescribeTimeToLiveRequest{.table_name = "things"});
    expect_round_trip(dc::DescribeTimeToLiveResponse{});
    expect_round_trip(dc::TagResourceRequest{});
    expect_round_trip(dc::UntagResourceRequest{});
    expect_round_trip(dc::ListTagsOfResourceRequest{.resource_arn = "arn"});
    expect_round_trip(dc::ListTagsOfResourceResponse{});
    expect_round_trip(dc::PutItemRequest{.table_name = "things", .item = key("a")});
    expect_round_trip(dc::PutItemResponse{});
    expect_round_trip(dc::GetItemRequest{.table_name = "things", .key = key("a")});
    expect_round_trip(dc::GetItemResponse{});
    expect_round_trip(dc::UpdateItemRequest{.table_name = "things", .key = key("a")});
    expect_round_trip(dc::UpdateItemResponse{});
    expect_round_trip(dc::DeleteItemRequest{.table_name = "things", .key = key("a")});
    expect_round_trip(dc::DeleteItemResponse{});
    expect_round_trip(
        dc::QueryRequest{.table_name = "things", .key_condition_expression = "id = :a"});
    expect_round_trip(dc::QueryResponse{});
    expect_round_trip(dc::ScanRequest{.table_name = "things"});
    expect_round_trip(dc::ScanResponse{});
    expect_round_trip(dc::BatchGetItemRequest{
        .request_items = {{{"things", dc::KeysAndAttributes{.keys = {{key("a")}}}}}}});
    expect_round_trip(dc::BatchGetItemResponse{});
    expect_round_trip(dc::BatchWriteItemRequest{
        .request_items = {{{"things", {{.delete_request = dc::DeleteRequest{.key = key("a")}}}}}}});
    expect_round_trip(dc::BatchWriteItemResponse{});
    expect_round_trip(dc::TransactWriteItemsRequest{
        .transact_items = {{{.delete_ = dc::Delete{.key = key("a"), .table_name = "things"}}}}});
    expect_round_trip(dc::TransactWriteItemsResponse{});
    expect_round_trip(dc::TransactGetItemsRequest{
        .transact_items = {{{.get = dc::Get{.key = key("a"), .table_name = "things"}}}}});
    expect_round_trip(dc::TransactGetItemsResponse{});
}

// ---- The text written ---------------------------------------------------------------------

TEST(WireEncode, WritesOnlyPresentMembersInDocumentedOrder) {
    const dc::PutItemRequest request{.table_name = "things",
                                     .item = Item{{"id", "a"}, {"n", 3}},
                                     .return_values = dc::ReturnValues::AllOld,
                                     .condition_expression = "attribute_not_exists(id)"};
    EXPECT_EQ(
        dc::to_json(request),
        R"({"TableName":"things","Item":{"id":{"S":"a"},"n":{"N":"3"}},)"
        R"json("ReturnValues":"ALL_OLD","ConditionExpression":"attribute_not_exists(id)"})json");
}

TEST(WireEncode, EmptyContainersAreWrittenWhenPresent) {
    const dc::QueryRequest request{.table_name = "t",
                                   .attributes_to_get = std::vector<std::string>{},
                                   .expression_attribute_names = dc::AttributeNameMap{},
                                   .expression_attribute_values = dc::AttributeValueMap{}};
    EXPECT_EQ(dc::to_json(request),
              R"({"TableName":"t","AttributesToGet":[],"ExpressionAttributeNames":{},)"
              R"("ExpressionAttributeValues":{}})");
}

TEST(WireEncode, ResponsesAlwaysCarryTheirRequiredMembers) {
    EXPECT_EQ(dc::to_json(dc::QueryResponse{}), R"({"Count":0,"ScannedCount":0})");
    EXPECT_EQ(dc::to_json(dc::ListTablesResponse{}), R"({"TableNames":[]})");
    EXPECT_EQ(dc::to_json(dc::BatchGetItemResponse{}), R"({"Responses":{},"UnprocessedKeys":{}})");
    EXPECT_EQ(dc::to_json(dc::BatchWriteItemResponse{}), R"({"UnprocessedItems":{}})");
    EXPECT_EQ(dc::to_json(dc::TagResourceResponse{}), "{}");
}

TEST(WireEncode, UnknownEnumValuesAreWrittenAsReceived) {
    dc::GetItemRequest request{.table_name = "t", .key = key("a")};
    request.return_consumed_capacity = dc::Enum<dc::ReturnConsumedCapacity>::parse("SOME");
    EXPECT_EQ(dc::to_json(request), R"({"TableName":"t","Key":{"id":{"S":"a"},"sort":{"N":"7"}},)"
                                    R"("ReturnConsumedCapacity":"SOME"})");
    expect_round_trip(request);
}

TEST(WireEncode, AppendsToTheOutput) {
    std::string out = "prefix:";
    dc::to_json(dc::DescribeTableRequest{.table_name = "abc"}, out);
    EXPECT_EQ(out, R"(prefix:{"TableName":"abc"})");
}

}  // namespace
