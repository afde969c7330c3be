// DocumentReader: walks the inputs, sniffs each one's format, and hands
// records to the format parsers (text_format, jsonl_format, reuters_format).
#include "annalist/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <system_error>
#include <utility>

#include "ingest/byte_source.h"
#include "ingest/encoding.h"
#include "ingest/jsonl_format.h"
#include "ingest/reuters_format.h"
#include "ingest/text_format.h"

namespace annalist {

namespace fs = std::filesystem;
using ingest::ByteSource;
using ingest::RecordError;

namespace {

constexpr size_t kSniffBytes = 8192;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct Input {
  std::string path;  // "-" for standard input
  uint64_t size = 0;
  bool is_stdin = false;
  std::string memory;  // the bytes of a FromBuffer reader
  bool is_memory = false;
};

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return s;
}

// The format that the first bytes of an input suggest, or kAuto.
InputFormat SniffContent(std::string_view head, bool allow_jsonl) {
  if (head.substr(0, 3) == kBom) head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\t' ||
                           head.front() == '\n' || head.front() == '\r')) {
    head.remove_prefix(1);
  }
  if (head.substr(0, 15) == "<!DOCTYPE lewis" ||
      ingest::FindReutersOpen(head.substr(0, 9), 0) == 0) {
    return InputFormat::kReuters;
  }
  if (allow_jsonl && !head.empty() && head.front() == '{') {
    return InputFormat::kJsonl;
  }
  return InputFormat::kAuto;
}

InputFormat FormatOfPath(const std::string& path) {
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json-lines") {
    return InputFormat::kJsonl;
  }
  if (ext == ".sgm" || ext == ".sgml") return InputFormat::kReuters;
  return InputFormat::kAuto;
}

// In a directory walk with automatic format detection, only files that can
// hold articles are read: known article extensions (or none), and not the
// README/LICENSE files that corpora ship beside their articles. Files named
// on the command line are always read.
bool ArticleFile(const fs::path& p) {
  std::string name = p.filename().string();
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const char* prefix : {"readme", "license", "licence", "copying", "changelog"}) {
    if (lower.rfind(prefix, 0) == 0) return false;
  }
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ok : {"", ".txt", ".text", ".jsonl", ".ndjson", ".jsonlines", ".sgm", ".sgml"}) {
    if (ext == ok) return true;
  }
  return false;
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

std::string ReadProblem::Message() const {
  if (line > 0) return source + ":" + std::to_string(line) + ": " + reason;
  if (offset > 0) {
    return source + ": byte " + std::to_string(offset) + ": " + reason;
  }
  return source + ": " + reason;
}

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kReuters: return "reuters";
  }
  return "auto";
}

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  std::string n = Lower(std::string(name));
  if (n == "auto") {
    *format = InputFormat::kAuto;
  } else if (n == "text" || n == "txt") {
    *format = InputFormat::kText;
  } else if (n == "jsonl" || n == "json" || n == "ndjson") {
    *format = InputFormat::kJsonl;
  } else if (n == "reuters" || n == "sgml" || n == "sgm") {
    *format = InputFormat::kReuters;
  } else {
    return false;
  }
  return true;
}

class DocumentReader::Impl {
 public:
  Impl(std::vector<Input> inputs, ReaderOptions options,
       std::deque<ReadProblem> early_problems)
      : options_(options),
        inputs_(std::move(inputs)),
        pending_problems_(std::move(early_problems)) {
    for (const Input& in : inputs_) total_bytes_ += in.size;
  }

  bool Next(Document* doc);

  std::function<void(const ReadProblem&)> handler_;
  std::map<std::string, uint64_t> skipped_;
  uint64_t total_bytes_ = 0;
  uint64_t bytes_done_ = 0;
  uint64_t files_read_ = 0;
  uint64_t files_ignored_ = 0;
  uint64_t documents_ = 0;
  std::unique_ptr<ByteSource> src_;

 private:
  void Problem(std::string category, std::string reason, uint64_t line,
               uint64_t offset);
  bool StartNextInput();
  void FinishInput();
  bool NextText(Document* doc);
  bool NextJsonl(Document* doc);
  bool NextReuters(Document* doc);
  void Stamp(Document* doc, uint64_t line) {
    doc->source = cur_.path;
    doc->source_line = line;
  }

