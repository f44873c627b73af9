#include "local/capacity_totals.hpp"

namespace dynamorm::local {

CapacityTotals::Entry& CapacityTotals::entry(const std::string& table) {
    for (Entry& existing : entries_) {
        if (existing.table == table) return existing;
    }
    return entries_.emplace_back(Entry{table, 0, {}});
}

void CapacityTotals::add(const std::string& table, double table_units,
                         const std::vector<IndexUnits>& indexes) {
    if (!wanted()) return;
    Entry& totals = entry(table);
    totals.units += table_units;
    for (const IndexUnits& units : indexes) {
        bool found = false;
        for (IndexUnits& existing : totals.indexes) {
            if (existing.index == units.index) {
                existing.units += units.units;
                found = true;
            }
        }
        if (!found) totals.indexes.push_back(units);
    }
}

std::optional<std::vector<client::ConsumedCapacity>> CapacityTotals::consumed() const {
    if (!wanted()) return std::nullopt;
    std::vector<client::ConsumedCapacity> out;
    out.reserve(entries_.size());
    for (const Entry& totals : entries_) {
        out.push_back(*consumed_capacity(mode_, totals.table, totals.units, totals.indexes));
    }
    return out;
}

}  // namespace dynamorm::local
