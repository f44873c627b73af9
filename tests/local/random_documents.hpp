// Random items, values and document paths for the evaluator's property tests.
#pragma once

#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/parse.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::local::testing {

class RandomDocuments {
  public:
    explicit RandomDocuments(unsigned seed) : rng_(seed) {}

    int below(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
    bool chance(int percent) { return below(100) < percent; }

    /// A short name from a small pool, so that paths often meet existing keys.
    std::string name() {
        static const char* const kNames[] = {"a", "b", "c", "d", "e", "x.y", "ü", "k[0]"};
        return kNames[below(8)];
    }

    std::string text() {
        static const char* const kPieces[] = {"a", "b", "Z", "é", "€", "😀", " ", "0"};
        std::string s;
        for (int i = below(5); i > 0; --i)
            s += kPieces[below(8)];
        return s;
    }

    /// 1 to 38 digits with the leading digit anywhere from 10^-130 to 10^125,
    /// either sign; small integers half of the time.
    Number number() {
        if (chance(50)) return Number(below(2001) - 1000);
        const int digits = 1 + below(38);
        std::string text = chance(50) ? "-" : "";
        text += static_cast<char>('1' + below(9));
        text += '.';
        for (int i = 1; i < digits; ++i)
            text += static_cast<char>('0' + below(10));
        text += "e" + std::to_string(chance(30) ? below(256) - 130 : below(40) - 20);
        return Number(text);
    }

    Binary binary() {
        std::string bytes;
        for (int i = below(4); i > 0; --i)
            bytes += static_cast<char>(below(256));
        return Binary{bytes};
    }

    /// A value of any type, with at most `levels` levels of maps and lists.
    AttributeValue value(int levels) {
        switch (below(levels > 0 ? 10 : 8)) {
            case 0:
                return AttributeValue(text());
            case 1:
                return AttributeValue(number());
            case 2:
                return AttributeValue(binary());
            case 3:
                return AttributeValue(chance(50));
            case 4:
                return AttributeValue(Null{});
            case 5: {
                StringSet set{text() + "s"};
                for (int i = below(3); i > 0; --i)
                    set.insert(text());
                return AttributeValue(std::move(set));
            }
            case 6: {
                NumberSet set{number()};
                for (int i = below(3); i > 0; --i)
                    set.insert(number());
                return AttributeValue(std::move(set));
            }
            case 7: {
                BinarySet set{binary()};
                for (int i = below(3); i > 0; --i)
                    set.insert(binary());
                return AttributeValue(std::move(set));
            }
            case 8: {
                Map map;
                for (int i = below(4); i > 0; --i)
                    map[name()] = value(levels - 1);
                return AttributeValue(std::move(map));
            }
            default: {
                List list;
                for (int i = below(4); i > 0; --i)
                    list.push_back(value(levels - 1));
                return AttributeValue(std::move(list));
            }
        }
    }

    Item item() {
        Item item;
        for (int i = 1 + below(5); i > 0; --i)
            item[name()] = value(3);
        return item;
    }

    /// Every path that exists in `item`, top-level attributes first.
    static std::vector<expr::Path> paths_of(const Item& item) {
        std::vector<expr::Path> paths;
        for (const auto& [attribute, value] : item) {
            paths.emplace_back(attribute);
            add_paths(value, expr::Path(attribute), paths);
        }
        return paths;
    }

    template <class T>
    const T& pick(const std::vector<T>& from) {
        return from[static_cast<std::size_t>(below(static_cast<int>(from.size())))];
    }

  private:
    static void add_paths(const AttributeValue& value, const expr::Path& at,
                          std::vector<expr::Path>& paths) {
        if (value.is_m()) {
            for (const auto& [key, member] : value.as_m()) {
                paths.push_back(at.key(key));
                add_paths(member, at.key(key), paths);
            }
        } else if (value.is_l()) {
            for (std::size_t i = 0; i < value.as_l().size(); ++i) {
                paths.push_back(at.index(i));
                add_paths(value.as_l()[i], at.index(i), paths);
            }
        }
    }

    std::mt19937 rng_;
};

/// `path` as expression text with every name behind a placeholder, adding the
/// placeholders to `names`: `#p0.#p1[2]`.
inline std::string placeholder_text(const expr::Path& path, expr::AttributeNames& names) {
    std::string text;
    for (const expr::PathElement& element : path.elements()) {
        if (element.is_index) {
            text += "[" + std::to_string(element.index) + "]";
            continue;
        }
        const std::string placeholder = "#p" + std::to_string(names.size());
        names[placeholder] = element.name;
        if (!text.empty()) text += '.';
        text += placeholder;
    }
    return text;
}

}  // namespace dynamorm::local::testing
