// Whole-corpus coder throughput: the 109,540 Reuters sentences of
// tabari/reuters/reuters.sentences.text with reuters.project, on 1 and 2
// threads. Prints load time, sentences/s per thread count, peak RSS, and the
// differential against TABARI 0.8.4b2's events (same record, source, target,
// code). Skips (exit 0) when the shared data is absent.
//
//   build-coder/coder_bench [shared-data-dir]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Record {
  std::string date, id, text;
};

std::vector<Record> ReadRecords(const std::string& path) {
  std::ifstream in(path);
  std::vector<Record> out;
  std::string line;
  Record cur;
  bool have = false;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (have) out.push_back(cur);
      have = false;
      continue;
    }
    if (!have) {
      cur.date = line.substr(0, 6);
      cur.id = line.size() > 7 ? line.substr(7) : "";
      cur.text.clear();
      have = true;
    } else {
      if (!cur.text.empty()) cur.text += ' ';
      cur.text += line;
    }
  }
  if (have) out.push_back(cur);
  return out;
}

annalist::DateTime Date(const std::string& d) {
  annalist::DateTime t;
  if (d.size() != 6) return t;
  int yy = std::stoi(d.substr(0, 2));
  t.year = yy <= 30 ? 2000 + yy : 1900 + yy;
  t.month = std::stoi(d.substr(2, 2));
  t.day = std::stoi(d.substr(4, 2));
  t.precision = annalist::DatePrecision::kDay;
  return t;
}

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : "";
  if (shared.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    shared = env ? env : ANNALIST_DEFAULT_SHARED_DATA;
  }
  const std::string dir = shared + "/tabari/reuters/";
  std::vector<Record> records = ReadRecords(dir + "reuters.sentences.text");
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
  annalist::CoderOptions options = annalist::TabariDefaultOptions();
  {
    std::ifstream in(dir + "reuters.options");
    std::stringstream ss;
    ss << in.rdbuf();
    (void)annalist::ApplyTabariOptions(ss.str(), &options);
  }
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
          coder.CodeSentence(records[i].text, Date(records[i].date),
                             scratch.get(), &events[i]);
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

  // Differential against TABARI 0.8.4b2.
  std::set<Key> tabari, ours;
  std::ifstream tsv(dir + "tabari-0.8.4b2.events.tsv");
  std::string line;
  while (std::getline(tsv, line)) {
    std::vector<std::string> f;
    std::stringstream ls(line);
    std::string field;
    while (std::getline(ls, field, '\t')) f.push_back(field);
    if (f.size() >= 6) tabari.emplace(f[5], f[1], f[2], f[3]);
  }
  for (size_t i = 0; i < records.size(); ++i) {
    for (const auto& e : events[i]) {
      ours.emplace(records[i].id, e.source ? e.source->code : "",
                   e.target ? e.target->code : "", e.cameo);
    }
  }
  size_t common = 0;
  for (const Key& k : ours) common += tabari.count(k);
  std::printf(
      "TABARI events: %zu  ours: %zu  reproduced: %zu (%.1f%%)  others: %zu "
      "(%.1f%%)\n",
      tabari.size(), ours.size(), common,
      tabari.empty() ? 0.0 : 100.0 * common / tabari.size(),
      ours.size() - common,
      tabari.empty() ? 0.0 : 100.0 * (ours.size() - common) / tabari.size());
  return 0;
}
