// Rendering syntax trees to DynamoDB expression strings with `#name` / `:value` placeholders.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::expr {

namespace detail {
struct PlaceholdersRollback;
}

/// The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all the
/// expressions of that request (key condition, filter, projection, ...).
///
/// Every attribute name gets a placeholder (`#n0`, `#n1`, ...), the same name always the same
/// one, so reserved words and names holding dots or brackets are safe. Every value gets a new
/// placeholder (`:v0`, `:v1`, ...). Numbering follows the order of first use, so the same
/// expressions rendered in the same order give the same text.
class Placeholders {
  public:
    /// Placeholders `#n<k>` and `:v<k>`.
    Placeholders() = default;
    /// Other prefixes, for requests that also carry hand-written expressions with their own
    /// placeholders: `name_prefix` must be `#` and `value_prefix` `:`, each followed by zero
    /// or more ASCII letters, digits or underscores. Throws ExpressionError otherwise.
    Placeholders(std::string name_prefix, std::string value_prefix);

    /// The placeholder of an attribute name (a single path element), assigned on first use.
    std::string name(std::string_view attribute);
    /// A new placeholder for `value`.
    std::string value(AttributeValue value);

    /// Placeholder → name and placeholder → value, in the order they were assigned.
    const std::vector<std::pair<std::string, std::string>>& names() const noexcept {
        return names_;
    }
    const std::vector<std::pair<std::string, AttributeValue>>& values() const noexcept {
        return values_;
    }
    /// The same as maps, as a request's ExpressionAttributeNames / ExpressionAttributeValues.
    std::map<std::string, std::string, std::less<>> name_map() const;
    Map value_map() const;

    bool empty() const noexcept { return names_.empty() && values_.empty(); }

  private:
    friend struct detail::PlaceholdersRollback;

    std::string name_prefix_ = "#n";
    std::string value_prefix_ = ":v";
    std::vector<std::pair<std::string, std::string>> names_;
    std::map<std::string, std::size_t, std::less<>> name_index_;  // name → position in names_
    std::vector<std::pair<std::string, AttributeValue>> values_;
};

/// A condition, filter or key condition: `#n0 = :v0 AND begins_with(#n1.#n2, :v1)`.
/// Parentheses appear only where DynamoDB's precedence (comparisons and functions, then NOT,
/// then AND, then OR; AND and OR read left to right) needs them to keep the tree's shape.
std::string render(const Condition& condition, Placeholders& placeholders);
/// An update: `SET #n0 = #n0 + :v0, #n1 = :v1 REMOVE #n2 ADD #n3 :v2 DELETE #n4 :v3`.
/// Throws ExpressionError for an update without actions, as DynamoDB refuses one.
std::string render(const Update& update, Placeholders& placeholders);
/// A projection: `#n0, #n1.#n2[3]`. Throws ExpressionError for a projection without paths.
std::string render(const Projection& projection, Placeholders& placeholders);
/// A document path: `#n0.#n1[2]`.
std::string render(const Path& path, Placeholders& placeholders);
/// An operand: `:v0`, `size(#n0)`, `if_not_exists(#n0, :v0)`, ...
std::string render(const Operand& operand, Placeholders& placeholders);

// Every render() throws ExpressionError for a tree DynamoDB's syntax cannot express: an empty
// path, a path starting with a list index, an empty attribute name, an IN without candidates.
// A render() that throws leaves `placeholders` as it found them.

}  // namespace dynamorm::expr
