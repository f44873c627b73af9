#include "local/tags.hpp"

#include <algorithm>
#include <set>

#include "dynamorm/client/error.hpp"

namespace dynamorm::local {
namespace {

// DynamoDB's pattern for tag keys and values is ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$. Outside ASCII
// every code point is taken as a letter: the engine has no Unicode tables.
bool allowed_tag_text(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) return true;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return std::string_view(" \t\n\r\v\f_.:/=+-@").find(c) != std::string_view::npos;
    });
}

void check_key(const std::string& key) {
    if (!allowed_tag_text(key)) {
        throw ServiceError::validation("The Tag Key provided is invalid, Key: " + key);
    }
    if (key.rfind("aws:", 0) == 0) {
        throw ServiceError::validation("Tag Key cannot be prefixed with aws:, Key: " + key);
    }
}

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// arn:aws:dynamodb:<region>:<account digits>:table/<name of 3 or more characters, no '/'>.
bool is_table_arn(std::string_view arn, std::string& name) {
    constexpr std::string_view prefix = "arn:aws:dynamodb:";
    if (arn.substr(0, prefix.size()) != prefix) return false;
    std::string_view rest = arn.substr(prefix.size());
    const std::size_t table = rest.rfind(":table/");
    if (table == std::string_view::npos) return false;
    const std::string_view region_account = rest.substr(0, table);
    const std::size_t colon = region_account.rfind(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    if (!all_digits(region_account.substr(colon + 1))) return false;
    const std::string_view table_name = rest.substr(table + 7);
    if (table_name.size() < 3 || table_name.find('/') != std::string_view::npos) return false;
    name = std::string(table_name);
    return true;
}

// At least six ':'-separated parts and a '/' after the last ':' (DynamoDB's first, coarse test;
// what fails it is refused before any validation).
bool looks_like_arn(std::string_view arn) {
    const std::size_t colons = static_cast<std::size_t>(std::count(arn.begin(), arn.end(), ':'));
    if (colons < 5) return false;
    const std::size_t last_colon = arn.rfind(':');
    const std::size_t slash = arn.find('/', last_colon);
    return slash != std::string_view::npos && slash + 1 < arn.size();
}

}  // namespace

void check_tags(const std::vector<client::Tag>& tags) {
    std::set<std::string, std::less<>> seen;
    for (const client::Tag& tag : tags) {
        const std::string& key = tag.key.value();
        check_key(key);
        const std::string& value = tag.value.value();
        if (!allowed_tag_text(value)) {
            throw ServiceError::validation("The Tag Value provided is invalid, Value: " + value);
        }
        if (!seen.insert(key).second) {
            throw ServiceError::validation(
                "Duplicate Tag Keys provided as input: Duplicate Tag Key found " + key);
        }
    }
    if (tags.size() > kMaxTags) {
        throw ServiceError::validation(
            "Number of Tags exceed the current limit for the provided ResourceArn");
    }
}

void check_tag_keys(const std::vector<std::string>& keys) {
    for (const std::string& key : keys)
        check_key(key);
}

std::vector<client::Tag> merge_tags(std::vector<client::Tag> tags,
                                    const std::vector<client::Tag>& added) {
    for (const client::Tag& tag : added) {
        auto same = std::find_if(tags.begin(), tags.end(),
                                 [&](const client::Tag& old) { return old.key == tag.key; });
        if (same != tags.end()) {
            same->value = tag.value;
        } else {
            tags.push_back(tag);
        }
    }
    if (tags.size() > kMaxTags) {
        throw ServiceError::validation(
            "Number of Tags exceed the current limit for the provided ResourceArn");
    }
    return tags;
}

std::vector<client::Tag> remove_tags(std::vector<client::Tag> tags,
                                     const std::vector<std::string>& keys) {
    std::erase_if(tags, [&](const client::Tag& tag) {
        return std::find(keys.begin(), keys.end(), tag.key.value_or("")) != keys.end();
    });
    return tags;
}

std::string table_name_of_arn(std::string_view arn, std::string_view operation,
                              const EngineOptions& options) {
    if (!looks_like_arn(arn)) {
        throw ServiceError(
            std::string(errors::kAccessDenied),
            "User: arn:aws:iam::" + options.account_id +
                ":root is not authorized to perform: dynamodb:" + std::string(operation) +
                " on resource: " + (arn.empty() ? std::string("*") : std::string(arn)));
    }
    std::string name;
    if (!is_table_arn(arn, name)) {
        throw ServiceError::validation("Invalid TableArn: Invalid ResourceArn provided as input " +
                                       std::string(arn));
    }
    return name;
}

}  // namespace dynamorm::local
