// Whole-corpus ingest throughput: runs the real pipeline (read, repair,
// split, code when a lexicon is given, store in a fresh SQLite archive) on
// the shared news corpora with 1 and 2 worker threads, and prints documents/s,
// MB/s and the peak resident memory of each run. Each run happens in a child
// process so its peak memory is its own.
//
//   ingest_bench [--lexicon SPEC] [CORPUS_DIR...]
//
// Without arguments it uses ../shared/data/corpus/{reuters21578,bbc,polnear}
// and skips (with a message) when they are absent.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "annalist/lexicon.h"
#include "annalist/pipeline.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  std::string name;
  std::vector<std::string> paths;
};

int RunChild(const Run& run, int threads, const std::vector<std::string>& lexicon_specs,
             const std::string& db, int out_fd) {
  annalist::IngestOptions options;
  options.paths = run.paths;
  options.db_path = db;
  options.threads = threads;
  if (!lexicon_specs.empty()) {
    auto profile = annalist::ResolveProfile(lexicon_specs, nullptr);
    if (!profile.ok()) {
      std::fprintf(stderr, "%s\n", profile.status().ToString().c_str());
      return 1;
    }
    options.profile = *profile;
  }
  auto result = annalist::Ingest(options);
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    return 1;
  }
  const annalist::IngestSummary& s = *result;
  char line[512];
  int n =
      std::snprintf(line, sizeof line, "%llu %llu %llu %llu %llu %.6f", (unsigned long long)s.read,
                    (unsigned long long)s.stored, (unsigned long long)s.bytes,
                    (unsigned long long)s.sentences, (unsigned long long)s.events, s.seconds);
  if (write(out_fd, line, n) != n) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> lexicon_specs;
  std::vector<Run> runs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--lexicon") == 0 && i + 1 < argc) {
      lexicon_specs.push_back(argv[++i]);
    } else {
      runs.push_back({fs::path(argv[i]).filename().string(), {argv[i]}});
    }
  }
  if (runs.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    fs::path corpus = fs::path(env && *env ? env : ANNALIST_DEFAULT_SHARED_DATA) / "corpus";
    if (!fs::is_directory(corpus)) {
      std::printf("ingest_bench: skipped: %s is absent\n", corpus.c_str());
      return 0;
    }
    runs.push_back({"reuters21578", {(corpus / "reuters21578").string()}});
    runs.push_back({"bbc", {(corpus / "bbc").string()}});
    runs.push_back(
        {"polnear",
         {(corpus / "polnear/train/text").string(), (corpus / "polnear/dev/text").string(),
          (corpus / "polnear/test/text").string()}});
  }
  fs::path tmp = fs::temp_directory_path() / ("annalist-bench-" + std::to_string(getpid()));
  fs::create_directories(tmp);
  std::printf("%-14s %7s %9s %9s %9s %10s %9s %9s %10s\n", "corpus", "threads", "docs", "MB",
              "seconds", "docs/s", "MB/s", "events", "peak MB");
  for (const Run& run : runs) {
    for (int threads : {1, 2}) {
      std::string db = (tmp / (run.name + "-" + std::to_string(threads) + ".db")).string();
      int pipefd[2];
      if (pipe(pipefd) != 0) return 1;
      pid_t pid = fork();
      if (pid == 0) {
        close(pipefd[0]);
        _exit(RunChild(run, threads, lexicon_specs, db, pipefd[1]));
      }
      close(pipefd[1]);
      char buf[512] = {0};
      ssize_t got = read(pipefd[0], buf, sizeof buf - 1);
      close(pipefd[0]);
      int status = 0;
      struct rusage usage {};
      wait4(pid, &status, 0, &usage);
      unsigned long long read_docs = 0, stored = 0, bytes = 0, sentences = 0, events = 0;
      double seconds = 0;
      if (got <= 0 || std::sscanf(buf, "%llu %llu %llu %llu %llu %lf", &read_docs, &stored, &bytes,
                                  &sentences, &events, &seconds) != 6) {
        std::printf("%-14s %7d failed\n", run.name.c_str(), threads);
        continue;
      }
      std::printf("%-14s %7d %9llu %9.1f %9.2f %10.0f %9.1f %9llu %10.1f\n", run.name.c_str(),
                  threads, read_docs, bytes / 1e6, seconds, read_docs / seconds,
                  bytes / 1e6 / seconds, events, usage.ru_maxrss / 1024.0);
      std::fflush(stdout);
    }
  }
  std::error_code ec;
  fs::remove_all(tmp, ec);
  return 0;
}
