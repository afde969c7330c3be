// Place mentions of a document: names found with the gazetteer's phrase
// matcher over each sentence's tokens, filtered (common words, parts of
// longer names), then each resolved to one place in the story's context.
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <vector>

#include "annalist/gazetteer.h"
#include "annalist/text.h"
#include "geo/gazetteer_data.h"

namespace annalist {

using namespace geo_internal;

struct PlaceScratch::Buffers {
  TokenBuffer tokens;
  struct Found {
    Span span;
    uint32_t sentence;
    uint32_t group;
    uint32_t qualifier;  // index into `found` of the ", Texas" after it, or ~0u
    bool dateline;
  };
  std::vector<Found> found;
  std::vector<std::array<char, 3>> countries;  // the story's
};

PlaceScratch::PlaceScratch() : buffers_(std::make_unique<Buffers>()) {}
PlaceScratch::~PlaceScratch() = default;

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Capitalised: an upper-case ASCII letter or a non-ASCII letter (the
// tokenizer made it a word) first.
bool Capitalised(std::string_view s) {
  return !s.empty() && (IsUpper(s[0]) || static_cast<unsigned char>(s[0]) >= 0xC0);
}
bool AllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (IsLower(c)) return false;
    letters += IsUpper(c);
  }
  return letters >= 2;
}

// Place names that are far more often common words, given names or parts of
// other names when capitalised in English news. This list and the two below
// are sorted: they are searched per candidate name, by binary search.
constexpr std::string_view kNotPlaces[] = {
    "AFRICAN",   "ALONG",    "AMERICAN",     "ARAB",       "AS",          "ASSEMBLY", "BANK",
    "BATH",      "BIDEN",    "BRITISH",      "BUY",        "CAN",         "CANADIAN", "CENTRAL",
    "CHANCE",    "COMMERCE", "CONCORD",      "CONGRESS",   "DEAL",        "DEFENCE",  "DEFENSE",
    "DIVISION",  "EARL",     "EASTERN",      "ELECTION",   "EMBASSY",     "ENGLISH",  "ENTERPRISE",
    "FREEDOM",   "FRENCH",   "FRIDAY",       "FRIENDSHIP", "GAS",         "GOLDEN",   "GRAND",
    "HAMAS",     "HOPE",     "INDEPENDENCE", "INDUSTRY",   "ISIS",        "LIBERTY",  "MARCH",
    "MAY",       "MISSION",  "MOBILE",       "MONDAY",     "MOST",        "NATIONAL", "NEWS",
    "NICE",      "NORTHERN", "OBAMA",        "OF",         "OPPORTUNITY", "PARADISE", "PARLIAMENT",
    "PLEASANT",  "POLICE",   "PRESIDENT",    "PROGRESS",   "PUTIN",       "READING",  "REFORM",
    "REPUBLIC",  "REUTERS",  "ROYAL",        "SAID",       "SALE",        "SATURDAY", "SENATE",
    "SOUTHERN",  "SPLIT",    "STATE",        "SUCCESS",    "SUMMIT",      "SUNDAY",   "TEA",
    "THURSDAY",  "TIMES",    "TRUMP",        "TUESDAY",    "UNION",       "UNITY",    "VICTORIA",
    "WEDNESDAY", "WESTERN",  "WHY",          "WORTH"};
static_assert(std::ranges::is_sorted(kNotPlaces));

bool NotAPlace(std::string_view norm) { return std::ranges::binary_search(kNotPlaces, norm); }

// Words after a place name that make it a venue or meeting of that place
// ("the Doha Forum", "Geneva talks"), so the place name still counts.
constexpr std::string_view kVenueHeads[] = {
    "AIRPORT", "CITY",     "CONFERENCE",  "COUNTY",  "DIALOGUE", "DISTRICT",
    "FORMAT",  "FORUM",    "GOVERNORATE", "MEETING", "OBLAST",   "PORT",
    "PROCESS", "PROVINCE", "REGION",      "STATE",   "SUMMIT",   "TALKS"};
static_assert(std::ranges::is_sorted(kVenueHeads));

bool VenueHead(std::string_view norm) { return std::ranges::binary_search(kVenueHeads, norm); }

