// The wire members of every request, response and shared shape (internal): DynamoDB's member
// names, in the order of its API reference, bound to the C++ members. Codec<T> (codec.hpp)
// reads and writes any type listed here.
#pragma once

#include <string_view>
#include <tuple>

#include "client/codec.hpp"
#include "dynamorm/client/requests.hpp"

namespace dynamorm::client::detail {

// SHAPE(Type, "JavaClassName", F("WireName", member), ...)
#define DYNAMORM_SHAPE(T, JAVA_NAME, ...)                            \
    template <>                                                      \
    struct Shape<T> {                                                \
        using Self = T;                                              \
        static constexpr std::string_view java_name = JAVA_NAME;     \
        static constexpr auto fields = std::make_tuple(__VA_ARGS__); \
    }
#define DYNAMORM_SHAPE_EMPTY(T, JAVA_NAME)                       \
    template <>                                                  \
    struct Shape<T> {                                            \
        static constexpr std::string_view java_name = JAVA_NAME; \
        static constexpr std::tuple<> fields{};                  \
    }
#define F(NAME, MEMBER) field(NAME, &Self::MEMBER)

// ---- Shared shapes --------------------------------------------------------------------------

DYNAMORM_SHAPE(KeySchemaElement, "KeySchemaElement", F("AttributeName", attribute_name),
               F("KeyType", key_type));
DYNAMORM_SHAPE(AttributeDefinition, "AttributeDefinition", F("AttributeName", attribute_name),
               F("AttributeType", attribute_type));
DYNAMORM_SHAPE(ProvisionedThroughput, "ProvisionedThroughput",
               F("ReadCapacityUnits", read_capacity_units),
               F("WriteCapacityUnits", write_capacity_units));
DYNAMORM_SHAPE(ProvisionedThroughputDescription, "ProvisionedThroughputDescription",
               F("LastIncreaseDateTime", last_increase_date_time),
               F("LastDecreaseDateTime", last_decrease_date_time),
               F("NumberOfDecreasesToday", number_of_decreases_today),
               F("ReadCapacityUnits", read_capacity_units),
               F("WriteCapacityUnits", write_capacity_units));
DYNAMORM_SHAPE(Projection, "Projection", F("ProjectionType", projection_type),
               F("NonKeyAttributes", non_key_attributes));
DYNAMORM_SHAPE(LocalSecondaryIndex, "LocalSecondaryIndex", F("IndexName", index_name),
               F("KeySchema", key_schema), F("Projection", projection));
DYNAMORM_SHAPE(GlobalSecondaryIndex, "GlobalSecondaryIndex", F("IndexName", index_name),
               F("KeySchema", key_schema), F("Projection", projection),
               F("ProvisionedThroughput", provisioned_throughput));
DYNAMORM_SHAPE(LocalSecondaryIndexDescription, "LocalSecondaryIndexDescription",
               F("IndexName", index_name), F("KeySchema", key_schema), F("Projection", projection),
               F("IndexSizeBytes", index_size_bytes), F("ItemCount", item_count),
               F("IndexArn", index_arn));
DYNAMORM_SHAPE(GlobalSecondaryIndexDescription, "GlobalSecondaryIndexDescription",
               F("IndexName", index_name), F("KeySchema", key_schema), F("Projection", projection),
               F("IndexStatus", index_status), F("Backfilling", backfilling),
               F("ProvisionedThroughput", provisioned_throughput),
               F("IndexSizeBytes", index_size_bytes), F("ItemCount", item_count),
               F("IndexArn", index_arn));
DYNAMORM_SHAPE(StreamSpecification, "StreamSpecification", F("StreamEnabled", stream_enabled),
               F("StreamViewType", stream_view_type));
DYNAMORM_SHAPE(SseSpecification, "SSESpecification", F("Enabled", enabled), F("SSEType", sse_type),
               F("KMSMasterKeyId", kms_master_key_id));
DYNAMORM_SHAPE(SseDescription, "SSEDescription", F("Status", status), F("SSEType", sse_type),
               F("KMSMasterKeyArn", kms_master_key_arn),
               F("InaccessibleEncryptionDateTime", inaccessible_encryption_date_time));
DYNAMORM_SHAPE(BillingModeSummary, "BillingModeSummary", F("BillingMode", billing_mode),
               F("LastUpdateToPayPerRequestDateTime", last_update_to_pay_per_request_date_time));
DYNAMORM_SHAPE(TableClassSummary, "TableClassSummary", F("TableClass", table_class),
               F("LastUpdateDateTime", last_update_date_time));
DYNAMORM_SHAPE(TableDescription, "TableDescription",
               F("AttributeDefinitions", attribute_definitions), F("TableName", table_name),
               F("KeySchema", key_schema), F("TableStatus", table_status),
               F("CreationDateTime", creation_date_time),
               F("ProvisionedThroughput", provisioned_throughput),
               F("TableSizeBytes", table_size_bytes), F("ItemCount", item_count),
               F("TableArn", table_arn), F("TableId", table_id),
               F("BillingModeSummary", billing_mode_summary),
               F("LocalSecondaryIndexes", local_secondary_indexes),
               F("GlobalSecondaryIndexes", global_secondary_indexes),
               F("StreamSpecification", stream_specification),
               F("LatestStreamLabel", latest_stream_label), F("LatestStreamArn", latest_stream_arn),
               F("SSEDescription", sse_description), F("TableClassSummary", table_class_summary),
               F("DeletionProtectionEnabled", deletion_protection_enabled));
DYNAMORM_SHAPE(UpdateGlobalSecondaryIndexAction, "UpdateGlobalSecondaryIndexAction",
               F("IndexName", index_name), F("ProvisionedThroughput", provisioned_throughput));
DYNAMORM_SHAPE(CreateGlobalSecondaryIndexAction, "CreateGlobalSecondaryIndexAction",
               F("IndexName", index_name), F("KeySchema", key_schema), F("Projection", projection),
               F("ProvisionedThroughput", provisioned_throughput));
DYNAMORM_SHAPE(DeleteGlobalSecondaryIndexAction, "DeleteGlobalSecondaryIndexAction",
               F("IndexName", index_name));
DYNAMORM_SHAPE(GlobalSecondaryIndexUpdate, "GlobalSecondaryIndexUpdate", F("Update", update),
               F("Create", create), F("Delete", delete_));
DYNAMORM_SHAPE(Tag, "Tag", F("Key", key), F("Value", value));
DYNAMORM_SHAPE(TimeToLiveSpecification, "TimeToLiveSpecification", F("Enabled", enabled),
               F("AttributeName", attribute_name));
DYNAMORM_SHAPE(TimeToLiveDescription, "TimeToLiveDescription",
               F("TimeToLiveStatus", time_to_live_status), F("AttributeName", attribute_name));
DYNAMORM_SHAPE(Capacity, "Capacity", F("ReadCapacityUnits", read_capacity_units),
               F("WriteCapacityUnits", write_capacity_units), F("CapacityUnits", capacity_units));
DYNAMORM_SHAPE(ConsumedCapacity, "ConsumedCapacity", F("TableName", table_name),
               F("CapacityUnits", capacity_units), F("ReadCapacityUnits", read_capacity_units),
               F("WriteCapacityUnits", write_capacity_units), F("Table", table),
               F("LocalSecondaryIndexes", local_secondary_indexes),
               F("GlobalSecondaryIndexes", global_secondary_indexes));
DYNAMORM_SHAPE(ItemCollectionMetrics, "ItemCollectionMetrics",
               F("ItemCollectionKey", item_collection_key),
               F("SizeEstimateRangeGB", size_estimate_range_gb));
DYNAMORM_SHAPE(Condition, "Condition", F("AttributeValueList", attribute_value_list),
               F("ComparisonOperator", comparison_operator));
DYNAMORM_SHAPE(ExpectedAttributeValue, "ExpectedAttributeValue", F("Value", value),
               F("Exists", exists), F("ComparisonOperator", comparison_operator),
               F("AttributeValueList", attribute_value_list));
DYNAMORM_SHAPE(AttributeValueUpdate, "AttributeValueUpdate", F("Value", value),
               F("Action", action));
DYNAMORM_SHAPE(KeysAndAttributes, "KeysAndAttributes", F("Keys", keys),
               F("AttributesToGet", attributes_to_get), F("ConsistentRead", consistent_read),
               F("ProjectionExpression", projection_expression),
               F("ExpressionAttributeNames", expression_attribute_names));
DYNAMORM_SHAPE(PutRequest, "PutRequest", F("Item", item));
DYNAMORM_SHAPE(DeleteRequest, "DeleteRequest", F("Key", key));
DYNAMORM_SHAPE(WriteRequest, "WriteRequest", F("PutRequest", put_request),
               F("DeleteRequest", delete_request));
DYNAMORM_SHAPE(ConditionCheck, "ConditionCheck", F("Key", key), F("TableName", table_name),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(Put, "Put", F("Item", item), F("TableName", table_name),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(Delete, "Delete", F("Key", key), F("TableName", table_name),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(Update, "Update", F("Key", key), F("UpdateExpression", update_expression),
               F("TableName", table_name), F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(TransactWriteItem, "TransactWriteItem", F("ConditionCheck", condition_check),
               F("Put", put), F("Delete", delete_), F("Update", update));
DYNAMORM_SHAPE(Get, "Get", F("Key", key), F("TableName", table_name),
               F("ProjectionExpression", projection_expression),
               F("ExpressionAttributeNames", expression_attribute_names));
DYNAMORM_SHAPE(TransactGetItem, "TransactGetItem", F("Get", get));
DYNAMORM_SHAPE(ItemResponse, "ItemResponse", F("Item", item));
DYNAMORM_SHAPE(CancellationReason, "CancellationReason", F("Item", item), F("Code", code),
               F("Message", message));

// ---- Table operations -----------------------------------------------------------------------

DYNAMORM_SHAPE(CreateTableRequest, "CreateTableInput",
               F("AttributeDefinitions", attribute_definitions), F("TableName", table_name),
               F("KeySchema", key_schema), F("LocalSecondaryIndexes", local_secondary_indexes),
               F("GlobalSecondaryIndexes", global_secondary_indexes),
               F("BillingMode", billing_mode), F("ProvisionedThroughput", provisioned_throughput),
               F("StreamSpecification", stream_specification),
               F("SSESpecification", sse_specification), F("Tags", tags),
               F("TableClass", table_class),
               F("DeletionProtectionEnabled", deletion_protection_enabled));
DYNAMORM_SHAPE(CreateTableResponse, "CreateTableOutput", F("TableDescription", table_description));
DYNAMORM_SHAPE(DescribeTableRequest, "DescribeTableInput", F("TableName", table_name));
DYNAMORM_SHAPE(DescribeTableResponse, "DescribeTableOutput", F("Table", table));
DYNAMORM_SHAPE(ListTablesRequest, "ListTablesInput",
               F("ExclusiveStartTableName", exclusive_start_table_name), F("Limit", limit));
DYNAMORM_SHAPE(ListTablesResponse, "ListTablesOutput", F("TableNames", table_names),
               F("LastEvaluatedTableName", last_evaluated_table_name));
DYNAMORM_SHAPE(UpdateTableRequest, "UpdateTableInput",
               F("AttributeDefinitions", attribute_definitions), F("TableName", table_name),
               F("BillingMode", billing_mode), F("ProvisionedThroughput", provisioned_throughput),
               F("GlobalSecondaryIndexUpdates", global_secondary_index_updates),
               F("StreamSpecification", stream_specification),
               F("SSESpecification", sse_specification), F("TableClass", table_class),
               F("DeletionProtectionEnabled", deletion_protection_enabled));
DYNAMORM_SHAPE(UpdateTableResponse, "UpdateTableOutput", F("TableDescription", table_description));
DYNAMORM_SHAPE(DeleteTableRequest, "DeleteTableInput", F("TableName", table_name));
DYNAMORM_SHAPE(DeleteTableResponse, "DeleteTableOutput", F("TableDescription", table_description));
DYNAMORM_SHAPE(UpdateTimeToLiveRequest, "UpdateTimeToLiveInput", F("TableName", table_name),
               F("TimeToLiveSpecification", time_to_live_specification));
DYNAMORM_SHAPE(UpdateTimeToLiveResponse, "UpdateTimeToLiveOutput",
               F("TimeToLiveSpecification", time_to_live_specification));
DYNAMORM_SHAPE(DescribeTimeToLiveRequest, "DescribeTimeToLiveInput", F("TableName", table_name));
DYNAMORM_SHAPE(DescribeTimeToLiveResponse, "DescribeTimeToLiveOutput",
               F("TimeToLiveDescription", time_to_live_description));
DYNAMORM_SHAPE(TagResourceRequest, "TagResourceInput", F("ResourceArn", resource_arn),
               F("Tags", tags));
DYNAMORM_SHAPE_EMPTY(TagResourceResponse, "TagResourceOutput");
DYNAMORM_SHAPE(UntagResourceRequest, "UntagResourceInput", F("ResourceArn", resource_arn),
               F("TagKeys", tag_keys));
DYNAMORM_SHAPE_EMPTY(UntagResourceResponse, "UntagResourceOutput");
DYNAMORM_SHAPE(ListTagsOfResourceRequest, "ListTagsOfResourceInput", F("ResourceArn", resource_arn),
               F("NextToken", next_token));
DYNAMORM_SHAPE(ListTagsOfResourceResponse, "ListTagsOfResourceOutput", F("Tags", tags),
               F("NextToken", next_token));

// ---- Item operations ------------------------------------------------------------------------

DYNAMORM_SHAPE(PutItemRequest, "PutItemInput", F("TableName", table_name), F("Item", item),
               F("Expected", expected), F("ReturnValues", return_values),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ReturnItemCollectionMetrics", return_item_collection_metrics),
               F("ConditionalOperator", conditional_operator),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(PutItemResponse, "PutItemOutput", F("Attributes", attributes),
               F("ConsumedCapacity", consumed_capacity),
               F("ItemCollectionMetrics", item_collection_metrics));
DYNAMORM_SHAPE(GetItemRequest, "GetItemInput", F("TableName", table_name), F("Key", key),
               F("AttributesToGet", attributes_to_get), F("ConsistentRead", consistent_read),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ProjectionExpression", projection_expression),
               F("ExpressionAttributeNames", expression_attribute_names));
DYNAMORM_SHAPE(GetItemResponse, "GetItemOutput", F("Item", item),
               F("ConsumedCapacity", consumed_capacity));
DYNAMORM_SHAPE(UpdateItemRequest, "UpdateItemInput", F("TableName", table_name), F("Key", key),
               F("AttributeUpdates", attribute_updates), F("Expected", expected),
               F("ConditionalOperator", conditional_operator), F("ReturnValues", return_values),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ReturnItemCollectionMetrics", return_item_collection_metrics),
               F("UpdateExpression", update_expression),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(UpdateItemResponse, "UpdateItemOutput", F("Attributes", attributes),
               F("ConsumedCapacity", consumed_capacity),
               F("ItemCollectionMetrics", item_collection_metrics));
DYNAMORM_SHAPE(DeleteItemRequest, "DeleteItemInput", F("TableName", table_name), F("Key", key),
               F("Expected", expected), F("ConditionalOperator", conditional_operator),
               F("ReturnValues", return_values),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ReturnItemCollectionMetrics", return_item_collection_metrics),
               F("ConditionExpression", condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ReturnValuesOnConditionCheckFailure", return_values_on_condition_check_failure));
DYNAMORM_SHAPE(DeleteItemResponse, "DeleteItemOutput", F("Attributes", attributes),
               F("ConsumedCapacity", consumed_capacity),
               F("ItemCollectionMetrics", item_collection_metrics));

// ---- Query and Scan -------------------------------------------------------------------------

DYNAMORM_SHAPE(QueryRequest, "QueryInput", F("TableName", table_name), F("IndexName", index_name),
               F("Select", select), F("AttributesToGet", attributes_to_get), F("Limit", limit),
               F("ConsistentRead", consistent_read), F("KeyConditions", key_conditions),
               F("QueryFilter", query_filter), F("ConditionalOperator", conditional_operator),
               F("ScanIndexForward", scan_index_forward),
               F("ExclusiveStartKey", exclusive_start_key),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ProjectionExpression", projection_expression),
               F("FilterExpression", filter_expression),
               F("KeyConditionExpression", key_condition_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values));
DYNAMORM_SHAPE(QueryResponse, "QueryOutput", F("Items", items), F("Count", count),
               F("ScannedCount", scanned_count), F("LastEvaluatedKey", last_evaluated_key),
               F("ConsumedCapacity", consumed_capacity));
DYNAMORM_SHAPE(ScanRequest, "ScanInput", F("TableName", table_name), F("IndexName", index_name),
               F("AttributesToGet", attributes_to_get), F("Limit", limit), F("Select", select),
               F("ScanFilter", scan_filter), F("ConditionalOperator", conditional_operator),
               F("ExclusiveStartKey", exclusive_start_key),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("TotalSegments", total_segments), F("Segment", segment),
               F("ProjectionExpression", projection_expression),
               F("FilterExpression", filter_expression),
               F("ExpressionAttributeNames", expression_attribute_names),
               F("ExpressionAttributeValues", expression_attribute_values),
               F("ConsistentRead", consistent_read));
DYNAMORM_SHAPE(ScanResponse, "ScanOutput", F("Items", items), F("Count", count),
               F("ScannedCount", scanned_count), F("LastEvaluatedKey", last_evaluated_key),
               F("ConsumedCapacity", consumed_capacity));

// ---- Batches --------------------------------------------------------------------------------

DYNAMORM_SHAPE(BatchGetItemRequest, "BatchGetItemInput", F("RequestItems", request_items),
               F("ReturnConsumedCapacity", return_consumed_capacity));
DYNAMORM_SHAPE(BatchGetItemResponse, "BatchGetItemOutput", F("Responses", responses),
               F("UnprocessedKeys", unprocessed_keys), F("ConsumedCapacity", consumed_capacity));
DYNAMORM_SHAPE(BatchWriteItemRequest, "BatchWriteItemInput", F("RequestItems", request_items),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ReturnItemCollectionMetrics", return_item_collection_metrics));
DYNAMORM_SHAPE(BatchWriteItemResponse, "BatchWriteItemOutput",
               F("UnprocessedItems", unprocessed_items),
               F("ItemCollectionMetrics", item_collection_metrics),
               F("ConsumedCapacity", consumed_capacity));

// ---- Transactions ---------------------------------------------------------------------------

DYNAMORM_SHAPE(TransactWriteItemsRequest, "TransactWriteItemsInput",
               F("TransactItems", transact_items),
               F("ReturnConsumedCapacity", return_consumed_capacity),
               F("ReturnItemCollectionMetrics", return_item_collection_metrics),
               F("ClientRequestToken", client_request_token));
DYNAMORM_SHAPE(TransactWriteItemsResponse, "TransactWriteItemsOutput",
               F("ConsumedCapacity", consumed_capacity),
               F("ItemCollectionMetrics", item_collection_metrics));
DYNAMORM_SHAPE(TransactGetItemsRequest, "TransactGetItemsInput", F("TransactItems", transact_items),
               F("ReturnConsumedCapacity", return_consumed_capacity));
DYNAMORM_SHAPE(TransactGetItemsResponse, "TransactGetItemsOutput",
               F("ConsumedCapacity", consumed_capacity), F("Responses", responses));

#undef F
#undef DYNAMORM_SHAPE_EMPTY
#undef DYNAMORM_SHAPE

}  // namespace dynamorm::client::detail
