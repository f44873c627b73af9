// Conversions between json::Value subtrees and AttributeValues / Items.
#include <string>

#include "dynamorm/value/json.hpp"
#include "value/json_decoder.hpp"

namespace dynamorm {
namespace detail {
namespace {

struct ValueSource {
    using Node = json::Value;

    static NodeKind kind(const Node& node) noexcept {
        switch (node.kind()) {
            case json::Kind::Null:
                return NodeKind::Null;
            case json::Kind::Bool:
                return node.as_bool() ? NodeKind::True : NodeKind::False;
            case json::Kind::Number: {
                // A fraction or an exponent makes a decimal. So does "-0", which has no
                // integer form: simdjson's DOM reads it as the double -0.0, and the two
                // decoders must agree.
                const std::string& text = node.number_text();
                if (text == "-0") return NodeKind::Decimal;
                return text.find_first_of(".eE") == std::string::npos ? NodeKind::Integer
                                                                      : NodeKind::Decimal;
            }
            case json::Kind::String:
                return NodeKind::String;
            case json::Kind::Array:
                return NodeKind::Array;
            case json::Kind::Object:
                return NodeKind::Object;
        }
        return NodeKind::Null;
    }

    static std::string_view string(const Node& node) noexcept { return node.as_string(); }

    static std::size_t size(const Node& node) noexcept { return node.size(); }

    static bool to_int64(const Node& node, std::int64_t& out) noexcept {
        try {
            out = node.as_int64();
            return true;
        } catch (const JsonError&) {
            return false;
        }
    }

    template <class F>
    static void for_each_member(const Node& node, F&& f) {
        for (const auto& [name, child] : node.as_object())
            f(std::string_view(name), child);
    }

    template <class F>
    static void for_each_element(const Node& node, F&& f) {
        for (const json::Value& child : node.as_array())
            f(child);
    }
};

}  // namespace
}  // namespace detail

AttributeValue to_attribute_value(const json::Value& json, std::string_view path) {
    detail::AttributeDecoder<detail::ValueSource> decoder(path);
    AttributeValue value = decoder.value(json);
    decoder.finish();
    return value;
}

Item to_item(const json::Value& json, std::string_view path) {
    detail::AttributeDecoder<detail::ValueSource> decoder(path);
    Item item;
    decoder.map_into(json, item);
    decoder.finish();
    return item;
}

namespace {

json::Value typed(std::string_view type, json::Value value) {
    json::Object object;
    object.emplace_back(std::string(type), std::move(value));
    return json::Value(std::move(object));
}

template <class Set, class Convert>
json::Value set_array(const Set& set, Convert convert) {
    json::Array array;
    array.reserve(set.size());
    for (const auto& element : set)
        array.emplace_back(convert(element));
    return json::Value(std::move(array));
}

json::Value map_object(const Map& map) {
    json::Object object;
    object.reserve(map.size());
    for (const auto& [name, value] : map)
        object.emplace_back(name, to_json(value));
    return json::Value(std::move(object));
}

}  // namespace

json::Value to_json(const AttributeValue& value) {
    const auto& v = value.variant();
    switch (value.type()) {
        case Type::S:
            return typed("S", json::Value(*std::get_if<std::string>(&v)));
        case Type::N:
            return typed("N", json::Value(std::get_if<Number>(&v)->to_string()));
        case Type::B:
            return typed("B", json::Value(base64::encode(std::get_if<Binary>(&v)->bytes)));
        case Type::BOOL:
            return typed("BOOL", json::Value(*std::get_if<bool>(&v)));
        case Type::NULL_:
            return typed("NULL", json::Value(true));
        case Type::M:
            return typed("M", map_object(*std::get_if<Map>(&v)));
        case Type::L:
            return typed("L", set_array(*std::get_if<List>(&v),
                                        [](const AttributeValue& e) { return to_json(e); }));
        case Type::SS:
            return typed("SS", set_array(*std::get_if<StringSet>(&v),
                                         [](const std::string& e) { return json::Value(e); }));
        case Type::NS:
            return typed("NS", set_array(*std::get_if<NumberSet>(&v), [](const Number& e) {
                             return json::Value(e.to_string());
                         }));
        case Type::BS:
            return typed("BS", set_array(*std::get_if<BinarySet>(&v), [](const Binary& e) {
                             return json::Value(base64::encode(e.bytes));
                         }));
    }
    return json::Value();
}

json::Value to_json(const Item& item) {
    return map_object(item);
}

}  // namespace dynamorm
