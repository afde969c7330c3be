// annalist: news in, a dated, searchable record of political events out.
// This file only wires the subcommands; each lives in its own cmd_*.cc and
// calls the library through include/annalist/.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli.h"

int main(int argc, char** argv) {
  using namespace annalist::cli;
  CLI::App app{
      "annalist: turns news into a dated, searchable record of political "
      "events (CAMEO/PLOVER)."};
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
  RegisterTimex(&app, &exit_code);
  RegisterEval(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
