// The read side of the archive: search, show, stats.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "annalist/archive.h"
#include "annalist/export.h"
#include "cli.h"

namespace annalist::cli {

namespace {

Result<std::unique_ptr<Archive>> OpenForReading(const std::string& db_flag) {
  ArchiveOptions opts;
  opts.read_only = true;
  opts.create = false;
  return Archive::Open(db_flag.empty() ? DefaultDbPath() : db_flag, opts);
}

nlohmann::json DateJson(const DateTime& d) {
  if (!d.known()) return nullptr;
  return d.ToIso();
}

struct SearchFlags {
  std::string db;
  size_t limit = 10;
  std::string since, until;
  bool json = false;
  std::vector<std::string> words;
};

std::string JsonLine(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int RunSearch(const SearchFlags& flags) {
  std::string query;
  for (const std::string& w : flags.words) {
    if (!query.empty()) query += ' ';
    query += w;
  }
  // Dates are checked before the archive is opened: a bad one is exit 2
  // whatever the archive.
  if (CheckSinceUntil(flags.since, flags.until) != kExitOk) return kExitUsage;
  Result<std::unique_ptr<Archive>> archive = OpenForReading(flags.db);
  if (!archive.ok()) return Fail(archive.status());
  SearchOptions options;
  options.since = flags.since;
  options.until = flags.until;
  ReadLimits limits;
  limits.max_rows = flags.limit;
  int n = 0;
  Result<ReadSummary> read =
      (*archive)->ScanSearch(query, options, limits, [&](const SearchHit& h) {
        if (flags.json) {
          std::cout << JsonLine({{"doc", h.doc_id},
                                 {"title", h.title},
                                 {"published", DateJson(h.published)},
                                 {"snippet", h.snippet},
                                 {"score", h.score}})
                    << "\n";
          return true;
        }
        std::cout << ++n << ". " << TerminalSafe(h.doc_id);
        if (h.published.known()) std::cout << "  " << h.published.ToIso();
        if (!h.title.empty()) std::cout << "  " << TerminalSafe(h.title);
        std::string snippet = h.snippet;
        for (char& c : snippet) {
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        }
        std::cout << "\n   " << TerminalSafe(snippet) << "\n";
        return true;
      });
  if (!read.ok()) {
    Fail(read.status());
    // Nothing to search for, or a malformed date: the user's to fix.
    return read.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  if (!flags.json && read->rows == 0) std::cout << "no match for: " << TerminalSafe(query) << "\n";
  return kExitOk;
}

struct ShowFlags {
  std::string db;
  bool json = false;
  std::string id;
};

int RunShow(const ShowFlags& flags) {
  Result<std::unique_ptr<Archive>> archive = OpenForReading(flags.db);
  if (!archive.ok()) return Fail(archive.status());
  Result<std::optional<StoredDocument>> got = (*archive)->Get(flags.id);
  if (!got.ok()) return Fail(got.status());
  if (!got->has_value()) {
    std::cerr << "annalist: no document " << TerminalSafe(flags.id) << "\n";
    return kExitNotFound;
  }
  const Document& d = (*got)->doc;
  EventQuery q;
  q.doc_id = d.id;
  Result<std::vector<Event>> events = (*archive)->Events(q);
  if (!events.ok()) return Fail(events.status());
  if (flags.json) {
    const std::string_view text(d.text);
    nlohmann::json sentences = nlohmann::json::array();
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      const Sentence& s = d.sentences[i];
      sentences.push_back({{"index", i},
                           {"begin", s.span.begin},
                           {"end", s.span.end},
                           {"furniture", s.furniture},
                           {"text", text.substr(s.span.begin, s.span.size())}});
    }
    nlohmann::json mentions = nlohmann::json::array();
    for (const Mention& m : d.mentions) {
      mentions.push_back({{"kind", MentionKindName(m.kind)},
                          {"value", m.value},
                          {"sentence", m.sentence},
                          {"begin", m.span.begin},
                          {"end", m.span.end},
                          {"text", text.substr(m.span.begin, m.span.size())}});
    }
    nlohmann::json event_list = nlohmann::json::array();
    for (const Event& e : *events) {
      nlohmann::json ej = nlohmann::json::parse(EventToJson(e), nullptr, false);
      ej["id"] = e.id;
      event_list.push_back(std::move(ej));
    }
    nlohmann::json j = {
        {"id", d.id},           {"url", d.url},        {"title", d.title},
        {"outlet", d.outlet},   {"byline", d.byline},  {"published", DateJson(d.published)},
        {"source", d.source},   {"text", d.text},      {"sentences", sentences},
        {"mentions", mentions}, {"events", event_list}};
    std::cout << JsonLine(j) << "\n";
    return kExitOk;
  }
  std::cout << TerminalSafe(d.id) << "\n";
  if (!d.title.empty()) std::cout << "title:     " << TerminalSafe(d.title) << "\n";
  if (d.published.known()) std::cout << "published: " << d.published.ToIso() << "\n";
  if (!d.url.empty()) std::cout << "url:       " << TerminalSafe(d.url) << "\n";
  if (!d.outlet.empty()) std::cout << "outlet:    " << TerminalSafe(d.outlet) << "\n";
  if (!d.source.empty()) std::cout << "source:    " << TerminalSafe(d.source) << "\n";
  std::cout << "sentences: " << d.sentences.size() << ", events: " << events->size() << "\n\n";
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    const Sentence& s = d.sentences[i];
    std::cout << (s.furniture ? "  [furniture] " : "  ") << "[" << i << "] "
              << TerminalSafe(std::string_view(d.text).substr(s.span.begin, s.span.size()), true)
              << "\n";
    for (const Event& e : *events) {
      if (e.sentence != i) continue;
      std::cout << "      => " << TerminalSafe(e.source ? e.source->code : "---") << " "
                << TerminalSafe(e.cameo) << " " << TerminalSafe(e.target ? e.target->code : "---");
      if (!e.plover.empty()) std::cout << "  (" << TerminalSafe(e.plover) << ")";
      if (e.mode != EventMode::kAsserted) std::cout << "  " << EventModeName(e.mode);
      std::cout << "\n";
    }
  }
  return kExitOk;
}

struct StatsFlags {
  std::string db;
  bool json = false;
};

int RunStats(const StatsFlags& flags) {
  Result<std::unique_ptr<Archive>> archive = OpenForReading(flags.db);
  if (!archive.ok()) return Fail(archive.status());
  Result<ArchiveStats> stats = (*archive)->Stats();
  if (!stats.ok()) return Fail(stats.status());
  const ArchiveStats& s = *stats;
  if (flags.json) {
    nlohmann::json j = {{"documents", s.documents},
                        {"undated_documents", s.undated_documents},
                        {"profile", s.profile.current.name},
                        {"profile_hash", s.profile.current.hash},
                        {"recode_pending", s.profile.pending.name},
                        {"recode_left", s.recode_left},
                        {"sentences", s.sentences},
                        {"events", s.events},
                        {"mentions", s.mentions},
                        {"schema_version", s.schema_version},
                        {"first_published", s.first_published},
                        {"last_published", s.last_published}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::cout << "documents: " << WithCommas(s.documents);
  if (s.undated_documents) {
    std::cout << " (" << WithCommas(s.undated_documents) << " without a date)";
  }
  std::cout << "\n"
            << "sentences: " << WithCommas(s.sentences) << "\n"
            << "events:    " << WithCommas(s.events) << "\n";
  if (!s.first_published.empty()) {
    std::cout << "published: " << s.first_published << " .. " << s.last_published << "\n";
  }
  if (!s.profile.current.empty()) {
    std::cout << "coded by:  " << TerminalSafe(s.profile.current.name) << " ("
              << TerminalSafe(s.profile.current.hash) << ")\n";
  }
  if (!s.profile.pending.empty()) {
    std::cout << "recoding:  to " << TerminalSafe(s.profile.pending.name) << " unfinished, "
              << WithCommas(s.recode_left) << " documents left; run `annalist recode` to finish\n";
  }
  std::cout << "schema:    v" << s.schema_version << "\n";
  return kExitOk;
}

}  // namespace

void RegisterSearch(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* cmd =
      app->add_subcommand("search", "Full-text search of the archive, ranked, with snippets");
  cmd->add_option("--db", flags->db, "Archive file");
  cmd->add_option("--limit", flags->limit, "Most hits to show (default 10, at least 1)")
      ->type_name("N")
      ->transform(WholeNumber(1, kMaxLimit));
  cmd->add_option("--since", flags->since, "Documents published from this date (YYYY[-MM[-DD]])");
  cmd->add_option("--until", flags->until, "Documents published up to this date");
  cmd->add_flag("--json", flags->json, "One JSON object per hit");
  cmd->add_option("QUERY", flags->words, "Words (all must match), \"a phrase\", OR, NOT, prefix*")
      ->required();
  cmd->callback([flags, exit_code] { *exit_code = RunSearch(*flags); });
}

void RegisterShow(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ShowFlags>();
  CLI::App* cmd =
      app->add_subcommand("show", "One document with its sentences, mentions and events");
  cmd->add_option("--db", flags->db, "Archive file");
  cmd->add_flag("--json", flags->json, "As one JSON object");
  cmd->add_option("DOC_ID", flags->id, "Document id")->required();
  cmd->callback([flags, exit_code] { *exit_code = RunShow(*flags); });
}

void RegisterStats(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app->add_subcommand("stats", "What the archive holds");
  cmd->add_option("--db", flags->db, "Archive file");
  cmd->add_flag("--json", flags->json, "As one JSON object");
  cmd->callback([flags, exit_code] { *exit_code = RunStats(*flags); });
}

}  // namespace annalist::cli
