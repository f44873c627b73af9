#include "local/start_key.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "local/key_checks.hpp"
#include "local/key_condition.hpp"

namespace dynamorm::local {
namespace {

constexpr std::string_view kInvalid = "The provided starting key is invalid";

[[noreturn]] void fail(std::string message) {
    throw ServiceError::validation(std::move(message));
}

const AttributeValue* attribute(const Item& item, const std::string& name) {
    const auto found = item.find(name);
    return found == item.end() ? nullptr : &found->second;
}

// The names a start key holds: the table's key attributes, then the index's others.
std::vector<std::string> start_key_names(const Table& table, const ReadTarget& target) {
    std::vector<std::string> names = table.schema.key_names();
    for (const auto* key : {&target.hash, target.range ? &*target.range : nullptr}) {
        if (key == nullptr) continue;
        if (std::find(names.begin(), names.end(), key->name) == names.end()) {
            names.push_back(key->name);
        }
    }
    return names;
}

// The target's key attributes in the start key, each present and valid.
void check_target_keys(const ReadTarget& target, const Item& start) {
    bool hash = true;
    for (const auto* key : {&target.hash, target.range ? &*target.range : nullptr}) {
        if (key == nullptr) continue;
        const AttributeValue* value = attribute(start, key->name);
        if (value == nullptr) fail(std::string(kInvalid));
        if (key->type && value->type() != *key->type) {
            fail("The provided key element does not match the schema");
        }
        check_key_value(key->name, *value, hash);
        hash = false;
    }
}

// The table's key, cut out of the start key and checked as a key.
void check_table_key(const Table& table, const Item& start) {
    Item key;
    for (const std::string& name : table.schema.key_names()) {
        if (const AttributeValue* value = attribute(start, name))
            key.insert_or_assign(name, *value);
    }
    try {
        check_key(table.schema, key);
    } catch (const ServiceError& error) {
        fail(std::string(kInvalid) + ": " + error.message());
    }
}

StoreKey store_key_of(const Table& table, const ReadTarget& target, const Item& start) {
    StoreKey key;
    key.hash = start.at(target.hash.name);
    key.partition = partition_hash(key.hash);
    if (target.range) key.range = start.at(target.range->name);
    if (target.index != nullptr) {
        const AttributeValue& table_hash = start.at(table.schema.hash.name);
        const AttributeValue* table_range =
            table.schema.range ? &start.at(table.schema.range->name) : nullptr;
        key.table_partition = table_key_hash(table_hash, table_range);
        key.table_hash = table_hash;
        if (table_range != nullptr) key.table_range = *table_range;
    }
    return key;
}

}  // namespace

StoreKey query_start_key(const Table& table, const ReadTarget& target, const Item& start,
                         const expr::KeyConditionMatch& match) {
    if (start.size() != start_key_names(table, target).size()) fail(std::string(kInvalid));
    check_target_keys(target, start);
    check_table_key(table, start);
    const bool same_hash = start.at(target.hash.name) == match.hash_value;
    if (!match.range || !target.range) {
        if (!same_hash) {
            fail(
                "The provided starting key is outside query boundaries based on provided "
                "conditions");
        }
    } else {
        if (!matches(*match.range, start.at(target.range->name))) {
            fail("The provided starting key does not match the range key predicate");
        }
        if (!same_hash) fail("The query can return at most one row and cannot be restarted");
    }
    return store_key_of(table, target, start);
}

StoreKey scan_start_key(const Table& table, const ReadTarget& target, const Item& start,
                        const std::optional<ScanSegment>& segment) {
    if (start.size() != start_key_names(table, target).size()) {
        fail(target.index != nullptr
                 ? std::string(kInvalid)
                 : std::string(kInvalid) + ": The provided key element does not match the schema");
    }
    if (target.index != nullptr) check_target_keys(target, start);
    check_table_key(table, start);
    StoreKey key = store_key_of(table, target, start);
    if (segment && segment->total > 1) {
        const SegmentBounds bounds = segment_bounds(segment->segment, segment->total);
        if (key.partition < bounds.first || key.partition > bounds.last) {
            fail(std::string(kInvalid) +
                 ": Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct "
                 "Segment. TotalSegments: " +
                 std::to_string(segment->total) + " Segment: " + std::to_string(segment->segment));
        }
    }
    return key;
}

Item last_evaluated_key(const Table& table, const ReadTarget& target, const Item& entry) {
    Item key;
    for (const std::string& name : start_key_names(table, target)) {
        if (const AttributeValue* value = attribute(entry, name))
            key.insert_or_assign(name, *value);
    }
    return key;
}

}  // namespace dynamorm::local
