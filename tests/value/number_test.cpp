// Tests of Number: DynamoDB's text grammar, limits and messages, normalization, conversions
// and exact arithmetic, with randomized checks against __int128, long double and std::to_chars.
#include "dynamorm/value/number.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "dynamorm/value/error.hpp"

namespace dynamorm {
namespace {

const std::string kOverflow =
    "Number overflow. Attempting to store a number with magnitude larger than supported range";
const std::string kUnderflow =
    "Number underflow. Attempting to store a number with magnitude smaller than supported range";
const std::string kTooPrecise = "Attempting to store more than 38 significant digits in a Number";
const std::string kNotNumeric = "The parameter cannot be converted to a numeric value";

/// The message of the ValueError that `f` throws, or "<no error>".
template <typename F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const ValueError& e) {
        return e.what();
    }
    return "<no error>";
}

std::string parse_error(std::string_view text) {
    return error_of([&] { Number{text}; });
}

std::string normalized(std::string_view text) {
    return Number(text).to_string();
}

std::string repeat(char c, std::size_t n) {
    return std::string(n, c);
}

/// Decimal text of an __int128, written without Number.
std::string int128_text(__int128 value) {
    if (value == 0) return "0";
    const bool negative = value < 0;
    unsigned __int128 magnitude =
        negative ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(value)
                 : static_cast<unsigned __int128>(value);
    std::string digits;
    while (magnitude != 0) {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    }
    return negative ? "-" + digits : digits;
}

/// Random int64 values of every magnitude and both signs.
std::int64_t random_int64(std::mt19937_64& rng) {
    return static_cast<std::int64_t>(rng()) >> (rng() % 64);
}

// --- Grammar -----------------------------------------------------------------------------

TEST(NumberParse, AcceptsDynamoDbNumberForms) {
    // Forms DynamoDB is known to accept (the last four through Java's BigDecimal grammar).
    for (const char* text : {"3", "-7.1234", "-17e5", "-17.4E37", "+3", ".123", "0001.23", "1e+5",
                             "5.", "-.5", "+.5", "1E-5", "00", "0.0"}) {
        Number n;
        std::string error;
        EXPECT_TRUE(Number::parse(text, n, &error)) << text << ": " << error;
    }
}

TEST(NumberParse, RejectsTextThatIsNotANumber) {
    for (const char* text :
         {"abc",  "NaN",  "-NaN", "Infinity", "-Infinity", "inf",   "dog",   "-dog",  " 1",
          "1 ",   "\t1",  "1\n",  "0x10",     "1e",        "1E+",   "1e-",   "e5",    ".",
          "-",    "+",    "+-1",  "--1",      "1.2.3",     "1e5.5", "1,000", "1_000", "١",
          "1e 5", "1 e5", "- 1",  ".e1",      "1..2",      "1f",    "1d",    "1L"}) {
        EXPECT_EQ(parse_error(text), kNotNumeric + ": " + text) << text;
    }
}

TEST(NumberParse, EmptyTextGetsTheMessageWithoutSuffix) {
    EXPECT_EQ(parse_error(""), kNotNumeric);
}

TEST(NumberParse, EmbeddedNulIsNotANumber) {
    const std::string text(
        "1\0"
        "2",
        3);
    Number n;
    EXPECT_FALSE(Number::parse(text, n));
}

TEST(NumberParse, NonThrowingParseReportsAndLeavesOutputAlone) {
    Number n(42);
    std::string error;
    EXPECT_FALSE(Number::parse("1e126", n, &error));
    EXPECT_EQ(error, kOverflow);
    EXPECT_EQ(n, Number(42));
    EXPECT_FALSE(Number::parse("x", n));  // no error string wanted
    EXPECT_EQ(n, Number(42));
    EXPECT_TRUE(Number::parse("-2.50", n, &error));
    EXPECT_EQ(n.to_string(), "-2.5");
}

// --- Limits ------------------------------------------------------------------------------

TEST(NumberLimits, SmallestMagnitudeIsOneE130) {
    EXPECT_EQ(Number("1e-130").to_string(), "0." + repeat('0', 129) + "1");
    EXPECT_EQ(Number("-1E-130").to_string(), "-0." + repeat('0', 129) + "1");
    EXPECT_EQ(parse_error("1e-131"), kUnderflow);
    EXPECT_EQ(parse_error("-1e-131"), kUnderflow);
    EXPECT_EQ(parse_error("9.9999999999999999999999999999999999999e-131"), kUnderflow);
    EXPECT_EQ(parse_error("0.9e-130"), kUnderflow);
    // The same value written with all its zeros.
    EXPECT_EQ(parse_error("0." + repeat('0', 130) + "1"), kUnderflow);
    EXPECT_NO_THROW(Number("0." + repeat('0', 129) + "1"));
}

