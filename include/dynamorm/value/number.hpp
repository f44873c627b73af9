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
///
/// Accepted text is what DynamoDB accepts (the grammar of Java's BigDecimal, ASCII only):
/// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, so `+3`, `.5`, `5.`, `-.5`
/// and `1E+5` are numbers while ` 1`, `1 `, `0x10`, `NaN`, `Infinity`, `1e`, `.` and the
/// empty string are not. As DynamoDB does, the magnitude of a zero is checked with the
/// exponent it is written with (`0e125` is 0, `0e126` overflows), and an exponent that does
/// not fit in 64 bits cannot be converted at all.
///
/// Errors, checked in this order (DynamoDB's ValidationException messages):
/// - "The parameter cannot be converted to a numeric value: <text>" (no suffix for "");
/// - "Number overflow. Attempting to store a number with magnitude larger than supported range";
/// - "Number underflow. Attempting to store a number with magnitude smaller than supported range";
/// - "Attempting to store more than 38 significant digits in a Number".
/// A sum or difference whose exact result needs more than 38 digits gets the overflow message,
/// as it does from DynamoDB (`SET a = :big + :one` with 1E+50 and 1).
class Number {
  public:
    /// Zero.
    Number() noexcept = default;

    /// Parses a decimal string: optional sign, digits with an optional point, optional
    /// exponent (`-12.5e3`). Leading and trailing zeros are not significant. Throws ValueError
    /// for text that is not a number, more than 38 significant digits, or a magnitude outside
    /// DynamoDB's range.
    explicit Number(std::string_view text);
    Number(std::int64_t value) noexcept;   // NOLINT(google-explicit-constructor)
    Number(std::uint64_t value) noexcept;  // NOLINT(google-explicit-constructor)
    Number(int value) noexcept : Number(static_cast<std::int64_t>(value)) {}        // NOLINT
    Number(unsigned value) noexcept : Number(static_cast<std::uint64_t>(value)) {}  // NOLINT
    Number(long long value) noexcept : Number(static_cast<std::int64_t>(value)) {}  // NOLINT
    Number(unsigned long long value) noexcept                                       // NOLINT
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
    /// The power of ten of the leading digit of a non-zero number lies in this range.
    static constexpr int kMinLeadingExponent = -130;
    static constexpr int kMaxLeadingExponent = 125;
    /// The longest text to_chars() writes (`-0.` then 129 zeros and 38 digits).
    static constexpr std::size_t kMaxTextLength = 170;

    /// Builds (-1)^negative * coefficient * 10^exponent, normalized (`from_parts(1500, -3,
    /// false)` is 1.5). Throws ValueError when the value needs more than 38 digits or lies
    /// outside DynamoDB's range.
    static Number from_parts(unsigned __int128 coefficient, int exponent, bool negative);

    /// Writes to_string()'s text at `out`, which must have room for kMaxTextLength chars, and
    /// returns the end of what it wrote. Never allocates.
    char* to_chars(char* out) const noexcept;
    /// Appends to_string()'s text to `out`.
    void append_to(std::string& out) const;

  private:
    struct Normalized {};
    constexpr Number(unsigned __int128 digits, int exponent, bool negative, Normalized) noexcept
        : digits_(digits), exponent_(exponent), negative_(negative) {}

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
