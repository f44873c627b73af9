// The rules of DynamoDB JSON, written once over any tree of JSON nodes (internal).
//
// AttributeDecoder<Source> turns nodes into AttributeValues and Items. A Source adapts one kind
// of tree (simdjson's DOM for text, json::Value for parsed bodies) with:
//
//   using Node = ...;                                   // cheap to copy
//   static NodeKind kind(const Node&) noexcept;
//   static std::string_view string(const Node&);        // kind() == String
//   static std::size_t size(const Node&) noexcept;      // elements of an Array (a hint)
//   static void for_each_member(const Node&, F&&);      // F(std::string_view name, Node child)
//   static void for_each_element(const Node&, F&&);     // F(Node child)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dynamorm/value/attribute_value.hpp"
#include "dynamorm/value/base64.hpp"
#include "dynamorm/value/error.hpp"
#include "dynamorm/value/json.hpp"
#include "value/json_text.hpp"
#include "value/messages.hpp"

namespace dynamorm::detail {

/// JSON node kinds, with the distinctions DynamoDB's messages make.
enum class NodeKind { Null, True, False, Integer, Decimal, String, Array, Object };

/// The message DynamoDB gives when an object stands where a scalar is needed.
inline constexpr std::string_view kStartOfStructure =
    "Start of structure or map found where not expected";
/// Jackson's name of a scalar JSON token (`NUMBER_VALUE`, `STRING_VALUE`, ...), as DynamoDB's
/// SerializationException messages print it.
std::string_view scalar_name(NodeKind kind) noexcept;
inline bool is_scalar(NodeKind kind) noexcept {
    return kind != NodeKind::Array && kind != NodeKind::Object;
}

/// What a position in DynamoDB's request model expects (the Java type behind its messages).
enum class Expected { String, Blob, Boolean, List, Map, AttributeValue, Integer };

/// DynamoDB's SerializationException message for `actual` found where `expected` belongs.
std::string mismatch_message(Expected expected, NodeKind actual);

/// Parses the strings DynamoDB accepts for a boolean ("true", "1", "yes", "false", "0", "no",
/// any case). Returns false when `text` is none of them.
bool parse_boolean_text(std::string_view text, bool& out) noexcept;

/// The path of the node being decoded, kept as a stack of segments that are only rendered
/// to text when an error is reported.
class PathStack {
  public:
    explicit PathStack(std::string_view root) : root_(root) { segments_.reserve(16); }

    void push_member(std::string_view name) { segments_.push_back({name, 0, false}); }
    void push_index(std::size_t index) { segments_.push_back({{}, index, true}); }
    void pop() noexcept { segments_.pop_back(); }

    std::string render() const {
        std::string path(root_);
        for (const auto& segment : segments_) {
            if (segment.is_index) {
                append_path_index(path, segment.index);
            } else {
                append_path_member(path, segment.name);
            }
        }
        return path;
    }

  private:
    struct Segment {
        std::string_view name;
        std::size_t index;
        bool is_index;
    };
    std::string_view root_;
    std::vector<Segment> segments_;
};

template <class Source>
class AttributeDecoder {
  public:
    using Node = typename Source::Node;

    /// `root` is the path of the node the caller starts from (may be empty).
    explicit AttributeDecoder(std::string_view root) : path_(root) {}

    PathStack& path() noexcept { return path_; }

    /// Throws the validation problem found first, if any. Call when decoding is complete:
    /// problems of shape (serialization) are thrown at once and take precedence.
    void finish() {
        if (pending_) throw *pending_;
    }

    [[noreturn]] void fail_serialization(const std::string& message) {
        throw JsonError(path_.render(), message, JsonError::Kind::Serialization);
    }

    void fail_validation(std::string_view message) {
        if (!pending_) {
            pending_.emplace(path_.render(), std::string(message), JsonError::Kind::Validation);
        }
    }

    [[noreturn]] void fail_mismatch(Expected expected, NodeKind actual) {
        fail_serialization(mismatch_message(expected, actual));
    }

    /// One attribute value (`{"S":"x"}`); `node` sits at nesting level `level_ + 1`.
    AttributeValue value(const Node& node) {
        AttributeValue result;
        value_into(node, result);
        return result;
    }

