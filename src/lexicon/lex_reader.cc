// annalist's own dictionary format (`*.lex`, docs/lexicon-format.md): one
// fact per line; entries (country, actor, person, agent, verb) with indented
// "name: value" fields, top-level noun/adjective lists and synonym sets.
//
// A spec's .lex files are read together (ReadAnnalistLex): first every line
// is split into entries, then the sets are resolved across all the files (so
// a pattern may use a set of another file, and sets may name each other in
// any order), then the entries are added through LexiconData's Add* methods.
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "annalist/cameo.h"
#include "annalist/datetime.h"
#include "annalist/text.h"
#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Cuts a comment: '#' at the start of the line or after a blank.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

// "a | b | c" -> {"a", "b", "c"} (trimmed, empty ones dropped).
std::vector<std::string_view> SplitAlternatives(std::string_view value) {
  std::vector<std::string_view> out;
  while (true) {
    size_t bar = value.find('|');
    std::string_view item = Trim(value.substr(0, bar));
    if (!item.empty()) out.push_back(item);
    if (bar == std::string_view::npos) break;
    value.remove_prefix(bar + 1);
  }
  return out;
}

// Splits at the first run of blanks: "SYRGOV 2024..  President" ->
// "SYRGOV", "2024..  President".
std::pair<std::string_view, std::string_view> FirstWord(std::string_view s) {
  s = Trim(s);
  size_t sp = s.find_first_of(" \t");
  if (sp == std::string_view::npos) return {s, {}};
  return {s.substr(0, sp), Trim(s.substr(sp))};
}

// The CAMEO actor type and role blocks that may start a code which has no
// country (CAMEO manual, chapter 5: types, organisations, religions).
constexpr std::string_view kActorTypes[] = {
    "ADR", "AGR", "ATH", "BAH", "BUD", "BUS", "CHR", "CON", "COP", "CPT", "CRM", "CTH",
    "CVL", "DEV", "DOX", "EDU", "ELI", "ENV", "GOV", "HIN", "HLH", "HRI", "IGO", "IMG",
    "INS", "ITR", "JAN", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "MOS",
    "NGM", "NGO", "NRM", "OPP", "PAG", "PRO", "RAD", "REB", "REF", "REL", "SEP", "SHI",
    "SIK", "SPY", "SUN", "TAO", "UAF", "UIS", "UNO", "ZRO"};

bool KnownBlock(std::string_view b) {
  if (IsCameoCountry(b)) return true;
  return std::find(std::begin(kActorTypes), std::end(kActorTypes), b) != std::end(kActorTypes);
}

// An actor code: "---" (no code), or upper-case letters (compounds joined by
// '/') whose first three letters are a known country, organisation or role
// block. *why says what is wrong.
bool CheckActorCode(std::string_view code, std::string* why) {
  if (code == "---") return true;
  std::string_view rest = code;
  while (true) {
    size_t slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    bool letters = part.size() >= 3;
    for (char c : part) letters = letters && c >= 'A' && c <= 'Z';
    if (!letters) {
      *why = "bad actor code";
      return false;
    }
    if (!KnownBlock(part.substr(0, 3))) {
      *why = "unknown actor code prefix " + std::string(part.substr(0, 3));
      return false;
    }
    if (slash == std::string_view::npos) return true;
    rest.remove_prefix(slash + 1);
  }
}

bool KnownEventCode(std::string_view c) {
  return c == "---" || c == "###" || FindCameo(c) != nullptr;
}

// Parses a verb code ("042", "023?", "111!", "031:032", "---", "###") and
// checks it against the CAMEO table.
bool CheckEventCode(std::string_view raw, LexiconData* d, VerbPattern* p, std::string* why) {
  if (!ParseVerbCode(raw, d, &p->code, &p->paired_code, &p->subordinate, &p->dominant) ||
      !KnownEventCode(p->code) || (!p->paired_code.empty() && !KnownEventCode(p->paired_code))) {
    *why = "unknown event code";
    return false;
  }
  return true;
}

