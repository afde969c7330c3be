// Whole-corpus coder throughput: the 109,540 Reuters sentences of
// tabari/reuters/reuters.sentences.text with reuters.project, on 1 and 2
// threads. Prints load time, sentences/s per thread count, peak RSS, and the
// differential against TABARI 0.8.4b2's events (same record, source, target,
// code). Skips (exit 0) when the shared data is absent.
//
//   build-coder/coder_bench [shared-data-dir]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"
#include "annalist/records.h"
#include "annalist/validate.h"

namespace {

using Clock = std::chrono::steady_clock;

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : "";
  if (shared.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    shared = env ? env : ANNALIST_DEFAULT_SHARED_DATA;
  }
  const std::string dir = shared + "/tabari/reuters/";
  // Only what coding needs is kept, so peak memory is the coder's.
  struct Sentence {
    std::string text;
    annalist::DateTime date;
  };
  std::vector<Sentence> records;
  if (auto reader = annalist::TabariRecordReader::Open(dir + "reuters.sentences.text");
      reader.ok()) {
    annalist::TabariRecord r;
    while ((*reader)->Next(&r)) records.push_back({std::move(r.text), r.date});
  }
  if (records.empty()) {
    std::printf("coder_bench: %s absent, skipped\n",
                (dir + "reuters.sentences.text").c_str());
    return 0;
  }
  auto t0 = Clock::now();
  annalist::LexiconReport report;
  auto lex = annalist::LoadLexicon({dir + "reuters.project"}, &report);
  if (!lex.ok()) {
    std::fprintf(stderr, "coder_bench: %s\n", lex.status().ToString().c_str());
    return 1;
  }
  double load = std::chrono::duration<double>(Clock::now() - t0).count();
  annalist::CoderOptions options =
      annalist::CoderOptionsForLexicon({dir + "reuters.project"}, nullptr);
  annalist::Coder coder(lex.value().get(), options);
  std::printf(
      "records: %zu  lexicon load: %.2f s  (%zu actors, %zu verbs, %zu "
      "patterns)\n",
      records.size(), load, report.actors, report.verbs, report.patterns);

  std::vector<std::vector<annalist::Event>> events(records.size());
  for (int threads : {1, 2}) {
    auto start = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        auto scratch = annalist::NewCoderScratch();
        for (size_t i = t; i < records.size(); i += threads) {
          events[i].clear();
          coder.CodeSentence(records[i].text, records[i].date, scratch.get(),
                             &events[i]);
        }
      });
    }
    for (auto& th : pool) th.join();
    double secs = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("threads %d: %.3f s, %.0f sentences/s (%.0f per thread)\n",
                threads, secs, records.size() / secs,
                records.size() / secs / threads);
  }
  std::printf("peak RSS: %.1f MB\n", PeakRssMb());

  // Differential against TABARI 0.8.4b2 (the same check as
  // `annalist validate diff`).
  auto diff = annalist::DiffAgainstTabari(dir + "reuters.sentences.text",
                                          dir + "tabari-0.8.4b2.events.tsv",
                                          {dir + "reuters.project"}, 2, nullptr);
  if (diff.ok() && diff->reference_events > 0) {
    const double ref = static_cast<double>(diff->reference_events);
    std::printf(
        "TABARI events: %zu  ours: %zu  reproduced: %zu (%.1f%%)  others: %zu "
        "(%.1f%%)\n",
        diff->reference_events, diff->our_events, diff->reproduced,
        100.0 * diff->reproduced / ref, diff->extra, 100.0 * diff->extra / ref);
  }
  return 0;
}
