#include "annalist/event_date_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/engine.h"
#include "annalist/reader.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  for (;;) {
    const size_t tab = line.find('\t', pos);
    fields.push_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
    if (tab == std::string_view::npos) return fields;
    pos = tab + 1;
  }
}

bool ParseOffset(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  uint32_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<uint32_t>(c - '0');
  }
  *out = n;
  return true;
}

bool IsRoot(std::string_view r) {
  return r.size() == 2 && r[0] >= '0' && r[0] <= '2' && r[1] >= '0' && r[1] <= '9' && r != "00" &&
         r <= "20";
}

bool SameMonth(const DateTime& a, const DateTime& b) {
  return a.precision >= DatePrecision::kMonth && b.precision >= DatePrecision::kMonth &&
         a.year == b.year && a.month == b.month;
}

bool SameDay(const DateTime& a, const DateTime& b) {
  return a.precision >= DatePrecision::kDay && b.precision >= DatePrecision::kDay &&
         a.year == b.year && a.month == b.month && a.day == b.day;
}

std::string DateText(const DateTime& d) { return d.known() ? d.ToIso().substr(0, 10) : "none"; }

}  // namespace

Result<std::vector<GoldEventDate>> ReadEventDateGold(const std::string& path,
                                                     const std::string& shared_dir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the event-date gold");
  const fs::path dir = fs::path(path).parent_path();
  std::vector<GoldEventDate> gold;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& why) {
      return Status::InvalidArgument(path + ":" + std::to_string(n) + ": " + why);
    };
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 4 || f.size() > 5) {
      return bad("want DOCUMENT, BEGIN-END, ROOT, DATE and an optional NOTE, tab-separated");
    }
    GoldEventDate g;
    g.line = n;
    g.document = std::string(f[0]);
    if (g.document.starts_with("shared:")) {
      g.path = (fs::path(shared_dir) / g.document.substr(7)).string();
    } else {
      g.path = (dir / g.document).string();
    }
    const size_t dash = f[1].find('-');
    if (dash == std::string_view::npos || !ParseOffset(f[1].substr(0, dash), &g.begin) ||
        !ParseOffset(f[1].substr(dash + 1), &g.end) || g.end <= g.begin) {
      return bad("the span wants BEGIN-END byte offsets, BEGIN < END, not '" + std::string(f[1]) +
                 "'");
    }
    for (std::string_view r = f[2];;) {
      const size_t bar = r.find('|');
      const std::string_view one = r.substr(0, bar);
      if (!IsRoot(one)) return bad("a CAMEO root is 01..20, not '" + std::string(one) + "'");
      g.roots.emplace_back(one);
      if (bar == std::string_view::npos) break;
      r = r.substr(bar + 1);
    }
    if (!ParseIso8601(f[3], &g.date) || f[3].size() < 7 || f[3].size() > 10) {
      return bad("the date wants YYYY-MM-DD or YYYY-MM, not '" + std::string(f[3]) + "'");
    }
    if (f.size() == 5) g.note = std::string(f[4]);
    gold.push_back(std::move(g));
  }
  return gold;
}

Result<EventDateScore> ScoreEventDates(const CodingProfile& profile,
                                       const std::vector<GoldEventDate>& gold,
                                       std::ostream* errors) {
  EventDateScore score;
  // The gold events of each document, in the gold's order.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const GoldEventDate*>> by_path;
  for (const GoldEventDate& g : gold) {
    auto [it, added] = by_path.try_emplace(g.path);
    if (added) order.push_back(g.path);
    it->second.push_back(&g);
  }
  ProcessScratch scratch;
  for (const std::string& path : order) {
    const std::vector<const GoldEventDate*>& events_of = by_path[path];
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      ++score.documents_absent;
      continue;
    }
    std::string bytes;
    {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      bytes = ss.str();
    }
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open({path}, ReaderOptions());
    if (!reader.ok()) return reader.status();
    Document doc;
    if (!(*reader)->Next(&doc)) return Status::InvalidArgument(path + ": no document read");
    // Where the document's text starts in the file: gold spans are file
    // offsets, events' spans offsets into the text.
    const size_t base = bytes.find(doc.text);
    if (base == std::string::npos) {
      return Status::InvalidArgument(path + ": the text read is not a part of the file as is");
    }
    std::vector<Event> events;
    if (Status s = ProcessDocument(profile, &doc, &scratch, &events); !s.ok()) return s;
    ++score.documents;
    std::vector<bool> taken(events.size(), false);
    for (const GoldEventDate* g : events_of) {
      if (g->end > bytes.size()) {
        return Status::InvalidArgument("gold line " + std::to_string(g->line) + ": span " +
                                       std::to_string(g->begin) + "-" + std::to_string(g->end) +
                                       " is past the end of " + path + " (" +
                                       std::to_string(bytes.size()) + " bytes)");
      }
      ++score.gold;
      const bool baseline_month = SameMonth(doc.published, g->date);
      score.baseline_all_month += baseline_month;
      // The coded event of a gold root whose sentence overlaps the span;
      // one whose verb lies inside the span first.
      int best = -1, best_rank = 0;
      for (size_t k = 0; k < events.size(); ++k) {
        const Event& e = events[k];
        if (taken[k] || std::find(g->roots.begin(), g->roots.end(), e.root) == g->roots.end()) {
          continue;
        }
        const size_t s_begin = base + e.span.begin, s_end = base + e.span.end;
        if (s_end <= g->begin || s_begin >= g->end) continue;
        std::string_view verb = e.verb;
        if (const size_t sp = verb.find(' '); sp != std::string_view::npos)
          verb = verb.substr(0, sp);
        const size_t at = verb.empty() ? std::string::npos : e.text.find(verb);
        const size_t verb_at = at == std::string::npos ? s_begin : s_begin + at;
        const int rank = verb_at >= g->begin && verb_at < g->end ? 2 : 1;
        if (rank > best_rank) best = static_cast<int>(k), best_rank = rank;
      }
      const std::string where = g->document + " " + std::to_string(g->begin) + "-" +
                                std::to_string(g->end) + " (gold line " + std::to_string(g->line) +
                                ")";
      if (best < 0) {
        ++score.unmatched;
        if (errors) *errors << "no coded event  " << where << " root " << g->roots[0] << "\n";
        continue;
      }
      taken[best] = true;
      const Event& e = events[best];
      ++score.matched;
      const bool day = g->date.precision >= DatePrecision::kDay;
      score.matched_day += day;
      const bool right_day = day && SameDay(e.date.value, g->date);
      const bool right_month = SameMonth(e.date.value, g->date);
      score.right_day += right_day;
      score.right_month += right_month;
      score.baseline_day += day && SameDay(doc.published, g->date);
      score.baseline_month += baseline_month;
      if (errors && (day ? !right_day : !right_month)) {
        *errors << (right_month ? "wrong day       " : "wrong date      ") << where << " gold "
                << DateText(g->date) << ", annalist " << DateText(e.date.value) << " ("
                << DateBasisName(e.date.basis)
                << (e.date.timex.empty() ? "" : ", \"" + e.date.timex + "\"") << ") verb '"
                << e.verb << "'\n";
      }
    }
  }
  return score;
}

}  // namespace annalist
