#include "local/table.hpp"

#include <algorithm>
#include <utility>

#include "dynamorm/value/item_size.hpp"
#include "local/journal.hpp"

namespace dynamorm::local {
namespace {

const AttributeValue* attribute(const Item& item, const std::string& name) {
    auto found = item.find(name);
    return found == item.end() ? nullptr : &found->second;
}

const AttributeValue* typed_attribute(const Item& item, const KeyDef& def) {
    const AttributeValue* value = attribute(item, def.name);
    return value != nullptr && value->type() == def.type ? value : nullptr;
}

void copy_attribute(const Item& from, const std::string& name, Item& to) {
    if (const AttributeValue* value = attribute(from, name)) to.insert_or_assign(name, *value);
}

}  // namespace

const IndexDef* TableSchema::find_index(std::string_view name) const noexcept {
    for (const IndexDef& index : indexes) {
        if (index.name == name) return &index;
    }
    return nullptr;
}

std::vector<std::string> TableSchema::key_names() const {
    std::vector<std::string> names{hash.name};
    if (range) names.push_back(range->name);
    return names;
}

Table::Table(TableSchema schema_in, client::TableDescription description_in)
    : schema(std::move(schema_in)), description(std::move(description_in)) {
    index_entries.resize(schema.indexes.size());
}

StoreKey Table::key_of(const Item& item) const {
    StoreKey key;
    key.hash = item.at(schema.hash.name);
    key.partition = partition_hash(key.hash);
    if (schema.range) key.range = item.at(schema.range->name);
    return key;
}

KeyRef Table::key_ref(const Item& item) const {
    const AttributeValue& hash = item.at(schema.hash.name);
    return KeyRef{partition_hash(hash), &hash,
                  schema.range ? &item.at(schema.range->name) : nullptr};
}

const Item* Table::find(const Item& key) const {
    auto found = items.find(key_ref(key));
    return found == items.end() ? nullptr : &found->second;
}

std::optional<StoreKey> Table::index_key_of(std::size_t index, const Item& item) const {
    const IndexDef& def = schema.indexes[index];
    const AttributeValue* hash = typed_attribute(item, def.hash);
    if (hash == nullptr) return std::nullopt;
    const AttributeValue* range = nullptr;
    if (def.range) {
        range = typed_attribute(item, *def.range);
        if (range == nullptr) return std::nullopt;
    }
    StoreKey key;
    key.hash = *hash;
    key.partition = partition_hash(*hash);
    if (range != nullptr) key.range = *range;
    const AttributeValue& table_hash = item.at(schema.hash.name);
    const AttributeValue* table_range = schema.range ? &item.at(schema.range->name) : nullptr;
    key.table_partition = table_key_hash(table_hash, table_range);
    key.table_hash = table_hash;
    if (table_range != nullptr) key.table_range = *table_range;
    return key;
}

std::optional<Item> Table::index_entry(std::size_t index, const Item& item) const {
    const IndexDef& def = schema.indexes[index];
    if (!typed_attribute(item, def.hash)) return std::nullopt;
    if (def.range && !typed_attribute(item, *def.range)) return std::nullopt;
    if (def.projection == ProjectionKind::All) return item;
    Item entry;
    copy_attribute(item, schema.hash.name, entry);
    if (schema.range) copy_attribute(item, schema.range->name, entry);
    copy_attribute(item, def.hash.name, entry);
    if (def.range) copy_attribute(item, def.range->name, entry);
    if (def.projection == ProjectionKind::Include) {
        for (const std::string& name : def.non_key_attributes)
            copy_attribute(item, name, entry);
    }
    return entry;
}

void Table::index_remove(const Item& item) {
    for (std::size_t i = 0; i < index_entries.size(); ++i) {
        if (auto key = index_key_of(i, item)) index_entries[i].erase(*key);
    }
}

void Table::index_add(const Item& item) {
    for (std::size_t i = 0; i < index_entries.size(); ++i) {
        auto key = index_key_of(i, item);
        if (!key) continue;
        if (auto entry = index_entry(i, item)) {
            index_entries[i].insert_or_assign(std::move(*key), std::move(*entry));
        }
    }
}

void Table::build_index(std::size_t index) {
    ItemStore& entries = index_entries.at(index);
    entries.clear();
    for (const auto& [key, item] : items) {
        auto entry_key = index_key_of(index, item);
        if (!entry_key) continue;
        if (auto entry = index_entry(index, item)) {
            entries.emplace(std::move(*entry_key), std::move(*entry));
        }
    }
}

Item Table::key_item(const Item& item) const {
    Item key;
    copy_attribute(item, schema.hash.name, key);
    if (schema.range) copy_attribute(item, schema.range->name, key);
    return key;
}

std::optional<Item> Table::put(Item item, bool journal_it) {
    if (journal != nullptr && journal_it) {
        const Item key = key_item(item);
        journal->write({ItemChange{description.table_name.value(), &key, &item}});
    }
    std::optional<Item> old;
    StoreKey key = key_of(item);
    auto found = items.lower_bound(key);
    if (found != items.end() && !items.key_comp()(key, found->first)) {
        old = std::move(found->second);
        size_bytes_ -= static_cast<std::int64_t>(item_size(*old));
        index_remove(*old);
        found->second = std::move(item);
    } else {
        found = items.emplace_hint(found, std::move(key), std::move(item));
    }
    size_bytes_ += static_cast<std::int64_t>(item_size(found->second));
    index_add(found->second);
    return old;
}

std::optional<Item> Table::erase(const Item& key, bool journal_it) {
    auto found = items.find(key_ref(key));
    if (found == items.end()) return std::nullopt;
    if (journal != nullptr && journal_it) {
        const Item stored_key = key_item(key);
        journal->write({ItemChange{description.table_name.value(), &stored_key, nullptr}});
    }
    std::optional<Item> old = std::move(found->second);
    items.erase(found);
    size_bytes_ -= static_cast<std::int64_t>(item_size(*old));
    index_remove(*old);
    return old;
}

}  // namespace dynamorm::local
