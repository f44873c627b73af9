// Rendering trees to DynamoDB expression strings and placeholder maps.

#include "dynamorm/expr/render.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "dynamorm/expr/error.hpp"
#include "expr/random_ast.hpp"

namespace dynamorm::expr {
namespace {

using Names = std::vector<std::pair<std::string, std::string>>;
using Values = std::vector<std::pair<std::string, AttributeValue>>;

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
Condition exists(const char* name) {
    return Condition::AttributeExists{Path(name)};
}
Condition compare(Comparator op, const char* name, AttributeValue value) {
    return Condition::Compare{op, path(name), std::move(value)};
}

// ---- conditions ----------------------------------------------------------------------------

TEST(RenderTest, Comparisons) {
    const std::map<Comparator, std::string> symbols = {
        {Comparator::EQ, "="},  {Comparator::NE, "<>"}, {Comparator::LT, "<"},
        {Comparator::LE, "<="}, {Comparator::GT, ">"},  {Comparator::GE, ">="}};
    for (const auto& [op, symbol] : symbols) {
        Placeholders placeholders;
        EXPECT_EQ(render(compare(op, "year", 1990), placeholders), "#n0 " + symbol + " :v0");
        EXPECT_EQ(placeholders.names(), (Names{{"#n0", "year"}}));
        EXPECT_EQ(placeholders.values(), (Values{{":v0", 1990}}));
    }
}

TEST(RenderTest, ComparisonBetweenTwoPathsAndWithSize) {
    Placeholders placeholders;
    const Condition condition =
        Condition::Compare{Comparator::LT, Operand::Size{path("tags")}, path("limits.tags")};
    EXPECT_EQ(render(condition, placeholders), "size(#n0) < #n1.#n0");
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "tags"}, {"#n1", "limits"}}));
    EXPECT_TRUE(placeholders.values().empty());
}

TEST(RenderTest, BetweenAndIn) {
    Placeholders placeholders;
    EXPECT_EQ(
        render(Condition::Between{path("n"), AttributeValue(10), AttributeValue(20)}, placeholders),
        "#n0 BETWEEN :v0 AND :v1");
    EXPECT_EQ(
        render(Condition::In{path("color"),
                             {AttributeValue("red"), AttributeValue("blue"), path("fallback")}},
               placeholders),
        "#n1 IN (:v2, :v3, #n2)");
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "n"}, {"#n1", "color"}, {"#n2", "fallback"}}));
    EXPECT_EQ(placeholders.values(),
              (Values{{":v0", 10}, {":v1", 20}, {":v2", "red"}, {":v3", "blue"}}));
}

TEST(RenderTest, Functions) {
    Placeholders placeholders;
    EXPECT_EQ(render(exists("a"), placeholders), "attribute_exists(#n0)");
    EXPECT_EQ(render(Condition::AttributeNotExists{path("b")}, placeholders),
              "attribute_not_exists(#n1)");
    EXPECT_EQ(render(Condition::AttributeType{path("a"), AttributeValue("SS")}, placeholders),
              "attribute_type(#n0, :v0)");
    EXPECT_EQ(render(Condition::BeginsWith{path("address.zip"), AttributeValue("9")}, placeholders),
              "begins_with(#n2.#n3, :v1)");
    EXPECT_EQ(render(Condition::Contains{path("tags"), AttributeValue("x")}, placeholders),
              "contains(#n4, :v2)");
    EXPECT_EQ(placeholders.values(), (Values{{":v0", "SS"}, {":v1", "9"}, {":v2", "x"}}));
}

TEST(RenderTest, LogicalOperators) {
    Placeholders placeholders;
    EXPECT_EQ(render(exists("a") & exists("b"), placeholders),
              "attribute_exists(#n0) AND attribute_exists(#n1)");
    EXPECT_EQ(render(exists("a") | exists("b"), placeholders),
              "attribute_exists(#n0) OR attribute_exists(#n1)");
    EXPECT_EQ(render(!exists("a"), placeholders), "NOT attribute_exists(#n0)");
}

