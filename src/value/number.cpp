// Number: parsing, printing, conversions and exact arithmetic on DynamoDB's decimal.
#include "dynamorm/value/number.hpp"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <system_error>

#include "dynamorm/value/error.hpp"

namespace dynamorm {
namespace {

using u128 = unsigned __int128;

constexpr std::array<u128, 39> kPow10 = [] {
    std::array<u128, 39> table{};
    u128 power = 1;
    for (std::size_t i = 0; i < table.size(); ++i) {
        table[i] = power;
        if (i + 1 < table.size()) power *= 10;
    }
    return table;
}();
constexpr u128 kTen38 = kPow10[38];
constexpr std::uint64_t kTen19 = 10'000'000'000'000'000'000ULL;

constexpr std::string_view kNotNumericMessage =
    "The parameter cannot be converted to a numeric value";
constexpr std::string_view kOverflowMessage =
    "Number overflow. Attempting to store a number with magnitude larger than supported range";
constexpr std::string_view kUnderflowMessage =
    "Number underflow. Attempting to store a number with magnitude smaller than supported range";
constexpr std::string_view kTooPreciseMessage =
    "Attempting to store more than 38 significant digits in a Number";

enum class Failure { kNone, kNotNumeric, kOverflow, kUnderflow, kTooPrecise };

std::string message_for(Failure failure, std::string_view text) {
    switch (failure) {
        case Failure::kNotNumeric:
            if (text.empty()) return std::string(kNotNumericMessage);
            return std::string(kNotNumericMessage) + ": " + std::string(text);
        case Failure::kOverflow:
            return std::string(kOverflowMessage);
        case Failure::kUnderflow:
            return std::string(kUnderflowMessage);
        case Failure::kTooPrecise:
            return std::string(kTooPreciseMessage);
        case Failure::kNone:
            break;
    }
    return {};
}

/// Decimal digits of a non-zero value (1 for values below 10).
int digit_count(u128 value) noexcept {
    const auto high = static_cast<std::uint64_t>(value >> 64);
    const auto low = static_cast<std::uint64_t>(value);
    const int bits = high != 0 ? 128 - std::countl_zero(high) : 64 - std::countl_zero(low);
    // floor(bits * log10(2)) is the digit count of 2^bits - 1 or one more than it.
    const int guess = (bits * 1233) >> 12;
    return guess - (value < kPow10[static_cast<std::size_t>(guess)] ? 1 : 0) + 1;
}

/// Removes trailing decimal zeros from a non-zero value; returns how many it removed.
int strip_trailing_zeros(u128& value) noexcept {
    int stripped = 0;
    while (static_cast<std::uint64_t>(value >> 64) != 0 && value % 10 == 0) {
        value /= 10;
        ++stripped;
    }
    if (static_cast<std::uint64_t>(value >> 64) == 0) {
        auto small = static_cast<std::uint64_t>(value);
        while (small % 10 == 0) {
            small /= 10;
            ++stripped;
        }
        value = small;
    }
    return stripped;
}

/// Checks the power of ten of the leading digit against DynamoDB's range.
Failure check_range(__int128 leading_exponent) noexcept {
    if (leading_exponent > Number::kMaxLeadingExponent) return Failure::kOverflow;
    if (leading_exponent < Number::kMinLeadingExponent) return Failure::kUnderflow;
    return Failure::kNone;
}

/// A number taken apart: value = (-1)^negative * digits * 10^exponent, normalized.
struct Parts {
    u128 digits = 0;
    int exponent = 0;
    bool negative = false;
    Failure failure = Failure::kNone;
};

Parts failed(Failure failure) {
    Parts parts;
    parts.failure = failure;
    return parts;
}

/// Parses DynamoDB's number text. One pass, no allocation.
Parts parse_text(std::string_view text) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();

    bool negative = false;
    if (p != end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        ++p;
    }

    // The significand's digits, integer and fraction parts run together. Significant digits
    // are those from the first to the last non-zero one; zeros after a non-zero digit wait in
    // `pending_zeros` until a later non-zero digit shows they are inside the number.
    u128 coefficient = 0;
    std::int64_t significant = 0;
    std::int64_t pending_zeros = 0;
    std::int64_t fraction_digits = 0;
    bool any_digit = false;
    bool any_nonzero = false;

    auto take_digit = [&](unsigned digit) noexcept {
        any_digit = true;
        if (digit == 0) {
            if (any_nonzero) ++pending_zeros;
            return;
        }
        any_nonzero = true;
        const std::int64_t grown = significant + pending_zeros + 1;
        if (grown <= Number::kMaxDigits) {
            coefficient = coefficient * kPow10[static_cast<std::size_t>(pending_zeros + 1)] + digit;
        }
        significant = grown;
        pending_zeros = 0;
    };

