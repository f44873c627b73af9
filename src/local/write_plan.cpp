#include "local/write_plan.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "dynamorm/client/error.hpp"
#include "dynamorm/value/item_size.hpp"
#include "local/evaluate.hpp"
#include "local/key_checks.hpp"
#include "local/legacy_updates.hpp"

namespace dynamorm::local {
namespace {

using client::ReturnValues;

const Item& no_item() {
    static const Item empty;
    return empty;
}

UpdateResult updated(const WritePlan& plan, const Item& base,
                     const std::vector<std::string>& keys) {
    try {
        return apply_update(*plan.update, base, keys);
    } catch (const EvaluationError& error) {
        // AttributeUpdates answer a value of the wrong type in their own words.
        if (plan.legacy_update && error.what() == messages::kIncorrectOperandType) {
            throw ServiceError::validation(std::string(kLegacyTypeMismatch));
        }
        throw;
    }
}

void count_capacity(const Table& table, const WritePlan& plan, const Item* stored,
                    const Item* written, WriteOutcome& outcome) {
    const std::size_t old_size = stored != nullptr ? item_size(*stored) : 0;
    std::size_t new_size = 0;
    if (written != nullptr) {
        new_size = plan.kind == WriteKind::Put ? plan.item_size : item_size(*written);
    }
    outcome.table_units = std::max(write_capacity_units(old_size), write_capacity_units(new_size));
    for (std::size_t i = 0; i < table.schema.indexes.size(); ++i) {
        const double units = index_write_units(table, i, stored, written);
        if (units > 0) outcome.index_units.push_back({&table.schema.indexes[i], units});
    }
}

}  // namespace

WritePlan prepare_write(const WriteInput& input) {
    WritePlan plan;
    plan.kind = input.kind;
    plan.item = input.item;
    plan.key = input.kind == WriteKind::Put ? input.item : input.key;
    plan.return_values = input.return_values;
    plan.old_item_on_condition_failure = input.old_item_on_condition_failure;
    plan.capacity = input.capacity;
    if (input.kind == WriteKind::Put) {
        plan.item_size = item_size(*input.item);
        check_item_size(plan.item_size, IndexKeySource::Item);
    }
    if (input.kind == WriteKind::Update && input.attribute_updates != nullptr) {
        plan.update = update_of(*input.attribute_updates);
        plan.legacy_update = true;
    }
    plan.condition = expected_condition(input.expected, input.conditional_operator);
    ParsedExpressions parsed = parse_expressions(input.expressions);
    if (parsed.condition) plan.condition = std::move(parsed.condition);
    if (parsed.update) plan.update = std::move(parsed.update);
    if (input.kind == WriteKind::Update && !plan.update) plan.update.emplace();
    return plan;
}

void check_write(const TableSchema& schema, const WritePlan& plan) {
    switch (plan.kind) {
        case WriteKind::Put:
            check_item_keys(schema, *plan.item);
            check_index_keys(schema, *plan.item, IndexKeySource::Item);
            break;
        case WriteKind::Update:
            check_key(schema, *plan.key);
            check_key_attributes(*plan.update, schema.key_names());
            break;
        case WriteKind::Delete:
        case WriteKind::ConditionCheck:
            check_key(schema, *plan.key);
            break;
    }
}

WriteOutcome execute_write(const Table& table, const WritePlan& plan) {
    WriteOutcome outcome;
    const Item* stored = table.find(*plan.key);
    if (plan.condition && !evaluate(*plan.condition, stored != nullptr ? *stored : no_item())) {
        outcome.condition_failed = true;
        if (plan.old_item_on_condition_failure && stored != nullptr) outcome.failed_item = *stored;
        return outcome;
    }
    const Item* written = nullptr;
    switch (plan.kind) {
        case WriteKind::ConditionCheck:
            return outcome;
        case WriteKind::Put:
            written = plan.item;
            break;
        case WriteKind::Delete:
            break;
        case WriteKind::Update: {
            UpdateResult result =
                updated(plan, stored != nullptr ? *stored : *plan.key, table.schema.key_names());
            check_item_size(item_size(result.item), IndexKeySource::Update);
            check_index_keys(table.schema, result.item, IndexKeySource::Update, &result.attributes);
            switch (plan.return_values) {
                case ReturnValues::UpdatedOld:
                    if (!result.updated_old.empty())
                        outcome.attributes = std::move(result.updated_old);
                    break;
                case ReturnValues::UpdatedNew:
                    if (!result.updated_new.empty())
                        outcome.attributes = std::move(result.updated_new);
                    break;
                case ReturnValues::AllNew:
                    outcome.attributes = result.item;
                    break;
                default:
                    break;
            }
            outcome.new_item = std::move(result.item);
            written = &*outcome.new_item;
            break;
        }
    }
    if (wants_capacity(plan.capacity)) count_capacity(table, plan, stored, written, outcome);
    return outcome;
}

void commit_write(Table& table, const WritePlan& plan, WriteOutcome& outcome, bool journal_it) {
    std::optional<Item> old;
    switch (plan.kind) {
        case WriteKind::ConditionCheck:
            return;
        case WriteKind::Put:
            old = table.put(*plan.item, journal_it);
            break;
        case WriteKind::Update:
            old = table.put(std::move(*outcome.new_item), journal_it);
            outcome.new_item.reset();
            break;
        case WriteKind::Delete:
            old = table.erase(*plan.key, journal_it);
            break;
    }
    if (plan.return_values == ReturnValues::AllOld && old) outcome.attributes = std::move(old);
}

void raise_condition_failed(WriteOutcome& outcome) {
    ServiceError error = ServiceError::conditional_check_failed();
    if (outcome.failed_item) error.set_item(std::move(outcome.failed_item));
    throw error;
}

}  // namespace dynamorm::local
