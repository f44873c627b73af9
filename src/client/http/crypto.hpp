// SHA-256, HMAC-SHA256 and hex encoding over OpenSSL 3 (EVP_Digest and EVP_MAC), the
// primitives of request signing. Internal to the library.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace dynamorm::sigv4::detail {

using Digest = std::array<unsigned char, 32>;

/// SHA-256 of `data`.
Digest sha256(std::string_view data);

/// HMAC-SHA256 of `data` under `key`.
Digest hmac_sha256(std::span<const unsigned char> key, std::string_view data);

/// Lower-case hexadecimal form of `bytes`.
std::string hex(std::span<const unsigned char> bytes);

/// Lower-case hexadecimal SHA-256 of `data`.
inline std::string sha256_hex(std::string_view data) {
    return hex(sha256(data));
}

/// Compares two strings in time that depends only on their lengths, not their contents.
bool constant_time_equal(std::string_view a, std::string_view b) noexcept;

/// Overwrites `bytes` with zeros in a way the optimizer may not remove.
void cleanse(std::span<unsigned char> bytes) noexcept;

}  // namespace dynamorm::sigv4::detail