  ReaderOptions options_;
  std::vector<Input> inputs_;
  size_t next_input_ = 0;
  std::deque<ReadProblem> pending_problems_;

  // The input being read.
  Input cur_;
  InputFormat format_ = InputFormat::kText;
  bool text_done_ = false;
  uint64_t line_no_ = 0;
  std::string line_;

  // Reuters: the record being gathered, and records gathered but not parsed.
  struct Record {
    std::string bytes;
    uint64_t line = 0;
    uint64_t offset = 0;
    bool too_large = false;
    bool unterminated = false;
  };
  bool in_record_ = false;
  Record record_;
  std::deque<Record> ready_;
};

void DocumentReader::Impl::Problem(std::string category, std::string reason,
                                   uint64_t line, uint64_t offset) {
  ++skipped_[category];
  if (!handler_) return;
  ReadProblem p;
  p.source = cur_.path;
  p.line = line;
  p.offset = offset;
  p.category = std::move(category);
  p.reason = std::move(reason);
  handler_(p);
}

bool DocumentReader::Impl::Next(Document* doc) {
  while (!pending_problems_.empty()) {
    ReadProblem p = std::move(pending_problems_.front());
    pending_problems_.pop_front();
    ++skipped_[p.category];
    if (handler_) handler_(p);
  }
  for (;;) {
    if (!src_) {
      if (!StartNextInput()) return false;
      continue;
    }
    bool got = false;
    switch (format_) {
      case InputFormat::kJsonl: got = NextJsonl(doc); break;
      case InputFormat::kReuters: got = NextReuters(doc); break;
      default: got = NextText(doc); break;
    }
    if (got) {
      ++documents_;
      return true;
    }
    FinishInput();
  }
}

bool DocumentReader::Impl::StartNextInput() {
  while (next_input_ < inputs_.size()) {
    cur_ = std::move(inputs_[next_input_++]);
    line_no_ = 0;
    text_done_ = false;
    in_record_ = false;
    ready_.clear();
    if (cur_.is_memory) {
      src_ = ByteSource::FromString(std::move(cur_.memory));
      cur_.memory.clear();
    } else if (cur_.is_stdin) {
      src_ = ByteSource::Stdin();
    } else {
      auto opened = ByteSource::OpenFile(cur_.path);
      if (!opened.ok()) {
        Problem(kSkipUnreadable, opened.status().message(), 0, 0);
        bytes_done_ += cur_.size;
        ++files_read_;
        continue;
      }
      src_ = std::move(opened.value());
    }
    std::string_view head = src_->Peek(kSniffBytes);
    if (head.empty()) {
      if (!src_->error().empty()) {
        Problem(kSkipUnreadable, "cannot read: " + src_->error(), 0, 0);
      } else {
        Problem(kSkipEmpty, "the file is empty", 0, 0);
      }
    } else if (const void* nul = std::memchr(head.data(), 0, head.size())) {
      size_t at = static_cast<const char*>(nul) - head.data();
      Problem(kSkipBinary,
              "binary file (NUL byte at byte " + std::to_string(at) + ")", 0,
              0);
    } else if (ingest::LooksBinary(head)) {
      Problem(kSkipBinary, "binary file (mostly control or non-UTF-8 bytes)",
              0, 0);
    } else {
      format_ = options_.format;
      if (format_ == InputFormat::kAuto) {
        // Files go by extension first; a stream has only its content.
        bool stream = cur_.is_stdin || cur_.is_memory;
        format_ = stream ? InputFormat::kAuto : FormatOfPath(cur_.path);
        if (format_ == InputFormat::kAuto) {
          format_ = SniffContent(head, /*allow_jsonl=*/stream);
        }
        if (format_ == InputFormat::kAuto) format_ = InputFormat::kText;
      }
      return true;
    }
    FinishInput();
  }
  return false;
}

void DocumentReader::Impl::FinishInput() {
  if (src_) {
    if (!src_->error().empty() && src_->offset() > 0) {
      Problem(kSkipUnreadable, "read error: " + src_->error(), 0,
              src_->offset());
    }
    // A file counts whole even when abandoned part way (it is done);
    // standard input counts what was consumed.
    bytes_done_ += cur_.is_stdin ? src_->offset()
                                 : std::max(cur_.size, src_->offset());
  }
  src_.reset();
  ++files_read_;
}

