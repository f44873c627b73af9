// Key conditions: what a KeyConditionExpression may say, and matching one to a key schema.

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::key_condition_refusal;
using testing::path;
using testing::Request;
using Op = RangeKeyCondition::Op;

Request request() {
    Request r;
    r.names = {{"#id", "id"}};
    r.values = {{":v", "x"}, {":w", "y"}, {":a", 1}, {":b", 2}};
    return r;
}

const KeyAttribute kId{"id", Type::S};
const KeyAttribute kSk{"sk", Type::N};

KeyConditionMatch match(std::string_view text, const std::optional<KeyAttribute>& range = kSk) {
    return match_key_schema(request().key_condition(text), kId, range);
}

std::string match_refusal(std::string_view text, const std::optional<KeyAttribute>& range = kSk) {
    return testing::refusal([&] { match(text, range); });
}

TEST(ParseKeyConditionTest, ReadsAHashKeyAndARangeKeyCondition) {
    const Request r = request();
    const Condition id_is_x = Condition::Compare{Comparator::EQ, path("id"), AttributeValue("x")};
    const Condition sk_starts = Condition::BeginsWith{path("sk"), AttributeValue("y")};
    const Condition sk_between =
        Condition::Between{path("sk"), AttributeValue(1), AttributeValue(2)};
    EXPECT_EQ(r.key_condition("id = :v"), id_is_x);
    EXPECT_EQ(r.key_condition("#id = :v AND begins_with(sk, :w)"), id_is_x & sk_starts);
    EXPECT_EQ(r.key_condition("(id = :v) and (sk between :a and :b)"), id_is_x & sk_between);
}

TEST(ParseKeyConditionTest, RefusesOperatorsAKeyConditionCannotUse) {
    Request r;
    r.values = {{":a", "S"}};
    const std::pair<const char*, const char*> cases[] = {
        {"a > b and size(b) > c or a > c", "OR"},
        {"a in (b, size(c), d)", "IN"},
        {"attribute_exists(a)", "attribute_exists"},
        {"attribute_not_exists(a)", "attribute_not_exists"},
        {"attribute_type(a, :a)", "attribute_type"},
        {"contains(a.d, b)", "contains"},
        {"not a > b", "NOT"},
        {"a <> b", "<>"},
    };
    for (const auto& [text, op] : cases) {
        EXPECT_EQ(key_condition_refusal(r, text),
                  "Invalid operator used in KeyConditionExpression: " + std::string(op))
            << text;
    }
}

TEST(ParseKeyConditionTest, RefusesConditionsNotOnOneKeyAttribute) {
    Request r;
    r.values = {{":a", "1"}, {":b", "1"}};
    const std::pair<const char*, const char*> cases[] = {
        {":a between size(b) and size(a) and b > :b",
         "Invalid condition in KeyConditionExpression: BETWEEN operator must have the key "
         "attribute as its first operand"},
        {"begins_with(:a, b) and a > :b",
         "Invalid condition in KeyConditionExpression: begins_with operator must have the key "
         "attribute as its first operand"},
        {"size(b) > a AND a.b > b AND b > c",
         "KeyConditionExpressions cannot contain nested operations"},
        {"a > size(b.d)", "KeyConditionExpressions cannot contain nested operations"},
        {"a between size(b) and size(a)",
         "KeyConditionExpressions cannot contain nested operations"},
        {"b > a.b",
         "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
         "condition"},
        {"b between c[1] and d",
         "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
         "condition"},
        {"a between b and size(a)",
         "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
         "condition"},
        {"begins_with(a, b)",
         "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
         "condition"},
        {"b.d > a AND c.d > e.f",
         "KeyConditionExpressions cannot have conditions on nested "
         "attributes"},
        {"a.d > c", "KeyConditionExpressions cannot have conditions on nested attributes"},
        {"b[0] > a", "KeyConditionExpressions cannot have conditions on nested attributes"},
        {":b > :a AND a < :b",
         "Invalid condition in KeyConditionExpression: No key attribute specified"},
        {":a > b AND :a < :b",
         "Invalid condition in KeyConditionExpression: No key attribute specified"},
    };
    for (const auto& [text, message] : cases) {
        EXPECT_EQ(key_condition_refusal(r, text), message) << text;
    }
}

TEST(ParseKeyConditionTest, RefusesTwoConditionsOnOneKeyAndTooManyConditions) {
    Request r;
    r.values = {{":a", 1}};
    EXPECT_EQ(key_condition_refusal(r, "b > :a AND b < :a and c = :a and d = :a"),
              "KeyConditionExpressions must only contain one condition per key");
    EXPECT_EQ(key_condition_refusal(r, "(a > :a and b > :a) and (b > :a and c > :a)"),
              "KeyConditionExpressions must only contain one condition per key");
    EXPECT_EQ(key_condition_refusal(r, ":a = a and b = :a and :a = c"),
              "Conditions can be of length 1 or 2 only");
    EXPECT_EQ(key_condition_refusal(
                  r, "(a > :a and b > :a) and (c > :a and d > :a) and (e > :a and f > :a)"),
              "Conditions can be of length 1 or 2 only");
}

