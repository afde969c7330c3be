// Whole-corpus coder throughput: the 109,540 Reuters sentences of
// tabari/reuters/reuters.sentences.text (records already in memory: pure
// coding) with TABARI's reuters.project, with the full Phoenix set
// (petrarch/PETR_config.ini) and with annalist's default lexicon
// (data/lexicon, annalist's rules), on 1 and 2 threads. Prints, per lexicon, its
// load time, sentences/s per thread count (wall clock, and per CPU second of
// the coding threads, which other load on the machine disturbs less), the
// peak RSS of the run, and for reuters.project the differential against
// TABARI 0.8.4b2's events (same record, source, target, code). When both
// lexicons run, each runs in a child process so that its peak memory is its
// own. Skips (exit 0) when the shared data is absent.
//
//   coder_bench [SHARED_DATA_DIR] [--lexicon reuters|phoenix|default|both|all]
//               [--threads N]... [--repeat R] [--limit N] [--no-diff]
//
// --repeat R codes the corpus R times per thread count and reports the best
// and the median pass; --limit N codes the first N sentences only (for
// profiling under callgrind: `--lexicon reuters --threads 1 --limit 20000
// --no-diff`).
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"
#include "annalist/profile.h"
#include "annalist/records.h"
#include "annalist/validate.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Flags {
  std::string shared;
  std::string lexicon = "all";  // both: reuters and phoenix
  std::vector<int> threads;
  int repeat = 1;
  size_t limit = 0;
  bool diff = true;
};

struct Sentence {
  std::string text;
  annalist::DateTime date;
};

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// One pass over `records` on `threads` threads: wall seconds and the CPU
// seconds of the coding threads.
void CodeAll(const annalist::Coder& coder, const std::vector<Sentence>& records, int threads,
             double* wall, double* cpu) {
  std::vector<std::vector<annalist::Event>> events(threads);
  std::vector<double> thread_cpu(threads, 0);
  auto start = Clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      const double c0 = ThreadCpuSeconds();
      auto scratch = annalist::NewCoderScratch();
      std::vector<annalist::Mention> mentions;  // recorded, as the engine does
      for (size_t i = t; i < records.size(); i += threads) {
        events[t].clear();
        mentions.clear();
        coder.CodeSentence(records[i].text, records[i].date, scratch.get(), &events[t], &mentions);
      }
      thread_cpu[t] = ThreadCpuSeconds() - c0;
    });
  }
  for (auto& th : pool) th.join();
  *wall = std::chrono::duration<double>(Clock::now() - start).count();
  *cpu = 0;
  for (double c : thread_cpu) *cpu += c;
}

