// The stages in order over one document: text -> annotate -> code -> resolve.
#include "annalist/engine.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/text.h"
#include "annalist/timex.h"

namespace annalist {
namespace {

// The sentence holding byte `at`, or -1 (between sentences).
int SentenceAt(const Document& doc, uint32_t at) {
  size_t lo = 0, hi = doc.sentences.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (doc.sentences[mid].span.end <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < doc.sentences.size() && doc.sentences[lo].span.begin <= at) return static_cast<int>(lo);
  return -1;
}

// The annotate stage: the temporal expressions of the text as kTimex
// mentions (their Timex values kept in the scratch for Resolve).
void Annotate(const CodingProfile& profile, Document* doc, ProcessScratch* scratch) {
  // Timexes first: FindTimexes tokenizes the text, and FindPlaces reads
  // those tokens. The places' mentions still come first.
  std::vector<Timex>* timexes = scratch->timexes();
  timexes->clear();
  FindTimexes(doc->text, doc->published, TimexOptions(), scratch->timex(), timexes);
  std::vector<PlaceMention>* places = scratch->places();
  places->clear();
  if (const Gazetteer* g = profile.gazetteer()) {
    FindPlaces(*g, *doc, &scratch->timex()->tokens, scratch->place(), places);
    for (const PlaceMention& p : *places) {
      doc->mentions.push_back(Mention{p.span, p.sentence, MentionKind::kPlace, g->Id(p.place)});
    }
  }
  for (const Timex& t : *timexes) {
    const int s = SentenceAt(*doc, t.span.begin);
    if (s < 0) continue;
    doc->mentions.push_back(
        Mention{t.span, static_cast<uint32_t>(s), MentionKind::kTimex, t.value});
  }
}

// A date of the precision that covers the days [first, last]: the day, the
// month, else the year of `first`.
DateTime Covering(CivilDay first, CivilDay last) {
  DateTime d = DateOfDay(first);
  if (first == last) return d;
  const YearMonthDay a = CivilFromDays(first), b = CivilFromDays(last);
  d.day = 0;
  d.precision = DatePrecision::kMonth;
  if (a.year == b.year && a.month == b.month) return d;
  d.month = 0;
  d.precision = DatePrecision::kYear;
  return d;
}

bool IsClauseBreak(std::string_view between) {
  for (std::string_view b :
       {";", " but ", ", and ", ", while ", ", whereas ", " - ", "\n", "\"", "\u201C", "\u201D"}) {
    if (between.find(b) != std::string_view::npos) return true;
  }
  return false;
}

// Text between an event's verb and a timex after it that opens a clause of
// its own: the timex dates that clause, not the verb. "rejected any
// arrangement that would divide ... in December", "accused Syria of backing
// away from understandings reached in September", "much stronger now than he
// was three years ago", "asking Rubio why he decided ... when he had stated
// last month".
bool OpensSubordinateClause(std::string_view between) {
  for (std::string_view w : {" that ", " which ", " who ", " whom ", " whose ", " than ", " when ",
                             " why ", " because ", " if "}) {
    if (between.find(w) != std::string_view::npos) return true;
  }
  // "of" and a gerund: "accused Israel of using false pretexts".
  for (size_t at = between.find(" of "); at != std::string_view::npos;
       at = between.find(" of ", at + 1)) {
    const std::string_view rest = between.substr(at + 4);
    const std::string_view word = rest.substr(0, rest.find(' '));
    if (word.size() > 4 && word.ends_with("ing")) return true;
  }
  return false;
}

// A date that names a thing rather than when the event was: after "of"
// ("the lines of December 8, 2024"; not "the night of ..."), or after "the"
// and before a noun ("the Nov. 8 U.S. presidential election").
bool ModifiesNoun(std::string_view text, const Timex& t) {
  const std::string_view before = text.substr(0, t.span.begin);
  if (before.ends_with(" of ")) {
    const std::string_view head = before.substr(0, before.size() - 4);
    for (std::string_view w : {"night", "morning", "afternoon", "evening", "day", "week", "weekend",
                               "end", "start", "beginning", "middle", "month"}) {
      if (head.ends_with(w)) return false;
    }
    return true;
  }
  if (t.value.size() < 7 || !(before.ends_with("the ") || before.ends_with("The "))) return false;
  const std::string_view after = text.substr(t.span.end);
  return after.size() > 1 && after[0] == ' ' &&
         ((after[1] >= 'a' && after[1] <= 'z') || (after[1] >= 'A' && after[1] <= 'Z'));
}

// Whether the word after `t` is a noun of a violent or diplomatic act
// ("attacks", "strikes", "talks"): a date before it dates the act.
bool ActNounFollows(std::string_view text, const Timex& t) {
  std::string_view after = text.substr(t.span.end);
  if (after.empty() || after[0] != ' ') return false;
  after.remove_prefix(1);
  size_t n = 0;
  while (n < after.size() && ((after[n] >= 'a' && after[n] <= 'z') || after[n] == '-')) ++n;
  const std::string_view w = after.substr(0, n);
  for (std::string_view act :
       {"attack",     "attacks",   "strike",    "strikes",    "airstrike", "airstrikes",
        "air-strike", "raid",      "raids",     "bombing",    "bombings",  "shelling",
        "assault",    "offensive", "incursion", "incursions", "talks",     "meeting",
        "summit",     "visit",     "massacre",  "ambush"}) {
    if (w == act) return true;
  }
  return false;
}

// A year or date used as a name's modifier ("the 1974 disengagement
// agreement", "the 2024 election") names the thing, not when the event was.
bool Attributive(std::string_view text, const Timex& t) {
  if (t.anchor != TimexAnchor::kAbsolute || t.value.size() != 4) return false;
  const std::string_view before = text.substr(0, t.span.begin);
  const std::string_view after = text.substr(t.span.end);
  const bool article = before.ends_with("the ") || before.ends_with("The ") ||
                       before.ends_with("a ") || before.ends_with("'s ");
  if (article && after.size() > 1 && after[0] == ' ' &&
      ((after[1] >= 'a' && after[1] <= 'z') || (after[1] >= 'A' && after[1] <= 'Z'))) {
    return true;
  }
  // After a capitalised name: "the Terrorism Act 2000", "Euro 2004".
  if (before.size() < 3 || before.back() != ' ') return false;
  const size_t start = before.find_last_of(" \n(", before.size() - 2);
  const std::string_view word =
      before.substr(start == std::string_view::npos ? 0 : start + 1,
                    before.size() - 1 - (start == std::string_view::npos ? 0 : start + 1));
  if (word.empty() || word[0] < 'A' || word[0] > 'Z' || start == std::string_view::npos) {
    return false;  // the first word of the text is no name
  }
  for (std::string_view w :
       {"In",     "Since",   "By",     "Until",     "From",     "Of",       "After",    "Before",
        "During", "Between", "And",    "Early",     "Late",     "Mid",      "Spring",   "Summer",
        "Autumn", "Fall",    "Winter", "January",   "February", "March",    "April",    "May",
        "June",   "July",    "August", "September", "October",  "November", "December", "Jan.",
        "Feb.",   "Aug.",    "Sept.",  "Oct.",      "Nov.",     "Dec."}) {
    if (word == w) return false;
  }
  return true;
}

// Dates an event of `doc` from the timexes of its sentence. False when none
// applies.
bool DateFromText(const Document& doc, const std::vector<Timex>& timexes, Event* e) {
  const std::string_view text = doc.text;
  const Span sent = doc.sentences[e->sentence].span;
  // Where the verb is: its first word in the sentence.
  std::string_view verb = e->verb;
  if (const size_t sp = verb.find(' '); sp != std::string_view::npos) verb = verb.substr(0, sp);
  size_t v =
      verb.empty() ? std::string_view::npos : text.substr(sent.begin, sent.size()).find(verb);
  const uint32_t verb_at =
      v == std::string_view::npos ? sent.begin : sent.begin + static_cast<uint32_t>(v);
  const Timex* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  const Timex* background = nullptr;  // "two months after ..." holding the verb
  for (const Timex& t : timexes) {
    if (t.span.begin < sent.begin || t.span.end > sent.end) continue;
    if (t.type == TimexType::kDuration) {
      // "Two months after they were suspended": the verb in the clause after.
      std::string_view rest = text.substr(t.span.end, sent.end - t.span.end);
      for (std::string_view sig : {" after ", " before "}) {
        if (!rest.starts_with(sig)) continue;
        const size_t clause_end = rest.find(',');
        const uint32_t end =
            t.span.end +
            static_cast<uint32_t>(clause_end == std::string_view::npos ? rest.size() : clause_end);
        if (verb_at >= t.span.end && verb_at < end) background = &t;
      }
      continue;
    }
    if (t.type == TimexType::kSet) continue;
    CivilDay a = 0, b = 0;
    if (!TimexDays(t.value, &a, &b)) continue;
    if (t.mod == TimexMod::kAfter || t.mod == TimexMod::kBefore || t.mod == TimexMod::kOnOrAfter) {
      continue;  // a bound, not the date
    }
    // The modified noun may be the event itself: "the Nov. 13 attacks", or
    // an act the event is part of ("launched the January 4 attacks", "the
    // January 4 strikes killed ten").
    const bool names_event = verb_at == t.span.end + 1 || ActNounFollows(text, t);
    if (!names_event && (Attributive(text, t) || ModifiesNoun(text, t))) continue;
    const uint32_t lo = std::min(t.span.begin, verb_at), hi = std::max(t.span.end, verb_at);
    if (IsClauseBreak(text.substr(lo, hi - lo))) continue;
    if (t.span.begin > verb_at &&
        OpensSubordinateClause(text.substr(verb_at, t.span.begin - verb_at))) {
      continue;
    }
    const uint32_t distance = hi - lo;
    if (distance < best_distance) best = &t, best_distance = distance;
  }
  if (background) {
    // Its date: the sentence's main date (the point timex outside it), else
    // the publication date, moved back by the duration.
    CivilDay anchor = 0;
    bool have = false;
    for (const Timex& t : timexes) {
      if (&t == background || t.span.begin < sent.begin || t.span.end > sent.end) continue;
      CivilDay a = 0, b = 0;
      if (t.type != TimexType::kDuration && TimexDays(t.value, &a, &b) && a == b) {
        anchor = a, have = true;
        break;
      }
    }
    if (!have && doc.published.precision >= DatePrecision::kDay) {
      anchor = CivilDayOf(doc.published), have = true;
    }
    const std::string& d = background->value;  // "P2M", "P3Y", "P10D"
    int n = 0;
    size_t k = 1;
    while (k < d.size() && d[k] >= '0' && d[k] <= '9') n = n * 10 + (d[k++] - '0');
    if (have && n > 0 && k + 1 == d.size() && d[0] == 'P') {
      const bool before = text.substr(background->span.end).starts_with(" before ");
      const int sign = before ? 1 : -1;  // "two months before X": X is later
      const char unit = d[k];
      DateTime out;
      if (unit == 'D' || unit == 'W') {
        out = DateOfDay(anchor + sign * n * (unit == 'W' ? 7 : 1));
      } else if (unit == 'M' || unit == 'Y') {
        const YearMonthDay m = AddMonths(CivilFromDays(anchor), sign * n * (unit == 'Y' ? 12 : 1));
        out.year = m.year, out.month = unit == 'M' ? m.month : 0;
        out.precision = unit == 'M' ? DatePrecision::kMonth : DatePrecision::kYear;
      }
      if (out.known()) {
        e->date.value = out;
        e->date.basis = DateBasis::kRelative;
        e->date.timex = std::string(
            text.substr(background->span.begin, background->span.size() + 6 + (before ? 1 : 0)));
        return true;
      }
    }
  }
  if (!best) return false;
  CivilDay a = 0, b = 0;
  TimexDays(best->value, &a, &b);
  // An event the text asserts or reports has happened: not after the
  // publication date (a weekday read forward by a stray "will" is wrong).
  if (doc.published.precision >= DatePrecision::kDay && e->mode != EventMode::kIntended &&
      e->mode != EventMode::kHypothetical && a > CivilDayOf(doc.published)) {
    return false;
  }
  e->date.value = Covering(a, b);
  e->date.basis =
      best->anchor == TimexAnchor::kAbsolute ? DateBasis::kExplicit : DateBasis::kRelative;
  e->date.timex = std::string(text.substr(best->span.begin, best->span.size()));
  return true;
}

// Whether byte `at` of a sentence starting at `begin` is inside a
// quotation: after an odd number of straight quotes, or after an opening
// curly quote not closed since (a quotation may open in an earlier
// sentence: a sentence that starts with its text then ends in a closing
// quote).
bool InsideQuotes(std::string_view text, uint32_t begin, uint32_t at) {
  const std::string_view before = text.substr(begin, at - begin);
  size_t straight = 0;
  for (char c : before) straight += c == '"';
  if (straight % 2 == 1) return true;
  const size_t open = before.rfind("\u201C"), close = before.rfind("\u201D");
  if (open != std::string_view::npos) return close == std::string_view::npos || close < open;
  // No opening quote before it: inside one when the sentence closes a quote.
  std::string_view rest = text.substr(at, 200);
  rest = rest.substr(0, rest.find('\n'));
  const size_t next_close = rest.find("\u201D"), next_open = rest.find("\u201C");
  return next_close != std::string_view::npos &&
         (next_open == std::string_view::npos || next_close < next_open);
}

// The date a sentence sets for the story (see Resolve): its first timex
// that is a past or present day (not a bound, a name's modifier or a
// date after the publication), or null. `*next` is the index of the first
// timex not before the sentence (timexes are in text order); the sentences
// are asked in order. Only the first few candidates of a sentence are
// looked at, so that a huge sentence of quoted dates costs no more.
const Timex* SentenceFrame(const Document& doc, const std::vector<Timex>& timexes, Span sent,
                           size_t* next) {
  while (*next < timexes.size() && timexes[*next].span.begin < sent.begin) ++*next;
  int candidates = 0;
  for (size_t k = *next; k < timexes.size() && timexes[k].span.begin < sent.end; ++k) {
    const Timex& t = timexes[k];
    if (t.span.end > sent.end) break;
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    if (t.mod == TimexMod::kAfter || t.mod == TimexMod::kBefore || t.mod == TimexMod::kOnOrAfter) {
      continue;
    }
    CivilDay a = 0, b = 0;
    if (!TimexDays(t.value, &a, &b) || a != b) continue;
    if (doc.published.precision >= DatePrecision::kDay && a > CivilDayOf(doc.published)) continue;
    if (Attributive(doc.text, t) || ModifiesNoun(doc.text, t)) continue;
    if (++candidates > 4) break;
    if (InsideQuotes(doc.text, sent.begin, t.span.begin)) continue;  // the speaker's "today"
    return &t;
  }
  return nullptr;
}

// Whether an event of this mode has happened by the time of the report: it
// may take the story's frame date.
bool Happened(EventMode mode) {
  return mode != EventMode::kIntended && mode != EventMode::kHypothetical;
}

// Where the verb of `e` is: its first word in the sentence, else the
// sentence's start.
uint32_t VerbAt(const Document& doc, const Event& e) {
  const Span sent = doc.sentences[e.sentence].span;
  std::string_view verb = e.verb;
  if (const size_t sp = verb.find(' '); sp != std::string_view::npos) verb = verb.substr(0, sp);
  const size_t v = verb.empty()
                       ? std::string_view::npos
                       : std::string_view(doc.text).substr(sent.begin, sent.size()).find(verb);
  return v == std::string_view::npos ? sent.begin : sent.begin + static_cast<uint32_t>(v);
}

// True when the words before `at` put what follows as a location: "in",
// "at", "near", "outside" ..., with "the", a possessive and a direction
// between ("in northern Syria", "at the Doha Forum", "at his Mar-a-Lago
// estate").
bool LocativeBefore(std::string_view text, uint32_t from, uint32_t at) {
  std::string_view before = text.substr(from, at - from);
  for (int words = 0; words < 4; ++words) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const size_t sp = before.find_last_of(" \n(");
    const std::string_view w = before.substr(sp == std::string_view::npos ? 0 : sp + 1);
    std::string lower(w);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (std::string_view p : {"in", "at", "near", "outside", "inside", "across", "into",
                               "throughout", "around", "within"}) {
      if (lower == p) return true;
    }
    bool skip = false;
    for (std::string_view m :
         {"the",          "northern",     "southern",     "eastern",      "western",
          "central",      "north",        "south",        "east",         "west",
          "occupied",     "neighbouring", "neighboring",  "north-east",   "north-west",
          "south-east",   "south-west",   "northeastern", "northwestern", "southeastern",
          "southwestern", "capital",      "city",         "town",         "village",
          "region",       "his",          "her",          "its",          "their"}) {
      skip |= lower == m;
    }
    if (!skip || sp == std::string_view::npos) return false;
    before = before.substr(0, sp);
  }
  return false;
}

// Places an event (docs/places.md, "Event locations"): the place a
// locative phrase of its clause names, the nearest to the verb; else the
// dateline's place when the sentence names no other place (the actors' own
// names aside); else none.
void Locate(const Document& doc, const Gazetteer& g, const std::vector<PlaceMention>& places,
            size_t first_mention, Event* e) {
  const Span sent = doc.sentences[e->sentence].span;
  const uint32_t verb_at = VerbAt(doc, *e);
  const PlaceMention* best = nullptr;
  const PlaceMention* dateline = nullptr;
  uint32_t best_distance = UINT32_MAX;
  bool other = false;
  for (const PlaceMention& p : places) {
    if (p.dateline) dateline = &p;
    if (p.sentence != e->sentence || p.dateline) continue;
    const uint32_t lo = std::min(p.span.begin, verb_at), hi = std::max(p.span.end, verb_at);
    const bool same_clause = !IsClauseBreak(std::string_view(doc.text).substr(lo, hi - lo));
    if (same_clause && LocativeBefore(doc.text, sent.begin, p.span.begin)) {
      if (hi - lo < best_distance) best = &p, best_distance = hi - lo;
      continue;
    }
    bool actor = false;
    for (size_t m = first_mention; m < doc.mentions.size(); ++m) {
      const Mention& x = doc.mentions[m];
      if (x.kind == MentionKind::kActor && x.sentence == e->sentence && x.span.begin < p.span.end &&
          p.span.begin < x.span.end) {
        actor = true;
        break;
      }
    }
    if (!actor) other = true;
  }
  if (!best && !other) best = dateline;
  if (!best) return;
  const Place place = g.place(best->place);
  EventLocation loc;
  loc.name = place.name;
  loc.country = place.country;
  loc.lat = place.lat;
  loc.lon = place.lon;
  loc.has_coordinates = place.has_coordinates;
  e->location = std::move(loc);
}

// Dates and ids the events of `doc` appended since `first_event`: a timex
// mention the coder added (TABARI's date-shift phrases), else the date the
// text gives (DateFromText, when `timexes` is non-null), else the story's
// frame, else the publication date.
//
// The frame: a news story's lead sets the day it reports ("Shaibani met
// Dermer in Paris on Thursday"), and what follows without a date of its own
// happened then ("Barrack mediated the talks"). A later sentence that gives
// another day moves the frame ("Shaibani said on Monday ... He urged
// Washington"). A sentence's frame is its first timex naming a day up to the
// publication date, outside quotations, and neither a bound nor a name's
// modifier (SentenceFrame); an event takes the frame of the sentences
// before its own, with the frame's basis and timex text. Intended and
// hypothetical events do not take it.
void Resolve(const Document& doc, size_t first_mention, size_t first_event,
             const std::vector<Timex>* timexes, const Gazetteer* gazetteer,
             const std::vector<PlaceMention>* places, std::vector<Event>* events) {
  uint32_t ordinal = 0;
  uint32_t last_sentence = 0;
  EventDate frame;            // the story's frame date so far
  uint32_t framed_up_to = 0;  // the sentences before this one have set the frame
  size_t next_timex = 0;      // SentenceFrame's place in *timexes
  for (size_t k = first_event; k < events->size(); ++k) {
    Event& e = (*events)[k];
    e.doc_id = doc.id;
    ordinal = k > first_event && e.sentence == last_sentence ? ordinal + 1 : 0;
    last_sentence = e.sentence;
    e.id = EventId(doc.id, e.sentence, ordinal);
    if (gazetteer && places && !e.location && e.sentence < doc.sentences.size()) {
      Locate(doc, *gazetteer, *places, first_mention, &e);
    }
    if (e.date.value.known()) continue;
    for (size_t m = first_mention; m < doc.mentions.size(); ++m) {
      const Mention& x = doc.mentions[m];
      if (x.kind != MentionKind::kTimex || x.sentence != e.sentence) continue;
      if (ParsePublished(x.value, &e.date.value)) {
        e.date.basis = DateBasis::kRelative;
        e.date.timex = doc.text.substr(x.span.begin, x.span.size());
        break;
      }
    }
    if (e.date.value.known()) continue;
    if (!timexes || e.sentence >= doc.sentences.size()) {
      // Records (ProcessSentence): the coder's phrases, else the record date.
    } else if (DateFromText(doc, *timexes, &e)) {
      continue;
    } else {
      for (; framed_up_to < e.sentence; ++framed_up_to) {
        const Timex* t =
            SentenceFrame(doc, *timexes, doc.sentences[framed_up_to].span, &next_timex);
        if (!t) continue;
        CivilDay a = 0, b = 0;
        TimexDays(t->value, &a, &b);
        frame.value = DateOfDay(a);
        frame.basis =
            t->anchor == TimexAnchor::kAbsolute ? DateBasis::kExplicit : DateBasis::kRelative;
        frame.timex = std::string(doc.text.substr(t->span.begin, t->span.size()));
      }
      if (frame.value.known() && Happened(e.mode)) {
        e.date = frame;
        continue;
      }
    }
    if (!doc.published.known()) continue;
    e.date.value = doc.published;
    e.date.basis = DateBasis::kPublication;
  }
  if (!timexes) return;
  // An intended event the text does not date ("talks set to resume", a
  // headline) is the one a sentence of the story dates: the same code
  // between the same actors, also intended ("will resume tomorrow"), among
  // the 64 events on either side (a bound on the work in a huge text).
  auto same = [](const std::optional<EventActor>& a, const std::optional<EventActor>& b) {
    return a.has_value() == b.has_value() && (!a || a->code == b->code);
  };
  for (size_t k = first_event; k < events->size(); ++k) {
    Event& e = (*events)[k];
    if (e.mode != EventMode::kIntended || e.date.basis != DateBasis::kPublication) continue;
    const size_t from = std::max(first_event, k > 64 ? k - 64 : 0);
    for (size_t j = from; j < events->size() && j < k + 64; ++j) {
      const Event& o = (*events)[j];
      if (j != k && o.mode == EventMode::kIntended && o.cameo == e.cameo &&
          same(o.source, e.source) && same(o.target, e.target) && !o.date.timex.empty() &&
          (o.date.basis == DateBasis::kExplicit || o.date.basis == DateBasis::kRelative)) {
        e.date = o.date;
        break;
      }
    }
  }
}

Status CheckSentences(const Document& doc) {
  for (const Sentence& s : doc.sentences) {
    if (s.span.begin > s.span.end || s.span.end > doc.text.size()) {
      return Status::InvalidArgument("sentence span outside the text of " + doc.id);
    }
  }
  return Status::Ok();
}

}  // namespace

