// The text stage on real data: the seed story, the BBC, PolNeAR and Reuters
// corpora, a reference sentence split of Reuters bodies, and big inputs.
// Each test skips when its shared data is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "annalist/text.h"
#include "testing/testing.h"

namespace annalist {
namespace {

namespace fs = std::filesystem;
using ::annalist::testing::ReadFile;

std::string_view SpanText(std::string_view text, const Sentence& s) {
  return text.substr(s.span.begin, s.span.size());
}

void CheckSpans(std::string_view text, const std::vector<Sentence>& ss) {
  uint32_t prev = 0;
  for (const Sentence& s : ss) {
    ASSERT_LE(prev, s.span.begin);
    ASSERT_LT(s.span.begin, s.span.end);
    ASSERT_LE(s.span.end, text.size());
    prev = s.span.end;
  }
}

// ------------------------------------------------------------------ seed

TEST(SeedStory, FurnitureAndSentences) {
  ANNALIST_REQUIRE_SHARED(path, "seed/israel-syria-paris-talks.txt");
  uint64_t repaired = 0;
  std::string text = RepairUtf8(ReadFile(path), &repaired);
  EXPECT_EQ(repaired, 0u);
  std::vector<Sentence> ss = SplitSentences(text);
  CheckSpans(text, ss);

  std::vector<std::string> furniture, prose;
  for (const Sentence& s : ss) {
    (s.furniture ? furniture : prose).emplace_back(SpanText(text, s));
  }
  const std::string hebrew =
      "\xd7\x91\xd7\xa0\xd7\x99\xd7\x9e\xd7\x99\xd7\x9f \xd7\x91\xd7\x99\xd7\x91\xd7\x99 "
      "\xd7\xa0\xd7\xaa\xd7\xa0\xd7\x99\xd7\x94\xd7\x95";  // "בנימין ביבי נתניהו"
  ASSERT_EQ(furniture.size(), 8u) << ::testing::PrintToString(furniture);
  EXPECT_EQ(furniture[0], "1 View gallery");
  EXPECT_EQ(furniture[1].rfind(hebrew, 0), 0u);
  EXPECT_EQ(furniture[2].rfind(hebrew, 0), 0u);
  EXPECT_EQ(furniture[3].rfind("Syrian leader Ahmed al", 0), 0u);
  EXPECT_EQ(furniture[4].rfind("( Photos: Alex Kolomoisky", 0), 0u);
  EXPECT_EQ(furniture[5], "Comments");
  EXPECT_EQ(furniture[6].rfind("The commenter agrees to the privacy policy", 0), 0u);
  EXPECT_EQ(furniture[7], "\"\"");

  // The headline and the standfirst (no final stop, not furniture) come
  // first; then the body, one sentence each.
  ASSERT_EQ(prose.size(), 15u) << ::testing::PrintToString(prose);
  EXPECT_EQ(prose[0], "US-brokered security talks between Israel and Syria set to resume in Paris");
  EXPECT_EQ(prose[1].rfind("Two months after they were suspended", 0), 0u);
  EXPECT_EQ(prose[1].back(), 'r');  // trailing NBSP trimmed
  EXPECT_EQ(prose[3].rfind("Talks were frozen", 0), 0u);
  EXPECT_NE(prose[3].find("U.S. President Donald Trump at his Mar-a-Lago estate."),
            std::string::npos);
  EXPECT_EQ(prose[6].rfind("Netanyahu assigned them", 0), 0u);
  // The quotation closes after the stop: the sentence ends after the quote.
  EXPECT_EQ(prose[9].substr(prose[9].size() - 12), "in Syria.\xe2\x80\x9d");
  EXPECT_EQ(prose[10].rfind("Trump expressed confidence", 0), 0u);
  EXPECT_EQ(prose[14],
            "He argues that any future deal must safeguard Syria\xe2\x80\x99s interests.");

  // Tokens of the caption line: the non-breaking hyphen joins, the
  // possessive splits.
  TokenBuffer tb;
  Tokenize(furniture[3], &tb);
  std::vector<std::string> norms;
  for (size_t i = 0; i < tb.size(); ++i) norms.emplace_back(tb.norm(i));
  EXPECT_EQ(norms,
            (std::vector<std::string>{"SYRIAN", "LEADER", "AHMED", "AL-SHARAA", "AND", "ISRAEL",
                                      "'S", "PRIME", "MINISTER", "BENJAMIN", "NETANYAHU"}));
}

// --------------------------------------------------------------- corpora

std::vector<std::string> FilesUnder(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ext) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Corpus, BbcHeadlinesAndFurniture) {
  ANNALIST_REQUIRE_SHARED(dir, "corpus/bbc");
  size_t docs = 0, sentences = 0, furniture = 0;
  for (const std::string& f : FilesUnder(dir, ".txt")) {
    if (f.find("README") != std::string::npos) continue;
    std::string text = RepairUtf8(ReadFile(f), nullptr);
    std::vector<Sentence> ss = SplitSentences(text);
    CheckSpans(text, ss);
    ASSERT_FALSE(ss.empty()) << f;
    // Line 1 is the headline: a sentence of its own, not furniture.
    std::string_view first_line = std::string_view(text).substr(0, text.find('\n'));
    while (!first_line.empty() && (first_line.back() == ' ' || first_line.back() == '\r')) {
      first_line.remove_suffix(1);
    }
    EXPECT_EQ(SpanText(text, ss[0]), first_line) << f;
    EXPECT_FALSE(ss[0].furniture) << f;
    ++docs;
    sentences += ss.size();
    for (const Sentence& s : ss) furniture += s.furniture;
  }
  ASSERT_GT(docs, 2000u);
  std::printf("bbc: %zu docs, %zu sentences, %zu furniture\n", docs, sentences, furniture);
  // BBC text is prose; the few furniture lines are fixture lists and dates.
  EXPECT_LT(furniture * 100, sentences);
  EXPECT_GT(sentences, docs * 15);
}

TEST(Corpus, PolnearSplitsCleanly) {
  ANNALIST_REQUIRE_SHARED(dir, "corpus/polnear");
  size_t docs = 0, sentences = 0, furniture = 0, long_sentences = 0;
  for (const std::string& f : FilesUnder(dir, ".txt")) {
    if (f.find("/text/") == std::string::npos) continue;
    std::string text = RepairUtf8(ReadFile(f), nullptr);
    std::vector<Sentence> ss = SplitSentences(text);
    CheckSpans(text, ss);
    ++docs;
    sentences += ss.size();
    for (const Sentence& s : ss) {
      furniture += s.furniture;
      long_sentences += s.span.size() > 1500;
    }
  }
  ASSERT_GT(docs, 1000u);
  std::printf("polnear: %zu docs, %zu sentences, %zu furniture, %zu over 1500 bytes\n", docs,
              sentences, furniture, long_sentences);
  EXPECT_LT(furniture * 40, sentences);
  EXPECT_LT(long_sentences * 500, sentences);
}

// ---------------------------------------------------------------- Reuters

// Reuters bodies from the SGML: entities decoded, control characters dropped,
// the closing "Reuter" removed, as the reference split was made.
std::map<int, std::string> ReutersBodies(const std::string& sgm) {
  std::map<int, std::string> out;
  std::string data = RepairUtf8(ReadFile(sgm), nullptr);
  size_t pos = 0;
  while ((pos = data.find("<REUTERS", pos)) != std::string::npos) {
    size_t end = data.find("</REUTERS>", pos);
    if (end == std::string::npos) break;
    std::string_view rec(data.data() + pos, end - pos);
    pos = end;
    size_t id = rec.find("NEWID=\"");
    size_t b = rec.find("<BODY>");
    size_t e = rec.find("</BODY>");
    if (id == std::string_view::npos || b == std::string_view::npos ||
        e == std::string_view::npos) {
      continue;
    }
    int newid = std::atoi(std::string(rec.substr(id + 7, 8)).c_str());
    std::string_view raw = rec.substr(b + 6, e - b - 6);
    std::string body;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '&') {
        size_t semi = raw.find(';', i);
        if (semi != std::string_view::npos && semi - i <= 6) {
          std::string_view ent = raw.substr(i + 1, semi - i - 1);
          if (ent == "lt")
            body += '<';
          else if (ent == "gt")
            body += '>';
          else if (ent == "amp")
            body += '&';
          else if (!ent.empty() && ent[0] == '#') {
            int c = std::atoi(std::string(ent.substr(1)).c_str());
            if (c >= 32 && c != 127 && c < 128) body += static_cast<char>(c);
          } else {
            body.append(raw.substr(i, semi - i + 1));
          }
          i = semi;
          continue;
        }
      }
      body += raw[i];
    }
    while (!body.empty() && isspace(static_cast<unsigned char>(body.back()))) body.pop_back();
    if (body.size() >= 6) {
      std::string tail = body.substr(body.size() - 6);
      for (char& c : tail) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
      if (tail == "reuter") body.resize(body.size() - 6);
    }
    out[newid] = body;
  }
  return out;
}

