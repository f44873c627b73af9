// The checks DynamoDB makes on a condition after reading its syntax, with its messages and in
// its order. Most cases are the answers DynamoDB gave in dynalite's test suite.

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::condition_refusal;
using testing::filter_refusal;
using testing::Request;

Request with_value(AttributeValue value) {
    Request r;
    r.values = {{":a", std::move(value)}};
    return r;
}

TEST(ParseConditionErrorTest, RefusesUnknownFunctions) {
    const Request r;
    EXPECT_EQ(filter_refusal(r, "a=a and whatever((:things)) > a"),
              "Invalid FilterExpression: Invalid function name; function: whatever");
    // Function names are case-sensitive.
    EXPECT_EQ(filter_refusal(r, "attRIbute_exIsts((views), #a)"),
              "Invalid FilterExpression: Invalid function name; function: attRIbute_exIsts");
    EXPECT_EQ(filter_refusal(r, "a = if_not_exists(b, c)"),
              "Invalid FilterExpression: The function is not allowed in a condition expression; "
              "function: if_not_exists");
}

TEST(ParseConditionErrorTest, RefusesFunctionsWhereTheyCannotBe) {
    const Request r;
    const std::pair<const char*, const char*> cases[] = {
        {"a=a and attribute_exists((views), (#a)) > b", "attribute_exists"},
        {"attribute_not_exists(things) > b", "attribute_not_exists"},
        {"attribute_type(things, :a) > b", "attribute_type"},
        {"begins_with(things, a) > b", "begins_with"},
        {"contains(:things, c) > b", "contains"},
        {"size(contains(a, b)) > a", "contains"},
        {"size(things)", "size"},
        {"NOT size(things)", "size"},
        {"a between b and attribute_exists(things)", "attribute_exists"},
        {"a in (b, attribute_exists(things))", "attribute_exists"},
    };
    for (const auto& [text, function] : cases) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: The function is not allowed to be used this way in an "
                  "expression; function: " +
                      std::string(function))
            << text;
    }
}

TEST(ParseConditionErrorTest, RefusesReservedWordsAsBareNames) {
    const Request r;
    EXPECT_EQ(filter_refusal(r, "attribute_exists(views, #a)"),
              "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: "
              "views");
    EXPECT_EQ(filter_refusal(r, ":a < abOrT"),
              "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: "
              "abOrT");
    EXPECT_EQ(condition_refusal(r, "a.b.name = c"),
              "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved "
              "keyword: name");
    Request named;
    named.names = {{"#n", "name"}};
    named.values = {{":v", 1}};
    EXPECT_EQ(condition_refusal(named, "a.#n = :v"), "(accepted)");
}

TEST(ParseConditionErrorTest, RefusesUndefinedNames) {
    const Request r;
    const std::pair<const char*, const char*> cases[] = {
        {"attribute_exists(#Pictures.RearView, :a) and a=a", "#Pictures"},
        {"begins_with(Pictures.#RearView)", "#RearView"},
        {"(#P between :lo and :hi) and (#PC in (:cat1, :cat2))", "#P"},
        {"#4g > a", "#4g"},
        {"#_ > a", "#_"},
        {"(a)between(b.c[45].#d)and(:a)", "#d"},
    };
    for (const auto& [text, placeholder] : cases) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: An expression attribute name used in the document "
                  "path is not defined; attribute name: " +
                      std::string(placeholder))
            << text;
    }
}

TEST(ParseConditionErrorTest, RefusesUndefinedValues) {
    const Request r;
    const std::pair<const char*, const char*> cases[] = {
        {"begins_with(:hello, #a, #b)", ":hello"},
        {":a < :b", ":a"},
        {":_ > a", ":_"},
    };
    for (const auto& [text, placeholder] : cases) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: An expression attribute value used in expression is "
                  "not defined; attribute value: " +
                      std::string(placeholder))
            << text;
    }
}

TEST(ParseConditionErrorTest, RefusesWrongNumbersOfOperands) {
    const Request r;
    const std::tuple<const char*, const char*, int> cases[] = {
        {"attribute_exists(things, a) and a=a", "attribute_exists", 2},
        {"attribute_not_exists(things, b)", "attribute_not_exists", 2},
        {"attribute_type(things)", "attribute_type", 1},
        {"begins_with(things)", "begins_with", 1},
        {"begins_with(things, size(a), b)", "begins_with", 3},
        {"contains(things)", "contains", 1},
        {"size(things, a) > b", "size", 2},
    };
    for (const auto& [text, function, count] : cases) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: Incorrect number of operands for operator or "
                  "function; operator or function: " +
                      std::string(function) + ", number of operands: " + std::to_string(count))
            << text;
    }
}