TEST(NumberLimits, LargestMagnitudeIsBelowOneE126) {
    const std::string nines = repeat('9', 38);
    const Number largest("9." + nines.substr(1) + "E+125");
    EXPECT_EQ(largest.to_string(), nines + repeat('0', 126 - 38));
    EXPECT_EQ(largest.significant_digits(), 38);
    EXPECT_EQ((-largest).to_string(), "-" + nines + repeat('0', 126 - 38));
    EXPECT_EQ(Number("1e125").to_string(), "1" + repeat('0', 125));
    EXPECT_EQ(parse_error("1e126"), kOverflow);
    EXPECT_EQ(parse_error("-1e126"), kOverflow);
    EXPECT_EQ(parse_error("11e125"), kOverflow);
    EXPECT_EQ(parse_error("1" + repeat('0', 126)), kOverflow);
    EXPECT_NO_THROW(Number("1" + repeat('0', 125)));
}

TEST(NumberLimits, ThirtyEightSignificantDigitsAreKept) {
    for (const char* text :
         {"3.1415926535897932384626433832795028841", "314159265358979323846.26433832795028841",
          "31415926535897932384626433832795028841e30", "-12345678901234567890123456789012345678"}) {
        const Number n(text);
        EXPECT_EQ(n.significant_digits(), 38) << text;
    }
    EXPECT_EQ(Number("314159265358979323846.26433832795028841").to_string(),
              "314159265358979323846.26433832795028841");
}

TEST(NumberLimits, ThirtyNineSignificantDigitsAreRefused) {
    for (const char* text :
         {"3.14159265358979323846264338327950288419", "314159265358979323846.264338327950288419",
          "314159265358979323846264338327950288419e30", "123456789012345678901234567890123456789",
          "-1.23456789012345678901234567890123456789", "1000000000000000000000000000000000000001",
          "0.000100000000000000000000000000000000000001"}) {
        EXPECT_EQ(parse_error(text), kTooPrecise) << text;
    }
}

TEST(NumberLimits, LeadingAndTrailingZerosAreNotSignificant) {
    const std::string text = repeat('0', 50) + "1" + repeat('0', 36) + "2." + repeat('0', 80);
    const Number n(text);
    EXPECT_EQ(n.significant_digits(), 38);
    EXPECT_EQ(n.to_string(), "1" + repeat('0', 36) + "2");
    EXPECT_EQ(Number("1." + repeat('0', 200)).to_string(), "1");
}

TEST(NumberLimits, RangeIsCheckedBeforePrecision) {
    EXPECT_EQ(parse_error("1234567890123456789012345678901234567890e200"), kOverflow);
    EXPECT_EQ(parse_error("1234567890123456789012345678901234567890e-200"), kUnderflow);
}

TEST(NumberLimits, ZeroIsRangeCheckedByItsWrittenExponent) {
    EXPECT_EQ(Number("0e125").to_string(), "0");
    EXPECT_EQ(Number("0e-130").to_string(), "0");
    EXPECT_EQ(Number("-0.0e3").to_string(), "0");
    EXPECT_EQ(parse_error("0e126"), kOverflow);
    EXPECT_EQ(parse_error("0e-131"), kUnderflow);
    EXPECT_EQ(parse_error("0." + repeat('0', 131)), kUnderflow);
}

TEST(NumberLimits, HugeExponents) {
    // Anything that fits in 64 bits is a range error; beyond that it is not a number.
    EXPECT_EQ(parse_error("1e99999999999"), kOverflow);
    EXPECT_EQ(parse_error("1e2147483648"), kOverflow);
    EXPECT_EQ(parse_error("1e-99999999999"), kUnderflow);
    EXPECT_EQ(parse_error("1e9223372036854775807"), kOverflow);
    EXPECT_EQ(parse_error("1e-9223372036854775808"), kUnderflow);
    EXPECT_EQ(parse_error("0.1e-9223372036854775808"), kUnderflow);
    EXPECT_EQ(parse_error("1e9223372036854775808"), kNotNumeric + ": 1e9223372036854775808");
    EXPECT_EQ(parse_error("1e-9223372036854775809"), kNotNumeric + ": 1e-9223372036854775809");
    EXPECT_EQ(parse_error("1e99999999999999999999"), kNotNumeric + ": 1e99999999999999999999");
    // A large exponent brought back into range by the digits.
    EXPECT_EQ(Number("0." + repeat('0', 999) + "1e1000").to_string(), "1");
    EXPECT_EQ(Number("1e000000000000000000000000000005").to_string(), "100000");
}

// --- Normalization -------------------------------------------------------------------------

