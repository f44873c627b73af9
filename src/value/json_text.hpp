// Text helpers shared by the JSON writer, the decoders and debug rendering (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dynamorm::detail {

bool is_valid_utf8(std::string_view text) noexcept;

/// Appends `text` as a JSON string literal: quotes, `\"` `\\` `\b` `\f` `\n` `\r` `\t`, and
/// `\u00XX` for the other control characters; everything else verbatim. Throws ValueError when
/// `text` is not valid UTF-8 (JSON text must be).
void append_json_string(std::string& out, std::string_view text);

/// Like append_json_string, but never throws: bytes that are not valid UTF-8 are shown as
/// `\xNN` (so the result is readable, not necessarily JSON).
void append_debug_string(std::string& out, std::string_view text);

/// Appends one member name to a path: `.name` (or `name` at the start) when the name is made of
/// letters, digits and `_-:#`, otherwise `["name"]` with JSON escapes.
void append_path_member(std::string& path, std::string_view name);
/// Appends `[index]`.
void append_path_index(std::string& path, std::size_t index);

}  // namespace dynamorm::detail
