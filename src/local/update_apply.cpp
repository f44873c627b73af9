// UpdateExpression: the actions of SET, REMOVE, ADD and DELETE applied to an item as one tree.

#include "local/update_apply.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dynamorm/value/error.hpp"
#include "local/evaluation_error.hpp"
#include "local/operand_eval.hpp"
#include "local/path_tree.hpp"

namespace dynamorm::local {

namespace messages {

std::string key_attribute_update(std::string_view name) {
    std::string message = "One or more parameter values were invalid: Cannot update attribute ";
    message += name;
    message += ". This attribute is part of the key";
    return message;
}

}  // namespace messages

namespace {

// DynamoDB's deepest level for a map or list: the item is level 0, its attributes level 1.
constexpr int kMaxContainerLevel = 31;

struct Action {
    enum class Kind { Set, Remove, Add, Delete };
    Kind kind;
    const expr::Path* path;
    const expr::Operand* operand = nullptr;  // SET
    const AttributeValue* value = nullptr;   // ADD, DELETE
};

std::vector<Action> actions_of(const expr::Update& update) {
    std::vector<Action> actions;
    actions.reserve(update.set.size() + update.remove.size() + update.add.size() +
                    update.del.size());
    for (const auto& set : update.set) {
        actions.push_back({Action::Kind::Set, &set.path, &set.value, nullptr});
    }
    for (const auto& path : update.remove) {
        actions.push_back({Action::Kind::Remove, &path, nullptr, nullptr});
    }
    for (const auto& add : update.add) {
        actions.push_back({Action::Kind::Add, &add.path, nullptr, &add.value});
    }
    for (const auto& del : update.del) {
        actions.push_back({Action::Kind::Delete, &del.path, nullptr, &del.value});
    }
    return actions;
}

// `[a, b, [2]]`, the way DynamoDB names paths in its messages.
std::string bracketed(const expr::Path& path) {
    std::string out = "[";
    for (const expr::PathElement& element : path.elements()) {
        if (out.size() > 1) out += ", ";
        out += element.is_index ? "[" + std::to_string(element.index) + "]" : element.name;
    }
    return out + "]";
}

PathTree tree_of(const std::vector<Action>& actions) {
    PathTree tree;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        if (tree.add(*actions[i].path, i)) continue;
        // Only a tree the parser would have refused gets here.
        std::size_t earlier = 0;
        while (earlier < i && !actions[i].path->within(*actions[earlier].path) &&
               !actions[earlier].path->within(*actions[i].path)) {
            ++earlier;
        }
        const expr::Path& first = earlier < i ? *actions[earlier].path : *actions[i].path;
        throw EvaluationError(
            "Invalid UpdateExpression: Two document paths overlap with each other; must remove "
            "or rewrite one of these paths; path one: " +
            bracketed(first) + ", path two: " + bracketed(*actions[i].path));
    }
    return tree;
}

[[noreturn]] void invalid_path() {
    throw EvaluationError(messages::kInvalidDocumentPath);
}

[[noreturn]] void wrong_type() {
    throw EvaluationError(messages::kIncorrectOperandType);
}

void check_nesting(const AttributeValue& value, int level) {
    if (value.is_m()) {
        if (level > kMaxContainerLevel) throw EvaluationError(messages::kNestingTooDeep);
        for (const auto& [name, member] : value.as_m())
            check_nesting(member, level + 1);
    } else if (value.is_l()) {
        if (level > kMaxContainerLevel) throw EvaluationError(messages::kNestingTooDeep);
        for (const AttributeValue& element : value.as_l())
            check_nesting(element, level + 1);
    }
}

template <class Set>
AttributeValue united(const Set& current, const Set& added) {
    Set result = current;
    result.insert(added.begin(), added.end());
    return AttributeValue(std::move(result));
}

template <class Set>
std::optional<AttributeValue> without(const Set& current, const Set& removed) {
    Set result = current;
    for (const auto& element : removed)
        result.erase(element);
    if (result.empty()) return std::nullopt;
    return AttributeValue(std::move(result));
}

std::optional<AttributeValue> add(const AttributeValue* current, const AttributeValue& value) {
    if (value.type() != Type::N && value.type() != Type::SS && value.type() != Type::NS &&
        value.type() != Type::BS) {
        wrong_type();
    }
    if (current == nullptr) return value;
    if (current->type() != value.type()) wrong_type();
    switch (value.type()) {
        case Type::N:
            try {
                return AttributeValue(current->as_n() + value.as_n());
            } catch (const ValueError& error) {
                throw EvaluationError(error.what());
            }
        case Type::SS:
            return united(current->as_ss(), value.as_ss());
        case Type::NS:
            return united(current->as_ns(), value.as_ns());
        default:
            return united(current->as_bs(), value.as_bs());
    }
}

std::optional<AttributeValue> remove_elements(const AttributeValue* current,
                                              const AttributeValue& value) {
    if (value.type() != Type::SS && value.type() != Type::NS && value.type() != Type::BS) {
        wrong_type();
    }
    if (current == nullptr) return std::nullopt;
    if (current->type() != value.type()) wrong_type();
    switch (value.type()) {
        case Type::SS:
            return without(current->as_ss(), value.as_ss());
        case Type::NS:
            return without(current->as_ns(), value.as_ns());
        default:
            return without(current->as_bs(), value.as_bs());
    }
}

// Rebuilds the new item in place, walking the update tree over a copy of the old item. Values
// under a node the tree does not reach are never looked at; operands are read from the
// untouched old item.
class Applier {
  public:
    Applier(const Item& old_item, const std::vector<Action>& actions) noexcept
        : old_item_(old_item), actions_(actions) {}

