// Small string helpers shared by the record readers (tabari_records.cc,
// petrarch_records.cc) and the validation harness.
#ifndef ANNALIST_INGEST_RECORD_STRINGS_H_
#define ANNALIST_INGEST_RECORD_STRINGS_H_

#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "annalist/status.h"

namespace annalist::ingest {

inline bool IsBlankChar(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlankChar(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlankChar(s.back())) s.remove_suffix(1);
  return s;
}

inline bool IsBlank(std::string_view s) { return Trim(s).empty(); }

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// At most `max` bytes of `s`, for messages.
inline std::string Excerpt(std::string_view s, size_t max = 80) {
  s = Trim(s);
  if (s.size() <= max) return std::string(s);
  return std::string(s.substr(0, max)) + "...";
}

// Appends `piece` to *out with one space between non-empty pieces.
inline void AppendWord(std::string_view piece, std::string* out) {
  if (piece.empty()) return;
  if (!out->empty()) out->push_back(' ');
  out->append(piece);
}

// Opens a records file for reading: kNotFound when it does not exist,
// kIoError when it exists but cannot be read.
inline Result<std::unique_ptr<std::ifstream>> OpenRecordsFile(const std::string& path) {
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    std::ifstream probe(path);
    return Status(probe ? StatusCode::kIoError : StatusCode::kNotFound, "cannot open " + path);
  }
  return in;
}

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_RECORD_STRINGS_H_
