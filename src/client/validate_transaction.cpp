// Validation of TransactWriteItems and TransactGetItems.
#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

namespace {

template <class T>
void check_transact_items(Violations& v, const std::optional<std::vector<T>>& items) {
    check_not_null(v, "transactItems", items.has_value());
    if (!items) return;
    const std::string rendered = render_json_list(*items);
    check_length_min(v, "transactItems", items->size(), rendered, 1);
    check_length_max(v, "transactItems", items->size(), rendered, 100);
}

// The members every write action has: its table, and what to return when its condition fails.
template <class Action>
void check_action(Violations& v, const std::string& path, const Action& action) {
    check_name(v, path_join(path, "tableName"), action.table_name, true);
    check_enum(v, path_join(path, "returnValuesOnConditionCheckFailure"),
               action.return_values_on_condition_check_failure);
}

}  // namespace

void validate(const TransactWriteItemsRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_enum(v, "returnItemCollectionMetrics", r.return_item_collection_metrics);
    check_transact_items(v, r.transact_items);
    if (r.transact_items) {
        for (std::size_t i = 0; i < r.transact_items->size(); ++i) {
            const TransactWriteItem& item = (*r.transact_items)[i];
            const std::string member = element_path("transactItems", i);
            if (item.condition_check) {
                const std::string path = path_join(member, "conditionCheck");
                check_not_null(v, path_join(path, "key"), item.condition_check->key.has_value());
                check_not_null(v, path_join(path, "conditionExpression"),
                               item.condition_check->condition_expression.has_value());
                check_action(v, path, *item.condition_check);
            }
            if (item.put) {
                const std::string path = path_join(member, "put");
                check_not_null(v, path_join(path, "item"), item.put->item.has_value());
                check_action(v, path, *item.put);
            }
            if (item.delete_) {
                const std::string path = path_join(member, "delete");
                check_not_null(v, path_join(path, "key"), item.delete_->key.has_value());
                check_action(v, path, *item.delete_);
            }
            if (item.update) {
                const std::string path = path_join(member, "update");
                check_not_null(v, path_join(path, "key"), item.update->key.has_value());
                check_not_null(v, path_join(path, "updateExpression"),
                               item.update->update_expression.has_value());
                check_action(v, path, *item.update);
            }
        }
    }
    check_text_length(v, "clientRequestToken", r.client_request_token, 1, 36);
    v.raise_if_any();

    for (const TransactWriteItem& item : *r.transact_items) {
        const int actions = int{item.condition_check.has_value()} + int{item.put.has_value()} +
                            int{item.delete_.has_value()} + int{item.update.has_value()};
        if (actions != 1) {
            fail("TransactItems can only contain one of Check, Put, Update or Delete");
        }
    }
}

void validate(const TransactGetItemsRequest& r) {
    Violations v;
    check_enum(v, "returnConsumedCapacity", r.return_consumed_capacity);
    check_transact_items(v, r.transact_items);
    if (r.transact_items) {
        for (std::size_t i = 0; i < r.transact_items->size(); ++i) {
            const TransactGetItem& item = (*r.transact_items)[i];
            const std::string path = path_join(element_path("transactItems", i), "get");
            check_not_null(v, path, item.get.has_value());
            if (!item.get) continue;
            check_not_null(v, path_join(path, "key"), item.get->key.has_value());
            check_name(v, path_join(path, "tableName"), item.get->table_name, true);
        }
    }
    v.raise_if_any();
}

}  // namespace dynamorm::client
