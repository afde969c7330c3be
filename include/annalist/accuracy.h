// Accuracy against the ConfliBERT CAMEO corpora (../shared/data/gold/
// conflibert, docs/accuracy.md): sentence classes and actor spans.
//
//   ScoreCameoClass  cameo_class/train.tsv: one sentence and a coarse class
//                    (0..4) per line; each sentence is coded on its own and
//                    the class of its first event (the coder's order: the
//                    first clause's event first) is its prediction. A
//                    sentence with no event is predicted "none", which is
//                    never right: it counts against accuracy and against the
//                    recall of its gold class. Several events: the first
//                    decides.
//   ScoreCameoNer    cameo_ner/train.txt: CoNLL lines "TOKEN TAG" (B-S/I-S
//                    source, B-T/I-T target; other tags ignored), sentences
//                    separated by blank lines. The tokens are joined by
//                    blanks and coded; every distinct source (target) text
//                    of the sentence's events is located in the text as a
//                    token span. A predicted span is correct when it
//                    overlaps a gold span of the same side not yet matched
//                    ("overlap"), or covers exactly its tokens ("exact").
//
// Threads: each call codes with its own scratch; the profile may be shared.
// Failure: kNotFound / kIoError when the file cannot be read;
// kInvalidArgument naming FILE:LINE for a line that is not in the format.
#ifndef ANNALIST_ACCURACY_H_
#define ANNALIST_ACCURACY_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "annalist/profile.h"
#include "annalist/status.h"

namespace annalist {

// The coarse ConfliBERT class of a CAMEO code: 0 = roots 01-02, 1 = 03-05,
// 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15, 17-20; -1 when the code has no
// root 01-20.
int CoarseCameoClass(std::string_view cameo);

struct ClassScore {
  static constexpr int kClasses = 5;
  size_t sentences = 0;
  size_t correct = 0;
  size_t no_event = 0;        // sentences predicted "none"
  size_t several_events = 0;  // sentences with more than one event
  double accuracy = 0;
  double macro_f1 = 0;  // mean of the five classes' F1
  struct PerClass {
    size_t gold = 0, predicted = 0, correct = 0;
    double precision = 0, recall = 0, f1 = 0;
  };
  std::array<PerClass, kClasses> classes;
  // confusion[gold][predicted]; predicted index kClasses is "none".
  std::array<std::array<size_t, kClasses + 1>, kClasses> confusion{};
};

Result<ClassScore> ScoreCameoClass(const std::string& tsv, const CodingProfile& profile);

struct SpanScore {
  size_t gold = 0, predicted = 0;
  size_t overlap = 0, exact = 0;             // correct predictions by each rule
  double precision = 0, recall = 0, f1 = 0;  // overlap
  double exact_precision = 0, exact_recall = 0, exact_f1 = 0;
};

struct NerScore {
  size_t sentences = 0;
  size_t coded = 0;  // sentences with at least one event
  SpanScore source, target;
};

Result<NerScore> ScoreCameoNer(const std::string& conll, const CodingProfile& profile);

// The Markdown of docs/accuracy.md: the PETR2 gold, class and NER scores
// and the seed story's events for the default lexicon, the Phoenix
// dictionaries with PETRARCH's rules and the Phoenix dictionaries with
// annalist's rules, found under `data_dir` (../shared/data).
Result<std::string> AccuracyReport(const std::string& data_dir);

}  // namespace annalist

#endif  // ANNALIST_ACCURACY_H_
