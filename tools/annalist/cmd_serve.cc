// annalist serve [--db SPEC] [--host ADDR] [--port N] [--web DIR] [--threads N]
//
// A read-only HTTP API over the archive, and the page (web/) that shows it.
// Every request reads through the library's Archive interface, on an
// Archive opened read-only by the worker thread serving it (an Archive is
// for one thread at a time). docs/serve.md describes the API and its limits.
#include <httplib.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "annalist/archive.h"
#include "annalist/cameo.h"
#include "annalist/export.h"
#include "annalist/lexicon.h"
#include "cli.h"

namespace annalist::cli {

namespace {

using Json = nlohmann::json;

// Limits of the server (docs/serve.md, "Limits").
constexpr size_t kMaxPageSize = 1000;  // events per /api/events page
constexpr size_t kDefaultPageSize = 100;
constexpr size_t kMaxSearchLimit = 100;    // hits per /api/search
constexpr double kQuerySeconds = 5;        // time budget of one request's read
constexpr size_t kMaxValueBytes = 4096;    // of one query parameter
constexpr int kDefaultThreads = 8;         // requests served at once
constexpr size_t kQueuedConnections = 64;  // waiting for a thread; past it: 503

struct ServeFlags {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
  int threads = kDefaultThreads;
};

// An HTTP error: the status and a message for the JSON body.
struct HttpError {
  int status = 400;
  std::string message;
};

int HttpStatusOf(const Status& st) {
  switch (st.code()) {
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kDeadlineExceeded:
      return 503;
    default:
      return 500;
  }
}

void SendJson(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, {{"error", message}, {"status", status}});
}

// The request's parameters, checked against the ones `path` takes: an
// unknown or repeated parameter, or a value over kMaxValueBytes, is an error.
class Params {
 public:
  Params(const httplib::Request& req, const std::vector<std::string>& allowed) {
    std::set<std::string> seen;
    for (const auto& [name, value] : req.params) {
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string list;
        for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
        error_ = {400, "unknown parameter '" + name.substr(0, 40) + "' for " + req.path +
                           (allowed.empty() ? " (it takes none)" : "; it takes " + list)};
        return;
      }
      if (!seen.insert(name).second) {
        error_ = {400, "parameter '" + name + "' given twice"};
        return;
      }
      if (value.size() > kMaxValueBytes) {
        error_ = {400, "parameter '" + name + "' is too long (" + std::to_string(value.size()) +
                           " bytes; at most " + std::to_string(kMaxValueBytes) + ")"};
        return;
      }
      values_[name] = value;
    }
  }
  const std::optional<HttpError>& error() const { return error_; }
  std::string Get(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? "" : it->second;
  }
  bool Has(const std::string& name) const { return values_.count(name) != 0; }
  // A whole number in [min, max], `fallback` when absent.
  std::optional<HttpError> Number(const std::string& name, size_t min, size_t max, size_t fallback,
                                  size_t* out) const {
    *out = fallback;
    if (!Has(name)) return std::nullopt;
    const std::string v = Get(name);
    const bool digits = !v.empty() && v.size() <= 18 && std::all_of(v.begin(), v.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    const unsigned long long n = digits ? std::stoull(v) : 0;
    if (!digits || n < min || n > max) {
      return HttpError{400, name + " must be a whole number from " + std::to_string(min) + " to " +
                                std::to_string(max) + ", not '" + v.substr(0, 40) + "'"};
    }
    *out = static_cast<size_t>(n);
    return std::nullopt;
  }

 private:
  std::map<std::string, std::string> values_;
  std::optional<HttpError> error_;
};

const std::vector<std::string> kFilterParams = {"actor", "pair", "code",   "plover", "quad", "mode",
                                                "place", "doc",  "outlet", "since",  "until"};

std::vector<std::string> With(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The EventQuery of the filter parameters (as `annalist events` checks its
// flags), or why not.
std::optional<HttpError> ReadFilters(const Params& p, EventQuery* q) {
  // The rules of `annalist events`' flags (filter_checks.cc).
  std::string bad;
  q->actor = p.Get("actor");
  if (p.Has("actor")) bad = CheckActorText("actor", q->actor);
  if (bad.empty() && p.Has("pair")) bad = CheckPair("pair", p.Get("pair"), &q->pair_a, &q->pair_b);
  q->code_prefix = p.Get("code");
  if (bad.empty() && p.Has("code")) bad = CheckCameoPrefix("code", q->code_prefix);
  if (bad.empty() && p.Has("plover")) {
    bad = CheckPloverType("plover", p.Get("plover"));
    q->plover = p.Get("plover");  // the archive reads it in any case
  }
  if (!bad.empty()) return HttpError{400, bad};
  if (p.Has("quad")) {
    const std::string v = p.Get("quad");
    if (v.size() != 1 || v[0] < '1' || v[0] > '4') {
      return HttpError{400, "quad wants a QuadClass, 1 to 4"};
    }
    q->quad = v[0] - '0';
  }
  // The archive checks these (kInvalidArgument, a 400).
  q->mode = p.Get("mode");
  q->place = p.Get("place");
  q->doc_id = p.Get("doc");
  q->outlet = p.Get("outlet");
  for (const char* name : {"since", "until"}) {
    if (!p.Has(name)) continue;
    const std::string why = CheckDateBound(name, p.Get(name));
    if (!why.empty()) return HttpError{400, why};
  }
  q->since = p.Get("since");
  q->until = p.Get("until");
  return std::nullopt;
}

// UTF-16 offsets of every byte offset of `text` (size + 1 entries), so that
// the page (JavaScript strings count UTF-16 units) can use the archive's
// byte spans.
std::vector<uint32_t> Utf16Offsets(const std::string& text) {
  std::vector<uint32_t> out(text.size() + 1);
  uint32_t u = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    out[i] = u;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) u += (c >= 0xF0) ? 2 : 1;  // a lead byte starts a character
  }
  out[text.size()] = u;
  return out;
}

Json Span16(const std::vector<uint32_t>& u16, const Span& s) {
  const size_t n = u16.size() - 1;
  return Json::array({u16[std::min<size_t>(s.begin, n)], u16[std::min<size_t>(s.end, n)]});
}

Json EventJson(const Event& e) {
  Json j = Json::parse(EventToJson(e), nullptr, false);
  const CameoCode* c = LookupCameo(e.cameo);
  j["label"] = c ? std::string(c->label) : "";
  return j;
}

// A bounded task queue for httplib: `threads` workers take connections
// from a queue of at most `queue`. Past that a connection goes to one
// overflow thread, which answers it with 503 (marked overloaded, it does no
// archive work), so the listening thread never stalls and the archive never
// sees more than `threads` requests at once.
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(size_t threads, size_t queue) : max_queue_(queue) {
    for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(false); });
    workers_.emplace_back([this] { Work(true); });
  }
  ~BoundedPool() override = default;

  void enqueue(std::function<void()> fn) override {
    std::unique_lock<std::mutex> lock(mu_);
    if (jobs_.size() < max_queue_) {
      jobs_.push_back(std::move(fn));
    } else {
      overflow_.push_back(std::move(fn));
    }
    cv_.notify_all();
  }

  void shutdown() override {
    {
      std::unique_lock<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  static bool overloaded() { return overloaded_; }

 private:
  void Work(bool overflow) {
    overloaded_ = overflow;
    std::deque<std::function<void()>>& jobs = overflow ? overflow_ : jobs_;
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || !jobs.empty(); });
        if (stop_ && jobs.empty()) return;
        fn = std::move(jobs.front());
        jobs.pop_front();
      }
      fn();
    }
  }

  static thread_local bool overloaded_;
  const size_t max_queue_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_, overflow_;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};
