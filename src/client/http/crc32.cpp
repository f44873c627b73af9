// CRC-32 over zlib, which libcurl links already.
#include "client/http/crc32.hpp"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <limits>

namespace dynamorm::client::http {

std::uint32_t crc32(std::string_view data) noexcept {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto* bytes = reinterpret_cast<const Bytef*>(data.data());
    // zlib takes a uInt length: feed large bodies in pieces.
    constexpr std::size_t kChunk = std::numeric_limits<uInt>::max();
    while (!data.empty()) {
        const std::size_t n = std::min(data.size(), kChunk);
        crc = ::crc32(crc, bytes, static_cast<uInt>(n));
        bytes += n;
        data.remove_prefix(n);
    }
    return static_cast<std::uint32_t>(crc);
}

bool crc32_matches(std::string_view header_value, std::string_view body) noexcept {
    std::uint32_t expected = 0;
    const char* end = header_value.data() + header_value.size();
    const auto [ptr, ec] = std::from_chars(header_value.data(), end, expected);
    if (ec != std::errc() || ptr != end || header_value.empty()) return false;
    return expected == crc32(body);
}

}  // namespace dynamorm::client::http
