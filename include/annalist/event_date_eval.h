// Scoring the dates the engine gives events against an event-date gold
// (data/event-dates.tsv; the format is in docs/time.md, "The event-date
// gold"). A gold event is named by its document, a byte span of the file as
// it is on disk (the clause or sentence that states it) and its CAMEO root,
// never by annalist's own output, so the gold stays valid when coding
// changes. The documents are coded with ProcessDocument; each gold event is
// matched to a coded event of the same root whose sentence overlaps its
// span, and its date compared with the gold date and with the publication
// date (the date every other coder gives).
#ifndef ANNALIST_EVENT_DATE_EVAL_H_
#define ANNALIST_EVENT_DATE_EVAL_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/profile.h"
#include "annalist/status.h"

namespace annalist {

struct GoldEventDate {
  size_t line = 0;       // in the gold file, 1-based
  std::string document;  // as written: "demo/01-....txt" or "shared:corpus/..."
  std::string path;      // resolved against the gold's folder or the shared folder
  uint32_t begin = 0;    // byte span into the file
  uint32_t end = 0;
  std::vector<std::string> roots;  // "04", or alternatives written "04|05"
  DateTime date;                   // day or month precision
  std::string note;
};

// Reads the gold. Relative paths are resolved against the gold file's
// folder; `shared:REL` against `shared_dir`. Errors name the file and line.
Result<std::vector<GoldEventDate>> ReadEventDateGold(const std::string& path,
                                                     const std::string& shared_dir);

// Counts over the gold events whose document could be read.
struct EventDateScore {
  size_t documents = 0;         // documents read
  size_t documents_absent = 0;  // documents of the gold not found (shared data absent)
  size_t gold = 0;              // gold events in the documents read
  size_t unmatched = 0;         // gold events with no coded event
  size_t matched = 0;
  size_t matched_day = 0;  // matched gold events dated to the day
  // annalist's dates over the matched events: the same day (of matched_day),
  // the same month (of matched; a day in the gold month counts).
  size_t right_day = 0, right_month = 0;
  // The publication date, over the same matched events.
  size_t baseline_day = 0, baseline_month = 0;
  // The publication date over every gold event read (it needs no coding).
  size_t baseline_all_month = 0;
};

// Codes each gold document and scores the matched events. When `errors` is
// non-null, writes one line per unmatched or wrongly dated gold event.
Result<EventDateScore> ScoreEventDates(const CodingProfile& profile,
                                       const std::vector<GoldEventDate>& gold,
                                       std::ostream* errors);

}  // namespace annalist

#endif  // ANNALIST_EVENT_DATE_EVAL_H_
