// The x-amz-crc32 check of DynamoDB's answers. Internal to the library.
#pragma once

#include <cstdint>
#include <string_view>

namespace dynamorm::client::http {

/// CRC-32 (ISO-HDLC, as zlib and DynamoDB compute it) of `data`.
std::uint32_t crc32(std::string_view data) noexcept;

/// Whether `body` matches an x-amz-crc32 header: its CRC-32 written in decimal. A header that is
/// not such a number does not match.
bool crc32_matches(std::string_view header_value, std::string_view body) noexcept;

}  // namespace dynamorm::client::http
