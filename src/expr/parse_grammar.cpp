// The grammars of DynamoDB's expressions, read by recursive descent into a SyntaxTree.
//
// Conditions (ConditionExpression, FilterExpression, KeyConditionExpression):
//
//   condition  := and (OR and)*
//   and        := not (AND not)*
//   not        := NOT not | primary
//   primary    := '(' condition ')' | comparison
//   comparison := operand comparator operand
//               | operand BETWEEN operand AND operand
//               | operand IN '(' operand (',' operand)* ')'
//               | call                                  -- a function used as a condition
//   operand    := :value | path | call | '(' operand ')'
//   call       := name '(' operand (',' operand)* ')'
//   path       := (name | #name) ('.' (name | #name) | '[' integer ']')*
//
// A parenthesis opening a condition may hold a condition or an operand, which only the text
// after it tells apart: `(a) = b` versus `(a = b)`. Rather than guess and backtrack, the reader
// accepts both inside parentheses and decides at the closing one, so it reads each token once
// and stops at the first token that no valid expression could continue with. That token is
// the one DynamoDB names in its syntax errors, and so is the text around it.
//
// NOT applies to a NOT, as DynamoDB's documented grammar says and DynamoDB does: `NOT NOT a = b`
// reads. (dynalite refuses it, wanting a parenthesis after NOT.)
//
// Two parentheses straight around one thing, `((a = b))` or `((a))`, are refused as DynamoDB
// refuses them ("The expression has redundant parentheses;"), as soon as the outer one closes.
//
// Updates (UpdateExpression), following the forms DynamoDB accepts:
//
//   update   := clause+
//   clause   := SET set (',' set)* | REMOVE path (',' path)*
//             | ADD path :value (',' path :value)* | DELETE path :value (',' path :value)*
//   set      := path '=' value
//   value    := '(' sum ')' | sum
//   sum      := term (('+' | '-') term)?
//   term     := '(' atom ')' | atom
//   atom     := :value | path | name '(' term (',' term)* ')'
//
// One pair of parentheses may wrap a term, and one the whole value; more is a syntax error, and,
// as in dynalite, `SET a = ((b))` is not checked for redundant parentheses.
//
// Projections (ProjectionExpression): path (',' path)*.

#include <string>
#include <utility>

#include "expr/parse_tree.hpp"

namespace dynamorm::expr::detail {

namespace {

bool is_comparator(TokenKind kind) noexcept {
    switch (kind) {
        case TokenKind::Eq:
        case TokenKind::Ne:
        case TokenKind::Lt:
        case TokenKind::Le:
        case TokenKind::Gt:
        case TokenKind::Ge:
            return true;
        default:
            return false;
    }
}

Comparator comparator_of(TokenKind kind) noexcept {
    switch (kind) {
        case TokenKind::Ne:
            return Comparator::NE;
        case TokenKind::Lt:
            return Comparator::LT;
        case TokenKind::Le:
            return Comparator::LE;
        case TokenKind::Gt:
            return Comparator::GT;
        case TokenKind::Ge:
            return Comparator::GE;
        default:
            return Comparator::EQ;
    }
}

class Grammar {
  public:
    explicit Grammar(SyntaxTree& tree) : tree_(tree), tokens_(tree.tokens()) {}

    void condition_expression() {
        tree_.root = parse_or(false).node;
        expect(TokenKind::End);
    }

    void update_expression() {
        do {
            const TokenKind keyword = peek();
            if (keyword != TokenKind::Set && keyword != TokenKind::Remove &&
                keyword != TokenKind::Add && keyword != TokenKind::Delete) {
                syntax_error();
            }
            const std::size_t clause_token = advance();
            do {
                tree_.actions.push_back(parse_action(keyword, clause_token));
            } while (accept(TokenKind::Comma));
        } while (peek() != TokenKind::End);
    }

    void projection_expression() {
        do {
            tree_.paths.push_back(parse_path());
        } while (accept(TokenKind::Comma));
        expect(TokenKind::End);
    }

  private:
    // What a condition reader returns: a condition, or (only directly inside parentheses) an
    // operand that the closing parenthesis follows.
    struct Read {
        Node* node;
        bool operand;
    };

    // Counts one level of nesting for as long as it lives.
    class Nested {
      public:
        explicit Nested(Grammar& grammar) : grammar_(grammar) {
            if (++grammar_.depth_ > kMaxNesting) {
                fail(grammar_.tree_.kind(),
                     "The expression is nested too deeply; nesting levels: " +
                         std::to_string(grammar_.depth_));
            }
        }
        ~Nested() { --grammar_.depth_; }
        Nested(const Nested&) = delete;
        Nested& operator=(const Nested&) = delete;

      private:
        Grammar& grammar_;
    };

