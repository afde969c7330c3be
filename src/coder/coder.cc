// The coding loop (docs/coder.md, steps 3-4): for each clause, the verbs left
// to right, patterns longest first; source and target by designation,
// passive voice or the default rules; then events with every field filled.
#include "annalist/coder.h"

#include <algorithm>
#include <utility>

#include "annalist/cameo.h"
#include "annalist/datetime.h"
#include "coder/event_builder.h"
#include "coder/mode.h"
#include "coder/pattern_match.h"
#include "coder/sentence.h"

namespace annalist {

using coder_internal::ActorMention;
using coder_internal::Attribution;
using coder_internal::Clause;
using coder_internal::CodedVerb;
using coder_internal::Context;
using coder_internal::Designated;
using coder_internal::Kind;
using coder_internal::ParsedSentence;

namespace coder_internal {
struct ScratchState {
  ParsedSentence sentence;
  Context context;
  std::vector<CodedVerb> coded;
  std::vector<uint32_t> candidates;  // patterns of one verb that may match
};
}  // namespace coder_internal

CoderScratch::CoderScratch() : state_(std::make_unique<coder_internal::ScratchState>()) {}
CoderScratch::~CoderScratch() = default;

std::unique_ptr<CoderScratch> NewCoderScratch() { return std::make_unique<CoderScratch>(); }

Coder::Coder(const Lexicon* lexicon, CoderOptions options)
    : lexicon_(lexicon),
      options_(std::move(options)),
      patterns_(std::make_unique<coder_internal::PatternIndex>(*lexicon)) {}
Coder::~Coder() = default;

namespace {

// Tokens [first, end) of `from` into *to, as Tokenize would have made them of
// the text from `shift` on: spans less `shift`, their normal forms (which
// Tokenize writes one after the other) copied in one piece.
void CopyTokens(const TokenBuffer& from, size_t first, size_t end, uint32_t shift,
                TokenBuffer* to) {
  std::vector<Token>& t = to->mutable_tokens();
  std::string& norm = to->mutable_norm();
  t.assign(from.tokens().begin() + static_cast<ptrdiff_t>(first),
           from.tokens().begin() + static_cast<ptrdiff_t>(end));
  if (t.empty()) {
    norm.clear();
    return;
  }
  const uint32_t nb = t.front().norm_begin;
  norm.assign(from.norm(), nb, t.back().norm_begin + t.back().norm_size - nb);
  for (Token& k : t) {
    k.span.begin -= shift;
    k.span.end -= shift;
    k.norm_begin -= nb;
  }
}

// A clause after a conjunction takes the previous clause's source only when
// its verb comes right after the conjunction ("and signed", "and later
// met"): measured against TABARI on Reuters, a longer gap mostly carries a
// subject TABARI does not.
constexpr size_t kCarryGap = 2;

// The actor a search finds at mention `m` (the first mention of the phrase
// at a token): the whole compound at its first member; a later member of a
// parsed compound on its own. TABARI searches actor by actor (manual 5.8):
// the source is "the first actor with a code distinct from the code of the
// target" and the target "an actor ... that has a code distinct from the
// code of the source", so a search that passes over a compound's first
// member (it is the source, or has the other side's code) stops at a later
// member, which stands alone: "for export to Switzerland, Austria and
// Lichtenstein" -> source the list, target Austria (CHE and LIE -> AUT);
// "West Germany and Ireland are opposed to proposed limits" -> DEU -> IRL.
// PETRARCH (`members` false) takes a compound as a whole wherever it is met
// (its gold "The US, Russia, and Switzerland met": every pair).
int32_t PhraseStart(const ParsedSentence& s, int32_t m, bool members) {
  const ActorMention& x = s.mentions[m];
  if (x.group >= 0) {
    const int32_t head = s.groups[x.group].first_mention;
    if (!members || s.mentions[head].first == x.first) return head;
  }
  while (m > 0 && s.mentions[m - 1].first == x.first) --m;
  return m;
}

// True when the phrase or compound starting at mention m has a member
// whose code is not `code` ("Mexico and Peru" against Mexico City: Peru).
bool OtherCode(const ParsedSentence& s, int32_t m, std::string_view code) {
  const ActorMention& x = s.mentions[m];
  // A later member found on its own (TABARI's search) is itself only.
  if (x.group < 0 || s.groups[x.group].first_mention != m) return s.Code(x) != code;
  const coder_internal::Group& g = s.groups[x.group];
  for (int32_t k = g.first_mention; k < g.first_mention + g.mention_count; ++k) {
    if (s.Code(s.mentions[k]) != code) return true;
  }
  return false;
}

// True when no actor search takes the mention at token `k`: it is in a
// dropped comma clause, a locative place, or (rule d) a venue while the
// verb being coded is one of meeting and agreeing.
bool OutOfReach(const ParsedSentence& s, size_t k) {
  const auto& w = s.words[k];
  return w.dropped || w.locative || (w.venue && s.venues_barred);
}

// First actor with a token in [from, to) that is not `other` and whose code
// differs from other's (when other >= 0); -1 when none. The result is a
// PhraseStart (`members`: TABARI's search, compound members one by one).
// The actor a search accepts at token k: the PhraseStart there, unless the
// token has no live mention, is a possessive pronoun ("its attacks"), or the
// actor is `other` or has only its code; -1 then.
int32_t ActorFitAt(const ParsedSentence& s, size_t k, int32_t other, std::string_view other_code,
                   bool members) {
  const auto& w = s.words[k];
  if (w.mention < 0 || OutOfReach(s, k) || s.Possessive(k)) return -1;
  const int32_t m = PhraseStart(s, w.mention, members);
  if (other >= 0 && (m == other || !OtherCode(s, m, other_code))) return -1;
  return m;
}

int32_t FindActor(const ParsedSentence& s, size_t from, size_t to, int32_t other,
                  bool members = true) {
  std::string_view other_code = other >= 0 ? s.Code(s.mentions[other]) : std::string_view();
  for (size_t k = from; k < to && k < s.size(); ++k) {
    if (s.words[k].mention < 0) continue;  // most tokens: no call
    const int32_t m = ActorFitAt(s, k, other, other_code, members);
    if (m >= 0) return m;
  }
  return -1;
}

// First mention (a single member, not its phrase or compound) with a
// token in [from, to) whose code is not that of mention `other`; -1 when
// none.
int32_t FirstOtherMember(const ParsedSentence& s, size_t from, size_t to, int32_t other) {
  std::string_view other_code = s.Code(s.mentions[other]);
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    const ActorMention& x = s.mentions[m];
    if (x.first < from || x.first >= to) continue;
    if (s.Possessive(x.first)) continue;  // as FindActor
    if (OutOfReach(s, x.first)) continue;
    if (s.Code(x) != other_code) return static_cast<int32_t>(m);
  }
  return -1;
}

// The same search from `to` back to `from`: TABARI's target before the
// verb is the nearest one (manual 5.8, "a search is made for the first
// actor before the verb"): "Major increases for West Germany, Belgium,
// Spain, Italy and Australia were partially offset by declines" -> the list
// against Australia.
int32_t FindActorBackward(const ParsedSentence& s, size_t from, size_t to, int32_t other,
                          bool members) {
  std::string_view other_code = other >= 0 ? s.Code(s.mentions[other]) : std::string_view();
  for (size_t k = std::min(to, s.size()); k-- > from;) {
    if (s.words[k].mention < 0) continue;  // as FindActor
    const int32_t m = ActorFitAt(s, k, other, other_code, members);
    if (m >= 0) return m;
  }
  return -1;
}

// True when mention m (a PhraseStart) stands for a whole compound.
bool IsCompound(const ParsedSentence& s, int32_t m) {
  const ActorMention& x = s.mentions[m];
  return x.group >= 0 && s.groups[x.group].first_mention == m &&
         s.groups[x.group].mention_count > 1;
}

bool IsPassive(const ParsedSentence& s, size_t verb) {
  bool aux = false;
  for (size_t k = verb, back = 0; k-- > 0 && back < 3; ++back) {
    if (s.words[k].kind == Kind::kAuxiliary) {
      std::string_view w = s.Norm(k);
      if (w == "WAS" || w == "WERE" || w == "BEEN") aux = true;
      break;
    }
    if (s.words[k].kind != Kind::kOther) break;
  }
  if (!aux) return false;
  size_t after = verb + s.words[verb].length;
  for (size_t k = after; k < s.size() && k < after + 2; ++k) {
    if (s.words[k].kind == Kind::kBy) return true;
    if (s.words[k].kind != Kind::kOther) return false;
  }
  return false;
}

bool StartsWithAny(std::string_view w, std::initializer_list<std::string_view> stems) {
  for (std::string_view x : stems) {
    if (w.starts_with(x)) return true;
  }
  return false;
}

// Rule b: the material acts a statement may report (roots 06-08, 14-20).
bool IsMaterialCode(std::string_view code) {
  if (code.size() < 2) return false;
  const std::string_view root = code.substr(0, 2);
  return (root >= "06" && root <= "08") || (root >= "14" && root <= "20");
}

// Rule c: the verbs of governing acts (refuse, reject, threaten, promise,
// pledge, vow, demand), by their upper-case forms.
bool IsGoverningWord(std::string_view w) {
  return StartsWithAny(w, {"REFUS", "REJECT", "THREATEN", "PROMIS", "PLEDG", "DEMAND"}) ||
         w == "VOW" || w == "VOWS" || w == "VOWED" || w == "VOWING";
}

// The code of a governing act whose verb the lexicon does not code, from
// its word and the embedded act's code.
std::string_view GoverningCode(std::string_view w, std::string_view embedded) {
  const bool meet = embedded.starts_with("04");
  if (w.starts_with("REFUS") || w.starts_with("REJECT")) return meet ? "125" : "120";
  if (w.starts_with("THREATEN")) {
    const bool force =
        embedded.starts_with("18") || embedded.starts_with("19") || embedded.starts_with("20");
    return force ? "138" : "130";
  }
  if (w.starts_with("DEMAND")) return "100";
  return meet ? "036" : "030";  // promise, pledge, vow
}

// The governing word in the few tokens before verb `v` ("refused to",
// "demanded that Israel"), not itself a coded verb; -1 when none.
int32_t GoverningWordBefore(const ParsedSentence& s, size_t clause_begin, size_t v) {
  constexpr size_t kReach = 4;
  for (size_t k = v, n = 0; k-- > clause_begin && n < kReach; ++n) {
    if (s.words[k].kind == Kind::kVerb || s.words[k].dropped) return -1;
    if (IsGoverningWord(s.Norm(k))) return static_cast<int32_t>(k);
  }
  return -1;
}

// Rule d: words that put the place after them ("in Paris", "at the Doha
// Forum") and the words that may come between.
bool IsLocativePreposition(std::string_view w) {
  return w == "IN" || w == "AT" || w == "NEAR" || w == "INSIDE" || w == "OUTSIDE" ||
         w == "THROUGHOUT" || w == "ACROSS";
}
bool IsDirectionWord(std::string_view w) {
  return StartsWithAny(w, {"NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"});
}
bool IsBareCountry(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Rule d: the codes of meeting and agreeing, whose events do not take
// their venue as an actor: roots 03-05 but a visit (042, 043: the capital
// is the country visited).
bool IsVenueCode(std::string_view code) {
  return (code.starts_with("03") || code.starts_with("04") || code.starts_with("05")) &&
         !code.starts_with("042") && !code.starts_with("043");
}

// Rule d: mention `m` is a locative place, or a venue of an event of `code`.
bool Barred(const ParsedSentence& s, int32_t m, std::string_view code) {
  const coder_internal::Word& w = s.words[s.mentions[m].first];
  return w.locative || (w.venue && IsVenueCode(code));
}

// True when the actor phrase starting at token `k` is one of its
// country's capitals ("Paris" for FRA): a city, named as a city.
bool IsCapitalName(const Lexicon& lexicon, const ParsedSentence& s, size_t k) {
  const coder_internal::Word& w = s.words[k];
  if (w.kind != Kind::kActor || w.id == kNoId) return false;
  std::string_view capitals = lexicon.actor(w.id).capitals;
  while (!capitals.empty()) {
    const size_t bar = capitals.find('|');
    std::string_view one = capitals.substr(0, bar);
    capitals = bar == std::string_view::npos ? std::string_view() : capitals.substr(bar + 1);
    size_t t = k;
    bool same = true;
    while (same && !one.empty()) {
      const size_t sp = one.find(' ');
      same = t < k + w.length && t < s.size() && s.Norm(t) == one.substr(0, sp);
      one = sp == std::string_view::npos ? std::string_view() : one.substr(sp + 1);
      ++t;
    }
    if (same && t == k + w.length) return true;
  }
  return false;
}

// Marks the places of locative phrases (Word::locative).
void MarkLocativePlaces(const Lexicon& lexicon, ParsedSentence* s) {
  size_t first_verb = 0;
  while (first_verb < s->size() && s->words[first_verb].kind != Kind::kVerb) ++first_verb;
  for (const ActorMention& m : s->mentions) {
    if (m.pronoun || !IsBareCountry(s->Code(m))) continue;
    // Before the sentence's first verb, any place. After it, a country is
    // often what the gold codes as the target ("fired at Gaza", "fighting
    // in Syria", "arrived in Monrovia"), measured in docs/coder.md; only a
    // capital named as a city is marked, as a venue that the events of
    // meeting and agreeing do not take ("resume talks in Paris").
    const bool after_verb = m.first >= first_verb;
    if (after_verb && !IsCapitalName(lexicon, *s, m.first)) continue;
    for (size_t k = m.first, skipped = 0; k-- > 0 && skipped < 3; ++skipped) {
      std::string_view w = s->Norm(k);
      if (IsLocativePreposition(w)) {
        (after_verb ? s->words[m.first].venue : s->words[m.first].locative) = true;
        break;
      }
      const Kind kind = s->words[k].kind;
      if (kind != Kind::kDeterminer && kind != Kind::kAdjective && w != "THE" &&
          !IsDirectionWord(w)) {
        break;
      }
    }
  }
}

}  // namespace

void Coder::CodeDocument(const Document& doc, CoderScratch* scratch, std::vector<Event>* out,
                         std::vector<Mention>* mentions) const {
  CodeDocument(doc, nullptr, scratch, out, mentions);
}

void Coder::CodeDocument(const Document& doc, const TokenBuffer* text_tokens, CoderScratch* scratch,
                         std::vector<Event>* out, std::vector<Mention>* mentions) const {
  scratch->state()->context.Clear();
  scratch->state()->context.active = options_.document_references;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const annalist::Sentence& sent = doc.sentences[i];
    if (sent.furniture || sent.span.end > doc.text.size()) continue;
    std::string_view text = std::string_view(doc.text).substr(sent.span.begin, sent.span.size());
    size_t before = out->size();
    CodeOne(text, doc.published, true, scratch, out,
            MentionSink{mentions, static_cast<uint32_t>(i), sent.span.begin},
            SharedTokens{doc.text, text_tokens});
    for (size_t k = before; k < out->size(); ++k) {
      Event& e = (*out)[k];
      e.doc_id = doc.id;
      e.sentence = static_cast<uint32_t>(i);
      e.span = sent.span;
    }
  }
}

