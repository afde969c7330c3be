// The stages in order over one document: text -> annotate -> code -> resolve.
#include "annalist/engine.h"

#include <algorithm>
#include <cstdint>
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
  std::vector<PlaceMention>* places = scratch->places();
  places->clear();
  if (const Gazetteer* g = profile.gazetteer()) {
    FindPlaces(*g, *doc, scratch->place(), places);
    for (const PlaceMention& p : *places) {
      doc->mentions.push_back(Mention{p.span, p.sentence, MentionKind::kPlace, g->Id(p.place)});
    }
  }
  std::vector<Timex>* timexes = scratch->timexes();
  timexes->clear();
  FindTimexes(doc->text, doc->published, TimexOptions(), scratch->timex(), timexes);
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
  for (std::string_view b : {";", " but ", ", and ", ", while ", ", whereas ", " - ", "\n"}) {
    if (between.find(b) != std::string_view::npos) return true;
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
    if (Attributive(text, t)) continue;
    const uint32_t lo = std::min(t.span.begin, verb_at), hi = std::max(t.span.end, verb_at);
    if (IsClauseBreak(text.substr(lo, hi - lo))) continue;
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
// "at", "near", "outside" ..., with "the" and a direction between ("in
// northern Syria", "at the Doha Forum").
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
          "region"}) {
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
// text gives (DateFromText, when `timexes` is non-null), else the
// publication date.
void Resolve(const Document& doc, size_t first_mention, size_t first_event,
             const std::vector<Timex>* timexes, const Gazetteer* gazetteer,
             const std::vector<PlaceMention>* places, std::vector<Event>* events) {
  uint32_t ordinal = 0;
  uint32_t last_sentence = 0;
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
    if (timexes && e.sentence < doc.sentences.size() && DateFromText(doc, *timexes, &e)) continue;
    if (!doc.published.known()) continue;
    e.date.value = doc.published;
    e.date.basis = DateBasis::kPublication;
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

Status ProcessDocument(const CodingProfile& profile, Document* doc, ProcessScratch* scratch,
                       std::vector<Event>* events) {
  if (doc->record) return ProcessSentence(profile, Story::kAlone, doc, scratch, events);
  PrepareDocument(doc);
  ANNALIST_RETURN_IF_ERROR(CheckSentences(*doc));
  const size_t first_event = events->size();
  Annotate(profile, doc, scratch);
  const size_t first_mention = doc->mentions.size();  // the coder's
  profile.coder().CodeDocument(*doc, scratch->coder(), events, &doc->mentions);
  Resolve(*doc, first_mention, first_event, scratch->timexes(), profile.gazetteer(),
          scratch->places(), events);
  return Status::Ok();
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
