// Every operation dynamorm serves, its request and response types, and the variants that hold
// any request or any response (for code that handles operations generically, such as the
// server's one table of operations).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "dynamorm/client/batch_requests.hpp"
#include "dynamorm/client/item_requests.hpp"
#include "dynamorm/client/query_requests.hpp"
#include "dynamorm/client/table_requests.hpp"
#include "dynamorm/client/transaction_requests.hpp"

namespace dynamorm::client {

/// The operations, in the order of AnyRequest's and AnyResponse's alternatives.
enum class Operation {
    CreateTable,
    DescribeTable,
    ListTables,
    UpdateTable,
    DeleteTable,
    UpdateTimeToLive,
    DescribeTimeToLive,
    TagResource,
    UntagResource,
    ListTagsOfResource,
    PutItem,
    GetItem,
    UpdateItem,
    DeleteItem,
    Query,
    Scan,
    BatchGetItem,
    BatchWriteItem,
    TransactWriteItems,
    TransactGetItems,
};

inline constexpr std::size_t kOperationCount = 20;

/// Any request; the alternative's index is its Operation.
using AnyRequest =
    std::variant<CreateTableRequest, DescribeTableRequest, ListTablesRequest, UpdateTableRequest,
                 DeleteTableRequest, UpdateTimeToLiveRequest, DescribeTimeToLiveRequest,
                 TagResourceRequest, UntagResourceRequest, ListTagsOfResourceRequest,
                 PutItemRequest, GetItemRequest, UpdateItemRequest, DeleteItemRequest, QueryRequest,
                 ScanRequest, BatchGetItemRequest, BatchWriteItemRequest, TransactWriteItemsRequest,
                 TransactGetItemsRequest>;

/// Any response; the alternative's index is its Operation.
using AnyResponse =
    std::variant<CreateTableResponse, DescribeTableResponse, ListTablesResponse,
                 UpdateTableResponse, DeleteTableResponse, UpdateTimeToLiveResponse,
                 DescribeTimeToLiveResponse, TagResourceResponse, UntagResourceResponse,
                 ListTagsOfResourceResponse, PutItemResponse, GetItemResponse, UpdateItemResponse,
                 DeleteItemResponse, QueryResponse, ScanResponse, BatchGetItemResponse,
                 BatchWriteItemResponse, TransactWriteItemsResponse, TransactGetItemsResponse>;

static_assert(std::variant_size_v<AnyRequest> == kOperationCount);
static_assert(std::variant_size_v<AnyResponse> == kOperationCount);

/// DynamoDB's name of `operation`, as in the X-Amz-Target header (`DynamoDB_20120810.PutItem`).
std::string_view operation_name(Operation operation) noexcept;

/// The operation named `name` (exactly, case included), or nullopt.
std::optional<Operation> find_operation(std::string_view name) noexcept;

/// The service prefix of the X-Amz-Target header: `DynamoDB_20120810`.
inline constexpr std::string_view kTargetPrefix = "DynamoDB_20120810";

/// The X-Amz-Target header of `operation`: `DynamoDB_20120810.PutItem`.
std::string target_of(Operation operation);

/// The operation an X-Amz-Target header names (`DynamoDB_20120810.PutItem`), or nullopt when
/// the prefix or the name is not DynamoDB's (DynamoDB answers UnknownOperationException).
std::optional<Operation> operation_of_target(std::string_view target) noexcept;

inline Operation operation_of(const AnyRequest& request) noexcept {
    return static_cast<Operation>(request.index());
}
inline Operation operation_of(const AnyResponse& response) noexcept {
    return static_cast<Operation>(response.index());
}

/// The request and response types of operation `op`.
template <Operation op>
struct OperationTypes {
    using Request = std::variant_alternative_t<static_cast<std::size_t>(op), AnyRequest>;
    using Response = std::variant_alternative_t<static_cast<std::size_t>(op), AnyResponse>;
};

}  // namespace dynamorm::client
