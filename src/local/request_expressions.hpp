// A request's expressions, read once: the expression parameters through expr::Parser, and the
// legacy AttributesToGet as the projection it stands for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/expr/ast.hpp"

namespace dynamorm::local {

/// The expression parameters of one request; null where the request has none.
struct ExpressionParameters {
    const std::string* update = nullptr;
    const std::string* condition = nullptr;
    const std::string* key_condition = nullptr;
    const std::string* filter = nullptr;
    const std::string* projection = nullptr;
    const client::AttributeNameMap* names = nullptr;
    const Item* values = nullptr;
};

/// The trees of a request's expressions.
struct ParsedExpressions {
    std::optional<expr::Update> update;
    std::optional<expr::Condition> condition;
    std::optional<expr::Condition> key_condition;
    std::optional<expr::Condition> filter;
    std::optional<expr::Projection> projection;
};

/// Reads the expressions in DynamoDB's order (update, condition, key condition, filter,
/// projection), then refuses placeholders none of them used. Throws expr::ExpressionError with
/// DynamoDB's message. A request without expressions or placeholder maps constructs no parser.
ParsedExpressions parse_expressions(const ExpressionParameters& parameters);

/// AttributesToGet as a projection of top-level attributes.
expr::Projection projection_of(const std::vector<std::string>& attributes_to_get);

/// A pointer to the optional's value, or null.
template <class T>
const T* present(const std::optional<T>& value) noexcept {
    return value ? &*value : nullptr;
}

}  // namespace dynamorm::local
