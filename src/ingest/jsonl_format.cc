#include "ingest/jsonl_format.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <string>

#include "annalist/datetime.h"
#include "annalist/reader.h"
#include "ingest/encoding.h"

namespace annalist::ingest {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 256;

// True when brackets outside strings nest deeper than kMaxDepth: such a line
// is refused before nlohmann builds (and recursively frees) the tree.
bool TooDeep(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// What a field accepts besides a string.
enum Also { kStringOnly, kNumber, kListOfStrings };

// The first of `keys` present in `obj` with a usable value, removed from
// `obj` when used. Strings are taken as they are, integers as written (when
// kNumber), arrays of strings joined with ", " (when kListOfStrings).
bool Take(json& obj, std::initializer_list<const char*> keys, Also also, std::string* out) {
  for (const char* key : keys) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    const json& v = *it;
    if (v.is_string()) {
      *out = v.get<std::string>();
    } else if (also == kNumber && (v.is_number_integer() || v.is_number_unsigned())) {
      *out = v.dump();
    } else if (also == kListOfStrings && v.is_array()) {
      std::string joined;
      bool all_strings = true;
      for (const json& e : v) {
        if (!e.is_string()) {
          all_strings = false;
          break;
        }
        if (!joined.empty()) joined += ", ";
        joined += e.get<std::string>();
      }
      if (!all_strings) continue;
      *out = joined;
    } else {
      continue;  // left in extra_json
    }
    obj.erase(it);
    return true;
  }
  return false;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {
      return false;
    }
  }
  return true;
}

// Strips nlohmann's "[json.exception.parse_error.101] " prefix.
std::string CleanMessage(const char* what) {
  std::string m = what;
  if (!m.empty() && m[0] == '[') {
    size_t close = m.find("] ");
    if (close != std::string::npos) m.erase(0, close + 2);
  }
  return m;
}

}  // namespace

bool ParseJsonLine(std::string_view line, Document* doc, RecordError* error) {
  *doc = Document();
  uint64_t repaired = 0;
  std::string fixed = RepairUtf8Bytes(line, &repaired);
  if (TooDeep(fixed)) {
    *error = {kSkipMalformedJson, "nested deeper than 256 levels"};
    return false;
  }
  try {
    json obj = json::parse(fixed);
    if (!obj.is_object()) {
      *error = {kSkipMalformedJson, std::string("a JSON ") + obj.type_name() + ", not an object"};
      return false;
    }
    std::string text;
    if (!Take(obj, {"text", "body", "content"}, kStringOnly, &text) || IsBlank(text)) {
      *error = {kSkipNoText, "no \"text\", \"body\" or \"content\" string"};
      return false;
    }
    doc->text = std::move(text);
    Take(obj, {"id"}, kNumber, &doc->id);
    Take(obj, {"url"}, kStringOnly, &doc->url);
    Take(obj, {"title"}, kStringOnly, &doc->title);
    Take(obj, {"outlet", "source"}, kStringOnly, &doc->outlet);
    Take(obj, {"byline", "author", "authors"}, kListOfStrings, &doc->byline);
    Take(obj, {"language", "lang"}, kStringOnly, &doc->language);
    for (const char* key : {"published", "date"}) {
      auto it = obj.find(key);
      if (it == obj.end() || !it->is_string()) continue;
      if (ParsePublished(it->get<std::string>(), &doc->published)) {
        obj.erase(it);
        break;
      }
    }
    if (doc->id.empty()) doc->id = ContentId(doc->text);
    if (!obj.empty()) doc->extra_json = obj.dump();
    doc->repaired_bytes = repaired;
    return true;
  } catch (const std::exception& e) {
    *doc = Document();
    *error = {kSkipMalformedJson, CleanMessage(e.what())};
    return false;
  }
}

Format JsonlFormat() {
  Format f;
  f.name = "jsonl";
  f.aliases = {"json", "ndjson"};
  f.extensions = {".jsonl", ".jsonlines", ".json-lines", ".ndjson"};
  f.detect = [](std::string_view head, bool stream) {
    return stream && !head.empty() && head.front() == '{';
  };
  f.framer = LineFramer;
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    Document doc;
    if (!ParseJsonLine(record.bytes, &doc, error)) return false;
    out->documents.push_back(std::move(doc));
    return true;
  };
  return f;
}

}  // namespace annalist::ingest
