// The generic JSON codec behind client/wire.hpp (internal).
//
// Every request, response and shared shape has a Shape<T> (client/shapes.hpp) listing its wire
// members; Codec<T> writes and reads any member type from them: strings, the three number
// widths, booleans, Enum<E>, AttributeValue, Item, vectors, string-keyed maps and shapes.
//
// Reading follows DynamoDB's front end, which maps JSON onto Java types: its messages name the
// Java types (`Unrecognized collection type class java.lang.String`), and a collection nested in
// a collection is a "parameterized" type with messages of its own, so every read knows whether
// its node is a member of an object (Position::Field) or an element of a list or map
// (Position::Element).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/client/wire.hpp"
#include "dynamorm/value/json.hpp"
#include "value/json_decoder.hpp"

namespace dynamorm::client::detail {

// ---- Shapes ---------------------------------------------------------------------------------

template <class T, class M>
struct Field {
    std::string_view name;
    M T::*member;
};

template <class T, class M>
constexpr Field<T, M> field(std::string_view name, M T::*member) noexcept {
    return {name, member};
}

/// Specialized for every structure: `java_name` (the class DynamoDB's messages name) and
/// `fields`, a tuple of Field in wire order.
template <class T>
struct Shape;

template <class T>
concept HasShape = requires {
    Shape<T>::fields;
};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

// ---- Messages -------------------------------------------------------------------------------

/// JSON node kinds, with the distinctions DynamoDB's messages make.
using NodeKind = dynamorm::detail::NodeKind;

NodeKind kind_of(const json::Value& node) noexcept;

/// What a position expects, in the terms of DynamoDB's messages.
enum class Expect {
    String,
    Integer,
    Long,
    Double,
    Boolean,
    List,               // a list member of an object
    ParameterizedList,  // a list inside a map or list
    Map,                // a map member of an object (`java_type` names it)
    ParameterizedMap,   // a map inside a list or map
    FieldStructure,     // a structure member of an object (`java_type` is its class)
    ValueStructure,     // a structure inside a list or map
    FieldAttributeValue,
};

/// DynamoDB's SerializationException message for `actual` found where `expected` belongs.
/// `java_type` completes the messages of maps and structures.
std::string mismatch_message(Expect expected, NodeKind actual, std::string_view java_type = {});

enum class Position { Field, Element };

// ---- Reading --------------------------------------------------------------------------------

/// Decoding state: the path of the node being read (rendered only for errors) and where
/// attribute-value problems go.
class Reader {
  public:
    explicit Reader(Deferred* deferred) : deferred_(deferred) { segments_.reserve(8); }

    void push_member(std::string_view name) { segments_.push_back({name, 0, false}); }
    void push_index(std::size_t index) { segments_.push_back({{}, index, true}); }
    void pop() noexcept { segments_.pop_back(); }

    std::string path() const;

    /// The innermost object member on the path (the field being read), or empty.
    std::string_view current_field() const noexcept;

    /// Throws a SerializationException (JsonError) at the current path.
    [[noreturn]] void fail(std::string message) const;
    [[noreturn]] void fail_mismatch(Expect expected, const json::Value& node,
                                    std::string_view java_type = {}) const {
        fail(mismatch_message(expected, kind_of(node), java_type));
    }

    /// Rethrows `error`, raised by the value layer for the node at the current path, with the
    /// path completed (serialization problems), or records it as deferred (validation
    /// problems). `key` names the attribute of an ExpressionAttributeValues map it concerns.
    void attribute_value_problem(const JsonError& error, std::string_view key = {});

