#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <utility>

#include "annalist/datetime.h"
#include "cli.h"

namespace annalist::cli {

std::string DefaultDbPath() {
  const char* env = std::getenv("ANNALIST_DB");
  return env && *env ? env : "annalist.db";
}

int Fail(const Status& status) {
  Warn(status.ToString());
  return kExitError;
}

namespace {

// `s` as typed when short, else its start and its length.
std::string Shown(const std::string& s) {
  if (s.size() <= 20) return "'" + s + "'";
  return "'" + s.substr(0, 12) + "...' (" + std::to_string(s.size()) + " characters)";
}

}  // namespace

CLI::Validator WholeNumber(int64_t min, int64_t max) {
  auto check = [min, max](std::string& s) -> std::string {
    const bool negative = !s.empty() && s[0] == '-';
    const std::string digits = negative ? s.substr(1) : s;
    const bool all_digits =
        !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
    const std::string range =
        "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (!all_digits) return "wants " + range + ", not " + Shown(s);
    const size_t first = digits.find_first_not_of('0');
    const std::string significant = first == std::string::npos ? "0" : digits.substr(first);
    // More than 18 digits is past any bound here (and past int64_t).
    if (negative && significant != "0")
      return "must be at least " + std::to_string(min) + ", not " + Shown(s);
    if (significant.size() > 18) {
      return "must be at most " + std::to_string(max) + ", not " + Shown(s);
    }
    const int64_t n = std::stoll(significant);
    if (n < min) return "must be at least " + std::to_string(min) + ", not " + Shown(s);
    if (n > max) return "must be at most " + std::to_string(max) + ", not " + Shown(s);
    s = significant;  // CLI11 would read a leading 0 as octal
    return "";
  };
  return CLI::Validator(check, "");
}

std::string CheckDateBound(const std::string& flag, const std::string& text) {
  DateTime dt;
  IsoWeek week;
  if (ParseIso8601(text, &dt) || ParseIsoWeek(text, &week)) return "";
  return flag + ": " + Shown(text) +
         " is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)";
}

CLI::Option* AddThreadsOption(CLI::App* cmd, int* threads) {
  return cmd->add_option("--threads", *threads, "Worker threads, 0 to 1024 (default 0: all cores)")
      ->type_name("N")
      ->transform(WholeNumber(0, kMaxThreads));
}

int CheckSinceUntil(const std::string& since, const std::string& until) {
  for (const auto& [flag, value] : {std::pair{"--since", &since}, {"--until", &until}}) {
    if (value->empty()) continue;
    if (std::string bad = CheckDateBound(flag, *value); !bad.empty()) {
      Warn(bad);
      return kExitUsage;
    }
  }
  return kExitOk;
}

namespace {

// The code point of a bidirectional formatting character (U+202A-U+202E,
// U+2066-U+2069) that `seq`, one UTF-8 sequence, encodes; else 0.
int BidiControl(std::string_view seq) {
  if (seq.size() != 3 || static_cast<unsigned char>(seq[0]) != 0xE2) return 0;
  const unsigned char b1 = static_cast<unsigned char>(seq[1]);
  const unsigned char b2 = static_cast<unsigned char>(seq[2]);
  const int cp = 0x2000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ? cp : 0;
}

}  // namespace

void Warn(std::string_view message) { std::cerr << "annalist: " << TerminalSafe(message) << "\n"; }

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
      size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                   : c >= 0xE0 && c <= 0xEF ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4
                                            : 0;
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
      } else if (const int bidi = BidiControl(text.substr(i, len)); bidi != 0) {
        // The bidirectional embeddings, overrides and isolates reorder
        // what follows them on the line ("Trojan Source").
        std::snprintf(buf, sizeof buf, "\\u%04x", bidi);
        out += buf;
        i += len;
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
