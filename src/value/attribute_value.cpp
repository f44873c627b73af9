#include "dynamorm/value/attribute_value.hpp"

#include <iterator>
#include <set>
#include <string>
#include <utility>

#include "dynamorm/value/base64.hpp"
#include "dynamorm/value/error.hpp"
#include "value/json_text.hpp"
#include "value/messages.hpp"

namespace dynamorm {
namespace {

std::string element_text(const std::string& s) {
    return s;
}
std::string element_text(const Number& n) {
    return n.to_string();
}
std::string element_text(const Binary& b) {
    return base64::encode(b.bytes);
}

// Builds a set from `values`, or throws DynamoDB's message for an empty set or a repeated
// element (followed by the repeated element itself, which DynamoDB's text does not always name).
template <class Set, class Element>
Set make_set(Type type, std::vector<Element> values) {
    if (values.empty()) throw ValueError(std::string(messages::empty_set(type)));
    auto less = [](const Element* a, const Element* b) { return *a < *b; };
    std::set<const Element*, decltype(less)> seen(less);
    for (const auto& value : values) {
        if (seen.insert(&value).second) continue;
        std::vector<std::string> texts;
        texts.reserve(values.size());
        for (const auto& v : values)
            texts.push_back(element_text(v));
        const std::vector<std::string_view> views(texts.begin(), texts.end());
        throw ValueError(messages::duplicate_in_set(type, views) +
                         " (duplicate: " + element_text(value) + ")");
    }
    return Set(std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
}

[[noreturn]] void throw_wrong_type(Type expected, Type actual) {
    throw ValueError("Expected an attribute value of type " + std::string(type_name(expected)) +
                     ", but it is of type " + std::string(type_name(actual)));
}

template <class T, class Variant>
auto& get_as(Variant& value, Type expected) {
    if (auto* p = std::get_if<T>(&value)) return *p;
    throw_wrong_type(expected, static_cast<Type>(value.index()));
}

void append_debug(std::string& out, const AttributeValue& value);

template <class Set, class Append>
void append_debug_set(std::string& out, std::string_view tag, const Set& set, Append append) {
    out += "{\"";
    out += tag;
    out += "\":[";
    bool first = true;
    for (const auto& element : set) {
        if (!first) out.push_back(',');
        first = false;
        append(element);
    }
    out += "]}";
}

void append_debug(std::string& out, const AttributeValue& value) {
    std::visit(
        [&out](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                out += "{\"S\":";
                detail::append_debug_string(out, v);
                out.push_back('}');
            } else if constexpr (std::is_same_v<T, Number>) {
                out += "{\"N\":\"";
                v.append_to(out);
                out += "\"}";
            } else if constexpr (std::is_same_v<T, Binary>) {
                out += "{\"B\":\"";
                base64::encode_to(v.bytes, out);
                out += "\"}";
            } else if constexpr (std::is_same_v<T, bool>) {
                out += v ? "{\"BOOL\":true}" : "{\"BOOL\":false}";
            } else if constexpr (std::is_same_v<T, Null>) {
                out += "{\"NULL\":true}";
            } else if constexpr (std::is_same_v<T, Map>) {
                out += "{\"M\":{";
                bool first = true;
                for (const auto& [name, element] : v) {
                    if (!first) out.push_back(',');
                    first = false;
                    detail::append_debug_string(out, name);
                    out.push_back(':');
                    append_debug(out, element);
                }
                out += "}}";
            } else if constexpr (std::is_same_v<T, List>) {
                append_debug_set(out, "L", v,
                                 [&out](const AttributeValue& e) { append_debug(out, e); });
            } else if constexpr (std::is_same_v<T, StringSet>) {
                append_debug_set(out, "SS", v, [&out](const std::string& e) {
                    detail::append_debug_string(out, e);
                });
            } else if constexpr (std::is_same_v<T, NumberSet>) {
                append_debug_set(out, "NS", v, [&out](const Number& e) {
                    out.push_back('"');
                    e.append_to(out);
                    out.push_back('"');
                });
            } else {
                static_assert(std::is_same_v<T, BinarySet>);
                append_debug_set(out, "BS", v, [&out](const Binary& e) {
                    out.push_back('"');
                    base64::encode_to(e.bytes, out);
                    out.push_back('"');
                });
            }
        },
        value.variant());
}

}  // namespace

std::string_view type_name(Type type) noexcept {
    switch (type) {
        case Type::S:
            return "S";
        case Type::N:
            return "N";
        case Type::B:
            return "B";
        case Type::BOOL:
            return "BOOL";
        case Type::NULL_:
            return "NULL";
        case Type::M:
            return "M";
        case Type::L:
            return "L";
        case Type::SS:
            return "SS";
        case Type::NS:
            return "NS";
        case Type::BS:
            return "BS";
    }
    return "?";
}

AttributeValue::AttributeValue(StringSet s) : value_(std::move(s)) {
    if (std::get<StringSet>(value_).empty()) {
        throw ValueError(std::string(messages::empty_set(Type::SS)));
    }
}

AttributeValue::AttributeValue(NumberSet s) : value_(std::move(s)) {
    if (std::get<NumberSet>(value_).empty()) {
        throw ValueError(std::string(messages::empty_set(Type::NS)));
    }
}

AttributeValue::AttributeValue(BinarySet s) : value_(std::move(s)) {
    if (std::get<BinarySet>(value_).empty()) {
        throw ValueError(std::string(messages::empty_set(Type::BS)));
    }
}

AttributeValue AttributeValue::string_set(std::vector<std::string> values) {
    return AttributeValue(make_set<StringSet>(Type::SS, std::move(values)));
}

AttributeValue AttributeValue::number_set(std::vector<Number> values) {
    return AttributeValue(make_set<NumberSet>(Type::NS, std::move(values)));
}

AttributeValue AttributeValue::binary_set(std::vector<Binary> values) {
    return AttributeValue(make_set<BinarySet>(Type::BS, std::move(values)));
}

const std::string& AttributeValue::as_s() const {
    return get_as<std::string>(value_, Type::S);
}
const Number& AttributeValue::as_n() const {
    return get_as<Number>(value_, Type::N);
}
const Binary& AttributeValue::as_b() const {
    return get_as<Binary>(value_, Type::B);
}
bool AttributeValue::as_bool() const {
    return get_as<bool>(value_, Type::BOOL);
}
const Map& AttributeValue::as_m() const {
    return get_as<Map>(value_, Type::M);
}
Map& AttributeValue::as_m() {
    return get_as<Map>(value_, Type::M);
}
const List& AttributeValue::as_l() const {
    return get_as<List>(value_, Type::L);
}
List& AttributeValue::as_l() {
    return get_as<List>(value_, Type::L);
}
const StringSet& AttributeValue::as_ss() const {
    return get_as<StringSet>(value_, Type::SS);
}
const NumberSet& AttributeValue::as_ns() const {
    return get_as<NumberSet>(value_, Type::NS);
}
const BinarySet& AttributeValue::as_bs() const {
    return get_as<BinarySet>(value_, Type::BS);
}

std::string to_debug_string(const AttributeValue& value) {
    std::string out;
    append_debug(out, value);
    return out;
}

}  // namespace dynamorm