    TokenKind peek(std::size_t ahead = 0) const noexcept {
        const std::size_t at = pos_ + ahead;
        return at < tokens_.size() ? tokens_[at].kind : TokenKind::End;
    }

    std::size_t advance() noexcept {
        const std::size_t at = pos_;
        if (pos_ + 1 < tokens_.size()) ++pos_;
        return at;
    }

    bool accept(TokenKind kind) noexcept {
        if (peek() != kind) return false;
        advance();
        return true;
    }

    std::size_t expect(TokenKind kind) {
        if (peek() != kind) syntax_error();
        return advance();
    }

    // DynamoDB's syntax error: the token where reading stopped, and the text from the token
    // before it to the token after it.
    [[noreturn]] void syntax_error() const {
        const Token& token = tokens_[pos_];
        const std::string_view text = tree_.text();
        const std::size_t from = pos_ > 0 ? tokens_[pos_ - 1].begin : token.begin;
        const std::size_t to = pos_ + 1 < tokens_.size() ? tokens_[pos_ + 1].end : token.end;
        std::string detail = "Syntax error; token: \"";
        detail += token.kind == TokenKind::End ? std::string_view("<EOF>") : tree_.token_text(pos_);
        detail += "\", near: \"";
        detail += text.substr(from, to - from);
        detail += '"';
        fail(tree_.kind(), detail);
    }

    void count_operator() {
        if (++operators_ > kMaxOperators) {
            fail(tree_.kind(), "The expression contains too many operators; operator count: " +
                                   std::to_string(operators_));
        }
    }

    Node* make(Node::Kind kind, std::size_t token, std::vector<Node*> children = {}) {
        Node* node = tree_.make(kind, token);
        node->children = std::move(children);
        return node;
    }

    [[noreturn]] void redundant_parentheses() const {
        fail(tree_.kind(), "The expression has redundant parentheses;");
    }

    // ---- conditions ----

    Read parse_or(bool bare_allowed) {
        Read left = parse_and(bare_allowed);
        if (left.operand) return left;
        while (peek() == TokenKind::Or) {
            const std::size_t token = advance();
            count_operator();
            Node* right = parse_and(false).node;
            left.node = make(Node::Kind::Or, token, {left.node, right});
        }
        return left;
    }

    Read parse_and(bool bare_allowed) {
        Read left = parse_not(bare_allowed);
        if (left.operand) return left;
        while (peek() == TokenKind::And) {
            const std::size_t token = advance();
            count_operator();
            Node* right = parse_not(false).node;
            left.node = make(Node::Kind::And, token, {left.node, right});
        }
        return left;
    }

    Read parse_not(bool bare_allowed) {
        if (peek() != TokenKind::Not) return parse_primary(bare_allowed);
        const std::size_t token = advance();
        count_operator();
        const Nested nested(*this);
        Node* operand = parse_not(false).node;
        return {make(Node::Kind::Not, token, {operand}), false};
    }

    Read parse_primary(bool bare_allowed) {
        if (peek() != TokenKind::LParen) return finish_comparison(parse_operand(), bare_allowed);
        const std::size_t open = advance();
        Read inner{};
        {
            const Nested nested(*this);
            inner = parse_or(true);
        }
        expect(TokenKind::RParen);
        if (inner.node->kind == Node::Kind::Paren) redundant_parentheses();
        Node* group = make(Node::Kind::Paren, open, {inner.node});
        if (!inner.operand) return {group, false};
        return finish_comparison(group, bare_allowed);
    }

    // What follows an operand where a condition is expected.
    Read finish_comparison(Node* left, bool bare_allowed) {
        const TokenKind next = peek();
        if (is_comparator(next)) {
            const std::size_t token = advance();
            count_operator();
            Node* node = make(Node::Kind::Compare, token, {left, parse_operand()});
            node->op = comparator_of(next);
            return {node, false};
        }
        if (next == TokenKind::Between) {
            const std::size_t token = advance();
            count_operator();
            Node* low = parse_operand();
            expect(TokenKind::And);
            Node* high = parse_operand();
            return {make(Node::Kind::Between, token, {left, low, high}), false};
        }
        if (next == TokenKind::In) {
            const std::size_t token = advance();
            count_operator();
            expect(TokenKind::LParen);
            std::vector<Node*> children{left};
            do {
                children.push_back(parse_operand());
            } while (accept(TokenKind::Comma));
            expect(TokenKind::RParen);
            return {make(Node::Kind::In, token, std::move(children)), false};
        }
        if (bare_allowed && next == TokenKind::RParen) return {left, true};
        // A function call is a condition of its own, bare or in one pair of parentheses.
        if (left->kind == Node::Kind::Call) return {left, false};
        if (left->kind == Node::Kind::Paren && left->children[0]->kind == Node::Kind::Call) {
            return {left, false};
        }
        syntax_error();
    }

