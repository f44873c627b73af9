// The double-under syntax: Q conditions and Updates actions, against hand-built trees.

#include "dynamorm/expr/q.hpp"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "dynamorm/expr/error.hpp"
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

Path path(const char* dotted) {
    return Path::parse_dotted(dotted);
}

Condition compare(Comparator op, const char* dotted, AttributeValue value) {
    return Condition::Compare{op, path(dotted), std::move(value)};
}

// ---- Q operators ---------------------------------------------------------------------------

TEST(QTest, PlainKeyMeansEquality) {
    EXPECT_EQ(Q("name", "x"), compare(Comparator::EQ, "name", "x"));
    EXPECT_EQ(Q("name__eq", "x"), compare(Comparator::EQ, "name", "x"));
}

TEST(QTest, Comparators) {
    EXPECT_EQ(Q("color__ne", "red"), compare(Comparator::NE, "color", "red"));
    EXPECT_EQ(Q("year__lt", 1990), compare(Comparator::LT, "year", 1990));
    EXPECT_EQ(Q("year__lte", 1990), compare(Comparator::LE, "year", 1990));
    EXPECT_EQ(Q("year__gt", 1990), compare(Comparator::GT, "year", 1990));
    EXPECT_EQ(Q("year__gte", 1990), compare(Comparator::GE, "year", 1990));
    EXPECT_NE(Q("year__gte", 1990), compare(Comparator::GT, "year", 1990));
}

TEST(QTest, Between) {
    EXPECT_EQ(Q("count__between", {10, 20}),
              Condition(Condition::Between{path("count"), AttributeValue(10), AttributeValue(20)}));
}

TEST(QTest, InTakesAListOrASet) {
    EXPECT_EQ(
        Q("color__in", {"red", "blue"}),
        Condition(Condition::In{path("color"), {AttributeValue("red"), AttributeValue("blue")}}));
    EXPECT_EQ(Q("color__in", StringSet{"red"}),
              Condition(Condition::In{path("color"), {AttributeValue("red")}}));
    EXPECT_EQ(Q("n__in", NumberSet{Number(2), Number(1)}),
              Condition(Condition::In{path("n"), {AttributeValue(1), AttributeValue(2)}}));
    EXPECT_EQ(Q("b__in", BinarySet{Binary{"x"}}),
              Condition(Condition::In{path("b"), {AttributeValue(Binary{"x"})}}));
}

TEST(QTest, Functions) {
    EXPECT_EQ(Q("address__zip__begins_with", "9"),
              Condition(Condition::BeginsWith{path("address.zip"), AttributeValue("9")}));
    EXPECT_EQ(Q("data__begins_with", Binary{"\x01"}),
              Condition(Condition::BeginsWith{path("data"), AttributeValue(Binary{"\x01"})}));
    EXPECT_EQ(Q("tags__contains", "x"),
              Condition(Condition::Contains{path("tags"), AttributeValue("x")}));
    EXPECT_EQ(Q("tags__type", "SS"),
              Condition(Condition::AttributeType{path("tags"), AttributeValue("SS")}));
    EXPECT_EQ(Q("gone__type", "NULL"),
              Condition(Condition::AttributeType{path("gone"), AttributeValue("NULL")}));
}

TEST(QTest, ExistsAndNotExists) {
    const Condition exists = Condition::AttributeExists{path("foo")};
    const Condition missing = Condition::AttributeNotExists{path("foo")};
    EXPECT_EQ(Q("foo__exists", true), exists);
    EXPECT_EQ(Q("foo__exists", false), missing);
    EXPECT_EQ(Q("foo__not_exists", true), missing);
    EXPECT_EQ(Q("foo__not_exists", false), exists);
}

// ---- paths -----------------------------------------------------------------------------------

TEST(QTest, PartsBeforeTheOperatorAreNestedKeys) {
    EXPECT_EQ(Q("a__b__c__gt", 1), compare(Comparator::GT, "a.b.c", 1));
    EXPECT_EQ(Q("address__zip", "90210"), compare(Comparator::EQ, "address.zip", "90210"));
}

