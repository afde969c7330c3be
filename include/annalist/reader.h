// Reading articles: a streaming reader over files, directories and standard
// input, in the formats of the reader's format table (plain text, JSON Lines,
// Reuters SGML, TABARI records, PETRARCH XML), any of them gzip-compressed.
// docs/formats.md describes the formats, the header lines, the id rules, the
// walk rules, corpus metadata tables and the skip reasons.
//
// Thread-safety: a DocumentReader is not thread-safe; one reader thread owns
// it. Distinct readers are independent.
//
// Failure: Open fails only when it cannot start (a named path does not
// exist, an unknown format). Everything found later (an unreadable file, a
// malformed JSON line, a corrupt gzip stream, an HTML page) is a problem: the
// record or file is skipped, reported to the problem handler, counted in
// skipped(), and reading goes on. Nothing that was read is dropped without a
// problem report.
//
// Memory: files are streamed (gzip is inflated as it is read), JSON Lines
// line by line and SGML record by record; at most one record (bounded by
// max_document_bytes) is held at once.
#ifndef ANNALIST_READER_H_
#define ANNALIST_READER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

// A format of the reader's format table, by name. kAuto (the default)
// decides per input: by file extension (a ".gz" suffix stripped first:
// *.jsonl, *.jsonlines, *.json-lines, *.ndjson -> jsonl; *.sgm, *.sgml ->
// reuters), else by the first bytes (Reuters' "<!DOCTYPE lewis" or
// "<REUTERS"; on standard input a first non-blank '{' means jsonl), else
// text. A plain value; the name points into the table, which lives as long
// as the program.
class InputFormat {
 public:
  static const InputFormat kAuto;
  static const InputFormat kText;      // one article per file
  static const InputFormat kJsonl;     // one JSON object per line
  static const InputFormat kReuters;   // one <REUTERS> element per article
  static const InputFormat kTabari;    // TABARI "YYMMDD ID" text records
  static const InputFormat kPetrarch;  // PETRARCH XML <Sentence> records

  constexpr InputFormat() = default;  // auto
  // `name` must outlive the value (a literal, or a table entry's name).
  constexpr explicit InputFormat(const char* name) : name_(name) {}
  const char* name() const { return name_; }
  friend bool operator==(InputFormat a, InputFormat b) {
    return std::string_view(a.name_) == b.name_;
  }

 private:
  const char* name_ = "auto";
};

inline constexpr InputFormat InputFormat::kAuto{"auto"};
inline constexpr InputFormat InputFormat::kText{"text"};
inline constexpr InputFormat InputFormat::kJsonl{"jsonl"};
inline constexpr InputFormat InputFormat::kReuters{"reuters"};
inline constexpr InputFormat InputFormat::kTabari{"tabari"};
inline constexpr InputFormat InputFormat::kPetrarch{"petrarch"};

// The format's name: "auto", "text", "jsonl", "reuters", "tabari",
// "petrarch", or a registered format's.
const char* InputFormatName(InputFormat format);
// Parses a name or alias of the table ("auto", and e.g. "json", "ndjson",
// "txt", "sgml"; any case); false when unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);
// The names ParseInputFormat accepts for --format help: "auto|text|...".
std::string InputFormatNames();

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // A record (a text file, a JSON line, a <REUTERS> element) larger than
  // this is skipped as "too large" without being held in memory. 16 MiB is
  // some 2.5 million words, far beyond any article; ingest holds about five
  // times a document's size while storing it (docs/performance.md).
  uint64_t max_document_bytes = 16ull << 20;
  // Given to every document that has no date after its own fields and the
  // corpus metadata table were read (`ingest --published`). Unknown (the
  // default): such documents stay undated.
  DateTime published;
  // Read metadata.tsv / metadata.csv tables found beside the inputs (see
  // docs/formats.md). On by default.
  bool metadata_tables = true;
};

// A record or file that could not be read.
struct ReadProblem {
  std::string source;    // the path, "-" for standard input
  uint64_t line = 0;     // 1-based line of the record, 0 when not line-based
  uint64_t offset = 0;   // byte offset of the record in the file
  std::string category;  // the key counted in DocumentReader::skipped()
  std::string reason;    // a human sentence with the detail

  // "FILE:LINE: reason" when the line is known, "FILE: byte N: reason" when
  // only the offset is, else "FILE: reason".
  std::string Message() const;
};

// Skip categories, the keys of DocumentReader::skipped().
inline constexpr char kSkipBinary[] = "binary file";
inline constexpr char kSkipEmpty[] = "empty";
inline constexpr char kSkipMalformedJson[] = "malformed json";
inline constexpr char kSkipMalformedSgml[] = "malformed sgml";
inline constexpr char kSkipUnreadable[] = "unreadable";
inline constexpr char kSkipNoBody[] = "no body";
inline constexpr char kSkipNoText[] = "no text";
inline constexpr char kSkipTooLarge[] = "too large";
inline constexpr char kSkipCorruptGzip[] = "corrupt gzip";
inline constexpr char kSkipHtml[] = "html";
inline constexpr char kSkipPdf[] = "pdf";
inline constexpr char kSkipImage[] = "image";
inline constexpr char kSkipMalformedRecord[] = "malformed record";
inline constexpr char kSkipMalformedMetadata[] = "malformed metadata";
// A FIFO, socket or device met in a directory walk: never opened (reading
// one could block forever). Named directly, a FIFO is read as a stream.
inline constexpr char kSkipSpecialFile[] = "not a regular file";

class DocumentReader {
 public:
  // Opens a reader over `paths`: files, directories (walked recursively in
  // sorted order; files and folders whose names start with '.' are skipped
  // inside a walk), or "-" for standard input. Fails with NotFound when a
  // path does not exist, InvalidArgument when `paths` is empty or
  // options.format is not a name of the table.
  static Result<std::unique_ptr<DocumentReader>> Open(std::vector<std::string> paths,
                                                      ReaderOptions options);

  // A reader over bytes held in memory (gzip-compressed or not), named
  // `source` in documents and problems. kAuto sniffs the content as for
  // standard input; so does a format the table does not know. Never fails.
  static std::unique_ptr<DocumentReader> FromBuffer(std::string data, std::string source,
                                                    ReaderOptions options);

  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Fills *doc (all fields overwritten) with the next document and returns
  // true; returns false at the end of the input. Records that cannot be
  // read are skipped, reported and counted; reading goes on.
  bool Next(Document* doc);

  // Called once per skipped record or file, on the calling thread, during
  // Next(). Without a handler problems are only counted.
  void SetProblemHandler(std::function<void(const ReadProblem&)> handler);

  // Sum of the sizes of the input files when known (standard input counts
  // 0), fixed at Open: for progress and ETA.
  uint64_t total_bytes() const;
  // Bytes consumed so far, over all inputs.
  uint64_t bytes_read() const;
  // Input files (and standard input) finished or abandoned so far.
  uint64_t files_read() const;
  // Files a directory walk passed over because they hold no articles (with
  // format kAuto: extensions no table entry claims, such as .ann, .md,
  // .tsv; README/LICENSE/COPYING/CHANGELOG files; metadata tables). Not
  // counted as skipped. HTML, PDF, images and other binaries are not
  // ignored but skipped, with their reason (kSkipHtml ...).
  uint64_t files_ignored() const;
  // Documents returned by Next() so far.
  uint64_t documents_read() const;
  // Skipped records and files by category (the kSkip* names above).
  const std::map<std::string, uint64_t>& skipped() const;

 private:
  class Impl;
  explicit DocumentReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace annalist

#endif  // ANNALIST_READER_H_