SentenceOutcome Coder::CodeSentence(std::string_view sentence, const DateTime& date,
                                    CoderScratch* scratch, std::vector<Event>* out,
                                    std::vector<Mention>* mentions) const {
  scratch->state()->context.Clear();
  return CodeOne(sentence, date, false, scratch, out, MentionSink{mentions});
}

SentenceOutcome Coder::CodeSentence(std::string_view sentence, const DateTime& date, bool continues,
                                    CoderScratch* scratch, std::vector<Event>* out,
                                    std::vector<Mention>* mentions) const {
  Context& context = scratch->state()->context;
  if (!continues) context.Clear();
  context.active = options_.document_references;
  return CodeOne(sentence, date, true, scratch, out, MentionSink{mentions});
}

// Codes the clauses of a parsed sentence, appending its events to *out.
SentenceOutcome Coder::CodeClauses(const ParsedSentence& s, CoderScratch* scratch,
                                   std::vector<Event>* out) const {
  const CoderOptions& o = options_;
  // The reporting verb and speaker: the events' mode, and with
  // reported_subject the source of "X said Y attacked Z" (Y).
  // Found when first needed: most sentences code no event.
  Attribution found_attribution;
  bool attribution_found = false;
  auto attribution = [&]() -> const Attribution& {
    if (!attribution_found) {
      found_attribution = coder_internal::FindAttribution(s);
      attribution_found = true;
    }
    return found_attribution;
  };
  // Code each clause.
  auto& coded = scratch->state()->coded;
  coded.clear();
  s.venues_barred = false;
  int32_t carried_source = -1;
  for (size_t c = 0; c < s.clauses.size(); ++c) {
    const Clause& clause = s.clauses[c];
    bool clause_done = false;
    // Rule b: the statement of the clause that may report a later act
    // (index into `coded`) and the token after its verb; rule c: the
    // governing act waiting for its embedded act.
    int32_t statement = -1, governing = -1;
    size_t statement_end = 0;
    int32_t first_in_clause = FindActor(s, clause.begin, clause.end, -1);
    for (size_t v = clause.begin; v < clause.end && !clause_done; ++v) {
      const auto& w = s.words[v];
      if (w.kind != Kind::kVerb || w.dropped) continue;
      const VerbEntry& entry = lexicon_->verb(w.id);
      s.venues_barred = false;
      CodedVerb cv;
      cv.verb = v;
      Designated d;
      bool matched = false;
      // Longest pattern first. A match through alternatives counts the
      // alternative actually matched: longer patterns than that are still
      // tried (TABARI manual 5.7.1).
      uint32_t matched_length = 0;
      bool matched_short = false;
      // Patterns that cannot match are skipped first (PatternIndex): as
      // weights never grow along the list, the break below comes at the
      // same place either way.
      std::vector<uint32_t>& candidates = scratch->state()->candidates;
      patterns_->Candidates(w.id, s, &candidates);
      for (uint32_t pi : candidates) {
        const VerbPattern& p = entry.patterns[pi];
        // A match through a shorter alternative also gives way to a
        // pattern of the same length that matches as written: "{ WILL |
        // WOULD | IS_TO_ } * +" matched as WILL (4) yields to "* WITH_ +"
        // (4), as TABARI codes "will meet with Japanese creditor banks".
        if (matched && (matched_short ? p.weight < matched_length : p.weight <= matched_length)) {
          break;
        }
        Designated pd;
        if (coder_internal::MatchPattern(*lexicon_, *patterns_, s, clause, v, p, &pd)) {
          // Rule d: a pattern's actor slot does not take a locative place,
          // nor a meeting's a venue.
          if (pd.source >= 0 && Barred(s, pd.source, p.code)) pd.source = -1;
          if (pd.target >= 0 && Barred(s, pd.target, p.code)) pd.target = -1;
          const uint32_t length = p.weight - std::min(pd.shortfall, p.weight);
          const bool better = !matched || length > matched_length ||
                              (matched_short && length == matched_length && pd.shortfall == 0);
          if (!better) continue;
          matched_short = pd.shortfall > 0;
          d = pd;
          cv.code = p.code;
          cv.paired = p.paired_code;
          cv.subordinate = p.subordinate;
          cv.dominant = p.dominant;
          cv.pattern = &p;
          matched = true;
          matched_length = length;
        }
      }
      if (!matched) {
        cv.code = entry.code;
        cv.paired = entry.paired_code;
        cv.subordinate = entry.subordinate;
        cv.dominant = entry.dominant;
      }
      if (cv.code == "###") return SentenceOutcome::kDiscard;
      if (cv.code == "+++") return SentenceOutcome::kComplex;
      if (cv.code.empty() || cv.code == "---") continue;
      if (governing >= 0) {
        // Rule c: the embedded act is the governing act's context.
        coded[governing].context_code = cv.code;
        coded[governing].context_verb = v;
        governing = -1;
        if (o.code_by != CoderOptions::CodeBy::kAll) clause_done = true;
        continue;
      }

      s.venues_barred = IsVenueCode(cv.code);
      // Source and target. TABARI (and annalist) search compound members
      // one by one; PETRARCH takes compounds whole.
      const bool members = o.dialect != Dialect::kPetrarch;
      int32_t src = d.source, tgt = d.target;
      bool carried = false;  // src is the source kept from the last clause
      cv.compound = d.compound;
      if (!d.compound && src < 0 && tgt < 0 && IsPassive(s, v)) {
        size_t after = v + w.length;
        src = FindActor(s, after, clause.end, -1, members);
        tgt = FindActor(s, clause.begin, v, src, members);
      }
      if (src < 0 && statement >= 0) {
        src = FindActor(s, statement_end, v, tgt, members);  // rule b
      }
      if (src < 0 && (o.reported_subject || o.reported_acts) &&
          attribution().verb >= static_cast<int32_t>(clause.begin) &&
          attribution().verb < static_cast<int32_t>(v)) {
        src = FindActor(s, attribution().verb + 1, v, tgt, members);
      }
      if (src < 0) {
        src = FindActor(s, clause.begin, v, tgt, members);
        if (src < 0 && c > 0 && carried_source >= 0 && v <= clause.begin + kCarryGap) {
          src = carried_source;
          carried = true;
        }
        if (src < 0 && c == 0) src = FindActor(s, 0, v, tgt, members);
      }
      if (src < 0 && !o.default_source.empty() && o.default_source_prior) {
        cv.default_source = o.default_source;
      }
      if (src < 0 && cv.default_source.empty() && tgt >= 0) {
        // A target but no source before the verb: the first actor after
        // it whose code is not the target's, a member of the target's
        // compound included ("warned Japan, South Korea and Taiwan that":
        // South Korea against the others), as TABARI does (manual 5.8).
        src = FirstOtherMember(s, v + w.length, clause.end, tgt);
        if (src >= 0) {
          const int32_t g = s.mentions[src].group;
          cv.single_source = g >= 0 && g == s.mentions[tgt].group;
          if (!cv.single_source) src = PhraseStart(s, src, false);
        }
      }
      if (src < 0 && cv.default_source.empty()) {
        src = FindActor(s, v + w.length, clause.end, tgt, members);
      }
      if (src < 0 && !o.default_source.empty()) cv.default_source = o.default_source;
      if (tgt < 0 && !d.compound) {
        tgt = FindActor(s, v + w.length, clause.end, src, members);
        if (tgt < 0 && !o.default_target.empty() && o.default_target_after) {
          cv.default_target = o.default_target;
        }
        if (tgt < 0 && cv.default_target.empty()) {
          tgt = members ? FindActorBackward(s, clause.begin, v, src, members)
                        : FindActor(s, clause.begin, v, src, members);
        }
        // A compound source with no other target is its own target (manual
        // 5.8), but not a compound kept from the previous clause: after a
        // conjunction the target is found afresh in the clause (manual
        // 7.6), and TABARI codes nothing there ("... by the British and
        // Italian navies and is due to enter service in 1992").
        if (tgt < 0 && cv.default_target.empty() && src >= 0 && o.untargeted_events &&
            IsIntransitiveCode(cv.code)) {
          cv.untargeted = true;  // rule a
        }
        if (tgt < 0 && cv.default_target.empty() && src >= 0 && IsCompound(s, src) &&
            !(carried && members) && !cv.untargeted) {
          tgt = src;
          cv.compound = true;
        }
      }
      if (tgt < 0 && cv.default_target.empty() && !o.default_target.empty()) {
        cv.default_target = o.default_target;
      }
      if ((src < 0 && cv.default_source.empty()) ||
          (tgt < 0 && cv.default_target.empty() && !cv.untargeted)) {
        continue;
      }
      cv.source = src;
      cv.target = tgt;
      const bool statement_code = cv.code.starts_with("01") || cv.code.starts_with("02");
      if (statement >= 0) {
        // Rule b: a later statement adds nothing; a later act replaces the
        // statement, which reports it.
        if (statement_code) continue;
        if (!IsMaterialCode(cv.code)) {
          // A verbal act (03-05, 09-13) the statement states: the
          // statement stands, as without the rule.
          statement = -1;
          if (o.code_by != CoderOptions::CodeBy::kAll) clause_done = true;
          continue;
        }
        cv.reported_by = coded[statement].source;
        coded.erase(coded.begin() + statement);
        statement = -1;
      } else if (o.reported_acts && statement_code && !cv.subordinate &&
                 o.code_by != CoderOptions::CodeBy::kAll) {
        coded.push_back(cv);
        statement = static_cast<int32_t>(coded.size() - 1);
        statement_end = v + w.length;
        continue;
      }
      if (o.governing_acts && !cv.subordinate && o.code_by != CoderOptions::CodeBy::kAll) {
        if (IsGoverningWord(s.Norm(v))) {
          // Rule c: the governing verb is coded; its embedded act follows.
          coded.push_back(cv);
          governing = static_cast<int32_t>(coded.size() - 1);
          continue;
        }
        const int32_t g = GoverningWordBefore(s, clause.begin, v);
        if (g >= 0) {
          // Rule c: the lexicon does not code the governing verb: the act
          // is the governing one, with this one as its context.
          cv.context_code = cv.code;
          cv.context_verb = v;
          cv.code = GoverningCode(s.Norm(g), cv.code);
          cv.paired = {};
          cv.pattern = nullptr;
          cv.dominant = false;
          cv.verb = static_cast<size_t>(g);
        }
      }
      coded.push_back(cv);
      if (!cv.subordinate && o.code_by != CoderOptions::CodeBy::kAll) clause_done = true;
    }
    if (clause_done && !coded.empty() && coded.back().source >= 0) {
      carried_source = coded.back().source;
    } else if (carried_source < 0) {
      carried_source = first_in_clause;
    }
    // An actor right after the conjunction starts a new subject.
    if (c + 1 < s.clauses.size()) {
      const Clause& next = s.clauses[c + 1];
      size_t k = next.begin;
      while (k < next.end &&
             (s.words[k].kind == Kind::kDeterminer || s.words[k].kind == Kind::kAdjective)) {
        ++k;
      }
      if (k < next.end && s.words[k].mention >= 0) carried_source = -1;
    }
    if (o.code_by == CoderOptions::CodeBy::kSentence && clause_done) break;
  }
  // Subordinate and dominant codes.
  bool any_dominant = false, any_main = false;
  for (const CodedVerb& cv : coded) {
    any_dominant |= cv.dominant;
    any_main |= !cv.subordinate;
  }
  const size_t before = out->size();
  for (const CodedVerb& cv : coded) {
    if (any_dominant && !cv.dominant) continue;
    if (any_main && cv.subordinate) continue;
    coder_internal::EmitEvents(s, cv, attribution(), before, out);
    if (out->size() - before >= static_cast<size_t>(o.max_events)) {
      out->resize(before + o.max_events);
      break;
    }
  }
  return SentenceOutcome::kNoEvent;
}

