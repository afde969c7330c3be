#include "ingest/record_formats.h"

#include <sstream>
#include <string>
#include <utility>

#include "annalist/reader.h"
#include "annalist/records.h"
#include "ingest/encoding.h"

namespace annalist::ingest {

namespace {

bool Blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// The reason of a record reader's problem, without its "NAME:LINE: " (the
// reader reports the record's own line).
std::string ProblemReason(const std::string& problem) {
  size_t first = problem.find(": ");
  return first == std::string::npos ? problem : problem.substr(first + 2);
}

bool TooLarge(const std::string& bytes, uint64_t max, Record* record) {
  if (bytes.size() <= max) return false;
  record->bytes.clear();
  record->error = {kSkipTooLarge,
                   "record larger than the limit of " + std::to_string(max) + " bytes"};
  return true;
}

// TABARI's rule: a blank line ends a record, also inside an open comment.
class BlankLineFramer : public Framer {
 public:
  explicit BlankLineFramer(uint64_t max) : max_(max) {}
  bool Next(ByteSource* src, Record* record) override {
    *record = Record();
    bool truncated = false;
    for (;;) {
      uint64_t offset = src->offset();
      if (!src->ReadLine(&line_, max_ + 1, &truncated)) break;
      ++line_no_;
      if (Blank(line_)) {
        if (!record->bytes.empty()) break;
        continue;
      }
      if (record->bytes.empty()) {
        record->line = line_no_;
        record->offset = offset;
      }
      if (record->bytes.size() <= max_) record->bytes.append(line_).push_back('\n');
    }
    if (record->line == 0) return false;
    TooLarge(record->bytes, max_, record);
    return true;
  }

 private:
  uint64_t max_;
  uint64_t line_no_ = 0;
  std::string line_;
};

// Cuts "<Sentence" ... "</Sentence>" out of a stream, line by line.
class SentenceFramer : public Framer {
 public:
  explicit SentenceFramer(uint64_t max) : max_(max) {}
  bool Next(ByteSource* src, Record* record) override {
    static constexpr std::string_view kClose = "</Sentence>";
    *record = Record();
    bool open = false;
    for (;;) {
      if (rest_.empty()) {
        rest_offset_ = src->offset();
        bool truncated = false;
        if (!src->ReadLine(&line_, max_ + 1, &truncated)) break;
        ++line_no_;
        line_.push_back('\n');
        rest_ = line_;
      }
      std::string_view rest = rest_;
      if (!open) {
        size_t at = FindOpen(rest);
        if (at == std::string_view::npos) {
          rest_.clear();
          continue;
        }
        open = true;
        record->line = line_no_;
        record->offset = rest_offset_ + at;
        rest.remove_prefix(at);
        rest_offset_ += at;
      }
      size_t close = rest.find(kClose);
      size_t end = close == std::string_view::npos ? rest.size() : close + kClose.size();
      if (record->bytes.size() <= max_) record->bytes.append(rest.substr(0, end));
      rest_offset_ += end;
      rest_ = std::string(rest.substr(end));
      if (close != std::string_view::npos) {
        TooLarge(record->bytes, max_, record);
        return true;
      }
    }
    if (!open) return false;
    if (!TooLarge(record->bytes, max_, record)) {
      record->bytes.clear();
      record->error = {kSkipMalformedRecord, "<Sentence> without </Sentence>"};
    }
    return true;
  }

 private:
  // "<Sentence" followed by a blank, '>' or '/'.
  static size_t FindOpen(std::string_view s) {
    for (size_t at = s.find("<Sentence"); at != std::string_view::npos;
         at = s.find("<Sentence", at + 1)) {
      size_t next = at + 9;
      if (next >= s.size()) return at;
      char c = s[next];
      if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') return at;
    }
    return std::string_view::npos;
  }

  uint64_t max_;
  uint64_t line_no_ = 0;
  std::string line_;
  std::string rest_;  // the part of the current line not yet framed
  uint64_t rest_offset_ = 0;
};

// A record's document: id, date and text (repaired to valid UTF-8), marked
// as a record: the engine codes it as one sentence on its own, as
// `validate` does, so `code`, `ingest` and `validate` agree on it.
Document RecordDocument(std::string id, DateTime date, const std::string& text) {
  Document doc;
  doc.text = RepairUtf8Bytes(text, &doc.repaired_bytes);
  doc.id = id.empty() ? ContentId(doc.text) : std::move(id);
  doc.published = date;
  doc.record = true;
  return doc;
}

template <typename Reader, typename Rec>
bool ParseWith(const Record& record, const char* what, Parsed* out, RecordError* error) {
  std::istringstream in(record.bytes);
  RecordReaderOptions options;
  options.lenient = true;
  Reader reader(&in, "record", options);
  Rec rec;
  size_t records = 0;
  while (reader.Next(&rec)) {
    ++records;
    if (rec.text.find_first_not_of(" \t\n") == std::string::npos) continue;
    out->documents.push_back(RecordDocument(rec.id, rec.date, rec.text));
  }
  if (!out->documents.empty()) return true;
  // A block with no record in it (the comment blocks of a TABARI file) is
  // no input at all, not a skipped record.
  if (records == 0 && reader.problems().empty() && reader.status().ok()) return true;
  if (!reader.problems().empty()) {
    *error = {kSkipMalformedRecord,
              std::string(what) + ": " + ProblemReason(reader.problems().front())};
  } else {
    *error = {kSkipNoText, std::string(what) + " with no text"};
  }
  return false;
}

}  // namespace

Format TabariFormat() {
  Format f;
  f.name = "tabari";
  f.framer = [](uint64_t max) { return std::make_unique<BlankLineFramer>(max); };
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    return ParseWith<TabariRecordReader, TabariRecord>(record, "TABARI record", out, error);
  };
  return f;
}

Format PetrarchFormat() {
  Format f;
  f.name = "petrarch";
  f.aliases = {"petrarch-xml"};
  f.framer = [](uint64_t max) { return std::make_unique<SentenceFramer>(max); };
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    return ParseWith<PetrarchRecordReader, PetrarchRecord>(record, "<Sentence>", out, error);
  };
  return f;
}

}  // namespace annalist::ingest
