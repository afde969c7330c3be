// Precision, recall and F1 of (source, target, CAMEO root) triples on a
// gold standard in PETRARCH XML.
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "validate/harness.h"
#include "validate/strings.h"

namespace annalist::validate_internal {
namespace {

std::string Root(std::string_view code) {
  code = Trim(code);
  return std::string(code.substr(0, 2));
}

double Ratio(size_t a, size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

std::string Join(const std::set<std::string>& v) {
  if (v.empty()) return "(none)";
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

}  // namespace

Result<GoldScore> RunGoldScore(PetrarchRecordReader* reader, const SentenceCoderFn& code,
                               std::ostream* log) {
  const auto start = std::chrono::steady_clock::now();
  GoldScore score;
  PetrarchRecord r;
  std::vector<Event> events;
  while (reader->Next(&r)) {
    if (!reader->environment().Evaluates(r)) continue;
    std::set<std::string> gold, got;
    for (const PetrarchCoding& c : r.codings) {
      if (!c.code.empty()) gold.insert(Triple(c.source, c.target, Root(c.code)));
    }
    events.clear();
    code(r.text, r.date, &events);
    for (const Event& e : events) {
      const std::string root = e.root.empty() ? Root(e.cameo) : e.root;
      got.insert(Triple(e.source ? e.source->code : "", e.target ? e.target->code : "", root));
    }
    size_t tp = 0;
    for (const std::string& g : gold) tp += got.count(g);
    ++score.sentences;
    score.gold_events += gold.size();
    score.coded_events += got.size();
    score.true_positives += tp;
    GoldScore::Counts& c = score.by_category[r.category];
    ++c.sentences;
    c.gold += gold.size();
    c.coded += got.size();
    c.true_positives += tp;
    if (gold == got) {
      ++score.exact_sentences;
    } else if (log) {
      *log << "DIFF " << r.id << " (" << reader->name() << ":" << r.line
           << ")\n  text: " << Excerpt(r.text, 300) << "\n  gold: " << Join(gold)
           << "\n  got:  " << Join(got) << "\n";
    }
  }
  if (!reader->status().ok()) return reader->status();
  score.precision = Ratio(score.true_positives, score.coded_events);
  score.recall = Ratio(score.true_positives, score.gold_events);
  score.f1 = score.precision + score.recall == 0
                 ? 0.0
                 : 2 * score.precision * score.recall / (score.precision + score.recall);
  score.problems = reader->problems();
  score.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return score;
}

}  // namespace annalist::validate_internal
