#include "value/json_decoder.hpp"

namespace dynamorm::detail {
std::string_view scalar_name(NodeKind kind) noexcept {
    switch (kind) {
        case NodeKind::True:
            return "TRUE_VALUE";
        case NodeKind::False:
            return "FALSE_VALUE";
        case NodeKind::Integer:
            return "NUMBER_VALUE";
        case NodeKind::Decimal:
            return "DECIMAL_VALUE";
        case NodeKind::String:
            return "STRING_VALUE";
        default:
            return "NULL_VALUE";
    }
}

// DynamoDB's front end maps JSON onto Java types and reports the mismatches in that
// vocabulary; these are its messages, per expected type.
std::string mismatch_message(Expected expected, NodeKind actual) {
    if (actual == NodeKind::Null) return "Unexpected null value";
    switch (expected) {
        case Expected::String:
            if (actual == NodeKind::Array)
                return "Unrecognized collection type class java.lang.String";
            if (actual == NodeKind::Object) return std::string(kStartOfStructure);
            return std::string(scalar_name(actual)) + " cannot be converted to String";
        case Expected::Integer:
            if (actual == NodeKind::Array)
                return "Unrecognized collection type class java.lang.Integer";
            if (actual == NodeKind::Object) return std::string(kStartOfStructure);
            return std::string(scalar_name(actual)) + " cannot be converted to Integer";
        case Expected::Blob:
            if (actual == NodeKind::Array) {
                return "Unrecognized collection type class java.nio.ByteBuffer";
            }
            if (actual == NodeKind::Object) return std::string(kStartOfStructure);
            return "only base-64-encoded strings are convertible to bytes";
        case Expected::Boolean:
            if (actual == NodeKind::Array)
                return "Unrecognized collection type class java.lang.Boolean";
            if (actual == NodeKind::Object) return std::string(kStartOfStructure);
            if (actual == NodeKind::String) return "Unexpected token received from parser";
            return std::string(scalar_name(actual)) + " cannot be converted to Boolean";
        case Expected::List:
            if (is_scalar(actual)) return "Unexpected field type";
            return std::string(kStartOfStructure);
        case Expected::Map:
            if (is_scalar(actual)) return "Unexpected field type";
            return "Unrecognized collection type java.util.Map<java.lang.String, "
                   "com.amazonaws.dynamodb.v20120810.AttributeValue>";
        case Expected::AttributeValue:
            if (is_scalar(actual)) return "Unexpected value type in payload";
            return "Unrecognized collection type class "
                   "com.amazonaws.dynamodb.v20120810.AttributeValue";
    }
    return "Unexpected field type";
}

bool parse_boolean_text(std::string_view text, bool& out) noexcept {
    auto equals = [text](std::string_view word) {
        if (text.size() != word.size()) return false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            if (c != word[i]) return false;
        }
        return true;
    };
    if (equals("TRUE") || equals("1") || equals("YES")) {
        out = true;
        return true;
    }
    if (equals("FALSE") || equals("0") || equals("NO")) {
        out = false;
        return true;
    }
    return false;
}

}  // namespace dynamorm::detail
