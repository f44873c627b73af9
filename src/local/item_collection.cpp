#include "local/item_collection.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "dynamorm/value/item_size.hpp"

namespace dynamorm::local {
namespace {

std::size_t partition_bytes(const ItemStore& store, const PartitionRef& partition) {
    std::size_t bytes = 0;
    const auto [first, last] = store.equal_range(partition);
    for (auto it = first; it != last; ++it)
        bytes += item_size(it->second);
    return bytes;
}

}  // namespace

bool wants_item_collection_metrics(const Table& table, const MetricsMode& mode) noexcept {
    if (!mode || !(*mode == client::ReturnItemCollectionMetrics::Size)) return false;
    return std::any_of(table.schema.indexes.begin(), table.schema.indexes.end(),
                       [](const IndexDef& index) { return !index.global; });
}

client::ItemCollectionMetrics item_collection_metrics(const Table& table, const Item& key) {
    const AttributeValue& hash = key.at(table.schema.hash.name);
    const PartitionRef partition{partition_hash(hash), &hash};
    std::size_t bytes = partition_bytes(table.items, partition);
    for (std::size_t i = 0; i < table.schema.indexes.size(); ++i) {
        if (!table.schema.indexes[i].global) {
            bytes += partition_bytes(table.index_entries[i], partition);
        }
    }
    constexpr double kGigabyte = 1024.0 * 1024.0 * 1024.0;
    const double lower = std::floor(static_cast<double>(bytes) / kGigabyte);
    client::ItemCollectionMetrics out;
    out.item_collection_key = Item{{table.schema.hash.name, hash}};
    out.size_estimate_range_gb = std::vector<double>{lower, lower + 1};
    return out;
}

}  // namespace dynamorm::local
