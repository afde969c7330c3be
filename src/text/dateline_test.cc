// DatelineLength on the dateline forms of wire copy, and on sentences that
// only look like them.
#include <gtest/gtest.h>

#include <string>

#include "annalist/text.h"

namespace annalist {
namespace {

// The sentence without its dateline.
std::string Rest(std::string_view s) { return std::string(s.substr(DatelineLength(s))); }

TEST(Dateline, WireForms) {
  EXPECT_EQ(Rest("DAMASCUS \u2014 Israeli aircraft struck the compound."),
            "Israeli aircraft struck the compound.");
  EXPECT_EQ(Rest("PARIS (Reuters) - French officials met on Monday."),
            "French officials met on Monday.");
  EXPECT_EQ(Rest("WASHINGTON, March 3 (AP) -- The president spoke."), "The president spoke.");
  EXPECT_EQ(Rest("ST. LOUIS (AP) \u2014 Police said two men were held."),
            "Police said two men were held.");
  EXPECT_EQ(Rest("ORLANDO, Fla. (Reuters) - Obama met survivors."), "Obama met survivors.");
  EXPECT_EQ(Rest("TEL AVIV \u2013 The cabinet met."), "The cabinet met.");
}

TEST(Dateline, NotADateline) {
  EXPECT_EQ(DatelineLength("NATO said on Monday - and repeated it - that talks go on."), 0u);
  EXPECT_EQ(DatelineLength("Israel struck Syria - officials said."), 0u);
  EXPECT_EQ(DatelineLength("UN - EU talks resumed."), 0u);         // too short for a place
  EXPECT_EQ(DatelineLength("ISRAEL STRIKES SYRIA - REPORT"), 0u);  // all capitals
  EXPECT_EQ(DatelineLength("PARIS-based firms rose."), 0u);
  EXPECT_EQ(DatelineLength("DAMASCUS \u2014"), 0u);  // nothing after it
  EXPECT_EQ(DatelineLength(""), 0u);
}

}  // namespace
}  // namespace annalist
