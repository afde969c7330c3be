#include "html/charset.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <string>

#include "annalist/text.h"

namespace annalist::html {

namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The value after "charset=" at `at` in lower-case `s`.
std::string CharsetValueAt(const std::string& s, size_t at) {
  size_t i = at + 8;  // "charset="
  while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' ||
                          s[j] == '_' || s[j] == ':' || s[j] == '.')) {
    ++j;
  }
  return s.substr(i, j - i);
}

// The WHATWG labels that name another encoding than iconv's reading of them.
std::string Canonical(std::string name) {
  if (name == "utf8" || name == "unicode-1-1-utf-8") return "utf-8";
  if (name == "latin1" || name == "iso-8859-1" || name == "iso8859-1" || name == "ascii" ||
      name == "us-ascii" || name == "cp1252" || name == "l1") {
    return "windows-1252";  // the web reads these as windows-1252
  }
  if (name == "gb2312" || name == "gbk" || name == "x-gbk") return "gb18030";
  if (name == "shift-jis" || name == "sjis" || name == "x-sjis") return "shift_jis";
  if (name == "ks_c_5601-1987" || name == "euc-kr") return "cp949";
  return name;
}

// Windows-1252's 0x80-0x9F; 0 where undefined (read as the C1 control).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendCp1252(unsigned char b, std::string* out) {
  char32_t cp = b;
  if (b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80] != 0) cp = kCp1252High[b - 0x80];
  AppendUtf8(cp, out);
}

// UTF-8 where well-formed, windows-1252 for every other byte.
std::string Utf8OrCp1252(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    std::string_view rest = in.substr(i, 4);
    size_t n = 0;
    // Well-formed sequence length, by the text stage's validator.
    for (size_t k = 2; k <= rest.size() && n == 0; ++k) {
      if (IsValidUtf8(rest.substr(0, k))) n = k;
    }
    if (n > 0) {
      out.append(in.substr(i, n));
      i += n;
    } else {
      AppendCp1252(b, &out);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = LowerCopy(content_type);
  size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  return CharsetValueAt(lower, at);
}

std::string CharsetFromMeta(std::string_view bytes) {
  std::string lower = LowerCopy(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) break;
    std::string tag = lower.substr(pos, end - pos);
    size_t at = tag.find("charset=");
    if (at != std::string::npos) {
      std::string v = CharsetValueAt(tag, at);
      if (!v.empty()) return v;
    }
    pos = end;
  }
  return "";
}

Charset DetectCharset(std::string_view bytes, std::string_view content_type) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return {"utf-8", CharsetSource::kBom};
  if (StartsWith(bytes, "\xFF\xFE")) return {"utf-16le", CharsetSource::kBom};
  if (StartsWith(bytes, "\xFE\xFF")) return {"utf-16be", CharsetSource::kBom};
  bool ascii = true;
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii && IsValidUtf8(bytes)) return {"utf-8", CharsetSource::kValidUtf8};
  std::string declared = CharsetFromContentType(content_type);
  if (!declared.empty()) return {Canonical(declared), CharsetSource::kHttp};
  declared = CharsetFromMeta(bytes);
  if (!declared.empty()) return {Canonical(declared), CharsetSource::kMeta};
  if (ascii) return {"utf-8", CharsetSource::kDefault};
  return {"windows-1252", CharsetSource::kDefault};
}

std::string ToUtf8(std::string_view bytes, std::string_view charset, bool* lossy) {
  if (lossy) *lossy = false;
  std::string name = Canonical(LowerCopy(charset));
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if ((name == "utf-16le" && StartsWith(bytes, "\xFF\xFE")) ||
      (name == "utf-16be" && StartsWith(bytes, "\xFE\xFF"))) {
    bytes.remove_prefix(2);
  }
  if (name == "utf-8" || name.empty()) {
    if (IsValidUtf8(bytes)) return std::string(bytes);
    if (lossy) *lossy = true;
    return Utf8OrCp1252(bytes);
  }
  if (name == "windows-1252") {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) AppendCp1252(static_cast<unsigned char>(c), &out);
    return out;
  }
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    if (lossy) *lossy = true;
    return Utf8OrCp1252(bytes);
  }
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t done = 0;
  bool failed = false;
  while (in_left > 0) {
    char* o = out.data() + done;
    size_t o_left = out.size() - done;
    size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    done = out.size() - o_left;
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else {
      failed = true;  // EILSEQ or EINVAL: a byte that is not in this charset
      break;
    }
  }
  iconv_close(cd);
  if (failed) {
    if (lossy) *lossy = true;
    return Utf8OrCp1252(bytes);
  }
  out.resize(done);
  if (!IsValidUtf8(out)) return RepairUtf8(out, nullptr);
  return out;
}

}  // namespace annalist::html