// Short names for the precedence cases: attribute_exists(#nK) written as the letter.
std::string shape(const Condition& condition) {
    Placeholders placeholders;
    std::string text = render(condition, placeholders);
    for (const auto& [placeholder, name] : placeholders.names()) {
        const std::string long_form = "attribute_exists(" + placeholder + ")";
        for (std::size_t at; (at = text.find(long_form)) != std::string::npos;) {
            text.replace(at, long_form.size(), name);
        }
    }
    return text;
}

TEST(RenderTest, ParenthesizesOnlyWherePrecedenceNeedsIt) {
    const Condition a = exists("a"), b = exists("b"), c = exists("c"), d = exists("d");
    EXPECT_EQ(shape((a | b) & c), "(a OR b) AND c");
    EXPECT_EQ(shape(c & (a | b)), "c AND (a OR b)");
    EXPECT_EQ(shape(a | (b & c)), "a OR b AND c");
    EXPECT_EQ(shape((a & b) | c), "a AND b OR c");
    EXPECT_EQ(shape((a & b) & c), "a AND b AND c");
    EXPECT_EQ(shape(a & (b & c)), "a AND (b AND c)");
    EXPECT_EQ(shape((a | b) | c), "a OR b OR c");
    EXPECT_EQ(shape(a | (b | c)), "a OR (b OR c)");
    EXPECT_EQ(shape(!(a & b)), "NOT (a AND b)");
    EXPECT_EQ(shape(!(a | b)), "NOT (a OR b)");
    EXPECT_EQ(shape((!a) & b), "NOT a AND b");
    EXPECT_EQ(shape(a | !b), "a OR NOT b");
    EXPECT_EQ(shape(!!a), "NOT NOT a");
    EXPECT_EQ(shape(((a | b) & !(c | d)) | (a & b)), "(a OR b) AND NOT (c OR d) OR a AND b");
}

// An independent reading of the rendered text by DynamoDB's grammar (OR < AND < NOT, both
// binary operators left to right), over atoms `attribute_exists(#nK)`, rebuilding the tree.
class BooleanReader {
  public:
    BooleanReader(std::string text, const Placeholders& placeholders)
        : text_(std::move(text)), names_(placeholders.name_map()) {}

    Condition read() {
        Condition result = disjunction();
        skip_spaces();
        EXPECT_EQ(at_, text_.size()) << "unread text in " << text_;
        return result;
    }

  private:
    Condition disjunction() {
        Condition result = conjunction();
        while (keyword("OR"))
            result = result | conjunction();
        return result;
    }
    Condition conjunction() {
        Condition result = negation();
        while (keyword("AND"))
            result = result & negation();
        return result;
    }
    Condition negation() {
        if (keyword("NOT")) return !negation();
        skip_spaces();
        if (text_.compare(at_, 1, "(") == 0) {
            ++at_;
            Condition inner = disjunction();
            skip_spaces();
            EXPECT_EQ(text_.compare(at_, 1, ")"), 0) << "no ')' at " << at_ << " in " << text_;
            ++at_;
            return inner;
        }
        const std::string prefix = "attribute_exists(";
        EXPECT_EQ(text_.compare(at_, prefix.size(), prefix), 0) << "at " << at_ << " in " << text_;
        at_ += prefix.size();
        const std::size_t close = text_.find(')', at_);
        const std::string placeholder = text_.substr(at_, close - at_);
        at_ = close + 1;
        return Condition::AttributeExists{Path(names_.at(placeholder))};
    }
    bool keyword(std::string_view word) {
        skip_spaces();
        if (text_.compare(at_, word.size(), word) != 0) return false;
        at_ += word.size();
        return true;
    }
    void skip_spaces() {
        while (at_ < text_.size() && text_[at_] == ' ')
            ++at_;
    }

