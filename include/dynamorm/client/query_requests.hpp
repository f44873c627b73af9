// Requests and responses of Query and Scan. Conventions: client/types.hpp. KeyConditions,
// QueryFilter, ScanFilter, AttributesToGet and ConditionalOperator are the legacy parameters
// that the expressions replace.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::client {

struct QueryRequest {
    std::optional<std::string> table_name{};
    std::optional<std::string> index_name{};
    std::optional<Enum<Select>> select{};
    std::optional<std::vector<std::string>> attributes_to_get{};
    /// At least 1: the most items to evaluate (not to return) for this page.
    std::optional<std::int32_t> limit{};
    std::optional<bool> consistent_read{};
    std::optional<StringMap<Condition>> key_conditions{};
    std::optional<StringMap<Condition>> query_filter{};
    std::optional<Enum<ConditionalOperator>> conditional_operator{};
    /// False reads the sort key in descending order.
    std::optional<bool> scan_index_forward{};
    std::optional<Item> exclusive_start_key{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    std::optional<std::string> projection_expression{};
    std::optional<std::string> filter_expression{};
    std::optional<std::string> key_condition_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    friend bool operator==(const QueryRequest&, const QueryRequest&) = default;
};

/// One page of Query or Scan.
struct QueryResponse {
    /// Absent with Select COUNT.
    std::optional<std::vector<Item>> items{};
    /// Items returned (after the filter).
    std::int32_t count = 0;
    /// Items evaluated (before the filter).
    std::int32_t scanned_count = 0;
    /// Set when more pages follow: pass it as the next request's exclusive_start_key.
    std::optional<Item> last_evaluated_key{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    friend bool operator==(const QueryResponse&, const QueryResponse&) = default;
};

struct ScanRequest {
    std::optional<std::string> table_name{};
    std::optional<std::string> index_name{};
    std::optional<std::vector<std::string>> attributes_to_get{};
    std::optional<std::int32_t> limit{};
    std::optional<Enum<Select>> select{};
    std::optional<StringMap<Condition>> scan_filter{};
    std::optional<Enum<ConditionalOperator>> conditional_operator{};
    std::optional<Item> exclusive_start_key{};
    std::optional<Enum<ReturnConsumedCapacity>> return_consumed_capacity{};
    /// A parallel scan: `segment` (0 to total_segments - 1) of `total_segments`.
    std::optional<std::int32_t> total_segments{};
    std::optional<std::int32_t> segment{};
    std::optional<std::string> projection_expression{};
    std::optional<std::string> filter_expression{};
    std::optional<AttributeNameMap> expression_attribute_names{};
    std::optional<AttributeValueMap> expression_attribute_values{};
    std::optional<bool> consistent_read{};
    friend bool operator==(const ScanRequest&, const ScanRequest&) = default;
};

/// One page of Scan: the same members as Query's.
struct ScanResponse {
    std::optional<std::vector<Item>> items{};
    std::int32_t count = 0;
    std::int32_t scanned_count = 0;
    std::optional<Item> last_evaluated_key{};
    std::optional<ConsumedCapacity> consumed_capacity{};
    friend bool operator==(const ScanResponse&, const ScanResponse&) = default;
};

}  // namespace dynamorm::client
