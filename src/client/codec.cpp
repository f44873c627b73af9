// The non-template parts of the codec: DynamoDB's serialization messages, paths, scalars and
// attribute values.
#include "client/codec.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "value/json_decoder.hpp"
#include "value/json_text.hpp"

namespace dynamorm::client::detail {
namespace {

using dynamorm::detail::is_scalar;
using dynamorm::detail::kStartOfStructure;
using dynamorm::detail::scalar_name;
constexpr std::string_view kParameterizedType =
    "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class "
    "java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and "
    "java.lang.Class are in module java.base of loader 'bootstrap')";

// The messages for a scalar Java type (String, Integer, Long, Double).
std::string scalar_mismatch(std::string_view type, NodeKind actual) {
    if (actual == NodeKind::Array)
        return "Unrecognized collection type class java.lang." + std::string(type);
    if (actual == NodeKind::Object) return std::string(kStartOfStructure);
    return std::string(scalar_name(actual)) + " cannot be converted to " + std::string(type);
}

// An integer member: JSON integers exactly, decimals rounded down (as DynamoDB does), within
// [min, max] (Jackson's message otherwise).
std::int64_t read_integer(Reader& r, const json::Value& node, std::string_view type,
                          std::int64_t min, std::int64_t max, std::string_view range_name) {
    const NodeKind kind = kind_of(node);
    if (kind != NodeKind::Integer && kind != NodeKind::Decimal) {
        r.fail(scalar_mismatch(type, kind));
    }
    const auto out_of_range = [&]() {
        r.fail("Numeric value (" + node.number_text() + ") out of range of " +
               std::string(range_name));
    };
    if (kind == NodeKind::Integer) {
        std::int64_t value = 0;
        try {
            value = node.as_int64();
        } catch (const JsonError&) {
            out_of_range();
        }
        if (value < min || value > max) out_of_range();
        return value;
    }
    double value = 0;
    try {
        value = std::floor(node.as_double());
    } catch (const JsonError&) {
        out_of_range();
    }
    if (!(value >= static_cast<double>(min) && value < -static_cast<double>(min))) out_of_range();
    const auto result = static_cast<std::int64_t>(value);
    if (result < min || result > max) out_of_range();
    return result;
}

// DynamoDB's messages for invalid values in its key parameters carry the context.
bool starting_key_message_is_bare(std::string_view message) noexcept {
    for (std::string_view marker : {"contains duplicates", "number set", "numeric value",
                                    "significant digits", "number with magnitude"}) {
        if (message.find(marker) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace

NodeKind kind_of(const json::Value& node) noexcept {
    switch (node.kind()) {
        case json::Kind::Null:
            return NodeKind::Null;
        case json::Kind::Bool:
            return node.as_bool() ? NodeKind::True : NodeKind::False;
        case json::Kind::Number:
            return node.number_text().find_first_of(".eE") == std::string::npos ? NodeKind::Integer
                                                                                : NodeKind::Decimal;
        case json::Kind::String:
            return NodeKind::String;
        case json::Kind::Array:
            return NodeKind::Array;
        case json::Kind::Object:
            return NodeKind::Object;
    }
    return NodeKind::Null;
}

std::string mismatch_message(Expect expected, NodeKind actual, std::string_view java_type) {
    if (actual == NodeKind::Null) return "Unexpected null value";
    switch (expected) {
        case Expect::String:
            return scalar_mismatch("String", actual);
        case Expect::Integer:
            return actual == NodeKind::String ? "STRING_VALUE cannot be converted to Integer"
                                              : scalar_mismatch("Integer", actual);
        case Expect::Long:
            return scalar_mismatch("Long", actual);
        case Expect::Double:
            return scalar_mismatch("Double", actual);
        case Expect::Boolean:
            if (actual == NodeKind::Array)
                return "Unrecognized collection type class java.lang.Boolean";
            if (actual == NodeKind::Object) return std::string(kStartOfStructure);
            if (actual == NodeKind::String) return "Unexpected token received from parser";
            return std::string(scalar_name(actual)) + " cannot be converted to Boolean";
        case Expect::List:
            if (is_scalar(actual)) return "Unexpected field type";
            return std::string(kStartOfStructure);
        case Expect::ParameterizedList:
            if (is_scalar(actual)) return std::string(kParameterizedType);
            return std::string(kStartOfStructure);
        case Expect::Map:
            if (is_scalar(actual)) return "Unexpected field type";
            return "Unrecognized collection type java.util.Map<java.lang.String, " +
                   std::string(java_type) + ">";
        case Expect::ParameterizedMap:
            if (is_scalar(actual)) return std::string(kParameterizedType);
            return "Unrecognized collection type java.util.Map<java.lang.String, " +
                   std::string(java_type) + ">";
        case Expect::FieldStructure:
            if (is_scalar(actual)) return "Unexpected field type";
            return "Unrecognized collection type class " + std::string(java_type);
        case Expect::ValueStructure:
            if (is_scalar(actual)) return "Unexpected value type in payload";
            return "Unrecognized collection type class " + std::string(java_type);
        case Expect::FieldAttributeValue:
            if (is_scalar(actual)) return "Unexpected field type";
            return "Unrecognized collection type class "
                   "com.amazonaws.dynamodb.v20120810.AttributeValue";
    }
    return "Unexpected field type";
}

// ---- Reader ---------------------------------------------------------------------------------

std::string Reader::path() const {
    std::string out;
    for (const Segment& segment : segments_) {
        if (segment.is_index) {
            dynamorm::detail::append_path_index(out, segment.index);
        } else {
            dynamorm::detail::append_path_member(out, segment.name);
        }
    }
    return out;
}

std::string_view Reader::current_field() const noexcept {
    for (auto it = segments_.rbegin(); it != segments_.rend(); ++it) {
        if (!it->is_index) return it->name;
    }
    return {};
}

void Reader::fail(std::string message) const {
    throw JsonError(path(), message, JsonError::Kind::Serialization);
}

void Reader::attribute_value_problem(const JsonError& error, std::string_view key) {
    std::string full_path = path();
    if (!error.path().empty()) {
        if (!full_path.empty() && error.path().front() != '[') full_path += '.';
        full_path += error.path();
    }
    if (error.is_serialization()) {
        throw JsonError(std::move(full_path), error.detail(), JsonError::Kind::Serialization);
    }
    if (deferred_ != nullptr && deferred_->has_value()) return;  // the first one is reported

    std::string message = error.detail();
    if (!key.empty()) {
        message = "ExpressionAttributeValues contains invalid value: " + message + " for key " +
                  std::string(key);
    } else if (current_field() == "ExclusiveStartKey" && !starting_key_message_is_bare(message)) {
        message = "The provided starting key is invalid: " + message;
    }
    JsonError problem(std::move(full_path), message, JsonError::Kind::Validation);
    if (deferred_ == nullptr) throw problem;
    deferred_->emplace(std::move(problem));
}

// ---- Scalars --------------------------------------------------------------------------------

void Codec<bool>::read(Reader& r, const json::Value& node, bool& out, Position) {
    if (node.is_bool()) {
        out = node.as_bool();
        return;
    }
    if (node.is_string() && dynamorm::detail::parse_boolean_text(node.as_string(), out)) return;
    r.fail_mismatch(Expect::Boolean, node);
}

void Codec<std::int32_t>::read(Reader& r, const json::Value& node, std::int32_t& out, Position) {
    out = static_cast<std::int32_t>(read_integer(r, node, "Integer",
                                                 std::numeric_limits<std::int32_t>::min(),
                                                 std::numeric_limits<std::int32_t>::max(), "int"));
}

void Codec<std::int64_t>::read(Reader& r, const json::Value& node, std::int64_t& out, Position) {
    out = read_integer(r, node, "Long", std::numeric_limits<std::int64_t>::min(),
                       std::numeric_limits<std::int64_t>::max(), "long");
}

void Codec<double>::read(Reader& r, const json::Value& node, double& out, Position) {
    if (!node.is_number()) r.fail_mismatch(Expect::Double, node);
    try {
        out = node.as_double();
    } catch (const JsonError&) {
        r.fail("Numeric value (" + node.number_text() + ") out of range of double");
    }
}

// ---- Attribute values -----------------------------------------------------------------------

void Codec<AttributeValue>::read(Reader& r, const json::Value& node, AttributeValue& out,
                                 Position position) {
    if (position == Position::Field && !node.is_object()) {
        r.fail_mismatch(Expect::FieldAttributeValue, node);
    }
    try {
        out = to_attribute_value(node);
    } catch (const JsonError& error) {
        r.attribute_value_problem(error);
    }
}

void Codec<Item>::read(Reader& r, const json::Value& node, Item& out, Position position) {
    if (position == Position::Element && !node.is_null() && !node.is_object() && !node.is_array()) {
        r.fail_mismatch(Expect::ParameterizedMap, node, Codec<AttributeValue>::java_type());
    }
    if (r.current_field() != "ExpressionAttributeValues" || !node.is_object()) {
        try {
            out = to_item(node);
        } catch (const JsonError& error) {
            r.attribute_value_problem(error);
        }
        return;
    }
    // ExpressionAttributeValues: one value at a time, as DynamoDB's message names the key.
    out.clear();
    for (const auto& [name, child] : node.as_object()) {
        r.push_member(name);
        auto [it, inserted] = out.try_emplace(name);
        if (!inserted) r.fail("Duplicate field '" + name + "'");
        try {
            it->second = to_attribute_value(child);
        } catch (const JsonError& error) {
            r.attribute_value_problem(error, name);
        }
        r.pop();
    }
}

}  // namespace dynamorm::client::detail
