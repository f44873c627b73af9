// dynamorm::json::Writer: streams compact JSON into a std::string, for request and response
// bodies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::json {

class Value;

/// Appends compact JSON to a string, inserting commas and colons itself:
///
///     std::string body;
///     json::Writer w(body);
///     w.begin_object()
///         .member("TableName", "things")
///         .key("Item").item(item)
///         .key("ReturnValues").value("ALL_OLD")
///         .end_object();
///
/// Strings (and member names) are written with RFC 8259 escapes: `\"`, `\\`, the short forms
/// for \b \f \n \r \t and `\u00XX` for other control characters; other characters are copied
/// as UTF-8. A string that is not valid UTF-8 throws ValueError. The writer does not check that
/// calls nest properly (a key inside an array, say); it writes what it is told.
class Writer {
  public:
    explicit Writer(std::string& out) noexcept : out_(&out) {}

    Writer& begin_object();
    Writer& end_object();
    Writer& begin_array();
    Writer& end_array();
    /// A member name; the next call writes its value.
    Writer& key(std::string_view name);

    Writer& value(std::string_view s);
    Writer& value(const std::string& s) { return value(std::string_view(s)); }
    Writer& value(const char* s) { return value(std::string_view(s)); }
    Writer& value(bool b);
    Writer& value(std::nullptr_t);
    Writer& null() { return value(nullptr); }
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Writer& value(T n) {
        if constexpr (std::is_signed_v<T>) {
            return integer(static_cast<std::int64_t>(n));
        } else {
            return unsigned_integer(static_cast<std::uint64_t>(n));
        }
    }
    /// The shortest text that reads back as `d`; NaN and infinities throw ValueError.
    Writer& value(double d);
    /// A bare JSON number in DynamoDB's normalized text (`"Count": 3` style fields).
    Writer& value(const Number& n);
    /// A generic JSON value.
    Writer& value(const Value& v);

    /// DynamoDB JSON: `{"S":"x"}`, `{"M":{...}}`, ...; numbers normalized, binary in base64.
    Writer& attribute_value(const AttributeValue& v);
    /// DynamoDB JSON for an item: `{"name":{"S":"x"},...}`.
    Writer& item(const Item& item);

    /// Already-encoded JSON, copied as is (the caller vouches for it).
    Writer& raw(std::string_view json);

    /// `key(name).value(v)`.
    template <class T>
    Writer& member(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    std::string& output() noexcept { return *out_; }

  private:
    Writer& integer(std::int64_t n);
    Writer& unsigned_integer(std::uint64_t n);
    // Writes the comma that separates this value from the previous one, if any.
    void separate() {
        if (need_comma_) out_->push_back(',');
        need_comma_ = true;
    }

    std::string* out_;
    bool need_comma_ = false;
};

}  // namespace dynamorm::json