    void value_into(const Node& node, AttributeValue& out) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::Object) {
            if (kind == NodeKind::Null) {
                fail_validation(messages::kEmptyAttributeValue);
                return;
            }
            fail_mismatch(Expected::AttributeValue, kind);
        }
        LevelGuard guard(*this);
        unsigned seen = 0;
        int types = 0;
        Source::for_each_member(node, [&](std::string_view name, const Node& child) {
            const int type = type_index(name);
            if (type < 0) return;  // not a type name: DynamoDB ignores it
            if ((seen & (1U << type)) != 0) {
                path_.push_member(name);
                fail_serialization("Duplicate field '" + std::string(name) + "'");
            }
            seen |= 1U << type;
            if (Source::kind(child) == NodeKind::Null) return;  // null counts as absent
            path_.push_member(name);
            if (++types == 1) {
                typed_into(static_cast<Type>(type), child, out);
            } else {
                AttributeValue ignored;  // still checked, as DynamoDB checks every type given
                typed_into(static_cast<Type>(type), child, ignored);
            }
            path_.pop();
        });
        if (types == 0) {
            fail_validation(messages::kEmptyAttributeValue);
        } else if (types > 1) {
            fail_validation(messages::kMoreThanOneType);
        }
    }

    /// An object of attribute values: an item, or the contents of M.
    void map_into(const Node& node, Map& out) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::Object) fail_mismatch(Expected::Map, kind);
        Source::for_each_member(node, [&](std::string_view name, const Node& child) {
            path_.push_member(name);
            const std::size_t before = out.size();
            auto it = out.try_emplace(out.end(), std::string(name));
            if (out.size() == before) {
                fail_serialization("Duplicate field '" + std::string(name) + "'");
            }
            value_into(child, it->second);
            path_.pop();
        });
    }

    /// An array of items, as in a Query response.
    void items_into(const Node& node, std::vector<Item>& out) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::Array) fail_mismatch(Expected::List, kind);
        out.reserve(out.size() + Source::size(node));
        std::size_t index = 0;
        Source::for_each_element(node, [&](const Node& child) {
            path_.push_index(index++);
            map_into(child, out.emplace_back());
            path_.pop();
        });
    }

    /// A JSON integer field (`Count`).
    std::int64_t integer(const Node& node) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::Integer) fail_mismatch(Expected::Integer, kind);
        std::int64_t value = 0;
        if (!Source::to_int64(node, value)) fail_serialization("NUMBER_VALUE out of range");
        return value;
    }

  private:
    // Nesting beyond DynamoDB's limit is reported (as DynamoDB reports it) but decoding goes on
    // to find any serialization problem, up to a hard stop that keeps the stack bounded.
    static constexpr int kHardStopLevel = 4 * kMaxNestingLevels;

    class LevelGuard {
      public:
        explicit LevelGuard(AttributeDecoder& decoder) : decoder_(decoder) {
            if (++decoder_.level_ > kMaxNestingLevels) {
                decoder_.fail_validation(messages::kNestingTooDeep);
                if (decoder_.level_ > kHardStopLevel) decoder_.finish();
            }
        }
        ~LevelGuard() { --decoder_.level_; }
        LevelGuard(const LevelGuard&) = delete;
        LevelGuard& operator=(const LevelGuard&) = delete;

      private:
        AttributeDecoder& decoder_;
    };

    static int type_index(std::string_view name) noexcept {
        switch (name.size()) {
            case 1:
                switch (name[0]) {
                    case 'S':
                        return static_cast<int>(Type::S);
                    case 'N':
                        return static_cast<int>(Type::N);
                    case 'B':
                        return static_cast<int>(Type::B);
                    case 'M':
                        return static_cast<int>(Type::M);
                    case 'L':
                        return static_cast<int>(Type::L);
                    default:
                        return -1;
                }
            case 2:
                if (name[1] != 'S') return -1;
                switch (name[0]) {
                    case 'S':
                        return static_cast<int>(Type::SS);
                    case 'N':
                        return static_cast<int>(Type::NS);
                    case 'B':
                        return static_cast<int>(Type::BS);
                    default:
                        return -1;
                }
            case 4:
                if (name[0] == 'B' && name[1] == 'O' && name[2] == 'O' && name[3] == 'L') {
                    return static_cast<int>(Type::BOOL);
                }
                if (name[0] == 'N' && name[1] == 'U' && name[2] == 'L' && name[3] == 'L') {
                    return static_cast<int>(Type::NULL_);
                }
                return -1;
            default:
                return -1;
        }
    }

    std::string_view expect_string(const Node& node, Expected expected) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::String) {
            if (kind == NodeKind::Null) fail_serialization("Unexpected null value in a set");
            fail_mismatch(expected, kind);
        }
        return Source::string(node);
    }

    bool expect_boolean(const Node& node) {
        const NodeKind kind = Source::kind(node);
        if (kind == NodeKind::True) return true;
        if (kind == NodeKind::False) return false;
        bool value = false;
        if (kind == NodeKind::String && parse_boolean_text(Source::string(node), value)) {
            return value;
        }
        fail_mismatch(Expected::Boolean, kind);
    }

    void expect_array(const Node& node) {
        const NodeKind kind = Source::kind(node);
        if (kind != NodeKind::Array) fail_mismatch(Expected::List, kind);
    }

    Binary binary(const Node& node) {
        const std::string_view text = expect_string(node, Expected::Blob);
        Binary result;
        std::string error;
        if (!base64::decode_to(text, result.bytes, &error)) fail_serialization(error);
        return result;
    }

    bool number(std::string_view text, Number& out) {
        std::string error;
        if (Number::parse(text, out, &error)) return true;
        fail_validation(error);
        return false;
    }

    void typed_into(Type type, const Node& node, AttributeValue& out) {
        switch (type) {
            case Type::S:
                out.emplace<std::string>(expect_string(node, Expected::String));
                return;
            case Type::N: {
                Number n;
                if (number(expect_string(node, Expected::String), n)) out.emplace<Number>(n);
                return;
            }
            case Type::B:
                out.emplace<Binary>(binary(node));
                return;
            case Type::BOOL:
                out.emplace<bool>(expect_boolean(node));
                return;
            case Type::NULL_:
                if (!expect_boolean(node)) fail_validation(messages::kNullNotTrue);
                out.emplace<Null>();
                return;
            case Type::M:
                map_into(node, out.emplace<Map>());
                return;
            case Type::L: {
                expect_array(node);
                List& list = out.emplace<List>();
                list.reserve(Source::size(node));
                std::size_t index = 0;
                Source::for_each_element(node, [&](const Node& child) {
                    path_.push_index(index++);
                    value_into(child, list.emplace_back());
                    path_.pop();
                });
                return;
            }
            case Type::SS:
                string_set(node, out);
                return;
            case Type::NS:
                number_set(node, out);
                return;
            case Type::BS:
                binary_set(node, out);
                return;
        }
    }

    // The texts of a set's elements, each checked to be a JSON string.
    std::vector<std::string_view> set_texts(const Node& node, Expected element) {
        expect_array(node);
        std::vector<std::string_view> texts;
        texts.reserve(Source::size(node));
        std::size_t index = 0;
        Source::for_each_element(node, [&](const Node& child) {
            path_.push_index(index++);
            texts.push_back(expect_string(child, element));
            path_.pop();
        });
        return texts;
    }

    void string_set(const Node& node, AttributeValue& out) {
        const std::vector<std::string_view> texts = set_texts(node, Expected::String);
        if (texts.empty()) return fail_validation(messages::empty_set(Type::SS));
        StringSet set;
        for (const auto text : texts) {
            if (!set.emplace(text).second) {
                return fail_validation(messages::duplicate_in_set(Type::SS, texts));
            }
        }
        out = AttributeValue(std::move(set));
    }

    void number_set(const Node& node, AttributeValue& out) {
        const std::vector<std::string_view> texts = set_texts(node, Expected::String);
        if (texts.empty()) return fail_validation(messages::empty_set(Type::NS));
        NumberSet set;
        bool duplicate = false;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            Number n;
            path_.push_index(i);
            const bool ok = number(texts[i], n);
            path_.pop();
            if (!ok) return;
            duplicate = !set.insert(n).second || duplicate;
        }
        if (duplicate) return fail_validation(messages::duplicate_in_set(Type::NS, texts));
        out = AttributeValue(std::move(set));
    }

    void binary_set(const Node& node, AttributeValue& out) {
        expect_array(node);
        std::vector<std::string_view> texts;
        BinarySet set;
        bool duplicate = false;
        std::size_t index = 0;
        Source::for_each_element(node, [&](const Node& child) {
            path_.push_index(index++);
            texts.push_back(expect_string(child, Expected::Blob));
            duplicate = !set.insert(binary(child)).second || duplicate;
            path_.pop();
        });
        if (texts.empty()) return fail_validation(messages::empty_set(Type::BS));
        if (duplicate) return fail_validation(messages::duplicate_in_set(Type::BS, texts));
        out = AttributeValue(std::move(set));
    }

    PathStack path_;
    std::optional<JsonError> pending_;
    int level_ = 0;
};

}  // namespace dynamorm::detail
