// Requests and responses of BatchGetItem and BatchWriteItem. Conventions: client/types.hpp.
// Maps are keyed by table name.
#pragma once

#include <optional>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::client {

struct BatchGetItemRequest {
    /// Up to 100 keys in all.
    std::optional<StringMap<KeysAndAttributes>> request_items{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    friend bool operator==(const BatchGetItemRequest&, const BatchGetItemRequest&) = default;
};

struct BatchGetItemResponse {
    /// The items read, per table (in no particular order).
    StringMap<std::vector<Item>> responses{};
    /// The keys not read this time: send them again.
    StringMap<KeysAndAttributes> unprocessed_keys{};
    std::optional<std::vector<ConsumedCapacity>> consumed_capacity{};
    friend bool operator==(const BatchGetItemResponse&, const BatchGetItemResponse&) = default;
};

struct BatchWriteItemRequest {
    /// Up to 25 writes in all.
    std::optional<StringMap<std::vector<WriteRequest>>> request_items{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<Enum<ReturnItemCollectionMetrics>> return_item_collection_metrics{};
    friend bool operator==(const BatchWriteItemRequest&, const BatchWriteItemRequest&) = default;
};

struct BatchWriteItemResponse {
    /// The writes not made this time: send them again.
    StringMap<std::vector<WriteRequest>> unprocessed_items{};
    std::optional<StringMap<std::vector<ItemCollectionMetrics>>> item_collection_metrics{};
    std::optional<std::vector<ConsumedCapacity>> consumed_capacity{};
    friend bool operator==(const BatchWriteItemResponse&, const BatchWriteItemResponse&) = default;
};

}  // namespace dynamorm::client
