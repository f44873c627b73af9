// What an Engine holds: its options and its catalog of tables. The operations, one file per
// group (engine_tables.cpp, engine_items.cpp, engine_reads.cpp, engine_batch.cpp,
// engine_transactions.cpp), work on it.
//
// Locking: `catalog_mutex` guards the catalog (shared to look a table up, exclusive to add or
// drop one); each Table's own mutex guards its contents. An operation takes the catalog lock
// only to find its tables, then locks the tables (several tables: in name order, so that two
// transactions never wait for each other in a cycle). Reads hold a shared lock while they copy
// out what they answer; writes hold an exclusive lock from reading the old item to storing the
// new one, which makes conditional writes linearizable.
//
// Persistence: with a directory, `journal` keeps every table; a table operation saves its
// change there before the catalog or the table shows it (and undoes it when saving fails).
//
// Time to live: `sweeper` deletes expired items in the background, every
// kTtlSweepPeriod (DynamoDB takes up to a few days; the engine is prompt so that tests can
// see it happen).
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "dynamorm/local/engine.hpp"
#include "local/journal.hpp"
#include "local/table.hpp"
#include "local/transaction_tokens.hpp"
#include "local/ttl_sweeper.hpp"

namespace dynamorm::local {

/// How often the engine deletes expired items.
inline constexpr std::chrono::milliseconds kTtlSweepPeriod{1000};

class EngineState {
  public:
    explicit EngineState(EngineOptions options_in) : options(std::move(options_in)) {}

    EngineOptions options;
    /// The persistent engine's storage; null in memory. Outlives the tables, which point to it.
    std::unique_ptr<Journal> journal;
    mutable std::shared_mutex catalog_mutex;
    std::map<std::string, std::shared_ptr<Table>, std::less<>> tables;

    /// The table of that name, or ResourceNotFoundException "Requested resource not found"
    /// (DynamoDB's message for item operations).
    std::shared_ptr<Table> table(std::string_view name) const;
    /// The same, or null.
    std::shared_ptr<Table> find_table(std::string_view name) const;

    /// The table's ARN: arn:aws:dynamodb:<region>:<account>:table/<name>.
    std::string table_arn(std::string_view name) const;

    /// TransactWriteItems' ClientRequestTokens of the last 10 minutes.
    TransactionTokens transaction_tokens;

    /// Deletes expired items every kTtlSweepPeriod. Declared last, so that it stops first.
    std::unique_ptr<TtlSweeper> sweeper;
};

}  // namespace dynamorm::local
