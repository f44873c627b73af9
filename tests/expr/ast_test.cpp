// The syntax tree: paths, structural equality, composition, explain(), and the random tree
// generator other tests rely on.

#include "dynamorm/expr/ast.hpp"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "dynamorm/expr/error.hpp"
#include "expr/random_ast.hpp"

namespace dynamorm::expr {
namespace {

using Element = PathElement;

std::string error_of(const auto& action) {
    try {
        action();
    } catch (const ExpressionError& error) {
        return error.what();
    }
    return "<no ExpressionError>";
}

Condition exists(std::string name) {
    return Condition::AttributeExists{Path(std::move(name))};
}

// ---- Path ------------------------------------------------------------------------------

TEST(PathTest, ParsesDottedKeysAndListIndexes) {
    EXPECT_EQ(Path::parse_dotted("year").elements(), (std::vector<Element>{{"year", 0, false}}));
    EXPECT_EQ(Path::parse_dotted("address.zip").elements(),
              (std::vector<Element>{{"address", 0, false}, {"zip", 0, false}}));
    EXPECT_EQ(Path::parse_dotted("tags[2].name").elements(),
              (std::vector<Element>{{"tags", 0, false}, {"", 2, true}, {"name", 0, false}}));
    EXPECT_EQ(Path::parse_dotted("m[0][17]").elements(),
              (std::vector<Element>{{"m", 0, false}, {"", 0, true}, {"", 17, true}}));
}

TEST(PathTest, TakesEverythingButSeparatorsLiterally) {
    const Path path = Path::parse_dotted("a b.#c:d");
    ASSERT_EQ(path.elements().size(), 2u);
    EXPECT_EQ(path.elements()[0].name, "a b");
    EXPECT_EQ(path.elements()[1].name, "#c:d");
}

TEST(PathTest, RefusesMalformedDottedText) {
    for (const char* text : {"", ".a", "a.", "a..b", "a[", "a[]", "a[x]", "a[1", "a]", "[0]",
                             "a[1]b", "a[99999999999999999999999999]"}) {
        SCOPED_TRACE(text);
        const std::string message = error_of([&] { Path::parse_dotted(text); });
        EXPECT_NE(message.find("Invalid document path"), std::string::npos) << message;
    }
    EXPECT_NE(error_of([] { Path::parse_dotted("a..b"); }).find("offset 2"), std::string::npos);
}

TEST(PathTest, PrintsTheDottedForm) {
    for (const char* text : {"a", "address.zip", "tags[2].name", "m[0][17].x.y"}) {
        EXPECT_EQ(Path::parse_dotted(text).to_string(), text);
    }
    EXPECT_EQ(Path("with.dot").to_string(), "with.dot");
}

TEST(PathTest, ExtendsByKeyAndIndex) {
    const Path base("address");
    EXPECT_EQ(base.key("lines").index(3), Path::parse_dotted("address.lines[3]"));
    EXPECT_EQ(base.to_string(), "address");  // unchanged
    EXPECT_EQ(base.front(), "address");
    EXPECT_FALSE(base.empty());
    EXPECT_TRUE(Path().empty());
}

TEST(PathTest, KnowsWhenItLiesWithinAnother) {
    const auto p = [](const char* text) { return Path::parse_dotted(text); };
    EXPECT_TRUE(p("a").within(p("a")));
    EXPECT_TRUE(p("a.b").within(p("a")));
    EXPECT_TRUE(p("a[1].c").within(p("a[1]")));
    EXPECT_FALSE(p("a").within(p("a.b")));
    EXPECT_FALSE(p("ab").within(p("a")));
    EXPECT_FALSE(p("a[1]").within(p("a[2]")));
    EXPECT_FALSE(p("a.b").within(p("a[0]")));
    EXPECT_TRUE(p("a").within(Path()));
}

// ---- equality and composition ------------------------------------------------------------

TEST(AstTest, OperandsCompareByStructure) {
    EXPECT_EQ(Operand(Path("a")), Operand(Path("a")));
    EXPECT_NE(Operand(Path("a")), Operand(Path("b")));
    EXPECT_NE(Operand(Path("a")), Operand(AttributeValue("a")));
    EXPECT_EQ(Operand(AttributeValue(Number("1.50"))), Operand(AttributeValue(Number("15e-1"))));
    EXPECT_NE(Operand(AttributeValue(1)), Operand(AttributeValue("1")));
    EXPECT_NE(Operand(Operand::Size{Path("a")}), Operand(Path("a")));

    const Operand deep = Operand::ListAppend{
        Operand::IfNotExists{Path("l"), AttributeValue(List{})}, AttributeValue(List{1, 2})};
    const Operand same = Operand::ListAppend{
        Operand::IfNotExists{Path("l"), AttributeValue(List{})}, AttributeValue(List{1, 2})};
    const Operand other = Operand::ListAppend{
        Operand::IfNotExists{Path("l"), AttributeValue(List{})}, AttributeValue(List{1, 3})};
    EXPECT_EQ(deep, same);
    EXPECT_NE(deep, other);
}

TEST(AstTest, OperandAccessorsMatchTheKind) {
    const Operand path = Path("a");
    const Operand value = AttributeValue(3);
    EXPECT_TRUE(path.is_path());
    EXPECT_FALSE(path.is_value());
    EXPECT_EQ(path.path(), Path("a"));
    EXPECT_TRUE(value.is_value());
    EXPECT_EQ(value.value(), AttributeValue(3));
    EXPECT_THROW((void)value.path(), std::bad_variant_access);
    EXPECT_THROW((void)path.value(), std::bad_variant_access);
}

TEST(AstTest, ConditionsCompareByStructure) {
    const auto build = [](int n) {
        return Condition::Compare{Comparator::GT, Path("count"), AttributeValue(n)} &
               (exists("a") | !Condition::BeginsWith{Path("s"), AttributeValue("x")});
    };
    EXPECT_EQ(build(1), build(1));
    EXPECT_NE(build(1), build(2));
    EXPECT_NE(exists("a") & exists("b"), exists("a") | exists("b"));
    EXPECT_NE(exists("a") & exists("b"), exists("b") & exists("a"));
    EXPECT_NE(Condition(Condition::AttributeExists{Path("a")}),
              Condition(Condition::AttributeNotExists{Path("a")}));
}

TEST(AstTest, LogicalOperatorsBuildTheirNodes) {
    const Condition a = exists("a");
    const Condition b = exists("b");
    const Condition conjunction = a & b;
    const Condition disjunction = a | b;
    const Condition negation = !a;
    const auto* both = std::get_if<Condition::And>(&conjunction.node());
    ASSERT_NE(both, nullptr);
    EXPECT_EQ(both->lhs, a);
    EXPECT_EQ(both->rhs, b);
    const auto* either = std::get_if<Condition::Or>(&disjunction.node());
    ASSERT_NE(either, nullptr);
    EXPECT_EQ(either->lhs, a);
    EXPECT_EQ(either->rhs, b);
    const auto* negated = std::get_if<Condition::Not>(&negation.node());
    ASSERT_NE(negated, nullptr);
    EXPECT_EQ(negated->operand, a);
}

TEST(AstTest, ComparatorSymbols) {
    EXPECT_EQ(comparator_symbol(Comparator::EQ), "=");
    EXPECT_EQ(comparator_symbol(Comparator::NE), "<>");
    EXPECT_EQ(comparator_symbol(Comparator::LT), "<");
    EXPECT_EQ(comparator_symbol(Comparator::LE), "<=");
    EXPECT_EQ(comparator_symbol(Comparator::GT), ">");
    EXPECT_EQ(comparator_symbol(Comparator::GE), ">=");
}

TEST(AstTest, UpdatesConcatenateClauseByClause) {
    Update first;
    first.set.push_back({Path("a"), AttributeValue(1)});
    first.remove.push_back(Path("r1"));
    Update second;
    second.set.push_back({Path("b"), AttributeValue(2)});
    second.add.push_back({Path("n"), AttributeValue(1)});
    second.del.push_back({Path("s"), AttributeValue(StringSet{"x"})});
    second.remove.push_back(Path("r2"));

    const Update sum = first + second;
    ASSERT_EQ(sum.set.size(), 2u);
    EXPECT_EQ(sum.set[0].path, Path("a"));
    EXPECT_EQ(sum.set[1].path, Path("b"));
    EXPECT_EQ(sum.remove, (std::vector<Path>{Path("r1"), Path("r2")}));
    EXPECT_EQ(sum.add.size(), 1u);
    EXPECT_EQ(sum.del.size(), 1u);

    Update accumulated = first;
    accumulated += second;
    EXPECT_EQ(accumulated, sum);
    EXPECT_FALSE(sum.empty());
    EXPECT_TRUE(Update{}.empty());
}

// ---- explain -----------------------------------------------------------------------------

TEST(ExplainTest, WritesConditionsWithNamesAndValuesInline) {
    const Condition condition =
        Condition::BeginsWith{Path::parse_dotted("address.zip"), AttributeValue("9")} &
        Condition::Between{Path("count"), AttributeValue(10), AttributeValue(20)};
    EXPECT_EQ(explain(condition), "begins_with(address.zip, \"9\") AND count BETWEEN 10 AND 20");

    const Condition grouped = (exists("a") | exists("b")) & !exists("c");
    EXPECT_EQ(explain(grouped),
              "(attribute_exists(a) OR attribute_exists(b)) AND NOT attribute_exists(c)");

    const Condition in = Condition::In{Operand::Size{Path("tags")},
                                       {AttributeValue(1), AttributeValue(2), Path("n")}};
    EXPECT_EQ(explain(in), "size(tags) IN (1, 2, n)");
}

TEST(ExplainTest, WritesEveryValueType) {
    const auto show = [](AttributeValue value) { return explain(Operand(std::move(value))); };
    EXPECT_EQ(show("say \"hi\"\\\n"), R"("say \"hi\"\\\n")");
    EXPECT_EQ(show(Number("-1.50")), "-1.5");
    EXPECT_EQ(show(Binary{"hello"}), "b\"aGVsbG8=\"");
    EXPECT_EQ(show(Binary{"hi"}), "b\"aGk=\"");
    EXPECT_EQ(show(Binary{"abc"}), "b\"YWJj\"");
    EXPECT_EQ(show(true), "true");
    EXPECT_EQ(show(Null{}), "null");
    EXPECT_EQ(show(Map{{"k", 1}, {"j", "v"}}), R"({"j": "v", "k": 1})");
    EXPECT_EQ(show(List{1, "x", List{}}), R"([1, "x", []])");
    EXPECT_EQ(show(StringSet{"b", "a"}), R"(<<"a", "b">>)");
    EXPECT_EQ(show(NumberSet{Number(2), Number(10)}), "<<2, 10>>");
    EXPECT_EQ(show(BinarySet{Binary{"hi"}}), R"(<<b"aGk=">>)");
    EXPECT_EQ(show(std::string("\x01", 1)), R"("\u0001")");
}

TEST(ExplainTest, WritesUpdatesAndProjections) {
    Update update;
    update.set.push_back(
        {Path("count"),
         Operand::Arithmetic{Path("count"), Operand::Arithmetic::Op::Plus, AttributeValue(1)}});
    update.set.push_back(
        {Path::parse_dotted("tags"),
         Operand::ListAppend{Operand::IfNotExists{Path("tags"), AttributeValue(List{})},
                             AttributeValue(List{"x"})}});
    update.remove.push_back(Path::parse_dotted("old[0]"));
    update.add.push_back({Path("n"), AttributeValue(NumberSet{Number(1)})});
    update.del.push_back({Path("s"), AttributeValue(StringSet{"z"})});
    EXPECT_EQ(explain(update),
              "SET count = count + 1, tags = list_append(if_not_exists(tags, []), [\"x\"]) "
              "REMOVE old[0] ADD n <<1>> DELETE s <<\"z\">>");

    EXPECT_EQ(explain(Projection{{Path("a"), Path::parse_dotted("b.c[1]")}}), "a, b.c[1]");
}

TEST(ExplainTest, NeverThrowsOnTreesDynamoDbWouldRefuse) {
    EXPECT_EQ(explain(Condition::AttributeExists{Path()}), "attribute_exists(<empty path>)");
    EXPECT_EQ(explain(Condition::In{Path("a"), {}}), "a IN ()");
    EXPECT_EQ(explain(Update{}), "");
}

TEST(ExplainTest, StreamsTheSameText) {
    const Condition condition = exists("a") & !exists("b");
    std::ostringstream out;
    out << condition << " | " << Path::parse_dotted("x[1]") << " | " << Operand(AttributeValue(2));
    EXPECT_EQ(out.str(), explain(condition) + " | x[1] | 2");
}

// ---- the random tree generator -----------------------------------------------------------

TEST(RandomAstTest, IsDeterministicFromItsSeed) {
    testing::RandomAst first(42);
    testing::RandomAst second(42);
    testing::RandomAst other(43);
    int differences = 0;
    for (int i = 0; i < 50; ++i) {
        const Condition a = first.condition();
        EXPECT_EQ(a, second.condition());
        EXPECT_EQ(first.update(), second.update());
        EXPECT_EQ(first.projection(), second.projection());
        differences += a == other.condition() ? 0 : 1;
        (void)other.update();
        (void)other.projection();
    }
    EXPECT_GT(differences, 40);
}

// Tallies what a tree holds, to check that the generator reaches every corner.
struct Census {
    std::set<std::size_t> conditions;  // Condition::Node indexes
    std::set<std::size_t> operands;    // Operand::Node indexes
    std::set<Type> types;
    bool list_index = false;
    bool nested_key = false;

