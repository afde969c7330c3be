// Verb dictionaries: TABARI .verbs (synsets, roots with {irregular forms},
// "- pattern [code]" lines) and PETRARCH CAMEO.2.0 (synsets,
// "--- NAME [code] ---" blocks of verbs sharing patterns, "~" transformations).
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

std::string Origin(std::string_view name, size_t line) {
  return std::string(name) + ":" + std::to_string(line);
}

// Splits "BODY [CODE]" at the last '['.
bool SplitCode(std::string_view line, std::string_view* body, std::string_view* code) {
  size_t open = line.rfind('[');
  if (open == std::string_view::npos) return false;
  size_t close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  *body = Trim(line.substr(0, open));
  *code = line.substr(open + 1, close - open - 1);
  return true;
}

// A synset member line "+PHRASE" (both formats). PETRARCH adds plurals.
void AddSynsetLine(std::string_view text, uint32_t synset, bool plurals, bool tabari,
                   LexiconData* d, std::string_view name, size_t lineno,
                   std::vector<std::string>* problems) {
  Phrase phrase;
  for (const std::string& t : ExpandSynsetRefs(text, *d)) {
    if (t.find('&') != std::string::npos) {
      AddProblem(problems, name, lineno, "unknown synset", text);
      return;
    }
    if (!SplitPhrase(t, tabari, &phrase)) {
      AddProblem(problems, name, lineno, "empty phrase", text);
      return;
    }
    d->synset_raw[synset].push_back(t);
    if (!tabari) phrase.back().mode = WordMode::kExact;
    d->AddSynsetPhrase(synset, phrase);
    // TreeBank splits contractions ("DID N'T", "WO N'T", "CA N'T"); the
    // tokenizer keeps them whole (DIDN'T, WON'T, CAN'T): add that form too.
    Phrase joined;
    bool contracted = false;
    for (const PhraseWord& w : phrase) {
      if (w.text == "N'T" && !joined.empty()) {
        joined.back().text += w.text;
        joined.back().mode = WordMode::kExact;
        contracted = true;
      } else {
        joined.push_back(w);
      }
    }
    if (contracted) d->AddSynsetPhrase(synset, joined);
    if (plurals && !t.ends_with("_")) {
      phrase.back().text = RegularPlural(phrase.back().text);
      d->AddSynsetPhrase(synset, phrase);
    }
  }
}

// The code of a <TIME> phrase: a signed day offset, "---", "###" or "+++".
bool ParseTimeCode(std::string_view raw, LexiconData* d, std::string_view* code) {
  std::string s;
  for (char c : raw) {
    if (c != ' ' && c != '\t') s.push_back(c);
  }
  bool ok = s == "---" || s == "###" || s == "+++";
  if (!ok && !s.empty()) {
    size_t k = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    ok = k < s.size() && k + 5 >= s.size();
    for (size_t j = k; j < s.size() && ok; ++j) ok = s[j] >= '0' && s[j] <= '9';
  }
  if (ok) *code = d->Keep(s);
  return ok;
}

}  // namespace

