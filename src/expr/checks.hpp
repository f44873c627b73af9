// Checks on the values that the double-under syntax and the typed builder put into a tree,
// shared so that both refuse the same input with the same words.
#pragma once

#include <optional>
#include <string_view>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::expr::detail {

/// Each throws ExpressionError `<context>: <what> needs <kind>, got <type>` unless `value`
/// is of the kind named.
void require_number(std::string_view context, std::string_view what, const AttributeValue& value);
void require_list(std::string_view context, std::string_view what, const AttributeValue& value);
void require_set(std::string_view context, std::string_view what, const AttributeValue& value);
void require_number_or_set(std::string_view context, std::string_view what,
                           const AttributeValue& value);
void require_string_or_binary(std::string_view context, std::string_view what,
                              const AttributeValue& value);
void require_bool(std::string_view context, std::string_view what, const AttributeValue& value);

/// The type DynamoDB spells `name` ("S", "NULL", "SS", ...), if any.
std::optional<Type> type_named(std::string_view name) noexcept;

}  // namespace dynamorm::expr::detail
