// Where items sit in a table or an index. The storage order is the order of Scan: partitions
// scattered by a hash of their key, as DynamoDB scatters them, and within a partition the
// order of Query, by sort key. The hash is dynalite's (24 bits of a salted MD5 over the key's
// bytes, numbers in DynamoDB's binary encoding), so that a scan of the engine and a scan of
// dynalite list the same items in the same order and resume at the same keys.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local {

/// The bytes DynamoDB hashes for a key value: UTF-8 for S, the raw bytes for B, DynamoDB's
/// binary number encoding for N (a sign-and-exponent byte, then two digits per byte).
std::string key_bytes(const AttributeValue& value);

/// The place in scan order of the partition with this hash key: 24 bits, 0 to 0xFFFFFF.
std::uint32_t partition_hash(const AttributeValue& hash_key);

/// The tie-breaker of index entries with equal index keys: the same hash over the item's table
/// key (hash and range key; `range_key` may be null).
std::uint32_t table_key_hash(const AttributeValue& hash_key, const AttributeValue* range_key);

/// Scan's segments split the hash range by its first 12 bits, as dynalite splits it: segment
/// `segment` of `total` holds the partitions whose hash lies in [first, last].
struct SegmentBounds {
    std::uint32_t first;
    std::uint32_t last;
};
SegmentBounds segment_bounds(std::int32_t segment, std::int32_t total);

/// An item's position in a table (the index members stay zero and NULL) or an index.
struct StoreKey {
    std::uint32_t partition = 0;
    AttributeValue hash;
    /// NULL when the table or index has no sort key.
    AttributeValue range;
    // Index entries only: the item's table key, which orders items with equal index keys.
    std::uint32_t table_partition = 0;
    AttributeValue table_hash;
    AttributeValue table_range;
};

/// A partition, without copying its key: lookups of whole partitions (Query).
struct PartitionRef {
    std::uint32_t partition;
    const AttributeValue* hash;
};

/// A table key, without copying it: point lookups (GetItem and the writes). `range` is null for
/// a table without a sort key.
struct KeyRef {
    std::uint32_t partition;
    const AttributeValue* hash;
    const AttributeValue* range;
};

/// Storage order. Values of one key attribute are of one type (the table's definition), and
/// compare as compare_keys() orders them.
struct StoreKeyLess {
    using is_transparent = void;
    bool operator()(const StoreKey& a, const StoreKey& b) const;
    bool operator()(const StoreKey& a, const PartitionRef& b) const;
    bool operator()(const PartitionRef& a, const StoreKey& b) const;
    bool operator()(const StoreKey& a, const KeyRef& b) const;
    bool operator()(const KeyRef& a, const StoreKey& b) const;
};

/// The items of a table, or the entries of an index (projected items), in storage order.
using ItemStore = std::map<StoreKey, Item, StoreKeyLess>;

}  // namespace dynamorm::local
