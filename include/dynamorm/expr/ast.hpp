// One syntax tree for every DynamoDB expression: conditions and filters, key conditions,
// update expressions and projections. Nodes are immutable values that share their children,
// so expressions compose and copy cheaply.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::expr {

/// One step of a document path: a map key (an attribute name at the top) or a list index.
struct PathElement {
    std::string name;       ///< the key, when !is_index
    std::size_t index = 0;  ///< the position, when is_index
    bool is_index = false;

    friend bool operator==(const PathElement&, const PathElement&) = default;
    friend auto operator<=>(const PathElement&, const PathElement&) = default;
};

/// A document path such as `address.zip` or `tags[2]`. Names are taken literally: a name
/// may contain dots or brackets, since every name is rendered through a `#placeholder`.
class Path {
  public:
    Path() = default;
    /// A top-level attribute, named literally.
    explicit Path(std::string attribute) { elements_.push_back({std::move(attribute), 0, false}); }
    explicit Path(std::vector<PathElement> elements) : elements_(std::move(elements)) {}

    /// Reads the dotted form a user writes, `address.zip` or `tags[2].name`, where `.` separates
    /// keys and `[n]` indexes lists. Throws ExpressionError on malformed text.
    static Path parse_dotted(std::string_view text);

    Path key(std::string name) const&;        ///< this path extended by a map key
    Path index(std::size_t position) const&;  ///< this path extended by a list index

    const std::vector<PathElement>& elements() const noexcept { return elements_; }
    bool empty() const noexcept { return elements_.empty(); }
    /// The top-level attribute name.
    const std::string& front() const { return elements_.front().name; }
    /// True when this path is `other` or lies inside it (`a.b` is within `a`).
    bool within(const Path& other) const noexcept;

    /// The dotted form, `address.zip`, `tags[2]` (names printed literally).
    std::string to_string() const;

    friend bool operator==(const Path&, const Path&) = default;
    friend auto operator<=>(const Path&, const Path&) = default;

  private:
    std::vector<PathElement> elements_;
};

/// A value inside an expression: a document path, a literal value, `size(path)`, or in an
/// update's SET clause `if_not_exists(path, operand)`, `list_append(a, b)`, `a + b`, `a - b`.
class Operand {
  public:
    struct Size {
        Path path;
        friend bool operator==(const Size&, const Size&) = default;
    };
    struct IfNotExists;
    struct ListAppend;
    struct Arithmetic;
    using Node = std::variant<Path, AttributeValue, Size, IfNotExists, ListAppend, Arithmetic>;

    Operand(Path path);             // NOLINT(google-explicit-constructor)
    Operand(AttributeValue value);  // NOLINT(google-explicit-constructor)
    Operand(Size size);             // NOLINT(google-explicit-constructor)
    Operand(IfNotExists node);      // NOLINT(google-explicit-constructor)
    Operand(ListAppend node);       // NOLINT(google-explicit-constructor)
    Operand(Arithmetic node);       // NOLINT(google-explicit-constructor)

    const Node& node() const noexcept;
    bool is_path() const noexcept;
    bool is_value() const noexcept;
    const Path& path() const;             ///< throws std::bad_variant_access unless a path
    const AttributeValue& value() const;  ///< throws std::bad_variant_access unless a value

    friend bool operator==(const Operand& a, const Operand& b);

  private:
    std::shared_ptr<const Node> node_;
};

struct Operand::IfNotExists {
    Path path;
    Operand fallback;
    friend bool operator==(const IfNotExists&, const IfNotExists&) = default;
};
struct Operand::ListAppend {
    Operand first;
    Operand second;
    friend bool operator==(const ListAppend&, const ListAppend&) = default;
};
struct Operand::Arithmetic {
    enum class Op { Plus, Minus };
    Operand lhs;
    Op op;
    Operand rhs;
    friend bool operator==(const Arithmetic&, const Arithmetic&) = default;
};
inline const Operand::Node& Operand::node() const noexcept {
    return *node_;
}

enum class Comparator { EQ, NE, LT, LE, GT, GE };
/// "=", "<>", "<", "<=", ">", ">=".
std::string_view comparator_symbol(Comparator op) noexcept;

