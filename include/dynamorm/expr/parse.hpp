// Reading DynamoDB expression strings into syntax trees, accepting exactly what DynamoDB
// accepts and refusing the rest with DynamoDB's own messages. This is how the embedded engine
// takes a request's expressions.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "dynamorm/expr/ast.hpp"
#include "dynamorm/expr/error.hpp"
#include "dynamorm/value/attribute_value.hpp"

namespace dynamorm::expr {

/// A request's ExpressionAttributeNames: `#placeholder` → attribute name. The same map type
/// as Placeholders::name_map() gives.
using AttributeNames = std::map<std::string, std::string, std::less<>>;

/// Reads the expressions of one request.
///
/// A request carries its placeholders once (ExpressionAttributeNames and
/// ExpressionAttributeValues) for all its expressions, so one Parser serves all of them:
///
///     expr::Parser parser(&request.names, &request.values);
///     Condition key = parser.key_condition(request.key_condition);
///     Condition filter = parser.filter(request.filter);
///     Projection projection = parser.projection(request.projection);
///     parser.check_unused();  // every placeholder must have been used
///
/// Every method throws ExpressionError whose message is DynamoDB's ValidationException
/// message, word for word, e.g. `Invalid ConditionExpression: Syntax error; token: "<EOF>",
/// near: "a ="` or `Invalid UpdateExpression: Attribute name is a reserved keyword; reserved
/// keyword: name`. Where DynamoDB finds several problems it reports one, and so does the parser,
/// choosing the same one.
///
/// What the parser checks, beyond the grammar (comparators, BETWEEN, IN, AND, OR, NOT,
/// parentheses, the functions, document paths; SET with `+`, `-`, list_append and
/// if_not_exists, REMOVE, ADD, DELETE; comma-separated projections): empty expressions and
/// expressions over 4 KB, more than 300 operators, redundant parentheses, bare names that are
/// reserved words, undefined placeholders, unknown functions and functions used where they
/// cannot be, wrong numbers of operands, operands whose type the text already shows to be
/// wrong (begins_with on a number, ADD of a string, DELETE of a non-set, `+` on a non-number,
/// ...), BETWEEN bounds out of order, IN with more than 100 candidates, a first operand
/// repeated among the others (`a = a`), list indexes out of range, paths deeper than 32
/// levels, an update clause used twice, overlapping or conflicting paths in an update or a
/// projection. The checks that need an item (types of attributes, missing attributes) are the
/// evaluator's.
///
/// The returned trees hold attribute names and values, not placeholders. A Parser keeps
/// pointers to the two maps, which must outlive it.
///
/// Known differences from DynamoDB: `size()` of a literal value (`size(:v)`, which DynamoDB
/// accepts) is refused with "Operator or function requires a document path", as the syntax
/// tree only takes the size of a path; nesting deeper than 1000 levels (of parentheses, NOT and
/// function calls) is refused with "The expression is nested too deeply", a message of
/// dynamorm's own, where DynamoDB would report a syntax error, redundant parentheses or too
/// many operators.
class Parser {
  public:
    /// Checks the maps as DynamoDB does before it reads any expression, and throws
    /// ExpressionError when a map is present but empty ("ExpressionAttributeNames must not be
    /// empty"), when a key is not a placeholder (`ExpressionAttributeNames contains invalid key:
    /// Syntax error; key: "n"`) or is longer than 255 bytes, or when a name is empty. Either
    /// map may be null, as either parameter may be absent from a request.
    Parser(const AttributeNames* names, const Item* values);

    /// A ConditionExpression (PutItem, UpdateItem, DeleteItem, TransactWriteItems).
    Condition condition(std::string_view text);
    /// A FilterExpression (Query, Scan): the grammar of a condition, with its own name in
    /// messages.
    Condition filter(std::string_view text);
    /// A KeyConditionExpression (Query): a condition restricted to what a key condition may
    /// say, AND of at most one condition per key: `=`, `<`, `<=`, `>`, `>=`, BETWEEN or
    /// begins_with, on a top-level attribute against values. Pass the result to
    /// match_key_schema() once the table is known.
    Condition key_condition(std::string_view text);
    /// An UpdateExpression.
    Update update(std::string_view text);
    /// A ProjectionExpression.
    Projection projection(std::string_view text);

    /// After all of the request's expressions are read: throws ExpressionError when a
    /// placeholder was used by none of them ("Value provided in ExpressionAttributeNames unused
    /// in expressions: keys: {#a, #b}", then the same for ExpressionAttributeValues). The keys
    /// are listed in the order DynamoDB lists them.
    void check_unused() const;

  private:
    const AttributeNames* names_;
    const Item* values_;
    std::set<std::string, std::less<>> used_names_;
    std::set<std::string, std::less<>> used_values_;
};

/// A key attribute of a table or index: its name and, when the caller wants the condition's
/// values checked against it, its type (S, N or B).
struct KeyAttribute {
    std::string name;
    std::optional<Type> type;
};

/// What a Query asks of the range (sort) key, named as DynamoDB's ComparisonOperator names it.
struct RangeKeyCondition {
    enum class Op { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH };
    Op op = Op::EQ;
    /// The value compared with; BETWEEN's lower bound; begins_with's prefix.
    AttributeValue value;
    /// BETWEEN's upper bound.
    std::optional<AttributeValue> upper;

    friend bool operator==(const RangeKeyCondition&, const RangeKeyCondition&) = default;
};

/// A key condition split along the key schema.
struct KeyConditionMatch {
    AttributeValue hash_value;
    std::optional<RangeKeyCondition> range;

    friend bool operator==(const KeyConditionMatch&, const KeyConditionMatch&) = default;
};

/// Matches a key condition read by Parser::key_condition() against the key schema of the table
/// or index queried, turning `:v < sk` into `sk > :v`. Throws ExpressionError with DynamoDB's
/// messages: "Query condition missed key schema element: id", "Query key condition not
/// supported" (a condition on anything but the keys, or other than `=` on the hash key),
/// "One or more parameter values were invalid: Condition parameter type does not match schema
/// type", and DynamoDB's message for an empty string as a key value.
KeyConditionMatch match_key_schema(const Condition& key_condition, const KeyAttribute& hash_key,
                                   const std::optional<KeyAttribute>& range_key = std::nullopt);

}  // namespace dynamorm::expr
