#include "dynamorm/client/sigv4.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <span>
#include <utility>

#include "client/http/crypto.hpp"
#include "client/http/sigv4_canonical.hpp"

namespace dynamorm::sigv4 {
namespace {

using detail::HeaderMap;

constexpr std::chrono::seconds kMaxExpiry{7 * 24 * 3600};

// Headers never signed: hop-by-hop headers that proxies may change, headers that vary
// between retries, and Authorization itself.
constexpr std::array<std::string_view, 12> kUnsignedHeaders = {
    "authorization",       "connection",       "expect",     "keep-alive",
    "proxy-authorization", "proxy-connection", "te",         "trailer",
    "transfer-encoding",   "upgrade",          "user-agent", "x-amzn-trace-id",
};

// The query parameters a presigned URL gets.
constexpr std::array<std::string_view, 7> kPresignParams = {
    "X-Amz-Algorithm", "X-Amz-Credential",     "X-Amz-Date",      "X-Amz-SignedHeaders",
    "X-Amz-Expires",   "X-Amz-Security-Token", "X-Amz-Signature",
};

bool is_unsigned_header(std::string_view lower_name) {
    return std::ranges::find(kUnsignedHeaders, lower_name) != kUnsignedHeaders.end();
}

// The request's headers as they are signed. `replaced` names (in lower case) the headers the
// signer sets itself; the request's own copies of them are left out.
HeaderMap collect_headers(const Request& request,
                          std::initializer_list<std::string_view> replaced) {
    HeaderMap headers;
    for (const Header& header : request.headers) {
        std::string name = detail::to_lower(header.name);
        if (is_unsigned_header(name) || std::ranges::find(replaced, name) != replaced.end()) {
            continue;
        }
        detail::add_header(headers, std::move(name), header.value);
    }
    if (!headers.contains("host")) throw SigningError("SigV4: the request has no Host header");
    return headers;
}

std::string payload_hash(const Request& request) {
    return request.payload_hash.empty() ? detail::sha256_hex(request.body) : request.payload_hash;
}

}  // namespace

SigningKey derive_signing_key(std::string_view secret_access_key, std::string_view date,
                              std::string_view region, std::string_view service) {
    std::string secret = "AWS4";
    secret += secret_access_key;
    const auto secret_bytes =
        std::span(reinterpret_cast<unsigned char*>(secret.data()), secret.size());
    SigningKey date_key = detail::hmac_sha256(secret_bytes, date);
    detail::cleanse(secret_bytes);
    SigningKey region_key = detail::hmac_sha256(date_key, region);
    SigningKey service_key = detail::hmac_sha256(region_key, service);
    const SigningKey signing_key = detail::hmac_sha256(service_key, "aws4_request");
    detail::cleanse(date_key);
    detail::cleanse(region_key);
    detail::cleanse(service_key);
    return signing_key;
}

std::string format_amz_date(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    const auto seconds = floor<std::chrono::seconds>(time);
    const auto days = floor<std::chrono::days>(seconds);
    const year_month_day ymd{days};
    const hh_mm_ss hms{seconds - days};
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return text;
}

Signer::Signer(std::string region, std::string service, Options options,
               std::shared_ptr<SigningKeyCache> cache)
    : region_(std::move(region)),
      service_(std::move(service)),
      options_(options),
      cache_(std::move(cache)) {
    if (options_.expires < std::chrono::seconds{1} || options_.expires > kMaxExpiry) {
        throw SigningError("SigV4: a presigned URL's expiry must be 1 second to 7 days");
    }
}

SigningKey Signer::signing_key(const Credentials& credentials, std::string_view date) const {
    if (credentials.access_key_id.empty() || credentials.secret_access_key.empty()) {
        throw SigningError("SigV4: the credentials lack an access key id or a secret key");
    }
    if (cache_) return cache_->get(credentials.secret_access_key, date, region_, service_);
    return derive_signing_key(credentials.secret_access_key, date, region_, service_);
}

HeaderSignature Signer::sign(const Request& request, const Credentials& credentials,
                             std::chrono::system_clock::time_point time) const {
    const std::string amz_date = format_amz_date(time);
    const std::string_view date = std::string_view(amz_date).substr(0, 8);
    const std::string payload = payload_hash(request);
    const bool has_token = !credentials.session_token.empty();

    // The request's own copies of the headers the signer sets are not signed (an empty name
    // matches no header).
    HeaderMap headers = collect_headers(
        request, {"x-amz-date", has_token ? "x-amz-security-token" : "",
                  options_.add_content_sha256_header ? "x-amz-content-sha256" : ""});
    detail::add_header(headers, "x-amz-date", amz_date);
    if (has_token && !options_.omit_session_token) {
        detail::add_header(headers, "x-amz-security-token", credentials.session_token);
    }
    if (options_.add_content_sha256_header) {
        detail::add_header(headers, "x-amz-content-sha256", payload);
    }
    detail::CanonicalHeaders canonical_headers = detail::render_headers(headers);

    HeaderSignature out;
    out.canonical_request = detail::canonical_request(
        request.method, detail::canonical_path(request.path, options_),
        detail::canonical_query(request.query), canonical_headers, payload);
    const std::string scope = detail::credential_scope(date, region_, service_);
    out.string_to_sign = detail::string_to_sign(amz_date, scope, out.canonical_request);
    out.signature = detail::compute_signature(signing_key(credentials, date), out.string_to_sign);
    out.signed_headers = std::move(canonical_headers.signed_headers);

    if (has_token) out.headers.push_back({"X-Amz-Security-Token", credentials.session_token});
    out.headers.push_back({"X-Amz-Date", amz_date});
    if (options_.add_content_sha256_header)
        out.headers.push_back({"x-amz-content-sha256", payload});
    std::string authorization(kAlgorithm);
    authorization += " Credential=" + credentials.access_key_id + '/' + scope;
    authorization += ", SignedHeaders=" + out.signed_headers;
    authorization += ", Signature=" + out.signature;
    out.headers.push_back({"Authorization", std::move(authorization)});
    return out;
}

QuerySignature Signer::presign(const Request& request, const Credentials& credentials,
                               std::chrono::system_clock::time_point time) const {
    for (const QueryParam& param : request.query) {
        if (std::ranges::find(kPresignParams, param.name) != kPresignParams.end()) {
            throw SigningError("SigV4: the query to presign already has " + param.name);
        }
    }
    const std::string amz_date = format_amz_date(time);
    const std::string_view date = std::string_view(amz_date).substr(0, 8);
    const std::string scope = detail::credential_scope(date, region_, service_);
    const bool has_token = !credentials.session_token.empty();
    detail::CanonicalHeaders canonical_headers =
        detail::render_headers(collect_headers(request, {}));

    QuerySignature out;
    out.signed_headers = canonical_headers.signed_headers;
    out.params = {
        {"X-Amz-Algorithm", std::string(kAlgorithm)},
        {"X-Amz-Credential", credentials.access_key_id + '/' + scope},
        {"X-Amz-Date", amz_date},
        {"X-Amz-SignedHeaders", out.signed_headers},
        {"X-Amz-Expires", std::to_string(options_.expires.count())},
    };
    if (has_token) out.params.push_back({"X-Amz-Security-Token", credentials.session_token});

    // With omit_session_token the token (the last parameter so far) is sent but not signed.
    std::vector<QueryParam> signed_query = request.query;
    signed_query.insert(signed_query.end(), out.params.begin(),
                        out.params.end() - (has_token && options_.omit_session_token ? 1 : 0));
    out.canonical_request = detail::canonical_request(
        request.method, detail::canonical_path(request.path, options_),
        detail::canonical_query(signed_query), canonical_headers, payload_hash(request));
    out.string_to_sign = detail::string_to_sign(amz_date, scope, out.canonical_request);
    out.signature = detail::compute_signature(signing_key(credentials, date), out.string_to_sign);
    out.params.push_back({"X-Amz-Signature", out.signature});
    return out;
}

}  // namespace dynamorm::sigv4
