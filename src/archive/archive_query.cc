// Full-text search and event queries, streamed row by row.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "annalist/archive.h"
#include "annalist/datetime.h"
#include "archive/dates.h"
#include "archive/fts_query.h"
#include "archive/rows.h"
#include "archive/sqlite_archive.h"

namespace annalist::archive {

namespace {

// Counts a streamed read against its ReadLimits.
class Meter {
 public:
  explicit Meter(const ReadLimits& limits)
      : limits_(limits), start_(std::chrono::steady_clock::now()) {}

  // Whether another row may be read; sets the reason in `summary` when not.
  bool MayRead(ReadSummary* summary) const {
    const char* why = nullptr;
    if (limits_.max_rows != 0 && summary->rows >= limits_.max_rows) {
      why = "rows";
    } else if (limits_.max_bytes != 0 && summary->bytes >= limits_.max_bytes) {
      why = "bytes";
    } else if (limits_.max_seconds > 0 &&
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() >=
                   limits_.max_seconds) {
      why = "seconds";
    }
    if (why == nullptr) return true;
    summary->truncated = true;
    summary->stopped_by = why;
    return false;
  }

 private:
  ReadLimits limits_;
  std::chrono::steady_clock::time_point start_;
};

// The time a search may spend inside SQLite, enforced by a progress handler
// installed for the statement's steps: SQLite calls it every 100
// virtual machine instructions, and a non-zero return interrupts the step.
// Time spent in the caller's row callback does not count.
class QueryBudget {
 public:
  QueryBudget(sqlite3* db, double seconds) : db_(db), seconds_(seconds) {
    if (seconds_ > 0) sqlite3_progress_handler(db_, 100, &QueryBudget::Check, this);
  }
  ~QueryBudget() {
    if (seconds_ > 0) sqlite3_progress_handler(db_, 0, nullptr, nullptr);
  }
  QueryBudget(const QueryBudget&) = delete;
  QueryBudget& operator=(const QueryBudget&) = delete;

  // Brackets one sqlite3_step.
  void StepStarts() { step_start_ = std::chrono::steady_clock::now(); }
  void StepEnds() { used_ += Since(step_start_); }
  bool expired() const { return expired_; }

 private:
  static double Since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  }
  static int Check(void* self) {
    auto* b = static_cast<QueryBudget*>(self);
    if (b->used_ + Since(b->step_start_) > b->seconds_) b->expired_ = true;
    return b->expired_ ? 1 : 0;
  }

  sqlite3* db_;
  double seconds_;
  double used_ = 0;
  bool expired_ = false;
  std::chrono::steady_clock::time_point step_start_ = std::chrono::steady_clock::now();
};

// The first bytes of a user's query, for a message.
std::string Quoted(std::string_view query) {
  constexpr size_t kShown = 60;
  if (query.size() <= kShown) return "'" + std::string(query) + "'";
  return "'" + std::string(query.substr(0, kShown)) + "...' (" + std::to_string(query.size()) +
         " bytes)";
}

// The smallest string greater than every string that starts with `prefix`,
// or "" when there is none (all bytes 0xFF).
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF) {
    prefix.pop_back();
  }
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// A WHERE clause built from optional filters, with its parameters in order.
class Where {
 public:
  void Add(const std::string& cond) {
    sql_ += sql_.empty() ? " WHERE " : " AND ";
    sql_ += cond;
  }
  // "(col >= ? AND col < ?)": the rows whose `col` starts with `prefix`;
  // written as a range so that an index on `col` serves it.
  std::string Prefix(const std::string& col, const std::string& prefix) {
    Param(prefix);
    std::string end = PrefixEnd(prefix);
    if (end.empty()) return "(" + col + " >= ?)";
    Param(end);
    return "(" + col + " >= ? AND " + col + " < ?)";
  }
  void Param(std::string v) { params_.push_back({false, std::move(v), 0}); }
  void Param(int64_t v) { params_.push_back({true, "", v}); }
  const std::string& sql() const { return sql_; }
  void BindAll(Stmt& stmt) const {
    for (size_t i = 0; i < params_.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      if (params_[i].is_int) {
        stmt.Bind(idx, params_[i].i);
      } else {
        stmt.Bind(idx, params_[i].text);
      }
    }
  }

 private:
  std::string sql_;
  struct Value {
    bool is_int;
    std::string text;
    int64_t i;
  };
  std::vector<Value> params_;
};

