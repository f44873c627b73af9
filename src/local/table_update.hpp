// Applying an UpdateTable request that check_update_table_request() and check_update_table()
// accepted: throughput and billing, global secondary indexes (a new one is filled from the
// table's items at once), stream, encryption, table class and deletion protection.
#pragma once

#include "dynamorm/client/table_requests.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/journal.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// Changes `table` as the request asks, at `now`, and returns the description UpdateTable
/// answers: the table UPDATING while DynamoDB would still be at work (throughput, billing,
/// stream, table class, an index created or deleted), a new index CREATING, a deleted one
/// DELETING, an index whose throughput changes UPDATING with its old throughput, as DynamoDB
/// echoes it. The table itself is ACTIVE again at once. The change is saved to `journal` (when
/// not null) and undone when saving fails. The caller holds the table's lock exclusively.
client::TableDescription apply_update_table(Table& table, const client::UpdateTableRequest& request,
                                            const EngineOptions& options, Journal* journal,
                                            double now);

}  // namespace dynamorm::local
