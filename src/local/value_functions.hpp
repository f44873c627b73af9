// What DynamoDB's expressions do with values: ordering comparisons, size(), begins_with() and
// contains(). Equality is AttributeValue's own `==` (same type, numbers numerically, sets as
// sets, lists in order, maps by key, all the way down), which is DynamoDB's `=`.
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string_view>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// True for N, S and B: the types `<`, `<=`, `>`, `>=` and BETWEEN compare, and the types of
/// key attributes.
bool is_ordered(Type type) noexcept;

/// The order of two values of one ordered type: numbers numerically, strings by their UTF-8
/// bytes, binary values by their bytes taken as unsigned. nullopt when the types differ or are
/// not ordered, which makes every ordering comparison between them false.
std::optional<std::strong_ordering> compare_ordered(const AttributeValue& a,
                                                    const AttributeValue& b) noexcept;

/// DynamoDB's size(): a string's length in UTF-16 code units (so "é" counts 1 and a character
/// outside the Basic Multilingual Plane counts 2), a binary value's bytes, the elements of a
/// set or list, the entries of a map. nullopt for a number, a boolean or NULL: size() of those
/// is missing, not an error.
std::optional<std::size_t> size_of(const AttributeValue& value) noexcept;

/// The length of valid UTF-8 text in UTF-16 code units.
std::size_t utf16_length(std::string_view utf8) noexcept;

/// begins_with(value, prefix): both strings or both binary, and `prefix`'s bytes start
/// `value`'s. False for any other types.
bool begins_with(const AttributeValue& value, const AttributeValue& prefix) noexcept;

/// contains(subject, operand): a substring of a string (both S), a byte sequence of a binary
/// value (both B), a member of a set (SS with S, NS with N, BS with B), an element of a list
/// (equal by `==`). False for any other types. An empty string or binary value is contained in
/// every string or binary value of its type.
bool contains(const AttributeValue& subject, const AttributeValue& operand) noexcept;

}  // namespace dynamorm::local
