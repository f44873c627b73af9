#include "value/json_text.hpp"

#include <simdjson.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "dynamorm/value/error.hpp"

namespace dynamorm::detail {
namespace {

enum : std::uint8_t { kPlain = 0, kEscape = 1, kNonAscii = 2 };

constexpr std::array<std::uint8_t, 256> make_class_table() {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = kEscape;
    table['"'] = kEscape;
    table['\\'] = kEscape;
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = kNonAscii;
    return table;
}
constexpr std::array<std::uint8_t, 256> kClass = make_class_table();

constexpr char kHex[] = "0123456789abcdef";

// True when one of the 8 bytes of `word` is a control character, a quote, a backslash or not
// ASCII. The tests are the classic "has a zero byte" / "has a byte below n" bit tricks; they
// answer exactly whether such a byte exists.
inline bool needs_attention(std::uint64_t word) noexcept {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const std::uint64_t below_space = (word - kOnes * 0x20) & ~word;
    const std::uint64_t quote = word ^ (kOnes * '"');
    const std::uint64_t backslash = word ^ (kOnes * '\\');
    const std::uint64_t is_quote = (quote - kOnes) & ~quote;
    const std::uint64_t is_backslash = (backslash - kOnes) & ~backslash;
    return ((below_space | is_quote | is_backslash | word) & kHighs) != 0;
}

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
    }
}

// Length of the well-formed UTF-8 sequence at the start of `p` (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or 0.
std::size_t utf8_sequence_length(const unsigned char* p, std::size_t available) noexcept {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    }
    return length;
}

bool is_simple_member_name(std::string_view name) noexcept {
    if (name.empty()) return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' || c == '#';
        if (!ok) return false;
    }
    return true;
}

}  // namespace

bool is_valid_utf8(std::string_view text) noexcept {
    return simdjson::validate_utf8(text.data(), text.size());
}

void append_json_string(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    bool utf8_checked = false;
    std::size_t copied = 0;  // bytes of `text` already in `out`
    std::size_t i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, sizeof word);
            if (!needs_attention(word)) {
                i += 8;
                continue;
            }
        }
        const std::size_t block_end = i + 8 < size ? i + 8 : size;
        for (; i < block_end; ++i) {
            const std::uint8_t cls = kClass[bytes[i]];
            if (cls == kPlain) continue;
            if (cls == kNonAscii) {
                if (!utf8_checked) {
                    // Everything before is ASCII, so `i` starts a character.
                    if (!is_valid_utf8(text.substr(i))) {
                        throw ValueError("Cannot write a string that is not valid UTF-8 as JSON");
                    }
                    utf8_checked = true;
                }
                continue;
            }
            out.append(text.data() + copied, i - copied);
            append_escape(out, bytes[i]);
            copied = i + 1;
        }
    }
    out.append(text.data() + copied, size - copied);
    out.push_back('"');
}

void append_debug_string(std::string& out, std::string_view text) {
    out.push_back('"');
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = bytes[i];
        if (kClass[c] == kEscape) {
            append_escape(out, c);
            ++i;
        } else if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            ++i;
        } else if (std::size_t n = utf8_sequence_length(bytes + i, text.size() - i); n > 0) {
            out.append(text.data() + i, n);
            i += n;
        } else {
            const char escape[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
            ++i;
        }
    }
    out.push_back('"');
}

void append_path_member(std::string& path, std::string_view name) {
    if (is_simple_member_name(name)) {
        if (!path.empty()) path.push_back('.');
        path.append(name);
    } else {
        path.push_back('[');
        append_debug_string(path, name);
        path.push_back(']');
    }
}

void append_path_index(std::string& path, std::size_t index) {
    path.push_back('[');
    path += std::to_string(index);
    path.push_back(']');
}

}  // namespace dynamorm::detail
