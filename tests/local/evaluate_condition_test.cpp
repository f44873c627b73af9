// Conditions and filters against items: comparisons, missing attributes, BETWEEN, IN and logic.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::bin;
using testing::bs;
using testing::holds;
using testing::ns;
using testing::num;
using testing::Request;
using testing::ss;

// ---- = and <> ------------------------------------------------------------------------------

TEST(EvaluateEquality, ScalarsOfTheSameTypeCompareByValue) {
    const Item item{{"s", "abc"}, {"n", 42}, {"b", bin("\x01\x02")}, {"t", true}, {"z", Null{}}};
    EXPECT_TRUE(holds("s = :v", item, {{":v", "abc"}}));
    EXPECT_FALSE(holds("s = :v", item, {{":v", "abd"}}));
    EXPECT_TRUE(holds("n = :v", item, {{":v", 42}}));
    EXPECT_TRUE(holds("b = :v", item, {{":v", bin("\x01\x02")}}));
    EXPECT_FALSE(holds("b = :v", item, {{":v", bin("\x01")}}));
    EXPECT_TRUE(holds("t = :v", item, {{":v", true}}));
    EXPECT_FALSE(holds("t = :v", item, {{":v", false}}));
    EXPECT_TRUE(holds("z = :v", item, {{":v", Null{}}}));
}

TEST(EvaluateEquality, NumbersCompareNumerically) {
    const Item item{{"n", num("1.50")}, {"big", num("1E+100")}};
    EXPECT_TRUE(holds("n = :v", item, {{":v", num("1.5")}}));
    EXPECT_TRUE(holds("n = :v", item, {{":v", num("15e-1")}}));
    EXPECT_TRUE(holds("big = :v", item, {{":v", num("10000000000e90")}}));
    EXPECT_FALSE(holds("n <> :v", item, {{":v", num("1.500")}}));
}

TEST(EvaluateEquality, ValuesOfDifferentTypesAreUnequalNotErrors) {
    const Item item{{"n", 6}, {"s", "6"}, {"ns", ns({6})}, {"l", AttributeValue{6}}};
    EXPECT_FALSE(holds("n = :v", item, {{":v", "6"}}));
    EXPECT_FALSE(holds("s = :v", item, {{":v", 6}}));
    EXPECT_FALSE(holds("ns = :v", item, {{":v", 6}}));
    EXPECT_FALSE(holds("l = :v", item, {{":v", ns({6})}}));
    EXPECT_TRUE(holds("n <> :v", item, {{":v", "6"}}));
    EXPECT_TRUE(holds("n <> s", item));
    EXPECT_FALSE(holds("n = s", item));
}

TEST(EvaluateEquality, SetsCompareAsSets) {
    const Item item{{"tags", ss({"a", "b"})}, {"nums", ns({1, 2})}};
    EXPECT_TRUE(holds("tags = :v", item, {{":v", ss({"b", "a"})}}));
    EXPECT_FALSE(holds("tags = :v", item, {{":v", ss({"a"})}}));
    EXPECT_FALSE(holds("tags = :v", item, {{":v", ss({"a", "b", "c"})}}));
    EXPECT_TRUE(holds("nums = :v", item, {{":v", ns({Number("2.0"), Number("1")})}}));
    EXPECT_TRUE(holds("tags <> :v", item, {{":v", ss({"a", "c"})}}));
}

TEST(EvaluateEquality, ListsCompareInOrderAndDeep) {
    const Item item{{"l", AttributeValue{1, "x", AttributeValue(Map{{"k", num("2.0")}})}}};
    EXPECT_TRUE(holds("l = :v", item, {{":v", AttributeValue{1, "x", Map{{"k", 2}}}}}));
    EXPECT_FALSE(holds("l = :v", item, {{":v", AttributeValue{"x", 1, Map{{"k", 2}}}}}));
    EXPECT_FALSE(holds("l = :v", item, {{":v", AttributeValue{1, "x"}}}));
    EXPECT_FALSE(holds("l = :v", item, {{":v", AttributeValue{1, "x", Map{{"k", "2"}}}}}));
}

