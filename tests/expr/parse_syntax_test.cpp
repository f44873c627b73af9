// Syntax errors, empty and oversized expressions: DynamoDB's messages, word for word. The
// token and "near" text follow DynamoDB's rule: the token where reading stopped, and the text
// from the token before it to the token after it. Several cases are answers DynamoDB gave to
// real requests.

#include <gtest/gtest.h>

#include <string>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::condition_refusal;
using testing::filter_refusal;
using testing::key_condition_refusal;
using testing::projection_refusal;
using testing::Request;
using testing::update_refusal;

TEST(ParseSyntaxTest, NamesTheTokenAndTheTextAroundIt) {
    Request r;
    r.values = {{":incr", 1}, {":v", 2}, {":val1", 3}, {":value", 4}};
    r.names = {{"#list", "list"}, {"#comment", "comment"}};
    EXPECT_EQ(update_refusal(r, "ADD hits : incr"),
              "Invalid UpdateExpression: Syntax error; token: \":\", near: \"hits : incr\"");
    EXPECT_EQ(
        update_refusal(r, "INVALID SYNTAX HERE"),
        "Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
    EXPECT_EQ(update_refusal(r, "SET numx = numx / :v"),
              "Invalid UpdateExpression: Syntax error; token: \"/\", near: \"numx / :v\"");
    EXPECT_EQ(update_refusal(r, "SET _123 = :val1"),
              "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"");
    EXPECT_EQ(update_refusal(r, "SET #list[0.#comment = :value"),
              "Invalid UpdateExpression: Syntax error; token: \".\", near: \"0.#comment\"");
    EXPECT_EQ(condition_refusal(r, "#list[-1].#comment = :value"),
              "Invalid ConditionExpression: Syntax error; token: \"-\", near: \"[-1\"");
    EXPECT_EQ(condition_refusal(r, "#list[abc].#comment = :value"),
              "Invalid ConditionExpression: Syntax error; token: \"abc\", near: \"[abc]\"");
    EXPECT_EQ(projection_refusal(r, "#list[].#comment"),
              "Invalid ProjectionExpression: Syntax error; token: \"]\", near: \"[].\"");
    EXPECT_EQ(projection_refusal(r, "!!!"),
              "Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
    EXPECT_EQ(projection_refusal(r, "a b"),
              "Invalid ProjectionExpression: Syntax error; token: \"b\", near: \"a b\"");
}

TEST(ParseSyntaxTest, NamesTheEndOfTheText) {
    Request r;
    r.values = {{":v", 1}};
    EXPECT_EQ(condition_refusal(r, "a ="),
              "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
    EXPECT_EQ(projection_refusal(r, "a,"),
              "Invalid ProjectionExpression: Syntax error; token: \"<EOF>\", near: \",\"");
    EXPECT_EQ(update_refusal(r, "SET a = :v +"),
              "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"+\"");
    EXPECT_EQ(update_refusal(r, "ADD numx"),
              "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"numx\"");
    EXPECT_EQ(key_condition_refusal(r, "begins_with(a, :v"),
              "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \":v\"");
    // Whitespace after the last token is part of the text near the end.
    EXPECT_EQ(filter_refusal(r, "a = :v AND  "),
              "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"AND  \"");
}

TEST(ParseSyntaxTest, TakesACharacterOutsideTheGrammarAsATokenOfItsOwn) {
    const Request r;
    EXPECT_EQ(filter_refusal(r, "\xC3\xBC > a"),
              "Invalid FilterExpression: Syntax error; token: \"\xC3\xBC\", near: \"\xC3\xBC >\"");
    EXPECT_EQ(filter_refusal(r, "a > \"b\""),
              "Invalid FilterExpression: Syntax error; token: \"\"\", near: \"> \"b\"");
    // A `#` or `:` with nothing after it is a token on its own.
    EXPECT_EQ(update_refusal(r, "REMOVE a, #, b"),
              "Invalid UpdateExpression: Syntax error; token: \"#\", near: \", #,\"");
}

TEST(ParseSyntaxTest, TreatsKeywordsAsKeywordsEverywhere) {
    Request r;
    r.values = {{":v", 1}};
    EXPECT_EQ(condition_refusal(r, "and = :v"),
              "Invalid ConditionExpression: Syntax error; token: \"and\", near: \"and =\"");
    EXPECT_EQ(condition_refusal(r, "a.Set = :v"),
              "Invalid ConditionExpression: Syntax error; token: \"Set\", near: \".Set =\"");
    EXPECT_EQ(update_refusal(r, "SET in = :v"),
              "Invalid UpdateExpression: Syntax error; token: \"in\", near: \"SET in =\"");
}

TEST(ParseSyntaxTest, ReadsListIndexesWithoutLeadingZeros) {
    Request r;
    r.values = {{":v", 1}};
    EXPECT_EQ(condition_refusal(r, "a[01] = :v"),
              "Invalid ConditionExpression: Syntax error; token: \"1\", near: \"01]\"");
}

TEST(ParseSyntaxTest, RefusesWhatDynamoDBRefusesAsAFilter) {
    const Request r;
    for (const char* text : {"things are not gonna be ok",
                             "a > 4",
                             "attribute_exists(Pictures-RearView)",
                             "attribute_exists(\"Pictures.RearView\")",
                             "attribute_exists(Pictures..RearView)",
                             "attribute_exists(Pi#ctures.RearView)",
                             "attribute_exists(asdf[a])",
                             "a in b, c",
                             "a > between",
                             "a in b",
                             "a in (b,c,)",
                             "(a)between(b.(c.d))and(c)",
                             "(a)between(b.c.d)and((c)",
                             "#$.b > a",
                             "a > :things.stuff",
                             "b[:a] > a",
                             "b[#_] > a",
                             "(a)between(b.c[4.5].#d)and(:a)",
                             "size(a).b > a",
                             "(size(a)).b > a",
                             "size(a)[0] > a",
                             "(size(a))[0] > a",
                             "(a)",
                             "a = b = c",
                             "NOT a",
                             "a BETWEEN b",
                             "a IN ()",
                             "(a = b",
                             "a = b)"}) {
        EXPECT_TRUE(filter_refusal(r, text).starts_with("Invalid FilterExpression: Syntax error; "))
            << text << " → " << filter_refusal(r, text);
    }
}

TEST(ParseSyntaxTest, RefusesWhatDynamoDBRefusesAsAnUpdate) {
    const Request r;
    for (const char* text : {"whatever",
                             "set a",
                             "add a",
                             "delete a",
                             "set a=set",
                             "remove a = b",
                             "add a = b",
                             "delete a = b",
                             "delete a b",
                             "delete a if_not_exist(b)",
                             "add abort b",
                             "add a if_not_exist(b)",
                             "remove a b",
                             "set a b",
                             "set :a = b",
                             "add :a b",
                             "delete :a b",
                             "remove :a",
                             "set a = b / c",
                             "set a = b * c",
                             "set a[1] = \"eight\"",
                             "set a[1] = 1",
                             "SET a = if_not_exist(a, 100)",
                             "SET if_not_exist(a, b) = a",
                             "set (a = (b + c))",
                             "set a = (b.c).d + e",
                             "set a = (b.c)[0] + e",
                             "set a = b + c + d",
                             "set a = ((b)) + c",
                             "SET c = if_not_exists(c, :val1+:val2)",
                             "SET a = :v,",
                             "SET a = :v REMOVE"}) {
        EXPECT_TRUE(update_refusal(r, text).starts_with("Invalid UpdateExpression: Syntax error; "))
            << text << " → " << update_refusal(r, text);
    }
}

TEST(ParseSyntaxTest, RefusesWhatDynamoDBRefusesAsAProjection) {
    const Request r;
    for (const char* text : {"whatever(stuff)", ":a", "abort,", "a,,b", "a..b", "a[b]", "(a.b).c",
                             "(a)", "(a),(b)", "(a,b)", "a-b", "a[-1]", "a[]"}) {
        EXPECT_TRUE(
            projection_refusal(r, text).starts_with("Invalid ProjectionExpression: Syntax error; "))
            << text << " → " << projection_refusal(r, text);
    }
}

TEST(ParseSyntaxTest, RefusesWhatDynamoDBRefusesAsAKeyCondition) {
    const Request r;
    for (const char* text : {"things are not gonna be ok", "a > 4", "(size(a))[0] > a"}) {
        EXPECT_TRUE(key_condition_refusal(r, text).starts_with(
            "Invalid KeyConditionExpression: Syntax error; "))
            << text;
    }
}

TEST(ParseSyntaxTest, RefusesAnEmptyExpression) {
    const Request r;
    EXPECT_EQ(condition_refusal(r, ""),
              "Invalid ConditionExpression: The expression can not be empty;");
    EXPECT_EQ(filter_refusal(r, ""), "Invalid FilterExpression: The expression can not be empty;");
    EXPECT_EQ(key_condition_refusal(r, " \t\n"),
              "Invalid KeyConditionExpression: The expression can not be empty;");
    EXPECT_EQ(update_refusal(r, ""), "Invalid UpdateExpression: The expression can not be empty;");
    EXPECT_EQ(projection_refusal(r, "  "),
              "Invalid ProjectionExpression: The expression can not be empty;");
}

TEST(ParseSyntaxTest, RefusesAnExpressionOver4KB) {
    const Request r;
    const std::string long_name(4097, 'x');
    EXPECT_EQ(projection_refusal(r, long_name),
              "Invalid ProjectionExpression: Expression size has exceeded the maximum allowed "
              "size; expression size: 4097");
    // The size is counted before the syntax is read.
    EXPECT_EQ(condition_refusal(r, std::string(15000, '(')),
              "Invalid ConditionExpression: Expression size has exceeded the maximum allowed "
              "size; expression size: 15000");
    // In bytes, not characters.
    const std::string accented = "a = " + std::string(2047, ' ') + "\xC3\xBC\xC3\xBC";
    EXPECT_EQ(accented.size(), 2055u);
    EXPECT_TRUE(condition_refusal(r, accented + std::string(2042, ' '))
                    .starts_with("Invalid ConditionExpression: Expression size has exceeded the "
                                 "maximum allowed size; expression size: 4097"));
}

TEST(ParseSyntaxTest, RefusesRedundantParentheses) {
    const Request r;
    for (const char* text :
         {"a=a and a > ((views))", "(a)between(((b.c)).d)and(c)", "a > whatever((:things), ((a)))",
          "a=a AND ((a=a AND a=a)) AND a=a", "a=a OR ((a=a OR a=a)) OR a=a",
          "a=a AND ((a=a AND (a=a AND a=a)))", "a=a OR ((a=a OR (a=a OR a=a)))", "((a <> b))",
          "(((a <> b)))", "((attribute_exists(a)))"}) {
        EXPECT_EQ(filter_refusal(r, text),
                  "Invalid FilterExpression: The expression has redundant parentheses;")
            << text;
    }
    // As soon as the outer parenthesis closes, before a later syntax error.
    EXPECT_EQ(filter_refusal(r, "((a)) = = b"),
              "Invalid FilterExpression: The expression has redundant parentheses;");
}

TEST(ParseSyntaxTest, RefusesMoreThan300Operators) {
    Request r;
    r.values = {{":v", 1}};
    std::string text = "a < :v";
    for (int i = 0; i < 150; ++i)
        text += " OR a < :v";  // 151 comparisons, 150 ORs
    EXPECT_EQ(condition_refusal(r, text),
              "Invalid ConditionExpression: The expression contains too many operators; operator "
              "count: 301");
    // NOT and functions count; parentheses do not.
    std::string nots;
    for (int i = 0; i < 300; ++i)
        nots += "NOT ";
    EXPECT_EQ(condition_refusal(r, nots + "attribute_exists(a)"),
              "Invalid ConditionExpression: The expression contains too many operators; operator "
              "count: 301");
    EXPECT_EQ(condition_refusal(r, nots.substr(4) + "(attribute_exists(a))"), "(accepted)");
    // In an update, `+`, `-` and functions count.
    std::string sets = "SET a0=b+:v";
    for (int i = 1; i < 300; ++i)
        sets += ",a" + std::to_string(i) + "=b+:v";
    EXPECT_EQ(update_refusal(r, sets), "(accepted)");
    EXPECT_EQ(update_refusal(r, sets + ",z=b-:v"),
              "Invalid UpdateExpression: The expression contains too many operators; operator "
              "count: 301");
}

TEST(ParseSyntaxTest, StopsAtATooDeepNestingInsteadOfOverflowingTheStack) {
    const Request r;
    EXPECT_EQ(condition_refusal(r, std::string(1001, '(') + "a = b" + std::string(1001, ')')),
              "Invalid ConditionExpression: The expression is nested too deeply; nesting levels: "
              "1001");
    EXPECT_EQ(condition_refusal(r, "a = " + std::string(1500, '(') + "b"),
              "Invalid ConditionExpression: The expression is nested too deeply; nesting levels: "
              "1001");
    EXPECT_EQ(update_refusal(r, "SET a = " + std::string(2000, '(')),
              "Invalid UpdateExpression: Syntax error; token: \"(\", near: \"(((\"");
    // Within the bound, the usual answers.
    EXPECT_EQ(condition_refusal(r, std::string(999, '(')),
              "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\"");
}

}  // namespace
}  // namespace dynamorm::expr
