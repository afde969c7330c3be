// The four annalist coding rules (CoderOptions::untargeted_events,
// reported_acts, governing_acts, locative_places), each on and off, on
// sentences written for these tests with a small fixture lexicon.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "annalist/coder.h"
#include "annalist/lexicon.h"

namespace annalist {
namespace {

constexpr char kActors[] = R"(NORVANIA [NRV]
NORVANIAN [NRV]
SELDOR [SEL]
PARVEN [SEL]
KESTRIA [KES]
)";
constexpr char kAgents[] = R"(PROTESTERS_ [~OPP]
)";
constexpr char kVerbs[] = R"(ATTACK [190]
MARCH [141]
SAID [010]
CALLED [---]
- * ON [020]
WITHDRAW [087]
ACCUSE [112]
THREATEN [130]
MEET [040]
)";

// "SOURCE/TARGET/CAMEO" of each event, space-separated ("-" for no actor).
std::string Triples(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += " ";
    out +=
        (e.source ? e.source->code : "-") + "/" + (e.target ? e.target->code : "-") + "/" + e.cameo;
  }
  return out;
}

class RulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LexiconBuilder b;
    b.AddText(DictionaryFormat::kTabariActors, "rules.actors", kActors);
    b.AddText(DictionaryFormat::kTabariAgents, "rules.agents", kAgents);
    b.AddText(DictionaryFormat::kTabariVerbs, "rules.verbs", kVerbs);
    lex_ = b.Build(nullptr);
  }

  // Codes `s` with every rule on, or with `rule` off.
  std::vector<Event> Code(std::string_view s, bool CoderOptions::*rule = nullptr) {
    CoderOptions options;
    options.reported_acts = true;
    if (rule != nullptr) options.*rule = false;
    Coder coder(lex_.get(), options);
    std::vector<Event> out;
    coder.CodeSentence(s, DateTime{}, scratch_.get(), &out);
    return out;
  }

  std::shared_ptr<const Lexicon> lex_;
  std::unique_ptr<CoderScratch> scratch_ = NewCoderScratch();
};

TEST(RulesOptions, OnForAnnalistOffForTabariAndPetrarch) {
  for (const CoderOptions& o :
       {TabariDefaultOptions(), PetrarchDefaultOptions(), WithoutAnnalistRules(CoderOptions{})}) {
    EXPECT_FALSE(o.untargeted_events || o.reported_acts || o.governing_acts || o.locative_places);
  }
  const CoderOptions annalist;
  EXPECT_TRUE(annalist.untargeted_events && annalist.governing_acts && annalist.locative_places);
  // Measured worse on docs/accuracy.md: off unless asked for.
  EXPECT_FALSE(annalist.reported_acts);
  EXPECT_TRUE(IsIntransitiveCode("141"));
  EXPECT_TRUE(IsIntransitiveCode("150"));
  EXPECT_FALSE(IsIntransitiveCode("190"));
  Dialect d = Dialect::kTabari;
  EXPECT_TRUE(ParseDialect("annalist", &d));
  EXPECT_EQ(d, Dialect::kAnnalist);
  EXPECT_FALSE(ParseDialect("tabari2", &d));
}

TEST_F(RulesTest, UntargetedProtestHasASourceAndNoTarget) {
  std::vector<Event> ev = Code("Norvanian protesters marched through the capital.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRVOPP/-/141");
  EXPECT_FALSE(ev[0].target.has_value());
  EXPECT_EQ(ev[0].plover, "PROTEST");
  EXPECT_EQ(Triples(Code("Norvanian protesters marched through the capital.",
                         &CoderOptions::untargeted_events)),
            "");
  // A verb that takes a target still needs one.
  EXPECT_EQ(Triples(Code("Norvanian protesters attacked.")), "");
}

TEST_F(RulesTest, StatementThatReportsAnActYieldsTheAct) {
  std::vector<Event> ev = Code("Kestria said Norvania attacked Seldor.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/190");
  EXPECT_EQ(ev[0].mode, EventMode::kReported);
  EXPECT_EQ(ev[0].speaker, "Kestria");
  EXPECT_EQ(ev[0].speaker_code, "KES");
  // Without the rule the statement is the clause's event.
  EXPECT_EQ(Triples(Code("Kestria said Norvania attacked Seldor.", &CoderOptions::reported_acts)),
            "KES/NRV/010");
  // A statement that reports no act, or a verbal one, stays.
  EXPECT_EQ(Triples(Code("Kestria said Norvania was ready.")), "KES/NRV/010");
  EXPECT_EQ(Triples(Code("Kestria said Norvania would meet Seldor.")), "KES/NRV/010");
  // Off by default: the options as CoderOptions{} gives them code the
  // statement.
  std::vector<Event> plain;
  Coder(lex_.get())
      .CodeSentence("Kestria said Norvania attacked Seldor.", DateTime{}, scratch_.get(), &plain);
  EXPECT_EQ(Triples(plain), "KES/NRV/010");
}

