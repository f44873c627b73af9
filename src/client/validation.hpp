// The pieces validate() is made of (internal): collecting constraint violations in DynamoDB's
// words, and the checks its members share.
//
// DynamoDB names a member by its path in the request with the first letter lowered
// (`tableName`); an element of a list by its position from 1 followed by `member`
// (`keySchema.1.member.attributeName`); a value of a map by its key followed by `member`
// (`keyConditions.a.member.comparisonOperator`). It reports at most ten violations, in one
// ValidationException: `2 validation errors detected: Value ... ; Value ...`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "client/shapes.hpp"
#include "dynamorm/client/error.hpp"

namespace dynamorm::client::detail {

class Violations {
  public:
    static constexpr std::size_t kMaxReported = 10;

    /// Records `Value <value> at '<path>' failed to satisfy constraint: <constraint>`;
    /// `value` is already rendered (`null`, or the value's text in quotes).
    void add(std::string value, std::string_view path, std::string_view constraint);

    bool empty() const noexcept { return messages_.empty(); }
    bool full() const noexcept { return messages_.size() >= kMaxReported; }

    /// Throws the ValidationException that reports every violation recorded, if any.
    void raise_if_any() const;

  private:
    std::vector<std::string> messages_;
};

// ---- Paths --------------------------------------------------------------------------------

/// `parent.child` (just `child` at the root).
std::string path_join(std::string_view parent, std::string_view child);
/// The path of element `index` (from 0) of the list at `list`: `list.<index+1>.member`.
std::string element_path(std::string_view list, std::size_t index);
/// The path of the value under `key` of the map at `map`: `map.<key>.member`.
std::string map_value_path(std::string_view map, std::string_view key);

// ---- Rendering values as DynamoDB quotes them ---------------------------------------------

/// `'text'`.
std::string quoted(std::string_view text);
/// `[a, b]`.
std::string render_list(const std::vector<std::string>& values);

/// A structure, map or item as compact JSON (DynamoDB shows its own rendering of such values,
/// which cannot be reproduced; this is the closest readable form).
template <class T>
std::string render_json(const T& value) {
    std::string out;
    json::Writer w(out);
    write_value(w, value);
    return out;
}

/// A list of structures, maps or items: `[{...}, {...}]`.
template <class T>
std::string render_json_list(const std::vector<T>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += render_json(values[i]);
    }
    out += ']';
    return out;
}

/// The length of a string as DynamoDB counts it (UTF-16 code units).
std::size_t text_length(std::string_view text) noexcept;

// ---- Checks -------------------------------------------------------------------------------

inline constexpr std::string_view kNamePattern = "[a-zA-Z0-9_.-]+";

void check_not_null(Violations& v, std::string_view path, bool present);

/// A table or index name: not null (when `required`), the pattern, 3 to 255 characters.
void check_name(Violations& v, std::string_view path, const std::optional<std::string>& name,
                bool required);

/// The pre-checks of the table operations, thrown one at a time before any other:
/// `The parameter 'TableName' is required but was not present in the request`, then
/// `TableName must be at least 3 characters long and at most 255 characters long`.
void check_table_name_present(const std::optional<std::string>& name);

/// The pattern alone (the table operations check the length beforehand).
void check_name_pattern(Violations& v, std::string_view path,
                        const std::optional<std::string>& name);

template <class E>
void check_enum(Violations& v, std::string_view path, const std::optional<Enum<E>>& value,
                bool required = false) {
    if (!value) {
        if (required) check_not_null(v, path, false);
        return;
    }
    if (!value->known()) {
        v.add(quoted(value->name()), path,
              "Member must satisfy enum value set: " + std::string(EnumTraits<E>::value_set));
    }
}

void check_min(Violations& v, std::string_view path, std::optional<std::int64_t> value,
               std::int64_t min);
void check_max(Violations& v, std::string_view path, std::optional<std::int64_t> value,
               std::int64_t max);

/// Length at least `min` / at most `max`; `rendered` is the value as the message shows it.
void check_length_min(Violations& v, std::string_view path, std::size_t length,
                      const std::string& rendered, std::size_t min);
void check_length_max(Violations& v, std::string_view path, std::size_t length,
                      const std::string& rendered, std::size_t max);

/// A string of `min` to `max` characters.
void check_text_length(Violations& v, std::string_view path, const std::optional<std::string>& text,
                       std::size_t min, std::size_t max);

/// AttributesToGet: 1 to 255 names.
void check_attributes_to_get(Violations& v, std::string_view path,
                             const std::optional<std::vector<std::string>>& names);

/// ProvisionedThroughput: both members not null and at least 1.
void check_throughput(Violations& v, std::string_view path,
                      const std::optional<ProvisionedThroughput>& throughput);

/// A key schema: not null, 1 or 2 elements, each with a name; the key types are checked
/// against their enumeration only where DynamoDB does (the table's, not an index's).
void check_key_schema(Violations& v, std::string_view path,
                      const std::optional<std::vector<KeySchemaElement>>& schema,
                      bool check_key_types);

/// An index's Projection: not null; a known ProjectionType; NonKeyAttributes not empty.
void check_projection(Violations& v, std::string_view path,
                      const std::optional<Projection>& projection);

/// The ComparisonOperator of each condition of a legacy map (KeyConditions, QueryFilter,
/// ScanFilter: `required`; Expected: not required).
template <class Condition>
void check_conditions(Violations& v, std::string_view path,
                      const std::optional<StringMap<Condition>>& conditions, bool required) {
    if (!conditions) return;
    for (const auto& [name, condition] : *conditions) {
        check_enum(v, path_join(map_value_path(path, name), "comparisonOperator"),
                   condition.comparison_operator, required);
    }
}

// ---- Checks on combinations of parameters --------------------------------------------------

/// One parameter for the mixing check: its wire name and whether it is present.
struct Parameter {
    std::string_view name;
    bool present;
};

/// DynamoDB's refusals to mix expression and legacy parameters, and of placeholder maps
/// without expressions. `expressions` and `legacy` list the request's parameters of each kind
/// in DynamoDB's order (KeyConditions may go with expressions as long as there is no
/// KeyConditionExpression). Throws the ValidationException.
void check_expression_parameters(const std::vector<Parameter>& expressions,
                                 const std::vector<Parameter>& legacy, bool has_names,
                                 bool has_values);

/// `One or more parameter values were invalid: Duplicate value in attribute name: a`.
void check_no_duplicate_names(const std::optional<std::vector<std::string>>& names);

[[noreturn]] void fail(std::string message);

}  // namespace dynamorm::client::detail
