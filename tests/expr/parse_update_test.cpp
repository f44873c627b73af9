// Update expressions: what the parser accepts, the trees it builds, and DynamoDB's messages for
// what it refuses.

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>

#include "expr/parse_support.hpp"

namespace dynamorm::expr {
namespace {

using testing::path;
using testing::Request;
using testing::update_refusal;

Request request() {
    Request r;
    r.names = {{"#n", "name"}, {"#k", "with.dot"}};
    r.values = {{":v", "x"},
                {":n", 1},
                {":l", List{AttributeValue(1)}},
                {":ss", StringSet{"a", "b"}},
                {":ns", NumberSet{Number(2)}}};
    return r;
}

Operand value(AttributeValue v) {
    return Operand(std::move(v));
}

TEST(ParseUpdateTest, ReadsEveryClause) {
    const Request r = request();
    Update expected;
    expected.set = {{path("a"), value("x")}};
    expected.remove = {path("b.c[1]")};
    expected.add = {{path("d"), 1}, {path("e"), StringSet{"a", "b"}}};
    expected.del = {{path("f"), NumberSet{Number(2)}}};
    EXPECT_EQ(r.update("SET a = :v REMOVE b.c[1] ADD d :n, e :ss DELETE f :ns"), expected);
    // Clauses in any order, keywords in any case, whitespace anywhere.
    EXPECT_EQ(r.update("delete f :ns add d :n,e :ss remove b.c[1] set a=:v"), expected);
    EXPECT_EQ(r.update("  DeLeTe f :ns\n\tAdD d :n ,  e :ss ReMoVe b . c [1] sEt a = :v  "),
              expected);
}

TEST(ParseUpdateTest, KeepsActionsInTheOrderWritten) {
    const Request r = request();
    const Update update = r.update("SET c = :v, a = :n, #n.b = :v, #k = a REMOVE z, y");
    ASSERT_EQ(update.set.size(), 4u);
    EXPECT_EQ(update.set[0].path, path("c"));
    EXPECT_EQ(update.set[1].value, value(1));
    EXPECT_EQ(update.set[2].path, path("name.b"));
    EXPECT_EQ(update.set[3].path, Path("with.dot"));
    EXPECT_EQ(update.set[3].value, Operand(path("a")));
    EXPECT_EQ(update.remove, (std::vector<Path>{path("z"), path("y")}));
}

TEST(ParseUpdateTest, ReadsArithmeticAndFunctions) {
    const Request r = request();
    using Arith = Operand::Arithmetic;
    const std::pair<const char*, Operand> cases[] = {
        {"a + :n", Arith{path("a"), Arith::Op::Plus, value(1)}},
        {":n - a", Arith{value(1), Arith::Op::Minus, path("a")}},
        {"list_append(a, :l)", Operand::ListAppend{path("a"), value(List{AttributeValue(1)})}},
        {"if_not_exists(a, :v)", Operand::IfNotExists{path("a"), value("x")}},
        {"if_not_exists(b, if_not_exists(c, :n))",
         Operand::IfNotExists{path("b"), Operand::IfNotExists{path("c"), value(1)}}},
        {"list_append(if_not_exists(a, :l), :l)",
         Operand::ListAppend{Operand::IfNotExists{path("a"), value(List{AttributeValue(1)})},
                             value(List{AttributeValue(1)})}},
        {"if_not_exists(b, :n)+:n",
         Arith{Operand::IfNotExists{path("b"), value(1)}, Arith::Op::Plus, value(1)}},
        {"(a + :n)", Arith{path("a"), Arith::Op::Plus, value(1)}},
        {"(a) + (:n)", Arith{path("a"), Arith::Op::Plus, value(1)}},
        {"((a.b) - :n)", Arith{path("a.b"), Arith::Op::Minus, value(1)}},
        {"(a.b)", path("a.b")},
        {"((a))", path("a")},
        {"if_not_exists((a), (:v))", Operand::IfNotExists{path("a"), value("x")}},
    };
    for (const auto& [text, expected] : cases) {
        const Update update = r.update("SET z = " + std::string(text));
        ASSERT_EQ(update.set.size(), 1u) << text;
        EXPECT_EQ(update.set[0].value, expected) << text;
    }
}

TEST(ParseUpdateTest, RefusesReservedWords) {
    Request r = request();
    r.names = {{"#a", "a"}, {"#b", "b"}};
    EXPECT_EQ(update_refusal(r, " set #c = :c set abOrt = true "),
              "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: "
              "abOrt");
    EXPECT_EQ(update_refusal(r, " remove Absolute "),
              "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: "
              "Absolute");
}

TEST(ParseUpdateTest, RefusesUnknownAndMisplacedFunctions) {
    const Request r = request();
    EXPECT_EQ(update_refusal(r, "set #c = if_not_exist(:c) set c = d"),
              "Invalid UpdateExpression: Invalid function name; function: if_not_exist");
    EXPECT_EQ(update_refusal(r, "SET a = f123_hi(b,c,d)"),
              "Invalid UpdateExpression: Invalid function name; function: f123_hi");
    EXPECT_EQ(update_refusal(r, "SET a = size(b)"),
              "Invalid UpdateExpression: The function is not allowed in an update expression; "
              "function: size");
    EXPECT_EQ(update_refusal(r, "SET a = if_not_exists(b, attribute_exists(c))"),
              "Invalid UpdateExpression: The function is not allowed in an update expression; "
              "function: attribute_exists");
    EXPECT_EQ(update_refusal(r, "SET a = list_append(list_append(:l, :l), :l)"),
              "Invalid UpdateExpression: The function is not allowed to be used this way in an "
              "expression; function: list_append");
}

TEST(ParseUpdateTest, RefusesAClauseUsedTwice) {
    Request r = request();
    r.names = {{"#a", "a"}, {"#b", "b"}};
    const std::pair<const char*, const char*> cases[] = {
        {"set a = #c set c = :d", "SET"},
        {"remove #d set a = b remove e", "REMOVE"},
        {"add #d :e set a = b add e :f", "ADD"},
        {"delete #d :e set a = b delete #e :f", "DELETE"},
    };
    for (const auto& [text, clause] : cases) {
        EXPECT_EQ(update_refusal(r, text), "Invalid UpdateExpression: The \"" +
                                               std::string(clause) +
                                               "\" section can only be used once in an update "
                                               "expression;")
            << text;
    }
}

TEST(ParseUpdateTest, RefusesUndefinedPlaceholders) {
    Request r;
    r.names = {{"#a", "a"}, {"#b", "b"}};
    r.values = {{":a", "a"}, {":b", "a"}};
    EXPECT_EQ(update_refusal(r, "SET #c = if_not_exists(:c)"),
              "Invalid UpdateExpression: An expression attribute name used in the document path "
              "is not defined; attribute name: #c");
    EXPECT_EQ(update_refusal(r, "SET #a = if_not_exists(:c)"),
              "Invalid UpdateExpression: An expression attribute value used in expression is not "
              "defined; attribute value: :c");
    // Any undefined name comes before any undefined value.
    EXPECT_EQ(update_refusal(r, "SET a = :c, b = #c"),
              "Invalid UpdateExpression: An expression attribute name used in the document path "
              "is not defined; attribute name: #c");
}

TEST(ParseUpdateTest, RefusesOverlappingPaths) {
    Request r;
    r.names = {{"#c", "c"}, {"#d", "[3]"}, {"#a1", "a"}, {"#a2", "a"}};
    r.values = {{":v", 1}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"set d[1] = a, d.b = a, c[1].a = a, #c = if_not_exists(a)", "[c, [1], a]", "[c]"},
        {"set #c[3].#d = a, #c[3] = a", "[c, [3], [3]]", "[c, [3]]"},
        {"SET a = :v REMOVE a", "[a]", "[a]"},
        {"REMOVE a SET a = :v", "[a]", "[a]"},
        {"SET #a1 = :v, #a2 = :v", "[a]", "[a]"},
        {"SET a.b.c = :v ADD a.b :v", "[a, b, c]", "[a, b]"},
        {"SET a[1][1][1][1] = :v, a[1][1] = :v", "[a, [1], [1], [1], [1]]", "[a, [1], [1]]"},
    };
    for (const auto& [text, one, two] : cases) {
        EXPECT_EQ(update_refusal(r, text),
                  "Invalid UpdateExpression: Two document paths overlap with each other; must "
                  "remove or rewrite one of these paths; path one: " +
                      std::string(one) + ", path two: " + two)
            << text;
    }
    EXPECT_EQ(update_refusal(r, "SET a.b = :v, a.c = :v, b = :v REMOVE a.d, c[1], c[2]"),
              "(accepted)");
}

TEST(ParseUpdateTest, RefusesConflictingPaths) {
    Request r;
    r.names = {{"#b", "b"}, {"#c", "c"}, {"#d", "[3]"}};
    r.values = {{":v", 1}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"set #c[3].#d = a, #c.#d[3] = if_not_exists(a)", "[c, [3], [3]]", "[c, [3], [3]]"},
        {"remove a.#c set a[1] = #d", "[a, c]", "[a, [1]]"},
        {"SET a.b = :v, a[1] = :v", "[a, b]", "[a, [1]]"},
        {"SET a.b.c = :v, a.b[2] = :v", "[a, b, c]", "[a, b, [2]]"},
    };
    for (const auto& [text, one, two] : cases) {
        EXPECT_EQ(update_refusal(r, text),
                  "Invalid UpdateExpression: Two document paths conflict with each other; must "
                  "remove or rewrite one of these paths; path one: " +
                      std::string(one) + ", path two: " + two)
            << text;
    }
}

