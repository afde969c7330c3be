// Charset of a web page and its conversion to UTF-8.
//
// All functions are pure and thread-safe (iconv descriptors are per call).
#ifndef ANNALIST_HTML_CHARSET_H_
#define ANNALIST_HTML_CHARSET_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::html {

// Where the charset of a page was found.
enum class CharsetSource : uint8_t {
  kBom,        // a byte-order mark
  kValidUtf8,  // the bytes are well-formed UTF-8 (this wins over a declaration)
  kHttp,       // the HTTP Content-Type header
  kMeta,       // <meta charset> or <meta http-equiv="Content-Type">
  kDefault,    // nothing said: windows-1252, the web's default
};

struct Charset {
  std::string name;  // lower case, as iconv takes it: "utf-8", "windows-1252"
  CharsetSource source = CharsetSource::kDefault;
};

// The charset named by a Content-Type value ("text/html; charset=ISO-8859-1"),
// lower case; "" when none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by a <meta> tag in the first 4 KB of `bytes`; "".
std::string CharsetFromMeta(std::string_view bytes);

// Decides the charset of `bytes`: a BOM first; then well-formed UTF-8 with
// non-ASCII bytes is taken as UTF-8 whatever is declared (a page declaring
// gb2312 or latin-1 that is valid UTF-8 is UTF-8: a real legacy text is
// almost never valid UTF-8); then the HTTP header, then <meta>; else
// windows-1252.
Charset DetectCharset(std::string_view bytes, std::string_view content_type);

// `bytes` converted from `charset` to UTF-8 (a BOM dropped). A charset iconv
// does not know, or bytes that do not convert, fall back to reading the
// bytes as UTF-8 with invalid bytes as windows-1252 characters, so the
// result is always valid UTF-8. *lossy (when non-null) is set when that
// fallback was used.
std::string ToUtf8(std::string_view bytes, std::string_view charset, bool* lossy);

}  // namespace annalist::html

#endif  // ANNALIST_HTML_CHARSET_H_
