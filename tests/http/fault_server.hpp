// A tiny HTTP/1.1 server on a loopback port for testing the HTTP client's failure handling: it
// answers each request with the next scripted answer (a DynamoDB error, a 500, a body with a bad
// x-amz-crc32, a slow answer, a reset connection, a truncated body) and records what it got.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace dynamorm::test {

/// How the server answers one request.
struct FaultAnswer {
    enum class Action {
        Respond,   ///< a complete answer
        Reset,     ///< close the connection without answering (a reset)
        Truncate,  ///< announce the body's length plus 10, send the body, close
    };
    Action action = Action::Respond;
    int status = 200;
    std::string body = "{}";
    /// Sent as x-amzn-RequestId; empty for `fault-<n>`, n counting requests from 1.
    std::string request_id{};
    /// The x-amz-crc32 header: the body's CRC-32 when nullopt, none when `omit_crc32`.
    std::optional<std::uint32_t> crc32{};
    bool omit_crc32 = false;
    /// Wait this long before answering (for timeouts).
    std::chrono::milliseconds delay{0};

    /// A DynamoDB error: `{"__type":"com.amazonaws.dynamodb.v20120810#<code>","message":...}`.
    static FaultAnswer error(int status, std::string_view code, std::string_view message);
    static FaultAnswer ok(std::string body) {
        FaultAnswer answer;
        answer.body = std::move(body);
        return answer;
    }
};

/// A request as the server read it.
struct ReceivedRequest {
    std::string method;
    std::string target;  ///< the request line's target, `/`
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    /// The first header of that name (case-insensitive), or empty.
    std::string header(std::string_view name) const;
};

class FaultServer {
  public:
    /// Listens on a free port of 127.0.0.1; every answer is `fallback` until script() says more.
    explicit FaultServer(FaultAnswer fallback = {});
    ~FaultServer();
    FaultServer(const FaultServer&) = delete;
    FaultServer& operator=(const FaultServer&) = delete;

    /// `http://127.0.0.1:PORT`
    std::string endpoint() const;

    /// The next requests get `answers` in order; the ones after them get `fallback`.
    void script(std::vector<FaultAnswer> answers, FaultAnswer fallback);
    void script(std::vector<FaultAnswer> answers) { script(std::move(answers), FaultAnswer{}); }

    std::size_t request_count() const;
    /// Connections accepted so far.
    std::size_t connection_count() const;
    std::vector<ReceivedRequest> requests() const;

  private:
    void accept_loop();
    void serve(int connection);
    FaultAnswer next_answer(ReceivedRequest request, std::size_t& number);
    bool wait_or_stop(std::chrono::milliseconds delay);

    int listener_ = -1;
    int wake_[2] = {-1, -1};  // written to on destruction, to end every poll()
    int port_ = 0;

    mutable std::mutex mutex_;
    std::condition_variable stopped_;
    bool stopping_ = false;
    std::deque<FaultAnswer> script_;
    FaultAnswer fallback_;
    std::vector<ReceivedRequest> received_;

    std::vector<std::thread> connections_;  // guarded by mutex_, one per connection accepted
    std::thread acceptor_;
};

}  // namespace dynamorm::test
