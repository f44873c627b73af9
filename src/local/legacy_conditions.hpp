// The legacy condition parameters as the trees their expressions would give: Expected
// (PutItem, UpdateItem, DeleteItem), QueryFilter and ScanFilter (each with ConditionalOperator),
// and Query's KeyConditions. Each is checked first as DynamoDB checks it, with its messages,
// thrown as a ValidationException (ServiceError).
//
// Semantics: each ComparisonOperator is the expression that DynamoDB's documentation gives as
// its replacement: EQ `a = v`, NE `a <> v` (true when `a` is missing), LE/LT/GE/GT the
// comparisons, BETWEEN, IN, BEGINS_WITH `begins_with(a, v)`, CONTAINS `contains(a, v)`,
// NOT_CONTAINS `NOT contains(a, v)` (true when `a` is missing), NOT_NULL `attribute_exists(a)`,
// NULL `attribute_not_exists(a)`. Expected's `Exists: false` is `attribute_not_exists(a)`, and
// `Value` alone is `a = v`. The conditions of one map combine with AND (or OR, when
// ConditionalOperator says so), in attribute name order.
#pragma once

#include <optional>

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/parse.hpp"

namespace dynamorm::local {

using ConditionalOperatorParameter = std::optional<client::Enum<client::ConditionalOperator>>;

/// Expected and ConditionalOperator as a condition (nothing when both are absent).
std::optional<expr::Condition> expected_condition(
    const client::StringMap<client::ExpectedAttributeValue>* expected,
    const ConditionalOperatorParameter& conditional_operator);

/// QueryFilter or ScanFilter and ConditionalOperator as a filter (nothing when absent).
std::optional<expr::Condition> filter_condition(
    const client::StringMap<client::Condition>* filter,
    const ConditionalOperatorParameter& conditional_operator);

/// The checks of KeyConditions that need no table: each condition's arguments, and "Conditions
/// can be of length 1 or 2 only".
void check_key_conditions(const client::StringMap<client::Condition>& key_conditions);

/// KeyConditions against the key schema queried, as expr::match_key_schema() matches a
/// KeyConditionExpression, with DynamoDB's messages for the legacy form ("Query condition
/// missed key schema element: <name>", "Attempted conditional constraint is not an indexable
/// operation", "Query key condition not supported", "One or more parameter values were
/// invalid: Condition parameter type does not match schema type").
expr::KeyConditionMatch match_key_conditions(
    const client::StringMap<client::Condition>& key_conditions, const expr::KeyAttribute& hash,
    const std::optional<expr::KeyAttribute>& range);

}  // namespace dynamorm::local
