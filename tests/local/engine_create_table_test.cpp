// CreateTable's descriptions of indexes, billing, streams, encryption, class and tags, and the
// errors the engine adds to client::validate()'s.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using client::BillingMode;
using client::IndexStatus;
using client::ScalarAttributeType;
using client::TableStatus;
using namespace testing;

client::CreateTableRequest indexed_table(std::string name) {
    auto request = range_table(std::move(name));
    request.attribute_definitions = {{attribute("n", ScalarAttributeType::N), attribute("id"),
                                      attribute("color"),
                                      attribute("size", ScalarAttributeType::N)}};
    request.global_secondary_indexes = {{
        {.index_name = "by-color",
         .key_schema = {{hash_key("color"), range_key("size")}},
         .projection = project_include({"title", "author"})},
        {.index_name = "by-size", .key_schema = {{hash_key("size")}}, .projection = project_keys()},
    }};
    request.local_secondary_indexes = {{
        {.index_name = "by-id-color",
         .key_schema = {{hash_key("id"), range_key("color")}},
         .projection = project_all()},
    }};
    return request;
}

TEST(CreateTableIndexes, DescribesEachIndex) {
    Engine engine;
    const client::TableDescription created =
        *engine.create_table(indexed_table("books")).table_description;
    // AttributeDefinitions come back sorted by name, as DynamoDB sorts them.
    ASSERT_TRUE(created.attribute_definitions);
    std::vector<std::string> defined;
    for (const auto& definition : *created.attribute_definitions) {
        defined.push_back(*definition.attribute_name);
    }
    EXPECT_EQ(defined, (std::vector<std::string>{"color", "id", "n", "size"}));

    const auto* color = global_index(created, "by-color");
    ASSERT_NE(color, nullptr);
    EXPECT_EQ(color->index_status, IndexStatus::Creating);
    EXPECT_EQ(color->index_arn,
              "arn:aws:dynamodb:us-east-1:000000000000:table/books/index/by-color");
    EXPECT_EQ(color->key_schema, (std::vector{hash_key("color"), range_key("size")}));
    // NonKeyAttributes sorted too.
    EXPECT_EQ(color->projection, project_include({"author", "title"}));
    ASSERT_TRUE(color->provisioned_throughput);
    EXPECT_EQ(color->provisioned_throughput->read_capacity_units, 0);
    EXPECT_EQ(color->provisioned_throughput->write_capacity_units, 0);
    EXPECT_EQ(color->item_count, 0);
    EXPECT_EQ(color->index_size_bytes, 0);

    ASSERT_TRUE(created.local_secondary_indexes);
    ASSERT_EQ(created.local_secondary_indexes->size(), 1U);
    const auto& local = created.local_secondary_indexes->front();
    EXPECT_EQ(local.index_name, "by-id-color");
    EXPECT_EQ(local.index_arn,
              "arn:aws:dynamodb:us-east-1:000000000000:table/books/index/by-id-color");
    EXPECT_EQ(local.projection, project_all());

    const client::TableDescription now = describe(engine, "books");
    EXPECT_EQ(global_index(now, "by-color")->index_status, IndexStatus::Active);
    EXPECT_EQ(global_index(now, "by-size")->index_status, IndexStatus::Active);
}

TEST(CreateTableIndexes, CountsTheItemsEachIndexHolds) {
    Engine engine;
    engine.create_table(indexed_table("books"));
    // Both keys of by-color; by-size's key only; no index key at all (twice).
    put(engine, "books", Item{{"id", "a"}, {"n", 1}, {"color", "red"}, {"size", 3}, {"x", "y"}});
    put(engine, "books", Item{{"id", "a"}, {"n", 2}, {"size", 4}});
    put(engine, "books", Item{{"id", "b"}, {"n", 1}, {"title", "Dune"}});
    put(engine, "books", Item{{"id", "c"}, {"n", 1}});
    const client::TableDescription d = describe(engine, "books");
    EXPECT_EQ(d.item_count, 4);
    EXPECT_EQ(global_index(d, "by-color")->item_count, 1);
    EXPECT_EQ(global_index(d, "by-size")->item_count, 2);
    EXPECT_EQ(d.local_secondary_indexes->front().item_count, 1);
    // KEYS_ONLY entries are smaller than the items; ALL entries are the items.
    EXPECT_GT(global_index(d, "by-size")->index_size_bytes, 0);
    EXPECT_LT(global_index(d, "by-color")->index_size_bytes, d.table_size_bytes);
}

