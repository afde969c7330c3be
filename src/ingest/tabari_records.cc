// TABARI text records: "YYMMDD ID" header, text, /* comment with {fields} */.
//
// The reader works line by line. A record starts at a header line (a line
// that begins with a digit), takes text lines until "/*" or a blank line,
// then comment lines until "*/" or a blank line, then annotation lines (read
// like the comment) until a blank line. Outside records, blank lines and
// '#' banner lines are skipped.
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/records.h"
#include "ingest/record_strings.h"

namespace annalist {
namespace {

using ingest::AppendWord;
using ingest::Excerpt;
using ingest::IsBlank;
using ingest::IsBlankChar;
using ingest::IsDigit;
using ingest::Trim;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i];
    if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
    if (a != prefix[i]) return false;
  }
  return true;
}

// Collects the {fields} of a record's comment, one line segment at a time.
class FieldScanner {
 public:
  using ProblemFn =
      std::function<void(uint64_t line, const std::string& reason, const std::string& text)>;
  FieldScanner(TabariRecord* record, ProblemFn problem)
      : record_(record), problem_(std::move(problem)) {}

  void Scan(std::string_view segment, uint64_t line) {
    size_t pos = 0;
    while ((pos = segment.find('{', pos)) != std::string_view::npos) {
      bool minus = pos > 0 && segment[pos - 1] == '-';
      size_t close = segment.find('}', pos + 1);
      std::string_view body = segment.substr(
          pos + 1, close == std::string_view::npos ? std::string_view::npos : close - pos - 1);
      std::string_view after;
      if (close != std::string_view::npos) after = segment.substr(close + 1);
      Field(body, minus, after, line);
      if (close == std::string_view::npos) break;
      pos = close + 1;
    }
  }

 private:
  void Field(std::string_view body, bool minus, std::string_view after, uint64_t line) {
    std::string_view t = Trim(body);
    if (t.empty()) return;  // "{}" in prose
    if (StartsWithNoCase(t, "OPTION:")) {
      record_->options.emplace_back(Trim(t.substr(7)));
      return;
    }
    if (minus) record_->open_ended = true;
    std::string squeezed;
    for (char c : t) {
      if (!IsBlankChar(c)) squeezed.push_back(c);
    }
    if (squeezed == "---" || squeezed == "+++" || squeezed == "###") {
      if (minus || record_->open_ended) return;  // not checked
      if (squeezed == "---") record_->expect_none = true;
      if (squeezed == "+++") record_->expect_complex = true;
      if (squeezed == "###") record_->expect_discard = true;
      return;
    }
    ExpectedEvent e;
    e.line = line;
    size_t a = t.find('/');
    size_t b = a == std::string_view::npos ? a : t.find('/', a + 1);
    if (b == std::string_view::npos || t.find('/', b + 1) != std::string_view::npos) {
      problem_(line, "malformed validation field (want { SRC / TGT / CODE })",
               std::string("{").append(body).append("}"));
      return;
    }
    e.source = std::string(Trim(t.substr(0, a)));
    e.target = std::string(Trim(t.substr(a + 1, b - a - 1)));
    e.code = std::string(Trim(t.substr(b + 1)));
    if (e.source.empty() || e.target.empty() || e.code.empty()) {
      problem_(line, "empty part in validation field", std::string("{").append(body).append("}"));
      return;
    }
    std::string_view rest = Trim(after);
    size_t n = 0;
    while (n < rest.size() && IsDigit(rest[n])) ++n;
    if ((n == 6 || n == 8) && (n == rest.size() || IsBlankChar(rest[n]))) {
      e.date = std::string(rest.substr(0, n));
    }
    if (minus || record_->open_ended) {
      record_->unchecked.push_back(std::move(e));
    } else {
      record_->expected.push_back(std::move(e));
    }
  }

  TabariRecord* record_;
  ProblemFn problem_;
};

}  // namespace

