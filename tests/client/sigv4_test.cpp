// SigV4 signing and verification, checked byte for byte against the AWS signing test suite in
// the shared test data (one parameterized test per case folder), plus the rules the suite
// does not cover.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dynamorm/client/sigv4.hpp"
#include "dynamorm/client/sigv4_verifier.hpp"

namespace {

namespace fs = std::filesystem;
namespace sv = dynamorm::sigv4;
using std::chrono::system_clock;
using namespace std::chrono_literals;

const fs::path kSuiteDir = fs::path(DYNAMORM_SHARED_DIR) / "testdata" / "sigv4";

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// --- context.json: a handful of flat fields, read with regular expressions -----------------

std::optional<std::string> json_string(const std::string& json, const std::string& key) {
    const std::regex re("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"");
    std::smatch m;
    if (!std::regex_search(json, m, re)) return std::nullopt;
    return m[1].str();
}

std::optional<std::string> json_literal(const std::string& json, const std::string& key) {
    const std::regex re("\"" + key + "\"\\s*:\\s*(true|false|-?[0-9]+)");
    std::smatch m;
    if (!std::regex_search(json, m, re)) return std::nullopt;
    return m[1].str();
}

system_clock::time_point parse_timestamp(const std::string& text) {
    // 2015-08-30T12:36:00Z
    const std::regex re(R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z)");
    std::smatch m;
    if (!std::regex_match(text, m, re)) throw std::runtime_error("bad timestamp " + text);
    using namespace std::chrono;
    const year_month_day ymd{year{std::stoi(m[1])}, month{static_cast<unsigned>(std::stoi(m[2]))},
                             day{static_cast<unsigned>(std::stoi(m[3]))}};
    return sys_days{ymd} + hours{std::stoi(m[4])} + minutes{std::stoi(m[5])} +
           seconds{std::stoi(m[6])};
}

struct Context {
    sv::Credentials credentials;
    std::string region;
    std::string service;
    system_clock::time_point time;
    sv::Options options;
};

Context read_context(const fs::path& dir) {
    const std::string json = read_text(dir / "context.json");
    auto need = [&](std::optional<std::string> value, const char* key) {
        if (!value) throw std::runtime_error(std::string("context.json lacks ") + key);
        return *value;
    };
    Context c;
    c.credentials.access_key_id = need(json_string(json, "access_key_id"), "access_key_id");
    c.credentials.secret_access_key =
        need(json_string(json, "secret_access_key"), "secret_access_key");
    c.credentials.session_token = json_string(json, "token").value_or("");
    c.region = need(json_string(json, "region"), "region");
    c.service = need(json_string(json, "service"), "service");
    c.time = parse_timestamp(need(json_string(json, "timestamp"), "timestamp"));
    c.options.normalize_path = need(json_literal(json, "normalize"), "normalize") == "true";
    c.options.add_content_sha256_header = json_literal(json, "sign_body").value_or("") == "true";
    c.options.omit_session_token = json_literal(json, "omit_session_token").value_or("") == "true";
    c.options.expires = std::chrono::seconds{
        std::stoi(need(json_literal(json, "expiration_in_seconds"), "expiry"))};
    return c;
}

// --- request.txt: a request line, header lines (folded lines continue a value), a body -----

struct RawRequest {
    std::string method;
    std::string target;  // path and query as written
    std::string head;    // request line and header lines, each ending in \n
    std::vector<sv::Header> headers;
    std::string body;

    std::string path() const { return target.substr(0, target.find('?')); }
    std::string raw_query() const {
        const auto q = target.find('?');
        return q == std::string::npos ? "" : target.substr(q + 1);
    }
};

RawRequest parse_request(const std::string& text) {
    RawRequest r;
    std::size_t pos = 0;
    auto next_line = [&]() -> std::optional<std::string> {
        if (pos >= text.size()) return std::nullopt;
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        return line;
    };
    const std::string request_line = next_line().value_or("");
    const auto first = request_line.find(' ');
    const auto last = request_line.rfind(' ');
    if (first == std::string::npos || last == first) throw std::runtime_error("bad request line");
    r.method = request_line.substr(0, first);
    r.target = request_line.substr(first + 1, last - first - 1);
    r.head = request_line + "\n";
    while (auto line = next_line()) {
        if (line->empty()) break;
        r.head += *line + "\n";
        if ((*line)[0] == ' ' || (*line)[0] == '\t') {
            r.headers.back().value += "\n" + *line;
            continue;
        }
        const auto colon = line->find(':');
        r.headers.push_back({line->substr(0, colon), line->substr(colon + 1)});
    }
    if (pos < text.size()) r.body = text.substr(pos);
    return r;
}

sv::Request to_request(const RawRequest& raw) {
    sv::Request request;
    request.method = raw.method;
    request.path = raw.path();
    request.query = sv::decode_query(raw.raw_query());
    request.headers = raw.headers;
    request.body = raw.body;
    return request;
}

std::vector<std::string> case_names() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(kSuiteDir, ec)) {
        if (entry.is_directory() && fs::exists(entry.path() / "context.json")) {
            names.push_back(entry.path().filename().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(SigV4Suite, FolderHoldsTheCases) {
    ASSERT_TRUE(fs::is_directory(kSuiteDir)) << kSuiteDir << " is missing";
    EXPECT_GE(case_names().size(), 30u);
}

class SigV4SuiteTest : public testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        dir_ = kSuiteDir / GetParam();
        context_ = read_context(dir_);
        raw_ = parse_request(read_text(dir_ / "request.txt"));
    }
    std::string expected(const std::string& file) const { return read_text(dir_ / file); }
    sv::Signer signer() const {
        return sv::Signer(context_.region, context_.service, context_.options);
    }

    fs::path dir_;
    Context context_;
    RawRequest raw_;
};

TEST_P(SigV4SuiteTest, HeaderSigning) {
    const sv::Request request = to_request(raw_);
    const sv::HeaderSignature sig = signer().sign(request, context_.credentials, context_.time);
    EXPECT_EQ(sig.canonical_request, expected("header-canonical-request.txt"));
    EXPECT_EQ(sig.string_to_sign, expected("header-string-to-sign.txt"));
    EXPECT_EQ(sig.signature, expected("header-signature.txt"));

    std::string signed_request = raw_.head;
    for (const sv::Header& h : sig.headers)
        signed_request += h.name + ":" + h.value + "\n";
    signed_request += "\n" + raw_.body;
    EXPECT_EQ(signed_request, expected("header-signed-request.txt"));
}

TEST_P(SigV4SuiteTest, QuerySigning) {
    const sv::Request request = to_request(raw_);
    const sv::QuerySignature sig = signer().presign(request, context_.credentials, context_.time);
    EXPECT_EQ(sig.canonical_request, expected("query-canonical-request.txt"));
    EXPECT_EQ(sig.string_to_sign, expected("query-string-to-sign.txt"));
    EXPECT_EQ(sig.signature, expected("query-signature.txt"));

    const std::string target = raw_.target +
                               (raw_.target.find('?') == std::string::npos ? "?" : "&") +
                               sv::encode_query(sig.params);
    std::string signed_request = raw_.method + " " + target + " HTTP/1.1\n";
    signed_request += raw_.head.substr(raw_.head.find('\n') + 1);
    signed_request += "\n" + raw_.body;
    EXPECT_EQ(signed_request, expected("query-signed-request.txt"));
}

TEST_P(SigV4SuiteTest, SigningKeyCacheGivesTheSameSignature) {
    const sv::Request request = to_request(raw_);
    const sv::Signer cached(context_.region, context_.service, context_.options,
                            std::make_shared<sv::SigningKeyCache>());
    EXPECT_EQ(cached.sign(request, context_.credentials, context_.time).signature,
              expected("header-signature.txt"));
    EXPECT_EQ(cached.sign(request, context_.credentials, context_.time).signature,
              expected("header-signature.txt"));
}

sv::ReceivedRequest received(const RawRequest& raw, const sv::HeaderSignature& sig) {
    sv::ReceivedRequest r{raw.method, raw.target, raw.headers, raw.body};
    r.headers.insert(r.headers.end(), sig.headers.begin(), sig.headers.end());
    return r;
}

TEST_P(SigV4SuiteTest, VerifierAcceptsTheSignedRequest) {
    const sv::HeaderSignature sig =
        signer().sign(to_request(raw_), context_.credentials, context_.time);
    sv::VerifyOptions options;
    options.region = context_.region;
    options.service = context_.service;
    options.normalize_path = context_.options.normalize_path;
    const sv::Verifier verifier(
        [&](std::string_view key) -> std::optional<std::string> {
            if (key != context_.credentials.access_key_id) return std::nullopt;
            return context_.credentials.secret_access_key;
        },
        options);
    const sv::Verification v = verifier.verify(received(raw_, sig), context_.time + 1min);
    EXPECT_TRUE(v.ok()) << v.message << "\n" << v.canonical_request;
    EXPECT_EQ(v.access_key_id, context_.credentials.access_key_id);
    EXPECT_EQ(v.canonical_request, sig.canonical_request);
    EXPECT_EQ(v.string_to_sign, sig.string_to_sign);
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Aws, SigV4SuiteTest, testing::ValuesIn(case_names()), test_name);

// --- Rules beyond the suite ------------------------------------------------------------------

const sv::Credentials kCredentials{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""};
const system_clock::time_point kTime = parse_timestamp("2015-08-30T12:36:00Z");

sv::Request dynamodb_request(std::string_view body = R"({"TableName":"things"})") {
    sv::Request r;
    r.method = "POST";
    r.headers = {{"Host", "dynamodb.us-east-1.amazonaws.com"},
                 {"Content-Type", "application/x-amz-json-1.0"},
                 {"X-Amz-Target", "DynamoDB_20120810.DescribeTable"}};
    r.body = body;
    return r;
}

std::string line(const std::string& text, int n) {
    std::istringstream in(text);
    std::string l;
    for (int i = 0; i <= n; ++i)
        std::getline(in, l);
    return l;
}

TEST(SigV4, DerivesTheSigningKeyOfTheAwsExample) {
    // The worked example of AWS's "derive a signing key" documentation.
    const sv::SigningKey key = sv::derive_signing_key("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                                      "20120215", "us-east-1", "iam");
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : key)
        hex += std::string{digits[b >> 4], digits[b & 15]};
    EXPECT_EQ(hex, "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
}

TEST(SigV4, FormatsAmzDateInUtcWholeSeconds) {
    EXPECT_EQ(sv::format_amz_date(kTime + 999ms), "20150830T123600Z");
    EXPECT_EQ(sv::format_amz_date(system_clock::time_point{}), "19700101T000000Z");
    EXPECT_EQ(sv::format_amz_date(parse_timestamp("2024-02-29T23:59:59Z")), "20240229T235959Z");
}

TEST(SigV4, UriEncodesAllButUnreservedBytes) {
    EXPECT_EQ(sv::uri_encode("AZaz09-._~"), "AZaz09-._~");
    EXPECT_EQ(sv::uri_encode("a b/c+d=e&%"), "a%20b%2Fc%2Bd%3De%26%25");
    EXPECT_EQ(sv::uri_encode("/a b/", true), "/a%20b/");
    EXPECT_EQ(sv::uri_encode("\xe1\x88\xb4"), "%E1%88%B4");
}

TEST(SigV4, DecodesAndEncodesQueries) {
    EXPECT_EQ(sv::decode_query("a=1&b&c=&%E1%88%B4=x%20y&d=1+2"),
              (std::vector<sv::QueryParam>{
                  {"a", "1"}, {"b", ""}, {"c", ""}, {"\xe1\x88\xb4", "x y"}, {"d", "1+2"}}));
    EXPECT_TRUE(sv::decode_query("").empty());
    EXPECT_THROW(sv::decode_query("a=%zz"), sv::SigningError);
    EXPECT_THROW(sv::decode_query("a=%4"), sv::SigningError);
    EXPECT_EQ(sv::encode_query({{"b", "x y"}, {"a", "1/2"}}), "b=x%20y&a=1%2F2");
}

TEST(SigV4, SortsQueryByNameThenValue) {
    sv::Request r = dynamodb_request();
    r.method = "GET";
    r.query = {{"b", "2"}, {"a", "2"}, {"a", "1"}, {"a-b", "0"}, {"A", "z"}};
    const auto sig = sv::Signer("us-east-1", "dynamodb").sign(r, kCredentials, kTime);
    EXPECT_EQ(line(sig.canonical_request, 2), "A=z&a=1&a=2&a-b=0&b=2");
}

TEST(SigV4, NormalizesPathsPerRfc3986) {
    const sv::Signer normalizing("us-east-1", "service");
    const sv::Signer raw("us-east-1", "service", {.normalize_path = false});
    auto path_line = [](const sv::Signer& s, std::string path) {
        sv::Request r = dynamodb_request();
        r.path = std::move(path);
        return line(s.sign(r, kCredentials, kTime).canonical_request, 1);
    };
    EXPECT_EQ(path_line(normalizing, "/a/b/.."), "/a/");
    EXPECT_EQ(path_line(normalizing, "/a/./b/../c"), "/a/c");
    EXPECT_EQ(path_line(normalizing, "/../.."), "/");
    EXPECT_EQ(path_line(normalizing, ""), "/");
    EXPECT_EQ(path_line(normalizing, "/a%20b"), "/a%2520b");
    EXPECT_EQ(path_line(raw, "/a//b/../"), "/a//b/../");
    const sv::Signer s3("us-east-1", "s3", {.normalize_path = false, .double_encode_path = false});
    EXPECT_EQ(path_line(s3, "/a%20b//c"), "/a%20b//c");
}

TEST(SigV4, CanonicalizesHeaders) {
    sv::Request r = dynamodb_request();
    r.headers.push_back({"X-Multi", "  a \t b  "});
    r.headers.push_back({"x-multi", "c\n   d"});
    r.headers.push_back({"User-Agent", "dynamorm/0.1"});
    r.headers.push_back({"X-Amz-Date", "19990101T000000Z"});  // replaced by the signer's
    const auto sig = sv::Signer("us-east-1", "dynamodb").sign(r, kCredentials, kTime);
    EXPECT_NE(sig.canonical_request.find("\nx-multi:a b,c d\n"), std::string::npos);
    EXPECT_EQ(sig.canonical_request.find("user-agent"), std::string::npos);
    EXPECT_EQ(sig.canonical_request.find("1999"), std::string::npos);
    EXPECT_EQ(sig.signed_headers, "content-type;host;x-amz-date;x-amz-target;x-multi");
}

TEST(SigV4, SignsTheDynamoDbBodyAndAddsTheSessionToken) {
    sv::Credentials credentials = kCredentials;
    credentials.session_token = "TOKEN/+=";
    const sv::Request r = dynamodb_request();
    const auto sig = sv::Signer("us-east-1", "dynamodb").sign(r, credentials, kTime);
    // The last line is the SHA-256 of the body.
    EXPECT_TRUE(sig.canonical_request.ends_with(
        "\n36f0964c2b89f4af5375c40964e530117173619ee360c2ef2513e5fa92eab7e5"));
    EXPECT_NE(sig.canonical_request.find("\nx-amz-security-token:TOKEN/+=\n"), std::string::npos);
    ASSERT_EQ(sig.headers.size(), 3u);
    EXPECT_EQ(sig.headers[0], (sv::Header{"X-Amz-Security-Token", "TOKEN/+="}));
    EXPECT_EQ(sig.headers[1], (sv::Header{"X-Amz-Date", "20150830T123600Z"}));
    EXPECT_EQ(sig.headers[2].name, "Authorization");
    EXPECT_EQ(sig.headers[2].value,
              "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request, "
              "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, "
              "Signature=" +
                  sig.signature);
    EXPECT_EQ(sig.string_to_sign.substr(0, sig.string_to_sign.rfind('\n')),
              "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/dynamodb/aws4_request");
}

TEST(SigV4, UsesAGivenPayloadHash) {
    sv::Request r = dynamodb_request();
    r.payload_hash = std::string(sv::kUnsignedPayload);
    const auto sig = sv::Signer("us-east-1", "s3", {.add_content_sha256_header = true})
                         .sign(r, kCredentials, kTime);
    EXPECT_TRUE(sig.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    EXPECT_NE(sig.canonical_request.find("\nx-amz-content-sha256:UNSIGNED-PAYLOAD\n"),
              std::string::npos);
    EXPECT_EQ(sig.headers[1], (sv::Header{"x-amz-content-sha256", "UNSIGNED-PAYLOAD"}));
}

TEST(SigV4, RefusesUnsignableInput) {
    sv::Request no_host = dynamodb_request();
    no_host.headers.erase(no_host.headers.begin());
    const sv::Signer signer("us-east-1", "dynamodb");
    EXPECT_THROW(signer.sign(no_host, kCredentials, kTime), sv::SigningError);
    EXPECT_THROW(signer.presign(no_host, kCredentials, kTime), sv::SigningError);
    sv::Request presigned = dynamodb_request();
    presigned.query = {{"X-Amz-Signature", "abc"}};
    EXPECT_THROW(signer.presign(presigned, kCredentials, kTime), sv::SigningError);
    EXPECT_THROW(signer.sign(dynamodb_request(), {"AKIDEXAMPLE", "", ""}, kTime), sv::SigningError);
    EXPECT_THROW(signer.presign(dynamodb_request(), {"", "secret", ""}, kTime), sv::SigningError);
    EXPECT_THROW(sv::Signer("us-east-1", "s3", {.expires = 0s}), sv::SigningError);
    EXPECT_THROW(sv::Signer("us-east-1", "s3", {.expires = 604801s}), sv::SigningError);
    EXPECT_NO_THROW(sv::Signer("us-east-1", "s3", {.expires = 604800s}));
}

TEST(SigningKeyCache, CachesPerScopeAndEvictsOldDays) {
    sv::SigningKeyCache cache(2);
    const auto a = cache.get("secret", "20150830", "us-east-1", "dynamodb");
    EXPECT_EQ(a, sv::derive_signing_key("secret", "20150830", "us-east-1", "dynamodb"));
    EXPECT_EQ(cache.get("secret", "20150830", "us-east-1", "dynamodb"), a);
    EXPECT_EQ(cache.size(), 1u);
    const auto b = cache.get("other", "20150830", "us-east-1", "dynamodb");
    EXPECT_NE(a, b);
    EXPECT_EQ(cache.size(), 2u);
    // A new day while full: yesterday's keys go.
    const auto c = cache.get("secret", "20150831", "us-east-1", "dynamodb");
    EXPECT_EQ(c, sv::derive_signing_key("secret", "20150831", "us-east-1", "dynamodb"));
    EXPECT_EQ(cache.size(), 1u);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
}

TEST(SigningKeyCache, IsSafeToShareBetweenThreads) {
    auto cache = std::make_shared<sv::SigningKeyCache>(4);
    const sv::Signer signer("us-east-1", "dynamodb", {}, cache);
    const sv::Request r = dynamodb_request();
    const std::string expected =
        sv::Signer("us-east-1", "dynamodb").sign(r, kCredentials, kTime).signature;
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const auto time = kTime + std::chrono::hours{24 * ((i + t) % 6)};
                const auto sig = signer.sign(r, kCredentials, time);
                if (time == kTime && sig.signature != expected) ++mismatches;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(mismatches.load(), 0);
    EXPECT_LE(cache->size(), 4u);
}

// --- Verifier ---------------------------------------------------------------------------------

class SigV4Verifier : public testing::Test {
  protected:
    SigV4Verifier()
        : verifier_(
              [](std::string_view key) -> std::optional<std::string> {
                  if (key == "AKIDEXAMPLE") return kCredentials.secret_access_key;
                  return std::nullopt;
              },
              {.region = "us-east-1", .service = "dynamodb"}) {}

    sv::ReceivedRequest signed_request() const {
        const sv::Request r = dynamodb_request(body_);
        const auto sig = sv::Signer("us-east-1", "dynamodb").sign(r, kCredentials, kTime);
        sv::ReceivedRequest received{r.method, "/", r.headers, body_};
        received.headers.insert(received.headers.end(), sig.headers.begin(), sig.headers.end());
        return received;
    }

    static std::string& header(sv::ReceivedRequest& r, std::string_view name) {
        for (auto& h : r.headers) {
            if (h.name == name) return h.value;
        }
        throw std::runtime_error("no header " + std::string(name));
    }

    sv::Verification verify(const sv::ReceivedRequest& r) const {
        return verifier_.verify(r, kTime);
    }

    sv::Verification with_authorization(const std::string& authorization) const {
        sv::ReceivedRequest r = signed_request();
        header(r, "Authorization") = authorization;
        return verify(r);
    }

    std::string body_ = R"({"TableName":"things"})";
    sv::Verifier verifier_;
};

TEST_F(SigV4Verifier, AcceptsASignedRequest) {
    const auto v = verify(signed_request());
    EXPECT_TRUE(v) << v.message;
    EXPECT_EQ(sv::error_code(v.error), "");
}

TEST_F(SigV4Verifier, RejectsAChangedHeader) {
    sv::ReceivedRequest r = signed_request();
    header(r, "X-Amz-Target") = "DynamoDB_20120810.DeleteTable";
    const auto v = verify(r);
    EXPECT_EQ(v.error, sv::VerifyError::invalid_signature);
    EXPECT_EQ(sv::error_code(v.error), "InvalidSignatureException");
    EXPECT_EQ(v.message,
              "The request signature we calculated does not match the signature you provided. "
              "Check your AWS Secret Access Key and signing method. Consult the service "
              "documentation for details.");
    EXPECT_NE(v.canonical_request.find("DeleteTable"), std::string::npos);
}

TEST_F(SigV4Verifier, RejectsAnAddedValueOfASignedHeader) {
    sv::ReceivedRequest r = signed_request();
    r.headers.push_back({"x-amz-target", "extra"});
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
}

TEST_F(SigV4Verifier, IgnoresUnsignedHeaders) {
    sv::ReceivedRequest r = signed_request();
    r.headers.push_back({"User-Agent", "aws-cli/2"});
    EXPECT_TRUE(verify(r));
}

TEST_F(SigV4Verifier, RejectsAChangedBody) {
    sv::ReceivedRequest r = signed_request();
    const std::string changed = R"({"TableName":"thingz"})";
    r.body = changed;
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
}

TEST_F(SigV4Verifier, RejectsAChangedDate) {
    sv::ReceivedRequest r = signed_request();
    header(r, "X-Amz-Date") = "20150830T123601Z";
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
}

TEST_F(SigV4Verifier, RejectsAChangedSignature) {
    sv::ReceivedRequest r = signed_request();
    std::string& auth = header(r, "Authorization");
    auth.back() = auth.back() == '0' ? '1' : '0';
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
    auth.pop_back();
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
}

TEST_F(SigV4Verifier, RejectsAChangedPathOrQuery) {
    sv::ReceivedRequest r = signed_request();
    r.target = "/other";
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
    r.target = "/?a=1";
    EXPECT_EQ(verify(r).error, sv::VerifyError::invalid_signature);
    r.target = "/?a=%zz";
    const auto v = verify(r);
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(v.message, "Illegal hex character in escape % pattern: %zz");
}

TEST_F(SigV4Verifier, RejectsAWrongSecret) {
    const sv::Verifier other([](std::string_view) { return std::optional<std::string>("wrong"); });
    EXPECT_EQ(other.verify(signed_request(), kTime).error, sv::VerifyError::invalid_signature);
}

TEST_F(SigV4Verifier, RejectsAnUnknownAccessKey) {
    const sv::Verifier none([](std::string_view) { return std::optional<std::string>(); });
    const auto v = none.verify(signed_request(), kTime);
    EXPECT_EQ(v.error, sv::VerifyError::unrecognized_client);
    EXPECT_EQ(sv::error_code(v.error), "UnrecognizedClientException");
    EXPECT_EQ(v.message, "The security token included in the request is invalid.");
    EXPECT_EQ(v.access_key_id, "AKIDEXAMPLE");
}

TEST_F(SigV4Verifier, RejectsAnExpiredOrFutureSignature) {
    const auto expired = verifier_.verify(signed_request(), kTime + 15min + 1s);
    EXPECT_EQ(expired.error, sv::VerifyError::invalid_signature);
    EXPECT_EQ(expired.message,
              "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z "
              "(20150830T125101Z - 15 min.)");
    EXPECT_TRUE(verifier_.verify(signed_request(), kTime + 15min));
    const auto early = verifier_.verify(signed_request(), kTime - 15min - 1s);
    EXPECT_EQ(early.error, sv::VerifyError::invalid_signature);
    EXPECT_EQ(early.message,
              "Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z "
              "(20150830T122059Z + 15 min.)");
}

TEST_F(SigV4Verifier, RequiresAnAuthorizationHeader) {
    sv::ReceivedRequest r = signed_request();
    std::erase_if(r.headers, [](const sv::Header& h) { return h.name == "Authorization"; });
    const auto v = verify(r);
    EXPECT_EQ(v.error, sv::VerifyError::missing_authentication_token);
    EXPECT_EQ(sv::error_code(v.error), "MissingAuthenticationTokenException");
    EXPECT_EQ(v.message, "Request is missing Authentication Token");
}

TEST_F(SigV4Verifier, ReportsMissingParameters) {
    auto v = with_authorization("AWS4-HMAC-SHA256");
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(sv::error_code(v.error), "IncompleteSignatureException");
    EXPECT_EQ(v.message,
              "Authorization header requires 'Credential' parameter. Authorization header "
              "requires 'Signature' parameter. Authorization header requires 'SignedHeaders' "
              "parameter. Authorization=AWS4-HMAC-SHA256");
    v = with_authorization(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request");
    EXPECT_EQ(v.message,
              "Authorization header requires 'Signature' parameter. Authorization header requires "
              "'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 "
              "Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request");

    sv::ReceivedRequest r = signed_request();
    std::erase_if(r.headers, [](const sv::Header& h) { return h.name == "X-Amz-Date"; });
    v = verify(r);
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_TRUE(
        v.message.starts_with("Authorization header requires existence of either a "
                              "'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC"))
        << v.message;
}

TEST_F(SigV4Verifier, RejectsMalformedAuthorizationHeaders) {
    auto v = with_authorization("Bearer abc");
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(v.message, "Unsupported AWS 'algorithm': 'Bearer'.");

    v = with_authorization("AWS4-HMAC-SHA256 FooBar, BazBurp");
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(v.message,
              "'FooBar' not a valid key=value pair (missing equal-sign) in Authorization header: "
              "'AWS4-HMAC-SHA256 FooBar, BazBurp'.");

    v = with_authorization(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE, SignedHeaders=host, Signature=00");
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(v.message,
              "Credential must have exactly 5 slash-delimited elements, e.g. "
              "keyid/date/region/service/term, got 'AKIDEXAMPLE'");

    v = with_authorization(
        "AWS4-HMAC-SHA256 Signature=1, Signature=2, Credential=a, SignedHeaders=host");
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);

    v = with_authorization(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request, "
        "SignedHeaders=x-amz-date, Signature=00");
    EXPECT_EQ(v.error, sv::VerifyError::invalid_signature);
    EXPECT_EQ(v.message,
              "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");

    sv::ReceivedRequest r = signed_request();
    r.headers.push_back({"authorization", "AWS4-HMAC-SHA256"});
    EXPECT_EQ(verify(r).error, sv::VerifyError::incomplete_signature);
}

TEST_F(SigV4Verifier, RejectsAMalformedDate) {
    sv::ReceivedRequest r = signed_request();
    header(r, "X-Amz-Date") = "2015-08-30T12:36:00Z";
    auto v = verify(r);
    EXPECT_EQ(v.error, sv::VerifyError::incomplete_signature);
    EXPECT_EQ(v.message,
              "Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'. See "
              "http://en.wikipedia.org/wiki/ISO_8601");
    header(r, "X-Amz-Date") = "20150230T123600Z";  // no 30 February
    EXPECT_EQ(verify(r).error, sv::VerifyError::incomplete_signature);
}

TEST_F(SigV4Verifier, RejectsAWrongScope) {
    const auto v = with_authorization(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150831/eu-west-1/s3/aws5_request, "
        "SignedHeaders=host;x-amz-date, Signature=00");
    EXPECT_EQ(v.error, sv::VerifyError::invalid_signature);
    EXPECT_EQ(v.message,
              "Credential should be scoped to a valid region, not 'eu-west-1'. Credential should "
              "be scoped to correct service: 'dynamodb'. Credential should be scoped with a valid "
              "terminator: 'aws4_request', not 'aws5_request'. Date in Credential scope does not "
              "match YYYYMMDD from ISO-8601 version of date from HTTP: '20150831' != '20150830', "
              "from '20150830T123600Z'.");
}

TEST_F(SigV4Verifier, AcceptsAnUnsignedPayloadOnlyWhenAllowed) {
    sv::Request r = dynamodb_request(body_);
    r.payload_hash = std::string(sv::kUnsignedPayload);
    const auto sig = sv::Signer("us-east-1", "dynamodb", {.add_content_sha256_header = true})
                         .sign(r, kCredentials, kTime);
    sv::ReceivedRequest received{r.method, "/", r.headers, body_};
    received.headers.insert(received.headers.end(), sig.headers.begin(), sig.headers.end());
    EXPECT_EQ(verify(received).error, sv::VerifyError::invalid_signature);
    const sv::Verifier lenient(
        [](std::string_view) { return std::optional<std::string>(kCredentials.secret_access_key); },
        {.allow_unsigned_payload = true});
    EXPECT_TRUE(lenient.verify(received, kTime));
}

TEST_F(SigV4Verifier, SharesTheKeyCache) {
    auto cache = std::make_shared<sv::SigningKeyCache>();
    const sv::Verifier cached(
        [](std::string_view) { return std::optional<std::string>(kCredentials.secret_access_key); },
        {}, cache);
    EXPECT_TRUE(cached.verify(signed_request(), kTime));
    EXPECT_TRUE(cached.verify(signed_request(), kTime));
    EXPECT_EQ(cache->size(), 1u);
}

}  // namespace
