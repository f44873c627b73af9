// Requests and responses of the table operations: CreateTable, DescribeTable, ListTables,
// UpdateTable, DeleteTable, UpdateTimeToLive, DescribeTimeToLive, TagResource, UntagResource
// and ListTagsOfResource. Conventions: client/types.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dynamorm/client/types.hpp"

namespace dynamorm::client {

struct CreateTableRequest {
    std::optional<std::vector<AttributeDefinition>> attribute_definitions{};
    std::optional<std::string> table_name{};
    std::optional<std::vector<KeySchemaElement>> key_schema{};
    std::optional<std::vector<LocalSecondaryIndex>> local_secondary_indexes{};
    std::optional<std::vector<GlobalSecondaryIndex>> global_secondary_indexes{};
    std::optional<Enum<BillingMode>> billing_mode{};
    std::optional<ProvisionedThroughput> provisioned_throughput{};
    std::optional<StreamSpecification> stream_specification{};
    std::optional<SseSpecification> sse_specification{};
    std::optional<std::vector<Tag>> tags{};
    std::optional<Enum<TableClass>> table_class{};
    std::optional<bool> deletion_protection_enabled{};
    friend bool operator==(const CreateTableRequest&, const CreateTableRequest&) = default;
};

struct CreateTableResponse {
    std::optional<TableDescription> table_description{};
    friend bool operator==(const CreateTableResponse&, const CreateTableResponse&) = default;
};

struct DescribeTableRequest {
    std::optional<std::string> table_name{};
    friend bool operator==(const DescribeTableRequest&, const DescribeTableRequest&) = default;
};

struct DescribeTableResponse {
    std::optional<TableDescription> table{};
    friend bool operator==(const DescribeTableResponse&, const DescribeTableResponse&) = default;
};

struct ListTablesRequest {
    std::optional<std::string> exclusive_start_table_name{};
    /// 1 to 100 names per page.
    std::optional<std::int32_t> limit{};
    friend bool operator==(const ListTablesRequest&, const ListTablesRequest&) = default;
};

struct ListTablesResponse {
    std::vector<std::string> table_names{};
    /// Set when more names follow: pass it as the next request's exclusive_start_table_name.
    std::optional<std::string> last_evaluated_table_name{};
    friend bool operator==(const ListTablesResponse&, const ListTablesResponse&) = default;
};

struct UpdateTableRequest {
    std::optional<std::vector<AttributeDefinition>> attribute_definitions{};
    std::optional<std::string> table_name{};
    std::optional<Enum<BillingMode>> billing_mode{};
    std::optional<ProvisionedThroughput> provisioned_throughput{};
    std::optional<std::vector<GlobalSecondaryIndexUpdate>> global_secondary_index_updates{};
    std::optional<StreamSpecification> stream_specification{};
    std::optional<SseSpecification> sse_specification{};
    std::optional<Enum<TableClass>> table_class{};
    std::optional<bool> deletion_protection_enabled{};
    friend bool operator==(const UpdateTableRequest&, const UpdateTableRequest&) = default;
};

struct UpdateTableResponse {
    std::optional<TableDescription> table_description{};
    friend bool operator==(const UpdateTableResponse&, const UpdateTableResponse&) = default;
};

struct DeleteTableRequest {
    std::optional<std::string> table_name{};
    friend bool operator==(const DeleteTableRequest&, const DeleteTableRequest&) = default;
};

struct DeleteTableResponse {
    std::optional<TableDescription> table_description{};
    friend bool operator==(const DeleteTableResponse&, const DeleteTableResponse&) = default;
};

struct UpdateTimeToLiveRequest {
    std::optional<std::string> table_name{};
    std::optional<TimeToLiveSpecification> time_to_live_specification{};
    friend bool operator==(const UpdateTimeToLiveRequest&,
                           const UpdateTimeToLiveRequest&) = default;
};

struct UpdateTimeToLiveResponse {
    std::optional<TimeToLiveSpecification> time_to_live_specification{};
    friend bool operator==(const UpdateTimeToLiveResponse&,
                           const UpdateTimeToLiveResponse&) = default;
};

struct DescribeTimeToLiveRequest {
    std::optional<std::string> table_name{};
    friend bool operator==(const DescribeTimeToLiveRequest&,
                           const DescribeTimeToLiveRequest&) = default;
};

struct DescribeTimeToLiveResponse {
    std::optional<TimeToLiveDescription> time_to_live_description{};
    friend bool operator==(const DescribeTimeToLiveResponse&,
                           const DescribeTimeToLiveResponse&) = default;
};

struct TagResourceRequest {
    /// The table's ARN.
    std::optional<std::string> resource_arn{};
    std::optional<std::vector<Tag>> tags{};
    friend bool operator==(const TagResourceRequest&, const TagResourceRequest&) = default;
};

/// TagResource answers with an empty body.
struct TagResourceResponse {
    friend bool operator==(const TagResourceResponse&, const TagResourceResponse&) = default;
};

struct UntagResourceRequest {
    std::optional<std::string> resource_arn{};
    std::optional<std::vector<std::string>> tag_keys{};
    friend bool operator==(const UntagResourceRequest&, const UntagResourceRequest&) = default;
};

/// UntagResource answers with an empty body.
struct UntagResourceResponse {
    friend bool operator==(const UntagResourceResponse&, const UntagResourceResponse&) = default;
};

struct ListTagsOfResourceRequest {
    std::optional<std::string> resource_arn{};
    std::optional<std::string> next_token{};
    friend bool operator==(const ListTagsOfResourceRequest&,
                           const ListTagsOfResourceRequest&) = default;
};

struct ListTagsOfResourceResponse {
    std::vector<Tag> tags{};
    /// Set when more tags follow.
    std::optional<std::string> next_token{};
    friend bool operator==(const ListTagsOfResourceResponse&,
                           const ListTagsOfResourceResponse&) = default;
};

}  // namespace dynamorm::client
