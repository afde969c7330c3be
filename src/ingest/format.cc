// The format table and the framers the built-in formats share.
#include "ingest/format.h"

#include <deque>
#include <mutex>
#include <utility>

#include "annalist/reader.h"
#include "ingest/jsonl_format.h"
#include "ingest/record_formats.h"
#include "ingest/reuters_format.h"
#include "ingest/skipped_formats.h"
#include "ingest/text_format.h"
#include "ingest/web_formats.h"

namespace annalist::ingest {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return out;
}

// The entries, in detection order, then the text entry (the fallback). A
// deque that only grows at the back, so that pointers to entries (and
// InputFormat names pointing into them) stay valid as entries are added.
struct Table {
  std::deque<Format> formats;
  Format text;
  std::mutex mu;  // guards additions
};

Table& GetTable() {
  static Table* table = [] {
    auto* t = new Table;
    t->formats.push_back(ReutersFormat());
    t->formats.push_back(JsonlFormat());
    t->formats.push_back(TabariFormat());
    t->formats.push_back(PetrarchFormat());
    t->formats.push_back(WarcFormat());
    t->formats.push_back(HtmlFormat());
    for (Format& f : SkippedFormats()) t->formats.push_back(std::move(f));
    t->text = TextArticleFormat();
    return t;
  }();
  return *table;
}

bool Named(const Format& f, std::string_view lower_name) {
  if (f.name == lower_name) return true;
  for (const std::string& a : f.aliases) {
    if (a == lower_name) return true;
  }
  return false;
}

class Whole : public Framer {
 public:
  explicit Whole(uint64_t max) : max_(max) {}
  bool Next(ByteSource* src, Record* record) override {
    if (done_) return false;
    done_ = true;
    *record = Record();
    bool truncated = false;
    src->ReadAll(&record->bytes, max_, &truncated);
    if (!src->error().empty()) return false;  // the reader reports it
    if (truncated) {
      record->bytes.clear();
      record->error = {kSkipTooLarge, "more than the limit of " + std::to_string(max_) + " bytes"};
    }
    return true;
  }

 private:
  uint64_t max_;
  bool done_ = false;
};

class Lines : public Framer {
 public:
  explicit Lines(uint64_t max) : max_(max) {}
  bool Next(ByteSource* src, Record* record) override {
    for (;;) {
      uint64_t offset = src->offset();
      bool truncated = false;
      if (!src->ReadLine(&line_, max_, &truncated)) return false;
      ++line_no_;
      *record = Record();
      record->line = line_no_;
      record->offset = offset;
      if (truncated) {
        record->error = {kSkipTooLarge,
                         "line longer than the limit of " + std::to_string(max_) + " bytes"};
        return true;
      }
      std::string_view line = line_;
      if (line_no_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) {
        continue;
      }
      record->bytes.assign(line);
      return true;
    }
  }

 private:
  uint64_t max_;
  uint64_t line_no_ = 0;
  std::string line_;
};

}  // namespace

Status RegisterFormat(Format format) {
  format.name = Lower(format.name);
  for (std::string& a : format.aliases) a = Lower(a);
  for (std::string& e : format.extensions) e = Lower(e);
  if (format.name.empty() || format.name == "auto") {
    return Status::InvalidArgument("a format needs a name other than \"auto\"");
  }
  if (!format.skipped() && (!format.framer || !format.parse)) {
    return Status::InvalidArgument("format " + format.name + " has no framer or no parser");
  }
  Table& t = GetTable();
  std::lock_guard<std::mutex> lock(t.mu);
  for (const Format* f : AllFormats()) {
    if (Named(*f, format.name)) {
      return Status::InvalidArgument("format name taken: " + format.name);
    }
    for (const std::string& a : format.aliases) {
      if (Named(*f, a)) return Status::InvalidArgument("format name taken: " + a);
    }
  }
  t.formats.push_back(std::move(format));
  return Status::Ok();
}

const Format* FindFormat(std::string_view name) {
  std::string lower = Lower(name);
  for (const Format* f : AllFormats()) {
    if (!f->skipped() && Named(*f, lower)) return f;
  }
  return nullptr;
}

const Format& TextFormat() { return GetTable().text; }

const Format* FormatForPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string name = Lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) {
    name.resize(name.size() - 3);
  }
  size_t dot = name.find_last_of('.');
  // A leading dot (".profile") is a name, not an extension.
  std::string ext = dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
  for (const Format* f : AllFormats()) {
    for (const std::string& e : f->extensions) {
      if (e == ext) return f;
    }
  }
  return nullptr;
}

const Format* DetectFormat(std::string_view head, bool stream) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' || head.front() == '\n' ||
                           head.front() == '\r')) {
    head.remove_prefix(1);
  }
  for (const Format& f : GetTable().formats) {
    if (f.detect && f.detect(head, stream)) return &f;
  }
  return nullptr;
}

std::vector<const Format*> AllFormats() {
  std::vector<const Format*> out;
  Table& t = GetTable();
  for (const Format& f : t.formats) out.push_back(&f);
  out.push_back(&t.text);
  return out;
}

std::unique_ptr<Framer> WholeFramer(uint64_t max_record_bytes) {
  return std::make_unique<Whole>(max_record_bytes);
}

std::unique_ptr<Framer> LineFramer(uint64_t max_record_bytes) {
  return std::make_unique<Lines>(max_record_bytes);
}

}  // namespace annalist::ingest