TEST(CreateTableBilling, OnDemandHasZeroThroughputAndASummary) {
    Engine engine;
    const auto created = *engine.create_table(range_table("books")).table_description;
    ASSERT_TRUE(created.billing_mode_summary);
    EXPECT_EQ(created.billing_mode_summary->billing_mode, BillingMode::PayPerRequest);
    EXPECT_EQ(created.provisioned_throughput->read_capacity_units, 0);
    EXPECT_EQ(created.provisioned_throughput->write_capacity_units, 0);
    EXPECT_EQ(created.provisioned_throughput->number_of_decreases_today, 0);
    const auto now = describe(engine, "books");
    EXPECT_EQ(now.billing_mode_summary->last_update_to_pay_per_request_date_time,
              now.creation_date_time);
}

TEST(CreateTableBilling, ProvisionedIndexesNeedThroughput) {
    Engine engine;
    auto request = simple_table("books");
    request.attribute_definitions->push_back(attribute("color"));
    request.global_secondary_indexes = {{{.index_name = "by-color",
                                          .key_schema = {{hash_key("color")}},
                                          .projection = project_all()}}};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: ProvisionedThroughput is not "
                 "specified for index: by-color");
    request.global_secondary_indexes->front().provisioned_throughput = throughput(3, 2);
    const auto created = *engine.create_table(request).table_description;
    const auto* index = global_index(created, "by-color");
    EXPECT_EQ(index->provisioned_throughput->read_capacity_units, 3);
    EXPECT_EQ(index->provisioned_throughput->write_capacity_units, 2);
    EXPECT_EQ(index->provisioned_throughput->number_of_decreases_today, 0);
}

TEST(CreateTableStream, RecordsTheStreamWithLabelAndArn) {
    Engine engine;
    auto request = simple_table("books");
    request.stream_specification = client::StreamSpecification{
        .stream_enabled = true, .stream_view_type = client::StreamViewType::NewAndOldImages};
    const auto created = *engine.create_table(request).table_description;
    EXPECT_EQ(created.stream_specification, request.stream_specification);
    ASSERT_TRUE(created.latest_stream_label);
    const std::string& label = *created.latest_stream_label;
    // 2024-05-01T12:00:00.123
    ASSERT_EQ(label.size(), 23U);
    EXPECT_EQ(label[4], '-');
    EXPECT_EQ(label[10], 'T');
    EXPECT_EQ(label[19], '.');
    EXPECT_EQ(created.latest_stream_arn,
              "arn:aws:dynamodb:us-east-1:000000000000:table/books/stream/" + label);
    EXPECT_EQ(describe(engine, "books").latest_stream_arn, created.latest_stream_arn);
}

TEST(CreateTableStream, ViewTypeGoesWithAnEnabledStreamOnly) {
    Engine engine;
    auto request = simple_table("books");
    request.stream_specification = client::StreamSpecification{.stream_enabled = true};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: Table is being created with a "
                 "stream enabled, UpdateViewType is required");
    request.stream_specification = client::StreamSpecification{
        .stream_enabled = false, .stream_view_type = client::StreamViewType::KeysOnly};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: Table is being created with a "
                 "stream disabled, UpdateViewType should not be specified");
    request.stream_specification = client::StreamSpecification{.stream_enabled = false};
    const auto created = *engine.create_table(request).table_description;
    EXPECT_FALSE(created.stream_specification);
    EXPECT_FALSE(created.latest_stream_arn);
}

TEST(CreateTableEncryption, KmsKeysAreDescribed) {
    Engine engine;
    auto request = simple_table("books");
    request.sse_specification = client::SseSpecification{.enabled = true};
    auto sse = engine.create_table(request).table_description->sse_description;
    ASSERT_TRUE(sse);
    EXPECT_EQ(sse->status, client::SseStatus::Enabled);
    EXPECT_EQ(sse->sse_type, client::SseType::Kms);
    EXPECT_EQ(sse->kms_master_key_arn->rfind("arn:aws:kms:us-east-1:000000000000:key/", 0), 0U);

    request.table_name = "books2";
    request.sse_specification =
        client::SseSpecification{.sse_type = client::SseType::Kms, .kms_master_key_id = "my-key"};
    sse = engine.create_table(request).table_description->sse_description;
    EXPECT_EQ(sse->kms_master_key_arn, "arn:aws:kms:us-east-1:000000000000:key/my-key");

    // The default encryption (an AWS owned key) is not described.
    request.table_name = "books3";
    request.sse_specification = client::SseSpecification{.enabled = false};
    EXPECT_FALSE(engine.create_table(request).table_description->sse_description);
}

