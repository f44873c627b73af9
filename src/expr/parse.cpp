// Parser: one request's expressions, read with the request's placeholders.

#include "dynamorm/expr/parse.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "dynamorm/expr/error.hpp"
#include "expr/parse_tree.hpp"

namespace dynamorm::expr {

namespace {

using detail::ExpressionKind;

constexpr std::size_t kMaxPlaceholderBytes = 255;

bool is_placeholder(std::string_view key, char sigil) noexcept {
    if (key.size() < 2 || key[0] != sigil) return false;
    return std::all_of(key.begin() + 1, key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

void check_names(const AttributeNames& names) {
    if (names.empty()) throw ExpressionError("ExpressionAttributeNames must not be empty");
    for (const auto& [key, name] : names) {
        if (key.size() > kMaxPlaceholderBytes) {
            throw ExpressionError(
                "ExpressionAttributeNames contains invalid key: The expression attribute map "
                "contains a key that is too long; size of key: " +
                std::to_string(key.size()));
        }
        if (!is_placeholder(key, '#')) {
            throw ExpressionError(
                "ExpressionAttributeNames contains invalid key: Syntax error; "
                "key: \"" +
                key + "\"");
        }
        if (name.empty()) {
            throw ExpressionError(
                "ExpressionAttributeNames contains invalid value: Empty attribute name for key " +
                key);
        }
    }
}

void check_values(const Item& values) {
    if (values.empty()) throw ExpressionError("ExpressionAttributeValues must not be empty");
    for (const auto& entry : values) {
        const std::string& key = entry.first;
        if (key.size() > kMaxPlaceholderBytes) {
            throw ExpressionError(
                "ExpressionAttributeValues contains invalid key: The expression attribute map "
                "contains a key that is too long;");
        }
        if (!is_placeholder(key, ':')) {
            throw ExpressionError(
                "ExpressionAttributeValues contains invalid key: Syntax error; "
                "key: \"" +
                key + "\"");
        }
    }
}

bool is_blank(std::string_view text) noexcept {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Java's String.hashCode() of an ASCII string.
std::int32_t java_hash(std::string_view text) noexcept {
    std::uint32_t hash = 0;
    for (const char c : text)
        hash = hash * 31U + static_cast<unsigned char>(c);
    return static_cast<std::int32_t>(hash);
}

// DynamoDB lists unused placeholders in the iteration order of a java.util.HashSet built from
// all the request's placeholders: by hash bucket of a table sized for `total` keys, ties in the
// order given.
std::string java_set_listing(std::vector<std::string> keys, std::size_t total) {
    const auto wanted =
        std::max<std::size_t>(static_cast<std::size_t>(static_cast<float>(total) / 0.75F) + 1, 16);
    std::uint32_t capacity = 1;
    while (capacity < wanted)
        capacity <<= 1U;
    const auto bucket = [capacity](const std::string& key) {
        const auto hash = static_cast<std::uint32_t>(java_hash(key));
        return (hash ^ (hash >> 16U)) & (capacity - 1);
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) {
        return bucket(a) < bucket(b);
    });
    std::string listing;
    for (const std::string& key : keys) {
        if (!listing.empty()) listing += ", ";
        listing += key;
    }
    return listing;
}

}  // namespace

Parser::Parser(const AttributeNames* names, const Item* values) : names_(names), values_(values) {
    if (names_ != nullptr) check_names(*names_);
    if (values_ != nullptr) check_values(*values_);
}

namespace {

// Reads `text` as an expression of `kind` through every check; `finish` turns the checked tree
// into the result.
template <typename Finish>
auto read(std::string_view text, ExpressionKind kind, const detail::RequestMaps& maps,
          std::set<std::string, std::less<>>& used_names,
          std::set<std::string, std::less<>>& used_values, Finish finish) {
    if (is_blank(text)) detail::fail(kind, "The expression can not be empty;");
    if (text.size() > detail::kMaxExpressionBytes) {
        detail::fail(kind,
                     "Expression size has exceeded the maximum allowed size; expression "
                     "size: " +
                         std::to_string(text.size()));
    }
    detail::SyntaxTree tree(text, kind);
    detail::read_syntax(tree);
    detail::validate(tree, maps);
    auto result = finish(tree);
    detail::for_each_placeholder(
        tree, [&](std::string_view name) { used_names.emplace(name); },
        [&](std::string_view value) { used_values.emplace(value); });
    return result;
}

}  // namespace

Condition Parser::condition(std::string_view text) {
    const detail::RequestMaps maps{names_, values_};
    return read(text, ExpressionKind::Condition, maps, used_names_, used_values_,
                [&](const detail::SyntaxTree& tree) { return detail::to_condition(tree, maps); });
}

Condition Parser::filter(std::string_view text) {
    const detail::RequestMaps maps{names_, values_};
    return read(text, ExpressionKind::Filter, maps, used_names_, used_values_,
                [&](const detail::SyntaxTree& tree) { return detail::to_condition(tree, maps); });
}

Condition Parser::key_condition(std::string_view text) {
    const detail::RequestMaps maps{names_, values_};
    return read(text, ExpressionKind::KeyCondition, maps, used_names_, used_values_,
                [&](const detail::SyntaxTree& tree) {
                    Condition condition = detail::to_condition(tree, maps);
                    detail::key_condition_terms(condition);
                    return condition;
                });
}

Update Parser::update(std::string_view text) {
    const detail::RequestMaps maps{names_, values_};
    return read(text, ExpressionKind::Update, maps, used_names_, used_values_,
                [&](const detail::SyntaxTree& tree) { return detail::to_update(tree, maps); });
}

Projection Parser::projection(std::string_view text) {
    const detail::RequestMaps maps{names_, values_};
    return read(text, ExpressionKind::Projection, maps, used_names_, used_values_,
                [&](const detail::SyntaxTree& tree) { return detail::to_projection(tree, maps); });
}

void Parser::check_unused() const {
    if (names_ != nullptr) {
        std::vector<std::string> unused;
        for (const auto& entry : *names_) {
            if (!used_names_.contains(entry.first)) unused.push_back(entry.first);
        }
        if (!unused.empty()) {
            throw ExpressionError(
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {" +
                java_set_listing(std::move(unused), names_->size()) + "}");
        }
    }
    if (values_ != nullptr) {
        std::vector<std::string> unused;
        for (const auto& entry : *values_) {
            if (!used_values_.contains(entry.first)) unused.push_back(entry.first);
        }
        if (!unused.empty()) {
            throw ExpressionError(
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {" +
                java_set_listing(std::move(unused), values_->size()) + "}");
        }
    }
}

}  // namespace dynamorm::expr
