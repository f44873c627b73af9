// json::Writer and the DynamoDB JSON encoder.
#include "dynamorm/value/json_writer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"

namespace dynamorm {
namespace {

TEST(JsonWriter, WritesNestedObjectsAndArraysWithSeparators) {
    std::string out;
    json::Writer w(out);
    w.begin_object()
        .member("TableName", "things")
        .member("Limit", 25)
        .member("ConsistentRead", true)
        .key("AttributesToGet")
        .begin_array()
        .value("a")
        .value("b")
        .begin_object()
        .end_object()
        .begin_array()
        .end_array()
        .null()
        .end_array()
        .key("Empty")
        .begin_object()
        .end_object()
        .end_object();
    EXPECT_EQ(out, R"({"TableName":"things","Limit":25,"ConsistentRead":true,)"
                   R"("AttributesToGet":["a","b",{},[],null],"Empty":{}})");
    EXPECT_EQ(json::parse(out).at("Limit").as_int64(), 25);
}

TEST(JsonWriter, AppendsToWhatIsThere) {
    std::string out = "prefix:";
    json::Writer(out).begin_array().value(1).end_array();
    EXPECT_EQ(out, "prefix:[1]");
}

TEST(JsonWriter, WritesNumbers) {
    std::string out;
    json::Writer w(out);
    w.begin_array()
        .value(0)
        .value(-5)
        .value(std::numeric_limits<std::int64_t>::min())
        .value(std::numeric_limits<std::uint64_t>::max())
        .value(static_cast<unsigned char>(7))
        .value(0.5)
        .value(1e300)
        .value(Number("-001.2500"))
        .end_array();
    EXPECT_EQ(out, "[0,-5,-9223372036854775808,18446744073709551615,7,0.5,1e+300,-1.25]");
    EXPECT_NO_THROW(json::parse(out));
    std::string bad;
    EXPECT_THROW(json::Writer(bad).value(std::numeric_limits<double>::quiet_NaN()), ValueError);
    EXPECT_THROW(json::Writer(bad).value(-std::numeric_limits<double>::infinity()), ValueError);
}

TEST(JsonWriter, EscapesStringsAndNames) {
    std::string out;
    json::Writer(out)
        .begin_object()
        .member("k\"\n", std::string("v\\\x01\x1f/\xe2\x82\xac", 8))
        .end_object();
    EXPECT_EQ(out, "{\"k\\\"\\n\":\"v\\\\\\u0001\\u001f/\xe2\x82\xac\"}");
    EXPECT_EQ(json::parse(out).at("k\"\n").as_string(), std::string("v\\\x01\x1f/\xe2\x82\xac", 8));
}

TEST(JsonWriter, EscapesEveryControlCharacterAndNothingElseAscii) {
    std::string all;
    for (int c = 0; c < 0x80; ++c)
        all.push_back(static_cast<char>(c));
    std::string out;
    json::Writer(out).value(all);
    for (std::size_t i = 1; i + 1 < out.size(); ++i) {
        EXPECT_GE(static_cast<unsigned char>(out[i]), 0x20) << "raw control character at " << i;
    }
    EXPECT_EQ(json::parse(out).as_string(), all);
}

TEST(JsonWriter, LongStringsWithEscapesEverywhere) {
    // Escapes at every offset relative to the 8-byte blocks the writer scans.
    for (std::size_t at = 0; at < 40; ++at) {
        std::string s(40, 'x');
        s[at] = '"';
        s[(at * 7) % 40] = '\n';
        s.insert((at * 3) % 40, "\xc3\xa9");
        std::string out;
        json::Writer(out).value(s);
        ASSERT_EQ(json::parse(out).as_string(), s) << at;
    }
}

TEST(JsonWriter, RefusesInvalidUtf8) {
    std::string out;
    EXPECT_THROW(json::Writer(out).value(std::string("ok\xff")), ValueError);
    EXPECT_THROW(json::Writer(out).value(std::string("12345678\xed\xa0\x80")), ValueError);
    EXPECT_THROW(json::Writer(out).key(std::string("\xc3")), ValueError);
    EXPECT_THROW(encode(AttributeValue(std::string("\x80"))), ValueError);
}

TEST(JsonWriter, WritesDynamoDbJsonInline) {
    std::string out;
    json::Writer w(out);
    w.begin_object()
        .key("Item")
        .item(Item{{"id", "a"}, {"n", 2}})
        .key(":v")
        .attribute_value(AttributeValue::string_set({"y", "x"}))
        .key("Raw")
        .raw(R"({"pre":"encoded"})")
        .key("Doc")
        .value(json::parse(R"([1.50,{"a":null}])"))
        .end_object();
    EXPECT_EQ(out, R"({"Item":{"id":{"S":"a"},"n":{"N":"2"}},":v":{"SS":["x","y"]},)"
                   R"("Raw":{"pre":"encoded"},"Doc":[1.50,{"a":null}]})");
}

TEST(JsonEncode, EncodesEveryType) {
    EXPECT_EQ(encode(AttributeValue("x")), R"({"S":"x"})");
    EXPECT_EQ(encode(AttributeValue(Number("0012.3400"))), R"({"N":"12.34"})");
    EXPECT_EQ(encode(AttributeValue(Number("-1e3"))), R"({"N":"-1000"})");
    EXPECT_EQ(encode(AttributeValue(Binary{"foobar"})), R"({"B":"Zm9vYmFy"})");
    EXPECT_EQ(encode(AttributeValue(true)), R"({"BOOL":true})");
    EXPECT_EQ(encode(AttributeValue(false)), R"({"BOOL":false})");
    EXPECT_EQ(encode(AttributeValue()), R"({"NULL":true})");
    EXPECT_EQ(encode(AttributeValue(Map{})), R"({"M":{}})");
    EXPECT_EQ(encode(AttributeValue(List{})), R"({"L":[]})");
    EXPECT_EQ(encode(AttributeValue(Map{{"b", 1}, {"a", List{true}}})),
              R"({"M":{"a":{"L":[{"BOOL":true}]},"b":{"N":"1"}}})");
    EXPECT_EQ(encode(AttributeValue(StringSet{"b", "a", "B"})), R"({"SS":["B","a","b"]})");
    EXPECT_EQ(encode(AttributeValue(NumberSet{Number(10), Number(9), Number("-0.5")})),
              R"({"NS":["-0.5","9","10"]})");
    EXPECT_EQ(encode(AttributeValue(BinarySet{Binary{"b"}, Binary{"a"}})),
              R"({"BS":["YQ==","Yg=="]})");
}

TEST(JsonEncode, EncodesItemsAndAppends) {
    const Item item{{"id", "thing1"}, {"count", Number("1.50E1")}};
    EXPECT_EQ(encode(item), R"({"count":{"N":"15"},"id":{"S":"thing1"}})");
    EXPECT_EQ(encode(Item{}), "{}");
    std::string out = "[";
    encode_to(item, out);
    out += ",";
    encode_to(AttributeValue(1), out);
    out += "]";
    EXPECT_EQ(out, R"([{"count":{"N":"15"},"id":{"S":"thing1"}},{"N":"1"}])");
}

TEST(JsonEncode, ToJsonMatchesTheEncoder) {
    const Item item{{"s", "x"},
                    {"m", Map{{"l", AttributeValue{1, Binary{"\xff"}, Null{}}}}},
                    {"ss", StringSet{"q"}},
                    {"ns", NumberSet{Number("2.5")}},
                    {"bs", BinarySet{Binary{"z"}}},
                    {"t", true}};
    EXPECT_EQ(to_json(item).dump(), encode(item));
    EXPECT_EQ(to_json(AttributeValue(item)).dump(), encode(AttributeValue(item)));
    EXPECT_EQ(to_item(to_json(item)), item);
}

}  // namespace
}  // namespace dynamorm
