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
