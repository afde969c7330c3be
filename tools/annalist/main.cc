// annalist: news in, a dated, searchable record of political events out.
// This file only wires the subcommands; each lives in its own cmd_*.cc and
// calls the library through include/annalist/.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "cli.h"

namespace {

// "ingest, search, ..." in the order they were added.
std::string CommandNames(const CLI::App* app) {
  std::string names;
  for (const CLI::App* sub : app->get_subcommands({})) {
    names += (names.empty() ? "" : ", ") + sub->get_name();
  }
  return names;
}

// Walks the command words of argv (`validate gold ...`). Returns -1 when
// they name known commands, else prints why not and returns kExitUsage:
// an unknown word names the known ones, and a command that needs a
// subcommand and got none shows its help.
int CheckCommandWords(const CLI::App* app, int argc, char** argv) {
  using annalist::cli::kExitUsage;
  std::string parent, path = "annalist";
  for (int i = 1;; ++i) {
    if (app->get_subcommands({}).empty()) return -1;
    if (i >= argc) {
      if (app->get_require_subcommand_min() == 0) return -1;
      std::cerr << app->help(parent) << "\n"
                << path << ": a command is required; the commands are: " << CommandNames(app)
                << "\n";
      return kExitUsage;
    }
    const std::string word = argv[i];
    if (word.starts_with("-")) return -1;  // --help, --version, or a flag: CLI11's to check
    const CLI::App* sub = nullptr;
    for (const CLI::App* s : app->get_subcommands({})) {
      if (s->get_name() == word) sub = s;
    }
    if (!sub) {
      std::cerr << path << ": unknown command '" << word.substr(0, 40)
                << (word.size() > 40 ? "..." : "") << "'; the commands are: " << CommandNames(app)
                << "\n"
                << "Run with --help for more information.\n";
      return kExitUsage;
    }
    parent = path;
    path += " " + word;
    app = sub;
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace annalist::cli;
  CLI::App app{
      "annalist: turns news into a dated, searchable record of political "
      "events (CAMEO/PLOVER)."};
  app.name("annalist");  // not argv[0]: the usage lines say "annalist"
  app.set_version_flag("--version", "annalist 0.1.0");
  app.require_subcommand(1);
  int exit_code = kExitOk;
  RegisterIngest(&app, &exit_code);
  RegisterSearch(&app, &exit_code);
  RegisterShow(&app, &exit_code);
  RegisterStats(&app, &exit_code);
  RegisterCode(&app, &exit_code);
  RegisterValidate(&app, &exit_code);
  RegisterEvents(&app, &exit_code);
  RegisterTimeline(&app, &exit_code);
  RegisterRecode(&app, &exit_code);
  RegisterExtract(&app, &exit_code);
  RegisterTimex(&app, &exit_code);
  RegisterEval(&app, &exit_code);
  RegisterLexicon(&app, &exit_code);
  RegisterPlaces(&app, &exit_code);
  RegisterCounts(&app, &exit_code);
  RegisterServe(&app, &exit_code);
  if (int rc = CheckCommandWords(&app, argc, argv); rc >= 0) return rc;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
