// Internals of the timex scanner (src/time/timex.cc): the word tables it
// reads tokens with, exposed for its unit tests.
#ifndef ANNALIST_SRC_TIME_TIMEX_H_
#define ANNALIST_SRC_TIME_TIMEX_H_

#include <string_view>

#include "annalist/timex.h"

namespace annalist::timex_internal {

// 1-12 for a month name or its abbreviation ("DECEMBER", "DEC", "SEPT"),
// given the upper-case token norm; 0 otherwise.
int MonthFromWord(std::string_view norm);
// 1-7 (ISO, Monday 1) for a weekday name or abbreviation; 0 otherwise.
int WeekdayFromWord(std::string_view norm);
// The number a word spells: "ONE".."NINETEEN", the tens, "TWENTY-FIVE",
// "A"/"AN"/"SINGLE" 1, "COUPLE" 2; -2 for an unspecified number
// ("SEVERAL", "FEW", "MANY"); -1 when the word is no number.
int NumberFromWord(std::string_view norm);
// The TIMEX3 unit letters of a unit word, singular or plural: "Y", "M",
// "W", "D", "DE", "CE", "Q" and, for times, "TH", "TM", "TS"; "" otherwise.
std::string_view UnitFromWord(std::string_view norm);

}  // namespace annalist::timex_internal

#endif  // ANNALIST_SRC_TIME_TIMEX_H_
