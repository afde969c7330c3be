// The reads behind `annalist serve` on an archive of 100,000 events
// (ANNALIST_BENCH_EVENTS): a filtered page of events, a yearly count
// series, the actor network of a year. Targets: < 100 ms, < 300 ms, < 300 ms.
//   build/release/serve_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "annalist/archive.h"

namespace annalist {
namespace {

const char* const kActors[] = {"ISRGOV", "ISRMIL", "SYRGOV", "SYRMIL", "USAGOV", "TURGOV",
                               "RUSGOV", "IRNGOV", "LBNMIL", "JORGOV", "EGYGOV", "FRAGOV",
                               "GBRGOV", "QATGOV", "SAUGOV", "UAEGOV", "IGOUNO", "SYRREB"};
const char* const kCodes[] = {"010", "0311", "036", "040", "042", "043", "046", "057",
                              "061", "111",  "112", "120", "130", "173", "190", "1831"};

// The bench archive, built once per process in a temporary directory.
Archive* BenchArchive() {
  static std::unique_ptr<Archive> archive = [] {
    const char* env = std::getenv("ANNALIST_BENCH_EVENTS");
    const int events = env ? std::atoi(env) : 100000;
    const std::string dir = std::filesystem::temp_directory_path() /
                            ("annalist-serve-bench-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    static std::string made = dir;  // removed when the bench ends
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(made, ec);
    });
    const std::string path = dir + "/bench.db";
    auto a = Archive::Open(path);
    if (!a.ok()) std::abort();
    std::mt19937 rng(7);
    auto pick = [&](size_t n) { return rng() % n; };
    const int per_doc = 10;
    for (int d = 0; d * per_doc < events; ++d) {
      Document doc;
      doc.id = "bench-" + std::to_string(d);
      doc.title = "Bench article " + std::to_string(d);
      const int year = 2016 + static_cast<int>(pick(10));
      const int month = 1 + static_cast<int>(pick(12));
      doc.published =
          DateTime{year, month, 1 + static_cast<int>(pick(28)), 0, 0, 0, DatePrecision::kDay};
      std::vector<Event> evs;
      for (int k = 0; k < per_doc; ++k) {
        Sentence s;
        s.span.begin = static_cast<uint32_t>(doc.text.size());
        doc.text += "Officials of one side met the envoys of the other in the capital. ";
        s.span.end = static_cast<uint32_t>(doc.text.size() - 1);
        doc.sentences.push_back(s);
        Event e;
        e.doc_id = doc.id;
        e.sentence = static_cast<uint32_t>(k);
        e.id = EventId(doc.id, e.sentence, 0);
        e.span = s.span;
        e.text = doc.text.substr(s.span.begin, s.span.size());
        std::string src = kActors[pick(std::size(kActors))];
        std::string tgt = kActors[pick(std::size(kActors))];
        e.source = EventActor{src, src, src.substr(0, 3), src.substr(3)};
        e.target = EventActor{tgt, tgt, tgt.substr(0, 3), tgt.substr(3)};
        e.cameo = kCodes[pick(std::size(kCodes))];
        e.root = e.cameo.substr(0, 2);
        e.quad = e.root < "06" ? 1 : e.root < "09" ? 2 : e.root < "15" ? 3 : 4;
        e.goldstein = e.quad <= 2 ? 3.0 : -6.0;
        e.plover = e.quad <= 2 ? "CONSULT" : "ACCUSE";
        e.date.value =
            DateTime{year, month, 1 + static_cast<int>(pick(28)), 0, 0, 0, DatePrecision::kDay};
        e.date.basis = DateBasis::kExplicit;
        evs.push_back(std::move(e));
      }
      if (!(*a)->Put(doc, evs).ok()) std::abort();
      if (d % 1000 == 999 && !(*a)->Commit().ok()) std::abort();
    }
    if (!(*a)->Commit().ok()) std::abort();
    // The server reads through a read-only Archive.
    ArchiveOptions ro;
    ro.read_only = true;
    auto reader = Archive::Open(path, ro);
    if (!reader.ok()) std::abort();
    auto st = (*reader)->Stats();
    std::fprintf(stderr, "serve_bench: %llu events in %s\n",
                 static_cast<unsigned long long>(st.ok() ? st->events : 0), path.c_str());
    return std::move(reader).value();
  }();
  return archive.get();
}

// /api/events?pair=ISR,SYR&since=2020&until=2021&limit=100
void BM_FilteredEventPage(benchmark::State& state) {
  Archive* a = BenchArchive();
  EventQuery q;
  q.pair_a = "ISR";
  q.pair_b = "SYR";
  q.since = "2020";
  q.until = "2021";
  q.limit = 101;
  size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    auto r = a->ScanEvents(q, {}, [&](const Event&) { return ++rows <= 100; });
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_FilteredEventPage)->Unit(benchmark::kMillisecond);

// /api/counts?by=year&group=quad
void BM_YearlyCountSeries(benchmark::State& state) {
  Archive* a = BenchArchive();
  CountOptions o;
  o.by = CountPeriod::kYear;
  o.group = CountGroup::kQuad;
  size_t rows = 0;
  for (auto _ : state) {
    auto r = a->Count({}, o);
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    rows = r.ok() ? r->rows.size() : 0;
  }
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_YearlyCountSeries)->Unit(benchmark::kMillisecond);

// /api/network?since=2020&until=2020&limit=200
void BM_NetworkOfAYear(benchmark::State& state) {
  Archive* a = BenchArchive();
  EventQuery q;
  q.since = "2020";
  q.until = "2020";
  TopOptions o;
  o.limit = 200;
  size_t edges = 0;
  for (auto _ : state) {
    auto r = a->Network(q, o);
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    edges = r.ok() ? r->edges.size() : 0;
  }
  state.counters["edges"] = static_cast<double>(edges);
}
BENCHMARK(BM_NetworkOfAYear)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace annalist

BENCHMARK_MAIN();
