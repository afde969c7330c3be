// Phrase normalisation and the LexiconData add methods shared by all readers.
#include "lexicon/lexicon_data.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "annalist/text.h"

namespace annalist::lexicon_internal {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

int32_t Fold(int32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x00A0:
      return ' ';
    default:
      return utf8proc_toupper(cp);
  }
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string out;
  bool ascii = true;
  for (unsigned char c : word) ascii = ascii && c < 0x80;
  if (ascii) {
    out.reserve(word.size());
    for (char c : word) {
      out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    }
    return out;
  }
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &nfc,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string_view src = word;
  if (n >= 0) src = std::string_view(reinterpret_cast<char*>(nfc), n);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(src.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(src.size());
  while (left > 0) {
    int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) {
      cp = 0xFFFD;
      len = 1;
    }
    AppendUtf8(static_cast<char32_t>(Fold(cp)), &out);
    p += len;
    left -= len;
  }
  std::free(nfc);
  return out;
}

bool SplitPhrase(std::string_view text, bool tabari, Phrase* out) {
  out->clear();
  std::string cur;
  bool cur_adjacent = false;
  bool tilde = false;  // "WORD~ NEXT": NEXT follows directly
  auto finish = [&](char terminator) {
    if (cur.empty()) return;
    PhraseWord w;
    w.adjacent = cur_adjacent;
    bool no_endings = false;
    if (cur.back() == '=') {
      cur.pop_back();
      no_endings = true;
    }
    // TABARI: a word is a stem unless "_" or "=" ends it.
    if (tabari && terminator != '_' && !no_endings) {
      w.mode = WordMode::kStem;
    } else {
      w.mode = no_endings ? WordMode::kExact : WordMode::kEndings;
    }
    if (terminator == '~') w.mode = WordMode::kStem;
    std::string norm = NormalizeWord(cur);
    cur.clear();
    if (norm.empty()) return;
    // "PEOPLE'S" -> PEOPLE 'S, as the tokenizer splits it.
    if (norm.size() > 2 && norm.ends_with("'S")) {
      w.text = norm.substr(0, norm.size() - 2);
      WordMode m = w.mode;
      w.mode = WordMode::kExact;
      out->push_back(w);
      PhraseWord s{"'S", m == WordMode::kStem ? WordMode::kExact : m, true};
      out->push_back(s);
    } else {
      w.text = std::move(norm);
      out->push_back(std::move(w));
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_' || c == '-' || c == '~') {
      // "-" is a word break, like TABARI's handling of hyphens in text; a
      // leading or doubled connector just marks adjacency.
      finish(c == '-' ? '_' : c);
      cur_adjacent = true;
      tilde = c == '~';
      continue;
    }
    if (IsBlank(c)) {
      finish(' ');
      if (!tilde) cur_adjacent = false;
      continue;
    }
    tilde = false;
    if (cur.empty() && out->empty()) cur_adjacent = false;
    cur.push_back(c);
  }
  finish(tabari ? ' ' : '_');
  if (out->empty()) return false;
  (*out)[0].adjacent = false;
  // Only the last word takes regular endings; inner exact words match exactly.
  for (size_t i = 0; i + 1 < out->size(); ++i) {
    if ((*out)[i].mode == WordMode::kEndings) (*out)[i].mode = WordMode::kExact;
  }
  return true;
}

void UseNounEndings(Phrase* phrase) {
  for (PhraseWord& w : *phrase) {
    if (w.mode == WordMode::kEndings) w.mode = WordMode::kNounEndings;
  }
}

std::string PhraseKey(const Phrase& p) {
  std::string key;
  for (const PhraseWord& w : p) {
    if (!key.empty()) key.push_back(' ');
    key += w.text;
  }
  return key;
}

void AddProblem(std::vector<std::string>* problems, std::string_view name, size_t line,
                std::string_view reason, std::string_view text) {
  if (problems == nullptr) return;
  std::string msg(name);
  msg += ':';
  msg += std::to_string(line);
  msg += ": ";
  msg += reason;
  msg += ": ";
  msg += text.substr(0, 200);
  problems->push_back(std::move(msg));
}

