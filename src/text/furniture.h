// Page furniture by its words: the one notion of "this line is not part of
// the article" (share buttons, captions and credits, sign-up prompts, consent
// notices) that both the sentence splitter's line classifier (sentences.cc)
// and the HTML extractor (src/html/extract.cc) apply. docs/text.md, "Page
// furniture", lists the rules. Internal to the text and html stages.
#ifndef ANNALIST_SRC_TEXT_FURNITURE_H_
#define ANNALIST_SRC_TEXT_FURNITURE_H_

#include <cstddef>
#include <string_view>

namespace annalist::text_internal {

// True when `line` (one line or paragraph of text, UTF-8) is furniture by
// its words alone: a whole-line phrase ("Share this article",
// "Advertisement", "3 View gallery"), a label ("Photo: ...", "(Credit:
// ..."), a prefix ("Sign up for ...", "Read more: ..."), a consent or policy
// notice, or a short photo credit. `words` counts its words, `final_stop`
// says it ends in a stop or a colon, `headline` that it is a document's
// first line without a stop (never a credit). Pure; thread-safe.
bool IsFurniturePhrase(std::string_view line, size_t words, bool final_stop, bool headline);

// The same for a line measured here: words are runs of non-blank bytes with
// a letter or digit, the final stop is the last character before closing
// quotes and brackets. Not a headline.
bool IsFurnitureLine(std::string_view line);

}  // namespace annalist::text_internal

#endif  // ANNALIST_SRC_TEXT_FURNITURE_H_
