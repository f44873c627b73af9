// ExclusiveStartKey: checked as DynamoDB checks it, and turned into the storage position that a
// page resumes after; and LastEvaluatedKey, the key a page stops at.
#pragma once

#include <cstdint>
#include <optional>

#include "dynamorm/expr/parse.hpp"
#include "local/read_target.hpp"
#include "local/store_key.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// A parallel scan's part of the table.
struct ScanSegment {
    std::int32_t segment = 0;
    std::int32_t total = 1;
};

/// Query's ExclusiveStartKey: the table's and the index's key attributes and nothing else ("The
/// provided starting key is invalid", "The provided starting key is invalid: <why>"), each
/// valid, and within what the key condition selects ("The provided starting key is outside
/// query boundaries based on provided conditions", "The provided starting key does not match
/// the range key predicate", "The query can return at most one row and cannot be restarted").
StoreKey query_start_key(const Table& table, const ReadTarget& target, const Item& start,
                         const expr::KeyConditionMatch& match);

/// Scan's ExclusiveStartKey, which must also lie in the segment scanned ("The provided starting
/// key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct
/// Segment. TotalSegments: <n> Segment: <s>").
StoreKey scan_start_key(const Table& table, const ReadTarget& target, const Item& start,
                        const std::optional<ScanSegment>& segment);

/// LastEvaluatedKey for a page that stopped at `entry` (an item of the table or an entry of the
/// index): the table's key attributes and the index's.
Item last_evaluated_key(const Table& table, const ReadTarget& target, const Item& entry);

}  // namespace dynamorm::local