TEST(QTest, OperatorWordsAreKeysAnywhereButLast) {
    EXPECT_EQ(Q("meta__type__eq", "home"), compare(Comparator::EQ, "meta.type", "home"));
    EXPECT_EQ(Q("in__size__gt", 2), compare(Comparator::GT, "in.size", 2));
    // A single part is always the attribute.
    EXPECT_EQ(Q("type", "x"), compare(Comparator::EQ, "type", "x"));
    EXPECT_EQ(Q("exists", true), compare(Comparator::EQ, "exists", true));
}

TEST(QTest, NamesAreLiteral) {
    EXPECT_EQ(Q("with.dot", 1),
              Condition(Condition::Compare{Comparator::EQ, Path("with.dot"), AttributeValue(1)}));
    EXPECT_EQ(Q("_id__gt", 1), compare(Comparator::GT, "_id", 1));
    EXPECT_EQ(Q("a___b", 1), Condition(Condition::Compare{Comparator::EQ, Path("a").key("_b"),
                                                          AttributeValue(1)}));
}

TEST(QTest, TakesRuntimeKeys) {
    const std::string key = "count__gt";
    EXPECT_EQ(Q(key, 3), compare(Comparator::GT, "count", 3));
    EXPECT_EQ(Q(std::string_view(key), 3), compare(Comparator::GT, "count", 3));
}

// ---- combining -------------------------------------------------------------------------------

TEST(QTest, MultiKeyFormAndsItsPartsInOrder) {
    EXPECT_EQ(Q({{"a", 1}, {"b__gt", 2}, {"c__exists", true}}),
              compare(Comparator::EQ, "a", 1) & compare(Comparator::GT, "b", 2) &
                  Condition(Condition::AttributeExists{path("c")}));
    EXPECT_EQ(Q({{"a", 1}}), compare(Comparator::EQ, "a", 1));
    EXPECT_EQ(Q({{"n__between", {1, 2}}}),
              Condition(Condition::Between{path("n"), AttributeValue(1), AttributeValue(2)}));
}

TEST(QTest, AllTakesAnyRangeOfPairs) {
    const std::vector<std::pair<std::string, AttributeValue>> pairs = {{"a", 1}, {"b__ne", 2}};
    EXPECT_EQ(Q::all(pairs), compare(Comparator::EQ, "a", 1) & compare(Comparator::NE, "b", 2));
    const Item conditions = {{"updated", 5}, {"name", "x"}};  // a map: in key order
    EXPECT_EQ(Q::all(conditions),
              compare(Comparator::EQ, "name", "x") & compare(Comparator::EQ, "updated", 5));
    EXPECT_EQ(error_of([] { Q::all(Item{}); }), "Invalid Q: no keys given");
}

TEST(QTest, CombinesWithAndOrNot) {
    const Q a("a", 1);
    const Q b("b__gt", 2);
    EXPECT_EQ(a & b, Condition(Condition::And{a, b}));
    EXPECT_EQ(a | b, Condition(Condition::Or{a, b}));
    EXPECT_EQ(!a, Condition(Condition::Not{a}));
    const Q nested = (a | b) & !Q("c__exists", true);
    expr::Placeholders placeholders;
    EXPECT_EQ(expr::render(nested, placeholders),
              "(#n0 = :v0 OR #n1 > :v1) AND NOT attribute_exists(#n2)");
}

// ---- Q errors --------------------------------------------------------------------------------

TEST(QTest, RefusesEmptyKeysAndParts) {
    EXPECT_EQ(error_of([] { Q("", 1); }), "Invalid Q key \"\": the key is empty");
    for (const char* key : {"__a", "a__", "a____b", "a__gt__", "__"}) {
        SCOPED_TRACE(key);
        const std::string message = error_of([&] { Q(key, 1); });
        EXPECT_NE(message.find(std::string("Invalid Q key \"") + key + "\": empty part"),
                  std::string::npos)
            << message;
    }
    EXPECT_EQ(error_of([] { Q(std::initializer_list<Q::Part>{}); }), "Invalid Q: no keys given");
}

