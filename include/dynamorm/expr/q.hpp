// The double-under syntax of DynamORM: `Q("address__zip__begins_with", "9")` for conditions,
// `Updates({{"count__plus", 1}})` for updates.
#pragma once

#include <concepts>
#include <initializer_list>
#include <optional>
#include <ranges>
#include <string_view>
#include <utility>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm {

/// A condition written as `"<path>__<operator>"` and a value, DynamORM's Q object.
///
/// The key is split at every `__`. The first part is a top-level attribute; the last part is
/// the operator when it names one, otherwise a map key like the parts between (the operator
/// is then `eq`). So `address__zip__begins_with` tests the path `address.zip`, and
/// `address__zip` compares it for equality. A map key that is spelled like an operator is
/// written with an explicit operator after it: `meta__type__eq`.
///
/// | operator       | condition                      | value                              |
/// |----------------|--------------------------------|------------------------------------|
/// | `eq` (default) | `path = v`                     | any                                |
/// | `ne`           | `path <> v`                    | any                                |
/// | `lt` `lte`     | `path < v`, `path <= v`        | any                                |
/// | `gt` `gte`     | `path > v`, `path >= v`        | any                                |
/// | `between`      | `path BETWEEN lo AND hi`       | a list of exactly two: [lo, hi]    |
/// | `in`           | `path IN (v1, v2, ...)`        | a non-empty list, or a set         |
/// | `begins_with`  | `begins_with(path, v)`         | a string or binary                 |
/// | `contains`     | `contains(path, v)`            | any                                |
/// | `exists`       | `attribute_exists(path)`       | true (false: attribute_not_exists) |
/// | `not_exists`   | `attribute_not_exists(path)`   | true (false: attribute_exists)     |
/// | `type`         | `attribute_type(path, v)`      | a type name: "S", "N", "B", "BOOL" |
/// |                |                                | "NULL", "M", "L", "SS", "NS", "BS" |
///
/// The multi-key form `Q({{"a", 1}, {"b__gt", 2}})` ANDs its parts in order. A Q is an
/// `expr::Condition`, so it combines with `&`, `|` and `!` and with the typed builder's
/// conditions. Bad input throws expr::ExpressionError naming the key: an empty key or part,
/// a last part that looks like a misspelt operator (`GT`, `is_in`), or a value the operator
/// cannot take.
class Q : public expr::Condition {
  public:
    using Part = std::pair<std::string_view, AttributeValue>;

    template <std::convertible_to<std::string_view> Key>
    Q(const Key& key, AttributeValue value) : Condition(parse(std::string_view(key), value)) {}
    /// The AND of every part, in order. Throws expr::ExpressionError when empty.
    Q(std::initializer_list<Part> parts);
    Q(expr::Condition condition) : Condition(std::move(condition)) {}  // NOLINT

    /// The AND of the `(key, value)` pairs of a range, in order: a vector of pairs, an Item, ...
    template <std::ranges::input_range Range>
    static Q all(const Range& parts) {
        std::optional<expr::Condition> result;
        for (const auto& [key, value] : parts) {
            expr::Condition part = parse(std::string_view(key), value);
            result = result ? (*result & part) : part;
        }
        if (!result) empty_parts();
        return Q(*result);
    }

    /// One `key`/`value` condition.
    static expr::Condition parse(std::string_view key, const AttributeValue& value);

  private:
    [[noreturn]] static void empty_parts();
};

/// Update actions written as `"<path>__<function>"` and a value, as DynamORM's `update(...)`
/// takes them: `Updates({{"count__plus", 1}, {"tags__append", List{"new"}}, {"name", "x"}})`.
///
/// Keys split as for Q; the last part is the function when it names one, otherwise a map key
/// (the function is then `set`), so `foo__bar__a` sets `foo.bar.a`.
///
/// | function        | action                                   | value                       |
/// |-----------------|------------------------------------------|-----------------------------|
/// | `set` (default) | `SET path = v`                           | any                         |
/// | `plus`          | `SET path = path + v`                    | a number                    |
/// | `minus`         | `SET path = path - v`                    | a number                    |
/// | `append`        | `SET path = list_append(path, v)`        | a list                      |
/// | `prepend`       | `SET path = list_append(v, path)`        | a list                      |
/// | `if_not_exists` | `SET path = if_not_exists(path, v)`      | any                         |
/// | `add`           | `ADD path v`                             | a number or a set           |
/// | `delete`        | `DELETE path v`                          | a set                       |
/// | `remove`        | `REMOVE path`                            | `true`                      |
///
/// Actions keep the order of the parts within each clause. An Updates is an `expr::Update`,
/// so it adds (`+`) to the typed builder's actions. Bad input throws expr::ExpressionError
/// naming the key.
class Updates : public expr::Update {
  public:
    using Part = std::pair<std::string_view, AttributeValue>;

    template <std::convertible_to<std::string_view> Key>
    Updates(const Key& key, AttributeValue value) : Update(parse(std::string_view(key), value)) {}
    /// Every part's action, in order. Throws expr::ExpressionError when empty.
    Updates(std::initializer_list<Part> parts);
    Updates(expr::Update update) : Update(std::move(update)) {}  // NOLINT

    /// The actions of the `(key, value)` pairs of a range, in order.
    template <std::ranges::input_range Range>
    static Updates all(const Range& parts) {
        expr::Update result;
        for (const auto& [key, value] : parts) {
            result += parse(std::string_view(key), value);
        }
        if (result.empty()) empty_parts();
        return Updates(std::move(result));
    }

    /// One `key`/`value` action.
    static expr::Update parse(std::string_view key, const AttributeValue& value);

  private:
    [[noreturn]] static void empty_parts();
};

}  // namespace dynamorm
