#include "text/furniture.h"

#include <gtest/gtest.h>

#include <string>

#include "annalist/text.h"

namespace annalist {
namespace {

using text_internal::IsFurnitureLine;

TEST(FurnitureTest, LinesByTheirWords) {
  EXPECT_TRUE(IsFurnitureLine("Advertisement"));
  EXPECT_TRUE(IsFurnitureLine("Share this article:"));
  EXPECT_TRUE(IsFurnitureLine("12 photos"));
  EXPECT_TRUE(IsFurnitureLine("( Photos: Reuters, AFP )"));
  EXPECT_TRUE(IsFurnitureLine("Sign up for our daily briefing"));
  EXPECT_TRUE(IsFurnitureLine("Menahem Kahana/AFP"));
  EXPECT_TRUE(IsFurnitureLine("By continuing you agree to our cookie policy."));
  EXPECT_FALSE(IsFurnitureLine("Israel and Syria will resume talks in Paris on Monday."));
  EXPECT_FALSE(IsFurnitureLine("Facebook changed its privacy policy on Monday."));
  EXPECT_FALSE(IsFurnitureLine(""));
}

// A notice is at most 40 words: longer prose that names the terms of service
// and an agreement is article text, in plain text as in HTML (a Reuters
// story on a takeover's "terms and conditions" lost its sentence before).
TEST(FurnitureTest, LongProseAboutTermsIsNotANotice) {
  std::string notice =
      "The commenter agrees to the privacy policy of the site and waives any claim.";
  EXPECT_TRUE(IsFurnitureLine(notice));
  std::string prose =
      "Qintex said it is extending the offer to allow the company to comply with federal law "
      "restricting the ownership of airlines by foreign citizens and to finalize the terms and "
      "conditions of the letter of credit or bank guarantee required under the previously "
      "announced acquisition agreement with the board.";
  EXPECT_FALSE(IsFurnitureLine(prose));
  // The splitter agrees: the sentence is not furniture in a document.
  std::string doc = "Qintex extends offer\n\n" + prose + "\n";
  std::vector<Sentence> ss = SplitSentences(doc);
  ASSERT_EQ(ss.size(), 2u);
  EXPECT_FALSE(ss[1].furniture);
}

}  // namespace
}  // namespace annalist
