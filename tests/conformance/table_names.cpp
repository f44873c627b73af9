#include "table_names.hpp"

#include <algorithm>

namespace conformance {

namespace json = dynamorm::json;

std::string TableNames::substitute(const std::string& text) {
    std::string out;
    std::size_t at = 0;
    while (true) {
        const std::size_t open = text.find("${", at);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        const std::string key = text.substr(open + 2, close - open - 2);
        auto [entry, added] = names_.try_emplace(key);
        if (added) entry->second = prefix_ + key;
        out.append(text, at, open - at).append(entry->second);
        at = close + 1;
    }
    return out.append(text, at);
}

json::Value TableNames::substitute(const json::Value& value) {
    if (value.is_string()) return json::Value(substitute(value.as_string()));
    if (value.is_array()) {
        json::Array out;
        for (const json::Value& element : value.as_array())
            out.push_back(substitute(element));
        return json::Value(std::move(out));
    }
    if (value.is_object()) {
        json::Object out;
        for (const auto& [name, member] : value.as_object()) {
            out.emplace_back(substitute(name), substitute(member));
        }
        return json::Value(std::move(out));
    }
    return value;
}

std::string TableNames::restore(const std::string& text) const {
    // Longest names first, so that a name that starts another is not replaced inside it.
    std::vector<std::pair<std::string, std::string>> by_length;
    for (const auto& [key, name] : names_)
        by_length.emplace_back(name, "${" + key + "}");
    std::sort(by_length.begin(), by_length.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    std::string out = text;
    for (const auto& [name, placeholder] : by_length) {
        for (std::size_t at = out.find(name); at != std::string::npos;
             at = out.find(name, at + placeholder.size())) {
            out.replace(at, name.size(), placeholder);
        }
    }
    return out;
}

json::Value TableNames::restore(const json::Value& value) const {
    if (value.is_string()) return json::Value(restore(value.as_string()));
    if (value.is_array()) {
        json::Array out;
        for (const json::Value& element : value.as_array())
            out.push_back(restore(element));
        return json::Value(std::move(out));
    }
    if (value.is_object()) {
        json::Object out;
        for (const auto& [name, member] : value.as_object()) {
            out.emplace_back(restore(name), restore(member));
        }
        return json::Value(std::move(out));
    }
    return value;
}

bool TableNames::is_placeholder(const std::string& text) const {
    if (text.size() < 3 || text.compare(0, 2, "${") != 0 || text.back() != '}') return false;
    return names_.contains(text.substr(2, text.size() - 3));
}

std::vector<std::string> TableNames::names() const {
    std::vector<std::string> out;
    for (const auto& [key, name] : names_)
        out.push_back(name);
    return out;
}

}  // namespace conformance
