// libFuzzer target for the DynamoDB JSON codec and json::parse.
//
// Every input is decoded as an item, an attribute value, a generic document and a page. Any
// successful decode must survive encode → decode unchanged, and the two decoders (text through
// simdjson's DOM, and json::parse + to_item) must agree whenever the text is JSON to both.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"

namespace {

using namespace dynamorm;

void check(bool condition) {
    if (!condition) __builtin_trap();
}

struct Outcome {
    std::optional<Item> item;
    std::optional<JsonError> error;
};

// Whether an error is the JSON parser refusing the text (where the DOM and On-Demand parsers
// may legitimately differ, e.g. on numbers beyond a double) rather than a DynamoDB rule.
bool is_syntax_error(const JsonError& e) {
    const std::string& d = e.detail();
    return d.rfind("Malformed JSON", 0) == 0 || d.rfind("The JSON text", 0) == 0 ||
           d.rfind("JSON nesting", 0) == 0;
}

template <class F>
Outcome run(F&& f) {
    Outcome outcome;
    try {
        outcome.item = f();
    } catch (const JsonError& e) {
        outcome.error = e;
    }
    return outcome;
}

void fuzz_item(std::string_view text) {
    const Outcome from_text = run([&] { return decode_item(text); });
    const Outcome from_tree = run([&] { return to_item(json::parse(text)); });
    if (from_text.item) {
        const std::string encoded = encode(*from_text.item);
        check(decode_item(encoded) == *from_text.item);
        check(to_item(json::parse(encoded)) == *from_text.item);
        check(encode(decode_item(encoded)) == encoded);
    }
    if (from_text.item && from_tree.item) check(*from_text.item == *from_tree.item);
    if (from_text.item && from_tree.error) check(is_syntax_error(*from_tree.error));
    if (from_tree.item && from_text.error) check(is_syntax_error(*from_text.error));
    if (from_text.error && from_tree.error && !is_syntax_error(*from_text.error) &&
        !is_syntax_error(*from_tree.error)) {
        check(from_text.error->kind() == from_tree.error->kind());
        check(from_text.error->path() == from_tree.error->path());
        check(from_text.error->detail() == from_tree.error->detail());
    }
}

void fuzz_value(std::string_view text) {
    try {
        const AttributeValue value = decode_attribute_value(text);
        const std::string encoded = encode(value);
        check(decode_attribute_value(encoded) == value);
        check(to_attribute_value(to_json(value)) == value);
    } catch (const JsonError&) {
    }
}

void fuzz_document(std::string_view text) {
    try {
        const json::Value value = json::parse(text);
        const std::string dumped = value.dump();
        const json::Value again = json::parse(dumped);
        check(again == value);
        check(again.dump() == dumped);
    } catch (const JsonError&) {
    }
}

void fuzz_page(std::string_view text) {
    try {
        const ItemPage page = decode_page(text);
        std::string body;
        json::Writer w(body);
        w.begin_object().key("Items").begin_array();
        for (const Item& item : page.items)
            w.item(item);
        w.end_array().member("Count", page.count).member("ScannedCount", page.scanned_count);
        if (page.last_evaluated_key) w.key("LastEvaluatedKey").item(*page.last_evaluated_key);
        w.end_object();
        const ItemPage again = decode_page(body);
        check(again.items == page.items);
        check(again.count == page.count && again.scanned_count == page.scanned_count);
        check(again.last_evaluated_key == page.last_evaluated_key);
        check(decode_items(body) == page.items);
    } catch (const JsonError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    fuzz_item(text);
    fuzz_value(text);
    fuzz_document(text);
    fuzz_page(text);
    return 0;
}
