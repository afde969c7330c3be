// Reading articles: a streaming reader over files, directories and standard
// input, in plain text, JSON Lines or Reuters-21578 SGML. docs/formats.md
// describes the formats, the header lines, the id rules and the skip reasons.
//
// Thread-safety: a DocumentReader is not thread-safe; one reader thread owns
// it. Distinct readers are independent.
//
// Failure: Open fails only when it cannot start (a named path does not
// exist). Everything found later (an unreadable file, a malformed JSON line,
// a binary file) is a problem: the record or file is skipped, reported to the
// problem handler, counted in skipped(), and reading goes on. Nothing that
// was read is dropped without a problem report.
//
// Memory: files are streamed, JSON Lines line by line and SGML record by
// record; at most one record (bounded by max_document_bytes) is held at once.
#ifndef ANNALIST_READER_H_
#define ANNALIST_READER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist {

enum class InputFormat {
  // Per file: *.jsonl, *.ndjson, *.json-lines -> kJsonl; *.sgm, *.sgml, or
  // content starting with "<!DOCTYPE lewis" or "<REUTERS" -> kReuters;
  // anything else -> kText. Standard input is sniffed: a first non-blank
  // byte '{' means kJsonl, the Reuters openings mean kReuters.
  kAuto,
  kText,     // one article per file, optional "Key: value" header lines
  kJsonl,    // one JSON object per line
  kReuters,  // Reuters-21578 SGML, one article per <REUTERS> element
};

// "auto", "text", "jsonl", "reuters".
const char* InputFormatName(InputFormat format);
// Parses the names above (and "json", "ndjson", "txt", "sgml"); false when
// unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // A record (a text file, a JSON line, a <REUTERS> element) larger than
  // this is skipped as "too large" without being held in memory.
  uint64_t max_document_bytes = 256ull << 20;
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

class DocumentReader {
 public:
  // Opens a reader over `paths`: files, directories (walked recursively in
  // sorted order; files and folders whose names start with '.' are skipped
  // inside a walk), or "-" for standard input. Fails with NotFound when a
  // path does not exist, InvalidArgument when `paths` is empty.
  static Result<std::unique_ptr<DocumentReader>> Open(
      std::vector<std::string> paths, ReaderOptions options);

  // A reader over bytes held in memory, named `source` in documents and
  // problems. kAuto sniffs the content as for standard input. Never fails.
  static std::unique_ptr<DocumentReader> FromBuffer(std::string data,
                                                    std::string source,
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
  // Files a directory walk passed over because they cannot hold articles
  // (with --format auto: extensions other than none, .txt, .text, .jsonl,
  // .ndjson, .jsonlines, .sgm, .sgml; and README/LICENSE/COPYING/CHANGELOG
  // files). Not counted as skipped.
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
