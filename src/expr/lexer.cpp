// DynamoDB's expression lexer.
//
// Names start with an ASCII letter (`_abc` and `1abc` are not names: DynamoDB reports
// `Syntax error; token: "_"`), placeholders take any letters, digits and underscores after
// their `#` or `:`, and an integer never has a leading zero (`01` is the two tokens `0`, `1`).

#include "expr/lexer.hpp"

#include <array>
#include <utility>

namespace dynamorm::expr::detail {

namespace {

bool is_letter(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
bool is_word(char c) noexcept {
    return is_letter(c) || is_digit(c) || c == '_';
}
bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool equals_ignoring_case(std::string_view word, std::string_view upper) noexcept {
    if (word.size() != upper.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c != upper[i]) return false;
    }
    return true;
}

TokenKind word_kind(std::string_view word) noexcept {
    static constexpr std::array<std::pair<std::string_view, TokenKind>, 9> kKeywords = {{
        {"AND", TokenKind::And},
        {"OR", TokenKind::Or},
        {"NOT", TokenKind::Not},
        {"BETWEEN", TokenKind::Between},
        {"IN", TokenKind::In},
        {"SET", TokenKind::Set},
        {"REMOVE", TokenKind::Remove},
        {"ADD", TokenKind::Add},
        {"DELETE", TokenKind::Delete},
    }};
    for (const auto& [keyword, kind] : kKeywords) {
        if (equals_ignoring_case(word, keyword)) return kind;
    }
    return TokenKind::Name;
}

// The length of the UTF-8 sequence starting at `text[at]`: one byte when it is malformed, so
// that a stray byte is reported on its own.
std::size_t code_point_length(std::string_view text, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
    }
    if (at + length > text.size()) return 1;
    for (std::size_t i = 1; i < length; ++i) {
        if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80) return 1;
    }
    return length;
}

TokenKind punctuation(char c) noexcept {
    switch (c) {
        case '(':
            return TokenKind::LParen;
        case ')':
            return TokenKind::RParen;
        case '[':
            return TokenKind::LBracket;
        case ']':
            return TokenKind::RBracket;
        case '.':
            return TokenKind::Dot;
        case ',':
            return TokenKind::Comma;
        case '=':
            return TokenKind::Eq;
        case '<':
            return TokenKind::Lt;
        case '>':
            return TokenKind::Gt;
        case '+':
            return TokenKind::Plus;
        case '-':
            return TokenKind::Minus;
        default:
            return TokenKind::Invalid;
    }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (is_space(c)) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        TokenKind kind = TokenKind::Invalid;
        if (is_letter(c)) {
            while (i < text.size() && is_word(text[i]))
                ++i;
            kind = word_kind(text.substr(begin, i - begin));
        } else if (c == '#' || c == ':') {
            ++i;
            while (i < text.size() && is_word(text[i]))
                ++i;
            if (i == begin + 1) {
                kind = TokenKind::Invalid;
            } else {
                kind = c == '#' ? TokenKind::NameRef : TokenKind::ValueRef;
            }
        } else if (is_digit(c)) {
            ++i;
            if (c != '0') {
                while (i < text.size() && is_digit(text[i]))
                    ++i;
            }
            kind = TokenKind::Integer;
        } else {
            const char next = i + 1 < text.size() ? text[i + 1] : '\0';
            if (c == '<' && next == '>') {
                kind = TokenKind::Ne;
                i += 2;
            } else if (c == '<' && next == '=') {
                kind = TokenKind::Le;
                i += 2;
            } else if (c == '>' && next == '=') {
                kind = TokenKind::Ge;
                i += 2;
            } else {
                kind = punctuation(c);
                i += kind == TokenKind::Invalid ? code_point_length(text, i) : 1;
            }
        }
        tokens.push_back({kind, begin, i});
    }
    tokens.push_back({TokenKind::End, text.size(), text.size()});
    return tokens;
}

}  // namespace dynamorm::expr::detail
