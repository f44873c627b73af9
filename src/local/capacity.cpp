#include "local/capacity.hpp"

#include "dynamorm/value/item_size.hpp"

namespace dynamorm::local {
namespace {

bool same_attribute(const Item& a, const Item& b, const std::string& name) {
    const auto x = a.find(name);
    const auto y = b.find(name);
    if (x == a.end() || y == b.end()) return (x == a.end()) == (y == b.end());
    return x->second == y->second;
}

}  // namespace

bool wants_capacity(const CapacityMode& mode) noexcept {
    return mode && (*mode == client::ReturnConsumedCapacity::Total ||
                    *mode == client::ReturnConsumedCapacity::Indexes);
}

std::optional<client::ConsumedCapacity> consumed_capacity(const CapacityMode& mode,
                                                          const std::string& table_name,
                                                          double table_units,
                                                          const std::vector<IndexUnits>& indexes) {
    if (!wants_capacity(mode)) return std::nullopt;
    double total = table_units;
    for (const IndexUnits& index : indexes)
        total += index.units;
    client::ConsumedCapacity out;
    out.table_name = table_name;
    out.capacity_units = total;
    if (*mode == client::ReturnConsumedCapacity::Indexes) {
        out.table = client::Capacity{.capacity_units = table_units};
        for (const IndexUnits& index : indexes) {
            auto& group =
                index.index->global ? out.global_secondary_indexes : out.local_secondary_indexes;
            if (!group) group.emplace();
            (*group)[index.index->name] = client::Capacity{.capacity_units = index.units};
        }
    }
    return out;
}

double index_write_units(const Table& table, std::size_t index, const Item* old_item,
                         const Item* new_item) {
    const std::optional<Item> old_entry =
        old_item != nullptr ? table.index_entry(index, *old_item) : std::nullopt;
    const std::optional<Item> new_entry =
        new_item != nullptr ? table.index_entry(index, *new_item) : std::nullopt;
    const auto units = [](const std::optional<Item>& entry) {
        return write_capacity_units(item_size(*entry));
    };
    if (!old_entry && !new_entry) return 0;
    if (!old_entry) return units(new_entry);
    if (!new_entry) return units(old_entry);
    if (*old_entry == *new_entry) return 0;
    const IndexDef& def = table.schema.indexes[index];
    const bool same_key = same_attribute(*old_entry, *new_entry, def.hash.name) &&
                          (!def.range || same_attribute(*old_entry, *new_entry, def.range->name));
    return same_key ? units(new_entry) : units(old_entry) + units(new_entry);
}

}  // namespace dynamorm::local
