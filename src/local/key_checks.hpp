// The checks DynamoDB makes on keys and items against a table's schema, with its messages
// (thrown as ValidationException ServiceErrors): the key of a read or write, the key attributes
// of a whole item, the attributes that key a secondary index, the item size limit, and
// document paths that reach into key attributes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dynamorm/expr/ast.hpp"
#include "local/table.hpp"

namespace dynamorm::local {

/// A Key (GetItem, UpdateItem, DeleteItem, and the keys of batches and transactions): exactly
/// the table's key attributes, of the schema's types ("The provided key element does not match
/// the schema"), no empty string or binary ("One or more parameter values are not valid. The
/// AttributeValue for a key attribute cannot contain an empty string value. Key: <name>"), and
/// within the key size limits (hash key 2048 bytes, range key 1024 bytes).
void check_key(const TableSchema& schema, const Item& key);

/// The key attributes of an item to put: present ("One or more parameter values were invalid:
/// Missing the key <name> in the item"), of the schema's types ("... Type mismatch for key
/// <name> expected: S actual: N"), not empty, within the key size limits.
void check_item_keys(const TableSchema& schema, const Item& item);

/// Whose words the index key checks use: a whole item (PutItem and the other puts), or the
/// result of an update expression.
enum class IndexKeySource { Item, Update };

/// The attributes of `item` that key a secondary index: of the index's key type ("One or more
/// parameter values were invalid: Type mismatch for Index Key <name> Expected: S Actual: N
/// IndexName: <index>"), then not empty (for an item, "One or more parameter values are not
/// valid. A value specified for a secondary index key is not supported. The AttributeValue for
/// a key attribute cannot contain an empty string value. IndexName: <index>, IndexKey: <name>";
/// for an update, "... The update expression attempted to update a secondary index key to a
/// value that is not supported. ..."). Indexes are checked in name order. With `only`, just
/// the attributes it names (an update checks what it changed).
void check_index_keys(const TableSchema& schema, const Item& item, IndexKeySource source,
                      const std::vector<std::string>* only = nullptr);

/// "Item size has exceeded the maximum allowed size" (or, for an update, "Item size to update
/// has exceeded the maximum allowed size") when `size` is over 400 KB.
void check_item_size(std::size_t size, IndexKeySource source);

/// Paths that step into a key attribute ("Key attributes must be scalars; list random access
/// '[]' and map lookup '.' are not allowed: Key: <name>", then the same with `IndexKey:` for
/// the indexes' key attributes).
void check_key_paths(const TableSchema& schema, const std::vector<const expr::Path*>& paths);

/// One value of a table key attribute (`hash`: the hash key): not an empty string or binary,
/// within the key size limits.
void check_key_value(const std::string& name, const AttributeValue& value, bool hash);

/// The bytes a key value counts toward the key size limits.
std::size_t key_value_size(const AttributeValue& value) noexcept;

}  // namespace dynamorm::local