TEST(ParseConditionErrorTest, RefusesOperandsOfTheWrongType) {
    const std::tuple<const char*, AttributeValue, const char*> cases[] = {
        {"attribute_type(a, size(a)) and a=a and a=:a", AttributeValue(1), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(1), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(Binary{"a"}), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(true), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(Null{}), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(List{}), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(Map{}), "attribute_type"},
        {"attribute_type(a, :a)", AttributeValue(StringSet{"1"}), "attribute_type"},
        {"begins_with(a, size(a)) and a=:a", AttributeValue(1), "begins_with"},
        {"begins_with(a, :a)", AttributeValue(1), "begins_with"},
        {"begins_with(a, :a)", AttributeValue(true), "begins_with"},
        {"begins_with(a, :a)", AttributeValue(Map{}), "begins_with"},
        {"begins_with(a, :a)", AttributeValue(NumberSet{Number(1)}), "begins_with"},
        {"begins_with(:a, a)", AttributeValue(Null{}), "begins_with"},
        {"begins_with(:a, a)", AttributeValue(List{}), "begins_with"},
        {"size(size(a)) > :a", AttributeValue(1), "size"},
        {"attribute_not_exists(size(:a))", AttributeValue(1), "size"},
        {"size(:a) > a", AttributeValue(true), "size"},
        {"size(:a) > a", AttributeValue(Null{}), "size"},
        // Only = and <> take values that have no order.
        {"a < :a", AttributeValue(List{}), "<"},
        {":a >= a", AttributeValue(true), ">="},
        {"a BETWEEN :a AND b", AttributeValue(Map{}), "BETWEEN"},
    };
    for (const auto& [text, value, function] : cases) {
        EXPECT_EQ(filter_refusal(with_value(value), text),
                  "Invalid FilterExpression: Incorrect operand type for operator or function; "
                  "operator or function: " +
                      std::string(function) +
                      ", operand type: " + std::string(type_name(value.type())))
            << text << " with " << type_name(value.type());
    }
    EXPECT_EQ(filter_refusal(with_value(1), "a = :a AND a <> :a"), "(accepted)");
    EXPECT_EQ(filter_refusal(with_value(List{}), "a = :a OR a <> :a OR contains(a, :a)"),
              "(accepted)");
}

TEST(ParseConditionErrorTest, NamesEveryTypeAttributeTypeTakes) {
    EXPECT_EQ(filter_refusal(with_value("1"), "attribute_type(a, :a)"),
              "Invalid FilterExpression: Invalid attribute type name found; type: 1, valid "
              "types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    EXPECT_EQ(filter_refusal(with_value("s"), "attribute_type(a, :a)"),
              "Invalid FilterExpression: Invalid attribute type name found; type: s, valid "
              "types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    EXPECT_EQ(filter_refusal(Request{}, "attribute_type(a, b)"),
              "Invalid FilterExpression: Incorrect operand type for operator or function; "
              "operator or function: attribute_type, operand type: "
              "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}");
    for (const char* type : {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"}) {
        EXPECT_EQ(filter_refusal(with_value(type), "attribute_type(a, :a)"), "(accepted)") << type;
    }
}

TEST(ParseConditionErrorTest, RequiresAPathWhereAFunctionTakesOne) {
    const Request r = with_value("1");
    EXPECT_EQ(filter_refusal(r, "attribute_exists(:a) and a=a"),
              "Invalid FilterExpression: Operator or function requires a document path; operator "
              "or function: attribute_exists");
    EXPECT_EQ(filter_refusal(r, "attribute_not_exists(size(:a))"),
              "Invalid FilterExpression: Operator or function requires a document path; operator "
              "or function: attribute_not_exists");
    EXPECT_EQ(filter_refusal(r, "attribute_type(:a, :a)"),
              "Invalid FilterExpression: Operator or function requires a document path; operator "
              "or function: attribute_type");
}

TEST(ParseConditionErrorTest, RefusesTheFirstOperandAmongTheOthers) {
    Request r;
    r.names = {{"#a", "a"}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"a = a AND #a = b AND :views > a", "=", "[a]"},
        {"#a <> a", "<>", "[a]"},
        {"a > #a", ">", "[a]"},
        {"((a=a) OR (a=a))", "=", "[a]"},
        {"((a=a) AND (a=a))", "=", "[a]"},
        {"contains(ab.bc[1].a, ab.bc[1].#a)", "contains", "[ab, bc, [1], a]"},
        {"attribute_type(ab.bc[1].#a, ab.bc[1].a)", "attribute_type", "[ab, bc, [1], a]"},
        {"begins_with(ab.bc[1].a, ab.bc[1].#a)", "begins_with", "[ab, bc, [1], a]"},
        {"a BETWEEN b AND #a", "BETWEEN", "[a]"},
        {"a IN (b, c, #a)", "IN", "[a]"},
    };
    for (const auto& [text, op, first] : cases) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: The first operand must be distinct from the "
                  "remaining operands for this operator or function; operator: " +
                      std::string(op) + ", first operand: " + first)
            << text;
    }
    // Values may repeat, and so may paths after the first operand.
    Request values;
    values.values = {{":a", 1}};
    EXPECT_EQ(filter_refusal(values, ":a = :a AND b IN (a, a)"), "(accepted)");
}

