// Runs the built `annalist` binary for end-to-end tests.
#ifndef ANNALIST_TESTS_RUN_CLI_H_
#define ANNALIST_TESTS_RUN_CLI_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace annalist::testing {

struct CliResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs ANNALIST_BINARY with `args`, feeding `input` on standard input, and
// waits for it. Output is captured through temporary files.
CliResult RunCli(const std::vector<std::string>& args, const std::string& input = "");

// Starts the binary in the background; returns its pid.
int StartCli(const std::vector<std::string>& args);

// Starts the binary in the background with its standard input and output
// on pipes: *stdin_fd is the write end of its input, *stdout_fd the read
// end of its output (both the caller's to close). Returns its pid.
int StartCliPiped(const std::vector<std::string>& args, int* stdin_fd, int* stdout_fd);

// The JSON values of the non-empty lines of `out` (a JSON Lines output); a
// line that is not JSON is a discarded value (is_discarded()).
std::vector<nlohmann::json> JsonLines(const std::string& out);

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_RUN_CLI_H_
