// Decoding DynamoDB JSON text through simdjson's DOM.
#include <charconv>
#include <memory>
#include <string>

#include "dynamorm/value/json.hpp"
#include "value/json_dom.hpp"

namespace dynamorm {
namespace detail {
namespace {

// A parser keeps buffers sized for the largest document it has seen; past this size they are
// given back after use instead of staying with the thread.
constexpr std::size_t kRetainedCapacity = std::size_t{4} << 20;

struct ThreadParser {
    std::unique_ptr<simdjson::dom::parser> parser;
    bool busy = false;
};
thread_local ThreadParser thread_parser;

std::unique_ptr<simdjson::dom::parser> make_parser() {
    auto parser = std::make_unique<simdjson::dom::parser>();
    if (parser->allocate(simdjson::dom::MINIMAL_DOCUMENT_CAPACITY, json::kMaxJsonDepth) !=
        simdjson::SUCCESS) {
        throw std::bad_alloc();
    }
    return parser;
}

}  // namespace

std::string describe(simdjson::error_code error) {
    switch (error) {
        case simdjson::DEPTH_ERROR:
            return "JSON nesting is deeper than " + std::to_string(json::kMaxJsonDepth) + " levels";
        case simdjson::UTF8_ERROR:
            return "The JSON text is not valid UTF-8";
        case simdjson::EMPTY:
            return "The JSON text is empty";
        case simdjson::MEMALLOC:
            throw std::bad_alloc();
        default:
            return std::string("Malformed JSON: ") + simdjson::error_message(error);
    }
}

DomParse::DomParse(std::string_view text) {
    if (thread_parser.busy) {
        own_ = make_parser();
        parser_ = own_.get();
    } else {
        if (!thread_parser.parser) thread_parser.parser = make_parser();
        parser_ = thread_parser.parser.get();
        thread_parser.busy = true;
    }
    const simdjson::error_code error = parser_->parse(text.data(), text.size()).get(root_);
    if (error != simdjson::SUCCESS) {
        release();  // the destructor does not run when a constructor throws
        throw JsonError("", describe(error), JsonError::Kind::Serialization);
    }
}

DomParse::~DomParse() {
    release();
}

void DomParse::release() noexcept {
    if (own_ || parser_ == nullptr) return;
    thread_parser.busy = false;
    if (parser_->capacity() > kRetainedCapacity) thread_parser.parser.reset();
    parser_ = nullptr;
}

json::Value to_value(simdjson::dom::element element) {
    using simdjson::dom::element_type;
    switch (element.type()) {
        case element_type::ARRAY: {
            const simdjson::dom::array elements = element.get_array().value_unsafe();
            json::Array array;
            for (const simdjson::dom::element child : elements)
                array.push_back(to_value(child));
            return json::Value(std::move(array));
        }
        case element_type::OBJECT: {
            const simdjson::dom::object members = element.get_object().value_unsafe();
            json::Object object;
            for (const simdjson::dom::key_value_pair member : members) {
                object.emplace_back(std::string(member.key), to_value(member.value));
            }
            return json::Value(std::move(object));
        }
        case element_type::INT64:
            return json::Value(element.get_int64().value_unsafe());
        case element_type::UINT64:
            return json::Value(element.get_uint64().value_unsafe());
        case element_type::DOUBLE:
            return json::Value(element.get_double().value_unsafe());
        case element_type::STRING:
            return json::Value(element.get_string().value_unsafe());
        case element_type::BOOL:
            return json::Value(element.get_bool().value_unsafe());
        case element_type::NULL_VALUE:
            break;
    }
    return json::Value();
}

}  // namespace detail

using detail::AttributeDecoder;
using detail::DomParse;
using detail::DomSource;
using detail::NodeKind;

AttributeValue decode_attribute_value(std::string_view json, std::string_view path) {
    const DomParse parse(json);
    AttributeDecoder<DomSource> decoder(path);
    AttributeValue value = decoder.value(parse.root());
    decoder.finish();
    return value;
}

Item decode_item(std::string_view json, std::string_view path) {
    const DomParse parse(json);
    AttributeDecoder<DomSource> decoder(path);
    Item item;
    decoder.map_into(parse.root(), item);
    decoder.finish();
    return item;
}

namespace {

void expect_object_body(AttributeDecoder<DomSource>& decoder, simdjson::dom::element root) {
    if (root.type() != simdjson::dom::element_type::OBJECT) {
        decoder.fail_serialization("The body is not a JSON object");
    }
}

}  // namespace

ItemPage decode_page(std::string_view body) {
    const DomParse parse(body);
    AttributeDecoder<DomSource> decoder("");
    expect_object_body(decoder, parse.root());
    ItemPage page;
    unsigned seen = 0;
    auto once = [&](std::string_view name, unsigned bit) {
        if ((seen & bit) != 0)
            decoder.fail_serialization("Duplicate field '" + std::string(name) + "'");
        seen |= bit;
    };
    DomSource::for_each_member(
        parse.root(), [&](std::string_view name, const simdjson::dom::element& child) {
            auto& path = decoder.path();
            path.push_member(name);
            if (name == "Items") {
                once(name, 1);
                if (DomSource::kind(child) != NodeKind::Null) decoder.items_into(child, page.items);
            } else if (name == "Count") {
                once(name, 2);
                if (DomSource::kind(child) != NodeKind::Null) page.count = decoder.integer(child);
            } else if (name == "ScannedCount") {
                once(name, 4);
                if (DomSource::kind(child) != NodeKind::Null) {
                    page.scanned_count = decoder.integer(child);
                }
            } else if (name == "LastEvaluatedKey") {
                once(name, 8);
                if (DomSource::kind(child) != NodeKind::Null) {
                    decoder.map_into(child, page.last_evaluated_key.emplace());
                }
            } else {
                page.other.emplace_back(std::string(name), detail::to_value(child));
            }
            path.pop();
        });
    decoder.finish();
    return page;
}

std::vector<Item> decode_items(std::string_view body, std::string_view member) {
    const DomParse parse(body);
    AttributeDecoder<DomSource> decoder("");
    expect_object_body(decoder, parse.root());
    std::vector<Item> items;
    bool seen = false;
    DomSource::for_each_member(
        parse.root(), [&](std::string_view name, const simdjson::dom::element& child) {
            if (name != member) return;
            decoder.path().push_member(name);
            if (seen) decoder.fail_serialization("Duplicate field '" + std::string(name) + "'");
            seen = true;
            if (DomSource::kind(child) != NodeKind::Null) decoder.items_into(child, items);
            decoder.path().pop();
        });
    decoder.finish();
    return items;
}

}  // namespace dynamorm