TEST(ParseUpdateTest, RefusesAddAndDeleteOperandsOfTheWrongType) {
    const std::tuple<const char*, AttributeValue, const char*, const char*> cases[] = {
        {"set b = list_append(:a, a), c = if_not_exists(a) add a.b :a", "a", "ADD", "STRING"},
        {"delete a.b :a", "a", "DELETE", "STRING"},
        {"add a.b :a", Null{}, "ADD", "NULL"},
        {"delete a.b :a", Null{}, "DELETE", "NULL"},
        {"add a.b :a", false, "ADD", "BOOLEAN"},
        {"delete a.b :a", false, "DELETE", "BOOLEAN"},
        {"add a.b :a", Binary{"a"}, "ADD", "BINARY"},
        {"delete a.b :a", Binary{"a"}, "DELETE", "BINARY"},
        {"add a.b :a", Map{{"a", List{AttributeValue(1)}}}, "ADD", "MAP"},
        {"delete a.b :a", Map{{"a", List{AttributeValue(1)}}}, "DELETE", "MAP"},
        {"add a.b :a", List{AttributeValue(1)}, "ADD", "LIST"},
        {"delete a.b :a", List{AttributeValue(1)}, "DELETE", "LIST"},
        {"delete a.b :a", 1, "DELETE", "NUMBER"},
    };
    for (const auto& [text, operand, clause, type] : cases) {
        Request r;
        r.values = {{":a", operand}, {":b", "a"}};
        // DynamoDB names the set of types the clause allows; dynalite leaves that part out.
        EXPECT_EQ(update_refusal(r, text),
                  "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                  "operator: " +
                      std::string(clause) + ", operand type: " + type + ", typeSet: ALLOWED_FOR_" +
                      clause + "_OPERAND")
            << text;
    }
    Request sets;
    sets.values = {{":n", 1}, {":ss", StringSet{"a"}}, {":bs", BinarySet{Binary{"a"}}}};
    EXPECT_EQ(update_refusal(sets, "ADD a :n, b :ss, c :bs DELETE d :ss, e :bs"), "(accepted)");
}

