// What TransactWriteItems and TransactGetItems check before they read or write, and how they
// answer a failed action: a TransactionCanceledException with one CancellationReason per
// action, in request order.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The reason of an action that did not fail: Code "None".
client::CancellationReason no_failure();
/// Code "ConditionalCheckFailed", Message "The conditional request failed", and the stored item
/// when ReturnValuesOnConditionCheckFailure asked for it.
client::CancellationReason condition_failure(std::optional<Item> item);
/// Code "ValidationError" with the refusal's message.
client::CancellationReason validation_failure(std::string message);

/// Runs `check(i)` (the key checks of action i against its table) for every action, in order.
/// A refusal saying that a key does not fit its table's schema (is_key_schema_mismatch) cancels
/// the transaction once every action has been checked: ValidationError for the first such
/// action, None for the others. Any other refusal (an empty or oversized key value) fails the
/// whole request at once, as DynamoDB's input validation does.
void check_action_keys(std::size_t count, const std::function<void(std::size_t)>& check);

/// Refuses two actions on one item (ValidationException "Transaction request cannot include
/// multiple operations on one item"). Each target is a table and a key (or an item holding it)
/// that check_action_keys() has accepted.
void check_distinct_items(const std::vector<std::pair<const Table*, const Item*>>& targets);

}  // namespace dynamorm::local
