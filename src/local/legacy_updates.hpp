// UpdateItem's legacy AttributeUpdates as the update expression it stands for.
#pragma once

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"

namespace dynamorm::local {

/// AttributeUpdates as an update, checked first as DynamoDB checks it ("One or more parameter
/// values were invalid: Only DELETE action is allowed when no attribute value is specified",
/// "... DELETE action with value is not supported for the type <T>", "... ADD action is not
/// supported for the type <T>"; ServiceError). Per attribute, in name order: PUT (the default
/// action) is `SET a = v`; DELETE without a value is `REMOVE a`, with a set `DELETE a v`; ADD of
/// a number or set is `ADD a v`, and ADD of a list appends to the list (or starts one),
/// `SET a = list_append(if_not_exists(a, []), v)`.
///
/// Applying the result refuses operands of the wrong type with the expression's message;
/// kLegacyTypeMismatch is DynamoDB's message for AttributeUpdates instead.
expr::Update update_of(const client::StringMap<client::AttributeValueUpdate>& updates);

/// "Type mismatch for attribute to update": what DynamoDB answers when an AttributeUpdates
/// action meets a value of another type.
inline constexpr std::string_view kLegacyTypeMismatch = "Type mismatch for attribute to update";

}  // namespace dynamorm::local
