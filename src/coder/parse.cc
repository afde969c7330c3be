// Sparse parsing of one sentence, TABARI style (docs/coder.md, steps 1-3):
// classify tokens, build actor mentions (agents attached, coded compounds
// split), resolve pronouns; then clauses.cc links parsed compounds, drops
// comma clauses and splits clauses at conjunctions.
#include <algorithm>
#include <cctype>

#include "annalist/cameo.h"
#include "annalist/datetime.h"
#include "coder/sentence.h"

namespace annalist::coder_internal {

using lexicon_internal::PhraseList;
using lexicon_internal::PhraseMatch;
using lexicon_internal::PhraseMatches;
using lexicon_internal::VerbMatch;

bool Capitalised(const ParsedSentence& s, size_t i) {
  if (s.all_caps || i == 0) return false;
  const Token& t = s.tokens.tokens()[i];
  if (t.span.begin >= s.text.size()) return false;
  unsigned char c = static_cast<unsigned char>(s.text[t.span.begin]);
  if (!(c >= 'A' && c <= 'Z')) return false;
  // After a quote or a sentence mark a capital starts a new sentence.
  std::string_view prev = s.Norm(i - 1);
  return !(prev == "\"" || prev == "." || prev == ":" || prev == "(" || prev == "-");
}

namespace {

// Called for every token no dictionary phrase starts at: a switch on the
// length keeps this to a few compares.
bool IsConj(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "OR";
    case 3:
      return w == "AND" || w == "BUT" || w == "NOR";
    default:
      return false;
  }
}
bool IsDeterminer(std::string_view w) { return w == "THE" || w == "A" || w == "AN"; }
bool IsAuxiliary(std::string_view w) {
  return w == "WAS" || w == "WERE" || w == "BEEN" || w == "BE" || w == "IS" || w == "ARE" ||
         w == "BEING";
}
bool IsPronoun(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "HE" || w == "IT" || w == "WE";
    case 3:
      return w == "SHE" || w == "HIS" || w == "HER" || w == "ITS" || w == "HIM";
    case 4:
      return w == "THEY" || w == "THEM";
    case 5:
      return w == "THEIR";
    default:
      return false;
  }
}

