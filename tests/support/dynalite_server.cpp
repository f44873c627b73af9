// Starting and stopping dynalite for the tests: posix_spawn of node, a free loopback port, a
// bounded wait until the port answers.
#include "dynalite_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace dynamorm::test {
namespace {

constexpr std::string_view kSetupHint = "; run ./dev setup";
constexpr auto kStartTimeout = std::chrono::seconds(30);

const std::string kSourceDir = DYNAMORM_SOURCE_DIR;
const std::string kCli = kSourceDir + "/tools/node/node_modules/dynalite/cli.js";
const std::string kPreload = kSourceDir + "/tests/support/exit_with_parent.js";

std::runtime_error failure(const std::string& what) {
    return std::runtime_error("dynalite: " + what);
}

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port nobody listens on now: the kernel's choice for a socket bound to port 0.
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw failure(std::string("socket: ") + std::strerror(errno));
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!ok) throw failure(std::string("no free port: ") + std::strerror(errno));
    return ntohs(address.sin_port);
}

bool accepts_connections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const sockaddr_in address = loopback(port);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Spawn attributes and file actions, released however spawning ends.
struct SpawnSetup {
    posix_spawn_file_actions_t actions{};
    SpawnSetup() { posix_spawn_file_actions_init(&actions); }
    ~SpawnSetup() { posix_spawn_file_actions_destroy(&actions); }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

}  // namespace

DynaliteServer::DynaliteServer(Scheme scheme) {
    struct stat info {};
    if (::stat(kCli.c_str(), &info) != 0) {
        throw failure("not installed (" + kCli + " is missing)" + std::string(kSetupHint));
    }
    port_ = free_port();
    const bool tls = scheme == Scheme::Https;
    endpoint_ = (tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_);

    // The server's stdin: a pipe whose write end only this process holds (close-on-exec).
    int lifeline[2];
    if (::pipe2(lifeline, O_CLOEXEC) != 0)
        throw failure(std::string("pipe: ") + std::strerror(errno));
    char log_template[] = "/tmp/dynamorm-dynalite-XXXXXX";
    const int log_fd = ::mkostemp(log_template, O_CLOEXEC);
    if (log_fd < 0) {
        ::close(lifeline[0]);
        ::close(lifeline[1]);
        throw failure(std::string("mkstemp: ") + std::strerror(errno));
    }
    const std::string log_path = log_template;

    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {"node",
                                     "--require",
                                     kPreload,
                                     kCli,
                                     "--host",
                                     "127.0.0.1",
                                     "--port",
                                     port,
                                     "--createTableMs",
                                     "0",
                                     "--deleteTableMs",
                                     "0",
                                     "--updateTableMs",
                                     "0"};
    if (tls) args.emplace_back("--ssl");
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    int spawned = 0;
    {
        SpawnSetup setup;
        posix_spawn_file_actions_adddup2(&setup.actions, lifeline[0], STDIN_FILENO);
        posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_adddup2(&setup.actions, log_fd, STDERR_FILENO);
        spawned = ::posix_spawnp(&pid_, "node", &setup.actions, nullptr, argv.data(), environ);
    }
    ::close(lifeline[0]);
    ::close(log_fd);
    lifeline_ = lifeline[1];
    if (spawned != 0) {
        ::close(lifeline_);
        lifeline_ = -1;
        pid_ = -1;
        ::unlink(log_path.c_str());
        throw failure(std::string("cannot run node (") + std::strerror(spawned) + ")" +
                      std::string(kSetupHint));
    }

    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (!accepts_connections(port_)) {
        int status = 0;
        const bool exited = ::waitpid(pid_, &status, WNOHANG) == pid_;
        if (exited || std::chrono::steady_clock::now() > deadline) {
            if (exited) pid_ = -1;
            stop();
            const std::string log = read_file(log_path);
            ::unlink(log_path.c_str());
            throw failure((exited ? "exited before listening on " : "did not listen in time on ") +
                          endpoint_ + (log.empty() ? "" : ":\n" + log));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::unlink(log_path.c_str());
}

DynaliteServer::~DynaliteServer() {
    stop();
}

void DynaliteServer::stop() noexcept {
    if (lifeline_ >= 0) {
        ::close(lifeline_);
        lifeline_ = -1;
    }
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (::waitpid(pid_, nullptr, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    pid_ = -1;
}

const std::string& dynalite_endpoint() {
    static const std::string endpoint = [] {
        if (const char* given = std::getenv("DYNAMORM_DYNALITE_ENDPOINT");
            given != nullptr && *given != '\0') {
            return std::string(given);
        }
        // Started once, stopped when static objects are destroyed at exit.
        static const DynaliteServer server;
        return server.endpoint();
    }();
    return endpoint;
}

std::string unique_table_name(std::string_view prefix) {
    static std::atomic<unsigned> counter{0};
    return std::string(prefix) + "-" + std::to_string(::getpid()) + "-" +
           std::to_string(counter.fetch_add(1));
}

}  // namespace dynamorm::test
