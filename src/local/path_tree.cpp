// Trees of document paths, and cutting the parts they name out of items.

#include "local/path_tree.hpp"

#include <algorithm>
#include <utility>

namespace dynamorm::local {

namespace {

// The child of `node` for `element`, added when absent.
PathNode& child_for(PathNode& node, const expr::PathElement& element) {
    auto at = std::lower_bound(node.children.begin(), node.children.end(), element,
                               [](const PathNode& child, const expr::PathElement& e) {
                                   return element_less(child.element, e);
                               });
    if (at == node.children.end() || element_less(element, at->element)) {
        PathNode added;
        added.element = element;
        at = node.children.insert(at, std::move(added));
    }
    return *at;
}

// Keeps the entries of `map` that `node`'s key children name.
Map project_map(const PathNode& node, const Map& map) {
    Map out;
    for (const PathNode& child : node.children) {
        if (child.element.is_index) continue;
        const auto found = map.find(child.element.name);
        if (found == map.end()) continue;
        if (child.is_leaf()) {
            out.emplace(found->first, found->second);
        } else if (auto kept = project_value(child, found->second)) {
            out.emplace(found->first, std::move(*kept));
        }
    }
    return out;
}

List project_list(const PathNode& node, const List& list) {
    List out;
    for (const PathNode& child : node.children) {
        if (!child.element.is_index || child.element.index >= list.size()) continue;
        const AttributeValue& element = list[child.element.index];
        if (child.is_leaf()) {
            out.push_back(element);
        } else if (auto kept = project_value(child, element)) {
            out.push_back(std::move(*kept));
        }
    }
    return out;
}

}  // namespace

bool element_less(const expr::PathElement& a, const expr::PathElement& b) noexcept {
    if (a.is_index != b.is_index) return !a.is_index;
    if (a.is_index) return a.index < b.index;
    return a.name < b.name;
}

bool PathTree::add(const expr::Path& path, std::size_t leaf) {
    if (path.empty()) return false;
    // Check before changing anything: no leaf on the way, nothing at or below the end.
    const PathNode* node = &root_;
    for (const expr::PathElement& element : path.elements()) {
        const auto at =
            std::find_if(node->children.begin(), node->children.end(),
                         [&](const PathNode& child) { return child.element == element; });
        if (at == node->children.end()) {
            node = nullptr;
            break;
        }
        node = &*at;
        if (node->is_leaf()) return false;
    }
    if (node != nullptr) return false;  // the path ends at a node with children below it

    PathNode* target = &root_;
    for (const expr::PathElement& element : path.elements()) {
        target = &child_for(*target, element);
    }
    target->leaf = leaf;
    return true;
}

void PathTree::add_covering(const expr::Path& path, std::size_t leaf) {
    if (path.empty()) return;
    PathNode* node = &root_;
    for (const expr::PathElement& element : path.elements()) {
        node = &child_for(*node, element);
        if (node->is_leaf()) return;  // an earlier path covers this one
    }
    node->leaf = leaf;
    node->children.clear();
}

Item project_tree(const PathNode& root, const Item& item) {
    return project_map(root, item);
}

std::optional<AttributeValue> project_value(const PathNode& node, const AttributeValue& value) {
    if (value.is_m()) {
        Map kept = project_map(node, value.as_m());
        if (kept.empty()) return std::nullopt;
        return AttributeValue(std::move(kept));
    }
    if (value.is_l()) {
        List kept = project_list(node, value.as_l());
        if (kept.empty()) return std::nullopt;
        return AttributeValue(std::move(kept));
    }
    return std::nullopt;
}

}  // namespace dynamorm::local
