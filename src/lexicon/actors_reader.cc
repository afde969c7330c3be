// Actor dictionaries, TABARI (.actors, with <NOUN>/<ADJECTIVE> lists) and
// PETRARCH (Phoenix *.actors.txt): a primary phrase, "+" synonyms, and code
// blocks inline or on following indented lines.
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "lexicon/lexicon_data.h"

namespace annalist::lexicon_internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool ValidActorCode(std::string_view c) {
  if (c == "---" || c == "###" || c == "+++" || c == "***") return true;
  if (c.empty()) return false;
  for (char ch : c) {
    bool ok = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
              ch == '/';
    if (!ok) return false;
  }
  return true;
}

// Parses the inside of one "[CODE restriction]" block.
bool ParseCodeBlock(std::string_view inside, LexiconData* d, DatedCode* out, std::string* why) {
  inside = Trim(inside);
  if (inside == "- - -") inside = "---";
  size_t sp = inside.find_first_of(" \t<>");
  std::string_view code = inside.substr(0, sp);
  std::string rest;
  if (sp != std::string_view::npos) {
    for (char c : inside.substr(sp)) {
      if (c != ' ' && c != '\t') rest.push_back(c);
    }
  }
  if (!ValidActorCode(code)) {
    *why = "bad actor code";
    return false;
  }
  DatedCode dc;
  dc.code = d->Keep(code);
  if (!rest.empty()) {
    bool ok;
    if (rest[0] == '<') {
      ok = ParseRestrictionDate(std::string_view(rest).substr(1), &dc.to);
    } else if (rest[0] == '>') {
      ok = ParseRestrictionDate(std::string_view(rest).substr(1), &dc.from);
    } else {
      size_t dash = rest.find('-');
      ok = dash != std::string::npos &&
           ParseRestrictionRange(std::string_view(rest).substr(0, dash),
                                 std::string_view(rest).substr(dash + 1), &dc.from, &dc.to);
    }
    if (!ok) {
      *why = "bad date restriction";
      return false;
    }
  }
  *out = dc;
  return true;
}

// Splits "PHRASE [A] [B 990101-000101] ; comment" into phrase and blocks.
bool SplitCodes(std::string_view line, std::string_view* phrase,
                std::vector<std::string_view>* blocks, std::string* why) {
  blocks->clear();
  size_t open = line.find('[');
  *phrase = Trim(line.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      *why = "missing ]";
      return false;
    }
    blocks->push_back(line.substr(open + 1, close - open - 1));
    std::string_view after = Trim(line.substr(close + 1));
    if (after.empty()) break;
    if (after.front() != '[') break;  // trailing notes (Phoenix MNC lists)
    open = line.find('[', close);
  }
  return true;
}

}  // namespace

static void ReadActors(std::string_view text, std::string_view name, bool tabari, LexiconData* d,
                       std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  enum { kActors, kNoun, kAdjective, kSkip } section = kActors;
  uint32_t current = kNoId;
  size_t current_line = 0;
  std::vector<DatedCode> codes;
  auto close = [&]() {
    if (current == kNoId) return;
    if (codes.empty()) {
      AddProblem(problems, name, current_line, "actor without a code", d->actors[current].phrase);
    }
    d->SetActorCodes(current, std::move(codes));
    codes.clear();
    current = kNoId;
  };
  std::vector<std::string_view> blocks;
  Phrase phrase;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t lineno = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = raw;
    char comment = tabari ? ';' : '#';
    size_t c = line.find(comment);
    if (c != std::string_view::npos) line = line.substr(0, c);
    bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    line = Trim(line);
    if (line.empty()) continue;
    if (line[0] == '#' || (tabari && line[0] == '/')) continue;
    // A comment; also the malformed "<! -- ... -->" of PETRARCH files.
    if (line.starts_with("<!")) continue;
    if (line.starts_with("~FINISH") || line.starts_with("~~")) break;
    if (line[0] == '<') {
      close();
      std::string tag = NormalizeWord(line);
      if (tag == "<NOUN>")
        section = kNoun;
      else if (tag == "<ADJECTIVE>" || tag == "<ADJ>")
        section = kAdjective;
      else if (tag.starts_with("</"))
        section = kActors;
      else
        section = kSkip;  // <TIME>, <ATTRIB>, ...
      continue;
    }
    if (section == kSkip) continue;
    if (section == kNoun || section == kAdjective) {
      std::string_view p = Trim(line.substr(0, line.find('[')));
      if (SplitPhrase(p, tabari, &phrase)) {
        if (tabari) UseNounEndings(&phrase);
        d->AddNoun(phrase, section == kAdjective);
      } else {
        AddProblem(problems, name, lineno, "empty phrase", raw);
      }
      continue;
    }
    std::string_view text_phrase;
    std::string why;
    if (!SplitCodes(line, &text_phrase, &blocks, &why)) {
      AddProblem(problems, name, lineno, why, raw);
      continue;
    }
    std::vector<DatedCode> parsed;
    bool bad = false;
    for (std::string_view b : blocks) {
      DatedCode dc;
      if (!ParseCodeBlock(b, d, &dc, &why)) {
        AddProblem(problems, name, lineno, why, raw);
        bad = true;
        break;
      }
      parsed.push_back(dc);
    }
    if (bad) continue;
    if (text_phrase.empty()) {
      // A code line for the current actor (indented in well-formed files).
      if (current == kNoId || parsed.empty()) {
        AddProblem(problems, name, lineno,
                   parsed.empty() ? "empty phrase" : "code without an actor", raw);
        continue;
      }
      (void)indented;
      codes.insert(codes.end(), parsed.begin(), parsed.end());
      continue;
    }
    bool synonym = text_phrase[0] == '+';
    if (synonym) text_phrase.remove_prefix(1);
    if (!SplitPhrase(text_phrase, tabari, &phrase)) {
      AddProblem(problems, name, lineno, "empty phrase", raw);
      continue;
    }
    if (tabari) UseNounEndings(&phrase);
    if (synonym) {
      if (current == kNoId) {
        AddProblem(problems, name, lineno, "synonym without an actor", raw);
        continue;
      }
      d->AddActorSynonym(current, phrase);
      codes.insert(codes.end(), parsed.begin(), parsed.end());
      continue;
    }
    close();
    std::string origin(name);
    origin += ':' + std::to_string(lineno);
    current = d->AddActor(phrase, origin);
    current_line = lineno;
    codes = std::move(parsed);
  }
  close();
}

void ReadTabariActors(std::string_view text, std::string_view name, LexiconData* d,
                      std::vector<std::string>* problems) {
  ReadActors(text, name, true, d, problems);
}

void ReadPetrarchActors(std::string_view text, std::string_view name, LexiconData* d,
                        std::vector<std::string>* problems) {
  ReadActors(text, name, false, d, problems);
}

}  // namespace annalist::lexicon_internal
