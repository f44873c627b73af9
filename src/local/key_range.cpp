#include "local/key_range.hpp"

#include <string>

#include "local/key_condition.hpp"

namespace dynamorm::local {
namespace {

using Op = expr::RangeKeyCondition::Op;
using Iterator = ItemStore::const_iterator;

// The first entry of the partition whose sort key is at least `value`.
Iterator first_at_least(const ItemStore& store, const StoreKey& partition,
                        const AttributeValue& value) {
    StoreKey probe;
    probe.partition = partition.partition;
    probe.hash = partition.hash;
    probe.range = value;
    return store.lower_bound(probe);
}

// From `it`, past every entry (before `end`) whose sort key equals `value`.
Iterator past_equal(Iterator it, Iterator end, const AttributeValue& value) {
    while (it != end && compare_keys(it->first.range, value) == 0)
        ++it;
    return it;
}

// The smallest value above every value that begins with `prefix`, if there is one: the prefix
// with its last byte below 0xFF incremented and what follows dropped.
std::optional<AttributeValue> prefix_successor(const AttributeValue& prefix) {
    std::string bytes = prefix.is_b() ? prefix.as_b().bytes : prefix.as_s();
    while (!bytes.empty() && static_cast<unsigned char>(bytes.back()) == 0xFF)
        bytes.pop_back();
    if (bytes.empty()) return std::nullopt;
    bytes.back() = static_cast<char>(static_cast<unsigned char>(bytes.back()) + 1);
    if (prefix.is_b()) return AttributeValue(Binary{std::move(bytes)});
    return AttributeValue(std::move(bytes));
}

}  // namespace

StoreRange key_range(const ItemStore& store, const AttributeValue& hash,
                     const std::optional<expr::RangeKeyCondition>& range) {
    const std::uint32_t partition = partition_hash(hash);
    const auto [begin, end] = store.equal_range(PartitionRef{partition, &hash});
    if (!range) return {begin, end};
    StoreKey at;
    at.partition = partition;
    at.hash = hash;
    StoreRange out{begin, end};
    switch (range->op) {
        case Op::EQ:
            out.first = first_at_least(store, at, range->value);
            out.last = past_equal(out.first, end, range->value);
            break;
        case Op::LT:
            out.last = first_at_least(store, at, range->value);
            break;
        case Op::LE:
            out.last = past_equal(first_at_least(store, at, range->value), end, range->value);
            break;
        case Op::GT:
            out.first = past_equal(first_at_least(store, at, range->value), end, range->value);
            break;
        case Op::GE:
            out.first = first_at_least(store, at, range->value);
            break;
        case Op::BETWEEN:
            out.first = first_at_least(store, at, range->value);
            out.last = past_equal(first_at_least(store, at, *range->upper), end, *range->upper);
            break;
        case Op::BEGINS_WITH: {
            out.first = first_at_least(store, at, range->value);
            const std::optional<AttributeValue> after = prefix_successor(range->value);
            out.last = after ? first_at_least(store, at, *after) : end;
            break;
        }
    }
    out.last = later(store, out.first, out.last);
    return out;
}

StoreRange partition_range(const ItemStore& store, std::uint32_t first, std::uint32_t last) {
    StoreKey from;
    from.partition = first;
    StoreRange out{store.lower_bound(from), store.end()};
    if (last < 0xFFFFFF) {
        StoreKey to;
        to.partition = last + 1;
        out.last = store.lower_bound(to);
    }
    return out;
}

Iterator later(const ItemStore& store, Iterator a, Iterator b) {
    if (a == store.end() || b == store.end()) return store.end();
    return store.key_comp()(a->first, b->first) ? b : a;
}

Iterator earlier(const ItemStore& store, Iterator a, Iterator b) {
    if (a == store.end()) return b;
    if (b == store.end()) return a;
    return store.key_comp()(a->first, b->first) ? a : b;
}

}  // namespace dynamorm::local