TEST(NumberToString, NormalizesLikeDynamoDb) {
    const std::pair<const char*, const char*> cases[] = {{"1E+2", "100"},
                                                         {"0.0010", "0.001"},
                                                         {"-00.50", "-0.5"},
                                                         {"1", "1"},
                                                         {"-5", "-5"},
                                                         {"0", "0"},
                                                         {"-0", "0"},
                                                         {"+0", "0"},
                                                         {"-0.0", "0"},
                                                         {"007", "7"},
                                                         {"001.23", "1.23"},
                                                         {"00", "0"},
                                                         {"+3", "3"},
                                                         {"+1.5", "1.5"},
                                                         {"1.0", "1"},
                                                         {"1.10", "1.1"},
                                                         {"100.000", "100"},
                                                         {"0.10", "0.1"},
                                                         {"1e3", "1000"},
                                                         {"1E3", "1000"},
                                                         {"5e1", "50"},
                                                         {"-3e2", "-300"},
                                                         {"1.5e2", "150"},
                                                         {"1.23e4", "12300"},
                                                         {"1e-3", "0.001"},
                                                         {"5e-1", "0.5"},
                                                         {"123e-2", "1.23"},
                                                         {"1.23e-1", "0.123"},
                                                         {"1.0e3", "1000"},
                                                         {"1.00e2", "100"},
                                                         {"1.0e-1", "0.1"},
                                                         {"0e5", "0"},
                                                         {"0.0e3", "0"},
                                                         {"0e-5", "0"},
                                                         {".5", "0.5"},
                                                         {"-.5", "-0.5"},
                                                         {"5.", "5"},
                                                         {"9.9e10", "99000000000"},
                                                         {"1e20", "100000000000000000000"},
                                                         {"1e-20", "0.00000000000000000001"},
                                                         {"3.14159", "3.14159"},
                                                         {"-273.15", "-273.15"},
                                                         {"12.5e-1", "1.25"},
                                                         {"1250e-3", "1.25"},
                                                         {"10203.0400", "10203.04"},
                                                         {"-0.000123", "-0.000123"}};
    for (const auto& [text, expected] : cases)
        EXPECT_EQ(normalized(text), expected) << text;
}

TEST(NumberToString, WritesAllThirtyEightDigitsAroundThePoint) {
    const std::string digits = "12345678901234567890123456789012345678";
    for (int point = 0; point <= 38; ++point) {
        const std::string text = digits.substr(0, static_cast<std::size_t>(point)) + "." +
                                 digits.substr(static_cast<std::size_t>(point));
        const std::string expected = point == 0 ? "0" + text : text;
        EXPECT_EQ(normalized(text), point == 38 ? digits : expected);
    }
    // Digits straddling the 19-digit split with zeros inside.
    EXPECT_EQ(normalized("10000000000000000000000000000000000001"),
              "10000000000000000000000000000000000001");
    EXPECT_EQ(normalized("1000000000000000000.1"), "1000000000000000000.1");
    EXPECT_EQ(normalized("1000000000000000000000000000000000000.1"),
              "1000000000000000000000000000000000000.1");
}

TEST(NumberToString, LongestTextFitsTheDeclaredBound) {
    const Number n("-1.2345678901234567890123456789012345678e-130");
    EXPECT_EQ(n.to_string().size(), Number::kMaxTextLength);
    char buffer[Number::kMaxTextLength];
    EXPECT_EQ(std::string(buffer, n.to_chars(buffer)), n.to_string());
    std::string out = "x=";
    n.append_to(out);
    EXPECT_EQ(out, "x=" + n.to_string());
}

TEST(NumberToString, RoundTripsThroughParse) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 20000; ++i) {
        const int digits = 1 + static_cast<int>(rng() % 38);
        std::string coefficient;
        for (int d = 0; d < digits; ++d)
            coefficient += static_cast<char>('0' + rng() % 10);
        const int exponent = -167 + static_cast<int>(rng() % 293);
        const std::string text =
            (rng() % 2 ? "-" : "") + coefficient + "e" + std::to_string(exponent);
        Number n;
        if (!Number::parse(text, n)) continue;
        const std::string printed = n.to_string();
        EXPECT_EQ(printed.find_first_of("eE+"), std::string::npos) << text;
        EXPECT_EQ(Number(printed), n) << text;
        EXPECT_EQ(Number(printed).to_string(), printed) << text;
    }
}

// --- Parts ---------------------------------------------------------------------------------

TEST(NumberParts, CoefficientAndExponentAreNormalized) {
    const Number n("-1.500e3");
    EXPECT_EQ(static_cast<std::uint64_t>(n.coefficient()), 15U);
    EXPECT_EQ(n.exponent(), 2);
    EXPECT_TRUE(n.is_negative());
    EXPECT_EQ(Number().coefficient(), 0U);
    EXPECT_EQ(Number().exponent(), 0);
    EXPECT_EQ(Number().significant_digits(), 1);
    EXPECT_EQ(Number("-0").is_negative(), false);
    EXPECT_TRUE(Number("0.000").is_zero());
}

TEST(NumberParts, FromPartsNormalizesAndChecks) {
    EXPECT_EQ(Number::from_parts(1500, -3, false).to_string(), "1.5");
    EXPECT_EQ(Number::from_parts(0, 500, true).to_string(), "0");
    EXPECT_EQ(Number::from_parts(7, 0, true), Number(-7));
    unsigned __int128 ten38 = 1;
    for (int i = 0; i < 38; ++i)
        ten38 *= 10;
    EXPECT_EQ(Number::from_parts(ten38 - 1, 88, false).to_string(),
              repeat('9', 38) + repeat('0', 88));
    EXPECT_EQ(error_of([&] { Number::from_parts(ten38 + 1, 0, false); }), kTooPrecise);
    EXPECT_EQ(Number::from_parts(ten38, 0, false).significant_digits(), 1);
    EXPECT_EQ(error_of([] { Number::from_parts(1, 126, false); }), kOverflow);
    EXPECT_EQ(error_of([] { Number::from_parts(10, -132, false); }), kUnderflow);
    EXPECT_EQ(Number::from_parts(10, -131, false).to_string(), Number("1e-130").to_string());
}

