// The checks DynamoDB makes on an expression once its syntax is read, in DynamoDB's order.
//
// DynamoDB reports one problem per request, and which one depends on the kind of problem
// before its place in the text. The order below follows the answers DynamoDB gives (as
// recorded by dynalite's test suite, which ran against DynamoDB):
//
// - conditions: an unknown function, then a function used where it cannot be, then a reserved
//   word, then a list index out of range; then, condition by condition in the order written,
//   an undefined placeholder, a path nested too deeply, a function with the wrong number of
//   operands, an IN with too many operands, a first operand repeated among the others, and
//   operands of the wrong type (BETWEEN's bounds included);
// - updates: a reserved word, a list index out of range, an unknown or misplaced function, a
//   clause used twice, an undefined #name, an undefined :value, a path nested too deeply,
//   overlapping paths, conflicting paths, an ADD or DELETE operand of the wrong type, then the
//   functions' and `+`/`-`'s operands;
// - projections: a reserved word, a list index out of range, an undefined #name, a path nested
//   too deeply, overlapping paths, conflicting paths.
//
// Within one kind the first problem in the text wins.

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "expr/parse_tree.hpp"
#include "expr/reserved_words.hpp"

namespace dynamorm::expr::detail {

namespace {

// The first problem of one kind.
class FirstError {
  public:
    void note(std::string message) {
        if (!message_) message_ = std::move(message);
    }
    bool found() const noexcept { return message_.has_value(); }
    const std::string& message() const noexcept { return *message_; }

  private:
    std::optional<std::string> message_;
};

// Throws the problem of the first kind that has one.
void raise_first(ExpressionKind kind, std::initializer_list<const FirstError*> kinds) {
    for (const FirstError* error : kinds) {
        if (error->found()) fail(kind, error->message());
    }
}

std::string undefined_name_text(std::string_view placeholder) {
    return "An expression attribute name used in the document path is not defined; attribute "
           "name: " +
           std::string(placeholder);
}

std::string undefined_value_text(std::string_view placeholder) {
    return "An expression attribute value used in expression is not defined; attribute value: " +
           std::string(placeholder);
}

std::string operand_type(std::string_view function, std::string_view type) {
    return "Incorrect operand type for operator or function; operator or function: " +
           std::string(function) + ", operand type: " + std::string(type);
}

std::string requires_path(std::string_view function) {
    return "Operator or function requires a document path; operator or function: " +
           std::string(function);
}

bool is_scalar(Type type) noexcept {
    return type == Type::S || type == Type::N || type == Type::B;
}

// ---- the first pass: names, as written ----

// Where a node stands: where a condition is expected, or inside one as an operand.
enum class Place { Condition, Operand };

class NameChecks {
  public:
    explicit NameChecks(const SyntaxTree& tree) : tree_(tree) {}

    void visit(const Node* node, Place place, std::string_view enclosing_function = {}) {
        switch (node->kind) {
            case Node::Kind::Path:
                check_path(*node);
                return;
            case Node::Kind::Value:
                return;
            case Node::Kind::Paren:
                visit(node->children[0], place, enclosing_function);
                return;
            case Node::Kind::And:
            case Node::Kind::Or:
            case Node::Kind::Not:
                for (const Node* child : node->children)
                    visit(child, Place::Condition);
                return;
            case Node::Kind::Call: {
                const std::string_view name = tree_.token_text(node->token);
                check_call(name, place, enclosing_function);
                for (const Node* child : node->children)
                    visit(child, Place::Operand, name);
                return;
            }
            default:
                for (const Node* child : node->children)
                    visit(child, Place::Operand);
                return;
        }
    }

    FirstError function_name, misuse, reserved, index;

  private:
    void check_path(const Node& path) {
        for (const PathStep& step : path.steps) {
            const std::string_view text = tree_.token_text(step.token);
            if (step.kind == PathStep::Kind::Name && is_reserved_word(text)) {
                reserved.note("Attribute name is a reserved keyword; reserved keyword: " +
                              std::string(text));
            }
            std::uint64_t position = 0;
            if (step.kind == PathStep::Kind::Index && !read_index(text, position)) {
                index.note("List index is not within the allowable range; index: [" +
                           std::string(text) + "]");
            }
        }
    }