// Capitalised words that may come before a place name at the start of a
// sentence or clause.
constexpr std::string_view kOpeners[] = {
    "ACROSS",  "AFTER",  "AGAINST",   "AND",   "AS",   "AT",     "BEFORE",     "BETWEEN",
    "BEYOND",  "BOTH",   "BUT",       "BY",    "FOR",  "FROM",   "IF",         "IN",
    "INSIDE",  "LIKE",   "MEANWHILE", "NEAR",  "NOR",  "ON",     "ONLY",       "OR",
    "OUTSIDE", "OVER",   "SINCE",     "SO",    "THE",  "THEN",   "THROUGHOUT", "TO",
    "UNDER",   "UNLIKE", "WHEN",      "WHILE", "WITH", "WITHIN", "YET"};
static_assert(std::ranges::is_sorted(kOpeners));

bool Opener(std::string_view norm) { return std::ranges::binary_search(kOpeners, norm); }

bool StoryCountry(const std::vector<std::array<char, 3>>& countries, std::string_view c) {
  if (c.size() != 3) return false;
  for (const auto& x : countries) {
    if (std::string_view(x.data(), 3) == c) return true;
  }
  return false;
}

void AddCountry(std::vector<std::array<char, 3>>* countries, std::string_view c) {
  if (c.size() != 3 || StoryCountry(*countries, c)) return;
  countries->push_back({c[0], c[1], c[2]});
}

}  // namespace

void FindPlaces(const Gazetteer& gazetteer, const Document& doc, PlaceScratch* scratch,
                std::vector<PlaceMention>* out) {
  FindPlaces(gazetteer, doc, nullptr, scratch, out);
}