TEST(ParseUpdateTest, RefusesFunctionsWithTheWrongOperands) {
    Request r;
    r.names = {{"#a", "a"}, {"#b", "b"}};
    r.values = {{":a", "a"}, {":b", "a"}};
    EXPECT_EQ(update_refusal(r, "set a = if_not_exists(c)"),
              "Invalid UpdateExpression: Incorrect number of operands for operator or function; "
              "operator or function: if_not_exists, number of operands: 1");
    EXPECT_EQ(update_refusal(r, "set a = list_append(c)"),
              "Invalid UpdateExpression: Incorrect number of operands for operator or function; "
              "operator or function: list_append, number of operands: 1");
    EXPECT_EQ(update_refusal(r, "set a = if_not_exists(:a, c)"),
              "Invalid UpdateExpression: Operator or function requires a document path; operator "
              "or function: if_not_exists");
    EXPECT_EQ(update_refusal(r, "set a = if_not_exists(if_not_exists(a, b), c)"),
              "Invalid UpdateExpression: Operator or function requires a document path; operator "
              "or function: if_not_exists");
}

TEST(ParseUpdateTest, RefusesArithmeticAndListAppendOnTheWrongTypes) {
    Request r;
    r.values = {{":a", "a"},
                {":b", 1},
                {":c", Binary{"a"}},
                {":d", false},
                {":e", Null{}},
                {":f", StringSet{"a"}},
                {":g", NumberSet{Number(1)}},
                {":h", BinarySet{Binary{"a"}}},
                {":i", Map{}},
                {":j", List{}}};
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"set a = list_append(:a, a)", "list_append", "S"},
        {"set a = list_append(a, :b)", "list_append", "N"},
        {"set a = list_append(:c, a)", "list_append", "B"},
        {"set a = list_append(:d, a)", "list_append", "BOOL"},
        {"set a = list_append(:e, a)", "list_append", "NULL"},
        {"set a = list_append(:f, a)", "list_append", "SS"},
        {"set a = list_append(:g, a)", "list_append", "NS"},
        {"set a = list_append(:h, a)", "list_append", "BS"},
        {"set a = list_append(:i, a)", "list_append", "M"},
        {"set a = a + :a", "+", "S"},
        {"set a = :a + :c", "+", "S"},
        {"set a = :c + a", "+", "B"},
        {"set a = a + :d", "+", "BOOL"},
        {"set a = a + :e", "+", "NULL"},
        {"set a = a + :f", "+", "SS"},
        {"set a = a + :g", "+", "NS"},
        {"set a = a + :h", "+", "BS"},
        {"set a = a + :i", "+", "M"},
        {"set a = a + :j", "+", "L"},
        {"set a = a - :a", "-", "S"},
        {"set a = :c - a", "-", "B"},
        {"set a = a - :j", "-", "L"},
        {"set a = if_not_exists(a, :j) + :j", "+", "L"},
    };
    for (const auto& [text, function, type] : cases) {
        EXPECT_EQ(update_refusal(r, text),
                  "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                  "operator or function: " +
                      std::string(function) + ", operand type: " + type)
            << text;
    }
}