TEST(EvaluateEquality, MapsCompareKeyByKeyAndDeep) {
    const Map inner{{"zip", "94110"}, {"n", AttributeValue{1, 2}}};
    const Item item{{"m", Map{{"a", inner}, {"b", true}}}};
    EXPECT_TRUE(holds("m = :v", item, {{":v", Map{{"b", true}, {"a", inner}}}}));
    EXPECT_FALSE(holds("m = :v", item, {{":v", Map{{"a", inner}}}}));
    EXPECT_FALSE(holds("m = :v", item, {{":v", Map{{"a", inner}, {"b", true}, {"c", 1}}}}));
    EXPECT_TRUE(holds("m <> :v", item, {{":v", Map{{"a", inner}, {"b", false}}}}));
    EXPECT_TRUE(holds("m.a.n[1] = :v", item, {{":v", 2}}));
}

TEST(EvaluateEquality, AMissingAttributeIsEqualToNothingAndUnequalToEverything) {
    const Item item{{"id", "x"}, {"a", 1}};
    EXPECT_FALSE(holds("absent = :v", item, {{":v", 1}}));
    EXPECT_TRUE(holds("absent <> :v", item, {{":v", 1}}));
    EXPECT_TRUE(holds("absent <> :v", item, {{":v", Null{}}}));
    // Two absent attributes are not equal to each other either.
    EXPECT_FALSE(holds("gone = absent", item));
    EXPECT_TRUE(holds("gone <> absent", item));
    EXPECT_FALSE(holds("a = absent", item));
    EXPECT_TRUE(holds("a <> absent", item));
}

TEST(EvaluateEquality, AnEmptyItemStandsForNoItem) {
    const Item none;
    const Request request{{{"#s", "status"}}, {{":v", "working"}}};
    EXPECT_TRUE(evaluate(request.condition("#s <> :v"), none));
    EXPECT_FALSE(evaluate(request.condition("#s = :v"), none));
    EXPECT_TRUE(holds("attribute_not_exists(id)", none));
    EXPECT_FALSE(holds("attribute_exists(id)", none));
    // `status <> :v OR updatedAt < :t` on a new item: the first half holds.
    const Request either{{{"#s", "status"}, {"#u", "updatedAt"}},
                         {{":v", "working"}, {":t", "2099-01-01T00:00:00Z"}}};
    EXPECT_TRUE(evaluate(either.condition("#s <> :v OR #u < :t"), none));
}

// ---- <, <=, >, >= ------------------------------------------------------------------------

TEST(EvaluateOrdering, NumbersOrderNumerically) {
    const Item item{{"n", 10}, {"neg", num("-2.5")}, {"tiny", num("1e-130")}};
    EXPECT_TRUE(holds("n > :v", item, {{":v", 9}}));  // "10" < "9" as text
    EXPECT_TRUE(holds("n >= :v", item, {{":v", num("10.0")}}));
    EXPECT_FALSE(holds("n > :v", item, {{":v", 10}}));
    EXPECT_TRUE(holds("n <= :v", item, {{":v", 10}}));
    EXPECT_TRUE(holds("neg < :v", item, {{":v", num("-2.4")}}));
    EXPECT_TRUE(holds("neg < :v", item, {{":v", 0}}));
    EXPECT_TRUE(holds("tiny > :v", item, {{":v", 0}}));
    EXPECT_TRUE(holds("tiny < :v", item, {{":v", num("2e-130")}}));
}

TEST(EvaluateOrdering, StringsOrderByUtf8Bytes) {
    const Item item{{"s", "a"}, {"cap", "Z"}, {"accent", "é"}, {"emoji", "😀"}};
    EXPECT_TRUE(holds("s > :v", item, {{":v", "B"}}));  // 'a' (0x61) after 'B' (0x42)
    EXPECT_TRUE(holds("cap < :v", item, {{":v", "a"}}));
    EXPECT_TRUE(holds("s < :v", item, {{":v", "ab"}}));  // a prefix comes first
    EXPECT_TRUE(holds("accent > :v", item, {{":v", "z"}}));
    // U+1F600 (F0 9F 98 80) after U+FF5E (EF BD 9E) in UTF-8, though before it in UTF-16.
    EXPECT_TRUE(holds("emoji > :v", item, {{":v", "～"}}));
    EXPECT_TRUE(holds("s >= :v", item, {{":v", "a"}}));
}

