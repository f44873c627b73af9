// What is normalized before the engine's and dynalite's outcomes are compared: only what must
// differ between two servers answering the same requests correctly.
//
// - The run's table names become their `${NAME}` placeholders again (TableNames::restore), so
//   that reports read like the case file; this changes nothing in the comparison.
// - Times: CreationDateTime, LastIncreaseDateTime, LastDecreaseDateTime,
//   LastUpdateToPayPerRequestDateTime (a table's or index's clock readings) become "<time>".
//   Only the value is replaced: whether the member is there is still compared.
// - TableId (a random UUID) becomes "<id>".
// - ARNs (TableArn, IndexArn, LatestStreamArn, and ARNs inside strings): the region and account
//   parts become "<region>" and "<account>", a stream's label "<label>"; LatestStreamLabel (a
//   timestamp) becomes "<label>"; in IAM ARNs (the caller named by AccessDeniedException) the
//   account and principal become "<account>:<principal>".
// - ListTables: TableNames keeps only the case's own tables, because the shared dynalite also
//   holds other cases' tables (the engine is fresh for every case).
// - BatchGetItem: each table's Responses are sorted by their JSON text, because dynalite
//   shuffles them at random on purpose (DynamoDB promises no order there).
// Request ids are never part of an outcome (outcome.hpp). Nothing else is sorted: Scan's and
// Query's items, pages and start keys must come out in dynalite's order.
#pragma once

#include <string_view>

#include "dynamorm/value/json_value.hpp"
#include "table_names.hpp"

namespace conformance {

/// `outcome` (outcome.hpp) of operation `op`, normalized as described above.
dynamorm::json::Value normalize(const dynamorm::json::Value& outcome, std::string_view op,
                                const TableNames& names);

/// `text` with the region and account of every DynamoDB ARN in it replaced, the label of a
/// stream ARN, and the account and principal of an IAM ARN.
std::string normalize_arns(const std::string& text);

}  // namespace conformance