bool DocumentReader::Impl::NextText(Document* doc) {
  if (text_done_) return false;
  text_done_ = true;
  uint64_t max = options_.max_document_bytes;
  if (!cur_.is_stdin && !cur_.is_memory && cur_.size > max) {
    Problem(kSkipTooLarge,
            "the file has " + std::to_string(cur_.size) +
                " bytes, more than the limit of " + std::to_string(max),
            0, 0);
    return false;
  }
  std::string data;
  bool truncated = false;
  src_->ReadAll(&data, max, &truncated);
  if (!src_->error().empty()) return false;  // reported by FinishInput
  if (truncated) {
    Problem(kSkipTooLarge,
            "more than the limit of " + std::to_string(max) + " bytes", 0, 0);
    return false;
  }
  RecordError err;
  if (!ingest::ParseTextArticle(data, doc, &err)) {
    Problem(err.category, err.reason, 0, 0);
    return false;
  }
  Stamp(doc, 0);
  return true;
}

bool DocumentReader::Impl::NextJsonl(Document* doc) {
  uint64_t max = options_.max_document_bytes;
  for (;;) {
    uint64_t offset = src_->offset();
    bool truncated = false;
    if (!src_->ReadLine(&line_, max, &truncated)) return false;
    ++line_no_;
    if (truncated) {
      Problem(kSkipTooLarge,
              "line longer than the limit of " + std::to_string(max) + " bytes",
              line_no_, offset);
      continue;
    }
    std::string_view line = line_;
    if (line_no_ == 1 && line.substr(0, 3) == kBom) line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) {
      continue;
    }
    RecordError err;
    if (ingest::ParseJsonLine(line, doc, &err)) {
      Stamp(doc, line_no_);
      return true;
    }
    Problem(err.category, err.reason, line_no_, offset);
  }
}

bool DocumentReader::Impl::NextReuters(Document* doc) {
  uint64_t max = options_.max_document_bytes;
  for (;;) {
    while (!ready_.empty()) {
      Record r = std::move(ready_.front());
      ready_.pop_front();
      if (r.too_large) {
        Problem(kSkipTooLarge,
                "<REUTERS> record larger than the limit of " +
                    std::to_string(max) + " bytes",
                r.line, r.offset);
        continue;
      }
      if (r.unterminated) {
        Problem(kSkipMalformedSgml, "<REUTERS> record without </REUTERS>",
                r.line, r.offset);
        continue;
      }
      RecordError err;
      if (ingest::ParseReutersRecord(r.bytes, doc, &err)) {
        Stamp(doc, r.line);
        return true;
      }
      Problem(err.category, err.reason, r.line, r.offset);
    }
    uint64_t line_offset = src_->offset();
    bool truncated = false;
    // Lines are kept whole up to the record limit; a longer line can only
    // belong to a record that is too large anyway.
    if (!src_->ReadLine(&line_, max + 1, &truncated)) {
      if (in_record_) {
        record_.unterminated = true;
        ready_.push_back(std::move(record_));
        in_record_ = false;
        continue;
      }
      return false;
    }
    ++line_no_;
    line_.push_back('\n');
    std::string_view rest = line_;
    uint64_t rest_offset = line_offset;
    while (!rest.empty()) {
      bool fresh = false;  // the record opens at rest[0]
      if (!in_record_) {
        size_t open = ingest::FindReutersOpen(rest, 0);
        if (open == std::string_view::npos) break;  // text between records
        in_record_ = true;
        record_ = Record();
        record_.line = line_no_;
        record_.offset = rest_offset + open;
        rest.remove_prefix(open);
        rest_offset += open;
        fresh = true;
      }
      // The close tag is looked for only before the next opening tag, so
      // a long line of many records is scanned once.
      size_t reopen = ingest::FindReutersOpen(rest, fresh ? 1 : 0);
      size_t close = rest.substr(0, reopen).find("</REUTERS>");
      size_t end = close == std::string_view::npos ? rest.size() : close + 10;
      bool unterminated =
          close == std::string_view::npos && reopen != std::string_view::npos;
      if (unterminated) end = reopen;
      if (!record_.too_large) {
        if (record_.bytes.size() + end > max) {
          record_.too_large = true;
          record_.bytes.clear();
          record_.bytes.shrink_to_fit();
        } else {
          record_.bytes.append(rest.substr(0, end));
        }
      }
      rest.remove_prefix(end);
      rest_offset += end;
      if (unterminated || close != std::string_view::npos) {
        record_.unterminated = unterminated;
        ready_.push_back(std::move(record_));
        in_record_ = false;
      } else {
        break;
      }
    }
  }
}

