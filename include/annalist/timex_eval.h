// Scoring the timex scanner against TimeML gold, as the TempEval-3 scorer
// does: strict (same extent) and relaxed (overlapping extent) precision,
// recall and F1, and for the relaxed matches the accuracy and F1 of the
// type and of the value.
//
// Two gold forms are read:
//   * TempEval-3 inline TimeML (.tml): the creation time in <DCT><TIMEX3
//     value=...>, the text in <TEXT> with <TIMEX3 type= value=> inline;
//   * MEANTIME token XML (.xml): <token t_id=... sentence=...> elements,
//     <TIMEX3 type= value=> with <token_anchor t_id=/> children, the creation
//     time the TIMEX3 with functionInDocument="CREATION_TIME". The raw text
//     is the tokens joined by spaces, one sentence per line.
#ifndef ANNALIST_TIMEX_EVAL_H_
#define ANNALIST_TIMEX_EVAL_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "annalist/document.h"
#include "annalist/status.h"
#include "annalist/timex.h"

namespace annalist {

// One gold expression: a byte span of the raw text and its attributes.
struct GoldTimex {
  Span span;
  std::string type;   // "DATE", "TIME", "DURATION", "SET"
  std::string value;  // as annotated
};

// A TimeML document as read: raw text, creation time, gold expressions.
struct TimeMlDocument {
  std::string path;
  std::string text;
  DateTime dct;
  std::vector<GoldTimex> gold;
  // The end of the annotated part of the text: MEANTIME annotates the title,
  // the dateline and the first five sentences only (the last sentence with
  // any annotation ends it); expressions found after it are not scored.
  uint32_t scored_end = 0;
};

// Reads one .tml or MEANTIME .xml file. Errors name the file (and the byte
// offset of a malformed element).
Result<TimeMlDocument> ReadTimeMl(const std::string& path);

struct Prf {
  size_t correct = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct TimexScore {
  size_t documents = 0;
  size_t gold = 0;    // gold expressions
  size_t system = 0;  // expressions annalist found
  Prf strict, relaxed;
  double type_accuracy = 0, value_accuracy = 0;  // over the relaxed matches
  Prf type, value;
};

// Runs FindTimexes over each document (its text and creation time) and
// scores the result. When `errors` is non-null, writes one line per missed,
// spurious or wrongly valued expression to it.
TimexScore ScoreTimexes(const std::vector<TimeMlDocument>& docs, const TimexOptions& options,
                        std::ostream* errors);

// Reads every .tml and .xml file under `paths` (files or directories,
// walked recursively in name order).
Result<std::vector<TimeMlDocument>> ReadTimeMlPaths(const std::vector<std::string>& paths);

}  // namespace annalist

#endif  // ANNALIST_TIMEX_EVAL_H_
