// Differential check against TABARI's own output on the same records.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "validate/harness.h"
#include "validate/strings.h"

namespace annalist::validate_internal {
namespace {

constexpr size_t kExamplesPerKind = 5;

struct Parts {
  std::string source, target, code;
};

Parts Split(const std::string& triple) {
  Parts p;
  size_t a = triple.find(" / ");
  size_t b = triple.find(" / ", a + 3);
  p.source = triple.substr(0, a);
  p.target = triple.substr(a + 3, b - a - 3);
  p.code = triple.substr(b + 3);
  return p;
}

struct Item {
  std::string id;
  std::string text;
  DateTime date;
};

}  // namespace

ReferenceEvents ReadTabariEventsTsv(std::istream* in, const std::string& name) {
  ReferenceEvents ref;
  std::string line;
  uint64_t n = 0;
  while (std::getline(*in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line)) continue;
    std::vector<std::string_view> f;
    std::string_view rest = line;
    for (;;) {
      size_t tab = rest.find('\t');
      f.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
    }
    if (f.size() < 6 || Trim(f[5]).empty() || Trim(f[3]).empty()) {
      ref.problems.push_back(name + ":" + std::to_string(n) +
                             ": want 6 tab-separated fields (date, source, "
                             "target, code, label, record id): " +
                             Excerpt(line));
      continue;
    }
    ++ref.lines;
    ref.by_record[std::string(Trim(f[5]))].insert(
        Triple(std::string(f[1]), std::string(f[2]), std::string(f[3])));
  }
  return ref;
}

Result<DiffReport> RunTabariDiff(TabariRecordReader* reader, const ReferenceEvents& reference,
                                 const std::function<SentenceCoderFn()>& make_coder, int threads,
                                 std::ostream* log) {
  DiffReport report;
  std::vector<Item> items;
  {
    TabariRecord r;
    while (reader->Next(&r)) {
      items.push_back(Item{std::move(r.id), std::move(r.text), r.date});
    }
    if (!reader->status().ok()) return reader->status();
  }
  report.records = items.size();
  report.problems = reader->problems();
  report.problems.insert(report.problems.end(), reference.problems.begin(),
                         reference.problems.end());

  // Code on `threads` threads; each takes blocks of records in turn.
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(1, threads);
  std::vector<std::vector<std::string>> coded(items.size());
  std::atomic<size_t> next{0};
  constexpr size_t kBlock = 256;
  const auto start = std::chrono::steady_clock::now();
  auto work = [&] {
    SentenceCoderFn code = make_coder();
    std::vector<Event> events;
    for (;;) {
      const size_t begin = next.fetch_add(kBlock);
      if (begin >= items.size()) return;
      const size_t end = std::min(items.size(), begin + kBlock);
      for (size_t i = begin; i < end; ++i) {
        events.clear();
        code(items[i].text, items[i].date, &events);
        for (const Event& e : events) coded[i].push_back(TripleOf(e));
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  report.sentences_per_second =
      report.seconds > 0 ? static_cast<double>(items.size()) / report.seconds : 0;

  auto example = [&](const char* kind, const Item& item, std::string ref, std::string ours) {
    auto& v = report.examples[kind];
    if (v.size() < kExamplesPerKind) {
      v.push_back(DiffExample{item.id, item.text, std::move(ref), std::move(ours)});
    }
  };

  std::set<std::string> seen;
  static const std::set<std::string> kNone;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    auto it = reference.by_record.find(item.id);
    const std::set<std::string>& ref = it == reference.by_record.end() ? kNone : it->second;
    if (it != reference.by_record.end()) seen.insert(item.id);
    const std::set<std::string> ours(coded[i].begin(), coded[i].end());
    if (!ref.empty()) ++report.reference_records;
    report.reference_events += ref.size();
    report.our_events += ours.size();
    std::vector<std::string> missed, extra;
    for (const std::string& t : ref) {
      if (ours.count(t)) {
        ++report.reproduced;
      } else {
        missed.push_back(t);
      }
    }
    for (const std::string& t : ours) {
      if (!ref.count(t)) extra.push_back(t);
    }
    report.missed += missed.size();
    report.extra += extra.size();
    // Pair differences: same dyad, then same target+code, then same
    // source+code.
    std::vector<bool> used(extra.size(), false);
    for (const std::string& m : missed) {
      const Parts pm = Split(m);
      int kind = 0;
      size_t pick = 0;
      for (int k = 1; k <= 3 && kind == 0; ++k) {
        for (size_t j = 0; j < extra.size(); ++j) {
          if (used[j]) continue;
          const Parts pe = Split(extra[j]);
          const bool hit = (k == 1 && pe.source == pm.source && pe.target == pm.target) ||
                           (k == 2 && pe.target == pm.target && pe.code == pm.code) ||
                           (k == 3 && pe.source == pm.source && pe.code == pm.code);
          if (hit) {
            kind = k;
            pick = j;
            break;
          }
        }
      }
      if (kind == 0) {
        ++report.missed_entirely;
        example("missed", item, m, "");
        continue;
      }
      used[pick] = true;
      if (kind == 1) {
        ++report.wrong_code;
        example("wrong code", item, m, extra[pick]);
      } else if (kind == 2) {
        ++report.wrong_source;
        example("wrong source", item, m, extra[pick]);
      } else {
        ++report.wrong_target;
        example("wrong target", item, m, extra[pick]);
      }
    }
    for (size_t j = 0; j < extra.size(); ++j) {
      if (used[j]) continue;
      ++report.extra_entirely;
      example("extra", item, "", extra[j]);
    }
  }
  // Reference events of records that are not in the records file.
  for (const auto& [id, triples] : reference.by_record) {
    if (seen.count(id)) continue;
    report.problems.push_back("reference record " + id + " is not in the records file");
    report.reference_events += triples.size();
    report.missed += triples.size();
    report.missed_entirely += triples.size();
  }

  if (log) {
    *log << "records " << report.records << ", coded in " << report.seconds << " s ("
         << static_cast<long>(report.sentences_per_second) << " sentences/s, " << threads
         << " threads)\n"
         << "TABARI events " << report.reference_events << " in " << report.reference_records
         << " records; ours " << report.our_events << "\nreproduced " << report.reproduced
         << ", missed " << report.missed << ", extra " << report.extra << "\n"
         << "  wrong code " << report.wrong_code << ", wrong source " << report.wrong_source
         << ", wrong target " << report.wrong_target << ", missed entirely "
         << report.missed_entirely << ", extra entirely " << report.extra_entirely << "\n";
    for (const auto& [kind, list] : report.examples) {
      *log << kind << ":\n";
      for (const DiffExample& e : list) {
        *log << "  " << e.record_id << "  TABARI: " << (e.reference.empty() ? "-" : e.reference)
             << "  ours: " << (e.ours.empty() ? "-" : e.ours) << "\n    " << Excerpt(e.text, 200)
             << "\n";
      }
    }
  }
  return report;
}

}  // namespace annalist::validate_internal
