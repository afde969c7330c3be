// SplitSentences: boundaries, abbreviations, quotes, datelines, line
// structure and page furniture.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annalist/text.h"

namespace annalist {
namespace {

using V = std::vector<std::string>;

void CheckSpans(std::string_view text, const std::vector<Sentence>& ss) {
  uint32_t prev = 0;
  for (const Sentence& s : ss) {
    ASSERT_LE(prev, s.span.begin);
    ASSERT_LT(s.span.begin, s.span.end);
    ASSERT_LE(s.span.end, text.size());
    // No surrounding white space.
    EXPECT_NE(text[s.span.begin], ' ');
    EXPECT_NE(text[s.span.end - 1], ' ');
    EXPECT_NE(text[s.span.end - 1], '\n');
    prev = s.span.end;
  }
}

V Split(std::string_view text) {
  std::vector<Sentence> ss = SplitSentences(text);
  CheckSpans(text, ss);
  V out;
  for (const Sentence& s : ss) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

// The sentences that are furniture.
V Furniture(std::string_view text) {
  V out;
  for (const Sentence& s : SplitSentences(text)) {
    if (s.furniture) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  return out;
}

TEST(Split, EmptyAndBlank) {
  EXPECT_EQ(Split(""), V{});
  EXPECT_EQ(Split(" \n\n\t \u00A0\n"), V{});
}

TEST(Split, InvalidUtf8IsSafe) {
  // The pipeline repairs text first, but bad bytes must not break the
  // splitter: here a line of 200 continuation bytes (found by the fuzzer).
  std::string t = "Headline\n" + std::string(200, '\x80') + "\nBody. More.";
  std::vector<Sentence> ss = SplitSentences(t);
  ASSERT_EQ(ss.size(), 4u);
  EXPECT_EQ(ss[1].span, (Span{9, 209}));
}

TEST(Split, BasicStops) {
  EXPECT_EQ(Split("Hello world. This is a test."), (V{"Hello world.", "This is a test."}));
  EXPECT_EQ(Split("Is it over? Yes! It is."), (V{"Is it over?", "Yes!", "It is."}));
  EXPECT_EQ(Split("  Leading and trailing.  "), V{"Leading and trailing."});
  EXPECT_EQ(Split("No final stop"), V{"No final stop"});
  EXPECT_EQ(Split("Wait?! Really."), (V{"Wait?!", "Really."}));
  // Lower case after a stop does not start a sentence.
  EXPECT_EQ(Split("Jeb! was better. ok"), V{"Jeb! was better. ok"});
}

TEST(Split, TitlesNeverEndASentence) {
  for (const char* t : {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.",
                        "Pres.", "Prof.", "Sgt.", "Capt.", "Adm.", "Rev."}) {
    std::string s = std::string("Yesterday ") + t + " Smith arrived. He left.";
    EXPECT_EQ(Split(s).size(), 2u) << s;
  }
  EXPECT_EQ(Split("Lt. Col. Oliver North testified."), V{"Lt. Col. Oliver North testified."});
}

TEST(Split, AbbreviationsThatMayEndASentence) {
  // Before a name or a number they do not end it ...
  EXPECT_EQ(Split("He went to St. Louis on Jan. 5 and Sept. 11. Then home.").size(), 2u);
  for (const char* m : {"Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}) {
    std::string s = std::string("On ") + m + " 5 the talks began. They ended.";
    EXPECT_EQ(Split(s).size(), 2u) << s;
  }
  EXPECT_EQ(Split("The U.S. Army and U.N. officials met U.K. and E.U. envoys."),
            V{"The U.S. Army and U.N. officials met U.K. and E.U. envoys."});
  EXPECT_EQ(Split("At 10 a.m. Monday the meeting began."),
            V{"At 10 a.m. Monday the meeting began."});
  EXPECT_EQ(Split("He was No. 2 in the party."), V{"He was No. 2 in the party."});
  EXPECT_EQ(Split("He said No. Definitely not."), (V{"He said No.", "Definitely not."}));
  EXPECT_EQ(Split("It was Smith vs. Jones in court."), V{"It was Smith vs. Jones in court."});
  EXPECT_EQ(Split("Apples, pears, etc. are fruit."), V{"Apples, pears, etc. are fruit."});
  EXPECT_EQ(Split("Acme Inc. said profits rose."), V{"Acme Inc. said profits rose."});
  // ... but before a typical sentence opener they do.
  EXPECT_EQ(Split("He flew to the U.S. The talks began."),
            (V{"He flew to the U.S.", "The talks began."}));
  EXPECT_EQ(Split("It started at 9 p.m. They stayed."),
            (V{"It started at 9 p.m.", "They stayed."}));
  EXPECT_EQ(Split("She was born in Jan. It was cold."),
            (V{"She was born in Jan.", "It was cold."}));
  // Company suffixes end a sentence before any capital.
  EXPECT_EQ(Split("He joined Acme Corp. Terms were not disclosed."),
            (V{"He joined Acme Corp.", "Terms were not disclosed."}));
  EXPECT_EQ(Split("It bought Banner Industries Inc. Kaneb owns 82 pct."),
            (V{"It bought Banner Industries Inc.", "Kaneb owns 82 pct."}));
}

TEST(Split, Initials) {
  EXPECT_EQ(Split("George W. Bush met Kim. Then he left."),
            (V{"George W. Bush met Kim.", "Then he left."}));
  EXPECT_EQ(Split("J. R. R. Tolkien wrote books."), V{"J. R. R. Tolkien wrote books."});
  EXPECT_EQ(Split("J.R.R. Tolkien wrote books."), V{"J.R.R. Tolkien wrote books."});
  EXPECT_EQ(Split("They chose Plan B. The vote was close."),
            (V{"They chose Plan B.", "The vote was close."}));
}

TEST(Split, DecimalsAndNumbers) {
  EXPECT_EQ(Split("Growth was 3.5 percent. Next year it may be 4.1 percent."),
            (V{"Growth was 3.5 percent.", "Next year it may be 4.1 percent."}));
  EXPECT_EQ(Split("Profit rose 5 pct. 1986 results include a gain."),
            (V{"Profit rose 5 pct.", "1986 results include a gain."}));
  EXPECT_EQ(Split("Visit Yahoo.com today. Or not."), (V{"Visit Yahoo.com today.", "Or not."}));
  EXPECT_EQ(Split("1. FIREWORKS FLY IN DEBATE. 2. Panel rules."),
            (V{"1. FIREWORKS FLY IN DEBATE.", "2. Panel rules."}));
}

TEST(Split, QuotesClosingAfterTheStop) {
  EXPECT_EQ(Split("He said \"we will win.\" Then he left."),
            (V{"He said \"we will win.\"", "Then he left."}));
  EXPECT_EQ(Split("He said \u201Cwe will win.\u201D Then he left."),
            (V{"He said \u201Cwe will win.\u201D", "Then he left."}));
  EXPECT_EQ(Split("\"Why?\" he asked."), V{"\"Why?\" he asked."});
  EXPECT_EQ(Split("It ended (finally.) Next."), (V{"It ended (finally.)", "Next."}));
  // A stop followed by an opening quote.
  EXPECT_EQ(Split("It was 26 weeks. \"We are going further.\""),
            (V{"It was 26 weeks.", "\"We are going further.\""}));
  EXPECT_EQ(Split("He quoted the U.S. \u201CWe agree,\u201D he said."),
            (V{"He quoted the U.S.", "\u201CWe agree,\u201D he said."}));
}

TEST(Split, Ellipsis) {
  EXPECT_EQ(Split("He paused... Then he spoke."), (V{"He paused...", "Then he spoke."}));
  EXPECT_EQ(Split("and so \u2026 we went on."), V{"and so \u2026 we went on."});
  EXPECT_EQ(Split("Wait\u2026 What?"), (V{"Wait\u2026", "What?"}));
  EXPECT_EQ(Split("It's combat. . . . If you walk in, you see."),
            (V{"It's combat. . . .", "If you walk in, you see."}));
  EXPECT_EQ(Split("He said no. ... We have to go."), (V{"He said no. ...", "We have to go."}));
  EXPECT_EQ(Split("Why? ... We have to go."), (V{"Why?", "... We have to go."}));
  EXPECT_EQ(Split("... And then it ended."), V{"... And then it ended."});
}

TEST(Split, Datelines) {
  EXPECT_EQ(Split("PARIS (Reuters) - French officials met on Monday. They agreed."),
            (V{"PARIS (Reuters) - French officials met on Monday.", "They agreed."}));
  EXPECT_EQ(Split("WASHINGTON, March 3 (AP) -- The president spoke. He left."),
            (V{"WASHINGTON, March 3 (AP) -- The president spoke.", "He left."}));
  EXPECT_EQ(Split("WASHINGTON, Jan. 5 (AP) \u2014 The president spoke."),
            V{"WASHINGTON, Jan. 5 (AP) \u2014 The president spoke."});
  EXPECT_EQ(Split("ST. LOUIS (AP) \u2014 Police said two men were held."),
            V{"ST. LOUIS (AP) \u2014 Police said two men were held."});
  EXPECT_EQ(Split("ORLANDO, Fla. (Reuters) - Obama met survivors. He spoke."),
            (V{"ORLANDO, Fla. (Reuters) - Obama met survivors.", "He spoke."}));
  EXPECT_EQ(Split("COLUMBIA, S.C. (AP) \u2014 The Latest on the election."),
            V{"COLUMBIA, S.C. (AP) \u2014 The Latest on the election."});
  // A dateline on a line of its own joins the first sentence.
  std::string t =
      "Israel talks\n\nJERUSALEM \u2014\nIsrael said it would talk. Talks begin Monday.";
  EXPECT_EQ(Split(t), (V{"Israel talks", "JERUSALEM \u2014\nIsrael said it would talk.",
                         "Talks begin Monday."}));
  EXPECT_EQ(Furniture(t), V{});
}

TEST(Split, LinesAndParagraphs) {
  // Lines are paragraphs: every line break ends a sentence.
  EXPECT_EQ(Split("A headline here\nFirst sentence. Second one\nThird line."),
            (V{"A headline here", "First sentence.", "Second one", "Third line."}));
  // Blank lines always end a sentence.
  EXPECT_EQ(Split("The talks ended without\n\nagreement on Monday."),
            (V{"The talks ended without", "agreement on Monday."}));
  // CRLF.
  EXPECT_EQ(Split("One line.\r\nTwo line.\r\n"), (V{"One line.", "Two line."}));
}

TEST(Split, HardWrappedText) {
  std::string t =
      "Showers continued throughout the week in\n"
      "the Bahia cocoa zone, alleviating the drought since early\n"
      "January and improving prospects for the coming temporao.\n"
      "    The dry period means the temporao will be late this year.\n"
      "    Arrivals for the week ended February 22 were 155,221 bags\n"
      "of 60 kilos. Again it seems that cocoa was included in the\n"
      "arrivals figures.\n"
      "    Shr 1.20 dlrs vs 1.10 dlrs\n"
      "    Net 5.4 mln vs 4.3 mln\n";
  V got = Split(t);
  ASSERT_EQ(got.size(), 6u) << ::testing::PrintToString(got);
  EXPECT_EQ(got[0].rfind("Showers", 0), 0u);
  EXPECT_EQ(got[0].substr(got[0].size() - 9), "temporao.");
  EXPECT_EQ(got[1], "The dry period means the temporao will be late this year.");
  EXPECT_EQ(got[2], "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.");
  EXPECT_EQ(got[4], "Shr 1.20 dlrs vs 1.10 dlrs");
  EXPECT_EQ(got[5], "Net 5.4 mln vs 4.3 mln");
}

TEST(Furniture, HeadlineIsNotFurniture) {
  std::string t = "Crisis talks\n\nLeaders met on Monday. They agreed to meet again.";
  std::vector<Sentence> ss = SplitSentences(t);
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_FALSE(ss[0].furniture);
  EXPECT_EQ(Furniture(t), V{});
}

TEST(Furniture, PatternLines) {
  const std::string body = "Leaders met in Paris on Monday to discuss the border. ";
  for (const char* line : {"1 View gallery",
                           "12 photos",
                           "View gallery",
                           "Photo: Reuters",
                           "(Photo: AP)",
                           "( Photos: Alex Kolomoisky / AFP)",
                           "Credit: Jane Doe",
                           "Getty Images",
                           "Read more",
                           "Read more: Israel strikes Gaza.",
                           "Share",
                           "Share this article",
                           "Comments",
                           "Advertisement",
                           "Sign up for our daily newsletter.",
                           "Image caption",
                           "Smith/AFP via Getty Images",
                           "\"\"",
                           "***",
                           "___."}) {
    std::string t = "Headline\n" + body + "\n" + line + "\n" + body + "\n";
    EXPECT_EQ(Furniture(t), V{line}) << line;
  }
}

TEST(Furniture, NoticesButNotNewsAboutPolicies) {
  std::string notice =
      "We use cookies to improve your experience. By continuing you agree to our Cookie Policy.";
  std::string t = "Headline\nLeaders met on Monday.\n" + notice + "\n";
  EXPECT_EQ(Furniture(t), (V{"We use cookies to improve your experience.",
                             "By continuing you agree to our Cookie Policy."}));
  std::string news = "Headline\nFacebook changed its privacy policy on Monday, officials said.\n";
  EXPECT_EQ(Furniture(news), V{});
  std::string cookies = "Headline\nThe firm makes Oreo cookies, and you can buy them anywhere.\n";
  EXPECT_EQ(Furniture(cookies), V{});
}

TEST(Furniture, LinesInAnotherScript) {
  std::string t =
      "Talks resume\nNegotiations on a security agreement are set to resume Monday.\n"
      "\u05d1\u05e0\u05d9\u05de\u05d9\u05df \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5, "
      "\u05d0\u05d7\u05de\u05d3 \u05d0-\u05e9\u05e8\u05e2\n"
      "Talks were frozen two months ago.\n";
  V f = Furniture(t);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("\u05d1", 0), 0u);

  // And the other way round: an English credit in a Hebrew article.
  std::string he =
      "\u05d1\u05e0\u05d9\u05de\u05d9\u05df \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5 "
      "\u05d0\u05d7\u05de\u05d3 \u05d0-\u05e9\u05e8\u05e2 \u05e2\u05dc \u05e8\u05e7\u05e2 "
      "\u05de\u05e4\u05d4.\nAlex Kolomoisky and friends\n"
      "\u05d1\u05e0\u05d9\u05de\u05d9\u05df \u05e0\u05ea\u05e0\u05d9\u05d4\u05d5 "
      "\u05d0\u05d7\u05de\u05d3.\n";
  EXPECT_EQ(Furniture(he), V{"Alex Kolomoisky and friends"});
}

TEST(Furniture, CaptionsNextToPhotoLines) {
  std::string t =
      "Talks resume\nNegotiations are set to resume Monday in Paris.\n1 View gallery\n"
      "Syrian leader Ahmed al-Sharaa and Israel's Prime Minister Benjamin Netanyahu\n"
      "(Photo: AFP)\nTrump expressed confidence in the talks.\n";
  EXPECT_EQ(Furniture(t),
            (V{"1 View gallery",
               "Syrian leader Ahmed al-Sharaa and Israel's Prime Minister Benjamin Netanyahu",
               "(Photo: AFP)"}));
  // The same line between prose lines is a sentence.
  std::string prose =
      "Talks resume\nNegotiations are set to resume Monday in Paris.\n"
      "Syrian leader Ahmed al-Sharaa and Israel's Prime Minister Benjamin Netanyahu\n"
      "Trump expressed confidence in the talks.\n";
  EXPECT_EQ(Furniture(prose), V{});
}

TEST(Furniture, ShortLinesWithoutAStop) {
  std::string t =
      "Talks resume\nNegotiations are set to resume Monday in Paris.\nMost read\n"
      "2000 GMT\nHe left.\nFULL TEXT.\nYes.\n";
  EXPECT_EQ(Furniture(t), (V{"Most read", "2000 GMT", "FULL TEXT."}));
}

TEST(Furniture, AllCapsDocumentKeepsItsLines) {
  std::string t = "TALKS RESUME\nNEGOTIATIONS ARE SET TO RESUME MONDAY.\nTHEY MET.\n";
  EXPECT_EQ(Furniture(t), V{});
}

}  // namespace
}  // namespace annalist