    std::string text_;
    std::map<std::string, std::string, std::less<>> names_;
    std::size_t at_ = 0;
};

Condition random_boolean_tree(testing::RandomAst& random, int depth) {
    if (depth == 0 || random.chance(25)) {
        static const char* const kAtoms[] = {"a", "b", "c", "d", "e"};
        return exists(kAtoms[random.below(5)]);
    }
    switch (random.below(3)) {
        case 0:
            return random_boolean_tree(random, depth - 1) & random_boolean_tree(random, depth - 1);
        case 1:
            return random_boolean_tree(random, depth - 1) | random_boolean_tree(random, depth - 1);
        default:
            return !random_boolean_tree(random, depth - 1);
    }
}

TEST(RenderTest, TextReadsBackToTheSameTreeUnderDynamoDbPrecedence) {
    testing::RandomAst random(2024);
    std::size_t parentheses = 0;
    for (int i = 0; i < 500; ++i) {
        const Condition tree = random_boolean_tree(random, 6);
        Placeholders placeholders;
        const std::string text = render(tree, placeholders);
        EXPECT_EQ(BooleanReader(text, placeholders).read(), tree) << text;
        parentheses += static_cast<std::size_t>(std::count(text.begin(), text.end(), '('));
    }
    EXPECT_GT(parentheses, 0u);
}

// ---- names, values and placeholders ----------------------------------------------------------

TEST(RenderTest, EveryNameGoesThroughAPlaceholder) {
    Placeholders placeholders;
    const Path dotted = Path("with.dot").key("size").index(2).key("[x]");
    const Condition condition = Condition::Compare{Comparator::EQ, dotted, AttributeValue(1)} &
                                exists("name") & exists("#n1");
    EXPECT_EQ(render(condition, placeholders),
              "#n0.#n1[2].#n2 = :v0 AND attribute_exists(#n3) AND attribute_exists(#n4)");
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "with.dot"},
                                           {"#n1", "size"},
                                           {"#n2", "[x]"},
                                           {"#n3", "name"},
                                           {"#n4", "#n1"}}));
}

TEST(RenderTest, ReusesANamesPlaceholderAcrossTheRequest) {
    Placeholders placeholders;
    EXPECT_EQ(render(compare(Comparator::EQ, "id", "x"), placeholders), "#n0 = :v0");
    EXPECT_EQ(render(compare(Comparator::GT, "id", "y") & compare(Comparator::GT, "n.id", 1),
                     placeholders),
              "#n0 > :v1 AND #n1.#n0 > :v2");
    EXPECT_EQ(render(Projection{{path("id"), path("n")}}, placeholders), "#n0, #n1");
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "id"}, {"#n1", "n"}}));
    EXPECT_EQ(placeholders.values().size(), 3u);
}

TEST(RenderTest, GivesEveryValueItsOwnPlaceholder) {
    Placeholders placeholders;
    EXPECT_EQ(
        render(compare(Comparator::EQ, "a", 1) & compare(Comparator::EQ, "b", 1), placeholders),
        "#n0 = :v0 AND #n1 = :v1");
    EXPECT_EQ(placeholders.values(), (Values{{":v0", 1}, {":v1", 1}}));
}

TEST(RenderTest, OffersThePlaceholdersAsMaps) {
    Placeholders placeholders;
    for (int i = 0; i < 12; ++i) {
        (void)render(compare(Comparator::EQ, ("a" + std::to_string(i)).c_str(), i), placeholders);
    }
    const auto names = placeholders.name_map();
    const Map values = placeholders.value_map();
    ASSERT_EQ(names.size(), 12u);
    ASSERT_EQ(values.size(), 12u);
    EXPECT_EQ(names.at("#n11"), "a11");
    EXPECT_EQ(values.at(":v11"), AttributeValue(11));
    EXPECT_FALSE(placeholders.empty());
    EXPECT_TRUE(Placeholders().empty());
}

