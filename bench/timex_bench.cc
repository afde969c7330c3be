// Timex scan throughput on the BBC corpus (corpus/bbc under the shared
// data, about 5 MB of news prose), one thread: FindTimexes over each whole
// article with one reused TimexScratch (tokenizing included, as the
// engine's annotate stage runs it), and the tokenizer alone for comparison.
// Reported as bytes/s of article text per core. Skipped when the corpus is
// absent.
//
//   build/<dir>/timex_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/text.h"
#include "annalist/timex.h"

namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<std::string> docs;
  size_t bytes = 0;
};

const Corpus& Bbc() {
  static const Corpus corpus = [] {
    Corpus c;
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    fs::path dir = fs::path(env && *env ? env : ANNALIST_DEFAULT_SHARED_DATA) / "corpus" / "bbc";
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".txt" &&
          it->path().filename() != "README.TXT") {
        files.push_back(it->path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      c.docs.push_back(annalist::RepairUtf8(ss.str(), nullptr));
      c.bytes += c.docs.back().size();
    }
    return c;
  }();
  return corpus;
}

bool Ready(benchmark::State& state) {
  if (Bbc().docs.empty()) {
    state.SkipWithError("shared data absent: corpus/bbc");
    return false;
  }
  return true;
}

void BM_FindTimexes(benchmark::State& state) {
  if (!Ready(state)) return;
  annalist::DateTime ref;
  annalist::ParseIso8601("2005-06-01", &ref);
  annalist::TimexScratch scratch;
  std::vector<annalist::Timex> found;
  size_t timexes = 0;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) {
      found.clear();
      annalist::FindTimexes(d, ref, annalist::TimexOptions(), &scratch, &found);
      timexes += found.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
  state.counters["timexes"] = static_cast<double>(timexes) / state.iterations();
}
BENCHMARK(BM_FindTimexes)->Unit(benchmark::kMillisecond);

void BM_TokenizeOnly(benchmark::State& state) {
  if (!Ready(state)) return;
  annalist::TokenBuffer tb;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) {
      annalist::Tokenize(d, &tb);
      benchmark::DoNotOptimize(tb.size());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
