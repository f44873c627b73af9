// Telling apart the two kinds of refusal of a key check (key_checks.hpp), which batches and
// transactions answer differently from the single-item operations:
// - the key does not fit the schema: an attribute missing or of the wrong type (table key or
//   index key). BatchWriteItem words a put's missing or mistyped table key attribute as
//   "The provided key element does not match the schema"; TransactWriteItems and
//   TransactGetItems cancel the transaction with a ValidationError reason instead of failing the
//   request;
// - the value is not allowed (empty, too long): a ValidationException of the whole request
//   everywhere.
#pragma once

#include <string_view>

#include "dynamorm/client/error.hpp"

namespace dynamorm::local {

inline constexpr std::string_view kKeySchemaMismatch =
    "The provided key element does not match the schema";

/// Whether the refusal says a key attribute is missing or of the wrong type.
bool is_key_schema_mismatch(const ServiceError& error) noexcept;

/// Whether the refusal says a table key attribute of an item to put is missing or of the wrong
/// type (PutItem's "Missing the key ..." and "Type mismatch for key ..."), which BatchWriteItem
/// answers with kKeySchemaMismatch.
bool is_item_key_mismatch(const ServiceError& error) noexcept;

}  // namespace dynamorm::local
