// The engine on real dictionaries: mentions with their spans, the resolve
// stage's dates and ids, and the one-sentence variant.
#include "annalist/engine.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "annalist/datetime.h"
#include "annalist/profile.h"
#include "testing/testing.h"

namespace annalist {
namespace {

std::shared_ptr<const CodingProfile> DefaultProfile() {
  auto profile = ResolveProfile({"default"}, nullptr);
  EXPECT_TRUE(profile.ok()) << profile.status().ToString();
  return profile.ok() ? *profile : nullptr;
}

struct Seen {
  MentionKind kind;
  uint32_t sentence;
  std::string text;  // the document's text at the span
  std::string value;
  friend bool operator==(const Seen&, const Seen&) = default;
};

std::vector<Seen> MentionsOf(const Document& doc) {
  std::vector<Seen> seen;
  for (const Mention& m : doc.mentions) {
    EXPECT_LE(m.span.end, doc.text.size());
    EXPECT_LT(m.sentence, doc.sentences.size());
    const Span s = doc.sentences[m.sentence].span;
    EXPECT_TRUE(m.span.begin >= s.begin && m.span.end <= s.end)
        << "mention outside its sentence: " << m.value;
    seen.push_back({m.kind, m.sentence, doc.text.substr(m.span.begin, m.span.size()), m.value});
  }
  return seen;
}

std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << MentionKindName(s.kind) << "@" << s.sentence << " '" << s.text << "' " << s.value;
}

TEST(EngineTest, MentionsSpanTheActorAndAgentPhrases) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "m1";
  doc.text =
      "The United States condemned Hamas on Tuesday. "
      "Syria's foreign minister met the Israel Defense Forces in Damascus.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
  ASSERT_EQ(doc.sentences.size(), 2u);
  const std::vector<Seen> want = {
      {MentionKind::kActor, 0, "United States", "USA"},
      {MentionKind::kActor, 0, "Hamas", "PSEREBHMS"},
      {MentionKind::kActor, 1, "Syria's foreign minister", "SYRGOV"},
      {MentionKind::kAgent, 1, "foreign minister", "GOV"},
      {MentionKind::kActor, 1, "Israel Defense Forces", "ISRMIL"},
  };
  std::vector<Seen> got = MentionsOf(doc);
  // Places ("Damascus" may be an actor in the default lexicon) are not
  // asserted beyond the phrases above, which must come in this order.
  std::vector<Seen> listed;
  for (const Seen& s : got) {
    for (const Seen& w : want) {
      if (s == w) listed.push_back(s);
    }
  }
  EXPECT_EQ(listed, want) << ::testing::PrintToString(got);
}

TEST(EngineTest, AgentAfterItsActorAndOfPhrases) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "m2";
  doc.text = "The prime minister of Israel visited the White House.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
  std::vector<Seen> got = MentionsOf(doc);
  std::vector<Seen> agents, actors;
  for (const Seen& s : got) (s.kind == MentionKind::kAgent ? agents : actors).push_back(s);
  ASSERT_EQ(agents.size(), 1u) << ::testing::PrintToString(got);
  EXPECT_EQ(agents[0].text, "prime minister");
  EXPECT_EQ(agents[0].value, "GOV");
  bool white_house = false, israel = false;
  for (const Seen& a : actors) {
    white_house |= a.text == "White House" && a.value == "USAGOV";
    israel |= a.text.find("Israel") != std::string::npos && a.value.rfind("ISR", 0) == 0;
  }
  EXPECT_TRUE(white_house) << ::testing::PrintToString(got);
  EXPECT_TRUE(israel) << ::testing::PrintToString(got);
  // Within the coder's stage, mentions come in order of their begin (the
  // annotate stage's places and timexes come before them).
  size_t first = 0;
  while (first < doc.mentions.size() && (doc.mentions[first].kind == MentionKind::kPlace ||
                                         doc.mentions[first].kind == MentionKind::kTimex)) {
    ++first;
  }
  for (size_t i = first + 1; i < doc.mentions.size(); ++i) {
    EXPECT_LE(doc.mentions[i - 1].span.begin, doc.mentions[i].span.begin);
  }
}

TEST(EngineTest, ResolveDatesByPublicationAndAssignsIds) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "r1";
  doc.published = DateTime{2026, 3, 2, 0, 0, 0, DatePrecision::kDay};
  doc.text = "Israel attacked Syria. Syria accused Israel of violating the agreement.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
  ASSERT_GE(events.size(), 2u);
  std::vector<uint32_t> ordinal(doc.sentences.size(), 0);
  for (const Event& e : events) {
    EXPECT_EQ(e.doc_id, "r1");
    EXPECT_EQ(e.id, EventId("r1", e.sentence, ordinal[e.sentence]++));
    EXPECT_EQ(e.date.value, doc.published);
    EXPECT_EQ(e.date.basis, DateBasis::kPublication);
  }
  EXPECT_EQ(events.front().id, "r1#0.0");
}

