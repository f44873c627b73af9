#include "normalize.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace conformance {

namespace json = dynamorm::json;

namespace {

constexpr std::array<std::string_view, 4> kTimes = {"CreationDateTime", "LastIncreaseDateTime",
                                                    "LastDecreaseDateTime",
                                                    "LastUpdateToPayPerRequestDateTime"};

bool is_time(std::string_view name) {
    for (std::string_view time : kTimes) {
        if (name == time) return true;
    }
    return false;
}

json::Value normalize_value(const json::Value& value);

json::Value normalize_member(std::string_view name, const json::Value& value) {
    // Attributes of items are objects ({"S": ...}), so a scalar under one of these names is a
    // description's member, never an item's attribute.
    const bool scalar = value.is_string() || value.is_number();
    if (scalar && is_time(name)) return json::Value("<time>");
    if (scalar && name == "TableId") return json::Value("<id>");
    if (scalar && name == "LatestStreamLabel") return json::Value("<label>");
    return normalize_value(value);
}

json::Value normalize_value(const json::Value& value) {
    if (value.is_string()) return json::Value(normalize_arns(value.as_string()));
    if (value.is_array()) {
        json::Array out;
        for (const json::Value& element : value.as_array()) {
            out.push_back(normalize_value(element));
        }
        return json::Value(std::move(out));
    }
    if (value.is_object()) {
        json::Object out;
        for (const auto& [name, member] : value.as_object()) {
            out.emplace_back(name, normalize_member(name, member));
        }
        return json::Value(std::move(out));
    }
    return value;
}

// Keeps the case's own tables in a ListTables response.
void keep_own_tables(json::Value& outcome, const TableNames& names) {
    json::Value* response = outcome.find("response");
    json::Value* table_names = response != nullptr ? response->find("TableNames") : nullptr;
    if (table_names == nullptr || !table_names->is_array()) return;
    json::Array own;
    for (const json::Value& name : table_names->as_array()) {
        if (name.is_string() && names.is_placeholder(name.as_string())) own.push_back(name);
    }
    *table_names = json::Value(std::move(own));
}

// Puts each table's items of a BatchGetItem response in one order.
void sort_batch_responses(json::Value& outcome) {
    json::Value* response = outcome.find("response");
    json::Value* tables = response != nullptr ? response->find("Responses") : nullptr;
    if (tables == nullptr || !tables->is_object()) return;
    for (auto& [table, items] : tables->as_object()) {
        if (!items.is_array()) continue;
        std::sort(items.as_array().begin(), items.as_array().end(),
                  [](const json::Value& a, const json::Value& b) { return a.dump() < b.dump(); });
    }
}

}  // namespace

namespace {

// The region and account of DynamoDB ARNs, and a stream's label.
std::string normalize_dynamodb_arns(const std::string& text) {
    static constexpr std::string_view kPrefix = "arn:aws:dynamodb:";
    std::string out;
    std::size_t at = 0;
    for (std::size_t arn = text.find(kPrefix); arn != std::string::npos;
         arn = text.find(kPrefix, at)) {
        const std::size_t region = arn + kPrefix.size();
        const std::size_t account = text.find(':', region);
        const std::size_t resource =
            account == std::string::npos ? account : text.find(':', account + 1);
        if (resource == std::string::npos) break;
        out.append(text, at, region - at).append("<region>:<account>");
        at = resource;
        // A stream's label is the last part: table/<name>/stream/<label>.
        static constexpr std::string_view kStream = "/stream/";
        const std::size_t end = text.find_first_of(" \"',;]", resource);
        const std::size_t stream = text.find(kStream, resource);
        if (stream != std::string::npos && (end == std::string::npos || stream < end)) {
            out.append(text, at, stream + kStream.size() - at).append("<label>");
            at = end == std::string::npos ? text.size() : end;
        }
    }
    return out.append(text, at);
}

// The caller's identity in an AccessDeniedException: arn:aws:iam::<account>:<principal>.
std::string normalize_iam_arns(const std::string& text) {
    static constexpr std::string_view kPrefix = "arn:aws:iam::";
    std::string out;
    std::size_t at = 0;
    for (std::size_t arn = text.find(kPrefix); arn != std::string::npos;
         arn = text.find(kPrefix, at)) {
        const std::size_t account = arn + kPrefix.size();
        out.append(text, at, account - at).append("<account>:<principal>");
        at = text.find_first_of(" \"',;]", account);
        if (at == std::string::npos) at = text.size();
    }
    return out.append(text, at);
}

}  // namespace

std::string normalize_arns(const std::string& text) {
    return normalize_iam_arns(normalize_dynamodb_arns(text));
}

json::Value normalize(const json::Value& outcome, std::string_view op, const TableNames& names) {
    json::Value out = normalize_value(names.restore(outcome));
    if (op == "ListTables") keep_own_tables(out, names);
    if (op == "BatchGetItem") sort_batch_responses(out);
    return out;
}

}  // namespace conformance
