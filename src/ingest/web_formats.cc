#include "ingest/web_formats.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/reader.h"
#include "annalist/web.h"
#include "ingest/skipped_formats.h"

namespace annalist::ingest {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool Contains(std::string_view s, std::string_view n) {
  return s.find(n) != std::string_view::npos;
}

// A page as a Document: the article's text and metadata.
bool PageDocument(std::string_view bytes, const std::string& url, const std::string& content_type,
                  Document* doc, RecordError* error) {
  html::ExtractOptions options;
  options.url = url;
  options.content_type = content_type;
  html::Article a = html::ExtractArticle(bytes, options);
  if (a.text.empty()) {
    *error = {kSkipNoText, "an HTML page with no article text"};
    return false;
  }
  doc->text = std::move(a.text);
  doc->id = ContentId(doc->text);
  doc->title = std::move(a.title);
  doc->byline = std::move(a.byline);
  doc->url = !a.canonical_url.empty() ? a.canonical_url : url;
  doc->outlet = std::move(a.site);
  doc->language = std::move(a.language);
  doc->published = a.published;
  return true;
}

// Inflates gzip or zlib (windowBits auto-detect), else raw deflate.
bool Inflate(std::string_view in, uint64_t max, std::string* out, RecordError* error) {
  for (int bits : {15 + 32, -15}) {
    z_stream z{};
    if (inflateInit2(&z, bits) != Z_OK) break;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    out->clear();
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      out->append(buf, sizeof buf - z.avail_out);
      if (out->size() > max) {
        inflateEnd(&z);
        *error = {kSkipBomb,
                  "the body inflates to more than " + std::to_string(max) + " bytes (cut off)"};
        return false;
      }
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what came
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !out->empty())) return true;
  }
  *error = {kSkipWarcBad, "the body is not valid gzip or deflate data"};
  return false;
}

bool Unbrotli(std::string_view in, uint64_t max, std::string* out, RecordError* error) {
  BrotliDecoderState* s = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (!s) return false;
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  size_t avail_in = in.size();
  out->clear();
  BrotliDecoderResult r = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  while (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
    uint8_t buf[16384];
    uint8_t* next_out = buf;
    size_t avail_out = sizeof buf;
    r = BrotliDecoderDecompressStream(s, &avail_in, &next_in, &avail_out, &next_out, nullptr);
    out->append(reinterpret_cast<char*>(buf), sizeof buf - avail_out);
    if (out->size() > max) {
      BrotliDecoderDestroyInstance(s);
      *error = {kSkipBomb,
                "the body decodes to more than " + std::to_string(max) + " bytes (cut off)"};
      return false;
    }
  }
  BrotliDecoderDestroyInstance(s);
  if (r == BROTLI_DECODER_RESULT_SUCCESS) return true;
  *error = {kSkipWarcBad, "the body is not valid brotli data"};
  return false;
}

bool Dechunk(std::string_view in, std::string* out, RecordError* error) {
  out->clear();
  size_t i = 0;
  for (;;) {
    size_t eol = in.find('\n', i);
    if (eol == std::string_view::npos) break;  // cut short: keep what came
    std::string_view line = Trim(in.substr(i, eol - i));
    size_t semi = line.find(';');
    if (semi != std::string_view::npos) line = line.substr(0, semi);
    uint64_t n = 0;
    size_t digits = 0;
    for (char c : line) {
      int v = std::isxdigit(static_cast<unsigned char>(c))
                  ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                                 : (std::tolower(c) - 'a' + 10))
                  : -1;
      if (v < 0 || ++digits > 15) {
        *error = {kSkipWarcBad, "a bad chunk size in a chunked body"};
        return false;
      }
      n = n * 16 + static_cast<uint64_t>(v);
    }
    if (digits == 0) {
      *error = {kSkipWarcBad, "a bad chunk size in a chunked body"};
      return false;
    }
    i = eol + 1;
    if (n == 0) return true;
    out->append(in.substr(i, n));
    if (i + n >= in.size()) return true;
    i += n;
    if (i < in.size() && in[i] == '\r') ++i;
    if (i < in.size() && in[i] == '\n') ++i;
  }
  return true;
}

