// The syntax tree's values: construction, paths, structural equality and explain().

#include "dynamorm/expr/ast.hpp"

#include <charconv>
#include <limits>
#include <ostream>
#include <utility>

#include "dynamorm/expr/error.hpp"
#include "expr/writer.hpp"

namespace dynamorm::expr {

// ---- Path ------------------------------------------------------------------------------

namespace {

[[noreturn]] void bad_path(std::string_view text, std::size_t offset, std::string_view what) {
    throw ExpressionError("Invalid document path \"" + std::string(text) +
                          "\": " + std::string(what) + " at offset " + std::to_string(offset));
}

bool is_separator(char c) noexcept {
    return c == '.' || c == '[' || c == ']';
}

}  // namespace

Path Path::parse_dotted(std::string_view text) {
    if (text.empty()) throw ExpressionError("Invalid document path: the path is empty");
    std::vector<PathElement> elements;
    std::size_t at = 0;
    // Expecting a name at the start and after every '.'.
    bool expect_name = true;
    while (at < text.size()) {
        if (expect_name) {
            const std::size_t start = at;
            while (at < text.size() && !is_separator(text[at]))
                ++at;
            if (at == start) bad_path(text, start, "expected an attribute name");
            elements.push_back({std::string(text.substr(start, at - start)), 0, false});
            expect_name = false;
        } else if (text[at] == '.') {
            ++at;
            if (at == text.size()) bad_path(text, at, "expected an attribute name");
            expect_name = true;
        } else if (text[at] == '[') {
            const std::size_t start = ++at;
            while (at < text.size() && text[at] >= '0' && text[at] <= '9')
                ++at;
            if (at == start) bad_path(text, start, "expected a list index");
            if (at == text.size() || text[at] != ']') bad_path(text, at, "expected ']'");
            std::size_t index = 0;
            const auto [end, error] = std::from_chars(text.data() + start, text.data() + at, index);
            if (error != std::errc() || end != text.data() + at) {
                bad_path(text, start, "list index out of range");
            }
            elements.push_back({std::string(), index, true});
            ++at;
        } else {
            bad_path(text, at, "unexpected ']'");
        }
    }
    return Path(std::move(elements));
}

Path Path::key(std::string name) const& {
    Path extended = *this;
    extended.elements_.push_back({std::move(name), 0, false});
    return extended;
}

Path Path::index(std::size_t position) const& {
    Path extended = *this;
    extended.elements_.push_back({std::string(), position, true});
    return extended;
}

bool Path::within(const Path& other) const noexcept {
    if (other.elements_.size() > elements_.size()) return false;
    for (std::size_t i = 0; i < other.elements_.size(); ++i) {
        if (!(elements_[i] == other.elements_[i])) return false;
    }
    return true;
}

std::string Path::to_string() const {
    std::string text;
    for (const PathElement& element : elements_) {
        if (element.is_index) {
            text += '[';
            text += std::to_string(element.index);
            text += ']';
        } else {
            if (!text.empty()) text += '.';
            text += element.name;
        }
    }
    return text;
}

// ---- Operand ---------------------------------------------------------------------------

Operand::Operand(Path path) : node_(std::make_shared<const Node>(std::move(path))) {}
Operand::Operand(AttributeValue value) : node_(std::make_shared<const Node>(std::move(value))) {}
Operand::Operand(Size size) : node_(std::make_shared<const Node>(std::move(size))) {}
Operand::Operand(IfNotExists node) : node_(std::make_shared<const Node>(std::move(node))) {}
Operand::Operand(ListAppend node) : node_(std::make_shared<const Node>(std::move(node))) {}
Operand::Operand(Arithmetic node) : node_(std::make_shared<const Node>(std::move(node))) {}

bool Operand::is_path() const noexcept {
    return std::holds_alternative<Path>(*node_);
}
bool Operand::is_value() const noexcept {
    return std::holds_alternative<AttributeValue>(*node_);
}
const Path& Operand::path() const {
    return std::get<Path>(*node_);
}
const AttributeValue& Operand::value() const {
    return std::get<AttributeValue>(*node_);
}

bool operator==(const Operand& a, const Operand& b) {
    return a.node_ == b.node_ || *a.node_ == *b.node_;
}

std::string_view comparator_symbol(Comparator op) noexcept {
    switch (op) {
        case Comparator::EQ:
            return "=";
        case Comparator::NE:
            return "<>";
        case Comparator::LT:
            return "<";
        case Comparator::LE:
            return "<=";
        case Comparator::GT:
            return ">";
        case Comparator::GE:
            return ">=";
    }
    return "?";
}

// ---- Condition -------------------------------------------------------------------------

Condition::Condition(Compare node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(Between node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(In node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(And node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(Or node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(Not node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(AttributeExists node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(AttributeNotExists node)
    : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(AttributeType node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(BeginsWith node) : node_(std::make_shared<const Node>(std::move(node))) {}
Condition::Condition(Contains node) : node_(std::make_shared<const Node>(std::move(node))) {}

bool operator==(const Condition& a, const Condition& b) {
    return a.node_ == b.node_ || *a.node_ == *b.node_;
}

Condition operator&(const Condition& a, const Condition& b) {
    return Condition::And{a, b};
}
Condition operator|(const Condition& a, const Condition& b) {
    return Condition::Or{a, b};
}
Condition operator!(const Condition& a) {
    return Condition::Not{a};
}

// ---- Update ----------------------------------------------------------------------------

Update& Update::operator+=(const Update& other) {
    set.insert(set.end(), other.set.begin(), other.set.end());
    remove.insert(remove.end(), other.remove.begin(), other.remove.end());
    add.insert(add.end(), other.add.begin(), other.add.end());
    del.insert(del.end(), other.del.begin(), other.del.end());
    return *this;
}

Update operator+(Update a, const Update& b) {
    a += b;
    return a;
}

// ---- explain ---------------------------------------------------------------------------

namespace {

void append_quoted(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
                    out += kHex[static_cast<unsigned char>(c) & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_base64(std::string& out, std::string_view bytes) {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned triple = (static_cast<unsigned char>(bytes[i]) << 16) |
                                (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                                static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(triple >> 18) & 0x3F];
        out += kAlphabet[(triple >> 12) & 0x3F];
        out += kAlphabet[(triple >> 6) & 0x3F];
        out += kAlphabet[triple & 0x3F];
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        unsigned triple = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) triple |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(triple >> 18) & 0x3F];
        out += kAlphabet[(triple >> 12) & 0x3F];
        out += rest == 2 ? kAlphabet[(triple >> 6) & 0x3F] : '=';
        out += '=';
    }
}

void append_binary(std::string& out, const Binary& binary) {
    out += "b\"";
    append_base64(out, binary.bytes);
    out += '"';
}

// Values as a reader expects them: strings quoted, numbers bare, binary as b"base64",
// maps {...}, lists [...], sets <<...>>.
void append_value(std::string& out, const AttributeValue& value);

template <class Set, class Write>
void append_set(std::string& out, const Set& set, Write write) {
    out += "<<";
    bool first = true;
    for (const auto& element : set) {
        if (!first) out += ", ";
        first = false;
        write(element);
    }
    out += ">>";
}

void append_value(std::string& out, const AttributeValue& value) {
    struct Visitor {
        std::string& out;
        void operator()(const std::string& s) const { append_quoted(out, s); }
        void operator()(const Number& n) const { out += n.to_string(); }
        void operator()(const Binary& b) const { append_binary(out, b); }
        void operator()(bool b) const { out += b ? "true" : "false"; }
        void operator()(const Null&) const { out += "null"; }
        void operator()(const Map& m) const {
            out += '{';
            bool first = true;
            for (const auto& [key, element] : m) {
                if (!first) out += ", ";
                first = false;
                append_quoted(out, key);
                out += ": ";
                append_value(out, element);
            }
            out += '}';
        }
        void operator()(const List& l) const {
            out += '[';
            bool first = true;
            for (const AttributeValue& element : l) {
                if (!first) out += ", ";
                first = false;
                append_value(out, element);
            }
            out += ']';
        }
        void operator()(const StringSet& s) const {
            append_set(out, s, [this](const std::string& e) { append_quoted(out, e); });
        }
        void operator()(const NumberSet& s) const {
            append_set(out, s, [this](const Number& e) { out += e.to_string(); });
        }
        void operator()(const BinarySet& s) const {
            append_set(out, s, [this](const Binary& e) { append_binary(out, e); });
        }
    };
    std::visit(Visitor{out}, value.variant());
}

// Names and values inline; never throws on a malformed tree, since explain() serves error
// messages about such trees too.
struct InlineSink {
    void path(std::string& out, const Path& path) const {
        out += path.empty() ? std::string("<empty path>") : path.to_string();
    }
    void value(std::string& out, const AttributeValue& value) const { append_value(out, value); }
    void check_in(const Condition::In&) const noexcept {}
};

template <class Tree, class Member>
std::string explain_with(const Tree& tree, Member member) {
    std::string out;
    InlineSink sink;
    detail::Writer<InlineSink> writer(out, sink);
    (writer.*member)(tree);
    return out;
}

}  // namespace

std::string explain(const Operand& operand) {
    return explain_with(operand, &detail::Writer<InlineSink>::operand);
}
std::string explain(const Condition& condition) {
    return explain_with(condition, &detail::Writer<InlineSink>::condition);
}
std::string explain(const Update& update) {
    return explain_with(update, &detail::Writer<InlineSink>::update);
}
std::string explain(const Projection& projection) {
    return explain_with(projection, &detail::Writer<InlineSink>::projection);
}

std::ostream& operator<<(std::ostream& out, const Path& path) {
    return out << path.to_string();
}
std::ostream& operator<<(std::ostream& out, const Operand& operand) {
    return out << explain(operand);
}
std::ostream& operator<<(std::ostream& out, const Condition& condition) {
    return out << explain(condition);
}
std::ostream& operator<<(std::ostream& out, const Update& update) {
    return out << explain(update);
}
std::ostream& operator<<(std::ostream& out, const Projection& projection) {
    return out << explain(projection);
}

}  // namespace dynamorm::expr
