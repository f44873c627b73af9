// What an update reports for ReturnValues UPDATED_OLD and UPDATED_NEW, and the
// attributes it names.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::num;
using testing::Request;
using testing::ss;

UpdateResult run(std::string_view text, const Item& item, Item values = {}) {
    return apply_update(Request{{}, std::move(values)}.update(text), item);
}

TEST(UpdateReturnValues, NameOnlyTheUpdatedAttributes) {
    const Item item{{"pk", "k"}, {"x", 1}, {"y", "keep"}};
    const UpdateResult result = run("SET x = :v", item, {{":v", 2}});
    EXPECT_EQ(result.updated_old, (Item{{"x", 1}}));
    EXPECT_EQ(result.updated_new, (Item{{"x", 2}}));
    EXPECT_EQ(result.attributes, std::vector<std::string>{"x"});
}

TEST(UpdateReturnValues, TrimNestedPathsToWhatTheUpdateNamed) {
    const Item item{{"parent", Map{{"keep", "k"}, {"child", "old"}, {"other", Map{{"z", 1}}}}}};
    const UpdateResult result = run("SET parent.child = :v", item, {{":v", "new"}});
    EXPECT_EQ(result.updated_old, (Item{{"parent", Map{{"child", "old"}}}}));
    EXPECT_EQ(result.updated_new, (Item{{"parent", Map{{"child", "new"}}}}));
    EXPECT_EQ(result.attributes, std::vector<std::string>{"parent"});
}

TEST(UpdateReturnValues, KeepEverySubpathOfOneMap) {
    const Item item{{"a", Map{{"existing", "e"}}}};
    const UpdateResult result = run("SET a.b = :x, a.c = :y", item, {{":x", "x"}, {":y", "y"}});
    EXPECT_EQ(result.updated_old, Item{});
    EXPECT_EQ(result.updated_new, (Item{{"a", Map{{"b", "x"}, {"c", "y"}}}}));
}

TEST(UpdateReturnValues, LeaveOutWhatDidNotExist) {
    const Item item{{"pk", "k"}, {"gone", 1}};
    const UpdateResult created = run("SET fresh = :v", item, {{":v", 1}});
    EXPECT_EQ(created.updated_old, Item{});
    EXPECT_EQ(created.updated_new, (Item{{"fresh", 1}}));

    const UpdateResult removed = run("REMOVE gone, ghost", item);
    EXPECT_EQ(removed.updated_old, (Item{{"gone", 1}}));
    EXPECT_EQ(removed.updated_new, Item{});  // DynamoDB omits Attributes
    EXPECT_EQ(removed.attributes, (std::vector<std::string>{"ghost", "gone"}));
}

TEST(UpdateReturnValues, CutListsAsAProjectionWould) {
    const Item item{{"l", AttributeValue{"a", "b", "c", "d"}}};
    const UpdateResult set = run("SET l[2] = :v", item, {{":v", "C"}});
    EXPECT_EQ(set.updated_old, (Item{{"l", AttributeValue{"c"}}}));
    EXPECT_EQ(set.updated_new, (Item{{"l", AttributeValue{"C"}}}));

    // After `REMOVE l[1], l[3]` the list is [a, c]: of the positions 1 and 3,
    // only 1 remains.
    const UpdateResult removed = run("REMOVE l[1], l[3]", item);
    EXPECT_EQ(removed.updated_old, (Item{{"l", AttributeValue{"b", "d"}}}));
    EXPECT_EQ(removed.updated_new, (Item{{"l", AttributeValue{"c"}}}));
}

TEST(UpdateReturnValues, ShowValuesEvenWhenUnchanged) {
    const Item item{{"n", 1}, {"tags", ss({"a"})}};
    const UpdateResult result = run("SET n = :v ADD tags :t", item, {{":v", 1}, {":t", ss({"a"})}});
    EXPECT_EQ(result.updated_old, item);
    EXPECT_EQ(result.updated_new, item);
    EXPECT_EQ(result.attributes, (std::vector<std::string>{"n", "tags"}));
}

TEST(UpdateReturnValues, FollowAddAndDelete) {
    const Item item{{"count", 10}, {"tags", ss({"a", "b"})}, {"m", Map{{"n", num("0.5")}}}};
    const Request request{{{"#c", "count"}}, {{":one", 1}, {":t", ss({"a", "b"})}}};
    const UpdateResult result =
        apply_update(request.update("ADD #c :one, m.n :one DELETE tags :t"), item);
    EXPECT_EQ(result.updated_old, item);
    EXPECT_EQ(result.updated_new, (Item{{"count", 11}, {"m", Map{{"n", num("1.5")}}}}));
    EXPECT_EQ(result.item, (Item{{"count", 11}, {"m", Map{{"n", num("1.5")}}}}));
}

}  // namespace
}  // namespace dynamorm::local