// Header lines of `block` up to the blank line: name (lower case) -> value.
// *body_at is set to the first byte after the blank line.
bool Headers(std::string_view block, std::vector<std::pair<std::string, std::string>>* out,
             std::string* first_line, size_t* body_at) {
  size_t i = 0;
  bool first = true;
  while (i < block.size()) {
    size_t eol = block.find('\n', i);
    if (eol == std::string_view::npos) return false;
    std::string_view line = block.substr(i, eol - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    i = eol + 1;
    if (line.empty()) {
      *body_at = i;
      return true;
    }
    if (first) {
      *first_line = std::string(line);
      first = false;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out->emplace_back(Lower(Trim(line.substr(0, colon))),
                      std::string(Trim(line.substr(colon + 1))));
  }
  return false;
}

std::string Header(const std::vector<std::pair<std::string, std::string>>& h,
                   std::string_view name) {
  for (const auto& [k, v] : h) {
    if (k == name) return v;
  }
  return "";
}

class WarcFramer : public Framer {
 public:
  explicit WarcFramer(uint64_t max) : max_(max) {}

  bool Next(ByteSource* src, Record* record) override {
    *record = Record();
    std::string line;
    bool truncated = false;
    // Find the version line, skipping blank lines (and, after a bad
    // record, anything up to the next one).
    uint64_t start = src->offset();
    bool skipped_junk = false;
    for (;;) {
      start = src->offset();
      if (!src->ReadLine(&line, 4096, &truncated)) {
        if (skipped_junk) {
          record->offset = junk_at_;
          record->error = {kSkipWarcBad, "bytes that are no WARC record up to the end"};
          return true;
        }
        return false;
      }
      std::string_view l = Trim(line);
      if (StartsWith(l, "WARC/1.")) break;
      if (l.empty()) continue;
      if (!skipped_junk) junk_at_ = start;
      skipped_junk = true;
    }
    if (skipped_junk && quiet_junk_) skipped_junk = false;  // reported with its record
    quiet_junk_ = false;
    if (skipped_junk) {
      // Report the junk (a wrong Content-Length before it), then read on.
      pending_ = true;
      pending_start_ = start;
      record->offset = junk_at_;
      record->error = {kSkipWarcBad,
                       "bytes that are no WARC record (a wrong Content-Length "
                       "before them?), up to the record at byte " +
                           std::to_string(start)};
      return true;
    }
    return ReadRecord(src, start, record);
  }

 private:
  bool ReadRecord(ByteSource* src, uint64_t start, Record* record) {
    record->offset = start;
    std::string line;
    bool truncated = false;
    std::string header = "WARC/1.x\r\n";
    int64_t length = -1;
    for (;;) {
      if (!src->ReadLine(&line, 65536, &truncated)) {
        record->error = {kSkipWarcBad, "the input ends inside the record's header"};
        return true;
      }
      std::string_view l = line;
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (l.empty()) break;
      header.append(l);
      header.append("\r\n");
      size_t colon = l.find(':');
      if (colon != std::string_view::npos && Lower(Trim(l.substr(0, colon))) == "content-length") {
        std::string v(Trim(l.substr(colon + 1)));
        char* end = nullptr;
        long long n = std::strtoll(v.c_str(), &end, 10);
        if (end && *end == '\0' && n >= 0) length = n;
      }
      if (header.size() > 1 << 20) {
        record->error = {kSkipWarcBad, "a record header longer than 1 MB"};
        return true;
      }
    }
    if (length < 0) {
      record->error = {kSkipWarcBad, "a record without a valid Content-Length"};
      return true;
    }
    header.append("\r\n");
    record->bytes = std::move(header);
    uint64_t keep = std::min<uint64_t>(static_cast<uint64_t>(length), max_);
    uint64_t got = src->ReadBytes(&record->bytes, static_cast<uint64_t>(length), keep);
    if (got < static_cast<uint64_t>(length)) {
      record->bytes.clear();
      record->error = {kSkipWarcBad, "a truncated record: the input ends after " +
                                         std::to_string(got) + " of its " + std::to_string(length) +
                                         " bytes"};
      return true;
    }
    std::string_view tail = src->Peek(4);
    if (tail == "\r\n\r\n") {
      std::string sink;
      src->ReadBytes(&sink, 4, 0);
    } else if (!tail.empty() && !StartsWith(tail, "\r\n") && !StartsWith(tail, "\n")) {
      record->bytes.clear();
      record->error = {kSkipWarcBad, "a wrong Content-Length (" + std::to_string(length) +
                                         "): the block is not followed by the record end"};
      quiet_junk_ = true;
      return true;
    }
    if (static_cast<uint64_t>(length) > max_) {
      record->bytes.clear();
      record->error = {kSkipTooLarge,
                       "a record larger than the limit of " + std::to_string(max_) + " bytes"};
      return true;
    }
    return true;
  }

 public:
  // After a junk report, the record found behind it.
  bool TakePending(ByteSource* src, Record* record) {
    if (!pending_) return false;
    pending_ = false;
    *record = Record();
    return ReadRecord(src, pending_start_, record);
  }

 private:
  uint64_t max_;
  uint64_t junk_at_ = 0;
  bool quiet_junk_ = false;
  bool pending_ = false;
  uint64_t pending_start_ = 0;
};

// The framer the table hands out: delivers a pending record first.
class WarcFramerFront : public Framer {
 public:
  explicit WarcFramerFront(uint64_t max) : inner_(max) {}
  bool Next(ByteSource* src, Record* record) override {
    if (inner_.TakePending(src, record)) return true;
    return inner_.Next(src, record);
  }

 private:
  WarcFramer inner_;
};

bool ParseWarcRecord(const Record& record, Parsed* out, RecordError* error) {
  std::vector<std::pair<std::string, std::string>> h;
  std::string first;
  size_t body_at = 0;
  if (!Headers(record.bytes, &h, &first, &body_at)) {
    *error = {kSkipWarcBad, "a record header without its blank line"};
    return false;
  }
  std::string type = Lower(Header(h, "warc-type"));
  std::string uri = Header(h, "warc-target-uri");
  if (!uri.empty() && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
  if (type != "response") {
    *error = {kSkipWarcOther, "a WARC " + (type.empty() ? std::string("untyped") : type) +
                                  " record" + (uri.empty() ? "" : " for " + uri)};
    return false;
  }
  std::string block_type = Lower(Header(h, "content-type"));
  std::string_view block = std::string_view(record.bytes).substr(body_at);
  HttpResponse http;
  if (StartsWith(block_type, "application/http") || StartsWith(block, "HTTP/")) {
    if (!ParseHttpResponse(block, kMaxWarcBodyBytes, &http, error)) {
      if (!uri.empty()) error->reason += " (" + uri + ")";
      return false;
    }
  } else {
    http.status = 200;
    http.content_type = block_type;
    http.body = std::string(block);
  }
  if (http.status < 200 || http.status >= 300) {
    *error = {kSkipWarcOther, "an HTTP " + std::to_string(http.status) + " response" +
                                  (http.location.empty() ? "" : " to " + http.location) +
                                  (uri.empty() ? "" : " for " + uri)};
    return false;
  }
  std::string ct = Lower(http.content_type);
  std::string_view head = http.body;
  size_t lead = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  head = lead == std::string_view::npos ? std::string_view() : head.substr(lead);
  bool html = Contains(ct, "html") || (ct.empty() && LooksLikeHtml(head.substr(0, 1024)));
  if (!html) {
    *error = {kSkipWarcOther, "a response that is not HTML (" +
                                  (ct.empty() ? std::string("no type") : ct) + ")" +
                                  (uri.empty() ? "" : " for " + uri)};
    return false;
  }
  Document doc;
  if (!PageDocument(http.body, uri, http.content_type, &doc, error)) {
    if (!uri.empty()) error->reason += " (" + uri + ")";
    return false;
  }
  std::string date = Header(h, "warc-date");
  nlohmann::json extra = nlohmann::json::object();
  extra["warc_target_uri"] = uri;
  extra["warc_date"] = date;
  // A page with no date of its own is dated by its capture.
  if (!doc.published.known()) {
    DateTime d;
    if (ParsePublished(date, &d)) {
      doc.published = d;
      extra["published_from"] = "warc-date";
    }
  }
  doc.extra_json = extra.dump();
  if (doc.url.empty()) doc.url = uri;
  out->documents.push_back(std::move(doc));
  return true;
}

}  // namespace

bool ParseHttpResponse(std::string_view message, uint64_t max_body, HttpResponse* out,
                       RecordError* error) {
  *out = HttpResponse();
  std::vector<std::pair<std::string, std::string>> h;
  std::string status_line;
  size_t body_at = 0;
  if (!StartsWith(message, "HTTP/") || !Headers(message, &h, &status_line, &body_at)) {
    *error = {kSkipWarcBad, "a response record without a whole HTTP header"};
    return false;
  }
  size_t sp = status_line.find(' ');
  if (sp != std::string::npos) out->status = std::atoi(status_line.c_str() + sp + 1);
  out->content_type = Header(h, "content-type");
  out->location = Header(h, "location");
  std::string_view body = message.substr(body_at);
  std::string dechunked;
  if (Contains(Lower(Header(h, "transfer-encoding")), "chunked")) {
    if (!Dechunk(body, &dechunked, error)) return false;
    body = dechunked;
  }
  std::string enc = Lower(Trim(Header(h, "content-encoding")));
  if (enc == "gzip" || enc == "x-gzip" || enc == "deflate") {
    if (!Inflate(body, max_body, &out->body, error)) return false;
  } else if (enc == "br") {
    if (!Unbrotli(body, max_body, &out->body, error)) return false;
  } else if (enc.empty() || enc == "identity") {
    if (body.size() > max_body) {
      *error = {kSkipTooLarge, "a body larger than " + std::to_string(max_body) + " bytes"};
      return false;
    }
    out->body = std::string(body);
  } else {
    *error = {kSkipWarcBad, "a body in an unknown encoding: " + enc};
    return false;
  }
  return true;
}

Format HtmlFormat() {
  Format f;
  f.name = "html";
  f.aliases = {"htm"};
  f.extensions = {".html", ".htm", ".xhtml", ".shtml"};
  f.detect = [](std::string_view head, bool) { return LooksLikeHtml(head); };
  f.framer = WholeFramer;
  f.parse = [](const Record& record, Parsed* out, RecordError* error) {
    Document doc;
    if (!PageDocument(record.bytes, "", "", &doc, error)) return false;
    out->documents.push_back(std::move(doc));
    return true;
  };
  return f;
}

Format WarcFormat() {
  Format f;
  f.name = "warc";
  f.extensions = {".warc"};
  f.detect = [](std::string_view head, bool) { return StartsWith(head, "WARC/1."); };
  f.framer = [](uint64_t max) -> std::unique_ptr<Framer> {
    return std::make_unique<WarcFramerFront>(max);
  };
  f.parse = ParseWarcRecord;
  return f;
}

}  // namespace annalist::ingest