TEST(QTest, RefusesOperatorLookalikesWhereTheOperatorGoes) {
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"count__GT", "gt"}, {"x__Begins_With", "begins_with"},
        {"x__is_in", "in"},  {"x__attribute_exists", "exists"},
        {"x__le", "lte"},    {"x__NOT_EXISTS", "not_exists"}};
    for (const auto& test_case : cases) {
        const char* key = test_case.first;
        const char* meant = test_case.second;
        SCOPED_TRACE(key);
        const std::string message = error_of([&] { Q(key, 1); });
        EXPECT_NE(message.find(std::string("Invalid Q key \"") + key + "\""), std::string::npos)
            << message;
        EXPECT_NE(message.find(std::string("did you mean \"") + meant + "\""), std::string::npos)
            << message;
        EXPECT_NE(message.find("__eq"), std::string::npos) << message;
    }
    // The way out the message suggests works.
    EXPECT_EQ(Q("count__GT__eq", 1), compare(Comparator::EQ, "count.GT", 1));
}

TEST(QTest, RefusesValuesTheOperatorCannotTake) {
    const std::vector<std::tuple<const char*, AttributeValue, const char*>> cases = {
        {"n__between", List{1},
         "between needs a list of exactly two values [low, high], got a "
         "list of 1"},
        {"n__between", List{1, 2, 3}, "got a list of 3"},
        {"n__between", 5, "got N"},
        {"n__in", List{}, "in needs a non-empty list or a set, got an empty list"},
        {"n__in", "x", "in needs a non-empty list or a set, got S"},
        {"f__exists", 1, "exists needs true or false, got N"},
        {"f__not_exists", "yes", "not_exists needs true or false, got S"},
        {"s__begins_with", 9, "begins_with needs a string or binary, got N"},
        {"t__type", "STRING",
         "type needs a type name (S, N, B, BOOL, NULL, M, L, SS, NS, BS), "
         "got \"STRING\""},
        {"t__type", "s", "got \"s\""},
        {"t__type", 1, "got N"},
    };
    for (const auto& test_case : cases) {
        const char* key = std::get<0>(test_case);
        const AttributeValue& value = std::get<1>(test_case);
        const char* expected = std::get<2>(test_case);
        SCOPED_TRACE(key);
        const std::string message = error_of([&] { Q(key, value); });
        EXPECT_NE(message.find(std::string("Invalid Q key \"") + key + "\": "), std::string::npos)
            << message;
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    }
}

// ---- Updates ---------------------------------------------------------------------------------

Update set(const char* dotted, Operand value) {
    Update update;
    update.set.push_back({path(dotted), std::move(value)});
    return update;
}

TEST(UpdatesTest, PlainKeySets) {
    EXPECT_EQ(Updates("name", "x"), set("name", AttributeValue("x")));
    EXPECT_EQ(Updates("name__set", "x"), set("name", AttributeValue("x")));
    EXPECT_EQ(Updates("foo__bar__a", 5), set("foo.bar.a", AttributeValue(5)));
    EXPECT_EQ(Updates("key", Null{}), set("key", AttributeValue(Null{})));
}

TEST(UpdatesTest, ArithmeticAndListFunctions) {
    using Arithmetic = Operand::Arithmetic;
    EXPECT_EQ(Updates("count__plus", 1),
              set("count", Arithmetic{path("count"), Arithmetic::Op::Plus, AttributeValue(1)}));
    EXPECT_EQ(Updates("stock__minus", 2),
              set("stock", Arithmetic{path("stock"), Arithmetic::Op::Minus, AttributeValue(2)}));
    EXPECT_EQ(Updates("tags__append", List{"x"}),
              set("tags", Operand::ListAppend{path("tags"), AttributeValue(List{"x"})}));
    EXPECT_EQ(Updates("tags__prepend", List{"x"}),
              set("tags", Operand::ListAppend{AttributeValue(List{"x"}), path("tags")}));
    EXPECT_EQ(Updates("n__if_not_exists", 0),
              set("n", Operand::IfNotExists{path("n"), AttributeValue(0)}));
}

