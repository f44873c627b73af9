// json::parse: text to json::Value through simdjson's On-Demand API, which hands out the raw
// text of numbers so that they are kept exactly.
#include <simdjson.h>

#include <iterator>
#include <string>
#include <vector>

#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json_value.hpp"
#include "value/json_decoder.hpp"
#include "value/json_dom.hpp"

namespace dynamorm::json {
namespace {

namespace od = simdjson::ondemand;

// Parsers that grew beyond this are released after use rather than kept per thread.
constexpr std::size_t kRetainedCapacity = std::size_t{4} << 20;

struct ThreadState {
    std::unique_ptr<od::parser> parser;
    std::string buffer;  // the text plus simdjson's padding
    bool busy = false;
};
thread_local ThreadState thread_state;

std::unique_ptr<od::parser> make_parser() {
    auto parser = std::make_unique<od::parser>();
    // The builder enforces kMaxJsonDepth itself, before simdjson would descend further.
    if (parser->allocate(simdjson::dom::MINIMAL_DOCUMENT_CAPACITY, kMaxJsonDepth + 2) !=
        simdjson::SUCCESS) {
        throw std::bad_alloc();
    }
    return parser;
}

std::string_view trim_trailing_space(std::string_view token) {
    while (!token.empty()) {
        const char c = token.back();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        token.remove_suffix(1);
    }
    return token;
}

class Builder {
  public:
    Builder() : path_("") {}

    Value document(od::document& doc, const char* text_end) {
        od::json_type type;
        check(doc.type().get(type));
        Value result;
        switch (type) {
            case od::json_type::object: {
                od::object object;
                check(doc.get_object().get(object));
                result = build_object(object, 1);
                break;
            }
            case od::json_type::array: {
                od::array array;
                check(doc.get_array().get(array));
                result = build_array(array, 1);
                break;
            }
            case od::json_type::string: {
                std::string_view s;
                check(doc.get_string().get(s));
                result = Value(s);
                break;
            }
            case od::json_type::boolean: {
                bool b = false;
                check(doc.get_bool().get(b));
                result = Value(b);
                break;
            }
            case od::json_type::null: {
                bool is_null = false;
                check(doc.is_null().get(is_null));
                if (!is_null) fail("Malformed JSON: invalid literal");
                break;
            }
            case od::json_type::number: {
                std::string_view token;
                check(doc.raw_json_token().get(token));
                // The token runs to the next token; at the root there must be none.
                if (token.data() + token.size() != text_end)
                    fail("Malformed JSON: trailing content");
                result = number(trim_trailing_space(token));
                return result;
            }
        }
        // Nothing may follow the value: the iterator must have run out of tokens.
        const char* location = nullptr;
        if (doc.current_location().get(location) != simdjson::OUT_OF_BOUNDS) {
            fail("Malformed JSON: trailing content");
        }
        return result;
    }

  private:
    [[noreturn]] void fail(const std::string& message) {
        throw JsonError(path_.render(), message, JsonError::Kind::Serialization);
    }

    void check(simdjson::error_code error) {
        if (error != simdjson::SUCCESS) fail(detail::describe(error));
    }

    Value number(std::string_view token) {
        if (!is_json_number(token)) fail("Malformed JSON: invalid number " + std::string(token));
        return Value::number(token);
    }

    // `depth` is the nesting level of `value`: 1 for the root.
    Value build(od::value& value, std::size_t depth) {
        od::json_type type;
        check(value.type().get(type));
        switch (type) {
            case od::json_type::object: {
                check_depth(depth);
                od::object object;
                check(value.get_object().get(object));
                return build_object(object, depth);
            }
            case od::json_type::array: {
                check_depth(depth);
                od::array array;
                check(value.get_array().get(array));
                return build_array(array, depth);
            }
            case od::json_type::string: {
                std::string_view s;
                check(value.get_string().get(s));
                return Value(s);
            }
            case od::json_type::boolean: {
                bool b = false;
                check(value.get_bool().get(b));
                return Value(b);
            }
            case od::json_type::null: {
                bool is_null = false;
                check(value.is_null().get(is_null));
                if (!is_null) fail("Malformed JSON: invalid literal");
                return Value();
            }
            case od::json_type::number:
                return number(trim_trailing_space(value.raw_json_token()));
        }
        fail("Malformed JSON: unexpected token");
    }

    void check_depth(std::size_t depth) {
        if (depth > kMaxJsonDepth) check(simdjson::DEPTH_ERROR);
    }

    // Members and elements collect on scratch stacks shared by all levels, so that each
    // object or array is allocated once at its final size instead of growing.
    Value build_object(od::object& object, std::size_t depth) {
        const std::size_t base = member_stack_.size();
        for (auto member_result : object) {
            od::field member;
            check(std::move(member_result).get(member));
            std::string_view name;
            check(member.unescaped_key().get(name));
            path_.push_member(name);
            od::value child = member.value();
            Value built = build(child, depth + 1);
            member_stack_.emplace_back(std::string(name), std::move(built));
            path_.pop();
        }
        Object members(std::make_move_iterator(member_stack_.begin() + base),
                       std::make_move_iterator(member_stack_.end()));
        member_stack_.resize(base);
        return Value(std::move(members));
    }

    Value build_array(od::array& array, std::size_t depth) {
        const std::size_t base = element_stack_.size();
        std::size_t index = 0;
        for (auto element_result : array) {
            od::value element;
            path_.push_index(index++);
            check(std::move(element_result).get(element));
            Value built = build(element, depth + 1);
            element_stack_.push_back(std::move(built));
            path_.pop();
        }
        Array elements(std::make_move_iterator(element_stack_.begin() + base),
                       std::make_move_iterator(element_stack_.end()));
        element_stack_.resize(base);
        return Value(std::move(elements));
    }

    detail::PathStack path_;
    std::vector<Member> member_stack_;
    Array element_stack_;
};

}  // namespace

Value parse(std::string_view text) {
    ThreadState local;
    ThreadState& state = thread_state.busy ? local : thread_state;
    if (!state.parser) state.parser = make_parser();
    state.busy = true;
    struct Release {
        ThreadState& state;
        ~Release() {
            state.busy = false;
            if (state.parser->capacity() > kRetainedCapacity) {
                state.parser.reset();
                std::string().swap(state.buffer);
            }
        }
    } release{state};

    state.buffer.assign(text);
    state.buffer.append(simdjson::SIMDJSON_PADDING, '\0');
    od::document doc;
    const simdjson::error_code error =
        state.parser
            ->iterate(
                simdjson::padded_string_view(state.buffer.data(), text.size(), state.buffer.size()))
            .get(doc);
    if (error != simdjson::SUCCESS) {
        throw JsonError("", detail::describe(error), JsonError::Kind::Serialization);
    }
    return Builder().document(doc, state.buffer.data() + text.size());
}

}  // namespace dynamorm::json
