// annalist ingest [--db FILE] [--threads N] [--format F] [--published DATE]
//                 [--max-document-bytes N] [--strict] [--json] PATH...
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "annalist/datetime.h"
#include "annalist/pipeline.h"
#include "annalist/recode.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct IngestFlags {
  std::string db;
  int threads = 0;
  std::string format = "auto";
  std::string published;
  bool strict = false;
  bool json = false;
  bool quiet = false;
  bool no_code = false;
  uint64_t max_document_bytes = ReaderOptions().max_document_bytes;
  std::vector<std::string> lexicons;
  std::vector<std::string> paths;
};

constexpr size_t kMaxProblemsShown = 50;

bool ParseFormat(const std::string& s, InputFormat* f) { return ParseInputFormat(s, f); }

int RunIngest(const IngestFlags& flags) {
  IngestOptions options;
  options.paths = flags.paths;
  options.db_path = flags.db.empty() ? DefaultDbPath() : flags.db;
  options.threads = flags.threads;
  options.reader.max_document_bytes = flags.max_document_bytes;
  if (!ParseFormat(flags.format, &options.format)) {
    std::cerr << "annalist: unknown --format " << flags.format << "\n";
    return kExitUsage;
  }
  if (!flags.published.empty() && !ParsePublished(flags.published, &options.reader.published)) {
    std::cerr << "annalist: --published wants a date such as 2016-11-08, not " << flags.published
              << "\n";
    return kExitUsage;
  }
  if (!flags.no_code) {
    // Events are coded with the built-in lexicon unless --lexicon says
    // otherwise; without any lexicon, documents are still stored.
    if (!flags.lexicons.empty()) {
      LoadedProfile loaded;
      if (int rc = LoadProfileFlags(flags.lexicons, flags.quiet, &loaded); rc != kExitOk) {
        return rc;
      }
      options.profile = loaded.profile;
    } else {
      ProfileReport report;
      Result<std::shared_ptr<const CodingProfile>> profile = ResolveProfile({"default"}, &report);
      if (profile.ok()) {
        options.profile = *profile;
      } else {
        std::cerr << "annalist: no built-in lexicon (" << profile.status().message()
                  << "); storing documents without events\n";
      }
    }
  }

  const bool progress = !flags.quiet && !flags.json && StderrIsTerminal();
  size_t problems = 0;
  bool progress_shown = false;
  options.on_problem = [&](const ReadProblem& p) {
    if (++problems > kMaxProblemsShown) return;
    if (progress_shown) std::cerr << "\r\033[K";
    Warn("skipped " + p.Message());
  };
  if (progress) {
    options.on_progress = [&](const IngestProgress& p) {
      double mbps = p.seconds > 0 ? p.bytes / 1e6 / p.seconds : 0;
      char line[160];
      int n = std::snprintf(line, sizeof line, "\r\033[Kingest: %s documents, %s, %.1f MB/s",
                            WithCommas(p.documents).c_str(), HumanBytes(p.bytes).c_str(), mbps);
      std::string s(line, n > 0 ? static_cast<size_t>(n) : 0);
      if (p.total_bytes > 0 && p.bytes > 0 && p.bytes <= p.total_bytes) {
        double eta = (p.total_bytes - p.bytes) / 1e6 / (mbps > 0 ? mbps : 1);
        std::snprintf(line, sizeof line, ", %.0f%%, ETA %.0f s", 100.0 * p.bytes / p.total_bytes,
                      eta);
        s += line;
      }
      std::cerr << s << std::flush;
      progress_shown = true;
    };
  }

  Result<IngestSummary> result = Ingest(options);
  if (progress_shown) std::cerr << "\r\033[K" << std::flush;
  if (!result.ok()) {
    // A profile mismatch is the caller's choice of archive and lexicon.
    Fail(result.status());
    return result.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  const IngestSummary& s = *result;
  if (problems > kMaxProblemsShown) {
    std::cerr << "annalist: ... and " << (problems - kMaxProblemsShown)
              << " more skipped records\n";
  }

  if (flags.json) {
    nlohmann::json j = {{"read", s.read},
                        {"stored", s.stored},
                        {"duplicates", s.duplicates},
                        {"skipped", s.skipped},
                        {"skipped_reasons", s.skipped_by_reason},
                        {"sentences", s.sentences},
                        {"events", s.events},
                        {"repaired_bytes", s.repaired_bytes},
                        {"bytes", s.bytes},
                        {"files", s.files},
                        {"files_ignored", s.files_ignored},
                        {"threads", s.threads},
                        {"seconds", s.seconds},
                        {"db", options.db_path}};
    std::cout << j.dump() << "\n";
  } else {
    std::cout << "ingest: read " << WithCommas(s.read) << ", stored " << WithCommas(s.stored)
              << ", duplicates " << WithCommas(s.duplicates) << ", skipped "
              << WithCommas(s.skipped);
    if (s.skipped) {
      std::cout << " (";
      bool first = true;
      for (const auto& [reason, n] : s.skipped_by_reason) {
        std::cout << (first ? "" : ", ") << reason << " " << WithCommas(n);
        first = false;
      }
      std::cout << ")";
    }
    char tail[128];
    std::snprintf(tail, sizeof tail, "; %s sentences, %s events; %s in %.2f s (%.1f MB/s)",
                  WithCommas(s.sentences).c_str(), WithCommas(s.events).c_str(),
                  HumanBytes(s.bytes).c_str(), s.seconds,
                  s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0.0);
    std::cout << tail << "\n";
    if (s.repaired_bytes) {
      std::cout << "ingest: repaired " << WithCommas(s.repaired_bytes)
                << " invalid UTF-8 bytes (replaced by U+FFFD)\n";
    }
  }
  if (flags.strict && s.skipped > 0) return kExitSkipped;
  return kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd =
      app->add_subcommand("ingest",
                          "Read articles into the archive (text, JSON Lines, Reuters SGML; "
                          "files, directories, or - for standard input)");
  cmd->add_option("--db", flags->db, "Archive file (default $ANNALIST_DB or annalist.db)");
  AddThreadsOption(cmd, &flags->threads);
  cmd->add_option("--format", flags->format, InputFormatNames() + " (default auto)");
  cmd->add_option("--published", flags->published,
                  "Date for documents that carry none (YYYY-MM-DD)");
  AddLexiconOption(cmd, &flags->lexicons,
                   "Code events with these dictionaries (repeatable; default: the built-in "
                   "lexicon)");
  cmd->add_option("--max-document-bytes", flags->max_document_bytes,
                  "Skip (as too large) any record longer than this (default 16777216)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--no-code", flags->no_code, "Store documents without coding events");
  cmd->add_flag("--strict", flags->strict, "Exit 3 when any record was skipped");
  cmd->add_flag("--json", flags->json, "Print the summary as one JSON object");
  cmd->add_flag("--quiet,-q", flags->quiet, "No progress line");
  cmd->add_option("PATH", flags->paths, "Files, directories, or -")->required();
  cmd->callback([flags, exit_code] { *exit_code = RunIngest(*flags); });
}

}  // namespace annalist::cli
