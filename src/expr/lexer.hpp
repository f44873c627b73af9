// The lexical analysis shared by every kind of DynamoDB expression.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dynamorm::expr::detail {

enum class TokenKind : std::uint8_t {
    Name,      ///< a bare attribute or function name: a letter, then letters, digits or `_`
    NameRef,   ///< `#` then one or more letters, digits or `_`
    ValueRef,  ///< `:` then one or more letters, digits or `_`
    Integer,   ///< `0`, or a non-zero digit then digits (a list index)
    LParen,
    RParen,
    LBracket,
    RBracket,
    Dot,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Plus,
    Minus,
    // Keywords, recognized in any letter case wherever they appear.
    And,
    Or,
    Not,
    Between,
    In,
    Set,
    Remove,
    Add,
    Delete,
    Invalid,  ///< one character DynamoDB does not accept (a whole UTF-8 sequence)
    End,      ///< the end of the text
};

struct Token {
    TokenKind kind;
    std::size_t begin;  ///< byte offsets into the expression text
    std::size_t end;
};

/// Splits `text` into tokens, skipping spaces, tabs, carriage returns and line feeds, the way
/// DynamoDB's lexer does. Never fails: characters it does not know become Invalid tokens, for
/// the parser to report. The last token is always End.
std::vector<Token> tokenize(std::string_view text);

}  // namespace dynamorm::expr::detail
