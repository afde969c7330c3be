#include "ingest/reuters_format.h"

#include <cstdint>
#include <deque>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/reader.h"
#include "annalist/text.h"
#include "ingest/encoding.h"

namespace annalist::ingest {
namespace {

constexpr std::string_view kClose = "</REUTERS>";

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// The content of the first element <name ...>...</name> in `s`, searching
// from `from`. *found tells whether an opening tag was there; *closed
// whether its closing tag was.
std::string_view Element(std::string_view s, std::string_view name, bool* found, bool* closed) {
  *found = *closed = false;
  // Built by append: GCC 12 at -O3 misreports `"<" + std::string(name)`
  // (-Wrestrict).
  std::string open(1, '<');
  open.append(name);
  size_t pos = 0;
  while ((pos = s.find(open, pos)) != std::string_view::npos) {
    size_t after = pos + open.size();
    if (after < s.size() && (s[after] == '>' || s[after] == ' ')) break;
    pos = after;
  }
  if (pos == std::string_view::npos) return {};
  size_t gt = s.find('>', pos);
  if (gt == std::string_view::npos) return {};
  *found = true;
  std::string close("</");
  close.append(name).push_back('>');
  size_t end = s.find(close, gt + 1);
  if (end == std::string_view::npos) return s.substr(gt + 1);
  *closed = true;
  return s.substr(gt + 1, end - gt - 1);
}

std::string_view Element(std::string_view s, std::string_view name) {
  bool found, closed;
  return Element(s, name, &found, &closed);
}

// The <D>...</D> items of a list element such as <PLACES>.
std::vector<std::string> Items(std::string_view list) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = list.find("<D>", pos)) != std::string_view::npos) {
    size_t end = list.find("</D>", pos + 3);
    if (end == std::string_view::npos) break;
    out.push_back(DecodeSgmlText(Trim(list.substr(pos + 3, end - pos - 3))));
    pos = end + 4;
  }
  return out;
}

// NAME="VALUE" attributes of the opening tag.
void Attributes(std::string_view tag, nlohmann::json* extra, std::string* newid) {
  size_t pos = 0;
  while (pos < tag.size()) {
    size_t eq = tag.find("=\"", pos);
    if (eq == std::string_view::npos) break;
    size_t space = tag.substr(pos, eq - pos).rfind(' ');
    size_t end = tag.find('"', eq + 2);
    if (space == std::string_view::npos || end == std::string_view::npos) {
      break;
    }
    size_t name_begin = pos + space;
    std::string name(tag.substr(name_begin + 1, eq - name_begin - 1));
    std::string value = DecodeSgmlText(tag.substr(eq + 2, end - eq - 2));
    for (char& c : name) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (name == "newid") *newid = value;
    if (name == "topics") name = "has_topics";  // the attribute, not the list
    if (!name.empty()) (*extra)[name] = value;
    pos = end + 1;
  }
}

// Removes the wire signature: a last word "Reuter" (any case, also
// "Reuters", with trailing dots) and the white space before it.
void DropSignature(std::string* text) {
  std::string_view t = Trim(*text);
  size_t cut = t.size();
  while (cut > 0 && t[cut - 1] == '.') --cut;
  size_t begin = cut;
  while (begin > 0 && !IsSpace(t[begin - 1])) --begin;
  std::string word(t.substr(begin, cut - begin));
  for (char& c : word) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (word == "reuter" || word == "reuters") {
    t = Trim(t.substr(0, begin));
  }
  *text = std::string(t);
}

}  // namespace

