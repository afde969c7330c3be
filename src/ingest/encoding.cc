#include "ingest/encoding.h"

#include "annalist/text.h"

namespace annalist::ingest {

size_t Utf8SequenceLength(std::string_view in) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  size_t n = in.size();
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // no overlongs
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;  // no overlongs
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (n < len) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (size_t i = 2; i < len; ++i) {
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  }
  return len;
}

namespace {

// Copies `in`, passing each invalid byte to `fix`.
template <typename Fix>
std::string Rewrite(std::string_view in, uint64_t* count, Fix fix) {
  std::string out;
  out.reserve(in.size());
  uint64_t bad = 0;
  size_t i = 0;
  while (i < in.size()) {
    // Fast path over ASCII.
    size_t j = i;
    while (j < in.size() && static_cast<unsigned char>(in[j]) < 0x80) ++j;
    out.append(in.data() + i, j - i);
    i = j;
    if (i >= in.size()) break;
    size_t len = Utf8SequenceLength(in.substr(i));
    if (len == 0) {
      fix(static_cast<unsigned char>(in[i]), &out);
      ++bad;
      ++i;
    } else {
      out.append(in.data() + i, len);
      i += len;
    }
  }
  if (count != nullptr) *count += bad;
  return out;
}

}  // namespace

std::string RepairUtf8Bytes(std::string_view in, uint64_t* repaired) {
  return RepairUtf8(in, repaired);  // the text stage's, with its ASCII fast path
}

std::string DecodeUtf8OrLatin1(std::string_view in, uint64_t* decoded) {
  return Rewrite(in, decoded, [](unsigned char c, std::string* out) { AppendUtf8(c, out); });
}

bool LooksBinary(std::string_view head) {
  if (head.empty()) return false;
  size_t odd = 0;
  size_t i = 0;
  while (i < head.size()) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
           c != 0x1B) ||
          c == 0x7F) {
        ++odd;
      }
      ++i;
      continue;
    }
    size_t len = Utf8SequenceLength(head.substr(i));
    if (len == 0) {
      // A sequence cut by the end of the sniffed window is not evidence.
      if (head.size() - i < 4 && c >= 0xC2 && c <= 0xF4) break;
      ++odd;
      len = 1;
    }
    i += len;
  }
  return odd * 10 > head.size() * 3;
}

}  // namespace annalist::ingest
