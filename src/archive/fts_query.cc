#include "archive/fts_query.h"

#include <cstdint>
#include <vector>

#include "annalist/archive.h"

namespace annalist::archive {

namespace {

constexpr int kMaxDepth = 16;  // nested parentheses kept; deeper are flattened
// More words than this (a phrase counts as its words) is not a search query.
constexpr int kMaxTerms = kMaxQueryTerms;

enum class Tok { kWord, kPhrase, kColumn, kLParen, kRParen, kAnd, kOr, kNot, kMinus };

struct Token {
  Tok kind;
  std::string text;     // term, phrase or column name
  bool prefix = false;  // followed by '*'
};

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether a code point is a separator for FTS5's unicode61 tokenizer (an
// approximation covering the punctuation and symbol blocks that news text
// uses); letters, digits and marks are token characters.
bool IsSeparator(uint32_t cp) {
  if (cp < 0x80) {
    return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  }
  if (cp >= 0xA0 && cp <= 0xBF) {
    return !(cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
             (cp >= 0xBC && cp <= 0xBE));
  }
  return cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
         (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFFFD ||
         cp == 0xFEFF;
}

// How many FTS5 tokens `s` holds: runs of token characters between
// separators. 0 means it would be an empty phrase for FTS5 (which silently
// matches nothing). Counting stops once it passes `cap`.
int CountTokens(std::string_view s, int cap) {
  int tokens = 0;
  bool in_token = false;
  size_t i = 0;
  while (i < s.size() && tokens <= cap) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c, len = 1;
    } else if (c >= 0xC2 && c < 0xE0) {
      cp = c & 0x1F, len = 2;
    } else if (c >= 0xE0 && c < 0xF0) {
      cp = c & 0x0F, len = 3;
    } else if (c >= 0xF0 && c < 0xF5) {
      cp = c & 0x07, len = 4;
    } else {
      ++i;  // invalid lead byte: not a token character
      in_token = false;
      continue;
    }
    if (i + len > s.size()) break;
    bool valid = true;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) valid = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    const bool token_char = valid && !IsSeparator(cp);
    if (token_char && !in_token) ++tokens;
    in_token = token_char;
    i += valid ? len : 1;
  }
  return tokens;
}

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

void AddWord(std::string_view word, std::vector<Token>* out) {
  if (word == "AND") return out->push_back({Tok::kAnd, ""});
  if (word == "OR") return out->push_back({Tok::kOr, ""});
  if (word == "NOT") return out->push_back({Tok::kNot, ""});
  size_t colon = word.find(':');
  if (colon != std::string_view::npos) {
    std::string_view name = word.substr(0, colon);
    if (EqualsLower(name, "title") || EqualsLower(name, "text")) {
      out->push_back({Tok::kColumn, EqualsLower(name, "title") ? "title" : "text"});
      word.remove_prefix(colon + 1);
      if (!word.empty()) AddWord(word, out);
      return;
    }
  }
  bool prefix = false;
  while (!word.empty() && word.back() == '*') {
    word.remove_suffix(1);
    prefix = true;
  }
  out->push_back({Tok::kWord, std::string(word), prefix});
}

