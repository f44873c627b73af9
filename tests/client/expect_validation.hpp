// Assertions on validate(): the ValidationException and its exact message.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "dynamorm/client/validate.hpp"

namespace testing_validation {

template <class Request>
void expect_invalid(const Request& request, const std::string& message) {
    try {
        dynamorm::client::validate(request);
        ADD_FAILURE() << "valid, expected: " << message;
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_EQ(error.code(), "ValidationException");
        EXPECT_EQ(error.http_status(), 400);
        EXPECT_FALSE(error.retryable());
        EXPECT_EQ(error.message(), message);
    }
    // The same through the variant of any request.
    try {
        dynamorm::client::validate(dynamorm::client::AnyRequest(request));
        ADD_FAILURE() << "valid as AnyRequest, expected: " << message;
    } catch (const dynamorm::ServiceError& error) {
        EXPECT_EQ(error.message(), message);
    }
}

template <class Request>
void expect_valid(const Request& request) {
    try {
        dynamorm::client::validate(request);
    } catch (const dynamorm::ServiceError& error) {
        ADD_FAILURE() << error.what();
    }
}

/// `Value <value> at '<path>' failed to satisfy constraint: <constraint>`.
inline std::string violation(const std::string& value, const std::string& path,
                             const std::string& constraint) {
    return "Value " + value + " at '" + path + "' failed to satisfy constraint: " + constraint;
}

inline std::string one(const std::string& violation) {
    return "1 validation error detected: " + violation;
}

inline const std::string kNotNull = "Member must not be null";
inline const std::string kPattern =
    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";
inline std::string at_least(int n) {
    return "Member must have length greater than or equal to " + std::to_string(n);
}
inline std::string at_most(int n) {
    return "Member must have length less than or equal to " + std::to_string(n);
}
inline std::string min_value(long long n) {
    return "Member must have value greater than or equal to " + std::to_string(n);
}
inline std::string max_value(long long n) {
    return "Member must have value less than or equal to " + std::to_string(n);
}
inline std::string enum_set(const std::string& values) {
    return "Member must satisfy enum value set: " + values;
}

}  // namespace testing_validation
