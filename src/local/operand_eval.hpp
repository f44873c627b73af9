// The value of an expression's operand against an item.
#pragma once

#include <utility>
#include <variant>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// An operand's value, borrowed from the item or the expression where it can be, else owned;
/// or nothing, when the operand names something the item does not have.
class OperandValue {
  public:
    OperandValue() noexcept = default;  ///< missing
    explicit OperandValue(const AttributeValue* borrowed) noexcept;
    explicit OperandValue(AttributeValue owned) : value_(std::move(owned)) {}

    /// The value, or nullptr when missing. Valid while this object, the item and the
    /// expression are.
    const AttributeValue* get() const noexcept;
    bool missing() const noexcept { return get() == nullptr; }
    /// The value itself, moved out when owned; must not be missing.
    AttributeValue take() &&;

  private:
    std::variant<std::monostate, const AttributeValue*, AttributeValue> value_;
};

/// Evaluates `operand` against `item` as DynamoDB does:
/// - a path gives the value there, or missing;
/// - a literal gives itself;
/// - size(path) gives the size as a number (see size_of()), or missing when the path is
///   missing or names a number, boolean or NULL;
/// - if_not_exists(path, fallback) gives the value at `path` when there is one, else
///   `fallback`'s; `fallback` must not be missing, even when `path` exists;
/// - list_append(a, b) and `a + b`, `a - b` need both operands present and lists (numbers).
/// Both operands of a function are evaluated before either is checked, and they are checked in
/// order. Throws EvaluationError "The provided expression refers to an attribute that does not
/// exist in the item" for a missing operand of a function, "An operand in the update expression
/// has an incorrect data type" for one of the wrong type, and DynamoDB's number messages for a
/// sum or difference out of range.
OperandValue evaluate_operand(const expr::Operand& operand, const Item& item);

/// The same for an operand that must have a value: SET's right-hand side. A missing value
/// throws EvaluationError "The provided expression refers to an attribute that does not exist
/// in the item".
AttributeValue evaluate_required(const expr::Operand& operand, const Item& item);

}  // namespace dynamorm::local