TEST(RenderTest, UsesTheGivenPrefixes) {
    Placeholders placeholders("#dm_", ":dm_");
    EXPECT_EQ(render(compare(Comparator::EQ, "a", 1), placeholders), "#dm_0 = :dm_0");
    Placeholders bare("#", ":");
    EXPECT_EQ(render(compare(Comparator::EQ, "a", 1), bare), "#0 = :0");
    for (const auto& prefixes : std::vector<std::pair<std::string, std::string>>{
             {"n", ":v"}, {"#n", "v"}, {"#n-", ":v"}, {"#n", ":v."}, {"", ":v"}}) {
        const std::string& names = prefixes.first;
        const std::string& values = prefixes.second;
        EXPECT_NE(error_of([&] { Placeholders(names, values); }).find("placeholder prefix"),
                  std::string::npos)
            << names << " " << values;
    }
}

// ---- updates and projections ---------------------------------------------------------------

TEST(RenderTest, UpdateClausesInDynamoDbOrder) {
    Update update;
    update.del.push_back({path("colors"), AttributeValue(StringSet{"red"})});
    update.add.push_back({path("visits"), AttributeValue(1)});
    update.remove.push_back(path("draft"));
    update.remove.push_back(path("tags[0]"));
    update.set.push_back(
        {path("count"),
         Operand::Arithmetic{path("count"), Operand::Arithmetic::Op::Plus, AttributeValue(1)}});
    update.set.push_back(
        {path("stock"),
         Operand::Arithmetic{path("stock"), Operand::Arithmetic::Op::Minus, AttributeValue(2)}});
    update.set.push_back({path("name"), AttributeValue("x")});
    update.add.push_back({path("seen"), AttributeValue(StringSet{"a"})});

    Placeholders placeholders;
    EXPECT_EQ(render(update, placeholders),
              "SET #n0 = #n0 + :v0, #n1 = #n1 - :v1, #n2 = :v2 REMOVE #n3, #n4[0] "
              "ADD #n5 :v3, #n6 :v4 DELETE #n7 :v5");
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "count"},
                                           {"#n1", "stock"},
                                           {"#n2", "name"},
                                           {"#n3", "draft"},
                                           {"#n4", "tags"},
                                           {"#n5", "visits"},
                                           {"#n6", "seen"},
                                           {"#n7", "colors"}}));
    EXPECT_EQ(placeholders.values(), (Values{{":v0", 1},
                                             {":v1", 2},
                                             {":v2", "x"},
                                             {":v3", 1},
                                             {":v4", StringSet{"a"}},
                                             {":v5", StringSet{"red"}}}));
}

TEST(RenderTest, UpdateFunctions) {
    Update update;
    update.set.push_back({path("n"), Operand::IfNotExists{path("n"), AttributeValue(0)}});
    update.set.push_back(
        {path("l"), Operand::ListAppend{Operand::IfNotExists{path("l"), AttributeValue(List{})},
                                        AttributeValue(List{1})}});
    update.set.push_back(
        {path("m"), Operand::Arithmetic{Operand::IfNotExists{path("m"), AttributeValue(0)},
                                        Operand::Arithmetic::Op::Plus, path("step")}});
    Placeholders placeholders;
    EXPECT_EQ(render(update, placeholders),
              "SET #n0 = if_not_exists(#n0, :v0), #n1 = list_append(if_not_exists(#n1, :v1), "
              ":v2), #n2 = if_not_exists(#n2, :v3) + #n3");
}

TEST(RenderTest, RefusesAnEmptyUpdateOrProjectionWithDynamoDbsMessage) {
    Placeholders placeholders;
    EXPECT_EQ(error_of([&] { render(Update{}, placeholders); }),
              "Invalid UpdateExpression: The expression can not be empty;");
    EXPECT_EQ(error_of([&] { render(Projection{}, placeholders); }),
              "Invalid ProjectionExpression: The expression can not be empty;");
}