thread_local bool BoundedPool::overloaded_ = false;

class Server {
 public:
  Server(std::string db, std::filesystem::path web) : db_(std::move(db)), web_(std::move(web)) {}

  void Install(httplib::Server& svr) {
    svr.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
      if (!BoundedPool::overloaded()) return httplib::Server::HandlerResponse::Unhandled;
      res.set_header("Connection", "close");
      res.set_header("Retry-After", "1");
      SendError(res, 503, "the server is busy (too many requests at once); try again");
      return httplib::Server::HandlerResponse::Handled;
    });
    svr.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.get_header_value("Content-Type").starts_with("application/json")) return;
      std::string why = res.status == 404   ? "no such page or API: " + req.path.substr(0, 200)
                        : res.status == 414 ? "the request URL is too long"
                        : res.status == 413 ? "the request body is too large"
                                            : "bad request";
      SendError(res, res.status, why);
    });
    svr.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                 std::exception_ptr) { SendError(res, 500, "internal error"); });
    Route(svr, "/api/stats",
          [this](const httplib::Request& r, httplib::Response& s) { Stats(r, s); });
    Route(svr, "/api/events",
          [this](const httplib::Request& r, httplib::Response& s) { Events(r, s); });
    Route(svr, "/api/counts",
          [this](const httplib::Request& r, httplib::Response& s) { Counts(r, s); });
    Route(svr, "/api/top", [this](const httplib::Request& r, httplib::Response& s) { Top(r, s); });
    Route(svr, "/api/network",
          [this](const httplib::Request& r, httplib::Response& s) { Network(r, s); });
    Route(svr, "/api/search",
          [this](const httplib::Request& r, httplib::Response& s) { Search(r, s); });
    Route(svr, R"(/api/documents/(.+))",
          [this](const httplib::Request& r, httplib::Response& s) { Document(r, s); });
    svr.Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
      SendError(res, 404, "no such API: " + req.path.substr(0, 200));
    });
    svr.Get(R"(/.*)", [this](const httplib::Request& r, httplib::Response& s) { Static(r, s); });
    for (const char* m : {"POST", "PUT", "DELETE", "PATCH"}) {
      auto refuse = [m](const httplib::Request&, httplib::Response& res) {
        SendError(res, 405, std::string(m) + " is not served: the API is read-only (GET)");
      };
      if (std::string(m) == "POST") svr.Post(R"(/.*)", refuse);
      if (std::string(m) == "PUT") svr.Put(R"(/.*)", refuse);
      if (std::string(m) == "DELETE") svr.Delete(R"(/.*)", refuse);
      if (std::string(m) == "PATCH") svr.Patch(R"(/.*)", refuse);
    }
  }

 private:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  void Route(httplib::Server& svr, const std::string& pattern, Handler h) {
    svr.Get(pattern, [h](const httplib::Request& req, httplib::Response& res) {
      try {
        h(req, res);
      } catch (const std::exception& e) {
        SendError(res, 500, std::string("internal error: ") + e.what());
      }
    });
  }

  // This thread's read-only Archive, opened on its first request.
  Result<Archive*> Reader() {
    thread_local std::unique_ptr<Archive> archive;
    if (!archive) {
      ArchiveOptions ao;
      ao.read_only = true;
      ao.create = false;
      ao.busy_timeout_ms = 2000;
      Result<std::unique_ptr<Archive>> opened = Archive::Open(db_, ao);
      if (!opened.ok()) return opened.status();
      archive = std::move(opened).value();
    }
    return archive.get();
  }

  // Runs `body` with the thread's archive and the checked parameters, or
  // answers the error.
  void WithArchive(const httplib::Request& req, httplib::Response& res,
                   const std::vector<std::string>& allowed,
                   const std::function<std::optional<HttpError>(Archive*, const Params&)>& body) {
    Params params(req, allowed);
    if (params.error()) return SendError(res, params.error()->status, params.error()->message);
    Result<Archive*> archive = Reader();
    if (!archive.ok()) return SendError(res, 500, archive.status().ToString());
    std::optional<HttpError> err = body(*archive, params);
    if (err) SendError(res, err->status, err->message);
  }

  static HttpError FromStatus(const Status& st) { return {HttpStatusOf(st), st.message()}; }

  void Stats(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, {}, [&](Archive* a, const Params&) -> std::optional<HttpError> {
      Result<ArchiveStats> st = a->Stats();
      if (!st.ok()) return FromStatus(st.status());
      SendJson(res, 200,
               {{"documents", st->documents},
                {"events", st->events},
                {"sentences", st->sentences},
                {"first_published", st->first_published},
                {"last_published", st->last_published},
                {"profile", st->profile.current.name}});
      return std::nullopt;
    });
  }

  void Events(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, With(kFilterParams, {"limit", "cursor"}),
                [&](Archive* a, const Params& p) -> std::optional<HttpError> {
                  EventQuery q;
                  if (auto err = ReadFilters(p, &q)) return err;
                  size_t limit = 0;
                  if (auto err = p.Number("limit", 1, kMaxPageSize, kDefaultPageSize, &limit)) {
                    return err;
                  }
                  q.after_id = p.Get("cursor");
                  q.limit = limit + 1;  // one more: is there a next page?
                  ReadLimits limits;
                  limits.max_seconds = kQuerySeconds;
                  Json events = Json::array();
                  std::string last_id;
                  bool more = false;
                  Result<ReadSummary> read = a->ScanEvents(q, limits, [&](const Event& e) {
                    if (events.size() == limit) {
                      more = true;
                      return false;
                    }
                    events.push_back(EventJson(e));
                    last_id = e.id;
                    return true;
                  });
                  if (!read.ok()) return FromStatus(read.status());
                  if (read->truncated && read->stopped_by == "seconds") {
                    return HttpError{503, "the query took longer than its " +
                                              std::to_string(static_cast<int>(kQuerySeconds)) +
                                              " s budget; narrow the filters"};
                  }
                  Json body = {{"events", std::move(events)}};
                  body["next"] = more ? Json(last_id) : Json();
                  SendJson(res, 200, body);
                  return std::nullopt;
                });
  }

  void Counts(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, With(kFilterParams, {"by", "group"}),
                [&](Archive* a, const Params& p) -> std::optional<HttpError> {
                  EventQuery q;
                  if (auto err = ReadFilters(p, &q)) return err;
                  CountOptions o;
                  o.time_budget_seconds = kQuerySeconds;
                  if (p.Has("by") && !ParseCountPeriod(p.Get("by"), &o.by)) {
                    return HttpError{400, "by wants day, week, month, year or all"};
                  }
                  if (p.Has("group") && !ParseCountGroup(p.Get("group"), &o.group)) {
                    return HttpError{400, "group wants none, root, quad or plover"};
                  }
                  Result<CountResult> c = a->Count(q, o);
                  if (!c.ok()) return FromStatus(c.status());
                  Json rows = Json::array();
                  for (const CountRow& r : c->rows) {
                    rows.push_back({{"period", r.period},
                                    {"group", r.group},
                                    {"events", r.events},
                                    {"goldstein_sum", r.goldstein_sum},
                                    {"goldstein_mean", r.goldstein_mean()}});
                  }
                  SendJson(res, 200,
                           {{"by", CountPeriodName(o.by)},
                            {"group", CountGroupName(o.group)},
                            {"events", c->events},
                            {"undated", c->undated},
                            {"truncated", c->truncated},
                            {"rows", std::move(rows)}});
                  return std::nullopt;
                });
  }

  static std::optional<HttpError> ReadTop(const Params& p, size_t fallback, TopOptions* o) {
    o->time_budget_seconds = kQuerySeconds;
    if (auto err = p.Number("limit", 1, kMaxTopEntries, fallback, &o->limit)) return err;
    return p.Number("code_length", 0, 64, 0, &o->code_length);
  }

  static Json PairJson(const PairTotal& t, const char* a, const char* b) {
    return {{a, t.a},
            {b, t.b},
            {"events", t.events},
            {"goldstein_sum", t.goldstein_sum},
            {"goldstein_mean", t.goldstein_mean()}};
  }
  static Json ActorJson(const ActorTotal& t) {
    return {{"actor", t.actor},
            {"events", t.events},
            {"goldstein_sum", t.goldstein_sum},
            {"goldstein_mean", t.goldstein_mean()}};
  }

  void Top(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, With(kFilterParams, {"of", "limit", "code_length"}),
                [&](Archive* a, const Params& p) -> std::optional<HttpError> {
                  EventQuery q;
                  if (auto err = ReadFilters(p, &q)) return err;
                  TopOptions o;
                  if (auto err = ReadTop(p, 20, &o)) return err;
                  const std::string of = p.Has("of") ? p.Get("of") : "actors";
                  Json list = Json::array();
                  if (of == "actors") {
                    Result<std::vector<ActorTotal>> top = a->TopActors(q, o);
                    if (!top.ok()) return FromStatus(top.status());
                    for (const ActorTotal& t : *top) list.push_back(ActorJson(t));
                  } else if (of == "pairs") {
                    Result<std::vector<PairTotal>> top = a->TopPairs(q, o);
                    if (!top.ok()) return FromStatus(top.status());
                    for (const PairTotal& t : *top) list.push_back(PairJson(t, "a", "b"));
                  } else {
                    return HttpError{400, "of wants actors or pairs"};
                  }
                  SendJson(res, 200, {{"of", of}, {"top", std::move(list)}});
                  return std::nullopt;
                });
  }

  void Network(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, With(kFilterParams, {"limit", "code_length"}),
                [&](Archive* a, const Params& p) -> std::optional<HttpError> {
                  EventQuery q;
                  if (auto err = ReadFilters(p, &q)) return err;
                  TopOptions o;
                  if (auto err = ReadTop(p, 200, &o)) return err;
                  Result<ActorNetwork> net = a->Network(q, o);
                  if (!net.ok()) return FromStatus(net.status());
                  Json nodes = Json::array(), edges = Json::array();
                  for (const ActorTotal& n : net->nodes) nodes.push_back(ActorJson(n));
                  for (const PairTotal& e : net->edges) {
                    edges.push_back(PairJson(e, "source", "target"));
                  }
                  SendJson(res, 200,
                           {{"nodes", std::move(nodes)},
                            {"edges", std::move(edges)},
                            {"pairs", net->pairs},
                            {"truncated", net->truncated}});
                  return std::nullopt;
                });
  }

  void Search(const httplib::Request& req, httplib::Response& res) {
    WithArchive(
        req, res, {"q", "limit", "since", "until"},
        [&](Archive* a, const Params& p) -> std::optional<HttpError> {
          size_t limit = 0;
          if (auto err = p.Number("limit", 1, kMaxSearchLimit, 20, &limit)) return err;
          if (!p.Has("q")) return HttpError{400, "q (the search query) is required"};
          SearchOptions o;
          o.time_budget_seconds = kQuerySeconds;
          o.highlight_open = "\x01";   // markers no text holds; the page
          o.highlight_close = "\x02";  // turns them into <mark>
          o.since = p.Get("since");
          o.until = p.Get("until");
          for (const char* name : {"since", "until"}) {
            if (!p.Has(name)) continue;
            const std::string why = CheckDateBound(name, p.Get(name));
            if (!why.empty()) return HttpError{400, why};
          }
          ReadLimits limits;
          limits.max_rows = limit;
          Json hits = Json::array();
          Result<ReadSummary> read = a->ScanSearch(p.Get("q"), o, limits, [&](const SearchHit& h) {
            // The snippet as parts: [text, marked, text, ...].
            Json parts = Json::array();
            std::string cur;
            bool marked = false;
            for (char c : h.snippet) {
              if (c == '\x01' || c == '\x02') {
                parts.push_back({{"text", cur}, {"match", marked}});
                cur.clear();
                marked = c == '\x01';
              } else {
                cur += c;
              }
            }
            parts.push_back({{"text", cur}, {"match", marked}});
            hits.push_back({{"doc", h.doc_id},
                            {"title", h.title},
                            {"published", h.published.known() ? Json(h.published.ToIso()) : Json()},
                            {"score", h.score},
                            {"snippet", std::move(parts)}});
            return true;
          });
          if (!read.ok()) return FromStatus(read.status());
          SendJson(res, 200, {{"hits", std::move(hits)}});
          return std::nullopt;
        });
  }

  void Document(const httplib::Request& req, httplib::Response& res) {
    WithArchive(req, res, {}, [&](Archive* a, const Params&) -> std::optional<HttpError> {
      const std::string id = req.matches[1];
      Result<std::optional<StoredDocument>> got = a->Get(id);
      if (!got.ok()) return FromStatus(got.status());
      if (!got->has_value()) return HttpError{404, "no document has the id '" + id + "'"};
      const annalist::Document& d = (*got)->doc;
      const std::vector<uint32_t> u16 = Utf16Offsets(d.text);
      Json sentences = Json::array(), mentions = Json::array(), events = Json::array();
      for (size_t i = 0; i < d.sentences.size(); ++i) {
        const Sentence& s = d.sentences[i];
        sentences.push_back({{"index", i},
                             {"span", {s.span.begin, s.span.end}},
                             {"span16", Span16(u16, s.span)},
                             {"furniture", s.furniture}});
      }
      for (const Mention& m : d.mentions) {
        mentions.push_back({{"kind", MentionKindName(m.kind)},
                            {"value", m.value},
                            {"sentence", m.sentence},
                            {"span", {m.span.begin, m.span.end}},
                            {"span16", Span16(u16, m.span)}});
      }
      EventQuery q;
      q.doc_id = d.id;
      ReadLimits limits;
      limits.max_seconds = kQuerySeconds;
      limits.max_rows = 10000;
      Result<ReadSummary> read = a->ScanEvents(q, limits, [&](const Event& e) {
        Json j = EventJson(e);
        j["span16"] = Span16(u16, e.span);
        events.push_back(std::move(j));
        return true;
      });
      if (!read.ok()) return FromStatus(read.status());
      SendJson(res, 200,
               {{"id", d.id},
                {"url", d.url},
                {"outlet", d.outlet},
                {"title", d.title},
                {"byline", d.byline},
                {"published", d.published.known() ? Json(d.published.ToIso()) : Json()},
                {"text", d.text},
                {"sentences", std::move(sentences)},
                {"mentions", std::move(mentions)},
                {"events", std::move(events)}});
      return std::nullopt;
    });
  }

  // Files of the page. Only paths of plain segments (letters, digits, '-',
  // '_', '.', not starting with '.') are looked up, and the file found must
  // lie inside the web folder once links are resolved.
  void Static(const httplib::Request& req, httplib::Response& res) {
    std::string path = req.path;
    if (path == "/" || path.empty()) path = "/index.html";
    bool plain = path.size() < 256;
    size_t seg_start = 1;
    for (size_t i = 1; plain && i <= path.size(); ++i) {
      if (i == path.size() || path[i] == '/') {
        if (i == seg_start || path[seg_start] == '.') plain = false;
        seg_start = i + 1;
        continue;
      }
      const char c = path[i];
      plain = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    }
    if (!plain) return SendError(res, 400, "not a file name of the page: " + path.substr(0, 80));
    std::error_code ec;
    const std::filesystem::path root = std::filesystem::weakly_canonical(web_, ec);
    std::filesystem::path file = std::filesystem::weakly_canonical(web_ / path.substr(1), ec);
    const std::string r = root.string() + "/";
    if (ec || !file.string().starts_with(r) || !std::filesystem::is_regular_file(file, ec)) {
      if (!std::filesystem::exists(web_ / "index.html")) {
        return SendError(res, 404,
                         "the page is not built (no " + (web_ / "index.html").string() +
                             "); run scripts/build-web, or use the API under /api/");
      }
      return SendError(res, 404, "no such file: " + path.substr(0, 80));
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    static const std::map<std::string, std::string> kTypes = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".map", "application/json"}};
    auto type = kTypes.find(file.extension().string());
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(buf.str(),
                    type == kTypes.end() ? "application/octet-stream" : type->second.c_str());
  }

  std::string db_;
  std::filesystem::path web_;
};

