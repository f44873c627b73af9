// DynamoDB's own wording for the value errors the value layer reports (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::messages {

inline constexpr std::string_view kEmptyAttributeValue =
    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
inline constexpr std::string_view kMoreThanOneType =
    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the "
    "supported datatypes";
inline constexpr std::string_view kNullNotTrue =
    "One or more parameter values were invalid: Null attribute value types must have the value "
    "of true";
inline constexpr std::string_view kNestingTooDeep =
    "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels "
    "beyond supported limit";

/// The message for an empty SS, NS or BS (DynamoDB's text, double space included).
std::string_view empty_set(Type set_type) noexcept;

/// The message for a set with a repeated element. `elements` are the members as the client
/// wrote them (strings, number text, base64), in the order given.
std::string duplicate_in_set(Type set_type, const std::vector<std::string_view>& elements);

}  // namespace dynamorm::messages
