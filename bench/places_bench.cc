// Place benchmarks: gazetteer load time, the default profile's load time
// (lexicon + gazetteer, what every command pays at start), and FindPlaces
// throughput over real BBC politics articles. Peak RSS is a counter.
// `annalist code`'s peak memory and speed with the defaults are measured
// from the command line (docs/places.md, "Cost").
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/engine.h"
#include "annalist/gazetteer.h"
#include "annalist/profile.h"

namespace {

std::string Shared(const std::string& rel) {
  const char* env = std::getenv("ANNALIST_SHARED_DATA");
  std::string root = env ? env : ANNALIST_DEFAULT_SHARED_DATA;
  return root + "/" + rel;
}

double PeakRssMiB() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

void BM_LoadGazetteer(benchmark::State& state) {
  size_t places = 0;
  for (auto _ : state) {
    auto g = annalist::Gazetteer::Load(annalist::DefaultGazetteerPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    places = g.value()->size();
    benchmark::DoNotOptimize(g);
  }
  state.counters["places"] = static_cast<double>(places);
  state.counters["peak_RSS_MiB"] = PeakRssMiB();
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_LoadDefaultProfile(benchmark::State& state) {
  for (auto _ : state) {
    auto p = annalist::ResolveProfile({}, nullptr);
    if (!p.ok()) {
      state.SkipWithError(p.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(p);
  }
  state.counters["peak_RSS_MiB"] = PeakRssMiB();
}
BENCHMARK(BM_LoadDefaultProfile)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_FindPlacesBbcPolitics(benchmark::State& state) {
  auto g = annalist::Gazetteer::Load(annalist::DefaultGazetteerPath());
  std::vector<annalist::Document> docs;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(Shared("corpus/bbc/politics"), ec)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    annalist::Document d;
    d.text = ss.str();
    annalist::PrepareDocument(&d);
    docs.push_back(std::move(d));
  }
  if (!g.ok() || docs.empty()) {
    state.SkipWithError("no gazetteer or no corpus/bbc/politics");
    return;
  }
  annalist::PlaceScratch scratch;
  std::vector<annalist::PlaceMention> out;
  size_t bytes = 0, mentions = 0, sentences = 0;
  for (auto _ : state) {
    for (const annalist::Document& d : docs) {
      out.clear();
      annalist::FindPlaces(*g.value(), d, &scratch, &out);
      bytes += d.text.size();
      mentions += out.size();
      sentences += d.sentences.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["mentions/doc"] =
      static_cast<double>(mentions) / static_cast<double>(docs.size() * state.iterations());
}
BENCHMARK(BM_FindPlacesBbcPolitics)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