std::vector<std::string_view> SplitLines(std::string_view text, std::string* storage) {
  // Repair invalid UTF-8 (Mac-Roman bytes in old TABARI files).
  bool valid = true;
  {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
      if (*p < 0x80) {
        ++p;
        --left;
        continue;
      }
      int32_t cp;
      utf8proc_ssize_t len = utf8proc_iterate(p, left, &cp);
      if (len <= 0) {
        valid = false;
        break;
      }
      p += len;
      left -= len;
    }
  }
  if (!valid) {
    storage->clear();
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
      int32_t cp;
      utf8proc_ssize_t len = *p < 0x80 ? 1 : utf8proc_iterate(p, left, &cp);
      if (len <= 0) {
        storage->append("\xEF\xBF\xBD");
        len = 1;
      } else {
        storage->append(reinterpret_cast<const char*>(p), len);
      }
      p += len;
      left -= len;
    }
    text = *storage;
  }
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back(text.substr(start, i - start));
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

bool ParseVerbCode(std::string_view raw, LexiconData* d, std::string_view* code,
                   std::string_view* paired, bool* subordinate, bool* dominant) {
  std::string s;
  for (char c : raw) {
    if (!IsBlank(c)) s.push_back(c);
  }
  *subordinate = *dominant = false;
  if (!s.empty() && s.back() == '?') {
    *subordinate = true;
    s.pop_back();
  } else if (!s.empty() && s.back() == '!') {
    *dominant = true;
    s.pop_back();
  }
  auto valid = [](std::string_view c) {
    if (c == "---" || c == "###" || c == "+++") return true;
    if (c.empty()) return false;
    for (char ch : c) {
      bool ok = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
      if (!ok) return false;
    }
    return true;
  };
  size_t colon = s.find(':');
  std::string a = s.substr(0, colon);
  if (a.empty() && colon != std::string::npos) a = "---";  // PETRARCH "[:173]"
  std::string b = colon == std::string::npos ? "" : s.substr(colon + 1);
  if (!valid(a) || (colon != std::string::npos && !valid(b))) return false;
  *code = d->Keep(a);
  *paired = b.empty() ? std::string_view() : d->Keep(b);
  return true;
}

// --- LexiconData ------------------------------------------------------------

std::string_view LexiconData::Keep(std::string_view s) {
  constexpr size_t kBlock = 64 * 1024;
  if (s.empty()) return {};
  if (s.size() > kBlock / 4) {  // large: a block of its own
    blocks.insert(blocks.begin(), std::make_unique<char[]>(s.size()));
    std::copy(s.begin(), s.end(), blocks.front().get());
    arena_bytes += s.size();
    return std::string_view(blocks.front().get(), s.size());
  }
  if (blocks.empty() || block_used + s.size() > kBlock) {
    blocks.push_back(std::make_unique<char[]>(kBlock));
    block_used = 0;
    arena_bytes += kBlock;
  }
  char* p = blocks.back().get() + block_used;
  std::copy(s.begin(), s.end(), p);
  block_used += s.size();
  return std::string_view(p, s.size());
}

std::vector<TrieKey> LexiconData::Keys(const Phrase& p) {
  std::vector<TrieKey> keys;
  keys.reserve(p.size());
  for (const PhraseWord& w : p) {
    keys.push_back(TrieKey{Intern(w), w.mode, w.adjacent});
  }
  return keys;
}

void LexiconData::MarkStartWords() {
  start_words.assign(words.size(), 0);
  actor_phrases.MarkStartWords(&start_words);
  agent_phrases.MarkStartWords(&start_words);
  verb_phrases.MarkStartWords(&start_words);
  noun_phrases.MarkStartWords(&start_words);
  adjective_phrases.MarkStartWords(&start_words);
  discard_phrases.MarkStartWords(&start_words);
  issue_phrases.MarkStartWords(&start_words);
  synset_start_words.assign(words.size(), 0);
  for (size_t s = 0; s < synset_tries.size(); ++s) {
    synset_tries[s].MarkStartWords(uint64_t{1} << (s & 63), &synset_start_words);
  }
}

uint32_t LexiconData::AddActor(const Phrase& primary, std::string_view origin) {
  uint32_t id = static_cast<uint32_t>(actors.size());
  actor_codes.emplace_back();
  ActorEntry e;
  e.id = id;
  e.phrase = Keep(PhraseKey(primary));
  e.origin = Keep(origin);
  actors.push_back(e);
  AddActorSynonym(id, primary);
  return id;
}

