// A small streaming XML tokenizer for the PETRARCH record files.
//
// It reads tags, end tags and character data from a stream, one token at a
// time, with 1-based line numbers. It skips comments (<!-- -->, also the
// "<!---" variant), processing instructions (<? ?>) and declarations
// (<!DOCTYPE ...>); CDATA sections become character data. Attribute values
// may use either quote and blanks around '='. Entities (&amp; &lt; &gt;
// &quot; &apos; &#N; &#xN;) are decoded; an unknown entity is kept as
// written and reported.
//
// It checks nothing about nesting: that is the caller's business. Problems
// it finds itself (an unterminated tag or comment, a '<' that starts no tag,
// a malformed attribute) are returned through problem(); a stray '<' becomes
// character data.
#ifndef ANNALIST_INGEST_XML_SCAN_H_
#define ANNALIST_INGEST_XML_SCAN_H_

#include <cstdint>
#include <istream>
#include <string>
#include <utility>
#include <vector>

namespace annalist::ingest {

struct XmlToken {
  enum Kind { kStart, kEnd, kText, kEof } kind = kEof;
  std::string name;  // tag name, for kStart / kEnd
  std::vector<std::pair<std::string, std::string>> attributes;
  bool self_closing = false;  // <Tag ... />
  std::string text;           // kText: decoded character data
  uint64_t line = 0;          // where the token starts
};

class XmlScanner {
 public:
  explicit XmlScanner(std::istream* in) : in_(in) {}

  // Reads the next token into *token. Returns false at the end of input
  // (token->kind == kEof). Character data is split at tags only.
  bool Next(XmlToken* token);

  // Problems found since the last call to TakeProblems(), each as
  // "LINE: reason: text".
  std::vector<std::pair<uint64_t, std::string>> TakeProblems() {
    return std::exchange(problems_, {});
  }
  bool read_error() const { return in_->bad(); }

 private:
  int Get();                    // next byte or -1
  int Peek();                   // next byte without consuming, or -1
  bool Consume(const char* s);  // consumes s when the input starts with it
  void SkipUntil(const char* end, uint64_t start_line, const char* what);
  bool ReadTag(XmlToken* token);
  void DecodeEntity(std::string* out);

  std::istream* in_;
  uint64_t line_ = 1;
  std::string lookahead_;  // bytes pushed back
  std::vector<std::pair<uint64_t, std::string>> problems_;
};

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_XML_SCAN_H_
