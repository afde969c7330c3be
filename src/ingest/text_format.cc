#include "ingest/text_format.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/reader.h"
#include "ingest/encoding.h"

namespace annalist::ingest {

namespace {

// A file of five or more lines that each hold a single word, none ending a
// sentence (a vocabulary or label list, such as Reuters' all-*-strings
// files), is not an article.
bool IsWordList(std::string_view text) {
  size_t lines = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (line.find_first_of(" \t") != std::string_view::npos) return false;
    const char last = line.back();
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\'') return false;
    ++lines;
  }
  return lines >= 5;
}

}  // namespace
namespace {

constexpr size_t kMaxHeadlineBytes = 200;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// CR LF and lone CR become LF.
std::string NormalizeLineEnds(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

// The header keys, lower-cased, and the field each fills.
enum class Field { kTitle, kDate, kUrl, kOutlet, kByline, kId, kLanguage };

bool HeaderField(std::string_view key, Field* field) {
  static const struct {
    const char* key;
    Field field;
  } kKeys[] = {
      {"title", Field::kTitle},    {"headline", Field::kTitle}, {"date", Field::kDate},
      {"published", Field::kDate}, {"url", Field::kUrl},        {"link", Field::kUrl},
      {"source", Field::kOutlet},  {"outlet", Field::kOutlet},  {"byline", Field::kByline},
      {"author", Field::kByline},  {"id", Field::kId},          {"language", Field::kLanguage},
      {"lang", Field::kLanguage},
  };
  std::string lower;
  for (char c : key) lower.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const auto& k : kKeys) {
    if (lower == k.key) {
      *field = k.field;
      return true;
    }
  }
  return false;
}

// Splits "Key: value"; false when the line is not a known header line.
bool SplitHeader(std::string_view line, Field* field, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 16) return false;
  if (!HeaderField(Trim(line.substr(0, colon)), field)) return false;
  *value = Trim(line.substr(colon + 1));
  return true;
}

// Splits `text` into lines (without their '\n').
std::vector<std::string_view> Lines(std::string_view text, size_t max_lines) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size() && lines.size() < max_lines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(pos));
      break;
    }
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

// A short first line standing alone is a headline whatever its final
// punctuation: many outlets end headlines with a full stop (764 of PolNeAR's
// 1,008 do). Only a line that runs on (a comma, a semicolon, a colon
// introducing what follows) is not one.
bool LooksLikeHeadline(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxHeadlineBytes) return false;
  char last = line.back();
  return last != ',' && last != ';' && last != ':';
}

}  // namespace

bool ParseTextArticle(std::string_view data, Document* doc, RecordError* error) {
  *doc = Document();
  if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  uint64_t repaired = 0;
  std::string all = NormalizeLineEnds(RepairUtf8Bytes(data, &repaired));
  std::string_view rest = all;
  // Leading blank lines go; so does trailing white space.
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view first = rest.substr(0, nl);
    if (!IsBlank(first)) break;
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
  }
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ' || rest.back() == '\t' ||
                           rest.back() == '\f' || rest.back() == '\v')) {
    rest.remove_suffix(1);
  }
  if (rest.empty()) {
    *error = {kSkipEmpty, "the file holds only white space"};
    return false;
  }

  // The header block: the lines before the first blank line, if every one
  // of them is a known "Key: value" line.
  std::vector<std::string_view> block;
  size_t body_start = 0;
  {
    size_t pos = 0;
    bool all_headers = true;
    while (pos < rest.size()) {
      size_t nl = rest.find('\n', pos);
      std::string_view line =
          rest.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      if (IsBlank(line)) break;
      Field f;
      std::string_view v;
      if (!SplitHeader(line, &f, &v)) {
        all_headers = false;
        break;
      }
      block.push_back(line);
      pos = nl == std::string_view::npos ? rest.size() : nl + 1;
    }
    if (!all_headers) block.clear();
    body_start = pos;
  }

  nlohmann::json extra = nlohmann::json::object();
  if (!block.empty()) {
    for (std::string_view line : block) {
      Field f;
      std::string_view v;
      SplitHeader(line, &f, &v);
      std::string value(v);
      switch (f) {
        case Field::kTitle:
          doc->title = value;
          break;
        case Field::kUrl:
          doc->url = value;
          break;
        case Field::kOutlet:
          doc->outlet = value;
          break;
        case Field::kByline:
          doc->byline = value;
          break;
        case Field::kId:
          doc->id = value;
          break;
        case Field::kLanguage:
          doc->language = value;
          break;
        case Field::kDate:
          if (!ParsePublished(value, &doc->published)) extra["date"] = value;
          break;
      }
    }
    rest.remove_prefix(std::min(body_start, rest.size()));
    while (!rest.empty()) {  // the blank lines after the headers
      size_t nl = rest.find('\n');
      if (!IsBlank(rest.substr(0, nl))) break;
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    }
    if (rest.empty()) {
      *error = {kSkipNoText, "header lines but no text after them"};
      return false;
    }
  } else {
    std::vector<std::string_view> first = Lines(rest, 4);
    if (first.size() >= 3 && IsBlank(first[1]) && LooksLikeHeadline(first[0])) {
      doc->title = std::string(Trim(first[0]));
    } else if (first.size() == 4 && IsBlank(first[2]) && !IsBlank(first[1]) &&
               Trim(first[1]).size() <= kMaxHeadlineBytes && Trim(first[0]).size() > 1 &&
               Trim(first[0]).ends_with(';')) {
      // "Headline;" then a one-line summary (the dek): how news databases
      // (LexisNexis; PolNeAR's USA Today and New York Times files) join them.
      std::string_view headline = Trim(first[0]);
      doc->title = std::string(Trim(headline.substr(0, headline.size() - 1)));
    }
  }
  if (IsWordList(rest)) {
    *error = {kSkipNoText, "a list of single words, one a line, not prose"};
    return false;
  }
  doc->text = std::string(rest);
  if (doc->id.empty()) doc->id = ContentId(doc->text);
  if (!extra.empty()) doc->extra_json = extra.dump();
  doc->repaired_bytes = repaired;
  return true;
}

Format TextArticleFormat() {
  Format f;
  f.name = "text";
  f.aliases = {"txt"};
  f.extensions = {"", ".txt", ".text"};
  f.framer = WholeFramer;
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    Document doc;
    if (!ParseTextArticle(record.bytes, &doc, error)) return false;
    out->documents.push_back(std::move(doc));
    return true;
  };
  return f;
}

}  // namespace annalist::ingest
