// The parser's syntax tree and the helpers its passes share.

#include <array>
#include <string>

#include "dynamorm/expr/error.hpp"
#include "expr/parse_tree.hpp"

namespace dynamorm::expr::detail {

std::string_view parameter_name(ExpressionKind kind) noexcept {
    switch (kind) {
        case ExpressionKind::Condition:
            return "ConditionExpression";
        case ExpressionKind::Filter:
            return "FilterExpression";
        case ExpressionKind::KeyCondition:
            return "KeyConditionExpression";
        case ExpressionKind::Update:
            return "UpdateExpression";
        case ExpressionKind::Projection:
            return "ProjectionExpression";
    }
    return "Expression";
}

void fail(ExpressionKind kind, std::string_view detail) {
    std::string message = "Invalid ";
    message += parameter_name(kind);
    message += ": ";
    message += detail;
    throw ExpressionError(message);
}

SyntaxTree::SyntaxTree(std::string_view text, ExpressionKind kind)
    : text_(text), kind_(kind), tokens_(tokenize(text)) {}

std::string_view SyntaxTree::token_text(std::size_t index) const noexcept {
    const Token& token = tokens_[index];
    return text_.substr(token.begin, token.end - token.begin);
}

Node* SyntaxTree::make(Node::Kind kind, std::size_t token) {
    Node& node = nodes_.emplace_back();
    node.kind = kind;
    node.token = token;
    return &node;
}

const std::string* RequestMaps::name(std::string_view placeholder) const {
    if (names == nullptr) return nullptr;
    const auto found = names->find(placeholder);
    return found == names->end() ? nullptr : &found->second;
}

const AttributeValue* RequestMaps::value(std::string_view placeholder) const {
    if (values == nullptr) return nullptr;
    const auto found = values->find(placeholder);
    return found == values->end() ? nullptr : &found->second;
}

bool read_index(std::string_view digits, std::uint64_t& index) noexcept {
    // kMaxListIndex has 10 digits; more cannot be in range (and could overflow).
    if (digits.empty() || digits.size() > 10) return false;
    std::uint64_t value = 0;
    for (const char c : digits)
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    if (value > kMaxListIndex) return false;
    index = value;
    return true;
}

const Node* unwrap(const Node* node) noexcept {
    while (node->kind == Node::Kind::Paren)
        node = node->children[0];
    return node;
}

bool resolve_path(const SyntaxTree& tree, const Node& path, const RequestMaps& maps,
                  std::vector<PathElement>& elements) {
    elements.clear();
    elements.reserve(path.steps.size());
    for (const PathStep& step : path.steps) {
        const std::string_view text = tree.token_text(step.token);
        switch (step.kind) {
            case PathStep::Kind::Name:
                elements.push_back({std::string(text), 0, false});
                break;
            case PathStep::Kind::NameRef: {
                const std::string* name = maps.name(text);
                if (name == nullptr) return false;
                elements.push_back({*name, 0, false});
                break;
            }
            case PathStep::Kind::Index: {
                std::uint64_t index = 0;
                if (!read_index(text, index)) return false;
                elements.push_back({std::string(), static_cast<std::size_t>(index), true});
                break;
            }
        }
    }
    return true;
}

std::string path_string(const std::vector<PathElement>& elements) {
    std::string out = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0) out += ", ";
        if (elements[i].is_index) {
            out += '[';
            out += std::to_string(elements[i].index);
            out += ']';
        } else {
            out += elements[i].name;
        }
    }
    out += ']';
    return out;
}

const FunctionInfo* find_function(std::string_view name) noexcept {
    using Use = FunctionInfo::Use;
    static constexpr std::array<FunctionInfo, 8> kFunctions = {{
        {"attribute_exists", 1, Use::Condition},
        {"attribute_not_exists", 1, Use::Condition},
        {"attribute_type", 2, Use::Condition},
        {"begins_with", 2, Use::Condition},
        {"contains", 2, Use::Condition},
        {"size", 1, Use::Operand},
        {"if_not_exists", 2, Use::Update},
        {"list_append", 2, Use::Update},
    }};
    for (const FunctionInfo& function : kFunctions) {
        if (function.name == name) return &function;
    }
    return nullptr;
}

namespace {

void visit_placeholders(const SyntaxTree& tree, const Node* node,
                        const std::function<void(std::string_view)>& name,
                        const std::function<void(std::string_view)>& value) {
    if (node == nullptr) return;
    if (node->kind == Node::Kind::Value) value(tree.token_text(node->token));
    for (const PathStep& step : node->steps) {
        if (step.kind == PathStep::Kind::NameRef) name(tree.token_text(step.token));
    }
    for (const Node* child : node->children)
        visit_placeholders(tree, child, name, value);
}

}  // namespace

void for_each_placeholder(const SyntaxTree& tree, const std::function<void(std::string_view)>& name,
                          const std::function<void(std::string_view)>& value) {
    visit_placeholders(tree, tree.root, name, value);
    for (const Action& action : tree.actions) {
        visit_placeholders(tree, action.path, name, value);
        visit_placeholders(tree, action.value, name, value);
    }
    for (const Node* path : tree.paths)
        visit_placeholders(tree, path, name, value);
}

}  // namespace dynamorm::expr::detail
