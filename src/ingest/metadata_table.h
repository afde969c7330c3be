// Corpus metadata tables: a metadata.tsv or metadata.csv beside a corpus's
// files that maps each file to its date, title, outlet, URL and byline, for
// corpora whose files carry none of them (PolNeAR). docs/formats.md says how
// a table is found and which columns are read.
//
// A MetadataTable is immutable once read and safe to share between threads.
#ifndef ANNALIST_INGEST_METADATA_TABLE_H_
#define ANNALIST_INGEST_METADATA_TABLE_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist::ingest {

// The file names a table may have, in the order they are looked for.
inline constexpr const char* kMetadataFileNames[] = {"metadata.tsv", "metadata.csv"};

// One row: the cells that fill a Document ("" when the table has no such
// column or the cell is empty).
struct MetadataRow {
  std::string title;
  std::string url;
  std::string outlet;
  std::string byline;
  DateTime published;  // unknown when there is no date or it does not parse
};

class MetadataTable {
 public:
  // Parses a table: tab-separated when `tab`, else comma-separated with
  // RFC 4180 quoting. The first row names the columns (any case):
  //   key:    filename, file, file_name, path, name or id (the first found)
  //   date:   published, publication_date, date, pub_date
  //   title:  title, headline;   url: url, link
  //   outlet: outlet, publisher, source;   byline: byline, author
  // Fails with kCorruption when there is no header row or no key column.
  // Rows with an empty key are passed over; when a key repeats, the first
  // row wins.
  static Result<MetadataTable> Parse(std::string_view data, bool tab);
  // Reads and parses the file at `path` (tab-separated when its name ends
  // in ".tsv"). Fails with kIoError when it cannot be read.
  static Result<MetadataTable> Read(const std::string& path);

  // The row for the file at `relative_path` (from the table's folder, with
  // '/' separators): a key equal to the path, to the path without its
  // extension (and ".gz"), to the file name, or to the file name without
  // its extension, tried in that order. nullptr when none.
  const MetadataRow* Find(std::string_view relative_path) const;

  size_t size() const { return rows_.size(); }

 private:
  std::unordered_map<std::string, MetadataRow> rows_;
};

// Copies the row's non-empty cells over the document's fields (the table
// was written for the corpus; it wins over what was guessed from the file).
void ApplyMetadata(const MetadataRow& row, Document* doc);

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_METADATA_TABLE_H_