TEST(RenderTest, Projections) {
    Placeholders placeholders;
    EXPECT_EQ(render(Projection{{path("isbn"), path("title"), path("publisher.name"),
                                 path("authors[0]")}},
                     placeholders),
              "#n0, #n1, #n2.#n3, #n4[0]");
    EXPECT_EQ(render(path("publisher.name"), placeholders), "#n2.#n3");
    EXPECT_EQ(render(Operand(Operand::Size{path("isbn")}), placeholders), "size(#n0)");
}

// ---- what DynamoDB's syntax cannot say -------------------------------------------------------

TEST(RenderTest, RefusesPathsTheSyntaxCannotExpress) {
    Placeholders placeholders;
    EXPECT_EQ(error_of([&] { render(Path(), placeholders); }),
              "Invalid document path: the path is empty");
    EXPECT_NE(error_of([&] {
                  render(Path(std::vector<PathElement>{{"", 1, true}}), placeholders);
              }).find("must start with an attribute name"),
              std::string::npos);
    EXPECT_EQ(error_of([&] { render(Path(""), placeholders); }),
              "ExpressionAttributeNames contains invalid value: Empty attribute name for key "
              "#n0");
    EXPECT_NE(error_of([&] {
                  render(Condition::In{path("a"), {}}, placeholders);
              }).find("IN needs at least one candidate"),
              std::string::npos);
}

TEST(RenderTest, AFailedRenderLeavesThePlaceholdersAlone) {
    Placeholders placeholders;
    EXPECT_EQ(render(compare(Comparator::EQ, "a", 1), placeholders), "#n0 = :v0");
    const Condition broken = compare(Comparator::EQ, "b", 2) & compare(Comparator::EQ, "a", 3) &
                             Condition::In{path("c"), {}};
    EXPECT_THROW(render(broken, placeholders), ExpressionError);
    EXPECT_EQ(placeholders.names(), (Names{{"#n0", "a"}}));
    EXPECT_EQ(placeholders.values(), (Values{{":v0", 1}}));
    // The forgotten name is assigned afresh.
    EXPECT_EQ(render(exists("b"), placeholders), "attribute_exists(#n1)");
}

// ---- properties over random trees ------------------------------------------------------------

// The placeholders that occur in `text`.
std::set<std::string> placeholders_in(const std::string& text, char lead) {
    std::set<std::string> found;
    for (std::size_t at = 0; (at = text.find(lead, at)) != std::string::npos;) {
        std::size_t end = at + 1;
        while (end < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) {
            ++end;
        }
        found.insert(text.substr(at, end - at));
        at = end;
    }
    return found;
}

TEST(RenderTest, RandomTreesUseExactlyTheirPlaceholders) {
    testing::RandomAst random(99);
    for (int i = 0; i < 300; ++i) {
        Placeholders placeholders;
        const std::string text = render(random.condition(), placeholders) + " | " +
                                 render(random.update(), placeholders) + " | " +
                                 render(random.projection(), placeholders);
        std::set<std::string> names, values;
        for (const auto& entry : placeholders.names())
            names.insert(entry.first);
        for (const auto& entry : placeholders.values())
            values.insert(entry.first);
        EXPECT_EQ(placeholders_in(text, '#'), names) << text;
        EXPECT_EQ(placeholders_in(text, ':'), values) << text;
    }
}

TEST(RenderTest, IsDeterministic) {
    testing::RandomAst random(5);
    for (int i = 0; i < 50; ++i) {
        const Condition condition = random.condition();
        const Update update = random.update();
        Placeholders first, second;
        EXPECT_EQ(render(condition, first) + render(update, first),
                  render(condition, second) + render(update, second));
        EXPECT_EQ(first.names(), second.names());
        EXPECT_EQ(first.values(), second.values());
    }
}

}  // namespace
}  // namespace dynamorm::expr
