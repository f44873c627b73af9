// Sizes follow DynamoDB's developer guide ("DynamoDB item sizes and formats") and its page on
// read/write capacity units:
// - a string counts its UTF-8 bytes, a binary its raw bytes (not its base64 text);
// - BOOL and NULL count 1 byte;
// - a list or a map counts 3 bytes of its own plus 1 byte per element, plus its elements (and,
//   for a map, the UTF-8 bytes of each member name), so an empty one is 3 bytes;
// - a set counts the sum of its elements;
// - an attribute adds the UTF-8 bytes of its name to its value, and an item is the sum of its
//   attributes.
// Numbers are stored as base-100 digit pairs. The guide gives "about one byte per two
// significant digits plus one"; what DynamoDB is measured to charge refines this: the pairs
// are aligned on the decimal point (so 1.5 takes two pairs, 15 one), a negative number takes
// one more byte, zero takes one byte, and nothing takes more than 21.
#include "dynamorm/value/item_size.hpp"

namespace dynamorm {
namespace {

constexpr std::size_t kListOrMapOverhead = 3;
constexpr std::size_t kPerElementOverhead = 1;
constexpr std::size_t kMaxNumberSize = 21;

constexpr std::size_t kReadUnitBytes = 4 * 1024;
constexpr std::size_t kWriteUnitBytes = 1024;

int floor_half(int n) noexcept {
    return n >= 0 ? n / 2 : -((-n + 1) / 2);
}

std::size_t whole_units(std::size_t bytes, std::size_t unit) noexcept {
    if (bytes == 0) return 1;
    return (bytes + unit - 1) / unit;
}

}  // namespace

std::size_t number_size(const Number& number) noexcept {
    if (number.is_zero()) return 1;
    // The value is coefficient * 10^exponent: its digits span the powers of ten from
    // exponent (last digit) to exponent + digits - 1 (first digit). Count the base-100 pairs
    // (powers 2k and 2k+1) those powers touch.
    const int last = number.exponent();
    const int first = last + number.significant_digits() - 1;
    const auto pairs = static_cast<std::size_t>(floor_half(first) - floor_half(last) + 1);
    const std::size_t size = pairs + 1 + (number.is_negative() ? 1 : 0);
    return size < kMaxNumberSize ? size : kMaxNumberSize;
}

std::size_t value_size(const AttributeValue& value) noexcept {
    const auto& v = value.variant();
    switch (value.type()) {
        case Type::S:
            return std::get_if<std::string>(&v)->size();
        case Type::N:
            return number_size(*std::get_if<Number>(&v));
        case Type::B:
            return std::get_if<Binary>(&v)->bytes.size();
        case Type::BOOL:
        case Type::NULL_:
            return 1;
        case Type::M: {
            const Map& map = *std::get_if<Map>(&v);
            std::size_t size = kListOrMapOverhead;
            for (const auto& [name, element] : map) {
                size += kPerElementOverhead + attribute_size(name, element);
            }
            return size;
        }
        case Type::L: {
            const List& list = *std::get_if<List>(&v);
            std::size_t size = kListOrMapOverhead;
            for (const auto& element : list)
                size += kPerElementOverhead + value_size(element);
            return size;
        }
        case Type::SS: {
            std::size_t size = 0;
            for (const auto& s : *std::get_if<StringSet>(&v))
                size += s.size();
            return size;
        }
        case Type::NS: {
            std::size_t size = 0;
            for (const auto& n : *std::get_if<NumberSet>(&v))
                size += number_size(n);
            return size;
        }
        case Type::BS: {
            std::size_t size = 0;
            for (const auto& b : *std::get_if<BinarySet>(&v))
                size += b.bytes.size();
            return size;
        }
    }
    return 0;
}

std::size_t attribute_size(std::string_view name, const AttributeValue& value) noexcept {
    return name.size() + value_size(value);
}

std::size_t item_size(const Item& item) noexcept {
    std::size_t size = 0;
    for (const auto& [name, value] : item)
        size += attribute_size(name, value);
    return size;
}

double read_capacity_units(std::size_t bytes, ReadConsistency consistency) noexcept {
    const auto units = static_cast<double>(whole_units(bytes, kReadUnitBytes));
    switch (consistency) {
        case ReadConsistency::Eventual:
            return units / 2;
        case ReadConsistency::Strong:
            return units;
        case ReadConsistency::Transactional:
            return units * 2;
    }
    return units;
}

double write_capacity_units(std::size_t bytes, WriteMode mode) noexcept {
    const auto units = static_cast<double>(whole_units(bytes, kWriteUnitBytes));
    return mode == WriteMode::Transactional ? units * 2 : units;
}

}  // namespace dynamorm
