// annalist's timex scanner scored against TimeML gold: a hand-written .tml
// document, malformed input, and the MEANTIME English corpus (value F1 and
// strict span F1 at least 0.80, above HeidelTime's 0.776 and 0.813 on
// TempEval-3).
#include "annalist/timex_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "testing/testing.h"

namespace annalist {
namespace {

TEST(TimexEval, ReadsInlineTimeMlAndScoresLikeTempEval3) {
  testing::TempDir dir;
  const std::string path = dir.File("doc.tml");
  testing::WriteFile(path,
                     "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
                     "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-01-04\" "
                     "functionInDocument=\"CREATION_TIME\">January 4, 2026</TIMEX3></DCT>\n"
                     "<TEXT>Talks resume <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-01-05\">"
                     "tomorrow</TIMEX3> &amp; were frozen <TIMEX3 tid=\"t2\" type=\"DATE\" "
                     "value=\"2025-11\">about two months ago</TIMEX3>, in the <TIMEX3 tid=\"t3\" "
                     "type=\"DATE\" value=\"2025\">last year</TIMEX3>.</TEXT>\n</TimeML>\n");
  Result<TimeMlDocument> doc = ReadTimeMl(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text,
            "Talks resume tomorrow & were frozen about two months ago, in the last year.");
  EXPECT_EQ(doc->dct.ToIso(), "2026-01-04");
  ASSERT_EQ(doc->gold.size(), 3u);
  EXPECT_EQ(doc->text.substr(doc->gold[1].span.begin, doc->gold[1].span.size()),
            "about two months ago");
  std::ostringstream errors;
  const TimexScore s = ScoreTimexes({*doc}, TimexOptions(), &errors);
  // Found: tomorrow (right), "about two months ago" (right), "the last
  // year" (a relaxed match only: the gold extent leaves out "the").
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.system, 3u);
  EXPECT_EQ(s.strict.correct, 2u);
  EXPECT_EQ(s.relaxed.correct, 3u);
  EXPECT_EQ(s.value.correct, 3u);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 1.0);
  EXPECT_NEAR(s.strict.f1, 2.0 / 3, 1e-9);
  EXPECT_NE(errors.str().find("\"the last year\""), std::string::npos) << errors.str();
}

TEST(TimexEval, MalformedInputNamesTheFile) {
  testing::TempDir dir;
  const std::string path = dir.File("bad.tml");
  testing::WriteFile(path,
                     "<TimeML><DCT><TIMEX3 value=\"2026-01-04\"/></DCT><TEXT>a <TIMEX3 "
                     "type=\"DATE\" value=\"2026\">2026</TEXT></TimeML>");
  Result<TimeMlDocument> doc = ReadTimeMl(path);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find(path), std::string::npos);
  EXPECT_NE(doc.status().message().find("not closed"), std::string::npos);
  testing::WriteFile(path, "just text");
  EXPECT_FALSE(ReadTimeMl(path).ok());
  EXPECT_FALSE(ReadTimeMl(dir.File("absent.tml")).ok());
}

TEST(TimexEval, MeantimeEnglishBeatsHeidelTime) {
  ANNALIST_REQUIRE_SHARED(root, "time/meantime_newsreader_english_oct15/intra-doc_annotation");
  Result<std::vector<TimeMlDocument>> docs = ReadTimeMlPaths({root});
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 120u);
  const TimexScore s = ScoreTimexes(*docs, TimexOptions(), nullptr);
  std::printf(
      "MEANTIME: gold %zu, found %zu; strict F1 %.3f, relaxed F1 %.3f, type F1 %.3f, "
      "value F1 %.3f (accuracy %.3f)\n",
      s.gold, s.system, s.strict.f1, s.relaxed.f1, s.type.f1, s.value.f1, s.value_accuracy);
  EXPECT_GT(s.gold, 400u);
  EXPECT_GE(s.value.f1, 0.80);
  EXPECT_GE(s.strict.f1, 0.80);
}

}  // namespace
}  // namespace annalist
