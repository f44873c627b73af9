// Keeping a persistent engine's tables in its Journal: what the table operations record, and
// how an engine reopens its directory.
#pragma once

#include <string_view>

#include "local/engine_state.hpp"
#include "local/journal.hpp"

namespace dynamorm::local {

/// The schema a stored description implies (key attributes and their types, indexes).
TableSchema schema_of(const client::TableDescription& description);

/// Records a table's description, TTL and tags (a new table, or one whose settings changed).
/// Does nothing without a journal.
void save_table(Journal* journal, const Table& table);

/// Forgets a table and its items. Does nothing without a journal.
void drop_table(Journal* journal, std::string_view name);

/// Fills an empty catalog from the journal: each table with its settings, items and indexes.
void load_tables(Journal& journal, EngineState& state);

}  // namespace dynamorm::local