    void check_call(std::string_view name, Place place, std::string_view enclosing_function) {
        using Use = FunctionInfo::Use;
        const FunctionInfo* function = find_function(name);
        const bool in_update = tree_.kind() == ExpressionKind::Update;
        if (function == nullptr) {
            function_name.note("Invalid function name; function: " + std::string(name));
        } else if (in_update && function->use != Use::Update) {
            // dynalite answers "Invalid function name" here; DynamoDB names the misplacement.
            function_name.note("The function is not allowed in an update expression; function: " +
                               std::string(name));
        } else if (!in_update && function->use == Use::Update) {
            function_name.note("The function is not allowed in a condition expression; function: " +
                               std::string(name));
        } else if (in_update ? (name == "list_append" && enclosing_function == "list_append")
                             : ((place == Place::Condition) != (function->use == Use::Condition))) {
            // A condition function as an operand or size() as a condition; in an update,
            // list_append() inside list_append(), which DynamoDB refuses too.
            misuse.note(
                "The function is not allowed to be used this way in an expression; "
                "function: " +
                std::string(name));
        }
    }

    const SyntaxTree& tree_;
};

// ---- the second pass: placeholders, operands and types ----

class OperandChecks {
  public:
    OperandChecks(const SyntaxTree& tree, const RequestMaps& maps) : tree_(tree), maps_(maps) {}

    // Placeholders and nesting of every path and value under `node`, in the order written.
    void check_placeholders(const Node* node) {
        if (node->kind == Node::Kind::Value) {
            const std::string_view placeholder = tree_.token_text(node->token);
            if (maps_.value(placeholder) == nullptr) {
                undefined_value_error().note(undefined_value_text(placeholder));
            }
        }
        if (node->kind == Node::Kind::Path) {
            for (const PathStep& step : node->steps) {
                const std::string_view placeholder = tree_.token_text(step.token);
                if (step.kind == PathStep::Kind::NameRef && maps_.name(placeholder) == nullptr) {
                    undefined_name.note(undefined_name_text(placeholder));
                }
            }
            if (node->steps.size() > kMaxPathLevels) {
                nesting.note("The document path has too many nesting levels; nesting levels: " +
                             std::to_string(node->steps.size()));
            }
        }
        for (const Node* child : node->children)
            check_placeholders(child);
    }

    // A condition's functions and operators, inner ones first.
    void check_condition_operands(const Node* node) {
        for (const Node* child : node->children)
            check_condition_operands(child);
        switch (node->kind) {
            case Node::Kind::Call:
                check_condition_call(*node);
                break;
            case Node::Kind::Compare: {
                const std::string_view symbol = comparator_symbol(node->op);
                check_distinct(symbol, *node);
                if (node->op != Comparator::EQ && node->op != Comparator::NE) {
                    for (const Node* operand : node->children)
                        require_scalar(symbol, operand);
                }
                break;
            }
            case Node::Kind::Between:
                check_between(*node);
                break;
            case Node::Kind::In: {
                const std::size_t candidates = node->children.size() - 1;
                if (candidates > kMaxInCandidates) {
                    in_count.note(
                        "The IN operator is provided with too many operands; number of operands: " +
                        std::to_string(candidates));
                }
                check_distinct("IN", *node);
                break;
            }
            default:
                break;
        }
    }

    // An update's functions and `+` / `-`, inner ones first.
    void check_update_operands(const Node* node) {
        for (const Node* child : node->children)
            check_update_operands(child);
        if (node->kind == Node::Kind::Arith) {
            const std::string_view symbol = tree_.token_text(node->token);
            for (const Node* operand : node->children)
                require_value_type(symbol, operand, Type::N);
            return;
        }
        if (node->kind != Node::Kind::Call) return;
        const std::string_view name = tree_.token_text(node->token);
        const FunctionInfo* function = find_function(name);
        if (function == nullptr) return;
        if (node->children.size() != function->arity) {
            // An update reports these with the operand types, whichever comes first.
            note_arity(types, name, node->children.size());
        } else if (name == "if_not_exists") {
            if (unwrap(node->children[0])->kind != Node::Kind::Path) {
                types.note(requires_path(name));
            }
        } else if (name == "list_append") {
            for (const Node* operand : node->children)
                require_value_type(name, operand, Type::L);
        }
    }

    // Conditions share one kind for undefined names and values; updates keep two.
    void split_undefined_values() noexcept { split_values_ = true; }

    FirstError undefined_name, undefined_values, nesting, arity, in_count, distinct, types;