TEST(EngineTest, UndatedDocumentsGiveUndatedEvents) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.text = "Israel attacked Syria.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].date.value.known());
  EXPECT_EQ(events[0].date.basis, DateBasis::kNone);
  EXPECT_EQ(doc.id, ContentId(doc.text));  // the text stage named it
  EXPECT_EQ(events[0].doc_id, doc.id);
}

TEST(EngineTest, SentenceRecordsKeepTheirTextAndSpans) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "rec-1";
  doc.text = "Syria's president met the United States envoy.";
  ProcessScratch scratch;
  std::vector<Event> events;
  SentenceOutcome outcome = SentenceOutcome::kNoEvent;
  ASSERT_TRUE(ProcessSentence(*profile, Story::kAlone, &doc, &scratch, &events, &outcome).ok());
  EXPECT_EQ(outcome, SentenceOutcome::kCoded);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].text, doc.text);
  EXPECT_EQ(events[0].span, (Span{0, static_cast<uint32_t>(doc.text.size())}));
  EXPECT_EQ(events[0].id, "rec-1#0.0");
  ASSERT_EQ(doc.sentences.size(), 1u);
  bool president = false;
  for (const Seen& s : MentionsOf(doc)) {
    president |=
        s.kind == MentionKind::kActor && s.text == "Syria's president" && s.value == "SYRGOV";
  }
  EXPECT_TRUE(president) << ::testing::PrintToString(MentionsOf(doc));
}

TEST(EngineTest, BadSentenceSpansFailWithoutCoding) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "bad";
  doc.text = "Israel attacked Syria.";
  doc.sentences.push_back(Sentence{Span{0, 400}, false});
  ProcessScratch scratch;
  std::vector<Event> events;
  Status st = ProcessDocument(*profile, &doc, &scratch, &events);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(events.empty());
}

// TABARI's <TIME> phrases (TABARI.Demo.verbs: YESTERDAY [-1]): the coder
// reports the shift as a timex of the sentence; resolve dates the events by
// it.
TEST(EngineTest, TimeShiftIsATimexThatResolveApplies) {
  ANNALIST_REQUIRE_SHARED(project, "tabari/TABARI.Demo.project");
  auto profile = ResolveProfile({project}, nullptr);
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  Document doc;
  doc.id = "t";
  doc.published = DateTime{1995, 1, 1, 0, 0, 0, DatePrecision::kDay};
  doc.text = "Arnor attacked Gondor yesterday in a raid near the northern border.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessSentence(**profile, Story::kAlone, &doc, &scratch, &events).ok());
  ASSERT_FALSE(events.empty());
  std::vector<Seen> timexes;
  for (const Seen& s : MentionsOf(doc)) {
    if (s.kind == MentionKind::kTimex) timexes.push_back(s);
  }
  ASSERT_EQ(timexes.size(), 1u);
  EXPECT_EQ(timexes[0].text, "yesterday");
  EXPECT_EQ(timexes[0].value, "1994-12-31");
  for (const Event& e : events) {
    EXPECT_EQ(e.date.basis, DateBasis::kRelative);
    EXPECT_EQ(e.date.value, (DateTime{1994, 12, 31, 0, 0, 0, DatePrecision::kDay}));
  }
}

}  // namespace
}  // namespace annalist

