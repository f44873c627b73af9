// Render, then parse: random syntax trees rendered to expression strings with placeholders read
// back to the same trees, every placeholder used.

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "dynamorm/expr/parse.hpp"
#include "dynamorm/expr/render.hpp"
#include "expr/random_ast.hpp"

namespace dynamorm::expr {
namespace {

using testing::RandomAst;

constexpr std::uint64_t kTrees = 2000;

// The parser for what `placeholders` collected; an empty map stands for an absent one.
class Reader {
  public:
    explicit Reader(const Placeholders& placeholders)
        : names_(placeholders.name_map()),
          values_(placeholders.value_map()),
          parser_(names_.empty() ? nullptr : &names_, values_.empty() ? nullptr : &values_) {}

    Parser& parser() { return parser_; }

  private:
    AttributeNames names_;
    Item values_;
    Parser parser_;
};

// Parses with `read`, failing the test (with the text) when the parser refuses what the renderer
// wrote, and checks that every placeholder was used.
template <typename Tree, typename Read>
void expect_round_trip(const Tree& tree, const std::string& text, const Placeholders& placeholders,
                       Read read) {
    Reader reader(placeholders);
    try {
        EXPECT_EQ(read(reader.parser(), text), tree) << text;
        reader.parser().check_unused();
    } catch (const ExpressionError& error) {
        ADD_FAILURE() << error.what() << "\n  for: " << text;
    }
}

TEST(ParseRoundTripTest, ReadsBackRenderedConditionsAndFilters) {
    for (std::uint64_t seed = 1; seed <= kTrees; ++seed) {
        RandomAst random(seed);
        const Condition condition = random.condition();
        Placeholders placeholders;
        const std::string text = render(condition, placeholders);
        if (seed % 2 == 0) {
            expect_round_trip(
                condition, text, placeholders,
                [](Parser& parser, const std::string& t) { return parser.condition(t); });
        } else {
            expect_round_trip(
                condition, text, placeholders,
                [](Parser& parser, const std::string& t) { return parser.filter(t); });
        }
    }
}

TEST(ParseRoundTripTest, ReadsBackRenderedUpdates) {
    for (std::uint64_t seed = 1; seed <= kTrees; ++seed) {
        RandomAst random(seed);
        const Update update = random.update();
        Placeholders placeholders;
        const std::string text = render(update, placeholders);
        expect_round_trip(update, text, placeholders,
                          [](Parser& parser, const std::string& t) { return parser.update(t); });
    }
}

TEST(ParseRoundTripTest, ReadsBackRenderedProjections) {
    for (std::uint64_t seed = 1; seed <= kTrees; ++seed) {
        RandomAst random(seed);
        const Projection projection = random.projection();
        Placeholders placeholders;
        const std::string text = render(projection, placeholders);
        expect_round_trip(projection, text, placeholders, [](Parser& parser, const std::string& t) {
            return parser.projection(t);
        });
    }
}

// A key condition: the hash key's equality, and maybe one condition on the range key.
Condition random_key_condition(RandomAst& random) {
    const Path hash(random.name());
    Path range(random.name());
    while (range == hash)
        range = Path(random.name());
    const Condition on_hash =
        Condition::Compare{Comparator::EQ, hash, AttributeValue(random.number())};
    Number low = random.number();
    Number high = random.number();
    if (high < low) std::swap(low, high);
    Condition on_range = Condition::BeginsWith{range, AttributeValue(random.string_value())};
    switch (random.below(4)) {
        case 0:
            return on_hash;
        case 1:
            on_range = Condition::Between{range, AttributeValue(low), AttributeValue(high)};
            break;
        case 2: {
            static constexpr std::array<Comparator, 5> kOrders = {
                Comparator::EQ, Comparator::LT, Comparator::LE, Comparator::GT, Comparator::GE};
            on_range = Condition::Compare{random.pick(kOrders), range, AttributeValue(low)};
            break;
        }
        default:
            break;
    }
    return random.chance(50) ? on_hash & on_range : on_range & on_hash;
}

TEST(ParseRoundTripTest, ReadsBackRenderedKeyConditions) {
    for (std::uint64_t seed = 1; seed <= kTrees; ++seed) {
        RandomAst random(seed);
        const Condition key_condition = random_key_condition(random);
        Placeholders placeholders;
        const std::string text = render(key_condition, placeholders);
        expect_round_trip(
            key_condition, text, placeholders,
            [](Parser& parser, const std::string& t) { return parser.key_condition(t); });
    }
}

}  // namespace
}  // namespace dynamorm::expr
