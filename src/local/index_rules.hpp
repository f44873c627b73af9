// DynamoDB's rules for secondary indexes that client::validate() leaves to the engine: the
// projection of each index, the limit on projected attributes across a table's indexes, and
// (for UpdateTable's new global secondary indexes) the key schema rules CreateTable's
// validation makes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::local {

/// NonKeyAttributes summed over all of a table's indexes (an attribute projected into two
/// indexes counts twice).
inline constexpr std::size_t kMaxProjectedAttributes = 100;

/// ProjectionType present; NonKeyAttributes given exactly when it is INCLUDE, without
/// repetitions. ValidationException with DynamoDB's message otherwise.
void check_projection_rules(const client::Projection& projection);

/// Throws ValidationException when the NonKeyAttributes of `projections` exceed
/// kMaxProjectedAttributes.
void check_projected_attribute_count(const std::vector<const client::Projection*>& projections);

/// A key schema of one HASH element, then optionally one RANGE element of another name, each
/// defined in `definitions`.
void check_key_schema_rules(const std::vector<client::KeySchemaElement>& key_schema,
                            const std::vector<client::AttributeDefinition>& definitions);

}  // namespace dynamorm::local