// CAMEO actor codes and PLOVER types are upper-case; users may type "isr".
std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// Adds the filters of `query` (all but its paging) to `where`, over
// `events e`. kInvalidArgument for a malformed date, a half-given pair or
// a QuadClass outside 0-4.
Status AddEventFilters(const EventQuery& query, Where* out) {
  Where& where = *out;
  EventQuery q = query;
  q.actor = Upper(q.actor);
  q.pair_a = Upper(q.pair_a);
  q.pair_b = Upper(q.pair_b);
  q.plover = Upper(q.plover);
  if (!q.doc_id.empty()) {
    where.Add("e.doc_id = ?");
    where.Param(q.doc_id);
  }
  if (!q.outlet.empty()) {
    where.Add(
        "e.doc_id IN (SELECT id FROM documents WHERE outlet = ? COLLATE "
        "NOCASE)");
    where.Param(q.outlet);
  }
  if (!q.actor.empty()) {
    std::string src = where.Prefix("e.source_code", q.actor);
    std::string tgt = where.Prefix("e.target_code", q.actor);
    where.Add("(" + src + " OR " + tgt + ")");
  }
  if (q.pair_a.empty() != q.pair_b.empty()) {
    return Status::InvalidArgument(
        "an actor pair needs both sides (pair_a and pair_b); for one actor "
        "on either side use actor");
  }
  if (!q.pair_a.empty()) {
    std::string ab =
        where.Prefix("e.source_code", q.pair_a) + " AND " + where.Prefix("e.target_code", q.pair_b);
    std::string ba =
        where.Prefix("e.source_code", q.pair_b) + " AND " + where.Prefix("e.target_code", q.pair_a);
    where.Add("((" + ab + ") OR (" + ba + "))");
  }
  if (!q.code_prefix.empty()) where.Add(where.Prefix("e.cameo", q.code_prefix));
  if (!q.plover.empty()) {
    where.Add("e.plover = ?");
    where.Param(q.plover);
  }
  if (q.quad < 0 || q.quad > 4) {
    return Status::InvalidArgument("QuadClass must be 1-4 (or 0 for any), not " +
                                   std::to_string(q.quad));
  }
  if (q.quad != 0) {
    where.Add("e.quad = ?");
    where.Param(int64_t{q.quad});
  }
  if (!q.mode.empty()) {
    for (char& c : q.mode) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    EventMode mode;
    if (!ParseEventMode(q.mode, &mode)) {
      return Status::InvalidArgument(
          "mode wants asserted, intended, negated, hypothetical or reported, not '" +
          q.mode.substr(0, 40) + "'");
    }
    where.Add("e.mode = ?");
    where.Param(std::string(EventModeName(mode)));
  }
  if (!q.place.empty()) {
    if (q.place.size() > 200) return Status::InvalidArgument("place: longer than 200 bytes");
    where.Add("(e.location_country = ? OR e.location_name = ? COLLATE NOCASE)");
    where.Param(Upper(q.place));
    where.Param(q.place);
  }
  if (!q.since.empty()) {
    Result<std::string> b = DateBound(q.since, false, "since");
    if (!b.ok()) return b.status();
    where.Add("e.date_end >= ?");
    where.Param(*b);
  }
  if (!q.until.empty()) {
    Result<std::string> b = DateBound(q.until, true, "until");
    if (!b.ok()) return b.status();
    where.Add("e.date_start <= ?");
    where.Param(*b);
  }
  return Status::Ok();
}

// Steps an aggregate's statement to its end within `seconds` of SQLite
// time, handing each row to `row` (false stops). `what` names the
// aggregate in the timeout message.
Status StepAll(Stmt& s, sqlite3* db, double seconds, const char* what,
               const std::function<bool()>& row) {
  QueryBudget budget(db, seconds);
  for (;;) {
    budget.StepStarts();
    Result<bool> more = s.Step();
    budget.StepEnds();
    if (budget.expired()) {
      char secs[32];
      std::snprintf(secs, sizeof secs, "%g", seconds);
      return Status::DeadlineExceeded(std::string(what) + " took longer than its " + secs +
                                      " s budget; narrow the filters or the period");
    }
    if (!more.ok()) return more.status();
    if (!*more || !row()) return Status::Ok();
  }
}

// An actor code column as TopOptions::code_length groups it.
std::string ActorExpr(const std::string& col, size_t code_length) {
  if (code_length == 0) return col;
  return "substr(" + col + ", 1, " + std::to_string(code_length) + ")";
}

