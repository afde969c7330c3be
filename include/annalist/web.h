// Web pages: main text and metadata out of one web page (ExtractArticle),
// and the evaluation of that extraction (EvaluateExtraction).
//
// ExtractArticle parses the page with libxml2's HTML parser (after charset
// detection and conversion to UTF-8, src/html/charset.h), finds the element that
// holds the article by scoring paragraphs (the Readability method: text
// length and commas, with class and id names weighed for and against), drops
// page furniture inside it (share widgets, forms, link lists, galleries with
// more images than text) and writes its text with paragraph breaks: one
// paragraph per block (paragraph, heading, list item, quotation, table
// row), "\n\n" between them.
//
// Pure and thread-safe: every call has its own document.
#ifndef ANNALIST_WEB_H_
#define ANNALIST_WEB_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"

namespace annalist::html {

struct ExtractOptions {
  std::string url;           // where the page came from, "" when unknown
  std::string content_type;  // the HTTP Content-Type, "" when unknown
};

struct Article {
  std::string title;
  std::string byline;
  // The publication date as the page wrote it, where it was found (JSON-LD
  // datePublished, article:published_time and similar meta tags, a <time>
  // element, a date in the URL, a dateline), and parsed.
  std::string published_text;
  std::string published_from;  // "json-ld", "meta", "time", "url", "dateline" or ""
  DateTime published;
  std::string canonical_url;   // <link rel=canonical>, og:url, else the given URL
  std::string language;        // <html lang>, else content-language meta
  std::string site;            // JSON-LD publisher name, og:site_name
  std::string excerpt;         // description meta
  std::string text;            // the article, paragraphs separated by "\n\n"
  std::string charset;         // the charset the page was read in
  bool charset_lossy = false;  // bytes that were not in that charset were repaired
};

// Extracts the article of `page` (raw bytes in any charset). Never fails: a
// page with no body or no text gives an article with empty text. Input is
// cut at `kMaxPageBytes`.
Article ExtractArticle(std::string_view page, const ExtractOptions& options);

inline constexpr uint64_t kMaxPageBytes = 64ull << 20;

// The text of a whole HTML fragment or page, with the same paragraph breaks
// as ExtractArticle's but nothing dropped except script and style (for the
// expected pages of an evaluation set). `utf8` must be UTF-8.
std::string HtmlToText(std::string_view utf8);

// ---------------------------------------------------------------------------
// Evaluation of the extractor on pages laid out as ../shared/data/html/:
// one folder per page with source.html, expected.html (the article as a
// reference extractor gave it) and expected-metadata.json (title, byline,
// publishedTime, ...).
//
// Text is scored as in the article-extraction benchmark: precision and
// recall of word 4-gram shingles (words lower-cased, stripped of the
// punctuation around them, shingles counted with repeats), averaged over
// pages; F1 is that of the mean precision and mean recall.

struct ShingleScore {
  double precision = 0;
  double recall = 0;
  double f1() const {
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  }
};

// Scores `got` against `expected` (plain texts).
ShingleScore ScoreShingles(std::string_view got, std::string_view expected);

struct PageResult {
  std::string name;  // the folder name
  ShingleScore score;
  bool title_match = false;
  bool byline_match = false;  // both empty counts as a match
  bool has_expected_date = false;
  bool date_match = false;  // only meaningful when has_expected_date
  std::string title, expected_title;
  double seconds = 0;
  size_t bytes = 0;
};

struct EvalResult {
  std::vector<PageResult> pages;
  double precision = 0;  // means over pages
  double recall = 0;
  double f1 = 0;  // of the means
  double title_rate = 0, byline_rate = 0, date_rate = 0;
  size_t dated_pages = 0;
  double seconds = 0;  // extraction alone
  size_t bytes = 0;
};

// Evaluates every folder of `dir` that has source.html and expected.html,
// in name order. Fails when `dir` cannot be read or has no such folder.
Status EvaluateExtraction(const std::string& dir, EvalResult* out);

}  // namespace annalist::html

#endif  // ANNALIST_WEB_H_
