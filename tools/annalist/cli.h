// Shared pieces of the annalist command-line tool: exit codes, output
// helpers, and one Register/Run pair per subcommand.
#ifndef ANNALIST_TOOLS_CLI_H_
#define ANNALIST_TOOLS_CLI_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/status.h"

namespace annalist::cli {

// Exit codes (documented in docs/cli.md), the one table every command uses.
enum ExitCode : int {
  kExitOk = 0,        // success
  kExitError = 1,     // the command could not do its job (I/O, bad archive, bad dictionary)
  kExitUsage = 2,     // bad flags or arguments
  kExitSkipped = 3,   // --strict, and some input records were skipped
  kExitNotFound = 4,  // `show`: no such document; `lexicon who`: no such name
  kExitFailed = 5,    // `validate`: some records failed
};

// The archive path: --db when given, else $ANNALIST_DB, else "annalist.db".
std::string DefaultDbPath();

// Prints "annalist: <status>" to stderr and returns kExitError.
int Fail(const Status& status);

// A check for a whole-number flag (--threads, --limit), to be added with
// Option::transform: decimal digits only, from `min` to `max`, leading
// zeros dropped. Anything else is a CLI11 validation error, so exit
// kExitUsage with "--flag: <why>"; a long value is not echoed in full.
CLI::Validator WholeNumber(int64_t min, int64_t max);

// Adds --threads N (0 to kMaxThreads; 0, the default, is all cores).
CLI::Option* AddThreadsOption(CLI::App* cmd, int* threads);

// kExitOk when --since and --until (each may be empty) are date bounds,
// else prints why on stderr and returns kExitUsage.
int CheckSinceUntil(const std::string& since, const std::string& until);

// Empty when `text` is a date bound the archive accepts (YYYY, YYYY-MM,
// YYYY-MM-DD or YYYY-Www), else the message for `flag` naming those forms.
std::string CheckDateBound(const std::string& flag, const std::string& text);

// The checks of event filter values shared by the query commands and the
// server (filter_checks.cc). Each returns "" when the value is good, else
// why, naming the filter `name` ("--code" for a command, "code" for the
// API); a long value is shown cut.
//
// Actor codes and prefixes: letters and digits, at most kMaxCodeText.
inline constexpr size_t kMaxCodeText = 64;
bool IsCodeText(const std::string& s);
std::string CheckActorText(const std::string& name, const std::string& code);
// "A,B" (blanks around either code allowed): sets *a and *b when good.
std::string CheckPair(const std::string& name, const std::string& pair, std::string* a,
                      std::string* b);
// A CAMEO event code or a prefix of one (1-4 digits).
std::string CheckCameoPrefix(const std::string& name, const std::string& code);
// A PLOVER event type, in any case; the message lists close matches and
// every type.
std::string CheckPloverType(const std::string& name, const std::string& type);
// `s` in upper case (ASCII).
std::string Upper(std::string s);
// Up to five of `known` (with `prefixes`, also their prefixes of the same
// length as `wanted`) closest to `wanted` by edit distance, nearest first,
// comma-separated.
std::string CloseMatches(const std::string& wanted, const std::vector<std::string>& known,
                         bool prefixes);

bool StderrIsTerminal();
bool StdoutIsTerminal();

// `text` from a document made safe to print on a terminal: every control
// character that a terminal would act on (ESC, BEL, CR, backspace and the
// other C0 controls, DEL, the C1 controls U+0080-U+009F) and every byte
// that is not UTF-8 is written as a visible escape ("\x1b", "\u009b").
// The bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) are escaped as \uXXXX as well.
// With `keep_layout`, line feeds and tabs are kept; otherwise they are
// escaped too ("\n", "\t"), for one-line fields. Used for every piece of
// document text in the plain (non-JSON) outputs of search, show, events
// and timeline.
std::string TerminalSafe(std::string_view text, bool keep_layout = false);
// Writes "annalist: MESSAGE" to stderr, TerminalSafe: messages quote file
// names, ids and text from the input, which may hold control characters.
void Warn(std::string_view message);

// "1,234,567"
std::string WithCommas(uint64_t n);
// "1.2 MB", "340 kB"
std::string HumanBytes(uint64_t n);

// The most worker threads --threads takes.
inline constexpr int64_t kMaxThreads = 1024;
// The most rows --limit takes.
inline constexpr int64_t kMaxLimit = 1000000000;

// Subcommands. Each Register adds its subcommand to `app` and arranges for
// *exit_code to be set when it runs.
void RegisterIngest(CLI::App* app, int* exit_code);
void RegisterSearch(CLI::App* app, int* exit_code);
void RegisterShow(CLI::App* app, int* exit_code);
void RegisterStats(CLI::App* app, int* exit_code);
void RegisterCode(CLI::App* app, int* exit_code);
void RegisterValidate(CLI::App* app, int* exit_code);
void RegisterEvents(CLI::App* app, int* exit_code);
void RegisterPlaces(CLI::App* app, int* exit_code);  // places, place
void RegisterTimeline(CLI::App* app, int* exit_code);
void RegisterCounts(CLI::App* app, int* exit_code);
void RegisterServe(CLI::App* app, int* exit_code);
void RegisterRecode(CLI::App* app, int* exit_code);
void RegisterExtract(CLI::App* app, int* exit_code);
void RegisterTimex(CLI::App* app, int* exit_code);
// `eval` and its subcommands: timex, extract (RegisterEvalExtract).
void RegisterEval(CLI::App* app, int* exit_code);
void RegisterEvalExtract(CLI::App* eval, int* exit_code);
// `lexicon check` and `lexicon who` (cmd_lexicon.cc).
void RegisterLexicon(CLI::App* app, int* exit_code);
// cameo-class, cameo-ner and report (cmd_eval_accuracy.cc).
void RegisterEvalAccuracy(CLI::App* eval, int* exit_code);
void RegisterEvalPlaces(CLI::App* eval, int* exit_code);

}  // namespace annalist::cli

#endif  // ANNALIST_TOOLS_CLI_H_
