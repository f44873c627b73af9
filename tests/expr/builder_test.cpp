// The typed builder: the same trees as the double-under syntax, plus what only it can say.

#include "dynamorm/expr/builder.hpp"

#include <gtest/gtest.h>

#include <string>

#include "dynamorm/expr/error.hpp"
#include "dynamorm/expr/q.hpp"
#include "dynamorm/expr/render.hpp"

namespace dynamorm {
namespace {

using expr::Comparator;
using expr::Condition;
using expr::ExpressionError;
using expr::Operand;
using expr::Path;
using expr::Update;

std::string error_of(const auto& action) {
    try {
        action();
    } catch (const ExpressionError& error) {
        return error.what();
    }
    return "<no ExpressionError>";
}

// ---- the same trees as Q -------------------------------------------------------------------

TEST(BuilderTest, ComparisonsMatchQ) {
    EXPECT_EQ(attr("name") == "x", Q("name", "x"));
    EXPECT_EQ(attr("name") == "x", Q("name__eq", "x"));
    EXPECT_EQ(attr("color") != "red", Q("color__ne", "red"));
    EXPECT_EQ(attr("year") < 1990, Q("year__lt", 1990));
    EXPECT_EQ(attr("year") <= 1990, Q("year__lte", 1990));
    EXPECT_EQ(attr("year") > 1990, Q("year__gt", 1990));
    EXPECT_EQ(attr("year") >= 1990, Q("year__gte", 1990));
    EXPECT_NE(attr("year") >= 1990, Q("year__gt", 1990));
    EXPECT_NE(attr("year") >= 1990, Q("year__gte", 1991));
}

TEST(BuilderTest, FunctionsAndRangesMatchQ) {
    EXPECT_EQ(attr("count").between(10, 20), Q("count__between", {10, 20}));
    EXPECT_EQ(attr("color").in({"red", "blue"}), Q("color__in", {"red", "blue"}));
    EXPECT_EQ(attr("color").in(List{"red"}), Q("color__in", StringSet{"red"}));
    EXPECT_EQ(attr("address")["zip"].begins_with("9"), Q("address__zip__begins_with", "9"));
    EXPECT_EQ(attr("tags").contains("x"), Q("tags__contains", "x"));
    EXPECT_EQ(attr("foo").exists(), Q("foo__exists", true));
    EXPECT_EQ(attr("foo").not_exists(), Q("foo__exists", false));
    EXPECT_EQ(attr("foo").not_exists(), Q("foo__not_exists", true));
    EXPECT_EQ(attr("tags").type(Type::SS), Q("tags__type", "SS"));
    EXPECT_EQ(attr("gone").type(Type::NULL_), Q("gone__type", "NULL"));
    EXPECT_EQ(attr("a")["b"]["c"] == 1, Q("a__b__c", 1));
}

TEST(BuilderTest, CompositionMatchesQ) {
    EXPECT_EQ((attr("a") == 1) & (attr("b") > 2), Q({{"a", 1}, {"b__gt", 2}}));
    EXPECT_EQ((attr("a") == 1) | !attr("c").exists(), Q("a", 1) | !Q("c__exists", true));
}

TEST(BuilderTest, UpdateActionsMatchUpdates) {
    EXPECT_EQ(attr("name").set("x"), Updates("name", "x"));
    EXPECT_EQ(attr("foo")["bar"]["a"].set(5), Updates("foo__bar__a", 5));
    EXPECT_EQ(attr("count").set(attr("count") + 1), Updates("count__plus", 1));
    EXPECT_EQ(attr("count").set(attr("count") - 1), Updates("count__minus", 1));
    EXPECT_EQ(attr("tags").append({"x"}), Updates("tags__append", List{"x"}));
    EXPECT_EQ(attr("tags").append(List{"x"}), Updates("tags__append", List{"x"}));
    EXPECT_EQ(attr("tags").prepend({"x"}), Updates("tags__prepend", List{"x"}));
    EXPECT_EQ(attr("n").if_not_exists(0), Updates("n__if_not_exists", 0));
    EXPECT_EQ(attr("visits").add(1), Updates("visits__add", 1));
    EXPECT_EQ(attr("seen").add(StringSet{"a"}), Updates("seen__add", StringSet{"a"}));
    EXPECT_EQ(attr("colors").del(StringSet{"red"}), Updates("colors__delete", StringSet{"red"}));
    EXPECT_EQ(attr("draft").remove(), Updates("draft__remove", true));
}

TEST(BuilderTest, UpdateCombinesActionsInOrder) {
    const Update combined =
        update(attr("count").set(attr("count") + 1), attr("tags").append({"new"}),
               attr("old").remove(), attr("name").set("x"));
    EXPECT_EQ(combined, Updates({{"count__plus", 1},
                                 {"tags__append", List{"new"}},
                                 {"old__remove", true},
                                 {"name", "x"}}));
    EXPECT_EQ(attr("a").set(1) + attr("b").remove() + attr("c").add(1),
              update(attr("a").set(1), attr("b").remove(), attr("c").add(1)));
    EXPECT_EQ(update(attr("a").set(1), Updates("b__plus", 2)), Updates({{"a", 1}, {"b__plus", 2}}));
    EXPECT_TRUE(update().empty());
}

// ---- what only the builder says ------------------------------------------------------------

template <class Index>
concept IndexesWith = requires(const Attr& path, Index index) {
    path[index];
};

TEST(BuilderTest, ListIndexesAndDottedPaths) {
    EXPECT_EQ(attr("tags")[0].path(), Path::parse_dotted("tags[0]"));
    EXPECT_EQ(attr("m")["k"][2u][std::size_t{3}]["z"].path(), Path::parse_dotted("m.k[2][3].z"));
    EXPECT_EQ(attr(Path::parse_dotted("a.b[1]")).path(), Path::parse_dotted("a.b[1]"));
    EXPECT_EQ(attr("with.dot").path(), Path("with.dot"));
    EXPECT_EQ(attr("tags")[1] == "x",
              Condition(Condition::Compare{Comparator::EQ, Path::parse_dotted("tags[1]"),
                                           AttributeValue("x")}));
    EXPECT_NE(error_of([] { (void)attr("tags")[-1]; }).find("a list index cannot be negative"),
              std::string::npos);
    static_assert(!IndexesWith<char>, "a character is not a list index");
    static_assert(!IndexesWith<bool>, "a bool is not a list index");
    static_assert(IndexesWith<std::int64_t> && IndexesWith<unsigned short>);
}

TEST(BuilderTest, ComparesTwoAttributesAndValueFirst) {
    EXPECT_EQ(attr("low") < attr("high"),
              Condition(Condition::Compare{Comparator::LT, Path("low"), Path("high")}));
    EXPECT_EQ(1990 <= attr("year"),
              Condition(Condition::Compare{Comparator::LE, AttributeValue(1990), Path("year")}));
    EXPECT_EQ(attr("a") == attr("b")["c"],
              Condition(Condition::Compare{Comparator::EQ, Path("a"), Path::parse_dotted("b.c")}));
    EXPECT_EQ("x" != attr("a"),
              Condition(Condition::Compare{Comparator::NE, AttributeValue("x"), Path("a")}));
}

TEST(BuilderTest, Size) {
    EXPECT_EQ(attr("tags").size() > 3,
              Condition(Condition::Compare{Comparator::GT, Operand::Size{Path("tags")},
                                           AttributeValue(3)}));
    EXPECT_EQ(
        attr("tags").size().between(1, attr("max")),
        Condition(Condition::Between{Operand::Size{Path("tags")}, AttributeValue(1), Path("max")}));
    EXPECT_EQ(attr("a").size() == attr("b").size(),
              Condition(Condition::Compare{Comparator::EQ, Operand::Size{Path("a")},
                                           Operand::Size{Path("b")}}));
}

TEST(BuilderTest, OperandsMayBePathsAnywhere) {
    EXPECT_EQ(
        attr("a").in({1, attr("b"), "c"}),
        Condition(Condition::In{Path("a"), {AttributeValue(1), Path("b"), AttributeValue("c")}}));
    EXPECT_EQ(attr("s").begins_with(attr("prefix")),
              Condition(Condition::BeginsWith{Path("s"), Path("prefix")}));
    EXPECT_EQ(attr("s").contains(attr("t")), Condition(Condition::Contains{Path("s"), Path("t")}));
    Update copied;
    copied.set.push_back({Path("a"), Path("b")});
    EXPECT_EQ(attr("a").set(attr("b")), copied);
}

TEST(BuilderTest, SetExpressions) {
    using Arithmetic = Operand::Arithmetic;
    Update expected;
    expected.set.push_back(
        {Path("n"), Arithmetic{Operand::IfNotExists{Path("n"), AttributeValue(0)},
                               Arithmetic::Op::Plus, AttributeValue(1)}});
    EXPECT_EQ(attr("n").set(if_not_exists(attr("n"), 0) + 1), expected);

    Update appended;
    appended.set.push_back({Path("l"), Operand::ListAppend{AttributeValue(List{1}), Path("m")}});
    EXPECT_EQ(attr("l").set(list_append({1}, attr("m"))), appended);

    Update difference;
    difference.set.push_back(
        {Path("d"), Arithmetic{AttributeValue(10), Arithmetic::Op::Minus, Path("used")}});
    EXPECT_EQ(attr("d").set(10 - attr("used")), difference);

    expr::Placeholders placeholders;
    EXPECT_EQ(expr::render(attr("total").set(attr("price") + attr("tax")), placeholders),
              "SET #n0 = #n1 + #n2");
}

TEST(BuilderTest, SetTakesEveryKindOfValue) {
    const auto value_of = [](const Update& update) { return update.set.at(0).value.value(); };
    EXPECT_EQ(value_of(attr("a").set(true)), AttributeValue(true));
    EXPECT_EQ(value_of(attr("a").set(2.5)), AttributeValue(Number("2.5")));
    EXPECT_EQ(value_of(attr("a").set(std::string("s"))), AttributeValue("s"));
    EXPECT_EQ(value_of(attr("a").set(Null{})), AttributeValue(Null{}));
    EXPECT_EQ(value_of(attr("a").set(Map{{"k", 1}})), AttributeValue(Map{{"k", 1}}));
    EXPECT_EQ(value_of(attr("a").set({1, "two"})), AttributeValue(List{1, "two"}));
    EXPECT_EQ(value_of(attr("a").set(AttributeValue(NumberSet{Number(1)}))),
              AttributeValue(NumberSet{Number(1)}));
}

TEST(BuilderTest, RendersLikeAnyTree) {
    expr::Placeholders placeholders;
    const Condition condition =
        ((attr("year") >= 1990) & attr("address")["zip"].begins_with("9")) | !attr("x").exists();
    EXPECT_EQ(expr::render(condition, placeholders),
              "#n0 >= :v0 AND begins_with(#n1.#n2, :v1) OR NOT attribute_exists(#n3)");
}

// ---- errors ----------------------------------------------------------------------------------

TEST(BuilderTest, RefusesValuesAnActionCannotTake) {
    EXPECT_EQ(error_of([] { attr("n").add("x"); }),
              "Invalid update of \"n\": add needs a number or a set, got S");
    EXPECT_EQ(error_of([] { attr("s").del(List{"x"}); }),
              "Invalid update of \"s\": delete needs a set (SS, NS or BS), got L");
    EXPECT_EQ(error_of([] { attr("l").append("x"); }),
              "Invalid update of \"l\": append needs a list, got S");
    EXPECT_EQ(error_of([] { attr("l").prepend(3); }),
              "Invalid update of \"l\": prepend needs a list, got N");
    EXPECT_EQ(error_of([] { attr("a")["b"].begins_with(9); }),
              "Invalid condition on \"a.b\": begins_with needs a string or binary, got N");
    EXPECT_EQ(error_of([] { attr("a").in(List{}); }),
              "Invalid condition on a: in needs at least one candidate");
    EXPECT_EQ(error_of([] { attr("a").size().in({}); }),
              "Invalid condition on size(a): in needs at least one candidate");
    // Paths are checked when the database sees them, not here.
    EXPECT_NO_THROW(attr("l").append(attr("other")));
}

}  // namespace
}  // namespace dynamorm
