#include "local/transaction_tokens.hpp"

#include "client/http/crypto.hpp"
#include "dynamorm/client/error.hpp"
#include "dynamorm/client/wire.hpp"

namespace dynamorm::local {

void TransactionTokens::expire(Clock::time_point now) {
    while (!expiry_.empty() && expiry_.front().first + kLifetime <= now) {
        const auto found = entries_.find(expiry_.front().second);
        // A token claimed again after expiring has a newer entry: keep that one.
        if (found != entries_.end() && found->second.finished &&
            found->second.finished_at == expiry_.front().first) {
            entries_.erase(found);
        }
        expiry_.pop_front();
    }
}

TransactionTokens::Claim TransactionTokens::claim(const std::string& token, const Digest& digest,
                                                  Clock::time_point now) {
    std::lock_guard lock(mutex_);
    expire(now);
    const auto [entry, inserted] = entries_.try_emplace(token, Entry{digest, false, {}});
    if (inserted) return Claim::New;
    if (entry->second.digest != digest) {
        throw ServiceError(std::string(errors::kIdempotentParameterMismatch),
                           "The request uses the same client token as a previous, but "
                           "non-identical request.");
    }
    if (!entry->second.finished) {
        throw ServiceError(std::string(errors::kTransactionInProgress),
                           "The transaction with the given request token is already in progress.");
    }
    return Claim::Repeat;
}

void TransactionTokens::finish(const std::string& token, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(token);
    if (found == entries_.end()) return;
    found->second.finished = true;
    found->second.finished_at = now;
    expiry_.emplace_back(now, token);
}

void TransactionTokens::release(const std::string& token) {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(token);
    if (found != entries_.end() && !found->second.finished) entries_.erase(found);
}

TransactionTokens::Digest TransactionTokens::digest(
    const client::TransactWriteItemsRequest& request) {
    std::string json;
    client::to_json(request, json);
    return sigv4::detail::sha256(json);
}

TokenClaim::~TokenClaim() {
    if (tokens_ != nullptr) tokens_->release(token_);
}

void TokenClaim::finish(TransactionTokens::Clock::time_point now) {
    if (tokens_ == nullptr) return;
    tokens_->finish(token_, now);
    tokens_ = nullptr;
}

}  // namespace dynamorm::local
