// Turning a CreateTableRequest into a Table: the schema the engine keeps (key attributes with
// their types, secondary indexes) and the description DynamoDB answers (ARNs, id, creation
// time, throughput, billing, streams, encryption, class, deletion protection).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dynamorm/client/table_requests.hpp"
#include "dynamorm/local/engine.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// The type AttributeDefinitions gives `name`; throws ValidationException when it gives none.
KeyDef key_def(const std::vector<client::AttributeDefinition>& definitions,
               const std::string& name);

/// A secondary index from its key schema and projection (both validated).
IndexDef index_def(const std::string& name, bool global,
                   const std::vector<client::KeySchemaElement>& key_schema,
                   const client::Projection& projection,
                   const std::vector<client::AttributeDefinition>& definitions);

/// The description of a new global secondary index, status CREATING, no items yet.
client::GlobalSecondaryIndexDescription new_global_index_description(
    const std::string& table_arn, const std::string& name,
    const std::vector<client::KeySchemaElement>& key_schema, const client::Projection& projection,
    const std::optional<client::ProvisionedThroughput>& throughput);

/// AttributeDefinitions as DynamoDB describes them: sorted by name.
std::vector<client::AttributeDefinition> sorted_definitions(
    std::vector<client::AttributeDefinition> definitions);

/// A projection as DynamoDB describes it: NonKeyAttributes sorted by name.
client::Projection sorted_projection(client::Projection projection);

/// `arn:aws:dynamodb:<region>:<account>:table/<name>/index/<index>`.
std::string index_arn(const std::string& table_arn, const std::string& index_name);

/// A stream's label: the time it was enabled, ISO 8601 in UTC with milliseconds
/// (`2024-05-01T12:00:00.123`), as DynamoDB labels streams.
std::string stream_label(double epoch_seconds);

/// A random (version 4) UUID, as DynamoDB's TableId.
std::string random_uuid();

/// The engine's clock: seconds since the epoch, with milliseconds.
double epoch_now();

/// A new table for a request that client::validate() and check_create_table() accepted,
/// created at `now`. Its description is ACTIVE (the engine creates tables at once); its
/// ItemCount and sizes are zero.
std::shared_ptr<Table> make_table(const client::CreateTableRequest& request,
                                  const EngineOptions& options, const std::string& table_arn,
                                  double now);

}  // namespace dynamorm::local
