// Decoding DynamoDB JSON: every type, every rule, DynamoDB's messages and the paths of errors.
// Each error case runs through both decoders (text, and json::Value via json::parse), which
// must agree.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"

namespace dynamorm {
namespace {

using Kind = JsonError::Kind;

struct Failure {
    std::string path;
    std::string message;
    Kind kind;
};

std::ostream& operator<<(std::ostream& os, const Failure& f) {
    return os << (f.kind == Kind::Serialization ? "Serialization" : "Validation") << " at '"
              << f.path << "': " << f.message;
}

std::optional<Failure> failure_of_item(std::string_view json) {
    try {
        decode_item(json);
    } catch (const JsonError& e) {
        return Failure{e.path(), e.detail(), e.kind()};
    }
    return std::nullopt;
}

std::optional<Failure> failure_of_converted_item(std::string_view json) {
    json::Value parsed;
    try {
        parsed = json::parse(json);
    } catch (const JsonError& e) {
        return Failure{e.path(), e.detail(), e.kind()};
    }
    try {
        to_item(parsed);
    } catch (const JsonError& e) {
        return Failure{e.path(), e.detail(), e.kind()};
    }
    return std::nullopt;
}

// The error decoding `json` as an item; both decoders must report it at the same path with the
// same message and kind.
Failure item_error(std::string_view json) {
    const std::optional<Failure> text = failure_of_item(json);
    const std::optional<Failure> tree = failure_of_converted_item(json);
    if (!text) {
        ADD_FAILURE() << "decode_item accepted " << json;
        return {};
    }
    if (!tree) {
        ADD_FAILURE() << "to_item accepted " << json;
        return *text;
    }
    if (text->kind != Kind::Serialization || text->path != "") {  // syntax messages may differ
        EXPECT_EQ(text->path, tree->path) << json;
        EXPECT_EQ(text->message, tree->message) << json;
    }
    EXPECT_EQ(text->kind, tree->kind) << json;
    return *text;
}

void expect_item_error(std::string_view json, std::string_view path, std::string_view message,
                       Kind kind) {
    const Failure f = item_error(json);
    EXPECT_EQ(f.path, path) << json;
    EXPECT_EQ(f.message, message) << json;
    EXPECT_EQ(f.kind, kind) << json << " gave " << f;
}

Item both(std::string_view json) {
    Item item = decode_item(json);
    EXPECT_EQ(to_item(json::parse(json)), item) << json;
    return item;
}

AttributeValue value_of(std::string_view json) {
    AttributeValue value = decode_attribute_value(json);
    EXPECT_EQ(to_attribute_value(json::parse(json)), value) << json;
    return value;
}

// ---- Every type ---------------------------------------------------------------------------

TEST(JsonDecode, DecodesEveryType) {
    EXPECT_EQ(value_of(R"({"S":"héllo"})"), AttributeValue("h\xc3\xa9llo"));
    EXPECT_EQ(value_of(R"({"N":"-012.50"})"), AttributeValue(Number("-12.5")));
    EXPECT_EQ(value_of(R"({"B":"AQID"})"), AttributeValue(Binary{"\x01\x02\x03"}));
    EXPECT_EQ(value_of(R"({"BOOL":false})"), AttributeValue(false));
    EXPECT_EQ(value_of(R"({"NULL":true})"), AttributeValue());
    EXPECT_EQ(value_of(R"({"M":{"a":{"N":"1"},"b":{"M":{}}}})"),
              AttributeValue(Map{{"a", 1}, {"b", Map{}}}));
    EXPECT_EQ(value_of(R"({"L":[{"S":"x"},{"L":[]},{"BOOL":true}]})"),
              AttributeValue({"x", List{}, true}));
    EXPECT_EQ(value_of(R"({"SS":["b","a",""]})"), AttributeValue(StringSet{"", "a", "b"}));
    EXPECT_EQ(value_of(R"({"NS":["1","2.5","-3e2"]})"),
              AttributeValue(NumberSet{Number(1), Number("2.5"), Number(-300)}));
    EXPECT_EQ(value_of(R"({"BS":["YQ==","Yg=="]})"),
              AttributeValue(BinarySet{Binary{"a"}, Binary{"b"}}));
}

TEST(JsonDecode, EmptyStringAndEmptyBinaryAreValues) {
    EXPECT_EQ(value_of(R"({"S":""})"), AttributeValue(""));
    EXPECT_EQ(value_of(R"({"B":""})"), AttributeValue(Binary{}));
}

TEST(JsonDecode, DecodesAnItem) {
    const Item item = both(R"({"id":{"S":"a1"},"n":{"N":"7"},"tags":{"SS":["x"]}})");
    EXPECT_EQ(item, (Item{{"id", "a1"}, {"n", 7}, {"tags", StringSet{"x"}}}));
    EXPECT_TRUE(both("{}").empty());
}

TEST(JsonDecode, StringEscapesAreDecoded) {
    EXPECT_EQ(value_of(R"({"S":"\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00"})").as_s(),
              "\"\\/\b\f\n\r\tA\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    EXPECT_EQ(both(R"({"\u0069d":{"S":"x"}})").count("id"), 1U);  // escaped names too
    EXPECT_EQ(value_of(R"({"\u0053":"escaped type name"})").as_s(), "escaped type name");
}

TEST(JsonDecode, WhitespaceIsAllowedBetweenTokens) {
    EXPECT_EQ(both(" \n\t{ \"a\" :\r{ \"N\" : \"1\" } } \n"), (Item{{"a", 1}}));
}

TEST(JsonDecode, BooleanTypesAcceptTheStringsDynamoDbAccepts) {
    EXPECT_TRUE(value_of(R"({"BOOL":"true"})").as_bool());
    EXPECT_TRUE(value_of(R"({"BOOL":"YES"})").as_bool());
    EXPECT_TRUE(value_of(R"({"BOOL":"1"})").as_bool());
    EXPECT_FALSE(value_of(R"({"BOOL":"False"})").as_bool());
    EXPECT_FALSE(value_of(R"({"BOOL":"no"})").as_bool());
    EXPECT_FALSE(value_of(R"({"BOOL":"0"})").as_bool());
    EXPECT_TRUE(value_of(R"({"NULL":"true"})").is_null());
}

TEST(JsonDecode, NullMembersCountAsAbsentAndUnknownMembersAreIgnored) {
    EXPECT_EQ(value_of(R"({"S":"x","N":null})"), AttributeValue("x"));
    EXPECT_EQ(value_of(R"({"Extra":[1,{"a":2}],"S":"x","s":"lower case is not a type"})"),
              AttributeValue("x"));
}

// ---- Errors of shape: SerializationException ------------------------------------------------

TEST(JsonDecode, StringTypesRejectOtherJsonTypes) {
    const auto ser = Kind::Serialization;
    expect_item_error(R"({"a":{"S":5}})", "a.S", "NUMBER_VALUE cannot be converted to String", ser);
    expect_item_error(R"({"a":{"S":5.5}})", "a.S", "DECIMAL_VALUE cannot be converted to String",
                      ser);
    expect_item_error(R"({"a":{"S":1e3}})", "a.S", "DECIMAL_VALUE cannot be converted to String",
                      ser);
    expect_item_error(R"({"a":{"N":true}})", "a.N", "TRUE_VALUE cannot be converted to String",
                      ser);
    expect_item_error(R"({"a":{"N":false}})", "a.N", "FALSE_VALUE cannot be converted to String",
                      ser);
    expect_item_error(R"({"a":{"S":["x"]}})", "a.S",
                      "Unrecognized collection type class java.lang.String", ser);
    expect_item_error(R"({"a":{"S":{}}})", "a.S",
                      "Start of structure or map found where not expected", ser);
    expect_item_error(R"({"a":{"N":3}})", "a.N", "NUMBER_VALUE cannot be converted to String", ser);
    expect_item_error(R"({"a":{"SS":["x",1]}})", "a.SS[1]",
                      "NUMBER_VALUE cannot be converted to String", ser);
    expect_item_error(R"({"a":{"NS":[{}]}})", "a.NS[0]",
                      "Start of structure or map found where not expected", ser);
}

TEST(JsonDecode, BinaryTypesRejectOtherJsonTypes) {
    const auto ser = Kind::Serialization;
    expect_item_error(R"({"a":{"B":1}})", "a.B",
                      "only base-64-encoded strings are convertible to bytes", ser);
    expect_item_error(R"({"a":{"B":true}})", "a.B",
                      "only base-64-encoded strings are convertible to bytes", ser);
    expect_item_error(R"({"a":{"B":[]}})", "a.B",
                      "Unrecognized collection type class java.nio.ByteBuffer", ser);
    expect_item_error(R"({"a":{"BS":["YQ==",{}]}})", "a.BS[1]",
                      "Start of structure or map found where not expected", ser);
}

TEST(JsonDecode, BooleanTypesRejectOtherJsonTypes) {
    const auto ser = Kind::Serialization;
    expect_item_error(R"({"a":{"BOOL":1}})", "a.BOOL",
                      "NUMBER_VALUE cannot be converted to Boolean", ser);
    expect_item_error(R"({"a":{"NULL":0.5}})", "a.NULL",
                      "DECIMAL_VALUE cannot be converted to Boolean", ser);
    expect_item_error(R"({"a":{"BOOL":"maybe"}})", "a.BOOL",
                      "Unexpected token received from parser", ser);
    expect_item_error(R"({"a":{"BOOL":[true]}})", "a.BOOL",
                      "Unrecognized collection type class java.lang.Boolean", ser);
    expect_item_error(R"({"a":{"NULL":{}}})", "a.NULL",
                      "Start of structure or map found where not expected", ser);
}

TEST(JsonDecode, CollectionTypesRejectOtherJsonTypes) {
    const auto ser = Kind::Serialization;
    for (const char* type : {"L", "SS", "NS", "BS"}) {
        const std::string base = std::string(R"({"a":{")") + type + R"(":)";
        expect_item_error(base + R"("x"}})", std::string("a.") + type, "Unexpected field type",
                          ser);
        expect_item_error(base + R"(1}})", std::string("a.") + type, "Unexpected field type", ser);
        expect_item_error(base + R"({}}})", std::string("a.") + type,
                          "Start of structure or map found where not expected", ser);
    }
    expect_item_error(R"({"a":{"M":"x"}})", "a.M", "Unexpected field type", ser);
    expect_item_error(R"({"a":{"M":[]}})", "a.M",
                      "Unrecognized collection type java.util.Map<java.lang.String, "
                      "com.amazonaws.dynamodb.v20120810.AttributeValue>",
                      ser);
}

TEST(JsonDecode, AttributeValuesMustBeObjects) {
    const auto ser = Kind::Serialization;
    expect_item_error(R"({"a":"x"})", "a", "Unexpected value type in payload", ser);
    expect_item_error(R"({"a":7})", "a", "Unexpected value type in payload", ser);
    expect_item_error(R"({"a":true})", "a", "Unexpected value type in payload", ser);
    expect_item_error(R"({"a":[]})", "a",
                      "Unrecognized collection type class "
                      "com.amazonaws.dynamodb.v20120810.AttributeValue",
                      ser);
    expect_item_error(R"({"a":{"L":[{"S":"x"},"y"]}})", "a.L[1]",
                      "Unexpected value type in payload", ser);
    expect_item_error("[]", "",
                      "Unrecognized collection type java.util.Map<java.lang.String, "
                      "com.amazonaws.dynamodb.v20120810.AttributeValue>",
                      ser);
    expect_item_error("\"item\"", "", "Unexpected field type", ser);
}

TEST(JsonDecode, InvalidBase64IsASerializationError) {
    expect_item_error(R"({"bin":{"B":"QUJ"}})", "bin.B",
                      "Base64 encoded length is expected a multiple of 4 bytes but found: 3",
                      Kind::Serialization);
    expect_item_error(R"({"bin":{"B":"QR=="}})", "bin.B",
                      "Invalid last non-pad Base64 character dectected", Kind::Serialization);
    expect_item_error(R"({"bin":{"BS":["QQ==","Q!=="]}})", "bin.BS[1]",
                      "Invalid Base64 character '!' at position 1", Kind::Serialization);
}

TEST(JsonDecode, RepeatedNamesAreRefused) {
    expect_item_error(R"({"a":{"S":"x","S":"y"}})", "a.S", "Duplicate field 'S'",
                      Kind::Serialization);
    expect_item_error(R"({"a":{"S":"x"},"b":{"N":"1"},"a":{"S":"y"}})", "a", "Duplicate field 'a'",
                      Kind::Serialization);
    expect_item_error(R"({"m":{"M":{"k":{"S":"x"},"k":{"S":"x"}}}})", "m.M.k",
                      "Duplicate field 'k'", Kind::Serialization);
}

TEST(JsonDecode, NullInASetIsRefused) {
    expect_item_error(R"({"s":{"SS":["a",null]}})", "s.SS[1]", "Unexpected null value in a set",
                      Kind::Serialization);
}

// ---- Errors of value: ValidationException -------------------------------------------------

TEST(JsonDecode, EmptyAttributeValue) {
    const std::string message =
        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
    expect_item_error(R"({"a":{}})", "a", message, Kind::Validation);
    expect_item_error(R"({"a":{"S":null}})", "a", message, Kind::Validation);
    expect_item_error(R"({"a":{"X":"y"}})", "a", message, Kind::Validation);
    expect_item_error(R"({"a":null})", "a", message, Kind::Validation);
    expect_item_error(R"({"a":{"L":[{"N":"1"},{}]}})", "a.L[1]", message, Kind::Validation);
}

TEST(JsonDecode, MoreThanOneType) {
    expect_item_error(R"({"a":{"S":"x","N":"1"}})", "a",
                      "Supplied AttributeValue has more than one datatypes set, must contain "
                      "exactly one of the supported datatypes",
                      Kind::Validation);
}

TEST(JsonDecode, NullMustBeTrue) {
    const std::string message =
        "One or more parameter values were invalid: Null attribute value types must have the "
        "value of true";
    expect_item_error(R"({"a":{"NULL":false}})", "a.NULL", message, Kind::Validation);
    expect_item_error(R"({"a":{"NULL":"no"}})", "a.NULL", message, Kind::Validation);
}

TEST(JsonDecode, EmptySets) {
    expect_item_error(R"({"a":{"SS":[]}})", "a.SS",
                      "One or more parameter values were invalid: An string set  may not be empty",
                      Kind::Validation);
    expect_item_error(R"({"a":{"NS":[]}})", "a.NS",
                      "One or more parameter values were invalid: An number set  may not be empty",
                      Kind::Validation);
    expect_item_error(R"({"a":{"BS":[]}})", "a.BS",
                      "One or more parameter values were invalid: Binary sets should not be empty",
                      Kind::Validation);
}

TEST(JsonDecode, DuplicatesInSets) {
    expect_item_error(R"({"tags":{"SS":["a","b","a"]}})", "tags.SS",
                      "One or more parameter values were invalid: Input collection [a, b, a] "
                      "contains duplicates.",
                      Kind::Validation);
    expect_item_error(R"({"n":{"NS":["1","1.0"]}})", "n.NS", "Input collection contains duplicates",
                      Kind::Validation);
    expect_item_error(R"({"b":{"BS":["YQ==","Yg==","YQ=="]}})", "b.BS",
                      "One or more parameter values were invalid: Input collection [YQ==, Yg==, "
                      "YQ==]of type BS contains duplicates.",
                      Kind::Validation);
}

TEST(JsonDecode, NumbersDynamoDbCannotStore) {
    expect_item_error(R"({"n":{"N":"abc"}})", "n.N",
                      "The parameter cannot be converted to a numeric value: abc",
                      Kind::Validation);
    expect_item_error(R"({"n":{"N":""}})", "n.N",
                      "The parameter cannot be converted to a numeric value", Kind::Validation);
    expect_item_error(R"({"n":{"N":"1e126"}})", "n.N",
                      "Number overflow. Attempting to store a number with magnitude larger than "
                      "supported range",
                      Kind::Validation);
    expect_item_error(R"({"n":{"NS":["1","123456789012345678901234567890123456789"]}})", "n.NS[1]",
                      "Attempting to store more than 38 significant digits in a Number",
                      Kind::Validation);
}

TEST(JsonDecode, ASerializationProblemAnywhereWinsOverAValidationProblem) {
    // DynamoDB reads the whole request before it validates values.
    const Failure f = item_error(R"({"a":{"N":"abc"},"b":{"L":[{"S":1}]}})");
    EXPECT_EQ(f.kind, Kind::Serialization);
    EXPECT_EQ(f.path, "b.L[0].S");
}

TEST(JsonDecode, TheFirstValidationProblemIsReported) {
    const Failure f = item_error(R"({"a":{"SS":[]},"b":{"NULL":false}})");
    EXPECT_EQ(f.path, "a.SS");
    EXPECT_EQ(f.kind, Kind::Validation);
}

TEST(JsonDecode, TypeProblemsAreReportedBeforeMoreThanOneType) {
    const Failure f = item_error(R"({"a":{"S":"x","NULL":false}})");
    EXPECT_EQ(f.path, "a.NULL");
    EXPECT_NE(f.message.find("Null attribute value"), std::string::npos);
}

// ---- Paths --------------------------------------------------------------------------------

TEST(JsonDecode, PathsNameEveryLevel) {
    expect_item_error(R"({"address":{"M":{"zip":{"N":"x1"}}}})", "address.M.zip.N",
                      "The parameter cannot be converted to a numeric value: x1", Kind::Validation);
    expect_item_error(R"({"l":{"L":[{"S":"ok"},{"M":{"deep":{"L":[{"BOOL":2}]}}}]}})",
                      "l.L[1].M.deep.L[0].BOOL", "NUMBER_VALUE cannot be converted to Boolean",
                      Kind::Serialization);
}

TEST(JsonDecode, PathsQuoteNamesThatAreNotPlain) {
    expect_item_error(R"({"a.b":{"S":1}})", R"(["a.b"].S)",
                      "NUMBER_VALUE cannot be converted to String", Kind::Serialization);
    expect_item_error(R"({"m":{"M":{"with space":{}}}})", R"(m.M["with space"])",
                      "Supplied AttributeValue is empty, must contain exactly one of the "
                      "supported datatypes",
                      Kind::Validation);
    expect_item_error(R"({"":{}})", R"([""])",
                      "Supplied AttributeValue is empty, must contain exactly one of the "
                      "supported datatypes",
                      Kind::Validation);
    expect_item_error(R"({"q\"\n":{}})", R"(["q\"\n"])",
                      "Supplied AttributeValue is empty, must contain exactly one of the "
                      "supported datatypes",
                      Kind::Validation);
    expect_item_error(R"({":v_1-#x":{}})", ":v_1-#x",
                      "Supplied AttributeValue is empty, must contain exactly one of the "
                      "supported datatypes",
                      Kind::Validation);
}

TEST(JsonDecode, PathsStartAtTheGivenRoot) {
    try {
        decode_item(R"({"zip":{"N":"?"}})", "Item");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "Item.zip.N");
        EXPECT_EQ(std::string(e.what()),
                  "Item.zip.N: The parameter cannot be converted to a numeric value: ?");
    }
    try {
        to_attribute_value(json::parse(R"({"SS":[]})"), R"(ExpressionAttributeValues.:v)");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "ExpressionAttributeValues.:v.SS");
    }
    try {
        decode_attribute_value(R"({"M":{"a":{"N":"x"}}})");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "M.a.N");
    }
}