TEST(NumberParts, IsInteger) {
    EXPECT_TRUE(Number("0").is_integer());
    EXPECT_TRUE(Number("1e100").is_integer());
    EXPECT_TRUE(Number("-12.000").is_integer());
    EXPECT_FALSE(Number("0.5").is_integer());
    EXPECT_FALSE(Number("1e-130").is_integer());
    EXPECT_FALSE(Number("123456789.000001").is_integer());
}

// --- Integer conversions ---------------------------------------------------------------------

TEST(NumberInt64, LimitsConvertBothWays) {
    const std::int64_t min = std::numeric_limits<std::int64_t>::min();
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(Number(min).to_string(), "-9223372036854775808");
    EXPECT_EQ(Number(max).to_string(), "9223372036854775807");
    EXPECT_EQ(Number("-9223372036854775808").to_int64(), min);
    EXPECT_EQ(Number("9223372036854775807").to_int64(), max);
    EXPECT_EQ(Number("92233720368547758.07e2").to_int64(), max);
    EXPECT_EQ(Number(0).to_int64(), 0);
    EXPECT_EQ(Number(-1000).to_int64(), -1000);
    EXPECT_EQ(Number("1e18").to_int64(), 1000000000000000000);
}

TEST(NumberInt64, OutOfRangeAndFractionsAreNamed) {
    EXPECT_EQ(error_of([] { Number("9223372036854775808").to_int64(); }),
              "Cannot convert Number 9223372036854775808 to int64: out of range "
              "[-9223372036854775808, 9223372036854775807]");
    EXPECT_NE(error_of([] { Number("-9223372036854775809").to_int64(); }).find("out of range"),
              std::string::npos);
    EXPECT_NE(error_of([] { Number("1e19").to_int64(); }).find("out of range"), std::string::npos);
    EXPECT_NE(error_of([] { Number("1e100").to_int64(); }).find("out of range"), std::string::npos);
    EXPECT_EQ(error_of([] { Number("1.5").to_int64(); }),
              "Cannot convert Number 1.5 to int64: it has a fractional part");
    EXPECT_NE(error_of([] { Number("-1e-130").to_int64(); }).find("fractional part"),
              std::string::npos);
}

TEST(NumberUint64, LimitsConvertBothWays) {
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    EXPECT_EQ(Number(max).to_string(), "18446744073709551615");
    EXPECT_EQ(Number("18446744073709551615").to_uint64(), max);
    EXPECT_EQ(Number("1.8446744073709551615e19").to_uint64(), max);
    EXPECT_EQ(Number(std::uint64_t{0}).to_uint64(), 0U);
    EXPECT_EQ(Number("-0").to_uint64(), 0U);
    EXPECT_EQ(Number("1e19").to_uint64(), 10000000000000000000ULL);
}

TEST(NumberUint64, OutOfRangeNegativeAndFractionsAreNamed) {
    EXPECT_EQ(error_of([] { Number("18446744073709551616").to_uint64(); }),
              "Cannot convert Number 18446744073709551616 to uint64: out of range "
              "[0, 18446744073709551615]");
    EXPECT_NE(error_of([] { Number("-1").to_uint64(); }).find("out of range"), std::string::npos);
    EXPECT_NE(error_of([] { Number("1e20").to_uint64(); }).find("out of range"), std::string::npos);
    EXPECT_EQ(error_of([] { Number("2.25").to_uint64(); }),
              "Cannot convert Number 2.25 to uint64: it has a fractional part");
}

TEST(NumberInt64, ConstructorsFromEveryIntegerType) {
    EXPECT_EQ(Number(-5).to_string(), "-5");
    EXPECT_EQ(Number(5U).to_string(), "5");
    EXPECT_EQ(Number(-5LL).to_string(), "-5");
    EXPECT_EQ(Number(5ULL).to_string(), "5");
    EXPECT_EQ(Number(std::int64_t{-120}).exponent(), 1);
    EXPECT_EQ(Number(std::uint64_t{1000}).coefficient(), 1U);
}

TEST(NumberInt64, RandomValuesRoundTripAndPrintLikeToChars) {
    std::mt19937_64 rng(11);
    for (int i = 0; i < 100000; ++i) {
        const std::int64_t signed_value = random_int64(rng);
        const Number n(signed_value);
        EXPECT_EQ(n.to_int64(), signed_value);
        EXPECT_EQ(n.to_string(), std::to_string(signed_value));
        const std::uint64_t unsigned_value = rng() >> (rng() % 64);
        EXPECT_EQ(Number(unsigned_value).to_uint64(), unsigned_value);
        EXPECT_EQ(Number(unsigned_value).to_string(), std::to_string(unsigned_value));
    }
}

// --- Doubles -------------------------------------------------------------------------------

TEST(NumberDouble, UsesTheShortestRoundTripDigits) {
    EXPECT_EQ(Number(0.1).to_string(), "0.1");
    EXPECT_EQ(Number(1.5).to_string(), "1.5");
    EXPECT_EQ(Number(-2.0).to_string(), "-2");
    EXPECT_EQ(Number(-0.0).to_string(), "0");
    EXPECT_EQ(Number(1e21).to_string(), "1000000000000000000000");
    EXPECT_EQ(Number(0.1 + 0.2).to_string(), "0.30000000000000004");
    EXPECT_EQ(Number(1.5), Number("1.50"));
}

