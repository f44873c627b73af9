// Making a change to a table's settings durable before it counts: save the table to the
// journal, and when that fails put the change back, so that memory never shows what a
// reopened engine would not.
#pragma once

#include <utility>

#include "local/persistence.hpp"

namespace dynamorm::local {

/// Saves `table` (a no-op without a journal); when saving throws, runs `undo` and rethrows.
template <class Undo>
void save_or_undo(Journal* journal, const Table& table, Undo&& undo) {
    try {
        save_table(journal, table);
    } catch (...) {
        std::forward<Undo>(undo)();
        throw;
    }
}

}  // namespace dynamorm::local