// ---- Nesting and malformed text -------------------------------------------------------------

std::string nested_maps(int levels, std::string_view leaf = R"({"S":"leaf"})") {
    // `levels` attribute values in all: levels - 1 maps around the leaf.
    std::string json;
    for (int i = 1; i < levels; ++i)
        json += R"({"M":{"n":)";
    json += leaf;
    for (int i = 1; i < levels; ++i)
        json += "}}";
    return json;
}

TEST(JsonDecode, ThirtyTwoLevelsAreAllowed) {
    const std::string item = R"({"a":)" + nested_maps(32) + "}";
    const Item decoded = both(item);
    const AttributeValue* v = &decoded.at("a");
    int levels = 1;
    while (v->is_m()) {
        v = &v->as_m().at("n");
        ++levels;
    }
    EXPECT_EQ(levels, 32);
    EXPECT_EQ(v->as_s(), "leaf");
}

TEST(JsonDecode, ThirtyThreeLevelsAreTooDeep) {
    const std::string item = R"({"a":)" + nested_maps(33) + "}";
    const Failure f = item_error(item);
    EXPECT_EQ(f.kind, Kind::Validation);
    EXPECT_EQ(f.message,
              "Nesting Levels have exceeded supported limits: Attributes in the item have nested "
              "levels beyond supported limit");
    std::string expected_path = "a";
    for (int i = 1; i < 33; ++i)
        expected_path += ".M.n";
    EXPECT_EQ(f.path, expected_path);
    // Lists count the same way.
    std::string lists;
    for (int i = 1; i < 33; ++i)
        lists += R"({"L":[)";
    lists += R"({"N":"1"})";
    for (int i = 1; i < 33; ++i)
        lists += "]}";
    EXPECT_EQ(item_error(R"({"a":)" + lists + "}").kind, Kind::Validation);
    EXPECT_THROW(decode_attribute_value(nested_maps(33)), JsonError);
    EXPECT_NO_THROW(decode_attribute_value(nested_maps(32)));
}

