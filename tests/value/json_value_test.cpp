// json::Value, json::parse and dump.
#include "dynamorm/value/json_value.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/number.hpp"

namespace dynamorm::json {
namespace {

JsonError parse_error(std::string_view text) {
    try {
        parse(text);
    } catch (const JsonError& e) {
        return e;
    }
    ADD_FAILURE() << "parse accepted: " << text;
    return JsonError("", "");
}

TEST(JsonValue, ParsesEveryKind) {
    const Value v = parse(R"({"n":null,"t":true,"f":false,"i":-12,"s":"x","a":[1,"2"],"o":{}})");
    ASSERT_TRUE(v.is_object());
    EXPECT_EQ(v.size(), 7U);
    EXPECT_TRUE(v.at("n").is_null());
    EXPECT_TRUE(v.at("t").as_bool());
    EXPECT_FALSE(v.at("f").as_bool());
    EXPECT_EQ(v.at("i").as_int64(), -12);
    EXPECT_EQ(v.at("s").as_string(), "x");
    ASSERT_EQ(v.at("a").size(), 2U);
    EXPECT_EQ(v.at("a").at(1).as_string(), "2");
    EXPECT_TRUE(v.at("o").is_object());
    EXPECT_EQ(v.at("o").size(), 0U);
}

TEST(JsonValue, ParsesScalarDocuments) {
    EXPECT_TRUE(parse("null").is_null());
    EXPECT_TRUE(parse(" true ").as_bool());
    EXPECT_EQ(parse("\"a\\u00e9\"").as_string(), "a\xc3\xa9");
    EXPECT_EQ(parse(" -0.5e+3 ").number_text(), "-0.5e+3");
    EXPECT_EQ(parse("7").as_int64(), 7);
}

TEST(JsonValue, NumbersKeepTheirExactText) {
    const std::string text = R"([1.50,1e400,-0,123456789012345678901234567890,2E-7,0.1])";
    const Value v = parse(text);
    EXPECT_EQ(v.at(0).number_text(), "1.50");
    EXPECT_EQ(v.at(1).number_text(), "1e400");
    EXPECT_EQ(v.at(3).number_text(), "123456789012345678901234567890");
    EXPECT_EQ(v.dump(), text);
}

TEST(JsonValue, MembersKeepDocumentOrderAndLookupFindsTheFirst) {
    const Value v = parse(R"({"b":1,"a":2,"b":3})");
    ASSERT_EQ(v.as_object().size(), 3U);
    EXPECT_EQ(v.as_object()[0].first, "b");
    EXPECT_EQ(v.as_object()[1].first, "a");
    EXPECT_EQ(v.at("b").as_int64(), 1);
    EXPECT_EQ(v.dump(), R"({"b":1,"a":2,"b":3})");
}

TEST(JsonValue, FindAndContains) {
    Value v = parse(R"({"a":{"b":[true]}})");
    ASSERT_NE(v.find("a"), nullptr);
    EXPECT_EQ(v.find("zz"), nullptr);
    EXPECT_TRUE(v.contains("a"));
    EXPECT_FALSE(v.at("a").contains("c"));
    EXPECT_EQ(Value(5).find("a"), nullptr);
    v.find("a")->as_object().clear();
    EXPECT_EQ(v.dump(), R"({"a":{}})");
}

TEST(JsonValue, AtNamesWhatIsMissing) {
    const Value v = parse(R"({"a":[1]})");
    try {
        (void)v.at("TableName");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "TableName");
        EXPECT_EQ(e.kind(), JsonError::Kind::Serialization);
    }
    try {
        (void)v.at("a").at(3);
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "[3]");
        EXPECT_EQ(e.detail(), "The array has only 1 element");
    }
}

TEST(JsonValue, AccessorsOfAnotherKindNameBothKinds) {
    try {
        (void)Value(5).as_string();
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.detail(), "Expected a string, found a number");
        EXPECT_EQ(e.kind(), JsonError::Kind::Serialization);
    }
    try {
        (void)Value().as_array();
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.detail(), "Expected an array, found null");
    }
    EXPECT_THROW((void)Value("x").as_bool(), JsonError);
    EXPECT_THROW((void)Value(true).number_text(), JsonError);
    EXPECT_THROW((void)Value(Array{}).as_object(), JsonError);
}

