#include "local/table_settings.hpp"

#include "dynamorm/client/error.hpp"
#include "local/table_factory.hpp"

namespace dynamorm::local {
namespace {

constexpr std::string_view kInvalid = "One or more parameter values were invalid: ";

[[noreturn]] void invalid(std::string_view message) {
    throw ServiceError::validation(std::string(kInvalid) + std::string(message));
}

}  // namespace

void check_sse_specification(const client::SseSpecification& sse) {
    if (sse.sse_type && *sse.sse_type == client::SseType::Aes256) {
        invalid("SSEType AES256 is not supported");
    }
    if (sse.enabled == false) {
        if (sse.sse_type) invalid("SSEType can not be specified if Enabled is false");
        if (sse.kms_master_key_id)
            invalid("KMSMasterKeyId can not be specified if Enabled is false");
    }
    if (sse.kms_master_key_id && !(sse.sse_type && *sse.sse_type == client::SseType::Kms)) {
        invalid("SSEType KMS is required if KMSMasterKeyId is specified");
    }
}

bool wants_kms(const client::SseSpecification& sse) {
    if (sse.enabled) return *sse.enabled;
    return sse.sse_type && *sse.sse_type == client::SseType::Kms;
}

client::SseDescription kms_description(const client::SseSpecification& sse,
                                       const EngineOptions& options) {
    client::SseDescription out;
    out.status = client::SseStatus::Enabled;
    out.sse_type = client::SseType::Kms;
    const std::string key = sse.kms_master_key_id.value_or(random_uuid());
    out.kms_master_key_arn = key.rfind("arn:", 0) == 0 ? key
                                                       : "arn:aws:kms:" + options.region + ":" +
                                                             options.account_id + ":key/" + key;
    return out;
}

void check_stream_specification(const client::StreamSpecification& stream, bool creating) {
    const bool enabled = stream.stream_enabled.value_or(false);
    if (enabled && !stream.stream_view_type) {
        invalid(creating
                    ? "Table is being created with a stream enabled, UpdateViewType is required"
                    : "If stream is being enabled then UpdateViewType is required");
    }
    if (!enabled && stream.stream_view_type) {
        invalid(creating
                    ? "Table is being created with a stream disabled, UpdateViewType should not "
                      "be specified"
                    : "If stream is being disabled, then UpdateViewType must not be specified");
    }
}

void enable_stream(client::TableDescription& description, const client::StreamSpecification& stream,
                   double now) {
    description.stream_specification = stream;
    // Each stream has its own label, even when enabled again within the same millisecond.
    std::string label = stream_label(now);
    for (double later = now; description.latest_stream_label == label;) {
        later += 0.001;
        label = stream_label(later);
    }
    description.latest_stream_label = label;
    description.latest_stream_arn =
        description.table_arn.value_or("") + "/stream/" + *description.latest_stream_label;
}

}  // namespace dynamorm::local
