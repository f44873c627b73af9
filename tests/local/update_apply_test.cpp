// Update expressions applied to items: SET, REMOVE, ADD, DELETE, their errors and the key check.

#include <gtest/gtest.h>

#include "eval_support.hpp"

namespace dynamorm::local {
namespace {

using testing::bin;
using testing::bs;
using testing::kInvalidPath;
using testing::kMissing;
using testing::kWrongType;
using testing::ns;
using testing::num;
using testing::Request;
using testing::ss;
using testing::update_failure;
using testing::updated;

// ---- SET ---------------------------------------------------------------------------------

TEST(UpdateSet, SetsAndAddsTopLevelAttributes) {
    const Item item{{"id", "x"}, {"a", 1}};
    EXPECT_EQ(updated("SET a = :v, b = :w", item, {{":v", "one"}, {":w", ss({"t"})}}),
              (Item{{"id", "x"}, {"a", "one"}, {"b", ss({"t"})}}));
}

TEST(UpdateSet, SetsKeysOfExistingMaps) {
    const Item item{{"m", Map{{"keep", "k"}, {"nested", Map{{"c", "old"}}}}}};
    EXPECT_EQ(updated("SET m.child = :v", item, {{":v", "new"}}),
              (Item{{"m", Map{{"keep", "k"}, {"nested", Map{{"c", "old"}}}, {"child", "new"}}}}));
    EXPECT_EQ(updated("SET m.nested.c = :v", item, {{":v", "new"}}),
              (Item{{"m", Map{{"keep", "k"}, {"nested", Map{{"c", "new"}}}}}}));
    const Request dotted{{{"#pc", "m.child"}}, {{":v", 1}}};
    EXPECT_EQ(apply_update(dotted.update("SET #pc = :v"), item).item.at("m.child"),
              AttributeValue(1));
}

TEST(UpdateSet, ReplacesListElementsAndAppendsPastTheEnd) {
    const Item item{{"l", AttributeValue{"a", "b", "c"}}, {"e", List{}}};
    EXPECT_EQ(updated("SET l[1] = :v", item, {{":v", "B"}}).at("l"),
              (AttributeValue{"a", "B", "c"}));
    EXPECT_EQ(updated("SET l[3] = :v", item, {{":v", "d"}}).at("l"),
              (AttributeValue{"a", "b", "c", "d"}));
    EXPECT_EQ(updated("SET l[5] = :v", item, {{":v", "inserted"}}).at("l"),
              (AttributeValue{"a", "b", "c", "inserted"}));
    EXPECT_EQ(updated("SET e[0] = :v", item, {{":v", "first"}}).at("e"), (AttributeValue{"first"}));
    // Several appends land in index order, whatever order they are written in.
    EXPECT_EQ(updated("SET l[9] = :x, l[4] = :y, l[0] = :z", item,
                      {{":x", "x"}, {":y", "y"}, {":z", "z"}})
                  .at("l"),
              (AttributeValue{"z", "b", "c", "y", "x"}));
}

TEST(UpdateSet, SetsInsideListElementsAndMapsInLists) {
    const Item item{{"l", AttributeValue{Map{{"n", 1}}, AttributeValue{1, 2}}}};
    EXPECT_EQ(updated("SET l[0].n = :v, l[1][0] = :w", item, {{":v", 5}, {":w", 7}}).at("l"),
              (AttributeValue{Map{{"n", 5}}, AttributeValue{7, 2}}));
}

TEST(UpdateSet, RefusesPathsWhoseParentIsMissingOrOfTheWrongKind) {
    const Item item{
        {"s", "text"}, {"m", Map{{"k", 1}}}, {"l", AttributeValue{1, 2}}, {"tags", ss({"a"})}};
    const Item values{{":v", 1}};
    for (const char* target :
         {"absent.x", "absent[0]", "absent.b.c", "m.gone.x", "m.gone[0]", "m[0]", "l.x", "l[5].x",
          "l[5][0]", "s.x", "s[0]", "m.k.x", "m.k[0]", "tags[0]", "tags.a", "l[0].x"}) {
        SCOPED_TRACE(target);
        EXPECT_EQ(update_failure(std::string("SET ") + target + " = :v", item, values),
                  kInvalidPath);
    }
}

TEST(UpdateSet, CopiesValuesFromOtherPathsOfTheOldItem) {
    const Item item{{"a", 1}, {"b", 2}, {"m", Map{{"k", AttributeValue{"x", "y"}}}}};
    EXPECT_EQ(updated("SET a = b, b = a", item), (Item{{"a", 2}, {"b", 1}, {"m", item.at("m")}}));
    EXPECT_EQ(updated("SET c = m.k[1]", item).at("c"), AttributeValue("y"));
    EXPECT_EQ(updated("SET m.k[0] = a, a = m.k[0]", item),
              (Item{{"a", "x"}, {"b", 2}, {"m", Map{{"k", AttributeValue{1, "y"}}}}}));
}

TEST(UpdateSet, RefusesOperandsTheItemDoesNotHave) {
    const Item item{{"a", 1}, {"m", Map{}}};
    EXPECT_EQ(update_failure("SET a = b", item), kMissing);
    EXPECT_EQ(update_failure("SET a = m.x", item), kMissing);
    EXPECT_EQ(update_failure("SET a = a[0]", item), kMissing);
    EXPECT_EQ(update_failure("SET c = b", {}), kMissing);
}

TEST(UpdateArithmetic, AddsAndSubtractsNumbersExactly) {
    const Item item{{"n", num("0.1")}, {"m", Map{{"tally", 10}}}};
    EXPECT_EQ(updated("SET n = n + :v", item, {{":v", num("0.2")}}).at("n"), num("0.3"));
    EXPECT_EQ(updated("SET n = n - :v", item, {{":v", 1}}).at("n"), num("-0.9"));
    EXPECT_EQ(updated("SET n = :v - n", item, {{":v", num("0.1")}}).at("n"), num("0"));
    EXPECT_EQ(updated("SET m.tally = m.tally + :inc", item, {{":inc", 5}}).at("m"),
              AttributeValue(Map{{"tally", 15}}));
    EXPECT_EQ(updated("SET x = n + n", item).at("x"), num("0.2"));
    EXPECT_EQ(
        updated("SET x = :a + :b", item, {{":a", num("1e100")}, {":b", num("-1e100")}}).at("x"),
        num("0"));
}

TEST(UpdateArithmetic, RefusesMissingAndNonNumericOperands) {
    const Item item{{"n", 1}, {"s", "1"}, {"l", AttributeValue{1}}};
    const Item one{{":one", 1}};
    EXPECT_EQ(update_failure("SET n = absent + :one", item, one), kMissing);
    EXPECT_EQ(update_failure("SET n = :one + absent", item, one), kMissing);
    EXPECT_EQ(update_failure("SET n = s + :one", item, one), kWrongType);
    EXPECT_EQ(update_failure("SET n = :one - l", item, one), kWrongType);
    // The first operand is checked first: present, then of the right type.
    EXPECT_EQ(update_failure("SET n = s + absent", item), kWrongType);
    EXPECT_EQ(update_failure("SET n = absent - s", item), kMissing);
}

TEST(UpdateArithmetic, ReportsResultsOutOfRangeWithDynamoDbsMessages) {
    const AttributeValue largest = num("9.9999999999999999999999999999999999999E+125");
    const Item item{{"big", largest}, {"small", num("1.1E-130")}, {"wide", num("1E+37")}};
    EXPECT_EQ(update_failure("SET big = big + big", item),
              "Number overflow. Attempting to store a number with magnitude larger than "
              "supported range");
    EXPECT_EQ(update_failure("SET big = :neg - big", item, {{":neg", num("-1E+125")}}),
              "Number overflow. Attempting to store a number with magnitude larger than "
              "supported range");
    EXPECT_EQ(update_failure("SET small = small - :v", item, {{":v", num("1E-130")}}),
              "Number underflow. Attempting to store a number with magnitude smaller than "
              "supported range");
    // 10^37 + 0.1 needs 39 significant digits.
    EXPECT_EQ(update_failure("SET wide = wide + :v", item, {{":v", num("0.1")}}),
              "Number overflow. Attempting to store a number with magnitude larger than "
              "supported range");
    EXPECT_EQ(updated("SET wide = wide + :v", item, {{":v", 1}}).at("wide"),
              num("10000000000000000000000000000000000001"));
}

TEST(UpdateListAppend, JoinsListsInEitherOrder) {
    const Item item{{"l", AttributeValue{"a", "b"}}};
    const Item values{{":more", AttributeValue{"c", "d"}}};
    EXPECT_EQ(updated("SET l = list_append(l, :more)", item, values).at("l"),
              (AttributeValue{"a", "b", "c", "d"}));
    EXPECT_EQ(updated("SET l = list_append(:more, l)", item, values).at("l"),
              (AttributeValue{"c", "d", "a", "b"}));
    EXPECT_EQ(updated("SET l = list_append(l, l)", item).at("l"),
              (AttributeValue{"a", "b", "a", "b"}));
    EXPECT_EQ(updated("SET x = list_append(:e, :more)", item,
                      {{":e", List{}}, {":more", AttributeValue{1}}})
                  .at("x"),
              AttributeValue{1});
}

TEST(UpdateListAppend, RefusesMissingAndNonListOperands) {
    const Item item{{"l", AttributeValue{1}}, {"s", "text"}, {"tags", ss({"a"})}};
    const Item values{{":more", AttributeValue{2}}};
    EXPECT_EQ(update_failure("SET l = list_append(absent, :more)", item, values), kMissing);
    EXPECT_EQ(update_failure("SET l = list_append(:more, absent)", item, values), kMissing);
    EXPECT_EQ(update_failure("SET l = list_append(s, :more)", item, values), kWrongType);
    EXPECT_EQ(update_failure("SET l = list_append(:more, tags)", item, values), kWrongType);
}

TEST(UpdateIfNotExists, KeepsAnExistingValueOrTakesTheFallback) {
    const Item item{{"existing", "keep-me"}, {"myval", "original"}};
    const Item values{{":def", "default"}};
    const Item after =
        updated("SET existing = if_not_exists(existing, :def), fresh = if_not_exists(fresh, :def)",
                item, values);
    EXPECT_EQ(after.at("existing"), AttributeValue("keep-me"));
    EXPECT_EQ(after.at("fresh"), AttributeValue("default"));
    EXPECT_EQ(updated("SET spare = if_not_exists(spare, myval)", item).at("spare"),
              AttributeValue("original"));
    EXPECT_EQ(updated("SET c = if_not_exists(c, :zero) + :one", item, {{":zero", 0}, {":one", 1}})
                  .at("c"),
              AttributeValue(1));
    EXPECT_EQ(updated("SET l = list_append(if_not_exists(l, :empty), :more)", item,
                      {{":empty", List{}}, {":more", AttributeValue{"x"}}})
                  .at("l"),
              AttributeValue{"x"});
}

TEST(UpdateIfNotExists, NeedsItsFallbackEvenWhenThePathExists) {
    // DynamoDB evaluates both operands first; a missing fallback is an error either way.
    const Item item{{"a", 1}};
    EXPECT_EQ(update_failure("SET b = if_not_exists(b, absent)", item), kMissing);
    EXPECT_EQ(update_failure("SET a = if_not_exists(a, absent)", item), kMissing);
}

TEST(UpdateSet, RefusesValuesNestedTooDeeply) {
    // `levels` maps, one inside the other, around a string.
    const auto nested = [](int levels) {
        AttributeValue value("leaf");
        for (int i = 0; i < levels; ++i)
            value = AttributeValue(Map{{"k", std::move(value)}});
        return value;
    };
    const std::string too_deep = "Nesting Levels have exceeded supported limits";
    const Item item{{"m", Map{}}, {"l", List{}}};
    // An attribute is at level 1; maps and lists may reach level 31, values level 32.
    EXPECT_EQ(update_failure("SET a = :v", item, {{":v", nested(31)}}), "(no error)");
    EXPECT_EQ(update_failure("SET a = :v", item, {{":v", nested(32)}}), too_deep);
    EXPECT_EQ(update_failure("SET m.k = :v", item, {{":v", nested(30)}}), "(no error)");
    EXPECT_EQ(update_failure("SET m.k = :v", item, {{":v", nested(31)}}), too_deep);
    EXPECT_EQ(update_failure("SET l[0] = :v", item, {{":v", nested(31)}}), too_deep);
    EXPECT_EQ(update_failure("SET m.k = :v", item, {{":v", AttributeValue(List{nested(29)})}}),
              "(no error)");
    EXPECT_EQ(update_failure("SET m.k = :v", item, {{":v", AttributeValue(List{nested(30)})}}),
              too_deep);
}

// ---- REMOVE ------------------------------------------------------------------------------

TEST(UpdateRemove, RemovesAttributesAndMapKeys) {
    const Item item{
        {"keep", "yes"}, {"drop", "no"}, {"m", Map{{"nested", "gone"}, {"keep", "stay"}}}};
    EXPECT_EQ(apply_update(Request{{{"#d", "drop"}}, {}}.update("REMOVE #d"), item).item,
              (Item{{"keep", "yes"}, {"m", item.at("m")}}));
    EXPECT_EQ(updated("REMOVE m.nested", item).at("m"), AttributeValue(Map{{"keep", "stay"}}));
    EXPECT_EQ(updated("REMOVE m.nested, m.keep", item).at("m"), AttributeValue(Map{}));
}

TEST(UpdateRemove, IgnoresWhatDoesNotExist) {
    const Item item{{"m", Map{{"k", 1}}}, {"l", AttributeValue{1, 2}}};
    EXPECT_EQ(updated("REMOVE ghost", item), item);
    EXPECT_EQ(updated("REMOVE m.ghost", item), item);
    EXPECT_EQ(updated("REMOVE l[2], l[7]", item), item);
    EXPECT_EQ(updated("REMOVE ghost", {}), Item{});
}

TEST(UpdateRemove, RefusesPathsWhoseParentIsMissingOrOfTheWrongKind) {
    const Item item{{"s", "x"}, {"m", Map{{"k", 1}}}, {"l", AttributeValue{1, 2}}};
    for (const char* target :
         {"ghost.x", "ghost[0]", "m.ghost.x", "m[0]", "l.x", "l[5].x", "s.x", "s[0]", "m.k.x"}) {
        SCOPED_TRACE(target);
        EXPECT_EQ(update_failure(std::string("REMOVE ") + target, item), kInvalidPath);
    }
}

TEST(UpdateRemove, RemovesListElementsByTheirOriginalPositions) {
    const Item item{{"l", AttributeValue{"a", "b", "c", "d"}}};
    EXPECT_EQ(updated("REMOVE l[1]", item).at("l"), (AttributeValue{"a", "c", "d"}));
    EXPECT_EQ(updated("REMOVE l[3]", item).at("l"), (AttributeValue{"a", "b", "c"}));
    EXPECT_EQ(updated("REMOVE l[1], l[2]", item).at("l"), (AttributeValue{"a", "d"}));
    EXPECT_EQ(updated("REMOVE l[2], l[0]", item).at("l"), (AttributeValue{"b", "d"}));
    EXPECT_EQ(updated("REMOVE l[0], l[1], l[2], l[3]", item).at("l"), AttributeValue(List{}));
    // SET and REMOVE in one list, each by the original positions.
    EXPECT_EQ(
        updated("SET l[2] = :x, l[6] = :y REMOVE l[1], l[3]", item, {{":x", "C"}, {":y", "z"}})
            .at("l"),
        (AttributeValue{"a", "C", "z"}));
}

// ---- ADD ---------------------------------------------------------------------------------

TEST(UpdateAdd, AddsToNumbers) {
    const Item item{{"count", 10}, {"m", Map{{"n", num("1.5")}}}};
    const Request request{{{"#c", "count"}}, {{":v", 3}}};
    EXPECT_EQ(apply_update(request.update("ADD #c :v"), item).item.at("count"), AttributeValue(13));
    EXPECT_EQ(updated("ADD m.n :v", item, {{":v", num("-2")}}).at("m"),
              AttributeValue(Map{{"n", num("-0.5")}}));
    EXPECT_EQ(updated("ADD fresh :v", item, {{":v", 10}}).at("fresh"), AttributeValue(10));
    EXPECT_EQ(updated("ADD m.fresh :v", item, {{":v", 1}}).at("m"),
              AttributeValue(Map{{"n", num("1.5")}, {"fresh", 1}}));
    EXPECT_EQ(update_failure("ADD big :v", {{"big", num("9E+125")}}, {{":v", num("9E+125")}}),
              "Number overflow. Attempting to store a number with magnitude larger than "
              "supported range");
}

TEST(UpdateAdd, UnitesSetsOfTheSameType) {
    const Item item{{"tags", ss({"a", "b"})}, {"nums", ns({1, 2})}, {"blobs", bs({Binary{"x"}})}};
    EXPECT_EQ(updated("ADD tags :v", item, {{":v", ss({"b", "c", "d"})}}).at("tags"),
              ss({"a", "b", "c", "d"}));
    EXPECT_EQ(updated("ADD nums :v", item, {{":v", ns({Number("2.0"), 3})}}).at("nums"),
              ns({1, 2, 3}));
    EXPECT_EQ(updated("ADD blobs :v", item, {{":v", bs({Binary{"y"}})}}).at("blobs"),
              bs({Binary{"x"}, Binary{"y"}}));
    EXPECT_EQ(updated("ADD fresh :v", item, {{":v", ss({"z"})}}).at("fresh"), ss({"z"}));
}

TEST(UpdateAdd, RefusesOtherTypes) {
    const Item item{
        {"s", "text"}, {"n", 1}, {"tags", ss({"a"})}, {"nums", ns({1})}, {"l", AttributeValue{1}},
        {"m", Map{}}};
    EXPECT_EQ(update_failure("ADD s :v", item, {{":v", 1}}), kWrongType);
    EXPECT_EQ(update_failure("ADD n :v", item, {{":v", ns({1})}}), kWrongType);
    EXPECT_EQ(update_failure("ADD tags :v", item, {{":v", ns({1})}}), kWrongType);
    EXPECT_EQ(update_failure("ADD nums :v", item, {{":v", 1}}), kWrongType);
    EXPECT_EQ(update_failure("ADD l :v", item, {{":v", 1}}), kWrongType);
    EXPECT_EQ(update_failure("ADD m :v", item, {{":v", ss({"a"})}}), kWrongType);
}

TEST(UpdateAdd, NeedsTheParentPath) {
    const Item item{{"m", Map{}}, {"l", AttributeValue{1}}};
    EXPECT_EQ(update_failure("ADD ghost.n :v", item, {{":v", 1}}), kInvalidPath);
    EXPECT_EQ(update_failure("ADD m.a.n :v", item, {{":v", 1}}), kInvalidPath);
    EXPECT_EQ(update_failure("ADD l.n :v", item, {{":v", 1}}), kInvalidPath);
    EXPECT_EQ(updated("ADD l[3] :v", item, {{":v", 5}}).at("l"), (AttributeValue{1, 5}));
}

// ---- DELETE ------------------------------------------------------------------------------

TEST(UpdateDelete, TakesElementsOutOfSets) {
    const Item item{{"tags", ss({"a", "b", "c"})},
                    {"nums", ns({1, Number("2.5")})},
                    {"blobs", bs({Binary{"x"}, Binary{"y"}})}};
    EXPECT_EQ(updated("DELETE tags :v", item, {{":v", ss({"b", "z"})}}).at("tags"), ss({"a", "c"}));
    EXPECT_EQ(updated("DELETE nums :v", item, {{":v", ns({Number("2.50")})}}).at("nums"), ns({1}));
    EXPECT_EQ(updated("DELETE blobs :v", item, {{":v", bs({Binary{"y"}})}}).at("blobs"),
              bs({Binary{"x"}}));
    EXPECT_EQ(updated("DELETE tags :v", item, {{":v", ss({"q"})}}), item);
}

TEST(UpdateDelete, RemovesASetLeftEmpty) {
    const Item item{{"id", "x"}, {"tags", ss({"a", "b"})}, {"m", Map{{"s", ns({1})}}}};
    EXPECT_EQ(updated("DELETE tags :v", item, {{":v", ss({"a", "b"})}}),
              (Item{{"id", "x"}, {"m", item.at("m")}}));
    EXPECT_EQ(updated("DELETE m.s :v", item, {{":v", ns({1, 2})}}).at("m"), AttributeValue(Map{}));
    const Item in_list{{"l", AttributeValue{ss({"a"}), "after"}}};
    EXPECT_EQ(updated("DELETE l[0] :v", in_list, {{":v", ss({"a"})}}).at("l"),
              AttributeValue{"after"});
}

TEST(UpdateDelete, LeavesAMissingValueMissing) {
    const Item item{{"m", Map{}}};
    EXPECT_EQ(updated("DELETE ghost :v", item, {{":v", ss({"a"})}}), item);
    EXPECT_EQ(updated("DELETE m.ghost :v", item, {{":v", ss({"a"})}}), item);
    EXPECT_EQ(update_failure("DELETE ghost.x :v", item, {{":v", ss({"a"})}}), kInvalidPath);
}

TEST(UpdateDelete, RefusesOtherTypes) {
    const Item item{{"s", "a"}, {"tags", ss({"a"})}, {"l", AttributeValue{"a"}}};
    EXPECT_EQ(update_failure("DELETE s :v", item, {{":v", ss({"a"})}}), kWrongType);
    EXPECT_EQ(update_failure("DELETE tags :v", item, {{":v", ns({1})}}), kWrongType);
    EXPECT_EQ(update_failure("DELETE l :v", item, {{":v", ss({"a"})}}), kWrongType);
}

// ---- Several actions ---------------------------------------------------------------------

TEST(UpdateActions, ApplyTogetherAgainstTheOldItem) {
    const Item item{
        {"id", "x"}, {"n", 1}, {"tags", ss({"a"})}, {"l", AttributeValue{1, 2, 3}}, {"gone", true}};
    const Item after =
        updated("SET n = n + :one, dup = n, l[0] = n ADD tags :t REMOVE gone, l[2] DELETE ghost :t",
                item, {{":one", 1}, {":t", ss({"b"})}});
    EXPECT_EQ(after, (Item{{"id", "x"},
                           {"n", 2},
                           {"dup", 1},
                           {"tags", ss({"a", "b"})},
                           {"l", AttributeValue{1, 2}}}));
}

TEST(UpdateActions, ReportErrorsInPathOrder) {
    // The actions are applied as one tree, in path order: `a.x` (an invalid path) comes
    // before `b` (a missing operand), whatever order they are written in.
    const Item item{{"z", 1}};
    EXPECT_EQ(update_failure("SET b = ghost, a.x = :v", item, {{":v", 1}}), kInvalidPath);
    EXPECT_EQ(update_failure("SET a = ghost, b.x = :v", item, {{":v", 1}}), kMissing);
    EXPECT_EQ(update_failure("ADD b :s REMOVE a.x", {{"b", "s"}}, {{":s", 1}}), kInvalidPath);
}

TEST(UpdateActions, FailWithoutChangingTheOldItem) {
    const Item item{{"a", 1}, {"b", "s"}};
    const expr::Update update = Request{{}, {{":v", 2}}}.update("SET a = :v ADD b :v");
    EXPECT_EQ(testing::failure([&] { apply_update(update, item); }), kWrongType);
    EXPECT_EQ(item, (Item{{"a", 1}, {"b", "s"}}));
}

TEST(UpdateActions, RefuseOverlappingPathsOfATreeBuiltByHand) {
    expr::Update update;
    update.set.push_back({expr::Path::parse_dotted("a.b"), expr::Operand(AttributeValue(1))});
    update.remove.push_back(expr::Path::parse_dotted("a"));
    EXPECT_EQ(testing::failure([&] {
                  apply_update(update, {{"a", Map{}}});
              }),
              "Invalid UpdateExpression: Two document paths overlap with each other; must remove "
              "or rewrite one of these paths; path one: [a, b], path two: [a]");
}

// ---- Key attributes ----------------------------------------------------------------------

TEST(UpdateKeys, RefusesChangesToKeyAttributes) {
    const Item item{{"pk", "k"}, {"sk", "s"}, {"a", 1}};
    const std::vector<std::string> keys{"pk", "sk"};
    const std::string message =
        "One or more parameter values were invalid: Cannot update attribute pk. This attribute "
        "is part of the key";
    EXPECT_EQ(update_failure("SET pk = :v", item, {{":v", "new"}}, keys), message);
    EXPECT_EQ(update_failure("REMOVE pk", item, {}, keys), message);
    EXPECT_EQ(update_failure("SET pk.x = :v", item, {{":v", "new"}}, keys), message);
    EXPECT_EQ(update_failure("SET a = :v, sk = :v", item, {{":v", "new"}}, keys),
              "One or more parameter values were invalid: Cannot update attribute sk. This "
              "attribute is part of the key");
    // The hash key is named first, whatever the order of the actions.
    EXPECT_EQ(update_failure("SET sk = :v, pk = :v", item, {{":v", "new"}}, keys), message);
    EXPECT_EQ(update_failure("ADD a :v", item, {{":v", 1}}, keys), "(no error)");
    // Reading a key attribute is fine.
    EXPECT_EQ(updated("SET a = pk", item).at("a"), AttributeValue("k"));
    const expr::Update update = Request{{}, {{":v", 1}}}.update("ADD sk :v");
    EXPECT_THROW(check_key_attributes(update, keys), EvaluationError);
    EXPECT_NO_THROW(check_key_attributes(update, {"pk"}));
}

}  // namespace
}  // namespace dynamorm::local
