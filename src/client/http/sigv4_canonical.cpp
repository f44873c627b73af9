#include "client/http/sigv4_canonical.hpp"

#include <algorithm>
#include <utility>

#include "client/http/crypto.hpp"

namespace dynamorm::sigv4::detail {
namespace {

bool is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

std::string to_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string normalize_path(std::string_view path) {
    std::vector<std::string_view> segments;
    bool trailing_slash = false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view segment = path.substr(start, end - start);
        const bool last = end == path.size();
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
            trailing_slash = last;
        } else if (segment == ".") {
            trailing_slash = last;
        } else if (segment.empty()) {
            trailing_slash = last;
        } else {
            segments.push_back(segment);
            trailing_slash = false;
        }
        start = end + 1;
    }
    std::string out;
    for (const std::string_view segment : segments) {
        out += '/';
        out += segment;
    }
    if (out.empty() || trailing_slash) out += '/';
    return out;
}

std::string canonical_path(std::string_view path, const Options& options) {
    std::string result = options.normalize_path ? normalize_path(path) : std::string(path);
    if (options.double_encode_path) result = uri_encode(result, /*keep_slash=*/true);
    if (result.empty()) result = "/";
    return result;
}

std::string canonical_query(const std::vector<QueryParam>& params) {
    std::vector<std::pair<std::string, std::string>> encoded;
    encoded.reserve(params.size());
    for (const QueryParam& p : params)
        encoded.emplace_back(uri_encode(p.name), uri_encode(p.value));
    std::sort(encoded.begin(), encoded.end());
    std::string out;
    for (const auto& [name, value] : encoded) {
        if (!out.empty()) out += '&';
        out += name;
        out += '=';
        out += value;
    }
    return out;
}

std::string canonical_header_value(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    bool pending_space = false;
    for (const char c : value) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

void add_header(HeaderMap& headers, std::string lower_name, std::string_view value) {
    std::string canonical = canonical_header_value(value);
    auto [it, inserted] = headers.try_emplace(std::move(lower_name), canonical);
    if (!inserted) {
        it->second += ',';
        it->second += canonical;
    }
}

CanonicalHeaders render_headers(const HeaderMap& headers) {
    CanonicalHeaders out;
    for (const auto& [name, value] : headers) {
        out.text += name;
        out.text += ':';
        out.text += value;
        out.text += '\n';
        if (!out.signed_headers.empty()) out.signed_headers += ';';
        out.signed_headers += name;
    }
    return out;
}

std::string canonical_request(std::string_view method, std::string_view path,
                              std::string_view query, const CanonicalHeaders& headers,
                              std::string_view payload_hash) {
    std::string out;
    out.reserve(method.size() + path.size() + query.size() + headers.text.size() +
                headers.signed_headers.size() + payload_hash.size() + 8);
    out += method;
    out += '\n';
    out += path;
    out += '\n';
    out += query;
    out += '\n';
    out += headers.text;
    out += '\n';
    out += headers.signed_headers;
    out += '\n';
    out += payload_hash;
    return out;
}

std::string credential_scope(std::string_view date, std::string_view region,
                             std::string_view service) {
    std::string out(date);
    out += '/';
    out += region;
    out += '/';
    out += service;
    out += "/aws4_request";
    return out;
}

std::string string_to_sign(std::string_view amz_date, std::string_view scope,
                           std::string_view canonical_request) {
    std::string out(kAlgorithm);
    out += '\n';
    out += amz_date;
    out += '\n';
    out += scope;
    out += '\n';
    out += sha256_hex(canonical_request);
    return out;
}

std::string compute_signature(const SigningKey& key, std::string_view string_to_sign) {
    return hex(hmac_sha256(key, string_to_sign));
}

std::string uri_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            throw SigningError("Illegal hex character in escape % pattern: " +
                               std::string(text.substr(i, 3)));
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

}  // namespace dynamorm::sigv4::detail

namespace dynamorm::sigv4 {

std::string uri_encode(std::string_view text, bool keep_slash) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (detail::is_unreserved(c) || (keep_slash && c == '/')) {
            out += ch;
        } else {
            out += '%';
            out += digits[c >> 4];
            out += digits[c & 0x0f];
        }
    }
    return out;
}

std::string encode_query(const std::vector<QueryParam>& params) {
    std::string out;
    for (const QueryParam& p : params) {
        if (!out.empty()) out += '&';
        out += uri_encode(p.name);
        out += '=';
        out += uri_encode(p.value);
    }
    return out;
}

std::vector<QueryParam> decode_query(std::string_view query) {
    std::vector<QueryParam> out;
    std::size_t start = 0;
    while (start <= query.size()) {
        std::size_t end = query.find('&', start);
        if (end == std::string_view::npos) end = query.size();
        const std::string_view pair = query.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            if (eq == std::string_view::npos) {
                out.push_back({detail::uri_decode(pair), {}});
            } else {
                out.push_back({detail::uri_decode(pair.substr(0, eq)),
                               detail::uri_decode(pair.substr(eq + 1))});
            }
        }
        start = end + 1;
    }
    return out;
}

}  // namespace dynamorm::sigv4
