// What the parser accepts as a condition, and the trees it builds.

#include <gtest/gtest.h>

#include "dynamorm/expr/parse.hpp"
#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::path;
using testing::Request;

Request request() {
    Request r;
    r.names = {{"#n", "name"}, {"#dot", "with.dot"}, {"#k", "key"}};
    r.values = {{":v", "x"}, {":w", 7}, {":lo", 1}, {":hi", 9}, {":t", "S"}};
    return r;
}

Condition eq(std::string_view dotted, AttributeValue value) {
    return Condition::Compare{Comparator::EQ, path(dotted), std::move(value)};
}

TEST(ParseConditionTest, ReadsEveryComparator) {
    const Request r = request();
    const std::pair<std::string_view, Comparator> cases[] = {
        {"=", Comparator::EQ},  {"<>", Comparator::NE}, {"<", Comparator::LT},
        {"<=", Comparator::LE}, {">", Comparator::GT},  {">=", Comparator::GE}};
    for (const auto& [symbol, op] : cases) {
        const std::string text = "a " + std::string(symbol) + " :w";
        EXPECT_EQ(r.condition(text),
                  Condition(Condition::Compare{op, path("a"), AttributeValue(7)}))
            << text;
    }
}

TEST(ParseConditionTest, ResolvesPlaceholdersAndNestedPaths) {
    const Request r = request();
    EXPECT_EQ(r.condition("#n.b[2].#k = :v"), eq("name.b[2].key", "x"));
    // A name taken from a placeholder is one path element, dots and all.
    EXPECT_EQ(r.condition("#dot = :v"),
              Condition(Condition::Compare{Comparator::EQ, Path("with.dot"), AttributeValue("x")}));
    EXPECT_EQ(r.condition("a[0][1] = :v"), eq("a[0][1]", "x"));
}

TEST(ParseConditionTest, KeepsOperandsInTheOrderWritten) {
    const Request r = request();
    EXPECT_EQ(r.condition(":w < a"),
              Condition(Condition::Compare{Comparator::LT, AttributeValue(7), path("a")}));
    EXPECT_EQ(r.condition("a = b"),
              Condition(Condition::Compare{Comparator::EQ, path("a"), path("b")}));
}

TEST(ParseConditionTest, ReadsBetweenAndIn) {
    const Request r = request();
    EXPECT_EQ(r.condition("a BETWEEN :lo AND :hi"),
              Condition(Condition::Between{path("a"), AttributeValue(1), AttributeValue(9)}));
    EXPECT_EQ(
        r.condition("a IN (:lo, b, :v)"),
        Condition(Condition::In{path("a"), {AttributeValue(1), path("b"), AttributeValue("x")}}));
    EXPECT_EQ(r.condition("a IN (:v)"), Condition(Condition::In{path("a"), {AttributeValue("x")}}));
}

TEST(ParseConditionTest, ReadsEveryFunction) {
    const Request r = request();
    EXPECT_EQ(r.condition("attribute_exists(a.b)"),
              Condition(Condition::AttributeExists{path("a.b")}));
    EXPECT_EQ(r.condition("attribute_not_exists(#n)"),
              Condition(Condition::AttributeNotExists{Path("name")}));
    EXPECT_EQ(r.condition("attribute_type(a, :t)"),
              Condition(Condition::AttributeType{path("a"), AttributeValue("S")}));
    EXPECT_EQ(r.condition("begins_with(a, :v)"),
              Condition(Condition::BeginsWith{path("a"), AttributeValue("x")}));
    EXPECT_EQ(r.condition("contains(a, b)"), Condition(Condition::Contains{path("a"), path("b")}));
    EXPECT_EQ(
        r.condition("size(a) > :w"),
        Condition(Condition::Compare{Comparator::GT, Operand::Size{path("a")}, AttributeValue(7)}));
    EXPECT_EQ(r.condition("size(a) BETWEEN size(b) AND :w"),
              Condition(Condition::Between{Operand::Size{path("a")}, Operand::Size{path("b")},
                                           AttributeValue(7)}));
}

TEST(ParseConditionTest, ReadsKeywordsInAnyCase) {
    const Request r = request();
    const Condition expected =
        Condition::And{Condition::Between{path("a"), AttributeValue(1), AttributeValue(9)},
                       Condition::Not{Condition::In{path("b"), {AttributeValue("x")}}}};
    EXPECT_EQ(r.condition("a BETWEEN :lo AND :hi AND NOT b IN (:v)"), expected);
    EXPECT_EQ(r.condition("a between :lo and :hi and not b in (:v)"), expected);
    EXPECT_EQ(r.condition("a bEtWeEn :lo AnD :hi aNd NoT b In (:v)"), expected);
    EXPECT_EQ(r.condition("a = :v Or b = :v"), Condition(eq("a", "x") | eq("b", "x")));
}

