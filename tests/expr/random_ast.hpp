// Random well-formed syntax trees for property tests (render -> parse round trips, evaluator
// fuzzing). The same seed gives the same trees on every platform: the generator is splitmix64
// with its own range reduction, not <random>'s distributions.
//
// Every tree is one DynamoDB accepts: paths start with an attribute name; begins_with gets a
// string or binary, list_append lists (never another list_append), `+`/`-` numbers, `<` and
// BETWEEN strings, numbers or binaries, ADD a number or a set, DELETE a set; BETWEEN's constant
// bounds are of one type and in order; no comparison or function repeats its first operand
// among the others; the actions of an update and the paths of a projection never overlap. Attribute
// names include reserved words and names with dots, brackets, spaces, `#`, `:` and non-ASCII
// letters; values cover all ten types.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::expr::testing {

class RandomAst {
  public:
    explicit RandomAst(std::uint64_t seed) : state_(seed) {}

    // ---- randomness ------------------------------------------------------------------------

    /// splitmix64.
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform enough in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& from) {
        return from[below(N)];
    }

    // ---- names and paths -------------------------------------------------------------------

    /// An attribute name or map key: plain, reserved, or one only a placeholder can carry.
    std::string name() {
        static constexpr std::array<std::string_view, 24> kNames = {
            "id",       "name",       "count", "size",   "status",    "year",
            "data",     "a",          "b",     "tags",   "address",   "zip",
            "with.dot", "with space", "#hash", ":colon", "[bracket]", "na\xC3\xAFve",
            "AND",      "select",     "x_1",   "-dash",  "Comment",   "0digit"};
        if (chance(15)) {  // a fresh name, so that names are not only the pool's
            std::string fresh = "f";
            const std::size_t length = 1 + below(6);
            for (std::size_t i = 0; i < length; ++i) {
                fresh += static_cast<char>('a' + below(26));
            }
            return fresh;
        }
        return std::string(pick(kNames));
    }

    /// A path below `top`: map keys and list indexes, up to three more steps.
    Path path_below(std::string top) {
        Path result(std::move(top));
        const std::size_t steps = chance(50) ? 0 : 1 + below(3);
        for (std::size_t i = 0; i < steps; ++i) {
            result = chance(40) ? result.index(below(chance(80) ? 5 : 1000)) : result.key(name());
        }
        return result;
    }
    Path path() { return path_below(name()); }

    // ---- values ----------------------------------------------------------------------------

    std::string string_value() {
        static constexpr std::array<std::string_view, 10> kStrings = {"",
                                                                      "x",
                                                                      "hello world",
                                                                      "quote\"d",
                                                                      "back\\slash",
                                                                      "line\nbreak",
                                                                      "\xC3\xBC"
                                                                      "ber",
                                                                      "9",
                                                                      "#n0",
                                                                      ":v0"};
        if (chance(30)) {
            std::string fresh;
            const std::size_t length = below(8);
            for (std::size_t i = 0; i < length; ++i)
                fresh += static_cast<char>(' ' + below(95));
            return fresh;
        }
        return std::string(pick(kStrings));
    }

    Number number() {
        std::string text = chance(30) ? "-" : "";
        const std::size_t digits = 1 + below(chance(10) ? 36 : 6);  // leaves room for 2 more
        for (std::size_t i = 0; i < digits; ++i)
            text += static_cast<char>('0' + below(10));
        if (chance(30)) {
            text += '.';
            text += static_cast<char>('0' + below(10));
            text += static_cast<char>('0' + below(10));
        }
        if (chance(20)) {
            text += 'e';
            text += std::to_string(static_cast<int>(below(41)) - 20);
        }
        return Number(text);
    }

    Binary binary() {
        Binary result;
        const std::size_t length = below(9);
        for (std::size_t i = 0; i < length; ++i)
            result.bytes += static_cast<char>(below(256));
        return result;
    }

    AttributeValue value_of(Type type, int depth = 2) {
        switch (type) {
            case Type::S:
                return string_value();
            case Type::N:
                return number();
            case Type::B:
                return binary();
            case Type::BOOL:
                return chance(50);
            case Type::NULL_:
                return Null{};
            case Type::M: {
                Map map;
                const std::size_t size = depth > 0 ? below(4) : 0;
                for (std::size_t i = 0; i < size; ++i)
                    map.emplace(name(), value(depth - 1));
                return map;
            }
            case Type::L: {
                List list;
                const std::size_t size = depth > 0 ? below(4) : 0;
                for (std::size_t i = 0; i < size; ++i)
                    list.push_back(value(depth - 1));
                return list;
            }
            case Type::SS: {
                StringSet set;
                for (std::size_t i = 0, n = 1 + below(3); i < n; ++i)
                    set.insert(string_value());
                return set;
            }
            case Type::NS: {
                NumberSet set;
                for (std::size_t i = 0, n = 1 + below(3); i < n; ++i)
                    set.insert(number());
                return set;
            }
            case Type::BS: {
                BinarySet set;
                for (std::size_t i = 0, n = 1 + below(3); i < n; ++i)
                    set.insert(binary());
                return set;
            }
        }
        return Null{};
    }
    /// A value of any of the ten types, nested up to `depth` levels.
    AttributeValue value(int depth = 2) { return value_of(static_cast<Type>(below(10)), depth); }
    AttributeValue set_value() {
        static constexpr std::array<Type, 3> kSets = {Type::SS, Type::NS, Type::BS};
        return value_of(pick(kSets));
    }

    // ---- conditions ------------------------------------------------------------------------

    /// A path or `size(path)`: what a comparison, BETWEEN or IN tests.
    Operand tested() {
        if (chance(25)) return Operand::Size{path()};
        return path();
    }
    /// A path, a value or `size(path)`.
    Operand condition_operand() {
        const std::size_t kind = below(10);
        if (kind < 4) return path();
        if (kind < 5) return Operand::Size{path()};
        return value();
    }
    /// A path, `size(path)` or a string, number or binary: what `<`, `<=`, `>`, `>=` take.
    Operand scalar_operand() {
        static constexpr std::array<Type, 3> kScalars = {Type::S, Type::N, Type::B};
        const std::size_t kind = below(10);
        if (kind < 4) return path();
        if (kind < 5) return Operand::Size{path()};
        return value_of(pick(kScalars));
    }
    /// `make()`, drawn again while it equals `first`: DynamoDB refuses a function or
    /// comparison whose first operand reappears among the others (`a = a`).
    template <class Make>
    Operand other_than(const Operand& first, Make make) {
        Operand candidate = make();
        while (candidate == first)
            candidate = make();
        return candidate;
    }

    Condition leaf_condition() {
        static constexpr std::array<Comparator, 6> kComparators = {Comparator::EQ, Comparator::NE,
                                                                   Comparator::LT, Comparator::LE,
                                                                   Comparator::GT, Comparator::GE};
        static constexpr std::array<std::string_view, 10> kTypeNames = {
            "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};
        switch (below(8)) {
            case 0: {
                const Comparator op = pick(kComparators);
                Operand lhs = tested();
                const bool equality = op == Comparator::EQ || op == Comparator::NE;
                Operand rhs = other_than(
                    lhs, [&] { return equality ? condition_operand() : scalar_operand(); });
                return Condition::Compare{op, std::move(lhs), std::move(rhs)};
            }
            case 1:
                return between();
            case 2: {
                Operand subject = tested();
                std::vector<Operand> candidates;
                for (std::size_t i = 0, n = 1 + below(4); i < n; ++i) {
                    candidates.push_back(
                        other_than(subject, [this] { return condition_operand(); }));
                }
                return Condition::In{std::move(subject), std::move(candidates)};
            }
            case 3:
                return Condition::AttributeExists{path()};
            case 4:
                return Condition::AttributeNotExists{path()};
            case 5:
                return Condition::AttributeType{path(),
                                                AttributeValue(std::string(pick(kTypeNames)))};
            case 6: {
                Path subject = path();
                Operand prefix = other_than(subject, [this]() -> Operand {
                    if (chance(20)) return path();
                    if (chance(70)) return AttributeValue(string_value());
                    return AttributeValue(binary());
                });
                return Condition::BeginsWith{std::move(subject), std::move(prefix)};
            }
            default: {
                Path subject = path();
                Operand operand = other_than(subject, [this] { return condition_operand(); });
                return Condition::Contains{std::move(subject), std::move(operand)};
            }
        }
    }

    /// BETWEEN with bounds of one type, in order, or paths.
    Condition between() {
        Operand subject = tested();
        switch (below(3)) {
            case 0: {
                Number low = number();
                Number high = number();
                if (high < low) std::swap(low, high);
                return Condition::Between{std::move(subject), AttributeValue(low),
                                          AttributeValue(high)};
            }
            case 1: {
                std::string low = string_value();
                std::string high = string_value();
                if (high < low) std::swap(low, high);  // bytewise, as DynamoDB orders strings
                return Condition::Between{std::move(subject), AttributeValue(low),
                                          AttributeValue(high)};
            }
            default: {
                Operand low = other_than(subject, [this] { return Operand(path()); });
                Operand high = other_than(subject, [this] { return Operand(path()); });
                return Condition::Between{std::move(subject), std::move(low), std::move(high)};
            }
        }
    }

    /// A condition with AND, OR and NOT nested up to `depth` levels.
    Condition condition(int depth = 4) {
        if (depth <= 0 || chance(35)) return leaf_condition();
        switch (below(3)) {
            case 0:
                return Condition::And{condition(depth - 1), condition(depth - 1)};
            case 1:
                return Condition::Or{condition(depth - 1), condition(depth - 1)};
            default:
                return Condition::Not{condition(depth - 1)};
        }
    }

    // ---- updates ---------------------------------------------------------------------------

    /// An operand of `+`, `-`: a path, a number or if_not_exists(path, number).
    Operand arithmetic_operand() {
        const std::size_t kind = below(5);
        if (kind < 2) return path();
        if (kind < 4) return AttributeValue(number());
        return Operand::IfNotExists{path(), AttributeValue(number())};
    }
    /// An argument of list_append: a path, a list or if_not_exists(path, list).
    Operand list_operand() {
        const std::size_t kind = below(5);
        if (kind < 2) return path();
        if (kind < 4) return value_of(Type::L);
        return Operand::IfNotExists{path(), value_of(Type::L)};
    }
    /// The right-hand side of a SET action.
    Operand set_operand() {
        switch (below(6)) {
            case 0:
                return path();
            case 1:
                return value();
            case 2:
                return Operand::IfNotExists{path(),
                                            chance(70) ? Operand(value()) : Operand(path())};
            case 3:
                return Operand::ListAppend{list_operand(), list_operand()};
            default:
                return Operand::Arithmetic{
                    arithmetic_operand(),
                    chance(50) ? Operand::Arithmetic::Op::Plus : Operand::Arithmetic::Op::Minus,
                    arithmetic_operand()};
        }
    }

    /// One to six actions over distinct top-level attributes.
    Update update() {
        Update result;
        const std::vector<std::string> tops = distinct_names(1 + below(6));
        for (const std::string& top : tops) {
            Path target = path_below(top);
            switch (below(7)) {
                case 0:
                    result.remove.push_back(std::move(target));
                    break;
                case 1: {
                    AttributeValue amount = chance(50) ? AttributeValue(number()) : set_value();
                    result.add.push_back({std::move(target), std::move(amount)});
                    break;
                }
                case 2:
                    result.del.push_back({std::move(target), set_value()});
                    break;
                default:
                    result.set.push_back({std::move(target), set_operand()});
                    break;
            }
        }
        return result;
    }

    /// One to four paths under distinct top-level attributes.
    Projection projection() {
        Projection result;
        for (std::string& top : distinct_names(1 + below(4))) {
            result.paths.push_back(path_below(std::move(top)));
        }
        return result;
    }

  private:
    std::vector<std::string> distinct_names(std::size_t count) {
        std::vector<std::string> names;
        while (names.size() < count) {
            std::string candidate = name();
            bool seen = false;
            for (const std::string& existing : names)
                seen = seen || existing == candidate;
            if (!seen) names.push_back(std::move(candidate));
        }
        return names;
    }

    std::uint64_t state_;
};

}  // namespace dynamorm::expr::testing