    void path(const Path& tree) {
        for (std::size_t i = 1; i < tree.elements().size(); ++i) {
            (tree.elements()[i].is_index ? list_index : nested_key) = true;
        }
    }
    void value(const AttributeValue& tree) {
        types.insert(tree.type());
        if (tree.is_m()) {
            for (const auto& entry : tree.as_m())
                value(entry.second);
        }
        if (tree.is_l()) {
            for (const AttributeValue& element : tree.as_l())
                value(element);
        }
    }
    void operand(const Operand& tree) {
        operands.insert(tree.node().index());
        std::visit(
            [this](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Path>) {
                    path(node);
                } else if constexpr (std::is_same_v<T, AttributeValue>) {
                    value(node);
                } else if constexpr (std::is_same_v<T, Operand::Size>) {
                    path(node.path);
                } else if constexpr (std::is_same_v<T, Operand::IfNotExists>) {
                    path(node.path);
                    operand(node.fallback);
                } else if constexpr (std::is_same_v<T, Operand::ListAppend>) {
                    operand(node.first);
                    operand(node.second);
                } else {
                    operand(node.lhs);
                    operand(node.rhs);
                }
            },
            tree.node());
    }
    void condition(const Condition& tree) {
        conditions.insert(tree.node().index());
        std::visit(
            [this](const auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Condition::Compare>) {
                    operand(node.lhs);
                    operand(node.rhs);
                } else if constexpr (std::is_same_v<T, Condition::Between>) {
                    operand(node.value);
                    operand(node.low);
                    operand(node.high);
                } else if constexpr (std::is_same_v<T, Condition::In>) {
                    operand(node.value);
                    for (const Operand& candidate : node.candidates)
                        operand(candidate);
                } else if constexpr (std::is_same_v<T, Condition::And> ||
                                     std::is_same_v<T, Condition::Or>) {
                    condition(node.lhs);
                    condition(node.rhs);
                } else if constexpr (std::is_same_v<T, Condition::Not>) {
                    condition(node.operand);
                } else if constexpr (std::is_same_v<T, Condition::AttributeType>) {
                    path(node.path);
                    operand(node.type);
                } else if constexpr (std::is_same_v<T, Condition::BeginsWith>) {
                    operand(node.subject);
                    operand(node.prefix);
                } else if constexpr (std::is_same_v<T, Condition::Contains>) {
                    operand(node.subject);
                    operand(node.operand);
                } else {
                    path(node.path);
                }
            },
            tree.node());
    }
};