  private:
    FirstError& undefined_value_error() noexcept {
        return split_values_ ? undefined_values : undefined_name;
    }

    // The static type of an operand, when the text tells it: a value's type, or N for size().
    std::optional<Type> static_type(const Node* node) const {
        node = unwrap(node);
        if (node->kind == Node::Kind::Value) {
            const AttributeValue* value = maps_.value(tree_.token_text(node->token));
            if (value != nullptr) return value->type();
        }
        if (node->kind == Node::Kind::Call && tree_.token_text(node->token) == "size") {
            return Type::N;
        }
        return std::nullopt;
    }

    // The type of an operand that is a value itself (update operators look no deeper).
    std::optional<Type> value_type(const Node* node) const {
        node = unwrap(node);
        if (node->kind != Node::Kind::Value) return std::nullopt;
        const AttributeValue* value = maps_.value(tree_.token_text(node->token));
        if (value == nullptr) return std::nullopt;
        return value->type();
    }

    void require_scalar(std::string_view function, const Node* operand) {
        const std::optional<Type> type = static_type(operand);
        if (type && !is_scalar(*type)) types.note(operand_type(function, type_name(*type)));
    }

    void require_value_type(std::string_view function, const Node* operand, Type wanted) {
        const std::optional<Type> type = value_type(operand);
        if (type && *type != wanted) types.note(operand_type(function, type_name(*type)));
    }

    static void note_arity(FirstError& error, std::string_view function, std::size_t operands) {
        error.note(
            "Incorrect number of operands for operator or function; operator or "
            "function: " +
            std::string(function) + ", number of operands: " + std::to_string(operands));
    }

    // The first operand, when a path, may not appear again among the others.
    void check_distinct(std::string_view function, const Node& node) {
        const Node* first = unwrap(node.children[0]);
        if (first->kind != Node::Kind::Path) return;
        std::vector<PathElement> first_path;
        if (!resolve_path(tree_, *first, maps_, first_path)) return;
        std::vector<PathElement> other;
        for (std::size_t i = 1; i < node.children.size(); ++i) {
            const Node* operand = unwrap(node.children[i]);
            if (operand->kind != Node::Kind::Path) continue;
            if (resolve_path(tree_, *operand, maps_, other) && other == first_path) {
                distinct.note(
                    "The first operand must be distinct from the remaining operands "
                    "for this operator or function; operator: " +
                    std::string(function) + ", first operand: " + path_string(first_path));
                return;
            }
        }
    }

    void check_condition_call(const Node& call) {
        const std::string_view name = tree_.token_text(call.token);
        const FunctionInfo* function = find_function(name);
        if (function == nullptr || function->use == FunctionInfo::Use::Update) return;
        if (call.children.size() != function->arity) {
            note_arity(arity, name, call.children.size());
            return;
        }
        if (function->arity == 2) check_distinct(name, call);
        const Node* first = unwrap(call.children[0]);
        if (name == "attribute_exists" || name == "attribute_not_exists") {
            if (first->kind != Node::Kind::Path) types.note(requires_path(name));
        } else if (name == "attribute_type") {
            if (first->kind != Node::Kind::Path) types.note(requires_path(name));
            check_type_name(call.children[1]);
        } else if (name == "begins_with") {
            for (const Node* operand : call.children) {
                const std::optional<Type> type = static_type(operand);
                if (type && *type != Type::S && *type != Type::B) {
                    types.note(operand_type(name, type_name(*type)));
                }
            }
        } else if (name == "size") {
            const std::optional<Type> type = static_type(first);
            if (type && (*type == Type::N || *type == Type::BOOL || *type == Type::NULL_)) {
                types.note(operand_type(name, type_name(*type)));
            }
        }
    }

