// DocumentReader: walks the inputs, decides each one's format from the
// format table (format.h), and drives that entry's framer and parser. It
// knows no format itself.
#include "annalist/reader.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

#include "ingest/byte_source.h"
#include "ingest/encoding.h"
#include "ingest/format.h"
#include "ingest/metadata_table.h"

namespace annalist {

namespace fs = std::filesystem;
using ingest::ByteSource;
using ingest::Format;
using ingest::RecordError;

namespace {

constexpr size_t kSniffBytes = 8192;
// Records nested deeper than this (a format that nests itself) are skipped.
constexpr size_t kMaxNesting = 8;
// How many folders above a file's own a metadata table is looked for in.
constexpr size_t kMetadataLevelsUp = 3;

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

// Files a walk never reads: the README/LICENSE files corpora ship beside
// their articles, and metadata tables (read as tables, not articles).
bool NotAnArticle(const fs::path& p) {
  std::string lower = Lower(p.filename().string());
  for (const char* prefix : {"readme", "license", "licence", "copying", "changelog"}) {
    if (lower.rfind(prefix, 0) == 0) return true;
  }
  for (const char* name : ingest::kMetadataFileNames) {
    if (lower == name) return true;
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

const char* InputFormatName(InputFormat format) { return format.name(); }

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  if (Lower(std::string(name)) == "auto") {
    *format = InputFormat::kAuto;
    return true;
  }
  const Format* f = ingest::FindFormat(name);
  if (!f) return false;
  *format = InputFormat(f->name.c_str());
  return true;
}

std::string InputFormatNames() {
  // The fallback first, then the others in table (detection) order.
  std::string out = "auto|" + ingest::TextFormat().name;
  for (const Format* f : ingest::AllFormats()) {
    if (!f->skipped() && f != &ingest::TextFormat()) out += "|" + f->name;
  }
  return out;
}

class DocumentReader::Impl {
 public:
  Impl(std::vector<Input> inputs, ReaderOptions options, const Format* forced,
       std::deque<ReadProblem> early_problems)
      : options_(options),
        forced_(forced),
        inputs_(std::move(inputs)),
        pending_problems_(std::move(early_problems)) {
    for (const Input& in : inputs_) total_bytes_ += in.size;
  }

  bool Next(Document* doc);
  uint64_t bytes_read() const {
    return bytes_done_ + (frames_.empty() ? 0 : frames_[0].src->input_offset());
  }

  std::function<void(const ReadProblem&)> handler_;
  std::map<std::string, uint64_t> skipped_;
  uint64_t total_bytes_ = 0;
  uint64_t bytes_done_ = 0;
  uint64_t files_read_ = 0;
  uint64_t files_ignored_ = 0;
  uint64_t documents_ = 0;

 private:
  // An input, or a record nested in one, being framed and parsed.
  struct Frame {
    std::unique_ptr<ByteSource> src;
    const Format* format = nullptr;
    std::unique_ptr<ingest::Framer> framer;
    // For a nested record: where its parent record starts, which is where
    // its documents and problems are said to come from.
    uint64_t line = 0;
    uint64_t offset = 0;
  };

  void Problem(std::string category, std::string reason, uint64_t line, uint64_t offset,
               const std::string* source = nullptr);
  bool StartNextInput();
  void FinishInput();
  // Cuts and parses the next record of the innermost frame.
  void ReadRecord();
  void PushNested(ingest::NestedRecord nested, uint64_t line, uint64_t offset);
  // The documents' fields from outside the record: where it came from, the
  // metadata table's row, the default date.
  void Complete(Document* doc, uint64_t line);
  const ingest::MetadataRow* FindMetadata(const Input& in);
  const ingest::MetadataTable* TableIn(const fs::path& dir);

  ReaderOptions options_;
  const Format* forced_;  // the format every input is read in; null: auto
  std::vector<Input> inputs_;
  size_t next_input_ = 0;
  std::deque<ReadProblem> pending_problems_;

  Input cur_;  // the input being read
  const ingest::MetadataRow* cur_metadata_ = nullptr;
  std::vector<Frame> frames_;  // [0] is the input; the rest nest in it
  std::deque<Document> ready_;
  // Metadata tables by folder (nullptr: the folder has none).
  std::map<std::string, std::unique_ptr<ingest::MetadataTable>> tables_;
};

void DocumentReader::Impl::Problem(std::string category, std::string reason, uint64_t line,
                                   uint64_t offset, const std::string* source) {
  ++skipped_[category];
  if (!handler_) return;
  ReadProblem p;
  p.source = source ? *source : cur_.path;
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
    if (!ready_.empty()) {
      *doc = std::move(ready_.front());
      ready_.pop_front();
      ++documents_;
      return true;
    }
    if (frames_.empty()) {
      if (!StartNextInput()) return false;
      continue;
    }
    ReadRecord();
  }
}

void DocumentReader::Impl::ReadRecord() {
  Frame& frame = frames_.back();
  ingest::Record record;
  if (!frame.framer->Next(frame.src.get(), &record)) {
    if (frames_.size() == 1) {
      FinishInput();
    } else {
      frames_.pop_back();
    }
    return;
  }
  const bool nested = frames_.size() > 1;
  uint64_t line = nested ? frame.line : record.line;
  uint64_t offset = nested ? frame.offset : record.offset;
  if (!record.error.category.empty()) {
    Problem(record.error.category, record.error.reason, line, offset);
    return;
  }
  ingest::Parsed parsed;
  RecordError error;
  if (!frame.format->parse(record, &parsed, &error)) {
    Problem(error.category, error.reason, line, offset);
    return;
  }
  for (Document& doc : parsed.documents) {
    Complete(&doc, line);
    ready_.push_back(std::move(doc));
  }
  // Pushed last first, so that the first nested record is read first.
  for (size_t i = parsed.nested.size(); i-- > 0;) {
    PushNested(std::move(parsed.nested[i]), line, offset);
  }
}

void DocumentReader::Impl::PushNested(ingest::NestedRecord nested, uint64_t line, uint64_t offset) {
  if (frames_.size() > kMaxNesting) {
    Problem(kSkipMalformedRecord,
            "records nested more than " + std::to_string(kMaxNesting) + " deep", line, offset);
    return;
  }
  Frame frame;
  frame.src = ByteSource::FromString(std::move(nested.bytes));
  if (!nested.format.empty()) {
    frame.format = ingest::FindFormat(nested.format);
    if (!frame.format) {
      Problem(kSkipMalformedRecord, "a nested record of unknown format " + nested.format, line,
              offset);
      return;
    }
  } else {
    frame.format = ingest::DetectFormat(frame.src->Peek(kSniffBytes), true);
    if (!frame.format) frame.format = &ingest::TextFormat();
    if (frame.format->skipped()) {
      Problem(frame.format->skip_category, "a nested record: " + frame.format->skip_reason, line,
              offset);
      return;
    }
  }
  frame.framer = frame.format->framer(options_.max_document_bytes);
  frame.line = line;
  frame.offset = offset;
  frames_.push_back(std::move(frame));
}

void DocumentReader::Impl::Complete(Document* doc, uint64_t line) {
  doc->source = cur_.path;
  doc->source_line = line;
  if (cur_metadata_) ingest::ApplyMetadata(*cur_metadata_, doc);
  if (!doc->published.known() && options_.published.known()) {
    doc->published = options_.published;
  }
}

const ingest::MetadataTable* DocumentReader::Impl::TableIn(const fs::path& dir) {
  std::string key = dir.string();
  auto it = tables_.find(key);
  if (it != tables_.end()) return it->second.get();
  std::unique_ptr<ingest::MetadataTable> table;
  for (const char* name : ingest::kMetadataFileNames) {
    fs::path path = dir / name;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) continue;
    Result<ingest::MetadataTable> read = ingest::MetadataTable::Read(path.string());
    if (read.ok()) {
      table = std::make_unique<ingest::MetadataTable>(std::move(*read));
    } else {
      std::string source = path.string();
      Problem(kSkipMalformedMetadata, "metadata table not used: " + read.status().message(), 0, 0,
              &source);
    }
    break;
  }
  return (tables_[key] = std::move(table)).get();
}

const ingest::MetadataRow* DocumentReader::Impl::FindMetadata(const Input& in) {
  if (!options_.metadata_tables || in.is_stdin || in.is_memory) return nullptr;
  fs::path file(in.path);
  // The file's folder and the few above it (PolNeAR keeps its table two
  // folders above the files); the nearest table with a row for the file.
  fs::path dir = file.parent_path();
  for (size_t up = 0; up <= kMetadataLevelsUp; ++up) {
    if (const ingest::MetadataTable* table = TableIn(dir.empty() ? "." : dir)) {
      std::string rel =
          dir.empty() ? file.generic_string() : file.lexically_relative(dir).generic_string();
      if (const ingest::MetadataRow* row = table->Find(rel)) return row;
    }
    if (dir.empty()) break;
    dir = dir.parent_path();
  }
  return nullptr;
}

bool DocumentReader::Impl::StartNextInput() {
  while (next_input_ < inputs_.size()) {
    cur_ = std::move(inputs_[next_input_++]);
    cur_metadata_ = nullptr;
    const bool stream = cur_.is_stdin || cur_.is_memory;
    // With automatic detection files go by name first; a name that says
    // "not an article" (HTML, PDF, an image) is enough to skip it unread.
    const Format* by_name = forced_ || stream ? nullptr : ingest::FormatForPath(cur_.path);
    if (by_name && by_name->skipped()) {
      Problem(by_name->skip_category, by_name->skip_reason, 0, 0);
      bytes_done_ += cur_.size;
      ++files_read_;
      continue;
    }
    Frame frame;
    if (cur_.is_memory) {
      frame.src = ByteSource::FromString(std::move(cur_.memory));
      cur_.memory.clear();
    } else if (cur_.is_stdin) {
      frame.src = ByteSource::Stdin();
    } else {
      auto opened = ByteSource::OpenFile(cur_.path);
      if (!opened.ok()) {
        Problem(kSkipUnreadable, opened.status().message(), 0, 0);
        bytes_done_ += cur_.size;
        ++files_read_;
        continue;
      }
      frame.src = std::move(opened.value());
    }
    frames_.push_back(std::move(frame));
    ByteSource* src = frames_[0].src.get();
    // A stream is sniffed on what has arrived once a line is complete.
    std::string_view head = src->PeekAvailable(kSniffBytes);
    const Format* format = forced_;
    if (!format) {
      format = by_name;
      if (!format || format == &ingest::TextFormat()) {
        if (const Format* detected = ingest::DetectFormat(head, stream)) format = detected;
      }
      if (!format) format = &ingest::TextFormat();
    }
    if (head.empty()) {
      if (src->error().empty()) Problem(kSkipEmpty, "the file is empty", 0, 0);
      // A read error is reported by FinishInput.
    } else if (format->skipped()) {
      Problem(format->skip_category, format->skip_reason, 0, 0);
    } else if (format == &ingest::TextFormat() && ingest::LooksBinary(head)) {
      // Only a file nothing claims can be judged binary, and only by the
      // bulk of its first bytes: a NUL or control byte is data, and a
      // record (line) holding one is read or skipped on its own.
      Problem(kSkipBinary, "binary file (mostly control or non-UTF-8 bytes)", 0, 0);
    } else {
      frames_[0].format = format;
      frames_[0].framer = format->framer(options_.max_document_bytes);
      cur_metadata_ = FindMetadata(cur_);
      return true;
    }
    FinishInput();
  }
  return false;
}

void DocumentReader::Impl::FinishInput() {
  if (!frames_.empty()) {
    ByteSource* src = frames_[0].src.get();
    if (src->data_error()) {
      Problem(kSkipCorruptGzip,
              src->error() + ", after " + std::to_string(src->offset()) + " bytes of data", 0, 0);
    } else if (!src->error().empty()) {
      Problem(kSkipUnreadable, "read error: " + src->error(), 0, src->offset());
    }
    // A file counts whole even when abandoned part way (it is done);
    // standard input counts what was consumed.
    bytes_done_ += cur_.is_stdin ? src->input_offset() : std::max(cur_.size, src->input_offset());
  }
  frames_.clear();
  ++files_read_;
}

DocumentReader::DocumentReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DocumentReader::~DocumentReader() = default;

namespace {

// The table entry `options` asks for: null for automatic detection.
Result<const Format*> ForcedFormat(const ReaderOptions& options) {
  if (options.format == InputFormat::kAuto) return static_cast<const Format*>(nullptr);
  const Format* f = ingest::FindFormat(options.format.name());
  if (!f) {
    return Status::InvalidArgument(std::string("unknown input format ") + options.format.name());
  }
  return f;
}

// Adds the files below `root` to *inputs, in sorted order.
void Walk(const std::string& root, bool automatic, std::vector<Input>* inputs,
          std::deque<ReadProblem>* problems, uint64_t* ignored) {
  std::vector<Input> found;
  std::vector<fs::path> dirs = {root};
  std::error_code ec;
  auto list_failed = [&](const fs::path& dir) {
    ReadProblem p;
    p.source = dir.string();
    p.category = kSkipUnreadable;
    p.reason = "cannot list the directory: " + ec.message();
    problems->push_back(std::move(p));
    ec.clear();
  };
  while (!dirs.empty()) {
    fs::path dir = std::move(dirs.back());
    dirs.pop_back();
    fs::directory_iterator it(dir, ec);
    if (ec) {
      list_failed(dir);
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& e = *it;
      if (Hidden(e.path())) continue;
      std::error_code ec2;
      // What the entry is, through a symbolic link: a link to itself (or a
      // cycle of links) is reported; a dangling one is left to fail at open.
      const fs::file_status st = e.status(ec2);
      if (ec2 == std::errc::too_many_symbolic_link_levels) {
        problems->push_back({e.path().string(), 0, 0, kSkipUnreadable,
                             "symlink loop (too many levels of "
                             "symbolic links)"});
        continue;
      }
      ec2.clear();
      if (fs::is_directory(st)) {
        // Hidden names and symbolic links to directories excepted.
        if (!e.is_symlink(ec2)) dirs.push_back(e.path());
        continue;
      }
      // FIFOs, sockets and devices: opening or reading one may block for
      // ever (a FIFO with no writer) or never end (/dev/zero).
      if (fs::exists(st) && !fs::is_regular_file(st)) {
        const char* kind = fs::is_fifo(st)     ? "a FIFO (named pipe)"
                           : fs::is_socket(st) ? "a socket"
                           : fs::is_block_file(st) || fs::is_character_file(st)
                               ? "a device"
                               : "not a regular file";
        problems->push_back({e.path().string(), 0, 0, kSkipSpecialFile,
                             std::string(kind) +
                                 ", not read in a directory walk (name it to read it as a "
                                 "stream)"});
        continue;
      }
      // With automatic detection only files that a table entry claims by
      // name are read (the skip entries included, to be counted).
      if (automatic && (NotAnArticle(e.path()) || !ingest::FormatForPath(e.path().string()))) {
        ++*ignored;
        continue;
      }
      Input in;
      in.path = e.path().string();
      in.size = e.is_regular_file(ec2) ? e.file_size(ec2) : 0;
      if (ec2) in.size = 0;
      found.push_back(std::move(in));
    }
    if (ec) list_failed(dir);
  }
  std::sort(found.begin(), found.end(),
            [](const Input& a, const Input& b) { return a.path < b.path; });
  for (Input& in : found) inputs->push_back(std::move(in));
}

}  // namespace

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(std::vector<std::string> paths,
                                                             ReaderOptions options) {
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  Result<const Format*> forced = ForcedFormat(options);
  if (!forced.ok()) return forced.status();
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
    if (ec == std::errc::too_many_symbolic_link_levels) {
      return Status::IoError("symlink loop: " + path + " (too many levels of symbolic links)");
    }
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
    Walk(path, *forced == nullptr, &inputs, &problems, &ignored);
  }
  auto impl = std::make_unique<Impl>(std::move(inputs), options, *forced, std::move(problems));
  impl->files_ignored_ = ignored;
  return std::unique_ptr<DocumentReader>(new DocumentReader(std::move(impl)));
}

