// Conditions and filters: DynamoDB's comparisons, functions and logic on one item.

#include "local/condition_eval.hpp"

#include <compare>
#include <optional>
#include <variant>

#include "local/document_path.hpp"
#include "local/evaluation_error.hpp"
#include "local/operand_eval.hpp"
#include "local/value_functions.hpp"

namespace dynamorm::local {

namespace {

// DynamoDB's `=`. A missing side is equal to nothing, not even another missing side, so
// `a <> b` holds when both are missing (dynalite treats two missing sides as equal).
bool equal(const AttributeValue* a, const AttributeValue* b) noexcept {
    return a != nullptr && b != nullptr && *a == *b;
}

// The order of `a` and `b`, when both exist and are of one ordered type.
std::optional<std::strong_ordering> order(const AttributeValue* a,
                                          const AttributeValue* b) noexcept {
    if (a == nullptr || b == nullptr) return std::nullopt;
    return compare_ordered(*a, *b);
}

bool compare(expr::Comparator op, const AttributeValue* a, const AttributeValue* b) noexcept {
    switch (op) {
        case expr::Comparator::EQ:
            return equal(a, b);
        case expr::Comparator::NE:
            return !equal(a, b);
        default:
            break;
    }
    const auto ordering = order(a, b);
    if (!ordering) return false;
    switch (op) {
        case expr::Comparator::LT:
            return *ordering < 0;
        case expr::Comparator::LE:
            return *ordering <= 0;
        case expr::Comparator::GT:
            return *ordering > 0;
        case expr::Comparator::GE:
            return *ordering >= 0;
        default:
            return false;
    }
}

class ConditionEvaluator {
  public:
    explicit ConditionEvaluator(const Item& item) noexcept : item_(item) {}

    bool evaluate(const expr::Condition& condition) const {
        return std::visit([this](const auto& node) { return this->holds(node); }, condition.node());
    }

  private:
    OperandValue value(const expr::Operand& operand) const {
        return evaluate_operand(operand, item_);
    }

    bool holds(const expr::Condition::Compare& node) const {
        const OperandValue lhs = value(node.lhs);
        const OperandValue rhs = value(node.rhs);
        return compare(node.op, lhs.get(), rhs.get());
    }

    bool holds(const expr::Condition::Between& node) const {
        const OperandValue subject = value(node.value);
        const OperandValue low = value(node.low);
        const OperandValue high = value(node.high);
        const auto above = order(subject.get(), low.get());
        const auto below = order(subject.get(), high.get());
        return above && below && *above >= 0 && *below <= 0;
    }

    bool holds(const expr::Condition::In& node) const {
        const OperandValue subject = value(node.value);
        if (subject.missing()) return false;
        for (const expr::Operand& candidate : node.candidates) {
            if (equal(subject.get(), value(candidate).get())) return true;
        }
        return false;
    }

    bool holds(const expr::Condition::And& node) const {
        return evaluate(node.lhs) && evaluate(node.rhs);
    }

    bool holds(const expr::Condition::Or& node) const {
        return evaluate(node.lhs) || evaluate(node.rhs);
    }

    bool holds(const expr::Condition::Not& node) const { return !evaluate(node.operand); }

    bool holds(const expr::Condition::AttributeExists& node) const {
        return find_path(item_, node.path) != nullptr;
    }

    bool holds(const expr::Condition::AttributeNotExists& node) const {
        return find_path(item_, node.path) == nullptr;
    }

    bool holds(const expr::Condition::AttributeType& node) const {
        const AttributeValue* subject = find_path(item_, node.path);
        const OperandValue type = value(node.type);
        return subject != nullptr && type.get() != nullptr && type.get()->is_s() &&
               type_name(subject->type()) == type.get()->as_s();
    }

    bool holds(const expr::Condition::BeginsWith& node) const {
        const OperandValue subject = value(node.subject);
        const OperandValue prefix = value(node.prefix);
        return !subject.missing() && !prefix.missing() &&
               begins_with(*subject.get(), *prefix.get());
    }

    bool holds(const expr::Condition::Contains& node) const {
        const OperandValue subject = value(node.subject);
        const OperandValue operand = value(node.operand);
        return !subject.missing() && !operand.missing() && contains(*subject.get(), *operand.get());
    }

    const Item& item_;
};

}  // namespace

bool evaluate(const expr::Condition& condition, const Item& item) {
    try {
        return ConditionEvaluator(item).evaluate(condition);
    } catch (const EvaluationError&) {
        return false;
    }
}

}  // namespace dynamorm::local
