#include <algorithm>
#include <memory>
#include <thread>

#include "annalist/engine.h"
#include "annalist/pipeline.h"
#include "pipeline/ordered_pipeline.h"

namespace annalist {

void CodeInOrder(const CodingProfile& profile, int threads, const DateTime& default_date,
                 const std::function<bool(CodeUnit*)>& next,
                 const std::function<bool(CodeUnit&&)>& sink) {
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OrderedPipeline<CodeUnit, CodeUnit> pipeline(threads, 64 * static_cast<size_t>(threads));
  // Bounded in bytes as well: a few huge documents are not all held at once.
  pipeline.LimitBytes(32 << 20, [](const CodeUnit& u) { return u.doc.text.size(); });
  pipeline.Run(
      next,
      [&] {
        auto scratch = std::make_shared<ProcessScratch>();
        return OrderedPipeline<CodeUnit, CodeUnit>::Worker(
            [&profile, &default_date, scratch](CodeUnit&& in, CodeUnit* u) {
              *u = std::move(in);
              if (!u->doc.published.known()) u->doc.published = default_date;
              // A unit that cannot be coded (a bad span) yields no events.
              if (!ProcessDocument(profile, &u->doc, scratch.get(), &u->events).ok()) {
                u->events.clear();
              }
            });
      },
      sink);
}

}  // namespace annalist
