// End-to-end tests of how the commands take their flags: --lexicon (one
// value per occurrence, repeatable, the arguments after it positional),
// whole-number flags, unknown commands, and every --help usage line and
// flag list against the synopses in docs/cli.md and README.md.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_cli.h"
#include "testing/testing.h"

namespace annalist::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The issue's example. TABARI's own options (MINIMUM WORDS = 8, see
// profile_consistency_test.cc) leave it uncoded with the demo project, so
// the project is tried on a sentence of ten words.
constexpr char kArnor[] = "{\"id\":\"arnor-1\",\"text\":\"Arnor attacked Aragorn.\"}\n";
constexpr char kArnorLonger[] =
    "{\"id\":\"arnor-2\",\"text\":\"Arnor attacked Aragorn near the border town on Tuesday "
    "morning.\"}\n";

TEST(LexiconFlagTest, DemoProjectBeforeTheFileCodesOneEventInEveryForm) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.project");
  TempDir tmp;
  const std::string file = tmp.File("arnor.jsonl");
  WriteFile(file, kArnorLonger);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"code", "-q", "--lexicon", project, file},
        std::vector<std::string>{"code", "-q", "--lexicon=" + project, file},
        std::vector<std::string>{"code", "-q", file, "--lexicon", project}}) {
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << args[2] << ": " << r.err;
    EXPECT_THAT(r.err, Not(HasSubstr("cannot tell the dictionary format")));
    std::vector<nlohmann::json> events = JsonLines(r.out);
    ASSERT_EQ(events.size(), 1u) << r.out;
    EXPECT_EQ(events[0]["doc"], "arnor-2");
    EXPECT_EQ(events[0]["source"]["code"], "ARN");
    EXPECT_EQ(events[0]["target"]["code"], "RNG");
  }
  // Standard input, with the flag last.
  CliResult r = RunCli({"code", "-q", "--lexicon", project}, kArnorLonger);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(r.out).size(), 1u);
}

TEST(LexiconFlagTest, TheIssueSentenceWithDemoActorsBeforeTheFile) {
  ANNALIST_REQUIRE_SHARED(actors, "tabari/TABARI.Demo.actors");
  TempDir tmp;
  const std::string file = tmp.File("arnor.jsonl");
  WriteFile(file, kArnor);
  CliResult r = RunCli({"code", "-q", "--lexicon", "default", "--lexicon=" + actors, file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> events = JsonLines(r.out);
  ASSERT_EQ(events.size(), 1u) << r.out;
  EXPECT_EQ(events[0]["doc"], "arnor-1");
  EXPECT_EQ(events[0]["source"]["code"], "ARN");
}

TEST(LexiconFlagTest, DirectoryThenFilesKeepsTheFilesPositional) {
  TempDir tmp;
  const std::string a = tmp.File("a.jsonl"), b = tmp.File("b.jsonl");
  WriteFile(a, "{\"id\":\"a\",\"text\":\"Israeli troops attacked Syrian forces.\"}\n");
  WriteFile(b, "{\"id\":\"b\",\"text\":\"Syria accused Israel of violating the truce.\"}\n");
  const std::string lexicon = SourceDir() + "/data/lexicon";
  CliResult plain = RunCli({"code", "-q", a, b});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_FALSE(plain.out.empty());
  // data/lexicon is the built-in lexicon: the same events, both files read.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"code", "-q", "--lexicon", lexicon, a, b},
        std::vector<std::string>{"code", "-q", "--lexicon=" + lexicon, a, b},
        std::vector<std::string>{"code", "-q", "--lexicon", "default", "--lexicon", lexicon, a,
                                 b}}) {
    CliResult r = RunCli(args);
    ASSERT_EQ(r.exit_code, 0) << args[3] << ": " << r.err;
    EXPECT_EQ(r.out, plain.out) << args[3];
  }
  // ingest: both files are articles, none is read as a dictionary.
  CliResult r =
      RunCli({"ingest", "--json", "-q", "--db", tmp.File("x.db"), "--lexicon", lexicon, a, b});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json summary = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_EQ(summary["stored"], 2);
  // recode and validate diff take it the same way.
  r = RunCli({"recode", "-q", "--db", tmp.File("x.db"), "--lexicon=" + lexicon});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunCli(
      {"validate", "diff", "--lexicon", lexicon, tmp.File("no-records"), tmp.File("no-tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no such file"));
  EXPECT_THAT(r.err, Not(HasSubstr("dictionary format")));
}

TEST(LexiconFlagTest, RepeatedLexiconsAllApply) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.actors");
  const std::string lexicon = SourceDir() + "/data/lexicon";
  // The built-in lexicon alone knows no Arnor; with the demo actors after
  // it, the event is coded.
  CliResult alone = RunCli({"code", "-q", "--lexicon", lexicon}, kArnor);
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  CliResult both = RunCli({"code", "-q", "--lexicon", lexicon, "--lexicon=" + project}, kArnor);
  ASSERT_EQ(both.exit_code, 0) << both.err;
  EXPECT_EQ(JsonLines(alone.out).size(), 0u) << alone.out;
  EXPECT_EQ(JsonLines(both.out).size(), 1u) << both.out;
  // An empty value is refused, not taken as the next argument.
  CliResult r = RunCli({"code", "-q", "--lexicon"}, kArnor);
  EXPECT_EQ(r.exit_code, 2);
}