Status CheckTopOptions(const TopOptions& o) {
  if (o.limit == 0 || o.limit > kMaxTopEntries) {
    return Status::InvalidArgument("a top list or network holds 1 to " +
                                   std::to_string(kMaxTopEntries) + " entries, not " +
                                   std::to_string(o.limit));
  }
  if (o.code_length > 64) {
    return Status::InvalidArgument("an actor code length is 0 (whole codes) to 64, not " +
                                   std::to_string(o.code_length));
  }
  return Status::Ok();
}

// "2026-W10" for the day "2026-03-02" ("" when `day` is not a date).
std::string WeekOf(const std::string& day) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(day.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return "";
  IsoWeek w = IsoWeekOf(DaysFromCivil(y, m, d));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}

}  // namespace

Result<ReadSummary> SqliteArchive::ScanSearch(std::string_view query, const SearchOptions& options,
                                              const ReadLimits& limits,
                                              const std::function<bool(const SearchHit&)>& on_hit) {
  Result<std::string> match = TranslateQuery(query);
  if (!match.ok()) return match.status();
  if (limits.max_rows > kMaxSearchHits) {
    return Status::InvalidArgument("a search returns at most " + std::to_string(kMaxSearchHits) +
                                   " hits, not " + std::to_string(limits.max_rows));
  }
  // Ranking keeps the best max_rows rows in memory: never unbounded.
  ReadLimits capped = limits;
  if (capped.max_rows == 0) capped.max_rows = kMaxSearchHits;
  std::string since, until;
  if (!options.since.empty()) {
    Result<std::string> b = DateBound(options.since, false, "since");
    if (!b.ok()) return b.status();
    since = *b;
  }
  if (!options.until.empty()) {
    Result<std::string> b = DateBound(options.until, true, "until");
    if (!b.ok()) return b.status();
    until = *b + "~";  // after any time of day on that date
  }
  // Title matches weigh ten times text matches. bm25() is lower for better
  // matches; SearchHit::score is its negation.
  Result<Stmt*> stmt = Cached(
      "SELECT d.id, d.title, snippet(documents_fts, 1, ?2, ?3, ?4, ?5), "
      "d.published, bm25(documents_fts, 10.0, 1.0) AS score "
      "FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid "
      "WHERE documents_fts MATCH ?1 "
      "AND (?6 IS NULL OR d.published >= ?6) "
      "AND (?7 IS NULL OR d.published <= ?7) "
      "ORDER BY score, d.doc_key LIMIT ?8");
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  s.Bind(1, *match);
  s.Bind(2, options.highlight_open);
  s.Bind(3, options.highlight_close);
  s.Bind(4, options.ellipsis);
  s.Bind(5, int64_t{std::clamp(options.snippet_tokens, 1, 64)});
  s.BindTextOrNull(6, since);
  s.BindTextOrNull(7, until);
  // Ranking sorts every match; the row cap keeps that sort to the top rows.
  s.Bind(8, static_cast<int64_t>(capped.max_rows));
  ReadSummary summary;
  Meter meter(capped);
  QueryBudget budget(db_->handle(), options.time_budget_seconds);
  while (meter.MayRead(&summary)) {
    budget.StepStarts();
    Result<bool> row = s.Step();
    budget.StepEnds();
    if (budget.expired()) {
      char secs[32];
      std::snprintf(secs, sizeof secs, "%g", options.time_budget_seconds);
      return Status::DeadlineExceeded("search " + Quoted(query) + " took longer than its " + secs +
                                      " s budget; make it more specific");
    }
    if (!row.ok()) {
      // The translated query is valid FTS5 by construction; say what was
      // searched for if SQLite disagrees.
      return Status(row.status().code(),
                    "search " + Quoted(query) + " (as " +
                        (match->size() > 200 ? match->substr(0, 200) + "..." : *match) +
                        "): " + row.status().message());
    }
    if (!*row) break;
    SearchHit hit;
    hit.doc_id = s.Text(0);
    hit.title = s.Text(1);
    hit.snippet = s.Text(2);
    if (!s.IsNull(3)) ParseIso(s.Text(3), &hit.published);
    hit.score = -s.Double(4);
    ++summary.rows;
    summary.bytes += s.RowBytes();
    if (!on_hit(hit)) {
      summary.stopped_by = "callback";
      break;
    }
  }
  return summary;
}

