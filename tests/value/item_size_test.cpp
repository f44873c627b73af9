#include "dynamorm/value/item_size.hpp"

#include <gtest/gtest.h>

#include <string>

namespace dynamorm {
namespace {

TEST(ItemSize, StringsCountUtf8BytesOfNameAndValue) {
    EXPECT_EQ(attribute_size("name", AttributeValue("abc")), 7U);
    EXPECT_EQ(attribute_size("n\xc3\xa9", AttributeValue("\xe2\x82\xac")), 6U);  // é, €
    EXPECT_EQ(value_size(AttributeValue("")), 0U);
}

TEST(ItemSize, BinaryCountsRawBytesNotBase64) {
    EXPECT_EQ(value_size(AttributeValue(Binary{std::string(10, '\xff')})), 10U);
}

TEST(ItemSize, BoolAndNullAreOneByte) {
    EXPECT_EQ(value_size(AttributeValue(true)), 1U);
    EXPECT_EQ(value_size(AttributeValue()), 1U);
    EXPECT_EQ(attribute_size("flag", AttributeValue(false)), 5U);
}

TEST(ItemSize, NumbersTakeAboutOneBytePerTwoDigitsPlusOne) {
    EXPECT_EQ(number_size(Number(0)), 1U);
    EXPECT_EQ(number_size(Number(7)), 2U);
    EXPECT_EQ(number_size(Number(10)), 2U);
    EXPECT_EQ(number_size(Number(99)), 2U);
    EXPECT_EQ(number_size(Number(123)), 3U);
    EXPECT_EQ(number_size(Number(1000)), 2U);  // trailing zeros are not stored
    EXPECT_EQ(number_size(Number("1e100")), 2U);
    EXPECT_EQ(number_size(Number(123456)), 4U);
    EXPECT_EQ(number_size(Number("0.5")), 2U);
    EXPECT_EQ(number_size(Number("1.5")), 3U);  // pairs align on the decimal point
    EXPECT_EQ(number_size(Number("0.05")), 2U);
    EXPECT_EQ(number_size(Number("0.005")), 2U);
    EXPECT_EQ(number_size(Number(-7)), 3U);  // a sign costs a byte
    EXPECT_EQ(number_size(Number("12345678901234567890123456789012345678")), 20U);
    EXPECT_EQ(number_size(Number("1.2345678901234567890123456789012345678")), 21U);
    EXPECT_EQ(number_size(Number("-1.2345678901234567890123456789012345678")), 21U);
    EXPECT_EQ(value_size(AttributeValue(Number(123))), 3U);
}

TEST(ItemSize, ListsAndMapsAddThreeBytesAndOnePerElement) {
    EXPECT_EQ(value_size(AttributeValue(List{})), 3U);
    EXPECT_EQ(value_size(AttributeValue(Map{})), 3U);
    // 3 + (1 + 1) + (1 + 2): a BOOL and the string "ab".
    EXPECT_EQ(value_size(AttributeValue{true, "ab"}), 8U);
    // 3 + (1 + len("k") + 1) + (1 + len("xy") + 3)
    EXPECT_EQ(value_size(AttributeValue(Map{{"k", Null{}}, {"xy", List{}}})), 12U);
    EXPECT_EQ(attribute_size("m", AttributeValue(Map{{"k", Null{}}})), 1U + 3U + 3U);
}

TEST(ItemSize, SetsSumTheirElements) {
    EXPECT_EQ(value_size(AttributeValue(StringSet{"a", "bcd"})), 4U);
    EXPECT_EQ(value_size(AttributeValue(NumberSet{Number(1), Number(123)})), 2U + 3U);
    EXPECT_EQ(value_size(AttributeValue(BinarySet{Binary{"xy"}, Binary{"z"}})), 3U);
}

TEST(ItemSize, ItemIsTheSumOfItsAttributes) {
    const Item item{{"id", "abc"}, {"n", 12}, {"ok", true}};
    EXPECT_EQ(item_size(item), (2U + 3U) + (1U + 2U) + (2U + 1U));
    EXPECT_EQ(item_size(Item{}), 0U);
}

TEST(ItemSize, TheLimitIs400KB) {
    EXPECT_EQ(kMaxItemSize, 409600U);
    const Item at_limit{{"b", Binary{std::string(kMaxItemSize - 1, 'x')}}};
    EXPECT_EQ(item_size(at_limit), kMaxItemSize);
}

TEST(ItemSize, ReadUnitsRoundUpToFourKilobytes) {
    EXPECT_EQ(read_capacity_units(1, ReadConsistency::Strong), 1.0);
    EXPECT_EQ(read_capacity_units(4096, ReadConsistency::Strong), 1.0);
    EXPECT_EQ(read_capacity_units(4097, ReadConsistency::Strong), 2.0);
    EXPECT_EQ(read_capacity_units(4097, ReadConsistency::Eventual), 1.0);
    EXPECT_EQ(read_capacity_units(100, ReadConsistency::Eventual), 0.5);
    EXPECT_EQ(read_capacity_units(4097, ReadConsistency::Transactional), 4.0);
    EXPECT_EQ(read_capacity_units(0, ReadConsistency::Eventual), 0.5);
    EXPECT_EQ(read_capacity_units(kMaxItemSize, ReadConsistency::Strong), 100.0);
}

TEST(ItemSize, WriteUnitsRoundUpToOneKilobyte) {
    EXPECT_EQ(write_capacity_units(1), 1.0);
    EXPECT_EQ(write_capacity_units(1024), 1.0);
    EXPECT_EQ(write_capacity_units(1025), 2.0);
    EXPECT_EQ(write_capacity_units(0), 1.0);
    EXPECT_EQ(write_capacity_units(1025, WriteMode::Transactional), 4.0);
    EXPECT_EQ(write_capacity_units(kMaxItemSize), 400.0);
}

}  // namespace
}  // namespace dynamorm
