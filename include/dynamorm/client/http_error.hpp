// The HTTP client's own errors: failures to reach the endpoint or to read its answer, and
// settings it cannot work with. What DynamoDB itself answers is a ServiceError (error.hpp).
#pragma once

#include <string>

#include "dynamorm/value/error.hpp"

namespace dynamorm::client {

/// No usable answer came back: the connection failed, timed out or broke, TLS failed, or the
/// answer was damaged. Thrown once the retries allowed are spent (or at once when retrying
/// cannot help). The message names the operation, the endpoint and the cause.
class TransportError : public DynamoException {
  public:
    enum class Kind {
        Connect,          ///< the host could not be resolved or connected to
        Timeout,          ///< the connect or the request timeout passed
        Connection,       ///< the connection broke while sending or receiving
        Tls,              ///< TLS failed: certificate verification, handshake
        Checksum,         ///< the body does not match its x-amz-crc32 header
        InvalidResponse,  ///< a success whose body is not the operation's response
        Other,            ///< anything else libcurl reports
    };

    TransportError(Kind kind, const std::string& message) : DynamoException(message), kind_(kind) {}

    Kind kind() const noexcept { return kind_; }

    /// Whether another attempt may succeed (the SDKs' transient errors): everything but TLS
    /// verification failures, invalid responses and Other.
    bool transient() const noexcept {
        return kind_ == Kind::Connect || kind_ == Kind::Timeout || kind_ == Kind::Connection ||
               kind_ == Kind::Checksum;
    }

  private:
    Kind kind_;
};

/// Settings the client cannot work with: an endpoint that is not an http or https URL, an empty
/// region, no credentials, fewer than one attempt.
class ConfigurationError : public DynamoException {
  public:
    using DynamoException::DynamoException;
};

}  // namespace dynamorm::client
