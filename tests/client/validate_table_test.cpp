// validate() of the table operations: TableName's pre-checks, member constraints, and
// CreateTable's and UpdateTable's rules for billing, key schemas and indexes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "expect_validation.hpp"

namespace {

namespace dc = dynamorm::client;
using namespace testing_validation;

const std::string kInvalid = "One or more parameter values were invalid: ";

std::vector<dc::KeySchemaElement> schema(const std::string& hash, const std::string& range = "") {
    std::vector<dc::KeySchemaElement> keys{{.attribute_name = hash, .key_type = dc::KeyType::Hash}};
    if (!range.empty()) keys.push_back({.attribute_name = range, .key_type = dc::KeyType::Range});
    return keys;
}

std::vector<dc::AttributeDefinition> definitions(const std::vector<std::string>& names) {
    std::vector<dc::AttributeDefinition> defs;
    for (const auto& name : names) {
        defs.push_back({.attribute_name = name, .attribute_type = dc::ScalarAttributeType::S});
    }
    return defs;
}

dc::CreateTableRequest create(const std::vector<std::string>& defs,
                              std::vector<dc::KeySchemaElement> keys) {
    return {.attribute_definitions = definitions(defs),
            .table_name = "things",
            .key_schema = std::move(keys),
            .provisioned_throughput =
                dc::ProvisionedThroughput{.read_capacity_units = 5, .write_capacity_units = 1}};
}

const dc::Projection kAll{.projection_type = dc::ProjectionType::All};

TEST(ValidateTableName, PreChecksComeOneAtATime) {
    expect_invalid(dc::DescribeTableRequest{},
                   "The parameter 'TableName' is required but was not present in the request");
    for (const std::string& name : std::vector<std::string>{"", "ab", std::string(256, 'a')}) {
        expect_invalid(dc::DescribeTableRequest{.table_name = name},
                       "TableName must be at least 3 characters long and at most 255 characters "
                       "long");
        expect_invalid(dc::DeleteTableRequest{.table_name = name},
                       "TableName must be at least 3 characters long and at most 255 characters "
                       "long");
    }
    expect_invalid(dc::DescribeTimeToLiveRequest{.table_name = "abc;"},
                   one(violation("'abc;'", "tableName", kPattern)));
    // Characters, not bytes: three two-byte characters make a long enough name (and break the
    // pattern).
    expect_invalid(dc::DescribeTableRequest{.table_name = "\xc3\xa9\xc3\xa9\xc3\xa9"},
                   one(violation("'\xc3\xa9\xc3\xa9\xc3\xa9'", "tableName", kPattern)));
    expect_valid(dc::DescribeTableRequest{.table_name = "abc"});
}

TEST(ValidateListTables, LimitAndStartName) {
    expect_invalid(dc::ListTablesRequest{.exclusive_start_table_name = "a;", .limit = 101},
                   "3 validation errors detected: " + violation("'101'", "limit", max_value(100)) +
                       "; " + violation("'a;'", "exclusiveStartTableName", kPattern) + "; " +
                       violation("'a;'", "exclusiveStartTableName", at_least(3)));
    expect_invalid(dc::ListTablesRequest{.limit = 0}, one(violation("'0'", "limit", min_value(1))));
    expect_valid(dc::ListTablesRequest{});
    expect_valid(dc::ListTablesRequest{.exclusive_start_table_name = "abc", .limit = 100});
}

TEST(ValidateCreateTable, MemberConstraints) {
    expect_invalid(
        dc::CreateTableRequest{.table_name = "abc"},
        "2 validation errors detected: " + violation("null", "attributeDefinitions", kNotNull) +
            "; " + violation("null", "keySchema", kNotNull));

    auto request = create({"id"}, schema("id"));
    request.attribute_definitions->at(0).attribute_type =
        dc::Enum<dc::ScalarAttributeType>::parse("X");
    request.key_schema->at(0).key_type = dc::Enum<dc::KeyType>::parse("PRIMARY");
    request.key_schema->push_back({});
    request.provisioned_throughput = dc::ProvisionedThroughput{.read_capacity_units = 0};
    request.billing_mode = dc::Enum<dc::BillingMode>::parse("FREE");
    expect_invalid(
        request,
        "7 validation errors detected: " +
            violation("'X'", "attributeDefinitions.1.member.attributeType", enum_set("[B, N, S]")) +
            "; " + violation("'FREE'", "billingMode", enum_set("[PROVISIONED, PAY_PER_REQUEST]")) +
            "; " + violation("null", "provisionedThroughput.writeCapacityUnits", kNotNull) + "; " +
            violation("'0'", "provisionedThroughput.readCapacityUnits", min_value(1)) + "; " +
            violation("'PRIMARY'", "keySchema.1.member.keyType", enum_set("[HASH, RANGE]")) + "; " +
            violation("null", "keySchema.2.member.attributeName", kNotNull) + "; " +
            violation("null", "keySchema.2.member.keyType", kNotNull));

    request = create({"id"}, {});
    expect_invalid(request, one(violation("'[]'", "keySchema", at_least(1))));
}

TEST(ValidateCreateTable, IndexConstraints) {
    auto request = create({"id", "sort"}, schema("id", "sort"));
    request.local_secondary_indexes = std::vector<dc::LocalSecondaryIndex>{
        {.index_name = "ab",
         .key_schema = schema("id", "sort"),
         .projection =
             dc::Projection{.projection_type = dc::Enum<dc::ProjectionType>::parse("SOME")}}};
    request.global_secondary_indexes = std::vector<dc::GlobalSecondaryIndex>{
        {.index_name = "by-sort",
         .key_schema = std::vector<dc::KeySchemaElement>{{.attribute_name = "sort"}},
         .projection = dc::Projection{.projection_type = dc::ProjectionType::Include,
                                      .non_key_attributes = std::vector<std::string>{}},
         .provisioned_throughput =
             dc::ProvisionedThroughput{.read_capacity_units = 1, .write_capacity_units = -1}}};
    expect_invalid(
        request,
        "5 validation errors detected: " +
            violation("'ab'", "localSecondaryIndexes.1.member.indexName", at_least(3)) + "; " +
            violation("'SOME'", "localSecondaryIndexes.1.member.projection.projectionType",
                      enum_set("[ALL, INCLUDE, KEYS_ONLY]")) +
            "; " +
            violation("null", "globalSecondaryIndexes.1.member.keySchema.1.member.keyType",
                      kNotNull) +
            "; " +
            violation("'[]'", "globalSecondaryIndexes.1.member.projection.nonKeyAttributes",
                      at_least(1)) +
            "; " +
            violation("'-1'",
                      "globalSecondaryIndexes.1.member.provisionedThroughput.writeCapacityUnits",
                      min_value(1)));
}

TEST(ValidateCreateTable, Billing) {
    auto request = create({"id"}, schema("id"));
    expect_valid(request);
    request.billing_mode = dc::BillingMode::PayPerRequest;
    expect_invalid(request, kInvalid +
                                "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified "
                                "when BillingMode is PAY_PER_REQUEST");
    request.provisioned_throughput.reset();
    expect_valid(request);
    request.billing_mode.reset();
    expect_invalid(request, kInvalid +
                                "ReadCapacityUnits and WriteCapacityUnits must both be specified "
                                "when BillingMode is PROVISIONED");
    request.provisioned_throughput = dc::ProvisionedThroughput{
        .read_capacity_units = 1'000'000'000'001, .write_capacity_units = 1};
    expect_invalid(request, "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
}

TEST(ValidateCreateTable, KeySchemaRules) {
    expect_invalid(create({"id"}, schema("id", "sort")),
                   "Invalid KeySchema: Some index key attribute have no definition");
    expect_invalid(create({"id", "other"}, schema("id", "sort")),
                   kInvalid +
                       "Some index key attributes are not defined in AttributeDefinitions. Keys: "
                       "[id, sort], AttributeDefinitions: [id, other]");
    expect_invalid(create({"id", "sort"}, schema("id", "id")),
                   "Both the Hash Key and the Range Key element in the KeySchema have the same "
                   "name");
    auto request = create({"id", "sort"}, schema("id", "sort"));
    std::swap(request.key_schema->at(0).key_type, request.key_schema->at(1).key_type);
    expect_invalid(request, "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    request = create({"id", "sort"}, schema("id", "sort"));
    request.key_schema->at(1).key_type = dc::KeyType::Hash;
    expect_invalid(request,
                   "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    expect_invalid(create({"id", "sort"}, schema("id")),
                   kInvalid +
                       "Number of attributes in KeySchema does not exactly match number of "
                       "attributes defined in AttributeDefinitions");
}

TEST(ValidateCreateTable, LocalIndexRules) {
    auto request = create({"id", "sort", "other"}, schema("id", "sort"));
    request.local_secondary_indexes = std::vector<dc::LocalSecondaryIndex>{
        {.index_name = "by-other", .key_schema = schema("id", "other"), .projection = kAll}};
    expect_valid(request);

    request.local_secondary_indexes->at(0).key_schema = schema("id");
    expect_invalid(request, kInvalid +
                                "Index KeySchema does not have a range key for index: "
                                "by-other");
    request.local_secondary_indexes->at(0).key_schema = schema("sort", "other");
    expect_invalid(request, kInvalid +
                                "Index KeySchema does not have the same leading hash key as table "
                                "KeySchema for index: by-other. index hash key: sort, table hash "
                                "key: id");
    request.local_secondary_indexes->at(0).key_schema = schema("id", "other");
    request.local_secondary_indexes->at(0).projection =
        dc::Projection{.projection_type = dc::ProjectionType::KeysOnly,
                       .non_key_attributes = std::vector<std::string>{"x"}};
    expect_invalid(request, kInvalid +
                                "ProjectionType is KEYS_ONLY, but NonKeyAttributes is "
                                "specified");
    request.local_secondary_indexes->at(0).projection = dc::Projection{};
    expect_invalid(request, kInvalid + "Unknown ProjectionType: null");
    request.local_secondary_indexes->at(0).projection = kAll;
    request.local_secondary_indexes->push_back(request.local_secondary_indexes->at(0));
    expect_invalid(request, kInvalid + "Duplicate index name: by-other");
    request.local_secondary_indexes = std::vector<dc::LocalSecondaryIndex>{};
    expect_invalid(request, kInvalid + "List of LocalSecondaryIndexes is empty");

    request = create({"id", "other"}, schema("id"));
    request.local_secondary_indexes = std::vector<dc::LocalSecondaryIndex>{
        {.index_name = "by-other", .key_schema = schema("id", "other"), .projection = kAll}};
    expect_invalid(request, kInvalid +
                                "Table KeySchema does not have a range key, which is required "
                                "when specifying a LocalSecondaryIndex");

    request = create({"id", "sort", "other"}, schema("id", "sort"));
    request.local_secondary_indexes = std::vector<dc::LocalSecondaryIndex>{};
    for (int i = 0; i < 6; ++i) {
        request.local_secondary_indexes->push_back({.index_name = "index" + std::to_string(i),
                                                    .key_schema = schema("id", "other"),
                                                    .projection = kAll});
    }
    expect_invalid(request, kInvalid +
                                "Number of LocalSecondaryIndexes exceeds per-table limit "
                                "of 5");
}

TEST(ValidateCreateTable, GlobalIndexRules) {
    auto request = create({"id", "color"}, schema("id"));
    request.global_secondary_indexes = std::vector<dc::GlobalSecondaryIndex>{
        {.index_name = "by-color", .key_schema = schema("color"), .projection = kAll}};
    expect_valid(request);

    request.billing_mode = dc::BillingMode::PayPerRequest;
    request.provisioned_throughput.reset();
    request.global_secondary_indexes->at(0).provisioned_throughput =
        dc::ProvisionedThroughput{.read_capacity_units = 1, .write_capacity_units = 1};
    expect_invalid(request, kInvalid +
                                "ProvisionedThroughput should not be specified for index: "
                                "by-color when BillingMode is PAY_PER_REQUEST");
    request.global_secondary_indexes->at(0).provisioned_throughput.reset();
    expect_valid(request);

    request.global_secondary_indexes->at(0).key_schema = schema("shade");
    expect_invalid(request, kInvalid +
                                "Some index key attributes are not defined in "
                                "AttributeDefinitions. Keys: [shade], AttributeDefinitions: [id, "
                                "color]");

    request = create({"id", "color", "unused"}, schema("id"));
    request.global_secondary_indexes = std::vector<dc::GlobalSecondaryIndex>{
        {.index_name = "by-color", .key_schema = schema("color"), .projection = kAll}};
    expect_invalid(request, kInvalid +
                                "Some AttributeDefinitions are not used. AttributeDefinitions: "
                                "[id, color, unused], keys used: [id, color]");

    request = create({"id", "color"}, schema("id"));
    request.global_secondary_indexes = std::vector<dc::GlobalSecondaryIndex>{};
    for (int i = 0; i < 21; ++i) {
        request.global_secondary_indexes->push_back(
            {.index_name = "index" + std::to_string(i),
             .key_schema = schema("color"),
             .projection = kAll,
             .provisioned_throughput =
                 dc::ProvisionedThroughput{.read_capacity_units = 1, .write_capacity_units = 1}});
    }
    expect_invalid(request,
                   kInvalid + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
}

TEST(ValidateUpdateTable, SomethingMustChange) {
    expect_invalid(dc::UpdateTableRequest{.table_name = "abc"},
                   "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                   "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    expect_invalid(dc::UpdateTableRequest{.table_name = "abc",
                                          .global_secondary_index_updates =
                                              std::vector<dc::GlobalSecondaryIndexUpdate>{}},
                   "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                   "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    expect_valid(dc::UpdateTableRequest{.table_name = "abc",
                                        .billing_mode = dc::BillingMode::PayPerRequest});
    expect_invalid(
        dc::UpdateTableRequest{.table_name = "abc", .billing_mode = dc::BillingMode::Provisioned},
        kInvalid +
            "ProvisionedThroughput must be specified when BillingMode is "
            "PROVISIONED");
}

TEST(ValidateUpdateTable, IndexUpdates) {
    dc::UpdateTableRequest request{.table_name = "abc"};
    request.global_secondary_index_updates = std::vector<dc::GlobalSecondaryIndexUpdate>{
        {.update = dc::UpdateGlobalSecondaryIndexAction{.index_name = "ix"}},
        {.create = dc::CreateGlobalSecondaryIndexAction{.index_name = "new-index"}},
        {.delete_ = dc::DeleteGlobalSecondaryIndexAction{}}};
    expect_invalid(
        request,
        "5 validation errors detected: " +
            violation("'ix'", "globalSecondaryIndexUpdates.1.member.update.indexName",
                      at_least(3)) +
            "; " +
            violation("null", "globalSecondaryIndexUpdates.1.member.update.provisionedThroughput",
                      kNotNull) +
            "; " +
            violation("null", "globalSecondaryIndexUpdates.2.member.create.projection", kNotNull) +
            "; " +
            violation("null", "globalSecondaryIndexUpdates.2.member.create.keySchema", kNotNull) +
            "; " +
            violation("null", "globalSecondaryIndexUpdates.3.member.delete.indexName", kNotNull));

    request.global_secondary_index_updates = std::vector<dc::GlobalSecondaryIndexUpdate>{{}};
    expect_invalid(request, kInvalid +
                                "One of GlobalSecondaryIndexUpdate.Update, "
                                "GlobalSecondaryIndexUpdate.Create, "
                                "GlobalSecondaryIndexUpdate.Delete must not be null");
    request.global_secondary_index_updates = std::vector<dc::GlobalSecondaryIndexUpdate>{
        {.delete_ = dc::DeleteGlobalSecondaryIndexAction{.index_name = "old"}},
        {.delete_ = dc::DeleteGlobalSecondaryIndexAction{.index_name = "old"}}};
    expect_invalid(request, kInvalid +
                                "Only one global secondary index update per index is allowed "
                                "simultaneously. Index: old");
}

TEST(ValidateTimeToLive, Specification) {
    expect_invalid(dc::UpdateTimeToLiveRequest{},
                   "The parameter 'TableName' is required but was not present in the request");
    expect_invalid(dc::UpdateTimeToLiveRequest{.table_name = "abc"},
                   one(violation("null", "timeToLiveSpecification", kNotNull)));
    expect_invalid(
        dc::UpdateTimeToLiveRequest{.table_name = "abc",
                                    .time_to_live_specification = dc::TimeToLiveSpecification{}},
        "2 validation errors detected: " +
            violation("null", "timeToLiveSpecification.enabled", kNotNull) + "; " +
            violation("null", "timeToLiveSpecification.attributeName", kNotNull));
    expect_invalid(dc::UpdateTimeToLiveRequest{.table_name = "abc",
                                               .time_to_live_specification =
                                                   dc::TimeToLiveSpecification{
                                                       .enabled = true, .attribute_name = ""}},
                   "TimeToLiveSpecification.AttributeName must be non empty");
    expect_valid(dc::UpdateTimeToLiveRequest{
        .table_name = "abc",
        .time_to_live_specification =
            dc::TimeToLiveSpecification{.enabled = false, .attribute_name = "expires"}});
}

TEST(ValidateTags, ArnAndTags) {
    const std::string arn = "arn:aws:dynamodb:us-east-1:123456789012:table/things";
    expect_invalid(dc::TagResourceRequest{}, "Invalid TableArn");
    expect_invalid(dc::UntagResourceRequest{}, "Invalid TableArn");
    expect_invalid(dc::ListTagsOfResourceRequest{}, "Invalid TableArn");
    expect_invalid(dc::TagResourceRequest{.resource_arn = arn},
                   one(violation("null", "tags", kNotNull)));
    expect_invalid(dc::UntagResourceRequest{.resource_arn = arn},
                   one(violation("null", "tagKeys", kNotNull)));
    const std::string long_key(129, 'k');
    expect_invalid(
        dc::TagResourceRequest{
            .resource_arn = arn,
            .tags = std::vector<dc::Tag>{{.key = long_key, .value = "v"}, {.key = "k"}}},
        "2 validation errors detected: " +
            violation("'" + long_key + "'", "tags.1.member.key", at_most(128)) + "; " +
            violation("null", "tags.2.member.value", kNotNull));
    expect_valid(dc::TagResourceRequest{.resource_arn = arn,
                                        .tags = std::vector<dc::Tag>{{.key = "k", .value = ""}}});
    expect_valid(dc::ListTagsOfResourceRequest{.resource_arn = arn});
}

}  // namespace
