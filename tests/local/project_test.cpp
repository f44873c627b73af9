// Projection expressions cut out of items the way DynamoDB returns them.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::Request;
using testing::ss;

const Item& document() {
    static const Item item{
        {"id", "x"},
        {"title", "Thing"},
        {"tags", ss({"a", "b"})},
        {"address", Map{{"zip", "94110"}, {"city", "SF"}, {"geo", Map{{"lat", 1}, {"lon", 2}}}}},
        {"l", AttributeValue{"zero", Map{{"k", "v"}, {"j", "w"}}, "two", AttributeValue{1, 2, 3}}},
    };
    return item;
}

Item projected(std::string_view text, const Item& item = document(),
               expr::AttributeNames names = {}) {
    return project(Request{std::move(names), {}}.projection(text), item);
}

TEST(Project, KeepsTheTopLevelAttributesNamed) {
    EXPECT_EQ(projected("id, tags"), (Item{{"id", "x"}, {"tags", ss({"a", "b"})}}));
    EXPECT_EQ(projected("address"), (Item{{"address", document().at("address")}}));
    EXPECT_EQ(projected("ghost"), Item{});
    EXPECT_EQ(projected("id, ghost"), (Item{{"id", "x"}}));
    EXPECT_EQ(projected("id", {}), Item{});
}

TEST(Project, TrimsMapsToTheKeysNamed) {
    EXPECT_EQ(projected("address.zip"), (Item{{"address", Map{{"zip", "94110"}}}}));
    EXPECT_EQ(projected("address.zip, address.geo.lat"),
              (Item{{"address", Map{{"zip", "94110"}, {"geo", Map{{"lat", 1}}}}}}));
    EXPECT_EQ(projected("address.geo, id"),
              (Item{{"id", "x"}, {"address", Map{{"geo", Map{{"lat", 1}, {"lon", 2}}}}}}));
}

TEST(Project, KeepsListElementsInListOrderWithTheGapsClosed) {
    EXPECT_EQ(projected("l[2]"), (Item{{"l", AttributeValue{"two"}}}));
    EXPECT_EQ(projected("l[3], l[0]"),
              (Item{{"l", AttributeValue{"zero", AttributeValue{1, 2, 3}}}}));
    EXPECT_EQ(projected("l[1].j, l[3][2], l[9]"),
              (Item{{"l", AttributeValue{Map{{"j", "w"}}, AttributeValue{3}}}}));
}

TEST(Project, LeavesOutContainersNoneOfWhoseNamedPartsExist) {
    EXPECT_EQ(projected("address.country"), Item{});
    EXPECT_EQ(projected("address.geo.alt, id"), (Item{{"id", "x"}}));
    EXPECT_EQ(projected("l[7], l[1].q"), Item{});
    EXPECT_EQ(projected("address.country, address.city"), (Item{{"address", Map{{"city", "SF"}}}}));
}

TEST(Project, LeavesOutStepsThroughValuesOfTheWrongKind) {
    EXPECT_EQ(projected("address[0]"), Item{});
    EXPECT_EQ(projected("l.zero"), Item{});
    EXPECT_EQ(projected("id.x, tags[0], title.t"), Item{});
    EXPECT_EQ(projected("id[0]"), Item{});
}

TEST(Project, ReadsNamesFromPlaceholders) {
    const Item item{{"a.b", 1}, {"a", Map{{"b", 2}}}};
    EXPECT_EQ(projected("#ab", item, {{"#ab", "a.b"}}), (Item{{"a.b", 1}}));
    EXPECT_EQ(projected("#a.#b", item, {{"#a", "a"}, {"#b", "b"}}), (Item{{"a", Map{{"b", 2}}}}));
}

TEST(Project, GivesTheUnionOfOverlappingPathsBuiltByHand) {
    expr::Projection projection;
    projection.paths = {expr::Path::parse_dotted("address.geo.lat"),
                        expr::Path::parse_dotted("address.geo"),
                        expr::Path::parse_dotted("address.geo.lon")};
    EXPECT_EQ(project(projection, document()),
              (Item{{"address", Map{{"geo", Map{{"lat", 1}, {"lon", 2}}}}}}));
}

}  // namespace
}  // namespace dynamorm::local
