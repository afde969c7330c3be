// Where one document's processing time goes: the corpora are read into
// memory first (untimed), then reading them again from the files (the
// ingest's reader thread: framing, parsing, decoding) and each stage of
// ProcessDocument are timed alone over every document, one thread, with
// reused scratch: sentence splitting
// (PrepareDocument), place finding, temporal expressions, the coder, and the
// whole ProcessDocument call with the default profile. Printed as MB/s of
// text per core and microseconds per document, best of `--repeat` rounds
// (default 3), so that a noisy machine shows its quiet moments.
//
//   process_bench [--repeat N] [CORPUS_DIR...]
//
// Without directories it uses ../shared/data/corpus/{reuters21578,bbc,polnear}
// and skips (with a message) when they are absent.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/engine.h"
#include "annalist/gazetteer.h"
#include "annalist/reader.h"
#include "annalist/timex.h"

namespace fs = std::filesystem;
using annalist::Document;
using annalist::Event;

namespace {

struct Run {
  std::string name;
  std::vector<std::string> paths;
};

double Best(int repeat, const std::function<void()>& body) {
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    const auto start = std::chrono::steady_clock::now();
    body();
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<Run> runs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      runs.push_back({fs::path(argv[i]).filename().string(), {argv[i]}});
    }
  }
  if (runs.empty()) {
    const char* env = std::getenv("ANNALIST_SHARED_DATA");
    fs::path corpus = fs::path(env && *env ? env : ANNALIST_DEFAULT_SHARED_DATA) / "corpus";
    if (!fs::is_directory(corpus)) {
      std::printf("process_bench: skipped: %s is absent\n", corpus.c_str());
      return 0;
    }
    runs.push_back({"reuters21578", {(corpus / "reuters21578").string()}});
    runs.push_back({"bbc", {(corpus / "bbc").string()}});
    runs.push_back(
        {"polnear",
         {(corpus / "polnear/train/text").string(), (corpus / "polnear/dev/text").string(),
          (corpus / "polnear/test/text").string()}});
  }
  auto profile = annalist::ResolveProfile({"default"}, nullptr);
  if (!profile.ok()) {
    std::fprintf(stderr, "process_bench: %s\n", profile.status().ToString().c_str());
    return 1;
  }
  const annalist::CodingProfile& p = **profile;
  std::printf("%-13s %-8s %8s %10s\n", "corpus", "stage", "MB/s", "us/doc");
  for (const Run& run : runs) {
    auto reader = annalist::DocumentReader::Open(run.paths, {});
    if (!reader.ok()) {
      std::fprintf(stderr, "process_bench: %s\n", reader.status().ToString().c_str());
      continue;
    }
    reader.value()->SetProblemHandler([](const annalist::ReadProblem&) {});
    std::vector<Document> raw;
    Document next;
    size_t bytes = 0;
    while ((*reader)->Next(&next)) {
      bytes += next.text.size();
      raw.push_back(std::move(next));
      next = Document();
    }
    std::vector<Document> prepared = raw;
    for (Document& d : prepared) annalist::PrepareDocument(&d);
    annalist::ProcessScratch scratch;
    std::vector<Event> events;
    std::vector<annalist::Mention> mentions;
    std::vector<annalist::PlaceMention> places;
    std::vector<annalist::Timex> timexes;
    auto report = [&](const char* stage, double seconds) {
      std::printf("%-13s %-8s %8.1f %10.1f\n", run.name.c_str(), stage, bytes / 1e6 / seconds,
                  seconds * 1e6 / raw.size());
    };
    report("read", Best(repeat, [&] {
             auto again = annalist::DocumentReader::Open(run.paths, {});
             if (!again.ok()) return;
             again.value()->SetProblemHandler([](const annalist::ReadProblem&) {});
             Document d;
             while ((*again)->Next(&d)) {
             }
           }));
    report("split", Best(repeat, [&] {
             for (const Document& d : raw) {
               Document copy;
               copy.text = d.text;
               annalist::PrepareDocument(&copy);
             }
           }));
    if (const annalist::Gazetteer* g = p.gazetteer()) {
      report("places", Best(repeat, [&] {
               for (const Document& d : prepared) {
                 places.clear();
                 annalist::FindPlaces(*g, d, scratch.place(), &places);
               }
             }));
    }
    report("timex", Best(repeat, [&] {
             for (const Document& d : prepared) {
               timexes.clear();
               annalist::FindTimexes(d.text, d.published, annalist::TimexOptions(), scratch.timex(),
                                     &timexes);
             }
           }));
    report("coder", Best(repeat, [&] {
             for (const Document& d : prepared) {
               events.clear();
               mentions.clear();
               p.coder().CodeDocument(d, scratch.coder(), &events, &mentions);
             }
           }));
    report("process", Best(repeat, [&] {
             for (const Document& d : raw) {
               Document copy = d;
               events.clear();
               (void)annalist::ProcessDocument(p, &copy, &scratch, &events);
             }
           }));
    std::fflush(stdout);
  }
  return 0;
}
