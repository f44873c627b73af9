// Base64 (RFC 4648, standard alphabet, padded): how DynamoDB's JSON carries binary values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dynamorm::base64 {

/// Length of the encoding of `size` bytes.
constexpr std::size_t encoded_size(std::size_t size) noexcept {
    return (size + 2) / 3 * 4;
}

/// Appends the padded encoding of `bytes` to `out`.
void encode_to(std::string_view bytes, std::string& out);
std::string encode(std::string_view bytes);

/// Decodes strictly, as DynamoDB does: the length must be a multiple of 4, only the standard
/// alphabet, `=` only as one or two final padding characters, and the unused bits of the last
/// character must be zero (so every byte string has exactly one accepted encoding).
///
/// Appends the bytes to `out` and returns true, or returns false, leaves `out` as it was and
/// puts the reason in `*error` when given (DynamoDB's message where it has one).
bool decode_to(std::string_view text, std::string& out, std::string* error = nullptr);
/// Throws ValueError with the reason.
std::string decode(std::string_view text);

}  // namespace dynamorm::base64
