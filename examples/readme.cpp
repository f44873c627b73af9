// The example at the top of README.md, kept compiling and running by the tests.
#include <dynamorm/expr.hpp>
#include <dynamorm/value.hpp>

#include <iostream>

namespace dm = dynamorm;

int main() {
    // An item, exactly as DynamoDB stores it.
    dm::Item book{{"isbn", "0-553-29335-4"},
                  {"year", 1951},
                  {"tags", dm::AttributeValue::string_set({"classic", "sci-fi"})}};
    std::cout << dm::encode(book) << "\n";

    // The seed's Q objects; `dm::attr("year").between(1950, 1960)` builds the same tree.
    auto filter = dm::Q("year__between", {1950, 1960}) & !dm::Q("tags__contains", "archived");
    dm::expr::Placeholders placeholders;
    std::cout << dm::expr::render(filter, placeholders) << "\n";
    std::cout << dm::expr::explain(filter) << "\n";
}
