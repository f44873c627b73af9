#include "local/transaction_actions.hpp"

#include "local/request_expressions.hpp"

namespace dynamorm::local {
namespace {

template <class Action>
WriteInput common_input(const Action& action, WriteKind kind, const std::string* update) {
    WriteInput input;
    input.kind = kind;
    input.expressions.condition = present(action.condition_expression);
    input.expressions.update = update;
    if (input.expressions.condition != nullptr || update != nullptr) {
        input.expressions.names = present(action.expression_attribute_names);
        input.expressions.values = present(action.expression_attribute_values);
    }
    input.old_item_on_condition_failure = action.return_values_on_condition_check_failure &&
                                          *action.return_values_on_condition_check_failure ==
                                              client::ReturnValuesOnConditionCheckFailure::AllOld;
    return input;
}

}  // namespace

const std::string& action_table(const client::TransactWriteItem& action) {
    if (action.put) return *action.put->table_name;
    if (action.update) return *action.update->table_name;
    if (action.delete_) return *action.delete_->table_name;
    return *action.condition_check->table_name;
}

WriteInput action_input(const client::TransactWriteItem& action, const CapacityMode& capacity) {
    WriteInput input;
    if (action.put) {
        input = common_input(*action.put, WriteKind::Put, nullptr);
        input.item = &*action.put->item;
    } else if (action.update) {
        input = common_input(*action.update, WriteKind::Update,
                             present(action.update->update_expression));
        input.key = &*action.update->key;
    } else if (action.delete_) {
        input = common_input(*action.delete_, WriteKind::Delete, nullptr);
        input.key = &*action.delete_->key;
    } else {
        input = common_input(*action.condition_check, WriteKind::ConditionCheck, nullptr);
        input.key = &*action.condition_check->key;
    }
    input.capacity = capacity;
    return input;
}

}  // namespace dynamorm::local
