#include "dynamorm/client/sigv4_verifier.hpp"

#include <cstdio>
#include <utility>

#include "client/http/crypto.hpp"
#include "client/http/sigv4_canonical.hpp"

namespace dynamorm::sigv4 {
namespace {

using std::chrono::system_clock;

constexpr std::string_view kMismatch =
    "The request signature we calculated does not match the signature you provided. Check your "
    "AWS Secret Access Key and signing method. Consult the service documentation for details.";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

bool iequals(std::string_view a, std::string_view b) {
    return detail::to_lower(a) == detail::to_lower(b);
}

// The values of every header named `name`, in order.
std::vector<std::string_view> header_values(const ReceivedRequest& request, std::string_view name) {
    std::vector<std::string_view> values;
    for (const Header& header : request.headers) {
        if (iequals(header.name, name)) values.push_back(header.value);
    }
    return values;
}

// `YYYYMMDDTHHMMSSZ`, validated.
std::optional<system_clock::time_point> parse_amz_date(std::string_view text) {
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') return std::nullopt;
    int fields[6] = {};
    constexpr std::pair<int, int> spans[6] = {{0, 4}, {4, 2}, {6, 2}, {9, 2}, {11, 2}, {13, 2}};
    for (int f = 0; f < 6; ++f) {
        for (int i = spans[f].first; i < spans[f].first + spans[f].second; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            fields[f] = fields[f] * 10 + (text[i] - '0');
        }
    }
    using namespace std::chrono;
    const year_month_day ymd{year{fields[0]}, month{static_cast<unsigned>(fields[1])},
                             day{static_cast<unsigned>(fields[2])}};
    if (!ymd.ok() || fields[3] > 23 || fields[4] > 59 || fields[5] > 59) return std::nullopt;
    return sys_days{ymd} + hours{fields[3]} + minutes{fields[4]} + seconds{fields[5]};
}

// The parts of `AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.
struct Authorization {
    std::optional<std::string_view> credential;
    std::optional<std::string_view> signed_headers;
    std::optional<std::string_view> signature;
};

Verification fail(VerifyError error, std::string message) {
    Verification out;
    out.error = error;
    out.message = std::move(message);
    return out;
}

// Reads the header strictly; on failure returns the error to answer with.
std::optional<Verification> parse_authorization(std::string_view header, Authorization& out) {
    const std::size_t space = header.find(' ');
    const std::string_view algorithm = header.substr(0, space);
    if (algorithm != kAlgorithm) {
        return fail(VerifyError::incomplete_signature,
                    "Unsupported AWS 'algorithm': '" + std::string(algorithm) + "'.");
    }
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view{} : trim(header.substr(space + 1));
    if (rest.empty()) return std::nullopt;
    for (const std::string_view raw_part : split(rest, ',')) {
        const std::string_view part = trim(raw_part);
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos) {
            return fail(VerifyError::incomplete_signature,
                        "'" + std::string(part) +
                            "' not a valid key=value pair (missing equal-sign) in Authorization "
                            "header: '" +
                            std::string(header) + "'.");
        }
        const std::string_view key = part.substr(0, eq);
        const std::string_view value = part.substr(eq + 1);
        std::optional<std::string_view>* slot = nullptr;
        if (key == "Credential") slot = &out.credential;
        if (key == "SignedHeaders") slot = &out.signed_headers;
        if (key == "Signature") slot = &out.signature;
        if (slot == nullptr) continue;  // other parameters are ignored, as AWS does
        if (slot->has_value()) {
            return fail(VerifyError::incomplete_signature,
                        "'" + std::string(key) +
                            "' appears more than once in Authorization header: '" +
                            std::string(header) + "'.");
        }
        *slot = value;
    }
    return std::nullopt;
}

std::string skew_text(std::chrono::seconds skew) {
    return std::to_string(std::chrono::duration_cast<std::chrono::minutes>(skew).count()) + " min.";
}

}  // namespace

std::string_view error_code(VerifyError error) noexcept {
    switch (error) {
        case VerifyError::none:
            return {};
        case VerifyError::missing_authentication_token:
            return "MissingAuthenticationTokenException";
        case VerifyError::incomplete_signature:
            return "IncompleteSignatureException";
        case VerifyError::invalid_signature:
            return "InvalidSignatureException";
        case VerifyError::unrecognized_client:
            return "UnrecognizedClientException";
    }
    return {};
}

Verifier::Verifier(SecretLookup lookup, VerifyOptions options,
                   std::shared_ptr<SigningKeyCache> cache)
    : lookup_(std::move(lookup)), options_(std::move(options)), cache_(std::move(cache)) {}

