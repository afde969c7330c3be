#include "ingest/metadata_table.h"

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <vector>

#include "annalist/datetime.h"
#include "ingest/encoding.h"

namespace annalist::ingest {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits the table into rows of cells. TSV: lines and tabs, no quoting.
// CSV: RFC 4180 (quoted cells may hold commas, quotes as "" and line ends).
std::vector<std::vector<std::string>> Rows(std::string_view data, bool tab) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  const char sep = tab ? '\t' : ',';
  for (size_t i = 0; i < data.size(); ++i) {
    char c = data[i];
    if (quoted) {
      if (c == '"' && i + 1 < data.size() && data[i + 1] == '"') {
        cell.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell.push_back(c);
      }
    } else if (!tab && c == '"' && Trim(cell).empty()) {
      cell.clear();
      quoted = true;
    } else if (c == sep) {
      row.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\n') {
      row.push_back(std::move(cell));
      cell.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      cell.push_back(c);
    }
  }
  if (!cell.empty() || !row.empty()) {
    row.push_back(std::move(cell));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The index of the first header cell named one of `names`, or -1.
int Column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (Lower(Trim(header[i])) == name) return static_cast<int>(i);
    }
  }
  return -1;
}

std::string Cell(const std::vector<std::string>& row, int column) {
  if (column < 0 || static_cast<size_t>(column) >= row.size()) return "";
  std::string_view v = Trim(row[column]);
  // "None" and "NA" are how Python and R write an empty cell.
  if (v == "None" || v == "NA" || v == "null") return "";
  return std::string(v);
}

std::string WithoutExtension(std::string_view path) {
  if (path.size() > 3 && path.substr(path.size() - 3) == ".gz") {
    path.remove_suffix(3);
  }
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  size_t name_start = slash == std::string_view::npos ? 0 : slash + 1;
  if (dot == std::string_view::npos || dot <= name_start) return std::string(path);
  return std::string(path.substr(0, dot));
}

}  // namespace

Result<MetadataTable> MetadataTable::Parse(std::string_view data, bool tab) {
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  uint64_t repaired = 0;
  std::string text = RepairUtf8Bytes(data, &repaired);
  std::vector<std::vector<std::string>> rows = Rows(text, tab);
  if (rows.empty()) return Status::Corruption("no header row");
  const std::vector<std::string>& header = rows[0];
  int key = Column(header, {"filename", "file", "file_name", "path", "name", "id"});
  if (key < 0) {
    return Status::Corruption("no file column (want one named filename, file, path, name or id)");
  }
  int date = Column(header, {"published", "publication_date", "date", "pub_date"});
  int title = Column(header, {"title", "headline"});
  int url = Column(header, {"url", "link"});
  int outlet = Column(header, {"outlet", "publisher", "source"});
  int byline = Column(header, {"byline", "author"});
  MetadataTable table;
  for (size_t i = 1; i < rows.size(); ++i) {
    std::string k = Cell(rows[i], key);
    if (k.substr(0, 2) == "./") k.erase(0, 2);
    if (k.empty() || table.rows_.count(k)) continue;
    MetadataRow row;
    row.title = Cell(rows[i], title);
    row.url = Cell(rows[i], url);
    row.outlet = Cell(rows[i], outlet);
    row.byline = Cell(rows[i], byline);
    std::string d = Cell(rows[i], date);
    if (!d.empty()) ParsePublished(d, &row.published);
    table.rows_.emplace(std::move(k), std::move(row));
  }
  return table;
}

Result<MetadataTable> MetadataTable::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream data;
  data << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  bool tab = path.size() >= 4 && Lower(path.substr(path.size() - 4)) == ".tsv";
  return Parse(data.str(), tab);
}

const MetadataRow* MetadataTable::Find(std::string_view relative_path) const {
  size_t slash = relative_path.find_last_of('/');
  std::string_view name =
      slash == std::string_view::npos ? relative_path : relative_path.substr(slash + 1);
  for (const std::string& k : {std::string(relative_path), WithoutExtension(relative_path),
                               std::string(name), WithoutExtension(name)}) {
    auto it = rows_.find(k);
    if (it != rows_.end()) return &it->second;
  }
  return nullptr;
}

void ApplyMetadata(const MetadataRow& row, Document* doc) {
  if (!row.title.empty()) doc->title = row.title;
  if (!row.url.empty()) doc->url = row.url;
  if (!row.outlet.empty()) doc->outlet = row.outlet;
  if (!row.byline.empty()) doc->byline = row.byline;
  if (row.published.known()) doc->published = row.published;
}

}  // namespace annalist::ingest