TEST(ParseUpdateTest, ReportsProblemsInDynamoDBsOrder) {
    Request r;
    r.values = {{":s", "s"}};
    // A reserved word before an unknown function, before a clause used twice, before an
    // undefined placeholder, before overlapping paths, before operand types.
    EXPECT_EQ(update_refusal(r, "SET a = nope(b) SET name = :s"),
              "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: "
              "name");
    EXPECT_EQ(update_refusal(r, "SET a = nope(b) SET c = :s"),
              "Invalid UpdateExpression: Invalid function name; function: nope");
    EXPECT_EQ(update_refusal(r, "SET a = #x SET c = :s"),
              "Invalid UpdateExpression: The \"SET\" section can only be used once in an update "
              "expression;");
    EXPECT_EQ(update_refusal(r, "SET a = :x, a = :s"),
              "Invalid UpdateExpression: An expression attribute value used in expression is not "
              "defined; attribute value: :x");
    EXPECT_EQ(update_refusal(r, "SET a = b + :s, a = :s"),
              "Invalid UpdateExpression: Two document paths overlap with each other; must remove "
              "or rewrite one of these paths; path one: [a], path two: [a]");
    EXPECT_EQ(update_refusal(r, "SET a = b + :s ADD c :s"),
              "Invalid UpdateExpression: Incorrect operand type for operator or function; "
              "operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND");
}

TEST(ParseUpdateTest, RefusesPathsDeeperThan32LevelsAndIndexesOutOfRange) {
    const Request r;
    std::string deep = "a";
    for (int i = 0; i < 32; ++i)
        deep += "[0]";
    EXPECT_EQ(update_refusal(r, "REMOVE " + deep),
              "Invalid UpdateExpression: The document path has too many nesting levels; nesting "
              "levels: 33");
    EXPECT_EQ(update_refusal(r, "REMOVE " + deep.substr(0, deep.size() - 3)), "(accepted)");
    EXPECT_EQ(update_refusal(r, "REMOVE l[4294967295]"),
              "Invalid UpdateExpression: List index is not within the allowable range; index: "
              "[4294967295]");
}

}  // namespace
}  // namespace dynamorm::expr
