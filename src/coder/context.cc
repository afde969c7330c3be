// What the coder remembers between the sentences of a document (pronouns
// and "the country" across sentences), and the text of a mention.
#include <string>

#include "annalist/cameo.h"
#include "coder/sentence.h"

namespace annalist::coder_internal {

std::string_view ParsedSentence::Text(const ActorMention& m) const {
  if (m.text_begin & 0x80000000u) {
    return std::string_view(external_text).substr(m.text_begin & 0x7fffffffu, m.text_size);
  }
  return text.substr(m.text_begin, m.text_size);
}

void RememberReferents(const ParsedSentence& s, Context* context) {
  if (s.mentions.empty()) return;
  auto fill = [&](size_t k, Referent* r) {
    const ActorMention& m = s.mentions[k];
    r->text.assign(s.Text(m));
    r->codes.clear();
    if (m.group >= 0) {
      const Group& g = s.groups[m.group];
      for (int32_t j = 0; j < g.mention_count; ++j) {
        r->codes.emplace_back(s.Code(s.mentions[g.first_mention + j]));
      }
    } else {
      r->codes.emplace_back(s.Code(m));
    }
  };
  fill(0, &context->first_actor);
  context->first_compound.codes.clear();
  for (const Group& g : s.groups) {
    if (g.mention_count > 1) {
      fill(g.first_mention, &context->first_compound);
      break;
    }
  }
  std::string country, sector;
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    const ActorMention& m = s.mentions[k];
    if (m.group >= 0) continue;
    SplitActorCode(s.Code(m), &country, &sector);
    if (!country.empty() && sector.empty()) fill(k, &context->last_country);
    if (country.empty() || sector == "REB" || sector == "OPP") fill(k, &context->last_group);
    if (sector == "GOV") fill(k, &context->last_government);
  }
}

}  // namespace annalist::coder_internal
