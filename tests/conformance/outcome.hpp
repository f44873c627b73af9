// What a client answered to one request, as JSON encoded with the wire codec:
//   {"response": <the operation's response body>}   on success,
//   {"error": <DynamoDB's error body: __type, message, Item, CancellationReasons>}
//   {"exception": "<what()>"}                         for anything else thrown.
// Request ids are not part of it (ServiceError's body leaves them out).
#pragma once

#include "dynamorm/client/client.hpp"
#include "dynamorm/value/json_value.hpp"

namespace conformance {

dynamorm::json::Value outcome_of(dynamorm::client::Client& client,
                                 const dynamorm::client::AnyRequest& request);

}  // namespace conformance
