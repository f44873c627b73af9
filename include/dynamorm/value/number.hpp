// Number: an exact decimal with DynamoDB's range and precision.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace dynamorm {

/// An exact decimal number as DynamoDB defines it: up to 38 significant digits, a magnitude
/// of zero or from 1E-130 up to (but not including) 1E+126, either sign.
///
/// Numbers are always normalized: `Number("1.50")`, `Number("15e-1")` and `Number(1.5)` are
/// equal and all print as `1.5`, the form DynamoDB returns. Every operation is exact; one that
/// would leave DynamoDB's range or precision throws ValueError with DynamoDB's message.
class Number {
public:
    /// Zero.
    Number() noexcept = default;

    /// Parses a decimal string: optional sign, digits with an optional point, optional
    /// exponent (`-12.5e3`). Leading and trailing zeros are not significant. Throws ValueError
    /// for text that is not a number, more than 38 significant digits, or a magnitude outside
    /// DynamoDB's range.
    explicit Number(std::string_view text);
    Number(std::int64_t value) noexcept;  // NOLINT(google-explicit-constructor)
    Number(std::uint64_t value) noexcept;  // NOLINT(google-explicit-constructor)
    Number(int value) noexcept : Number(static_cast<std::int64_t>(value)) {}  // NOLINT
    Number(unsigned value) noexcept : Number(static_cast<std::uint64_t>(value)) {}  // NOLINT
    Number(long long value) noexcept : Number(static_cast<std::int64_t>(value)) {}  // NOLINT
    Number(unsigned long long value) noexcept  // NOLINT
        : Number(static_cast<std::uint64_t>(value)) {}
    /// The shortest decimal that reads back as exactly `value` (what std::to_chars prints).
    /// Throws ValueError for NaN and infinities, and for magnitudes outside DynamoDB's range.
    explicit Number(double value);

    /// Parses without throwing; returns false (and leaves `out` alone) on any error, and
    /// puts DynamoDB's message in `*error` when given.
    static bool parse(std::string_view text, Number& out, std::string* error = nullptr);

    /// The normalized decimal text, never in exponent form: `100`, `-0.025`, `0`.
    std::string to_string() const;

    /// Exact conversions: throw ValueError when the value has a fraction or is out of range.
    std::int64_t to_int64() const;
    std::uint64_t to_uint64() const;
    /// Exact conversion: throws ValueError unless the value is exactly representable as
    /// the shortest round-trip decimal of a double (so `0.1` converts, `0.12345678901234567891`
    /// does not).
    double to_double() const;
    /// The nearest double, never throws.
    double approximate_double() const noexcept;

    bool is_zero() const noexcept { return digits_ == 0; }
    bool is_negative() const noexcept { return negative_; }
    bool is_integer() const noexcept;

    /// Exact sum and difference; throw ValueError when the exact result needs more than 38
    /// significant digits or leaves DynamoDB's range (DynamoDB's ADD and `SET a = a + :v`).
    Number operator+(const Number& other) const;
    Number operator-(const Number& other) const;
    Number operator-() const noexcept;

    /// Numeric order: `Number("1.0") == Number("1")`.
    friend bool operator==(const Number&, const Number&) noexcept = default;
    friend std::strong_ordering operator<=>(const Number& a, const Number& b) noexcept;

    std::size_t hash() const noexcept;

    /// Significant digits (1 to 38; 1 for zero) and the power of ten of the last digit.
    /// The value is (-1)^negative * coefficient() * 10^exponent().
    unsigned __int128 coefficient() const noexcept { return digits_; }
    int exponent() const noexcept { return exponent_; }
    int significant_digits() const noexcept;

    static constexpr int kMaxDigits = 38;

private:
    // Normalized: digits_ has no trailing decimal zero (or is 0 with exponent_ 0 and
    // negative_ false), at most 38 digits.
    unsigned __int128 digits_ = 0;
    int exponent_ = 0;
    bool negative_ = false;
};

}  // namespace dynamorm

template <>
struct std::hash<dynamorm::Number> {
    std::size_t operator()(const dynamorm::Number& n) const noexcept { return n.hash(); }
};