    while (p != end && static_cast<unsigned>(*p - '0') < 10) {
        take_digit(static_cast<unsigned>(*p - '0'));
        ++p;
    }
    if (p != end && *p == '.') {
        ++p;
        const char* const fraction_start = p;
        while (p != end && static_cast<unsigned>(*p - '0') < 10) {
            take_digit(static_cast<unsigned>(*p - '0'));
            ++p;
        }
        fraction_digits = p - fraction_start;
    }
    if (!any_digit) return failed(Failure::kNotNumeric);

    // The written exponent: any value that fits in a signed 64-bit integer.
    __int128 exponent = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool exponent_negative = false;
        if (p != end && (*p == '+' || *p == '-')) {
            exponent_negative = *p == '-';
            ++p;
        }
        if (p == end) return failed(Failure::kNotNumeric);
        const std::uint64_t limit = exponent_negative
                                        ? std::uint64_t{1} << 63
                                        : std::uint64_t{std::numeric_limits<std::int64_t>::max()};
        std::uint64_t magnitude = 0;
        bool too_big = false;
        for (; p != end && static_cast<unsigned>(*p - '0') < 10; ++p) {
            const auto digit = static_cast<std::uint64_t>(*p - '0');
            if (magnitude > (limit - digit) / 10) too_big = true;
            if (!too_big) magnitude = magnitude * 10 + digit;
        }
        if (p != end || too_big) return failed(Failure::kNotNumeric);
        exponent = exponent_negative ? -static_cast<__int128>(magnitude)
                                     : static_cast<__int128>(magnitude);
    }
    if (p != end) return failed(Failure::kNotNumeric);

    // The power of ten of the last written digit, then of the last significant digit.
    const __int128 last_written = exponent - fraction_digits;
    if (!any_nonzero) {
        // DynamoDB range-checks a zero by the exponent it is written with.
        const Failure range = check_range(last_written);
        if (range != Failure::kNone) return failed(range);
        return Parts{};
    }
    const __int128 last = last_written + pending_zeros;
    const Failure range = check_range(last + significant - 1);
    if (range != Failure::kNone) return failed(range);
    if (significant > Number::kMaxDigits) return failed(Failure::kTooPrecise);
    return Parts{coefficient, static_cast<int>(last), negative, Failure::kNone};
}

/// Normalizes (-1)^negative * coefficient * 10^exponent and checks it against the limits.
Parts normalize(u128 coefficient, __int128 exponent, bool negative) noexcept {
    if (coefficient == 0) return Parts{};
    exponent += strip_trailing_zeros(coefficient);
    const int digits = digit_count(coefficient);
    const Failure range = check_range(exponent + digits - 1);
    if (range != Failure::kNone) return failed(range);
    if (digits > Number::kMaxDigits) return failed(Failure::kTooPrecise);
    return Parts{coefficient, static_cast<int>(exponent), negative, Failure::kNone};
}

/// Writes the decimal digits of `value` at `out` and returns the end.
char* write_digits(char* out, u128 value) noexcept {
    if (value < kTen19) return std::to_chars(out, out + 20, static_cast<std::uint64_t>(value)).ptr;
    const auto high = static_cast<std::uint64_t>(value / kTen19);
    const auto low = static_cast<std::uint64_t>(value % kTen19);
    // value < 10^38, so high < 10^19; low is written with its leading zeros.
    out = std::to_chars(out, out + 20, high).ptr;
    char buffer[20];
    char* const buffer_end = std::to_chars(buffer, buffer + sizeof buffer, low).ptr;
    const auto written = static_cast<std::size_t>(buffer_end - buffer);
    std::memset(out, '0', 19 - written);
    std::memcpy(out + (19 - written), buffer, written);
    return out + 19;
}

std::uint64_t mix(std::uint64_t x) noexcept {
    // The splitmix64 finalizer.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

[[noreturn]] void throw_conversion(const Number& n, std::string_view target,
                                   std::string_view reason) {
    throw ValueError("Cannot convert Number " + n.to_string() + " to " + std::string(target) +
                     ": " + std::string(reason));
}

}  // namespace

Number::Number(std::string_view text) {
    const Parts parts = parse_text(text);
    if (parts.failure != Failure::kNone) throw ValueError(message_for(parts.failure, text));
    *this = Number(parts.digits, parts.exponent, parts.negative, Normalized{});
}

bool Number::parse(std::string_view text, Number& out, std::string* error) {
    const Parts parts = parse_text(text);
    if (parts.failure != Failure::kNone) {
        if (error != nullptr) *error = message_for(parts.failure, text);
        return false;
    }
    out = Number(parts.digits, parts.exponent, parts.negative, Normalized{});
    return true;
}

