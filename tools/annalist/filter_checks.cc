// The checks of event filter values that the query commands (events,
// timeline, counts, top) and the server's API share: one rule each, with
// one message, named as the caller names the filter.
#include <algorithm>
#include <set>

#include "annalist/cameo.h"
#include "cli.h"

namespace annalist::cli {

namespace {

// `s` as typed when short, else its start and its length.
std::string Quoted(const std::string& s) {
  if (s.size() <= 20) return "'" + s + "'";
  return "'" + s.substr(0, 12) + "...' (" + std::to_string(s.size()) + " characters)";
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1] ? 1 : 0)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string TrimBlanks(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool IsCodeText(const std::string& s) {
  return !s.empty() && s.size() <= kMaxCodeText && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
  });
}

std::string CloseMatches(const std::string& wanted, const std::vector<std::string>& known,
                         bool prefixes) {
  std::set<std::pair<size_t, std::string>> ranked;
  const size_t max_distance = std::max<size_t>(1, wanted.size() / 2);
  for (const std::string& k : known) {
    for (const std::string& cand : {prefixes ? k.substr(0, wanted.size()) : k, k}) {
      size_t d = EditDistance(wanted, cand);
      if (d <= max_distance) ranked.insert({d, cand});
    }
  }
  std::string out;
  std::set<std::string> seen;
  for (const auto& [d, cand] : ranked) {
    if (!seen.insert(cand).second) continue;
    if (seen.size() > 5) break;
    out += (out.empty() ? "" : ", ") + cand;
  }
  return out;
}

std::string CheckActorText(const std::string& name, const std::string& code) {
  if (IsCodeText(code)) return "";
  return name + " wants an actor code or prefix of letters and digits (e.g. ISR, ISRGOV), not " +
         Quoted(code);
}

std::string CheckPair(const std::string& name, const std::string& pair, std::string* a,
                      std::string* b) {
  const size_t comma = pair.find(',');
  if (comma != std::string::npos && pair.find(',', comma + 1) == std::string::npos) {
    *a = TrimBlanks(pair.substr(0, comma));
    *b = TrimBlanks(pair.substr(comma + 1));
    if (IsCodeText(*a) && IsCodeText(*b)) return "";
  }
  return name + " wants two actor codes A,B (e.g. ISR,SYR or \"ISR, SYR\"), not " + Quoted(pair);
}

std::string CheckCameoPrefix(const std::string& name, const std::string& code) {
  const bool digits =
      code.size() >= 1 && code.size() <= 4 &&
      std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    for (const CameoCode& c : AllCameoCodes()) {
      if (c.code.starts_with(code)) return "";
    }
  }
  return name +
         " wants a CAMEO event code or prefix: 1-4 digits such as 04, 043 or 0311 (roots "
         "01-20), not " +
         Quoted(code);
}

std::string CheckPloverType(const std::string& name, const std::string& type) {
  std::set<std::string> types;
  for (const CameoCode& c : AllCameoCodes()) {
    if (!c.plover.empty()) types.insert(std::string(c.plover));
  }
  if (types.count(Upper(type))) return "";
  std::string all;
  for (const std::string& t : types) all += (all.empty() ? "" : ", ") + t;
  const std::string close = CloseMatches(Upper(type), {types.begin(), types.end()}, false);
  return name + " " + Quoted(type) + ": not a PLOVER type" +
         (close.empty() ? "" : " (close: " + close + ")") + "; the types: " + all;
}

}  // namespace annalist::cli
