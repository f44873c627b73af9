// dynamorm's demo: what the library can do today, printed step by step.
//
// Values (exact numbers, the ten types, DynamoDB JSON), then expressions: the seed's Q objects
// and the typed builder build one syntax tree, which renders to DynamoDB's expression strings
// and parses back; bad expressions get DynamoDB's own messages.
#include <dynamorm/expr.hpp>
#include <dynamorm/expr/parse.hpp>
#include <dynamorm/value.hpp>

#include <iostream>
#include <string>

namespace dm = dynamorm;

namespace {

void show_rendered(const std::string& label, const std::string& text,
                   const dm::expr::Placeholders& placeholders) {
    std::cout << "  " << label << ": " << text << "\n";
    for (const auto& [placeholder, name] : placeholders.names()) {
        std::cout << "      " << placeholder << " = " << name << "\n";
    }
    for (const auto& [placeholder, value] : placeholders.values()) {
        std::cout << "      " << placeholder << " = " << dm::encode(value) << "\n";
    }
}

void values() {
    std::cout << "== Values\n";
    for (const char* text : {"1.50E1", "-0.0010", "123456789012345678901234567890.12345678"}) {
        std::cout << "  Number(\"" << text << "\") -> " << dm::Number(text).to_string() << "\n";
    }
    std::cout << "  0.1 + 0.2 = " << (dm::Number("0.1") + dm::Number("0.2")).to_string()
              << " (exact)\n";
    try {
        dm::Number("1E+126");
    } catch (const dm::ValueError& e) {
        std::cout << "  Number(\"1E+126\") -> ValueError: " << e.what() << "\n";
    }

    dm::Item book{{"isbn", "0-553-29335-4"},
                  {"title", "Foundation"},
                  {"year", 1951},
                  {"in_print", true},
                  {"tags", dm::AttributeValue::string_set({"classic", "sci-fi"})},
                  {"publisher", dm::Map{{"name", "Gnome Press"}, {"city", "New York"}}},
                  {"ratings", dm::AttributeValue{5, 4, 5}}};
    std::string json = dm::encode(book);
    std::cout << "  Item as DynamoDB JSON: " << json << "\n";
    std::cout << "  decoded back equal: " << std::boolalpha << (dm::decode_item(json) == book)
              << "\n";
    try {
        dm::decode_item(R"({"isbn":{"S":"x"},"tags":{"SS":["a","a"]}})");
    } catch (const dm::JsonError& e) {
        std::cout << "  duplicate in a set -> JsonError at " << e.path() << ": " << e.detail()
                  << "\n";
    }
}

void expressions() {
    std::cout << "\n== Expressions\n";
    dm::expr::Condition condition =
        dm::Q("address__zip__begins_with", "9") &
        (dm::Q("count__between", {10, 20}) | !dm::Q("tags__contains", "archived"));
    std::cout << "  Q objects:  " << dm::expr::explain(condition) << "\n";

    dm::expr::Condition typed =
        dm::attr("address")["zip"].begins_with("9") &
        (dm::attr("count").between(10, 20) | !dm::attr("tags").contains("archived"));
    std::cout << "  the typed builder makes the same tree: " << std::boolalpha
              << (typed == condition) << "\n";

    dm::expr::Placeholders placeholders;
    std::string rendered = dm::expr::render(condition, placeholders);
    show_rendered("ConditionExpression", rendered, placeholders);

    auto names = placeholders.name_map();
    auto values = placeholders.value_map();
    dm::expr::Parser parser(&names, &values);
    std::cout << "  parsed back equal: " << (parser.condition(rendered) == condition) << "\n";

    dm::expr::Update update =
        dm::Updates({{"count__plus", 1}, {"name", "New name"}, {"history__append", {"saved"}}});
    dm::expr::Placeholders update_placeholders;
    show_rendered("UpdateExpression", dm::expr::render(update, update_placeholders),
                  update_placeholders);

    std::cout << "\n== DynamoDB's errors for bad expressions\n";
    dm::Item one_value{{":v", 1}};
    for (auto [kind, text] : {std::pair{"condition", "a = "}, std::pair{"update", "SET name = :v"},
                              std::pair{"update", "ADD a :v, a.b :v"},
                              std::pair{"condition", "begins_with(a, :missing)"}}) {
        dm::expr::Parser p(nullptr, &one_value);
        try {
            if (std::string(kind) == "condition") {
                p.condition(text);
            } else {
                p.update(text);
            }
        } catch (const dm::expr::ExpressionError& e) {
            std::cout << "  " << kind << " \"" << text << "\"\n    -> " << e.what() << "\n";
        }
    }
}

}  // namespace

int main() {
    std::cout << "dynamorm demo: values and expressions (the engine and models come next)\n\n";
    values();
    expressions();
    return 0;
}
