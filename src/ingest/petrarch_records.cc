// PETRARCH validation XML: <Environment> then <Sentence> records.
//
// Built on the streaming tokenizer in xml_scan.h. The record state machine
// accepts, in lenient mode, the two ways PETR2_GSR_validation.xml is not
// well-formed: text outside any element (its '#' banner) and a self-closed
// <Sentence .../> whose children follow until </Sentence> (or the next
// <Sentence>, or the end of <Sentences>).
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/records.h"
#include "ingest/record_strings.h"
#include "ingest/xml_scan.h"

namespace annalist {
namespace {

using ingest::AppendWord;
using ingest::Excerpt;
using ingest::IsBlank;
using ingest::IsDigit;
using ingest::Trim;
using ingest::XmlScanner;
using ingest::XmlToken;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const std::string* Attribute(const XmlToken& t, std::string_view name) {
  for (const auto& [k, v] : t.attributes) {
    if (k == name) return &v;
  }
  return nullptr;
}

// Lines trimmed and joined by single spaces.
std::string JoinLines(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    size_t nl = s.find('\n');
    AppendWord(Trim(s.substr(0, nl)), &out);
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return out;
}

// Drops blank lines at both ends and trailing blanks of the last line.
std::string TrimBlankLines(std::string_view s) {
  while (!s.empty()) {
    size_t nl = s.find('\n');
    if (nl == std::string_view::npos || !IsBlank(s.substr(0, nl))) break;
    s.remove_prefix(nl + 1);
  }
  if (IsBlank(s)) return "";
  while (!s.empty() &&
         (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// "YYYYMMDD", or "YYMMDD" (one record of the GSR file; PetrarchYear).
bool ParseRecordDate(std::string_view s, DateTime* out) {
  YearMonthDay ymd;
  if (!ParseCompactDate(Trim(s), PetrarchYear, &ymd)) return false;
  *out = DateOfDay(DaysFromCivil(ymd));
  return true;
}

}  // namespace

bool PetrarchRecord::expects_none() const {
  if (codings.empty()) return false;
  for (const PetrarchCoding& c : codings) {
    if (!c.code.empty()) return false;
    if (!c.noevents && c.error.empty()) return false;
  }
  return true;
}

bool PetrarchEnvironment::Evaluates(const PetrarchRecord& record) const {
  if (include.empty()) return true;
  bool valid_only = false, any_category = false, category_listed = false;
  for (const std::string& w : include) {
    if (w == "valid") {
      valid_only = true;
    } else {
      any_category = true;
      if (w == record.category) category_listed = true;
    }
  }
  if (valid_only && !record.valid) return false;
  return !any_category || category_listed;
}

class PetrarchRecordReader::Impl {
 public:
  Impl(PetrarchRecordReader* owner, std::istream* in, std::string name, RecordReaderOptions options)
      : owner_(owner), scanner_(in), name_(std::move(name)), options_(options) {}

  bool Next(PetrarchRecord* out);

  std::unique_ptr<std::istream> owned;

 private:
  void Problem(uint64_t line, const std::string& reason, const std::string& text = "") {
    std::string msg = name_ + ":" + std::to_string(line) + ": " + reason;
    if (!text.empty()) msg += ": " + Excerpt(text);
    owner_->problems_.push_back(msg);
    if (options_.strict && owner_->status_.ok()) {
      owner_->status_ = Status::Corruption(msg);
    }
  }
  void FlushScannerProblems() {
    for (auto& [line, msg] : scanner_.TakeProblems()) Problem(line, msg);
  }
  void StartRecord(const XmlToken& t);
  // Finishes the open record; true when it is good and moved to *out.
  bool Finish(PetrarchRecord* out);
  void StartTag(const XmlToken& t);

  PetrarchRecordReader* owner_;
  XmlScanner scanner_;
  std::string name_;
  RecordReaderOptions options_;

  std::optional<XmlToken> pending_;  // a <Sentence> that closed the previous
  bool open_ = false;                // a record is being read
  bool bad_ = false;                 // ... and will be skipped
  PetrarchRecord record_;
  std::string text_, parse_;
  std::string* capture_ = nullptr;  // inside <Text> or <Parse>
  std::string capture_tag_;
  std::string discard_;  // a second <Parse>
  std::vector<std::pair<std::string, std::string>> config_;
  bool in_env_ = false;
  std::string env_tag_, env_text_;
  bool reported_outside_text_ = false;
};

void PetrarchRecordReader::Impl::StartRecord(const XmlToken& t) {
  open_ = true;
  bad_ = false;
  record_ = PetrarchRecord();
  text_.clear();
  parse_.clear();
  record_.line = t.line;
  record_.attributes = t.attributes;
  if (const std::string* id = Attribute(t, "id")) record_.id = std::string(Trim(*id));
  if (const std::string* c = Attribute(t, "category")) {
    record_.category = std::string(Trim(*c));
  }
  const std::string* valid = Attribute(t, "sentence");
  if (!valid) valid = Attribute(t, "evaluate");
  if (valid) record_.valid = Lower(Trim(*valid)) == "true";
  if (record_.id.empty()) Problem(t.line, "<Sentence> without an id");
  const std::string* date = Attribute(t, "date");
  if (!date || !ParseRecordDate(*date, &record_.date)) {
    Problem(t.line, "<Sentence> without a YYYYMMDD date", date ? *date : std::string("(none)"));
  }
  if (t.self_closing && !options_.lenient) {
    Problem(t.line, "self-closed <Sentence/> (not well-formed; use lenient mode)", record_.id);
    bad_ = true;
  }
}

bool PetrarchRecordReader::Impl::Finish(PetrarchRecord* out) {
  open_ = false;
  capture_ = nullptr;
  if (bad_) {
    ++owner_->skipped_;
    return false;
  }
  record_.text = JoinLines(text_);
  record_.parse = TrimBlankLines(parse_);
  record_.config = std::move(config_);
  config_.clear();
  *out = std::move(record_);
  return true;
}

void PetrarchRecordReader::Impl::StartTag(const XmlToken& t) {
  const std::string& n = t.name;
  if (n == "Environment") {
    owner_->environment_.present = true;
    in_env_ = !t.self_closing;
    return;
  }
  if (n == "Config") {
    const std::string* option = Attribute(t, "option");
    const std::string* value = Attribute(t, "value");
    if (!option) {
      Problem(t.line, "<Config> without option=");
      return;
    }
    std::pair<std::string, std::string> kv(std::string(Trim(*option)),
                                           value ? std::string(Trim(*value)) : "");
    if (in_env_) {
      owner_->environment_.config.push_back(kv);
    } else {
      config_.push_back(std::move(kv));
    }
    return;
  }
  if (in_env_) {
    env_tag_ = n;
    env_text_.clear();
    return;
  }
  if (n == "EventCoding") {
    if (!open_) {
      Problem(t.line, "<EventCoding> outside a <Sentence>");
      return;
    }
    PetrarchCoding c;
    c.line = t.line;
    if (const std::string* v = Attribute(t, "sourcecode")) c.source = std::string(Trim(*v));
    if (const std::string* v = Attribute(t, "targetcode")) c.target = std::string(Trim(*v));
    if (const std::string* v = Attribute(t, "eventcode")) c.code = std::string(Trim(*v));
    if (const std::string* v = Attribute(t, "noevents")) {
      c.noevents = Lower(Trim(*v)) == "true";
    }
    if (const std::string* v = Attribute(t, "error")) c.error = std::string(Trim(*v));
    if (c.code.empty() && !c.noevents && c.error.empty()) {
      Problem(t.line, "<EventCoding> with no eventcode, noevents or error", record_.id);
    } else if (!c.code.empty() && (c.source.empty() || c.target.empty())) {
      Problem(t.line, "<EventCoding> without sourcecode or targetcode", record_.id);
    }
    record_.codings.push_back(std::move(c));
    return;
  }
  if (n == "Text" || n == "Parse") {
    if (!open_) {
      Problem(t.line, "<" + n + "> outside a <Sentence>");
      return;
    }
    if (t.self_closing) return;
    std::string* target = n == "Text" ? &text_ : &parse_;
    if (!target->empty()) {
      Problem(t.line, "second <" + n + "> in a sentence; ignored", record_.id);
      discard_.clear();
      target = &discard_;
    }
    capture_ = target;
    capture_tag_ = n;
  }
  // Everything else (<Validation>, <Sentences>, <Stop>, ...) carries no
  // record data.
}

bool PetrarchRecordReader::Impl::Next(PetrarchRecord* out) {
  XmlToken t;
  while (owner_->status_.ok()) {
    bool more;
    if (pending_) {
      t = std::move(*pending_);
      pending_.reset();
      more = true;
    } else {
      more = scanner_.Next(&t);
      FlushScannerProblems();
      if (scanner_.read_error()) {
        owner_->status_ = Status::IoError(name_ + ": read error");
        return false;
      }
    }
    if (!owner_->status_.ok()) return false;
    if (!more) {
      if (open_) {
        if (!options_.lenient) {
          Problem(record_.line, "<Sentence> not closed at end of input", record_.id);
          bad_ = true;
        }
        if (Finish(out)) return true;
      }
      return false;
    }
    switch (t.kind) {
      case XmlToken::kText:
        if (capture_) {
          capture_->append(t.text);
        } else if (in_env_ && !env_tag_.empty()) {
          env_text_.append(t.text);
        } else if (!IsBlank(t.text) && !options_.lenient && !reported_outside_text_) {
          reported_outside_text_ = true;
          uint64_t line = t.line;
          for (size_t i = 0; i < t.text.size() && ingest::IsBlankChar(t.text[i]); ++i) {
            line += t.text[i] == '\n';
          }
          Problem(line, "text outside any element (not well-formed)", t.text);
        }
        break;
      case XmlToken::kStart:
        if (capture_) {
          Problem(t.line, "tag <" + t.name + "> inside <" + capture_tag_ + ">");
          break;
        }
        if (t.name == "Sentence") {
          if (open_) {
            if (!options_.lenient) {
              Problem(t.line, "<Sentence> inside an unclosed <Sentence>", record_.id);
              bad_ = true;
            }
            pending_ = std::move(t);
            if (Finish(out)) return true;
            break;
          }
          StartRecord(t);
          break;
        }
        StartTag(t);
        break;
      case XmlToken::kEnd:
        if (capture_) {
          if (t.name == capture_tag_) {
            capture_ = nullptr;
          } else {
            Problem(t.line, "</" + t.name + "> inside <" + capture_tag_ + ">");
          }
          break;
        }
        if (in_env_) {
          if (t.name == "Environment") {
            in_env_ = false;
          } else if (t.name == env_tag_) {
            PetrarchEnvironment& env = owner_->environment_;
            std::string v(Trim(env_text_));
            if (env_tag_ == "Verbfile") env.verbfile = v;
            if (env_tag_ == "Agentfile") env.agentfile = v;
            if (env_tag_ == "Discardfile") env.discardfile = v;
            if (env_tag_ == "Actorfile") {
              std::string_view rest = v;
              while (!rest.empty()) {
                size_t comma = rest.find(',');
                std::string_view one = Trim(rest.substr(0, comma));
                if (!one.empty()) env.actorfiles.emplace_back(one);
                if (comma == std::string_view::npos) break;
                rest.remove_prefix(comma + 1);
              }
            }
            if (env_tag_ == "Include") {
              std::string_view rest = v;
              while (!rest.empty()) {
                rest = Trim(rest);
                size_t sp = 0;
                while (sp < rest.size() && !ingest::IsBlankChar(rest[sp])) ++sp;
                if (sp > 0) env.include.emplace_back(rest.substr(0, sp));
                rest.remove_prefix(sp);
              }
            }
            env_tag_.clear();
          }
          break;
        }
        if (t.name == "Sentence") {
          if (!open_) {
            Problem(t.line, "</Sentence> without <Sentence>");
            break;
          }
          if (Finish(out)) return true;
          break;
        }
        if ((t.name == "Sentences" || t.name == "Validation") && open_) {
          if (!options_.lenient) {
            Problem(record_.line, "<Sentence> not closed", record_.id);
            bad_ = true;
          }
          if (Finish(out)) return true;
        }
        break;
      case XmlToken::kEof:
        break;
    }
  }
  return false;
}

Result<std::unique_ptr<PetrarchRecordReader>> PetrarchRecordReader::Open(
    const std::string& path, RecordReaderOptions options) {
  auto in = ingest::OpenRecordsFile(path);
  if (!in.ok()) return in.status();
  auto reader = std::make_unique<PetrarchRecordReader>(in->get(), path, options);
  reader->impl_->owned = std::move(*in);
  return reader;
}

PetrarchRecordReader::PetrarchRecordReader(std::istream* in, std::string name,
                                           RecordReaderOptions options)
    : name_(name), impl_(std::make_unique<Impl>(this, in, std::move(name), options)) {}

PetrarchRecordReader::~PetrarchRecordReader() = default;

bool PetrarchRecordReader::Next(PetrarchRecord* record) { return impl_->Next(record); }

}  // namespace annalist
