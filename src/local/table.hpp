// A table of the engine: its schema, its description, its items and its indexes' entries.
#pragma once

#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "local/store_key.hpp"

namespace dynamorm::local {

class Journal;

/// A key attribute: its name and its type (S, N or B).
struct KeyDef {
    std::string name;
    Type type = Type::S;
};

enum class ProjectionKind { All, KeysOnly, Include };

/// A secondary index as the engine keeps it.
struct IndexDef {
    std::string name;
    bool global = true;
    KeyDef hash;
    std::optional<KeyDef> range;
    ProjectionKind projection = ProjectionKind::All;
    /// INCLUDE's NonKeyAttributes.
    std::vector<std::string> non_key_attributes;
};

struct TableSchema {
    KeyDef hash;
    std::optional<KeyDef> range;
    std::vector<IndexDef> indexes;

    /// The index of that name, or null.
    const IndexDef* find_index(std::string_view name) const noexcept;
    /// The table's key attribute names: hash key, then range key.
    std::vector<std::string> key_names() const;
};

/// One table. The engine finds it by name in its catalog; everything in it is guarded by
/// `mutex` (shared for reads, exclusive for writes and for changes to schema or description).
class Table {
  public:
    Table(TableSchema schema, client::TableDescription description);

    mutable std::shared_mutex mutex;
    TableSchema schema;
    /// What DescribeTable answers, but for the counts and sizes, which describe() fills in.
    client::TableDescription description;
    /// TimeToLive: the attribute while enabled.
    std::optional<std::string> ttl_attribute;
    /// Tags, in the order they were added.
    std::vector<client::Tag> tags;

    /// A persistent engine's journal, where every write is made durable before memory
    /// changes; null in memory.
    Journal* journal = nullptr;

    ItemStore items;
    /// One store per index of `schema.indexes`, same order: each item that has the index's key
    /// attributes (of the right types), projected as the index projects.
    std::vector<ItemStore> index_entries;

    /// The table's storage key of an item or of a key. The key attributes must be there and of
    /// the schema's types (check_key() first).
    StoreKey key_of(const Item& item) const;
    /// A key to look up without copying.
    KeyRef key_ref(const Item& item) const;

    /// The stored item with this key, or null. `key` holds at least the key attributes.
    const Item* find(const Item& key) const;

    /// The key attributes of an item.
    Item key_item(const Item& item) const;

    /// Stores `item` in place of what is stored at its key (nothing or an older version),
    /// keeping the indexes and the size up to date. Returns the old item, if any. With a
    /// journal, the write is durable first (and nothing changes when that fails), unless
    /// `journal_it` is false: the caller has journaled it already, with other writes of one
    /// transaction.
    std::optional<Item> put(Item item, bool journal_it = true);
    /// Deletes the item at `key`, keeping the indexes and the size up to date. Returns it, if
    /// there was one. Journaled as put() is.
    std::optional<Item> erase(const Item& key, bool journal_it = true);

    /// The item as index `index` stores it (its projection), or nothing when the item lacks
    /// the index's key attributes or has them of other types (sparse indexes).
    std::optional<Item> index_entry(std::size_t index, const Item& item) const;
    /// Fills index `index`'s entries from all the items (a new global secondary index).
    void build_index(std::size_t index);

    /// The sum of the stored items' sizes (DynamoDB's item size).
    std::int64_t size_bytes() const noexcept { return size_bytes_; }
    std::int64_t item_count() const noexcept { return static_cast<std::int64_t>(items.size()); }

  private:
    std::optional<StoreKey> index_key_of(std::size_t index, const Item& item) const;
    void index_remove(const Item& item);
    void index_add(const Item& item);

    std::int64_t size_bytes_ = 0;
};

}  // namespace dynamorm::local
