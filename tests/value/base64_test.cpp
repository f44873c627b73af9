#include "dynamorm/value/base64.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dynamorm/value/error.hpp"

namespace dynamorm {
namespace {

std::string decode_error(std::string_view text) {
    std::string out = "kept";
    std::string error;
    EXPECT_FALSE(base64::decode_to(text, out, &error)) << text;
    EXPECT_EQ(out, "kept") << "output changed on failure for " << text;
    return error;
}

// RFC 4648, section 10.
TEST(JsonBase64, EncodesTheRfcTestVectors) {
    EXPECT_EQ(base64::encode(""), "");
    EXPECT_EQ(base64::encode("f"), "Zg==");
    EXPECT_EQ(base64::encode("fo"), "Zm8=");
    EXPECT_EQ(base64::encode("foo"), "Zm9v");
    EXPECT_EQ(base64::encode("foob"), "Zm9vYg==");
    EXPECT_EQ(base64::encode("fooba"), "Zm9vYmE=");
    EXPECT_EQ(base64::encode("foobar"), "Zm9vYmFy");
}

TEST(JsonBase64, DecodesTheRfcTestVectors) {
    EXPECT_EQ(base64::decode(""), "");
    EXPECT_EQ(base64::decode("Zg=="), "f");
    EXPECT_EQ(base64::decode("Zm8="), "fo");
    EXPECT_EQ(base64::decode("Zm9v"), "foo");
    EXPECT_EQ(base64::decode("Zm9vYg=="), "foob");
    EXPECT_EQ(base64::decode("Zm9vYmE="), "fooba");
    EXPECT_EQ(base64::decode("Zm9vYmFy"), "foobar");
}

TEST(JsonBase64, UsesTheStandardAlphabetForHighBytes) {
    EXPECT_EQ(base64::encode(std::string("\xfb\xff\xbf", 3)), "+/+/");
    EXPECT_EQ(base64::decode("+/+/"), std::string("\xfb\xff\xbf", 3));
    EXPECT_EQ(base64::encode(std::string("\0\0\0", 3)), "AAAA");
    EXPECT_EQ(base64::decode("AAAA"), std::string("\0\0\0", 3));
}

TEST(JsonBase64, EncodeToAppends) {
    std::string out = "x";
    base64::encode_to("foo", out);
    EXPECT_EQ(out, "xZm9v");
    std::string decoded = "y";
    ASSERT_TRUE(base64::decode_to("Zm9v", decoded));
    EXPECT_EQ(decoded, "yfoo");
}

TEST(JsonBase64, EncodedSize) {
    EXPECT_EQ(base64::encoded_size(0), 0U);
    EXPECT_EQ(base64::encoded_size(1), 4U);
    EXPECT_EQ(base64::encoded_size(3), 4U);
    EXPECT_EQ(base64::encoded_size(4), 8U);
}

TEST(JsonBase64, RejectsLengthsNotMultipleOfFourWithDynamoDbsMessage) {
    EXPECT_EQ(decode_error("Zm9"),
              "Base64 encoded length is expected a multiple of 4 bytes but found: 3");
    EXPECT_EQ(decode_error("Zg"),
              "Base64 encoded length is expected a multiple of 4 bytes but found: 2");
    EXPECT_EQ(decode_error("Zm9vY"),
              "Base64 encoded length is expected a multiple of 4 bytes but found: 5");
}

TEST(JsonBase64, RejectsNonZeroUnusedBitsWithDynamoDbsMessage) {
    // "Zh==" and "Zm9=" carry bits that no byte uses: another encoding of "f" and "fo".
    EXPECT_EQ(decode_error("Zh=="), "Invalid last non-pad Base64 character dectected");
    EXPECT_EQ(decode_error("Zm9="), "Invalid last non-pad Base64 character dectected");
}

TEST(JsonBase64, RejectsCharactersOutsideTheAlphabetNamingThem) {
    EXPECT_EQ(decode_error("Zm9v#mFy"), "Invalid Base64 character '#' at position 4");
    EXPECT_EQ(decode_error("Zm-v"), "Invalid Base64 character '-' at position 2");  // base64url
    EXPECT_EQ(decode_error("Zm_v"), "Invalid Base64 character '_' at position 2");
    EXPECT_EQ(decode_error("Zm9 "), "Invalid Base64 character ' ' at position 3");
    EXPECT_EQ(decode_error(std::string("Zm\x00v", 4)),
              "Invalid Base64 character 0x00 at position 2");
    EXPECT_EQ(decode_error("Zm\xc3\xa9"), "Invalid Base64 character 0xC3 at position 2");
}

TEST(JsonBase64, RejectsMisplacedPadding) {
    EXPECT_FALSE(decode_error("Zg==Zg==").empty());  // padding in the middle
    EXPECT_FALSE(decode_error("=Zm9").empty());
    EXPECT_FALSE(decode_error("Z===").empty());
    EXPECT_FALSE(decode_error("====").empty());
    EXPECT_FALSE(decode_error("Zm=v").empty());
}

TEST(JsonBase64, DecodeThrowsValueError) {
    EXPECT_THROW(base64::decode("abc"), ValueError);
}

TEST(JsonBase64, RandomBytesRoundTripAndEncodingIsCanonical) {
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string bytes(rng() % 40, '\0');
        for (char& c : bytes)
            c = static_cast<char>(rng() & 0xFF);
        const std::string text = base64::encode(bytes);
        ASSERT_EQ(text.size(), base64::encoded_size(bytes.size()));
        ASSERT_EQ(base64::decode(text), bytes);
        // Changing any one character yields either an error or different bytes.
        if (text.empty()) continue;
        std::string changed = text;
        const std::size_t at = rng() % text.size();
        changed[at] = changed[at] == 'A' ? 'B' : 'A';
        std::string out;
        if (base64::decode_to(changed, out)) {
            ASSERT_NE(out, bytes) << changed;
        }
    }
}

}  // namespace
}  // namespace dynamorm
