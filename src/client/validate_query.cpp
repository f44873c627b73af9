// Validation of Query and Scan.
#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

void validate(const QueryRequest& r) {
    Violations v;
    check_enum(v, "select", r.select);
    check_name(v, "indexName", r.index_name, false);
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_conditions(v, "queryFilter", r.query_filter, true);
    check_name(v, "tableName", r.table_name, true);
    check_enum(v, "conditionalOperator", r.conditional_operator);
    check_attributes_to_get(v, "attributesToGet", r.attributes_to_get);
    check_min(v, "limit", r.limit, 1);
    check_conditions(v, "keyConditions", r.key_conditions, true);
    v.raise_if_any();

    check_expression_parameters(
        {{"ProjectionExpression", r.projection_expression.has_value()},
         {"FilterExpression", r.filter_expression.has_value()},
         {"KeyConditionExpression", r.key_condition_expression.has_value()}},
        {{"AttributesToGet", r.attributes_to_get.has_value()},
         {"QueryFilter", r.query_filter.has_value()},
         {"ConditionalOperator", r.conditional_operator.has_value()},
         {"KeyConditions", r.key_conditions.has_value()}},
        r.expression_attribute_names.has_value(), r.expression_attribute_values.has_value());
    check_no_duplicate_names(r.attributes_to_get);
    if (!r.key_conditions && !r.key_condition_expression) {
        fail(
            "Either the KeyConditions or KeyConditionExpression parameter must be specified in "
            "the request.");
    }
}

void validate(const ScanRequest& r) {
    Violations v;
    check_enum(v, "select", r.select);
    check_name(v, "indexName", r.index_name, false);
    check_min(v, "totalSegments", r.total_segments, 1);
    check_max(v, "totalSegments", r.total_segments, 1000000);
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_name(v, "tableName", r.table_name, true);
    check_enum(v, "conditionalOperator", r.conditional_operator);
    check_conditions(v, "scanFilter", r.scan_filter, true);
    check_min(v, "segment", r.segment, 0);
    check_max(v, "segment", r.segment, 999999);
    check_min(v, "limit", r.limit, 1);
    check_attributes_to_get(v, "attributesToGet", r.attributes_to_get);
    v.raise_if_any();

    check_expression_parameters({{"ProjectionExpression", r.projection_expression.has_value()},
                                 {"FilterExpression", r.filter_expression.has_value()}},
                                {{"AttributesToGet", r.attributes_to_get.has_value()},
                                 {"ScanFilter", r.scan_filter.has_value()},
                                 {"ConditionalOperator", r.conditional_operator.has_value()}},
                                r.expression_attribute_names.has_value(),
                                r.expression_attribute_values.has_value());
    check_no_duplicate_names(r.attributes_to_get);
    if (r.segment && !r.total_segments) {
        fail(
            "The TotalSegments parameter is required but was not present in the request when "
            "Segment parameter is present");
    }
    if (r.total_segments) {
        if (!r.segment) {
            fail(
                "The Segment parameter is required but was not present in the request when "
                "parameter TotalSegments is present");
        }
        if (*r.segment >= *r.total_segments) {
            fail(
                "The Segment parameter is zero-based and must be less than parameter "
                "TotalSegments: Segment: " +
                std::to_string(*r.segment) +
                " is not less than TotalSegments: " + std::to_string(*r.total_segments));
        }
    }
}

}  // namespace dynamorm::client
