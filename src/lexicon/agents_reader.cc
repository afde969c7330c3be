// Agent dictionaries: TABARI "PHRASE [~CODE]" and PETRARCH
// "PHRASE {PLURALS} [~CODE]" with "!MARKER! = A, B" substitution sets.
#include <map>
#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

// The regular English plural of an upper-case word (PETRARCH's rule).
std::string RegularPlural(std::string_view w) {
  std::string s(w);
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  if (s.size() > 1 && s.back() == 'Y' && !vowel(s[s.size() - 2])) {
    s.pop_back();
    return s + "IES";
  }
  if (s.ends_with("S") || s.ends_with("X") || s.ends_with("CH") || s.ends_with("SH") ||
      s.ends_with("Z")) {
    return s + "ES";
  }
  return s + "S";
}

static void ReadAgents(std::string_view text, std::string_view name, bool tabari, LexiconData* d,
                       std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  std::map<std::string, std::vector<std::string>> markers;
  Phrase phrase;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t lineno = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = raw;
    if (line.starts_with("<!")) continue;  // also "<! -- ... -->"
    size_t c = line.find(tabari ? ';' : '#');
    if (c != std::string_view::npos) line = line.substr(0, c);
    line = Trim(line);
    if (line.empty() || line[0] == '#' || (tabari && line[0] == '/')) continue;
    if (line.starts_with("~FINISH") || line.starts_with("~~")) break;
    size_t bang = line[0] == '!' ? line.find('!', 1) : std::string_view::npos;
    if (bang != std::string_view::npos &&
        Trim(line.substr(bang + 1)).starts_with("=")) {  // !MARKER! = A, B
      size_t end = bang;
      size_t eq = line.find('=', end);
      std::string key(line.substr(0, end + 1));
      std::vector<std::string>& items = markers[key];
      items.clear();
      std::string_view list = line.substr(eq + 1);
      while (!list.empty()) {
        size_t comma = list.find(',');
        std::string_view item = Trim(list.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
      continue;
    }
    size_t open = line.find('[');
    size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      AddProblem(problems, name, lineno, open == std::string_view::npos ? "missing [" : "missing ]",
                 raw);
      continue;
    }
    std::string_view code = Trim(line.substr(open + 1, close - open - 1));
    bool prefix = false;
    if (code.starts_with("~")) {
      code.remove_prefix(1);
    } else if (code.ends_with("~")) {
      code.remove_suffix(1);
      prefix = true;
    } else {
      AddProblem(problems, name, lineno, "agent code without ~", raw);
      continue;
    }
    code = Trim(code);
    bool code_ok = !code.empty();
    for (char ch : code) {
      code_ok = code_ok &&
                ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
    }
    if (!code_ok) {
      AddProblem(problems, name, lineno, "bad agent code", raw);
      continue;
    }
    std::string_view head = Trim(line.substr(0, open));
    // PETRARCH plurals: "{}" none, "{A_B C}" listed, absent: regular.
    bool plural_block = false;
    std::vector<std::string> plurals;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        AddProblem(problems, name, lineno, "missing }", raw);
        continue;
      }
      plural_block = true;
      std::string_view inside = head.substr(brace + 1, end - brace - 1);
      size_t p = 0;
      while (p < inside.size()) {
        size_t sp = inside.find_first_of(" \t", p);
        if (sp == std::string_view::npos) sp = inside.size();
        if (sp > p) plurals.emplace_back(inside.substr(p, sp - p));
        p = sp + 1;
      }
      head = Trim(head.substr(0, brace));
    }
    // Expand !MARKER!s (no plurals for the substituted forms).
    std::vector<std::string> forms{std::string(head)};
    bool substituted = false;
    for (size_t guard = 0; guard < 4; ++guard) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& f : forms) {
        size_t a = f.find('!');
        size_t b = a == std::string::npos ? a : f.find('!', a + 1);
        if (b == std::string::npos) {
          next.push_back(f);
          continue;
        }
        auto it = markers.find(f.substr(a, b - a + 1));
        if (it == markers.end()) {
          next.push_back(f);
          continue;
        }
        any = true;
        for (const std::string& item : it->second) {
          next.push_back(f.substr(0, a) + item + f.substr(b + 1));
        }
      }
      forms.swap(next);
      if (!any) break;
      substituted = true;
    }
    uint32_t id = kNoId;
    std::string origin(name);
    origin += ':' + std::to_string(lineno);
    for (const std::string& f : forms) {
      if (f.find('!') != std::string::npos) {
        AddProblem(problems, name, lineno, "unknown substitution marker", raw);
        break;
      }
      if (!SplitPhrase(f, tabari, &phrase)) {
        AddProblem(problems, name, lineno, "empty phrase", raw);
        break;
      }
      if (!tabari) {
        bool no_plural = substituted || plural_block || f.ends_with("_");
        phrase.back().mode = WordMode::kExact;
        if (id == kNoId) {
          id = d->AddAgent(phrase, code, prefix, origin);
        } else {
          d->AddAgentForm(id, phrase);
        }
        if (!no_plural) {
          phrase.back().text = RegularPlural(phrase.back().text);
          d->AddAgentForm(id, phrase);
        }
      } else if (id == kNoId) {
        UseNounEndings(&phrase);
        id = d->AddAgent(phrase, code, prefix, origin);
      } else {
        UseNounEndings(&phrase);
        d->AddAgentForm(id, phrase);
      }
    }
    if (id == kNoId) continue;
    for (const std::string& p : plurals) {
      if (SplitPhrase(p, tabari, &phrase)) {
        phrase.back().mode = WordMode::kExact;
        d->AddAgentForm(id, phrase);
      }
    }
  }
}

void ReadTabariAgents(std::string_view text, std::string_view name, LexiconData* d,
                      std::vector<std::string>* problems) {
  ReadAgents(text, name, true, d, problems);
}

void ReadPetrarchAgents(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems) {
  ReadAgents(text, name, false, d, problems);
}

}  // namespace annalist::lexicon_internal
