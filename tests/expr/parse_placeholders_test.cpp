// A request's ExpressionAttributeNames and ExpressionAttributeValues: their checks, and the
// check that every placeholder was used.

#include <gtest/gtest.h>

#include <string>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::refusal;

std::string construction_refusal(const AttributeNames* names, const Item* values) {
    return refusal([&] { Parser parser(names, values); });
}

TEST(ParsePlaceholdersTest, RefusesEmptyMaps) {
    const AttributeNames no_names;
    const Item no_values;
    EXPECT_EQ(construction_refusal(&no_names, nullptr),
              "ExpressionAttributeNames must not be empty");
    EXPECT_EQ(construction_refusal(nullptr, &no_values),
              "ExpressionAttributeValues must not be empty");
    EXPECT_EQ(construction_refusal(nullptr, nullptr), "(accepted)");
}

TEST(ParsePlaceholdersTest, RefusesKeysThatAreNotPlaceholders) {
    for (const char* key : {"a", "#", "#a-b", "#a b", ":a", "##a", "#\xC3\xBC"}) {
        const AttributeNames names{{key, "a"}};
        EXPECT_EQ(construction_refusal(&names, nullptr),
                  "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" +
                      std::string(key) + "\"")
            << key;
    }
    for (const char* key : {"b", ":", ":b.c", "#b"}) {
        const Item values{{key, "a"}};
        EXPECT_EQ(construction_refusal(nullptr, &values),
                  "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" +
                      std::string(key) + "\"")
            << key;
    }
    const AttributeNames good_names{{"#a", "a"}, {"#_", "b"}, {"#0", "c"}, {"#Az_9", "d"}};
    const Item good_values{{":a", 1}, {":_", 2}, {":0", 3}, {":Az_9", 4}};
    EXPECT_EQ(construction_refusal(&good_names, &good_values), "(accepted)");
}

TEST(ParsePlaceholdersTest, RefusesKeysLongerThan255Bytes) {
    const AttributeNames names{{"#" + std::string(255, 'n'), "a"}};
    EXPECT_EQ(construction_refusal(&names, nullptr),
              "ExpressionAttributeNames contains invalid key: The expression attribute map "
              "contains a key that is too long; size of key: 256");
    const Item values{{":" + std::string(255, 'v'), 1}};
    EXPECT_EQ(construction_refusal(nullptr, &values),
              "ExpressionAttributeValues contains invalid key: The expression attribute map "
              "contains a key that is too long;");
    const AttributeNames longest{{"#" + std::string(254, 'n'), "a"}};
    EXPECT_EQ(construction_refusal(&longest, nullptr), "(accepted)");
}

TEST(ParsePlaceholdersTest, RefusesAnEmptyAttributeName) {
    const AttributeNames names{{"#a", "a"}, {"#DE", ""}};
    EXPECT_EQ(construction_refusal(&names, nullptr),
              "ExpressionAttributeNames contains invalid value: Empty attribute name for key #DE");
}

TEST(ParsePlaceholdersTest, ChecksNamesBeforeValues) {
    const AttributeNames names{{"n", "a"}};
    const Item values{{"v", 1}};
    EXPECT_EQ(construction_refusal(&names, &values),
              "ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"");
}

TEST(ParsePlaceholdersTest, AcceptsPlaceholdersUsedByAnyOfTheRequestsExpressions) {
    const AttributeNames names{{"#a", "a"}, {"#b", "b"}, {"#c", "c"}};
    const Item values{{":x", 1}, {":y", 2}};
    Parser parser(&names, &values);
    parser.key_condition("#a = :x");
    parser.filter("#b > :y");
    parser.projection("#c");
    EXPECT_NO_THROW(parser.check_unused());
}

TEST(ParsePlaceholdersTest, RefusesUnusedNames) {
    const AttributeNames names{{"#a", "a"}, {"#b", "b"}};
    Parser parser(&names, nullptr);
    parser.projection("a");
    EXPECT_EQ(refusal([&] { parser.check_unused(); }),
              "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}");
    parser.projection("#b");
    EXPECT_EQ(refusal([&] { parser.check_unused(); }),
              "Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}");
}

TEST(ParsePlaceholdersTest, RefusesUnusedValuesAfterUnusedNames) {
    const AttributeNames names{{"#a", "a"}, {"#n", "n"}};
    const Item values{{":a", "a"}, {":b", "a"}, {":c", "a"}};
    Parser parser(&names, &values);
    parser.update("remove a set b = list_append(b, if_not_exists(a, :a))");
    parser.condition("a = :b");
    EXPECT_EQ(refusal([&] { parser.check_unused(); }),
              "Value provided in ExpressionAttributeNames unused in expressions: keys: {#n, #a}");
    Parser values_only(nullptr, &values);
    values_only.update("remove a set b = list_append(b, if_not_exists(a, :a))");
    values_only.condition("a = :b");
    EXPECT_EQ(refusal([&] { values_only.check_unused(); }),
              "Value provided in ExpressionAttributeValues unused in expressions: keys: {:c}");
}

TEST(ParsePlaceholdersTest, ListsUnusedKeysInDynamoDBsOrder) {
    // DynamoDB lists them as a java.util.HashSet iterates: "#z" hashes to bucket 7 of 16 and
    // "#a" to bucket 14, so "#z" comes first.
    const AttributeNames names{{"#a", "a"}, {"#z", "z"}};
    const Parser parser(&names, nullptr);
    EXPECT_EQ(refusal([&] { parser.check_unused(); }),
              "Value provided in ExpressionAttributeNames unused in expressions: keys: {#z, #a}");
}

TEST(ParsePlaceholdersTest, CountsNoPlaceholderOfARefusedExpression) {
    const Item values{{":x", 1}};
    Parser parser(nullptr, &values);
    EXPECT_THROW(parser.condition("a = :x AND"), ExpressionError);
    EXPECT_EQ(refusal([&] { parser.check_unused(); }),
              "Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
}

}  // namespace
}  // namespace dynamorm::expr
