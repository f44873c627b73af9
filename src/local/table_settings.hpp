// The settings CreateTable and UpdateTable share: server-side encryption and streams. Their
// rules (what a specification may combine) and the descriptions DynamoDB answers for them.
#pragma once

#include <optional>
#include <string>

#include "dynamorm/client/types.hpp"
#include "dynamorm/local/engine.hpp"

namespace dynamorm::local {

/// SSEType AES256 refused; SSEType or KMSMasterKeyId with Enabled false refused;
/// KMSMasterKeyId only with SSEType KMS. ValidationException with DynamoDB's messages.
void check_sse_specification(const client::SseSpecification& sse);

/// True when the specification asks for a KMS key: Enabled true, or SSEType KMS without
/// Enabled. An empty specification, or Enabled false, is the default encryption (an AWS owned
/// key, which DynamoDB does not describe).
bool wants_kms(const client::SseSpecification& sse);

/// The description of encryption with a KMS key: the key given (an ARN as is, an id or alias
/// as an ARN of the engine's region and account), or a managed key of the engine's own.
client::SseDescription kms_description(const client::SseSpecification& sse,
                                       const EngineOptions& options);

/// The stream of a new table: StreamViewType exactly when the stream is enabled. `creating`
/// picks CreateTable's messages over UpdateTable's.
void check_stream_specification(const client::StreamSpecification& stream, bool creating);

/// Turns the stream on in `description`: the specification, a new label (the time, as DynamoDB
/// labels streams) and the stream's ARN.
void enable_stream(client::TableDescription& description, const client::StreamSpecification& stream,
                   double now);

}  // namespace dynamorm::local