TEST(NumberDouble, RefusesNonFiniteAndOutOfRangeValues) {
    EXPECT_EQ(error_of([] { Number{std::nan("")}; }), kNotNumeric + ": NaN");
    EXPECT_EQ(error_of([] { Number{std::numeric_limits<double>::infinity()}; }),
              kNotNumeric + ": Infinity");
    EXPECT_EQ(error_of([] { Number{-std::numeric_limits<double>::infinity()}; }),
              kNotNumeric + ": -Infinity");
    EXPECT_EQ(error_of([] { Number{1e126}; }), kOverflow);
    EXPECT_EQ(error_of([] { Number{-1e300}; }), kOverflow);
    EXPECT_EQ(error_of([] { Number{1e-131}; }), kUnderflow);
    EXPECT_EQ(error_of([] { Number{std::numeric_limits<double>::denorm_min()}; }), kUnderflow);
    EXPECT_NO_THROW(Number(1e-130));
    EXPECT_NO_THROW(Number(9.99e125));
}

TEST(NumberDouble, ExactConversionBack) {
    EXPECT_EQ(Number("0.1").to_double(), 0.1);
    EXPECT_EQ(Number("-12345.678").to_double(), -12345.678);
    EXPECT_EQ(Number("9007199254740993").approximate_double(), 9007199254740992.0);
    EXPECT_EQ(error_of([] { Number("9007199254740993").to_double(); }),
              "Cannot convert Number 9007199254740993 to double: it is not exactly representable "
              "as a double");
    EXPECT_NE(error_of([] { Number("0.12345678901234567891").to_double(); }), "<no error>");
    EXPECT_NE(error_of([] { Number("0.10000000000000000001").to_double(); }), "<no error>");
    EXPECT_EQ(Number().to_double(), 0.0);
    EXPECT_FALSE(std::signbit(Number().to_double()));
}

TEST(NumberDouble, ApproximationIsTheNearestDouble) {
    EXPECT_EQ(Number("0.1000000000000000055511151231257827").approximate_double(), 0.1);
    EXPECT_EQ(Number("1e-130").approximate_double(), 1e-130);
    EXPECT_EQ(Number("-9.9999999999999999999999999999999999999e125").approximate_double(), -1e126);
    EXPECT_EQ(Number("123456789012345678901234567890.12345678").approximate_double(),
              123456789012345678901234567890.12345678);
}

TEST(NumberDouble, RandomDoublesRoundTrip) {
    std::mt19937_64 rng(3);
    int checked = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t bits = rng();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        if (!std::isfinite(value)) continue;
        const double magnitude = std::fabs(value);
        if (value != 0 && (magnitude < 1e-130 || magnitude >= 1e126)) {
            const std::string error = error_of([&] { Number{value}; });
            EXPECT_EQ(error, magnitude < 1e-130 ? kUnderflow : kOverflow) << value;
            continue;
        }
        const Number n(value);
        EXPECT_EQ(n.to_double(), value);
        EXPECT_EQ(n.approximate_double(), value);
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        EXPECT_EQ(n, Number(std::string_view(buffer, static_cast<std::size_t>(end - buffer))));
        ++checked;
    }
    EXPECT_GT(checked, 50000);
    // Doubles spread evenly over DynamoDB's range, too.
    std::uniform_real_distribution<double> exponent(-129.9, 125.9);
    for (int i = 0; i < 50000; ++i) {
        const double value = std::pow(10.0, exponent(rng)) * (rng() % 2 ? 1 : -1);
        EXPECT_EQ(Number(value).to_double(), value);
    }
}

// --- Arithmetic ------------------------------------------------------------------------------

TEST(NumberArithmetic, ExactSumsAndDifferences) {
    EXPECT_EQ((Number("0.1") + Number("0.2")).to_string(), "0.3");
    EXPECT_EQ((Number("0.3") - Number("0.1")).to_string(), "0.2");
    EXPECT_EQ((Number("1") + Number("10000000000000000000000")).to_string(),
              "10000000000000000000001");
    EXPECT_EQ((Number("10000000000000000000000") - Number("1")).to_string(),
              "9999999999999999999999");
    EXPECT_EQ((Number("100000000000000000000.00000001") - Number("1")).to_string(),
              "99999999999999999999.00000001");
    EXPECT_EQ((Number("1.5") - Number("1.5")).to_string(), "0");
    EXPECT_EQ((Number("-1.5") + Number("1.5")), Number());
    EXPECT_FALSE((Number("-1.5") + Number("1.5")).is_negative());
    EXPECT_EQ((Number("0") - Number("2.5")).to_string(), "-2.5");
    EXPECT_EQ((Number("2.5") - Number("0")).to_string(), "2.5");
    EXPECT_EQ((Number("-7") - Number("-7.25")).to_string(), "0.25");
    EXPECT_EQ((Number("9.5") + Number("0.5")).to_string(), "10");
    EXPECT_EQ((Number("1e38") - Number("1")).to_string(), repeat('9', 38));
    EXPECT_EQ((Number("1e-130") + Number("1e-130")).to_string(), "0." + repeat('0', 129) + "2");
    EXPECT_EQ((Number("9e125") + Number("9e124")).to_string(), "99" + repeat('0', 124));
}

