#include "local/table_description.hpp"

#include <cstdint>

#include "dynamorm/value/item_size.hpp"

namespace dynamorm::local {
namespace {

const ItemStore* entries_of(const Table& table, const std::optional<std::string>& index_name) {
    for (std::size_t i = 0; i < table.schema.indexes.size(); ++i) {
        if (index_name && table.schema.indexes[i].name == *index_name) {
            return &table.index_entries[i];
        }
    }
    return nullptr;
}

template <class IndexDescription>
void count_index(const Table& table, IndexDescription& index) {
    const ItemStore* entries = entries_of(table, index.index_name);
    std::int64_t bytes = 0;
    if (entries != nullptr) {
        for (const auto& [key, entry] : *entries)
            bytes += static_cast<std::int64_t>(item_size(entry));
    }
    index.item_count = entries != nullptr ? static_cast<std::int64_t>(entries->size()) : 0;
    index.index_size_bytes = bytes;
}

}  // namespace

client::TableDescription current_description(const Table& table) {
    client::TableDescription out = table.description;
    out.item_count = table.item_count();
    out.table_size_bytes = table.size_bytes();
    if (out.local_secondary_indexes) {
        for (auto& index : *out.local_secondary_indexes)
            count_index(table, index);
    }
    if (out.global_secondary_indexes) {
        for (auto& index : *out.global_secondary_indexes)
            count_index(table, index);
    }
    return out;
}

}  // namespace dynamorm::local
