// Operation names.
#include <array>

#include "dynamorm/client/requests.hpp"

namespace dynamorm::client {
namespace {

constexpr std::array<std::string_view, kOperationCount> kNames = {
    "CreateTable",
    "DescribeTable",
    "ListTables",
    "UpdateTable",
    "DeleteTable",
    "UpdateTimeToLive",
    "DescribeTimeToLive",
    "TagResource",
    "UntagResource",
    "ListTagsOfResource",
    "PutItem",
    "GetItem",
    "UpdateItem",
    "DeleteItem",
    "Query",
    "Scan",
    "BatchGetItem",
    "BatchWriteItem",
    "TransactWriteItems",
    "TransactGetItems",
};

}  // namespace

std::string_view operation_name(Operation operation) noexcept {
    const auto index = static_cast<std::size_t>(operation);
    return index < kNames.size() ? kNames[index] : std::string_view();
}

std::optional<Operation> find_operation(std::string_view name) noexcept {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) return static_cast<Operation>(i);
    }
    return std::nullopt;
}

}  // namespace dynamorm::client