Verification Verifier::verify(const ReceivedRequest& request,
                              std::chrono::system_clock::time_point now) const {
    // The checks run in the order DynamoDB applies them, so that a request with several
    // faults is answered as DynamoDB would answer it.
    const std::vector<std::string_view> authorizations = header_values(request, "authorization");
    if (authorizations.empty()) {
        return fail(VerifyError::missing_authentication_token,
                    "Request is missing Authentication Token");
    }
    if (authorizations.size() > 1) {
        return fail(VerifyError::incomplete_signature,
                    "Authorization header appears more than once.");
    }
    const std::string_view header = authorizations.front();
    Authorization auth;
    if (auto error = parse_authorization(header, auth)) return std::move(*error);

    std::vector<std::string_view> dates = header_values(request, "x-amz-date");
    if (dates.empty()) dates = header_values(request, "date");
    std::string missing;
    if (!auth.credential) missing += "Authorization header requires 'Credential' parameter. ";
    if (!auth.signature) missing += "Authorization header requires 'Signature' parameter. ";
    if (!auth.signed_headers)
        missing += "Authorization header requires 'SignedHeaders' parameter. ";
    if (dates.empty()) {
        missing +=
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' "
            "header. ";
    }
    if (!missing.empty()) {
        return fail(VerifyError::incomplete_signature,
                    missing + "Authorization=" + std::string(header));
    }

    std::vector<std::string_view> signed_names = split(*auth.signed_headers, ';');
    bool host_signed = false;
    for (const std::string_view name : signed_names)
        host_signed = host_signed || name == "host" || name == ":authority";
    if (!host_signed) {
        return fail(VerifyError::invalid_signature,
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    const std::string_view amz_date = trim(dates.front());
    const auto time = parse_amz_date(amz_date);
    if (!time) {
        return fail(VerifyError::incomplete_signature,
                    "Date must be in ISO-8601 'basic format'. Got '" + std::string(amz_date) +
                        "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    const auto whole_now = std::chrono::floor<std::chrono::seconds>(now);
    if (*time < whole_now - options_.max_clock_skew) {
        return fail(VerifyError::invalid_signature,
                    "Signature expired: " + std::string(amz_date) + " is now earlier than " +
                        format_amz_date(whole_now - options_.max_clock_skew) + " (" +
                        format_amz_date(whole_now) + " - " + skew_text(options_.max_clock_skew) +
                        ")");
    }
    if (*time > whole_now + options_.max_clock_skew) {
        return fail(
            VerifyError::invalid_signature,
            "Signature not yet current: " + std::string(amz_date) + " is still later than " +
                format_amz_date(whole_now + options_.max_clock_skew) + " (" +
                format_amz_date(whole_now) + " + " + skew_text(options_.max_clock_skew) + ")");
    }

    const std::vector<std::string_view> credential = split(*auth.credential, '/');
    if (credential.size() != 5) {
        return fail(VerifyError::incomplete_signature,
                    "Credential must have exactly 5 slash-delimited elements, e.g. "
                    "keyid/date/region/service/term, got '" +
                        std::string(*auth.credential) + "'");
    }
    const std::string_view access_key = credential[0];
    const std::string_view date = credential[1];
    const std::string_view region = credential[2];
    const std::string_view service = credential[3];
    const std::string_view terminator = credential[4];
    std::string scope_errors;
    if (!options_.region.empty() && region != options_.region) {
        scope_errors +=
            "Credential should be scoped to a valid region, not '" + std::string(region) + "'. ";
    }
    if (!options_.service.empty() && service != options_.service) {
        scope_errors +=
            "Credential should be scoped to correct service: '" + options_.service + "'. ";
    }
    if (terminator != "aws4_request") {
        scope_errors +=
            "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
            std::string(terminator) + "'. ";
    }
    if (date != amz_date.substr(0, 8)) {
        scope_errors +=
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
            "HTTP: '" +
            std::string(date) + "' != '" + std::string(amz_date.substr(0, 8)) + "', from '" +
            std::string(amz_date) + "'. ";
    }
    if (!scope_errors.empty()) {
        scope_errors.pop_back();
        Verification out = fail(VerifyError::invalid_signature, std::move(scope_errors));
        out.access_key_id = access_key;
        return out;
    }

    const std::optional<std::string> secret = lookup_ ? lookup_(access_key) : std::nullopt;
    if (!secret) {
        Verification out = fail(VerifyError::unrecognized_client,
                                "The security token included in the request is invalid.");
        out.access_key_id = access_key;
        return out;
    }

    const std::string_view target = request.target;
    const std::size_t question = target.find('?');
    std::vector<QueryParam> query;
    try {
        if (question != std::string_view::npos) query = decode_query(target.substr(question + 1));
    } catch (const SigningError& e) {
        Verification out = fail(VerifyError::incomplete_signature, e.what());
        out.access_key_id = access_key;
        return out;
    }

    detail::HeaderMap headers;
    for (const std::string_view name : signed_names) {
        const std::vector<std::string_view> values = header_values(request, name);
        if (values.empty()) detail::add_header(headers, std::string(name), "");
        for (const std::string_view value : values)
            detail::add_header(headers, std::string(name), value);
    }
    std::string payload_hash;
    const std::vector<std::string_view> content_sha =
        header_values(request, "x-amz-content-sha256");
    if (options_.allow_unsigned_payload && content_sha.size() == 1 &&
        trim(content_sha.front()) == kUnsignedPayload) {
        payload_hash = kUnsignedPayload;
    } else {
        payload_hash = detail::sha256_hex(request.body);
    }

    Options canonical_options;
    canonical_options.normalize_path = options_.normalize_path;
    canonical_options.double_encode_path = options_.double_encode_path;
    Verification out;
    out.access_key_id = access_key;
    out.canonical_request = detail::canonical_request(
        request.method, detail::canonical_path(target.substr(0, question), canonical_options),
        detail::canonical_query(query), detail::render_headers(headers), payload_hash);
    out.string_to_sign = detail::string_to_sign(
        amz_date, detail::credential_scope(date, region, service), out.canonical_request);
    const SigningKey key = cache_ ? cache_->get(*secret, date, region, service)
                                  : derive_signing_key(*secret, date, region, service);
    const std::string expected = detail::compute_signature(key, out.string_to_sign);
    if (!detail::constant_time_equal(expected, *auth.signature)) {
        out.error = VerifyError::invalid_signature;
        out.message = kMismatch;
    }
    return out;
}

}  // namespace dynamorm::sigv4
