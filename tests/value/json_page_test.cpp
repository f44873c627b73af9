// Decoding whole Query/Scan response bodies.
#include <gtest/gtest.h>

#include <string>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"

namespace dynamorm {
namespace {

constexpr std::string_view kPage = R"({
  "Items": [
    {"id": {"S": "a"}, "n": {"N": "1"}},
    {"id": {"S": "b"}, "tags": {"SS": ["x", "y"]}, "m": {"M": {"zip": {"N": "12345"}}}}
  ],
  "Count": 2,
  "ScannedCount": 7,
  "LastEvaluatedKey": {"id": {"S": "b"}},
  "ConsumedCapacity": {"TableName": "things", "CapacityUnits": 0.5}
})";

TEST(JsonPage, DecodesAQueryResponse) {
    const ItemPage page = decode_page(kPage);
    ASSERT_EQ(page.items.size(), 2U);
    EXPECT_EQ(page.items[0], (Item{{"id", "a"}, {"n", 1}}));
    EXPECT_EQ(page.items[1].at("tags"), AttributeValue(StringSet{"x", "y"}));
    EXPECT_EQ(page.items[1].at("m").as_m().at("zip"), AttributeValue(12345));
    EXPECT_EQ(page.count, 2);
    EXPECT_EQ(page.scanned_count, 7);
    ASSERT_TRUE(page.last_evaluated_key.has_value());
    EXPECT_EQ(*page.last_evaluated_key, (Item{{"id", "b"}}));
    ASSERT_EQ(page.other.size(), 1U);
    EXPECT_EQ(page.other[0].first, "ConsumedCapacity");
    EXPECT_EQ(page.other[0].second.at("CapacityUnits").as_double(), 0.5);
    EXPECT_EQ(page.other[0].second.at("TableName").as_string(), "things");
}

TEST(JsonPage, MembersMayBeAbsentOrInAnyOrder) {
    const ItemPage count_only = decode_page(R"({"ScannedCount":3,"Count":0})");
    EXPECT_TRUE(count_only.items.empty());
    EXPECT_EQ(count_only.count, 0);
    EXPECT_EQ(count_only.scanned_count, 3);
    EXPECT_FALSE(count_only.last_evaluated_key.has_value());
    const ItemPage empty = decode_page("{}");
    EXPECT_TRUE(empty.items.empty());
    EXPECT_TRUE(empty.other.empty());
}

TEST(JsonPage, DecodeItemsReadsOneMember) {
    const std::vector<Item> items = decode_items(kPage);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_EQ(items[0].at("id").as_s(), "a");
    EXPECT_TRUE(decode_items(R"({"Count":0})").empty());
    const std::vector<Item> other =
        decode_items(R"({"Responses":[{"k":{"BOOL":true}}],"Items":"ignored"})", "Responses");
    ASSERT_EQ(other.size(), 1U);
    EXPECT_TRUE(other[0].at("k").as_bool());
}

TEST(JsonPage, ErrorsCarryThePathFromTheBody) {
    try {
        decode_page(R"({"Count":1,"Items":[{"a":{"S":"x"}},{},{"tags":{"SS":["x",2]}}]})");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "Items[2].tags.SS[1]");
        EXPECT_EQ(e.detail(), "NUMBER_VALUE cannot be converted to String");
        EXPECT_TRUE(e.is_serialization());
    }
    try {
        decode_page(R"({"LastEvaluatedKey":{"id":{"N":"x"}}})");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "LastEvaluatedKey.id.N");
        EXPECT_FALSE(e.is_serialization());
    }
    try {
        decode_items(R"({"Items":[{"a":{"S":"x"}},{"b":{"L":[{"NULL":false}]}}]})");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "Items[1].b.L[0].NULL");
    }
}

TEST(JsonPage, WrongShapesAreSerializationErrors) {
    for (const char* body :
         {R"([])", R"("x")", R"({"Items":{}})", R"({"Items":[1]})", R"({"Items":[[]]})",
          R"({"Count":"2"})", R"({"Count":1.5})", R"({"Count":true})", R"({"ScannedCount":[]})",
          R"({"LastEvaluatedKey":[]})", R"({"Items":[],"Items":[]})", R"({"Count":1,"Count":1})",
          R"({"Items":[null]})", R"({"Items":[{}]} x)", R"({"Items":[{"a":{"S":"x"}})"}) {
        try {
            decode_page(body);
            ADD_FAILURE() << "accepted " << body;
        } catch (const JsonError& e) {
            EXPECT_TRUE(e.is_serialization()) << body << ": " << e.what();
        }
    }
    try {
        decode_page(R"({"Count":"2"})");
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "Count");
        EXPECT_EQ(e.detail(), "STRING_VALUE cannot be converted to Integer");
    }
    try {
        decode_page("[]");
        ADD_FAILURE();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.detail(), "The body is not a JSON object");
        EXPECT_EQ(e.path(), "");
    }
    EXPECT_THROW(decode_items(R"({"Items":[],"Items":[]})"), JsonError);
    EXPECT_THROW(decode_items(R"({"Items":[]}])"), JsonError);
}

TEST(JsonPage, ALargePageRoundTrips) {
    std::vector<Item> items;
    for (int i = 0; i < 2000; ++i) {
        items.push_back(Item{{"id", "item-" + std::to_string(i)},
                             {"n", i},
                             {"l", AttributeValue{i, "x", Map{{"k", i % 2 == 0}}}}});
    }
    std::string body;
    json::Writer w(body);
    w.begin_object().key("Items").begin_array();
    for (const Item& item : items)
        w.item(item);
    w.end_array().member("Count", items.size()).member("ScannedCount", items.size());
    w.end_object();
    const ItemPage page = decode_page(body);
    EXPECT_EQ(page.items, items);
    EXPECT_EQ(page.count, 2000);
    EXPECT_EQ(decode_items(body), items);
}

}  // namespace
}  // namespace dynamorm
