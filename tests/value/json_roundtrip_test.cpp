// Property tests: random values of every type and nesting survive encode → decode, through
// every decoder, and encoding is canonical compact JSON.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"
#include "value/random_values.hpp"

namespace dynamorm {
namespace {

TEST(JsonRoundTrip, RandomValuesOfEveryType) {
    testing::RandomValues random(20240611);
    int seen_types = 0;
    for (int round = 0; round < 3000; ++round) {
        const AttributeValue value = random.value(1 + random.below(6));
        seen_types |= 1 << static_cast<int>(value.type());
        const std::string text = encode(value);
        ASSERT_EQ(decode_attribute_value(text), value) << text;
        const json::Value parsed = json::parse(text);
        ASSERT_EQ(parsed.dump(), text) << "encode is not compact canonical JSON";
        ASSERT_EQ(to_attribute_value(parsed), value) << text;
        ASSERT_EQ(to_json(value), parsed) << text;
        ASSERT_EQ(encode(decode_attribute_value(text)), text);
    }
    EXPECT_EQ(seen_types, (1 << 10) - 1) << "not every type was generated";
}

TEST(JsonRoundTrip, RandomItems) {
    testing::RandomValues random(99);
    for (int round = 0; round < 1000; ++round) {
        const Item item = random.map(1 + random.below(5));
        std::string text;
        encode_to(item, text);
        ASSERT_EQ(decode_item(text), item) << text;
        ASSERT_EQ(to_item(json::parse(text)), item) << text;
    }
}

TEST(JsonRoundTrip, DeepestAllowedNesting) {
    testing::RandomValues random(5);
    for (int round = 0; round < 50; ++round) {
        const Item item{{"deep", random.deep(kMaxNestingLevels)}};
        const std::string text = encode(item);
        ASSERT_EQ(decode_item(text), item);
        const Item too_deep{{"deep", random.deep(kMaxNestingLevels + 1)}};
        ASSERT_THROW(decode_item(encode(too_deep)), JsonError);
    }
}

TEST(JsonRoundTrip, RandomJsonDocuments) {
    testing::RandomValues random(31337);
    for (int round = 0; round < 2000; ++round) {
        const json::Value value = random.json(1 + random.below(6));
        const std::string text = value.dump();
        ASSERT_EQ(json::parse(text), value) << text;
        ASSERT_EQ(json::parse(text).dump(), text);
    }
}

TEST(JsonRoundTrip, PagesOfRandomItems) {
    testing::RandomValues random(7);
    std::vector<Item> items;
    for (int i = 0; i < 200; ++i)
        items.push_back(random.map(4));
    std::string body;
    json::Writer w(body);
    w.begin_object().key("Items").begin_array();
    for (const Item& item : items)
        w.item(item);
    w.end_array().member("Count", items.size()).key("LastEvaluatedKey").item(items.front());
    w.end_object();
    const ItemPage page = decode_page(body);
    EXPECT_EQ(page.items, items);
    ASSERT_TRUE(page.last_evaluated_key.has_value());
    EXPECT_EQ(*page.last_evaluated_key, items.front());
}

}  // namespace
}  // namespace dynamorm
