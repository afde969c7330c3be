// Writing events out: JSON Lines, CSV, TSV, GDELT 2.0 event rows, PLOVER
// JSON records and TABARI event lines; and reading annalist's own JSON Lines
// back.
//
// Every writer streams: one record per Write(), nothing buffered beyond the
// ostream's own buffer, so memory stays flat however many events pass. The
// columns of every format are listed in docs/output-formats.md.
//
// Ownership: a writer borrows the ostream given to MakeEventWriter; the
// stream must outlive the writer. Thread-safety: a writer is not safe to use
// from two threads at once; distinct writers on distinct streams are
// independent. EventToJson and ParseEventJson are pure and thread-safe.
#ifndef ANNALIST_EXPORT_H_
#define ANNALIST_EXPORT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "annalist/event.h"
#include "annalist/status.h"

namespace annalist {

struct ExportOptions {
  // GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC). When empty, each row gets its
  // event date's day followed by "000000", so that output is reproducible.
  std::string date_added;
  // The URL of document `doc_id`, for GDELT's SOURCEURL. When unset, or when
  // it returns "", the document id is written there instead. Called once per
  // gdelt row, from the writing thread.
  std::function<std::string(const std::string& doc_id)> document_url;
};

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  EventWriter(const EventWriter&) = delete;
  EventWriter& operator=(const EventWriter&) = delete;

  // Writes whatever precedes the records (the header row of csv and tsv;
  // nothing for the other formats). Call once, before the first Write().
  virtual void Begin() {}
  // Writes one record for `event`. The plover format writes nothing for
  // events that have no PLOVER type (CAMEO roots 01 and 02: PLOVER dropped
  // them), and one record for consecutive events that differ only in the
  // actors of one side (compound actors), written once the next event or
  // End() shows the record is complete; see written().
  virtual void Write(const Event& event) = 0;
  // Writes whatever follows the records (the plover format's last record)
  // and flushes the stream.
  virtual void End() { out_->flush(); }

  // Records written so far.
  uint64_t written() const { return written_; }
  // IoError once the stream has failed (disk full, closed pipe), else OK.
  Status status() const;

 protected:
  explicit EventWriter(std::ostream* out) : out_(out) {}
  std::ostream* out_;
  uint64_t written_ = 0;

  // The id written for `event`: Event::id, or, for an event built without
  // one, EventId(doc_id, sentence, n) where n counts that sentence's events
  // passed to this writer so far.
  std::string IdOf(const Event& event);

 private:
  std::string last_doc_;
  uint32_t last_sentence_ = 0;
  uint32_t next_ordinal_ = 0;
};

// The format names MakeEventWriter accepts: "jsonl", "csv", "tsv", "gdelt",
// "plover", "tabari".
std::span<const std::string_view> EventFormats();

// A writer of `format` onto `*out` (borrowed). Fails with InvalidArgument
// for an unknown format name or a null stream.
Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, std::ostream* out,
                                                     const ExportOptions& options = {});

// GDELT's GLOBALEVENTID for the event id `event_id` (Event::id, the "id" of
// the other formats): the 64-bit FNV-1a hash of its bytes with the top bit
// cleared, so it is a positive signed 64-bit integer. Stable across runs and
// machines; join a GDELT row to the jsonl/csv record through it.
int64_t GdeltEventId(std::string_view event_id);

// One event as annalist's JSON object (the "jsonl" record), on one line,
// without the newline. Keys are always present and always in the same order;
// see docs/output-formats.md. Invalid UTF-8 in any string becomes U+FFFD.
std::string EventToJson(const Event& event);

// The inverse of EventToJson: reads one JSON object (surrounding whitespace
// allowed). Unknown keys are ignored and missing keys keep the Event's
// defaults, so older and newer records read; a key with the wrong JSON type,
// a bad mode, basis, precision or date, or text that is not one JSON object,
// fails with Corruption naming the key.
Result<Event> ParseEventJson(std::string_view line);

}  // namespace annalist

#endif  // ANNALIST_EXPORT_H_