std::string DecodeSgmlText(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  auto plain = [](char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return ch != '&' && u != 0x7F && (u >= 0x20 || ch == '\t' || ch == '\n');
  };
  for (size_t i = 0; i < in.size(); ++i) {
    // Runs of bytes kept as they are go in at once.
    if (plain(in[i])) {
      size_t j = i + 1;
      while (j < in.size() && plain(in[j])) ++j;
      out.append(in.data() + i, j - i);
      i = j - 1;
      continue;
    }
    char c = in[i];
    if (c == '&') {
      size_t semi = in.substr(i + 1, 10).find(';');
      if (semi != std::string_view::npos) {
        semi += i + 1;
        std::string_view ref = in.substr(i + 1, semi - i - 1);
        uint32_t cp = 0;
        bool ok = true;
        if (ref == "lt") {
          cp = '<';
        } else if (ref == "gt") {
          cp = '>';
        } else if (ref == "amp") {
          cp = '&';
        } else if (ref == "quot") {
          cp = '"';
        } else if (ref == "apos") {
          cp = '\'';
        } else if (ref.size() >= 2 && ref[0] == '#') {
          bool hex = ref[1] == 'x' || ref[1] == 'X';
          std::string_view digits = ref.substr(hex ? 2 : 1);
          ok = !digits.empty();
          for (char d : digits) {
            int v;
            if (d >= '0' && d <= '9') {
              v = d - '0';
            } else if (hex && d >= 'a' && d <= 'f') {
              v = d - 'a' + 10;
            } else if (hex && d >= 'A' && d <= 'F') {
              v = d - 'A' + 10;
            } else {
              ok = false;
              break;
            }
            cp = cp * (hex ? 16 : 10) + v;
            if (cp > 0x10FFFF) ok = false;
            if (!ok) break;
          }
          if (ok && cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        } else {
          ok = false;
        }
        if (ok) {
          bool control = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0);
          if (!control) AppendUtf8(cp, &out);
          i = semi;
          continue;
        }
      }
    }
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7F) continue;
    out.push_back(c);
  }
  return out;
}

size_t FindReutersOpen(std::string_view s, size_t from) {
  size_t pos = from;
  while ((pos = s.find("<REUTERS", pos)) != std::string_view::npos) {
    size_t after = pos + 8;
    if (after < s.size() && (s[after] == ' ' || s[after] == '>')) return pos;
    pos = after;
  }
  return std::string_view::npos;
}

bool ParseReutersRecord(std::string_view raw, Document* doc, RecordError* error) {
  *doc = Document();
  uint64_t decoded = 0;
  std::string record = DecodeUtf8OrLatin1(raw, &decoded);
  std::string_view s = record;
  size_t open = FindReutersOpen(s, 0);
  size_t gt = open == std::string_view::npos ? open : s.find('>', open);
  if (gt == std::string_view::npos) {
    *error = {kSkipMalformedSgml, "no <REUTERS> opening tag"};
    return false;
  }
  if (s.size() < kClose.size() || s.substr(s.size() - kClose.size()) != kClose) {
    *error = {kSkipMalformedSgml, "the record does not end with </REUTERS>"};
    return false;
  }
  nlohmann::json extra = nlohmann::json::object();
  std::string newid;
  Attributes(s.substr(open, gt - open), &extra, &newid);
  std::string_view inner = s.substr(gt + 1, s.size() - kClose.size() - gt - 1);

  bool found, closed;
  std::string_view text_el = Element(inner, "TEXT", &found, &closed);
  if (found && !closed) {
    *error = {kSkipMalformedSgml, "<TEXT> is not closed"};
    return false;
  }
  std::string_view body = Element(text_el, "BODY", &found, &closed);
  if (!found) {
    *error = {kSkipNoBody,
              "no <BODY> (" + (newid.empty() ? std::string("no NEWID") : "NEWID " + newid) + ")"};
    return false;
  }
  if (!closed) {
    *error = {kSkipMalformedSgml, "<BODY> is not closed"};
    return false;
  }

  std::string text = DecodeSgmlText(body);
  DropSignature(&text);
  std::string dateline(Trim(DecodeSgmlText(Element(text_el, "DATELINE"))));
  if (!dateline.empty()) text = dateline + " " + text;
  if (Trim(text).empty()) {
    *error = {kSkipNoBody, "an empty <BODY>"};
    return false;
  }
  doc->text = std::move(text);
  doc->title = std::string(Trim(DecodeSgmlText(Element(text_el, "TITLE"))));
  doc->byline = std::string(Trim(DecodeSgmlText(Element(text_el, "AUTHOR"))));
  doc->outlet = "Reuters";
  doc->language = "en";

  // "26-FEB-1987 15:01:01.79", sometimes followed by tabs and wire codes;
  // when the time is damaged, the day alone.
  std::string date = DecodeSgmlText(Element(inner, "DATE"));
  std::string_view d = Trim(date);
  d = Trim(d.substr(0, d.find('\t')));
  if (!ParsePublished(d, &doc->published) &&
      !ParsePublished(d.substr(0, d.find(' ')), &doc->published) && !d.empty()) {
    extra["date"] = std::string(d);
  }

  for (const char* list : {"TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"}) {
    std::vector<std::string> items = Items(Element(inner, list));
    std::string key = list;
    for (char& c : key) c = static_cast<char>(c + 32);
    if (!items.empty()) extra[key] = items;
  }
  doc->id = newid.empty() ? ContentId(doc->text) : "reuters-" + newid;
  doc->extra_json = extra.dump();
  doc->repaired_bytes = decoded;
  return true;
}

