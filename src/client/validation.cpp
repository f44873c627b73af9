// Constraint violations in DynamoDB's words, and the checks request members share.
#include "client/validation.hpp"

#include <set>

namespace dynamorm::client::detail {

void Violations::add(std::string value, std::string_view path, std::string_view constraint) {
    if (full()) return;
    std::string message = "Value ";
    message += value;
    message += " at '";
    message += path;
    message += "' failed to satisfy constraint: ";
    message += constraint;
    messages_.push_back(std::move(message));
}

void Violations::raise_if_any() const {
    if (messages_.empty()) return;
    std::string message = std::to_string(messages_.size());
    message +=
        messages_.size() == 1 ? " validation error detected: " : " validation errors detected: ";
    for (std::size_t i = 0; i < messages_.size(); ++i) {
        if (i > 0) message += "; ";
        message += messages_[i];
    }
    fail(std::move(message));
}

void fail(std::string message) {
    throw ServiceError::validation(std::move(message));
}

// ---- Paths and rendering --------------------------------------------------------------------

std::string path_join(std::string_view parent, std::string_view child) {
    std::string path(parent);
    if (!path.empty()) path += '.';
    path += child;
    return path;
}

std::string element_path(std::string_view list, std::size_t index) {
    return path_join(list, std::to_string(index + 1)) + ".member";
}

std::string map_value_path(std::string_view map, std::string_view key) {
    return path_join(map, key) + ".member";
}

std::string quoted(std::string_view text) {
    std::string out = "'";
    out += text;
    out += '\'';
    return out;
}

std::string render_list(const std::vector<std::string>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += values[i];
    }
    out += ']';
    return out;
}

std::size_t text_length(std::string_view text) noexcept {
    std::size_t units = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) == 0x80) continue;  // continuation byte
        units += byte >= 0xF0 ? 2 : 1;        // four-byte sequences are surrogate pairs
    }
    return units;
}

// ---- Checks -----------------------------------------------------------------------------------

namespace {

bool matches_name_pattern(std::string_view name) noexcept {
    if (name.empty()) return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok) return false;
    }
    return true;
}

}  // namespace

void check_not_null(Violations& v, std::string_view path, bool present) {
    if (!present) v.add("null", path, "Member must not be null");
}

void check_name_pattern(Violations& v, std::string_view path,
                        const std::optional<std::string>& name) {
    if (name && !matches_name_pattern(*name)) {
        v.add(quoted(*name), path,
              "Member must satisfy regular expression pattern: " + std::string(kNamePattern));
    }
}

void check_name(Violations& v, std::string_view path, const std::optional<std::string>& name,
                bool required) {
    if (!name) {
        if (required) check_not_null(v, path, false);
        return;
    }
    check_name_pattern(v, path, name);
    const std::size_t length = text_length(*name);
    check_length_min(v, path, length, *name, 3);
    check_length_max(v, path, length, *name, 255);
}

void check_table_name_present(const std::optional<std::string>& name) {
    if (!name) fail("The parameter 'TableName' is required but was not present in the request");
    const std::size_t length = text_length(*name);
    if (length < 3 || length > 255) {
        fail("TableName must be at least 3 characters long and at most 255 characters long");
    }
}

void check_min(Violations& v, std::string_view path, std::optional<std::int64_t> value,
               std::int64_t min) {
    if (value && *value < min) {
        v.add(quoted(std::to_string(*value)), path,
              "Member must have value greater than or equal to " + std::to_string(min));
    }
}

void check_max(Violations& v, std::string_view path, std::optional<std::int64_t> value,
               std::int64_t max) {
    if (value && *value > max) {
        v.add(quoted(std::to_string(*value)), path,
              "Member must have value less than or equal to " + std::to_string(max));
    }
}

void check_length_min(Violations& v, std::string_view path, std::size_t length,
                      const std::string& rendered, std::size_t min) {
    if (length < min) {
        v.add(quoted(rendered), path,
              "Member must have length greater than or equal to " + std::to_string(min));
    }
}

void check_length_max(Violations& v, std::string_view path, std::size_t length,
                      const std::string& rendered, std::size_t max) {
    if (length > max) {
        v.add(quoted(rendered), path,
              "Member must have length less than or equal to " + std::to_string(max));
    }
}

void check_text_length(Violations& v, std::string_view path, const std::optional<std::string>& text,
                       std::size_t min, std::size_t max) {
    if (!text) return;
    const std::size_t length = text_length(*text);
    check_length_min(v, path, length, *text, min);
    check_length_max(v, path, length, *text, max);
}