TEST(ParseConditionTest, IgnoresWhitespaceBetweenTokens) {
    const Request r = request();
    const Condition expected = eq("a.b[1]", "x") & Condition::AttributeExists{path("c")};
    EXPECT_EQ(r.condition("a.b[1]=:v AND attribute_exists(c)"), expected);
    EXPECT_EQ(r.condition(" \t\r\na . b [ 1 ]\n=\t:v  AND attribute_exists ( c ) \n"), expected);
}

TEST(ParseConditionTest, BindsNotThenAndThenOr) {
    const Request r = request();
    const Condition a = eq("a", "x");
    const Condition b = eq("b", "x");
    const Condition c = eq("c", "x");
    EXPECT_EQ(r.condition("a = :v OR b = :v AND c = :v"), a | (b & c));
    EXPECT_EQ(r.condition("a = :v AND b = :v OR c = :v"), (a & b) | c);
    EXPECT_EQ(r.condition("NOT a = :v AND b = :v"), (!a) & b);
    EXPECT_EQ(r.condition("NOT a = :v OR b = :v"), (!a) | b);
    EXPECT_EQ(r.condition("NOT (a = :v OR b = :v)"), !(a | b));
    EXPECT_EQ(r.condition("(a = :v OR b = :v) AND c = :v"), (a | b) & c);
}

TEST(ParseConditionTest, GroupsAndAndOrFromTheLeft) {
    const Request r = request();
    const Condition a = eq("a", "x");
    const Condition b = eq("b", "x");
    const Condition c = eq("c", "x");
    EXPECT_EQ(r.condition("a = :v AND b = :v AND c = :v"), (a & b) & c);
    EXPECT_EQ(r.condition("a = :v OR b = :v OR c = :v"), (a | b) | c);
    EXPECT_EQ(r.condition("a = :v AND (b = :v AND c = :v)"), a & (b & c));
}

TEST(ParseConditionTest, StacksNot) {
    const Request r = request();
    EXPECT_EQ(r.condition("NOT NOT a = :v"), !!eq("a", "x"));
    EXPECT_EQ(r.condition("not not not attribute_exists(a)"),
              !!!Condition(Condition::AttributeExists{path("a")}));
}

TEST(ParseConditionTest, TakesOneParenthesisAroundAnOperandOrACondition) {
    const Request r = request();
    EXPECT_EQ(r.condition("(a) = :v"), eq("a", "x"));
    EXPECT_EQ(r.condition("(a = :v)"), eq("a", "x"));
    EXPECT_EQ(r.condition("a = (:v)"), eq("a", "x"));
    EXPECT_EQ(
        r.condition("(size(a)) > (:w)"),
        Condition(Condition::Compare{Comparator::GT, Operand::Size{path("a")}, AttributeValue(7)}));
    EXPECT_EQ(r.condition("(attribute_exists(a))"),
              Condition(Condition::AttributeExists{path("a")}));
    EXPECT_EQ(r.condition("(attribute_exists(a)) AND b = :v"),
              Condition::AttributeExists{path("a")} & eq("b", "x"));
    EXPECT_EQ(r.condition("((a = :v) AND b = :v)"), eq("a", "x") & eq("b", "x"));
    EXPECT_EQ(r.condition("(a)BETWEEN(:lo)AND(:hi)"),
              Condition(Condition::Between{path("a"), AttributeValue(1), AttributeValue(9)}));
    EXPECT_EQ(r.condition("begins_with((a), (:v))"),
              Condition(Condition::BeginsWith{path("a"), AttributeValue("x")}));
}

TEST(ParseConditionTest, ReadsAFilterByTheSameGrammar) {
    const Request r = request();
    const Condition size_below =
        Condition::Compare{Comparator::LT, Operand::Size{path("b")}, AttributeValue(7)};
    EXPECT_EQ(r.filter("a = :v AND size(b) < :w"), eq("a", "x") & size_below);
}

TEST(ParseConditionTest, AcceptsTheLimitsThemselves) {
    Request r;
    r.values = {{":v", 1}};
    // 4096 bytes.
    std::string padded = "a" + std::string(4096 - 6, ' ') + " = :v";
    ASSERT_EQ(padded.size(), 4096u);
    EXPECT_EQ(r.condition(padded), eq("a", 1));
    // 300 operators: 150 comparisons joined by 149 ORs, plus a NOT.
    std::string many = "NOT a = :v";
    for (int i = 0; i < 149; ++i)
        many += " OR a = :v";
    EXPECT_NO_THROW(r.condition(many));
    // 32 levels.
    std::string deep = "a";
    for (int i = 1; i < 32; ++i)
        deep += ".b";
    EXPECT_NO_THROW(r.condition("attribute_exists(" + deep + ") OR a = :v"));
    // 100 candidates.
    std::string in = "a IN (:v";
    for (int i = 1; i < 100; ++i)
        in += ", :v";
    EXPECT_NO_THROW(r.condition(in + ")"));
    // The highest list index.
    EXPECT_EQ(r.condition("a[4294967294] = :v"), eq("a[4294967294]", 1));
}

}  // namespace
}  // namespace dynamorm::expr
