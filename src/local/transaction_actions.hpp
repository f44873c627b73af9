// The actions of TransactWriteItems as the shared write steps (write_plan.hpp) take them.
#pragma once

#include <string>

#include "dynamorm/client/types.hpp"
#include "local/capacity.hpp"
#include "local/write_plan.hpp"

namespace dynamorm::local {

/// The table an action writes to or checks (client::validate() has made sure there is one).
const std::string& action_table(const client::TransactWriteItem& action);

/// The action as a write: its key or item, its expressions, and whether a failed condition
/// returns the stored item. ExpressionAttributeNames and ExpressionAttributeValues count only
/// when the action has an expression, as DynamoDB ignores them otherwise in a transaction.
WriteInput action_input(const client::TransactWriteItem& action, const CapacityMode& capacity);

}  // namespace dynamorm::local