TEST(NumericFlagTest, BadNumbersAreExitTwoWithShortMessages) {
  TempDir tmp;
  const std::string file = tmp.File("a.jsonl");
  WriteFile(file, kArnor);
  const std::string huge(300, '9');
  struct Case {
    std::vector<std::string> prefix;  // command words and needed flags
    std::string flag;
    std::vector<std::string> tail;  // positional arguments
  };
  const std::vector<Case> cases = {
      {{"code", "-q"}, "--threads", {file}},
      {{"ingest", "-q", "--db", tmp.File("i.db")}, "--threads", {file}},
      {{"recode", "-q", "--db", tmp.File("i.db")}, "--threads", {}},
      {{"validate", "diff", "--lexicon", "default"}, "--threads", {file, file}},
      {{"search", "--db", tmp.File("i.db")}, "--limit", {"word"}},
      {{"events", "--db", tmp.File("i.db")}, "--limit", {}},
  };
  for (const Case& c : cases) {
    for (const std::string& bad :
         {std::string("abc"), std::string("-1"), std::string("2.5"), std::string("1e3"),
          std::string(""), huge, std::string("-") + huge, std::string("99999999999")}) {
      std::vector<std::string> args = c.prefix;
      args.push_back(c.flag);
      args.push_back(bad);
      args.insert(args.end(), c.tail.begin(), c.tail.end());
      CliResult r = RunCli(args);
      const std::string what = c.prefix[0] + " " + c.flag + " " + bad.substr(0, 20);
      EXPECT_EQ(r.exit_code, 2) << what << "\n" << r.err;
      EXPECT_THAT(r.err, HasSubstr(c.flag)) << what;
      EXPECT_THAT(r.err, Not(HasSubstr(std::string(40, '9')))) << what;
      EXPECT_LT(r.err.size(), 300u) << what << "\n" << r.err;
      EXPECT_EQ(r.out, "") << what;
    }
  }
  CliResult r = RunCli({"code", "-q", "--threads", "abc", file});
  EXPECT_THAT(r.err, HasSubstr("--threads: wants a whole number from 0 to 1024, not 'abc'"));
  r = RunCli({"code", "-q", "--threads", huge, file});
  EXPECT_THAT(r.err, HasSubstr("must be at most 1024"));
  EXPECT_THAT(r.err, HasSubstr("(300 characters)"));
  r = RunCli({"search", "--db", tmp.File("i.db"), "--limit", "0", "word"});
  EXPECT_THAT(r.err, HasSubstr("--limit: must be at least 1, not '0'"));
  r = RunCli({"events", "--db", tmp.File("i.db"), "--limit", "0"});
  EXPECT_THAT(r.err, HasSubstr("--limit: must be at least 1"));
  // In range, they work (0 threads: all cores).
  for (const char* n : {"0", "1", "3"}) {
    r = RunCli({"code", "-q", "--threads", n, file});
    EXPECT_EQ(r.exit_code, 0) << n << ": " << r.err;
  }
}