TEST(ParseKeyConditionTest, MakesTheChecksOfAnyConditionFirst) {
    Request r;
    r.values = {{":a", "a"}, {":b", 1}, {":n", 1}};
    EXPECT_EQ(key_condition_refusal(r, "a between :b and :a"),
              "Invalid KeyConditionExpression: The BETWEEN operator requires same data type for "
              "lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound "
              "operand: AttributeValue: {S:a}");
    EXPECT_EQ(key_condition_refusal(r, "attribute_type(a, :n)"),
              "Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
              "operator or function: attribute_type, operand type: N");
    EXPECT_EQ(key_condition_refusal(r, "id = :v"),
              "Invalid KeyConditionExpression: An expression attribute value used in expression "
              "is not defined; attribute value: :v");
}

TEST(ParseKeyConditionTest, MatchesTheHashKeyAndTheRangeKey) {
    EXPECT_EQ(match("id = :v", std::nullopt), (KeyConditionMatch{"x", std::nullopt}));
    EXPECT_EQ(match("id = :v"), (KeyConditionMatch{"x", std::nullopt}));
    EXPECT_EQ(match("id = :v AND sk = :a"),
              (KeyConditionMatch{"x", RangeKeyCondition{Op::EQ, 1, std::nullopt}}));
    EXPECT_EQ(match("sk <= :a AND :v = #id"),
              (KeyConditionMatch{"x", RangeKeyCondition{Op::LE, 1, std::nullopt}}));
    EXPECT_EQ(match("id = :v AND sk BETWEEN :a AND :b"),
              (KeyConditionMatch{"x", RangeKeyCondition{Op::BETWEEN, 1, AttributeValue(2)}}));
}

TEST(ParseKeyConditionTest, TurnsAValueOnTheLeftAround) {
    const std::pair<const char*, Op> cases[] = {
        {":a < sk", Op::GT},  {":a <= sk", Op::GE}, {":a > sk", Op::LT},
        {":a >= sk", Op::LE}, {":a = sk", Op::EQ},  {"sk < :a", Op::LT},
        {"sk <= :a", Op::LE}, {"sk > :a", Op::GT},  {"sk >= :a", Op::GE}};
    for (const auto& [text, op] : cases) {
        const KeyConditionMatch m = match("id = :v AND " + std::string(text));
        ASSERT_TRUE(m.range.has_value()) << text;
        EXPECT_EQ(m.range->op, op) << text;
        EXPECT_EQ(m.range->value, AttributeValue(1)) << text;
    }
}

TEST(ParseKeyConditionTest, ReadsBeginsWithOnTheRangeKey) {
    const KeyAttribute text_range{"sk", Type::S};
    EXPECT_EQ(match("id = :v AND begins_with(sk, :w)", text_range),
              (KeyConditionMatch{"x", RangeKeyCondition{Op::BEGINS_WITH, "y", std::nullopt}}));
}

TEST(ParseKeyConditionTest, RefusesConditionsThatMissTheKeySchema) {
    EXPECT_EQ(match_refusal("sk = :a"), "Query condition missed key schema element: id");
    EXPECT_EQ(match_refusal("z = :v"), "Query condition missed key schema element: id");
    EXPECT_EQ(match_refusal("id = :v AND z = :a"), "Query condition missed key schema element: sk");
    EXPECT_EQ(match_refusal("id = :v AND sk = :a", std::nullopt),
              "Query key condition not supported");
    EXPECT_EQ(match_refusal("y = :v and z = :v", std::nullopt),
              "Query key condition not supported");
    for (const char* text : {"id > :v", "id BETWEEN :v AND :w", "begins_with(id, :v)"}) {
        EXPECT_EQ(match_refusal(text), "Query key condition not supported") << text;
    }
}

TEST(ParseKeyConditionTest, RefusesValuesOfAnotherTypeThanTheKey) {
    EXPECT_EQ(match_refusal("id = :a"),
              "One or more parameter values were invalid: Condition parameter type does not "
              "match schema type");
    EXPECT_EQ(match_refusal("id = :v AND sk BETWEEN :a AND :v"),
              "Invalid KeyConditionExpression: The BETWEEN operator requires same data type for "
              "lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound "
              "operand: AttributeValue: {S:x}");
    EXPECT_EQ(match_refusal("id = :v AND sk > :w"),
              "One or more parameter values were invalid: Condition parameter type does not "
              "match schema type");
    // Without a type, any value goes.
    const Condition numeric_id = request().key_condition("id = :a");
    EXPECT_EQ(match_key_schema(numeric_id, KeyAttribute{"id", std::nullopt}),
              (KeyConditionMatch{1, std::nullopt}));
}

TEST(ParseKeyConditionTest, RefusesAnEmptyStringAsAKeyValue) {
    Request r;
    r.values = {{":e", ""}};
    EXPECT_EQ(testing::refusal([&] { match_key_schema(r.key_condition("id = :e"), kId); }),
              "One or more parameter values are not valid. The AttributeValue for a key "
              "attribute cannot contain an empty string value. Key: id");
}

TEST(ParseKeyConditionTest, ChecksTheShapeOfATreeBuiltByHand) {
    const Condition either = Condition::Compare{Comparator::EQ, path("id"), AttributeValue("x")} |
                             Condition::Compare{Comparator::EQ, path("id"), AttributeValue("y")};
    EXPECT_EQ(testing::refusal([&] { match_key_schema(either, kId); }),
              "Invalid operator used in KeyConditionExpression: OR");
}

}  // namespace
}  // namespace dynamorm::expr
