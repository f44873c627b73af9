// The engine's storage order: key bytes, partition hashes, scan segments and the comparator.
#include "local/store_key.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "local/key_condition.hpp"

namespace dynamorm::local {
namespace {

bool bytes_less(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    });
}

// A random number over DynamoDB's whole range: 1 to 38 digits, magnitude 1E-130 to < 1E+126.
Number random_number(std::mt19937& rng) {
    std::uniform_int_distribution<int> digits(1, 38);
    std::uniform_int_distribution<int> digit(0, 9);
    std::string text = rng() % 2 == 0 ? "-" : "";
    const int count = digits(rng);
    text += static_cast<char>('1' + digit(rng) % 9);
    for (int i = 1; i < count; ++i)
        text += static_cast<char>('0' + digit(rng));
    std::uniform_int_distribution<int> exponent(-130, 125 - count);
    text += "e" + std::to_string(exponent(rng));
    return Number(text);
}

TEST(KeyBytes, StringsAndBinaryAreTheirBytes) {
    EXPECT_EQ(key_bytes(AttributeValue("héllo")), "h\xc3\xa9llo");
    EXPECT_EQ(key_bytes(AttributeValue(Binary{std::string("\x00\xff", 2)})),
              std::string("\x00\xff", 2));
}

TEST(KeyBytes, ZeroIsOneByte) {
    EXPECT_EQ(key_bytes(AttributeValue(0)), std::string(1, '\x80'));
    EXPECT_EQ(key_bytes(AttributeValue(Number("0.000"))), std::string(1, '\x80'));
}

TEST(KeyBytes, EqualNumbersHaveEqualBytes) {
    EXPECT_EQ(key_bytes(AttributeValue(Number("1.50"))),
              key_bytes(AttributeValue(Number("15e-1"))));
    EXPECT_EQ(key_bytes(AttributeValue(Number("-100"))), key_bytes(AttributeValue(Number("-1E2"))));
}

TEST(KeyBytes, SmallPositiveIntegers) {
    // A sign-and-exponent byte, then two digits per byte, each pair plus one.
    EXPECT_EQ(key_bytes(AttributeValue(1)), std::string("\xc1\x02"));
    EXPECT_EQ(key_bytes(AttributeValue(10)), std::string("\xc1\x0b"));
    EXPECT_EQ(key_bytes(AttributeValue(99)), std::string("\xc1\x64"));
    EXPECT_EQ(key_bytes(AttributeValue(100)), std::string("\xc2\x02"));
}

TEST(KeyBytes, NumberBytesPreserveNumericOrder) {
    std::mt19937 rng(7);
    std::vector<Number> numbers{Number(0),
                                Number(1),
                                Number(-1),
                                Number("1e-130"),
                                Number("-1e-130"),
                                Number("9.9999999999999999999999999999999999999e125"),
                                Number("-9.9999999999999999999999999999999999999e125")};
    for (int i = 0; i < 2000; ++i)
        numbers.push_back(random_number(rng));
    std::sort(numbers.begin(), numbers.end());
    for (std::size_t i = 1; i < numbers.size(); ++i) {
        const std::string a = key_bytes(AttributeValue(numbers[i - 1]));
        const std::string b = key_bytes(AttributeValue(numbers[i]));
        if (numbers[i - 1] == numbers[i]) {
            EXPECT_EQ(a, b);
        } else {
            EXPECT_TRUE(bytes_less(a, b))
                << numbers[i - 1].to_string() << " < " << numbers[i].to_string();
        }
    }
}

TEST(PartitionHash, IsTwentyFourBitsAndDependsOnTheValueOnly) {
    std::mt19937 rng(11);
    std::vector<std::uint32_t> seen;
    for (int i = 0; i < 500; ++i) {
        const std::string key = "user-" + std::to_string(rng());
        const std::uint32_t hash = partition_hash(AttributeValue(key));
        EXPECT_LE(hash, 0xFFFFFFu);
        EXPECT_EQ(hash, partition_hash(AttributeValue(key)));
        seen.push_back(hash);
    }
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    EXPECT_GT(seen.size(), 490u);  // scattered, not clustered
    EXPECT_EQ(partition_hash(AttributeValue(Number("2.0"))), partition_hash(AttributeValue(2)));
    EXPECT_NE(partition_hash(AttributeValue("2")), partition_hash(AttributeValue(2)));
}

TEST(PartitionHash, TableKeyHashWithoutRangeIsThePartitionHash) {
    const AttributeValue hash("abc");
    EXPECT_EQ(table_key_hash(hash, nullptr), partition_hash(hash));
    const AttributeValue range(5);
    EXPECT_NE(table_key_hash(hash, &range), partition_hash(hash));
}

TEST(SegmentBounds, OneSegmentIsEverything) {
    const SegmentBounds all = segment_bounds(0, 1);
    EXPECT_EQ(all.first, 0u);
    EXPECT_EQ(all.last, 0xFFFFFFu);
}

TEST(SegmentBounds, SegmentsTileTheHashRangeExactly) {
    for (int total : {2, 3, 7, 100, 1000, 4096, 5000}) {
        std::uint32_t next = 0;
        for (int segment = 0; segment < total; ++segment) {
            const SegmentBounds bounds = segment_bounds(segment, total);
            if (bounds.first > bounds.last) {
                // More segments than 4096 slices: some segments are empty.
                EXPECT_GT(total, 4096);
                continue;
            }
            EXPECT_EQ(bounds.first, next) << total << " " << segment;
            next = bounds.last + 1;
        }
        EXPECT_EQ(next, 0x1000000u) << total;
    }
}

TEST(StoreKeyLess, PartitionsByHashThenSortKeys) {
    ItemStore store;
    std::mt19937 rng(3);
    for (int p = 0; p < 50; ++p) {
        for (int r = 0; r < 20; ++r) {
            StoreKey key;
            key.hash = AttributeValue("p" + std::to_string(p));
            key.partition = partition_hash(key.hash);
            key.range = AttributeValue(static_cast<int>(rng() % 1000) - 500);
            store.emplace(std::move(key), Item{});
        }
    }
    const StoreKey* previous = nullptr;
    for (const auto& [key, item] : store) {
        if (previous != nullptr) {
            ASSERT_LE(previous->partition, key.partition);
            if (previous->partition == key.partition && previous->hash == key.hash) {
                EXPECT_TRUE(compare_keys(previous->range, key.range) < 0);
            }
        }
        previous = &key;
    }
    // A whole partition, found without copying its key.
    const AttributeValue hash("p7");
    const auto [first, last] = store.equal_range(PartitionRef{partition_hash(hash), &hash});
    EXPECT_GT(std::distance(first, last), 0);
    for (auto it = first; it != last; ++it)
        EXPECT_EQ(it->first.hash, hash);
    // A single key.
    const AttributeValue range = first->first.range;
    EXPECT_EQ(store.find(KeyRef{partition_hash(hash), &hash, &range}), first);
}

}  // namespace
}  // namespace dynamorm::local
