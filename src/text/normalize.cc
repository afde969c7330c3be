// NFC + typographic folding with a byte map back to the input.
#include <utf8proc.h>

#include <algorithm>

#include "annalist/text.h"
#include "text/internal.h"

namespace annalist {
namespace text_internal {
namespace {

constexpr utf8proc_option_t kNfcOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE);

// Longest run of code points normalised together (see AppendNormalized).
constexpr size_t kMaxSegment = 64;

const utf8proc_property_t* Prop(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
}

bool IsDropped(const utf8proc_property_t* p) {
  return p->ignorable || p->category == UTF8PROC_CATEGORY_CF;
}

// A code point before which NFC never looks back: a starter that is not a
// mark, not a Hangul vowel or trailing jamo (these compose with the syllable
// before them), and not ignorable (those are dropped before composition).
bool IsSafeStarter(char32_t cp) {
  if (cp < 0x80) return true;
  if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) return false;
  if (cp > 0x10FFFF) return true;
  const utf8proc_property_t* p = Prop(cp);
  if (p->combining_class != 0 || IsDropped(p)) return false;
  switch (p->category) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return false;
    default:
      return true;
  }
}

// True when NFC leaves the single code point cp as it is and it is kept.
bool IsStableAlone(char32_t cp) {
  if (cp > 0x10FFFF) return true;
  const utf8proc_property_t* p = Prop(cp);
  if (IsDropped(p)) return false;
  // A canonical decomposition (decomp_type 0 with a sequence) may change it.
  return p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0;
}

class Emitter {
 public:
  Emitter(const NormOptions& opts, std::string* out, std::vector<uint32_t>* map)
      : opts_(opts), out_(out), map_(map) {}

  void Emit(char32_t cp, uint32_t src) {
    if (cp >= 0x80) {
      if (cp <= 0x10FFFF && IsDropped(Prop(cp))) return;
      cp = FoldTypographic(cp);
      if (opts_.fold_spaces && IsUnicodeSpace(cp)) cp = U' ';
      if (opts_.upper && cp >= 0x80 && cp <= 0x10FFFF) {
        cp = static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
      }
    } else if (opts_.upper && cp >= 'a' && cp <= 'z') {
      cp -= 32;
    }
    size_t before = out_->size();
    AppendUtf8(cp, out_);
    if (map_) map_->insert(map_->end(), out_->size() - before, src);
  }

 private:
  const NormOptions& opts_;
  std::string* out_;
  std::vector<uint32_t>* map_;
};

// First code point of the canonical decomposition of cp (cp itself when it
// has none).
char32_t FirstOfDecomposition(char32_t cp) {
  utf8proc_int32_t tmp[8];
  int last = 0;
  utf8proc_ssize_t n =
      utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), tmp, 8, kNfcOptions, &last);
  return n > 0 && n <= 8 ? static_cast<char32_t>(tmp[0]) : cp;
}

