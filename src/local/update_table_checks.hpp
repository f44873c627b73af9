// The checks of an UpdateTable request that client::validate() leaves to the engine: first
// those of the request alone (which changes may share one request, the stream and encryption
// specifications), then those against the table (indexes that must or must not exist, billing
// and throughput, the stream's and encryption's current state), each with DynamoDB's code and
// message.
#pragma once

#include "dynamorm/client/table_requests.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// True when the table bills per request.
bool on_demand(const client::TableDescription& description);

/// The rules of the request alone. It has passed client::validate().
void check_update_table_request(const client::UpdateTableRequest& request);

/// The rules against the table as it is. The caller holds the table's lock.
void check_update_table(const Table& table, const client::UpdateTableRequest& request);

}  // namespace dynamorm::local