TEST(JsonDecode, DeeplyNestedInputFailsWithoutExhaustingTheStack) {
    for (const std::size_t depth : {300, 5000, 1000000}) {
        const std::string arrays(depth, '[');
        const Failure f = item_error(arrays);
        EXPECT_EQ(f.kind, Kind::Serialization);
        std::string maps;
        for (std::size_t i = 0; i < depth / 10; ++i)
            maps += R"({"a":{"M":)";
        EXPECT_EQ(item_error(maps).kind, Kind::Serialization);
        const std::string closed = nested_maps(static_cast<int>(depth / 10) + 40);
        EXPECT_THROW(decode_attribute_value(closed), JsonError);
    }
}

TEST(JsonDecode, DeepJsonValueTreesFailWithoutExhaustingTheStack) {
    json::Value deep = json::parse(R"({"S":"leaf"})");
    for (int i = 0; i < 1000; ++i) {
        json::Value map;
        map["M"]["n"] = std::move(deep);
        deep = std::move(map);
    }
    try {
        to_attribute_value(deep);
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.kind(), Kind::Validation);
        EXPECT_NE(e.detail().find("Nesting Levels"), std::string::npos);
    }
}

TEST(JsonDecode, EveryTruncationOfADocumentIsRejected) {
    const std::string full =
        R"({"id":{"S":"a\"1"},"n":{"N":"-1.5e3"},"b":{"B":"AQI="},"l":{"L":[{"BOOL":true},)"
        R"({"NULL":true}]},"m":{"M":{"s":{"SS":["x","y"]},"ns":{"NS":["1"]}}}})";
    ASSERT_NO_THROW(both(full));
    for (std::size_t size = 0; size < full.size(); ++size) {
        const std::string_view prefix(full.data(), size);
        EXPECT_EQ(item_error(prefix).kind, Kind::Serialization) << prefix;
    }
}