  private:
    struct Segment {
        std::string_view name;
        std::size_t index;
        bool is_index;
    };
    Deferred* deferred_;
    std::vector<Segment> segments_;
};

template <class T>
struct Codec;

template <class T>
void write_value(json::Writer& w, const T& value) {
    Codec<T>::write(w, value);
}

template <class T>
void read_value(Reader& r, const json::Value& node, T& out, Position position) {
    Codec<T>::read(r, node, out, position);
}

/// The Java type DynamoDB's messages name for T (`java.util.List<java.lang.String>`).
template <class T>
std::string java_type() {
    return Codec<T>::java_type();
}

// ---- Scalars --------------------------------------------------------------------------------

template <>
struct Codec<std::string> {
    static void write(json::Writer& w, const std::string& v) { w.value(v); }
    static void read(Reader& r, const json::Value& node, std::string& out, Position) {
        if (!node.is_string()) r.fail_mismatch(Expect::String, node);
        out = node.as_string();
    }
    static std::string java_type() { return "java.lang.String"; }
};

template <>
struct Codec<bool> {
    static void write(json::Writer& w, bool v) { w.value(v); }
    static void read(Reader& r, const json::Value& node, bool& out, Position);
    static std::string java_type() { return "java.lang.Boolean"; }
};

template <>
struct Codec<std::int32_t> {
    static void write(json::Writer& w, std::int32_t v) { w.value(v); }
    static void read(Reader& r, const json::Value& node, std::int32_t& out, Position);
    static std::string java_type() { return "java.lang.Integer"; }
};

template <>
struct Codec<std::int64_t> {
    static void write(json::Writer& w, std::int64_t v) { w.value(v); }
    static void read(Reader& r, const json::Value& node, std::int64_t& out, Position);
    static std::string java_type() { return "java.lang.Long"; }
};

template <>
struct Codec<double> {
    static void write(json::Writer& w, double v) { w.value(v); }
    static void read(Reader& r, const json::Value& node, double& out, Position);
    static std::string java_type() { return "java.lang.Double"; }
};

template <class E>
struct Codec<Enum<E>> {
    static void write(json::Writer& w, const Enum<E>& v) { w.value(v.name()); }
    static void read(Reader& r, const json::Value& node, Enum<E>& out, Position) {
        if (!node.is_string()) r.fail_mismatch(Expect::String, node);
        out = Enum<E>::parse(node.as_string());
    }
    static std::string java_type() { return "java.lang.String"; }
};

// ---- DynamoDB values ------------------------------------------------------------------------

template <>
struct Codec<AttributeValue> {
    static void write(json::Writer& w, const AttributeValue& v) { w.attribute_value(v); }
    static void read(Reader& r, const json::Value& node, AttributeValue& out, Position position);
    static std::string java_type() { return "com.amazonaws.dynamodb.v20120810.AttributeValue"; }
};

template <>
struct Codec<Item> {
    static void write(json::Writer& w, const Item& v) { w.item(v); }
    static void read(Reader& r, const json::Value& node, Item& out, Position position);
    static std::string java_type() {
        return "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>";
    }
};

// ---- Collections ----------------------------------------------------------------------------

template <class T>
struct Codec<std::vector<T>> {
    static void write(json::Writer& w, const std::vector<T>& v) {
        w.begin_array();
        for (const T& element : v)
            write_value(w, element);
        w.end_array();
    }
    static void read(Reader& r, const json::Value& node, std::vector<T>& out, Position position) {
        if (!node.is_array()) {
            r.fail_mismatch(position == Position::Field ? Expect::List : Expect::ParameterizedList,
                            node);
        }
        const json::Array& elements = node.as_array();
        out.clear();
        out.reserve(elements.size());
        for (std::size_t i = 0; i < elements.size(); ++i) {
            r.push_index(i);
            read_value(r, elements[i], out.emplace_back(), Position::Element);
            r.pop();
        }
    }
    static std::string java_type() { return "java.util.List<" + detail::java_type<T>() + ">"; }
};

template <class T>
struct Codec<StringMap<T>> {
    static void write(json::Writer& w, const StringMap<T>& v) {
        w.begin_object();
        for (const auto& [name, element] : v) {
            w.key(name);
            write_value(w, element);
        }
        w.end_object();
    }
    static void read(Reader& r, const json::Value& node, StringMap<T>& out, Position position) {
        if (!node.is_object()) {
            r.fail_mismatch(position == Position::Field ? Expect::Map : Expect::ParameterizedMap,
                            node, detail::java_type<T>());
        }
        out.clear();
        for (const auto& [name, child] : node.as_object()) {
            r.push_member(name);
            auto [it, inserted] = out.try_emplace(name);
            if (!inserted) r.fail("Duplicate field '" + name + "'");
            read_value(r, child, it->second, Position::Element);
            r.pop();
        }
    }
    static std::string java_type() {
        return "java.util.Map<java.lang.String, " + detail::java_type<T>() + ">";
    }
};

// ---- Structures -----------------------------------------------------------------------------

template <class T, class M>
void write_field(json::Writer& w, const T& object, const Field<T, M>& f) {
    const M& member = object.*(f.member);
    if constexpr (IsOptional<M>::value) {
        if (!member) return;
        w.key(f.name);
        write_value(w, *member);
    } else {
        w.key(f.name);
        write_value(w, member);
    }
}

template <class T, class M>
void read_field(Reader& r, const json::Value& node, T& object, const Field<T, M>& f) {
    M& member = object.*(f.member);
    if constexpr (IsOptional<M>::value) {
        read_value(r, node, member.emplace(), Position::Field);
    } else {
        read_value(r, node, member, Position::Field);
    }
}

template <class T>
requires HasShape<T>
struct Codec<T> {
    static constexpr std::size_t kFieldCount = std::tuple_size_v<decltype(Shape<T>::fields)>;
    static_assert(kFieldCount <= 64);

