// From the parser's checked syntax tree to the public one: parentheses dropped, placeholders
// replaced by the names and values they stand for.

#include <string>
#include <utility>
#include <vector>

#include "expr/parse_tree.hpp"

namespace dynamorm::expr::detail {

namespace {

class Converter {
  public:
    Converter(const SyntaxTree& tree, const RequestMaps& maps) : tree_(tree), maps_(maps) {}

    Path path(const Node* node) const {
        std::vector<PathElement> elements;
        resolve_path(tree_, *unwrap(node), maps_, elements);
        return Path(std::move(elements));
    }

    AttributeValue value(const Node* node) const {
        return *maps_.value(tree_.token_text(unwrap(node)->token));
    }

    Operand operand(const Node* node) const {
        node = unwrap(node);
        switch (node->kind) {
            case Node::Kind::Path:
                return path(node);
            case Node::Kind::Value:
                return value(node);
            case Node::Kind::Arith:
                return Operand::Arithmetic{operand(node->children[0]),
                                           tree_.token_text(node->token) == "+"
                                               ? Operand::Arithmetic::Op::Plus
                                               : Operand::Arithmetic::Op::Minus,
                                           operand(node->children[1])};
            default:
                break;
        }
        const std::string_view name = tree_.token_text(node->token);
        if (name == "if_not_exists") {
            return Operand::IfNotExists{path(node->children[0]), operand(node->children[1])};
        }
        if (name == "list_append") {
            return Operand::ListAppend{operand(node->children[0]), operand(node->children[1])};
        }
        // size(): the syntax tree takes the size of a path only.
        if (unwrap(node->children[0])->kind != Node::Kind::Path) {
            fail(tree_.kind(),
                 "Operator or function requires a document path; operator or function: size");
        }
        return Operand::Size{path(node->children[0])};
    }

    Condition condition(const Node* node) const {
        node = unwrap(node);
        const std::vector<Node*>& children = node->children;
        switch (node->kind) {
            case Node::Kind::And:
                return Condition::And{condition(children[0]), condition(children[1])};
            case Node::Kind::Or:
                return Condition::Or{condition(children[0]), condition(children[1])};
            case Node::Kind::Not:
                return Condition::Not{condition(children[0])};
            case Node::Kind::Compare:
                return Condition::Compare{node->op, operand(children[0]), operand(children[1])};
            case Node::Kind::Between:
                return Condition::Between{operand(children[0]), operand(children[1]),
                                          operand(children[2])};
            case Node::Kind::In: {
                std::vector<Operand> candidates;
                candidates.reserve(children.size() - 1);
                for (std::size_t i = 1; i < children.size(); ++i) {
                    candidates.push_back(operand(children[i]));
                }
                return Condition::In{operand(children[0]), std::move(candidates)};
            }
            default:
                break;
        }
        const std::string_view name = tree_.token_text(node->token);
        if (name == "attribute_exists") return Condition::AttributeExists{path(children[0])};
        if (name == "attribute_not_exists") {
            return Condition::AttributeNotExists{path(children[0])};
        }
        if (name == "attribute_type") {
            return Condition::AttributeType{path(children[0]), operand(children[1])};
        }
        if (name == "begins_with") {
            return Condition::BeginsWith{operand(children[0]), operand(children[1])};
        }
        return Condition::Contains{operand(children[0]), operand(children[1])};
    }

  private:
    const SyntaxTree& tree_;
    const RequestMaps& maps_;
};

}  // namespace

Condition to_condition(const SyntaxTree& tree, const RequestMaps& maps) {
    return Converter(tree, maps).condition(tree.root);
}

Update to_update(const SyntaxTree& tree, const RequestMaps& maps) {
    const Converter convert(tree, maps);
    Update update;
    for (const Action& action : tree.actions) {
        switch (action.clause) {
            case Clause::Set:
                update.set.push_back({convert.path(action.path), convert.operand(action.value)});
                break;
            case Clause::Remove:
                update.remove.push_back(convert.path(action.path));
                break;
            case Clause::Add:
                update.add.push_back({convert.path(action.path), convert.value(action.value)});
                break;
            case Clause::Delete:
                update.del.push_back({convert.path(action.path), convert.value(action.value)});
                break;
        }
    }
    return update;
}

Projection to_projection(const SyntaxTree& tree, const RequestMaps& maps) {
    const Converter convert(tree, maps);
    Projection projection;
    projection.paths.reserve(tree.paths.size());
    for (const Node* path : tree.paths)
        projection.paths.push_back(convert.path(path));
    return projection;
}

}  // namespace dynamorm::expr::detail
