#include "lexicon/cameo_tables.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "testing/testing.h"

namespace annalist {
namespace {

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

std::string Parent(const std::string& code) { return code.substr(0, code.size() == 4 ? 3 : 2); }

TEST(CameoTable, SortedUniqueAndWellFormed) {
  auto all = AllCameoCodes();
  ASSERT_GE(all.size(), 310u);
  for (size_t i = 0; i < all.size(); ++i) {
    const CameoCode& c = all[i];
    if (i > 0) {
      EXPECT_LT(all[i - 1].code, c.code);
    }
    EXPECT_GE(c.code.size(), 2u);
    EXPECT_LE(c.code.size(), 4u);
    EXPECT_EQ(c.root, c.code.substr(0, 2));
    EXPECT_FALSE(c.label.empty()) << c.code;
    EXPECT_GE(c.goldstein, -10.0);
    EXPECT_LE(c.goldstein, 10.0);
    EXPECT_EQ(FindCameo(c.code), &c);
    // Every non-root code has its parent in the table.
    if (c.code.size() > 2) {
      EXPECT_NE(FindCameo(Parent(std::string(c.code))), nullptr) << c.code;
    }
  }
}

TEST(CameoTable, QuadClassByRoot) {
  for (const CameoCode& c : AllCameoCodes()) {
    int root = std::stoi(std::string(c.root));
    int want = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(c.quad_class, want) << c.code;
    EXPECT_EQ(QuadClassForCode(c.code), want) << c.code;
  }
  EXPECT_EQ(QuadClassForCode("00"), kQuadUnknown);
  EXPECT_EQ(QuadClassForCode("21"), kQuadUnknown);
  EXPECT_EQ(QuadClassForCode("x1"), kQuadUnknown);
  EXPECT_EQ(QuadClassForCode("0"), kQuadUnknown);
}

TEST(CameoTable, KnownRows) {
  const CameoCode* c = FindCameo("0311");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root, "03");
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->plover, "AGREE");
  EXPECT_EQ(c->plover_context, "economic");
  c = FindCameo("190");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->goldstein, -10.0);
  EXPECT_EQ(c->plover, "ASSAULT");
  EXPECT_EQ(FindCameo("010")->plover, "");  // PLOVER dropped statements
  EXPECT_EQ(FindCameo("042")->plover_mode, "visit");
  EXPECT_EQ(FindCameo("10"), FindCameo("10"));
  EXPECT_EQ(FindCameo("100")->root, "10");
  EXPECT_EQ(FindCameo("1"), nullptr);
  EXPECT_EQ(FindCameo("311"), nullptr);  // leading zero matters
  EXPECT_TRUE(FindCameo("1951")->derived);
  EXPECT_EQ(FindCameo("1951")->goldstein, FindCameo("195")->goldstein);
  EXPECT_FALSE(FindCameo("195")->derived);
}

TEST(CameoTable, LookupFallsBackToParentThenRoot) {
  EXPECT_EQ(LookupCameo("0311")->code, "0311");
  EXPECT_EQ(LookupCameo("0319")->code, "031");
  EXPECT_EQ(LookupCameo("2099")->code, "20");
  EXPECT_EQ(LookupCameo("099")->code, "09");
  EXPECT_EQ(LookupCameo("20")->code, "20");
  EXPECT_EQ(LookupCameo("21"), nullptr);
  EXPECT_EQ(LookupCameo("00"), nullptr);
  EXPECT_EQ(LookupCameo(""), nullptr);
  EXPECT_EQ(LookupCameo("0"), nullptr);
  EXPECT_EQ(LookupCameo("03111"), nullptr);
  EXPECT_EQ(LookupCameo("03a"), nullptr);
  EXPECT_EQ(PloverForCameo("0429"), "CONSULT");
  EXPECT_EQ(PloverForCameo("193"), "ASSAULT");
  EXPECT_EQ(PloverForCameo("011"), "");
  EXPECT_EQ(PloverForCameo("zz"), "");
}

// Every code in the codebook's cameo.csv is in the table.
TEST(CameoShared, EveryCodebookCodePresent) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/cameo.csv");
  int rows = 0;
  for (const std::string& line : Lines(path)) {
    if (line.empty()) continue;
    std::string code = line.substr(0, line.find(','));  // first comma only
    ++rows;
    EXPECT_NE(FindCameo(code), nullptr) << code;
  }
  EXPECT_EQ(rows, 316);
}