void PrepareDocument(Document* doc) {
  if (!IsValidUtf8(doc->text)) {
    uint64_t repaired = 0;
    doc->text = RepairUtf8(doc->text, &repaired);
    doc->repaired_bytes += repaired;
    doc->sentences.clear();  // their spans were into the unrepaired bytes
  }
  for (std::string* field : {&doc->title, &doc->url, &doc->outlet, &doc->byline}) {
    if (!IsValidUtf8(*field)) *field = RepairUtf8(*field, nullptr);
  }
  if (doc->sentences.empty() && doc->record) {
    doc->sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(doc->text.size())}, false});
  } else if (doc->sentences.empty()) {
    doc->sentences = SplitSentences(doc->text);
  }
  if (doc->id.empty()) doc->id = ContentId(doc->text);
}

namespace {

// Every stage but the text stage's, over a whole (short) document.
Status ProcessWhole(const CodingProfile& profile, Document* doc, ProcessScratch* scratch,
                    std::vector<Event>* events) {
  ANNALIST_RETURN_IF_ERROR(CheckSentences(*doc));
  const size_t first_event = events->size();
  Annotate(profile, doc, scratch);
  const size_t first_mention = doc->mentions.size();  // the coder's
  profile.coder().CodeDocument(*doc, &scratch->timex()->tokens, scratch->coder(), events,
                               &doc->mentions);
  Resolve(*doc, first_mention, first_event, scratch->timexes(), profile.gazetteer(),
          scratch->places(), events);
  return Status::Ok();
}

}  // namespace

