// Events: who did what to whom, when, where, and on whose word.
//
// An Event is a plain value that owns its strings; distinct Events may be used
// from different threads.
#ifndef ANNALIST_EVENT_H_
#define ANNALIST_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "annalist/document.h"

namespace annalist {

// How the text presents the event.
enum class EventMode : uint8_t {
  kAsserted = 0,  // "Israel attacked ..."
  kNegated,       // "did not attack", "denied attacking"
  kIntended,      // "will meet", "set to resume", "plans to"
  kHypothetical,  // "would", "if ... then", "could"
  kReported,      // attributed to a speaker ("X said Y attacked"): see speaker
};

// "asserted", "negated", "intended", "hypothetical", "reported".
std::string_view EventModeName(EventMode mode);
// Inverse of EventModeName; false when `name` is not one of them.
bool ParseEventMode(std::string_view name, EventMode* mode);

// One side of an event.
struct EventActor {
  std::string text;     // as written in the sentence
  std::string code;     // CAMEO actor code, e.g. "SYRGOV", "USAGOVDIP"
  std::string country;  // ISO-like three-letter country part, e.g. "SYR"; "" for IGOs etc.
  std::string sector;   // the role part after the country, e.g. "GOV"; "" when none
  friend bool operator==(const EventActor&, const EventActor&) = default;
};

// When the event happened, and how that was found.
enum class DateBasis : uint8_t {
  kExplicit = 0,  // a full date in the sentence ("on March 3, 2026")
  kRelative,      // resolved against the publication date ("on Monday", "yesterday")
  kPublication,   // no date in the text: the publication date stands in
  kNone,          // nothing known
};
std::string_view DateBasisName(DateBasis basis);  // "explicit", "relative", "publication", "none"

struct EventDate {
  DateTime value;
  DateBasis basis = DateBasis::kNone;
  // The temporal expression the date came from, as written ("early
  // December", "two months after"); "" for the publication date.
  std::string timex;
};

struct EventLocation {
  std::string name;
  std::string country;
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
};

// The stable id of the `ordinal`-th (0-based) event of sentence `sentence`
// of document `doc_id`: "DOC_ID#SENTENCE.ORDINAL", e.g. "reuters-42#3.0".
// The same document coded with the same profile gives the same ids.
std::string EventId(std::string_view doc_id, uint32_t sentence, uint32_t ordinal);

struct Event {
  std::string id;         // EventId(doc_id, sentence, ordinal); "" until assigned
  std::string doc_id;     // Document::id of the input document
  uint32_t sentence = 0;  // 0-based index into Document::sentences
  Span span;              // the sentence's span in Document::text
  std::string text;       // the sentence text

  std::optional<EventActor> source;
  std::optional<EventActor> target;

  std::string cameo;  // CAMEO event code as a string ("0311", "190")
  std::string root;   // first two digits ("03", "19")
  int quad = 0;  // QuadClass 1-4 (verbal coop, material coop, verbal conflict, material conflict);
                 // 0 unknown
  double goldstein = 0;  // Goldstein scale, -10..+10
  std::string plover;    // PLOVER event type, e.g. "CONSULT"; "" when unmapped

  EventMode mode = EventMode::kAsserted;
  std::string speaker;       // for reported events: who said it (text), else ""
  std::string speaker_code;  // its actor code when known

  EventDate date;
  std::optional<EventLocation> location;

  std::string verb;     // the verb phrase that matched
  std::string pattern;  // the dictionary pattern that matched (as written there)

  // A governing act's embedded act (CoderOptions::governing_acts): "Iran
  // threatened to attack Israel" is a 13x event with context 190,
  // "attack". Empty for other events. JSON `context`; not archived.
  std::string context_cameo;
  std::string context_verb;
};

}  // namespace annalist

#endif  // ANNALIST_EVENT_H_
