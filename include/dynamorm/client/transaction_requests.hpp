// Requests and responses of TransactWriteItems and TransactGetItems. Conventions:
// client/types.hpp. A cancelled transaction is a ServiceError (client/error.hpp) with the
// code TransactionCanceledException and one CancellationReason per action.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::client {

struct TransactWriteItemsRequest {
    /// 1 to 100 actions, on distinct items.
    std::optional<std::vector<TransactWriteItem>> transact_items{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<Enum<ReturnItemCollectionMetrics>> return_item_collection_metrics{};
    /// Makes the call idempotent for 10 minutes (1 to 36 characters).
    std::optional<std::string> client_request_token{};
    friend bool operator==(const TransactWriteItemsRequest&,
                           const TransactWriteItemsRequest&) = default;
};

struct TransactWriteItemsResponse {
    std::optional<std::vector<ConsumedCapacity>> consumed_capacity{};
    std::optional<StringMap<std::vector<ItemCollectionMetrics>>> item_collection_metrics{};
    friend bool operator==(const TransactWriteItemsResponse&,
                           const TransactWriteItemsResponse&) = default;
};

struct TransactGetItemsRequest {
    /// 1 to 100 reads.
    std::optional<std::vector<TransactGetItem>> transact_items{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    friend bool operator==(const TransactGetItemsRequest&,
                           const TransactGetItemsRequest&) = default;
};

struct TransactGetItemsResponse {
    std::optional<std::vector<ConsumedCapacity>> consumed_capacity{};
    /// One per read, in the order of the request.
    std::optional<std::vector<ItemResponse>> responses{};
    friend bool operator==(const TransactGetItemsResponse&,
                           const TransactGetItemsResponse&) = default;
};

}  // namespace dynamorm::client
