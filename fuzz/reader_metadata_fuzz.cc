// Fuzzes the corpus metadata table parser (src/ingest/metadata_table.h) as
// TSV and as CSV: it never fails on content it can split, and a row it
// holds is found again by its key.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/metadata_table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  for (bool tab : {true, false}) {
    auto table = annalist::ingest::MetadataTable::Parse(input, tab);
    if (!table.ok()) {
      if (table.status().code() != annalist::StatusCode::kCorruption) std::abort();
      continue;
    }
    if (table->size() > size) std::abort();
    table->Find("a/b.txt");
    table->Find("");
  }
  // The row below is found again. Its fields are checked only when the
  // input cannot hold a row of its own for the same file (keys match by
  // path, stem or name, and a later row may replace an earlier one).
  const bool own_row = input.find('x') != std::string::npos;
  std::string with_header = "filename\tdate\ttitle\nx.txt\t2020-01-02\tT\n" + input;
  auto table = annalist::ingest::MetadataTable::Parse(with_header, true);
  if (!table.ok()) std::abort();
  const annalist::ingest::MetadataRow* row = table->Find("dir/x.txt");
  if (!row) std::abort();
  if (!own_row && (row->title != "T" || row->published.ToIso() != "2020-01-02")) std::abort();
  return 0;
}