void LexiconData::AddActorSynonym(uint32_t actor, const Phrase& p) {
  if (actor_phrases.Insert(Keys(p), actor) != ~0u) ++overridden;
}

void LexiconData::SetActorCodes(uint32_t actor, std::vector<DatedCode> codes) {
  // Restricted codes first (file order), then the default.
  std::stable_partition(codes.begin(), codes.end(),
                        [](const DatedCode& c) { return c.restricted(); });
  actor_codes[actor] = std::move(codes);
  actors[actor].codes = actor_codes[actor];
}

uint32_t LexiconData::AddAgent(const Phrase& p, std::string_view code, bool prefix,
                               std::string_view origin) {
  uint32_t id = static_cast<uint32_t>(agents.size());
  AgentEntry e;
  e.id = id;
  e.phrase = Keep(PhraseKey(p));
  e.code = Keep(code);
  e.prefix = prefix;
  e.origin = Keep(origin);
  agents.push_back(e);
  AddAgentForm(id, p);
  return id;
}

void LexiconData::AddAgentForm(uint32_t agent, const Phrase& p) {
  if (agent_phrases.Insert(Keys(p), agent) != ~0u) ++overridden;
}

uint32_t LexiconData::SynsetId(std::string_view name, bool create) {
  std::string key = NormalizeWord(name);
  while (!key.empty() && key.back() == '_') key.pop_back();
  auto it = synset_ids.find(key);
  if (it != synset_ids.end()) {
    if (create) {  // redefinition: later overrides
      synset_tries[it->second] = PhraseTrie();
      synset_raw[it->second].clear();
      ++overridden;
    }
    return it->second;
  }
  if (!create) return kNoId;
  uint32_t id = static_cast<uint32_t>(synset_names.size());
  synset_names.push_back(Keep(key));
  synset_tries.emplace_back();
  synset_raw.emplace_back();
  synset_ids.emplace(key, id);
  return id;
}

void LexiconData::AddSynsetPhrase(uint32_t synset, const Phrase& p) {
  synset_tries[synset].Insert(Keys(p), 0);
}

void LexiconData::AddNoun(const Phrase& p, bool adjective) {
  PhraseSet& t = adjective ? adjective_phrases : noun_phrases;
  if (t.Insert(Keys(p), 0) != ~0u) ++overridden;
}

void LexiconData::AddDiscard(const Phrase& p, bool whole_story, std::string_view origin) {
  uint32_t id = static_cast<uint32_t>(discards.size());
  discards.push_back(DiscardEntry{Keep(PhraseKey(p)), whole_story, Keep(origin)});
  if (discard_phrases.Insert(Keys(p), id) != ~0u) ++overridden;
}

void LexiconData::AddIssue(const Phrase& p, std::string_view code, std::string_view category,
                           uint8_t ignore, std::string_view origin) {
  uint32_t id = static_cast<uint32_t>(issues.size());
  issues.push_back(
      IssueEntry{Keep(PhraseKey(p)), Keep(code), Keep(category), ignore, Keep(origin)});
  if (issue_phrases.Insert(Keys(p), id) != ~0u) ++overridden;
}

uint32_t LexiconData::AddVerb(std::string_view headword, std::string_view block,
                              std::string_view code, std::string_view origin) {
  uint32_t id = static_cast<uint32_t>(verbs.size());
  VerbEntry v;
  v.id = id;
  v.headword = Keep(headword);
  v.block = Keep(block);
  v.code = code.empty() ? std::string_view("---") : code;
  v.origin = Keep(origin);
  verbs.push_back(v);
  return id;
}

void LexiconData::AddVerbForm(uint32_t verb, const Phrase& p, uint32_t verb_offset) {
  uint32_t value = static_cast<uint32_t>(verb_forms.size());
  verb_forms.emplace_back(verb, verb_offset);
  if (verb_phrases.Insert(Keys(p), value) != ~0u) ++overridden;
  verb_by_form[PhraseKey(p)] = verb;
}

std::span<const PatternElement> LexiconData::KeepElements(std::vector<PatternElement> e) {
  element_store.push_back(std::move(e));
  return element_store.back();
}

uint32_t LexiconData::AddAlternative(std::span<const PatternElement> alt) {
  alternatives.push_back(alt);
  return static_cast<uint32_t>(alternatives.size() - 1);
}

}  // namespace annalist::lexicon_internal
