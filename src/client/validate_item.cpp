// Validation of PutItem, GetItem, UpdateItem and DeleteItem.
#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

void validate(const PutItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_name(v, "tableName", r.table_name, true);
    check_not_null(v, "item", r.item.has_value());
    check_enum(v, "conditionalOperator", r.conditional_operator);
    check_conditions(v, "expected", r.expected, false);
    check_enum(v, "returnValues", r.return_values);
    check_enum(v, "returnItemCollectionMetrics", r.return_item_collection_metrics);
    check_enum(v, "returnValuesOnConditionCheckFailure",
               r.return_values_on_condition_check_failure);
    v.raise_if_any();

    check_expression_parameters({{"ConditionExpression", r.condition_expression.has_value()}},
                                {{"Expected", r.expected.has_value()}},
                                r.expression_attribute_names.has_value(),
                                r.expression_attribute_values.has_value());
    if (r.return_values && *r.return_values != ReturnValues::None &&
        *r.return_values != ReturnValues::AllOld) {
        fail("ReturnValues can only be ALL_OLD or NONE");
    }
}

void validate(const GetItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_attributes_to_get(v, "attributesToGet", r.attributes_to_get);
    check_name(v, "tableName", r.table_name, true);
    check_not_null(v, "key", r.key.has_value());
    v.raise_if_any();

    check_expression_parameters({{"ProjectionExpression", r.projection_expression.has_value()}},
                                {{"AttributesToGet", r.attributes_to_get.has_value()}},
                                r.expression_attribute_names.has_value(), false);
    check_no_duplicate_names(r.attributes_to_get);
}

void validate(const UpdateItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_name(v, "tableName", r.table_name, true);
    check_enum(v, "returnItemCollectionMetrics", r.return_item_collection_metrics);
    check_enum(v, "returnValues", r.return_values);
    check_not_null(v, "key", r.key.has_value());
    check_enum(v, "conditionalOperator", r.conditional_operator);
    check_conditions(v, "expected", r.expected, false);
    check_enum(v, "returnValuesOnConditionCheckFailure",
               r.return_values_on_condition_check_failure);
    v.raise_if_any();

    check_expression_parameters({{"UpdateExpression", r.update_expression.has_value()},
                                 {"ConditionExpression", r.condition_expression.has_value()}},
                                {{"AttributeUpdates", r.attribute_updates.has_value()},
                                 {"Expected", r.expected.has_value()}},
                                r.expression_attribute_names.has_value(),
                                r.expression_attribute_values.has_value());
}

void validate(const DeleteItemRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_name(v, "tableName", r.table_name, true);
    check_enum(v, "returnValues", r.return_values);
    check_enum(v, "returnItemCollectionMetrics", r.return_item_collection_metrics);
    check_not_null(v, "key", r.key.has_value());
    check_enum(v, "conditionalOperator", r.conditional_operator);
    check_conditions(v, "expected", r.expected, false);
    check_enum(v, "returnValuesOnConditionCheckFailure",
               r.return_values_on_condition_check_failure);
    v.raise_if_any();

    check_expression_parameters({{"ConditionExpression", r.condition_expression.has_value()}},
                                {{"Expected", r.expected.has_value()}},
                                r.expression_attribute_names.has_value(),
                                r.expression_attribute_values.has_value());
}

}  // namespace dynamorm::client