TEST(JsonValue, IntegerConversionsAreExact) {
    EXPECT_EQ(Value::number("9223372036854775807").as_int64(),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(Value::number("-9223372036854775808").as_int64(),
              std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(Value::number("18446744073709551615").as_uint64(),
              std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(Value::number("1.0").as_int64(), 1);
    EXPECT_EQ(Value::number("25e-1").as_double(), 2.5);
    EXPECT_EQ(Value::number("1E2").as_uint64(), 100U);
    EXPECT_THROW((void)Value::number("9223372036854775808").as_int64(), JsonError);
    EXPECT_THROW((void)Value::number("-1").as_uint64(), JsonError);
    EXPECT_THROW((void)Value::number("1.5").as_int64(), JsonError);
    EXPECT_THROW((void)Value::number("1e400").as_int64(), JsonError);
    EXPECT_THROW((void)Value::number("1e400").as_double(), JsonError);
    EXPECT_EQ(Value::number("1e-400").as_double(), 0.0);
}

TEST(JsonValue, ConstructsNumbers) {
    EXPECT_EQ(Value(42).number_text(), "42");
    EXPECT_EQ(Value(-7L).number_text(), "-7");
    EXPECT_EQ(Value(std::numeric_limits<std::uint64_t>::max()).number_text(),
              "18446744073709551615");
    EXPECT_EQ(Value(0.1).number_text(), "0.1");
    EXPECT_EQ(Value(Number("1.50")).number_text(), "1.5");
    EXPECT_THROW(Value{std::numeric_limits<double>::infinity()}, ValueError);
    EXPECT_THROW(Value{std::numeric_limits<double>::quiet_NaN()}, ValueError);
    EXPECT_THROW(Value::number("01"), JsonError);
    EXPECT_THROW(Value::number("1."), JsonError);
    EXPECT_THROW(Value::number(".5"), JsonError);
    EXPECT_THROW(Value::number("+1"), JsonError);
    EXPECT_THROW(Value::number("0x10"), JsonError);
    EXPECT_THROW(Value::number(""), JsonError);
    EXPECT_THROW(Value::number("1e"), JsonError);
}

TEST(JsonValue, JsonNumberGrammar) {
    for (const char* ok :
         {"0", "-0", "1", "-12", "0.5", "10.25", "1e5", "1E+5", "1e-5", "-0.0e0"}) {
        EXPECT_TRUE(is_json_number(ok)) << ok;
    }
    for (const char* bad : {"", "-", "00", "01", "1.", ".1", "1e", "1e+", "+1", "1 ", " 1",
                            "Infinity", "NaN", "1.2.3", "--1", "1e5.0"}) {
        EXPECT_FALSE(is_json_number(bad)) << bad;
    }
}

TEST(JsonValue, BuildsDocuments) {
    Value body;
    body["TableName"] = "things";
    body["Limit"] = 10;
    body["Key"]["id"]["S"] = "a";
    body["Flags"].push_back(true);
    body["Flags"].push_back(nullptr);
    body["TableName"] = "other";  // replaces
    EXPECT_EQ(body.dump(),
              R"({"TableName":"other","Limit":10,"Key":{"id":{"S":"a"}},"Flags":[true,null]})");
    EXPECT_THROW(Value(1)["x"], JsonError);
    EXPECT_THROW(Value("s").push_back(1), JsonError);
    EXPECT_EQ(Value::object({{"a", 1}, {"b", Value::array({1, "x"})}}).dump(),
              R"({"a":1,"b":[1,"x"]})");
}

TEST(JsonValue, EqualityIsStructural) {
    EXPECT_EQ(parse(R"({"a":[1,{"b":null}]})"), parse(R"( { "a" : [ 1 , { "b" : null } ] } )"));
    EXPECT_NE(parse(R"({"a":1,"b":2})"), parse(R"({"b":2,"a":1})"));
    EXPECT_NE(parse("1.0"), parse("1"));  // numbers compare by text
    EXPECT_NE(parse("\"1\""), parse("1"));
}

TEST(JsonValue, DumpEscapesStrings) {
    const Value v = Value(std::string("q\"b\\s/\x01\x1f\t\n\r\b\f\xc3\xa9\x7f", 16));
    EXPECT_EQ(v.dump(), "\"q\\\"b\\\\s/\\u0001\\u001f\\t\\n\\r\\b\\f\xc3\xa9\x7f\"");
    EXPECT_EQ(parse(v.dump()), v);
    EXPECT_THROW(Value(std::string("\xff")).dump(), ValueError);
}

TEST(JsonParse, RejectsMalformedDocuments) {
    for (const char* text :
         {"",           "   ",       "[",        "]",     "{",       "[1,]",      "[,1]",
          "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{1:2}", "[1 2]",   "tru",       "nul",
          "nulll",      "True",      "'a'",      "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"",
          "[01]",       "[1.]",      "[.5]",     "[-]",   "[+1]",    "[1e]",      "[NaN]",
          "[Infinity]", "1 2",       "\"a\" x",  "{}}",   "[]]",     "{}{}",      "[1]x",
          "//c\n1",     "[\"\x01\"]"}) {
        const JsonError e = parse_error(text);
        EXPECT_EQ(e.kind(), JsonError::Kind::Serialization) << text;
    }
}

TEST(JsonParse, RejectsInvalidUtf8) {
    EXPECT_EQ(parse_error("\"\xff\"").kind(), JsonError::Kind::Serialization);
    EXPECT_EQ(parse_error("[\"\xe2\x82\"]").detail(), "The JSON text is not valid UTF-8");
    EXPECT_EQ(parse_error("{\"\xc0\x80\":1}").kind(), JsonError::Kind::Serialization);
}

TEST(JsonParse, ErrorsNameWhereTheyAre) {
    EXPECT_EQ(parse_error(R"({"a":[1,2,01]})").path(), "a[2]");
    EXPECT_EQ(parse_error(R"({"x":{"y z":[true,nul]}})").path(), R"(x["y z"][1])");
}

TEST(JsonParse, DepthIsLimited) {
    const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    EXPECT_NO_THROW(parse(ok));
    const std::string deep =
        std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
    EXPECT_NE(parse_error(deep).detail().find("deeper than"), std::string::npos);
    EXPECT_EQ(parse_error(std::string(1000000, '[')).kind(), JsonError::Kind::Serialization);
    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    EXPECT_EQ(parse_error(objects).kind(), JsonError::Kind::Serialization);
}

TEST(JsonParse, TruncatedDocumentsAreRejected) {
    const std::string full = R"({"a":[1,-2.5e3,"x\"y",true,false,null,{"b":{}}],"c":"\u00e9"})";
    ASSERT_NO_THROW(parse(full));
    for (std::size_t size = 0; size < full.size(); ++size) {
        const std::string prefix = full.substr(0, size);
        EXPECT_THROW(parse(prefix), JsonError) << prefix;
    }
}

TEST(JsonParse, ValuesOutliveTheParser) {
    // parse() reuses a parser per thread; what it returned stays valid after the next parse.
    const Value a = parse(R"({"k":"first"})");
    const Value b = parse(R"({"k":"second"})");
    EXPECT_EQ(a.at("k").as_string(), "first");
    EXPECT_EQ(b.at("k").as_string(), "second");
}

TEST(JsonParse, ThreadsParseIndependently) {
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &failures] {
            for (int i = 0; i < 500; ++i) {
                const std::string text =
                    "{\"t\":" + std::to_string(t) + ",\"i\":[" + std::to_string(i) + "]}";
                const Value v = parse(text);
                if (v.at("t").as_int64() != t || v.at("i").at(0).as_int64() != i) ++failures;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace dynamorm::json
