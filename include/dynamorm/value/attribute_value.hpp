// AttributeValue: one DynamoDB value of any of its ten types; Item: a whole item.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "dynamorm/value/number.hpp"

namespace dynamorm {

/// Binary data (DynamoDB's B). Holds raw bytes; base64 appears only on the wire.
struct Binary {
    std::string bytes;
    friend auto operator<=>(const Binary&, const Binary&) = default;
};

/// DynamoDB's NULL. There is one null value.
struct Null {
    friend constexpr auto operator<=>(const Null&, const Null&) = default;
};

/// The ten types, in DynamoDB's spelling.
enum class Type { S, N, B, BOOL, NULL_, M, L, SS, NS, BS };

/// "S", "N", ..., "NULL", "M", "L", "SS", "NS", "BS".
std::string_view type_name(Type type) noexcept;

class AttributeValue;

using Map = std::map<std::string, AttributeValue, std::less<>>;
using List = std::vector<AttributeValue>;
using StringSet = std::set<std::string, std::less<>>;
using NumberSet = std::set<Number>;
using BinarySet = std::set<Binary>;
/// An item: attribute names to values. Same as Map.
using Item = Map;

/// One DynamoDB value.
///
/// Invariant: a set is never empty. Constructing an empty set throws ValueError, as DynamoDB
/// refuses one; constructing a set from a list with a duplicate throws ValueError naming it.
class AttributeValue {
  public:
    using Variant = std::variant<std::string, Number, Binary, bool, Null, Map, List, StringSet,
                                 NumberSet, BinarySet>;

    /// NULL.
    AttributeValue() noexcept : value_(std::in_place_type<Null>) {}

    // Implicit from the natural C++ values, so that `Item{{"id", "a"}, {"n", 3}}` reads well.
    AttributeValue(Null) noexcept : value_(std::in_place_type<Null>) {}       // NOLINT
    AttributeValue(std::string s) : value_(std::move(s)) {}                   // NOLINT
    AttributeValue(std::string_view s) : value_(std::string(s)) {}            // NOLINT
    AttributeValue(const char* s) : value_(std::string(s)) {}                 // NOLINT
    AttributeValue(Number n) : value_(std::move(n)) {}                        // NOLINT
    AttributeValue(int n) : value_(Number(n)) {}                              // NOLINT
    AttributeValue(long n) : value_(Number(static_cast<std::int64_t>(n))) {}  // NOLINT
    AttributeValue(long long n) : value_(Number(n)) {}                        // NOLINT
    AttributeValue(unsigned n) : value_(Number(n)) {}                         // NOLINT
    AttributeValue(unsigned long n)                                           // NOLINT
        : value_(Number(static_cast<std::uint64_t>(n))) {}
    AttributeValue(unsigned long long n) : value_(Number(n)) {}  // NOLINT
    AttributeValue(double n) : value_(Number(n)) {}              // NOLINT
    AttributeValue(bool b) noexcept : value_(b) {}               // NOLINT
    AttributeValue(Binary b) : value_(std::move(b)) {}           // NOLINT
    AttributeValue(Map m) : value_(std::move(m)) {}              // NOLINT
    AttributeValue(List l) : value_(std::move(l)) {}             // NOLINT
    AttributeValue(StringSet s);                                 // NOLINT
    AttributeValue(NumberSet s);                                 // NOLINT
    AttributeValue(BinarySet s);                                 // NOLINT
    /// A list: `AttributeValue{1, "two", true}`.
    AttributeValue(std::initializer_list<AttributeValue> list) : value_(List(list)) {}

    /// Sets from sequences; throw ValueError when empty or when an element repeats.
    static AttributeValue string_set(std::vector<std::string> values);
    static AttributeValue number_set(std::vector<Number> values);
    static AttributeValue binary_set(std::vector<Binary> values);

    Type type() const noexcept { return static_cast<Type>(value_.index()); }

    bool is_s() const noexcept { return type() == Type::S; }
    bool is_n() const noexcept { return type() == Type::N; }
    bool is_b() const noexcept { return type() == Type::B; }
    bool is_bool() const noexcept { return type() == Type::BOOL; }
    bool is_null() const noexcept { return type() == Type::NULL_; }
    bool is_m() const noexcept { return type() == Type::M; }
    bool is_l() const noexcept { return type() == Type::L; }
    bool is_ss() const noexcept { return type() == Type::SS; }
    bool is_ns() const noexcept { return type() == Type::NS; }
    bool is_bs() const noexcept { return type() == Type::BS; }

    /// Typed access; throws ValueError naming both types when the value is of another type.
    const std::string& as_s() const;
    const Number& as_n() const;
    const Binary& as_b() const;
    bool as_bool() const;
    const Map& as_m() const;
    Map& as_m();
    const List& as_l() const;
    List& as_l();
    const StringSet& as_ss() const;
    const NumberSet& as_ns() const;
    const BinarySet& as_bs() const;

    const Variant& variant() const noexcept { return value_; }

    /// Replaces the value with a T built in place from `args` and returns it, e.g.
    /// `v.emplace<Map>()["a"] = 1;`. Not for sets, which must not be empty: assign one instead.
    template <class T, class... Args>
    requires(!std::is_same_v<T, StringSet> && !std::is_same_v<T, NumberSet> &&
             !std::is_same_v<T, BinarySet>) T& emplace(Args&&... args) {
        return value_.template emplace<T>(std::forward<Args>(args)...);
    }

    /// Same type and same value (numbers compare numerically, as DynamoDB does).
    friend bool operator==(const AttributeValue&, const AttributeValue&) = default;

  private:
    Variant value_;
};

/// A short, readable rendering for messages and debugging: `{"S":"abc"}` style, one line.
std::string to_debug_string(const AttributeValue& value);

}  // namespace dynamorm
