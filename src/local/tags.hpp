// Tags of tables: DynamoDB's rules for tag keys and values, the 50-tag limit, and the table
// ARNs the tag operations name their resource by.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/client/types.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local {

/// Tags one resource may carry.
inline constexpr std::size_t kMaxTags = 50;

/// Checks the tags of a CreateTable or TagResource request (lengths and presence are
/// client::validate()'s): the characters of keys and values (letters, digits, white space and
/// `_ . : / = + - @`), the reserved `aws:` prefix and repeated keys, with DynamoDB's
/// ValidationException messages.
void check_tags(const std::vector<client::Tag>& tags);

/// Checks the keys of an UntagResource request as check_tags() checks keys.
void check_tag_keys(const std::vector<std::string>& keys);

/// `tags` with `added` applied: a key already there takes the new value in place, new keys
/// come last. Throws ValidationException when the result has more than kMaxTags tags.
std::vector<client::Tag> merge_tags(std::vector<client::Tag> tags,
                                    const std::vector<client::Tag>& added);

/// `tags` without the keys named (keys that are not there are ignored).
std::vector<client::Tag> remove_tags(std::vector<client::Tag> tags,
                                     const std::vector<std::string>& keys);

/// The table name a tag operation's ResourceArn names, after DynamoDB's checks of its form:
/// AccessDeniedException when it is not an ARN at all (`operation` is named in the message,
/// e.g. "TagResource"), ValidationException "Invalid TableArn: ..." when it is not a table's
/// ARN. The region and account are not checked here: an ARN of another region or account
/// names no table of this engine.
std::string table_name_of_arn(std::string_view arn, std::string_view operation,
                              const EngineOptions& options);

}  // namespace dynamorm::local
