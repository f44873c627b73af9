#include "local/ttl.hpp"

#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <vector>

#include "local/engine_state.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

bool is_expired(const Item& item, const std::string& attribute, double now) {
    auto found = item.find(attribute);
    if (found == item.end() || found->second.type() != Type::N) return false;
    const double expiry = found->second.as_n().approximate_double();
    return expiry < now && expiry >= now - kMaxExpiredAgeSeconds;
}

std::size_t expire_items(Table& table, double now) {
    std::string attribute;
    std::vector<Item> keys;
    {
        std::shared_lock lock(table.mutex);
        if (!table.ttl_attribute) return 0;
        attribute = *table.ttl_attribute;
        for (const auto& [key, item] : table.items) {
            if (is_expired(item, attribute, now)) keys.push_back(table.key_item(item));
        }
    }
    if (keys.empty()) return 0;
    std::size_t removed = 0;
    std::unique_lock lock(table.mutex);
    if (table.ttl_attribute != attribute) return 0;
    for (const Item& key : keys) {
        const Item* item = table.find(key);
        if (item != nullptr && is_expired(*item, attribute, now) && table.erase(key)) ++removed;
    }
    return removed;
}

std::size_t expire_all(const EngineState& state, double now) {
    std::vector<std::shared_ptr<Table>> tables;
    {
        std::shared_lock catalog(state.catalog_mutex);
        for (const auto& [name, table] : state.tables)
            tables.push_back(table);
    }
    std::size_t removed = 0;
    for (const auto& table : tables)
        removed += expire_items(*table, now);
    return removed;
}

}  // namespace dynamorm::local
