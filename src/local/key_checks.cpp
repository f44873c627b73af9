#include "local/key_checks.hpp"

#include <algorithm>

#include "dynamorm/client/error.hpp"
#include "dynamorm/value/item_size.hpp"

namespace dynamorm::local {
namespace {

constexpr std::size_t kMaxHashKeySize = 2048;
constexpr std::size_t kMaxRangeKeySize = 1024;
constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

[[noreturn]] void fail(std::string message) {
    throw ServiceError::validation(std::move(message));
}

[[noreturn]] void schema_mismatch() {
    fail("The provided key element does not match the schema");
}

const AttributeValue* attribute(const Item& item, const std::string& name) {
    const auto found = item.find(name);
    return found == item.end() ? nullptr : &found->second;
}

bool is_empty_key_value(const AttributeValue& value) {
    return (value.is_s() && value.as_s().empty()) || (value.is_b() && value.as_b().bytes.empty());
}

std::string_view empty_kind(const AttributeValue& value) {
    return value.is_b() ? "binary" : "string";
}

}  // namespace

void check_key_value(const std::string& name, const AttributeValue& value, bool hash) {
    if (is_empty_key_value(value)) {
        fail(
            "One or more parameter values are not valid. The AttributeValue for a key attribute "
            "cannot contain an empty " +
            std::string(empty_kind(value)) + " value. Key: " + name);
    }
    const std::size_t size = key_value_size(value);
    if (hash && size > kMaxHashKeySize) {
        fail(std::string(kInvalid) +
             "Size of hashkey has exceeded the maximum size limit of2048 bytes");
    }
    if (!hash && size > kMaxRangeKeySize) {
        fail(std::string(kInvalid) +
             "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    }
}

namespace {

void check_key_attribute(const Item& key, const KeyDef& def, bool hash) {
    const AttributeValue* value = attribute(key, def.name);
    if (value == nullptr || value->type() != def.type) schema_mismatch();
    check_key_value(def.name, *value, hash);
}

void check_item_key_attribute(const Item& item, const KeyDef& def, bool hash) {
    const AttributeValue* value = attribute(item, def.name);
    if (value == nullptr)
        fail(std::string(kInvalid) + "Missing the key " + def.name + " in the item");
    if (value->type() != def.type) {
        fail(std::string(kInvalid) + "Type mismatch for key " + def.name +
             " expected: " + std::string(type_name(def.type)) +
             " actual: " + std::string(type_name(value->type())));
    }
    check_key_value(def.name, *value, hash);
}

struct IndexKey {
    const IndexDef* index;
    const KeyDef* key;
};

// The key attributes of every index, indexes in name order, hash key first.
std::vector<IndexKey> index_keys(const TableSchema& schema) {
    std::vector<const IndexDef*> indexes;
    indexes.reserve(schema.indexes.size());
    for (const IndexDef& index : schema.indexes)
        indexes.push_back(&index);
    std::sort(indexes.begin(), indexes.end(),
              [](const IndexDef* a, const IndexDef* b) { return a->name < b->name; });
    std::vector<IndexKey> out;
    for (const IndexDef* index : indexes) {
        out.push_back({index, &index->hash});
        if (index->range) out.push_back({index, &*index->range});
    }
    return out;
}

bool selected(const std::vector<std::string>* only, const std::string& name) {
    return only == nullptr || std::find(only->begin(), only->end(), name) != only->end();
}

}  // namespace

std::size_t key_value_size(const AttributeValue& value) noexcept {
    if (value.is_s()) return value.as_s().size();
    if (value.is_b()) return value.as_b().bytes.size();
    return 0;
}

void check_key(const TableSchema& schema, const Item& key) {
    if (key.size() != (schema.range ? 2U : 1U)) schema_mismatch();
    check_key_attribute(key, schema.hash, true);
    if (schema.range) check_key_attribute(key, *schema.range, false);
}

void check_item_keys(const TableSchema& schema, const Item& item) {
    check_item_key_attribute(item, schema.hash, true);
    if (schema.range) check_item_key_attribute(item, *schema.range, false);
}

void check_index_keys(const TableSchema& schema, const Item& item, IndexKeySource source,
                      const std::vector<std::string>* only) {
    if (schema.indexes.empty()) return;
    const std::vector<IndexKey> keys = index_keys(schema);
    for (const IndexKey& key : keys) {
        if (!selected(only, key.key->name)) continue;
        const AttributeValue* value = attribute(item, key.key->name);
        if (value != nullptr && value->type() != key.key->type) {
            fail(std::string(kInvalid) + "Type mismatch for Index Key " + key.key->name +
                 " Expected: " + std::string(type_name(key.key->type)) + " Actual: " +
                 std::string(type_name(value->type())) + " IndexName: " + key.index->name);
        }
    }
    for (const IndexKey& key : keys) {
        if (!selected(only, key.key->name)) continue;
        const AttributeValue* value = attribute(item, key.key->name);
        if (value == nullptr || !is_empty_key_value(*value)) continue;
        const std::string tail = "The AttributeValue for a key attribute cannot contain an empty " +
                                 std::string(empty_kind(*value)) + " value.";
        if (source == IndexKeySource::Update) {
            fail(
                "One or more parameter values are not valid. The update expression attempted to "
                "update a secondary index key to a value that is not supported. " +
                tail);
        }
        fail(
            "One or more parameter values are not valid. A value specified for a secondary index "
            "key is not supported. " +
            tail + " IndexName: " + key.index->name + ", IndexKey: " + key.key->name);
    }
}

void check_item_size(std::size_t size, IndexKeySource source) {
    if (size <= kMaxItemSize) return;
    fail(source == IndexKeySource::Update
             ? "Item size to update has exceeded the maximum allowed size"
             : "Item size has exceeded the maximum allowed size");
}

void check_key_paths(const TableSchema& schema, const std::vector<const expr::Path*>& paths) {
    const auto nested_at = [&](const std::string& name) {
        return std::any_of(paths.begin(), paths.end(), [&](const expr::Path* path) {
            return path->elements().size() > 1 && path->front() == name;
        });
    };
    const std::string message =
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not "
        "allowed: ";
    for (const std::string& name : schema.key_names()) {
        if (nested_at(name)) fail(message + "Key: " + name);
    }
    for (const IndexDef& index : schema.indexes) {
        for (const KeyDef* key : {&index.hash, index.range ? &*index.range : nullptr}) {
            if (key != nullptr && nested_at(key->name)) fail(message + "IndexKey: " + key->name);
        }
    }
}

}  // namespace dynamorm::local
