// Byte-level helpers of the readers: UTF-8 validation and repair, the
// Latin-1 fallback of old wire text, and the binary-file sniff.
//
// All functions are pure and thread-safe.
#ifndef ANNALIST_INGEST_ENCODING_H_
#define ANNALIST_INGEST_ENCODING_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::ingest {

// Length of the well-formed UTF-8 sequence at the start of `in` (1-4), or 0
// when it does not start with one (overlongs, surrogates and code points
// above U+10FFFF are not well-formed). `in` must not be empty.
size_t Utf8SequenceLength(std::string_view in);

// Replaces every byte that is not part of a well-formed sequence by U+FFFD
// and adds the number of bytes replaced to *repaired (when non-null).
// (Calls the text stage's RepairUtf8.)
std::string RepairUtf8Bytes(std::string_view in, uint64_t* repaired);

// Decodes each byte that is not part of a well-formed UTF-8 sequence as a
// Latin-1 character (0xFC -> U+00FC "ü"), and adds their number to
// *decoded (when non-null). For 1980s wire text, whose stray high bytes are
// Latin-1 letters.
std::string DecodeUtf8OrLatin1(std::string_view in, uint64_t* decoded);

// True when `head` (the first bytes of a file, up to 8 KB) looks like a
// binary file: more than 30% of it is control characters (NUL included;
// tab, line feed, carriage return, form feed, vertical tab and escape
// excepted) or bytes that are not UTF-8. One stray NUL is not enough.
bool LooksBinary(std::string_view head);

}  // namespace annalist::ingest

#endif  // ANNALIST_INGEST_ENCODING_H_
