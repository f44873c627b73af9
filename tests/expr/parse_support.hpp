// Helpers for the parser's tests: a request's placeholders, and the message an expression is
// refused with.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "dynamorm/expr/error.hpp"
#include "dynamorm/expr/parse.hpp"

namespace dynamorm::expr::testing {

/// The ExpressionAttributeNames and ExpressionAttributeValues of one request; an empty map
/// stands for an absent parameter.
struct Request {
    AttributeNames names;
    Item values;

    Parser parser() const {
        return Parser(names.empty() ? nullptr : &names, values.empty() ? nullptr : &values);
    }

    Condition condition(std::string_view text) const { return parser().condition(text); }
    Condition filter(std::string_view text) const { return parser().filter(text); }
    Condition key_condition(std::string_view text) const { return parser().key_condition(text); }
    Update update(std::string_view text) const { return parser().update(text); }
    Projection projection(std::string_view text) const { return parser().projection(text); }
};

/// The message `read` throws ExpressionError with, or "(accepted)".
template <typename Read>
std::string refusal(Read&& read) {
    try {
        std::forward<Read>(read)();
    } catch (const ExpressionError& error) {
        return error.what();
    }
    return "(accepted)";
}

inline std::string condition_refusal(const Request& request, std::string_view text) {
    return refusal([&] { request.condition(text); });
}
inline std::string filter_refusal(const Request& request, std::string_view text) {
    return refusal([&] { request.filter(text); });
}
inline std::string key_condition_refusal(const Request& request, std::string_view text) {
    return refusal([&] { request.key_condition(text); });
}
inline std::string update_refusal(const Request& request, std::string_view text) {
    return refusal([&] { request.update(text); });
}
inline std::string projection_refusal(const Request& request, std::string_view text) {
    return refusal([&] { request.projection(text); });
}

/// A path written the way a user writes one: `a.b[2]`.
inline Path path(std::string_view dotted) {
    return Path::parse_dotted(dotted);
}

}  // namespace dynamorm::expr::testing
