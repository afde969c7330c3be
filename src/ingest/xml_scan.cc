// The streaming XML tokenizer (see xml_scan.h).
#include "ingest/xml_scan.h"

#include <cstring>
#include <string>

#include "annalist/text.h"

namespace annalist::ingest {
namespace {

bool IsNameChar(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == ':' || c == '-' || c == '.' || c >= 0x80;
}

bool IsNameStart(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool IsSpace(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Decodes the entity name `name` (between '&' and ';'); false if unknown.
bool EntityValue(const std::string& name, std::string* out) {
  if (name == "amp") return out->push_back('&'), true;
  if (name == "lt") return out->push_back('<'), true;
  if (name == "gt") return out->push_back('>'), true;
  if (name == "quot") return out->push_back('"'), true;
  if (name == "apos") return out->push_back('\''), true;
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    size_t i = hex ? 2 : 1;
    if (i >= name.size()) return false;
    uint32_t cp = 0;
    for (; i < name.size(); ++i) {
      char c = name[i];
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return false;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      if (cp > 0x10FFFF) cp = 0x110000;  // stays invalid, no overflow
    }
    AppendUtf8(cp == 0 ? 0xFFFD : static_cast<char32_t>(cp), out);  // no NUL
    return true;
  }
  return false;
}

}  // namespace

int XmlScanner::Get() {
  int c;
  if (!lookahead_.empty()) {
    c = static_cast<unsigned char>(lookahead_.back());
    lookahead_.pop_back();
  } else {
    c = in_->rdbuf() ? in_->rdbuf()->sbumpc() : -1;
    if (c == std::char_traits<char>::eof()) return -1;
  }
  if (c == '\n') ++line_;
  return c;
}

int XmlScanner::Peek() {
  if (!lookahead_.empty()) return static_cast<unsigned char>(lookahead_.back());
  if (!in_->rdbuf()) return -1;
  int c = in_->rdbuf()->sgetc();
  return c == std::char_traits<char>::eof() ? -1 : c;
}

bool XmlScanner::Consume(const char* s) {
  std::string taken;
  for (const char* p = s; *p; ++p) {
    int c = Peek();
    if (c != static_cast<unsigned char>(*p)) {
      // Push back what was taken, last byte first out.
      for (size_t i = taken.size(); i-- > 0;) {
        if (taken[i] == '\n') --line_;
        lookahead_.push_back(taken[i]);
      }
      return false;
    }
    taken.push_back(static_cast<char>(Get()));
  }
  return true;
}

void XmlScanner::SkipUntil(const char* end, uint64_t start_line, const char* what) {
  // Keeps the last n bytes read and compares them with `end`.
  const size_t n = std::strlen(end);
  char window[8] = {};
  for (int c; (c = Get()) != -1;) {
    for (size_t i = 1; i < n; ++i) window[i - 1] = window[i];
    window[n - 1] = static_cast<char>(c);
    if (std::memcmp(window, end, n) == 0) return;
  }
  problems_.emplace_back(start_line, std::string("unterminated ") + what);
}

void XmlScanner::DecodeEntity(std::string* out) {
  // The '&' has been consumed.
  std::string name;
  while (name.size() < 12) {
    int c = Peek();
    if (c == -1 || !(IsNameChar(c) || c == '#') || c == ':' || c == '.' || c == '-') {
      break;
    }
    name.push_back(static_cast<char>(Get()));
  }
  if (Peek() == ';') {
    Get();
    if (EntityValue(name, out)) return;
    std::string msg = "unknown entity: &";
    msg += name;
    msg += ';';
    problems_.emplace_back(line_, std::move(msg));
    out->push_back('&');
    out->append(name);
    out->push_back(';');
    return;
  }
  out->push_back('&');
  out->append(name);
}

bool XmlScanner::ReadTag(XmlToken* token) {
  // '<' consumed; Peek() is a name start.
  token->kind = XmlToken::kStart;
  while (IsNameChar(Peek())) token->name.push_back(static_cast<char>(Get()));
  for (;;) {
    while (IsSpace(Peek())) Get();
    int c = Peek();
    if (c == -1) {
      problems_.emplace_back(token->line, "unterminated tag <" + token->name);
      return true;
    }
    if (c == '>') {
      Get();
      return true;
    }
    if (c == '/') {
      Get();
      if (Peek() == '>') {
        Get();
        token->self_closing = true;
        return true;
      }
      problems_.emplace_back(line_, "stray '/' in tag <" + token->name);
      continue;
    }
    if (!IsNameStart(c)) {
      Get();
      problems_.emplace_back(
          line_, std::string("unexpected '") + static_cast<char>(c) + "' in tag <" + token->name);
      continue;
    }
    std::string name, value;
    while (IsNameChar(Peek())) name.push_back(static_cast<char>(Get()));
    while (IsSpace(Peek())) Get();
    if (Peek() != '=') {
      problems_.emplace_back(line_, "attribute without a value: " + name);
      token->attributes.emplace_back(std::move(name), "");
      continue;
    }
    Get();
    while (IsSpace(Peek())) Get();
    int q = Peek();
    if (q == '"' || q == '\'') {
      Get();
      for (int v; (v = Get()) != -1 && v != q;) {
        if (v == '&') {
          DecodeEntity(&value);
        } else {
          value.push_back(static_cast<char>(v));
        }
      }
    } else {
      problems_.emplace_back(line_, "unquoted attribute value: " + name);
      while (Peek() != -1 && !IsSpace(Peek()) && Peek() != '>' && Peek() != '/') {
        value.push_back(static_cast<char>(Get()));
      }
    }
    token->attributes.emplace_back(std::move(name), std::move(value));
  }
}

bool XmlScanner::Next(XmlToken* token) {
  *token = XmlToken();
  for (;;) {
    token->line = line_;
    int c = Peek();
    if (c == -1) {
      token->kind = XmlToken::kEof;
      return false;
    }
    if (c != '<') {
      token->kind = XmlToken::kText;
      while ((c = Peek()) != -1 && c != '<') {
        Get();
        if (c == '&') {
          DecodeEntity(&token->text);
        } else {
          token->text.push_back(static_cast<char>(c));
        }
      }
      return true;
    }
    Get();  // '<'
    if (Consume("!--")) {
      SkipUntil("-->", token->line, "comment <!--");
      continue;
    }
    if (Consume("![CDATA[")) {
      token->kind = XmlToken::kText;
      for (int v; (v = Get()) != -1;) {
        token->text.push_back(static_cast<char>(v));
        if (token->text.size() >= 3 && token->text.compare(token->text.size() - 3, 3, "]]>") == 0) {
          token->text.resize(token->text.size() - 3);
          return true;
        }
      }
      problems_.emplace_back(token->line, "unterminated CDATA section");
      return true;
    }
    if (Peek() == '!') {
      SkipUntil(">", token->line, "declaration <!");
      continue;
    }
    if (Peek() == '?') {
      SkipUntil("?>", token->line, "processing instruction <?");
      continue;
    }
    if (Peek() == '/') {
      Get();
      token->kind = XmlToken::kEnd;
      while (IsNameChar(Peek())) token->name.push_back(static_cast<char>(Get()));
      while (IsSpace(Peek())) Get();
      if (Peek() == '>') {
        Get();
      } else {
        problems_.emplace_back(token->line, "malformed end tag </" + token->name);
        SkipUntil(">", token->line, "end tag");
      }
      return true;
    }
    if (IsNameStart(Peek())) return ReadTag(token);
    problems_.emplace_back(token->line, "'<' that starts no tag");
    token->kind = XmlToken::kText;
    token->text.push_back('<');
    return true;
  }
}

}  // namespace annalist::ingest
