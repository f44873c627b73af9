#include "dynamorm/value/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "dynamorm/value/base64.hpp"
#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"
#include "dynamorm/value/json_value.hpp"
#include "value/json_text.hpp"

namespace dynamorm::json {
namespace {

void append_number_string(std::string& out, const Number& n) {
    out.push_back('"');
    n.append_to(out);
    out.push_back('"');
}

void append_binary_string(std::string& out, const Binary& b) {
    out.push_back('"');
    base64::encode_to(b.bytes, out);
    out.push_back('"');
}

void append_attribute_value(std::string& out, const AttributeValue& value);

void append_item(std::string& out, const Map& map) {
    out.push_back('{');
    bool first = true;
    for (const auto& [name, element] : map) {
        if (!first) out.push_back(',');
        first = false;
        detail::append_json_string(out, name);
        out.push_back(':');
        append_attribute_value(out, element);
    }
    out.push_back('}');
}

template <class Container, class Append>
void append_array(std::string& out, const Container& elements, Append append) {
    out.push_back('[');
    bool first = true;
    for (const auto& element : elements) {
        if (!first) out.push_back(',');
        first = false;
        append(out, element);
    }
    out.push_back(']');
}

void append_attribute_value(std::string& out, const AttributeValue& value) {
    switch (value.type()) {
        case Type::S:
            out += "{\"S\":";
            detail::append_json_string(out, *std::get_if<std::string>(&value.variant()));
            break;
        case Type::N:
            out += "{\"N\":";
            append_number_string(out, *std::get_if<Number>(&value.variant()));
            break;
        case Type::B:
            out += "{\"B\":";
            append_binary_string(out, *std::get_if<Binary>(&value.variant()));
            break;
        case Type::BOOL:
            out += *std::get_if<bool>(&value.variant()) ? "{\"BOOL\":true" : "{\"BOOL\":false";
            break;
        case Type::NULL_:
            out += "{\"NULL\":true";
            break;
        case Type::M:
            out += "{\"M\":";
            append_item(out, *std::get_if<Map>(&value.variant()));
            break;
        case Type::L:
            out += "{\"L\":";
            append_array(out, *std::get_if<List>(&value.variant()), append_attribute_value);
            break;
        case Type::SS:
            out += "{\"SS\":";
            append_array(
                out, *std::get_if<StringSet>(&value.variant()),
                [](std::string& o, const std::string& s) { detail::append_json_string(o, s); });
            break;
        case Type::NS:
            out += "{\"NS\":";
            append_array(out, *std::get_if<NumberSet>(&value.variant()), append_number_string);
            break;
        case Type::BS:
            out += "{\"BS\":";
            append_array(out, *std::get_if<BinarySet>(&value.variant()), append_binary_string);
            break;
    }
    out.push_back('}');
}

}  // namespace

Writer& Writer::begin_object() {
    separate();
    out_->push_back('{');
    need_comma_ = false;
    return *this;
}

Writer& Writer::end_object() {
    out_->push_back('}');
    need_comma_ = true;
    return *this;
}

Writer& Writer::begin_array() {
    separate();
    out_->push_back('[');
    need_comma_ = false;
    return *this;
}

Writer& Writer::end_array() {
    out_->push_back(']');
    need_comma_ = true;
    return *this;
}

Writer& Writer::key(std::string_view name) {
    separate();
    detail::append_json_string(*out_, name);
    out_->push_back(':');
    need_comma_ = false;
    return *this;
}

Writer& Writer::value(std::string_view s) {
    separate();
    detail::append_json_string(*out_, s);
    return *this;
}

Writer& Writer::value(bool b) {
    separate();
    out_->append(b ? "true" : "false");
    return *this;
}

Writer& Writer::value(std::nullptr_t) {
    separate();
    out_->append("null");
    return *this;
}

Writer& Writer::integer(std::int64_t n) {
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    out_->append(buffer, result.ptr);
    return *this;
}

Writer& Writer::unsigned_integer(std::uint64_t n) {
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    out_->append(buffer, result.ptr);
    return *this;
}

Writer& Writer::value(double d) {
    if (!std::isfinite(d)) throw ValueError("JSON has no representation for NaN or infinity");
    separate();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
    out_->append(buffer, result.ptr);
    return *this;
}

Writer& Writer::value(const Number& n) {
    separate();
    n.append_to(*out_);
    return *this;
}

Writer& Writer::value(const Value& v) {
    switch (v.kind()) {
        case Kind::Null:
            return null();
        case Kind::Bool:
            return value(v.as_bool());
        case Kind::Number:
            separate();
            out_->append(v.number_text());
            return *this;
        case Kind::String:
            return value(std::string_view(v.as_string()));
        case Kind::Array:
            begin_array();
            for (const Value& element : v.as_array())
                value(element);
            return end_array();
        case Kind::Object:
            begin_object();
            for (const auto& [name, member] : v.as_object()) {
                key(name);
                value(member);
            }
            return end_object();
    }
    return *this;
}

Writer& Writer::attribute_value(const AttributeValue& v) {
    separate();
    append_attribute_value(*out_, v);
    return *this;
}

Writer& Writer::item(const Item& item) {
    separate();
    append_item(*out_, item);
    return *this;
}

Writer& Writer::raw(std::string_view json) {
    separate();
    out_->append(json);
    return *this;
}

}  // namespace dynamorm::json

namespace dynamorm {

void encode_to(const AttributeValue& value, std::string& out) {
    json::Writer(out).attribute_value(value);
}

void encode_to(const Item& item, std::string& out) {
    json::Writer(out).item(item);
}

std::string encode(const AttributeValue& value) {
    std::string out;
    encode_to(value, out);
    return out;
}

std::string encode(const Item& item) {
    std::string out;
    encode_to(item, out);
    return out;
}

}  // namespace dynamorm
