// The tables of a request that works on several at once (batches and transactions): found in the
// catalog first, then locked in name order, as engine_state.hpp requires, so that two such
// requests never wait for each other in a cycle.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "local/table.hpp"

namespace dynamorm::local {

class EngineState;

enum class LockMode { Shared, Exclusive };

class LockedTables {
  public:
    /// Finds every table named (in any order, repeats allowed), then locks each once, in name
    /// order. Throws ResourceNotFoundException "Requested resource not found" for a missing
    /// table, before any lock is taken.
    LockedTables(const EngineState& state, const std::vector<std::string_view>& names,
                 LockMode mode);
    LockedTables(const LockedTables&) = delete;
    LockedTables& operator=(const LockedTables&) = delete;

    /// A table named at construction.
    Table& operator[](std::string_view name) const;

  private:
    std::map<std::string, std::shared_ptr<Table>, std::less<>> tables_;
    std::vector<std::shared_lock<std::shared_mutex>> shared_;
    std::vector<std::unique_lock<std::shared_mutex>> exclusive_;
};

}  // namespace dynamorm::local
