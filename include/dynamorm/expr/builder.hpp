// The typed builder: expressions as C++ values that compose.
//
//     using dm::attr;
//     auto c = (attr("year") >= 1990) & attr("address")["zip"].begins_with("9");
//     auto u = dm::update(attr("count").set(attr("count") + 1), attr("tags").append({"new"}),
//                         attr("draft").remove());
//
// Conditions are expr::Condition and updates expr::Update, equal to what the double-under
// syntax builds for the same thing: `attr("year") >= 1990` and `Q("year__gte", 1990)` are
// the same tree. Combine conditions with `&`, `|` and `!`; parenthesize comparisons inside
// them, as compilers rightly warn that `a == 1 & b == 2` is easy to misread.
#pragma once

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm {

class Expr;

/// Whatever may stand where an operand is expected: a builder expression (`attr("a")`,
/// `attr("a").size()`, ...) or anything an AttributeValue is made from (`3`, `"x"`, `List{}`,
/// `{1, 2}` for a list).
class Arg {
  public:
    Arg(const Expr& expression);  // NOLINT(google-explicit-constructor)
    template <class T>
    requires std::constructible_from<AttributeValue, T&&> &&
        (!std::derived_from<std::remove_cvref_t<T>, Expr>)
            Arg(T&& value)  // NOLINT(google-explicit-constructor)
        : operand_(AttributeValue(std::forward<T>(value))) {}
    /// A list value.
    Arg(std::initializer_list<AttributeValue> list)  // NOLINT(google-explicit-constructor)
        : operand_(AttributeValue(List(list))) {}

    const expr::Operand& operand() const noexcept { return operand_; }

  private:
    expr::Operand operand_;
};

/// An operand: a path, a value, `size(path)`, or (for SET actions only) `a + b`, `a - b`,
/// `if_not_exists(path, v)`, `list_append(a, b)`. Comparing two operands gives a condition.
class Expr {
  public:
    explicit Expr(expr::Operand operand) : operand_(std::move(operand)) {}

    const expr::Operand& operand() const noexcept { return operand_; }

    /// `this BETWEEN low AND high`.
    expr::Condition between(const Arg& low, const Arg& high) const;
    /// `this IN (c1, c2, ...)`; throws expr::ExpressionError without candidates.
    expr::Condition in(std::initializer_list<Arg> candidates) const;
    /// `this IN (...)` with the elements of a list; throws expr::ExpressionError when empty.
    expr::Condition in(const List& candidates) const;

    /// `a = b`, `a <> b`, `a < b`, ...: conditions, not booleans. One side may be a value.
#define DYNAMORM_BUILDER_COMPARATOR(op, comparator)                            \
    friend expr::Condition operator op(const Expr& a, const Expr& b) {         \
        return compare(expr::Comparator::comparator, a.operand_, b.operand_);  \
    }                                                                          \
    friend expr::Condition operator op(const Expr& a, const Arg& b) {          \
        return compare(expr::Comparator::comparator, a.operand_, b.operand()); \
    }                                                                          \
    friend expr::Condition operator op(const Arg& a, const Expr& b) {          \
        return compare(expr::Comparator::comparator, a.operand(), b.operand_); \
    }
    DYNAMORM_BUILDER_COMPARATOR(==, EQ)
    DYNAMORM_BUILDER_COMPARATOR(!=, NE)
    DYNAMORM_BUILDER_COMPARATOR(<, LT)
    DYNAMORM_BUILDER_COMPARATOR(<=, LE)
    DYNAMORM_BUILDER_COMPARATOR(>, GT)
    DYNAMORM_BUILDER_COMPARATOR(>=, GE)
#undef DYNAMORM_BUILDER_COMPARATOR

#define DYNAMORM_BUILDER_ARITHMETIC(op, name)                                            \
    friend Expr operator op(const Expr& a, const Expr& b) {                              \
        return arithmetic(a.operand_, expr::Operand::Arithmetic::Op::name, b.operand_);  \
    }                                                                                    \
    friend Expr operator op(const Expr& a, const Arg& b) {                               \
        return arithmetic(a.operand_, expr::Operand::Arithmetic::Op::name, b.operand()); \
    }                                                                                    \
    friend Expr operator op(const Arg& a, const Expr& b) {                               \
        return arithmetic(a.operand(), expr::Operand::Arithmetic::Op::name, b.operand_); \
    }
    /// `a + b` and `a - b`, for SET actions: `attr("count").set(attr("count") + 1)`.
    DYNAMORM_BUILDER_ARITHMETIC(+, Plus)
    DYNAMORM_BUILDER_ARITHMETIC(-, Minus)
#undef DYNAMORM_BUILDER_ARITHMETIC

  private:
    static expr::Condition compare(expr::Comparator op, const expr::Operand& lhs,
                                   const expr::Operand& rhs);
    static Expr arithmetic(const expr::Operand& lhs, expr::Operand::Arithmetic::Op op,
                           const expr::Operand& rhs);

    expr::Operand operand_;
};

inline Arg::Arg(const Expr& expression) : operand_(expression.operand()) {}

/// A document path: an attribute, a map key inside it, a list element, ... With the
/// conditions and update actions that take a path.
class Attr : public Expr {
  public:
    explicit Attr(expr::Path path);

    const expr::Path& path() const noexcept { return path_; }

    /// The map key `key` inside this attribute, named literally.
    Attr operator[](std::string_view key) const;
    /// The list element at `index`; throws expr::ExpressionError when negative. (Characters
    /// and bools are not indexes: `attr("m")['k']` does not compile.)
    template <std::integral Index>
    requires(!std::is_same_v<Index, bool> && !std::is_same_v<Index, char> &&
             !std::is_same_v<Index, wchar_t> && !std::is_same_v<Index, char8_t> &&
             !std::is_same_v<Index, char16_t> && !std::is_same_v<Index, char32_t>) Attr
    operator[](Index index) const {
        if constexpr (std::is_signed_v<Index>) {
            if (index < 0) negative_index(static_cast<long long>(index));
        }
        return Attr(path_.index(static_cast<std::size_t>(index)));
    }

    /// `size(path)`.
    Expr size() const;

    // Conditions.
    expr::Condition exists() const;      ///< `attribute_exists(path)`
    expr::Condition not_exists() const;  ///< `attribute_not_exists(path)`
    /// `attribute_type(path, "S")`.
    expr::Condition type(Type type) const;
    /// `begins_with(path, prefix)`; a value prefix must be a string or binary.
    expr::Condition begins_with(const Arg& prefix) const;
    /// `contains(path, operand)`: a substring, a set member or a list element.
    expr::Condition contains(const Arg& operand) const;

    // Update actions; combine them with `+` or update(...).
    /// `SET path = value`.
    expr::Update set(const Arg& value) const;
    /// `SET path = if_not_exists(path, fallback)`.
    expr::Update if_not_exists(const Arg& fallback) const;
    /// `SET path = list_append(path, list)`; a value must be a list.
    expr::Update append(const Arg& list) const;
    /// `SET path = list_append(list, path)`; a value must be a list.
    expr::Update prepend(const Arg& list) const;
    /// `ADD path value`; the value must be a number or a set.
    expr::Update add(const AttributeValue& value) const;
    /// `DELETE path set`; the value must be a set.
    expr::Update del(const AttributeValue& set) const;
    /// `REMOVE path`.
    expr::Update remove() const;

  private:
    [[noreturn]] void negative_index(long long index) const;

    expr::Path path_;
};

/// The top-level attribute `name`, taken literally (a dot in it is part of the name).
Attr attr(std::string_view name);
/// A document path; `attr(expr::Path::parse_dotted("address.lines[0]"))`.
Attr attr(expr::Path path);

/// `if_not_exists(path, fallback)`, for SET: `attr("n").set(if_not_exists(attr("n"), 0) + 1)`.
Expr if_not_exists(const Attr& path, const Arg& fallback);
/// `list_append(first, second)`, for SET.
Expr list_append(const Arg& first, const Arg& second);

/// The actions of every argument, in order: `update(attr("a").set(1), attr("b").remove())`.
template <class... Actions>
requires(std::convertible_to<const Actions&, const expr::Update&>&&...) expr::Update
    update(const Actions&... actions) {
    expr::Update result;
    ((result += static_cast<const expr::Update&>(actions)), ...);
    return result;
}

}  // namespace dynamorm
