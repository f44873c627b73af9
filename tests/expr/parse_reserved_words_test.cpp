// DynamoDB's reserved words, and the lexer that finds the names to check against them.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "expr/lexer.hpp"
#include "expr/parse_support.hpp"
#include "expr/reserved_words.hpp"

namespace dynamorm::expr {
namespace {

using detail::is_reserved_word;
using detail::reserved_words;
using detail::TokenKind;

TEST(ParseReservedWordsTest, HoldsDynamoDBsWholeList) {
    const auto words = reserved_words();
    EXPECT_EQ(words.size(), 573u);
    EXPECT_TRUE(std::is_sorted(words.begin(), words.end()));
    EXPECT_EQ(std::adjacent_find(words.begin(), words.end()), words.end());
    EXPECT_EQ(words.front(), "ABORT");
    EXPECT_EQ(words.back(), "ZONE");
    for (const std::string_view word : words) {
        EXPECT_TRUE(std::all_of(word.begin(), word.end(), [](char c) {
            return c >= 'A' && c <= 'Z';
        })) << word;
    }
}

TEST(ParseReservedWordsTest, MatchesInAnyCase) {
    for (const char* word : {"name", "NAME", "Name", "status", "year", "data", "size", "count",
                             "comment", "Date", "TTL", "flattern", "INNTER", "loged", "zone"}) {
        EXPECT_TRUE(is_reserved_word(word)) << word;
    }
    for (const char* word : {"id", "color", "price", "title", "author", "nam", "named", "", "a",
                             "names_", "abort1", "sizes", "zones"}) {
        EXPECT_FALSE(is_reserved_word(word)) << word;
    }
}

TEST(ParseReservedWordsTest, RefusesEveryOneAsABareName) {
    // The keywords of the grammar are syntax errors instead.
    const std::set<std::string_view> keywords = {"AND", "OR",     "NOT", "BETWEEN", "IN",
                                                 "SET", "REMOVE", "ADD", "DELETE"};
    const testing::Request r;
    for (const std::string_view word : reserved_words()) {
        std::string lower(word);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return static_cast<char>(c - 'A' + 'a'); });
        const std::string refused = testing::projection_refusal(r, "a.b, c." + lower);
        if (keywords.contains(word)) {
            EXPECT_TRUE(refused.starts_with(
                "Invalid ProjectionExpression: Syntax error; token: \"" + lower + "\""))
                << refused;
        } else {
            EXPECT_EQ(refused,
                      "Invalid ProjectionExpression: Attribute name is a reserved keyword; "
                      "reserved keyword: " +
                          lower);
        }
    }
}

std::vector<TokenKind> kinds(std::string_view text) {
    std::vector<TokenKind> out;
    for (const detail::Token& token : detail::tokenize(text))
        out.push_back(token.kind);
    return out;
}

TEST(ParseLexerTest, SplitsTextIntoDynamoDBsTokens) {
    using K = TokenKind;
    EXPECT_EQ(kinds("a.b[10] <> #n"),
              (std::vector<K>{K::Name, K::Dot, K::Name, K::LBracket, K::Integer, K::RBracket, K::Ne,
                              K::NameRef, K::End}));
    EXPECT_EQ(kinds(":v<=:w>=x<y>z=(1),+-"),
              (std::vector<K>{K::ValueRef, K::Le, K::ValueRef, K::Ge, K::Name, K::Lt, K::Name,
                              K::Gt, K::Name, K::Eq, K::LParen, K::Integer, K::RParen, K::Comma,
                              K::Plus, K::Minus, K::End}));
    EXPECT_EQ(kinds("And oR NOT between In set REMOVE add Delete ands"),
              (std::vector<K>{K::And, K::Or, K::Not, K::Between, K::In, K::Set, K::Remove, K::Add,
                              K::Delete, K::Name, K::End}));
    // `< >` is two tokens; `_a` starts with a character no token starts with; `01` is two
    // integers; `#` and `:` alone are invalid.
    EXPECT_EQ(kinds("< >"), (std::vector<K>{K::Lt, K::Gt, K::End}));
    EXPECT_EQ(kinds("_a"), (std::vector<K>{K::Invalid, K::Name, K::End}));
    EXPECT_EQ(kinds("01"), (std::vector<K>{K::Integer, K::Integer, K::End}));
    EXPECT_EQ(kinds("# :"), (std::vector<K>{K::Invalid, K::Invalid, K::End}));
}

TEST(ParseLexerTest, KeepsAMultibyteCharacterInOneToken) {
    const auto tokens = detail::tokenize(
        "a\xE2\x82\xAC"
        "b \xFF");
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_EQ(tokens[1].kind, TokenKind::Invalid);
    EXPECT_EQ(tokens[1].end - tokens[1].begin, 3u);  // the euro sign
    EXPECT_EQ(tokens[3].kind, TokenKind::Invalid);
    EXPECT_EQ(tokens[3].end - tokens[3].begin, 1u);  // a stray byte
}

}  // namespace
}  // namespace dynamorm::expr