    // attribute_type()'s second operand: a string naming one of the ten types.
    void check_type_name(const Node* operand) {
        const Node* node = unwrap(operand);
        if (node->kind == Node::Kind::Value) {
            const AttributeValue* value = maps_.value(tree_.token_text(node->token));
            if (value == nullptr) return;
            if (!value->is_s()) {
                types.note(operand_type("attribute_type", type_name(value->type())));
                return;
            }
            for (const Type type : {Type::S, Type::N, Type::B, Type::BOOL, Type::NULL_, Type::M,
                                    Type::L, Type::SS, Type::NS, Type::BS}) {
                if (type_name(type) == value->as_s()) return;
            }
            types.note("Invalid attribute type name found; type: " + value->as_s() +
                       ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
            return;
        }
        const std::optional<Type> type = static_type(node);
        types.note(operand_type("attribute_type",
                                type ? type_name(*type) : "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}"));
    }

    void check_between(const Node& between) {
        check_distinct("BETWEEN", between);
        for (const Node* operand : between.children)
            require_scalar("BETWEEN", operand);
        const Node* low = unwrap(between.children[1]);
        const Node* high = unwrap(between.children[2]);
        if (low->kind != Node::Kind::Value || high->kind != Node::Kind::Value) return;
        const AttributeValue* low_value = maps_.value(tree_.token_text(low->token));
        const AttributeValue* high_value = maps_.value(tree_.token_text(high->token));
        if (low_value == nullptr || high_value == nullptr) return;
        if (!is_scalar(low_value->type()) || !is_scalar(high_value->type())) return;
        const std::string bounds = "lower bound operand: " + bound_string(*low_value) +
                                   ", upper bound operand: " + bound_string(*high_value);
        if (low_value->type() != high_value->type()) {
            types.note("The BETWEEN operator requires same data type for lower and upper bounds; " +
                       bounds);
        } else if (greater(*low_value, *high_value)) {
            types.note(
                "The BETWEEN operator requires upper bound to be greater than or equal to "
                "lower bound; " +
                bounds);
        }
    }

    // How DynamoDB prints a bound: `AttributeValue: {N:5}`; a binary as Java prints its buffer.
    static std::string bound_string(const AttributeValue& value) {
        std::string out = "AttributeValue: {";
        out += type_name(value.type());
        out += ':';
        if (value.is_s()) {
            out += value.as_s();
        } else if (value.is_n()) {
            out += value.as_n().to_string();
        } else {
            const std::string size = std::to_string(value.as_b().bytes.size());
            out += "java.nio.HeapByteBuffer[pos=0 lim=" + size + " cap=" + size + "]";
        }
        out += '}';
        return out;
    }

    // Strings and binaries compare by their bytes, unsigned; numbers by value.
    static bool greater(const AttributeValue& a, const AttributeValue& b) {
        if (a.is_s()) return b.as_s() < a.as_s();
        if (a.is_n()) return b.as_n() < a.as_n();
        return b.as_b() < a.as_b();
    }

    const SyntaxTree& tree_;
    const RequestMaps& maps_;
    bool split_values_ = false;
};

// Two paths of an update or a projection may not be one inside the other (overlap) or use the
// same place as a map and as a list (conflict). The first overlap wins over any conflict.
void check_paths(const SyntaxTree& tree, const RequestMaps& maps,
                 const std::vector<const Node*>& nodes, FirstError& overlap, FirstError& conflict) {
    std::vector<std::vector<PathElement>> paths(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!resolve_path(tree, *nodes[i], maps, paths[i])) return;
    }
    const auto clash = [&](std::string_view what, std::size_t one, std::size_t two) {
        return "Two document paths " + std::string(what) +
               " with each other; must remove or rewrite one of these paths; path one: " +
               path_string(paths[one]) + ", path two: " + path_string(paths[two]);
    };
    for (std::size_t later = 1; later < paths.size(); ++later) {
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            const std::vector<PathElement>& a = paths[earlier];
            const std::vector<PathElement>& b = paths[later];
            const std::size_t common = std::min(a.size(), b.size());
            std::size_t k = 0;
            for (; k < common; ++k) {
                if (a[k].is_index != b[k].is_index) {
                    conflict.note(clash("conflict", earlier, later));
                    break;
                }
                if (a[k] != b[k]) break;
            }
            if (k == common) overlap.note(clash("overlap", earlier, later));
        }
    }
}

// The kinds of problem a condition can have, checked one condition (comparison, BETWEEN, IN
// or function) at a time, in the order written.
void check_condition_leaves(const SyntaxTree& tree, const RequestMaps& maps, const Node* node) {
    switch (node->kind) {
        case Node::Kind::And:
        case Node::Kind::Or:
        case Node::Kind::Not:
        case Node::Kind::Paren:
            for (const Node* child : node->children)
                check_condition_leaves(tree, maps, child);
            return;
        default:
            break;
    }
    OperandChecks checks(tree, maps);
    checks.check_placeholders(node);
    checks.check_condition_operands(node);
    raise_first(tree.kind(), {&checks.undefined_name, &checks.nesting, &checks.arity,
                              &checks.in_count, &checks.distinct, &checks.types});
}

void validate_condition(const SyntaxTree& tree, const RequestMaps& maps) {
    NameChecks names(tree);
    names.visit(tree.root, Place::Condition);
    raise_first(tree.kind(), {&names.function_name, &names.misuse, &names.reserved, &names.index});
    check_condition_leaves(tree, maps, tree.root);
}

std::string_view clause_name(Clause clause) noexcept {
    switch (clause) {
        case Clause::Set:
            return "SET";
        case Clause::Remove:
            return "REMOVE";
        case Clause::Add:
            return "ADD";
        case Clause::Delete:
            return "DELETE";
    }
    return "";
}

void validate_update(const SyntaxTree& tree, const RequestMaps& maps) {
    NameChecks names(tree);
    FirstError section;
    std::vector<Clause> clauses_seen;
    std::size_t clause_token = std::numeric_limits<std::size_t>::max();
    for (const Action& action : tree.actions) {
        if (action.clause_token != clause_token) {
            clause_token = action.clause_token;
            if (std::find(clauses_seen.begin(), clauses_seen.end(), action.clause) !=
                clauses_seen.end()) {
                section.note("The \"" + std::string(clause_name(action.clause)) +
                             "\" section can only be used once in an update expression;");
            }
            clauses_seen.push_back(action.clause);
        }
        names.visit(action.path, Place::Operand);
        if (action.value != nullptr) names.visit(action.value, Place::Operand);
    }
    raise_first(tree.kind(),
                {&names.reserved, &names.index, &names.function_name, &names.misuse, &section});

    OperandChecks checks(tree, maps);
    checks.split_undefined_values();
    std::vector<const Node*> paths;
    for (const Action& action : tree.actions) {
        checks.check_placeholders(action.path);
        if (action.value != nullptr) checks.check_placeholders(action.value);
        paths.push_back(action.path);
    }
    FirstError overlap, conflict, operand;
    check_paths(tree, maps, paths, overlap, conflict);
    for (const Action& action : tree.actions) {
        if (action.clause != Clause::Add && action.clause != Clause::Delete) continue;
        const AttributeValue* value = maps.value(tree.token_text(action.value->token));
        if (value == nullptr) continue;
        const Type type = value->type();
        const bool set = type == Type::SS || type == Type::NS || type == Type::BS;
        const bool add = action.clause == Clause::Add;
        if (set || (add && type == Type::N)) continue;
        // dynalite leaves out the typeSet part; DynamoDB writes it.
        static constexpr std::string_view kLongNames[] = {"STRING", "NUMBER", "BINARY", "BOOLEAN",
                                                          "NULL",   "MAP",    "LIST"};
        operand.note("Incorrect operand type for operator or function; operator: " +
                     std::string(add ? "ADD" : "DELETE") +
                     ", operand type: " + std::string(kLongNames[static_cast<int>(type)]) +
                     ", typeSet: ALLOWED_FOR_" + std::string(add ? "ADD" : "DELETE") + "_OPERAND");
    }
    for (const Action& action : tree.actions) {
        if (action.value != nullptr) checks.check_update_operands(action.value);
    }
    raise_first(tree.kind(), {&checks.undefined_name, &checks.undefined_values, &checks.nesting,
                              &overlap, &conflict, &operand, &checks.types});
}

void validate_projection(const SyntaxTree& tree, const RequestMaps& maps) {
    NameChecks names(tree);
    for (const Node* path : tree.paths)
        names.visit(path, Place::Operand);
    raise_first(tree.kind(), {&names.reserved, &names.index});

    OperandChecks checks(tree, maps);
    std::vector<const Node*> paths;
    for (const Node* path : tree.paths) {
        checks.check_placeholders(path);
        paths.push_back(path);
    }
    FirstError overlap, conflict;
    check_paths(tree, maps, paths, overlap, conflict);
    raise_first(tree.kind(), {&checks.undefined_name, &checks.nesting, &overlap, &conflict});
}

}  // namespace

void validate(const SyntaxTree& tree, const RequestMaps& maps) {
    switch (tree.kind()) {
        case ExpressionKind::Update:
            validate_update(tree, maps);
            break;
        case ExpressionKind::Projection:
            validate_projection(tree, maps);
            break;
        default:
            validate_condition(tree, maps);
            break;
    }
}

}  // namespace dynamorm::expr::detail
