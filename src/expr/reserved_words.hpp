// DynamoDB's reserved words: names that may not appear bare in an expression.
#pragma once

#include <span>
#include <string_view>

namespace dynamorm::expr::detail {

/// True when `name` is one of DynamoDB's reserved words, compared case-insensitively
/// (`Status`, `status` and `STATUS` are all reserved).
bool is_reserved_word(std::string_view name) noexcept;

/// The whole list, in upper case and sorted, as DynamoDB's documentation publishes it
/// ("Reserved words in DynamoDB"), misspellings such as FLATTERN and INNTER included.
std::span<const std::string_view> reserved_words() noexcept;

}  // namespace dynamorm::expr::detail
