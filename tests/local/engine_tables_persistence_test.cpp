// A persistent engine keeps its tables' settings: what the table operations changed is there
// when the directory is opened again.

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>

#include "dynamorm/local/engine.hpp"
#include "engine_tables_support.hpp"

namespace dynamorm::local {
namespace {

using namespace testing;

class TablePersistence : public ::testing::Test {
  protected:
    void SetUp() override {
        directory_ = std::filesystem::temp_directory_path() /
                     ("dynamorm-tables-" + std::to_string(std::random_device{}()));
    }
    void TearDown() override { std::filesystem::remove_all(directory_); }
    EngineOptions options() const { return EngineOptions{.directory = directory_.string()}; }

    std::filesystem::path directory_;
};

TEST_F(TablePersistence, SettingsSurviveReopening) {
    client::TableDescription before;
    {
        Engine engine(options());
        engine.create_table(range_table("books"));
        engine.create_table(simple_table("gone"));
        put(engine, "books", Item{{"id", "a"}, {"n", 1}, {"author", "x"}});
        put(engine, "books", Item{{"id", "a"}, {"n", 2}});
        put(engine, "gone", Item{{"id", "a"}});
        engine.update_table({.attribute_definitions = {{attribute("author")}},
                             .table_name = "books",
                             .global_secondary_index_updates = {
                                 {{.create = client::CreateGlobalSecondaryIndexAction{
                                       .index_name = "by-author",
                                       .key_schema = {{hash_key("author")}},
                                       .projection = project_all()}}}}});
        engine.update_time_to_live({.table_name = "books",
                                    .time_to_live_specification = client::TimeToLiveSpecification{
                                        .enabled = true, .attribute_name = "exp"}});
        engine.tag_resource({.resource_arn = "arn:aws:dynamodb:us-east-1:000000000000:table/books",
                             .tags = {{{.key = "team", .value = "search"}}}});
        engine.delete_table({.table_name = "gone"});
        before = describe(engine, "books");
    }
    Engine engine(options());
    EXPECT_EQ(engine.list_tables({}).table_names, (std::vector<std::string>{"books"}));
    EXPECT_EQ(describe(engine, "books"), before);
    EXPECT_EQ(global_index(describe(engine, "books"), "by-author")->item_count, 1);
    // A new table of a deleted one's name starts empty.
    engine.create_table(simple_table("gone"));
    EXPECT_EQ(describe(engine, "gone").item_count, 0);
    EXPECT_EQ(engine.describe_time_to_live({.table_name = "books"})
                  .time_to_live_description->attribute_name,
              "exp");
    EXPECT_EQ(engine
                  .list_tags_of_resource(
                      {.resource_arn = "arn:aws:dynamodb:us-east-1:000000000000:table/books"})
                  .tags.size(),
              1U);
}

}  // namespace
}  // namespace dynamorm::local
