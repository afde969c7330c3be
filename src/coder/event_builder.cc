// Event assembly: compound expansion, paired codes, actor fields (text,
// code, country, sector), CAMEO fields (root, QuadClass, Goldstein, PLOVER),
// verb phrase, pattern, mode and speaker.
#include "coder/event_builder.h"

#include "annalist/cameo.h"

namespace annalist::coder_internal {
namespace {

std::pair<int32_t, int32_t> Members(const ParsedSentence& s, int32_t m) {
  // A compound at its first member; a later member of a parsed compound
  // (found by TABARI's actor-by-actor search) is that member alone.
  const ActorMention& x = s.mentions[m];
  if (x.group >= 0) {
    const Group& g = s.groups[x.group];
    if (g.first_mention == m) return {g.first_mention, g.first_mention + g.mention_count};
    const int32_t end = g.first_mention + g.mention_count;
    int32_t e = m + 1;
    while (e < end && s.mentions[e].first == x.first) ++e;
    return {m, e};
  }
  int32_t e = m + 1;
  while (e < static_cast<int32_t>(s.mentions.size()) && s.mentions[e].first == x.first) ++e;
  return {m, e};
}

void FillActor(std::string_view text, std::string_view code, EventActor* a) {
  a->text.assign(text);
  a->code.assign(code);
  SplitActorCode(code, &a->country, &a->sector);
}

std::string_view TokenRange(const ParsedSentence& s, size_t first, size_t last_inclusive) {
  const auto& t = s.tokens.tokens();
  if (first >= t.size() || last_inclusive >= t.size() || last_inclusive < first) return {};
  return s.text.substr(t[first].span.begin, t[last_inclusive].span.end - t[first].span.begin);
}

void FillCode(std::string_view code, Event* e) {
  e->cameo.assign(code);
  const CameoCode* c = LookupCameo(code);
  if (c != nullptr) {
    e->root.assign(c->root);
    e->quad = c->quad_class;
    e->goldstein = c->goldstein;
    e->plover.assign(c->plover);
  } else {
    e->root.assign(code.substr(0, 2));
    e->quad = QuadClassForCode(code);
  }
}

}  // namespace

void EmitEvents(const ParsedSentence& s, const CodedVerb& cv, const Attribution& attribution,
                size_t sentence_begin, std::vector<Event>* out) {
  // Sides: member ranges, or one default code.
  int32_t sb = 0, se = 1, tb = 0, te = 1;
  if (cv.source >= 0) std::tie(sb, se) = Members(s, cv.source);
  if (cv.single_source) std::tie(sb, se) = std::make_pair(cv.source, cv.source + 1);
  if (cv.target >= 0) std::tie(tb, te) = Members(s, cv.target);

  const size_t verb_len = s.words[cv.verb].length;
  std::string_view verb_text = TokenRange(s, cv.verb, cv.verb + verb_len - 1);
  int32_t source_token = cv.source >= 0 ? static_cast<int32_t>(s.mentions[cv.source].first) : -1;
  EventMode mode = DetectMode(s.tokens, 0, cv.verb, source_token, attribution);
  std::string_view speaker;
  std::string_view speaker_code;
  if (cv.reported_by >= 0) {
    // A statement reporting this act (CoderOptions::reported_acts).
    const ActorMention& by = s.mentions[cv.reported_by];
    speaker = s.Text(by);
    speaker_code = s.Code(by);
    if (mode == EventMode::kAsserted) mode = EventMode::kReported;
  } else if (InAttributionScope(attribution, cv.verb, source_token)) {
    speaker = TokenRange(s, attribution.speaker_first, attribution.speaker_last);
    for (int32_t k = attribution.speaker_first; k <= attribution.speaker_last; ++k) {
      if (s.words[k].mention >= 0) {
        speaker_code = s.Code(s.mentions[s.words[k].mention]);
        break;
      }
    }
  }

  auto emit = [&](std::string_view stext, std::string_view scode, std::string_view ttext,
                  std::string_view tcode, std::string_view code) {
    if (scode == tcode) return;
    for (size_t k = sentence_begin; k < out->size(); ++k) {
      const Event& x = (*out)[k];
      if (x.cameo == code && x.source && x.source->code == scode &&
          (cv.untargeted ? !x.target : x.target && x.target->code == tcode)) {
        return;
      }
    }
    Event e;
    e.text.assign(s.text);
    e.span = Span{0, static_cast<uint32_t>(s.text.size())};
    e.source.emplace();
    FillActor(stext, scode, &*e.source);
    if (!cv.untargeted) {
      e.target.emplace();
      FillActor(ttext, tcode, &*e.target);
    }
    FillCode(code, &e);
    e.mode = mode;
    if (!speaker.empty()) {
      e.speaker.assign(speaker);
      e.speaker_code.assign(speaker_code);
    }
    e.verb.assign(verb_text);
    if (cv.pattern != nullptr) {
      e.pattern.assign(cv.pattern->text);
    }
    if (!cv.context_code.empty()) {
      e.context_cameo.assign(cv.context_code);
      const size_t n = s.words[cv.context_verb].length;
      e.context_verb.assign(TokenRange(s, cv.context_verb, cv.context_verb + n - 1));
    }
    out->push_back(std::move(e));
  };

  for (int32_t i = sb; i < se; ++i) {
    std::string_view stext = cv.source >= 0 ? s.Text(s.mentions[i]) : std::string_view();
    std::string_view scode = cv.source >= 0 ? s.Code(s.mentions[i]) : cv.default_source;
    for (int32_t j = tb; j < te; ++j) {
      std::string_view ttext = cv.target >= 0 ? s.Text(s.mentions[j]) : std::string_view();
      std::string_view tcode = cv.target >= 0 ? s.Code(s.mentions[j]) : cv.default_target;
      if (cv.compound && i == j) continue;
      emit(stext, scode, ttext, tcode, cv.code);
      if (!cv.paired.empty() && !cv.compound && !cv.untargeted)
        emit(ttext, tcode, stext, scode, cv.paired);
    }
  }
}

}  // namespace annalist::coder_internal
