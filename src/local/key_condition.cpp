// Key conditions on items, and DynamoDB's sort key order.

#include "local/key_condition.hpp"

#include <string>

#include "dynamorm/value/error.hpp"
#include "local/value_functions.hpp"

namespace dynamorm::local {

std::strong_ordering compare_keys(const AttributeValue& a, const AttributeValue& b) {
    const auto order = compare_ordered(a, b);
    if (!order) {
        throw ValueError("Key values of types " + std::string(type_name(a.type())) + " and " +
                         std::string(type_name(b.type())) + " cannot be ordered");
    }
    return *order;
}

bool matches(const expr::RangeKeyCondition& condition, const AttributeValue& value) noexcept {
    using Op = expr::RangeKeyCondition::Op;
    if (condition.op == Op::BEGINS_WITH) return begins_with(value, condition.value);
    const auto order = compare_ordered(value, condition.value);
    if (!order) return false;
    switch (condition.op) {
        case Op::EQ:
            return *order == 0;
        case Op::LT:
            return *order < 0;
        case Op::LE:
            return *order <= 0;
        case Op::GT:
            return *order > 0;
        case Op::GE:
            return *order >= 0;
        case Op::BETWEEN: {
            if (*order < 0 || !condition.upper) return false;
            const auto upper = compare_ordered(value, *condition.upper);
            return upper && *upper <= 0;
        }
        case Op::BEGINS_WITH:
            break;
    }
    return false;
}

bool matches(const expr::KeyConditionMatch& match, const Item& item,
             const expr::KeyAttribute& hash_key,
             const std::optional<expr::KeyAttribute>& range_key) noexcept {
    const auto hash = item.find(hash_key.name);
    if (hash == item.end() || !(hash->second == match.hash_value)) return false;
    if (!match.range) return true;
    if (!range_key) return false;
    const auto range = item.find(range_key->name);
    return range != item.end() && matches(*match.range, range->second);
}

}  // namespace dynamorm::local
