// Validation records: sentences with the events a coder is expected to find.
//
// Two formats:
//   - TABARI text records (Validate.text, TABARI.Demo.text, any TABARI
//     .text file): a "YYMMDD ID" header line, text lines, and an optional
//     /* ... */ comment whose {...} fields hold the expected events
//     ("{ SRC / TGT / CODE }"), the markers {---} (no event), {+++}
//     (complex), {###} (discard), "-{...}" (check no further), and
//     "{ OPTION: ... }" lines that change coder options for the records
//     that follow. A blank line ends a record, also inside an unclosed
//     comment (TABARI's own rule; two records of Validate.text rely on it).
//   - PETRARCH XML (PETR.UnitTest.records.xml, GigaWord.sample.PETR.xml,
//     and in lenient mode the not-well-formed PETR2_GSR_validation.xml):
//     <Sentence date= id= category= sentence=|evaluate=> with <Text>,
//     <Parse> (Penn tree or CoNLL-U, kept as written) and
//     <EventCoding sourcecode= targetcode= eventcode= | noevents= | error=>.
//
// Both readers stream: they hold one record at a time, so memory stays flat
// on a file of any size.
//
// Ownership and threads: a reader owns its input stream when made by Open();
// when constructed on a caller's std::istream, that stream must outlive it.
// A reader is not thread-safe; use one per thread. Records are plain values.
//
// Failure: Open() fails with kNotFound or kIoError when the file cannot be
// read. Bad input does not stop a reader: each problem is reported in
// problems() as "FILE:LINE: reason: text", a record that cannot be read is
// skipped and counted in skipped(), and reading goes on. With
// RecordReaderOptions::strict the first problem ends reading instead: Next()
// returns false and status() holds a kCorruption naming file and line.
#ifndef ANNALIST_RECORDS_H_
#define ANNALIST_RECORDS_H_

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

// One event a record expects. Codes are blank-trimmed, otherwise as written
// ("ARN", "~MOS", "064", "---GOV").
struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
  // TABARI: the date written after the closing brace ("950103"), which
  // TABARI checks only when time shifting is on; "" when none.
  std::string date;
  uint64_t line = 0;  // 1-based line of the field in the file
  friend bool operator==(const ExpectedEvent&, const ExpectedEvent&) = default;
};

struct RecordReaderOptions {
  // Stop at the first problem (see the file comment).
  bool strict = false;
  // PETRARCH only: accept XML that is not well-formed in the ways
  // PETR2_GSR_validation.xml is not (text outside elements, a self-closed
  // <Sentence .../> whose content follows until </Sentence>). Without it,
  // those are problems and such records are skipped.
  bool lenient = false;
};

// ---------------------------------------------------------------- TABARI

struct TabariRecord {
  // The header's date. Six digits are YYMMDD (00-29 -> 20xx, 30-99 ->
  // 19xx, TABARI's rule); eight are YYYYMMDD (TABARI's "SET: YYYY").
  DateTime date;
  std::string id;      // the first word after the date ("DEMO-04")
  std::string header;  // the whole header line, trailing blanks removed
  // The text lines up to the comment or the blank line, each trimmed,
  // joined by single spaces. What a coder codes.
  std::string text;
  // The { SRC / TGT / CODE } fields, in file order.
  std::vector<ExpectedEvent> expected;
  // Fields after a "-{": TABARI does not check them (nor any listed event
  // beyond those in `expected`: see `open_ended`).
  std::vector<ExpectedEvent> unchecked;
  bool expect_none = false;     // {---}
  bool expect_complex = false;  // {+++}
  bool expect_discard = false;  // {###}
  // A "-{" field was present: events beyond `expected` are allowed.
  bool open_ended = false;
  // The text of each "{ OPTION: ... }" field after "OPTION:", trimmed,
  // e.g. "SET: TIME SHIFT = FALSE", in file order.
  std::vector<std::string> options;
  // The comment text (between /* and */ plus any annotation lines that
  // follow */ before the blank line), as written; "" when none.
  std::string comment;
  uint64_t line = 0;  // 1-based line of the header

  // True when the record has any validation field (an event, a marker, an
  // "-{" or an OPTION). TABARI's validation stops at the first record
  // without one (FINAL-01 in Validate.text).
  bool has_validation() const {
    return !expected.empty() || expect_none || expect_complex || expect_discard || open_ended ||
           !options.empty();
  }
};

class TabariRecordReader {
 public:
  // Opens a file. Fails with kNotFound / kIoError.
  static Result<std::unique_ptr<TabariRecordReader>> Open(const std::string& path,
                                                          RecordReaderOptions options = {});

