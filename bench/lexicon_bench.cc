// Lexicon benchmarks: load time of the full Phoenix set and of TABARI's
// reuters.project, and plain MatchActor/MatchVerb throughput over the tokens of
// real Reuters sentences. Peak RSS is reported as a counter.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/lexicon.h"
#include "annalist/text.h"
#include "lexicon/matcher.h"  // plain lookups, no token cache

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

void Load(benchmark::State& state, const std::string& spec) {
  annalist::LexiconReport r;
  for (auto _ : state) {
    r = annalist::LexiconReport();
    auto lex = annalist::LoadLexicon({spec}, &r);
    if (!lex.ok()) {
      state.SkipWithError(lex.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(lex);
  }
  state.counters["actors"] = static_cast<double>(r.actors);
  state.counters["patterns"] = static_cast<double>(r.patterns);
  state.counters["problems"] = static_cast<double>(r.problems.size());
  state.counters["compiled_KiB"] = r.bytes / 1024.0;
  state.counters["peak_RSS_MiB"] = PeakRssMiB();
}

void BM_LoadPhoenix(benchmark::State& state) { Load(state, Shared("petrarch/PETR_config.ini")); }
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadReutersProject(benchmark::State& state) {
  Load(state, Shared("tabari/reuters/reuters.project"));
}
BENCHMARK(BM_LoadReutersProject)->Unit(benchmark::kMillisecond)->Iterations(3);

// Tokenized Reuters sentences (the text lines of reuters.sentences.text).
std::vector<annalist::TokenBuffer> Sentences() {
  std::ifstream in(Shared("tabari/reuters/reuters.sentences.text"));
  std::vector<annalist::TokenBuffer> out;
  std::string line, sentence;
  auto flush = [&]() {
    if (sentence.empty()) return;
    out.emplace_back();
    annalist::Tokenize(sentence, &out.back());
    sentence.clear();
  };
  while (std::getline(in, line) && out.size() < 20000) {
    if (line.empty()) {
      flush();
    } else if (!(line.size() > 7 && line[6] == ' ' && isdigit(line[0]))) {
      sentence += line + " ";
    }
  }
  flush();
  return out;
}

void Match(benchmark::State& state, const std::string& spec, bool verbs) {
  auto lex = annalist::LoadLexicon({spec}, nullptr);
  if (!lex.ok()) {
    state.SkipWithError(lex.status().ToString().c_str());
    return;
  }
  std::vector<annalist::TokenBuffer> sentences = Sentences();
  if (sentences.empty()) {
    state.SkipWithError("no sentences");
    return;
  }
  size_t tokens = 0, found = 0;
  for (auto _ : state) {
    for (const annalist::TokenBuffer& t : sentences) {
      const annalist::lexicon_internal::SentenceMatcher match(**lex, t);
      for (size_t i = 0; i < t.size(); ++i) {
        if (verbs) {
          annalist::lexicon_internal::VerbMatch m;
          found += match.MatchVerb(i, &m);
        } else {
          annalist::lexicon_internal::PhraseMatch m;
          found += match.MatchActor(i, &m);
        }
      }
      tokens += t.size();
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["hit_rate"] = static_cast<double>(found) / tokens;
}

void BM_MatchActorPhoenix(benchmark::State& state) {
  Match(state, Shared("petrarch/PETR_config.ini"), false);
}
BENCHMARK(BM_MatchActorPhoenix)->Unit(benchmark::kMillisecond);

void BM_MatchActorCountryInfo(benchmark::State& state) {
  Match(state, Shared("tabari/reuters/reuters.project"), false);
}
BENCHMARK(BM_MatchActorCountryInfo)->Unit(benchmark::kMillisecond);

void BM_MatchVerbCameo(benchmark::State& state) {
  Match(state, Shared("tabari/reuters/reuters.project"), true);
}
BENCHMARK(BM_MatchVerbCameo)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
