#include "local/legacy_conditions.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "local/value_functions.hpp"

namespace dynamorm::local {
namespace {

using client::ComparisonOperator;
using Op = client::ComparisonOperator;

constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

[[noreturn]] void fail(std::string message) {
    throw ServiceError::validation(std::move(message));
}

std::string op_name(Op op) {
    return std::string(client::enum_name(op));
}

bool count_fits(Op op, std::size_t count) {
    switch (op) {
        case Op::Null:
        case Op::NotNull:
            return count == 0;
        case Op::In:
            return count >= 1;
        case Op::Between:
            return count == 2;
        default:
            return count == 1;
    }
}

bool one_of(Type type, std::initializer_list<Type> types) {
    return std::find(types.begin(), types.end(), type) != types.end();
}

// The argument types DynamoDB takes for each operator of QueryFilter, ScanFilter and
// KeyConditions.
bool type_fits(Op op, Type type) {
    switch (op) {
        case Op::Eq:
        case Op::Ne:
            return one_of(type, {Type::S, Type::N, Type::B, Type::SS, Type::NS, Type::BS});
        case Op::BeginsWith:
            return one_of(type, {Type::S, Type::B});
        default:
            return one_of(type, {Type::S, Type::N, Type::B});
    }
}

void check_same_type(const std::vector<AttributeValue>& values) {
    for (const AttributeValue& value : values) {
        if (value.type() != values.front().type()) {
            fail(std::string(kInvalid) +
                 "AttributeValues inside AttributeValueList must be of same type");
        }
    }
}

void check_between_bounds(Op op, const std::vector<AttributeValue>& values) {
    if (op != Op::Between || values.size() != 2) return;
    const auto order = compare_ordered(values[0], values[1]);
    if (order && *order > 0) {
        fail(
            "The BETWEEN condition was provided a range where the lower bound is greater than "
            "the upper bound");
    }
}

void check_count(Op op, std::size_t count) {
    if (!count_fits(op, count)) {
        fail(std::string(kInvalid) + "Invalid number of argument(s) for the " + op_name(op) +
             " ComparisonOperator");
    }
}

// A Condition of QueryFilter, ScanFilter or KeyConditions.
void check_condition(const client::Condition& condition) {
    static const std::vector<AttributeValue> none;
    const Op op = condition.comparison_operator->value();
    const std::vector<AttributeValue>& values =
        condition.attribute_value_list ? *condition.attribute_value_list : none;
    check_count(op, values.size());
    if (values.empty()) return;
    check_same_type(values);
    for (const AttributeValue& value : values) {
        if (!type_fits(op, value.type())) {
            fail(std::string(kInvalid) + "ComparisonOperator " + op_name(op) +
                 " is not valid for " + std::string(type_name(value.type())) +
                 " AttributeValue type");
        }
    }
    check_between_bounds(op, values);
}

expr::Condition comparison(expr::Comparator comparator, const std::string& name,
                           const AttributeValue& value) {
    return expr::Condition::Compare{comparator, expr::Path(name), value};
}

expr::Condition condition_of(Op op, const std::string& name,
                             const std::vector<AttributeValue>& values) {
    using C = expr::Condition;
    switch (op) {
        case Op::Eq:
            return comparison(expr::Comparator::EQ, name, values.at(0));
        case Op::Ne:
            return comparison(expr::Comparator::NE, name, values.at(0));
        case Op::Le:
            return comparison(expr::Comparator::LE, name, values.at(0));
        case Op::Lt:
            return comparison(expr::Comparator::LT, name, values.at(0));
        case Op::Ge:
            return comparison(expr::Comparator::GE, name, values.at(0));
        case Op::Gt:
            return comparison(expr::Comparator::GT, name, values.at(0));
        case Op::NotNull:
            return C::AttributeExists{expr::Path(name)};
        case Op::Null:
            return C::AttributeNotExists{expr::Path(name)};
        case Op::Contains:
            return C::Contains{expr::Path(name), values.at(0)};
        case Op::NotContains:
            return !C(C::Contains{expr::Path(name), values.at(0)});
        case Op::BeginsWith:
            return C::BeginsWith{expr::Path(name), values.at(0)};
        case Op::In: {
            std::vector<expr::Operand> candidates(values.begin(), values.end());
            return C::In{expr::Path(name), std::move(candidates)};
        }
        case Op::Between:
            return C::Between{expr::Path(name), values.at(0), values.at(1)};
    }
    return C::AttributeExists{expr::Path(name)};
}

void check_conditional_operator(const ConditionalOperatorParameter& conditional_operator,
                                std::size_t conditions) {
    if (!conditional_operator) return;
    if (conditions == 0) fail("ConditionalOperator cannot be used without Filter or Expected");
    if (conditions == 1) {
        fail(
            "ConditionalOperator can only be used when Filter or Expected has two or more "
            "elements");
    }
}

expr::Condition combine(std::vector<expr::Condition> conditions,
                        const ConditionalOperatorParameter& conditional_operator) {
    const bool any =
        conditional_operator && *conditional_operator == client::ConditionalOperator::Or;
    expr::Condition out = conditions.front();
    for (std::size_t i = 1; i < conditions.size(); ++i) {
        out = any ? (out | conditions[i]) : (out & conditions[i]);
    }
    return out;
}

// One entry of Expected, checked as DynamoDB checks it.
expr::Condition expected_entry(const std::string& name,
                               const client::ExpectedAttributeValue& expected) {
    const std::string attribute = " for Attribute: " + name;
    if (expected.value && expected.attribute_value_list) {
        fail(std::string(kInvalid) + "Value and AttributeValueList cannot be used together" +
             attribute);
    }
    if (expected.comparison_operator) {
        const Op op = expected.comparison_operator->value();
        if (expected.exists) {
            fail(std::string(kInvalid) + "Exists and ComparisonOperator cannot be used together" +
                 attribute);
        }
        if (op != Op::Null && op != Op::NotNull && !expected.value &&
            !expected.attribute_value_list) {
            fail(std::string(kInvalid) +
                 "Value or AttributeValueList must be used with ComparisonOperator: " +
                 op_name(op) + attribute);
        }
        std::vector<AttributeValue> values;
        if (expected.attribute_value_list) {
            values = *expected.attribute_value_list;
        } else if (expected.value) {
            values.push_back(*expected.value);
        }
        check_count(op, values.size());
        if (!values.empty()) check_same_type(values);
        check_between_bounds(op, values);
        return condition_of(op, name, values);
    }
    if (expected.attribute_value_list) {
        fail(std::string(kInvalid) +
             "AttributeValueList can only be used with a ComparisonOperator" + attribute);
    }
    const bool exists = expected.exists.value_or(true);
    if (exists && !expected.value) {
        fail(std::string(kInvalid) + "Value must be provided when Exists is " +
             (expected.exists ? "true" : "null") + attribute);
    }
    if (!exists && expected.value) {
        fail(std::string(kInvalid) + "Value cannot be used when Exists is false" + attribute);
    }
    if (!exists) return expr::Condition::AttributeNotExists{expr::Path(name)};
    return comparison(expr::Comparator::EQ, name, *expected.value);
}

const client::Condition* find_condition(const client::StringMap<client::Condition>& conditions,
                                        const std::string& name) {
    const auto found = conditions.find(name);
    return found == conditions.end() ? nullptr : &found->second;
}

void check_key_condition(const client::Condition& condition, const expr::KeyAttribute& key) {
    const Op op = condition.comparison_operator->value();
    switch (op) {
        case Op::Null:
        case Op::NotNull:
        case Op::Ne:
        case Op::Contains:
        case Op::NotContains:
        case Op::In:
            fail("Attempted conditional constraint is not an indexable operation");
        default:
            break;
    }
    if (condition.attribute_value_list && key.type) {
        for (const AttributeValue& value : *condition.attribute_value_list) {
            if (value.type() != *key.type) {
                fail(std::string(kInvalid) + "Condition parameter type does not match schema type");
            }
        }
    }
}

expr::RangeKeyCondition range_condition_of(const client::Condition& condition) {
    using R = expr::RangeKeyCondition::Op;
    const std::vector<AttributeValue>& values = *condition.attribute_value_list;
    expr::RangeKeyCondition out;
    out.value = values.at(0);
    switch (condition.comparison_operator->value()) {
        case Op::Eq:
            out.op = R::EQ;
            break;
        case Op::Lt:
            out.op = R::LT;
            break;
        case Op::Le:
            out.op = R::LE;
            break;
        case Op::Gt:
            out.op = R::GT;
            break;
        case Op::Ge:
            out.op = R::GE;
            break;
        case Op::BeginsWith:
            out.op = R::BEGINS_WITH;
            break;
        case Op::Between:
            out.op = R::BETWEEN;
            out.upper = values.at(1);
            break;
        default:
            fail("Attempted conditional constraint is not an indexable operation");
    }
    return out;
}

}  // namespace

std::optional<expr::Condition> expected_condition(
    const client::StringMap<client::ExpectedAttributeValue>* expected,
    const ConditionalOperatorParameter& conditional_operator) {
    check_conditional_operator(conditional_operator, expected ? expected->size() : 0);
    if (expected == nullptr || expected->empty()) return std::nullopt;
    std::vector<expr::Condition> conditions;
    conditions.reserve(expected->size());
    for (const auto& [name, entry] : *expected)
        conditions.push_back(expected_entry(name, entry));
    return combine(std::move(conditions), conditional_operator);
}

std::optional<expr::Condition> filter_condition(
    const client::StringMap<client::Condition>* filter,
    const ConditionalOperatorParameter& conditional_operator) {
    check_conditional_operator(conditional_operator, filter ? filter->size() : 0);
    if (filter == nullptr || filter->empty()) return std::nullopt;
    std::vector<expr::Condition> conditions;
    conditions.reserve(filter->size());
    for (const auto& [name, condition] : *filter) {
        check_condition(condition);
        static const std::vector<AttributeValue> none;
        conditions.push_back(
            condition_of(condition.comparison_operator->value(), name,
                         condition.attribute_value_list ? *condition.attribute_value_list : none));
    }
    return combine(std::move(conditions), conditional_operator);
}

void check_key_conditions(const client::StringMap<client::Condition>& key_conditions) {
    for (const auto& [name, condition] : key_conditions)
        check_condition(condition);
    if (key_conditions.size() != 1 && key_conditions.size() != 2) {
        fail("Conditions can be of length 1 or 2 only");
    }
}

expr::KeyConditionMatch match_key_conditions(
    const client::StringMap<client::Condition>& key_conditions, const expr::KeyAttribute& hash,
    const std::optional<expr::KeyAttribute>& range) {
    if (!range && key_conditions.size() > 1) fail("Query key condition not supported");
    const client::Condition* hash_condition = find_condition(key_conditions, hash.name);
    if (hash_condition == nullptr) fail("Query condition missed key schema element: " + hash.name);
    check_key_condition(*hash_condition, hash);
    if (hash_condition->comparison_operator->value() != Op::Eq) {
        fail("Query key condition not supported");
    }
    expr::KeyConditionMatch match{hash_condition->attribute_value_list->at(0), std::nullopt};
    if (range) {
        const client::Condition* range_condition = find_condition(key_conditions, range->name);
        if (range_condition == nullptr) {
            if (key_conditions.size() > 1)
                fail("Query condition missed key schema element: " + range->name);
        } else {
            check_key_condition(*range_condition, *range);
            match.range = range_condition_of(*range_condition);
        }
    }
    return match;
}

}  // namespace dynamorm::local
