// Endpoint URLs: only what a DynamoDB endpoint can be.
#include "client/http/endpoint.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "dynamorm/client/http_error.hpp"

namespace dynamorm::client::http {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

[[noreturn]] void refuse(std::string_view url, std::string_view why) {
    throw ConfigurationError("Invalid endpoint '" + std::string(url) + "': " + std::string(why));
}

}  // namespace

Endpoint parse_endpoint(std::string_view url) {
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos) refuse(url, "expected http:// or https://");
    const std::string scheme = lower(url.substr(0, scheme_end));
    if (scheme != "http" && scheme != "https") refuse(url, "the scheme must be http or https");

    std::string_view rest = url.substr(scheme_end + 3);
    if (rest.find_first_of("?#") != std::string_view::npos) {
        refuse(url, "an endpoint has no query or fragment");
    }
    const auto slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    const std::string_view path = slash == std::string_view::npos ? "/" : rest.substr(slash);
    if (authority.find('@') != std::string_view::npos) {
        refuse(url, "user information does not belong in an endpoint");
    }

    // The host, a bracketed IPv6 address included, and the port after the last colon.
    std::string_view host = authority;
    std::string_view port;
    const auto bracket = authority.rfind(']');
    const auto colon = authority.rfind(':');
    const bool has_port =
        colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket);
    if (has_port) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    if (host.empty() || host == "[]") refuse(url, "the host is missing");
    if (host.front() == '[' ? host.back() != ']'
                            : host.find_first_of("[]") != std::string_view::npos) {
        refuse(url, "malformed IPv6 address");
    }
    unsigned number = 0;
    if (has_port) {
        const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), number);
        if (error != std::errc() || end != port.data() + port.size() || number == 0 ||
            number > 65535) {
            refuse(url, "the port must be a number from 1 to 65535");
        }
    }

    Endpoint endpoint;
    endpoint.host = lower(host);
    const unsigned default_port = scheme == "https" ? 443 : 80;
    if (!port.empty() && number != default_port) endpoint.host += ":" + std::to_string(number);
    endpoint.path = std::string(path);
    endpoint.url = scheme + "://" + endpoint.host + endpoint.path;
    return endpoint;
}

}  // namespace dynamorm::client::http
