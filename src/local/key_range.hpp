// Where a Query's items lie in a table's or index's storage: one partition, and within it the
// run of sort keys the key condition selects, found by binary search.
#pragma once

#include <optional>

#include "dynamorm/expr/parse.hpp"
#include "local/store_key.hpp"

namespace dynamorm::local {

/// A run of storage, [first, last).
struct StoreRange {
    ItemStore::const_iterator first;
    ItemStore::const_iterator last;
};

/// The entries of `store` whose hash key is `hash` and whose sort key satisfies `range` (all of
/// the partition without one), in storage (= sort key) order.
StoreRange key_range(const ItemStore& store, const AttributeValue& hash,
                     const std::optional<expr::RangeKeyCondition>& range);

/// The entries of the partitions whose hash lies in [first, last] (a scan segment).
StoreRange partition_range(const ItemStore& store, std::uint32_t first, std::uint32_t last);

/// The later (`later`) or earlier (`earlier`) of two positions of `store`; end() is the latest.
ItemStore::const_iterator later(const ItemStore& store, ItemStore::const_iterator a,
                                ItemStore::const_iterator b);
ItemStore::const_iterator earlier(const ItemStore& store, ItemStore::const_iterator a,
                                  ItemStore::const_iterator b);

}  // namespace dynamorm::local