TEST(RandomAstTest, ReachesEveryNodeKindPathShapeAndValueType) {
    testing::RandomAst random(7);
    Census census;
    bool remove = false, add = false, del = false;
    for (int i = 0; i < 300; ++i) {
        census.condition(random.condition());
        const Update update = random.update();
        for (const Update::Set& set : update.set)
            census.operand(set.value);
        for (const Update::Add& action : update.add)
            census.value(action.value);
        for (const Update::Delete& action : update.del)
            census.value(action.value);
        remove = remove || !update.remove.empty();
        add = add || !update.add.empty();
        del = del || !update.del.empty();
    }
    EXPECT_EQ(census.conditions.size(), std::variant_size_v<Condition::Node>);
    EXPECT_EQ(census.operands.size(), std::variant_size_v<Operand::Node>);
    EXPECT_EQ(census.types.size(), 10u);
    EXPECT_TRUE(census.list_index);
    EXPECT_TRUE(census.nested_key);
    EXPECT_TRUE(remove && add && del);
}

TEST(RandomAstTest, KeepsUpdateAndProjectionPathsApart) {
    testing::RandomAst random(11);
    for (int i = 0; i < 200; ++i) {
        std::vector<Path> paths;
        const Update update = random.update();
        for (const auto& action : update.set)
            paths.push_back(action.path);
        for (const auto& path : update.remove)
            paths.push_back(path);
        for (const auto& action : update.add)
            paths.push_back(action.path);
        for (const auto& action : update.del)
            paths.push_back(action.path);
        EXPECT_FALSE(update.empty());
        const Projection projection = random.projection();
        EXPECT_FALSE(projection.paths.empty());
        for (const std::vector<Path>& group : {paths, projection.paths}) {
            for (std::size_t a = 0; a < group.size(); ++a) {
                for (std::size_t b = 0; b < group.size(); ++b) {
                    if (a != b) {
                        EXPECT_FALSE(group[a].within(group[b])) << group[a] << " in " << group[b];
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace dynamorm::expr
