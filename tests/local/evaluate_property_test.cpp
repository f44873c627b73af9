// Properties of the evaluator over random items, values and paths.

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "dynamorm/value/error.hpp"
#include "eval_support.hpp"
#include "random_documents.hpp"

namespace dynamorm::local {
namespace {

using testing::placeholder_text;
using testing::RandomDocuments;
using testing::Request;

constexpr int kRounds = 400;

// Whether one path is the other or lies inside it.
bool overlap(const expr::Path& a, const expr::Path& b) {
    return a.within(b) || b.within(a);
}

// A path to set in `item`: an existing one, or a new key or index under an
// existing map or list, or a new top-level attribute.
expr::Path target(RandomDocuments& random, const Item& item) {
    const std::vector<expr::Path> paths = RandomDocuments::paths_of(item);
    const expr::Path& base = random.pick(paths);
    const AttributeValue* value = find_path(item, base);
    if (random.chance(40) && value->is_m()) return base.key(random.name());
    if (random.chance(40) && value->is_l()) {
        return base.index(static_cast<std::size_t>(random.below(6)));
    }
    if (random.chance(10)) return expr::Path(random.name());
    return base;
}

TEST(UpdateProperty, SetThenFindGivesTheValueAndLeavesTheRestAlone) {
    RandomDocuments random(20260101);
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        const Item item = random.item();
        const expr::Path path = target(random, item);
        const AttributeValue value = random.value(2);

        Request request;
        request.values = {{":v", value}};
        const std::string text = "SET " + placeholder_text(path, request.names) + " = :v";
        SCOPED_TRACE(text);
        const UpdateResult result = apply_update(request.update(text), item);

        // Where the value landed: at the path, or appended when the index was past
        // the end.
        expr::Path landed = path;
        const auto& last = path.elements().back();
        if (last.is_index) {
            const expr::Path parent(
                std::vector<expr::PathElement>(path.elements().begin(), path.elements().end() - 1));
            const std::size_t size = find_path(item, parent)->as_l().size();
            if (last.index >= size) landed = parent.index(size);
        }
        ASSERT_NE(find_path(result.item, landed), nullptr);
        EXPECT_EQ(*find_path(result.item, landed), value);

        for (const expr::Path& other : RandomDocuments::paths_of(item)) {
            if (overlap(other, path)) continue;
            EXPECT_EQ(*find_path(result.item, other), *find_path(item, other)) << other;
        }

        Item by_hand = item;
        set_path(by_hand, path, value);
        EXPECT_EQ(result.item, by_hand);
        EXPECT_EQ(result.updated_new, project(expr::Projection{{path}}, result.item));
        EXPECT_EQ(result.updated_old, project(expr::Projection{{path}}, item));
    }
}

TEST(UpdateProperty, RemoveTakesThePathAwayAndShiftsListElements) {
    RandomDocuments random(20260202);
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        const Item item = random.item();
        const expr::Path path = random.pick(RandomDocuments::paths_of(item));
        Request request;
        const std::string text = "REMOVE " + placeholder_text(path, request.names);
        SCOPED_TRACE(text);
        const UpdateResult result = apply_update(request.update(text), item);

        Item by_hand = item;
        EXPECT_TRUE(remove_path(by_hand, path));
        EXPECT_EQ(result.item, by_hand);

        const auto& last = path.elements().back();
        if (!last.is_index) {
            expr::AttributeNames names;
            const std::string absent =
                "attribute_not_exists(" + placeholder_text(path, names) + ")";
            EXPECT_TRUE(evaluate(Request{names, {}}.condition(absent), result.item));
        } else {
            const expr::Path parent(
                std::vector<expr::PathElement>(path.elements().begin(), path.elements().end() - 1));
            List expected = find_path(item, parent)->as_l();
            expected.erase(expected.begin() + static_cast<std::ptrdiff_t>(last.index));
            EXPECT_EQ(*find_path(result.item, parent), AttributeValue(expected));
        }
        EXPECT_EQ(result.updated_old, project(expr::Projection{{path}}, item));
        EXPECT_EQ(result.updated_new, project(expr::Projection{{path}}, result.item));
    }
}

