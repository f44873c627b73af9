// Requests and responses of the single-item operations: PutItem, GetItem, UpdateItem and
// DeleteItem. Conventions: client/types.hpp. The legacy parameters (Expected, AttributeUpdates,
// AttributesToGet, ConditionalOperator) are here for servers and old clients; the expression
// parameters replace them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::client {

struct PutItemRequest {
    std::optional<std::string> table_name{};
    std::optional<Item> item{};
    std::optional<StringMap<ExpectedAttributeValue>> expected{};
    /// NONE or ALL_OLD.
    std::optional<Enum<ReturnValues>> return_values{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<Enum<ReturnItemCollectionMetrics>> return_item_collection_metrics{};
    std::optional<Enum<ConditionalOperator>> conditional_operator{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const PutItemRequest&, const PutItemRequest&) = default;
};

struct PutItemResponse {
    /// The old item, with ReturnValues ALL_OLD when there was one.
    std::optional<Item> attributes{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    std::optional<ItemCollectionMetrics> item_collection_metrics{};
    friend bool operator==(const PutItemResponse&, const PutItemResponse&) = default;
};

struct GetItemRequest {
    std::optional<std::string> table_name{};
    std::optional<Item> key{};
    std::optional<std::vector<std::string>> attributes_to_get{};
    std::optional<bool> consistent_read{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<std::string> projection_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    friend bool operator==(const GetItemRequest&, const GetItemRequest&) = default;
};

struct GetItemResponse {
    /// Absent when there is no item with the key.
    std::optional<Item> item{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    friend bool operator==(const GetItemResponse&, const GetItemResponse&) = default;
};

struct UpdateItemRequest {
    std::optional<std::string> table_name{};
    std::optional<Item> key{};
    std::optional<StringMap<AttributeValueUpdate>> attribute_updates{};
    std::optional<StringMap<ExpectedAttributeValue>> expected{};
    std::optional<Enum<ConditionalOperator>> conditional_operator{};
    std::optional<Enum<ReturnValues>> return_values{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<Enum<ReturnItemCollectionMetrics>> return_item_collection_metrics{};
    std::optional<std::string> update_expression{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const UpdateItemRequest&, const UpdateItemRequest&) = default;
};

struct UpdateItemResponse {
    /// The attributes ReturnValues asked for.
    std::optional<Item> attributes{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    std::optional<ItemCollectionMetrics> item_collection_metrics{};
    friend bool operator==(const UpdateItemResponse&, const UpdateItemResponse&) = default;
};

struct DeleteItemRequest {
    std::optional<std::string> table_name{};
    std::optional<Item> key{};
    std::optional<StringMap<ExpectedAttributeValue>> expected{};
    std::optional<Enum<ConditionalOperator>> conditional_operator{};
    /// NONE or ALL_OLD.
    std::optional<Enum<ReturnValues>> return_values{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<Enum<ReturnItemCollectionMetrics>> return_item_collection_metrics{};
    std::optional<std::string> condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<Enum<ReturnValuesOnConditionCheckFailure>>
        return_values_on_condition_check_failure{};
    friend bool operator==(const DeleteItemRequest&, const DeleteItemRequest&) = default;
};

struct DeleteItemResponse {
    /// The deleted item, with ReturnValues ALL_OLD when there was one.
    std::optional<Item> attributes{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    std::optional<ItemCollectionMetrics> item_collection_metrics{};
    friend bool operator==(const DeleteItemResponse&, const DeleteItemResponse&) = default;
};

}  // namespace dynamorm::client
