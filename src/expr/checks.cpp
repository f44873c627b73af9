// Value checks shared by the double-under syntax and the typed builder.

#include "expr/checks.hpp"

#include <string>

#include "dynamorm/expr/error.hpp"

namespace dynamorm::expr::detail {

namespace {

[[noreturn]] void refuse(std::string_view context, std::string_view what, std::string_view kind,
                         const AttributeValue& value) {
    std::string message(context);
    message += ": ";
    message += what;
    message += " needs ";
    message += kind;
    message += ", got ";
    message += type_name(value.type());
    throw ExpressionError(message);
}

bool is_set(const AttributeValue& value) noexcept {
    return value.is_ss() || value.is_ns() || value.is_bs();
}

}  // namespace

void require_number(std::string_view context, std::string_view what, const AttributeValue& value) {
    if (!value.is_n()) refuse(context, what, "a number", value);
}

void require_list(std::string_view context, std::string_view what, const AttributeValue& value) {
    if (!value.is_l()) refuse(context, what, "a list", value);
}

void require_set(std::string_view context, std::string_view what, const AttributeValue& value) {
    if (!is_set(value)) refuse(context, what, "a set (SS, NS or BS)", value);
}

void require_number_or_set(std::string_view context, std::string_view what,
                           const AttributeValue& value) {
    if (!value.is_n() && !is_set(value)) refuse(context, what, "a number or a set", value);
}

void require_string_or_binary(std::string_view context, std::string_view what,
                              const AttributeValue& value) {
    if (!value.is_s() && !value.is_b()) refuse(context, what, "a string or binary", value);
}

void require_bool(std::string_view context, std::string_view what, const AttributeValue& value) {
    if (!value.is_bool()) refuse(context, what, "true or false", value);
}

std::optional<Type> type_named(std::string_view name) noexcept {
    for (const Type type : {Type::S, Type::N, Type::B, Type::BOOL, Type::NULL_, Type::M, Type::L,
                            Type::SS, Type::NS, Type::BS}) {
        if (type_name(type) == name) return type;
    }
    return std::nullopt;
}

}  // namespace dynamorm::expr::detail
