#include <mutex>

#include "client/http/crypto.hpp"
#include "dynamorm/client/sigv4.hpp"

namespace dynamorm::sigv4 {
namespace {

// Secrets never enter the cache: entries are found by a digest of the secret, and the other
// inputs, separated by a byte none of them contains.
std::string cache_key(std::string_view secret, std::string_view date, std::string_view region,
                      std::string_view service) {
    std::string key = detail::sha256_hex(secret);
    for (const std::string_view part : {date, region, service}) {
        key += '\0';
        key += part;
    }
    return key;
}

}  // namespace

SigningKeyCache::SigningKeyCache(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

SigningKeyCache::~SigningKeyCache() {
    clear();
}

SigningKey SigningKeyCache::get(std::string_view secret_access_key, std::string_view date,
                                std::string_view region, std::string_view service) {
    const std::string key = cache_key(secret_access_key, date, region, service);
    {
        const std::shared_lock lock(mutex_);
        if (const auto it = entries_.find(key); it != entries_.end()) return it->second.key;
    }
    const SigningKey derived = derive_signing_key(secret_access_key, date, region, service);
    const std::unique_lock lock(mutex_);
    if (entries_.size() >= capacity_ && !entries_.contains(key)) {
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (it->second.date == date) {
                ++it;
                continue;
            }
            detail::cleanse(it->second.key);
            it = entries_.erase(it);
        }
        if (entries_.size() >= capacity_) {
            for (auto& entry : entries_)
                detail::cleanse(entry.second.key);
            entries_.clear();
        }
    }
    entries_.try_emplace(key, Entry{std::string(date), derived});
    return derived;
}

std::size_t SigningKeyCache::size() const {
    const std::shared_lock lock(mutex_);
    return entries_.size();
}

void SigningKeyCache::clear() {
    const std::unique_lock lock(mutex_);
    for (auto& entry : entries_)
        detail::cleanse(entry.second.key);
    entries_.clear();
}

}  // namespace dynamorm::sigv4
