#include "json_diff.hpp"

#include <algorithm>

namespace conformance {

namespace json = dynamorm::json;

namespace {

constexpr const char* kAbsent = "(absent)";

std::string member_path(const std::string& path, const std::string& name) {
    return path.empty() ? name : path + "." + name;
}

std::string element_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::optional<Difference> compare(const json::Value& left, const json::Value& right,
                                  const std::string& path, bool subset) {
    if (left.kind() != right.kind()) return Difference{path, left.dump(), right.dump()};
    if (left.is_object()) {
        for (const auto& [name, member] : left.as_object()) {
            const json::Value* other = right.find(name);
            if (other == nullptr)
                return Difference{member_path(path, name), member.dump(), kAbsent};
            if (auto d = compare(member, *other, member_path(path, name), subset)) return d;
        }
        if (subset) return std::nullopt;
        for (const auto& [name, member] : right.as_object()) {
            if (left.find(name) == nullptr) {
                return Difference{member_path(path, name), kAbsent, member.dump()};
            }
        }
        return std::nullopt;
    }
    if (left.is_array()) {
        const auto& a = left.as_array();
        const auto& b = right.as_array();
        const std::size_t common = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < common; ++i) {
            if (auto d = compare(a[i], b[i], element_path(path, i), subset)) return d;
        }
        if (a.size() > common)
            return Difference{element_path(path, common), a[common].dump(), kAbsent};
        if (b.size() > common)
            return Difference{element_path(path, common), kAbsent, b[common].dump()};
        return std::nullopt;
    }
    if (left == right) return std::nullopt;
    return Difference{path, left.dump(), right.dump()};
}

}  // namespace

std::optional<Difference> first_difference(const json::Value& left, const json::Value& right) {
    return compare(left, right, "", false);
}

std::optional<Difference> first_missing(const json::Value& subset, const json::Value& value) {
    return compare(subset, value, "", true);
}

std::optional<json::Value> take_member(json::Value& value, const std::string& path) {
    json::Value* at = &value;
    std::size_t pos = 0;
    while (true) {
        const std::size_t end = path.find_first_of(".[", pos);
        const std::string name = path.substr(pos, end - pos);
        if (!at->is_object()) return std::nullopt;
        json::Object& members = at->as_object();
        const auto found = std::find_if(members.begin(), members.end(),
                                        [&](const json::Member& m) { return m.first == name; });
        if (found == members.end()) return std::nullopt;
        if (end == std::string::npos) {
            json::Value taken = std::move(found->second);
            members.erase(found);
            return taken;
        }
        at = &found->second;
        pos = end;
        while (pos < path.size() && path[pos] == '[') {
            const std::size_t close = path.find(']', pos);
            if (close == std::string::npos || !at->is_array()) return std::nullopt;
            const std::size_t index = std::stoul(path.substr(pos + 1, close - pos - 1));
            if (index >= at->as_array().size()) return std::nullopt;
            at = &at->as_array()[index];
            pos = close + 1;
        }
        if (pos >= path.size() || path[pos] != '.') return std::nullopt;  // ends at an element
        ++pos;
    }
}

std::string describe(const Difference& difference, const std::string& left_name,
                     const std::string& right_name) {
    return (difference.path.empty() ? std::string("(root)") : difference.path) + ":\n  " +
           left_name + ": " + difference.left + "\n  " + right_name + ": " + difference.right;
}

}  // namespace conformance
