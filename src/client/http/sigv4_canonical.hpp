// The pieces of a SigV4 canonical request, shared by the signer and the verifier. Internal to
// the library.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::sigv4::detail {

/// ASCII lower case.
std::string to_lower(std::string_view text);

/// Removes `.`, `..` and empty segments from an absolute path (RFC 3986 section 5.2.4, plus
/// collapsing `//`). A path ending in `/`, `/.` or `/..` keeps a trailing slash.
std::string normalize_path(std::string_view path);

/// The canonical URI: the path normalized and encoded as `options` say; `/` when empty.
std::string canonical_path(std::string_view path, const Options& options);

/// The canonical query string: names and values encoded, sorted by name then value.
std::string canonical_query(const std::vector<QueryParam>& params);

/// A header value as signed: leading and trailing whitespace removed, every inner run of
/// whitespace (line folds included) replaced by one space.
std::string canonical_header_value(std::string_view value);

/// Canonical headers by lower-case name; repeated names hold their values joined by commas.
using HeaderMap = std::map<std::string, std::string, std::less<>>;

/// Adds `value` under `lower_name`, after any value already there.
void add_header(HeaderMap& headers, std::string lower_name, std::string_view value);

/// `name:value\n` for each header, and the names joined by `;`.
struct CanonicalHeaders {
    std::string text;
    std::string signed_headers;
};
CanonicalHeaders render_headers(const HeaderMap& headers);

/// The six lines of the canonical request.
std::string canonical_request(std::string_view method, std::string_view path,
                              std::string_view query, const CanonicalHeaders& headers,
                              std::string_view payload_hash);

/// `YYYYMMDD/region/service/aws4_request`.
std::string credential_scope(std::string_view date, std::string_view region,
                             std::string_view service);

/// The four lines of the string to sign.
std::string string_to_sign(std::string_view amz_date, std::string_view scope,
                           std::string_view canonical_request);

/// Hex HMAC of the string to sign under the signing key.
std::string compute_signature(const SigningKey& key, std::string_view string_to_sign);

/// Decodes `%XY` escapes. Throws SigningError on a malformed escape.
std::string uri_decode(std::string_view text);

}  // namespace dynamorm::sigv4::detail