TEST(NumericFlagTest, SearchLimitIsObeyed) {
  TempDir tmp;
  const std::string db = tmp.File("demo.db");
  CliResult r = RunCli({"ingest", "-q", "--db", db, SourceDir() + "/data/demo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto hits = [&](const std::string& limit) {
    std::vector<std::string> args = {"search", "--json", "--db", db};
    if (!limit.empty()) args.insert(args.end(), {"--limit", limit});
    args.push_back("Syria");
    CliResult s = RunCli(args);
    EXPECT_EQ(s.exit_code, 0) << s.err;
    return JsonLines(s.out).size();
  };
  const size_t all = hits("1000");
  ASSERT_GT(all, 10u);
  EXPECT_EQ(hits("1"), 1u);
  EXPECT_EQ(hits("3"), 3u);
  EXPECT_EQ(hits("03"), 3u);  // decimal, not octal
  EXPECT_EQ(hits("010"), std::min<size_t>(all, 10));
  EXPECT_EQ(hits(""), std::min<size_t>(all, 10));
}

TEST(CommandWordTest, UnknownCommandNamesTheKnownOnes) {
  const std::string known =
      "the commands are: ingest, search, show, stats, code, validate, events, timeline, recode";
  CliResult r = RunCli({"foo"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("annalist: unknown command 'foo'; " + known));
  EXPECT_THAT(r.err, Not(HasSubstr("A subcommand is required")));
  EXPECT_EQ(r.out, "");
  r = RunCli({"foo", "--db", "x.db"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown command 'foo'"));
  r = RunCli({"validate", "gol", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("annalist validate: unknown command 'gol'; the commands are: "
                               "tabari, petrarch, gold, diff"));
  // No command at all: the help with the command list, exit 2.
  r = RunCli({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("Usage: annalist [OPTIONS] SUBCOMMAND"));
  EXPECT_THAT(r.err, HasSubstr("timeline"));
  EXPECT_THAT(r.err, HasSubstr(known));
  // --help and --version are still answers, exit 0.
  r = RunCli({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("recode"));
  r = RunCli({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, HasSubstr("annalist"));
  // An unknown flag is a CLI11 parse error: exit 2 with the usage hint.
  r = RunCli({"stats", "--bogus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--bogus"));
  EXPECT_THAT(r.err, HasSubstr("Run with --help for more information."));
}

// ---------------------------------------------------------------------------
// Usage lines and flags against the documents.

// A synopsis such as "annalist code [--lexicon SPEC]... [-q] [FILE...]"
// split into its command words, its flags and its positional part.
struct Synopsis {
  std::string command;          // "code", "validate gold"
  std::set<std::string> flags;  // "--lexicon", "-q"
  std::string positional;       // "[FILE...]", "A [B]", ""
};

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  std::istringstream in(s);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Flags are the words starting with '-' (inside brackets or not); the
// positional part is what remains once every bracketed group holding a
// flag, and every bare flag with its value, is taken out.
Synopsis ParseSynopsis(const std::string& text) {
  Synopsis s;
  std::vector<std::string> words = Words(text);
  size_t i = 1;  // after "annalist"
  std::vector<std::string> command;
  // Command words: lower-case letters, and hyphens inside ("cameo-class").
  while (i < words.size() && !words[i].starts_with("-") &&
         std::all_of(words[i].begin(), words[i].end(), [](char c) {
           return std::islower(static_cast<unsigned char>(c)) != 0 || c == '-';
         })) {
    command.push_back(words[i++]);
  }
  s.command = Join(command);
  std::vector<std::string> positional;
  for (; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.starts_with("[-")) {
      std::string flag = w.substr(1);
      size_t end = flag.find_first_of("]=");
      s.flags.insert(flag.substr(0, end));
      while (i < words.size() && words[i].find(']') == std::string::npos) ++i;
      continue;
    }
    if (w.starts_with("-")) {
      s.flags.insert(w.substr(0, w.find('=')));
      if (i + 1 < words.size() && !words[i + 1].starts_with("-") &&
          !words[i + 1].starts_with("[")) {
        ++i;
      }
      continue;
    }
    positional.push_back(w);
  }
  s.positional = Join(positional);
  return s;
}

// The synopses of docs/cli.md: headings "## `annalist ...`" (and ###).
std::map<std::string, Synopsis> DocSynopses() {
  std::map<std::string, Synopsis> out;
  std::istringstream in(ReadFile(SourceDir() + "/docs/cli.md"));
  std::string line;
  while (std::getline(in, line)) {
    const size_t tick = line.find("`annalist ");
    if (!line.starts_with("#") || tick == std::string::npos) continue;
    const size_t end = line.find('`', tick + 1);
    Synopsis s = ParseSynopsis(line.substr(tick + 1, end - tick - 1));
    out[s.command] = s;
  }
  return out;
}

// The synopses in README.md's "Using it" block, continuation lines joined.
std::vector<Synopsis> ReadmeSynopses() {
  const std::string readme = ReadFile(SourceDir() + "/README.md");
  const size_t section = readme.find("## Using it");
  const size_t begin = readme.find("```sh\n", section) + 6;
  const size_t end = readme.find("```", begin);
  std::vector<std::string> joined;
  std::istringstream in(readme.substr(begin, end - begin));
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("annalist ")) {
      joined.push_back(line);
    } else if (!Words(line).empty() && !joined.empty()) {
      joined.back() += " " + line;
    }
  }
  std::vector<Synopsis> out;
  for (const std::string& j : joined) out.push_back(ParseSynopsis(j));
  return out;
}

// What `annalist COMMAND --help` says: its usage line's positional part and
// the flags it lists.
Synopsis HelpSynopsis(const std::string& command) {
  std::vector<std::string> args = Words(command);
  args.push_back("--help");
  CliResult r = RunCli(args);
  EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
  Synopsis s;
  s.command = command;
  std::istringstream in(r.out);
  std::string line;
  bool options = false;
  while (std::getline(in, line)) {
    if (line.starts_with("Usage: ")) {
      const std::string head = "Usage: annalist " + command + " [OPTIONS]";
      EXPECT_TRUE(line.starts_with(head)) << line;
      s.positional = Join(Words(line.substr(std::min(line.size(), head.size()))));
    }
    if (line == "Options:") options = true;
    if (line == "Positionals:" || line == "Subcommands:") options = false;
    if (!options || !line.starts_with("  -")) continue;
    // "  --lexicon SPEC ...", "  -q,--quiet ...", "  -h,--help ...": the
    // documents name a flag with aliases by its short form.
    std::string names = Words(line)[0];
    if (names == "-h,--help") continue;
    std::istringstream parts(names);
    std::string name, shown;
    while (std::getline(parts, name, ',')) {
      if (shown.empty() || (!name.starts_with("--") && shown.starts_with("--"))) shown = name;
    }
    s.flags.insert(shown);
  }
  return s;
}

const std::vector<std::string>& Commands() {
  static const std::vector<std::string> commands = {
      "ingest",
      "search",
      "show",
      "stats",
      "code",
      "events",
      "timeline",
      "recode",
      "validate tabari",
      "validate petrarch",
      "validate gold",
      "validate diff",
      "extract",
      "timex",
      "eval timex",
      "eval extract",
      "eval event-dates",
      "lexicon check",
      "lexicon who",
      "eval cameo-class",
      "eval cameo-ner",
      "eval report",
      "places",
      "place",
      "eval places",
      "counts",
      "serve",
  };
  return commands;
}

TEST(HelpTest, UsageLinesAndFlagsMatchDocsCli) {
  std::map<std::string, Synopsis> docs = DocSynopses();
  for (const std::string& command : Commands()) {
    ASSERT_TRUE(docs.count(command)) << "docs/cli.md has no synopsis of " << command;
    const Synopsis& doc = docs[command];
    Synopsis help = HelpSynopsis(command);
    EXPECT_EQ(help.positional, doc.positional) << command;
    EXPECT_EQ(help.flags, doc.flags) << command;
  }
  // And the documents name no command the binary lacks.
  for (const auto& [command, s] : docs) {
    EXPECT_NE(std::find(Commands().begin(), Commands().end(), command), Commands().end())
        << command;
  }
  // The issue's example: timeline takes A [B], not ACTOR(1x).
  CliResult r = RunCli({"timeline", "--help"});
  EXPECT_THAT(r.out, HasSubstr("Usage: annalist timeline [OPTIONS] A [B]\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("(1x)")));
}

TEST(HelpTest, ReadmeUsingItMatchesTheBinary) {
  std::vector<Synopsis> readme = ReadmeSynopses();
  std::set<std::string> seen;
  for (const Synopsis& s : readme) {
    Synopsis help = HelpSynopsis(s.command);
    EXPECT_EQ(s.positional, help.positional) << s.command;
    EXPECT_EQ(s.flags, help.flags) << s.command;
    seen.insert(s.command);
  }
  for (const std::string& command : Commands()) EXPECT_TRUE(seen.count(command)) << command;
}

}  // namespace
}  // namespace annalist::testing
