// AWS Signature Version 4: signs HTTP requests for DynamoDB (or any AWS service) with an
// Authorization header or as a presigned URL. The intermediate strings of the algorithm (the
// canonical request and the string to sign) are part of every result so that they can be
// tested and logged; no result ever holds a secret key.
//
// The server side, checking a signature, is in sigv4_verifier.hpp.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/value/error.hpp"

namespace dynamorm::sigv4 {

/// Input the signer cannot sign: no Host header, an expiry out of range, a cryptographic
/// failure inside OpenSSL.
class SigningError : public DynamoException {
  public:
    using DynamoException::DynamoException;
};

/// The algorithm name that starts every Authorization header and string to sign.
inline constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
/// A payload hash that tells the service the body is not signed (S3, presigned URLs).
inline constexpr std::string_view kUnsignedPayload = "UNSIGNED-PAYLOAD";

/// One HTTP header. Names compare case-insensitively; a name may repeat.
struct Header {
    std::string name{};
    std::string value{};
    friend bool operator==(const Header&, const Header&) = default;
};

/// One query parameter, decoded (the signer percent-encodes it). A parameter written without
/// `=` in a URL has an empty value.
struct QueryParam {
    std::string name{};
    std::string value{};
    friend bool operator==(const QueryParam&, const QueryParam&) = default;
};

/// An AWS access key. Keep it out of logs: no part of dynamorm prints the secret or the token.
struct Credentials {
    std::string access_key_id{};
    std::string secret_access_key{};
    std::string session_token{};  ///< empty for long-term keys
};

/// The request to sign.
struct Request {
    std::string method = "GET";
    /// The path as it appears in the request line, without the query (`/`, `/a%20b/c`).
    std::string path = "/";
    /// The query parameters in request order, decoded.
    std::vector<QueryParam> query{};
    /// The headers in request order; must include `Host`. A repeated name is signed as one
    /// header whose values are joined with commas, in order.
    std::vector<Header> headers{};
    /// The body. Not owned: it must outlive the call that signs the request.
    std::string_view body{};
    /// The hex SHA-256 of the body when the caller already has it, or kUnsignedPayload; empty
    /// to have the signer hash `body`.
    std::string payload_hash{};
};

/// How to sign. The defaults suit DynamoDB and every service other than S3.
struct Options {
    /// Remove `.` and `..` segments and empty segments (`//`) from the path before encoding it.
    /// S3 wants false.
    bool normalize_path = true;
    /// Percent-encode the path again for the canonical request, so `%20` becomes `%2520`, as
    /// every service but S3 requires. With false the path is used as given.
    bool double_encode_path = true;
    /// Add and sign an `x-amz-content-sha256` header carrying the payload hash (S3 requires
    /// it; header signing only).
    bool add_content_sha256_header = false;
    /// Add the session token to the request after signing, so that it is not part of the
    /// signature (a few services, such as IoT, want this). By default the token is signed.
    bool omit_session_token = false;
    /// How long a presigned URL stays valid: 1 second to 7 days.
    std::chrono::seconds expires{3600};
};

/// The result of signing with an Authorization header.
struct HeaderSignature {
    std::string canonical_request{};
    std::string string_to_sign{};
    std::string signature{};       ///< lower-case hex
    std::string signed_headers{};  ///< `host;x-amz-date`
    /// Headers to set on the request, replacing any of the same name, in this order:
    /// `X-Amz-Security-Token` (with a session token), `X-Amz-Date`, `x-amz-content-sha256`
    /// (when asked for) and `Authorization`.
    std::vector<Header> headers{};
};

/// The result of signing with query parameters (a presigned URL).
struct QuerySignature {
    std::string canonical_request{};
    std::string string_to_sign{};
    std::string signature{};  ///< lower-case hex
    std::string signed_headers{};
    /// Parameters to append to the request's query, decoded, in this order: `X-Amz-Algorithm`,
    /// `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-SignedHeaders`, `X-Amz-Expires`,
    /// `X-Amz-Security-Token` (with a session token) and `X-Amz-Signature`.
    std::vector<QueryParam> params{};
};

/// The key derived from a secret for one day, region and service.
using SigningKey = std::array<unsigned char, 32>;

/// Derives the signing key: HMAC chained over the date (`YYYYMMDD`), region, service and
/// `aws4_request`, starting from `"AWS4" + secret`.
SigningKey derive_signing_key(std::string_view secret_access_key, std::string_view date,
                              std::string_view region, std::string_view service);

/// Caches derived signing keys by (secret, date, region, service), so that signing many
/// requests costs one HMAC each instead of five. Safe to share between threads. Secrets are
/// not stored, only their SHA-256. When full, the cache drops the keys of other days first,
/// then everything.
class SigningKeyCache {
  public:
    explicit SigningKeyCache(std::size_t capacity = 64);
    ~SigningKeyCache();
    SigningKeyCache(const SigningKeyCache&) = delete;
    SigningKeyCache& operator=(const SigningKeyCache&) = delete;

    /// The key for these inputs, derived on the first call and cached.
    SigningKey get(std::string_view secret_access_key, std::string_view date,
                   std::string_view region, std::string_view service);

    std::size_t size() const;
    void clear();

  private:
    struct Entry {
        std::string date;
        SigningKey key;
    };
    mutable std::shared_mutex mutex_;
    std::map<std::string, Entry, std::less<>> entries_;
    std::size_t capacity_;
};

/// Signs requests for one region and service.
class Signer {
  public:
    /// `cache` may be shared between signers; null derives the key on every call.
    Signer(std::string region, std::string service, Options options = {},
           std::shared_ptr<SigningKeyCache> cache = nullptr);

    /// Signs with an Authorization header. `time` is the request's time (whole seconds).
    HeaderSignature sign(const Request& request, const Credentials& credentials,
                         std::chrono::system_clock::time_point time) const;

    /// Signs with query parameters, for a URL valid for `options().expires` from `time`. The
    /// headers of `request` (at least Host) must be sent with the URL.
    QuerySignature presign(const Request& request, const Credentials& credentials,
                           std::chrono::system_clock::time_point time) const;

    const std::string& region() const noexcept { return region_; }
    const std::string& service() const noexcept { return service_; }
    const Options& options() const noexcept { return options_; }

  private:
    SigningKey signing_key(const Credentials& credentials, std::string_view date) const;

    std::string region_;
    std::string service_;
    Options options_;
    std::shared_ptr<SigningKeyCache> cache_;
};

/// `20150830T123600Z`: the time as X-Amz-Date writes it (UTC, whole seconds).
std::string format_amz_date(std::chrono::system_clock::time_point time);

/// Percent-encodes as SigV4 does: every byte but `A-Z a-z 0-9 - . _ ~` becomes `%XY` (upper
/// case), and `/` too unless `keep_slash`.
std::string uri_encode(std::string_view text, bool keep_slash = false);

/// `name=value&...` for a URL: each name and value percent-encoded, in the given order.
std::string encode_query(const std::vector<QueryParam>& params);

/// Splits a raw query string (without `?`) into decoded parameters, in order. `+` stays a
/// plus sign, as SigV4 reads it. Throws SigningError on a malformed `%` escape.
std::vector<QueryParam> decode_query(std::string_view query);

}  // namespace dynamorm::sigv4
