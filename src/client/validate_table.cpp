// Validation of DescribeTable, ListTables, DeleteTable, the time-to-live and the tag operations.
#include "client/validation.hpp"
#include "dynamorm/client/validate.hpp"

namespace dynamorm::client {

using namespace detail;

namespace {

// The operations whose only member is TableName.
void validate_table_name(const std::optional<std::string>& table_name) {
    check_table_name_present(table_name);
    Violations v;
    check_name_pattern(v, "tableName", table_name);
    v.raise_if_any();
}

void check_resource_arn(const std::optional<std::string>& arn) {
    if (!arn) fail("Invalid TableArn");
}

}  // namespace

void validate(const DescribeTableRequest& r) {
    validate_table_name(r.table_name);
}

void validate(const DeleteTableRequest& r) {
    validate_table_name(r.table_name);
}

void validate(const DescribeTimeToLiveRequest& r) {
    validate_table_name(r.table_name);
}

void validate(const ListTablesRequest& r) {
    Violations v;
    check_min(v, "limit", r.limit, 1);
    check_max(v, "limit", r.limit, 100);
    check_name(v, "exclusiveStartTableName", r.exclusive_start_table_name, false);
    v.raise_if_any();
}

void validate(const UpdateTimeToLiveRequest& r) {
    check_table_name_present(r.table_name);
    Violations v;
    check_name_pattern(v, "tableName", r.table_name);
    const auto& spec = r.time_to_live_specification;
    check_not_null(v, "timeToLiveSpecification", spec.has_value());
    if (spec) {
        check_not_null(v, "timeToLiveSpecification.enabled", spec->enabled.has_value());
        check_not_null(v, "timeToLiveSpecification.attributeName",
                       spec->attribute_name.has_value());
        check_length_max(v, "timeToLiveSpecification.attributeName",
                         spec->attribute_name ? text_length(*spec->attribute_name) : 0,
                         spec->attribute_name.value_or(""), 255);
    }
    v.raise_if_any();
    if (spec->attribute_name->empty()) {
        fail("TimeToLiveSpecification.AttributeName must be non empty");
    }
}

void validate(const TagResourceRequest& r) {
    Violations v;
    if (r.tags) {
        for (std::size_t i = 0; i < r.tags->size(); ++i) {
            const Tag& tag = (*r.tags)[i];
            const std::string member = element_path("tags", i);
            const std::string key = path_join(member, "key");
            check_not_null(v, key, tag.key.has_value());
            check_text_length(v, key, tag.key, 1, 128);
            const std::string value = path_join(member, "value");
            check_not_null(v, value, tag.value.has_value());
            check_text_length(v, value, tag.value, 0, 256);
        }
    }
    v.raise_if_any();
    check_resource_arn(r.resource_arn);
    if (!r.tags) {
        Violations missing;
        check_not_null(missing, "tags", false);
        missing.raise_if_any();
    }
}

void validate(const UntagResourceRequest& r) {
    Violations v;
    if (r.tag_keys) {
        for (std::size_t i = 0; i < r.tag_keys->size(); ++i) {
            check_text_length(v, element_path("tagKeys", i), (*r.tag_keys)[i], 1, 128);
        }
    }
    v.raise_if_any();
    check_resource_arn(r.resource_arn);
    if (!r.tag_keys) {
        Violations missing;
        check_not_null(missing, "tagKeys", false);
        missing.raise_if_any();
    }
}

void validate(const ListTagsOfResourceRequest& r) {
    check_resource_arn(r.resource_arn);
}

}  // namespace dynamorm::client