void ReadTabariVerbs(std::string_view text, std::string_view name, LexiconData* d,
                     std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  enum { kVerbs, kSynsets, kTime, kSkip } section = kVerbs;
  uint32_t verb = kNoId, synset = kNoId;
  std::vector<VerbPattern> patterns;
  Phrase phrase;
  auto close = [&]() {
    if (verb != kNoId) d->verbs[verb].patterns = KeepPatterns(std::move(patterns), d);
    patterns.clear();
    verb = kNoId;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t lineno = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = raw;
    size_t c = line.find(';');
    if (c != std::string_view::npos) line = line.substr(0, c);
    line = Trim(line);
    if (line.empty() || line[0] == '#' || line[0] == '/') continue;
    if (line.starts_with("~FINISH") || line.starts_with("~~")) break;
    if (line[0] == '<') {
      std::string tag = NormalizeWord(line);
      close();
      if (tag == "<SYNSETS>" || tag == "<SYNSET>")
        section = kSynsets;
      else if (tag == "<TIME>")
        section = kTime;
      else if (tag.starts_with("</"))
        section = kVerbs;
      else
        section = kSkip;
      synset = kNoId;
      continue;
    }
    if (section == kSkip) continue;
    if (section == kSynsets) {
      if (line[0] == '&') {
        synset = d->SynsetId(Trim(line.substr(1)), true);
      } else if (line[0] == '+' && synset != kNoId) {
        AddSynsetLine(Trim(line.substr(1)), synset, false, true, d, name, lineno, problems);
      } else {
        AddProblem(problems, name, lineno, "bad synset line", raw);
      }
      continue;
    }
    if (line[0] == '-' && line.size() > 1 && (line[1] == ' ' || line[1] == '\t')) {
      if (verb == kNoId) {
        AddProblem(problems, name, lineno, "pattern before any verb", raw);
        continue;
      }
      std::string_view body, code;
      if (!SplitCode(line.substr(1), &body, &code)) {
        AddProblem(problems, name, lineno, "pattern without [code]", raw);
        continue;
      }
      VerbPattern p;
      std::string why;
      if (section == kTime
              ? !ParseTimeCode(code, d, &p.code)
              : !ParseVerbCode(code, d, &p.code, &p.paired_code, &p.subordinate, &p.dominant)) {
        AddProblem(problems, name, lineno, "bad event code", raw);
        continue;
      }
      if (!ParseTabariPattern(body, d, &p, &why)) {
        AddProblem(problems, name, lineno, why, raw);
        continue;
      }
      p.text = d->Keep(Trim(raw));
      p.origin = d->Keep(Origin(name, lineno));
      patterns.push_back(p);
      continue;
    }
    if (line[0] == '{') {
      if (verb == kNoId) {
        AddProblem(problems, name, lineno, "verb forms before any verb", raw);
        continue;
      }
      size_t end = line.find('}');
      if (end == std::string_view::npos) {
        AddProblem(problems, name, lineno, "missing }", raw);
        continue;
      }
      std::string_view forms = line.substr(1, end - 1);
      size_t p = 0;
      while (p < forms.size()) {
        size_t sp = forms.find_first_of(" \t", p);
        if (sp == std::string_view::npos) sp = forms.size();
        if (sp > p && SplitPhrase(forms.substr(p, sp - p), true, &phrase)) {
          d->AddVerbForm(verb, phrase, 0);
        }
        p = sp + 1;
      }
      continue;
    }
    // A verb root: "WORD [code]".
    close();
    std::string_view body, code;
    if (!SplitCode(line, &body, &code)) {
      AddProblem(problems, name, lineno, "verb without [code]", raw);
      continue;
    }
    VerbPattern tmp;
    if (section == kTime ? !ParseTimeCode(code, d, &tmp.code)
                         : !ParseVerbCode(code, d, &tmp.code, &tmp.paired_code, &tmp.subordinate,
                                          &tmp.dominant)) {
      AddProblem(problems, name, lineno, "bad event code", raw);
      continue;
    }
    if (!SplitPhrase(body, true, &phrase)) {
      AddProblem(problems, name, lineno, "empty verb", raw);
      continue;
    }
    verb = d->AddVerb(PhraseKey(phrase), "", tmp.code, Origin(name, lineno));
    VerbEntry& v = d->verbs[verb];
    v.time_shift = section == kTime;
    v.paired_code = tmp.paired_code;
    v.subordinate = tmp.subordinate;
    v.dominant = tmp.dominant;
    d->AddVerbForm(verb, phrase, 0);
  }
  close();
}