  // Reads from `in`, which must outlive the reader. `name` names the input
  // in messages.
  TabariRecordReader(std::istream* in, std::string name, RecordReaderOptions options = {});
  ~TabariRecordReader();
  TabariRecordReader(const TabariRecordReader&) = delete;
  TabariRecordReader& operator=(const TabariRecordReader&) = delete;

  // Reads the next record into *record (overwriting it). Returns false at
  // the end of the input, after a read error, or (strict) after a problem;
  // then status() tells which.
  bool Next(TabariRecord* record);

  // OK, or the error that ended reading.
  const Status& status() const { return status_; }
  // Every problem met so far: "FILE:LINE: reason: text".
  const std::vector<std::string>& problems() const { return problems_; }
  // Records that could not be read and were left out.
  uint64_t skipped() const { return skipped_; }
  // The input's name in messages (the path for Open()).
  const std::string& name() const { return name_; }

 private:
  bool ReadLine(std::string* line);
  void Problem(uint64_t line, const std::string& reason, const std::string& text);

  std::unique_ptr<std::istream> owned_;
  std::istream* in_;
  std::string name_;
  RecordReaderOptions options_;
  uint64_t line_no_ = 0;
  Status status_;
  std::vector<std::string> problems_;
  uint64_t skipped_ = 0;
};

// ---------------------------------------------------------------- PETRARCH

// One <EventCoding>.
struct PetrarchCoding {
  std::string source;     // sourcecode=, blank-trimmed; "" when absent
  std::string target;     // targetcode=
  std::string code;       // eventcode=
  bool noevents = false;  // noevents="True": the sentence yields no event
  // error="dateline" | "bad_input_parse" | "storydiscard" |
  // "sentencediscard": PETRARCH should reject the sentence; "" when none.
  std::string error;
  uint64_t line = 0;
};

struct PetrarchRecord {
  std::string id;
  DateTime date;         // date="YYYYMMDD" (or "YYMMDD"); unknown if absent or bad
  std::string category;  // category= ("DEMO", "AFP", ...); "" when absent
  // sentence="true" (PETR.UnitTest) or evaluate="true" (GSR); true when
  // neither attribute is present. PETRARCH evaluates only valid records.
  bool valid = true;
  // Every attribute of <Sentence>, as written (after entity decoding).
  std::vector<std::pair<std::string, std::string>> attributes;
  // The <Text>, each line trimmed, joined by single spaces.
  std::string text;
  // The first <Parse>, as written (entities decoded, blank lines at either
  // end removed): a Penn Treebank bracketing or CoNLL-U rows.
  std::string parse;
  std::vector<PetrarchCoding> codings;  // in file order
  // <Config option= value=> elements met since the previous record (they
  // change PETRARCH options from this record on).
  std::vector<std::pair<std::string, std::string>> config;
  uint64_t line = 0;  // 1-based line of <Sentence>

  // True when a coding says there should be no event at all (noevents or
  // error) and none lists an event.
  bool expects_none() const;
};

// The <Environment> block of a validation file.
struct PetrarchEnvironment {
  bool present = false;
  std::string verbfile;
  std::vector<std::string> actorfiles;  // <Actorfile> split on commas
  std::string agentfile;
  std::string discardfile;
  // <Include> words: "valid" (evaluate only valid records) and the
  // categories to evaluate. Empty: everything.
  std::vector<std::string> include;
  std::vector<std::pair<std::string, std::string>> config;

  // Whether PETRARCH's validation evaluates `record` under this
  // environment: valid (when "valid" is included or always when the
  // include list is empty), and of an included category.
  bool Evaluates(const PetrarchRecord& record) const;
};

class PetrarchRecordReader {
 public:
  static Result<std::unique_ptr<PetrarchRecordReader>> Open(const std::string& path,
                                                            RecordReaderOptions options = {});
  PetrarchRecordReader(std::istream* in, std::string name, RecordReaderOptions options = {});
  ~PetrarchRecordReader();
  PetrarchRecordReader(const PetrarchRecordReader&) = delete;
  PetrarchRecordReader& operator=(const PetrarchRecordReader&) = delete;

  // As TabariRecordReader::Next.
  bool Next(PetrarchRecord* record);

  // The <Environment>, complete once the first record has been returned (it
  // precedes the sentences) or Next() has returned false.
  const PetrarchEnvironment& environment() const { return environment_; }

  const Status& status() const { return status_; }
  const std::vector<std::string>& problems() const { return problems_; }
  uint64_t skipped() const { return skipped_; }
  const std::string& name() const { return name_; }

 private:
  class Impl;
  std::string name_;
  std::unique_ptr<Impl> impl_;
  PetrarchEnvironment environment_;
  Status status_;
  std::vector<std::string> problems_;
  uint64_t skipped_ = 0;
};

}  // namespace annalist

#endif  // ANNALIST_RECORDS_H_
