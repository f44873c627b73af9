// The server side of SigV4: checks the Authorization header of a request received by
// dynamorm-local (`--verify-signatures`) by recomputing its signature with the secret of its
// access key. Errors carry the code and message DynamoDB answers with; the wording is the
// best known from DynamoDB's replies, not from a published specification.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::sigv4 {

/// A request as the server received it.
struct ReceivedRequest {
    std::string method{};
    /// The request target: the path and, after `?`, the query, exactly as received.
    std::string target{};
    std::vector<Header> headers{};
    /// The body. Not owned: it must outlive the call that verifies the request.
    std::string_view body{};
};

/// Why a request was refused. Each maps to one DynamoDB error code (see error_code()); DynamoDB
/// answers all of them with HTTP 400.
enum class VerifyError {
    none,
    /// No Authorization header: `MissingAuthenticationTokenException`.
    missing_authentication_token,
    /// A malformed Authorization header, date or query: `IncompleteSignatureException`.
    incomplete_signature,
    /// A wrong, expired or wrongly scoped signature: `InvalidSignatureException`.
    invalid_signature,
    /// An access key the server does not know: `UnrecognizedClientException`.
    unrecognized_client,
};

/// DynamoDB's error code for `error`, e.g. `InvalidSignatureException`; empty for none.
std::string_view error_code(VerifyError error) noexcept;

/// The outcome of verifying one request.
struct Verification {
    VerifyError error = VerifyError::none;
    /// DynamoDB's message for the error; empty on success.
    std::string message{};
    /// The access key the request claims, once the header could be read.
    std::string access_key_id{};
    /// What the server computed, when verification got that far; for debug logs (the client
    /// can compare them with its own). They hold no secret.
    std::string canonical_request{};
    std::string string_to_sign{};

    bool ok() const noexcept { return error == VerifyError::none; }
    explicit operator bool() const noexcept { return ok(); }
};

/// The secret key of an access key id, or nullopt when the key is unknown.
using SecretLookup = std::function<std::optional<std::string>(std::string_view access_key_id)>;

struct VerifyOptions {
    /// How far the request's time may be from the server's clock, either way.
    std::chrono::seconds max_clock_skew{15 * 60};
    /// The region and service the credential scope must name; empty accepts any.
    std::string region{};
    std::string service{};
    /// Path canonicalization, as the clients sign it (see sigv4::Options).
    bool normalize_path = true;
    bool double_encode_path = true;
    /// Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD` instead of a signed body.
    bool allow_unsigned_payload = false;
};

/// Checks requests signed with an Authorization header. Presigned URLs are not accepted.
/// Safe to use from many threads when `lookup` is.
class Verifier {
  public:
    /// `cache` may be shared with other verifiers; null derives the key for every request.
    explicit Verifier(SecretLookup lookup, VerifyOptions options = {},
                      std::shared_ptr<SigningKeyCache> cache = nullptr);

    /// Verifies `request` as received at `now`.
    Verification verify(const ReceivedRequest& request,
                        std::chrono::system_clock::time_point now) const;

    const VerifyOptions& options() const noexcept { return options_; }

  private:
    SecretLookup lookup_;
    VerifyOptions options_;
    std::shared_ptr<SigningKeyCache> cache_;
};

}  // namespace dynamorm::sigv4
