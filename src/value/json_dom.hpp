// simdjson's DOM as a source for AttributeDecoder, and the parser that builds it (internal).
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <memory>
#include <string_view>

#include "value/json_decoder.hpp"

namespace dynamorm::detail {

struct DomSource {
    using Node = simdjson::dom::element;

    static NodeKind kind(const Node& node) noexcept {
        switch (node.type()) {
            case simdjson::dom::element_type::ARRAY:
                return NodeKind::Array;
            case simdjson::dom::element_type::OBJECT:
                return NodeKind::Object;
            case simdjson::dom::element_type::INT64:
            case simdjson::dom::element_type::UINT64:
                return NodeKind::Integer;
            case simdjson::dom::element_type::DOUBLE:
                return NodeKind::Decimal;
            case simdjson::dom::element_type::STRING:
                return NodeKind::String;
            case simdjson::dom::element_type::BOOL:
                return node.get_bool().value_unsafe() ? NodeKind::True : NodeKind::False;
            case simdjson::dom::element_type::NULL_VALUE:
                break;
        }
        return NodeKind::Null;
    }

    static std::string_view string(const Node& node) noexcept {
        return node.get_string().value_unsafe();
    }

    static std::size_t size(const Node& node) noexcept {
        return simdjson::dom::array(node.get_array().value_unsafe()).size();
    }

    static bool to_int64(const Node& node, std::int64_t& out) noexcept {
        return node.get_int64().get(out) == simdjson::SUCCESS;
    }

    template <class F>
    static void for_each_member(const Node& node, F&& f) {
        const simdjson::dom::object object = node.get_object().value_unsafe();
        for (const simdjson::dom::key_value_pair member : object)
            f(member.key, member.value);
    }

    template <class F>
    static void for_each_element(const Node& node, F&& f) {
        const simdjson::dom::array array = node.get_array().value_unsafe();
        for (const simdjson::dom::element element : array)
            f(element);
    }
};

/// Parses text into simdjson's DOM with a per-thread parser (bounded depth, strict RFC 8259,
/// UTF-8 validated). The document stays valid while the DomParse lives; parsers that grew
/// for a large document are released afterwards rather than kept per thread.
class DomParse {
  public:
    /// Throws JsonError (Serialization) when `text` is not one JSON document.
    explicit DomParse(std::string_view text);
    ~DomParse();
    DomParse(const DomParse&) = delete;
    DomParse& operator=(const DomParse&) = delete;

    simdjson::dom::element root() const noexcept { return root_; }

  private:
    void release() noexcept;

    simdjson::dom::parser* parser_ = nullptr;
    std::unique_ptr<simdjson::dom::parser> own_;  // when the thread's parser is busy
    simdjson::dom::element root_;
};

/// A DOM subtree as a json::Value. Numbers are re-printed from their parsed value: integers
/// exactly, other numbers as the shortest text that reads back as the same double.
json::Value to_value(simdjson::dom::element element);

/// A readable message for a simdjson error.
std::string describe(simdjson::error_code error);

}  // namespace dynamorm::detail
