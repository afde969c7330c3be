// annalist lexicon check [SPEC...]
// annalist lexicon who NAME... [--on YYYY-MM-DD] [--lexicon SPEC]... [--json]
//
// check: loads the dictionary specs (default: `default`) and prints every
// problem ("FILE:LINE: reason: text") and the counts; exit 0 when there is
// none, kExitError when there are any.
// who: what each NAME resolves to (Lexicon::Resolve): the matched entry, its
// code on the date (today by default) and the office text of the role in
// force; a table, or one JSON object per name with --json. kExitNotFound when
// a name resolves to nothing.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/lexicon.h"
#include "annalist/profile.h"
#include "cli.h"
#include "lexicon_flags.h"

namespace annalist::cli {

namespace {

struct CheckFlags {
  std::vector<std::string> specs;
};

int RunCheck(const CheckFlags& flags) {
  ProfileReport report;
  Result<std::shared_ptr<const CodingProfile>> profile = ResolveProfile(flags.specs, &report);
  if (!profile.ok()) return Fail(profile.status());
  const LexiconReport& r = report.lexicon;
  for (const std::string& p : r.problems) std::cout << p << "\n";
  for (const std::string& p : report.options) std::cout << p << "\n";
  const size_t problems = r.problems.size() + report.options.size();
  std::cout << problems << (problems == 1 ? " problem" : " problems") << " in " << r.files.size()
            << (r.files.size() == 1 ? " file" : " files") << ": " << r.actors << " actors, "
            << r.agents << " agents, " << r.verbs << " verbs, " << r.patterns << " patterns, "
            << r.synsets << " sets, " << r.nouns << " nouns, " << r.adjectives
            << " adjectives; read in " << std::fixed << std::setprecision(1) << r.seconds * 1e3
            << " ms\n";
  return problems == 0 ? kExitOk : kExitError;
}

struct WhoFlags {
  std::vector<std::string> names;
  std::string on;
  std::vector<std::string> specs;
  bool json = false;
};

std::string YmdText(int32_t ymd) {
  YearMonthDay day;
  if (ymd == kNoDateBound || !ParseCompactDate(std::to_string(ymd), TabariYear, &day)) return "";
  return FormatIsoDay(DaysFromCivil(day));
}

// "2024-12-08..", "..2024-12-07", "" for an undated code.
std::string RangeText(const DatedCode& c) {
  if (!c.restricted()) return "";
  return YmdText(c.from) + ".." + YmdText(c.to);
}

nlohmann::ordered_json CodeJson(const DatedCode& c) {
  nlohmann::ordered_json j;
  j["code"] = std::string(c.code);
  j["from"] =
      c.from == kNoDateBound ? nlohmann::ordered_json() : nlohmann::ordered_json(YmdText(c.from));
  j["to"] = c.to == kNoDateBound ? nlohmann::ordered_json() : nlohmann::ordered_json(YmdText(c.to));
  j["office"] = std::string(c.office);
  return j;
}

int RunWho(const WhoFlags& flags) {
  int32_t ymd = 0;
  std::string on = flags.on;
  if (on.empty()) {
    const CivilDay today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())
                               .time_since_epoch()
                               .count();
    ymd = ToYyyymmdd(DateOfDay(today));
    on = FormatIsoDay(today);
  } else {
    DateTime date;
    if (on.size() != 10 || !ParseIso8601(on, &date) || date.precision != DatePrecision::kDay) {
      std::cerr << "annalist: --on: not a date (YYYY-MM-DD): " << TerminalSafe(on) << "\n";
      return kExitUsage;
    }
    ymd = ToYyyymmdd(date);
  }
  LoadedProfile loaded;
  if (int rc = LoadProfileFlags(flags.specs, /*quiet=*/true, &loaded); rc != kExitOk) return rc;
  const Lexicon& lex = loaded.profile->lexicon();
  int exit = kExitOk;
  for (const std::string& name : flags.names) {
    NameResolution found;
    if (!lex.Resolve(name, ymd, &found)) {
      std::cerr << "annalist: lexicon who: nothing in the lexicon covers \"" << TerminalSafe(name)
                << "\"\n";
      exit = kExitNotFound;
      continue;
    }
    const ActorEntry* actor = found.actor == kNoId ? nullptr : &lex.actor(found.actor);
    const AgentEntry* agent = found.agent == kNoId ? nullptr : &lex.agent(found.agent);
    if (flags.json) {
      nlohmann::ordered_json j;
      j["name"] = name;
      j["on"] = on;
      j["code"] = found.code;
      j["office"] = found.in_force ? std::string(found.in_force->office) : std::string();
      if (actor != nullptr) {
        nlohmann::ordered_json a;
        a["kind"] = actor->kind.empty() ? "actor" : std::string(actor->kind);
        a["name"] = std::string(actor->name.empty() ? actor->phrase : actor->name);
        a["phrase"] = found.actor_words;
        a["origin"] = std::string(actor->origin);
        if (!actor->iso.empty()) a["iso"] = std::string(actor->iso);
        a["in_force"] = found.in_force ? CodeJson(*found.in_force) : nlohmann::ordered_json();
        nlohmann::ordered_json codes = nlohmann::ordered_json::array();
        for (const DatedCode& c : actor->codes) codes.push_back(CodeJson(c));
        a["codes"] = codes;
        j["actor"] = a;
      }
      if (agent != nullptr) {
        nlohmann::ordered_json g;
        g["phrase"] = found.agent_words;
        g["code"] = agent->prefix ? std::string(agent->code) + "~" : "~" + std::string(agent->code);
        g["origin"] = std::string(agent->origin);
        j["agent"] = g;
      }
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      continue;
    }
    std::cout << "name    " << TerminalSafe(name) << "\n";
    if (actor != nullptr) {
      std::cout << "entry   " << (actor->kind.empty() ? "actor" : actor->kind) << " "
                << TerminalSafe(actor->name.empty() ? actor->phrase : actor->name) << " ("
                << actor->origin << ")\n";
    }
    if (agent != nullptr) {
      std::cout << "agent   " << found.agent_words << " "
                << (agent->prefix ? std::string(agent->code) + "~" : "~" + std::string(agent->code))
                << " (" << agent->origin << ")\n";
    }
    std::cout << "on      " << on << "\n";
    std::cout << "code    " << (found.code.empty() ? "(not coded)" : found.code) << "\n";
    if (found.in_force != nullptr && !found.in_force->office.empty()) {
      std::cout << "office  " << TerminalSafe(found.in_force->office) << "\n";
    }
    if (actor != nullptr && actor->codes.size() > 1) {
      const char* label = "codes   ";
      for (const DatedCode& c : actor->codes) {
        std::string range = RangeText(c);
        std::cout << label << c.code << (range.empty() ? "" : " " + range)
                  << (c.office.empty() ? "" : "  " + TerminalSafe(c.office)) << "\n";
        label = "        ";
      }
    }
    std::cout << "\n";
  }
  return exit;
}

}  // namespace

void RegisterLexicon(CLI::App* app, int* exit_code) {
  CLI::App* lexicon =
      app->add_subcommand("lexicon", "Check a lexicon, or ask what a name codes as");
  lexicon->require_subcommand(1);

  auto check = std::make_shared<CheckFlags>();
  CLI::App* c = lexicon->add_subcommand(
      "check", "Load dictionaries and print every problem and the counts (exit 1 when any)");
  c->add_option("SPEC", check->specs,
                "Dictionaries (default: 'default'), as for --lexicon; later ones override");
  c->callback([check, exit_code] { *exit_code = RunCheck(*check); });

  auto who = std::make_shared<WhoFlags>();
  CLI::App* w = lexicon->add_subcommand(
      "who", "The person or actor a name resolves to, its code on a date and the office held");
  w->add_option("NAME", who->names, "Names as written in text ('al-Sharaa')")->required();
  w->add_option("--on", who->on, "The date (YYYY-MM-DD; default: today)");
  AddLexiconOption(w, &who->specs, "Dictionaries (repeatable; default: 'default')");
  w->add_flag("--json", who->json, "One JSON object per name");
  w->callback([who, exit_code] { *exit_code = RunWho(*who); });
}

}  // namespace annalist::cli