/// A condition, filter or key condition.
class Condition {
  public:
    struct Compare {
        Comparator op;
        Operand lhs;
        Operand rhs;
        friend bool operator==(const Compare&, const Compare&) = default;
    };
    struct Between {
        Operand value;
        Operand low;
        Operand high;
        friend bool operator==(const Between&, const Between&) = default;
    };
    struct In {
        Operand value;
        std::vector<Operand> candidates;
        friend bool operator==(const In&, const In&) = default;
    };
    struct And;
    struct Or;
    struct Not;
    struct AttributeExists {
        Path path;
        friend bool operator==(const AttributeExists&, const AttributeExists&) = default;
    };
    struct AttributeNotExists {
        Path path;
        friend bool operator==(const AttributeNotExists&, const AttributeNotExists&) = default;
    };
    struct AttributeType {
        Path path;
        Operand type;  ///< a value holding "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", ...
        friend bool operator==(const AttributeType&, const AttributeType&) = default;
    };
    struct BeginsWith {
        Operand subject;
        Operand prefix;
        friend bool operator==(const BeginsWith&, const BeginsWith&) = default;
    };
    struct Contains {
        Operand subject;
        Operand operand;
        friend bool operator==(const Contains&, const Contains&) = default;
    };
    using Node = std::variant<Compare, Between, In, And, Or, Not, AttributeExists,
                              AttributeNotExists, AttributeType, BeginsWith, Contains>;

    Condition(Compare node);             // NOLINT(google-explicit-constructor)
    Condition(Between node);             // NOLINT(google-explicit-constructor)
    Condition(In node);                  // NOLINT(google-explicit-constructor)
    Condition(And node);                 // NOLINT(google-explicit-constructor)
    Condition(Or node);                  // NOLINT(google-explicit-constructor)
    Condition(Not node);                 // NOLINT(google-explicit-constructor)
    Condition(AttributeExists node);     // NOLINT(google-explicit-constructor)
    Condition(AttributeNotExists node);  // NOLINT(google-explicit-constructor)
    Condition(AttributeType node);       // NOLINT(google-explicit-constructor)
    Condition(BeginsWith node);          // NOLINT(google-explicit-constructor)
    Condition(Contains node);            // NOLINT(google-explicit-constructor)

    const Node& node() const noexcept;

    friend bool operator==(const Condition& a, const Condition& b);

  private:
    std::shared_ptr<const Node> node_;
};

struct Condition::And {
    Condition lhs;
    Condition rhs;
    friend bool operator==(const And&, const And&) = default;
};
struct Condition::Or {
    Condition lhs;
    Condition rhs;
    friend bool operator==(const Or&, const Or&) = default;
};
struct Condition::Not {
    Condition operand;
    friend bool operator==(const Not&, const Not&) = default;
};
inline const Condition::Node& Condition::node() const noexcept {
    return *node_;
}

/// `a AND b`, `a OR b`, `NOT a`.
Condition operator&(const Condition& a, const Condition& b);
Condition operator|(const Condition& a, const Condition& b);
Condition operator!(const Condition& a);

/// An update expression: its SET, REMOVE, ADD and DELETE clauses, actions in order.
struct Update {
    struct Set {
        Path path;
        Operand value;
        friend bool operator==(const Set&, const Set&) = default;
    };
    struct Add {
        Path path;
        AttributeValue value;  ///< a number or a set
        friend bool operator==(const Add&, const Add&) = default;
    };
    struct Delete {
        Path path;
        AttributeValue value;  ///< a set
        friend bool operator==(const Delete&, const Delete&) = default;
    };
    std::vector<Set> set;
    std::vector<Path> remove;
    std::vector<Add> add;
    std::vector<Delete> del;

    bool empty() const noexcept {
        return set.empty() && remove.empty() && add.empty() && del.empty();
    }
    /// Appends every action of `other`.
    Update& operator+=(const Update& other);
    friend bool operator==(const Update&, const Update&) = default;
};

/// The actions of `a` followed by those of `b`.
Update operator+(Update a, const Update& b);

/// A projection: the paths to return.
struct Projection {
    std::vector<Path> paths;
    friend bool operator==(const Projection&, const Projection&) = default;
};

/// A human-readable rendering with names and values inline, for messages, logs and the
/// demo: `begins_with(address.zip, "9") AND count BETWEEN 10 AND 20`. The syntax is
/// DynamoDB's, with paths in their dotted form and values written out: strings quoted, numbers
/// bare, binary as `b"<base64>"`, maps `{"k": v}`, lists `[...]`, sets `<<...>>`, and `null`,
/// `true`, `false`. Never throws on a malformed tree (an empty path prints `<empty path>`).
std::string explain(const Operand& operand);
std::string explain(const Condition& condition);
std::string explain(const Update& update);
std::string explain(const Projection& projection);

/// Writes `to_string()` of a path, `explain(...)` of the rest (so test failures read well).
std::ostream& operator<<(std::ostream& out, const Path& path);
std::ostream& operator<<(std::ostream& out, const Operand& operand);
std::ostream& operator<<(std::ostream& out, const Condition& condition);
std::ostream& operator<<(std::ostream& out, const Update& update);
std::ostream& operator<<(std::ostream& out, const Projection& projection);

}  // namespace dynamorm::expr