Status ProcessDocumentInPieces(const CodingProfile& profile, Document* doc, ProcessScratch* scratch,
                               const PieceSink& sink) {
  std::vector<Event> events;
  if (doc->record) {
    std::vector<Mention> kept = std::move(doc->mentions);
    doc->mentions.clear();
    Status st = ProcessSentence(profile, Story::kAlone, doc, scratch, &events);
    std::vector<Mention> mentions = std::move(doc->mentions);
    doc->mentions = std::move(kept);
    if (!st.ok()) return st;
    sink(&mentions, &events);
    return Status::Ok();
  }
  PrepareDocument(doc);
  ANNALIST_RETURN_IF_ERROR(CheckSentences(*doc));
  Document piece;
  std::map<uint32_t, uint32_t> per_sentence;
  size_t first = 0;
  while (first < doc->sentences.size()) {
    const uint32_t begin = doc->sentences[first].span.begin;
    size_t last = first + 1;
    while (last < doc->sentences.size() && doc->sentences[last].span.end - begin <= kPieceBytes) {
      ++last;
    }
    const uint32_t end = doc->sentences[last - 1].span.end;
    piece.id = doc->id;
    piece.title = first == 0 ? doc->title : std::string();
    piece.url = doc->url;
    piece.outlet = doc->outlet;
    piece.byline = doc->byline;
    piece.language = doc->language;
    piece.published = doc->published;
    piece.text.assign(doc->text, begin, end - begin);
    piece.sentences.assign(doc->sentences.begin() + first, doc->sentences.begin() + last);
    for (Sentence& s : piece.sentences) {
      s.span.begin -= begin;
      s.span.end -= begin;
    }
    piece.mentions.clear();
    events.clear();
    ANNALIST_RETURN_IF_ERROR(ProcessWhole(profile, &piece, scratch, &events));
    const uint32_t shift = static_cast<uint32_t>(first);
    for (Mention& m : piece.mentions) {
      m.span.begin += begin;
      m.span.end += begin;
      m.sentence += shift;
    }
    for (Event& e : events) {
      e.sentence += shift;
      e.span.begin += begin;
      e.span.end += begin;
      e.id = EventId(doc->id, e.sentence, per_sentence[e.sentence]++);
    }
    per_sentence.clear();
    if (!sink(&piece.mentions, &events)) break;
    first = last;
  }
  return Status::Ok();
}

