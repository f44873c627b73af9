// Helpers of the engine's batch and transaction tests: the actions of a transaction, and the
// cancellation reasons a call answers with.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/client/requests.hpp"
#include "engine_items_support.hpp"

namespace dynamorm::local::testing {

inline client::TransactWriteItem put_action(std::string table, Item item,
                                            std::optional<std::string> condition = std::nullopt,
                                            std::optional<Item> values = std::nullopt) {
    return {.put = client::Put{.item = std::move(item),
                               .table_name = std::move(table),
                               .condition_expression = std::move(condition),
                               .expression_attribute_values = std::move(values)}};
}

inline client::TransactWriteItem update_action(
    std::string table, Item key, std::string update, std::optional<Item> values = std::nullopt,
    std::optional<std::string> condition = std::nullopt) {
    return {.update = client::Update{.key = std::move(key),
                                     .update_expression = std::move(update),
                                     .table_name = std::move(table),
                                     .condition_expression = std::move(condition),
                                     .expression_attribute_values = std::move(values)}};
}

inline client::TransactWriteItem delete_action(
    std::string table, Item key, std::optional<std::string> condition = std::nullopt) {
    return {.delete_ = client::Delete{.key = std::move(key),
                                      .table_name = std::move(table),
                                      .condition_expression = std::move(condition)}};
}

inline client::TransactWriteItem check_action(std::string table, Item key, std::string condition,
                                              bool all_old = false) {
    client::ConditionCheck check{.key = std::move(key),
                                 .table_name = std::move(table),
                                 .condition_expression = std::move(condition)};
    if (all_old) {
        check.return_values_on_condition_check_failure =
            client::ReturnValuesOnConditionCheckFailure::AllOld;
    }
    return {.condition_check = std::move(check)};
}

inline client::TransactGetItem get_action(std::string table, Item key,
                                          std::optional<std::string> projection = std::nullopt) {
    return {.get = client::Get{.key = std::move(key),
                               .table_name = std::move(table),
                               .projection_expression = std::move(projection)}};
}

inline client::TransactWriteItemsRequest transaction(std::vector<client::TransactWriteItem> items) {
    return {.transact_items = std::move(items)};
}

/// The error `call` throws, which must be a ServiceError.
template <class Call>
ServiceError error_of(Call&& call) {
    try {
        std::forward<Call>(call)();
    } catch (const ServiceError& error) {
        return error;
    }
    ADD_FAILURE() << "the call succeeded";
    return ServiceError("(none)", "the call succeeded");
}

/// The cancellation reasons of the TransactionCanceledException `call` throws.
template <class Call>
std::vector<client::CancellationReason> reasons_of(Call&& call) {
    const ServiceError error = error_of(std::forward<Call>(call));
    EXPECT_EQ(error.code(), "TransactionCanceledException") << error.message();
    return error.cancellation_reasons();
}

inline client::CancellationReason none() {
    return {.code = "None"};
}

inline client::CancellationReason condition_failed(std::optional<Item> item = std::nullopt) {
    return {.item = std::move(item),
            .code = "ConditionalCheckFailed",
            .message = "The conditional request failed"};
}

inline client::CancellationReason validation_error(std::string message) {
    return {.code = "ValidationError", .message = std::move(message)};
}

}  // namespace dynamorm::local::testing
