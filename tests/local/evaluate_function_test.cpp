// The condition functions against items: attribute_exists, attribute_not_exists,
// attribute_type, begins_with, contains and size.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::bin;
using testing::bs;
using testing::holds;
using testing::ns;
using testing::num;
using testing::Request;
using testing::ss;

const Item& document() {
    static const Item item{
        {"id", "x"},
        {"zero", 0},
        {"nothing", Null{}},
        {"address", Map{{"zip", "94110"}, {"doors", AttributeValue{"1 Main St", "Apt 2"}}}},
        {"tags", AttributeValue{"red", Map{{"shade", "dark"}}, AttributeValue{1, 2}}},
    };
    return item;
}

// ---- attribute_exists and attribute_not_exists ----------------------------------------------

TEST(EvaluateAttributeExists, FindsTopLevelAndNestedPaths) {
    const Item& item = document();
    for (const char* present : {"id", "zero", "nothing", "address", "address.zip",
                                "address.doors[1]", "tags[0]", "tags[1].shade", "tags[2][1]"}) {
        SCOPED_TRACE(present);
        EXPECT_TRUE(evaluate(
            expr::Condition(expr::Condition::AttributeExists{testing::path(present)}), item));
        EXPECT_TRUE(holds(std::string("attribute_exists(") + present + ")", item));
        EXPECT_FALSE(holds(std::string("attribute_not_exists(") + present + ")", item));
    }
}

TEST(EvaluateAttributeExists, MissesWhatIsNotThere) {
    const Item& item = document();
    for (const char* absent :
         {"ghost", "address.city", "address.doors[2]", "tags[3]", "tags[1].hue", "tags[2][2]",
          // steps through a value of the wrong kind
          "address[0]", "tags.shade", "id.x", "id[0]", "zero.x", "address.zip.code",
          "address.doors.x"}) {
        SCOPED_TRACE(absent);
        EXPECT_FALSE(holds(std::string("attribute_exists(") + absent + ")", item));
        EXPECT_TRUE(holds(std::string("attribute_not_exists(") + absent + ")", item));
    }
    EXPECT_TRUE(holds("attribute_not_exists(id)", {}));
}

// ---- attribute_type ----------------------------------------------------------------------

TEST(EvaluateAttributeType, NamesEachOfTheTenTypes) {
    const Item item{{"s", "x"},         {"n", 1},
                    {"b", bin("\x01")}, {"t", false},
                    {"z", Null{}},      {"m", Map{}},
                    {"l", List{}},      {"ss", ss({"a"})},
                    {"ns", ns({1})},    {"bs", bs({Binary{"\x01"}})}};
    const std::vector<std::pair<std::string, std::string>> types{
        {"s", "S"}, {"n", "N"}, {"b", "B"},   {"t", "BOOL"}, {"z", "NULL"},
        {"m", "M"}, {"l", "L"}, {"ss", "SS"}, {"ns", "NS"},  {"bs", "BS"}};
    for (const auto& [attribute, type] : types) {
        SCOPED_TRACE(attribute);
        for (const auto& [other_attribute, other_type] : types) {
            EXPECT_EQ(holds("attribute_type(" + attribute + ", :t)", item, {{":t", other_type}}),
                      type == other_type);
        }
    }
}

TEST(EvaluateAttributeType, IsFalseForAMissingAttribute) {
    EXPECT_FALSE(holds("attribute_type(a, :t)", {}, {{":t", "S"}}));
    EXPECT_FALSE(holds("attribute_type(a.b, :t)", {{"a", Map{}}}, {{":t", "NULL"}}));
    EXPECT_TRUE(holds("attribute_type(a.b, :t)", {{"a", Map{{"b", Null{}}}}}, {{":t", "NULL"}}));
}

// ---- begins_with -------------------------------------------------------------------------

TEST(EvaluateBeginsWith, ComparesTheBytesOfStringsAndBinaryValues) {
    const Item item{{"s", "carol"}, {"b", bin("\x03\x04\x05")}, {"u", "été"}};
    EXPECT_TRUE(holds("begins_with(s, :p)", item, {{":p", "car"}}));
    EXPECT_TRUE(holds("begins_with(s, :p)", item, {{":p", "carol"}}));
    EXPECT_FALSE(holds("begins_with(s, :p)", item, {{":p", "carols"}}));
    EXPECT_FALSE(holds("begins_with(s, :p)", item, {{":p", "Car"}}));
    EXPECT_TRUE(holds("begins_with(s, :p)", item, {{":p", ""}}));
    EXPECT_TRUE(holds("begins_with(u, :p)", item, {{":p", "é"}}));
    EXPECT_TRUE(holds("begins_with(b, :p)", item, {{":p", bin("\x03")}}));
    EXPECT_TRUE(holds("begins_with(b, :p)", item, {{":p", bin("\x03\x04")}}));
    EXPECT_FALSE(holds("begins_with(b, :p)", item, {{":p", bin("\x04")}}));
}

