// Documents: what a reader produces and every later stage enriches.
//
// A Document is a plain value: it owns all its strings. Distinct Documents may
// be used from different threads; one Document is not safe to mutate from two.
#ifndef ANNALIST_DOCUMENT_H_
#define ANNALIST_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {

// A half-open byte range [begin, end) into a document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// How much of a date-time is known.
enum class DatePrecision : uint8_t {
  kNone = 0,  // no date at all
  kYear,
  kMonth,
  kDay,
  kMinute,  // date and time of day (hour and minute, seconds if given)
};

// A calendar date-time with its precision. Fields finer than the precision
// are zero. Time zones are not modelled: values are as written (UTC when the
// source says so).
struct DateTime {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  int hour = 0;
  int minute = 0;
  int second = 0;
  DatePrecision precision = DatePrecision::kNone;

  bool known() const { return precision != DatePrecision::kNone; }
  // ISO 8601 at the known precision: "2026", "2026-03", "2026-03-02",
  // "2026-03-02T14:05:00"; "" when unknown.
  std::string ToIso() const;
  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// One sentence of a document's text.
struct Sentence {
  Span span;               // into Document::text
  bool furniture = false;  // page furniture (captions, credits, footers): stored, not coded
};

// What a mention names. Each stage adds the kinds it finds: the coder adds
// actors and agents; the time and place stages will add timexes and places.
enum class MentionKind : uint8_t {
  kActor = 0,  // value: the CAMEO actor code at the document's date ("SYRGOV")
  kAgent,      // value: the agent code without "~" ("GOV", "MIL")
  kPlace,      // value: a gazetteer id
  kTimex,      // value: the normalised ISO 8601 value ("2026-03-02", "2026-W10")
  kQuote,      // value: the speaker's actor code, or ""
  kNumber,     // value: the number in plain digits
};
// "actor", "agent", "place", "timex", "quote", "number".
std::string_view MentionKindName(MentionKind kind);
// Inverse of MentionKindName; false when `name` is none of them.
bool ParseMentionKind(std::string_view name, MentionKind* kind);

// A typed span of a document's text, found by a stage.
struct Mention {
  Span span;              // into Document::text
  uint32_t sentence = 0;  // 0-based index into Document::sentences
  MentionKind kind = MentionKind::kActor;
  std::string value;  // code or normalised value (see MentionKind)
  friend bool operator==(const Mention&, const Mention&) = default;
};

// One article.
struct Document {
  // Stable key: the source's own id (JSON `id`, Reuters NEWID as
  // "reuters-NNNNN"), else a hash of the text ("doc-" + 16 hex digits).
  std::string id;
  std::string url;
  std::string outlet;
  std::string title;
  std::string byline;
  DateTime published;
  std::string language;
  // The article text: valid UTF-8 (invalid bytes were repaired to U+FFFD),
  // otherwise as read. All spans point into this.
  std::string text;
  // Fields of the input record that annalist has no slot for, kept as a
  // JSON object text ("{}" or "" when none).
  std::string extra_json;

  // Where it came from, for messages: a file path ("-" for standard input)
  // and the 1-based line of the record in that file (0 when whole-file).
  std::string source;
  uint64_t source_line = 0;

  // A TABARI or PETRARCH record: its text is one sentence, coded on its own
  // as TABARI and PETRARCH code records (no story context; see
  // annalist/engine.h, Story::kAlone), by `code`, `ingest` and `validate`
  // alike. Set by those formats; not stored by the archive.
  bool record = false;

  // Filled by the text stage.
  std::vector<Sentence> sentences;
  uint64_t repaired_bytes = 0;  // invalid UTF-8 bytes replaced by U+FFFD

  // Filled by the annotating and coding stages, in order of their spans'
  // begin within each kind's stage (not sorted across kinds).
  std::vector<Mention> mentions;
};

// Returns "doc-" followed by 16 lower-case hex digits of a 64-bit hash of
// `text`. Stable across runs, platforms and versions.
std::string ContentId(std::string_view text);

}  // namespace annalist

#endif  // ANNALIST_DOCUMENT_H_