bool HasLowercase(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

class Parser {
 public:
  Parser(const Lexicon& lex, const CoderOptions& opt, const DateTime& date, Context* ctx,
         ParsedSentence* s)
      : lex_(lex), match_(s->Matcher(lex)), opt_(opt), ymd_(ToYyyymmdd(date)), ctx_(ctx), s_(*s) {}

  void Run() {
    s_.all_caps = !HasLowercase(s_.text);
    Classify();
    FindDiscards();
    BuildMentions();
    FindClauses(opt_, petrarch_, &s_);
  }

 private:
  // PETRARCH discards ("+TYPHOON", "BASEBALL"): a listed phrase anywhere
  // discards the sentence (the story too for "+" entries; sentences are
  // coded one at a time here, so only the sentence is dropped).
  void FindDiscards() {
    if (!lexicon_internal::HasPhrases(lex_, PhraseList::kDiscard)) return;
    PhraseMatch m;
    for (size_t i = 0; i < s_.words.size() && !s_.discard; ++i) {
      if (match_.Match(PhraseList::kDiscard, i, &m)) s_.discard = true;
    }
  }

  // --- Step 1: one kind per token, longest dictionary phrase first.
  void Classify() {
    const size_t n = s_.tokens.size();
    // Constructed in place: assign(n, Word()) copies a temporary that the
    // compiler rewrites on the stack per element, each copy stalling on
    // store forwarding.
    s_.words.clear();
    s_.words.resize(n);
    for (size_t i = 0; i < n; ++i) s_.AddToBloom(s_.Norm(i));
    for (size_t i = 0; i < n;) {
      Word& w = s_.words[i];
      std::string_view t = s_.Norm(i);
      const Token& tok = s_.tokens.tokens()[i];
      if (tok.kind == Token::kPunct) {
        w.kind = (t == "," || t == ";") ? Kind::kComma : Kind::kPunct;
        ++i;
        continue;
      }
      PhraseMatches found;
      match_.MatchPhrases(i, &found);
      const PhraseMatch& actor = found.actor;
      const PhraseMatch& agent = found.agent;
      const VerbMatch& verb = found.verb;
      uint32_t la = actor.length, lg = agent.length, ln = found.noun.length,
               lj = found.adjective.length, lv = verb.length;
      // Not std::max({...}): GCC makes that a loop over an array it stores
      // on the stack, at every token.
      const uint32_t best = std::max(std::max(std::max(la, lg), std::max(ln, lj)), lv);
      if (best == 0) {
        if (IsConj(t))
          w.kind = Kind::kConj;
        else if (IsDeterminer(t))
          w.kind = Kind::kDeterminer;
        else if (IsPronoun(t))
          w.kind = Kind::kPronoun;
        else if (t == "BY")
          w.kind = Kind::kBy;
        else if (IsAuxiliary(t))
          w.kind = Kind::kAuxiliary;
        ++i;
        continue;
      }
      if (la == best) {
        w.kind = Kind::kActor;
        w.id = actor.id;
      } else if (lg == best) {
        w.kind = Kind::kAgent;
        w.id = agent.id;
      } else if (ln == best || lj == best) {
        w.kind = ln == best ? Kind::kNoun : Kind::kAdjective;
      } else if (lex_.verb(verb.verb).time_shift) {
        w.kind = Kind::kOther;
        w.id = verb.verb;
        s_.time_phrases.push_back(static_cast<uint32_t>(i));
      } else {
        ClassifyVerb(i, verb, &w);
      }
      w.length = best;
      for (size_t k = i + 1; k < i + best && k < n; ++k) s_.words[k].kind = Kind::kInside;
      i += best;
    }
  }

  void ClassifyVerb(size_t i, const VerbMatch& m, Word* w) {
    const VerbEntry& v = lex_.verb(m.verb);
    w->id = m.verb;
    w->verb_offset = m.verb_offset;
    // A determiner before it or a capital letter makes it a noun.
    size_t prev = i;
    while (prev > 0 && s_.words[prev - 1].kind == Kind::kInside) --prev;
    if ((prev > 0 && s_.words[prev - 1].kind == Kind::kDeterminer) || Capitalised(s_, i)) {
      w->kind = Kind::kNoun;
      return;
    }
    if (v.code == "###" && v.patterns.empty()) {
      s_.discard = true;
    } else if (v.code == "+++" && v.patterns.empty()) {
      s_.complex = true;
    }
    if ((v.code == "---" || v.code.empty()) && v.patterns.empty()) {
      w->kind = Kind::kNoun;  // TABARI: a null verb without patterns is "null"
      return;
    }
    w->kind = Kind::kVerb;
  }

  // --- Mentions.
  uint32_t AddCode(std::string_view code) {
    uint32_t at = static_cast<uint32_t>(s_.codes.size());
    s_.codes.append(code);
    return at;
  }

  void NewMention(uint32_t first, uint32_t last, std::string_view code, int32_t group,
                  bool pronoun) {
    ActorMention m;
    m.first = first;
    m.last = last;
    m.code_begin = AddCode(code);
    m.code_size = static_cast<uint32_t>(code.size());
    m.group = group;
    m.pronoun = pronoun;
    const auto& toks = s_.tokens.tokens();
    m.text_begin = toks[first].span.begin;
    m.text_size = toks[last - 1].span.end - toks[first].span.begin;
    s_.mentions.push_back(m);
  }

  // Adds mentions for an actor phrase whose code may be a coded compound.
  void AddActor(uint32_t first, uint32_t last, std::string_view code) {
    int32_t start = static_cast<int32_t>(s_.mentions.size());
    size_t members = 1 + std::count(code.begin(), code.end(), '/');
    int32_t group = -1;
    if (members > 1) {
      group = static_cast<int32_t>(s_.groups.size());
      s_.groups.push_back(Group{start, 0});
    }
    while (true) {
      size_t slash = code.find('/');
      std::string_view one = code.substr(0, slash);
      while (!one.empty() && one.front() == ' ') one.remove_prefix(1);
      while (!one.empty() && one.back() == ' ') one.remove_suffix(1);
      if (!one.empty()) {
        NewMention(first, last, one, group, false);
        if (group >= 0) ++s_.groups[group].mention_count;
      }
      if (slash == std::string_view::npos) break;
      code.remove_prefix(slash + 1);
    }
    s_.words[first].mention = start;
  }

  // Applies an agent to the last actor phrase (all its mentions).
  void ApplyAgent(size_t actor_start_mention, const AgentEntry& agent, bool former, uint32_t first,
                  uint32_t last) {
    AgentEntry eli;
    const AgentEntry* use = &agent;
    if (former) {
      eli.code = "ELI";
      use = &eli;
    }
    for (size_t k = actor_start_mention; k < s_.mentions.size(); ++k) {
      ActorMention& m = s_.mentions[k];
      Lexicon::CombineAgent(s_.Code(m), *use, &combined_);
      m.code_begin = AddCode(combined_);
      m.code_size = static_cast<uint32_t>(combined_.size());
      uint32_t nf = std::min(m.first, first), nl = std::max(m.last, last);
      m.first = nf;
      m.last = nl;
      const auto& toks = s_.tokens.tokens();
      m.text_begin = toks[nf].span.begin;
      m.text_size = toks[nl - 1].span.end - toks[nf].span.begin;
    }
  }

  // True when tokens [end, next) join two actors of a list: commas and
  // AND/OR/NOR, optionally followed by determiners and adjectives.
  bool ContinuesList(size_t end, size_t next) const {
    if (end >= next) return false;
    bool separator = false;
    for (size_t k = end; k < next; ++k) {
      Kind kind = s_.words[k].kind;
      std::string_view t = s_.Norm(k);
      if (kind == Kind::kComma || t == "AND" || t == "OR" || t == "NOR") {
        separator = true;
      } else if (!separator || (kind != Kind::kDeterminer && kind != Kind::kAdjective)) {
        return false;
      }
    }
    return separator;
  }

  bool Former(size_t i) const { return i > 0 && s_.Norm(i - 1) == "FORMER"; }

  void BuildMentions() {
    const size_t n = s_.words.size();
    int32_t last_actor_mention = -1;  // first mention of the last actor phrase
    size_t last_actor_end = 0;
    bool last_actor_former = false;
    int32_t pending_agent = -1;  // an agent waiting for the next actor
    size_t pending_first = 0, pending_last = 0;
    bool pending_former = false;
    int32_t list_agent = -1;  // an "of"-agent applied to a list of actors
    size_t list_end = 0;
    bool list_former = false;
    // PETRARCH gives "the ambassadors of A, B and C" the agent on every
    // actor; TABARI on the first only.
    petrarch_ = opt_.dialect == Dialect::kPetrarch;
    const bool agent_lists = petrarch_;
    for (size_t i = 0; i < n; ++i) {
      Word& w = s_.words[i];
      if (w.kind == Kind::kActor) {
        std::string_view code = lex_.CodeAt(w.id, ymd_);
        if (code == "###") {
          s_.discard = true;
          w.kind = Kind::kNoun;
          continue;
        }
        if (code == "+++") {
          s_.complex = true;
          w.kind = Kind::kNoun;
          continue;
        }
        if (code.empty() || code == "---") {
          w.kind = Kind::kNoun;
          continue;
        }
        bool former = Former(i);
        uint32_t first = static_cast<uint32_t>(former ? i - 1 : i);
        last_actor_mention = static_cast<int32_t>(s_.mentions.size());
        AddActor(first, static_cast<uint32_t>(i + w.length), code);
        last_actor_end = i + w.length;
        last_actor_former = former;
        if (pending_agent >= 0) {
          ApplyAgent(last_actor_mention, lex_.agent(pending_agent), pending_former || former,
                     pending_first, pending_last);
          list_agent = pending_agent;
          list_former = pending_former;
          pending_agent = -1;
        } else if (agent_lists && list_agent >= 0 && ContinuesList(list_end, i)) {
          // "the ambassadors of Arnor, Osgiliath and Gondor": the agent
          // applies to every actor of the list (PETRARCH compounds).
          ApplyAgent(last_actor_mention, lex_.agent(list_agent), list_former || former, first,
                     static_cast<uint32_t>(i + w.length));
        } else {
          list_agent = -1;
        }
        list_end = i + w.length;
        continue;
      }
      if (w.kind == Kind::kPronoun) {
        ResolvePronoun(i);
        continue;
      }
      if (w.kind == Kind::kDeterminer && i + 1 < n && ctx_->active && opt_.document_references) {
        ResolveDefinite(i);
        continue;
      }
      if (w.kind != Kind::kAgent) continue;
      const AgentEntry& agent = lex_.agent(w.id);
      bool former = Former(i) || last_actor_former;
      uint32_t first = static_cast<uint32_t>(Former(i) ? i - 1 : i);
      uint32_t last = static_cast<uint32_t>(i + w.length);
      // "Syria's president", "Arnor security officials": the actor before.
      size_t gap = i;
      while (gap > last_actor_end && (s_.Norm(gap - 1) == "'S" || s_.Norm(gap - 1) == "FORMER" ||
                                      s_.words[gap - 1].kind == Kind::kAdjective)) {
        --gap;
      }
      if (last_actor_mention >= 0 && gap == last_actor_end) {
        ApplyAgent(last_actor_mention, agent, Former(i) || last_actor_former, first, last);
        last_actor_end = last;
        i = last - 1;
        continue;
      }
      // "the president of Syria", "activists in Arnor", "activists Gondor".
      size_t j = last;
      if (j < n && (s_.Norm(j) == "OF" || s_.Norm(j) == "IN" || s_.Norm(j) == "FROM")) ++j;
      if (j < n && s_.words[j].kind == Kind::kDeterminer) ++j;
      if (j < n && s_.words[j].kind == Kind::kActor) {
        pending_agent = static_cast<int32_t>(w.id);
        pending_first = first;
        pending_last = last;
        pending_former = former;
        i = last - 1;
        continue;
      }
      if (opt_.convert_agents) {
        convert_.clear();
        if (!agent.prefix) convert_.push_back('~');
        convert_.append(agent.code);
        if (agent.prefix) convert_.push_back('~');
        last_actor_mention = static_cast<int32_t>(s_.mentions.size());
        AddActor(first, last, convert_);
        s_.words[i].mention = last_actor_mention;
        last_actor_end = last;
        last_actor_former = false;
      }
      i = last - 1;
    }
  }

  // Copies the mentions of the phrase starting at mention `m` as a pronoun
  // mention at tokens [i, i + len).
  void CopyReferent(int32_t m, size_t i, size_t len) {
    const ActorMention src = s_.mentions[m];
    int32_t count = 1;
    int32_t first = m;
    if (src.group >= 0) {
      first = s_.groups[src.group].first_mention;
      count = s_.groups[src.group].mention_count;
    }
    int32_t group = -1;
    int32_t start = static_cast<int32_t>(s_.mentions.size());
    if (count > 1) {
      group = static_cast<int32_t>(s_.groups.size());
      s_.groups.push_back(Group{start, count});
    }
    for (int32_t k = 0; k < count; ++k) {
      ActorMention c = s_.mentions[first + k];
      c.first = static_cast<uint32_t>(i);
      c.last = static_cast<uint32_t>(i + len);
      c.group = group;
      c.pronoun = true;
      s_.mentions.push_back(c);
    }
    s_.words[i].mention = start;
    s_.words[i].kind = Kind::kActor;
    s_.words[i].length = static_cast<uint32_t>(len);
  }

  void CopyContext(const Referent& r, size_t i, size_t len) {
    if (r.codes.empty()) return;
    uint32_t tb = static_cast<uint32_t>(s_.external_text.size());
    s_.external_text.append(r.text);
    int32_t group = -1;
    int32_t start = static_cast<int32_t>(s_.mentions.size());
    if (r.codes.size() > 1) {
      group = static_cast<int32_t>(s_.groups.size());
      s_.groups.push_back(Group{start, static_cast<int32_t>(r.codes.size())});
    }
    for (const std::string& code : r.codes) {
      NewMention(static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), code, group, true);
      ActorMention& m = s_.mentions.back();
      m.text_begin = tb | 0x80000000u;  // high bit: in external_text
      m.text_size = static_cast<uint32_t>(r.text.size());
    }
    s_.words[i].mention = start;
    s_.words[i].kind = Kind::kActor;
    s_.words[i].length = static_cast<uint32_t>(len);
  }

  // Index of the first mention of the first compound so far; -1 when none.
  int32_t FirstCompound() const {
    for (const Group& g : s_.groups) {
      if (g.mention_count > 1) return g.first_mention;
    }
    return -1;
  }

  void ResolvePronoun(size_t i) {
    std::string_view p = s_.Norm(i);
    const bool have = !s_.mentions.empty();
    if (p == "HE" || p == "SHE" || p == "IT" || p == "HIM") {
      if (have)
        CopyReferent(0, i, 1);
      else if (ctx_->active)
        CopyContext(ctx_->first_actor, i, 1);
    } else if (p == "ITS" || p == "HIS" || p == "HER") {
      if (have) {
        CopyReferent(0, i, 1);  // TABARI: the first actor before the pronoun
      } else if (ctx_->active) {
        CopyContext(ctx_->first_actor, i, 1);
      }
    } else if (p == "THEY" || p == "THEM" || p == "THEIR") {
      int32_t c = FirstCompound();
      if (c >= 0)
        CopyReferent(c, i, 1);
      else if (have)
        CopyReferent(0, i, 1);
      else if (ctx_->active) {
        CopyContext(ctx_->first_compound.codes.empty() ? ctx_->first_actor : ctx_->first_compound,
                    i, 1);
      }
    }
  }

  // "the country", "the group", "the ministry": the most recent fitting actor.
  void ResolveDefinite(size_t i) {
    if (s_.words[i + 1].kind != Kind::kOther && s_.words[i + 1].kind != Kind::kNoun) return;
    std::string_view noun = s_.Norm(i + 1);
    enum { kCountry, kGroup, kGov, kNone } want = kNone;
    if (noun == "COUNTRY" || noun == "NATION" || noun == "KINGDOM" || noun == "REPUBLIC") {
      want = kCountry;
    } else if (noun == "GROUP" || noun == "ORGANIZATION" || noun == "ORGANISATION" ||
               noun == "MOVEMENT" || noun == "MILITIA" || noun == "ALLIANCE") {
      want = kGroup;
    } else if (noun == "MINISTRY" || noun == "GOVERNMENT" || noun == "CABINET" ||
               noun == "REGIME" || noun == "ADMINISTRATION") {
      want = kGov;
    }
    if (want == kNone) return;
    for (size_t k = s_.mentions.size(); k-- > 0;) {
      SplitActorCode(s_.Code(s_.mentions[k]), &country_, &sector_);
      bool ok = want == kCountry ? (!country_.empty() && sector_.empty())
                : want == kGroup ? (country_.empty() || sector_ == "REB" || sector_ == "OPP" ||
                                    sector_ == "NGO" || sector_ == "IGO")
                                 : sector_ == "GOV";
      if (ok) {
        CopyReferent(static_cast<int32_t>(k), i, 2);
        s_.words[i + 1].kind = Kind::kInside;
        return;
      }
    }
    const Referent& r = want == kCountry ? ctx_->last_country
                        : want == kGroup ? ctx_->last_group
                                         : ctx_->last_government;
    if (r.codes.empty()) return;
    CopyContext(r, i, 2);
    s_.words[i + 1].kind = Kind::kInside;
  }

  const Lexicon& lex_;
  const lexicon_internal::SentenceMatcher match_;  // over s_.tokens
  const CoderOptions& opt_;
  const int32_t ymd_;
  Context* ctx_;
  ParsedSentence& s_;
  // The sentence's verbs come from PETRARCH verb blocks: PETRARCH's noun
  // phrase rules apply (agents over a list, unlisted modifiers in compounds).
  bool petrarch_ = false;
  // Work buffers, kept in the scratch so that nothing is allocated once warm.
  std::string& combined_ = s_.buffers.combined;
  std::string& convert_ = s_.buffers.convert;
  std::string& country_ = s_.buffers.country;
  std::string& sector_ = s_.buffers.sector;
};

}  // namespace

void ParseSentence(const Lexicon& lexicon, const CoderOptions& options, const DateTime& date,
                   Context* context, ParsedSentence* s) {
  Parser(lexicon, options, date, context, s).Run();
}

}  // namespace annalist::coder_internal
