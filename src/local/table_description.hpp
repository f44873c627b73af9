// What DescribeTable answers for a table: its stored description with the current item count
// and sizes, of the table and of each secondary index.
#pragma once

#include "dynamorm/client/types.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The table's description with ItemCount, TableSizeBytes and each index's ItemCount and
/// IndexSizeBytes as they are now (DynamoDB refreshes them about every six hours; the engine
/// counts exactly). The caller holds the table's mutex, shared at least.
client::TableDescription current_description(const Table& table);

}  // namespace dynamorm::local
