// TagResource, UntagResource and ListTagsOfResource on tables named by ARN.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dynamorm/client/error.hpp"
#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using client::Tag;
using namespace testing;

constexpr std::string_view kArn = "arn:aws:dynamodb:us-east-1:000000000000:table/books";

std::vector<Tag> tags_of(Engine& engine, std::string_view arn = kArn) {
    return engine.list_tags_of_resource({.resource_arn = std::string(arn)}).tags;
}

void tag(Engine& engine, std::vector<Tag> tags) {
    engine.tag_resource({.resource_arn = std::string(kArn), .tags = std::move(tags)});
}

TEST(Tags, AddReplaceAndRemove) {
    Engine engine;
    engine.create_table(simple_table("books"));
    EXPECT_TRUE(tags_of(engine).empty());

    tag(engine, {{.key = "team", .value = "search"}, {.key = "env", .value = "test"}});
    EXPECT_EQ(tags_of(engine), (std::vector<Tag>{{.key = "team", .value = "search"},
                                                 {.key = "env", .value = "test"}}));
    // A key tagged again takes the new value.
    tag(engine, {{.key = "env", .value = "prod"}, {.key = "cost-centre", .value = "42"}});
    EXPECT_EQ(tags_of(engine), (std::vector<Tag>{{.key = "team", .value = "search"},
                                                 {.key = "env", .value = "prod"},
                                                 {.key = "cost-centre", .value = "42"}}));

    engine.untag_resource({.resource_arn = std::string(kArn), .tag_keys = {{"team", "not-there"}}});
    EXPECT_EQ(tags_of(engine), (std::vector<Tag>{{.key = "env", .value = "prod"},
                                                 {.key = "cost-centre", .value = "42"}}));
}

TEST(Tags, AtMostFiftyPerTable) {
    Engine engine;
    engine.create_table(simple_table("books"));
    std::vector<Tag> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.push_back({.key = "k" + std::to_string(i), .value = "v"});
    tag(engine, fifty);
    tag(engine, {{.key = "k7", .value = "again"}});  // replaces: still 50
    expect_error([&] { tag(engine, {{.key = "one-more", .value = "v"}}); }, kValidation,
                 "Number of Tags exceed the current limit for the provided ResourceArn");
    EXPECT_EQ(tags_of(engine).size(), 50U);
}

TEST(Tags, DeletedTablesLoseTheirTags) {
    Engine engine;
    engine.create_table(simple_table("books"));
    tag(engine, {{.key = "a", .value = "b"}});
    engine.delete_table({.table_name = "books"});
    engine.create_table(simple_table("books"));
    EXPECT_TRUE(tags_of(engine).empty());
}

TEST(Tags, ArnsThatNameNoTable) {
    Engine engine;
    engine.create_table(simple_table("books"));
    const std::string missing = "arn:aws:dynamodb:us-east-1:000000000000:table/other";
    expect_error([&] { tags_of(engine, missing); }, kNotFound,
                 "Requested resource not found: ResourcArn: " + missing + " not found");
    expect_error(
        [&] {
            engine.tag_resource({.resource_arn = missing, .tags = {{{.key = "a", .value = "b"}}}});
        },
        kNotFound, "Requested resource not found: ResourcArn: " + missing + " not found");
    expect_error([&] { engine.untag_resource({.resource_arn = missing, .tag_keys = {{"a"}}}); },
                 kNotFound, "Requested resource not found");
    // The right name in another account or region is another table.
    const std::string elsewhere = "arn:aws:dynamodb:eu-west-1:000000000000:table/books";
    expect_error([&] { tags_of(engine, elsewhere); }, kNotFound,
                 "Requested resource not found: ResourcArn: " + elsewhere + " not found");
}

TEST(Tags, MalformedArns) {
    Engine engine;
    for (const std::string arn : {"", "abcd", "a:b:c:d:e:f"}) {
        expect_error([&] { tags_of(engine, arn); }, "AccessDeniedException",
                     "User: arn:aws:iam::000000000000:root is not authorized to perform: "
                     "dynamodb:ListTagsOfResource on resource: " +
                         (arn.empty() ? std::string("*") : arn));
    }
    for (const std::string arn :
         {"a:b:c:d:e:f/g", "arn:aws:dynamodb:us-east-1:000000000000:table/ab",
          "arn:aws:dynamodb:us-east-1:000000000000:table/books/index/i"}) {
        expect_error([&] { tags_of(engine, arn); }, kValidation,
                     "Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
    expect_error([&] { engine.list_tags_of_resource({}); }, kValidation, "Invalid TableArn");
}

TEST(Tags, RequestsWithoutTags) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error([&] { tag(engine, {}); }, kValidation,
                 "Atleast one Tag needs to be provided as Input.");
    expect_error(
        [&] {
            engine.untag_resource(
                {.resource_arn = std::string(kArn), .tag_keys = std::vector<std::string>{}});
        },
        kValidation, "Atleast one Tag Key needs to be provided as Input.");
}

TEST(Tags, KeysAndValuesFollowDynamoDbsRules) {
    Engine engine;
    engine.create_table(simple_table("books"));
    expect_error([&] { tag(engine, {{.key = "aws:x", .value = "v"}}); }, kValidation,
                 "Tag Key cannot be prefixed with aws:, Key: aws:x");
    expect_error([&] { tag(engine, {{.key = "a*", .value = "v"}}); }, kValidation,
                 "The Tag Key provided is invalid, Key: a*");
    expect_error([&] { tag(engine, {{.key = "a", .value = "<v>"}}); }, kValidation,
                 "The Tag Value provided is invalid, Value: <v>");
    expect_error(
        [&] {
            tag(engine, {{.key = "a", .value = "1"}, {.key = "a", .value = "2"}});
        },
        kValidation, "Duplicate Tag Keys provided as input: Duplicate Tag Key found a");
    // Letters of any script, digits, spaces and _ . : / = + - @ are fine.
    EXPECT_NO_THROW(tag(engine, {{.key = "Ünïcode key_1.2:3/4=5+6-7@8", .value = "a b"}}));
    EXPECT_TRUE(tags_of(engine).size() == 1U);
}

}  // namespace
}  // namespace dynamorm::local