namespace annalist {
namespace {

// The resolve stage dates events by the text (docs/time.md, "Event dates").
// Each sentence is a story of its own here, so that no story frame applies.
TEST(EngineTest, EventsDatedByTheTimexOfTheirClause) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  ProcessScratch scratch;
  size_t timexes = 0;
  auto first_event = [&](const std::string& text) {
    Document doc;
    doc.id = "d1";
    EXPECT_TRUE(ParsePublished("2026-01-07", &doc.published));  // a Wednesday
    doc.text = text;
    std::vector<Event> events;
    EXPECT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
    for (const Mention& m : doc.mentions) timexes += m.kind == MentionKind::kTimex;
    EXPECT_FALSE(events.empty()) << text;
    return events.empty() ? Event() : events[0];
  };
  // A weekday of a past clause: the last one.
  const Event monday = first_event("Israel attacked Syria on Monday.");
  EXPECT_EQ(monday.date.value.ToIso(), "2026-01-05");
  EXPECT_EQ(monday.date.basis, DateBasis::kRelative);
  EXPECT_EQ(monday.date.timex, "Monday");
  // A year naming an agreement does not date the accusation.
  EXPECT_EQ(first_event("Israel accused Syria of violating the 1974 agreement.").date.basis,
            DateBasis::kPublication);
  // A timex of another clause does not either.
  const Event other = first_event("Israel condemned Syria; the talks had ended in 2020.");
  EXPECT_EQ(other.date.basis, DateBasis::kPublication);
  EXPECT_EQ(other.date.value.ToIso(), "2026-01-07");
  // An asserted event is not dated after the publication.
  EXPECT_EQ(first_event("Israel attacked Syria on December 8, 2026.").date.basis,
            DateBasis::kPublication);
  // A full date: explicit.
  const Event full = first_event("Israel attacked Syria on December 8, 2024.");
  EXPECT_EQ(full.date.value.ToIso(), "2024-12-08");
  EXPECT_EQ(full.date.basis, DateBasis::kExplicit);
  // Nor does a year in a name.
  EXPECT_EQ(first_event("Israel arrested Syrians under the Terrorism Act 2000.").date.basis,
            DateBasis::kPublication);
  // The timexes are mentions of their sentences.
  EXPECT_EQ(timexes, 6u);
}

// A timex in a clause of its own after the verb, or one that names a thing,
// does not date the event (the cases the event-date gold showed).
TEST(EngineTest, TimexOfASubordinateClauseOrANounDoesNotDateTheEvent) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  ProcessScratch scratch;
  auto date_of = [&](const std::string& text) {
    Document doc;
    doc.id = "d1";
    EXPECT_TRUE(ParsePublished("2026-01-07", &doc.published));
    doc.text = text;
    std::vector<Event> events;
    EXPECT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
    EXPECT_FALSE(events.empty()) << text;
    return events.empty() ? std::string() : events[0].date.value.ToIso();
  };
  // A relative clause, "of" and a gerund, "than".
  EXPECT_EQ(date_of("Syria condemned the Israeli forces that entered the village in December."),
            "2026-01-07");
  EXPECT_EQ(date_of("Syria accused Israel of using false pretexts last month."), "2026-01-07");
  EXPECT_EQ(date_of("Trump said Assad is much stronger now than he was three years ago."),
            "2026-01-07");
  // A date after "of" names the lines; after "the", before a noun, the election.
  EXPECT_EQ(date_of("Syria demanded an Israeli withdrawal to the lines of December 8, 2024."),
            "2026-01-07");
  EXPECT_EQ(date_of("Syria accused Israel of meddling in the Nov. 8 election."), "2026-01-07");
  // But "the night of" dates, and so does a date before the event's own noun.
  EXPECT_EQ(date_of("Israel attacked Syria on the night of January 4."), "2026-01-04");
  EXPECT_EQ(date_of("The January 4 attacks by Israel on Syria killed ten people."), "2026-01-04");
  // A timex inside a quotation, the verb outside it, does not date the verb.
  EXPECT_EQ(date_of("\"The talks ended on Monday,\" Syria accused Israel."), "2026-01-07");
}

// The story frame: what follows a dated lead without a date of its own
// happened on the lead's day, until a sentence gives another day.
TEST(EngineTest, EventsInheritTheStoryFrame) {
  auto profile = DefaultProfile();
  ASSERT_TRUE(profile);
  Document doc;
  doc.id = "d1";
  ASSERT_TRUE(ParsePublished("2025-07-25", &doc.published));  // a Friday
  doc.text =
      "Syria's foreign minister met Israel's strategic affairs minister in Paris on Thursday. "
      "The United States praised Syria. "
      "\"We will meet Israel again today,\" the minister said. "
      "Israel will meet Syria again. "
      "Israel accused Syria on Wednesday of violating the ceasefire. "
      "Syria criticised Israel.";
  ProcessScratch scratch;
  std::vector<Event> events;
  ASSERT_TRUE(ProcessDocument(*profile, &doc, &scratch, &events).ok());
  std::map<uint32_t, const Event*> first;
  for (const Event& e : events) first.emplace(e.sentence, &e);
  ASSERT_TRUE(first.count(0) && first.count(1) && first.count(3) && first.count(5))
      << events.size();
  EXPECT_EQ(first[0]->date.value.ToIso(), "2025-07-24");
  // No date of its own: the lead's day, its basis and timex.
  EXPECT_EQ(first[1]->date.value.ToIso(), "2025-07-24");
  EXPECT_EQ(first[1]->date.basis, DateBasis::kRelative);
  EXPECT_EQ(first[1]->date.timex, "Thursday");
  // An intended event does not take the frame.
  EXPECT_EQ(first[3]->mode, EventMode::kIntended);
  EXPECT_EQ(first[3]->date.basis, DateBasis::kPublication);
  // A later day moves the frame; the "today" of a quotation did not.
  EXPECT_EQ(first[5]->date.value.ToIso(), "2025-07-23");
  EXPECT_EQ(first[5]->date.timex, "Wednesday");

  // Records keep TABARI's dating: no frame between sentences.
  Document record;
  record.record = true;
  record.text = "Israel praised Syria.";
  ASSERT_TRUE(ParsePublished("2025-07-25", &record.published));
  std::vector<Event> coded;
  ASSERT_TRUE(ProcessDocument(*profile, &record, &scratch, &coded).ok());
  ASSERT_FALSE(coded.empty());
  EXPECT_EQ(coded[0].date.basis, DateBasis::kPublication);
}

}  // namespace
}  // namespace annalist