TEST_F(RulesTest, AppealThatReportsAnActYieldsTheAct) {
  std::vector<Event> ev = Code("Kestria called on Norvania to withdraw from Seldor.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/087");
  EXPECT_EQ(ev[0].mode, EventMode::kReported);
  EXPECT_EQ(ev[0].speaker_code, "KES");
  EXPECT_EQ(Triples(Code("Kestria called on Norvania to withdraw from Seldor.",
                         &CoderOptions::reported_acts)),
            "KES/NRV/020");
}

TEST_F(RulesTest, GoverningActCarriesTheEmbeddedActAsContext) {
  std::vector<Event> ev = Code("Norvania threatened to attack Seldor.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/130");
  EXPECT_EQ(ev[0].context_cameo, "190");
  EXPECT_EQ(ev[0].context_verb, "attack");
  ev = Code("Norvania threatened to attack Seldor.", &CoderOptions::governing_acts);
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(ev[0].context_cameo, "");
}

TEST_F(RulesTest, GoverningVerbTheLexiconDoesNotCode) {
  // REFUSE is no verb of the fixture: the act is a rejection of meeting.
  std::vector<Event> ev = Code("Norvania refused to meet Seldor.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/125");
  EXPECT_EQ(ev[0].verb, "refused");
  EXPECT_EQ(ev[0].context_cameo, "040");
  EXPECT_EQ(ev[0].context_verb, "meet");
  EXPECT_EQ(ev[0].plover, "REJECT");
  ev = Code("Norvania demanded that Seldor withdraw.");
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/100");
  EXPECT_EQ(ev[0].context_cameo, "087");
  // Without the rule: the embedded act, negated.
  ev = Code("Norvania refused to meet Seldor.", &CoderOptions::governing_acts);
  ASSERT_EQ(ev.size(), 1u) << Triples(ev);
  EXPECT_EQ(Triples(ev), "NRV/SEL/040");
  EXPECT_EQ(ev[0].mode, EventMode::kNegated);
}

TEST_F(RulesTest, PlaceInALocativePhraseIsNoActor) {
  EXPECT_EQ(Triples(Code("At the Parven Summit, Norvania accused Kestria.")), "NRV/KES/112");
  EXPECT_EQ(Triples(Code("At the Parven Summit, Norvania accused Kestria.",
                         &CoderOptions::locative_places)),
            "SEL/KES/112");
  // "In northern Parven" is where the attack was, not who attacked.
  EXPECT_EQ(Triples(Code("In northern Parven, Norvania attacked Kestria.")), "NRV/KES/190");
  EXPECT_EQ(Triples(Code("In northern Parven, Norvania attacked Kestria.",
                         &CoderOptions::locative_places)),
            "SEL/KES/190");
  // After the verb the rule does not apply (the gold corpora code such
  // places as targets), nor without a locative preposition.
  EXPECT_EQ(Triples(Code("Norvania attacked rebels in Seldor.")), "NRV/SEL/190");
  EXPECT_EQ(Triples(Code("Norvania attacked Seldor.")), "NRV/SEL/190");
}

// Rule d after the verb: a capital named as a city ("in Paris") is the
// venue of a meeting, not its target; a visit to it is a visit to its
// country, and a country's name stays a target.
constexpr char kVenueLex[] = R"(country NOR
  name: Norway
  capital: Oslo

country KEN
  name: Kenya
  capital: Nairobi

country FRA
  name: France
  capital: Paris

verb resume 046
  forms: resumed

verb visit 042
  forms: visited

verb attack 190
  forms: attacked
)";

TEST(VenueRule, ACapitalAfterTheVerbIsTheVenueOfAMeeting) {
  LexiconBuilder b;
  b.AddText(DictionaryFormat::kAnnalist, "venue.lex", kVenueLex);
  LexiconReport report;
  std::shared_ptr<const Lexicon> lex = b.Build(&report);
  ASSERT_TRUE(report.problems.empty()) << report.problems[0];
  std::unique_ptr<CoderScratch> scratch = NewCoderScratch();
  auto code = [&](std::string_view s, bool rule) {
    CoderOptions options;
    options.locative_places = rule;
    Coder coder(lex.get(), options);
    std::vector<Event> out;
    coder.CodeSentence(s, DateTime{}, scratch.get(), &out);
    return Triples(out);
  };
  EXPECT_EQ(code("Norway and Kenya resumed talks in Paris.", true), "NOR/KEN/046");
  EXPECT_EQ(code("Norway and Kenya resumed talks in Paris.", false), "NOR/FRA/046 KEN/FRA/046");
  EXPECT_EQ(code("Norway visited officials in Nairobi.", true), "NOR/KEN/042");
  EXPECT_EQ(code("Norway attacked rebels in Nairobi.", true), "NOR/KEN/190");
  EXPECT_EQ(code("Norway resumed talks in Kenya.", true), "NOR/KEN/046");
}

}  // namespace
}  // namespace annalist
