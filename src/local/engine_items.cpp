// The engine's single-item operations: PutItem, GetItem, UpdateItem, DeleteItem.

#include <mutex>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "dynamorm/value/item_size.hpp"
#include "local/engine_errors.hpp"
#include "local/engine_state.hpp"
#include "local/evaluate.hpp"
#include "local/item_collection.hpp"
#include "local/item_projection.hpp"
#include "local/key_checks.hpp"
#include "local/write_plan.hpp"

namespace dynamorm::local {
namespace {

using client::ReturnValues;

struct WriteAnswer {
    std::optional<Item> attributes;
    std::optional<client::ConsumedCapacity> consumed_capacity;
    std::optional<client::ItemCollectionMetrics> item_collection_metrics;
};

// Prepares, checks, executes and commits one write under the table's exclusive lock.
WriteAnswer run_write(const EngineState& state, const std::string& table_name,
                      const WriteInput& input, const MetricsMode& metrics) {
    return answering([&] {
        const WritePlan plan = prepare_write(input);
        const std::shared_ptr<Table> table = state.table(table_name);
        std::unique_lock lock(table->mutex);
        check_write(table->schema, plan);
        WriteOutcome outcome = execute_write(*table, plan);
        if (outcome.condition_failed) raise_condition_failed(outcome);
        commit_write(*table, plan, outcome);
        WriteAnswer answer;
        answer.attributes = std::move(outcome.attributes);
        answer.consumed_capacity =
            consumed_capacity(plan.capacity, table_name, outcome.table_units, outcome.index_units);
        if (wants_item_collection_metrics(*table, metrics)) {
            answer.item_collection_metrics = item_collection_metrics(*table, *plan.key);
        }
        return answer;
    });
}

template <class Request>
ReturnValues return_values_of(const Request& request) {
    return request.return_values ? request.return_values->value() : ReturnValues::None;
}

template <class Request>
bool old_item_on_condition_failure(const Request& request) {
    return request.return_values_on_condition_check_failure &&
           *request.return_values_on_condition_check_failure ==
               client::ReturnValuesOnConditionCheckFailure::AllOld;
}

template <class Request>
ExpressionParameters write_expressions(const Request& request) {
    ExpressionParameters out;
    out.condition = present(request.condition_expression);
    out.names = present(request.expression_attribute_names);
    out.values = present(request.expression_attribute_values);
    return out;
}

// The members PutItem, UpdateItem and DeleteItem requests share.
template <class Request>
WriteInput common_input(WriteKind kind, const Request& request) {
    WriteInput input;
    input.kind = kind;
    input.expressions = write_expressions(request);
    input.expected = present(request.expected);
    input.conditional_operator = request.conditional_operator;
    input.return_values = return_values_of(request);
    input.old_item_on_condition_failure = old_item_on_condition_failure(request);
    input.capacity = request.return_consumed_capacity;
    return input;
}

template <class Response>
Response respond(WriteAnswer answer) {
    Response response;
    response.attributes = std::move(answer.attributes);
    response.consumed_capacity = std::move(answer.consumed_capacity);
    response.item_collection_metrics = std::move(answer.item_collection_metrics);
    return response;
}

}  // namespace

client::PutItemResponse Engine::put_item(const client::PutItemRequest& request) {
    client::validate(request);
    WriteInput input = common_input(WriteKind::Put, request);
    input.item = &*request.item;
    return respond<client::PutItemResponse>(
        run_write(*state_, *request.table_name, input, request.return_item_collection_metrics));
}

client::UpdateItemResponse Engine::update_item(const client::UpdateItemRequest& request) {
    client::validate(request);
    WriteInput input = common_input(WriteKind::Update, request);
    input.key = &*request.key;
    input.expressions.update = present(request.update_expression);
    input.attribute_updates = present(request.attribute_updates);
    return respond<client::UpdateItemResponse>(
        run_write(*state_, *request.table_name, input, request.return_item_collection_metrics));
}

client::DeleteItemResponse Engine::delete_item(const client::DeleteItemRequest& request) {
    client::validate(request);
    const ReturnValues return_values = return_values_of(request);
    if (return_values != ReturnValues::None && return_values != ReturnValues::AllOld) {
        throw ServiceError::validation("ReturnValues can only be ALL_OLD or NONE");
    }
    WriteInput input = common_input(WriteKind::Delete, request);
    input.key = &*request.key;
    return respond<client::DeleteItemResponse>(
        run_write(*state_, *request.table_name, input, request.return_item_collection_metrics));
}

client::GetItemResponse Engine::get_item(const client::GetItemRequest& request) {
    client::validate(request);
    return answering([&] {
        const std::optional<expr::Projection> projection = item_projection(
            present(request.projection_expression), present(request.expression_attribute_names),
            present(request.attributes_to_get));
        const std::shared_ptr<Table> table = state_->table(*request.table_name);
        std::shared_lock lock(table->mutex);
        check_key(table->schema, *request.key);
        check_projection_keys(table->schema, projection);
        client::GetItemResponse response;
        const Item* item = table->find(*request.key);
        if (item != nullptr) response.item = projected(projection, *item);
        if (wants_capacity(request.return_consumed_capacity)) {
            const bool strong = request.consistent_read.value_or(false);
            const double units =
                read_capacity_units(item != nullptr ? item_size(*item) : 0,
                                    strong ? ReadConsistency::Strong : ReadConsistency::Eventual);
            response.consumed_capacity =
                consumed_capacity(request.return_consumed_capacity, *request.table_name, units, {});
        }
        return response;
    });
}

}  // namespace dynamorm::local
