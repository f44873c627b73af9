// The ClientRequestTokens of TransactWriteItems: a request that repeats a successful one with
// the same token within 10 minutes succeeds without writing again; the same token with a
// different request is IdempotentParameterMismatchException; the same request while the first
// is still running is TransactionInProgressException. A failed request leaves its token free.
// Requests are compared by a SHA-256 digest of their JSON encoding, so a token costs the same
// memory whatever the request's size.
#pragma once

#include <array>
#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "dynamorm/client/transaction_requests.hpp"

namespace dynamorm::local {

class TransactionTokens {
  public:
    using Clock = std::chrono::steady_clock;
    using Digest = std::array<unsigned char, 32>;

    /// How long a token stays valid after the request that used it succeeded.
    static constexpr std::chrono::minutes kLifetime{10};

    enum class Claim {
        /// Unknown (or expired): run the request, then finish() or release() the token.
        New,
        /// A request with the same digest succeeded under this token: answer without writing.
        Repeat,
    };

    /// Claims `token` for a request with `digest` at `now`. Throws
    /// IdempotentParameterMismatchException when the token belongs to a different request,
    /// TransactionInProgressException when the same request holds it and has not finished.
    Claim claim(const std::string& token, const Digest& digest, Clock::time_point now);
    /// The request holding `token` succeeded at `now`: repeats are answered until kLifetime
    /// later.
    void finish(const std::string& token, Clock::time_point now);
    /// The request holding `token` failed: the token is free again.
    void release(const std::string& token);

    /// The digest TransactWriteItems requests are compared by.
    static Digest digest(const client::TransactWriteItemsRequest& request);

  private:
    struct Entry {
        Digest digest{};
        bool finished = false;
        Clock::time_point finished_at{};
    };
    void expire(Clock::time_point now);

    std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    /// Finished tokens in the order they finished, to expire them.
    std::deque<std::pair<Clock::time_point, std::string>> expiry_;
};

/// Holds a claimed token for the length of one request: releases it unless finish() is called.
class TokenClaim {
  public:
    TokenClaim() = default;
    TokenClaim(TransactionTokens& tokens, std::string token)
        : tokens_(&tokens), token_(std::move(token)) {}
    TokenClaim(const TokenClaim&) = delete;
    TokenClaim& operator=(const TokenClaim&) = delete;
    ~TokenClaim();

    void finish(TransactionTokens::Clock::time_point now);

  private:
    TransactionTokens* tokens_ = nullptr;
    std::string token_;
};

}  // namespace dynamorm::local
