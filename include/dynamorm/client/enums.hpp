// DynamoDB's enumerations (ReturnValues, Select, KeyType, ...) and Enum<E>, the value a request
// or response member holds: one of E's values, or the text of a value DynamoDB does not know.
//
// A value off the list must survive decoding, because DynamoDB reports it in its own words at
// validation (`Value 'FOO' at 'returnValues' failed to satisfy constraint: Member must satisfy
// enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]`), and a response from a
// newer DynamoDB may carry a status this version has never heard of.
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "dynamorm/value/error.hpp"

namespace dynamorm::client {

enum class ReturnValues { None, AllOld, UpdatedOld, AllNew, UpdatedNew };
enum class ReturnConsumedCapacity { Indexes, Total, None };
enum class ReturnItemCollectionMetrics { Size, None };
enum class ReturnValuesOnConditionCheckFailure { AllOld, None };
enum class Select { AllAttributes, AllProjectedAttributes, SpecificAttributes, Count };
/// The operator of a legacy Condition or ExpectedAttributeValue.
enum class ComparisonOperator {
    Eq,
    Ne,
    In,
    Le,
    Lt,
    Ge,
    Gt,
    Between,
    NotNull,
    Null,
    Contains,
    NotContains,
    BeginsWith,
};
/// How the legacy conditions of one request combine.
enum class ConditionalOperator { And, Or };
/// The action of a legacy AttributeUpdates entry.
enum class AttributeAction { Add, Put, Delete };
enum class BillingMode { Provisioned, PayPerRequest };
enum class ProjectionType { All, KeysOnly, Include };
enum class KeyType { Hash, Range };
/// The type of a key attribute in AttributeDefinitions: S, N or B.
enum class ScalarAttributeType { S, N, B };
enum class StreamViewType { NewImage, OldImage, NewAndOldImages, KeysOnly };
enum class TableStatus {
    Creating,
    Updating,
    Deleting,
    Active,
    InaccessibleEncryptionCredentials,
    Archiving,
    Archived,
};
enum class IndexStatus { Creating, Updating, Deleting, Active };
enum class TimeToLiveStatus { Enabling, Disabling, Enabled, Disabled };
enum class TableClass { Standard, StandardInfrequentAccess };
enum class SseType { Aes256, Kms };
enum class SseStatus { Enabling, Enabled, Disabling, Disabled, Updating };

/// Per enumeration: `names`, the wire text of each value in declaration order, and `value_set`,
/// the list DynamoDB prints in its "Member must satisfy enum value set" messages (its own order,
/// which is not the documentation's).
template <class E>
struct EnumTraits;

#define DYNAMORM_CLIENT_ENUM_TRAITS(E, VALUE_SET, ...)             \
    template <>                                                    \
    struct EnumTraits<E> {                                         \
        static constexpr std::string_view names[] = {__VA_ARGS__}; \
        static constexpr std::string_view value_set = VALUE_SET;   \
        static constexpr std::string_view type_name = #E;          \
    }

DYNAMORM_CLIENT_ENUM_TRAITS(ReturnValues, "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
                            "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
DYNAMORM_CLIENT_ENUM_TRAITS(ReturnConsumedCapacity, "[INDEXES, TOTAL, NONE]", "INDEXES", "TOTAL",
                            "NONE");
DYNAMORM_CLIENT_ENUM_TRAITS(ReturnItemCollectionMetrics, "[SIZE, NONE]", "SIZE", "NONE");
DYNAMORM_CLIENT_ENUM_TRAITS(ReturnValuesOnConditionCheckFailure, "[ALL_OLD, NONE]", "ALL_OLD",
                            "NONE");
DYNAMORM_CLIENT_ENUM_TRAITS(
    Select, "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
    "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");
DYNAMORM_CLIENT_ENUM_TRAITS(
    ComparisonOperator,
    "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
    "EQ", "NE", "IN", "LE", "LT", "GE", "GT", "BETWEEN", "NOT_NULL", "NULL", "CONTAINS",
    "NOT_CONTAINS", "BEGINS_WITH");
DYNAMORM_CLIENT_ENUM_TRAITS(ConditionalOperator, "[OR, AND]", "AND", "OR");
DYNAMORM_CLIENT_ENUM_TRAITS(AttributeAction, "[ADD, PUT, DELETE]", "ADD", "PUT", "DELETE");
DYNAMORM_CLIENT_ENUM_TRAITS(BillingMode, "[PROVISIONED, PAY_PER_REQUEST]", "PROVISIONED",
                            "PAY_PER_REQUEST");
DYNAMORM_CLIENT_ENUM_TRAITS(ProjectionType, "[ALL, INCLUDE, KEYS_ONLY]", "ALL", "KEYS_ONLY",
                            "INCLUDE");
DYNAMORM_CLIENT_ENUM_TRAITS(KeyType, "[HASH, RANGE]", "HASH", "RANGE");
DYNAMORM_CLIENT_ENUM_TRAITS(ScalarAttributeType, "[B, N, S]", "S", "N", "B");
DYNAMORM_CLIENT_ENUM_TRAITS(StreamViewType, "[NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]",
                            "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");
DYNAMORM_CLIENT_ENUM_TRAITS(TableStatus,
                            "[CREATING, UPDATING, DELETING, ACTIVE, "
                            "INACCESSIBLE_ENCRYPTION_CREDENTIALS, ARCHIVING, ARCHIVED]",
                            "CREATING", "UPDATING", "DELETING", "ACTIVE",
                            "INACCESSIBLE_ENCRYPTION_CREDENTIALS", "ARCHIVING", "ARCHIVED");
DYNAMORM_CLIENT_ENUM_TRAITS(IndexStatus, "[CREATING, UPDATING, DELETING, ACTIVE]", "CREATING",
                            "UPDATING", "DELETING", "ACTIVE");
DYNAMORM_CLIENT_ENUM_TRAITS(TimeToLiveStatus, "[ENABLING, DISABLING, ENABLED, DISABLED]",
                            "ENABLING", "DISABLING", "ENABLED", "DISABLED");
DYNAMORM_CLIENT_ENUM_TRAITS(TableClass, "[STANDARD, STANDARD_INFREQUENT_ACCESS]", "STANDARD",
                            "STANDARD_INFREQUENT_ACCESS");
DYNAMORM_CLIENT_ENUM_TRAITS(SseType, "[AES256, KMS]", "AES256", "KMS");
DYNAMORM_CLIENT_ENUM_TRAITS(SseStatus, "[ENABLING, ENABLED, DISABLING, DISABLED, UPDATING]",
                            "ENABLING", "ENABLED", "DISABLING", "DISABLED", "UPDATING");

#undef DYNAMORM_CLIENT_ENUM_TRAITS

/// The wire text of `value`, e.g. "ALL_OLD".
template <class E>
constexpr std::string_view enum_name(E value) noexcept {
    const auto index = static_cast<std::size_t>(value);
    return index < std::size(EnumTraits<E>::names) ? EnumTraits<E>::names[index]
                                                   : std::string_view();
}

/// The value whose wire text is `text` (case-sensitive, as DynamoDB is); false when none is.
template <class E>
constexpr bool parse_enum(std::string_view text, E& out) noexcept {
    for (std::size_t i = 0; i < std::size(EnumTraits<E>::names); ++i) {
        if (EnumTraits<E>::names[i] == text) {
            out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

/// A member of enumeration type as it travels: a known value of E, or the text of an unknown
/// one. Converts implicitly from E, so `request.return_values = ReturnValues::AllOld` reads as
/// it should, and compares with E (an unknown value equals no E).
template <class E>
class Enum {
  public:
    using enum_type = E;

    /// E's first value.
    constexpr Enum() noexcept : value_{} {}
    constexpr Enum(E value) noexcept : value_(value) {}  // NOLINT(google-explicit-constructor)

    /// The value named `text`; when `text` names none, an unknown value that keeps it.
    static Enum parse(std::string_view text) {
        E value{};
        if (parse_enum(text, value)) return Enum(value);
        Enum unknown(E{});
        unknown.known_ = false;
        unknown.text_ = std::string(text);
        return unknown;
    }

    /// True when the value is one of E's.
    constexpr bool known() const noexcept { return known_; }

    /// The value; throws ValueError when it is unknown.
    E value() const {
        if (!known_) {
            throw ValueError("'" + text_ + "' is not a " + std::string(EnumTraits<E>::type_name) +
                             " value");
        }
        return value_;
    }

    /// The wire text: a known value's name, or the unknown text as received.
    std::string_view name() const noexcept { return known_ ? enum_name(value_) : text_; }

    friend bool operator==(const Enum& a, const Enum& b) noexcept {
        return a.known_ == b.known_ && (a.known_ ? a.value_ == b.value_ : a.text_ == b.text_);
    }
    friend bool operator==(const Enum& a, E b) noexcept { return a.known_ && a.value_ == b; }

  private:
    E value_;
    bool known_ = true;
    std::string text_;  // only for unknown values
};

}  // namespace dynamorm::client
