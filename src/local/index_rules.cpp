#include "local/index_rules.hpp"

#include <algorithm>
#include <set>

#include "dynamorm/client/error.hpp"

namespace dynamorm::local {
namespace {

constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

[[noreturn]] void invalid(const std::string& message) {
    throw ServiceError::validation(std::string(kInvalid) + message);
}

std::string render(const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += ", ";
        out += names[i];
    }
    return out + "]";
}

}  // namespace

void check_projection_rules(const client::Projection& projection) {
    if (!projection.projection_type) invalid("Unknown ProjectionType: null");
    const bool include = *projection.projection_type == client::ProjectionType::Include;
    if (include && !projection.non_key_attributes) {
        invalid("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
    }
    if (!include && projection.non_key_attributes) {
        invalid("ProjectionType is " + std::string(projection.projection_type->name()) +
                ", but NonKeyAttributes is specified");
    }
    if (projection.non_key_attributes) {
        std::set<std::string, std::less<>> seen;
        for (const std::string& name : *projection.non_key_attributes) {
            if (!seen.insert(name).second) {
                invalid("Duplicate element in NonKeyAttributes: " + name);
            }
        }
    }
}

void check_projected_attribute_count(const std::vector<const client::Projection*>& projections) {
    std::size_t count = 0;
    for (const client::Projection* projection : projections) {
        if (projection != nullptr && projection->non_key_attributes) {
            count += projection->non_key_attributes->size();
        }
    }
    if (count > kMaxProjectedAttributes) {
        invalid("Number of projected attributes in all indexes exceeds limit of " +
                std::to_string(kMaxProjectedAttributes));
    }
}

void check_key_schema_rules(const std::vector<client::KeySchemaElement>& key_schema,
                            const std::vector<client::AttributeDefinition>& definitions) {
    std::vector<std::string> keys;
    for (const client::KeySchemaElement& element : key_schema) {
        keys.push_back(element.attribute_name.value_or(""));
    }
    std::vector<std::string> defined;
    for (const client::AttributeDefinition& definition : definitions) {
        defined.push_back(definition.attribute_name.value_or(""));
    }
    for (const std::string& key : keys) {
        if (std::find(defined.begin(), defined.end(), key) == defined.end()) {
            invalid("Some index key attributes are not defined in AttributeDefinitions. Keys: " +
                    render(keys) + ", AttributeDefinitions: " + render(defined));
        }
    }
    if (keys.size() == 2 && keys[0] == keys[1]) {
        throw ServiceError::validation(
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }
    if (key_schema.empty() || !(key_schema[0].key_type == client::KeyType::Hash)) {
        throw ServiceError::validation(
            "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (key_schema.size() == 2 && !(key_schema[1].key_type == client::KeyType::Range)) {
        throw ServiceError::validation(
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    }
}

}  // namespace dynamorm::local
