// Storing the writes of one BatchWriteItem or TransactWriteItems together: a persistent engine
// makes all of them durable with one Journal::write (so a crash keeps all of them or none), then
// memory takes them without journaling each again.
#pragma once

#include <vector>

#include "local/journal.hpp"
#include "local/table.hpp"
#include "local/write_plan.hpp"

namespace dynamorm::local {

/// A write that execute_write() has run and that nothing stopped.
struct ExecutedWrite {
    Table* table;
    const WritePlan* plan;
    WriteOutcome* outcome;
};

/// Stores every write (their tables locked exclusively): first in `journal` with one
/// Journal::write when there is one (when that throws, nothing has changed), then in memory
/// with commit_write(). Condition checks store nothing.
void commit_writes(Journal* journal, const std::vector<ExecutedWrite>& writes);

}  // namespace dynamorm::local
