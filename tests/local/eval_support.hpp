// Helpers for the evaluator's tests: expressions read the way the engine reads them, with a
// request's placeholders, and the message an evaluation fails with.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/expr/error.hpp"
#include "dynamorm/expr/parse.hpp"
#include "local/evaluate.hpp"

namespace dynamorm::local::testing {

/// The ExpressionAttributeNames and ExpressionAttributeValues of one request; an empty map
/// stands for an absent parameter.
struct Request {
    expr::AttributeNames names;
    Item values;

    expr::Parser parser() const {
        return expr::Parser(names.empty() ? nullptr : &names, values.empty() ? nullptr : &values);
    }
    expr::Condition condition(std::string_view text) const { return parser().condition(text); }
    expr::Condition filter(std::string_view text) const { return parser().filter(text); }
    expr::Condition key_condition(std::string_view text) const {
        return parser().key_condition(text);
    }
    expr::Update update(std::string_view text) const { return parser().update(text); }
    expr::Projection projection(std::string_view text) const { return parser().projection(text); }
};

/// Whether `item` satisfies the condition `text`, with `values` as ExpressionAttributeValues.
inline bool holds(std::string_view text, const Item& item, Item values = {}) {
    return evaluate(Request{{}, std::move(values)}.condition(text), item);
}

/// The item after the update `text`.
inline Item updated(std::string_view text, const Item& item, Item values = {}) {
    return apply_update(Request{{}, std::move(values)}.update(text), item).item;
}

/// The message `run` throws EvaluationError with, or "(no error)".
template <typename Run>
std::string failure(Run&& run) {
    try {
        std::forward<Run>(run)();
    } catch (const EvaluationError& error) {
        return error.what();
    }
    return "(no error)";
}

/// The message the update `text` fails with on `item`, or "(no error)".
inline std::string update_failure(std::string_view text, const Item& item, Item values = {},
                                  const std::vector<std::string>& keys = {}) {
    const expr::Update update = Request{{}, std::move(values)}.update(text);
    return failure([&] { apply_update(update, item, keys); });
}

/// A path written the way a user writes one: `a.b[2]`.
inline expr::Path path(std::string_view dotted) {
    return expr::Path::parse_dotted(dotted);
}

inline AttributeValue ss(std::vector<std::string> members) {
    return AttributeValue::string_set(std::move(members));
}
inline AttributeValue ns(std::vector<Number> members) {
    return AttributeValue::number_set(std::move(members));
}
inline AttributeValue bs(std::vector<Binary> members) {
    return AttributeValue::binary_set(std::move(members));
}
inline AttributeValue bin(std::string bytes) {
    return AttributeValue(Binary{std::move(bytes)});
}
inline AttributeValue num(std::string_view text) {
    return AttributeValue(Number(text));
}

inline constexpr std::string_view kInvalidPath =
    "The document path provided in the update expression is invalid for update";
inline constexpr std::string_view kMissing =
    "The provided expression refers to an attribute that does not exist in the item";
inline constexpr std::string_view kWrongType =
    "An operand in the update expression has an incorrect data type";

}  // namespace dynamorm::local::testing