TEST(EvaluateBeginsWith, IsFalseForOtherTypesAndMissingValues) {
    const Item item{{"n", 123}, {"s", "123"}, {"b", bin("123")}, {"l", AttributeValue{"1"}}};
    EXPECT_FALSE(holds("begins_with(n, :p)", item, {{":p", "1"}}));
    EXPECT_FALSE(holds("begins_with(s, :p)", item, {{":p", bin("1")}}));
    EXPECT_FALSE(holds("begins_with(b, :p)", item, {{":p", "1"}}));
    EXPECT_FALSE(holds("begins_with(l, :p)", item, {{":p", "1"}}));
    EXPECT_FALSE(holds("begins_with(ghost, :p)", item, {{":p", "1"}}));
    EXPECT_TRUE(holds("NOT begins_with(ghost, :p)", item, {{":p", "1"}}));
}

// ---- contains ----------------------------------------------------------------------------

TEST(EvaluateContains, FindsSubstringsAndByteSequences) {
    const Item item{{"s", "alice"}, {"b", bin("\x01\x02\x03\x04")}};
    EXPECT_TRUE(holds("contains(s, :v)", item, {{":v", "lic"}}));
    EXPECT_TRUE(holds("contains(s, :v)", item, {{":v", "alice"}}));
    EXPECT_TRUE(holds("contains(s, :v)", item, {{":v", ""}}));
    EXPECT_FALSE(holds("contains(s, :v)", item, {{":v", "Lic"}}));
    EXPECT_FALSE(holds("contains(s, :v)", item, {{":v", "alicea"}}));
    EXPECT_TRUE(holds("contains(b, :v)", item, {{":v", bin("\x02\x03")}}));
    EXPECT_FALSE(holds("contains(b, :v)", item, {{":v", bin("\x03\x02")}}));
    EXPECT_FALSE(holds("contains(s, :v)", item, {{":v", bin("lic")}}));
    EXPECT_FALSE(holds("contains(b, :v)", item, {{":v", "\x02"}}));
}

TEST(EvaluateContains, FindsMembersOfSetsOfTheMatchingType) {
    const Item item{{"tags", ss({"admin", "user", ""})},
                    {"nums", ns({1, Number("2.5")})},
                    {"blobs", bs({Binary{"\x01"}, Binary{"\x02\x03"}})}};
    EXPECT_TRUE(holds("contains(tags, :v)", item, {{":v", "admin"}}));
    EXPECT_FALSE(holds("contains(tags, :v)", item, {{":v", "adm"}}));  // members, not text
    EXPECT_TRUE(holds("contains(tags, :v)", item, {{":v", ""}}));
    EXPECT_TRUE(holds("contains(nums, :v)", item, {{":v", num("1.0")}}));
    EXPECT_TRUE(holds("contains(nums, :v)", item, {{":v", num("25e-1")}}));
    EXPECT_FALSE(holds("contains(nums, :v)", item, {{":v", "1"}}));
    EXPECT_TRUE(holds("contains(blobs, :v)", item, {{":v", bin("\x02\x03")}}));
    EXPECT_FALSE(holds("contains(blobs, :v)", item, {{":v", bin("\x02")}}));
    EXPECT_FALSE(holds("contains(tags, :v)", item, {{":v", 1}}));
}

TEST(EvaluateContains, FindsEqualElementsOfLists) {
    const Item item{
        {"l", AttributeValue{"first", 2, Map{{"k", ss({"a", "b"})}}, AttributeValue{1}}}};
    EXPECT_TRUE(holds("contains(l, :v)", item, {{":v", "first"}}));
    EXPECT_FALSE(holds("contains(l, :v)", item, {{":v", "fir"}}));
    EXPECT_TRUE(holds("contains(l, :v)", item, {{":v", num("2.0")}}));
    EXPECT_FALSE(holds("contains(l, :v)", item, {{":v", "2"}}));
    EXPECT_TRUE(holds("contains(l, :v)", item, {{":v", Map{{"k", ss({"b", "a"})}}}}));
    EXPECT_TRUE(holds("contains(l, :v)", item, {{":v", AttributeValue{1}}}));
    EXPECT_FALSE(holds("contains(l, :v)", item, {{":v", 1}}));
}