TEST(ParseConditionErrorTest, RefusesBetweenBoundsOutOfOrderOrOfTwoTypes) {
    Request r;
    r.values = {{":a", "a"}, {":b", 1}};
    EXPECT_EQ(condition_refusal(r, "x between :b and :a"),
              "Invalid ConditionExpression: The BETWEEN operator requires same data type for "
              "lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound "
              "operand: AttributeValue: {S:a}");
    r.values = {{":a", "a"}, {":b", "b"}};
    EXPECT_EQ(condition_refusal(r, "x between :b and :a"),
              "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
              "greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, "
              "upper bound operand: AttributeValue: {S:a}");
    r.values = {{":a", 10}, {":b", 9.5}};
    EXPECT_EQ(condition_refusal(r, "x between :a and :b"),
              "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
              "greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, "
              "upper bound operand: AttributeValue: {N:9.5}");
    EXPECT_EQ(condition_refusal(r, "x between :b and :a AND x between :a and :a"), "(accepted)");
    // Strings compare by their UTF-8 bytes: "é" (C3 A9) comes after "z".
    r.values = {{":a", "z"}, {":b", "\xC3\xA9"}};
    EXPECT_EQ(condition_refusal(r, "x between :a and :b"), "(accepted)");
    r.values = {{":a", Binary{"\x02"}}, {":b", Binary{"\x01\xFF"}}};
    EXPECT_EQ(condition_refusal(r, "x between :a and :b"),
              "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be "
              "greater than or equal to lower bound; lower bound operand: AttributeValue: "
              "{B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}, upper bound operand: "
              "AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]}");
}

TEST(ParseConditionErrorTest, RefusesInWithMoreThan100Candidates) {
    Request r;
    r.values = {{":v", 1}};
    std::string text = "a IN (:v";
    for (int i = 1; i < 101; ++i)
        text += ",:v";
    EXPECT_EQ(condition_refusal(r, text + ")"),
              "Invalid ConditionExpression: The IN operator is provided with too many operands; "
              "number of operands: 101");
}

TEST(ParseConditionErrorTest, RefusesPathsDeeperThan32Levels) {
    const Request r;
    std::string deep = "a";
    for (int i = 0; i < 32; ++i)
        deep += ".b";
    EXPECT_EQ(condition_refusal(r, "attribute_exists(" + deep + ")"),
              "Invalid ConditionExpression: The document path has too many nesting levels; "
              "nesting levels: 33");
    EXPECT_EQ(condition_refusal(r, "attribute_exists(" + deep.substr(2) + ")"), "(accepted)");
}

TEST(ParseConditionErrorTest, RefusesListIndexesOutOfRange) {
    const Request r;
    EXPECT_EQ(condition_refusal(r, "attribute_exists(a[4294967295])"),
              "Invalid ConditionExpression: List index is not within the allowable range; index: "
              "[4294967295]");
    EXPECT_EQ(condition_refusal(r, "attribute_exists(a.b[99999999999999999999999].c)"),
              "Invalid ConditionExpression: List index is not within the allowable range; index: "
              "[99999999999999999999999]");
}

TEST(ParseConditionErrorTest, ReportsProblemsInDynamoDBsOrder) {
    Request r;
    r.values = {{":n", 1}};
    // An unknown function before a misused one, before a reserved word, before the rest.
    EXPECT_EQ(filter_refusal(r, "size(a) AND name = :x AND nope(b)"),
              "Invalid FilterExpression: Invalid function name; function: nope");
    EXPECT_EQ(filter_refusal(r, "name = :x AND size(a)"),
              "Invalid FilterExpression: The function is not allowed to be used this way in an "
              "expression; function: size");
    EXPECT_EQ(filter_refusal(r, "a = a AND name = :x"),
              "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: "
              "name");
    // Then condition by condition: the first condition with a problem decides...
    EXPECT_EQ(filter_refusal(r, "a = a AND b = :x"),
              "Invalid FilterExpression: The first operand must be distinct from the remaining "
              "operands for this operator or function; operator: =, first operand: [a]");
    // ... and within it, an undefined placeholder before the rest.
    EXPECT_EQ(filter_refusal(r, "begins_with(a, :n, :x)"),
              "Invalid FilterExpression: An expression attribute value used in expression is not "
              "defined; attribute value: :x");
}

}  // namespace
}  // namespace dynamorm::expr
