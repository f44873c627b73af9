// The persistent engine's storage: one SQLite database in the engine's directory. Memory stays
// the engine's working copy; the journal is written first, and a write is acknowledged only
// once SQLite has committed it, so a process killed at any moment reopens with every
// acknowledged write and nothing half-done.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/value/attribute_value.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace dynamorm::local {

/// One change to one table's items: the item stored at `key`, or none (a deletion). `key` is
/// the item's key attributes.
struct ItemChange {
    std::string_view table;
    const Item* key;
    const Item* item;  // null: delete
};

/// What is stored about a table: its description (DescribeTable's answer as JSON), the rest of
/// its state (TTL, tags, as JSON), and its items.
struct StoredTable {
    std::string name;
    std::string description;
    std::string state;
    std::vector<Item> items;
};

class Journal {
  public:
    /// Opens (creating when missing) `<directory>/dynamorm.sqlite3`; creates the directory too.
    /// Throws std::runtime_error naming the file and SQLite's message when it cannot.
    explicit Journal(const std::string& directory);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Everything stored, tables in name order.
    std::vector<StoredTable> load();

    /// Creates or replaces a table's description and state (its items are kept).
    void save_table(std::string_view name, std::string_view description, std::string_view state);
    /// Removes a table and all its items.
    void drop_table(std::string_view name);
    /// Applies the changes atomically: all of them are durable when this returns, or none.
    void write(const std::vector<ItemChange>& changes);

    /// The database file.
    const std::string& path() const noexcept { return path_; }

  private:
    void exec(const char* sql);
    sqlite3_stmt* prepare(const char* sql);
    [[noreturn]] void fail(std::string_view what);

    std::string path_;
    std::mutex mutex_;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* put_item_ = nullptr;
    sqlite3_stmt* delete_item_ = nullptr;
    sqlite3_stmt* save_table_ = nullptr;
};

}  // namespace dynamorm::local
