#include "local/store_key.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>
#include <string_view>

#include "local/key_condition.hpp"

namespace dynamorm::local {
namespace {

// Digits and exponent of a number: value = 0.d1d2d3... x 10^exponent, digits without leading or
// trailing zeros (empty for zero).
struct Decimal {
    bool negative = false;
    std::string digits;
    int exponent = 0;
};

Decimal decimal_of(const Number& number) {
    const std::string text = number.to_string();
    Decimal out;
    std::string_view rest = text;
    if (!rest.empty() && rest.front() == '-') {
        out.negative = true;
        rest.remove_prefix(1);
    }
    const std::size_t point = rest.find('.');
    const std::string_view whole = rest.substr(0, point);
    std::string all(whole);
    if (point != std::string_view::npos) all += rest.substr(point + 1);
    std::size_t first = all.find_first_not_of('0');
    if (first == std::string::npos) return Decimal{};
    const std::size_t last = all.find_last_not_of('0');
    out.digits = all.substr(first, last - first + 1);
    out.exponent = static_cast<int>(whole.size()) - static_cast<int>(first);
    return out;
}

int floor_half(int value) {
    return value >= 0 ? value / 2 : -((-value + 1) / 2);
}

// DynamoDB's binary encoding of a number, the bytes its partition hash covers.
std::string number_bytes(const Number& number) {
    if (number.is_zero()) return std::string(1, '\x80');
    const Decimal d = decimal_of(number);
    const int pad = (d.exponent % 2 != 0) ? 1 : 0;  // a leading zero digit makes pairs align
    const std::string digits = (pad != 0 ? "0" : "") + d.digits;
    const std::size_t pairs = (digits.size() + 1) / 2;
    std::string out;
    out.reserve(pairs + 2);
    int head = floor_half(d.exponent + pad) - 64;
    if (d.negative) head = ~head;
    out.push_back(static_cast<char>(head & 0xff));
    for (std::size_t i = 0; i < pairs; ++i) {
        int byte = (digits[2 * i] - '0') * 10;
        if (2 * i + 1 < digits.size()) byte += digits[2 * i + 1] - '0';
        byte = d.negative ? 101 - byte : byte + 1;
        out.push_back(static_cast<char>(byte & 0xff));
    }
    if (d.negative && pairs < 20) out.push_back(static_cast<char>(102));
    return out;
}

const EVP_MD* md5() {
    static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "MD5", nullptr);
    if (algorithm == nullptr) throw std::runtime_error("OpenSSL has no MD5 digest");
    return algorithm;
}

// One digest context per thread, reused: creating one per hash costs more than the hash.
class Md5Context {
  public:
    Md5Context() : context_(EVP_MD_CTX_new()) {
        if (context_ == nullptr) throw std::bad_alloc();
    }
    ~Md5Context() { EVP_MD_CTX_free(context_); }
    Md5Context(const Md5Context&) = delete;
    Md5Context& operator=(const Md5Context&) = delete;
    EVP_MD_CTX* get() const noexcept { return context_; }

  private:
    EVP_MD_CTX* context_;
};

std::uint32_t salted_hash(std::string_view first, std::string_view second) {
    thread_local const Md5Context context;
    static constexpr std::string_view kSalt = "Outliers";
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    const bool ok = EVP_DigestInit_ex(context.get(), md5(), nullptr) == 1 &&
                    EVP_DigestUpdate(context.get(), kSalt.data(), kSalt.size()) == 1 &&
                    EVP_DigestUpdate(context.get(), first.data(), first.size()) == 1 &&
                    EVP_DigestUpdate(context.get(), second.data(), second.size()) == 1 &&
                    EVP_DigestFinal_ex(context.get(), digest.data(), &length) == 1;
    if (!ok) throw std::runtime_error("MD5 digest failed");
    return (std::uint32_t{digest[0]} << 16) | (std::uint32_t{digest[1]} << 8) | digest[2];
}

std::strong_ordering compare_values(const AttributeValue& a, const AttributeValue& b) {
    if (a.is_null() || b.is_null()) return !a.is_null() <=> !b.is_null();
    return compare_keys(a, b);
}

std::strong_ordering compare_index_tail(const StoreKey& a, const StoreKey& b) {
    if (auto c = a.table_partition <=> b.table_partition; c != 0) return c;
    if (auto c = compare_values(a.table_hash, b.table_hash); c != 0) return c;
    return compare_values(a.table_range, b.table_range);
}

std::strong_ordering compare_partition(std::uint32_t pa, const AttributeValue& ha, std::uint32_t pb,
                                       const AttributeValue& hb) {
    if (auto c = pa <=> pb; c != 0) return c;
    return compare_values(ha, hb);
}

}  // namespace

std::string key_bytes(const AttributeValue& value) {
    switch (value.type()) {
        case Type::S:
            return value.as_s();
        case Type::B:
            return value.as_b().bytes;
        case Type::N:
            return number_bytes(value.as_n());
        default:
            return {};
    }
}

std::uint32_t partition_hash(const AttributeValue& hash_key) {
    if (hash_key.is_s()) return salted_hash(hash_key.as_s(), {});
    if (hash_key.is_b()) return salted_hash(hash_key.as_b().bytes, {});
    return salted_hash(key_bytes(hash_key), {});
}

std::uint32_t table_key_hash(const AttributeValue& hash_key, const AttributeValue* range_key) {
    return salted_hash(key_bytes(hash_key), range_key != nullptr ? key_bytes(*range_key) : "");
}

SegmentBounds segment_bounds(std::int32_t segment, std::int32_t total) {
    if (total <= 1) return {0, 0xFFFFFF};
    const auto ceil_div = [](std::int64_t a, std::int64_t b) { return (a + b - 1) / b; };
    const std::int64_t start = segment == 0 ? 0 : ceil_div(4096LL * segment, total);
    const std::int64_t end = ceil_div(4096LL * (segment + 1), total) - 1;
    return {static_cast<std::uint32_t>(start << 12),
            static_cast<std::uint32_t>((end << 12) | 0xFFF)};
}

bool StoreKeyLess::operator()(const StoreKey& a, const StoreKey& b) const {
    if (auto c = compare_partition(a.partition, a.hash, b.partition, b.hash); c != 0) return c < 0;
    if (auto c = compare_values(a.range, b.range); c != 0) return c < 0;
    return compare_index_tail(a, b) < 0;
}

bool StoreKeyLess::operator()(const StoreKey& a, const PartitionRef& b) const {
    return compare_partition(a.partition, a.hash, b.partition, *b.hash) < 0;
}

bool StoreKeyLess::operator()(const PartitionRef& a, const StoreKey& b) const {
    return compare_partition(a.partition, *a.hash, b.partition, b.hash) < 0;
}

bool StoreKeyLess::operator()(const StoreKey& a, const KeyRef& b) const {
    if (auto c = compare_partition(a.partition, a.hash, b.partition, *b.hash); c != 0) return c < 0;
    static const AttributeValue null;
    return compare_values(a.range, b.range != nullptr ? *b.range : null) < 0;
}

bool StoreKeyLess::operator()(const KeyRef& a, const StoreKey& b) const {
    if (auto c = compare_partition(a.partition, *a.hash, b.partition, b.hash); c != 0) return c < 0;
    static const AttributeValue null;
    return compare_values(a.range != nullptr ? *a.range : null, b.range) < 0;
}

}  // namespace dynamorm::local
