// The gazetteer file and place resolution, on the gazetteer the build
// compiled. Tests that need the cities data skip without it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "annalist/gazetteer.h"
#include "annalist/text.h"
#include "testing/testing.h"

namespace annalist {
namespace {

std::shared_ptr<const Gazetteer> Default() {
  static std::shared_ptr<const Gazetteer> g = [] {
    Result<std::shared_ptr<const Gazetteer>> r = Gazetteer::Load(DefaultGazetteerPath());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r.value() : nullptr;
  }();
  return g;
}

#define REQUIRE_CITIES(g) \
  if (!(g)->has_cities()) GTEST_SKIP() << "gazetteer built without the cities data"

struct Found {
  std::string text, id, country;
  bool dateline;
};

std::vector<Found> Places(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.sentences = SplitSentences(doc.text);
  PlaceScratch scratch;
  std::vector<PlaceMention> out;
  FindPlaces(*Default(), doc, &scratch, &out);
  std::vector<Found> found;
  for (const PlaceMention& m : out) {
    found.push_back({text.substr(m.span.begin, m.span.size()), Default()->Id(m.place),
                     std::string(Default()->place(m.place).country), m.dateline});
  }
  return found;
}

TEST(GazetteerTest, CountriesAndCuratedFeaturesAreThereWithoutTheCities) {
  auto g = Default();
  ASSERT_NE(g, nullptr);
  std::vector<Place> golan = g->Lookup("golan heights");
  ASSERT_FALSE(golan.empty());
  EXPECT_EQ(g->Id(golan[0].index), "annalist:golan-heights");
  EXPECT_NEAR(golan[0].lat, 33.0, 0.5);
  std::vector<Place> us = g->Lookup("U.S.");
  ASSERT_FALSE(us.empty());
  EXPECT_EQ(us[0].country, "USA");
  EXPECT_EQ(us[0].feature, PlaceFeature::kCountry);
  uint32_t syr = 0;
  ASSERT_TRUE(g->FindId("country:SYR", &syr));
  EXPECT_EQ(g->place(syr).name, "Syria");
  EXPECT_TRUE(g->Lookup("Atlantis of the North").empty());
}

TEST(GazetteerTest, ParisRanksTheCapitalFirst) {
  auto g = Default();
  REQUIRE_CITIES(g);
  std::vector<Place> paris = g->Lookup("Paris");
  ASSERT_GE(paris.size(), 2u);
  EXPECT_EQ(paris[0].country, "FRA");
  EXPECT_EQ(paris[0].capital, 2);
  bool texas = false;
  for (const Place& p : paris) texas |= p.country == "USA" && p.admin == "TX";
  EXPECT_TRUE(texas);
  uint32_t back = 0;
  ASSERT_TRUE(g->FindId(g->Id(paris[0].index), &back));
  EXPECT_EQ(back, paris[0].index);
}

TEST(GazetteerTest, NamesWithoutTheirAccentsFindThePlace) {
  auto g = Default();
  REQUIRE_CITIES(g);
  std::vector<Place> m = g->Lookup("Montreal");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].country, "CAN");
}