namespace {

// Cuts <REUTERS> ... </REUTERS> records out of a stream, line by line,
// holding at most one record (up to the size limit) and the records a
// single long line completed.
class ReutersFramer : public Framer {
 public:
  explicit ReutersFramer(uint64_t max) : max_(max) {}

  bool Next(ByteSource* src, Record* record) override {
    for (;;) {
      if (!ready_.empty()) {
        *record = std::move(ready_.front());
        ready_.pop_front();
        return true;
      }
      if (!ReadMore(src)) return false;
    }
  }

 private:
  // Ends the record being gathered: whole, or without its close tag.
  void Close(bool unterminated) {
    if (too_large_) {
      record_.bytes.clear();
      record_.error = {kSkipTooLarge, "<REUTERS> record larger than the limit of " +
                                          std::to_string(max_) + " bytes"};
    } else if (unterminated) {
      record_.bytes.clear();
      record_.error = {kSkipMalformedSgml, "<REUTERS> record without </REUTERS>"};
    }
    ready_.push_back(std::move(record_));
    record_ = Record();
    in_record_ = false;
    too_large_ = false;
  }

  // Reads one more line into the records; false at the end of the input.
  bool ReadMore(ByteSource* src) {
    uint64_t line_offset = src->offset();
    bool truncated = false;
    // Lines are kept whole up to the record limit; a longer line can only
    // belong to a record that is too large anyway.
    if (!src->ReadLine(&line_, max_ + 1, &truncated)) {
      if (!in_record_) return false;
      Close(/*unterminated=*/true);
      return true;
    }
    ++line_no_;
    line_.push_back('\n');
    std::string_view rest = line_;
    uint64_t rest_offset = line_offset;
    while (!rest.empty()) {
      bool fresh = false;  // the record opens at rest[0]
      if (!in_record_) {
        size_t open = FindReutersOpen(rest, 0);
        if (open == std::string_view::npos) break;  // text between records
        in_record_ = true;
        record_ = Record();
        record_.line = line_no_;
        record_.offset = rest_offset + open;
        rest.remove_prefix(open);
        rest_offset += open;
        fresh = true;
      }
      // The close tag is looked for only before the next opening tag, so
      // a long line of many records is scanned once.
      size_t reopen = FindReutersOpen(rest, fresh ? 1 : 0);
      size_t close = rest.substr(0, reopen).find(kClose);
      size_t end = close == std::string_view::npos ? rest.size() : close + kClose.size();
      bool unterminated = close == std::string_view::npos && reopen != std::string_view::npos;
      if (unterminated) end = reopen;
      if (!too_large_) {
        if (record_.bytes.size() + end > max_) {
          too_large_ = true;
          record_.bytes.clear();
          record_.bytes.shrink_to_fit();
        } else {
          record_.bytes.append(rest.substr(0, end));
        }
      }
      rest.remove_prefix(end);
      rest_offset += end;
      if (unterminated || close != std::string_view::npos) {
        Close(unterminated);
      } else {
        break;
      }
    }
    return true;
  }

  uint64_t max_;
  uint64_t line_no_ = 0;
  std::string line_;
  bool in_record_ = false;
  bool too_large_ = false;
  Record record_;
  std::deque<Record> ready_;
};

}  // namespace

Format ReutersFormat() {
  Format f;
  f.name = "reuters";
  f.aliases = {"sgml", "sgm"};
  f.extensions = {".sgm", ".sgml"};
  f.detect = [](std::string_view head, bool) {
    return head.substr(0, 15) == "<!DOCTYPE lewis" || FindReutersOpen(head.substr(0, 9), 0) == 0;
  };
  f.framer = [](uint64_t max) { return std::make_unique<ReutersFramer>(max); };
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    Document doc;
    if (!ParseReutersRecord(record.bytes, &doc, error)) return false;
    out->documents.push_back(std::move(doc));
    return true;
  };
  return f;
}

}  // namespace annalist::ingest