Result<std::unique_ptr<TabariRecordReader>> TabariRecordReader::Open(const std::string& path,
                                                                     RecordReaderOptions options) {
  auto in = ingest::OpenRecordsFile(path);
  if (!in.ok()) return in.status();
  auto reader = std::make_unique<TabariRecordReader>(in->get(), path, options);
  reader->owned_ = std::move(*in);
  return reader;
}

TabariRecordReader::TabariRecordReader(std::istream* in, std::string name,
                                       RecordReaderOptions options)
    : in_(in), name_(std::move(name)), options_(options) {}

TabariRecordReader::~TabariRecordReader() = default;

bool TabariRecordReader::ReadLine(std::string* line) {
  if (!std::getline(*in_, *line)) {
    if (in_->bad()) {
      status_ = Status::IoError(name_ + ":" + std::to_string(line_no_ + 1) + ": read error");
    }
    return false;
  }
  ++line_no_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

void TabariRecordReader::Problem(uint64_t line, const std::string& reason,
                                 const std::string& text) {
  std::string msg = name_ + ":" + std::to_string(line) + ": " + reason;
  if (!text.empty()) msg += ": " + Excerpt(text);
  problems_.push_back(msg);
  if (options_.strict && status_.ok()) status_ = Status::Corruption(msg);
}

bool TabariRecordReader::Next(TabariRecord* record) {
  std::string line;
  auto skip_block = [&] {
    while (ReadLine(&line) && !IsBlank(line)) {
    }
  };
  while (status_.ok()) {
    if (!ReadLine(&line)) return false;
    if (IsBlank(line) || line[0] == '#') continue;
    if (!IsDigit(line[0])) {
      Problem(line_no_, "text outside a record (want a YYMMDD ID header)", line);
      ++skipped_;
      skip_block();
      continue;
    }

    // The header: date digits, separator blanks or '*', the id.
    const uint64_t header_line = line_no_;
    std::string_view h = line;
    size_t n = 0;
    while (n < h.size() && IsDigit(h[n])) ++n;
    DateTime date;
    bool date_ok = false;
    if (n >= 6) {
      YearMonthDay ymd;
      if (ParseCompactDate(h.substr(0, n >= 8 ? 8 : 6), TabariYear, &ymd)) {
        date = DateOfDay(DaysFromCivil(ymd));
        date_ok = true;
      }
    }
    if (!date_ok) {
      Problem(header_line, "bad record header date (want YYMMDD or YYYYMMDD)", line);
      ++skipped_;
      skip_block();
      continue;
    }
    if (n != 6 && n != 8) {
      Problem(header_line,
              "record date has " + std::to_string(n) + " digits; read the first " +
                  std::to_string(n >= 8 ? 8 : 6),
              line);
      if (!status_.ok()) return false;
    }
    *record = TabariRecord();
    record->date = date;
    record->line = header_line;
    record->header = std::string(Trim(h));
    size_t p = n;
    while (p < h.size() && (IsBlankChar(h[p]) || h[p] == '*')) ++p;
    size_t q = p;
    while (q < h.size() && !IsBlankChar(h[q])) ++q;
    record->id = std::string(h.substr(p, q - p));

    // The body.
    FieldScanner fields(record, [this](uint64_t l, const std::string& reason,
                                       const std::string& text) { Problem(l, reason, text); });
    enum { kText, kComment, kAfter } state = kText;
    while (ReadLine(&line) && !IsBlank(line)) {
      std::string_view rest = line;
      if (state == kText) {
        size_t open = rest.find("/*");
        AppendWord(Trim(rest.substr(0, open)), &record->text);
        if (open == std::string_view::npos) continue;
        rest = rest.substr(open + 2);
        state = kComment;
      }
      if (!record->comment.empty()) record->comment.push_back('\n');
      record->comment.append(rest);
      if (state == kComment) {
        size_t close = rest.find("*/");
        fields.Scan(rest.substr(0, close), line_no_);
        if (close == std::string_view::npos) continue;
        rest = rest.substr(close + 2);
        state = kAfter;
      }
      fields.Scan(rest, line_no_);
    }
    if (!status_.ok()) return false;
    return true;
  }
  return false;
}

}  // namespace annalist
