#include "local/journal.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

#include "dynamorm/value/json.hpp"

namespace dynamorm::local {
namespace {

// Items are stored as their DynamoDB JSON; the key column is the key's JSON, which is
// canonical (attributes in name order, numbers normalized).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS tables (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    state TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS items (
    table_name TEXT NOT NULL,
    key TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (table_name, key)
) WITHOUT ROWID;
)sql";

struct Statement {
    sqlite3_stmt* statement;
    ~Statement() { sqlite3_reset(statement); }
};

// Not named bind: argument-dependent lookup would prefer std::bind for a std::string.
void bind_text(sqlite3_stmt* statement, int index, std::string_view text) {
    sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}

std::string column(sqlite3_stmt* statement, int index) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, index));
    return text == nullptr
               ? std::string()
               : std::string(text,
                             static_cast<std::size_t>(sqlite3_column_bytes(statement, index)));
}

}  // namespace

Journal::Journal(const std::string& directory) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        throw std::runtime_error("cannot create the data directory " + directory + ": " +
                                 error.message());
    }
    path_ = (std::filesystem::path(directory) / "dynamorm.sqlite3").string();
    if (sqlite3_open_v2(path_.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw std::runtime_error("cannot open " + path_ + ": " + message);
    }
    try {
        sqlite3_busy_timeout(db_, 5000);
        // WAL with synchronous=NORMAL: a commit is in the operating system's hands when it
        // returns, so killing the process loses nothing; only a power loss may lose the
        // last commits (never consistency).
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec(kSchema);
        put_item_ = prepare(
            "INSERT INTO items (table_name, key, item) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (table_name, key) DO UPDATE SET item = excluded.item");
        delete_item_ = prepare("DELETE FROM items WHERE table_name = ?1 AND key = ?2");
        save_table_ = prepare(
            "INSERT INTO tables (name, description, state) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (name) DO UPDATE SET description = excluded.description, "
            "state = excluded.state");
    } catch (...) {
        sqlite3_finalize(put_item_);
        sqlite3_finalize(delete_item_);
        sqlite3_finalize(save_table_);
        sqlite3_close(db_);
        throw;
    }
}

Journal::~Journal() {
    sqlite3_finalize(put_item_);
    sqlite3_finalize(delete_item_);
    sqlite3_finalize(save_table_);
    sqlite3_close(db_);
}

void Journal::fail(std::string_view what) {
    throw std::runtime_error(std::string(what) + " (" + path_ + "): " + sqlite3_errmsg(db_));
}

void Journal::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message != nullptr ? message : "unknown error";
        sqlite3_free(message);
        throw std::runtime_error("SQLite failed on " + path_ + ": " + text);
    }
}

sqlite3_stmt* Journal::prepare(const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        fail("cannot prepare a statement");
    }
    return statement;
}

std::vector<StoredTable> Journal::load() {
    std::lock_guard lock(mutex_);
    std::vector<StoredTable> tables;
    sqlite3_stmt* statement = prepare("SELECT name, description, state FROM tables ORDER BY name");
    while (sqlite3_step(statement) == SQLITE_ROW) {
        tables.push_back(
            StoredTable{column(statement, 0), column(statement, 1), column(statement, 2), {}});
    }
    sqlite3_finalize(statement);
    statement = prepare("SELECT item FROM items WHERE table_name = ?1");
    for (StoredTable& table : tables) {
        bind_text(statement, 1, table.name);
        int step = 0;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            table.items.push_back(decode_item(column(statement, 0)));
        }
        sqlite3_reset(statement);
        if (step != SQLITE_DONE) {
            sqlite3_finalize(statement);
            fail("cannot read the items of table " + table.name);
        }
    }
    sqlite3_finalize(statement);
    return tables;
}

void Journal::save_table(std::string_view name, std::string_view description,
                         std::string_view state) {
    std::lock_guard lock(mutex_);
    Statement guard{save_table_};
    bind_text(save_table_, 1, name);
    bind_text(save_table_, 2, description);
    bind_text(save_table_, 3, state);
    if (sqlite3_step(save_table_) != SQLITE_DONE) fail("cannot save a table");
}

void Journal::drop_table(std::string_view name) {
    std::lock_guard lock(mutex_);
    exec("BEGIN IMMEDIATE");
    try {
        for (const char* sql :
             {"DELETE FROM items WHERE table_name = ?1", "DELETE FROM tables WHERE name = ?1"}) {
            sqlite3_stmt* statement = prepare(sql);
            bind_text(statement, 1, name);
            const int step = sqlite3_step(statement);
            sqlite3_finalize(statement);
            if (step != SQLITE_DONE) fail("cannot drop a table");
        }
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void Journal::write(const std::vector<ItemChange>& changes) {
    if (changes.empty()) return;
    std::lock_guard lock(mutex_);
    const bool grouped = changes.size() > 1;
    if (grouped) exec("BEGIN IMMEDIATE");
    try {
        std::string key;
        std::string item;
        for (const ItemChange& change : changes) {
            key.clear();
            encode_to(*change.key, key);
            sqlite3_stmt* statement = change.item != nullptr ? put_item_ : delete_item_;
            Statement guard{statement};
            bind_text(statement, 1, change.table);
            bind_text(statement, 2, key);
            if (change.item != nullptr) {
                item.clear();
                encode_to(*change.item, item);
                bind_text(statement, 3, item);
            }
            if (sqlite3_step(statement) != SQLITE_DONE) fail("cannot write an item");
        }
        if (grouped) exec("COMMIT");
    } catch (...) {
        if (grouped) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace dynamorm::local
