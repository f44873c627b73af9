// dynamorm::json::Value: a generic JSON document, for whole request and response bodies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace dynamorm {
class Number;
}

namespace dynamorm::json {

class Value;

/// The six JSON types.
enum class Kind { Null, Bool, Number, String, Array, Object };

/// "null", "boolean", "number", "string", "array", "object".
std::string_view kind_name(Kind kind) noexcept;

using Array = std::vector<Value>;
using Member = std::pair<std::string, Value>;
/// Members in document order. Lookup is by the first member with a given name.
using Object = std::vector<Member>;

/// The deepest nesting of arrays and objects parse() accepts (DynamoDB's 32 levels of
/// attribute values need about 70).
inline constexpr std::size_t kMaxJsonDepth = 256;

/// One JSON value. Numbers keep their exact text (`1.50`, `1e400` and 40-digit integers
/// survive a parse/dump round trip unchanged); conversions happen only when asked for.
///
/// Accessors throw JsonError (kind Serialization) naming the expected and actual JSON types.
class Value {
  public:
    Value() noexcept = default;                            ///< null
    Value(std::nullptr_t) noexcept {}                      // NOLINT(google-explicit-constructor)
    Value(bool b) noexcept : value_(b) {}                  // NOLINT
    Value(std::string s) : value_(std::move(s)) {}         // NOLINT
    Value(std::string_view s) : value_(std::string(s)) {}  // NOLINT
    Value(const char* s) : value_(std::string(s)) {}       // NOLINT
    /// Any integer type.
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    Value(T n) : value_(NumberText{integer_text(n)}) {}  // NOLINT
    /// The shortest text that reads back as `n`; throws ValueError for NaN and infinities.
    Value(double n);                           // NOLINT
    Value(const Number& n);                    // NOLINT
    Value(Array a) : value_(std::move(a)) {}   // NOLINT
    Value(Object o) : value_(std::move(o)) {}  // NOLINT

    /// A number from its text; throws JsonError unless `text` follows JSON's number grammar.
    static Value number(std::string_view text);
    static Value array(std::initializer_list<Value> elements) { return Value(Array(elements)); }
    static Value object(std::initializer_list<Member> members) { return Value(Object(members)); }

    Kind kind() const noexcept { return static_cast<Kind>(value_.index()); }
    bool is_null() const noexcept { return kind() == Kind::Null; }
    bool is_bool() const noexcept { return kind() == Kind::Bool; }
    bool is_number() const noexcept { return kind() == Kind::Number; }
    bool is_string() const noexcept { return kind() == Kind::String; }
    bool is_array() const noexcept { return kind() == Kind::Array; }
    bool is_object() const noexcept { return kind() == Kind::Object; }

    bool as_bool() const;
    /// The number exactly as written.
    const std::string& number_text() const;
    /// Exact conversions: throw JsonError when the number has a fraction or does not fit.
    std::int64_t as_int64() const;
    std::uint64_t as_uint64() const;
    /// The nearest double; throws JsonError when the magnitude is beyond a double's range.
    double as_double() const;
    const std::string& as_string() const;
    const Array& as_array() const;
    Array& as_array();
    const Object& as_object() const;
    Object& as_object();

    /// Elements of an array or members of an object; 0 for anything else.
    std::size_t size() const noexcept;

    /// The first member named `key`, or nullptr (also when this is not an object).
    const Value* find(std::string_view key) const noexcept;
    Value* find(std::string_view key) noexcept;
    bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
    /// The member named `key`; throws JsonError naming it when absent or not an object.
    const Value& at(std::string_view key) const;
    /// Element `index` of an array; throws JsonError when out of range or not an array.
    const Value& at(std::size_t index) const;

    /// The member named `key`, appended as null when absent. A null value becomes an empty
    /// object first; anything else that is not an object throws.
    Value& operator[](std::string_view key);
    /// Appends to an array; a null value becomes an empty array first.
    void push_back(Value element);

    /// Compact JSON text (no spaces). Strings are escaped as json::Writer does.
    std::string dump() const;
    /// Appends compact JSON text to `out`.
    void dump_to(std::string& out) const;

    /// Same structure and members in the same order; numbers compare by their text.
    friend bool operator==(const Value&, const Value&) = default;

  private:
    struct NumberText {
        std::string text;
        friend bool operator==(const NumberText&, const NumberText&) = default;
    };

    template <class T>
    static std::string integer_text(T n) {
        return std::to_string(n);
    }

    std::variant<std::nullptr_t, bool, NumberText, std::string, Array, Object> value_;
};

/// Parses one JSON document (RFC 8259; UTF-8 validated; depth up to kMaxJsonDepth; nothing
/// but whitespace after it). Throws JsonError of kind Serialization naming the path of the
/// problem when the text is not JSON.
Value parse(std::string_view text);

/// True when `text` follows JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)?
/// ([eE] [+-]? [0-9]+)?`.
bool is_json_number(std::string_view text) noexcept;

}  // namespace dynamorm::json
