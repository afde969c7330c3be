// Text-stage throughput on the BBC corpus (corpus/bbc under the shared data,
// about 5 MB of news prose): UTF-8 repair, sentence splitting, tokenizing
// (one reused TokenBuffer, as a coder worker does), split + tokenize
// together, and NormalizeForMatching. Reported as bytes/s of article text.
// Each benchmark is skipped when the corpus is absent.
//
//   build/<dir>/text_bench [--benchmark_filter=Split]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/text.h"

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

void BM_RepairUtf8(benchmark::State& state) {
  if (!Ready(state)) return;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) {
      benchmark::DoNotOptimize(annalist::RepairUtf8(d, nullptr));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
}
BENCHMARK(BM_RepairUtf8)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  if (!Ready(state)) return;
  size_t sentences = 0;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) sentences += annalist::SplitSentences(d).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
  state.counters["sentences"] = static_cast<double>(sentences) / state.iterations();
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  if (!Ready(state)) return;
  // Sentences are split once, outside the timed loop.
  std::vector<std::vector<annalist::Sentence>> split;
  for (const std::string& d : Bbc().docs) split.push_back(annalist::SplitSentences(d));
  annalist::TokenBuffer tb;
  size_t tokens = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < split.size(); ++i) {
      std::string_view text = Bbc().docs[i];
      for (const annalist::Sentence& s : split[i]) {
        annalist::Tokenize(text.substr(s.span.begin, s.span.size()), s.span.begin, &tb);
        tokens += tb.size();
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
  state.counters["tokens"] = static_cast<double>(tokens) / state.iterations();
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitAndTokenize(benchmark::State& state) {
  if (!Ready(state)) return;
  annalist::TokenBuffer tb;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) {
      std::string_view text = d;
      for (const annalist::Sentence& s : annalist::SplitSentences(d)) {
        annalist::Tokenize(text.substr(s.span.begin, s.span.size()), s.span.begin, &tb);
        benchmark::DoNotOptimize(tb.size());
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
}
BENCHMARK(BM_SplitAndTokenize)->Unit(benchmark::kMillisecond);

void BM_NormalizeForMatching(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<uint32_t> map;
  for (auto _ : state) {
    for (const std::string& d : Bbc().docs) {
      benchmark::DoNotOptimize(annalist::NormalizeForMatching(d, &map));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bbc().bytes));
}
BENCHMARK(BM_NormalizeForMatching)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
