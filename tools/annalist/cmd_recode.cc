// annalist recode [--db SPEC] [--lexicon SPEC]... [--threads N] [--json]
// Re-codes every stored document with another profile, in place.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "annalist/recode.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct RecodeFlags {
  std::string db;
  std::vector<std::string> lexicons;
  int threads = 0;
  bool json = false;
  bool quiet = false;
};

int RunRecode(const RecodeFlags& flags) {
  RecodeOptions options;
  options.db_path = flags.db.empty() ? DefaultDbPath() : flags.db;
  options.threads = flags.threads;
  // The same loading as ingest's, so that a recode equals a fresh ingest.
  std::vector<std::string> specs =
      flags.lexicons.empty() ? std::vector<std::string>{"default"} : flags.lexicons;
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(specs, flags.quiet, &loaded); rc != kExitOk) return rc;
  options.coding = loaded.profile;

  // Progress goes to stderr: a line per update on a terminal, else one
  // line every few seconds so that logs show the run is alive.
  const bool terminal = StderrIsTerminal();
  bool shown = false;
  double last_logged = -10;
  if (!flags.quiet) {
    options.on_progress = [&](const RecodeProgress& p) {
      if (!terminal && p.seconds - last_logged < 5) return;
      last_logged = p.seconds;
      char line[160];
      std::snprintf(line, sizeof line, "recode: %s of %s documents (%.0f%%), %.1f s",
                    WithCommas(p.done).c_str(), WithCommas(p.total).c_str(),
                    p.total ? 100.0 * p.done / p.total : 100.0, p.seconds);
      if (terminal) {
        std::cerr << "\r\033[K" << line << std::flush;
        shown = true;
      } else {
        std::cerr << line << "\n";
      }
    };
  }
  Result<RecodeSummary> result = Recode(options);
  if (shown) std::cerr << "\r\033[K" << std::flush;
  if (!result.ok()) {
    Fail(result.status());
    // kInvalidArgument: the archive spec or the profile is the user's to fix.
    return result.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  const RecodeSummary& s = *result;
  if (flags.json) {
    nlohmann::json j = {
        {"documents", s.documents}, {"recoded", s.recoded}, {"resumed", s.resumed},
        {"events", s.events},       {"from", s.from.name},  {"from_hash", s.from.hash},
        {"to", s.to.name},          {"to_hash", s.to.hash}, {"threads", s.threads},
        {"seconds", s.seconds},     {"db", options.db_path}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  if (s.recoded == 0 && s.resumed == s.documents && s.from == s.to) {
    std::cout << "recode: " << WithCommas(s.documents) << " documents already coded with "
              << s.to.name << "\n";
    return kExitOk;
  }
  char tail[96];
  std::snprintf(tail, sizeof tail, " in %.2f s", s.seconds);
  std::cout << "recode: " << WithCommas(s.recoded) << " documents re-coded";
  if (s.resumed) std::cout << " (" << WithCommas(s.resumed) << " done by an earlier run)";
  std::cout << ", " << WithCommas(s.events) << " events; profile "
            << (s.from.empty() ? "(none)" : s.from.name) << " -> " << s.to.name << tail << "\n";
  return kExitOk;
}

}  // namespace

void RegisterRecode(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<RecodeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "recode", "Re-code the stored documents with other dictionaries, in place (resumable)");
  cmd->add_option("--db", flags->db, "Archive (FILE or sqlite:FILE; default $ANNALIST_DB)");
  AddLexiconOption(cmd, &flags->lexicons,
                   "Code with these dictionaries (repeatable; default: the built-in lexicon)");
  AddThreadsOption(cmd, &flags->threads);
  cmd->add_flag("--json", flags->json, "Print the summary as one JSON object");
  cmd->add_flag("--quiet,-q", flags->quiet, "No progress on stderr");
  cmd->callback([flags, exit_code] { *exit_code = RunRecode(*flags); });
}

}  // namespace annalist::cli