Status ProcessDocument(const CodingProfile& profile, Document* doc, ProcessScratch* scratch,
                       std::vector<Event>* events) {
  if (doc->record) return ProcessSentence(profile, Story::kAlone, doc, scratch, events);
  PrepareDocument(doc);
  if (doc->text.size() <= kPieceBytes) return ProcessWhole(profile, doc, scratch, events);
  return ProcessDocumentInPieces(profile, doc, scratch,
                                 [&](std::vector<Mention>* mentions, std::vector<Event>* piece) {
                                   for (Mention& m : *mentions)
                                     doc->mentions.push_back(std::move(m));
                                   for (Event& e : *piece) events->push_back(std::move(e));
                                   return true;
                                 });
}

Status ProcessSentence(const CodingProfile& profile, Story story, Document* doc,
                       ProcessScratch* scratch, std::vector<Event>* events,
                       SentenceOutcome* outcome) {
  if (!IsValidUtf8(doc->text)) {
    uint64_t repaired = 0;
    doc->text = RepairUtf8(doc->text, &repaired);
    doc->repaired_bytes += repaired;
  }
  const Span whole{0, static_cast<uint32_t>(doc->text.size())};
  doc->sentences.assign(1, Sentence{whole, false});
  const size_t first_mention = doc->mentions.size();
  const size_t first_event = events->size();
  const Coder& coder = profile.coder();
  const SentenceOutcome result =
      story == Story::kAlone
          ? coder.CodeSentence(doc->text, doc->published, scratch->coder(), events, &doc->mentions)
          : coder.CodeSentence(doc->text, doc->published, story == Story::kContinues,
                               scratch->coder(), events, &doc->mentions);
  if (outcome) *outcome = result;
  for (size_t k = first_event; k < events->size(); ++k) {
    Event& e = (*events)[k];
    e.sentence = 0;
    e.span = whole;
    if (e.text.empty()) e.text = doc->text;
  }
  Resolve(*doc, first_mention, first_event, nullptr, nullptr, nullptr, events);
  return Status::Ok();
}

}  // namespace annalist
