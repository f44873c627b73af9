// libcurl easy handles in a pool: each keeps its connection (and TLS session) alive, and a
// thread takes a handle for the length of one request.
#include "client/http/curl_transport.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <new>

#include "dynamorm/client/http_error.hpp"

namespace dynamorm::client::http {
namespace {

// curl_global_init once per process, before the first handle; curl_global_cleanup at exit.
class CurlGlobal {
  public:
    CurlGlobal() {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            throw TransportError(TransportError::Kind::Other, "libcurl failed to initialize");
        }
    }
    ~CurlGlobal() { curl_global_cleanup(); }
    CurlGlobal(const CurlGlobal&) = delete;
    CurlGlobal& operator=(const CurlGlobal&) = delete;
};

void ensure_curl_global() {
    static const CurlGlobal global;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n')) {
        text.remove_suffix(1);
    }
    return text;
}

struct Received {
    std::vector<sigv4::Header> headers;
    std::string body;
};

size_t on_body(char* data, size_t size, size_t count, void* user) noexcept {
    try {
        static_cast<Received*>(user)->body.append(data, size * count);
        return size * count;
    } catch (const std::bad_alloc&) {
        return 0;  // curl reports CURLE_WRITE_ERROR
    }
}

size_t on_header(char* data, size_t size, size_t count, void* user) noexcept {
    auto* received = static_cast<Received*>(user);
    const std::string_view line(data, size * count);
    try {
        if (line.starts_with("HTTP/")) {
            received->headers.clear();  // a new answer (after 100 Continue): keep only its headers
        } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            received->headers.push_back({std::string(trim(line.substr(0, colon))),
                                         std::string(trim(line.substr(colon + 1)))});
        }
        return size * count;
    } catch (const std::bad_alloc&) {
        return 0;
    }
}

TransportError::Kind kind_of(CURLcode code) noexcept {
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
            return TransportError::Kind::Connect;
        case CURLE_OPERATION_TIMEDOUT:
            return TransportError::Kind::Timeout;
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_SSL_CONNECT_ERROR:  // a handshake cut short, as a reset connection
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return TransportError::Kind::Connection;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_USE_SSL_FAILED:
            return TransportError::Kind::Tls;
        default:
            return TransportError::Kind::Other;
    }
}

struct SlistDeleter {
    void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist& list, const std::string& line) {
    curl_slist* grown = curl_slist_append(list.get(), line.c_str());
    if (grown == nullptr) throw std::bad_alloc();
    (void)list.release();
    list.reset(grown);
}

}  // namespace

const std::string* HttpResponse::header(std::string_view name) const noexcept {
    for (const sigv4::Header& h : headers) {
        if (iequals(h.name, name)) return &h.value;
    }
    return nullptr;
}

CurlTransport::CurlTransport(TransportOptions options) : options_(options) {
    ensure_curl_global();
}

CurlTransport::~CurlTransport() {
    for (void* handle : idle_)
        curl_easy_cleanup(static_cast<CURL*>(handle));
}

void* CurlTransport::acquire() {
    {
        const std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            void* handle = idle_.back();
            idle_.pop_back();
            return handle;
        }
    }
    CURL* curl = curl_easy_init();
    if (curl == nullptr) {
        throw TransportError(TransportError::Kind::Other, "libcurl could not create a handle");
    }
    // Options that hold for every request of this handle.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for timeouts: threads share us
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
#if LIBCURL_VERSION_NUM >= 0x075500  // 7.85
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "dynamorm");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options_.connect_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.request_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &on_header);
    return curl;
}

void CurlTransport::release(void* handle) noexcept {
    try {
        const std::lock_guard lock(mutex_);
        if (idle_.size() < options_.max_idle_handles) {
            idle_.push_back(handle);
            return;
        }
    } catch (...) {
    }
    curl_easy_cleanup(static_cast<CURL*>(handle));
}

HttpResponse CurlTransport::post(const std::string& url, const std::vector<sigv4::Header>& headers,
                                 std::string_view body) {
    Slist list;
    for (const sigv4::Header& h : headers)
        append(list, h.name + ": " + h.value);
    append(list, "Expect:");  // no 100-continue round trip for large bodies

    void* raw = acquire();
    const auto give_back = [this](void* h) { release(h); };
    const std::unique_ptr<void, decltype(give_back)> handle(raw, give_back);
    CURL* curl = static_cast<CURL*>(raw);

    Received received;
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list.get());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.empty() ? "" : body.data());
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &received);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    // Nothing of this request may outlive it in the pooled handle.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    if (code != CURLE_OK) {
        std::string message = url + ": " + curl_easy_strerror(code);
        if (error[0] != '\0') message += std::string(" (") + error + ")";
        throw TransportError(kind_of(code), message);
    }
    return HttpResponse{static_cast<int>(status), std::move(received.headers),
                        std::move(received.body)};
}

}  // namespace dynamorm::client::http