TEST(EvaluateOrdering, BinaryOrdersByUnsignedBytes) {
    const Item item{{"b", bin("\x80")}, {"pair", bin("\x03\x04")}};
    EXPECT_TRUE(holds("b > :v", item, {{":v", bin("\x7f")}}));
    EXPECT_TRUE(holds("b > :v", item, {{":v", bin("\x7f\xff\xff")}}));
    EXPECT_TRUE(holds("b < :v", item, {{":v", bin(std::string("\x80\x00", 2))}}));
    EXPECT_TRUE(holds("pair > :v", item, {{":v", bin("\x03")}}));
    EXPECT_FALSE(holds("pair > :v", item, {{":v", bin("\x03\x04")}}));
}

TEST(EvaluateOrdering, OtherTypesAndMixedTypesAreNeverOrdered) {
    // Built directly: the parser already refuses a literal of an unordered type here.
    const Item item{{"n", 1},
                    {"s", "1"},
                    {"t", true},
                    {"z", Null{}},
                    {"l", AttributeValue{1}},
                    {"m", Map{{"a", 1}}},
                    {"tags", ss({"a"})}};
    const std::vector<std::pair<const char*, AttributeValue>> pairs{{"n", "1"},
                                                                    {"s", 1},
                                                                    {"t", true},
                                                                    {"z", Null{}},
                                                                    {"l", AttributeValue{1}},
                                                                    {"m", Map{{"a", 1}}},
                                                                    {"tags", ss({"a"})},
                                                                    {"absent", 1}};
    using expr::Comparator;
    for (const Comparator op : {Comparator::LT, Comparator::LE, Comparator::GT, Comparator::GE}) {
        SCOPED_TRACE(std::string(expr::comparator_symbol(op)));
        for (const auto& [attribute, value] : pairs) {
            SCOPED_TRACE(attribute);
            EXPECT_FALSE(
                evaluate(expr::Condition::Compare{op, expr::Path(attribute), value}, item));
            EXPECT_FALSE(
                evaluate(expr::Condition::Compare{op, value, expr::Path(attribute)}, item));
        }
        EXPECT_FALSE(
            evaluate(expr::Condition::Compare{op, expr::Path("n"), expr::Path("absent")}, item));
        EXPECT_FALSE(
            evaluate(expr::Condition::Compare{op, expr::Path("t"), expr::Path("t")}, item));
        EXPECT_FALSE(
            evaluate(expr::Condition::Compare{op, expr::Path("m"), expr::Path("m")}, item));
    }
    // The same values are equal to themselves.
    for (const auto& [attribute, value] : pairs) {
        SCOPED_TRACE(attribute);
        const bool same = item.contains(attribute) && item.at(attribute) == value;
        EXPECT_EQ(
            evaluate(expr::Condition::Compare{expr::Comparator::EQ, expr::Path(attribute), value},
                     item),
            same);
    }
}

TEST(EvaluateOrdering, ValuesMayStandOnEitherSide) {
    const Item item{{"n", 5}};
    EXPECT_TRUE(holds(":v < n", item, {{":v", 4}}));
    EXPECT_FALSE(holds(":v > n", item, {{":v", 4}}));
    EXPECT_TRUE(holds(":a < :b", item, {{":a", 1}, {":b", 2}}));
}

// ---- BETWEEN and IN ----------------------------------------------------------------------

TEST(EvaluateBetween, IncludesBothBounds) {
    const Request request{{}, {{":lo", 10}, {":hi", 20}}};
    const expr::Condition between = request.condition("n BETWEEN :lo AND :hi");
    EXPECT_FALSE(evaluate(between, {{"n", 9}}));
    EXPECT_TRUE(evaluate(between, {{"n", 10}}));
    EXPECT_TRUE(evaluate(between, {{"n", num("15.5")}}));
    EXPECT_TRUE(evaluate(between, {{"n", 20}}));
    EXPECT_FALSE(evaluate(between, {{"n", num("20.0000001")}}));
    EXPECT_FALSE(evaluate(between, {{"n", "15"}}));
    EXPECT_FALSE(evaluate(between, {}));
}

