#include "local/locked_tables.hpp"

#include <stdexcept>

#include "local/engine_state.hpp"

namespace dynamorm::local {

LockedTables::LockedTables(const EngineState& state, const std::vector<std::string_view>& names,
                           LockMode mode) {
    for (std::string_view name : names) {
        if (tables_.find(name) == tables_.end()) tables_.emplace(name, state.table(name));
    }
    // The map iterates in name order.
    for (const auto& [name, table] : tables_) {
        if (mode == LockMode::Shared) {
            shared_.emplace_back(table->mutex);
        } else {
            exclusive_.emplace_back(table->mutex);
        }
    }
}

Table& LockedTables::operator[](std::string_view name) const {
    const auto found = tables_.find(name);
    if (found == tables_.end()) throw std::logic_error("table not locked: " + std::string(name));
    return *found->second;
}

}  // namespace dynamorm::local
