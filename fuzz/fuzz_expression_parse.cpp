// Feeds arbitrary text to the expression parser as each kind of expression, with a small fixed
// set of placeholders. The parser may refuse the text (ExpressionError) but must not crash,
// hang or throw anything else; what it accepts must render and read back to the same tree.
//
//   fuzz_expression_parse fuzz/corpus/expr

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dynamorm/expr/parse.hpp"
#include "dynamorm/expr/render.hpp"

namespace {

using namespace dynamorm;
using namespace dynamorm::expr;

const AttributeNames& names() {
    static const AttributeNames names = {
        {"#a", "a"}, {"#b", "b.c"}, {"#i", "[1]"}, {"#r", "name"}, {"#u", "\xC3\xBC"}};
    return names;
}

const Item& values() {
    static const Item values = {
        {":s", "text"},
        {":e", ""},
        {":t", "S"},
        {":n", 1},
        {":m", Number("-2.5")},
        {":b", Binary{"\x01\xFF"}},
        {":l", List{AttributeValue(1), AttributeValue("x")}},
        {":map", Map{{"k", AttributeValue(true)}}},
        {":ss", StringSet{"x", "y"}},
        {":ns", NumberSet{Number(1), Number(2)}},
        {":bs", BinarySet{Binary{"a"}}},
        {":bool", true},
        {":null", Null{}},
    };
    return values;
}

// The parser has accepted `tree`; render it, read it back with the rendered placeholders, and
// require the same tree.
template <typename Tree, typename Read>
void check_round_trip(const Tree& tree, Read read) {
    Placeholders placeholders;
    std::string text;
    try {
        text = render(tree, placeholders);
    } catch (const ExpressionError&) {
        __builtin_trap();  // the renderer refuses a tree the parser built
    }
    const AttributeNames rendered_names = placeholders.name_map();
    const Item rendered_values = placeholders.value_map();
    Parser parser(rendered_names.empty() ? nullptr : &rendered_names,
                  rendered_values.empty() ? nullptr : &rendered_values);
    try {
        if (!(read(parser, text) == tree)) __builtin_trap();
        parser.check_unused();
    } catch (const ExpressionError&) {
        // Placeholders can make the text longer than the input: over 4 KB is the one refusal
        // the rendered text may meet.
        if (text.size() <= 4096) __builtin_trap();
    }
}

template <typename Parse, typename Read>
void fuzz_one(Parse parse, Read read) {
    Parser parser(&names(), &values());
    try {
        const auto tree = parse(parser);
        check_round_trip(tree, read);
    } catch (const ExpressionError&) {
        // Refused, as DynamoDB would refuse it.
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_one([&](Parser& p) { return p.condition(text); },
             [](Parser& p, const std::string& t) { return p.condition(t); });
    fuzz_one([&](Parser& p) { return p.filter(text); },
             [](Parser& p, const std::string& t) { return p.filter(t); });
    fuzz_one(
        [&](Parser& p) {
            Condition key = p.key_condition(text);
            try {
                match_key_schema(key, KeyAttribute{"a", Type::N}, KeyAttribute{"b.c", Type::S});
            } catch (const ExpressionError&) {
            }
            return key;
        },
        [](Parser& p, const std::string& t) { return p.key_condition(t); });
    fuzz_one([&](Parser& p) { return p.update(text); },
             [](Parser& p, const std::string& t) { return p.update(t); });
    fuzz_one([&](Parser& p) { return p.projection(text); },
             [](Parser& p, const std::string& t) { return p.projection(t); });
    return 0;
}
