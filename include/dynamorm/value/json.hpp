// DynamoDB JSON: the wire form of attribute values and items, and whole bodies around them.
//
// Encoding writes `{"S":"text"}`, `{"N":"1.5"}` (normalized), `{"B":"<base64>"}`,
// `{"BOOL":true}`, `{"NULL":true}`, `{"M":{...}}`, `{"L":[...]}` and sets as arrays in their
// sorted order.
//
// Decoding is strict, as DynamoDB is, and reports problems as JsonError with DynamoDB's own
// message and kind:
// - kind Serialization (DynamoDB's SerializationException): the text is not JSON, or a JSON
//   type stands where another is needed (`{"S":5}` gives "NUMBER_VALUE cannot be converted to
//   String"), invalid base64, a name repeated in one object (`{"S":"a","S":"b"}`);
// - kind Validation (ValidationException): well-formed but not a value, e.g. an attribute
//   value with no type or two types, `{"NULL":false}`, an empty or repeated set, a number
//   DynamoDB cannot store, nesting deeper than 32 levels. When a document holds both kinds of
//   problem, the serialization problem is the one reported, as DynamoDB checks the shape of
//   the whole request first.
// As DynamoDB does, a member whose value is `null` counts as absent, members other than the
// ten type names are ignored, and BOOL/NULL also accept the strings "true"/"false"/"1"/"0"/
// "yes"/"no" in any case.
//
// Paths. Every JsonError names the bad value by its path from the root of the document given
// (or from `path`, when the call takes one): member names joined with `.`, array positions in
// `[i]`, and the type names of DynamoDB JSON as members, so
// `Items[3].tags.SS[1]` is the second element of the string set `tags` of the fourth item,
// and `Item.address.M.zip` the attribute `zip` of the map `address`. A name that is empty or
// holds anything but letters, digits and `_-:#` is written `["a.b"]`, quoted with JSON escapes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/value/attribute_value.hpp"
#include "dynamorm/value/json_value.hpp"
#include "dynamorm/value/json_writer.hpp"

namespace dynamorm {

/// DynamoDB's limit on nesting: an item's attribute is at level 1, each list element or map
/// member one level below its parent, and nothing may sit below level 32.
inline constexpr int kMaxNestingLevels = 32;

// ---- Encoding -----------------------------------------------------------------------------

std::string encode(const AttributeValue& value);
std::string encode(const Item& item);
/// Append to `out` instead of returning a new string.
void encode_to(const AttributeValue& value, std::string& out);
void encode_to(const Item& item, std::string& out);

// ---- Decoding text ------------------------------------------------------------------------

/// `{"S":"x"}` and the like. Paths start at `path` (empty: at the value itself, so an error in
/// `{"M":{"a":{"N":"x"}}}` is at `M.a.N`).
AttributeValue decode_attribute_value(std::string_view json, std::string_view path = {});
/// `{"name":{"S":"x"},...}`. Paths start at `path` (empty: at the item, e.g. `address.M.zip`).
Item decode_item(std::string_view json, std::string_view path = {});

/// The items of a Query or Scan response, decoded straight from the text (no generic
/// document in between, which makes it the fastest way to read a page).
struct ItemPage {
    std::vector<Item> items;                 ///< "Items" (empty when absent, as with Select=COUNT)
    std::int64_t count = 0;                  ///< "Count"
    std::int64_t scanned_count = 0;          ///< "ScannedCount"
    std::optional<Item> last_evaluated_key;  ///< "LastEvaluatedKey", when more pages follow
    /// Every other member (ConsumedCapacity, ...), in document order. Their numbers are
    /// re-printed from their parsed value (exact for integers, shortest round trip for others).
    json::Object other;
};

/// Decodes `{"Items":[...],"Count":N,"ScannedCount":N,"LastEvaluatedKey":{...},...}`.
/// Paths start at the body: `Items[3].tags.SS[1]`, `LastEvaluatedKey.id.S`.
ItemPage decode_page(std::string_view body);

/// Decodes the array of items in the top-level member `member` of an object body (`Items` of
/// Query and Scan; absent → empty). Other members are checked to be JSON and otherwise ignored.
std::vector<Item> decode_items(std::string_view body, std::string_view member = "Items");

// ---- Converting a parsed json::Value ------------------------------------------------------

/// The same rules and messages as the text decoders, for a subtree of a body parsed with
/// json::parse. `path` is where the subtree sits in its document (e.g. `Item`,
/// `ExpressionAttributeValues[":v"]`), so errors carry full paths.
AttributeValue to_attribute_value(const json::Value& json, std::string_view path = {});
Item to_item(const json::Value& json, std::string_view path = {});

/// The DynamoDB JSON of a value or an item as a generic JSON value.
json::Value to_json(const AttributeValue& value);
json::Value to_json(const Item& item);

}  // namespace dynamorm
