// Key conditions: which items a Query's KeyConditionExpression selects, and the order of sort
// keys.
#pragma once

#include <compare>
#include <optional>

#include "dynamorm/expr/parse.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// The order DynamoDB keeps items of one partition in, by sort key: numbers numerically,
/// strings by their UTF-8 bytes, binary values by their bytes taken as unsigned. Both values
/// must be of one key type (S, N or B); throws ValueError otherwise.
std::strong_ordering compare_keys(const AttributeValue& a, const AttributeValue& b);

/// Whether a sort key value satisfies a key condition's range part: `=`, `<`, `<=`, `>`, `>=`
/// and BETWEEN (bounds included) in compare_keys() order, begins_with on the bytes of a string
/// or binary value. A value of another type than the condition's does not match.
bool matches(const expr::RangeKeyCondition& condition, const AttributeValue& value) noexcept;

/// Whether `item` is one a Query with this key condition selects: its `hash_key` attribute
/// equals the condition's hash value and, when the condition has a range part, its `range_key`
/// attribute satisfies it. `match` is what expr::match_key_schema() returned for the same key
/// attributes; an item without them does not match.
bool matches(const expr::KeyConditionMatch& match, const Item& item,
             const expr::KeyAttribute& hash_key,
             const std::optional<expr::KeyAttribute>& range_key = std::nullopt) noexcept;

}  // namespace dynamorm::local
