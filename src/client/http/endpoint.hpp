// The endpoint URL of the HTTP client, taken apart for the request line and the Host header.
// Internal to the library.
#pragma once

#include <string>
#include <string_view>

namespace dynamorm::client::http {

struct Endpoint {
    std::string url;   ///< where to POST: `http://127.0.0.1:8000/`
    std::string host;  ///< the Host header: the host, and the port unless it is the scheme's
    std::string path;  ///< the path, `/` when the URL has none
};

/// Reads `http[s]://host[:port][/path]`. Throws ConfigurationError for anything else: another
/// scheme, user information, a query or fragment, an empty host, a bad port.
Endpoint parse_endpoint(std::string_view url);

}  // namespace dynamorm::client::http
