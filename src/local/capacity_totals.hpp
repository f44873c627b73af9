// The ConsumedCapacity of an operation on several tables (batches and transactions): units added
// write by write or read by read, answered as one ConsumedCapacity per table.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "local/capacity.hpp"

namespace dynamorm::local {

class CapacityTotals {
  public:
    explicit CapacityTotals(CapacityMode mode) : mode_(std::move(mode)) {}

    /// Whether ReturnConsumedCapacity asks for capacity at all.
    bool wanted() const noexcept { return wants_capacity(mode_); }

    /// Adds units consumed on `table` and its indexes (an index given twice adds up).
    void add(const std::string& table, double table_units,
             const std::vector<IndexUnits>& indexes = {});
    /// Counts `table` with no units yet, so that it is answered even if nothing is added.
    void touch(const std::string& table) { add(table, 0); }

    /// One ConsumedCapacity per table, in the order tables were first added (as
    /// local::consumed_capacity() shapes it for the mode), or nothing when not wanted. The
    /// indexes' definitions must still be alive.
    std::optional<std::vector<client::ConsumedCapacity>> consumed() const;

  private:
    struct Entry {
        std::string table;
        double units = 0;
        std::vector<IndexUnits> indexes;
    };
    Entry& entry(const std::string& table);

    CapacityMode mode_;
    std::vector<Entry> entries_;
};

}  // namespace dynamorm::local