TEST(GazetteerTest, LoadFailsClearly) {
  testing::TempDir dir;
  Result<std::shared_ptr<const Gazetteer>> missing = Gazetteer::Load(dir.File("none.bin"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  testing::WriteFile(dir.File("bad.bin"), "not a gazetteer at all, just text");
  Result<std::shared_ptr<const Gazetteer>> bad = Gazetteer::Load(dir.File("bad.bin"));
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  // A real file cut short.
  const std::string whole = testing::ReadFile(DefaultGazetteerPath());
  testing::WriteFile(dir.File("cut.bin"), whole.substr(0, whole.size() / 2));
  Result<std::shared_ptr<const Gazetteer>> cut = Gazetteer::Load(dir.File("cut.bin"));
  EXPECT_EQ(cut.status().code(), StatusCode::kCorruption);
  EXPECT_NE(cut.status().message().find("cut.bin"), std::string::npos);
}

TEST(PlacesTest, AQualifierPicksTheSmallerParis) {
  REQUIRE_CITIES(Default());
  std::vector<Found> f = Places("The rally was held in Paris, Texas, on Saturday.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "Paris");
  EXPECT_EQ(f[0].country, "USA");
  EXPECT_EQ(f[1].text, "Texas");
  f = Places("The rally was held in Paris on Saturday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].country, "FRA");
}

TEST(PlacesTest, TheStoryCountryPicksTripoliInLebanon) {
  REQUIRE_CITIES(Default());
  EXPECT_EQ(Places("Clashes were reported in Tripoli.")[0].country, "LBY");
  std::vector<Found> f = Places("Lebanon's army said clashes were reported in Tripoli.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].country, "LBN");
}

TEST(PlacesTest, TheDatelineIsMarked) {
  std::vector<Found> f = Places("DAMASCUS — Syria said on Monday that talks would resume.");
  ASSERT_GE(f.size(), 2u);
  EXPECT_EQ(f[0].text, "DAMASCUS");
  EXPECT_TRUE(f[0].dateline);
  EXPECT_EQ(f[0].country, "SYR");
  EXPECT_FALSE(f[1].dateline);
}

TEST(PlacesTest, PartsOfLongerNamesAndCommonWordsAreNotPlaces) {
  REQUIRE_CITIES(Default());
  for (const char* text :
       {"The Washington Post reported it.", "Defence Minister Israel Katz spoke.",
        "Police said the EU would act.", "They told us to wait.", "Mr Jordan arrived."}) {
    EXPECT_TRUE(Places(text).empty()) << text;
  }
  // But a venue named after its city is in that city.
  std::vector<Found> f = Places("He spoke at the Doha Forum.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].country, "QAT");
  // And a country's name may stand before a title.
  f = Places("UK Foreign Secretary Jack Straw announced it.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].country, "GBR");
}

// FindPlaces given the text's tokens (as the engine gives it FindTimexes')
// finds what it finds tokenizing each sentence on its own.
struct Place {
  uint32_t begin, end, sentence, place;
  bool dateline;
  bool operator==(const Place&) const = default;
};
std::vector<Place> PlacesOf(const Document& doc, bool shared_tokens) {
  TokenBuffer tokens;
  if (shared_tokens) Tokenize(doc.text, &tokens);
  PlaceScratch scratch;
  std::vector<PlaceMention> out;
  FindPlaces(*Default(), doc, shared_tokens ? &tokens : nullptr, &scratch, &out);
  std::vector<Place> places;
  for (const PlaceMention& m : out) {
    places.push_back({m.span.begin, m.span.end, m.sentence, m.place, m.dateline});
  }
  return places;
}

TEST(PlacesTest, TheTextsTokensFindWhatEachSentencesOwnFind) {
  // Sentences as the splitter makes them.
  for (const char* text :
       {"DAMASCUS — Syria and Israel met in Paris on Monday. The U.S. envoy flew to Doha.",
        "Talks in Geneva, Switzerland ended.\nOfficials in Ankara and Tehran said so."}) {
    Document doc;
    doc.text = text;
    doc.sentences = SplitSentences(doc.text);
    EXPECT_EQ(PlacesOf(doc, true), PlacesOf(doc, false)) << text;
    EXPECT_FALSE(PlacesOf(doc, true).empty()) << text;
  }
  // Sentence ends that fall inside a token of the text ("Paris-based",
  // "Geneva") and a name across two sentences: each sentence is still
  // read on its own.
  Document doc;
  doc.text = "Reporters met in Paris-based offices near Geneva\nSyria and Israel spoke.";
  const uint32_t dash = static_cast<uint32_t>(doc.text.find('-'));
  const uint32_t gen = static_cast<uint32_t>(doc.text.find("Geneva")) + 3;
  const uint32_t nl = static_cast<uint32_t>(doc.text.find('\n'));
  doc.sentences = {Sentence{Span{0, dash}}, Sentence{Span{dash, gen}}, Sentence{Span{gen, nl}},
                   Sentence{Span{nl + 1, static_cast<uint32_t>(doc.text.size())}}};
  const std::vector<Place> own = PlacesOf(doc, false);
  EXPECT_EQ(PlacesOf(doc, true), own);
  for (const Place& m : own) {
    EXPECT_LE(m.end, doc.sentences[m.sentence].span.end);
    EXPECT_GE(m.begin, doc.sentences[m.sentence].span.begin);
  }
  // Real news, where the shared data is at hand.
  const std::string bbc = ::annalist::testing::SharedFile("corpus/bbc/politics");
  if (bbc.empty()) GTEST_SKIP() << "corpus/bbc is absent: only the texts above compared";
  size_t docs = 0, places = 0;
  for (const auto& entry : std::filesystem::directory_iterator(bbc)) {
    std::ifstream in(entry.path());
    Document d;
    d.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    d.sentences = SplitSentences(d.text);
    const std::vector<Place> mine = PlacesOf(d, false);
    EXPECT_EQ(PlacesOf(d, true), mine) << entry.path();
    ++docs;
    places += mine.size();
  }
  EXPECT_GT(docs, 100u);
  EXPECT_GT(places, 1000u);
}

TEST(PlacesTest, DistanceIsGreatCircle) {
  EXPECT_NEAR(DistanceKm(48.8566, 2.3522, 51.5074, -0.1278), 344, 3);  // Paris-London
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015, 5);
}

}  // namespace
}  // namespace annalist