// Where the page is: --web, else share/annalist/web beside an installed
// binary, else the source tree's web/dist (a build tree binary).
std::filesystem::path WebDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  std::filesystem::path data = DefaultDataDir();
  if (std::filesystem::exists(data / "web" / "index.html")) return data / "web";
#ifdef ANNALIST_SOURCE_WEB_DIR
  return ANNALIST_SOURCE_WEB_DIR;
#else
  return data / "web";
#endif
}

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

// Debian's cpp-httplib listens with a backlog of 5: when more clients
// connect at once than that, the kernel drops their handshakes and some wait
// for SYN-ACK retransmissions for a minute, though the server has threads
// and a queue for them. Listening again on the bound socket (found by its
// port among this process's descriptors) widens the backlog; Linux allows it.
void WidenBacklog(int port) {
  for (int fd = 3; fd < 1024; ++fd) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) continue;
    int type = 0;
    socklen_t tlen = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tlen) != 0 || type != SOCK_STREAM) continue;
    int accepting = 0;
    socklen_t alen = sizeof accepting;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &alen) != 0 || !accepting) continue;
    int p = -1;
    if (addr.ss_family == AF_INET) p = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    if (addr.ss_family == AF_INET6) p = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    if (p == port) ::listen(fd, 1024);
  }
}

