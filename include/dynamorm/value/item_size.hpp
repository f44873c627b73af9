// Item sizes and capacity units, computed the way DynamoDB bills and limits them.
#pragma once

#include <cstddef>
#include <string_view>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm {

/// DynamoDB's largest item: 400 KB, names and values together.
inline constexpr std::size_t kMaxItemSize = 400 * 1024;

/// Bytes a number takes: about one per two significant digits, plus one (see item_size.cpp).
std::size_t number_size(const Number& number) noexcept;
/// Bytes a value takes, without the name of the attribute holding it.
std::size_t value_size(const AttributeValue& value) noexcept;
/// Bytes of an attribute: the UTF-8 bytes of its name plus value_size().
std::size_t attribute_size(std::string_view name, const AttributeValue& value) noexcept;
/// Bytes of an item: the sum of its attributes. Compare with kMaxItemSize.
std::size_t item_size(const Item& item) noexcept;

enum class ReadConsistency {
    Eventual,       ///< half a unit per 4 KB
    Strong,         ///< one unit per 4 KB
    Transactional,  ///< two units per 4 KB
};

enum class WriteMode {
    Standard,       ///< one unit per 1 KB
    Transactional,  ///< two units per 1 KB
};

/// Read capacity units for reading `bytes` in one request (the sizes of all items a Query or
/// Scan page read, summed before rounding). Sizes round up to a whole 4 KB; reading nothing
/// still costs one 4 KB unit, as it does on DynamoDB.
double read_capacity_units(std::size_t bytes, ReadConsistency consistency) noexcept;

/// Write capacity units for writing an item of `bytes`: sizes round up to a whole 1 KB, with
/// a minimum of one unit (a delete of a missing item is charged too).
double write_capacity_units(std::size_t bytes, WriteMode mode = WriteMode::Standard) noexcept;

}  // namespace dynamorm
