// The fault-injecting HTTP server: plain POSIX sockets, one thread to accept and one per
// connection, keep-alive as long as the client keeps the connection.
#include "fault_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "client/http/crc32.hpp"

namespace dynamorm::test {
namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view reason(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "Status";
    }
}

bool send_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Reads one request from `buffer` (refilled from `fd` as needed). False when the connection
// closed or the server stops.
bool read_request(int fd, int wake, std::string& buffer, ReceivedRequest& request) {
    const auto fill = [&]() {
        pollfd fds[2] = {{fd, POLLIN, 0}, {wake, POLLIN, 0}};
        if (::poll(fds, 2, -1) <= 0 || (fds[1].revents & POLLIN) != 0) return false;
        char chunk[16384];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) return false;
        buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    };
    std::size_t head_end;
    while ((head_end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!fill()) return false;
    }
    const std::string head = buffer.substr(0, head_end);
    std::size_t line_end = head.find("\r\n");
    const std::string request_line = head.substr(0, line_end);
    const auto space = request_line.find(' ');
    request.method = request_line.substr(0, space);
    request.target = request_line.substr(space + 1, request_line.find(' ', space + 1) - space - 1);
    std::size_t length = 0;
    while (line_end != std::string::npos && line_end < head.size()) {
        const std::size_t start = line_end + 2;
        line_end = head.find("\r\n", start);
        const std::string line = head.substr(start, line_end - start);
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        request.headers.emplace_back(line.substr(0, colon), value);
        if (iequals(line.substr(0, colon), "content-length")) length = std::stoul(value);
    }
    const std::size_t body_start = head_end + 4;
    while (buffer.size() < body_start + length) {
        if (!fill()) return false;
    }
    request.body = buffer.substr(body_start, length);
    buffer.erase(0, body_start + length);
    return true;
}

}  // namespace

FaultAnswer FaultAnswer::error(int status, std::string_view code, std::string_view message) {
    FaultAnswer answer;
    answer.status = status;
    answer.body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + std::string(code) +
                  "\",\"message\":\"" + std::string(message) + "\"}";
    return answer;
}

std::string ReceivedRequest::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (iequals(key, name)) return value;
    }
    return {};
}

FaultServer::FaultServer(FaultAnswer fallback) : fallback_(std::move(fallback)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listener_ < 0) throw std::runtime_error("FaultServer: socket failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::pipe2(wake_, O_CLOEXEC) != 0) {
        ::close(listener_);
        throw std::runtime_error(std::string("FaultServer: ") + std::strerror(errno));
    }
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
}

FaultServer::~FaultServer() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    stopped_.notify_all();
    const char byte = 0;
    (void)!::write(wake_[1], &byte, 1);
    acceptor_.join();
    std::vector<std::thread> connections;
    {
        const std::lock_guard lock(mutex_);
        connections.swap(connections_);
    }
    for (std::thread& t : connections)
        t.join();
    ::close(listener_);
    ::close(wake_[0]);
    ::close(wake_[1]);
}

std::string FaultServer::endpoint() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

void FaultServer::script(std::vector<FaultAnswer> answers, FaultAnswer fallback) {
    const std::lock_guard lock(mutex_);
    script_.assign(std::make_move_iterator(answers.begin()),
                   std::make_move_iterator(answers.end()));
    fallback_ = std::move(fallback);
}

std::size_t FaultServer::request_count() const {
    const std::lock_guard lock(mutex_);
    return received_.size();
}

std::size_t FaultServer::connection_count() const {
    const std::lock_guard lock(mutex_);
    return connections_.size();
}

std::vector<ReceivedRequest> FaultServer::requests() const {
    const std::lock_guard lock(mutex_);
    return received_;
}

void FaultServer::accept_loop() {
    for (;;) {
        pollfd fds[2] = {{listener_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) return;
        if ((fds[1].revents & POLLIN) != 0) return;
        if ((fds[0].revents & POLLIN) == 0) continue;
        const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0) continue;
        const std::lock_guard lock(mutex_);
        if (stopping_) {
            ::close(connection);
            return;
        }
        connections_.emplace_back([this, connection] { serve(connection); });
    }
}

FaultAnswer FaultServer::next_answer(ReceivedRequest request, std::size_t& number) {
    const std::lock_guard lock(mutex_);
    received_.push_back(std::move(request));
    number = received_.size();
    if (script_.empty()) return fallback_;
    FaultAnswer answer = std::move(script_.front());
    script_.pop_front();
    return answer;
}

bool FaultServer::wait_or_stop(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex_);
    return !stopped_.wait_for(lock, delay, [this] { return stopping_; });
}

void FaultServer::serve(int connection) {
    std::string buffer;
    for (;;) {
        ReceivedRequest request;
        if (!read_request(connection, wake_[0], buffer, request)) break;
        std::size_t number = 0;
        const FaultAnswer answer = next_answer(std::move(request), number);
        if (answer.delay.count() > 0 && !wait_or_stop(answer.delay)) break;
        if (answer.action == FaultAnswer::Action::Reset) {
            const linger reset{1, 0};  // close with RST
            ::setsockopt(connection, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            break;
        }
        const bool truncate = answer.action == FaultAnswer::Action::Truncate;
        std::string out = "HTTP/1.1 " + std::to_string(answer.status) + " " +
                          std::string(reason(answer.status)) + "\r\n";
        out += "Content-Type: application/x-amz-json-1.0\r\n";
        out += "x-amzn-RequestId: " +
               (answer.request_id.empty() ? "fault-" + std::to_string(number) : answer.request_id) +
               "\r\n";
        if (!answer.omit_crc32) {
            const std::uint32_t crc = answer.crc32.value_or(client::http::crc32(answer.body));
            out += "x-amz-crc32: " + std::to_string(crc) + "\r\n";
        }
        out += "Content-Length: " + std::to_string(answer.body.size() + (truncate ? 10 : 0)) +
               "\r\n\r\n";
        out += answer.body;
        if (!send_all(connection, out) || truncate) break;
    }
    ::close(connection);
}

}  // namespace dynamorm::test
