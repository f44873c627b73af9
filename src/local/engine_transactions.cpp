// TransactWriteItems and TransactGetItems.
//
// Both check in DynamoDB's order: client::validate(), then what the request alone shows (the
// expressions; item sizes), then every table (ResourceNotFoundException), then, under the
// tables' locks, every key against its table's schema (transaction_checks.hpp) and that no two
// actions name one item. A transaction locks all its tables at once, in name order
// (LockedTables): exclusively to write, so that all its conditions are checked and all its
// writes made with nothing in between, and shared to read, so that it reads one consistent
// state. A write transaction whose condition or update fails for any action writes nothing and
// answers TransactionCanceledException with one reason per action; otherwise all its writes are
// made durable together (commit_writes).

#include <optional>
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
#include "local/locked_tables.hpp"
#include "local/transaction_actions.hpp"
#include "local/transaction_checks.hpp"
#include "local/transaction_tokens.hpp"
#include "local/write_plan.hpp"

namespace dynamorm::local {
namespace {

/// The aggregate size of the items of one TransactWriteItems.
constexpr std::size_t kMaxTransactionBytes = std::size_t{4} * 1024 * 1024;

struct Action {
    const std::string* table_name;
    WritePlan plan;
    WriteOutcome outcome;
};

std::vector<Action> prepare_actions(const client::TransactWriteItemsRequest& request) {
    std::vector<Action> actions;
    actions.reserve(request.transact_items->size());
    std::size_t bytes = 0;
    for (const client::TransactWriteItem& item : *request.transact_items) {
        Action& action = actions.emplace_back(
            Action{&action_table(item),
                   prepare_write(action_input(item, request.return_consumed_capacity)),
                   {}});
        bytes += action.plan.kind == WriteKind::Put ? action.plan.item_size
                                                    : item_size(*action.plan.key);
    }
    if (bytes > kMaxTransactionBytes) {
        throw ServiceError::validation(
            "Transaction request size has exceeded the maximum allowed size of 4 MB");
    }
    return actions;
}

template <class Actions>
std::vector<std::string_view> table_names(const Actions& actions) {
    std::vector<std::string_view> names;
    names.reserve(actions.size());
    for (const auto& action : actions)
        names.push_back(*action.table_name);
    return names;
}

// Runs every action against the tables as they are; cancels the transaction when any fails.
void execute_actions(const LockedTables& tables, std::vector<Action>& actions) {
    std::vector<client::CancellationReason> reasons;
    reasons.reserve(actions.size());
    bool cancelled = false;
    for (Action& action : actions) {
        try {
            action.outcome = execute_write(tables[*action.table_name], action.plan);
            if (action.outcome.condition_failed) {
                reasons.push_back(condition_failure(std::move(action.outcome.failed_item)));
            } else {
                reasons.push_back(no_failure());
            }
        } catch (const ServiceError& error) {
            reasons.push_back(validation_failure(error.message()));
        } catch (const expr::ExpressionError& error) {
            reasons.push_back(validation_failure(error.what()));
        }
        cancelled = cancelled || reasons.back().code != "None";
    }
    if (cancelled) throw ServiceError::transaction_canceled(std::move(reasons));
}

// The write units of one action: twice a standard write's, as transactions write in two phases.
// A condition check counts as a write of the item it reads.
void add_write_capacity(CapacityTotals& capacity, const Table& table, const Action& action) {
    if (action.plan.kind == WriteKind::ConditionCheck) {
        const Item* stored = table.find(*action.plan.key);
        capacity.add(*action.table_name,
                     write_capacity_units(stored != nullptr ? item_size(*stored) : 0,
                                          WriteMode::Transactional));
        return;
    }
    std::vector<IndexUnits> indexes = action.outcome.index_units;
    for (IndexUnits& units : indexes)
        units.units *= 2;
    capacity.add(*action.table_name, action.outcome.table_units * 2, indexes);
}

// The answer to a request repeating a successful one (same ClientRequestToken): nothing is
// written again; the capacity is that of reading the actions' items.
client::TransactWriteItemsResponse repeated(const EngineState& state,
                                            const client::TransactWriteItemsRequest& request,
                                            const std::vector<Action>& actions) {
    client::TransactWriteItemsResponse response;
    CapacityTotals capacity(request.return_consumed_capacity);
    if (!capacity.wanted()) return response;
    const LockedTables tables(state, table_names(actions), LockMode::Shared);
    for (const Action& action : actions) {
        const Table& table = tables[*action.table_name];
        check_key(table.schema, table.key_item(*action.plan.key));
        const Item* stored = table.find(*action.plan.key);
        capacity.add(*action.table_name,
                     read_capacity_units(stored != nullptr ? item_size(*stored) : 0,
                                         ReadConsistency::Strong));
    }
    response.consumed_capacity = capacity.consumed();
    return response;
}

struct Read {
    const std::string* table_name;
    const Item* key;
    std::optional<expr::Projection> projection;
};

}  // namespace

client::TransactWriteItemsResponse Engine::transact_write_items(
    const client::TransactWriteItemsRequest& request) {
    client::validate(request);
    return answering([&] {
        std::vector<Action> actions = prepare_actions(request);
        std::optional<TokenClaim> claim;
        if (request.client_request_token) {
            TransactionTokens& tokens = state_->transaction_tokens;
            const std::string& token = *request.client_request_token;
            if (tokens.claim(token, TransactionTokens::digest(request),
                             TransactionTokens::Clock::now()) == TransactionTokens::Claim::Repeat) {
                return repeated(*state_, request, actions);
            }
            claim.emplace(tokens, token);
        }

        const LockedTables tables(*state_, table_names(actions), LockMode::Exclusive);
        check_action_keys(actions.size(), [&](std::size_t i) {
            check_write(tables[*actions[i].table_name].schema, actions[i].plan);
        });
        std::vector<std::pair<const Table*, const Item*>> targets;
        for (const Action& action : actions)
            targets.emplace_back(&tables[*action.table_name], action.plan.key);
        check_distinct_items(targets);
        execute_actions(tables, actions);

        client::TransactWriteItemsResponse response;
        CapacityTotals capacity(request.return_consumed_capacity);
        std::vector<ExecutedWrite> executed;
        for (Action& action : actions) {
            Table& table = tables[*action.table_name];
            add_write_capacity(capacity, table, action);
            executed.push_back({&table, &action.plan, &action.outcome});
        }
        commit_writes(state_->journal.get(), executed);

        client::StringMap<std::vector<client::ItemCollectionMetrics>> metrics;
        for (const Action& action : actions) {
            const Table& table = tables[*action.table_name];
            if (action.plan.kind != WriteKind::ConditionCheck &&
                wants_item_collection_metrics(table, request.return_item_collection_metrics)) {
                metrics[*action.table_name].push_back(
                    item_collection_metrics(table, *action.plan.key));
            }
        }
        response.consumed_capacity = capacity.consumed();
        if (!metrics.empty()) response.item_collection_metrics = std::move(metrics);
        if (claim) claim->finish(TransactionTokens::Clock::now());
        return response;
    });
}

client::TransactGetItemsResponse Engine::transact_get_items(
    const client::TransactGetItemsRequest& request) {
    client::validate(request);
    return answering([&] {
        std::vector<Read> reads;
        reads.reserve(request.transact_items->size());
        for (const client::TransactGetItem& item : *request.transact_items) {
            const client::Get& get = *item.get;
            reads.push_back({&*get.table_name, &*get.key,
                             item_projection(present(get.projection_expression),
                                             present(get.expression_attribute_names), nullptr)});
        }
        const LockedTables tables(*state_, table_names(reads), LockMode::Shared);
        check_action_keys(reads.size(), [&](std::size_t i) {
            const TableSchema& schema = tables[*reads[i].table_name].schema;
            check_key(schema, *reads[i].key);
            check_projection_keys(schema, reads[i].projection);
        });
        std::vector<std::pair<const Table*, const Item*>> targets;
        for (const Read& read : reads)
            targets.emplace_back(&tables[*read.table_name], read.key);
        check_distinct_items(targets);

        client::TransactGetItemsResponse response;
        response.responses.emplace();
        CapacityTotals capacity(request.return_consumed_capacity);
        for (const Read& read : reads) {
            const Item* item = tables[*read.table_name].find(*read.key);
            client::ItemResponse& answer = response.responses->emplace_back();
            if (item != nullptr) answer.item = projected(read.projection, *item);
            capacity.add(*read.table_name,
                         read_capacity_units(item != nullptr ? item_size(*item) : 0,
                                             ReadConsistency::Transactional));
        }
        response.consumed_capacity = capacity.consumed();
        return response;
    });
}

}  // namespace dynamorm::local