void FindPlaces(const Gazetteer& gazetteer, const Document& doc, const TokenBuffer* doc_tokens,
                PlaceScratch* scratch, std::vector<PlaceMention>* out) {
  const Gazetteer::Data& d = gazetteer.data();
  PlaceScratch::Buffers& b = *scratch->buffers();
  b.found.clear();
  b.countries.clear();
  const std::string_view text = doc.text;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Span sent = doc.sentences[s].span;
    // The sentence's tokens: the text's where given, else its own.
    const TokenBuffer* tb = doc_tokens;
    size_t first = 0, end = 0;
    if (tb == nullptr || !TokensWithin(text, *tb, sent, &first, &end)) {
      Tokenize(text.substr(sent.begin, sent.size()), sent.begin, &b.tokens);
      tb = &b.tokens;
      first = 0;
      end = b.tokens.size();
    }
    const std::vector<Token>& toks = tb->tokens();
    // At each token the longest name; a name left out below lets the
    // search go on at the next token ("the Golan Heights").
    size_t next = first;
    for (size_t pos = first; pos < end; ++pos) {
      // A name is taken only as written capitalised (below): a token that
      // does not start with a capital starts none.
      if (pos < next || !Capitalised(text.substr(toks[pos].span.begin, 1))) continue;
      lexicon_internal::PhraseSpan m;
      if (!d.matcher.Match(*tb, pos, &m, end)) continue;
      const Span span{toks[m.begin].span.begin, toks[m.begin + m.length - 1].span.end};
      const std::string_view written = text.substr(span.begin, span.size());
      if (!Capitalised(written)) continue;
      // An all-capitals short name ("US") only as written in capitals.
      bool upper_only = true, some_upper_only = false;
      for (uint32_t g = m.id; g < d.header->name_count && d.names[g].group == m.id; ++g) {
        upper_only &= (d.names[g].flags & kNameUpperOnly) != 0;
        some_upper_only |= (d.names[g].flags & kNameUpperOnly) != 0;
      }
      if (upper_only && !AllCaps(written)) continue;
      if (m.length == 1 && NotAPlace(tb->norm(m.begin))) continue;
      // The first sentence's first words in capitals followed by a dash, a
      // comma or "(Reuters)": the dateline.
      const size_t after = m.begin + m.length;
      const bool at_start =
          m.begin == first ||
          (s == 0 &&
           text.substr(sent.begin, span.begin - sent.begin).find_first_not_of(" \n\r\t") ==
               std::string_view::npos);
      bool dateline = false;
      if (s == 0 && at_start && after < end && toks[after].kind == Token::kPunct) {
        const std::string_view p = tb->norm(after);
        dateline = AllCaps(written) && (p == "-" || p == "," || p == "(" || p == ":");
      }
      // Part of a longer name: a capitalised word right before it (other
      // than a preposition or conjunction opening the sentence: "In Paris")
      // or right after it (unless a venue word: "the Doha Forum"); a
      // country's name may stand before a name ("UK Foreign Secretary").
      bool country = false;
      for (uint32_t g = m.id; g < d.header->name_count && d.names[g].group == m.id; ++g) {
        country |=
            d.places[d.names[g].place].feature == static_cast<uint8_t>(PlaceFeature::kCountry);
      }
      if (!dateline) {
        if (m.begin > first && toks[m.begin - 1].kind == Token::kWord &&
            Capitalised(text.substr(toks[m.begin - 1].span.begin, 1)) &&
            tb->norm(m.begin - 1) != "'S" && !Opener(tb->norm(m.begin - 1))) {
          continue;  // "Mr Jordan", "Lake Geneva"
        }
        if (!country && after < end && toks[after].kind == Token::kWord &&
            Capitalised(text.substr(toks[after].span.begin, 1)) && !VenueHead(tb->norm(after)) &&
            tb->norm(after) != "'S") {
          continue;  // "Washington Post"
        }
      }
      // An acronym written in capitals is not a short place name ("EU" is
      // not Eu, France).
      if (m.length == 1 && !some_upper_only && AllCaps(written) && written.size() <= 3 &&
          !dateline) {
        continue;
      }
      // ", Texas" after it qualifies it (set once that mention is found).
      if (!b.found.empty()) {
        PlaceScratch::Buffers::Found& prev = b.found.back();
        if (prev.sentence == s && prev.qualifier == ~0u) {
          const std::string_view between = text.substr(prev.span.end, span.begin - prev.span.end);
          if (between == ", " || between == ",")
            prev.qualifier = static_cast<uint32_t>(b.found.size());
        }
      }
      b.found.push_back({span, s, m.id, ~0u, dateline});
      next = pos + m.length;
    }
  }
  // The story's countries: the countries it names, the dateline's.
  for (const auto& f : b.found) {
    for (uint32_t g = f.group; g < d.header->name_count && d.names[g].group == f.group; ++g) {
      const PlaceRecord& r = d.places[d.names[g].place];
      if (r.feature == static_cast<uint8_t>(PlaceFeature::kCountry) || f.dateline) {
        AddCountry(&b.countries, d.Country(r));
        break;
      }
    }
  }
  // Resolve each name: the prior score plus the context's.
  for (const auto& f : b.found) {
    const PlaceRecord* qual = nullptr;
    if (f.qualifier != ~0u) {
      // The qualifier's best place (no context of its own).
      double best = -1;
      const uint32_t qg = b.found[f.qualifier].group;
      for (uint32_t g = qg; g < d.header->name_count && d.names[g].group == qg; ++g) {
        const PlaceRecord& r = d.places[d.names[g].place];
        if (r.feature != static_cast<uint8_t>(PlaceFeature::kCountry) &&
            r.feature != static_cast<uint8_t>(PlaceFeature::kRegion)) {
          continue;
        }
        if (PriorScore(r) > best) best = PriorScore(r), qual = &r;
      }
    }
    double best = -1e9;
    uint32_t best_place = ~0u;
    for (uint32_t g = f.group; g < d.header->name_count && d.names[g].group == f.group; ++g) {
      const uint32_t p = d.names[g].place;
      const PlaceRecord& r = d.places[p];
      double score = PriorScore(r);
      const std::string_view country = d.Country(r);
      if (qual) {
        if (!country.empty() && country == d.Country(*qual)) score += 30;
        if (qual->admin[0] && std::strncmp(qual->admin, r.admin, sizeof(r.admin)) == 0) score += 30;
        if (qual == &r) score -= 60;  // "Paris, Texas" is not Texas
      }
      if (StoryCountry(b.countries, country)) score += 6;
      if (score > best) best = score, best_place = p;
    }
    if (best_place == ~0u) continue;
    // A small town of one word that nothing in the story points to is more
    // likely a surname or a word ("Blair", "Maxwell").
    const PlaceRecord& chosen = d.places[best_place];
    if (chosen.feature == static_cast<uint8_t>(PlaceFeature::kCity) && chosen.population < 15000 &&
        !qual && !f.dateline && !StoryCountry(b.countries, d.Country(chosen)) &&
        text.substr(f.span.begin, f.span.size()).find(' ') == std::string_view::npos) {
      continue;
    }
    out->push_back(PlaceMention{f.span, f.sentence, best_place, f.dateline});
  }
}

}  // namespace annalist