Number::Number(std::uint64_t value) noexcept {
    if (value == 0) return;
    int exponent = 0;
    while (value % 10 == 0) {
        value /= 10;
        ++exponent;
    }
    digits_ = value;
    exponent_ = exponent;
}

Number::Number(std::int64_t value) noexcept
    : Number(value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                       : static_cast<std::uint64_t>(value)) {
    negative_ = value < 0;
}

Number::Number(double value) {
    if (std::isnan(value)) throw ValueError(message_for(Failure::kNotNumeric, "NaN"));
    if (std::isinf(value)) {
        throw ValueError(message_for(Failure::kNotNumeric, value < 0 ? "-Infinity" : "Infinity"));
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    const std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    const Parts parts = parse_text(text);
    if (parts.failure != Failure::kNone) throw ValueError(message_for(parts.failure, text));
    *this = Number(parts.digits, parts.exponent, parts.negative, Normalized{});
}

Number Number::from_parts(unsigned __int128 coefficient, int exponent, bool negative) {
    const Parts parts = normalize(coefficient, exponent, negative);
    if (parts.failure != Failure::kNone) throw ValueError(message_for(parts.failure, {}));
    return Number(parts.digits, parts.exponent, parts.negative, Normalized{});
}

int Number::significant_digits() const noexcept {
    return digits_ == 0 ? 1 : digit_count(digits_);
}

bool Number::is_integer() const noexcept {
    return exponent_ >= 0;
}

char* Number::to_chars(char* out) const noexcept {
    if (digits_ == 0) {
        *out = '0';
        return out + 1;
    }
    if (negative_) *out++ = '-';
    if (exponent_ >= 0) {
        out = write_digits(out, digits_);
        std::memset(out, '0', static_cast<std::size_t>(exponent_));
        return out + exponent_;
    }
    char digits[40];
    const auto count = static_cast<int>(write_digits(digits, digits_) - digits);
    const int integer_digits = count + exponent_;
    if (integer_digits > 0) {
        std::memcpy(out, digits, static_cast<std::size_t>(integer_digits));
        out += integer_digits;
        *out++ = '.';
        const auto rest = static_cast<std::size_t>(count - integer_digits);
        std::memcpy(out, digits + integer_digits, rest);
        return out + rest;
    }
    *out++ = '0';
    *out++ = '.';
    std::memset(out, '0', static_cast<std::size_t>(-integer_digits));
    out += -integer_digits;
    std::memcpy(out, digits, static_cast<std::size_t>(count));
    return out + count;
}

std::string Number::to_string() const {
    char buffer[kMaxTextLength];
    return std::string(buffer, to_chars(buffer));
}

void Number::append_to(std::string& out) const {
    char buffer[kMaxTextLength];
    out.append(buffer, to_chars(buffer));
}

std::int64_t Number::to_int64() const {
    constexpr std::string_view kTarget = "int64";
    if (digits_ == 0) return 0;
    if (exponent_ < 0) throw_conversion(*this, kTarget, "it has a fractional part");
    constexpr u128 kMaxMagnitude = u128{1} << 63;
    // 20 digits fit in u128; more cannot be in range.
    if (significant_digits() + exponent_ > 20 ||
        digits_ * kPow10[static_cast<std::size_t>(exponent_)] >
            kMaxMagnitude - (negative_ ? 0 : 1)) {
        throw_conversion(*this, kTarget,
                         "out of range [-9223372036854775808, 9223372036854775807]");
    }
    const u128 magnitude = digits_ * kPow10[static_cast<std::size_t>(exponent_)];
    return negative_
               ? static_cast<std::int64_t>(std::uint64_t{0} - static_cast<std::uint64_t>(magnitude))
               : static_cast<std::int64_t>(magnitude);
}

std::uint64_t Number::to_uint64() const {
    constexpr std::string_view kTarget = "uint64";
    if (digits_ == 0) return 0;
    if (exponent_ < 0) throw_conversion(*this, kTarget, "it has a fractional part");
    if (negative_ || significant_digits() + exponent_ > 20 ||
        digits_ * kPow10[static_cast<std::size_t>(exponent_)] >
            std::numeric_limits<std::uint64_t>::max()) {
        throw_conversion(*this, kTarget, "out of range [0, 18446744073709551615]");
    }
    return static_cast<std::uint64_t>(digits_ * kPow10[static_cast<std::size_t>(exponent_)]);
}

double Number::approximate_double() const noexcept {
    // "<sign><digits>e<exponent>": from_chars rounds it correctly to the nearest double.
    char buffer[64];
    char* out = buffer;
    if (negative_) *out++ = '-';
    out = write_digits(out, digits_);
    *out++ = 'e';
    out = std::to_chars(out, buffer + sizeof buffer, exponent_).ptr;
    double value = 0;
    std::from_chars(buffer, out, value);
    return value;
}

double Number::to_double() const {
    const double value = approximate_double();
    Number back;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (!parse(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)), back) ||
        back != *this) {
        throw_conversion(*this, "double", "it is not exactly representable as a double");
    }
    return value;
}