Result<ReadSummary> SqliteArchive::ScanEvents(const EventQuery& query, const ReadLimits& limits,
                                              const std::function<bool(const Event&)>& on_event) {
  Where where;
  ANNALIST_RETURN_IF_ERROR(AddEventFilters(query, &where));
  const EventQuery& q = query;
  if (!q.after_id.empty()) {
    // The events after the cursor's event in the order below (undated
    // events come last).
    Result<Stmt*> at =
        Cached("SELECT date_start, doc_id, sentence, ordinal FROM events WHERE id = ?");
    if (!at.ok()) return at.status();
    Stmt& a = **at;
    ResetOnExit reset_at(&a);
    a.Bind(1, q.after_id);
    Result<bool> found = a.Step();
    if (!found.ok()) return found.status();
    if (!*found) {
      return Status::InvalidArgument("no event has the id '" + q.after_id.substr(0, 80) +
                                     "' (a cursor must be an event id from an earlier page)");
    }
    if (a.IsNull(0)) {
      where.Add("(e.date_start IS NULL AND (e.doc_id, e.sentence, e.ordinal) > (?, ?, ?))");
    } else {
      where.Add(
          "(e.date_start IS NULL OR (e.date_start, e.doc_id, e.sentence, e.ordinal) > "
          "(?, ?, ?, ?))");
      where.Param(a.Text(0));
    }
    where.Param(a.Text(1));
    where.Param(a.Int(2));
    where.Param(a.Int(3));
  }
  // The ORDER BY is exactly the events_order index, so SQLite walks it
  // instead of sorting every matching row first.
  std::string sql = std::string("SELECT ") + kEventColumns + " FROM events e" + where.sql() +
                    " ORDER BY e.date_start IS NULL, e.date_start, e.doc_id, "
                    "e.sentence, e.ordinal";
  if (q.limit != 0 || q.offset != 0) {
    sql += " LIMIT ? OFFSET ?";
    where.Param(q.limit == 0 ? int64_t{-1} : static_cast<int64_t>(q.limit));
    where.Param(static_cast<int64_t>(q.offset));
  }
  Result<Stmt*> stmt = Cached(sql);
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  where.BindAll(s);
  ReadSummary summary;
  Meter meter(limits);
  while (meter.MayRead(&summary)) {
    Result<bool> row = s.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ++summary.rows;
    summary.bytes += s.RowBytes();
    if (!on_event(ReadEvent(s))) {
      summary.stopped_by = "callback";
      break;
    }
  }
  return summary;
}

Result<CountResult> SqliteArchive::Count(const EventQuery& q, const CountOptions& options) {
  Where where;
  ANNALIST_RETURN_IF_ERROR(AddEventFilters(q, &where));
  std::string period = "e.date_start";  // day; weeks are folded from days below
  if (options.by == CountPeriod::kAll) period = "''";
  if (options.by == CountPeriod::kMonth) period = "substr(e.date_start, 1, 7)";
  if (options.by == CountPeriod::kYear) period = "substr(e.date_start, 1, 4)";
  std::string group = "''";
  if (options.group == CountGroup::kRoot) group = "e.root";
  if (options.group == CountGroup::kQuad) group = "CAST(e.quad AS TEXT)";
  if (options.group == CountGroup::kPlover) group = "e.plover";
  Result<Stmt*> stmt =
      Cached("SELECT " + period + " AS p, " + group +
             " AS g, count(*), total(e.goldstein) FROM events e" + where.sql() + " GROUP BY p, g");
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  where.BindAll(s);
  CountResult result;
  std::map<std::pair<std::string, std::string>, CountRow> rows;
  ANNALIST_RETURN_IF_ERROR(
      StepAll(s, db_->handle(), options.time_budget_seconds, "counting events", [&] {
        const uint64_t n = static_cast<uint64_t>(s.Int(2));
        if (s.IsNull(0)) {
          result.undated += n;
          return true;
        }
        std::string p = s.Text(0);
        if (options.by == CountPeriod::kWeek) p = WeekOf(p);
        auto key = std::make_pair(std::move(p), s.Text(1));
        auto it = rows.find(key);
        if (it == rows.end()) {
          if (rows.size() >= kMaxCountRows) {
            result.truncated = true;
            return true;  // keeps counting the rows already there
          }
          it = rows.emplace(key, CountRow{key.first, key.second, 0, 0}).first;
        }
        it->second.events += n;
        it->second.goldstein_sum += s.Double(3);
        return true;
      }));
  result.rows.reserve(rows.size());
  for (auto& [key, row] : rows) {
    result.events += row.events;
    result.rows.push_back(std::move(row));
  }
  return result;
}