void Coder::RecordMentions(const ParsedSentence& s, const MentionSink& sink) const {
  const std::vector<Token>& tokens = s.tokens.tokens();
  const size_t first_new = sink.out->size();
  auto span = [&](size_t first, size_t last) {
    return Span{sink.offset + tokens[first].span.begin, sink.offset + tokens[last - 1].span.end};
  };
  for (const coder_internal::ActorMention& m : s.mentions) {
    if (m.pronoun || m.last <= m.first || m.last > tokens.size()) continue;
    Mention& out = sink.out->emplace_back();
    out.span = span(m.first, m.last);
    out.sentence = sink.sentence;
    out.kind = MentionKind::kActor;
    out.value.assign(s.Code(m));
  }
  for (size_t i = 0; i < s.size(); ++i) {
    const coder_internal::Word& w = s.words[i];
    if (w.kind != Kind::kAgent || w.id == kNoId) continue;
    std::string_view code = lexicon_->agent(w.id).code;
    while (!code.empty() && code.front() == '~') code.remove_prefix(1);
    while (!code.empty() && code.back() == '~') code.remove_suffix(1);
    Mention& out = sink.out->emplace_back();
    out.span = span(i, std::min<size_t>(i + w.length, tokens.size()));
    out.sentence = sink.sentence;
    out.kind = MentionKind::kAgent;
    out.value.assign(code);
  }
  // In order of their spans' begin (insertion sort: a handful, stable, and
  // no allocation).
  std::vector<Mention>& v = *sink.out;
  for (size_t i = first_new + 1; i < v.size(); ++i) {
    for (size_t k = i; k > first_new && v[k].span.begin < v[k - 1].span.begin; --k) {
      std::swap(v[k], v[k - 1]);
    }
  }
}

