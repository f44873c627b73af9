// Key conditions on items, and the order of sort keys.

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::bin;
using testing::num;
using testing::Request;

const expr::KeyAttribute kHash{"pk", Type::S};
const expr::KeyAttribute kNumberRange{"sk", Type::N};
const expr::KeyAttribute kStringRange{"sk", Type::S};
const expr::KeyAttribute kBinaryRange{"sk", Type::B};

// Whether `item` is selected by the key condition `text` on a table keyed (pk,
// range).
bool selects(std::string_view text, const Item& values, const Item& item,
             const std::optional<expr::KeyAttribute>& range = kNumberRange) {
    const expr::Condition condition = Request{{}, values}.key_condition(text);
    const expr::KeyConditionMatch match = expr::match_key_schema(condition, kHash, range);
    return matches(match, item, kHash, range);
}

TEST(KeyCondition, MatchesTheHashKey) {
    const Item values{{":h", "user#1"}};
    EXPECT_TRUE(selects("pk = :h", values, {{"pk", "user#1"}, {"sk", 1}}));
    EXPECT_FALSE(selects("pk = :h", values, {{"pk", "user#2"}, {"sk", 1}}));
    EXPECT_FALSE(selects("pk = :h", values, {{"sk", 1}}));
    EXPECT_TRUE(selects("pk = :h", values, {{"pk", "user#1"}}, std::nullopt));
}

TEST(KeyCondition, ComparesNumericSortKeysNumerically) {
    const Item item{{"pk", "p"}, {"sk", 10}};
    const auto with = [](const AttributeValue& v) { return Item{{":h", "p"}, {":v", v}}; };
    EXPECT_TRUE(selects("pk = :h AND sk = :v", with(num("10.0")), item));
    EXPECT_TRUE(selects("pk = :h AND sk > :v", with(9), item));  // "10" < "9" as text
    EXPECT_FALSE(selects("pk = :h AND sk > :v", with(10), item));
    EXPECT_TRUE(selects("pk = :h AND sk >= :v", with(10), item));
    EXPECT_TRUE(selects("pk = :h AND sk < :v", with(num("10.5")), item));
    EXPECT_TRUE(selects("pk = :h AND sk <= :v", with(10), item));
    EXPECT_FALSE(selects("pk = :h AND sk <= :v", with(num("9.99")), item));
    EXPECT_TRUE(selects("pk = :h AND :v < sk", with(-10), item));
    EXPECT_FALSE(selects("pk = :h AND sk = :v", with(10), {{"pk", "p"}}));
}

TEST(KeyCondition, BetweenIncludesBothBounds) {
    const Item values{{":h", "p"}, {":lo", 10}, {":hi", 20}};
    for (const auto& [sk, inside] : std::vector<std::pair<AttributeValue, bool>>{
             {9, false}, {10, true}, {15, true}, {20, true}, {num("20.01"), false}}) {
        SCOPED_TRACE(to_debug_string(sk));
        EXPECT_EQ(selects("pk = :h AND sk BETWEEN :lo AND :hi", values, {{"pk", "p"}, {"sk", sk}}),
                  inside);
    }
}

TEST(KeyCondition, OrdersStringSortKeysByUtf8Bytes) {
    const Item values{{":h", "p"}, {":v", "b"}};
    const auto item = [](const char* sk) { return Item{{"pk", "p"}, {"sk", sk}}; };
    EXPECT_TRUE(selects("pk = :h AND sk > :v", values, item("ba"), kStringRange));
    EXPECT_FALSE(selects("pk = :h AND sk > :v", values, item("B"), kStringRange));
    EXPECT_TRUE(selects("pk = :h AND sk > :v", values, item("é"), kStringRange));
    EXPECT_TRUE(selects("pk = :h AND begins_with(sk, :v)", values, item("banana"), kStringRange));
    EXPECT_FALSE(selects("pk = :h AND begins_with(sk, :v)", values, item("abba"), kStringRange));
    EXPECT_FALSE(selects("pk = :h AND begins_with(sk, :v)", values, item("Banana"), kStringRange));
}

TEST(KeyCondition, OrdersBinarySortKeysByUnsignedBytes) {
    const Item values{{":h", "p"}, {":v", bin("\x7f")}};
    const auto item = [](std::string sk) { return Item{{"pk", "p"}, {"sk", bin(std::move(sk))}}; };
    EXPECT_TRUE(selects("pk = :h AND sk > :v", values, item("\x80"), kBinaryRange));
    EXPECT_TRUE(selects("pk = :h AND sk < :v", values, item("\x01\xff"), kBinaryRange));
    EXPECT_TRUE(
        selects("pk = :h AND begins_with(sk, :v)", values, item("\x7f\x00\x01"), kBinaryRange));
    EXPECT_FALSE(
        selects("pk = :h AND begins_with(sk, :v)", values, item("\x80\x7f"), kBinaryRange));
}

TEST(KeyCondition, DoesNotMatchASortKeyOfAnotherType) {
    expr::RangeKeyCondition condition;
    condition.op = expr::RangeKeyCondition::Op::GT;
    condition.value = AttributeValue(5);
    EXPECT_TRUE(matches(condition, AttributeValue(6)));
    EXPECT_FALSE(matches(condition, AttributeValue("6")));
    condition.op = expr::RangeKeyCondition::Op::BEGINS_WITH;
    condition.value = AttributeValue("5");
    EXPECT_FALSE(matches(condition, AttributeValue(55)));
    EXPECT_TRUE(matches(condition, AttributeValue("55")));
}

TEST(KeyCondition, CompareKeysSortsAPartition) {
    std::vector<AttributeValue> numbers{num("10"), num("-1"), num("9"), num("0.5"), num("1e2")};
    std::sort(numbers.begin(), numbers.end(),
              [](const auto& a, const auto& b) { return compare_keys(a, b) < 0; });
    EXPECT_EQ(numbers, (std::vector<AttributeValue>{num("-1"), num("0.5"), num("9"), num("10"),
                                                    num("100")}));

    std::vector<AttributeValue> strings{"b", "é", "B", "ab", "a", "", "😀", "～"};
    std::sort(strings.begin(), strings.end(),
              [](const auto& a, const auto& b) { return compare_keys(a, b) < 0; });
    EXPECT_EQ(strings, (std::vector<AttributeValue>{"", "B", "a", "ab", "b", "é", "～", "😀"}));

    std::vector<AttributeValue> blobs{bin("\xff"), bin("\x01"), bin("\x80"), bin("\x01\x00")};
    blobs[3] = bin(std::string("\x01\x00", 2));
    std::sort(blobs.begin(), blobs.end(),
              [](const auto& a, const auto& b) { return compare_keys(a, b) < 0; });
    EXPECT_EQ(blobs, (std::vector<AttributeValue>{bin("\x01"), bin(std::string("\x01\x00", 2)),
                                                  bin("\x80"), bin("\xff")}));

    EXPECT_EQ(compare_keys(num("1.0"), AttributeValue(1)), std::strong_ordering::equal);
    EXPECT_THROW(compare_keys(AttributeValue(1), AttributeValue("1")), ValueError);
    EXPECT_THROW(compare_keys(AttributeValue(true), AttributeValue(true)), ValueError);
}

}  // namespace
}  // namespace dynamorm::local
