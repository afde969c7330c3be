// Reading TABARI .options commands into CoderOptions.
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/coder.h"

namespace annalist {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Value of "NAME[n]" in `s` (0 when absent).
int Bracketed(const std::string& s, std::string_view name) {
  size_t p = s.find(name);
  if (p == std::string::npos) return 0;
  p = s.find('[', p);
  if (p == std::string::npos) return 0;
  return std::atoi(s.c_str() + p + 1);
}

// Value of "NAME = n" in `s`, where NAME is a whole word; -1 when absent.
int Assigned(const std::string& s, std::string_view name) {
  size_t p = 0;
  while ((p = s.find(name, p)) != std::string::npos) {
    bool start_ok = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
    size_t q = p + name.size();
    while (q < s.size() && s[q] == ' ') ++q;
    if (start_ok && q < s.size() && s[q] == '=') {
      return std::atoi(s.c_str() + q + 1);
    }
    p += name.size();
  }
  return -1;
}

bool Has(const std::string& s, std::string_view word) { return s.find(word) != std::string::npos; }

// The code inside the first [...] after `key`; "" when none.
std::string CodeAfter(const std::string& s, std::string_view key) {
  size_t p = s.find(key);
  if (p == std::string::npos) return "";
  size_t open = s.find('[', p);
  size_t close = open == std::string::npos ? open : s.find(']', open);
  if (close == std::string::npos) return "";
  return std::string(Trim(std::string_view(s).substr(open + 1, close - open - 1)));
}

Status ApplyComplex(const std::string& s, CoderOptions* o) {
  o->complex_verbs = Bracketed(s, "VERBS");
  o->complex_actors = Bracketed(s, "ACTORS");
  o->complex_pronouns = Bracketed(s, "PRONOUNS");
  o->complex_conj = Bracketed(s, "CONJ");
  o->complex_comma = Bracketed(s, "COMMA");
  o->complex_late_verb = Bracketed(s, "LATEVERB");
  o->complex_no_actor_prior = Has(s, "NOACTPRIOR");
  o->complex_no_actor_after = Has(s, "NOACTAFTER");
  o->complex_no_verb = Has(s, "NOVERB");
  o->complex_no_source = Has(s, "NOSOURCE");
  o->complex_no_target = Has(s, "NOTARGET");
  o->complex_no_event = Has(s, "NOEVENT");
  return Status::Ok();
}

Status ApplyComma(const std::string& s, CoderOptions* o) {
  if (Has(s, "OFF")) {
    o->comma_active = false;
    return Status::Ok();
  }
  o->comma_active = true;
  auto set = [&](std::string_view name, int* field) {
    int v = Assigned(s, name);
    if (v >= 0) *field = v;
  };
  set("MIN", &o->comma_min);
  set("MAX", &o->comma_max);
  set("EMIN", &o->comma_emin);
  set("EMAX", &o->comma_emax);
  set("BMIN", &o->comma_bmin);
  set("BMAX", &o->comma_bmax);
  return Status::Ok();
}

Status ApplyDefault(const std::string& s, CoderOptions* o) {
  if (Has(s, "OFF") && !Has(s, "SOURCE") && !Has(s, "TARGET")) {
    o->default_source.clear();
    o->default_target.clear();
    o->default_source_prior = o->default_target_after = false;
    return Status::Ok();
  }
  size_t src = s.find("SOURCE"), tgt = s.find("TARGET");
  if (src == std::string::npos && tgt == std::string::npos) {
    return Status::InvalidArgument("DEFAULT: needs SOURCE or TARGET: " + s);
  }
  if (src != std::string::npos) {
    std::string part =
        s.substr(src, tgt == std::string::npos || tgt < src ? std::string::npos : tgt - src);
    o->default_source = CodeAfter(part, "SOURCE");
    o->default_source_prior = Has(part, "PRIOR");
  }
  if (tgt != std::string::npos) {
    std::string part =
        s.substr(tgt, src == std::string::npos || src < tgt ? std::string::npos : src - tgt);
    o->default_target = CodeAfter(part, "TARGET");
    o->default_target_after = Has(part, "AFTER");
  }
  return Status::Ok();
}

Status ApplySet(const std::string& s, CoderOptions* o) {
  if (Has(s, "CODE BY CLAUSE")) {
    o->code_by = CoderOptions::CodeBy::kClause;
  } else if (Has(s, "CODE BY SENTENCE")) {
    o->code_by = CoderOptions::CodeBy::kSentence;
  } else if (Has(s, "CODE ALL")) {
    o->code_by = CoderOptions::CodeBy::kAll;
  } else if (Has(s, "CONVERT AGENT")) {
    o->convert_agents = Has(s, "TRUE");
  } else if (Has(s, "CODE NONRESTRICTIVE")) {
    o->code_nonrestrictive = Has(s, "TRUE");
  } else if (Has(s, "MINIMUM WORDS")) {
    int v = Assigned(s, "WORDS");
    if (v < 0) return Status::InvalidArgument("SET: MINIMUM WORDS needs = n: " + s);
    o->minimum_words = v;
  }
  return Status::Ok();
}

}  // namespace

std::string_view DialectName(Dialect dialect) {
  switch (dialect) {
    case Dialect::kAnnalist:
      return "annalist";
    case Dialect::kTabari:
      return "tabari";
    case Dialect::kPetrarch:
      return "petrarch";
  }
  return "annalist";
}

bool ParseDialect(std::string_view name, Dialect* dialect) {
  for (Dialect d : {Dialect::kAnnalist, Dialect::kTabari, Dialect::kPetrarch}) {
    if (name == DialectName(d)) {
      *dialect = d;
      return true;
    }
  }
  return false;
}

CoderOptions WithoutAnnalistRules(CoderOptions o) {
  o.untargeted_events = false;
  o.reported_acts = false;
  o.governing_acts = false;
  o.locative_places = false;
  return o;
}

bool IsIntransitiveCode(std::string_view cameo) {
  return cameo.starts_with("14") || cameo.starts_with("15");
}

CoderOptions TabariDefaultOptions() {
  CoderOptions o = WithoutAnnalistRules(CoderOptions{});
  o.dialect = Dialect::kTabari;
  o.minimum_words = 8;         // tabari-manual.txt 8.2.3
  o.hyphens_as_blanks = true;  // 7.3
  o.comma_end_after_unpaired_comma = true;
  o.code_nonrestrictive = false;  // manual 8.6: off unless SET
  o.skip_dateline = false;        // TABARI codes "LONDON - ..." as text
  return o;
}

CoderOptions PetrarchDefaultOptions() {
  CoderOptions o = WithoutAnnalistRules(CoderOptions{});
  o.dialect = Dialect::kPetrarch;
  o.code_nonrestrictive = false;
  return o;
}

Status ApplyTabariOption(std::string_view line, CoderOptions* options) {
  std::string_view t = Trim(line);
  if (t.empty() || t.substr(0, 2) == "//") return Status::Ok();
  std::string s = Upper(t);
  if (s.rfind("COMPLEX:", 0) == 0) return ApplyComplex(s, options);
  if (s.rfind("COMMA:", 0) == 0) return ApplyComma(s, options);
  if (s.rfind("DEFAULT:", 0) == 0) return ApplyDefault(s, options);
  if (s.rfind("SET:", 0) == 0) return ApplySet(s, options);
  return Status::Ok();  // LABEL:, OUTPUT:, FORWARD:, ... do not change coding
}

Status ApplyTabariOptions(std::string_view text, CoderOptions* options) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    Status st = ApplyTabariOption(line, options);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace annalist