// The reference: sentence texts per NEWID.
std::map<int, std::vector<std::string>> ReferenceSentences(const std::string& path, int max_id) {
  std::map<int, std::vector<std::string>> out;
  std::string data = ReadFile(path);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) break;
    std::string_view header(data.data() + pos, eol - pos);
    pos = eol + 1;
    size_t r = header.find(" R");
    if (r == std::string_view::npos) continue;
    int id = std::atoi(std::string(header.substr(r + 2, 7)).c_str());
    std::string sentence;
    while (pos < data.size()) {
      eol = data.find('\n', pos);
      if (eol == std::string::npos) eol = data.size();
      std::string_view line(data.data() + pos, eol - pos);
      pos = eol + 1;
      if (line.empty()) break;
      if (!sentence.empty()) sentence += ' ';
      sentence.append(line);
    }
    if (id <= max_id) out[id].push_back(sentence);
  }
  return out;
}

// Positions of sentence boundaries, counted in non-white-space bytes.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!isspace(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

TEST(Corpus, ReutersAgreesWithReferenceSplit) {
  ANNALIST_REQUIRE_SHARED(ref_path, "tabari/reuters/reuters.sentences.text");
  ANNALIST_REQUIRE_SHARED(sgm0, "corpus/reuters21578/reut2-000.sgm");
  std::map<int, std::string> bodies;
  for (const char* f : {"reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm", "reut2-003.sgm"}) {
    std::string p = ::annalist::testing::SharedFile(std::string("corpus/reuters21578/") + f);
    if (p.empty()) continue;
    bodies.merge(ReutersBodies(p));
  }
  ASSERT_GT(bodies.size(), 3000u);
  int max_id = bodies.rbegin()->first;
  std::map<int, std::vector<std::string>> ref = ReferenceSentences(ref_path, max_id);
  ASSERT_GT(ref.size(), 2000u);

  size_t compared = 0, skipped = 0, ref_bounds = 0, our_bounds = 0, agreed = 0;
  for (const auto& [id, sentences] : ref) {
    auto it = bodies.find(id);
    if (it == bodies.end()) continue;
    const std::string& body = it->second;
    std::string joined;
    std::set<size_t> rb;
    for (size_t i = 0; i < sentences.size(); ++i) {
      joined += Squeeze(sentences[i]);
      if (i + 1 < sentences.size()) rb.insert(joined.size());
    }
    if (joined != Squeeze(body)) {
      ++skipped;
      continue;
    }
    ++compared;
    std::vector<Sentence> ss = SplitSentences(body);
    CheckSpans(body, ss);
    std::set<size_t> ob;
    size_t count = 0, last = 0;
    for (size_t i = 0; i + 1 < ss.size(); ++i) {
      for (size_t k = last; k < ss[i].span.end; ++k)
        count += !isspace(static_cast<unsigned char>(body[k]));
      last = ss[i].span.end;
      ob.insert(count);
    }
    ref_bounds += rb.size();
    our_bounds += ob.size();
    for (size_t b : rb) agreed += ob.count(b);
  }
  double recall = ref_bounds ? static_cast<double>(agreed) / ref_bounds : 0;
  double precision = our_bounds ? static_cast<double>(agreed) / our_bounds : 0;
  std::printf(
      "reuters: %zu docs compared (%zu skipped), reference boundaries %zu, ours %zu, "
      "agreed %zu: recall %.4f precision %.4f\n",
      compared, skipped, ref_bounds, our_bounds, agreed, recall, precision);
  ASSERT_GT(compared, 2000u);
  EXPECT_LT(skipped * 20, compared);
  // The reference splits after every .!? before a capital or a quote, so
  // also inside "U.S. Agriculture Department", "Sen. Charles Grassley" and
  // "John W. Johnstone"; nearly all the boundaries we do not reproduce are
  // of that kind. It does not split after a closing quote (`." He`), before
  // a digit, at paragraph breaks or between table rows, where we do, so
  // precision against it is lower. Measured on reut2-000..003: recall
  // 0.935, precision 0.785 (docs/text.md); the thresholds leave a little
  // room.
  EXPECT_GT(recall, 0.92);
  EXPECT_GT(precision, 0.76);
}