int RunServe(const ServeFlags& flags) {
  const std::string db = flags.db.empty() ? DefaultDbPath() : flags.db;
  // The archive is opened once here, so that a missing or bad one fails at
  // once rather than on every request.
  ArchiveOptions ao;
  ao.read_only = true;
  ao.create = false;
  uint64_t events = 0;
  {
    Result<std::unique_ptr<Archive>> archive = Archive::Open(db, ao);
    if (!archive.ok()) return Fail(archive.status());
    Result<ArchiveStats> st = (*archive)->Stats();
    if (!st.ok()) return Fail(st.status());
    events = st->events;
  }
  const std::filesystem::path web = WebDir(flags.web);

  // SIGINT and SIGTERM stop the server: blocked in every thread, taken by
  // one that waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server svr;
  const size_t threads = static_cast<size_t>(flags.threads);
  svr.new_task_queue = [threads] { return new BoundedPool(threads, kQueuedConnections); };
  svr.set_read_timeout(5, 0);
  svr.set_write_timeout(10, 0);
  svr.set_keep_alive_max_count(50);
  svr.set_keep_alive_timeout(2);
  svr.set_payload_max_length(64 * 1024);
  // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, with which
  // a second server on a taken port would start and share it.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  Server server(db, web);
  server.Install(svr);

  int port = flags.port;
  if (port == 0) {
    port = svr.bind_to_any_port(flags.host);
    if (port < 0) {
      std::cerr << "annalist: serve: cannot listen on " << flags.host << "\n";
      return kExitError;
    }
  } else if (!svr.bind_to_port(flags.host, port)) {
    std::cerr << "annalist: serve: cannot listen on " << flags.host << ":" << port
              << " (in use? try --port 0 for a free port)\n";
    return kExitError;
  }
  WidenBacklog(port);
  const std::string host =
      flags.host.find(':') != std::string::npos ? "[" + flags.host + "]" : flags.host;
  std::cout << "annalist serve: http://" << host << ":" << port << "/  (" << db << ", "
            << WithCommas(events) << " events; Ctrl-C stops)" << std::endl;
  if (!IsLoopback(flags.host)) {
    std::cerr << "annalist: serve: listening on " << flags.host
              << ", not loopback: anyone who can reach this machine can read the archive\n";
  }
  std::thread stopper([&svr, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (sig != 0) svr.stop();
  });
  const bool ok = svr.listen_after_bind();
  // Wake the stopper if the server ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!ok) {
    std::cerr << "annalist: serve: the server stopped with an error\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app->add_subcommand(
      "serve", "A read-only HTTP API over the archive, and the page that shows it");
  cmd->add_option("--db", flags->db, "Archive (FILE or sqlite:FILE)");
  cmd->add_option("--host", flags->host, "Address to listen on (default 127.0.0.1, loopback)");
  cmd->add_option("--port", flags->port, "Port (default 8080; 0: a free one, printed)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--web", flags->web, "Folder of the built page (default: the installed one)");
  cmd->add_option("--threads", flags->threads, "Requests served at once (default 8)")
      ->check(CLI::Range(1, 64));
  cmd->callback([flags, exit_code] { *exit_code = RunServe(*flags); });
}

}  // namespace annalist::cli