TEST(NumberArithmetic, CarriesAndBorrowsAcrossThirtyEightDigits) {
    const std::string nines = repeat('9', 38);
    EXPECT_EQ((Number(nines) + Number("1")).to_string(), "1" + repeat('0', 38));
    EXPECT_EQ((Number("1" + repeat('0', 38)) - Number("1")).to_string(), nines);
    EXPECT_EQ((Number("1234567890123456789012345678901234567.8") -
               Number("1234567890123456789012345678901234568"))
                  .to_string(),
              "-0.2");
    EXPECT_EQ((Number("-" + nines) - Number("1")).to_string(), "-1" + repeat('0', 38));
    EXPECT_EQ((Number("0." + nines) + Number("0." + repeat('0', 37) + "1")).to_string(), "1");
    EXPECT_EQ((Number("1e20") - Number("0." + repeat('0', 16) + "1")).to_string(),
              repeat('9', 20) + "." + repeat('9', 16) + "9");
}

TEST(NumberArithmetic, ImpreciseResultsAreRefusedWithDynamoDbsMessage) {
    EXPECT_EQ(error_of([] { Number("1e50") + Number("1"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("1e50") - Number("1"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("1e125") + Number("1e-130"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number(repeat('9', 38)) + Number("0.5"); }), kOverflow);
    EXPECT_EQ(error_of([] {
                  Number("12345678901234567890123456789012345678") -
                      Number("1234567890123456789012345678901234567.9");
              }),
              kOverflow);
    // The last digits 38 and 39 places apart.
    EXPECT_EQ(error_of([] { Number("1e38") + Number("1"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("1e39") - Number("1"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("-1") - Number("1e39"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("1e-91") + Number("1e-130"); }), kOverflow);
    EXPECT_EQ((Number("1e-92") + Number("1e-129")).to_string(),
              "0." + repeat('0', 91) + "1" + repeat('0', 36) + "1");
    // 39 digits before cancellation, 38 after.
    EXPECT_EQ((Number("1e38") - Number("1")).significant_digits(), 38);
}

TEST(NumberArithmetic, ResultsOutOfRangeAreRefused) {
    EXPECT_EQ(error_of([] { Number("9e125") + Number("9e125"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("9e125") - Number("-9e125"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("-9e125") - Number("9e125"); }), kOverflow);
    const Number largest("9.9999999999999999999999999999999999999e125");
    EXPECT_EQ(error_of([&] { largest + Number("1e125"); }), kOverflow);
    EXPECT_EQ(error_of([] { Number("1.000000001e-125") - Number("1e-125"); }), kUnderflow);
    EXPECT_EQ(error_of([] { Number("-1.1e-130") + Number("1e-130"); }), kUnderflow);
}

TEST(NumberArithmetic, UnaryMinus) {
    EXPECT_EQ((-Number("2.5")).to_string(), "-2.5");
    EXPECT_EQ((-Number("-2.5")).to_string(), "2.5");
    EXPECT_EQ(-Number(), Number());
    EXPECT_FALSE((-Number()).is_negative());
}

TEST(NumberArithmetic, RandomInt64SumsMatchInt128) {
    std::mt19937_64 rng(5);
    for (int i = 0; i < 100000; ++i) {
        const std::int64_t a = i < 4 ? std::numeric_limits<std::int64_t>::min() : random_int64(rng);
        const std::int64_t b =
            i % 1000 == 1 ? std::numeric_limits<std::int64_t>::max() : random_int64(rng);
        const __int128 sum = static_cast<__int128>(a) + b;
        const __int128 difference = static_cast<__int128>(a) - b;
        EXPECT_EQ(Number(a) + Number(b), Number(int128_text(sum))) << a << " + " << b;
        EXPECT_EQ(Number(a) - Number(b), Number(int128_text(difference))) << a << " - " << b;
        EXPECT_EQ((Number(a) + Number(b)).to_string(), int128_text(sum));
    }
}

TEST(NumberArithmetic, RandomDecimalSumsMatchInt128AtACommonExponent) {
    // a = ca * 10^ea and b = cb * 10^eb, with coefficients and exponents small enough that both
    // scaled to min(ea, eb) fit in __int128; the reference sum is then ordinary integer addition.
    std::mt19937_64 rng(9);
    for (int i = 0; i < 100000; ++i) {
        const int base = -140 + static_cast<int>(rng() % 250);
        const __int128 ca =
            static_cast<__int128>(rng() % 1'000'000'000'000'000ULL >> (rng() % 50)) *
            (rng() % 2 ? 1 : -1);
        const __int128 cb =
            static_cast<__int128>(rng() % 1'000'000'000'000'000ULL >> (rng() % 50)) *
            (rng() % 2 ? 1 : -1);
        const int shift_a = static_cast<int>(rng() % 20);
        const int shift_b = static_cast<int>(rng() % 20);
        Number a;
        Number b;
        if (!Number::parse(int128_text(ca) + "e" + std::to_string(base + shift_a), a) ||
            !Number::parse(int128_text(cb) + "e" + std::to_string(base + shift_b), b)) {
            continue;
        }
        __int128 scaled_a = ca;
        __int128 scaled_b = cb;
        for (int s = 0; s < shift_a; ++s)
            scaled_a *= 10;
        for (int s = 0; s < shift_b; ++s)
            scaled_b *= 10;
        const std::string base_exponent = "e" + std::to_string(base);
        for (const bool subtract : {false, true}) {
            const __int128 exact = subtract ? scaled_a - scaled_b : scaled_a + scaled_b;
            Number expected;
            std::string expected_error;
            // (A zero is written plainly: DynamoDB range-checks a zero's written exponent.)
            const bool representable = Number::parse(
                exact == 0 ? "0" : int128_text(exact) + base_exponent, expected, &expected_error);
            std::string error;
            Number got;
            try {
                got = subtract ? a - b : a + b;
            } catch (const ValueError& e) {
                error = e.what();
            }
            if (representable) {
                EXPECT_EQ(error, "")
                    << a.to_string() << (subtract ? " - " : " + ") << b.to_string();
                EXPECT_EQ(got, expected);
            } else {
                // Too many digits in a sum is reported as an overflow, as DynamoDB does.
                EXPECT_EQ(error, expected_error == kTooPrecise ? kOverflow : expected_error);
            }
        }
    }
}

/// A decimal as text pieces: value = (negative ? -1 : 1) * digits * 10^exponent.
struct Decimal {
    bool negative = false;
    std::string digits;
    int exponent = 0;
};

/// The exact sum of two decimals, by schoolbook addition on digit strings, as "<digits>e<exp>".
std::string schoolbook_sum(Decimal a, Decimal b) {
    const int exponent = std::min(a.exponent, b.exponent);
    a.digits += repeat('0', static_cast<std::size_t>(a.exponent - exponent));
    b.digits += repeat('0', static_cast<std::size_t>(b.exponent - exponent));
    const std::size_t width = std::max(a.digits.size(), b.digits.size()) + 1;
    a.digits.insert(0, width - a.digits.size(), '0');
    b.digits.insert(0, width - b.digits.size(), '0');
    std::string result(width, '0');
    bool negative = a.negative;
    if (a.negative == b.negative) {
        int carry = 0;
        for (std::size_t i = width; i-- > 0;) {
            const int d = (a.digits[i] - '0') + (b.digits[i] - '0') + carry;
            result[i] = static_cast<char>('0' + d % 10);
            carry = d / 10;
        }
    } else {
        if (a.digits < b.digits) {  // same width, so this compares magnitudes
            std::swap(a, b);
            negative = a.negative;
        }
        int borrow = 0;
        for (std::size_t i = width; i-- > 0;) {
            int d = (a.digits[i] - '0') - (b.digits[i] - '0') - borrow;
            borrow = d < 0 ? 1 : 0;
            result[i] = static_cast<char>('0' + (d + 10) % 10);
        }
    }
    if (result.find_first_not_of('0') == std::string::npos) return "0";
    return (negative ? "-" : "") + result + "e" + std::to_string(exponent);
}

TEST(NumberArithmetic, RandomWideSumsMatchSchoolbookAddition) {
    // Full 38-digit coefficients and exponents anywhere in the range, with many near-equal
    // pairs so that cancellation brings over-long results back within 38 digits.
    std::mt19937_64 rng(23);
    int exact = 0;
    int refused = 0;
    for (int i = 0; i < 100000; ++i) {
        auto random_decimal = [&] {
            Decimal d;
            d.negative = rng() % 2 != 0;
            const int length = 1 + static_cast<int>(rng() % 38);
            for (int k = 0; k < length; ++k)
                d.digits += static_cast<char>('0' + rng() % 10);
            d.exponent = -167 + static_cast<int>(rng() % 293);
            return d;
        };
        Decimal da = random_decimal();
        Decimal db = random_decimal();
        switch (rng() % 4) {
            case 0:  // b is a with its last few digits changed and the opposite sign
                db = da;
                db.negative = !da.negative;
                for (std::size_t k = db.digits.size() - 1 - rng() % db.digits.size();
                     k < db.digits.size(); ++k) {
                    db.digits[k] = static_cast<char>('0' + rng() % 10);
                }
                db.exponent -= static_cast<int>(rng() % 3);
                break;
            case 1:  // exponents close together
                db.exponent = da.exponent + static_cast<int>(rng() % 81) - 40;
                break;
            default:
                break;
        }
        Number a;
        Number b;
        if (!Number::parse(da.digits + "e" + std::to_string(da.exponent), a) ||
            !Number::parse(db.digits + "e" + std::to_string(db.exponent), b)) {
            continue;
        }
        if (da.negative) a = -a;
        if (db.negative) b = -b;
        Number expected;
        std::string expected_error;
        const std::string reference = schoolbook_sum(da, db);
        const bool representable = Number::parse(reference, expected, &expected_error);
        std::string error;
        Number got;
        try {
            got = a + b;
        } catch (const ValueError& e) {
            error = e.what();
        }
        if (representable) {
            EXPECT_EQ(error, "") << a.to_string() << " + " << b.to_string();
            EXPECT_EQ(got, expected) << a.to_string() << " + " << b.to_string();
            ++exact;
        } else {
            // Too many digits in a sum is reported as an overflow, as DynamoDB does.
            EXPECT_EQ(error, expected_error == kTooPrecise ? kOverflow : expected_error)
                << a.to_string() << " + " << b.to_string();
            ++refused;
        }
    }
    EXPECT_GT(exact, 20000);
    EXPECT_GT(refused, 20000);
}

// --- Comparison and hashing ------------------------------------------------------------------

TEST(NumberCompare, NumericOrder) {
    EXPECT_EQ(Number("1.0"), Number("1"));
    EXPECT_EQ(Number("-0"), Number("0"));
    EXPECT_EQ(Number("1e2"), Number("100"));
    EXPECT_LT(Number("-1"), Number("0"));
    EXPECT_LT(Number("0"), Number("1e-130"));
    EXPECT_LT(Number("-1e-130"), Number("0"));
    EXPECT_LT(Number("9"), Number("10"));
    EXPECT_LT(Number("0.99"), Number("1"));
    EXPECT_LT(Number("-10"), Number("-9"));
    EXPECT_LT(Number("1.2"), Number("1.25"));
    EXPECT_GT(Number("1.3"), Number("1.25"));
    EXPECT_LT(Number("-1.25"), Number("-1.2"));
    EXPECT_LT(Number("12345678901234567890123456789012345678"),
              Number("12345678901234567890123456789012345679"));
    EXPECT_LT(Number("9.9999999999999999999999999999999999999e124"), Number("1e125"));
    EXPECT_EQ(Number("2") <=> Number("2.000"), std::strong_ordering::equal);
}

TEST(NumberCompare, RandomInt64PairsAgreeWithInt128) {
    std::mt19937_64 rng(13);
    for (int i = 0; i < 100000; ++i) {
        const std::int64_t a = random_int64(rng);
        const std::int64_t b = rng() % 8 == 0 ? a : random_int64(rng);
        EXPECT_EQ(Number(a) <=> Number(b), a <=> b) << a << " vs " << b;
        EXPECT_EQ(Number(a) == Number(b), a == b);
    }
}

TEST(NumberCompare, RandomDecimalsAgreeWithLongDouble) {
    std::mt19937_64 rng(17);
    int compared = 0;
    for (int i = 0; i < 100000; ++i) {
        auto random_text = [&] {
            std::string text = rng() % 2 ? "-" : "";
            const int digits = 1 + static_cast<int>(rng() % 18);
            for (int d = 0; d < digits; ++d)
                text += static_cast<char>('0' + rng() % 10);
            return text + "e" + std::to_string(-60 + static_cast<int>(rng() % 120));
        };
        const std::string ta = random_text();
        const std::string tb = rng() % 4 == 0 ? ta : random_text();
        const long double la = std::strtold(ta.c_str(), nullptr);
        const long double lb = std::strtold(tb.c_str(), nullptr);
        const auto order = Number(ta) <=> Number(tb);
        if (ta == tb) {
            EXPECT_EQ(order, std::strong_ordering::equal);
            continue;
        }
        // Skip pairs too close for long double to tell apart reliably.
        const long double scale = std::max(std::fabs(la), std::fabs(lb));
        if (std::fabs(la - lb) <= scale * 1e-15L) continue;
        EXPECT_EQ(order == std::strong_ordering::less, la < lb) << ta << " vs " << tb;
        EXPECT_EQ(order == std::strong_ordering::greater, la > lb) << ta << " vs " << tb;
        ++compared;
    }
    EXPECT_GT(compared, 50000);
}

TEST(NumberHash, EqualNumbersWrittenDifferentlyHashAlike) {
    const std::vector<std::vector<std::string>> groups = {
        {"1", "1.0", "1e0", "10e-1", "0.1e1", "+1", "001.000"},
        {"0", "-0", "0.000", "0e10", "-0e-10"},
        {"-2.5", "-25e-1", "-0.25E1", "-2.50000"},
        {"100", "1e2", "1E+2", "100.0"}};
    for (const auto& group : groups) {
        for (const auto& text : group) {
            EXPECT_EQ(Number(text), Number(group.front())) << text;
            EXPECT_EQ(Number(text).hash(), Number(group.front()).hash()) << text;
            EXPECT_EQ(std::hash<Number>{}(Number(text)), Number(group.front()).hash());
        }
    }
}

TEST(NumberHash, DistinctNumbersRarelyCollide) {
    std::unordered_set<std::size_t> hashes;
    std::unordered_set<std::string> values;
    for (int i = -500; i < 500; ++i) {
        for (const char* suffix : {"", "e-1", "e-5", "e3"}) {
            const Number n(std::to_string(i) + suffix);
            if (values.insert(n.to_string()).second) hashes.insert(n.hash());
        }
    }
    EXPECT_EQ(hashes.size(), values.size());
}

}  // namespace
}  // namespace dynamorm
