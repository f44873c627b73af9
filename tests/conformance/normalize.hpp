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
//   timestamp) becomes "<label>".
// - ListTables: TableNames keeps only the case's own tables, because the shared dynalite also
//   holds other cases' tables (the engine is fresh for every case).
// Request ids are never part of an outcome (outcome.hpp). Nothing is sorted: the engine must
// return Scan's and BatchGetItem's items in dynalite's order.
#pragma once

#include <string_view>

#include "dynamorm/value/json_value.hpp"
#include "table_names.hpp"

namespace conformance {

/// `outcome` (outcome.hpp) of operation `op`, normalized as described above.
dynamorm::json::Value normalize(const dynamorm::json::Value& outcome, std::string_view op,
                                const TableNames& names);

/// `text` with the region and account of every DynamoDB ARN in it replaced, and the label of a
/// stream ARN.
std::string normalize_arns(const std::string& text);

}  // namespace conformance
