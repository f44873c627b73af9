// The double-under syntax: keys such as `address__zip__begins_with` to conditions and updates.

#include "dynamorm/expr/q.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "dynamorm/expr/error.hpp"
#include "expr/checks.hpp"

namespace dynamorm {

namespace {

using expr::ExpressionError;
using expr::Operand;
using expr::Path;

constexpr std::string_view kSeparator = "__";

/// The words that may end a key, and the spellings people reach for by habit.
struct Vocabulary {
    const char* kind;          // "operator" or "update function"
    const char* default_word;  // what a key without one means
    std::span<const std::string_view> words;
    std::span<const std::pair<std::string_view, std::string_view>> aliases;  // alias → word
};

constexpr std::array<std::string_view, 13> kOperators = {
    "eq", "ne",          "lt",       "lte",    "gt",         "gte", "between",
    "in", "begins_with", "contains", "exists", "not_exists", "type"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kOperatorAliases = {{
    {"is_in", "in"},
    {"attribute_type", "type"},
    {"attribute_exists", "exists"},
    {"attribute_not_exists", "not_exists"},
    {"le", "lte"},
    {"ge", "gte"},
    {"neq", "ne"},
    {"startswith", "begins_with"},
    {"starts_with", "begins_with"},
}};
constexpr Vocabulary kConditionVocabulary{"operator", "eq", kOperators, kOperatorAliases};

constexpr std::array<std::string_view, 9> kFunctions = {
    "set", "plus", "minus", "append", "prepend", "if_not_exists", "add", "delete", "remove"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kFunctionAliases = {{
    {"list_append", "append"},
    {"del", "delete"},
    {"increment", "plus"},
    {"decrement", "minus"},
}};
constexpr Vocabulary kUpdateVocabulary{"update function", "set", kFunctions, kFunctionAliases};

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) {
                   return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
               };
               return lower(x) == lower(y);
           });
}

/// The word `part` looks like without being it: another case, or a habitual alias.
std::string_view lookalike(std::string_view part, const Vocabulary& vocabulary) noexcept {
    for (const std::string_view word : vocabulary.words) {
        if (equal_ignoring_case(part, word)) return word;
    }
    for (const auto& [alias, word] : vocabulary.aliases) {
        if (equal_ignoring_case(part, alias)) return word;
    }
    return {};
}

struct SplitKey {
    Path path;
    std::string_view word;  // the operator or function; the vocabulary's default when absent
};

SplitKey split_key(std::string_view key, const std::string& context, const Vocabulary& vocabulary) {
    if (key.empty()) throw ExpressionError(context + ": the key is empty");
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = key.find(kSeparator, start);
        parts.push_back(key.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + kSeparator.size();
    }
    for (const std::string_view part : parts) {
        if (part.empty()) {
            throw ExpressionError(context + ": empty part in the key (parts are separated by \"" +
                                  std::string(kSeparator) + "\")");
        }
    }

    std::string_view word = vocabulary.default_word;
    if (parts.size() > 1) {
        const std::string_view last = parts.back();
        if (std::ranges::find(vocabulary.words, last) != vocabulary.words.end()) {
            word = last;
            parts.pop_back();
        } else if (const std::string_view meant = lookalike(last, vocabulary); !meant.empty()) {
            throw ExpressionError(context + ": \"" + std::string(last) + "\" is not an " +
                                  vocabulary.kind + " (did you mean \"" + std::string(meant) +
                                  "\"?); for a map key named \"" + std::string(last) +
                                  "\", end the key with \"" + std::string(kSeparator) +
                                  vocabulary.default_word + "\"");
        }
    }

    std::vector<expr::PathElement> elements;
    elements.reserve(parts.size());
    for (const std::string_view part : parts)
        elements.push_back({std::string(part), 0, false});
    return {Path(std::move(elements)), word};
}

expr::Condition compare(expr::Comparator op, Path path, const AttributeValue& value) {
    return expr::Condition::Compare{op, std::move(path), value};
}

expr::Condition between(const std::string& context, Path path, const AttributeValue& value) {
    if (!value.is_l() || value.as_l().size() != 2) {
        throw ExpressionError(context +
                              ": between needs a list of exactly two values [low, high], got " +
                              (value.is_l() ? "a list of " + std::to_string(value.as_l().size())
                                            : std::string(type_name(value.type()))));
    }
    return expr::Condition::Between{std::move(path), value.as_l()[0], value.as_l()[1]};
}

