// The parser's own syntax tree: what an expression says, token by token, before placeholders
// are resolved and the checks DynamoDB makes after reading it have run. Internal to the parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/parse.hpp"
#include "dynamorm/value/attribute_value.hpp"
#include "expr/lexer.hpp"

namespace dynamorm::expr::detail {

/// The request parameter an expression came in; it names the expression in messages.
enum class ExpressionKind : std::uint8_t { Condition, Filter, KeyCondition, Update, Projection };

/// "ConditionExpression", "FilterExpression", "KeyConditionExpression", ...
std::string_view parameter_name(ExpressionKind kind) noexcept;

/// Throws ExpressionError("Invalid <parameter>: <detail>"), DynamoDB's form.
[[noreturn]] void fail(ExpressionKind kind, std::string_view detail);

/// DynamoDB's limits on expressions.
inline constexpr std::size_t kMaxExpressionBytes = 4096;
inline constexpr std::size_t kMaxOperators = 300;
inline constexpr std::size_t kMaxInCandidates = 100;
inline constexpr std::size_t kMaxPathLevels = 32;
inline constexpr std::uint64_t kMaxListIndex = 4294967294;
/// dynamorm's own bound on nesting (parentheses, NOT, function calls), which keeps the parser's
/// recursion bounded. No expression DynamoDB accepts comes near it: its 300-operator limit and
/// its ban on redundant parentheses allow a few hundred levels at most.
inline constexpr std::size_t kMaxNesting = 1000;

/// One step of a document path as written.
struct PathStep {
    enum class Kind : std::uint8_t { Name, NameRef, Index };
    Kind kind;
    std::size_t token;  ///< the name, placeholder or index token
};

/// One node of the syntax tree. `token` is the token that names the node: the first token of
/// a path, the placeholder of a value, the function name of a call, the opening parenthesis,
/// the operator or keyword of the others.
struct Node {
    enum class Kind : std::uint8_t {
        Path,     ///< steps
        Value,    ///< a `:placeholder`
        Call,     ///< children: the arguments
        Paren,    ///< children[0]: what the parentheses hold
        Compare,  ///< op; children: left, right
        Between,  ///< children: value, lower bound, upper bound
        In,       ///< children: value, then the candidates
        And,      ///< children: left, right
        Or,       ///< children: left, right
        Not,      ///< children[0]
        Arith,    ///< an update's `+` or `-` (the token says which); children: left, right
    };
    Kind kind;
    std::size_t token = 0;
    Comparator op = Comparator::EQ;
    std::vector<Node*> children;
    std::vector<PathStep> steps;
};

/// An update's clauses.
enum class Clause : std::uint8_t { Set, Remove, Add, Delete };

/// One action of an update, with the clause it sits in.
struct Action {
    Clause clause;
    std::size_t clause_token;  ///< the SET / REMOVE / ADD / DELETE keyword
    Node* path;
    Node* value;  ///< null for REMOVE
};

/// An expression read into nodes. Holds the tokens the nodes point to; the text must outlive
/// the tree.
class SyntaxTree {
  public:
    SyntaxTree(std::string_view text, ExpressionKind kind);

    std::string_view text() const noexcept { return text_; }
    ExpressionKind kind() const noexcept { return kind_; }
    const std::vector<Token>& tokens() const noexcept { return tokens_; }
    /// The text of a token as written.
    std::string_view token_text(std::size_t index) const noexcept;

    Node* make(Node::Kind kind, std::size_t token);

    Node* root = nullptr;         ///< a condition, filter or key condition
    std::vector<Action> actions;  ///< an update's actions, in the order written
    std::vector<Node*> paths;     ///< a projection's paths

  private:
    std::string_view text_;
    ExpressionKind kind_;
    std::vector<Token> tokens_;
    std::deque<Node> nodes_;
};

/// Reads the tree's text by the grammar of its kind. Throws ExpressionError with DynamoDB's
/// message for what the grammar itself refuses: syntax errors, redundant parentheses and too
/// many operators (and for nesting beyond kMaxNesting).
void read_syntax(SyntaxTree& tree);

/// The ExpressionAttributeNames and ExpressionAttributeValues of the request; either may be
/// null.
struct RequestMaps {
    const std::map<std::string, std::string, std::less<>>* names = nullptr;
    const Item* values = nullptr;

    /// The value of a defined `#placeholder` / `:placeholder`; null when undefined.
    const std::string* name(std::string_view placeholder) const;
    const AttributeValue* value(std::string_view placeholder) const;
};

/// Makes the checks DynamoDB makes on a read expression, in DynamoDB's order, and throws
/// ExpressionError for the first it fails.
void validate(const SyntaxTree& tree, const RequestMaps& maps);

/// One condition of a key condition: the key attribute it is on, and what it asks of it.
struct KeyTerm {
    std::string attribute;
    RangeKeyCondition condition;
};

/// The rules a KeyConditionExpression follows beyond those of any condition: AND only, each
/// condition between a top-level attribute and values, one or two conditions, at most one per
/// attribute. Returns the conditions in the order written; throws ExpressionError with
/// DynamoDB's messages, which carry no "Invalid KeyConditionExpression:" prefix.
std::vector<KeyTerm> key_condition_terms(const Condition& key_condition);

/// The checked tree as the public syntax tree, placeholders resolved.
Condition to_condition(const SyntaxTree& tree, const RequestMaps& maps);
Update to_update(const SyntaxTree& tree, const RequestMaps& maps);
Projection to_projection(const SyntaxTree& tree, const RequestMaps& maps);

/// Calls `name` for every `#placeholder` and `value` for every `:placeholder` in the tree.
void for_each_placeholder(const SyntaxTree& tree, const std::function<void(std::string_view)>& name,
                          const std::function<void(std::string_view)>& value);

/// A list index as written; false when it is beyond kMaxListIndex.
bool read_index(std::string_view digits, std::uint64_t& index) noexcept;

/// `node` without the parentheses around it.
const Node* unwrap(const Node* node) noexcept;

/// The elements of a path node, placeholders resolved; false when one is undefined.
bool resolve_path(const SyntaxTree& tree, const Node& path, const RequestMaps& maps,
                  std::vector<PathElement>& elements);

/// DynamoDB's way of printing a path in messages: `[a, b, [2]]`.
std::string path_string(const std::vector<PathElement>& elements);

/// The functions DynamoDB knows, and where each may be used.
struct FunctionInfo {
    enum class Use : std::uint8_t { Condition, Operand, Update };
    std::string_view name;
    std::size_t arity;
    Use use;
};

/// The function named exactly `name` (names are case-sensitive), or null.
const FunctionInfo* find_function(std::string_view name) noexcept;

}  // namespace dynamorm::expr::detail