TEST(EvaluateBetween, StringsAndBinaryUseTheirByteOrder) {
    EXPECT_TRUE(holds("s BETWEEN :lo AND :hi", {{"s", "banana"}}, {{":lo", "b"}, {":hi", "c"}}));
    EXPECT_FALSE(holds("s BETWEEN :lo AND :hi", {{"s", "c1"}}, {{":lo", "b"}, {":hi", "c"}}));
    EXPECT_TRUE(holds("b BETWEEN :lo AND :hi", {{"b", bin("\x03\x04")}},
                      {{":lo", bin("\x01\x02")}, {":hi", bin("\x03\x04")}}));
    EXPECT_FALSE(holds("b BETWEEN :lo AND :hi", {{"b", bin("\x05")}},
                       {{":lo", bin("\x01\x02")}, {":hi", bin("\x03\x04")}}));
}

TEST(EvaluateIn, MatchesAnyEqualCandidate) {
    const Item values{{":a", "alice"}, {":b", "carol"}, {":c", 3}};
    EXPECT_TRUE(holds("n IN (:a, :b, :c)", {{"n", "carol"}}, values));
    EXPECT_TRUE(holds("n IN (:a, :b, :c)", {{"n", num("3.0")}}, values));
    EXPECT_FALSE(holds("n IN (:a, :b, :c)", {{"n", "bob"}}, values));
    EXPECT_FALSE(holds("n IN (:a, :b, :c)", {{"n", "3"}}, values));
    EXPECT_FALSE(holds("n IN (:a, :b, :c)", {}, values));
    EXPECT_TRUE(holds("m IN (:a, :m)", {{"m", Map{{"k", ss({"x", "y"})}}}},
                      {{":a", "alice"}, {":m", Map{{"k", ss({"y", "x"})}}}}));
}

TEST(EvaluateIn, CandidatesMayBePaths) {
    const Item item{{"n", 2}, {"x", 1}, {"y", 2}};
    EXPECT_TRUE(holds("n IN (x, y)", item));
    EXPECT_FALSE(holds("n IN (x, absent)", item));
}

// ---- NOT, AND, OR ------------------------------------------------------------------------

TEST(EvaluateLogic, CombinesConditions) {
    const Item item{{"a", 1}, {"b", 2}};
    const Item values{{":one", 1}, {":two", 2}};
    EXPECT_TRUE(holds("a = :one AND b = :two", item, values));
    EXPECT_FALSE(holds("a = :two AND b = :two", item, values));
    EXPECT_TRUE(holds("a = :two OR b = :two", item, values));
    EXPECT_FALSE(holds("a = :two OR b = :one", item, values));
    EXPECT_TRUE(holds("NOT a = :two", item, values));
    EXPECT_FALSE(holds("NOT (a = :one AND b = :two)", item, values));
    // AND binds tighter than OR.
    EXPECT_TRUE(holds("a = :one OR a = :two AND b = :one", item, values));
    EXPECT_FALSE(holds("(a = :one OR a = :two) AND b = :one", item, values));
    // NOT of a comparison with an absent attribute.
    EXPECT_TRUE(holds("NOT absent = :one", item, values));
    EXPECT_FALSE(holds("NOT absent <> :one", item, values));
}

TEST(EvaluateLogic, NamesComeFromThePlaceholders) {
    const Request request{{{"#n", "name"}, {"#d", "a.b"}}, {{":v", "x"}}};
    const Item item{{"name", "x"}, {"a.b", "x"}, {"a", Map{{"b", "y"}}}};
    EXPECT_TRUE(evaluate(request.condition("#n = :v"), item));
    EXPECT_TRUE(evaluate(request.condition("#d = :v"), item));  // one name with a dot in it
    EXPECT_TRUE(evaluate(request.filter("#n = :v AND NOT #d <> :v"), item));
}

}  // namespace
}  // namespace dynamorm::local