DocumentReader::DocumentReader(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
DocumentReader::~DocumentReader() = default;

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(
    std::vector<std::string> paths, ReaderOptions options) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  std::vector<Input> inputs;
  std::deque<ReadProblem> problems;
  uint64_t ignored = 0;
  bool have_stdin = false;
  for (const std::string& path : paths) {
    if (path == "-") {
      if (have_stdin) continue;
      have_stdin = true;
      Input in;
      in.path = "-";
      in.is_stdin = true;
      inputs.push_back(std::move(in));
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      return Status::NotFound("no such file or directory: " + path);
    }
    if (!fs::is_directory(st)) {
      Input in;
      in.path = path;
      in.size = fs::is_regular_file(st) ? fs::file_size(path, ec) : 0;
      if (ec) in.size = 0;
      inputs.push_back(std::move(in));
      continue;
    }
    // A directory: every regular file below it, hidden names and symbolic
    // links to directories excepted, in sorted order.
    std::vector<Input> found;
    std::vector<fs::path> dirs = {path};
    while (!dirs.empty()) {
      fs::path dir = std::move(dirs.back());
      dirs.pop_back();
      fs::directory_iterator it(dir, ec);
      if (ec) {
        ReadProblem p;
        p.source = dir.string();
        p.category = kSkipUnreadable;
        p.reason = "cannot list the directory: " + ec.message();
        problems.push_back(std::move(p));
        continue;
      }
      for (; it != fs::directory_iterator(); it.increment(ec)) {
        const fs::directory_entry& e = *it;
        if (Hidden(e.path())) continue;
        std::error_code ec2;
        if (e.is_directory(ec2)) {
          if (!e.is_symlink(ec2)) dirs.push_back(e.path());
          continue;
        }
        if (options.format == InputFormat::kAuto && !ArticleFile(e.path())) {
          ++ignored;
          continue;
        }
        Input in;
        in.path = e.path().string();
        in.size = e.is_regular_file(ec2) ? e.file_size(ec2) : 0;
        if (ec2) in.size = 0;
        found.push_back(std::move(in));
      }
      if (ec) {
        ReadProblem p;
        p.source = dir.string();
        p.category = kSkipUnreadable;
        p.reason = "cannot list the directory: " + ec.message();
        problems.push_back(std::move(p));
        ec.clear();
      }
    }
    std::sort(found.begin(), found.end(),
              [](const Input& a, const Input& b) { return a.path < b.path; });
    for (Input& in : found) inputs.push_back(std::move(in));
  }
  auto impl = std::make_unique<Impl>(std::move(inputs), options, std::move(problems));
  impl->files_ignored_ = ignored;
  return std::unique_ptr<DocumentReader>(new DocumentReader(std::move(impl)));
}

std::unique_ptr<DocumentReader> DocumentReader::FromBuffer(
    std::string data, std::string source, ReaderOptions options) {
  std::vector<Input> inputs(1);
  inputs[0].path = std::move(source);
  inputs[0].size = data.size();
  inputs[0].memory = std::move(data);
  inputs[0].is_memory = true;
  return std::unique_ptr<DocumentReader>(new DocumentReader(
      std::make_unique<Impl>(std::move(inputs), options,
                             std::deque<ReadProblem>())));
}

bool DocumentReader::Next(Document* doc) { return impl_->Next(doc); }
void DocumentReader::SetProblemHandler(
    std::function<void(const ReadProblem&)> handler) {
  impl_->handler_ = std::move(handler);
}
uint64_t DocumentReader::total_bytes() const { return impl_->total_bytes_; }
uint64_t DocumentReader::bytes_read() const {
  return impl_->bytes_done_ + (impl_->src_ ? impl_->src_->offset() : 0);
}
uint64_t DocumentReader::files_read() const { return impl_->files_read_; }
uint64_t DocumentReader::files_ignored() const { return impl_->files_ignored_; }
uint64_t DocumentReader::documents_read() const { return impl_->documents_; }
const std::map<std::string, uint64_t>& DocumentReader::skipped() const {
  return impl_->skipped_;
}

}  // namespace annalist