TEST(UpdatesTest, AddDeleteRemove) {
    Update add;
    add.add.push_back({path("visits"), AttributeValue(1)});
    EXPECT_EQ(Updates("visits__add", 1), add);
    Update add_set;
    add_set.add.push_back({path("seen"), AttributeValue(StringSet{"a"})});
    EXPECT_EQ(Updates("seen__add", StringSet{"a"}), add_set);
    Update del;
    del.del.push_back({path("colors"), AttributeValue(StringSet{"red"})});
    EXPECT_EQ(Updates("colors__delete", StringSet{"red"}), del);
    Update remove;
    remove.remove.push_back(path("draft.note"));
    EXPECT_EQ(Updates("draft__note__remove", true), remove);
}

TEST(UpdatesTest, ManyPartsKeepTheirOrder) {
    const Updates updates({{"count__plus", 1},
                           {"tags__append", AttributeValue{List{"new"}}},
                           {"foo__bar__a", 5},
                           {"old__remove", true},
                           {"name", "x"}});
    expr::Placeholders placeholders;
    EXPECT_EQ(expr::render(updates, placeholders),
              "SET #n0 = #n0 + :v0, #n1 = list_append(#n1, :v1), #n2.#n3.#n4 = :v2, #n5 = :v3 "
              "REMOVE #n6");
    EXPECT_EQ(placeholders.name_map().at("#n5"), "name");
    EXPECT_EQ(placeholders.name_map().at("#n6"), "old");

    const std::vector<std::pair<std::string, AttributeValue>> pairs = {{"a", 1}, {"b__add", 2}};
    Update expected = set("a", AttributeValue(1));
    expected.add.push_back({path("b"), AttributeValue(2)});
    EXPECT_EQ(Updates::all(pairs), expected);
    EXPECT_EQ(Updates("a", 1) + Updates("b__add", 2), expected);
}

TEST(UpdatesTest, RefusesBadKeysAndValues) {
    const std::vector<std::tuple<const char*, AttributeValue, const char*>> cases = {
        {"", 1, "the key is empty"},
        {"a____b", 1, "empty part"},
        {"count__PLUS", 1, "\"PLUS\" is not an update function (did you mean \"plus\"?)"},
        {"tags__list_append", List{}, "did you mean \"append\""},
        {"count__plus", "1", "plus needs a number, got S"},
        {"count__minus", List{}, "minus needs a number, got L"},
        {"tags__append", "x", "append needs a list, got S"},
        {"tags__prepend", StringSet{"x"}, "prepend needs a list, got SS"},
        {"n__add", "x", "add needs a number or a set, got S"},
        {"s__delete", List{"x"}, "delete needs a set (SS, NS or BS), got L"},
        {"s__delete", 1, "got N"},
        {"x__remove", false, "remove needs the value true"},
        {"x__remove", Null{}, "remove needs the value true"},
    };
    for (const auto& test_case : cases) {
        const char* key = std::get<0>(test_case);
        const AttributeValue& value = std::get<1>(test_case);
        const char* expected = std::get<2>(test_case);
        SCOPED_TRACE(key);
        const std::string message = error_of([&] { Updates(key, value); });
        EXPECT_NE(message.find(std::string("Invalid update key \"") + key + "\": "),
                  std::string::npos)
            << message;
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    }
    EXPECT_EQ(error_of([] { Updates(std::initializer_list<Updates::Part>{}); }),
              "Invalid Updates: no keys given");
    // The way out for a map key named like a function.
    EXPECT_EQ(Updates("counters__plus__set", 1), set("counters.plus", AttributeValue(1)));
}

}  // namespace
}  // namespace dynamorm