// Normalises one segment [begin, end) of `in` (at least one code point).
void NormalizeSegment(std::string_view in, size_t begin, size_t end, uint32_t base, Emitter* em,
                      bool want_map, std::vector<int32_t>* scratch) {
  std::string_view seg = in.substr(begin, end - begin);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(seg.data());
  auto slen = static_cast<utf8proc_ssize_t>(seg.size());
  if (scratch->size() < seg.size() * 4 + 16) scratch->resize(seg.size() * 4 + 16);
  utf8proc_ssize_t n = utf8proc_decompose(
      bytes, slen, scratch->data(), static_cast<utf8proc_ssize_t>(scratch->size()), kNfcOptions);
  if (n > static_cast<utf8proc_ssize_t>(scratch->size())) {
    scratch->resize(static_cast<size_t>(n) * 2);
    n = utf8proc_decompose(bytes, slen, scratch->data(),
                           static_cast<utf8proc_ssize_t>(scratch->size()), kNfcOptions);
  }
  if (n < 0) {
    // Not valid UTF-8: pass the code points through (U+FFFD for bad bytes).
    for (size_t i = begin; i < end;) {
      Cp c = Decode(in, i);
      em->Emit(c.cp, base + static_cast<uint32_t>(i));
      i += c.len;
    }
    return;
  }
  n = utf8proc_normalize_utf32(scratch->data(), n, kNfcOptions);
  if (n < 0) n = 0;
  size_t out_n = static_cast<size_t>(n);

  if (!want_map) {
    for (size_t k = 0; k < out_n; ++k) em->Emit(static_cast<char32_t>((*scratch)[k]), 0);
    return;
  }

  // Align output code points with input ones: the decomposition of each
  // input code point, tagged with its byte offset, is laid out after the
  // output; each output code point maps to the input code point whose
  // decomposition supplied its first element.
  size_t dpos = out_n;
  for (size_t i = begin; i < end;) {
    Cp c = Decode(in, i);
    utf8proc_int32_t tmp[8];
    int last = 0;
    utf8proc_ssize_t k =
        utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c.cp), tmp, 8, kNfcOptions, &last);
    if (k < 0 || k > 8) k = 0;
    if (scratch->size() < dpos + 2 * static_cast<size_t>(k)) {
      scratch->resize((dpos + 2 * static_cast<size_t>(k)) * 2);
    }
    for (utf8proc_ssize_t j = 0; j < k; ++j) {
      (*scratch)[dpos++] = tmp[j];
      (*scratch)[dpos++] = static_cast<int32_t>(i - begin);
    }
    i += c.len;
  }
  const size_t d_begin = out_n;
  const size_t d_count = (dpos - d_begin) / 2;
  size_t t = 0;
  uint32_t prev = 0;
  for (size_t k = 0; k < out_n; ++k) {
    auto cp = static_cast<char32_t>((*scratch)[k]);
    char32_t first = FirstOfDecomposition(cp);
    uint32_t src = prev;
    bool found = false;
    for (size_t u = t; u < d_count && u < t + 32; ++u) {
      if (static_cast<char32_t>((*scratch)[d_begin + 2 * u]) == first) {
        src = static_cast<uint32_t>((*scratch)[d_begin + 2 * u + 1]);
        t = u + 1;
        found = true;
        break;
      }
    }
    if (!found && t < d_count) src = static_cast<uint32_t>((*scratch)[d_begin + 2 * t + 1]);
    src = std::max(src, prev);
    prev = src;
    em->Emit(cp, base + static_cast<uint32_t>(begin) + src);
  }
}

}  // namespace

void AppendNormalized(std::string_view in, const NormOptions& opts, std::string* out,
                      std::vector<uint32_t>* map, uint32_t base, std::vector<int32_t>* scratch) {
  Emitter em(opts, out, map);
  const size_t n = in.size();
  size_t i = 0;
  while (i < n) {
    auto b = static_cast<unsigned char>(in[i]);
    // ASCII fast path: an ASCII character is its own segment unless a
    // combining character follows it.
    if (b < 0x80 && (i + 1 >= n || static_cast<unsigned char>(in[i + 1]) < 0x80)) {
      char c = static_cast<char>(b);
      if (opts.upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      out->push_back(c);
      if (map) map->push_back(base + static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    // A segment: this code point and everything up to the next safe starter.
    size_t begin = i;
    Cp first = Decode(in, i);
    i += first.len;
    size_t count = 1;
    while (i < n && count < kMaxSegment) {
      Cp c = Decode(in, i);
      if (IsSafeStarter(c.cp)) break;
      i += c.len;
      ++count;
    }
    if (count == 1 && IsStableAlone(first.cp)) {
      em.Emit(first.cp, base + static_cast<uint32_t>(begin));
      continue;
    }
    NormalizeSegment(in, begin, i, base, &em, map != nullptr, scratch);
  }
}

}  // namespace text_internal

std::string NormalizeForMatching(std::string_view text, std::vector<uint32_t>* to_original) {
  std::string out;
  out.reserve(text.size());
  std::vector<int32_t> scratch;
  if (to_original) {
    to_original->clear();
    to_original->reserve(text.size() + 1);
  }
  text_internal::NormOptions opts;
  opts.fold_spaces = true;
  text_internal::AppendNormalized(text, opts, &out, to_original, 0, &scratch);
  if (to_original) to_original->push_back(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace annalist