// One bound of a range: YYYY, YYYY-MM or YYYY-MM-DD; the first day of it
// when `from`, else the last. Empty gives kNoDateBound.
bool ParseBound(std::string_view s, bool from, int32_t* out) {
  *out = kNoDateBound;
  if (s.empty()) return true;
  bool shape = s.size() == 4 || s.size() == 7 || s.size() == 10;
  for (size_t i = 0; i < s.size() && shape; ++i) {
    shape = (i == 4 || i == 7) ? s[i] == '-' : (s[i] >= '0' && s[i] <= '9');
  }
  DateTime date;
  CivilDay first = 0, last = 0;
  if (!shape || !ParseIso8601(s, &date) || !DaysCovered(date, &first, &last)) return false;
  *out = ToYyyymmdd(DateOfDay(from ? first : last));
  return true;
}

// "FROM..TO" into a code's range; false with *why set.
bool ParseRange(std::string_view s, DatedCode* c, std::string* why) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos || !ParseBound(s.substr(0, dots), true, &c->from) ||
      !ParseBound(s.substr(dots + 2), false, &c->to)) {
    *why = "bad date range";
    return false;
  }
  if (c->from != kNoDateBound && c->to != kNoDateBound && c->from > c->to) {
    *why = "reversed date range";
    return false;
  }
  return true;
}

// A name as the tokenizer reads it: every word exact, each directly after
// the previous one; hyphenated tokens are their pieces ("al-Sharaa" is AL
// then SHARAA), as the matcher reads hyphenated tokens of the text.
bool NamePhrase(std::string_view text, Phrase* out) {
  out->clear();
  TokenBuffer tokens;
  Tokenize(text, &tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view norm = tokens.norm(i);
    while (!norm.empty()) {
      size_t dash = norm.find('-');
      std::string_view piece = norm.substr(0, dash);
      if (!piece.empty()) {
        out->push_back(PhraseWord{std::string(piece), WordMode::kExact, !out->empty()});
      }
      if (dash == std::string_view::npos) break;
      norm.remove_prefix(dash + 1);
    }
  }
  return !out->empty();
}

// The same phrase with the regular plural of its last word.
Phrase Plural(Phrase p) {
  p.back().text = RegularPlural(p.back().text);
  return p;
}

// Translates a .lex pattern body to TABARI pattern text for
// ParseTabariPattern: words become exact ("WORD="); "_" between two
// elements is adjacency, and a blank lets words come between, inside { }
// too. A written word the tokenizer splits ("al-Sharaa") is its pieces,
// adjacent.
bool TranslatePattern(std::string_view body, std::string* out, std::string* why) {
  out->clear();
  int depth = 0;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (IsBlank(c)) {
      ++i;
      continue;
    }
    if (c == '{' || c == '}' || c == '|' || c == '_') {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        *why = "bad pattern: unbalanced }";
        return false;
      }
      *out += ' ';
      *out += c;
      ++i;
      continue;
    }
    size_t start = i;
    while (i < body.size() && !IsBlank(body[i]) &&
           std::string_view("{}|_").find(body[i]) == std::string_view::npos) {
      ++i;
    }
    std::string_view word = body.substr(start, i - start);
    *out += ' ';
    if (word.size() == 1 && std::string_view("*$+%^").find(word[0]) != std::string_view::npos) {
      *out += word;
      continue;
    }
    if (word[0] == '&') {
      if (word.size() == 1 || word.find_first_of("*$+%^&~=-", 1) != std::string_view::npos) {
        *why = "bad pattern: bad set name " + std::string(word);
        return false;
      }
      *out += word;
      continue;
    }
    Phrase p;
    if (!NamePhrase(word, &p)) {
      *why = "bad pattern: no word in " + std::string(word);
      return false;
    }
    for (size_t k = 0; k < p.size(); ++k) {
      if (p[k].text.find_first_of("_~{}|*$%^-=&") != std::string::npos) {
        *why = "bad pattern: unexpected character in " + std::string(word);
        return false;
      }
      if (k > 0) *out += " _ ";
      *out += p[k].text;
      *out += '=';
    }
  }
  if (depth != 0) {
    *why = "bad pattern: unbalanced {";
    return false;
  }
  return true;
}

// --- The parsed file ---------------------------------------------------------

struct Where {
  size_t file = 0;
  size_t line = 0;
  std::string_view raw;
};

struct Field {
  std::string_view name, value;
  Where at;
};

struct Entry {
  std::string_view kind, args;
  Where at;
  std::vector<Field> fields;
};

struct SetDef {
  std::string key;  // normalised name
  std::string_view name;
  std::vector<std::string_view> items;
  Where at;
};

struct ListLine {
  bool adjective = false;
  std::vector<std::string_view> items;
  Where at;
};

