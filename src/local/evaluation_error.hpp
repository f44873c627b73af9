// Errors found while applying an expression to an item, with DynamoDB's messages.
#pragma once

#include <string>
#include <string_view>

#include "dynamorm/expr/error.hpp"

namespace dynamorm::local {

/// An expression that is well formed but cannot be applied to the item at hand: an update
/// whose document path does not fit the item, whose operand names a missing attribute or has
/// the wrong type, whose result nests too deeply or overflows a number, or that changes a key
/// attribute. DynamoDB answers all of these with a ValidationException carrying the message
/// `what()` returns, word for word.
///
/// It is an expr::ExpressionError, so an engine that maps ExpressionError to a
/// ValidationException handles both the parser's and the evaluator's refusals the same way.
class EvaluationError : public expr::ExpressionError {
  public:
    explicit EvaluationError(std::string_view message)
        : expr::ExpressionError(std::string(message)) {}
};

/// DynamoDB's messages for the errors an update meets at run time.
namespace messages {

/// A path whose parent does not exist or is not a map (for a key) or a list (for an index).
inline constexpr std::string_view kInvalidDocumentPath =
    "The document path provided in the update expression is invalid for update";
/// An operand of SET that names an attribute the item does not have.
inline constexpr std::string_view kMissingAttribute =
    "The provided expression refers to an attribute that does not exist in the item";
/// `+`/`-` on a non-number, list_append of a non-list, ADD or DELETE on another type.
inline constexpr std::string_view kIncorrectOperandType =
    "An operand in the update expression has an incorrect data type";
/// A map or list at DynamoDB's 32nd level of nesting or below.
inline constexpr std::string_view kNestingTooDeep = "Nesting Levels have exceeded supported limits";

/// "One or more parameter values were invalid: Cannot update attribute <name>. This attribute
/// is part of the key".
std::string key_attribute_update(std::string_view name);

}  // namespace messages

}  // namespace dynamorm::local