    static void write(json::Writer& w, const T& value) {
        w.begin_object();
        std::apply([&](const auto&... f) { (write_field(w, value, f), ...); }, Shape<T>::fields);
        w.end_object();
    }

    static void read(Reader& r, const json::Value& node, T& out, Position position) {
        if (!node.is_object()) {
            r.fail_mismatch(
                position == Position::Field ? Expect::FieldStructure : Expect::ValueStructure, node,
                java_type());
        }
        std::uint64_t seen = 0;
        for (const json::Member& member : node.as_object()) {
            const std::string& name = member.first;
            const json::Value& child = member.second;
            std::apply(
                [&](const auto&... f) {
                    std::size_t index = 0;
                    (void)((f.name == name
                                ? (read_member(r, name, child, out, f, index, seen), true)
                                : (++index, false)) ||
                           ...);
                },
                Shape<T>::fields);
        }
    }

    static std::string java_type() {
        return "com.amazonaws.dynamodb.v20120810." + std::string(Shape<T>::java_name);
    }

  private:
    template <class F>
    static void read_member(Reader& r, const std::string& name, const json::Value& child, T& out,
                            const F& f, std::size_t index, std::uint64_t& seen) {
        r.push_member(name);
        const std::uint64_t bit = std::uint64_t{1} << index;
        if ((seen & bit) != 0) r.fail("Duplicate field '" + name + "'");
        seen |= bit;
        if (!child.is_null()) read_field(r, child, out, f);  // null counts as absent
        r.pop();
    }
};

// ---- Whole bodies ---------------------------------------------------------------------------

template <class T>
void encode_body(const T& value, std::string& out) {
    json::Writer w(out);
    write_value(w, value);
}

template <class T>
void decode_body(std::string_view body, T& out, Deferred* deferred) {
    const json::Value document = json::parse(body);
    Reader r(deferred);
    out = T{};
    read_value(r, document, out, Position::Field);
}

}  // namespace dynamorm::client::detail

/// Defines to_json and from_json of client/wire.hpp for T (in namespace dynamorm::client).
#define DYNAMORM_CLIENT_DEFINE_WIRE(T)                                  \
    void to_json(const T& value, std::string& out) {                    \
        detail::encode_body(value, out);                                \
    }                                                                   \
    void from_json(std::string_view body, T& out, Deferred* deferred) { \
        detail::decode_body(body, out, deferred);                       \
    }