SentenceOutcome Coder::CodeOne(std::string_view text, const DateTime& date, bool keep_context,
                               CoderScratch* scratch, std::vector<Event>* out, MentionSink mentions,
                               SharedTokens shared) const {
  ParsedSentence& s = scratch->state()->sentence;
  s.Clear();
  s.text = text;
  // TABARI reads "Dol_Amroth" in a text as the words DOL AMROTH (as in the
  // dictionaries), and with hyphens_as_blanks "London-based" as LONDON BASED
  // (manual 7.3); same length, so token spans still index `text`.
  // A dateline ("DAMASCUS — ") says where the story was filed: not coded.
  const size_t skip = options_.skip_dateline ? DatelineLength(text) : 0;
  const uint32_t base = static_cast<uint32_t>(skip);
  const bool hyphens = options_.hyphens_as_blanks && text.find('-') != std::string_view::npos;
  if (hyphens || text.find('_') != std::string_view::npos) {
    s.spaced_text.assign(text);
    for (char& ch : s.spaced_text) {
      if (ch == '_' || (hyphens && ch == '-')) ch = ' ';
    }
    Tokenize(std::string_view(s.spaced_text).substr(skip), base, &s.tokens);
  } else if (size_t first, end;
             shared.tokens != nullptr &&
             TokensWithin(
                 shared.text, *shared.tokens,
                 Span{mentions.offset + base, mentions.offset + static_cast<uint32_t>(text.size())},
                 &first, &end)) {
    CopyTokens(*shared.tokens, first, end, mentions.offset, &s.tokens);
  } else {
    Tokenize(text.substr(skip), base, &s.tokens);
  }
  // Each token's dictionary word candidates, once for every lookup.
  lexicon_internal::Bind(*lexicon_, s.tokens, &s.token_cache).SynsetStarts(&s.synset_starts);
  coder_internal::ParseSentence(*lexicon_, options_, date, &scratch->state()->context, &s);
  if (options_.locative_places) MarkLocativePlaces(*lexicon_, &s);
  if (keep_context) coder_internal::RememberReferents(s, &scratch->state()->context);
  if (mentions.out) RecordMentions(s, mentions);
  if (s.discard) return SentenceOutcome::kDiscard;
  if (s.complex) return SentenceOutcome::kComplex;
  // TABARI time shifting (manual 10.5): the first <TIME> phrase with a
  // non-null code moves the events' date by its days, or discards the
  // sentence ("###") or reports it complex ("+++").
  int shift_days = 0;
  bool shifted = false;
  uint32_t shift_phrase = 0;  // its token
  for (uint32_t t : s.time_phrases) {
    const VerbEntry& entry = lexicon_->verb(s.words[t].id);
    std::string_view code = entry.code;
    const Clause whole{0, static_cast<uint32_t>(s.size())};
    Designated d;
    for (size_t pi = 0; pi < entry.patterns.size(); ++pi) {
      if (!patterns_->MayMatch(s.words[t].id, pi, s)) continue;
      if (coder_internal::MatchPattern(*lexicon_, *patterns_, s, whole, t, entry.patterns[pi],
                                       &d)) {
        code = entry.patterns[pi].code;
        break;
      }
    }
    if (code.empty() || code == "---") continue;
    if (code == "###") return SentenceOutcome::kDiscard;
    if (code == "+++") return SentenceOutcome::kComplex;
    int days = 0;
    const bool minus = code[0] == '-';
    for (char ch : code) {
      if (ch >= '0' && ch <= '9') days = days * 10 + (ch - '0');
    }
    shift_days = minus ? -days : days;
    shifted = true;
    shift_phrase = t;
    break;
  }
  // TABARI's count: a comma is a word, a split-off "'S" is not.
  int words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    words += s.words[i].kind != Kind::kPunct && s.Norm(i) != "'S";
  }
  if (options_.minimum_words > 0 && words < options_.minimum_words) {
    return SentenceOutcome::kTooShort;
  }

  // Complexity conditions.
  int verbs = 0, conj = 0, pronouns = 0, actors = 0;
  size_t first_verb = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    const auto& w = s.words[i];
    if (w.dropped) continue;
    if (w.kind == Kind::kVerb) {
      ++verbs;
      if (first_verb == s.size()) first_verb = i;
    }
    if (w.kind == Kind::kConj && !w.joined) ++conj;
    if (w.kind == Kind::kPronoun) ++pronouns;
    // A possessive pronoun ("its forces") is not counted as an actor.
    if (w.mention >= 0 && !s.Possessive(i)) ++actors;
  }
  const CoderOptions& o = options_;
  auto complex = [&]() {
    if (o.complex_verbs && verbs >= o.complex_verbs) return true;
    if (o.complex_conj && conj >= o.complex_conj) return true;
    if (o.complex_actors && actors >= o.complex_actors) return true;
    if (o.complex_pronouns && pronouns >= o.complex_pronouns) return true;
    if (o.complex_no_verb && verbs == 0) return true;
    if (o.complex_late_verb &&
        (verbs == 0 || first_verb >= static_cast<size_t>(o.complex_late_verb))) {
      return true;
    }
    if (verbs > 0 && o.complex_no_actor_prior && FindActor(s, 0, first_verb, -1) < 0) {
      return true;
    }
    if (verbs > 0 && o.complex_no_actor_after && FindActor(s, first_verb + 1, s.size(), -1) < 0) {
      return true;
    }
    return false;
  };
  if (complex()) return SentenceOutcome::kComplex;

  const size_t before = out->size();
  SentenceOutcome stop = CodeClauses(s, scratch, out);
  if (stop == SentenceOutcome::kNoEvent && out->size() == before && options_.code_nonrestrictive &&
      coder_internal::RestoreCommaClauses(&s)) {
    stop = CodeClauses(s, scratch, out);  // SET: CODE NONRESTRICTIVE
  }
  if (stop != SentenceOutcome::kNoEvent) return stop;
  if (out->size() == before) return SentenceOutcome::kNoEvent;
  // The shifted date is a timex of the sentence; the resolve stage dates
  // the events by it.
  if (shifted && mentions.out && date.known() && date.precision >= DatePrecision::kDay) {
    const Span phrase = s.tokens.tokens()[shift_phrase].span;
    const Span last = s.tokens.tokens()[shift_phrase + s.words[shift_phrase].length - 1].span;
    mentions.out->push_back(
        Mention{Span{mentions.offset + phrase.begin, mentions.offset + last.end}, mentions.sentence,
                MentionKind::kTimex, DateOfDay(CivilDayOf(date) + shift_days).ToIso()});
  }
  return SentenceOutcome::kCoded;
  return SentenceOutcome::kNoEvent;
}

}  // namespace annalist
