// The stages in order over one document: text -> annotate -> code -> resolve.
#include "annalist/engine.h"

#include <string>
#include <utility>

#include "annalist/datetime.h"
#include "annalist/text.h"

namespace annalist {
namespace {

// Nothing yet: the timex and place stages will add their mentions here.
void Annotate(const CodingProfile& /*profile*/, Document* /*doc*/) {}

// Dates and ids the events of `doc` appended since `first`: the first timex
// mention of an event's sentence, else the publication date.
void Resolve(const Document& doc, size_t first_mention, size_t first_event,
             std::vector<Event>* events) {
  uint32_t ordinal = 0;
  uint32_t last_sentence = 0;
  for (size_t k = first_event; k < events->size(); ++k) {
    Event& e = (*events)[k];
    e.doc_id = doc.id;
    ordinal = k > first_event && e.sentence == last_sentence ? ordinal + 1 : 0;
    last_sentence = e.sentence;
    e.id = EventId(doc.id, e.sentence, ordinal);
    if (e.date.value.known()) continue;
    for (size_t m = first_mention; m < doc.mentions.size(); ++m) {
      const Mention& x = doc.mentions[m];
      if (x.kind != MentionKind::kTimex || x.sentence != e.sentence) continue;
      if (ParsePublished(x.value, &e.date.value)) {
        e.date.basis = DateBasis::kRelative;
        break;
      }
    }
    if (e.date.value.known() || !doc.published.known()) continue;
    e.date.value = doc.published;
    e.date.basis = DateBasis::kPublication;
  }
}

Status CheckSentences(const Document& doc) {
  for (const Sentence& s : doc.sentences) {
    if (s.span.begin > s.span.end || s.span.end > doc.text.size()) {
      return Status::InvalidArgument("sentence span outside the text of " + doc.id);
    }
  }
  return Status::Ok();
}

}  // namespace

void PrepareDocument(Document* doc) {
  if (!IsValidUtf8(doc->text)) {
    uint64_t repaired = 0;
    doc->text = RepairUtf8(doc->text, &repaired);
    doc->repaired_bytes += repaired;
    doc->sentences.clear();  // their spans were into the unrepaired bytes
  }
  for (std::string* field : {&doc->title, &doc->url, &doc->outlet, &doc->byline}) {
    if (!IsValidUtf8(*field)) *field = RepairUtf8(*field, nullptr);
  }
  if (doc->sentences.empty() && doc->record) {
    doc->sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(doc->text.size())}, false});
  } else if (doc->sentences.empty()) {
    doc->sentences = SplitSentences(doc->text);
  }
  if (doc->id.empty()) doc->id = ContentId(doc->text);
}

Status ProcessDocument(const CodingProfile& profile, Document* doc,
                       ProcessScratch* scratch, std::vector<Event>* events) {
  if (doc->record) return ProcessSentence(profile, Story::kAlone, doc, scratch, events);
  PrepareDocument(doc);
  ANNALIST_RETURN_IF_ERROR(CheckSentences(*doc));
  const size_t first_mention = doc->mentions.size();
  const size_t first_event = events->size();
  Annotate(profile, doc);
  profile.coder().CodeDocument(*doc, scratch->coder(), events, &doc->mentions);
  Resolve(*doc, first_mention, first_event, events);
  return Status::Ok();
}

Status ProcessSentence(const CodingProfile& profile, Story story, Document* doc,
                       ProcessScratch* scratch, std::vector<Event>* events,
                       SentenceOutcome* outcome) {
  if (!IsValidUtf8(doc->text)) {
    uint64_t repaired = 0;
    doc->text = RepairUtf8(doc->text, &repaired);
    doc->repaired_bytes += repaired;
  }
  const Span whole{0, static_cast<uint32_t>(doc->text.size())};
  doc->sentences.assign(1, Sentence{whole, false});
  const size_t first_mention = doc->mentions.size();
  const size_t first_event = events->size();
  Annotate(profile, doc);
  const Coder& coder = profile.coder();
  const SentenceOutcome result =
      story == Story::kAlone
          ? coder.CodeSentence(doc->text, doc->published, scratch->coder(), events,
                               &doc->mentions)
          : coder.CodeSentence(doc->text, doc->published, story == Story::kContinues,
                               scratch->coder(), events, &doc->mentions);
  if (outcome) *outcome = result;
  for (size_t k = first_event; k < events->size(); ++k) {
    Event& e = (*events)[k];
    e.sentence = 0;
    e.span = whole;
    if (e.text.empty()) e.text = doc->text;
  }
  Resolve(*doc, first_mention, first_event, events);
  return Status::Ok();
}

}  // namespace annalist
