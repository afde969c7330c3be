#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli.h"

namespace annalist::cli {

std::string DefaultDbPath() {
  const char* env = std::getenv("ANNALIST_DB");
  return env && *env ? env : "annalist.db";
}

int Fail(const Status& status) {
  std::cerr << "annalist: " << status.ToString() << "\n";
  return kExitError;
}

bool StderrIsTerminal() { return ::isatty(2) == 1; }
bool StdoutIsTerminal() { return ::isatty(1) == 1; }

std::string TerminalSafe(std::string_view text, bool keep_layout) {
  std::string out;
  out.reserve(text.size());
  char buf[8];
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
    } else if (c < 0x80) {
      if (keep_layout && (c == '\n' || c == '\t')) {
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      }
      ++i;
    } else {
      // A well-formed UTF-8 sequence is copied, except the C1 controls
      // (U+0080-U+009F, "\xC2\x80".."\xC2\x9F"), which some terminals obey.
      size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      bool ok = len != 0 && i + len <= text.size();
      for (size_t k = 1; ok && k < len; ++k) {
        ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      }
      if (!ok) {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
        ++i;
      } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(text[i + 1]));
        out += buf;
        i += 2;
      } else {
        out.append(text.data() + i, len);
        i += len;
      }
    }
  }
  return out;
}

std::string WithCommas(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count && count % 3 == 0) out.push_back(',');
    out.push_back(*it);
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

std::string HumanBytes(uint64_t n) {
  char buf[32];
  if (n >= 1000ull * 1000 * 1000) {
    std::snprintf(buf, sizeof buf, "%.1f GB", n / 1e9);
  } else if (n >= 1000ull * 1000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", n / 1e6);
  } else if (n >= 1000) {
    std::snprintf(buf, sizeof buf, "%.0f kB", n / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(n));
  }
  return buf;
}

}  // namespace annalist::cli