TEST(CreateTableEncryption, RefusesWhatDynamoDbRefuses) {
    Engine engine;
    auto request = simple_table("books");
    const auto refuses = [&](client::SseSpecification sse, const std::string& message) {
        request.sse_specification = sse;
        expect_error([&] { engine.create_table(request); }, kValidation,
                     "One or more parameter values were invalid: " + message);
    };
    refuses({.enabled = true, .sse_type = client::SseType::Aes256},
            "SSEType AES256 is not supported");
    refuses({.enabled = false, .sse_type = client::SseType::Kms},
            "SSEType can not be specified if Enabled is false");
    refuses({.enabled = false, .kms_master_key_id = "k"},
            "KMSMasterKeyId can not be specified if Enabled is false");
    refuses({.enabled = true, .kms_master_key_id = "k"},
            "SSEType KMS is required if KMSMasterKeyId is specified");
}

TEST(CreateTableSettings, ClassProtectionAndTags) {
    Engine engine;
    auto request = simple_table("books");
    request.table_class = client::TableClass::StandardInfrequentAccess;
    request.deletion_protection_enabled = true;
    request.tags = {{{.key = "team", .value = "search"}, {.key = "env", .value = ""}}};
    const auto created = *engine.create_table(request).table_description;
    ASSERT_TRUE(created.table_class_summary);
    EXPECT_EQ(created.table_class_summary->table_class,
              client::TableClass::StandardInfrequentAccess);
    EXPECT_EQ(created.deletion_protection_enabled, true);
    const auto tags = engine.list_tags_of_resource({.resource_arn = created.table_arn}).tags;
    EXPECT_EQ(tags, *request.tags);
}

TEST(CreateTableChecks, RepeatedAttributeDefinitions) {
    Engine engine;
    auto request = range_table("books");
    request.attribute_definitions->push_back(attribute("n", ScalarAttributeType::S));
    request.local_secondary_indexes = {{{.index_name = "lsi",
                                         .key_schema = {{hash_key("id"), range_key("n")}},
                                         .projection = project_all()}}};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "Attribute Name is duplicated: n");
}

TEST(CreateTableChecks, Projections) {
    Engine engine;
    auto request = indexed_table("books");
    auto& projection = request.global_secondary_indexes->front().projection;
    projection = client::Projection{.projection_type = client::ProjectionType::Include};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: ProjectionType is INCLUDE, but "
                 "NonKeyAttributes is not specified");
    projection = project_include({"a", "b", "a"});
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: Duplicate element in "
                 "NonKeyAttributes: a");
}

TEST(CreateTableChecks, AtMostAHundredProjectedAttributes) {
    Engine engine;
    auto request = range_table("books");
    request.attribute_definitions->push_back(attribute("color"));
    request.global_secondary_indexes.emplace();
    for (int index = 0; index < 5; ++index) {
        std::vector<std::string> twenty;  // the most one index may name
        for (int i = 0; i < 20; ++i)
            twenty.push_back("a" + std::to_string(index * 20 + i));
        request.global_secondary_indexes->push_back({.index_name = "gsi" + std::to_string(index),
                                                     .key_schema = {{hash_key("color")}},
                                                     .projection = project_include(twenty)});
    }
    EXPECT_NO_THROW(engine.create_table(request));  // 100: the limit

    request.table_name = "books2";
    request.local_secondary_indexes = {{{.index_name = "lsi",
                                         .key_schema = {{hash_key("id"), range_key("color")}},
                                         .projection = project_include({"one-more"})}}};
    expect_error([&] { engine.create_table(request); }, kValidation,
                 "One or more parameter values were invalid: Number of projected attributes in "
                 "all indexes exceeds limit of 100");
}

TEST(CreateTableChecks, Tags) {
    Engine engine;
    auto request = simple_table("books");
    const auto refuses = [&](std::vector<client::Tag> tags, const std::string& message) {
        request.tags = std::move(tags);
        expect_error([&] { engine.create_table(request); }, kValidation, message);
    };
    refuses({{.key = "a#b", .value = "v"}}, "The Tag Key provided is invalid, Key: a#b");
    refuses({{.key = "k", .value = "v!"}}, "The Tag Value provided is invalid, Value: v!");
    refuses({{.key = "aws:owner", .value = "v"}},
            "Tag Key cannot be prefixed with aws:, Key: aws:owner");
    refuses({{.key = "k", .value = "1"}, {.key = "k", .value = "2"}},
            "Duplicate Tag Keys provided as input: Duplicate Tag Key found k");
    std::vector<client::Tag> many;
    for (int i = 0; i < 51; ++i)
        many.push_back({.key = "k" + std::to_string(i), .value = "v"});
    refuses(many, "Number of Tags exceed the current limit for the provided ResourceArn");
    // None of them created the table.
    expect_error([&] { describe(engine, "books"); }, kNotFound,
                 "Requested resource not found: Table: books not found");
}

}  // namespace
}  // namespace dynamorm::local
