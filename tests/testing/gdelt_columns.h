// Test helper: checks GDELT 2.0 event rows column by column against GDELT's
// own header file (GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv:
// tableId,dataType,Empty,Description). Header-only, shared by the export unit
// tests and the end-to-end tests.
#ifndef ANNALIST_TESTS_TESTING_GDELT_COLUMNS_H_
#define ANNALIST_TESTS_TESTING_GDELT_COLUMNS_H_

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace annalist::testing {

struct GdeltColumn {
  std::string name;    // "SQLDATE"
  std::string type;    // "INTEGER", "FLOAT" or "STRING"
  std::string format;  // the date layout its description gives ("YYYYMMDD"), or ""
};

// RFC 4180 records of `text` (quoted fields may hold commas, quotes, breaks).
inline std::vector<std::vector<std::string>> ParseCsvRecords(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The columns of the header file at `path`, in order; empty when unreadable.
// A column's date layout is the "in YYYY... format" its description names.
inline std::vector<GdeltColumn> ReadGdeltHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<GdeltColumn> columns;
  const std::regex layout("in (Y{4}[MDHS]*) format");
  bool first = true;
  for (const auto& rec : ParseCsvRecords(text.str())) {
    if (first) {  // tableId,dataType,Empty,Description
      first = false;
      continue;
    }
    if (rec.size() < 4) continue;
    GdeltColumn c{rec[0], rec[1], ""};
    std::smatch m;
    if (std::regex_search(rec[3], m, layout)) c.format = m[1];
    columns.push_back(std::move(c));
  }
  return columns;
}

inline bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Whether digits `v` are a valid date/time in `layout` (YYYY, YYYYMM,
// YYYYMMDD, YYYYMMDDHHMMSS).
inline bool MatchesLayout(const std::string& v, const std::string& layout) {
  if (v.size() != layout.size() || !AllDigits(v)) return false;
  auto part = [&](size_t pos) { return std::stoi(v.substr(pos, 2)); };
  if (layout.size() >= 6 && (part(4) < 1 || part(4) > 12)) return false;
  if (layout.size() >= 8 && (part(6) < 1 || part(6) > 31)) return false;
  if (layout.size() >= 14 && (part(8) > 23 || part(10) > 59 || part(12) > 59)) return false;
  return true;
}

// What is wrong with `row` (a GDELT line split at tabs) against `columns`:
// the field count, then each field against its column's type and date
// layout. An empty field is allowed (every column is NULLABLE) unless its
// column is in `required`. Empty result: the row is fine.
inline std::vector<std::string> GdeltRowProblems(const std::vector<GdeltColumn>& columns,
                                                 const std::vector<std::string>& row,
                                                 const std::set<std::string>& required = {}) {
  std::vector<std::string> problems;
  if (row.size() != columns.size()) {
    problems.push_back("row has " + std::to_string(row.size()) + " fields, the header " +
                       std::to_string(columns.size()));
    return problems;
  }
  for (size_t i = 0; i < row.size(); ++i) {
    const GdeltColumn& c = columns[i];
    const std::string& v = row[i];
    auto bad = [&](const std::string& why) {
      problems.push_back(c.name + " (column " + std::to_string(i + 1) + ") = '" + v + "': " + why);
    };
    if (v.empty()) {
      if (required.count(c.name)) bad("empty");
      continue;
    }
    if (c.type == "INTEGER") {
      const std::string digits = v[0] == '-' ? v.substr(1) : v;
      if (!AllDigits(digits)) {
        bad("not an integer");
      } else if (!c.format.empty() && !MatchesLayout(v, c.format)) {
        bad("not a date in " + c.format + " format");
      }
    } else if (c.type == "FLOAT") {
      char* end = nullptr;
      const double d = std::strtod(v.c_str(), &end);
      if (end != v.c_str() + v.size() || !std::isfinite(d)) bad("not a number");
    } else if (c.type == "STRING") {
      if (v.find_first_of("\t\r\n") != std::string::npos) bad("holds a tab or line break");
    } else {
      bad("unknown header type " + c.type);
    }
  }
  return problems;
}

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_TESTING_GDELT_COLUMNS_H_
