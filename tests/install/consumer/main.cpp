// Uses the installed headers and library: prints a normalized number and an item as JSON.
#include <dynamorm/value/attribute_value.hpp>
#include <dynamorm/value/json.hpp>
#include <dynamorm/value/number.hpp>
#include <iostream>

int main() {
    dynamorm::Item item{{"id", "thing1"}, {"count", dynamorm::Number("1.50E1")}};
    std::cout << dynamorm::Number("0.0100").to_string() << '\n' << dynamorm::encode(item) << '\n';
}
