// The ConsumedCapacity of an answer, and the write units a change costs each index.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The units one operation consumed on one index.
struct IndexUnits {
    const IndexDef* index;
    double units;
};

using CapacityMode = std::optional<client::Enum<client::ReturnConsumedCapacity>>;

/// Whether ReturnConsumedCapacity asks for capacity (TOTAL or INDEXES).
bool wants_capacity(const CapacityMode& mode) noexcept;

/// ConsumedCapacity as DynamoDB answers it: nothing for NONE or no ReturnConsumedCapacity;
/// for TOTAL the table's name and CapacityUnits (the table's and the indexes' units together);
/// for INDEXES also `Table` and, per kind, the indexes that consumed units.
std::optional<client::ConsumedCapacity> consumed_capacity(const CapacityMode& mode,
                                                          const std::string& table_name,
                                                          double table_units,
                                                          const std::vector<IndexUnits>& indexes);

/// The write units index `index` of `table` consumes when an item changes from `old_item` to
/// `new_item` (either null for none): nothing when the index's entry stays as it was, one write
/// of the entry when only its projected attributes change, a delete and a put when its key
/// changes (one unit per KB of each entry).
double index_write_units(const Table& table, std::size_t index, const Item* old_item,
                         const Item* new_item);

}  // namespace dynamorm::local