TEST(UpdateProperty, AddAndArithmeticAgreeWithNumberAddition) {
    RandomDocuments random(20260303);
    for (int round = 0; round < kRounds * 2; ++round) {
        SCOPED_TRACE(round);
        const Number a = random.number();
        const Number b = random.number();
        SCOPED_TRACE(a.to_string() + " and " + b.to_string());
        const Item item{{"n", a}};
        const Item values{{":b", b}};

        std::optional<Number> sum, difference;
        std::string sum_error, difference_error;
        try {
            sum = a + b;
        } catch (const ValueError& error) {
            sum_error = error.what();
        }
        try {
            difference = a - b;
        } catch (const ValueError& error) {
            difference_error = error.what();
        }

        const auto check = [&](std::string_view text, const std::optional<Number>& expected,
                               const std::string& error) {
            SCOPED_TRACE(text);
            if (expected) {
                EXPECT_EQ(testing::updated(text, item, values).at("n"), AttributeValue(*expected));
            } else {
                EXPECT_EQ(testing::update_failure(text, item, values), error);
            }
        };
        check("ADD n :b", sum, sum_error);
        check("SET n = n + :b", sum, sum_error);
        check("SET n = :b + n", sum, sum_error);
        check("SET n = n - :b", difference, difference_error);
        EXPECT_EQ(testing::updated("ADD m :b", item, values).at("m"), AttributeValue(b));
    }
}

TEST(EvaluateProperty, ComparisonsAgreeWithEqualityAndOrder) {
    RandomDocuments random(20260404);
    using expr::Comparator;
    const auto holds = [](Comparator op, const Item& item) {
        return evaluate(expr::Condition::Compare{op, expr::Path("x"), expr::Path("y")}, item);
    };
    for (int round = 0; round < kRounds * 2; ++round) {
        SCOPED_TRACE(round);
        // Scalars of few kinds, so that types often match and values sometimes do.
        const auto scalar = [&]() -> AttributeValue {
            switch (random.below(4)) {
                case 0:
                    return AttributeValue(Number(random.below(5) - 2));
                case 1:
                    return AttributeValue(random.text());
                case 2:
                    return AttributeValue(random.binary());
                default:
                    return random.value(1);
            }
        };
        const AttributeValue x = scalar();
        const AttributeValue y = random.chance(20) ? x : scalar();
        const Item item{{"x", x}, {"y", y}};
        SCOPED_TRACE(to_debug_string(x) + " vs " + to_debug_string(y));

        EXPECT_EQ(holds(Comparator::EQ, item), x == y);
        EXPECT_EQ(holds(Comparator::NE, item), !(x == y));
        const auto order = compare_ordered(x, y);
        EXPECT_EQ(order.has_value(), x.type() == y.type() && is_ordered(x.type()));
        EXPECT_EQ(holds(Comparator::LT, item), order && *order < 0);
        EXPECT_EQ(holds(Comparator::LE, item), order && *order <= 0);
        EXPECT_EQ(holds(Comparator::GT, item), order && *order > 0);
        EXPECT_EQ(holds(Comparator::GE, item), order && *order >= 0);
        if (order) {
            EXPECT_EQ(*order == 0, x == y);
        }
        // Exactly one of <, =, > for values of one ordered type.
        if (order) {
            EXPECT_EQ(holds(Comparator::LT, item) + holds(Comparator::EQ, item) +
                          holds(Comparator::GT, item),
                      1);
        }
        const expr::Condition between =
            expr::Condition::Between{expr::Path("x"), expr::Path("y"), expr::Path("y")};
        EXPECT_EQ(evaluate(between, item), order && *order == 0);
        EXPECT_EQ(evaluate(!between, item), !(order && *order == 0));
        // Every comparison with a missing side: only <> holds.
        for (const Comparator op : {Comparator::EQ, Comparator::NE, Comparator::LT, Comparator::LE,
                                    Comparator::GT, Comparator::GE}) {
            EXPECT_EQ(
                evaluate(expr::Condition::Compare{op, expr::Path("x"), expr::Path("none")}, item),
                op == Comparator::NE);
        }
    }
}

TEST(ProjectProperty, KeepsWhatThePathsNameAndNothingElse) {
    RandomDocuments random(20260505);
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        const Item item = random.item();
        const std::vector<expr::Path> paths = RandomDocuments::paths_of(item);

        // Top-level attributes come back whole.
        expr::Projection top;
        Item expected;
        for (const auto& [attribute, value] : item) {
            if (random.chance(50)) continue;
            top.paths.emplace_back(attribute);
            expected.emplace(attribute, value);
        }
        if (!top.paths.empty()) {
            EXPECT_EQ(project(top, item), expected);
        }

        // One existing path: without list indexes it reads back the same; any path
        // gives a non-empty result exactly when it exists.
        const expr::Path& path = random.pick(paths);
        expr::AttributeNames names;
        const std::string text = placeholder_text(path, names);
        const Item kept = project(Request{names, {}}.projection(text), item);
        EXPECT_FALSE(kept.empty());
        bool has_index = false;
        for (const auto& element : path.elements())
            has_index = has_index || element.is_index;
        if (!has_index) {
            EXPECT_EQ(*find_path(kept, path), *find_path(item, path)) << path;
        }
        EXPECT_EQ(kept.size(), 1u);

        const expr::Path absent = path.key("none");
        EXPECT_TRUE(project(expr::Projection{{absent}}, item).empty());
    }
}

}  // namespace
}  // namespace dynamorm::local