TEST(JsonDecode, TrailingContentIsRejected) {
    for (const char* json : {R"({"a":{"S":"x"}} x)", R"({"a":{"S":"x"}}})", R"({"a":{"S":"x"}}{})",
                             R"({"a":{"S":"x"}},)", R"({"a":{"S":"x"}} "")"}) {
        EXPECT_EQ(item_error(json).kind, Kind::Serialization) << json;
    }
}

TEST(JsonDecode, MalformedJsonIsASerializationError) {
    for (const char* json :
         {"", " ", "{", "}", R"({"a":{"S":"x"},})", R"({"a" {"S":"x"}})", R"({a:{"S":"x"}})",
          R"({'a':{"S":"x"}})", R"({"a":{"S":"x\q"}})", R"({"a":{"S":"\ud800"}})",
          R"({"a":{"BOOL":tru}})", R"({"a":{"BOOL":True}})", R"({"a":{"S":"tab	inside"}})",
          R"({"a":{"L":[{"N":"1"},]}})", R"({"a":{"L":[01]}})", R"({"a":{"L":[NaN]}})"}) {
        EXPECT_EQ(item_error(json).kind, Kind::Serialization) << json;
    }
}

TEST(JsonDecode, InvalidUtf8IsASerializationError) {
    for (const std::string& json :
         {std::string("{\"a\":{\"S\":\"\xff\"}}"), std::string("{\"a\":{\"S\":\"\xc3\"}}"),
          std::string("{\"a\":{\"S\":\"\xed\xa0\x80\"}}"),  // an encoded surrogate
          std::string("{\"a\":{\"S\":\"\xc0\xaf\"}}"),      // overlong
          std::string("{\"\xe2\x82\":{\"S\":\"x\"}}")}) {
        EXPECT_EQ(item_error(json).kind, Kind::Serialization) << json;
    }
}

TEST(JsonDecode, DecodeAttributeValueNeedsAnObject) {
    EXPECT_THROW(decode_attribute_value("[]"), JsonError);
    EXPECT_THROW(decode_attribute_value("\"x\""), JsonError);
    try {
        decode_attribute_value("null");
        FAIL();
    } catch (const JsonError& e) {
        EXPECT_EQ(e.kind(), Kind::Validation);
    }
}

}  // namespace
}  // namespace dynamorm
