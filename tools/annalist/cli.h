// Shared pieces of the annalist command-line tool: exit codes, output
// helpers, and one Register/Run pair per subcommand.
#ifndef ANNALIST_TOOLS_CLI_H_
#define ANNALIST_TOOLS_CLI_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "annalist/status.h"

namespace annalist::cli {

// Exit codes (documented in docs/cli.md).
enum ExitCode : int {
  kExitOk = 0,        // success
  kExitError = 1,     // the command could not do its job (I/O, bad archive, bad dictionary)
  kExitUsage = 2,     // bad flags or arguments
  kExitSkipped = 3,   // --strict, and some input records were skipped
  kExitNotFound = 4,  // `show`: no such document
  kExitFailed = 5,    // `validate`: some records failed
};

// The archive path: --db when given, else $ANNALIST_DB, else "annalist.db".
std::string DefaultDbPath();

// Prints "annalist: <status>" to stderr and returns kExitError.
int Fail(const Status& status);

bool StderrIsTerminal();
bool StdoutIsTerminal();

// "1,234,567"
std::string WithCommas(uint64_t n);
// "1.2 MB", "340 kB"
std::string HumanBytes(uint64_t n);

// Subcommands. Each Register adds its subcommand to `app` and arranges for
// *exit_code to be set when it runs.
void RegisterIngest(CLI::App* app, int* exit_code);
void RegisterSearch(CLI::App* app, int* exit_code);
void RegisterShow(CLI::App* app, int* exit_code);
void RegisterStats(CLI::App* app, int* exit_code);
void RegisterCode(CLI::App* app, int* exit_code);
void RegisterValidate(CLI::App* app, int* exit_code);
void RegisterEvents(CLI::App* app, int* exit_code);
void RegisterTimeline(CLI::App* app, int* exit_code);
void RegisterRecode(CLI::App* app, int* exit_code);
void RegisterTimex(CLI::App* app, int* exit_code);
void RegisterEval(CLI::App* app, int* exit_code);

}  // namespace annalist::cli

#endif  // ANNALIST_TOOLS_CLI_H_