    Node* parse_operand() {
        switch (peek()) {
            case TokenKind::ValueRef:
                return make(Node::Kind::Value, advance());
            case TokenKind::LParen: {
                const std::size_t open = advance();
                Node* inner = nullptr;
                {
                    const Nested nested(*this);
                    inner = parse_operand();
                }
                expect(TokenKind::RParen);
                if (inner->kind == Node::Kind::Paren) redundant_parentheses();
                return make(Node::Kind::Paren, open, {inner});
            }
            case TokenKind::Name:
                if (peek(1) == TokenKind::LParen) return parse_call(false);
                return parse_path();
            case TokenKind::NameRef:
                return parse_path();
            default:
                syntax_error();
        }
    }

    Node* parse_call(bool in_update) {
        const std::size_t name = advance();
        advance();  // the '(' the caller saw
        count_operator();
        const Nested nested(*this);
        std::vector<Node*> arguments;
        do {
            arguments.push_back(in_update ? parse_term() : parse_operand());
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RParen);
        return make(Node::Kind::Call, name, std::move(arguments));
    }

    Node* parse_path() {
        if (peek() != TokenKind::Name && peek() != TokenKind::NameRef) syntax_error();
        Node* path = make(Node::Kind::Path, pos_);
        path->steps.push_back(
            step(peek() == TokenKind::Name ? PathStep::Kind::Name : PathStep::Kind::NameRef));
        while (true) {
            if (accept(TokenKind::Dot)) {
                if (peek() == TokenKind::Name) {
                    path->steps.push_back(step(PathStep::Kind::Name));
                } else if (peek() == TokenKind::NameRef) {
                    path->steps.push_back(step(PathStep::Kind::NameRef));
                } else {
                    syntax_error();
                }
            } else if (accept(TokenKind::LBracket)) {
                if (peek() != TokenKind::Integer) syntax_error();
                path->steps.push_back(step(PathStep::Kind::Index));
                expect(TokenKind::RBracket);
            } else {
                return path;
            }
        }
    }

    PathStep step(PathStep::Kind kind) noexcept { return {kind, advance()}; }

    // ---- updates ----

    Action parse_action(TokenKind keyword, std::size_t clause_token) {
        Action action{};
        action.clause_token = clause_token;
        action.path = parse_path();
        switch (keyword) {
            case TokenKind::Set:
                action.clause = Clause::Set;
                expect(TokenKind::Eq);
                action.value = parse_set_value();
                break;
            case TokenKind::Remove:
                action.clause = Clause::Remove;
                break;
            default:
                action.clause = keyword == TokenKind::Add ? Clause::Add : Clause::Delete;
                action.value = make(Node::Kind::Value, expect(TokenKind::ValueRef));
                break;
        }
        return action;
    }

    Node* parse_set_value() {
        if (peek() != TokenKind::LParen) return parse_sum(parse_term());
        const std::size_t open = advance();
        const Nested nested(*this);
        Node* first = parse_term();
        if (peek() == TokenKind::Plus || peek() == TokenKind::Minus) {
            Node* sum = parse_sum(first);
            expect(TokenKind::RParen);
            return make(Node::Kind::Paren, open, {sum});
        }
        expect(TokenKind::RParen);
        Node* group = make(Node::Kind::Paren, open, {first});
        // `(a) + b`: the parentheses held the sum's first term.
        if (first->kind != Node::Kind::Paren) return parse_sum(group);
        return group;
    }

    Node* parse_sum(Node* left) {
        if (peek() != TokenKind::Plus && peek() != TokenKind::Minus) return left;
        const std::size_t token = advance();
        count_operator();
        return make(Node::Kind::Arith, token, {left, parse_term()});
    }

    Node* parse_term() {
        if (peek() != TokenKind::LParen) return parse_atom();
        const std::size_t open = advance();
        const Nested nested(*this);
        Node* inner = parse_atom();
        expect(TokenKind::RParen);
        return make(Node::Kind::Paren, open, {inner});
    }

    Node* parse_atom() {
        switch (peek()) {
            case TokenKind::ValueRef:
                return make(Node::Kind::Value, advance());
            case TokenKind::Name:
                if (peek(1) == TokenKind::LParen) return parse_call(true);
                return parse_path();
            case TokenKind::NameRef:
                return parse_path();
            default:
                syntax_error();
        }
    }

    SyntaxTree& tree_;
    const std::vector<Token>& tokens_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;
    std::size_t operators_ = 0;
};

}  // namespace

void read_syntax(SyntaxTree& tree) {
    Grammar grammar(tree);
    switch (tree.kind()) {
        case ExpressionKind::Update:
            grammar.update_expression();
            break;
        case ExpressionKind::Projection:
            grammar.projection_expression();
            break;
        default:
            grammar.condition_expression();
            break;
    }
}

}  // namespace dynamorm::expr::detail
