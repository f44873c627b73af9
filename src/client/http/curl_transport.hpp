// HTTP POSTs over libcurl for the HTTP client: a pool of easy handles, each keeping its
// connection alive between requests, so that one transport serves many threads at once.
// Internal to the library.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::client::http {

struct TransportOptions {
    std::chrono::milliseconds connect_timeout{2000};
    std::chrono::milliseconds request_timeout{30000};
    /// Idle handles (and so idle connections) kept for reuse; more are closed after use.
    std::size_t max_idle_handles = 32;
};

/// An answer, whatever its status.
struct HttpResponse {
    int status = 0;
    /// Headers of the final answer in order, names as the server wrote them.
    std::vector<sigv4::Header> headers{};
    std::string body{};

    /// The first header named `name` (case-insensitive), or null.
    const std::string* header(std::string_view name) const noexcept;
};

/// Sends requests; safe to use from several threads at once.
class CurlTransport {
  public:
    explicit CurlTransport(TransportOptions options);
    ~CurlTransport();
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    /// POSTs `body` to `url` with exactly `headers` (plus curl's Accept and Content-Length) and
    /// returns the answer. Throws TransportError (its message starts with `url`) when no complete
    /// answer came back.
    HttpResponse post(const std::string& url, const std::vector<sigv4::Header>& headers,
                      std::string_view body);

  private:
    void* acquire();
    void release(void* handle) noexcept;

    TransportOptions options_;
    std::mutex mutex_;
    std::vector<void*> idle_;  // CURL* easy handles
};

}  // namespace dynamorm::client::http