// ------------------------------------------------------------ big inputs

TEST(BigInput, FiftyMegabytes) {
  // Built from the BBC corpus when present, else from a synthetic article.
  std::string unit;
  std::string dir = ::annalist::testing::SharedFile("corpus/bbc");
  if (!dir.empty()) {
    for (const std::string& f : FilesUnder(dir, ".txt")) {
      unit += ReadFile(f);
      unit += "\n\n";
      if (unit.size() > (4u << 20)) break;
    }
  } else {
    unit =
        "Mr. Smith went to Washington. He met U.S. officials on Jan. 5 in the "
        "capital.\n\nThe talks, which lasted 3.5 hours, ended without a deal.\n";
  }
  // Sprinkle invalid bytes so the repair path runs too.
  unit += "bad \xff\xfe bytes \xc0\xaf and \xed\xa0\x80 here.\n";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += unit;

  auto t0 = std::chrono::steady_clock::now();
  uint64_t repaired = 0;
  std::string text = RepairUtf8(big, &repaired);
  auto t1 = std::chrono::steady_clock::now();
  EXPECT_GT(repaired, 0u);
  EXPECT_TRUE(IsValidUtf8(text));
  std::vector<Sentence> ss = SplitSentences(text);
  auto t2 = std::chrono::steady_clock::now();
  CheckSpans(text, ss);
  EXPECT_GT(ss.size(), 100000u);
  std::printf("50 MB: repair %.2f s, split %.2f s, %zu sentences\n",
              std::chrono::duration<double>(t1 - t0).count(),
              std::chrono::duration<double>(t2 - t1).count(), ss.size());

  // One 50 MB line with no stop at all: a single sentence, found quickly.
  std::string flat(50u << 20, 'a');
  for (size_t i = 7; i < flat.size(); i += 8) flat[i] = ' ';
  std::vector<Sentence> one = SplitSentences(flat);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].span.begin, 0u);
}

}  // namespace
}  // namespace annalist