struct Problem {
  size_t file, line, order;
  std::string reason;
  std::string_view raw;
};

class LexReader {
 public:
  LexReader(std::span<const LexSource> files, LexiconData* d) : files_(files), d_(d) {}

  void Read(std::vector<std::string>* problems) {
    storage_.resize(files_.size());
    for (size_t f = 0; f < files_.size(); ++f) Split(f);
    ResolveSets();
    for (const ListLine& l : lists_) AddList(l);
    for (const Entry& e : entries_) AddEntry(e);
    std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
      return std::tie(a.file, a.line, a.order) < std::tie(b.file, b.line, b.order);
    });
    for (const Problem& p : problems_) {
      AddProblem(problems, files_[p.file].name, p.line, p.reason, p.raw);
    }
  }

 private:
  void Report(const Where& at, std::string reason) {
    problems_.push_back(Problem{at.file, at.line, problems_.size(), std::move(reason), at.raw});
  }
  std::string Origin(const Where& at) const {
    return std::string(files_[at.file].name) + ":" + std::to_string(at.line);
  }

  // Pass 1: lines into entries, lists and sets.
  void Split(size_t f) {
    std::vector<std::string_view> lines = SplitLines(files_[f].text, &storage_[f]);
    Entry* current = nullptr;
    bool skipping = false;  // fields of an entry whose header was bad
    for (size_t i = 0; i < lines.size(); ++i) {
      Where at{f, i + 1, lines[i]};
      std::string_view line = StripComment(lines[i]);
      while (!line.empty() && IsBlank(line.back())) line.remove_suffix(1);
      if (Trim(line).empty()) continue;
      if (IsBlank(line[0])) {
        line = Trim(line);
        if (current == nullptr) {
          if (!skipping) Report(at, "field outside an entry");
          continue;
        }
        size_t colon = line.find(':');
        std::string_view name = Trim(line.substr(0, colon));
        bool ok = colon != std::string_view::npos && !name.empty();
        for (char c : name) ok = ok && c >= 'a' && c <= 'z';
        if (!ok) {
          Report(at, "malformed field");
          continue;
        }
        current->fields.push_back(Field{name, Trim(line.substr(colon + 1)), at});
        continue;
      }
      current = nullptr;
      skipping = false;
      auto [head, rest] = FirstWord(line);
      if (head == "set") {
        size_t colon = rest.find(':');
        std::string_view name = Trim(rest.substr(0, colon));
        if (name.starts_with("&")) name.remove_prefix(1);
        bool ok = colon != std::string_view::npos && !name.empty();
        for (char c : name) {
          ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        }
        if (!ok) {
          Report(at, "malformed set");
          skipping = true;
          continue;
        }
        sets_.push_back(
            SetDef{NormalizeWord(name), name, SplitAlternatives(rest.substr(colon + 1)), at});
        continue;
      }
      if (head == "noun:" || head == "adjective:") {
        lists_.push_back(ListLine{head == "adjective:", SplitAlternatives(rest), at});
        continue;
      }
      if (head.ends_with(":")) {
        Report(at, "unknown field");
        skipping = true;
        continue;
      }
      if (head != "country" && head != "actor" && head != "person" && head != "agent" &&
          head != "verb") {
        Report(at, "unknown kind");
        skipping = true;
        continue;
      }
      entries_.push_back(Entry{head, rest, at, {}});
      current = &entries_.back();
    }
  }

  // Sets: every set of these files, references resolved (a cycle is an
  // error), then added as synsets.
  void ResolveSets() {
    std::map<std::string, size_t> by_key;
    for (size_t s = 0; s < sets_.size(); ++s) {
      auto [it, fresh] = by_key.emplace(sets_[s].key, s);
      if (!fresh) {
        Report(sets_[s].at, "set defined twice, first at " + Origin(sets_[it->second].at));
        sets_[s].key.clear();  // dropped
      }
    }
    std::vector<int> state(sets_.size(), 0);  // 0 new, 1 resolving, 2 done, 3 failed
    std::vector<std::vector<std::string>> phrases(sets_.size());
    std::vector<std::string> stack;
    // Expands set s into phrases[s]; false when it is part of a cycle.
    auto resolve = [&](auto& self, size_t s) -> bool {
      if (state[s] == 2) return true;
      if (state[s] == 3) return false;
      if (state[s] == 1) return false;
      state[s] = 1;
      stack.push_back(std::string(sets_[s].name));
      bool ok = true;
      for (std::string_view item : sets_[s].items) {
        if (!item.starts_with("&")) {
          phrases[s].emplace_back(item);
          continue;
        }
        std::string key = NormalizeWord(Trim(item.substr(1)));
        auto it = by_key.find(key);
        if (it != by_key.end()) {
          size_t t = it->second;
          if (state[t] == 1) {
            std::string path;
            bool on = false;
            for (const std::string& n : stack) {
              on = on || NormalizeWord(n) == key;
              if (on) path += "&" + n + " -> ";
            }
            Report(sets_[s].at, "synonym-set cycle " + path + "&" + std::string(item.substr(1)));
            ok = false;
            continue;
          }
          if (!self(self, t)) {
            ok = false;
            continue;
          }
          phrases[s].insert(phrases[s].end(), phrases[t].begin(), phrases[t].end());
          continue;
        }
        // A set of an earlier spec (its raw phrases; TABARI "_" as blanks).
        auto old = d_->synset_ids.find(key);
        if (old == d_->synset_ids.end()) {
          Report(sets_[s].at, "unknown set " + std::string(item));
          continue;
        }
        for (std::string p : d_->synset_raw[old->second]) {
          std::replace(p.begin(), p.end(), '_', ' ');
          phrases[s].push_back(std::move(p));
        }
      }
      stack.pop_back();
      state[s] = ok ? 2 : 3;
      return ok;
    };
    for (size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].key.empty()) continue;
      resolve(resolve, s);
    }
    for (size_t s = 0; s < sets_.size(); ++s) {
      if (sets_[s].key.empty() || state[s] != 2) continue;
      uint32_t id = d_->SynsetId(sets_[s].key, true);
      Phrase p;
      for (const std::string& text : phrases[s]) {
        if (!NamePhrase(text, &p)) {
          Report(sets_[s].at, "empty phrase in set");
          continue;
        }
        d_->synset_raw[id].push_back(text);
        d_->AddSynsetPhrase(id, p);
      }
    }
  }

  void AddList(const ListLine& l) {
    Phrase p;
    for (std::string_view item : l.items) {
      if (!NamePhrase(item, &p)) {
        Report(l.at, "empty phrase");
        continue;
      }
      d_->AddNoun(p, l.adjective);
      if (l.adjective) d_->AddNoun(Plural(p), true);
    }
  }

  // Records a written actor or agent name; false (reported) when this spec
  // already defined it.
  bool Claim(bool agent, const Phrase& p, const Where& at) {
    auto& seen = agent ? agent_names_ : actor_names_;
    auto [it, fresh] = seen.emplace(PhraseKey(p), Origin(at));
    if (!fresh) Report(at, "phrase defined twice, first at " + it->second);
    return fresh;
  }

  // The names of an actor entry: the header's (person) and every name,
  // adjective and capital field; adjectives also in the plural.
  struct Name {
    Phrase phrase;
    Where at;
    std::string_view text;  // as written
    bool capital = false;   // a country's `capital:` field
  };
  std::vector<Name> ActorNames(const Entry& e, std::string_view header_name) {
    std::vector<Name> names;
    Phrase p;
    auto add = [&](std::string_view text, const Where& at, bool plural, bool capital = false) {
      if (!NamePhrase(text, &p)) {
        Report(at, "empty phrase");
        return;
      }
      if (!Claim(false, p, at)) return;
      names.push_back(Name{p, at, text, capital});
      if (plural) {
        Phrase pl = Plural(p);
        if (!actor_names_.contains(PhraseKey(pl))) names.push_back(Name{pl, at, text});
      }
    };
    if (!header_name.empty()) add(header_name, e.at, false);
    for (const Field& f : e.fields) {
      bool adjective = f.name == "adjective";
      if (f.name != "name" && f.name != "capital" && !adjective) continue;
      if (f.name == "capital" && e.kind != "country") continue;  // reported by the caller
      if (adjective && e.kind == "person") continue;
      for (std::string_view v : SplitAlternatives(f.value)) {
        add(v, f.at, adjective, f.name == "capital");
      }
    }
    return names;
  }

  // Fields an entry kind takes.
  bool FieldAllowed(std::string_view kind, std::string_view field) const {
    if (kind == "country")
      return field == "name" || field == "adjective" || field == "capital" || field == "iso" ||
             field == "code";
    if (kind == "actor") return field == "name" || field == "adjective" || field == "code";
    if (kind == "person") return field == "name" || field == "role";
    if (kind == "agent") return field == "name";
    return field == "forms" || field == "pattern";  // verb
  }

  void AddEntry(const Entry& e) {
    for (const Field& f : e.fields) {
      if (!FieldAllowed(e.kind, f.name)) Report(f.at, "unknown field");
    }
    std::string why;
    if (e.kind == "agent") return AddAgentEntry(e);
    if (e.kind == "verb") return AddVerbEntry(e);
    std::vector<DatedCode> codes;
    std::string_view iso;
    std::string_view header_name;
    if (e.kind == "person") {
      header_name = e.args;
      for (const Field& f : e.fields) {
        if (f.name != "role") continue;
        auto [code, rest] = FirstWord(f.value);
        DatedCode c;
        std::string upper = NormalizeWord(code);
        if (!CheckActorCode(upper, &why)) {
          Report(f.at, why);
          continue;
        }
        c.code = d_->Keep(upper);
        auto [range, office] = FirstWord(rest);
        if (range.find("..") != std::string_view::npos) {
          if (!ParseRange(range, &c, &why)) {
            Report(f.at, why);
            continue;
          }
        } else {
          office = rest;
        }
        c.office = d_->Keep(office);
        codes.push_back(c);
      }
    } else {
      auto [code, rest] = FirstWord(e.args);
      std::string upper = NormalizeWord(code);
      if (code.empty() || !rest.empty()) {
        Report(e.at, "malformed header");
        return;
      }
      if (!CheckActorCode(upper, &why)) {
        Report(e.at, why);
        return;
      }
      for (const Field& f : e.fields) {
        if (f.name == "iso" && e.kind == "country") iso = f.value;
        if (f.name != "code") continue;
        auto [dcode, range] = FirstWord(f.value);
        DatedCode c;
        std::string dupper = NormalizeWord(dcode);
        if (!CheckActorCode(dupper, &why)) {
          Report(f.at, why);
          continue;
        }
        if (range.empty()) {
          Report(f.at, "code without a date range");
          continue;
        }
        if (!ParseRange(range, &c, &why)) {
          Report(f.at, why);
          continue;
        }
        c.code = d_->Keep(dupper);
        codes.push_back(c);
      }
      DatedCode def;
      def.code = d_->Keep(upper);
      codes.push_back(def);
    }
    std::vector<Name> names = ActorNames(e, header_name);
    if (names.empty()) {
      Report(e.at, e.kind == "person" ? "person without a name" : "entry without a name");
      return;
    }
    if (e.kind == "person" && codes.empty()) Report(e.at, "person without a role");
    uint32_t id = d_->AddActor(names[0].phrase, Origin(names[0].at));
    for (size_t k = 1; k < names.size(); ++k) d_->AddActorSynonym(id, names[k].phrase);
    d_->SetActorCodes(id, std::move(codes));
    ActorEntry& a = d_->actors[id];
    a.kind = e.kind == "country" ? "country" : e.kind == "actor" ? "actor" : "person";
    a.iso = d_->Keep(iso);
    a.name = d_->Keep(names[0].text);
    std::string capitals;
    for (const Name& n : names) {
      if (!n.capital) continue;
      if (!capitals.empty()) capitals += '|';
      capitals += PhraseKey(n.phrase);
    }
    a.capitals = d_->Keep(capitals);
  }

  void AddAgentEntry(const Entry& e) {
    std::string_view code = Trim(e.args);
    bool prefix = false;
    if (code.starts_with("~")) {
      code.remove_prefix(1);
    } else if (code.ends_with("~")) {
      code.remove_suffix(1);
      prefix = true;
    } else {
      Report(e.at, "agent code without ~");
      return;
    }
    std::string upper = NormalizeWord(code);
    std::string why;
    if (!CheckActorCode(upper, &why) || upper == "---") {
      Report(e.at, why.empty() ? "bad agent code" : why);
      return;
    }
    uint32_t id = kNoId;
    Phrase p;
    for (const Field& f : e.fields) {
      if (f.name != "name") continue;
      for (std::string_view v : SplitAlternatives(f.value)) {
        if (!NamePhrase(v, &p)) {
          Report(f.at, "empty phrase");
          continue;
        }
        if (!Claim(true, p, f.at)) continue;
        if (id == kNoId) {
          id = d_->AddAgent(p, upper, prefix, Origin(f.at));
        } else {
          d_->AddAgentForm(id, p);
        }
        Phrase pl = Plural(p);
        if (!agent_names_.contains(PhraseKey(pl))) d_->AddAgentForm(id, pl);
      }
    }
    if (id == kNoId) Report(e.at, "agent without a name");
  }

  void AddVerbEntry(const Entry& e) {
    std::string_view args = Trim(e.args);
    size_t sp = args.find_last_of(" \t");
    if (sp == std::string_view::npos) {
      Report(e.at, "verb without a code");
      return;
    }
    std::string_view head = Trim(args.substr(0, sp));
    VerbPattern code;
    std::string why;
    if (!CheckEventCode(args.substr(sp + 1), d_, &code, &why)) {
      Report(e.at, why);
      return;
    }
    Phrase hw;
    if (!NamePhrase(head, &hw)) {
      Report(e.at, "empty verb");
      return;
    }
    std::string key = PhraseKey(hw);
    if (auto [it, fresh] = verb_heads_.emplace(key, Origin(e.at)); !fresh) {
      Report(e.at, "verb defined twice, first at " + it->second);
      return;
    }
    uint32_t v = d_->AddVerb(key, "", code.code, Origin(e.at));
    VerbEntry& entry = d_->verbs[v];
    entry.paired_code = code.paired_code;
    entry.subordinate = code.subordinate;
    entry.dominant = code.dominant;
    // Forms: the headword, the regular forms of its first word, and the
    // listed irregular ones (a one-word form replaces the first word).
    std::set<std::string> done;
    auto add_form = [&](Phrase f) {
      if (done.insert(PhraseKey(f)).second) d_->AddVerbForm(v, f, 0);
    };
    add_form(hw);
    for (const std::string& w : RegularVerbForms(hw[0].text)) {
      Phrase f = hw;
      f[0].text = w;
      add_form(f);
    }
    std::vector<VerbPattern> patterns;
    for (const Field& f : e.fields) {
      if (f.name == "forms") {
        std::vector<std::string_view> forms = SplitAlternatives(f.value);
        if (hw.size() == 1) {  // "forms: met meeting" lists one-word forms too
          std::vector<std::string_view> words;
          for (std::string_view a : forms) {
            while (!a.empty()) {
              auto [w, rest] = FirstWord(a);
              words.push_back(w);
              a = rest;
            }
          }
          forms.swap(words);
        }
        for (std::string_view form : forms) {
          Phrase fp;
          if (!NamePhrase(form, &fp)) {
            Report(f.at, "empty phrase");
            continue;
          }
          if (fp.size() == 1 && hw.size() > 1) {
            Phrase full = hw;
            full[0].text = fp[0].text;
            fp = full;
          }
          add_form(fp);
        }
        continue;
      }
      if (f.name != "pattern") continue;
      std::string_view value = f.value;
      size_t open = value.rfind('[');
      size_t close = open == std::string_view::npos ? open : value.find(']', open);
      if (close == std::string_view::npos || !Trim(value.substr(close + 1)).empty()) {
        Report(f.at, "bad pattern: no [CODE] at the end");
        continue;
      }
      VerbPattern p;
      if (!CheckEventCode(value.substr(open + 1, close - open - 1), d_, &p, &why)) {
        Report(f.at, why);
        continue;
      }
      std::string tabari;
      if (!TranslatePattern(value.substr(0, open), &tabari, &why)) {
        Report(f.at, why);
        continue;
      }
      if (!ParseTabariPattern(tabari, d_, &p, &why)) {
        Report(f.at, "bad pattern: " + why);
        continue;
      }
      p.text = d_->Keep(Trim(f.at.raw));
      p.origin = d_->Keep(Origin(f.at));
      patterns.push_back(p);
    }
    d_->verbs[v].patterns = KeepPatterns(std::move(patterns), d_);
  }

  std::span<const LexSource> files_;
  LexiconData* d_;
  std::vector<std::string> storage_;
  std::deque<Entry> entries_;
  std::vector<SetDef> sets_;
  std::vector<ListLine> lists_;
  std::vector<Problem> problems_;
  std::unordered_map<std::string, std::string> actor_names_, agent_names_, verb_heads_;
};

}  // namespace

void ReadAnnalistLex(std::span<const LexSource> files, LexiconData* d,
                     std::vector<std::string>* problems) {
  LexReader(files, d).Read(problems);
}

}  // namespace annalist::lexicon_internal
