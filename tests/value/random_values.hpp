// Random AttributeValues and JSON documents for property tests.
#pragma once

#include <random>
#include <string>

#include "dynamorm/value/attribute_value.hpp"
#include "dynamorm/value/json_value.hpp"

namespace dynamorm::testing {

class RandomValues {
  public:
    explicit RandomValues(unsigned seed) : rng_(seed) {}

    int below(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }

    /// Valid UTF-8 mixing ASCII, quotes, backslashes, control characters and 2-, 3- and
    /// 4-byte characters.
    std::string text(int max_chars = 12) {
        std::string s;
        const int n = below(max_chars + 1);
        for (int i = 0; i < n; ++i) {
            switch (below(8)) {
                case 0:
                    s += static_cast<char>(below(0x20));  // control
                    break;
                case 1:
                    s += below(2) == 0 ? '"' : '\\';
                    break;
                case 2:
                    append_utf8(s, 0x80 + below(0x780));  // 2 bytes
                    break;
                case 3: {
                    int cp = 0x800 + below(0xF800);
                    if (cp >= 0xD800 && cp < 0xE000) cp = 0x20AC;  // no surrogates
                    append_utf8(s, cp);
                    break;
                }
                case 4:
                    append_utf8(s, 0x10000 + below(0x100000));  // 4 bytes
                    break;
                default:
                    s += static_cast<char>(0x20 + below(0x5F));  // printable ASCII
            }
        }
        return s;
    }

    std::string bytes(int max_size = 20) {
        std::string b(static_cast<std::size_t>(below(max_size + 1)), '\0');
        for (char& c : b)
            c = static_cast<char>(below(256));
        return b;
    }

    /// Any number DynamoDB can store: 1 to 38 digits, leading digit at 10^-130 .. 10^125.
    Number number() {
        if (below(10) == 0) return Number(below(2000) - 1000);
        const int digits = 1 + below(38);
        std::string text = below(2) == 0 ? "-" : "";
        text += static_cast<char>('1' + below(9));
        if (digits > 1) text += '.';
        for (int i = 1; i < digits; ++i)
            text += static_cast<char>('0' + below(10));
        const int leading_exponent = below(4) == 0 ? -130 + below(256) : -6 + below(20);
        text += "e" + std::to_string(leading_exponent);
        return Number(text);
    }

    /// A value of any type; below `levels` levels of nesting.
    AttributeValue value(int levels) {
        const int type = levels <= 1 ? pick_scalar() : below(10);
        switch (static_cast<Type>(type)) {
            case Type::S:
                return AttributeValue(text());
            case Type::N:
                return AttributeValue(number());
            case Type::B:
                return AttributeValue(Binary{bytes()});
            case Type::BOOL:
                return AttributeValue(below(2) == 0);
            case Type::NULL_:
                return AttributeValue(Null{});
            case Type::M:
                return AttributeValue(map(levels - 1));
            case Type::L: {
                List list;
                const int n = below(5);
                for (int i = 0; i < n; ++i)
                    list.push_back(value(levels - 1));
                return AttributeValue(std::move(list));
            }
            case Type::SS: {
                StringSet set;
                const int n = 1 + below(5);
                for (int i = 0; i < n; ++i)
                    set.insert(text());
                return AttributeValue(std::move(set));
            }
            case Type::NS: {
                NumberSet set;
                const int n = 1 + below(5);
                for (int i = 0; i < n; ++i)
                    set.insert(number());
                return AttributeValue(std::move(set));
            }
            case Type::BS: {
                BinarySet set;
                const int n = 1 + below(5);
                for (int i = 0; i < n; ++i)
                    set.insert(Binary{bytes()});
                return AttributeValue(std::move(set));
            }
        }
        return AttributeValue();
    }

    /// Members whose values nest below `levels` levels.
    Map map(int levels) {
        Map m;
        const int n = below(6);
        for (int i = 0; i < n; ++i)
            m.emplace(text(6), value(levels));
        return m;
    }

    /// A value nested exactly `levels` deep (maps and lists alternating around a scalar).
    AttributeValue deep(int levels) {
        AttributeValue v = value(1);
        for (int i = 1; i < levels; ++i) {
            if (i % 2 == 0) {
                v = AttributeValue(List{std::move(v)});
            } else {
                v = AttributeValue(Map{{text(3), std::move(v)}});
            }
        }
        return v;
    }

    /// A generic JSON document.
    json::Value json(int levels) {
        const int kind = levels <= 1 ? below(4) : below(6);
        switch (kind) {
            case 0:
                return json::Value();
            case 1:
                return json::Value(below(2) == 0);
            case 2: {
                static const char* const kNumbers[] = {
                    "0",   "-0",     "12",    "-3.25",
                    "1e5", "2.5E-3", "1e400", "123456789012345678901234567890"};
                return json::Value::number(kNumbers[below(8)]);
            }
            case 3:
                return json::Value(text());
            case 4: {
                json::Array array;
                const int n = below(4);
                for (int i = 0; i < n; ++i)
                    array.push_back(json(levels - 1));
                return json::Value(std::move(array));
            }
            default: {
                json::Object object;
                const int n = below(4);
                for (int i = 0; i < n; ++i)
                    object.emplace_back(text(4), json(levels - 1));
                return json::Value(std::move(object));
            }
        }
    }

  private:
    int pick_scalar() {
        static const Type kScalars[] = {Type::S,     Type::N,  Type::B,  Type::BOOL,
                                        Type::NULL_, Type::SS, Type::NS, Type::BS};
        return static_cast<int>(kScalars[below(8)]);
    }

    static void append_utf8(std::string& s, int cp) {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::mt19937 rng_;
};

}  // namespace dynamorm::testing