    // `map` holds values at `level` (the item's attributes are at level 1).
    void update_map(const PathNode& node, Map& map, int level) const {
        for (const PathNode& child : node.children) {
            if (child.element.is_index) invalid_path();
            const auto found = map.find(child.element.name);
            if (!child.is_leaf()) {
                if (found == map.end()) invalid_path();
                update_container(child, found->second, level + 1);
                continue;
            }
            const AttributeValue* current = found == map.end() ? nullptr : &found->second;
            std::optional<AttributeValue> result = outcome(actions_[child.leaf], current, level);
            if (!result) {
                if (found != map.end()) map.erase(found);
            } else if (found != map.end()) {
                found->second = std::move(*result);
            } else {
                map.emplace(child.element.name, std::move(*result));
            }
        }
    }

  private:
    void update_container(const PathNode& node, AttributeValue& value, int level) const {
        if (value.is_m()) {
            update_map(node, value.as_m(), level);
        } else if (value.is_l()) {
            update_list(node, value.as_l(), level);
        } else {
            invalid_path();
        }
    }

    // Indexes name positions in the list as it was: removals are made last, from the end, and
    // values for positions past the end are appended in index order. (dynalite removes one
    // index after the other, so that `REMOVE l[1], l[2]` takes the second and fourth elements;
    // DynamoDB takes the second and third.)
    void update_list(const PathNode& node, List& list, int level) const {
        const std::size_t size = list.size();
        std::vector<std::size_t> removed;
        List appended;
        for (const PathNode& child : node.children) {
            if (!child.element.is_index) invalid_path();
            const std::size_t index = child.element.index;
            if (!child.is_leaf()) {
                if (index >= size) invalid_path();
                update_container(child, list[index], level + 1);
                continue;
            }
            const AttributeValue* current = index < size ? &list[index] : nullptr;
            std::optional<AttributeValue> result = outcome(actions_[child.leaf], current, level);
            if (index >= size) {
                if (result) appended.push_back(std::move(*result));
            } else if (result) {
                list[index] = std::move(*result);
            } else {
                removed.push_back(index);
            }
        }
        for (auto at = removed.rbegin(); at != removed.rend(); ++at) {
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(*at));
        }
        for (AttributeValue& value : appended)
            list.push_back(std::move(value));
    }

    // The value an action leaves at its path, given the value there now; nullopt for none.
    std::optional<AttributeValue> outcome(const Action& action, const AttributeValue* current,
                                          int level) const {
        switch (action.kind) {
            case Action::Kind::Set: {
                AttributeValue value = evaluate_required(*action.operand, old_item_);
                check_nesting(value, level);
                return value;
            }
            case Action::Kind::Remove:
                return std::nullopt;
            case Action::Kind::Add:
                return add(current, *action.value);
            case Action::Kind::Delete:
                return remove_elements(current, *action.value);
        }
        return std::nullopt;
    }

    const Item& old_item_;
    const std::vector<Action>& actions_;
};

}  // namespace

void check_key_attributes(const expr::Update& update,
                          const std::vector<std::string>& key_attributes) {
    const std::vector<Action> actions = actions_of(update);
    for (const std::string& key : key_attributes) {
        for (const Action& action : actions) {
            if (!action.path->empty() && !action.path->elements().front().is_index &&
                action.path->front() == key) {
                throw EvaluationError(messages::key_attribute_update(key));
            }
        }
    }
}

UpdateResult apply_update(const expr::Update& update, const Item& old_item,
                          const std::vector<std::string>& key_attributes) {
    check_key_attributes(update, key_attributes);
    const std::vector<Action> actions = actions_of(update);
    const PathTree tree = tree_of(actions);

    UpdateResult result;
    result.item = old_item;
    Applier(old_item, actions).update_map(tree.root(), result.item, 1);

    result.updated_old = project_tree(tree.root(), old_item);
    result.updated_new = project_tree(tree.root(), result.item);
    for (const PathNode& child : tree.root().children) {
        if (!child.element.is_index) result.attributes.push_back(child.element.name);
    }
    return result;
}

}  // namespace dynamorm::local
