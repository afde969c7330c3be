// annalist extract [--url URL] [--format json|text] FILE...
// annalist eval extract DIR
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "annalist/web.h"
#include "cli.h"

namespace annalist::cli {

namespace {

int RunExtract(const std::vector<std::string>& files, const std::string& url,
               const std::string& format) {
  int rc = kExitOk;
  for (const std::string& file : files) {
    std::string bytes;
    if (file == "-") {
      std::stringstream ss;
      ss << std::cin.rdbuf();
      bytes = ss.str();
    } else {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        Warn(file + ": cannot be read");
        rc = kExitError;
        continue;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      bytes = ss.str();
    }
    html::ExtractOptions options;
    options.url = url;
    html::Article a = html::ExtractArticle(bytes, options);
    if (format == "text") {
      std::cout << a.text << "\n";
      if (files.size() > 1) std::cout << "\n";
      continue;
    }
    nlohmann::json j;
    j["file"] = file;
    j["url"] = a.canonical_url;
    j["title"] = a.title;
    j["byline"] = a.byline;
    j["published"] = a.published.ToIso();
    j["language"] = a.language;
    j["site"] = a.site;
    j["text"] = a.text;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return rc;
}

int RunEvalExtract(const std::string& dir, bool quiet) {
  html::EvalResult r;
  Status st = html::EvaluateExtraction(dir, &r);
  if (!st.ok()) return Fail(st);
  if (!quiet) {
    std::printf("%-40s %6s %6s %6s  title byline date\n", "page", "P", "R", "F1");
    for (const html::PageResult& p : r.pages) {
      std::printf("%-40s %6.3f %6.3f %6.3f  %-5s %-6s %s\n", p.name.c_str(), p.score.precision,
                  p.score.recall, p.score.f1(), p.title_match ? "yes" : "no",
                  p.byline_match ? "yes" : "no",
                  !p.has_expected_date ? "-"
                  : p.date_match       ? "yes"
                                       : "no");
    }
  }
  std::printf("pages %zu: precision %.3f, recall %.3f, F1 %.3f\n", r.pages.size(), r.precision,
              r.recall, r.f1);
  std::printf("title match %.1f%%, byline match %.1f%%, date match %.1f%% (of %zu dated pages)\n",
              100 * r.title_rate, 100 * r.byline_rate, 100 * r.date_rate, r.dated_pages);
  std::printf("extraction: %.1f MB in %.2f s, %.1f MB/s\n", r.bytes / 1e6, r.seconds,
              r.seconds > 0 ? r.bytes / 1e6 / r.seconds : 0.0);
  return kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App* app, int* exit_code) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto url = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("json");
  CLI::App* cmd = app->add_subcommand(
      "extract", "Main text and metadata of web pages: one JSON object per page, or the text");
  cmd->add_option("FILE", *files, "HTML files ('-' for standard input)")->required();
  cmd->add_option("--url", *url, "The page's URL (for dates in it, and as its url)");
  cmd->add_option("--format", *format, "json (one object per line) or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->callback(
      [files, url, format, exit_code] { *exit_code = RunExtract(*files, *url, *format); });
}

void RegisterEvalExtract(CLI::App* eval, int* exit_code) {
  auto dir = std::make_shared<std::string>();
  auto quiet = std::make_shared<bool>(false);
  CLI::App* ex = eval->add_subcommand(
      "extract",
      "Shingle precision/recall/F1 and metadata matches of the HTML extractor over "
      "DIR/*/source.html against expected.html and expected-metadata.json");
  ex->add_option("DIR", *dir, "Folder of page folders")->required();
  ex->add_flag("--quiet", *quiet, "Print the totals only");
  ex->callback([dir, quiet, exit_code] { *exit_code = RunEvalExtract(*dir, *quiet); });
}

}  // namespace annalist::cli
