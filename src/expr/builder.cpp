// The typed builder's conditions and update actions.

#include "dynamorm/expr/builder.hpp"

#include <string>

#include "dynamorm/expr/error.hpp"
#include "expr/checks.hpp"

namespace dynamorm {

namespace {

using expr::Condition;
using expr::ExpressionError;
using expr::Operand;
using expr::Update;

std::string condition_context(const expr::Path& path) {
    return "Invalid condition on \"" + path.to_string() + "\"";
}

std::string update_context(const expr::Path& path) {
    return "Invalid update of \"" + path.to_string() + "\"";
}

Update set_action(const expr::Path& path, Operand value) {
    Update update;
    update.set.push_back({path, std::move(value)});
    return update;
}

void require_list_value(const expr::Path& path, std::string_view what, const Arg& list) {
    if (list.operand().is_value()) {
        expr::detail::require_list(update_context(path), what, list.operand().value());
    }
}

}  // namespace

// ---- Expr ------------------------------------------------------------------------------

Condition Expr::compare(expr::Comparator op, const Operand& lhs, const Operand& rhs) {
    return Condition::Compare{op, lhs, rhs};
}

Expr Expr::arithmetic(const Operand& lhs, Operand::Arithmetic::Op op, const Operand& rhs) {
    return Expr(Operand::Arithmetic{lhs, op, rhs});
}

Condition Expr::between(const Arg& low, const Arg& high) const {
    return Condition::Between{operand_, low.operand(), high.operand()};
}

Condition Expr::in(std::initializer_list<Arg> candidates) const {
    std::vector<Operand> operands;
    operands.reserve(candidates.size());
    for (const Arg& candidate : candidates)
        operands.push_back(candidate.operand());
    if (operands.empty()) {
        throw ExpressionError("Invalid condition on " + explain(operand_) +
                              ": in needs at least one candidate");
    }
    return Condition::In{operand_, std::move(operands)};
}

Condition Expr::in(const List& candidates) const {
    std::vector<Operand> operands(candidates.begin(), candidates.end());
    if (operands.empty()) {
        throw ExpressionError("Invalid condition on " + explain(operand_) +
                              ": in needs at least one candidate");
    }
    return Condition::In{operand_, std::move(operands)};
}

// ---- Attr ------------------------------------------------------------------------------

Attr::Attr(expr::Path path) : Expr(Operand(path)), path_(std::move(path)) {}

Attr Attr::operator[](std::string_view key) const {
    return Attr(path_.key(std::string(key)));
}

void Attr::negative_index(long long index) const {
    throw ExpressionError("Invalid document path \"" + path_.to_string() + "[" +
                          std::to_string(index) + "]\": a list index cannot be negative");
}

Expr Attr::size() const {
    return Expr(Operand::Size{path_});
}

Condition Attr::exists() const {
    return Condition::AttributeExists{path_};
}

Condition Attr::not_exists() const {
    return Condition::AttributeNotExists{path_};
}

Condition Attr::type(Type type) const {
    return Condition::AttributeType{path_, AttributeValue(std::string(type_name(type)))};
}

Condition Attr::begins_with(const Arg& prefix) const {
    if (prefix.operand().is_value()) {
        expr::detail::require_string_or_binary(condition_context(path_), "begins_with",
                                               prefix.operand().value());
    }
    return Condition::BeginsWith{path_, prefix.operand()};
}

Condition Attr::contains(const Arg& operand) const {
    return Condition::Contains{path_, operand.operand()};
}

Update Attr::set(const Arg& value) const {
    return set_action(path_, value.operand());
}

Update Attr::if_not_exists(const Arg& fallback) const {
    return set_action(path_, Operand::IfNotExists{path_, fallback.operand()});
}

Update Attr::append(const Arg& list) const {
    require_list_value(path_, "append", list);
    return set_action(path_, Operand::ListAppend{path_, list.operand()});
}

Update Attr::prepend(const Arg& list) const {
    require_list_value(path_, "prepend", list);
    return set_action(path_, Operand::ListAppend{list.operand(), path_});
}

Update Attr::add(const AttributeValue& value) const {
    expr::detail::require_number_or_set(update_context(path_), "add", value);
    Update update;
    update.add.push_back({path_, value});
    return update;
}

Update Attr::del(const AttributeValue& set) const {
    expr::detail::require_set(update_context(path_), "delete", set);
    Update update;
    update.del.push_back({path_, set});
    return update;
}

Update Attr::remove() const {
    Update update;
    update.remove.push_back(path_);
    return update;
}

// ---- free functions --------------------------------------------------------------------

Attr attr(std::string_view name) {
    return Attr(expr::Path(std::string(name)));
}

Attr attr(expr::Path path) {
    return Attr(std::move(path));
}

Expr if_not_exists(const Attr& path, const Arg& fallback) {
    return Expr(Operand::IfNotExists{path.path(), fallback.operand()});
}

Expr list_append(const Arg& first, const Arg& second) {
    return Expr(Operand::ListAppend{first.operand(), second.operand()});
}

}  // namespace dynamorm