Number Number::operator-() const noexcept {
    if (digits_ == 0) return *this;
    return Number(digits_, exponent_, !negative_, Normalized{});
}

Number Number::operator+(const Number& other) const {
    if (other.digits_ == 0) return *this;
    if (digits_ == 0) return other;

    // x has the larger (or equal) exponent; both are aligned to y's exponent, in which
    // x's coefficient becomes high * 10^38 + low.
    const bool this_first = exponent_ >= other.exponent_;
    const Number& x = this_first ? *this : other;
    const Number& y = this_first ? other : *this;
    const int gap = x.exponent_ - y.exponent_;
    // With y's last digit 39 or more places below x's, the exact result keeps both and so
    // needs more than 38 digits. DynamoDB reports that as an overflow.
    if (gap > kMaxDigits) throw ValueError(std::string(kOverflowMessage));

    const u128 split = kPow10[static_cast<std::size_t>(kMaxDigits - gap)];
    u128 high = x.digits_ / split;
    u128 low = (x.digits_ % split) * kPow10[static_cast<std::size_t>(gap)];
    bool negative = x.negative_;
    if (x.negative_ == y.negative_) {
        low += y.digits_;
        if (low >= kTen38) {
            low -= kTen38;
            ++high;
        }
    } else if (high != 0 || low >= y.digits_) {
        if (low >= y.digits_) {
            low -= y.digits_;
        } else {
            low = kTen38 - y.digits_ + low;
            --high;
        }
    } else {
        low = y.digits_ - low;
        negative = y.negative_;
    }

    Parts parts;
    if (high == 0) {
        parts = normalize(low, y.exponent_, negative);
    } else if (low == 0) {
        parts = normalize(high, __int128{y.exponent_} + kMaxDigits, negative);
    } else {
        const int low_zeros = strip_trailing_zeros(low);
        if (digit_count(high) + kMaxDigits - low_zeros > kMaxDigits) {
            throw ValueError(std::string(kOverflowMessage));
        }
        parts = normalize(high * kPow10[static_cast<std::size_t>(kMaxDigits - low_zeros)] + low,
                          __int128{y.exponent_} + low_zeros, negative);
    }
    // A sum too precise to store is an overflow to DynamoDB, as above.
    if (parts.failure == Failure::kTooPrecise) parts.failure = Failure::kOverflow;
    if (parts.failure != Failure::kNone) throw ValueError(message_for(parts.failure, {}));
    return Number(parts.digits, parts.exponent, parts.negative, Normalized{});
}

Number Number::operator-(const Number& other) const {
    return *this + -other;
}

std::strong_ordering operator<=>(const Number& a, const Number& b) noexcept {
    const int sign_a = a.digits_ == 0 ? 0 : (a.negative_ ? -1 : 1);
    const int sign_b = b.digits_ == 0 ? 0 : (b.negative_ ? -1 : 1);
    if (sign_a != sign_b || sign_a == 0) return sign_a <=> sign_b;

    const int digits_a = digit_count(a.digits_);
    const int digits_b = digit_count(b.digits_);
    std::strong_ordering magnitude = (a.exponent_ + digits_a) <=> (b.exponent_ + digits_b);
    if (magnitude == 0) {
        // Same leading exponent: pad the shorter coefficient to the longer one's length.
        const u128 padded_a =
            a.digits_ *
            kPow10[static_cast<std::size_t>(digits_a < digits_b ? digits_b - digits_a : 0)];
        const u128 padded_b =
            b.digits_ *
            kPow10[static_cast<std::size_t>(digits_b < digits_a ? digits_a - digits_b : 0)];
        magnitude = padded_a <=> padded_b;
    }
    return sign_a > 0 ? magnitude : 0 <=> magnitude;
}

std::size_t Number::hash() const noexcept {
    std::uint64_t h = mix(static_cast<std::uint64_t>(digits_));
    h = mix(h ^ static_cast<std::uint64_t>(digits_ >> 64));
    h = mix(h ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(exponent_)) << 1 |
                 (negative_ ? 1U : 0U)));
    return static_cast<std::size_t>(h);
}

}  // namespace dynamorm
