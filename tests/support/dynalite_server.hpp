// dynalite, the in-memory DynamoDB-compatible server from npm, for tests that need a real server
// (`./dev setup` installs it into tools/node/).
//
//   const std::string& endpoint = dynamorm::test::dynalite_endpoint();  // "http://127.0.0.1:PORT"
//
// dynalite accepts any credentials and any region. Tables become ACTIVE at once (no CREATING
// delay). Tests sharing a server should use table names of their own (unique_table_name()).
#pragma once

#include <sys/types.h>
#include <string>
#include <string_view>

namespace dynamorm::test {

/// The endpoint of the dynalite this test program shares: the value of
/// DYNAMORM_DYNALITE_ENDPOINT when that is set (a server already running), otherwise a server
/// started on the first call and stopped when the program exits. Throws std::runtime_error
/// naming the cause (and `./dev setup` when node or dynalite is missing) when none can start.
const std::string& dynalite_endpoint();

/// A table name no other test (in this process or another) uses: `<prefix>-<pid>-<counter>`.
std::string unique_table_name(std::string_view prefix);

/// One dynalite process, in memory, listening on a free loopback port; stopped when destroyed.
/// It also ends by itself when the process that started it dies.
class DynaliteServer {
  public:
    enum class Scheme {
        Http,
        /// HTTPS with dynalite's own certificate, which no client trusts (it is self-signed,
        /// expired and names the host `dynalite`): for testing certificate checks.
        Https,
    };

    /// Starts the server and waits (at most 30 seconds) until its port accepts connections.
    explicit DynaliteServer(Scheme scheme = Scheme::Http);
    ~DynaliteServer();
    DynaliteServer(const DynaliteServer&) = delete;
    DynaliteServer& operator=(const DynaliteServer&) = delete;

    /// `http://127.0.0.1:PORT` (`https://` for Scheme::Https)
    const std::string& endpoint() const noexcept { return endpoint_; }
    int port() const noexcept { return port_; }

  private:
    void stop() noexcept;

    pid_t pid_ = -1;
    int lifeline_ = -1;  // the write end of the server's stdin: closing it ends the server
    int port_ = 0;
    std::string endpoint_;
};

}  // namespace dynamorm::test
