// Projection expressions.

#include <gtest/gtest.h>

#include <string>
#include <tuple>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::path;
using testing::projection_refusal;
using testing::Request;

TEST(ParseProjectionTest, ReadsPathsInTheOrderWritten) {
    Request r;
    r.names = {{"#n", "name"}, {"#d", "with.dot"}};
    const Projection expected{
        {path("z"), path("a.b"), path("c[2].d[0]"), path("name.x"), Path("with.dot")}};
    EXPECT_EQ(r.projection("z, a.b, c[2].d[0], #n.x, #d"), expected);
    EXPECT_EQ(r.projection("z,a.b,c[2].d[0],#n.x,#d"), expected);
    EXPECT_EQ(r.projection("\tz ,\na . b , c [ 2 ] . d [ 0 ] , #n . x , #d\r\n"), expected);
}

TEST(ParseProjectionTest, RefusesReservedWords) {
    Request r;
    r.names = {{"#a", "a"}};
    EXPECT_EQ(projection_refusal(r, "a.abORt"),
              "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved "
              "keyword: abORt");
    EXPECT_EQ(projection_refusal(r, "#a,ABSoLUTE"),
              "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved "
              "keyword: ABSoLUTE");
}

TEST(ParseProjectionTest, RefusesUndefinedNames) {
    const Request r;
    EXPECT_EQ(projection_refusal(r, "a,b,a,#a"),
              "Invalid ProjectionExpression: An expression attribute name used in the document "
              "path is not defined; attribute name: #a");
}

TEST(ParseProjectionTest, RefusesOverlappingPaths) {
    Request r;
    r.names = {{"#a", "a"}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"b[1], b.a, #a.b, a", "[a, b]", "[a]"},
        {"a, #a[1]", "[a]", "[a, [1]]"},
        {"a, b, a", "[a]", "[a]"},
        {"a.b, a", "[a, b]", "[a]"},
    };
    for (const auto& [text, one, two] : cases) {
        EXPECT_EQ(projection_refusal(r, text),
                  "Invalid ProjectionExpression: Two document paths overlap with each other; must "
                  "remove or rewrite one of these paths; path one: " +
                      std::string(one) + ", path two: " + two)
            << text;
    }
    EXPECT_EQ(projection_refusal(r, "a.b, a.c, #a.d[1], a.d[2]"), "(accepted)");
}

TEST(ParseProjectionTest, RefusesConflictingPaths) {
    Request r;
    r.names = {{"#a", "a"}, {"#b", "[3]"}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"a.b, #a[1], #b", "[a, b]", "[a, [1]]"},
        {"a.b[1], #a[1], #b", "[a, b, [1]]", "[a, [1]]"},
        // A name that looks like an index is still a name.
        {"a[3].b, #a.#b.b", "[a, [3], b]", "[a, [3], b]"},
    };
    for (const auto& [text, one, two] : cases) {
        EXPECT_EQ(projection_refusal(r, text),
                  "Invalid ProjectionExpression: Two document paths conflict with each other; "
                  "must remove or rewrite one of these paths; path one: " +
                      std::string(one) + ", path two: " + two)
            << text;
    }
}

TEST(ParseProjectionTest, RefusesDeepPathsAndIndexesOutOfRange) {
    const Request r;
    std::string deep = "a";
    for (int i = 0; i < 32; ++i)
        deep += ".b";
    EXPECT_EQ(projection_refusal(r, deep),
              "Invalid ProjectionExpression: The document path has too many nesting levels; "
              "nesting levels: 33");
    EXPECT_EQ(projection_refusal(r, "a[99999999999999]"),
              "Invalid ProjectionExpression: List index is not within the allowable range; "
              "index: [99999999999999]");
    EXPECT_EQ(projection_refusal(r, "a[4294967294]"), "(accepted)");
}

}  // namespace
}  // namespace dynamorm::expr
