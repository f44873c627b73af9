#include "client/http/crypto.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::sigv4::detail {
namespace {

[[noreturn]] void fail(const char* what) {
    const unsigned long code = ERR_get_error();
    std::string message = std::string("OpenSSL ") + what + " failed";
    if (code != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        message += ": ";
        message += text;
    }
    ERR_clear_error();
    throw SigningError(message);
}

struct MdDeleter {
    void operator()(EVP_MD* md) const noexcept { EVP_MD_free(md); }
};
struct MacDeleter {
    void operator()(EVP_MAC* mac) const noexcept { EVP_MAC_free(mac); }
};
struct MacCtxDeleter {
    void operator()(EVP_MAC_CTX* ctx) const noexcept { EVP_MAC_CTX_free(ctx); }
};

// Fetching an algorithm is costly, so each is fetched once per process. Fetched objects are
// reference counted and safe to share between threads.
const EVP_MD* sha256_md() {
    static const std::unique_ptr<EVP_MD, MdDeleter> md{EVP_MD_fetch(nullptr, "SHA256", nullptr)};
    if (!md) fail("EVP_MD_fetch(SHA256)");
    return md.get();
}

EVP_MAC* hmac_mac() {
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac{EVP_MAC_fetch(nullptr, "HMAC", nullptr)};
    if (!mac) fail("EVP_MAC_fetch(HMAC)");
    return mac.get();
}

}  // namespace

Digest sha256(std::string_view data) {
    Digest out{};
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &size, sha256_md(), nullptr) != 1 ||
        size != out.size()) {
        fail("EVP_Digest(SHA256)");
    }
    return out;
}

Digest hmac_sha256(std::span<const unsigned char> key, std::string_view data) {
    const std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter> ctx{EVP_MAC_CTX_new(hmac_mac())};
    if (!ctx) fail("EVP_MAC_CTX_new");
    char digest_name[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1) fail("EVP_MAC_init");
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()),
                       data.size()) != 1) {
        fail("EVP_MAC_update");
    }
    Digest out{};
    std::size_t size = 0;
    if (EVP_MAC_final(ctx.get(), out.data(), &size, out.size()) != 1 || size != out.size()) {
        fail("EVP_MAC_final");
    }
    return out;
}

std::string hex(std::span<const unsigned char> bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 0x0f];
    }
    return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

void cleanse(std::span<unsigned char> bytes) noexcept {
    OPENSSL_cleanse(bytes.data(), bytes.size());
}

}  // namespace dynamorm::sigv4::detail
