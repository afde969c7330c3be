// Translates a user's search query into an FTS5 MATCH expression that is
// always syntactically valid, so that what people type into a search box
// ("Israel Syria talks", "\"security talks\"", "U.S.-backed", "Note: 50%")
// never fails with an FTS5 syntax error.
//
// The user syntax (docs/archive.md):
//   word            a term; every term must match (implicit AND)
//   "a phrase"      the words in this order; an unclosed quote runs to the end
//   word*  "ph"*    prefix match
//   A OR B          either (upper-case OR); AND is accepted and implied
//   -word  NOT word excludes documents with the term
//   ( ... )         grouping; unbalanced parentheses are repaired
//   title:word  text:word  title:"a phrase"  title:(a OR b)
//                   restricts to one field
// Everything else is text: punctuation inside a word splits it into a
// phrase ("U.S.-backed" is the phrase "u s backed").
#ifndef ANNALIST_SRC_ARCHIVE_FTS_QUERY_H_
#define ANNALIST_SRC_ARCHIVE_FTS_QUERY_H_

#include <string>
#include <string_view>

#include "annalist/status.h"

namespace annalist::archive {

// Returns the FTS5 expression for `query`. Fails with kInvalidArgument when
// the query has no searchable term (empty, only punctuation, or only
// excluded terms), is longer than kMaxQueryBytes, or has more than
// kMaxQueryTerms words (each word of a phrase counts), with a message saying
// so. Control bytes, NUL included, separate words like spaces.
Result<std::string> TranslateQuery(std::string_view query);

}  // namespace annalist::archive

#endif  // ANNALIST_SRC_ARCHIVE_FTS_QUERY_H_
