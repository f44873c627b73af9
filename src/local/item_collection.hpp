// ItemCollectionMetrics: the size of the item collection a write touched, which DynamoDB
// reports for tables with local secondary indexes.
#pragma once

#include <optional>

#include "dynamorm/client/types.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

using MetricsMode = std::optional<client::Enum<client::ReturnItemCollectionMetrics>>;

/// Whether a write to `table` answers with ItemCollectionMetrics: SIZE asked for, and the table
/// has a local secondary index.
bool wants_item_collection_metrics(const Table& table, const MetricsMode& mode) noexcept;

/// The metrics of the item collection of `key`'s hash key: ItemCollectionKey (the hash key)
/// and SizeEstimateRangeGB, the whole gigabytes below and above the collection's size (its
/// items and their local index entries).
client::ItemCollectionMetrics item_collection_metrics(const Table& table, const Item& key);

}  // namespace dynamorm::local
