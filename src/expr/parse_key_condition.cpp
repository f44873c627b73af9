// Key conditions: the shape DynamoDB requires of a KeyConditionExpression, and matching one
// against a table's key schema. The messages are DynamoDB's; these come without the
// "Invalid KeyConditionExpression:" prefix, as DynamoDB sends them.

#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "dynamorm/expr/error.hpp"
#include "dynamorm/expr/parse.hpp"
#include "expr/parse_tree.hpp"

namespace dynamorm::expr {

namespace detail {

namespace {

using Op = RangeKeyCondition::Op;

[[noreturn]] void refuse(const std::string& message) {
    throw ExpressionError(message);
}

[[noreturn]] void invalid_operator(std::string_view name) {
    refuse("Invalid operator used in KeyConditionExpression: " + std::string(name));
}

Op op_of(Comparator comparator, bool flipped) noexcept {
    switch (comparator) {
        case Comparator::LT:
            return flipped ? Op::GT : Op::LT;
        case Comparator::LE:
            return flipped ? Op::GE : Op::LE;
        case Comparator::GT:
            return flipped ? Op::LT : Op::GT;
        case Comparator::GE:
            return flipped ? Op::LE : Op::GE;
        default:
            return Op::EQ;
    }
}

class TermReader {
  public:
    void read(const Condition& condition) {
        std::visit([this](const auto& node) { this->read_node(node); }, condition.node());
    }

    std::vector<KeyTerm> terms;

  private:
    void read_node(const Condition::And& node) {
        read(node.lhs);
        read(node.rhs);
    }
    void read_node(const Condition::Or&) { invalid_operator("OR"); }
    void read_node(const Condition::Not&) { invalid_operator("NOT"); }
    void read_node(const Condition::In&) { invalid_operator("IN"); }
    void read_node(const Condition::AttributeExists&) { invalid_operator("attribute_exists"); }
    void read_node(const Condition::AttributeNotExists&) {
        invalid_operator("attribute_not_exists");
    }
    void read_node(const Condition::AttributeType&) { invalid_operator("attribute_type"); }
    void read_node(const Condition::Contains&) { invalid_operator("contains"); }

    void read_node(const Condition::Compare& node) {
        if (node.op == Comparator::NE) invalid_operator("<>");
        const std::string& attribute = key_attribute({&node.lhs, &node.rhs});
        const bool flipped = !node.lhs.is_path();
        add(attribute, {op_of(node.op, flipped), (flipped ? node.lhs : node.rhs).value(), {}});
    }

    void read_node(const Condition::Between& node) {
        if (!node.value.is_path()) {
            refuse(
                "Invalid condition in KeyConditionExpression: BETWEEN operator must have the "
                "key attribute as its first operand");
        }
        const std::string& attribute = key_attribute({&node.value, &node.low, &node.high});
        add(attribute, {Op::BETWEEN, node.low.value(), node.high.value()});
    }

    void read_node(const Condition::BeginsWith& node) {
        if (!node.subject.is_path()) {
            refuse(
                "Invalid condition in KeyConditionExpression: begins_with operator must have "
                "the key attribute as its first operand");
        }
        const std::string& attribute = key_attribute({&node.subject, &node.prefix});
        add(attribute, {Op::BEGINS_WITH, node.prefix.value(), {}});
    }

    // The one attribute among a condition's operands; the others must be values.
    static const std::string& key_attribute(std::initializer_list<const Operand*> operands) {
        const std::string* attribute = nullptr;
        for (const Operand* operand : operands) {
            if (operand->is_path()) {
                if (attribute != nullptr) {
                    refuse(
                        "Invalid condition in KeyConditionExpression: Multiple attribute names "
                        "used in one condition");
                }
                if (operand->path().elements().size() > 1) {
                    refuse("KeyConditionExpressions cannot have conditions on nested attributes");
                }
                attribute = &operand->path().front();
            } else if (!operand->is_value()) {
                refuse("KeyConditionExpressions cannot contain nested operations");
            }
        }
        if (attribute == nullptr) {
            refuse("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        return *attribute;
    }

    void add(const std::string& attribute, RangeKeyCondition condition) {
        for (const KeyTerm& term : terms) {
            if (term.attribute == attribute) {
                refuse("KeyConditionExpressions must only contain one condition per key");
            }
        }
        terms.push_back({attribute, std::move(condition)});
    }
};

}  // namespace

std::vector<KeyTerm> key_condition_terms(const Condition& key_condition) {
    TermReader reader;
    reader.read(key_condition);
    if (reader.terms.size() != 1 && reader.terms.size() != 2) {
        refuse("Conditions can be of length 1 or 2 only");
    }
    return std::move(reader.terms);
}

}  // namespace detail

namespace {

const detail::KeyTerm* find_term(const std::vector<detail::KeyTerm>& terms,
                                 const std::string& attribute) {
    for (const detail::KeyTerm& term : terms) {
        if (term.attribute == attribute) return &term;
    }
    return nullptr;
}

void check_values(const RangeKeyCondition& condition, const KeyAttribute& key) {
    for (const AttributeValue* value :
         {&condition.value, condition.upper ? &*condition.upper : nullptr}) {
        if (value == nullptr) continue;
        if (key.type && value->type() != *key.type) {
            throw ExpressionError(
                "One or more parameter values were invalid: Condition parameter type does not "
                "match schema type");
        }
        if (value->is_s() && value->as_s().empty()) {
            throw ExpressionError(
                "One or more parameter values are not valid. The AttributeValue for a key "
                "attribute cannot contain an empty string value. Key: " +
                key.name);
        }
    }
}

}  // namespace

KeyConditionMatch match_key_schema(const Condition& key_condition, const KeyAttribute& hash_key,
                                   const std::optional<KeyAttribute>& range_key) {
    const std::vector<detail::KeyTerm> terms = detail::key_condition_terms(key_condition);
    const auto missed = [](const KeyAttribute& key) {
        return ExpressionError("Query condition missed key schema element: " + key.name);
    };
    if (!range_key && terms.size() > 1) throw ExpressionError("Query key condition not supported");
    const detail::KeyTerm* hash = find_term(terms, hash_key.name);
    if (hash == nullptr) throw missed(hash_key);
    check_values(hash->condition, hash_key);
    if (hash->condition.op != RangeKeyCondition::Op::EQ) {
        throw ExpressionError("Query key condition not supported");
    }
    KeyConditionMatch match{hash->condition.value, std::nullopt};
    if (range_key) {
        const detail::KeyTerm* range = find_term(terms, range_key->name);
        if (range == nullptr) {
            if (terms.size() > 1) throw missed(*range_key);
        } else {
            check_values(range->condition, *range_key);
            match.range = range->condition;
        }
    }
    return match;
}

}  // namespace dynamorm::expr
