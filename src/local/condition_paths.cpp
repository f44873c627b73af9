#include "local/condition_paths.hpp"

#include <type_traits>
#include <variant>

namespace dynamorm::local {
namespace {

using Paths = std::vector<const expr::Path*>;

void collect(const expr::Operand& operand, Paths& out);

void collect(const expr::Operand& operand, Paths& out) {
    std::visit(
        [&](const auto& node) {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, expr::Path>) {
                out.push_back(&node);
            } else if constexpr (std::is_same_v<T, expr::Operand::Size>) {
                out.push_back(&node.path);
            } else if constexpr (std::is_same_v<T, expr::Operand::IfNotExists>) {
                out.push_back(&node.path);
                collect(node.fallback, out);
            } else if constexpr (std::is_same_v<T, expr::Operand::ListAppend>) {
                collect(node.first, out);
                collect(node.second, out);
            } else if constexpr (std::is_same_v<T, expr::Operand::Arithmetic>) {
                collect(node.lhs, out);
                collect(node.rhs, out);
            }
        },
        operand.node());
}

void collect(const expr::Condition& condition, Paths& out) {
    using C = expr::Condition;
    std::visit(
        [&](const auto& node) {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, C::Compare>) {
                collect(node.lhs, out);
                collect(node.rhs, out);
            } else if constexpr (std::is_same_v<T, C::Between>) {
                collect(node.value, out);
                collect(node.low, out);
                collect(node.high, out);
            } else if constexpr (std::is_same_v<T, C::In>) {
                collect(node.value, out);
                for (const expr::Operand& candidate : node.candidates)
                    collect(candidate, out);
            } else if constexpr (std::is_same_v<T, C::And> || std::is_same_v<T, C::Or>) {
                collect(node.lhs, out);
                collect(node.rhs, out);
            } else if constexpr (std::is_same_v<T, C::Not>) {
                collect(node.operand, out);
            } else if constexpr (std::is_same_v<T, C::AttributeExists> ||
                                 std::is_same_v<T, C::AttributeNotExists>) {
                out.push_back(&node.path);
            } else if constexpr (std::is_same_v<T, C::AttributeType>) {
                out.push_back(&node.path);
                collect(node.type, out);
            } else if constexpr (std::is_same_v<T, C::BeginsWith>) {
                collect(node.subject, out);
                collect(node.prefix, out);
            } else if constexpr (std::is_same_v<T, C::Contains>) {
                collect(node.subject, out);
                collect(node.operand, out);
            }
        },
        condition.node());
}

}  // namespace

std::vector<const expr::Path*> condition_paths(const expr::Condition& condition) {
    Paths out;
    collect(condition, out);
    return out;
}

}  // namespace dynamorm::local
