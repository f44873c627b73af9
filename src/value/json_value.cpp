#include "dynamorm/value/json_value.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json_writer.hpp"
#include "dynamorm/value/number.hpp"
#include "value/json_text.hpp"

namespace dynamorm::json {
namespace {

std::string with_article(Kind kind) {
    if (kind == Kind::Null) return "null";
    const bool vowel = kind == Kind::Array || kind == Kind::Object;
    return std::string(vowel ? "an " : "a ") + std::string(kind_name(kind));
}

[[noreturn]] void throw_kind(Kind expected, Kind actual) {
    throw JsonError("", "Expected " + with_article(expected) + ", found " + with_article(actual),
                    JsonError::Kind::Serialization);
}

[[noreturn]] void throw_number(const std::string& text, std::string_view what) {
    throw JsonError("", "The number " + text + " " + std::string(what),
                    JsonError::Kind::Serialization);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::string_view kind_name(Kind kind) noexcept {
    switch (kind) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return "boolean";
        case Kind::Number:
            return "number";
        case Kind::String:
            return "string";
        case Kind::Array:
            return "array";
        case Kind::Object:
            return "object";
    }
    return "value";
}

bool is_json_number(std::string_view text) noexcept {
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (i < n && text[i] == '-') ++i;
    if (i >= n) return false;
    if (text[i] == '0') {
        ++i;
    } else if (text[i] >= '1' && text[i] <= '9') {
        while (i < n && is_digit(text[i]))
            ++i;
    } else {
        return false;
    }
    if (i < n && text[i] == '.') {
        ++i;
        if (i >= n || !is_digit(text[i])) return false;
        while (i < n && is_digit(text[i]))
            ++i;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
        if (i >= n || !is_digit(text[i])) return false;
        while (i < n && is_digit(text[i]))
            ++i;
    }
    return i == n;
}

Value::Value(double n) {
    if (!std::isfinite(n)) throw ValueError("JSON has no representation for NaN or infinity");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    value_ = NumberText{std::string(buffer, result.ptr)};
}

Value::Value(const Number& n) : value_(NumberText{n.to_string()}) {}

Value Value::number(std::string_view text) {
    if (!is_json_number(text)) {
        throw JsonError("", "Not a JSON number: " + std::string(text),
                        JsonError::Kind::Serialization);
    }
    Value v;
    v.value_ = NumberText{std::string(text)};
    return v;
}

bool Value::as_bool() const {
    if (const bool* b = std::get_if<bool>(&value_)) return *b;
    throw_kind(Kind::Bool, kind());
}

const std::string& Value::number_text() const {
    if (const NumberText* n = std::get_if<NumberText>(&value_)) return n->text;
    throw_kind(Kind::Number, kind());
}

std::int64_t Value::as_int64() const {
    const std::string& text = number_text();
    std::int64_t out = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error == std::errc() && end == text.data() + text.size()) return out;
    Number exact;
    if (!Number::parse(text, exact)) throw_number(text, "does not fit in a 64-bit integer");
    if (!exact.is_integer()) throw_number(text, "is not an integer");
    try {
        return exact.to_int64();
    } catch (const ValueError&) {
        throw_number(text, "does not fit in a 64-bit integer");
    }
}

std::uint64_t Value::as_uint64() const {
    const std::string& text = number_text();
    std::uint64_t out = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error == std::errc() && end == text.data() + text.size()) return out;
    Number exact;
    if (!Number::parse(text, exact))
        throw_number(text, "does not fit in an unsigned 64-bit integer");
    if (!exact.is_integer()) throw_number(text, "is not an integer");
    try {
        return exact.to_uint64();
    } catch (const ValueError&) {
        throw_number(text, "does not fit in an unsigned 64-bit integer");
    }
}

double Value::as_double() const {
    const std::string& text = number_text();
    double out = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error == std::errc::result_out_of_range) {
        // Underflow to zero is fine; overflow is not.
        const auto exponent = text.find_first_of("eE");
        if (exponent != std::string::npos && text.find('-', exponent) != std::string::npos) {
            return text.front() == '-' ? -0.0 : 0.0;
        }
        throw_number(text, "is beyond the range of a double");
    }
    if (error != std::errc() || end != text.data() + text.size()) {
        throw_number(text, "cannot be read as a double");
    }
    return out;
}

const std::string& Value::as_string() const {
    if (const std::string* s = std::get_if<std::string>(&value_)) return *s;
    throw_kind(Kind::String, kind());
}

const Array& Value::as_array() const {
    if (const Array* a = std::get_if<Array>(&value_)) return *a;
    throw_kind(Kind::Array, kind());
}

Array& Value::as_array() {
    if (Array* a = std::get_if<Array>(&value_)) return *a;
    throw_kind(Kind::Array, kind());
}

const Object& Value::as_object() const {
    if (const Object* o = std::get_if<Object>(&value_)) return *o;
    throw_kind(Kind::Object, kind());
}

Object& Value::as_object() {
    if (Object* o = std::get_if<Object>(&value_)) return *o;
    throw_kind(Kind::Object, kind());
}

std::size_t Value::size() const noexcept {
    if (const Array* a = std::get_if<Array>(&value_)) return a->size();
    if (const Object* o = std::get_if<Object>(&value_)) return o->size();
    return 0;
}

const Value* Value::find(std::string_view key) const noexcept {
    const Object* object = std::get_if<Object>(&value_);
    if (object == nullptr) return nullptr;
    for (const auto& [name, value] : *object) {
        if (name == key) return &value;
    }
    return nullptr;
}

Value* Value::find(std::string_view key) noexcept {
    return const_cast<Value*>(static_cast<const Value&>(*this).find(key));
}

const Value& Value::at(std::string_view key) const {
    const Object& object = as_object();
    for (const auto& [name, value] : object) {
        if (name == key) return value;
    }
    std::string path;
    detail::append_path_member(path, key);
    throw JsonError(path, "The member is missing", JsonError::Kind::Serialization);
}

const Value& Value::at(std::size_t index) const {
    const Array& array = as_array();
    if (index < array.size()) return array[index];
    std::string path;
    detail::append_path_index(path, index);
    throw JsonError(path,
                    "The array has only " + std::to_string(array.size()) + " element" +
                        (array.size() == 1 ? "" : "s"),
                    JsonError::Kind::Serialization);
}

Value& Value::operator[](std::string_view key) {
    if (is_null()) value_ = Object{};
    Object& object = as_object();
    for (auto& [name, value] : object) {
        if (name == key) return value;
    }
    return object.emplace_back(std::string(key), Value()).second;
}

void Value::push_back(Value element) {
    if (is_null()) value_ = Array{};
    as_array().push_back(std::move(element));
}

std::string Value::dump() const {
    std::string out;
    dump_to(out);
    return out;
}

void Value::dump_to(std::string& out) const {
    Writer(out).value(*this);
}

}  // namespace dynamorm::json
