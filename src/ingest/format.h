// The format table: every input format the reader knows is one entry here,
// with its names, its file extensions, a test over its first bytes, a framer
// that cuts a byte stream into records and a parser that turns one record
// into documents (or into records of another format nested inside it).
// DocumentReader (reader.cc) only walks inputs and drives these entries; a
// new format is a new entry, registered with RegisterFormat.
//
// Thread-safety: the table is built on first use and read by any thread;
// RegisterFormat must run before readers that should see the new entry are
// opened, and not concurrently with another reader opening.
#ifndef ANNALIST_INGEST_FORMAT_H_
#define ANNALIST_INGEST_FORMAT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "ingest/byte_source.h"
#include "ingest/record.h"

namespace annalist::ingest {

// One record cut from an input by a framer.
struct Record {
  std::string bytes;
  uint64_t line = 0;    // 1-based line where it starts; 0 when not line-based
  uint64_t offset = 0;  // byte offset where it starts (decompressed)
  // Set when the record could not be cut whole (too large, unterminated):
  // it is reported and skipped, and `bytes` may be empty.
  RecordError error;
};

// A record inside a record: read like an input of its own, framed and
// parsed by the format named (or, when `format` is empty, the one its first
// bytes say, else text).
struct NestedRecord {
  std::string format;
  std::string bytes;
};

// What a parser made of one record.
struct Parsed {
  std::vector<Document> documents;
  std::vector<NestedRecord> nested;  // read after `documents`, in order
};

// Cuts a byte stream into records. One per input; not thread-safe.
class Framer {
 public:
  virtual ~Framer() = default;
  // Cuts the next record from *src into *record (overwritten); false at the
  // end of the input (or when *src stopped on an error: the reader reports
  // src->error()).
  virtual bool Next(ByteSource* src, Record* record) = 0;
};

struct Format {
  std::string name;                  // the --format name: "jsonl"
  std::vector<std::string> aliases;  // other names --format accepts
  // Lower-case file extensions with the dot (".jsonl"). A ".gz" after them
  // is stripped before the lookup. "" stands for no extension.
  std::vector<std::string> extensions;
  // Whether `head`, the first bytes (after a byte-order mark and leading
  // blank space), are this format's. `stream` is true for standard input
  // and buffers, which have no name to go by. May be empty: never detected.
  std::function<bool(std::string_view head, bool stream)> detect;
  // Makes the framer for one input; records larger than `max_record_bytes`
  // come out with error "too large".
  std::function<std::unique_ptr<Framer>(uint64_t max_record_bytes)> framer;
  // Parses one record. On failure returns false with *error set (the record
  // is skipped). Must be pure and thread-safe.
  std::function<bool(const Record& record, Parsed* out, RecordError* error)> parse;
  // A kind of file that is recognised only to be passed over (HTML until
  // it is read, PDF, images): the skip category, and the sentence that
  // says why. Such entries have no framer or parser and are not names for
  // --format.
  std::string skip_category;
  std::string skip_reason;

  bool skipped() const { return !skip_category.empty(); }
};

// Adds `format` after the built-in entries (detection tries entries in
// table order). Fails with InvalidArgument when its name or an alias is
// taken, or when it has neither a framer and parser nor a skip category.
Status RegisterFormat(Format format);

// The entry named `name` (or aliased; case-insensitive), nullptr when none.
const Format* FindFormat(std::string_view name);
// The plain-text entry, the fallback for inputs nothing else claims.
const Format& TextFormat();
// The entry claiming the extension of `path` (after stripping ".gz"), or
// nullptr. The text entry claims no extension, ".txt" and ".text"; the
// reader then still looks at the content (a .txt file may hold HTML).
const Format* FormatForPath(std::string_view path);
// The first entry whose detect() accepts `head` (a byte-order mark and
// leading blank space are skipped here), or nullptr.
const Format* DetectFormat(std::string_view head, bool stream);
// Every entry, in table order. Pointers stay valid for the program.
std::vector<const Format*> AllFormats();

// Framers the built-in formats share. WholeFramer: the whole input is one
// record. LineFramer: each line (without "\n", "\r\n" or a first-line
// byte-order mark) is one record; blank lines are passed over.
std::unique_ptr<Framer> WholeFramer(uint64_t max_record_bytes);
std::unique_ptr<Framer> LineFramer(uint64_t max_record_bytes);

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_FORMAT_H_