void check_attributes_to_get(Violations& v, std::string_view path,
                             const std::optional<std::vector<std::string>>& names) {
    if (!names) return;
    const std::string rendered = render_list(*names);
    check_length_min(v, path, names->size(), rendered, 1);
    check_length_max(v, path, names->size(), rendered, 255);
}

void check_throughput(Violations& v, std::string_view path,
                      const std::optional<ProvisionedThroughput>& throughput) {
    if (!throughput) return;
    const std::string write = path_join(path, "writeCapacityUnits");
    check_not_null(v, write, throughput->write_capacity_units.has_value());
    check_min(v, write, throughput->write_capacity_units, 1);
    const std::string read = path_join(path, "readCapacityUnits");
    check_not_null(v, read, throughput->read_capacity_units.has_value());
    check_min(v, read, throughput->read_capacity_units, 1);
}

void check_key_schema(Violations& v, std::string_view path,
                      const std::optional<std::vector<KeySchemaElement>>& schema,
                      bool check_key_types) {
    check_not_null(v, path, schema.has_value());
    if (!schema) return;
    const std::string rendered = render_json_list(*schema);
    check_length_min(v, path, schema->size(), rendered, 1);
    check_length_max(v, path, schema->size(), rendered, 2);
    for (std::size_t i = 0; i < schema->size(); ++i) {
        const KeySchemaElement& element = (*schema)[i];
        const std::string member = element_path(path, i);
        check_not_null(v, path_join(member, "attributeName"), element.attribute_name.has_value());
        if (check_key_types) {
            check_enum(v, path_join(member, "keyType"), element.key_type, true);
        } else {
            check_not_null(v, path_join(member, "keyType"), element.key_type.has_value());
        }
    }
}

void check_projection(Violations& v, std::string_view path,
                      const std::optional<Projection>& projection) {
    check_not_null(v, path, projection.has_value());
    if (!projection) return;
    check_enum(v, path_join(path, "projectionType"), projection->projection_type);
    if (projection->non_key_attributes) {
        check_length_min(v, path_join(path, "nonKeyAttributes"),
                         projection->non_key_attributes->size(),
                         render_list(*projection->non_key_attributes), 1);
    }
}

// ---- Combinations -----------------------------------------------------------------------------

namespace {

bool present(const std::vector<Parameter>& parameters, std::string_view name) {
    for (const Parameter& p : parameters) {
        if (p.name == name) return p.present;
    }
    return false;
}

std::string join_present(const std::vector<Parameter>& parameters, std::string_view separator,
                         std::string_view skip = {}) {
    std::string out;
    for (const Parameter& p : parameters) {
        if (!p.present || p.name == skip) continue;
        if (!out.empty()) out += separator;
        out += p.name;
    }
    return out;
}

}  // namespace

void check_expression_parameters(const std::vector<Parameter>& expressions,
                                 const std::vector<Parameter>& legacy, bool has_names,
                                 bool has_values) {
    const std::string used_expressions = join_present(expressions, ", ");
    if (!used_expressions.empty()) {
        // KeyConditions may go with the other expressions, not with KeyConditionExpression.
        const std::string_view exempt =
            present(expressions, "KeyConditionExpression") ? std::string_view() : "KeyConditions";
        const std::string used_legacy = join_present(legacy, ", ", exempt);
        if (!used_legacy.empty()) {
            fail(
                "Can not use both expression and non-expression parameters in the same request: "
                "Non-expression parameters: {" +
                used_legacy + "} Expression parameters: {" + used_expressions + "}");
        }
    }
    if (has_names && used_expressions.empty()) {
        fail("ExpressionAttributeNames can only be specified when using expressions");
    }
    if (!has_values) return;
    std::string value_expressions;  // the expressions that can use values: all but projections
    std::size_t count = 0;
    bool any_used = false;
    for (const Parameter& p : expressions) {
        if (p.name == "ProjectionExpression") continue;
        if (count++ > 0) value_expressions += " and ";
        value_expressions += p.name;
        any_used = any_used || p.present;
    }
    if (count > 0 && !any_used) {
        fail("ExpressionAttributeValues can only be specified when using expressions: " +
             value_expressions + (count > 1 ? " are null" : " is null"));
    }
}

void check_no_duplicate_names(const std::optional<std::vector<std::string>>& names) {
    if (!names) return;
    std::set<std::string_view> seen;
    for (const std::string& name : *names) {
        if (!seen.insert(name).second) {
            fail("One or more parameter values were invalid: Duplicate value in attribute name: " +
                 name);
        }
    }
}

}  // namespace dynamorm::client::detail