TEST(EvaluateContains, IsFalseForOtherTypes) {
    const Item item{{"n", 12}, {"m", Map{{"k", "v"}}}, {"t", true}, {"x", "k"}};
    EXPECT_FALSE(holds("contains(n, :v)", item, {{":v", 1}}));
    EXPECT_FALSE(holds("contains(m, :v)", item, {{":v", "k"}}));
    EXPECT_FALSE(holds("contains(m, :v)", item, {{":v", "v"}}));
    EXPECT_FALSE(holds("contains(t, :v)", item, {{":v", true}}));
    EXPECT_FALSE(holds("contains(ghost, :v)", item, {{":v", "k"}}));
    EXPECT_FALSE(holds("contains(m, x)", item));
}

// ---- size --------------------------------------------------------------------------------

TEST(EvaluateSize, CountsStringsInUtf16CodeUnits) {
    // "é" is one UTF-16 unit, U+1D11E a surrogate pair: 3 units, 6 UTF-8 bytes.
    const Item item{{"s", "é𝄞"}, {"plain", "alice"}, {"blank", ""}};
    EXPECT_TRUE(holds("size(s) = :v", item, {{":v", 3}}));
    EXPECT_FALSE(holds("size(s) = :v", item, {{":v", 6}}));
    EXPECT_TRUE(holds("size(plain) = :v", item, {{":v", 5}}));
    EXPECT_TRUE(holds("size(blank) = :v", item, {{":v", 0}}));
    EXPECT_EQ(utf16_length("aé€😀"), 5u);
}

TEST(EvaluateSize, CountsBytesElementsAndEntries) {
    const Item item{{"b", bin(std::string("\x01\x02\x03\x00\x05", 5))},
                    {"ss", ss({"a", "b", "c"})},
                    {"ns", ns({1, 2})},
                    {"bs", bs({Binary{"x"}})},
                    {"l", AttributeValue{1, "two", List{}, Map{}}},
                    {"m", Map{{"a", 1}, {"b", 2}}},
                    {"nested", Map{{"l", List{}}}}};
    EXPECT_TRUE(holds("size(b) = :v", item, {{":v", 5}}));
    EXPECT_TRUE(holds("size(ss) = :v", item, {{":v", 3}}));
    EXPECT_TRUE(holds("size(ns) = :v", item, {{":v", 2}}));
    EXPECT_TRUE(holds("size(bs) = :v", item, {{":v", 1}}));
    EXPECT_TRUE(holds("size(l) = :v", item, {{":v", 4}}));
    EXPECT_TRUE(holds("size(l[2]) = :v", item, {{":v", 0}}));
    EXPECT_TRUE(holds("size(m) > :v", item, {{":v", 1}}));
    EXPECT_TRUE(holds("size(nested.l) < :v", item, {{":v", 1}}));
    EXPECT_TRUE(holds("size(ss) BETWEEN :lo AND :hi", item, {{":lo", 3}, {":hi", 4}}));
    EXPECT_TRUE(holds("size(l) IN (:a, :b)", item, {{":a", 1}, {":b", 4}}));
    EXPECT_TRUE(holds("size(m) = size(ns)", item));
}

TEST(EvaluateSize, OfANumberBooleanNullOrMissingValueIsMissing) {
    const Item item{{"n", 12345}, {"t", true}, {"z", Null{}}};
    for (const char* attribute : {"n", "t", "z", "ghost"}) {
        SCOPED_TRACE(attribute);
        const std::string size = std::string("size(") + attribute + ")";
        EXPECT_FALSE(holds(size + " = :v", item, {{":v", 0}}));
        EXPECT_FALSE(holds(size + " = :v", item, {{":v", 5}}));
        EXPECT_FALSE(holds(size + " >= :v", item, {{":v", 0}}));
        EXPECT_FALSE(holds(size + " < :v", item, {{":v", 100}}));
        EXPECT_TRUE(holds(size + " <> :v", item, {{":v", 5}}));
    }
}

}  // namespace
}  // namespace dynamorm::local
