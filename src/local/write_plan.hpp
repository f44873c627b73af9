// One write — a put, an update, a delete or a transaction's condition check — in three steps,
// so that PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems run the same
// logic:
//
// 1. prepare_write(): the request alone, before any table is looked up. Checks what DynamoDB
//    checks first (the item size of a put, the legacy parameters) and reads the expressions.
// 2. check_write(): against the table's schema, under the table's lock, before any item is
//    read: the key or the item's key attributes, and an update that would change a key.
// 3. execute_write(): under the table's exclusive lock. Reads the stored item, checks the
//    condition (a failure is reported in the outcome, not thrown, so that a transaction can
//    name it among its cancellation reasons), computes the new item and checks it against the
//    limits, and the capacity the write consumes. Nothing is stored yet;
//    commit_write() stores the outcome (at once for single writes, after every check for a
//    transaction).
//
// Errors are thrown as ServiceError (ValidationException) or expr::ExpressionError (expressions
// the parser or evaluator refuses; local::answering() turns these into ValidationExceptions).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"
#include "local/capacity.hpp"
#include "local/legacy_conditions.hpp"
#include "local/request_expressions.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

enum class WriteKind { Put, Update, Delete, ConditionCheck };

/// One write as a request states it. Pointers into the request, which must outlive the plan.
struct WriteInput {
    WriteKind kind = WriteKind::Put;
    /// Put: the item.
    const Item* item = nullptr;
    /// Update, Delete, ConditionCheck: the key.
    const Item* key = nullptr;
    /// ConditionExpression, UpdateExpression and their placeholders.
    ExpressionParameters expressions;
    /// The legacy parameters.
    const client::StringMap<client::ExpectedAttributeValue>* expected = nullptr;
    ConditionalOperatorParameter conditional_operator;
    const client::StringMap<client::AttributeValueUpdate>* attribute_updates = nullptr;
    /// What the answer carries.
    client::ReturnValues return_values = client::ReturnValues::None;
    bool old_item_on_condition_failure = false;
    CapacityMode capacity;
};

/// A write, prepared: what to read, check and write.
struct WritePlan {
    WriteKind kind = WriteKind::Put;
    /// Put: the item to store.
    const Item* item = nullptr;
    /// The key to read (for a put, the item, which holds its key).
    const Item* key = nullptr;
    std::optional<expr::Condition> condition;
    /// Update: the update expression, or AttributeUpdates turned into one.
    std::optional<expr::Update> update;
    bool legacy_update = false;
    /// Put: the item's size.
    std::size_t item_size = 0;
    client::ReturnValues return_values = client::ReturnValues::None;
    bool old_item_on_condition_failure = false;
    CapacityMode capacity;
};

/// What executing a write found and would write.
struct WriteOutcome {
    /// The condition did not hold; nothing else was computed.
    bool condition_failed = false;
    /// With a failed condition and ReturnValuesOnConditionCheckFailure ALL_OLD: the stored item.
    std::optional<Item> failed_item;
    /// Update: the item to store.
    std::optional<Item> new_item;
    /// What ReturnValues asks for, once known (ALL_OLD after commit_write()).
    std::optional<Item> attributes;
    /// Units consumed, when the plan asks for capacity.
    double table_units = 0;
    std::vector<IndexUnits> index_units;
};

/// Step 1: checks the request alone and reads its expressions.
WritePlan prepare_write(const WriteInput& input);

/// Step 2: checks the write against the table's schema (any lock on the table).
void check_write(const TableSchema& schema, const WritePlan& plan);

/// Step 3: the write against the table's current contents (exclusive lock held).
WriteOutcome execute_write(const Table& table, const WritePlan& plan);

/// Stores what execute_write() computed (exclusive lock held, the same one or a later one with
/// nothing written in between). Fills `attributes` for ReturnValues ALL_OLD. `journal_it` false:
/// the caller has already made the change durable, together with the other writes of a batch
/// or transaction (Journal::write), so the table does not journal it again.
void commit_write(Table& table, const WritePlan& plan, WriteOutcome& outcome,
                  bool journal_it = true);

/// ConditionalCheckFailedException for a failed outcome, with the stored item when the plan
/// asked for it.
[[noreturn]] void raise_condition_failed(WriteOutcome& outcome);

}  // namespace dynamorm::local