// Loads `spec`, codes the records with it and prints the figures.
int RunLexicon(const Flags& flags, const std::string& name, const std::string& spec) {
  const std::string dir = flags.shared + "/tabari/reuters/";
  // Only what coding needs is kept, so peak memory is the coder's.
  std::vector<Sentence> records;
  if (auto reader = annalist::TabariRecordReader::Open(dir + "reuters.sentences.text");
      reader.ok()) {
    annalist::TabariRecord r;
    while ((flags.limit == 0 || records.size() < flags.limit) && (*reader)->Next(&r)) {
      records.push_back({std::move(r.text), r.date});
    }
  }
  if (records.empty()) {
    std::printf("coder_bench: %s absent, skipped\n", (dir + "reuters.sentences.text").c_str());
    return 0;
  }
  auto t0 = Clock::now();
  annalist::LexiconReport report;
  auto lex = annalist::LoadLexicon({spec}, &report);
  if (!lex.ok()) {
    std::fprintf(stderr, "coder_bench: %s\n", lex.status().ToString().c_str());
    return 1;
  }
  double load = std::chrono::duration<double>(Clock::now() - t0).count();
  annalist::CoderOptions options = annalist::CoderOptions{};
  if (auto profile = annalist::ResolveProfile({spec}, nullptr); profile.ok()) {
    options = (*profile)->options();  // the options every command codes with
  }
  annalist::Coder coder(lex.value().get(), options);
  std::printf(
      "%s: %zu records, lexicon load %.2f s (%zu actors, %zu verbs, %zu "
      "patterns)\n",
      name.c_str(), records.size(), load, report.actors, report.verbs, report.patterns);
  for (int threads : flags.threads) {
    std::vector<double> rates, cpu_rates;
    for (int r = 0; r < flags.repeat; ++r) {
      double wall = 0, cpu = 0;
      CodeAll(coder, records, threads, &wall, &cpu);
      rates.push_back(records.size() / wall);
      cpu_rates.push_back(records.size() / cpu);
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpu_rates.begin(), cpu_rates.end());
    const double best = rates.back(), median = rates[rates.size() / 2];
    std::string spread;
    if (flags.repeat > 1) {
      spread = " best of " + std::to_string(flags.repeat) + ", median " +
               std::to_string(static_cast<long>(median));
    }
    std::printf(
        "  threads %d: %.0f sentences/s (%.0f per thread)%s; per CPU second "
        "of a coding thread: %.0f\n",
        threads, best, best / threads, spread.c_str(), cpu_rates.back());
  }
  std::printf("  peak RSS: %.1f MB\n", PeakRssMb());
  // Differential against TABARI 0.8.4b2 (the same check as
  // `annalist validate diff`).
  if (flags.diff && name == "reuters.project") {
    auto diff = annalist::DiffAgainstTabari(dir + "reuters.sentences.text",
                                            dir + "tabari-0.8.4b2.events.tsv", {spec}, 2, nullptr);
    if (diff.ok() && diff->reference_events > 0) {
      const double ref = static_cast<double>(diff->reference_events);
      std::printf(
          "  TABARI events: %zu  ours: %zu  reproduced: %zu (%.1f%%)  "
          "others: %zu (%.1f%%)\n",
          diff->reference_events, diff->our_events, diff->reproduced,
          100.0 * diff->reproduced / ref, diff->extra, 100.0 * diff->extra / ref);
    }
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  for (int i = 1; i < argc; ++i) {
    auto value = [&](const char* flag) -> const char* {
      if (std::strcmp(argv[i], flag) != 0 || i + 1 >= argc) return nullptr;
      return argv[++i];
    };
    if (const char* v = value("--lexicon")) {
      flags.lexicon = v;
    } else if (const char* t = value("--threads")) {
      flags.threads.push_back(std::max(1, std::atoi(t)));
    } else if (const char* r = value("--repeat")) {
      flags.repeat = std::max(1, std::atoi(r));
    } else if (const char* l = value("--limit")) {
      flags.limit = static_cast<size_t>(std::max(0, std::atoi(l)));
    } else if (std::strcmp(argv[i], "--no-diff") == 0) {
      flags.diff = false;
    } else {
      flags.shared = argv[i];
    }
  }
  if (flags.shared.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    flags.shared = env ? env : ANNALIST_DEFAULT_SHARED_DATA;
  }
  if (flags.threads.empty()) flags.threads = {1, 2};
  std::vector<std::pair<std::string, std::string>> runs;
  const bool all = flags.lexicon == "all", both = flags.lexicon == "both";
  if (flags.lexicon == "reuters" || both || all) {
    runs.push_back({"reuters.project", flags.shared + "/tabari/reuters/reuters.project"});
  }
  if (flags.lexicon == "phoenix" || both || all) {
    runs.push_back({"Phoenix", flags.shared + "/petrarch"});
  }
  if (flags.lexicon == "default" || all) runs.push_back({"default", "default"});
  if (runs.empty()) {
    std::fprintf(stderr, "coder_bench: --lexicon reuters|phoenix|default|both|all\n");
    return 2;
  }
  if (runs.size() == 1) return RunLexicon(flags, runs[0].first, runs[0].second);
  int rc = 0;
  for (const auto& [name, spec] : runs) {
    std::fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) _exit(RunLexicon(flags, name, spec));
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) rc = 1;
  }
  return rc;
}
