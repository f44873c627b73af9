// Evaluating conditions and filters against items.
#pragma once

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// Whether `item` satisfies `condition` (a ConditionExpression or FilterExpression as
/// expr::Parser reads it). An empty item stands for "no item", as in a conditional PutItem of
/// a new key.
///
/// DynamoDB's semantics:
/// - `a = b` holds when both sides exist and are equal: same type, numbers numerically, sets
///   as sets, lists element by element in order, maps key by key, all the way down. Values of
///   different types are unequal, never an error. `a <> b` is exactly its negation, so it holds
///   when either side is missing.
/// - `<`, `<=`, `>`, `>=` hold only between two numbers (numerically), two strings (by their
///   UTF-8 bytes) or two binary values (by unsigned bytes); any other pair, or a missing side,
///   gives false. `a BETWEEN lo AND hi` is `a >= lo AND a <= hi` under the same rules.
/// - `a IN (...)` holds when `a` equals one of the candidates.
/// - attribute_exists / attribute_not_exists look the path up, through maps and lists.
/// - attribute_type(path, :t) holds when the value exists and its type is named `:t`.
/// - begins_with and contains as value_functions.hpp describes them.
/// - size(path) is a number when the value is a string, binary, set, list or map and missing
///   otherwise (so `size(n) = :v` is false and `size(n) <> :v` true for a number `n`).
/// - NOT, AND, OR as usual.
///
/// None of these is an error in DynamoDB: a condition the parser accepts never throws here.
/// Operands only updates may use (if_not_exists, list_append, `+`, `-`), which the parser
/// refuses in conditions, are evaluated as in updates; if one fails the whole condition is
/// false, as DynamoDB turns such failures into a failed condition check.
bool evaluate(const expr::Condition& condition, const Item& item);

}  // namespace dynamorm::local
