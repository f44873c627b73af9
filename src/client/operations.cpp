// Operation names.
#include <array>
#include <string>

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

std::string target_of(Operation operation) {
    std::string target(kTargetPrefix);
    target += '.';
    target += operation_name(operation);
    return target;
}

std::optional<Operation> operation_of_target(std::string_view target) noexcept {
    if (target.size() <= kTargetPrefix.size() ||
        target.substr(0, kTargetPrefix.size()) != kTargetPrefix ||
        target[kTargetPrefix.size()] != '.') {
        return std::nullopt;
    }
    return find_operation(target.substr(kTargetPrefix.size() + 1));
}

}  // namespace dynamorm::client
