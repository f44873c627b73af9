// Reading, setting and removing values at document paths.

#include "local/document_path.hpp"

#include <cstddef>
#include <utility>

#include "local/evaluation_error.hpp"

namespace dynamorm::local {

namespace {

// The child of `value` that `element` names, or nullptr.
template <class Value>
Value* child(Value& value, const expr::PathElement& element) noexcept {
    if (element.is_index) {
        if (!value.is_l()) return nullptr;
        auto& list = value.as_l();
        return element.index < list.size() ? &list[element.index] : nullptr;
    }
    if (!value.is_m()) return nullptr;
    auto& map = value.as_m();
    const auto found = map.find(element.name);
    return found == map.end() ? nullptr : &found->second;
}

template <class ItemT, class Value>
Value* find_in(ItemT& item, const expr::Path& path) noexcept {
    const auto& elements = path.elements();
    if (elements.empty() || elements.front().is_index) return nullptr;
    const auto top = item.find(elements.front().name);
    if (top == item.end()) return nullptr;
    Value* value = &top->second;
    for (std::size_t i = 1; i < elements.size() && value != nullptr; ++i) {
        value = child(*value, elements[i]);
    }
    return value;
}

[[noreturn]] void invalid_path() {
    throw EvaluationError(messages::kInvalidDocumentPath);
}

// The container that holds the last step of `path`: the item itself for a top-level attribute,
// else the map or list the path's parent names. Throws when the parent is missing or is not
// the kind of container the last step needs.
struct Parent {
    Item* item = nullptr;             // a top-level attribute
    AttributeValue* value = nullptr;  // a map or a list inside the item
};

Parent parent_of(Item& item, const expr::Path& path) {
    const auto& elements = path.elements();
    if (elements.empty() || elements.front().is_index) invalid_path();
    if (elements.size() == 1) return {&item, nullptr};
    const expr::Path parent_path(
        std::vector<expr::PathElement>(elements.begin(), elements.end() - 1));
    AttributeValue* parent = find_path(item, parent_path);
    if (parent == nullptr) invalid_path();
    if (elements.back().is_index ? !parent->is_l() : !parent->is_m()) invalid_path();
    return {nullptr, parent};
}

}  // namespace

const AttributeValue* find_path(const Item& item, const expr::Path& path) noexcept {
    return find_in<const Item, const AttributeValue>(item, path);
}

AttributeValue* find_path(Item& item, const expr::Path& path) noexcept {
    return find_in<Item, AttributeValue>(item, path);
}

void set_path(Item& item, const expr::Path& path, AttributeValue value) {
    const Parent parent = parent_of(item, path);
    const expr::PathElement& last = path.elements().back();
    if (parent.item != nullptr) {
        (*parent.item)[last.name] = std::move(value);
    } else if (last.is_index) {
        List& list = parent.value->as_l();
        if (last.index < list.size()) {
            list[last.index] = std::move(value);
        } else {
            list.push_back(std::move(value));
        }
    } else {
        parent.value->as_m()[last.name] = std::move(value);
    }
}

bool remove_path(Item& item, const expr::Path& path) {
    const Parent parent = parent_of(item, path);
    const expr::PathElement& last = path.elements().back();
    if (parent.item != nullptr) return parent.item->erase(last.name) > 0;
    if (last.is_index) {
        List& list = parent.value->as_l();
        if (last.index >= list.size()) return false;
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(last.index));
        return true;
    }
    Map& map = parent.value->as_m();
    const auto found = map.find(last.name);
    if (found == map.end()) return false;
    map.erase(found);
    return true;
}

}  // namespace dynamorm::local
