// Coding profiles from every spec form: dialect, options, name and hash.
#include "annalist/profile.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/engine.h"
#include "testing/testing.h"

namespace annalist {
namespace {

TEST(ProfileTest, DefaultIsAnnalistWithItsOwnOptions) {
  ProfileReport report;
  auto profile = ResolveProfile({}, &report);
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  EXPECT_EQ((*profile)->name(), "default");
  EXPECT_EQ((*profile)->dialect(), Dialect::kAnnalist);
  // annalist's defaults, not default.options (which is there for TABARI).
  EXPECT_EQ((*profile)->options().minimum_words, 0);
  EXPECT_EQ((*profile)->options().code_by, CoderOptions::CodeBy::kClause);
  EXPECT_FALSE((*profile)->options().complex_no_actor_prior);
  EXPECT_TRUE(report.notes.empty());
  EXPECT_FALSE(report.lexicon.files.empty());
  EXPECT_EQ(SpecDialect(DefaultLexiconDir()), Dialect::kAnnalist);
  EXPECT_EQ(SpecDialect(DefaultLexiconDir() + "/states.lex"), Dialect::kAnnalist);
}

TEST(ProfileTest, ContentHashIsStableAndFollowsTheBytes) {
  auto a = ResolveProfile({"default"}, nullptr);
  auto b = ResolveProfile({DefaultLexiconDir()}, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string& h = (*a)->content_hash();
  ASSERT_EQ(h.size(), 16u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos) << h;
  // The same files, named another way: the same hash, another name.
  EXPECT_EQ((*b)->content_hash(), h);
  EXPECT_NE((*b)->name(), (*a)->name());
  EXPECT_EQ((*a)->WithOptions(CoderOptions{})->content_hash(), h);

  testing::TempDir tmp;
  testing::WriteFile(tmp.File("x.actors"), "ARNOR [ARN]\n");
  auto c = ResolveProfile({"default", tmp.File("x.actors")}, nullptr);
  testing::WriteFile(tmp.File("x.actors"), "ARNOR [ARN]\nGONDOR [GON]\n");
  auto d = ResolveProfile({"default", tmp.File("x.actors")}, nullptr);
  ASSERT_TRUE(c.ok() && d.ok());
  EXPECT_NE((*c)->content_hash(), h);
  EXPECT_NE((*c)->content_hash(), (*d)->content_hash());
  EXPECT_EQ((*c)->name(), "default + " + tmp.File("x.actors"));
}

TEST(ProfileTest, SingleFilesByFormat) {
  EXPECT_EQ(SpecDialect("x.verbs"), Dialect::kTabari);
  EXPECT_EQ(SpecDialect("x.actors"), Dialect::kTabari);
  EXPECT_EQ(SpecDialect("x.project"), Dialect::kTabari);
  EXPECT_EQ(SpecDialect("PETR_config.ini"), Dialect::kPetrarch);
  EXPECT_EQ(SpecDialect("CAMEO.2.0.txt"), Dialect::kPetrarch);
  EXPECT_EQ(SpecDialect("Phoenix.agents.txt"), Dialect::kPetrarch);
  EXPECT_EQ(SpecDialect("default"), Dialect::kAnnalist);
}

TEST(ProfileTest, TabariProjectAndTheFolderHoldingIt) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.project");
  ANNALIST_REQUIRE_SHARED(folder, "tabari");
  ANNALIST_REQUIRE_SHARED(reuters, "tabari/reuters");
  EXPECT_EQ(SpecDialect(project), Dialect::kTabari);
  EXPECT_EQ(SpecDialect(folder), Dialect::kTabari);   // several projects: by its .verbs
  EXPECT_EQ(SpecDialect(reuters), Dialect::kTabari);  // its only .project
  for (const std::string& spec : {project, folder}) {
    ProfileReport report;
    auto profile = ResolveProfile({spec}, &report);
    ASSERT_TRUE(profile.ok()) << spec << ": " << profile.status().ToString();
    const CoderOptions& o = (*profile)->options();
    EXPECT_EQ(o.dialect, Dialect::kTabari) << spec;
    EXPECT_EQ(o.minimum_words, 8) << spec;  // TABARI's default
    EXPECT_EQ(o.complex_verbs, 5) << spec;  // TABARI.Demo.options: VERBS[5]
    EXPECT_TRUE(o.complex_no_actor_prior) << spec;
    EXPECT_TRUE(o.hyphens_as_blanks) << spec;
    EXPECT_TRUE(report.options.empty()) << report.options.front();
  }
}

TEST(ProfileTest, PetrarchConfigAndTheFolderHoldingIt) {
  ANNALIST_REQUIRE_SHARED(config, "petrarch/PETR_config.ini");
  ANNALIST_REQUIRE_SHARED(folder, "petrarch");
  for (const std::string& spec : {config, folder}) {
    auto profile = ResolveProfile({spec}, nullptr);
    ASSERT_TRUE(profile.ok()) << spec << ": " << profile.status().ToString();
    EXPECT_EQ((*profile)->dialect(), Dialect::kPetrarch) << spec;
    EXPECT_FALSE((*profile)->options().code_nonrestrictive) << spec;  // PETRARCH's default
  }
}

TEST(ProfileTest, LayeredSpecsTakeTheFirstSpecsRules) {
  ANNALIST_REQUIRE_SHARED(actors, "tabari/TABARI.Demo.actors");
  ProfileReport report;
  auto profile = ResolveProfile({"default", actors}, &report);
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  EXPECT_EQ((*profile)->dialect(), Dialect::kAnnalist);
  EXPECT_EQ((*profile)->options().minimum_words, 0);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_NE(report.notes[0].find("coded with the annalist rules of default"), std::string::npos)
      << report.notes[0];
  // The layered actors are there: Arnor is coded.
  Document doc;
  doc.id = "a";
  doc.text = "Arnor attacked Israel.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(**profile, &doc, &scratch, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source->code, "ARN");
}

// Issue 7's example: the TABARI demo project, and the folder holding it,
// code "Arnor attacked Aragorn." the same way: not at all, because TABARI's
// MINIMUM WORDS is 8 and the sentence has 3 words (docs/coder.md).
TEST(ProfileTest, ArnorAttackedAragornIsTooShortForTabari) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.project");
  ANNALIST_REQUIRE_SHARED(folder, "tabari");
  for (const std::string& spec : {project, folder}) {
    auto profile = ResolveProfile({spec}, nullptr);
    ASSERT_TRUE(profile.ok());
    Document doc;
    doc.id = "arnor";
    doc.text = "Arnor attacked Aragorn.";
    ProcessScratch scratch;
    std::vector<Event> events;
    SentenceOutcome outcome = SentenceOutcome::kCoded;
    ASSERT_TRUE(ProcessSentence(**profile, Story::kAlone, &doc, &scratch, &events, &outcome).ok());
    EXPECT_EQ(outcome, SentenceOutcome::kTooShort) << spec;
    EXPECT_TRUE(events.empty()) << spec;
    // Without the minimum, the demo dictionaries code it.
    CoderOptions o = (*profile)->options();
    o.minimum_words = 0;
    events.clear();
    ASSERT_TRUE(ProcessSentence(*(*profile)->WithOptions(o), Story::kAlone, &doc, &scratch, &events,
                                &outcome)
                    .ok());
    ASSERT_EQ(events.size(), 1u) << spec;
    EXPECT_EQ(events[0].source->code, "ARN");
  }
}

TEST(ProfileTest, MissingSpecFails) {
  auto profile = ResolveProfile({"/nonexistent/x.project"}, nullptr);
  EXPECT_FALSE(profile.ok());
}

}  // namespace
}  // namespace annalist
