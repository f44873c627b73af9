#include "dynamorm/value/base64.hpp"

#include <array>
#include <cstdint>

#include "dynamorm/value/error.hpp"

namespace dynamorm::base64 {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::uint8_t kInvalid = 0xFF;

constexpr std::array<std::uint8_t, 256> make_decode_table() {
    std::array<std::uint8_t, 256> table{};
    for (auto& entry : table)
        entry = kInvalid;
    for (std::uint8_t i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    return table;
}
constexpr std::array<std::uint8_t, 256> kDecode = make_decode_table();

void set_error(std::string* error, std::string message) {
    if (error != nullptr) *error = std::move(message);
}

std::string describe_char(char c) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F) return std::string("'") + c + "'";
    constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

}  // namespace

void encode_to(std::string_view bytes, std::string& out) {
    const std::size_t start = out.size();
    out.resize(start + encoded_size(bytes.size()));
    char* dst = out.data() + start;
    const auto* src = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t remaining = bytes.size();
    while (remaining >= 3) {
        const std::uint32_t triple =
            (std::uint32_t{src[0]} << 16) | (std::uint32_t{src[1]} << 8) | std::uint32_t{src[2]};
        dst[0] = kAlphabet[(triple >> 18) & 0x3F];
        dst[1] = kAlphabet[(triple >> 12) & 0x3F];
        dst[2] = kAlphabet[(triple >> 6) & 0x3F];
        dst[3] = kAlphabet[triple & 0x3F];
        src += 3;
        dst += 4;
        remaining -= 3;
    }
    if (remaining == 1) {
        dst[0] = kAlphabet[src[0] >> 2];
        dst[1] = kAlphabet[(src[0] & 0x03) << 4];
        dst[2] = '=';
        dst[3] = '=';
    } else if (remaining == 2) {
        dst[0] = kAlphabet[src[0] >> 2];
        dst[1] = kAlphabet[((src[0] & 0x03) << 4) | (src[1] >> 4)];
        dst[2] = kAlphabet[(src[1] & 0x0F) << 2];
        dst[3] = '=';
    }
}

std::string encode(std::string_view bytes) {
    std::string out;
    encode_to(bytes, out);
    return out;
}

bool decode_to(std::string_view text, std::string& out, std::string* error) {
    if (text.size() % 4 != 0) {
        set_error(error, "Base64 encoded length is expected a multiple of 4 bytes but found: " +
                             std::to_string(text.size()));
        return false;
    }
    if (text.empty()) return true;

    std::size_t padding = 0;
    if (text.back() == '=') padding = text[text.size() - 2] == '=' ? 2 : 1;
    const std::size_t full_groups = text.size() / 4 - (padding > 0 ? 1 : 0);

    const std::size_t start = out.size();
    out.resize(start + text.size() / 4 * 3 - padding);
    auto* dst = reinterpret_cast<unsigned char*>(out.data() + start);
    const auto* src = reinterpret_cast<const unsigned char*>(text.data());

    auto fail_at = [&](std::size_t position) {
        out.resize(start);
        set_error(error, "Invalid Base64 character " + describe_char(text[position]) +
                             " at position " + std::to_string(position));
        return false;
    };

    for (std::size_t group = 0; group < full_groups; ++group) {
        const std::uint8_t a = kDecode[src[0]], b = kDecode[src[1]], c = kDecode[src[2]],
                           d = kDecode[src[3]];
        if (((a | b | c | d) & 0xC0) != 0) {  // kInvalid has the high bits set
            for (std::size_t i = 0; i < 4; ++i) {
                if (kDecode[src[i]] == kInvalid) return fail_at(group * 4 + i);
            }
        }
        const std::uint32_t triple = (std::uint32_t{a} << 18) | (std::uint32_t{b} << 12) |
                                     (std::uint32_t{c} << 6) | std::uint32_t{d};
        dst[0] = static_cast<unsigned char>(triple >> 16);
        dst[1] = static_cast<unsigned char>(triple >> 8);
        dst[2] = static_cast<unsigned char>(triple);
        src += 4;
        dst += 3;
    }

    if (padding > 0) {
        const std::size_t base = full_groups * 4;
        const std::size_t data_chars = 4 - padding;  // 2 or 3
        std::uint32_t bits = 0;
        for (std::size_t i = 0; i < data_chars; ++i) {
            const std::uint8_t v = kDecode[src[i]];
            if (v == kInvalid) return fail_at(base + i);
            bits = (bits << 6) | v;
        }
        // The last data character carries bits that no byte uses; DynamoDB requires them zero
        // (and spells its message this way).
        const std::uint32_t unused_mask = padding == 2 ? 0x0F : 0x03;
        if ((bits & unused_mask) != 0) {
            out.resize(start);
            set_error(error, "Invalid last non-pad Base64 character dectected");
            return false;
        }
        if (padding == 2) {
            dst[0] = static_cast<unsigned char>(bits >> 4);
        } else {
            dst[0] = static_cast<unsigned char>(bits >> 10);
            dst[1] = static_cast<unsigned char>(bits >> 2);
        }
    }
    return true;
}

std::string decode(std::string_view text) {
    std::string out;
    std::string error;
    if (!decode_to(text, out, &error)) throw ValueError(error);
    return out;
}

}  // namespace dynamorm::base64
