#include <algorithm>
#include <memory>
#include <thread>

#include "annalist/pipeline.h"
#include "annalist/text.h"
#include "pipeline/ordered_pipeline.h"

namespace annalist {

void FillEventDates(const Document& doc, std::vector<Event>* events) {
  for (Event& e : *events) {
    if (e.doc_id.empty()) e.doc_id = doc.id;
    if (e.date.value.known() || !doc.published.known()) continue;
    e.date.value = doc.published;
    e.date.basis = DateBasis::kPublication;
  }
}

void CodeInOrder(const Coder& coder, int threads, const DateTime& default_date,
                 const std::function<bool(CodeUnit*)>& next,
                 const std::function<bool(CodeUnit&&)>& sink) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OrderedPipeline<CodeUnit, CodeUnit> pipeline(threads, 64 * static_cast<size_t>(threads));
  pipeline.Run(
      next,
      [&] {
        std::shared_ptr<CoderScratch> scratch(NewCoderScratch().release());
        return OrderedPipeline<CodeUnit, CodeUnit>::Worker(
            [&coder, &default_date, scratch](CodeUnit&& in, CodeUnit* u) {
              *u = std::move(in);
              if (!u->doc.published.known()) u->doc.published = default_date;
              if (u->single_sentence) {
                if (!IsValidUtf8(u->doc.text)) {
                  u->doc.text = RepairUtf8(u->doc.text, &u->doc.repaired_bytes);
                }
                u->doc.sentences.assign(
                    1, Sentence{Span{0, static_cast<uint32_t>(u->doc.text.size())}, false});
                coder.CodeSentence(u->doc.text, u->doc.published, scratch.get(), &u->events);
                for (Event& e : u->events) {
                  e.sentence = 0;
                  e.span = u->doc.sentences[0].span;
                  if (e.text.empty()) e.text = u->doc.text;
                }
              } else {
                PrepareDocument(&u->doc);
                coder.CodeDocument(u->doc, scratch.get(), &u->events);
              }
              FillEventDates(u->doc, &u->events);
            });
      },
      sink);
}

}  // namespace annalist