std::unique_ptr<DocumentReader> DocumentReader::FromBuffer(std::string data, std::string source,
                                                           ReaderOptions options) {
  std::vector<Input> inputs(1);
  inputs[0].path = std::move(source);
  inputs[0].size = data.size();
  inputs[0].memory = std::move(data);
  inputs[0].is_memory = true;
  Result<const Format*> forced = ForcedFormat(options);
  auto impl = std::make_unique<Impl>(std::move(inputs), options, forced.ok() ? *forced : nullptr,
                                     std::deque<ReadProblem>());
  return std::unique_ptr<DocumentReader>(new DocumentReader(std::move(impl)));
}

bool DocumentReader::Next(Document* doc) { return impl_->Next(doc); }
void DocumentReader::SetProblemHandler(std::function<void(const ReadProblem&)> handler) {
  impl_->handler_ = std::move(handler);
}
uint64_t DocumentReader::total_bytes() const { return impl_->total_bytes_; }
uint64_t DocumentReader::bytes_read() const { return impl_->bytes_read(); }
uint64_t DocumentReader::files_read() const { return impl_->files_read_; }
uint64_t DocumentReader::files_ignored() const { return impl_->files_ignored_; }
uint64_t DocumentReader::documents_read() const { return impl_->documents_; }
const std::map<std::string, uint64_t>& DocumentReader::skipped() const { return impl_->skipped_; }

}  // namespace annalist