expr::Condition in(const std::string& context, Path path, const AttributeValue& value) {
    std::vector<Operand> candidates;
    const auto take = [&candidates](const auto& elements) {
        for (const auto& element : elements)
            candidates.emplace_back(AttributeValue(element));
    };
    switch (value.type()) {
        case Type::L:
            take(value.as_l());
            break;
        case Type::SS:
            take(value.as_ss());
            break;
        case Type::NS:
            take(value.as_ns());
            break;
        case Type::BS:
            take(value.as_bs());
            break;
        default:
            throw ExpressionError(context + ": in needs a non-empty list or a set, got " +
                                  std::string(type_name(value.type())));
    }
    if (candidates.empty()) {
        throw ExpressionError(context + ": in needs a non-empty list or a set, got an empty list");
    }
    return expr::Condition::In{std::move(path), std::move(candidates)};
}

expr::Condition exists(const std::string& context, std::string_view word, Path path,
                       const AttributeValue& value) {
    expr::detail::require_bool(context, word, value);
    const bool wanted = value.as_bool() == (word == "exists");
    if (wanted) return expr::Condition::AttributeExists{std::move(path)};
    return expr::Condition::AttributeNotExists{std::move(path)};
}

expr::Condition attribute_type(const std::string& context, Path path, const AttributeValue& value) {
    if (!value.is_s() || !expr::detail::type_named(value.as_s())) {
        throw ExpressionError(
            context + ": type needs a type name (S, N, B, BOOL, NULL, M, L, SS, NS, BS), got " +
            (value.is_s() ? "\"" + value.as_s() + "\"" : std::string(type_name(value.type()))));
    }
    return expr::Condition::AttributeType{std::move(path), value};
}

}  // namespace

// ---- Q ---------------------------------------------------------------------------------

Q::Q(std::initializer_list<Part> parts) : Condition(all(parts)) {}

void Q::empty_parts() {
    throw ExpressionError("Invalid Q: no keys given");
}

expr::Condition Q::parse(std::string_view key, const AttributeValue& value) {
    using expr::Comparator;
    const std::string context = "Invalid Q key \"" + std::string(key) + "\"";
    auto [path, word] = split_key(key, context, kConditionVocabulary);

    if (word == "eq") return compare(Comparator::EQ, std::move(path), value);
    if (word == "ne") return compare(Comparator::NE, std::move(path), value);
    if (word == "lt") return compare(Comparator::LT, std::move(path), value);
    if (word == "lte") return compare(Comparator::LE, std::move(path), value);
    if (word == "gt") return compare(Comparator::GT, std::move(path), value);
    if (word == "gte") return compare(Comparator::GE, std::move(path), value);
    if (word == "between") return between(context, std::move(path), value);
    if (word == "in") return in(context, std::move(path), value);
    if (word == "begins_with") {
        expr::detail::require_string_or_binary(context, word, value);
        return expr::Condition::BeginsWith{std::move(path), value};
    }
    if (word == "contains") return expr::Condition::Contains{std::move(path), value};
    if (word == "exists" || word == "not_exists") {
        return exists(context, word, std::move(path), value);
    }
    return attribute_type(context, std::move(path), value);  // "type", the last operator
}

// ---- Updates ---------------------------------------------------------------------------

Updates::Updates(std::initializer_list<Part> parts) : Update(all(parts)) {}

void Updates::empty_parts() {
    throw ExpressionError("Invalid Updates: no keys given");
}

expr::Update Updates::parse(std::string_view key, const AttributeValue& value) {
    using Arithmetic = Operand::Arithmetic;
    const std::string context = "Invalid update key \"" + std::string(key) + "\"";
    SplitKey split = split_key(key, context, kUpdateVocabulary);
    Path& path = split.path;
    const std::string_view word = split.word;

    expr::Update update;
    const auto set = [&](Operand operand) {
        update.set.push_back({path, std::move(operand)});
        return update;
    };
    if (word == "set") return set(value);
    if (word == "plus" || word == "minus") {
        expr::detail::require_number(context, word, value);
        return set(
            Arithmetic{path, word == "plus" ? Arithmetic::Op::Plus : Arithmetic::Op::Minus, value});
    }
    if (word == "append") {
        expr::detail::require_list(context, word, value);
        return set(Operand::ListAppend{path, value});
    }
    if (word == "prepend") {
        expr::detail::require_list(context, word, value);
        return set(Operand::ListAppend{value, path});
    }
    if (word == "if_not_exists") return set(Operand::IfNotExists{path, value});
    if (word == "add") {
        expr::detail::require_number_or_set(context, word, value);
        update.add.push_back({std::move(path), value});
        return update;
    }
    if (word == "delete") {
        expr::detail::require_set(context, word, value);
        update.del.push_back({std::move(path), value});
        return update;
    }
    // "remove", the last function.
    if (!value.is_bool() || !value.as_bool()) {
        throw ExpressionError(context + ": remove needs the value true");
    }
    update.remove.push_back(std::move(path));
    return update;
}

}  // namespace dynamorm
