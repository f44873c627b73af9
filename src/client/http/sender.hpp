// The HTTP client's calls on the wire: sign, POST, check the answer's CRC-32, turn error bodies
// into ServiceErrors, retry as the standard retry mode says, and tell the logging hook about
// each attempt. Internal to the library.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "client/http/curl_transport.hpp"
#include "client/http/endpoint.hpp"
#include "client/http/retry.hpp"
#include "dynamorm/client/credentials.hpp"
#include "dynamorm/client/http_client.hpp"
#include "dynamorm/client/requests.hpp"
#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::client::http {

class Sender {
  public:
    /// Throws ConfigurationError for unusable options.
    explicit Sender(HttpClientOptions options);

    /// Sends `body` as `operation` and returns the body of the successful answer. Throws the
    /// last failure, a ServiceError or a TransportError, when no attempt succeeded; a
    /// CredentialsError from the provider at once.
    std::string exchange(Operation operation, std::string_view body);

    /// A TransportError of kind InvalidResponse for a successful answer that could not be read.
    TransportError invalid_response(Operation operation, const std::string& why) const;

    const HttpClientOptions& options() const noexcept { return options_; }
    int retry_tokens() const noexcept { return quota_.available(); }

  private:
    std::vector<sigv4::Header> signed_headers(Operation operation, std::string_view body) const;

    HttpClientOptions options_;
    Endpoint endpoint_;
    std::shared_ptr<const CredentialsProvider> credentials_;
    sigv4::Signer signer_;
    CurlTransport transport_;
    RetryQuota quota_;
};

}  // namespace dynamorm::client::http