TEST(CameoShared, GoldsteinMatchesScale) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/CAMEO.goldsteinscale.txt");
  std::vector<std::string> lines = Lines(path);
  ASSERT_FALSE(lines.empty());
  std::set<std::string> seen;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    size_t tab = lines[i].find('\t');
    ASSERT_NE(tab, std::string::npos) << lines[i];
    std::string code = lines[i].substr(0, tab);
    double score = std::stod(lines[i].substr(tab + 1));
    const CameoCode* c = FindCameo(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->goldstein, score) << code;
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), 311u);
  // Codes without a score take their parent's, and say so.
  for (const CameoCode& c : AllCameoCodes()) {
    if (seen.count(std::string(c.code))) continue;
    EXPECT_TRUE(c.derived) << c.code;
    EXPECT_EQ(c.goldstein, FindCameo(Parent(std::string(c.code)))->goldstein) << c.code;
  }
}

TEST(CameoShared, PloverMatchesMapping) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/CAMEO2PLOVER-2021.txt");
  // code: TYPE, mode, context # comment. The first row for a code counts.
  std::map<std::string, std::vector<std::string>> first;
  for (const std::string& line : Lines(path)) {
    size_t colon = line.find(':');
    if (line.empty() || line[0] < '0' || line[0] > '9' || colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1);
    rest = rest.substr(0, rest.find('#'));
    std::vector<std::string> fields;
    std::stringstream ss(rest);
    std::string f;
    while (std::getline(ss, f, ',')) fields.push_back(Trim(f));
    fields.resize(3);
    first.emplace(code, fields);
  }
  ASSERT_GE(first.size(), 270u);
  for (const auto& [code, fields] : first) {
    const CameoCode* c = FindCameo(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->plover, fields[0]) << code;
    EXPECT_EQ(c->plover_mode, fields[1]) << code;
    EXPECT_EQ(c->plover_context, fields[2]) << code;
  }
  for (const CameoCode& c : AllCameoCodes()) {
    if (first.count(std::string(c.code))) continue;
    if (c.root == "01" || c.root == "02") {
      EXPECT_EQ(c.plover, "") << c.code;
    } else {
      EXPECT_TRUE(c.derived) << c.code;
      EXPECT_EQ(c.plover, FindCameo(Parent(std::string(c.code)))->plover) << c.code;
    }
  }
}

TEST(ActorCode, Split) {
  std::string country, sector;
  SplitActorCode("USAGOVDIP", &country, &sector);
  EXPECT_EQ(country, "USA");
  EXPECT_EQ(sector, "GOV");
  SplitActorCode("SYR", &country, &sector);
  EXPECT_EQ(country, "SYR");
  EXPECT_EQ(sector, "");
  SplitActorCode("IGOUNO", &country, &sector);
  EXPECT_EQ(country, "");
  EXPECT_EQ(sector, "IGO");
  SplitActorCode("isrmil", &country, &sector);
  EXPECT_EQ(country, "ISR");
  EXPECT_EQ(sector, "MIL");
  SplitActorCode("EURGOV", &country, &sector);
  EXPECT_EQ(country, "EUR");
  EXPECT_EQ(sector, "GOV");
  SplitActorCode("PSEREBHM", &country, &sector);  // trailing partial block
  EXPECT_EQ(country, "PSE");
  EXPECT_EQ(sector, "REB");
  SplitActorCode("SYRGOV~X", &country, &sector);
  EXPECT_EQ(country, "SYR");
  EXPECT_EQ(sector, "GOV");
  SplitActorCode("", &country, &sector);
  EXPECT_EQ(country, "");
  EXPECT_EQ(sector, "");
  SplitActorCode("GOV", nullptr, &sector);
  EXPECT_EQ(sector, "GOV");
}

TEST(ActorCode, CountryTable) {
  EXPECT_EQ(IsoCountryCodes().size(), 249u);
  for (auto list : {IsoCountryCodes(), CameoRegionCodes()}) {
    for (size_t i = 1; i < list.size(); ++i) EXPECT_LT(list[i - 1], list[i]);
  }
  for (const char* c : {"SYR", "ISR", "USA", "PSE", "FRA", "AFR", "EUR", "MEA", "KSV"}) {
    EXPECT_TRUE(IsCameoCountry(c)) << c;
  }
  for (const char* c : {"GOV", "MIL", "REB", "IGO", "NGO", "UNO", "syr", "SY", "SYRI"}) {
    EXPECT_FALSE(IsCameoCountry(c)) << c;
  }
}

// Every country code of CountryInfo (ISO alpha-3 keys) is a country here.
TEST(ActorCodeShared, CountryInfoCodesKnown) {
  ANNALIST_REQUIRE_SHARED(path, "cameo/CountryInfo.120116.txt");
  int n = 0;
  for (const std::string& line : Lines(path)) {
    size_t at = line.find("<CountryCode>");
    if (at == std::string::npos) continue;
    std::string rest = Trim(line.substr(at + 13));
    std::string code = rest.substr(0, rest.find('<'));
    code = Trim(code);
    if (code.size() != 3) continue;
    ++n;
    EXPECT_TRUE(IsCameoCountry(code)) << code;
  }
  EXPECT_GT(n, 200);
}

}  // namespace
}  // namespace annalist
