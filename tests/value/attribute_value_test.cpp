#include "dynamorm/value/attribute_value.hpp"

#include <gtest/gtest.h>

#include <string>

#include "dynamorm/value/error.hpp"

namespace dynamorm {
namespace {

// The message of the ValueError `f` throws, or a failure.
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const ValueError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no ValueError thrown";
    return {};
}

TEST(AttributeValue, DefaultIsNull) {
    const AttributeValue v;
    EXPECT_TRUE(v.is_null());
    EXPECT_EQ(v.type(), Type::NULL_);
    EXPECT_EQ(v, AttributeValue(Null{}));
}

TEST(AttributeValue, ConstructsEveryTypeFromNaturalValues) {
    EXPECT_EQ(AttributeValue("abc").type(), Type::S);
    EXPECT_EQ(AttributeValue(std::string("abc")).type(), Type::S);
    EXPECT_EQ(AttributeValue(std::string_view("abc")).type(), Type::S);
    EXPECT_EQ(AttributeValue(3).type(), Type::N);
    EXPECT_EQ(AttributeValue(3L).type(), Type::N);
    EXPECT_EQ(AttributeValue(3ULL).type(), Type::N);
    EXPECT_EQ(AttributeValue(2.5).type(), Type::N);
    EXPECT_EQ(AttributeValue(Binary{"\x01"}).type(), Type::B);
    EXPECT_EQ(AttributeValue(true).type(), Type::BOOL);
    EXPECT_EQ(AttributeValue(Map{}).type(), Type::M);
    EXPECT_EQ(AttributeValue(List{}).type(), Type::L);
    EXPECT_EQ(AttributeValue(StringSet{"a"}).type(), Type::SS);
    EXPECT_EQ(AttributeValue(NumberSet{Number(1)}).type(), Type::NS);
    EXPECT_EQ(AttributeValue(BinarySet{Binary{"x"}}).type(), Type::BS);
    const AttributeValue list{1, "two", true};
    ASSERT_TRUE(list.is_l());
    ASSERT_EQ(list.as_l().size(), 3U);
    EXPECT_EQ(list.as_l()[1].as_s(), "two");
}

TEST(AttributeValue, TypeNamesAreDynamoDbs) {
    EXPECT_EQ(type_name(Type::S), "S");
    EXPECT_EQ(type_name(Type::N), "N");
    EXPECT_EQ(type_name(Type::B), "B");
    EXPECT_EQ(type_name(Type::BOOL), "BOOL");
    EXPECT_EQ(type_name(Type::NULL_), "NULL");
    EXPECT_EQ(type_name(Type::M), "M");
    EXPECT_EQ(type_name(Type::L), "L");
    EXPECT_EQ(type_name(Type::SS), "SS");
    EXPECT_EQ(type_name(Type::NS), "NS");
    EXPECT_EQ(type_name(Type::BS), "BS");
}

TEST(AttributeValue, AccessorsReturnTheValue) {
    EXPECT_EQ(AttributeValue("x").as_s(), "x");
    EXPECT_EQ(AttributeValue(Number("1.50")).as_n(), Number("1.5"));
    EXPECT_EQ(AttributeValue(Binary{"ab"}).as_b().bytes, "ab");
    EXPECT_FALSE(AttributeValue(false).as_bool());
    EXPECT_EQ(AttributeValue(StringSet{"a", "b"}).as_ss().size(), 2U);
    EXPECT_EQ(AttributeValue(NumberSet{Number(1), Number(2)}).as_ns().count(Number(2)), 1U);
    EXPECT_EQ(AttributeValue(BinarySet{Binary{"q"}}).as_bs().begin()->bytes, "q");
    AttributeValue map(Map{{"a", 1}});
    map.as_m()["b"] = "two";
    EXPECT_EQ(map.as_m().at("b").as_s(), "two");
    AttributeValue list(List{});
    list.as_l().push_back(AttributeValue(true));
    EXPECT_TRUE(list.as_l().at(0).as_bool());
}

TEST(AttributeValue, EmplaceReplacesTheValueInPlace) {
    AttributeValue v("text");
    v.emplace<Map>()["a"] = 1;
    EXPECT_EQ(v, AttributeValue(Map{{"a", 1}}));
    v.emplace<List>(2, AttributeValue(true));
    EXPECT_EQ(v, AttributeValue({true, true}));
    EXPECT_EQ(v.emplace<std::string>(3, 'x'), "xxx");
    EXPECT_EQ(v, AttributeValue("xxx"));
    v.emplace<Null>();
    EXPECT_TRUE(v.is_null());
}

TEST(AttributeValue, AccessorOfAnotherTypeNamesBothTypes) {
    const std::string message = error_of([] { (void)AttributeValue(5).as_s(); });
    EXPECT_NE(message.find("type S"), std::string::npos) << message;
    EXPECT_NE(message.find("type N"), std::string::npos) << message;
    EXPECT_NE(error_of([] { (void)AttributeValue("x").as_bool(); }).find("BOOL"),
              std::string::npos);
    EXPECT_NE(error_of([] { (void)AttributeValue().as_m(); }).find("NULL"), std::string::npos);
    EXPECT_THROW((void)AttributeValue(1).as_l(), ValueError);
    EXPECT_THROW((void)AttributeValue(1).as_b(), ValueError);
    EXPECT_THROW((void)AttributeValue(1).as_ss(), ValueError);
    EXPECT_THROW((void)AttributeValue(1).as_ns(), ValueError);
    EXPECT_THROW((void)AttributeValue(1).as_bs(), ValueError);
    EXPECT_THROW((void)AttributeValue("1").as_n(), ValueError);
}

TEST(AttributeValue, EmptySetsAreRefusedWithDynamoDbsMessages) {
    EXPECT_EQ(error_of([] { AttributeValue v{StringSet{}}; }),
              "One or more parameter values were invalid: An string set  may not be empty");
    EXPECT_EQ(error_of([] { AttributeValue v{NumberSet{}}; }),
              "One or more parameter values were invalid: An number set  may not be empty");
    EXPECT_EQ(error_of([] { AttributeValue v{BinarySet{}}; }),
              "One or more parameter values were invalid: Binary sets should not be empty");
    EXPECT_EQ(error_of([] { AttributeValue::string_set({}); }),
              "One or more parameter values were invalid: An string set  may not be empty");
    EXPECT_THROW(AttributeValue::number_set({}), ValueError);
    EXPECT_THROW(AttributeValue::binary_set({}), ValueError);
}

TEST(AttributeValue, SetsFromSequences) {
    const AttributeValue ss = AttributeValue::string_set({"b", "a"});
    EXPECT_EQ(ss.as_ss(), (StringSet{"a", "b"}));
    const AttributeValue ns = AttributeValue::number_set({Number(2), Number("1.5")});
    EXPECT_EQ(ns.as_ns(), (NumberSet{Number("1.5"), Number(2)}));
    const AttributeValue bs = AttributeValue::binary_set({Binary{"x"}, Binary{"y"}});
    EXPECT_EQ(bs.as_bs().size(), 2U);
}

TEST(AttributeValue, DuplicateInStringSetNamesCollectionAndDuplicate) {
    const std::string message = error_of([] { AttributeValue::string_set({"a", "b", "a"}); });
    EXPECT_EQ(message.rfind("One or more parameter values were invalid: Input collection "
                            "[a, b, a] contains duplicates.",
                            0),
              0U)
        << message;
    EXPECT_NE(message.find("duplicate: a"), std::string::npos) << message;
}

TEST(AttributeValue, DuplicateInNumberSetComparesNumerically) {
    const std::string message = error_of([] {
        AttributeValue::number_set({Number("1.0"), Number(2), Number(1)});
    });
    EXPECT_EQ(message.rfind("Input collection contains duplicates", 0), 0U) << message;
    EXPECT_NE(message.find("duplicate: 1"), std::string::npos) << message;
}

TEST(AttributeValue, DuplicateInBinarySetIsShownInBase64) {
    const std::string message = error_of([] {
        AttributeValue::binary_set({Binary{"A"}, Binary{"A"}});
    });
    EXPECT_EQ(message.rfind("One or more parameter values were invalid: Input collection "
                            "[QQ==, QQ==]of type BS contains duplicates.",
                            0),
              0U)
        << message;
}

TEST(AttributeValue, EqualityIsByTypeAndValue) {
    EXPECT_EQ(AttributeValue(Number("1.0")), AttributeValue(1));
    EXPECT_NE(AttributeValue("1"), AttributeValue(1));
    EXPECT_NE(AttributeValue(true), AttributeValue(1));
    EXPECT_EQ(AttributeValue(Map{{"a", {1, 2}}}), AttributeValue(Map{{"a", {1, 2}}}));
    EXPECT_NE(AttributeValue(Map{{"a", {1, 2}}}), AttributeValue(Map{{"a", {2, 1}}}));
}

TEST(AttributeValue, DebugStringShowsDynamoDbJsonOnOneLine) {
    EXPECT_EQ(to_debug_string(AttributeValue("a\"b\n")), R"({"S":"a\"b\n"})");
    EXPECT_EQ(to_debug_string(AttributeValue(Number("-1.50"))), R"({"N":"-1.5"})");
    EXPECT_EQ(to_debug_string(AttributeValue(Binary{"hi"})), R"({"B":"aGk="})");
    EXPECT_EQ(to_debug_string(AttributeValue(true)), R"({"BOOL":true})");
    EXPECT_EQ(to_debug_string(AttributeValue()), R"({"NULL":true})");
    EXPECT_EQ(to_debug_string(AttributeValue(Map{{"k", {1, "x"}}})),
              R"({"M":{"k":{"L":[{"N":"1"},{"S":"x"}]}}})");
    EXPECT_EQ(to_debug_string(AttributeValue::string_set({"b", "a"})), R"({"SS":["a","b"]})");
    EXPECT_EQ(to_debug_string(AttributeValue::number_set({Number(10), Number(9)})),
              R"({"NS":["9","10"]})");
    EXPECT_EQ(to_debug_string(AttributeValue::binary_set({Binary{"a"}})), R"({"BS":["YQ=="]})");
}

TEST(AttributeValue, DebugStringShowsInvalidUtf8BytesInsteadOfThrowing) {
    EXPECT_EQ(to_debug_string(AttributeValue(std::string("a\xff\xc3\xa9"))),
              "{\"S\":\"a\\xff\xc3\xa9\"}");
}

}  // namespace
}  // namespace dynamorm
