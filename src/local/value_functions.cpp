// Ordering comparisons, size(), begins_with() and contains() on values.

#include "local/value_functions.hpp"

#include <algorithm>
#include <string>

namespace dynamorm::local {

namespace {

// Byte-wise order of two byte strings, bytes taken as unsigned (std::char_traits<char>
// compares as unsigned char, as memcmp does).
std::strong_ordering compare_bytes(std::string_view a, std::string_view b) noexcept {
    const int order = a.compare(b);
    if (order < 0) return std::strong_ordering::less;
    if (order > 0) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

}  // namespace

bool is_ordered(Type type) noexcept {
    return type == Type::N || type == Type::S || type == Type::B;
}

std::optional<std::strong_ordering> compare_ordered(const AttributeValue& a,
                                                    const AttributeValue& b) noexcept {
    if (a.type() != b.type()) return std::nullopt;
    switch (a.type()) {
        case Type::N:
            return a.as_n() <=> b.as_n();
        case Type::S:
            return compare_bytes(a.as_s(), b.as_s());
        case Type::B:
            return compare_bytes(a.as_b().bytes, b.as_b().bytes);
        default:
            return std::nullopt;
    }
}

std::size_t utf16_length(std::string_view utf8) noexcept {
    std::size_t units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80) ++units;  // the first byte of a character
        if (byte >= 0xF0) ++units;           // four bytes: a surrogate pair in UTF-16
    }
    return units;
}

std::optional<std::size_t> size_of(const AttributeValue& value) noexcept {
    switch (value.type()) {
        case Type::S:
            return utf16_length(value.as_s());
        case Type::B:
            return value.as_b().bytes.size();
        case Type::M:
            return value.as_m().size();
        case Type::L:
            return value.as_l().size();
        case Type::SS:
            return value.as_ss().size();
        case Type::NS:
            return value.as_ns().size();
        case Type::BS:
            return value.as_bs().size();
        default:
            return std::nullopt;
    }
}

bool begins_with(const AttributeValue& value, const AttributeValue& prefix) noexcept {
    if (value.type() != prefix.type()) return false;
    if (value.is_s()) return std::string_view(value.as_s()).starts_with(prefix.as_s());
    if (value.is_b()) return std::string_view(value.as_b().bytes).starts_with(prefix.as_b().bytes);
    return false;
}

bool contains(const AttributeValue& subject, const AttributeValue& operand) noexcept {
    switch (subject.type()) {
        case Type::S:
            return operand.is_s() && subject.as_s().find(operand.as_s()) != std::string::npos;
        case Type::B:
            return operand.is_b() &&
                   subject.as_b().bytes.find(operand.as_b().bytes) != std::string::npos;
        case Type::SS:
            return operand.is_s() && subject.as_ss().contains(operand.as_s());
        case Type::NS:
            return operand.is_n() && subject.as_ns().contains(operand.as_n());
        case Type::BS:
            return operand.is_b() && subject.as_bs().contains(operand.as_b());
        case Type::L: {
            const List& list = subject.as_l();
            return std::find(list.begin(), list.end(), operand) != list.end();
        }
        default:
            return false;
    }
}

}  // namespace dynamorm::local