std::vector<Token> Lex(std::string_view q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    char c = q[i];
    if (IsSpace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(') {
      out.push_back({Tok::kLParen, ""});
      ++i;
    } else if (c == ')') {
      out.push_back({Tok::kRParen, ""});
      ++i;
    } else if (c == '"') {
      size_t close = q.find('"', i + 1);
      size_t end = close == std::string_view::npos ? q.size() : close;
      Token t{Tok::kPhrase, std::string(q.substr(i + 1, end - i - 1))};
      i = close == std::string_view::npos ? q.size() : close + 1;
      while (i < q.size() && q[i] == '*') {
        t.prefix = true;
        ++i;
      }
      out.push_back(std::move(t));
    } else if (c == '-' && i + 1 < q.size() && !IsSpace(static_cast<unsigned char>(q[i + 1])) &&
               q[i + 1] != '-') {
      out.push_back({Tok::kMinus, ""});
      ++i;
    } else {
      size_t j = i;
      while (j < q.size() && !IsSpace(static_cast<unsigned char>(q[j])) && q[j] != '(' &&
             q[j] != ')' && q[j] != '"') {
        ++j;
      }
      AddWord(q.substr(i, j - i), &out);
      i = j;
    }
  }
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> toks) : toks_(std::move(toks)) {}

  Result<std::string> Run() {
    std::vector<std::string> parts;
    while (pos_ < toks_.size()) {
      if (Peek(Tok::kRParen)) {  // a stray ')': ignore it
        ++pos_;
        continue;
      }
      std::string part = ParseAnd();
      if (!part.empty()) parts.push_back(std::move(part));
    }
    if (terms_ > kMaxTerms) {
      return Status::InvalidArgument("search query has too many words (more than " +
                                     std::to_string(kMaxTerms) +
                                     "; a phrase counts as its words, \"U.S.\" as two)");
    }
    if (parts.empty()) {
      return Status::InvalidArgument(only_excluded_
                                         ? "search query only excludes terms; add a term to "
                                           "search for (e.g. 'talks -Syria')"
                                         : "search query has no words to search for");
    }
    return Join(parts, " AND ");
  }

 private:
  bool Peek(Tok kind) const { return pos_ < toks_.size() && toks_[pos_].kind == kind; }

  static std::string Join(const std::vector<std::string>& parts, const char* op) {
    if (parts.size() == 1) return parts[0];
    std::string out = "(";
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i) out += op;
      out += parts[i];
    }
    return out + ")";
  }

  // and_expr := ( ['-' | NOT] or_group | AND )*, up to ')' or the end.
  std::string ParseAnd() {
    std::vector<std::string> pos, neg;
    while (pos_ < toks_.size() && !Peek(Tok::kRParen)) {
      if (Peek(Tok::kAnd) || Peek(Tok::kOr)) {  // dangling operator
        ++pos_;
        continue;
      }
      bool negated = false;
      while (Peek(Tok::kMinus) || Peek(Tok::kNot)) {
        negated = true;
        ++pos_;
      }
      std::string group = ParseOrGroup();
      if (group.empty()) continue;
      (negated ? neg : pos).push_back(std::move(group));
    }
    if (pos.empty()) {
      if (!neg.empty()) only_excluded_ = true;
      return "";
    }
    std::string expr = Join(pos, " AND ");
    if (!neg.empty()) expr = "(" + expr + " NOT " + Join(neg, " OR ") + ")";
    return expr;
  }

  // or_group := unary (OR unary)*. OR binds tighter than the implicit AND,
  // as in web search engines: "Israel Syria OR Lebanon".
  std::string ParseOrGroup() {
    std::vector<std::string> alts;
    std::string first = ParseUnary();
    if (!first.empty()) alts.push_back(std::move(first));
    while (Peek(Tok::kOr)) {
      ++pos_;
      std::string next = ParseUnary();
      if (!next.empty()) alts.push_back(std::move(next));
    }
    if (alts.empty()) return "";
    return Join(alts, " OR ");
  }

  std::string Term(const Token& t) {
    // A phrase costs FTS5 one lookup per word: count its words.
    const int tokens = CountTokens(t.text, kMaxTerms);
    if (tokens == 0) return "";
    terms_ += tokens;
    std::string out = "\"";
    for (char c : t.text) {
      out += c;
      if (c == '"') out += '"';
    }
    out += '"';
    if (t.prefix) out += " *";
    return out;
  }

  std::string ParseUnary() {
    if (pos_ >= toks_.size()) return "";
    const Token& t = toks_[pos_];
    switch (t.kind) {
      case Tok::kWord:
      case Tok::kPhrase:
        ++pos_;
        return Term(t);
      case Tok::kColumn: {
        ++pos_;
        if (in_column_) return "";  // nested filters: the outer one counts
        // Several filters in a row ("title:text:x"): the last one counts.
        std::string column = t.text;
        while (Peek(Tok::kColumn)) column = toks_[pos_++].text;
        in_column_ = true;
        std::string operand = ParseUnary();
        in_column_ = false;
        if (operand.empty()) return "";
        return column + " : " + operand;
      }
      case Tok::kLParen: {
        if (depth_ >= kMaxDepth) {
          // Too deep: drop the parentheses (the closing ones end the group
          // early, which still gives a valid expression).
          while (Peek(Tok::kLParen)) ++pos_;
          return ParseUnary();
        }
        ++pos_;
        ++depth_;
        std::string inner = ParseAnd();
        --depth_;
        if (Peek(Tok::kRParen)) ++pos_;
        // ParseAnd wraps anything with an operator in parentheses already.
        return inner;
      }
      case Tok::kMinus:
      case Tok::kNot:
      case Tok::kAnd:
      case Tok::kOr:
      case Tok::kRParen:
        // An operator where a term belongs: left for the caller.
        return "";
    }
    return "";
  }

  std::vector<Token> toks_;
  size_t pos_ = 0;
  int depth_ = 0;
  int terms_ = 0;
  bool in_column_ = false;
  bool only_excluded_ = false;
};

}  // namespace

Result<std::string> TranslateQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("search query is too long (" + std::to_string(query.size()) +
                                   " bytes; at most " + std::to_string(kMaxQueryBytes) + ")");
  }
  // Control bytes (NUL above all: FTS5 reads a quoted string only up to a
  // NUL) separate words for the tokenizer anyway; they become spaces here,
  // so that a query holding one is searched like any other.
  std::string clean(query);
  for (char& c : clean) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return Parser(Lex(clean)).Run();
}

}  // namespace annalist::archive
