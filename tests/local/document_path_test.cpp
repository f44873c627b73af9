// Document paths on items: finding, setting and removing single values.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::failure;
using testing::kInvalidPath;
using testing::path;
using testing::ss;

Item sample() {
    return Item{{"a", Map{{"b", AttributeValue{1, Map{{"c", "deep"}}}}}},
                {"s", "text"},
                {"tags", ss({"x"})}};
}

TEST(EvaluateDocumentPath, FindsValuesThroughMapsAndLists) {
    const Item item = sample();
    ASSERT_NE(find_path(item, path("a.b[1].c")), nullptr);
    EXPECT_EQ(*find_path(item, path("a.b[1].c")), AttributeValue("deep"));
    EXPECT_EQ(*find_path(item, path("a.b[0]")), AttributeValue(1));
    EXPECT_EQ(*find_path(item, path("s")), AttributeValue("text"));
    for (const char* absent :
         {"z", "a.z", "a.b[2]", "a.b.c", "a[0]", "s.x", "s[0]", "tags[0]", "a.b[1].c.d"}) {
        SCOPED_TRACE(absent);
        EXPECT_EQ(find_path(item, path(absent)), nullptr);
    }
    EXPECT_EQ(find_path(item, expr::Path()), nullptr);
}

TEST(EvaluateDocumentPath, FindsMutableValues) {
    Item item = sample();
    AttributeValue* value = find_path(item, path("a.b[1].c"));
    ASSERT_NE(value, nullptr);
    *value = AttributeValue("changed");
    EXPECT_EQ(*find_path(std::as_const(item), path("a.b[1].c")), AttributeValue("changed"));
}

TEST(EvaluateDocumentPath, SetsValuesWithUpdateRules) {
    Item item = sample();
    set_path(item, path("n"), AttributeValue(1));
    set_path(item, path("a.b[1].e"), AttributeValue("new"));
    set_path(item, path("a.b[0]"), AttributeValue(2));
    set_path(item, path("a.b[7]"), AttributeValue(3));
    EXPECT_EQ(item.at("n"), AttributeValue(1));
    EXPECT_EQ(item.at("a"),
              AttributeValue(Map{{"b", AttributeValue{2, Map{{"c", "deep"}, {"e", "new"}}, 3}}}));
    const Item before = item;
    for (const char* bad : {"z.x", "a.z.x", "a.b.x", "a[0]", "s.x", "tags[0]", "a.b[9].c"}) {
        SCOPED_TRACE(bad);
        EXPECT_EQ(failure([&] { set_path(item, path(bad), AttributeValue(0)); }), kInvalidPath);
        EXPECT_EQ(item, before);
    }
    EXPECT_EQ(failure([&] { set_path(item, expr::Path(), AttributeValue(0)); }), kInvalidPath);
}

TEST(EvaluateDocumentPath, RemovesValuesWithUpdateRules) {
    Item item = sample();
    EXPECT_TRUE(remove_path(item, path("a.b[0]")));
    EXPECT_EQ(*find_path(item, path("a.b[0].c")), AttributeValue("deep"));
    EXPECT_FALSE(remove_path(item, path("a.b[5]")));
    EXPECT_FALSE(remove_path(item, path("a.z")));
    EXPECT_FALSE(remove_path(item, path("z")));
    EXPECT_TRUE(remove_path(item, path("a.b[0].c")));
    EXPECT_TRUE(remove_path(item, path("s")));
    EXPECT_EQ(item, (Item{{"a", Map{{"b", AttributeValue{Map{}}}}}, {"tags", ss({"x"})}}));
    for (const char* bad : {"z.x", "a.z.x", "a.b.x", "a[0]", "tags[0]", "a.b[3].c"}) {
        SCOPED_TRACE(bad);
        EXPECT_EQ(failure([&] { remove_path(item, path(bad)); }), kInvalidPath);
    }
}

}  // namespace
}  // namespace dynamorm::local