void ReadPetrarchVerbs(std::string_view text, std::string_view name, LexiconData* d,
                       std::vector<std::string>* problems) {
  std::string storage;
  std::vector<std::string_view> lines = SplitLines(text, &storage);
  uint32_t synset = kNoId;
  bool synset_plurals = true;
  bool in_block = false;
  std::string block_name;
  // The block's code as written ("031:032" keeps its paired code, which
  // members without a code of their own inherit).
  std::string block_code = "---";
  std::vector<uint32_t> members;
  std::vector<VerbPattern> patterns;
  Phrase phrase;
  auto close = [&]() {
    if (!members.empty()) {
      std::span<const VerbPattern> kept = KeepPatterns(std::move(patterns), d);
      for (uint32_t m : members) d->verbs[m].patterns = kept;
    }
    patterns.clear();
    members.clear();
  };
  // Adds one form "WIRE_+TAP" of verb v; the '+' word is the verb.
  auto add_form = [&](uint32_t v, std::string_view form) {
    std::string f(form);
    size_t plus = f.find('+');
    uint32_t offset = 0;
    if (plus != std::string::npos) {
      Phrase before;
      if (plus > 0 && SplitPhrase(f.substr(0, plus), false, &before)) {
        offset = static_cast<uint32_t>(before.size());
      }
      f.erase(plus, 1);
    }
    if (!SplitPhrase(f, false, &phrase)) return false;
    for (PhraseWord& w : phrase) w.mode = WordMode::kExact;
    if (offset >= phrase.size()) offset = 0;
    d->AddVerbForm(v, phrase, offset);
    return true;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t lineno = i + 1;
    std::string_view raw = lines[i];
    std::string_view line = Trim(raw);
    if (line.starts_with("---")) {  // --- NAME [CODE] ---
      close();
      std::string_view inner = Trim(line.substr(3));
      if (inner.ends_with("---")) inner = Trim(inner.substr(0, inner.size() - 3));
      std::string_view body, code = "---";
      if (!SplitCode(inner, &body, &code)) body = inner;
      bool sub, dom;
      std::string_view parsed, paired;
      if (ParseVerbCode(code, d, &parsed, &paired, &sub, &dom)) {
        block_code = std::string(code);
      } else {
        AddProblem(problems, name, lineno, "bad block code", raw);
        block_code = "---";
      }
      block_name = std::string(body);
      in_block = true;
      synset = kNoId;
      continue;
    }
    size_t c = line.find('#');
    if (c != std::string_view::npos) line = Trim(line.substr(0, c));
    if (line.empty()) continue;
    if (line[0] == '~') {
      ++d->transformations;
      continue;
    }
    if (!in_block) {
      if (line[0] == '&') {
        std::string_view label = Trim(line.substr(1));
        synset_plurals = !label.ends_with("_");
        synset = d->SynsetId(label, true);
      } else if (line[0] == '+' && synset != kNoId) {
        AddSynsetLine(Trim(line.substr(1)), synset, synset_plurals, false, d, name, lineno,
                      problems);
      } else {
        AddProblem(problems, name, lineno, "line outside a verb block", raw);
      }
      continue;
    }
    if (line[0] == '-') {
      std::string_view body, code;
      if (!SplitCode(line.substr(1), &body, &code)) {
        AddProblem(problems, name, lineno, "pattern without [code]", raw);
        continue;
      }
      VerbPattern p;
      std::string why;
      if (!ParseVerbCode(code, d, &p.code, &p.paired_code, &p.subordinate, &p.dominant)) {
        AddProblem(problems, name, lineno, "bad event code", raw);
        continue;
      }
      if (!ParsePetrarchPattern(body, d, &p, &why)) {
        AddProblem(problems, name, lineno, why, raw);
        continue;
      }
      p.text = d->Keep(Trim(raw));
      p.origin = d->Keep(Origin(name, lineno));
      patterns.push_back(p);
      continue;
    }
    // A member verb: "MEET {MEETS MET MEETING} [code]".
    std::string_view head = line, code = block_code, forms;
    std::string_view body, own;
    if (SplitCode(line, &body, &own)) {
      head = body;
      code = own;
    }
    size_t brace = head.find('{');
    bool listed = false;
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        AddProblem(problems, name, lineno, "missing }", raw);
        continue;
      }
      forms = head.substr(brace + 1, end - brace - 1);
      head = Trim(head.substr(0, brace));
      listed = true;
    }
    VerbPattern tmp;
    if (!ParseVerbCode(code, d, &tmp.code, &tmp.paired_code, &tmp.subordinate, &tmp.dominant)) {
      AddProblem(problems, name, lineno, "bad event code", raw);
      continue;
    }
    std::string headword(head);
    std::erase(headword, '+');
    if (!SplitPhrase(headword, false, &phrase)) {
      AddProblem(problems, name, lineno, "empty verb", raw);
      continue;
    }
    uint32_t v = d->AddVerb(PhraseKey(phrase), block_name, tmp.code, Origin(name, lineno));
    d->verbs[v].paired_code = tmp.paired_code;
    d->verbs[v].subordinate = tmp.subordinate;
    d->verbs[v].dominant = tmp.dominant;
    members.push_back(v);
    add_form(v, head);
    if (listed) {
      size_t p = 0;
      while (p < forms.size()) {
        size_t sp = forms.find_first_of(" \t", p);
        if (sp == std::string_view::npos) sp = forms.size();
        if (sp > p) add_form(v, forms.substr(p, sp - p));
        p = sp + 1;
      }
    } else {
      // Regular forms of the '+' word (or the only/first word).
      std::string h(head);
      size_t plus = h.find('+');
      size_t ws = plus == std::string::npos ? 0 : plus + 1;
      size_t we = h.find_first_of("_ ", ws);
      if (we == std::string::npos) we = h.size();
      std::string word = NormalizeWord(h.substr(ws, we - ws));
      for (const std::string& f : RegularVerbForms(word)) {
        std::string form = h.substr(0, ws) + f + h.substr(we);
        if (plus == std::string::npos && form.find('_') != std::string::npos) {
          form.insert(0, "+");
        }
        add_form(v, form);
      }
    }
  }
  close();
}

}  // namespace annalist::lexicon_internal
