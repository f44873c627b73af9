// BatchGetItem and BatchWriteItem.
//
// Both check the whole request before reading or writing anything: client::validate(), then
// what the request alone shows (projections; item sizes), then every table
// (ResourceNotFoundException), then every key against its table's schema, under the tables'
// locks, taken in name order (LockedTables). So a bad request reads or writes nothing.

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/client/validate.hpp"
#include "dynamorm/local/engine.hpp"
#include "dynamorm/value/item_size.hpp"
#include "local/capacity_totals.hpp"
#include "local/commit_writes.hpp"
#include "local/engine_errors.hpp"
#include "local/engine_state.hpp"
#include "local/item_collection.hpp"
#include "local/item_projection.hpp"
#include "local/key_checks.hpp"
#include "local/key_mismatch.hpp"
#include "local/locked_tables.hpp"
#include "local/request_expressions.hpp"
#include "local/write_plan.hpp"

namespace dynamorm::local {
namespace {

/// BatchWriteItem's limit on writes, over all tables.
constexpr std::size_t kMaxBatchWrites = 25;
/// BatchGetItem's limit on the size of its answer: the keys of items beyond it come back in
/// UnprocessedKeys.
constexpr std::size_t kMaxBatchGetBytes = std::size_t{16} * 1024 * 1024;

// ---- BatchGetItem ---------------------------------------------------------------------------

struct TableReads {
    const std::string* table_name;
    const client::KeysAndAttributes* request;
    std::optional<expr::Projection> projection;
};

// The UnprocessedKeys entry of a table: its request, with the keys still to read.
client::KeysAndAttributes& unprocessed(client::BatchGetItemResponse& response,
                                       const TableReads& reads) {
    auto found = response.unprocessed_keys.find(*reads.table_name);
    if (found == response.unprocessed_keys.end()) {
        client::KeysAndAttributes entry = *reads.request;
        entry.keys.emplace();
        found = response.unprocessed_keys.emplace(*reads.table_name, std::move(entry)).first;
    }
    return found->second;
}

// ---- BatchWriteItem -------------------------------------------------------------------------

struct BatchWrite {
    const std::string* table_name;
    WritePlan plan;
    WriteOutcome outcome;
};

// The key checks of one write, in BatchWriteItem's words: a put's missing or mistyped table key
// attribute is "The provided key element does not match the schema".
void check_batch_write(const TableSchema& schema, const WritePlan& plan) {
    try {
        check_write(schema, plan);
    } catch (const ServiceError& error) {
        if (plan.kind == WriteKind::Put && is_item_key_mismatch(error)) {
            throw ServiceError::validation(std::string(kKeySchemaMismatch));
        }
        throw;
    }
}

// Every write's keys, table by table in request order, and no item written twice.
void check_batch_writes(const LockedTables& tables, const std::vector<BatchWrite>& writes) {
    const std::string* current = nullptr;
    std::set<StoreKey, StoreKeyLess> seen;
    for (const BatchWrite& write : writes) {
        const Table& table = tables[*write.table_name];
        if (write.table_name != current) {
            current = write.table_name;
            seen.clear();
        }
        check_batch_write(table.schema, write.plan);
        if (!seen.insert(table.key_of(*write.plan.key)).second) {
            throw ServiceError::validation("Provided list of item keys contains duplicates");
        }
    }
}

std::vector<BatchWrite> prepare_batch_writes(const client::BatchWriteItemRequest& request) {
    std::size_t count = 0;
    for (const auto& [table_name, requests] : *request.request_items)
        count += requests.size();
    if (count > kMaxBatchWrites) {
        throw ServiceError::validation("Too many items requested for the BatchWriteItem call");
    }
    std::vector<BatchWrite> writes;
    writes.reserve(count);
    for (const auto& [table_name, requests] : *request.request_items) {
        for (const client::WriteRequest& write : requests) {
            WriteInput input;
            if (write.put_request) {
                input.kind = WriteKind::Put;
                input.item = &*write.put_request->item;
            } else {
                input.kind = WriteKind::Delete;
                input.key = &*write.delete_request->key;
            }
            input.capacity = request.return_consumed_capacity;
            writes.push_back({&table_name, prepare_write(input), {}});
        }
    }
    return writes;
}

}  // namespace

client::BatchGetItemResponse Engine::batch_get_item(const client::BatchGetItemRequest& request) {
    client::validate(request);
    return answering([&] {
        std::vector<TableReads> reads;
        std::vector<std::string_view> names;
        for (const auto& [table_name, keys] : *request.request_items) {
            reads.push_back({&table_name, &keys,
                             item_projection(present(keys.projection_expression),
                                             present(keys.expression_attribute_names),
                                             present(keys.attributes_to_get))});
            names.push_back(table_name);
        }
        const LockedTables tables(*state_, names, LockMode::Shared);
        for (const TableReads& table_reads : reads) {
            const TableSchema& schema = tables[*table_reads.table_name].schema;
            for (const Item& key : *table_reads.request->keys)
                check_key(schema, key);
            check_projection_keys(schema, table_reads.projection);
        }

        client::BatchGetItemResponse response;
        CapacityTotals capacity(request.return_consumed_capacity);
        std::size_t answered_bytes = 0;
        bool full = false;
        for (const TableReads& table_reads : reads) {
            const std::string& table_name = *table_reads.table_name;
            const Table& table = tables[table_name];
            std::vector<Item>& items = response.responses[table_name];
            capacity.touch(table_name);
            const ReadConsistency consistency = table_reads.request->consistent_read.value_or(false)
                                                    ? ReadConsistency::Strong
                                                    : ReadConsistency::Eventual;
            for (const Item& key : *table_reads.request->keys) {
                const Item* item = full ? nullptr : table.find(key);
                std::optional<Item> answer;
                if (item != nullptr) answer = projected(table_reads.projection, *item);
                const std::size_t bytes = answer ? item_size(*answer) : 0;
                if (full || answered_bytes + bytes > kMaxBatchGetBytes) {
                    full = true;
                    unprocessed(response, table_reads).keys->push_back(key);
                    continue;
                }
                answered_bytes += bytes;
                if (answer) items.push_back(std::move(*answer));
                capacity.add(table_name, read_capacity_units(item != nullptr ? item_size(*item) : 0,
                                                             consistency));
            }
        }
        response.consumed_capacity = capacity.consumed();
        return response;
    });
}

client::BatchWriteItemResponse Engine::batch_write_item(
    const client::BatchWriteItemRequest& request) {
    client::validate(request);
    return answering([&] {
        std::vector<BatchWrite> writes = prepare_batch_writes(request);
        std::vector<std::string_view> names;
        for (const auto& [table_name, requests] : *request.request_items)
            names.push_back(table_name);
        const LockedTables tables(*state_, names, LockMode::Exclusive);
        check_batch_writes(tables, writes);

        std::vector<ExecutedWrite> executed;
        executed.reserve(writes.size());
        for (BatchWrite& write : writes) {
            Table& table = tables[*write.table_name];
            write.outcome = execute_write(table, write.plan);
            executed.push_back({&table, &write.plan, &write.outcome});
        }
        commit_writes(state_->journal.get(), executed);

        client::BatchWriteItemResponse response;
        CapacityTotals capacity(request.return_consumed_capacity);
        client::StringMap<std::vector<client::ItemCollectionMetrics>> metrics;
        for (const BatchWrite& write : writes) {
            const Table& table = tables[*write.table_name];
            capacity.add(*write.table_name, write.outcome.table_units, write.outcome.index_units);
            if (wants_item_collection_metrics(table, request.return_item_collection_metrics)) {
                metrics[*write.table_name].push_back(
                    item_collection_metrics(table, *write.plan.key));
            }
        }
        response.consumed_capacity = capacity.consumed();
        if (!metrics.empty()) response.item_collection_metrics = std::move(metrics);
        return response;
    });
}

}  // namespace dynamorm::local
