#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "annalist/datetime.h"
#include "annalist/web.h"

namespace annalist::html {

namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  auto punct = [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; };
  while (i < text.size()) {
    while (i < text.size() && space(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !space(text[j])) ++j;
    std::string_view w = text.substr(i, j - i);
    while (!w.empty() && punct(w.front())) w.remove_prefix(1);
    while (!w.empty() && punct(w.back())) w.remove_suffix(1);
    if (!w.empty()) {
      std::string lw(w);
      for (char& c : lw) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      out.push_back(std::move(lw));
    }
    i = j;
  }
  return out;
}

std::map<std::string, int> Shingles(std::string_view text) {
  std::vector<std::string> w = Words(text);
  std::map<std::string, int> out;
  if (w.empty()) return out;
  if (w.size() < 4) {
    std::string s;
    for (const auto& x : w) s += x + " ";
    out[s] = 1;
    return out;
  }
  for (size_t i = 0; i + 4 <= w.size(); ++i) {
    out[w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]]++;
  }
  return out;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

}  // namespace

ShingleScore ScoreShingles(std::string_view got, std::string_view expected) {
  std::map<std::string, int> g = Shingles(got), e = Shingles(expected);
  ShingleScore s;
  if (g.empty() && e.empty()) return {1, 1};
  if (g.empty() || e.empty()) return {0, 0};
  double common = 0, ng = 0, ne = 0;
  for (const auto& [k, n] : g) {
    ng += n;
    auto it = e.find(k);
    if (it != e.end()) common += std::min(n, it->second);
  }
  for (const auto& [k, n] : e) ne += n;
  s.precision = common / ng;
  s.recall = common / ne;
  return s;
}

Status EvaluateExtraction(const std::string& dir, EvalResult* out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::InvalidArgument(dir + ": not a directory");
  std::vector<fs::path> folders;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory() && fs::exists(e.path() / "source.html") &&
        fs::exists(e.path() / "expected.html")) {
      folders.push_back(e.path());
    }
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  if (folders.empty()) {
    return Status::InvalidArgument(dir + ": no folder with source.html and expected.html");
  }
  std::sort(folders.begin(), folders.end());
  *out = EvalResult();
  size_t titles = 0, bylines = 0, dates = 0;
  for (const fs::path& f : folders) {
    PageResult r;
    r.name = f.filename().string();
    std::string source = ReadFile(f / "source.html");
    std::string expected_text = HtmlToText(ReadFile(f / "expected.html"));
    nlohmann::json meta =
        nlohmann::json::parse(ReadFile(f / "expected-metadata.json"), nullptr, false);
    if (meta.is_discarded() || !meta.is_object()) meta = nlohmann::json::object();
    ExtractOptions options;
    options.url = "http://fakehost/test/page.html";
    auto t0 = std::chrono::steady_clock::now();
    Article a = ExtractArticle(source, options);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.bytes = source.size();
    r.score = ScoreShingles(a.text, expected_text);
    r.title = a.title;
    r.expected_title = Collapse(JsonString(meta, "title"));
    r.title_match = Collapse(a.title) == r.expected_title;
    r.byline_match = Collapse(a.byline) == Collapse(JsonString(meta, "byline"));
    std::string want = JsonString(meta, "publishedTime");
    if (!want.empty()) {
      r.has_expected_date = true;
      DateTime w;
      r.date_match = a.published_text == want ||
                     (ParsePublished(want, &w) && a.published.known() && w == a.published);
      dates += r.date_match;
      ++out->dated_pages;
    }
    titles += r.title_match;
    bylines += r.byline_match;
    out->precision += r.score.precision;
    out->recall += r.score.recall;
    out->seconds += r.seconds;
    out->bytes += r.bytes;
    out->pages.push_back(std::move(r));
  }
  double n = static_cast<double>(out->pages.size());
  out->precision /= n;
  out->recall /= n;
  out->f1 = out->precision + out->recall > 0
                ? 2 * out->precision * out->recall / (out->precision + out->recall)
                : 0;
  out->title_rate = titles / n;
  out->byline_rate = bylines / n;
  out->date_rate = out->dated_pages ? static_cast<double>(dates) / out->dated_pages : 0;
  return Status::Ok();
}

}  // namespace annalist::html