Result<std::vector<ActorTotal>> SqliteArchive::TopActors(const EventQuery& q,
                                                         const TopOptions& options) {
  ANNALIST_RETURN_IF_ERROR(CheckTopOptions(options));
  Where where;
  ANNALIST_RETURN_IF_ERROR(AddEventFilters(q, &where));
  const std::string src = ActorExpr("s", options.code_length);
  const std::string tgt = ActorExpr("t", options.code_length);
  // An event counts once for each different actor on it.
  Result<Stmt*> stmt = Cached(
      "WITH m AS (SELECT e.source_code AS s, e.target_code AS t, e.goldstein AS g "
      "FROM events e" +
      where.sql() + ") SELECT a, count(*) AS n, total(g) FROM (SELECT " + src +
      " AS a, g FROM m WHERE coalesce(s, '') <> '' UNION ALL SELECT " + tgt +
      " AS a, g FROM m WHERE coalesce(t, '') <> '' AND (coalesce(s, '') = '' OR " + tgt + " <> " +
      src + ")) GROUP BY a ORDER BY n DESC, a LIMIT ?");
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  where.Param(static_cast<int64_t>(options.limit));
  where.BindAll(s);
  std::vector<ActorTotal> out;
  ANNALIST_RETURN_IF_ERROR(
      StepAll(s, db_->handle(), options.time_budget_seconds, "ranking actors", [&] {
        out.push_back({s.Text(0), static_cast<uint64_t>(s.Int(1)), s.Double(2)});
        return true;
      }));
  return out;
}

Result<std::vector<PairTotal>> SqliteArchive::TopPairs(const EventQuery& q,
                                                       const TopOptions& options) {
  ANNALIST_RETURN_IF_ERROR(CheckTopOptions(options));
  Where where;
  ANNALIST_RETURN_IF_ERROR(AddEventFilters(q, &where));
  where.Add("coalesce(e.source_code, '') <> '' AND coalesce(e.target_code, '') <> ''");
  const std::string src = ActorExpr("e.source_code", options.code_length);
  const std::string tgt = ActorExpr("e.target_code", options.code_length);
  Result<Stmt*> stmt = Cached("SELECT min(" + src + ", " + tgt + ") AS a, max(" + src + ", " + tgt +
                              ") AS b, count(*) AS n, total(e.goldstein) FROM events e" +
                              where.sql() + " GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?");
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  where.Param(static_cast<int64_t>(options.limit));
  where.BindAll(s);
  std::vector<PairTotal> out;
  ANNALIST_RETURN_IF_ERROR(
      StepAll(s, db_->handle(), options.time_budget_seconds, "ranking actor pairs", [&] {
        out.push_back({s.Text(0), s.Text(1), static_cast<uint64_t>(s.Int(2)), s.Double(3)});
        return true;
      }));
  return out;
}

Result<ActorNetwork> SqliteArchive::Network(const EventQuery& q, const TopOptions& options) {
  ANNALIST_RETURN_IF_ERROR(CheckTopOptions(options));
  Where where;
  ANNALIST_RETURN_IF_ERROR(AddEventFilters(q, &where));
  where.Add("coalesce(e.source_code, '') <> '' AND coalesce(e.target_code, '') <> ''");
  const std::string src = ActorExpr("e.source_code", options.code_length);
  const std::string tgt = ActorExpr("e.target_code", options.code_length);
  Result<Stmt*> stmt =
      Cached("SELECT " + src + " AS a, " + tgt + " AS b, count(*) AS n, total(e.goldstein) " +
             "FROM events e" + where.sql() + " GROUP BY a, b ORDER BY n DESC, a, b");
  if (!stmt.ok()) return stmt.status();
  Stmt& s = **stmt;
  ResetOnExit reset(&s);
  where.BindAll(s);
  ActorNetwork net;
  ANNALIST_RETURN_IF_ERROR(
      StepAll(s, db_->handle(), options.time_budget_seconds, "building the actor network", [&] {
        ++net.pairs;
        if (net.edges.size() < options.limit) {
          net.edges.push_back({s.Text(0), s.Text(1), static_cast<uint64_t>(s.Int(2)), s.Double(3)});
        }
        return true;
      }));
  net.truncated = net.pairs > net.edges.size();
  std::map<std::string, ActorTotal> nodes;
  for (const PairTotal& e : net.edges) {
    for (const std::string* side : {&e.a, &e.b}) {
      if (side == &e.b && e.b == e.a) break;  // a self-loop counts once
      ActorTotal& n = nodes[*side];
      n.actor = *side;
      n.events += e.events;
      n.goldstein_sum += e.goldstein_sum;
    }
  }
  for (auto& [code, n] : nodes) net.nodes.push_back(std::move(n));
  std::stable_sort(net.nodes.begin(), net.nodes.end(),
                   [](const ActorTotal& x, const ActorTotal& y) { return x.events > y.events; });
  return net;
}

}  // namespace annalist::archive
