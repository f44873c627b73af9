// Rendering syntax trees to expression strings; names and values become placeholders.

#include "dynamorm/expr/render.hpp"

#include <utility>

#include "dynamorm/expr/error.hpp"
#include "expr/writer.hpp"

namespace dynamorm::expr {

namespace {

bool is_placeholder_tail(std::string_view text) noexcept {
    for (const char c : text) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return true;
}

void check_prefix(const std::string& prefix, char lead, const char* what) {
    if (prefix.empty() || prefix.front() != lead ||
        !is_placeholder_tail(std::string_view(prefix).substr(1))) {
        throw ExpressionError(std::string("Invalid ") + what + " placeholder prefix \"" + prefix +
                              "\": it must be '" + lead +
                              "' followed by ASCII letters, digits or underscores");
    }
}

// Names and values through the request's placeholders; refuses what DynamoDB's syntax cannot
// express.
struct PlaceholderSink {
    Placeholders& placeholders;

    void path(std::string& out, const Path& path) const {
        if (path.empty()) throw ExpressionError("Invalid document path: the path is empty");
        if (path.elements().front().is_index) {
            throw ExpressionError("Invalid document path \"" + path.to_string() +
                                  "\": a path must start with an attribute name");
        }
        bool first = true;
        for (const PathElement& element : path.elements()) {
            if (element.is_index) {
                out += '[';
                out += std::to_string(element.index);
                out += ']';
            } else {
                if (!first) out += '.';
                out += placeholders.name(element.name);
            }
            first = false;
        }
    }
    void value(std::string& out, const AttributeValue& value) const {
        out += placeholders.value(value);
    }
    void check_in(const Condition::In& in) const {
        if (in.candidates.empty()) {
            throw ExpressionError(
                "Invalid expression: IN needs at least one candidate; "
                "left operand: " +
                explain(in.value));
        }
    }
};

}  // namespace

// Forgets the placeholders a failed render assigned, so that a request never carries names or
// values its expressions do not use (DynamoDB refuses those).
struct detail::PlaceholdersRollback {
    explicit PlaceholdersRollback(Placeholders& placeholders)
        : placeholders(placeholders),
          names(placeholders.names_.size()),
          values(placeholders.values_.size()) {}
    PlaceholdersRollback(const PlaceholdersRollback&) = delete;
    PlaceholdersRollback& operator=(const PlaceholdersRollback&) = delete;
    ~PlaceholdersRollback() {
        if (committed) return;
        for (std::size_t i = names; i < placeholders.names_.size(); ++i) {
            placeholders.name_index_.erase(placeholders.names_[i].second);
        }
        placeholders.names_.resize(names);
        placeholders.values_.resize(values);
    }

    Placeholders& placeholders;
    std::size_t names;
    std::size_t values;
    bool committed = false;
};

namespace {

template <class Tree, class Member>
std::string render_with(const Tree& tree, Placeholders& placeholders, Member member) {
    detail::PlaceholdersRollback rollback(placeholders);
    std::string out;
    PlaceholderSink sink{placeholders};
    detail::Writer<PlaceholderSink> writer(out, sink);
    (writer.*member)(tree);
    rollback.committed = true;
    return out;
}

}  // namespace

Placeholders::Placeholders(std::string name_prefix, std::string value_prefix)
    : name_prefix_(std::move(name_prefix)), value_prefix_(std::move(value_prefix)) {
    check_prefix(name_prefix_, '#', "name");
    check_prefix(value_prefix_, ':', "value");
}

std::string Placeholders::name(std::string_view attribute) {
    if (const auto found = name_index_.find(attribute); found != name_index_.end()) {
        return names_[found->second].first;
    }
    std::string placeholder = name_prefix_ + std::to_string(names_.size());
    if (attribute.empty()) {
        throw ExpressionError(
            "ExpressionAttributeNames contains invalid value: Empty attribute name for key " +
            placeholder);
    }
    name_index_.emplace(std::string(attribute), names_.size());
    names_.emplace_back(placeholder, std::string(attribute));
    return placeholder;
}

std::string Placeholders::value(AttributeValue value) {
    std::string placeholder = value_prefix_ + std::to_string(values_.size());
    values_.emplace_back(placeholder, std::move(value));
    return placeholder;
}

std::map<std::string, std::string, std::less<>> Placeholders::name_map() const {
    return {names_.begin(), names_.end()};
}

Map Placeholders::value_map() const {
    return {values_.begin(), values_.end()};
}

std::string render(const Condition& condition, Placeholders& placeholders) {
    return render_with(condition, placeholders, &detail::Writer<PlaceholderSink>::condition);
}

std::string render(const Update& update, Placeholders& placeholders) {
    if (update.empty()) {
        throw ExpressionError("Invalid UpdateExpression: The expression can not be empty;");
    }
    return render_with(update, placeholders, &detail::Writer<PlaceholderSink>::update);
}

std::string render(const Projection& projection, Placeholders& placeholders) {
    if (projection.paths.empty()) {
        throw ExpressionError("Invalid ProjectionExpression: The expression can not be empty;");
    }
    return render_with(projection, placeholders, &detail::Writer<PlaceholderSink>::projection);
}

std::string render(const Path& path, Placeholders& placeholders) {
    return render_with(path, placeholders, &detail::Writer<PlaceholderSink>::path);
}

std::string render(const Operand& operand, Placeholders& placeholders) {
    return render_with(operand, placeholders, &detail::Writer<PlaceholderSink>::operand);
}

}  // namespace dynamorm::expr
