// Operand values: paths, literals, size() and the update functions.

#include "local/operand_eval.hpp"

#include <utility>

#include "dynamorm/value/error.hpp"
#include "local/document_path.hpp"
#include "local/evaluation_error.hpp"
#include "local/value_functions.hpp"

namespace dynamorm::local {

namespace {

// DynamoDB checks each operand of a function in order: present, then of the type it takes.
const AttributeValue& checked(const OperandValue& operand, Type type) {
    const AttributeValue* value = operand.get();
    if (value == nullptr) throw EvaluationError(messages::kMissingAttribute);
    if (value->type() != type) throw EvaluationError(messages::kIncorrectOperandType);
    return *value;
}

class Evaluator {
  public:
    explicit Evaluator(const Item& item) noexcept : item_(item) {}

    OperandValue operator()(const expr::Path& path) const {
        return OperandValue(find_path(item_, path));
    }

    OperandValue operator()(const AttributeValue& value) const { return OperandValue(&value); }

    OperandValue operator()(const expr::Operand::Size& size) const {
        const AttributeValue* value = find_path(item_, size.path);
        if (value == nullptr) return {};
        const auto length = size_of(*value);
        if (!length) return {};
        return OperandValue(AttributeValue(Number(static_cast<std::uint64_t>(*length))));
    }

    // DynamoDB evaluates both operands before the function, so a missing fallback is refused
    // even when the path exists (dynalite lets it pass).
    OperandValue operator()(const expr::Operand::IfNotExists& node) const {
        const AttributeValue* existing = find_path(item_, node.path);
        OperandValue fallback = evaluate_operand(node.fallback, item_);
        if (fallback.missing()) throw EvaluationError(messages::kMissingAttribute);
        if (existing != nullptr) return OperandValue(existing);
        return fallback;
    }

    OperandValue operator()(const expr::Operand::ListAppend& node) const {
        const OperandValue first = evaluate_operand(node.first, item_);
        const OperandValue second = evaluate_operand(node.second, item_);
        const List& head = checked(first, Type::L).as_l();
        const List& tail = checked(second, Type::L).as_l();
        List joined;
        joined.reserve(head.size() + tail.size());
        joined.insert(joined.end(), head.begin(), head.end());
        joined.insert(joined.end(), tail.begin(), tail.end());
        return OperandValue(AttributeValue(std::move(joined)));
    }

    OperandValue operator()(const expr::Operand::Arithmetic& node) const {
        const OperandValue lhs = evaluate_operand(node.lhs, item_);
        const OperandValue rhs = evaluate_operand(node.rhs, item_);
        const Number& a = checked(lhs, Type::N).as_n();
        const Number& b = checked(rhs, Type::N).as_n();
        try {
            return OperandValue(
                AttributeValue(node.op == expr::Operand::Arithmetic::Op::Plus ? a + b : a - b));
        } catch (const ValueError& error) {
            throw EvaluationError(error.what());
        }
    }

  private:
    const Item& item_;
};

}  // namespace

OperandValue::OperandValue(const AttributeValue* borrowed) noexcept {
    if (borrowed != nullptr) value_ = borrowed;
}

const AttributeValue* OperandValue::get() const noexcept {
    if (const auto* borrowed = std::get_if<const AttributeValue*>(&value_)) return *borrowed;
    return std::get_if<AttributeValue>(&value_);
}

AttributeValue OperandValue::take() && {
    if (auto* owned = std::get_if<AttributeValue>(&value_)) return std::move(*owned);
    return *std::get<const AttributeValue*>(value_);
}

OperandValue evaluate_operand(const expr::Operand& operand, const Item& item) {
    return std::visit(Evaluator(item), operand.node());
}

AttributeValue evaluate_required(const expr::Operand& operand, const Item& item) {
    OperandValue value = evaluate_operand(operand, item);
    if (value.missing()) throw EvaluationError(messages::kMissingAttribute);
    return std::move(value).take();
}

}  // namespace dynamorm::local
