// The checks of a CreateTable request that client::validate() leaves to the engine, in
// DynamoDB's words: repeated attribute definitions, index projections and their attribute
// limit, throughput of indexes on provisioned tables, stream, encryption and tags.
#pragma once

#include "dynamorm/client/table_requests.hpp"

namespace dynamorm::local {

/// Throws the ValidationException DynamoDB answers for the first rule the request breaks.
/// The request has passed client::validate().
void check_create_table(const client::CreateTableRequest& request);

}  // namespace dynamorm::local
