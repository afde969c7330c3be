// The phrase rules of page furniture (furniture.h).
#include "text/furniture.h"

#include <algorithm>
#include <string>

#include "text/internal.h"

namespace annalist::text_internal {
namespace {

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view s : list) {
    if (w == s) return true;
  }
  return false;
}

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Lower-cased ASCII view of a unit for pattern matching: curly quotes and
// dashes folded, other non-ASCII bytes kept, runs of white space collapsed.
std::string LowerFolded(std::string_view s, size_t b, size_t e) {
  std::string out;
  out.reserve(e - b);
  bool space = false;
  for (size_t i = b; i < e;) {
    Cp c = Decode(s, i);
    i += c.len;
    if (IsUnicodeSpace(c.cp)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    char32_t f = text_internal::FoldTypographic(c.cp);
    if (f < 0x80) {
      out.push_back(AsciiLower(static_cast<char>(f)));
    } else {
      text_internal::AppendUtf8(f, &out);
    }
  }
  return out;
}

bool StartsWithWord(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  if (s.size() == prefix.size()) return true;
  char c = s[prefix.size()];
  return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

// Whole-line furniture (compared after lower-casing and stripping trailing
// punctuation).
constexpr std::string_view kFurnitureLines[] = {
    "comments",
    "comment",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "e-mail",
    "print",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "related",
    "related articles",
    "related stories",
    "related topics",
    "related content",
    "recommended",
    "most read",
    "most popular",
    "top stories",
    "more stories",
    "read more",
    "read full article",
    "continue reading",
    "sign up",
    "subscribe",
    "log in",
    "login",
    "register",
    "loading",
    "back to top",
    "skip to content",
    "skip to main content",
    "view gallery",
    "view comments",
    "show comments",
    "hide comments",
    "leave a comment",
    "add a comment",
    "post a comment",
    "view photos",
    "watch",
    "watch video",
    "play video",
    "listen",
    "next",
    "previous",
    "close",
    "menu",
    "home",
    "search",
    "follow us",
    "before you go",
    "full text",
    "abstract",
    "getty",
    "getty images",
    "afp",
    "ap",
    "reuters",
    "associated press",
    "epa",
    "ap photo",
    "x",
    "twitter",
    "facebook",
    "instagram",
    "whatsapp",
    "linkedin",
    "youtube",
    "telegram",
    "image",
    "photo",
    "video",
    "image caption",
    "image copyright",
    "media caption",
    "embed",
    "copy link",
};

// Labels that start a caption or credit line: "Photo: ...", "(Photos: ...)".
constexpr std::string_view kLabels[] = {
    "photo",         "photos",          "photograph",    "photographs", "photo credit",
    "picture",       "pictures",        "image",         "images",      "image credit",
    "image caption", "image copyright", "media caption", "credit",      "credits",
    "caption",       "video",           "watch",         "listen",      "read more",
    "read also",     "also read",       "related",       "see also",    "source",
    "illustration",  "graphic",
};

// Prefixes of furniture lines of any length up to 30 words.
constexpr std::string_view kFurniturePrefixes[] = {
    "photo by",
    "photograph by",
    "file photo",
    "getty images",
    "sign up for",
    "sign up to",
    "subscribe to",
    "click here",
    "follow us",
    "share this",
    "download the",
    "get the app",
    "this is a developing story",
    "this story has been updated",
    "this article has been updated",
    "media playback is unsupported",
    "copyright \xc2\xa9",
    "\xc2\xa9 ",
    "all rights reserved",
    "you may also like",
    "more on this story",
    "read more:",
    "read more at",
};

// Words of a consent or policy notice, and of what the reader agrees to.
constexpr std::string_view kNoticeTopics[] = {
    "privacy policy",       "cookie policy",   "cookies policy",       "use cookies",
    "use of cookies",       "cookie settings", "terms of use",         "terms of service",
    "terms and conditions", "comment policy",  "community guidelines", "all rights reserved",
};
constexpr std::string_view kNoticeVerbs[] = {
    "agree",         "accept", "consent",   "by continuing",   "by using", "by clicking",
    "by submitting", "we use", "commenter", "rights reserved", "\xc2\xa9",
};

// Photo-agency credits, matched as written.
constexpr std::string_view kCredits[] = {
    "Getty Images", "AFP",   "AP Photo", "/AP",      "Reuters/",      "/Reuters", "EPA",
    "Shutterstock", "Alamy", "Xinhua",   "Photo by", "Photograph by", "Pool via", "via Getty",
};

bool IsGalleryLine(std::string_view lw) {
  // ^(N )?(view )?(photo )?(gallery|galleries|photos|images|pictures|slideshow)$
  // with a count or "view".
  size_t i = 0;
  bool counted = false, viewed = false;
  while (i < lw.size() && lw[i] >= '0' && lw[i] <= '9') ++i;
  if (i > 0) {
    counted = true;
    if (i < lw.size() && lw[i] == ' ') ++i;
  }
  std::string_view rest = lw.substr(i);
  if (rest.substr(0, 5) == "view ") {
    viewed = true;
    rest.remove_prefix(5);
  }
  if (rest.substr(0, 6) == "photo ") rest.remove_prefix(6);
  static constexpr const char* kNouns[] = {"gallery",  "galleries", "photos", "images",
                                           "pictures", "slideshow", "photo",  "image"};
  if (!(counted || viewed)) return false;
  for (const char* nn : kNouns) {
    if (rest == nn) return true;
  }
  return false;
}

}  // namespace

bool IsFurniturePhrase(std::string_view line, size_t words, bool final_stop, bool headline) {
  bool strong = false;
  // The first 128 bytes, lower-cased, for phrases, labels and prefixes.
  size_t head_end = std::min<size_t>(line.size(), 128);
  while (head_end > 0 && head_end < line.size() &&
         (static_cast<unsigned char>(line[head_end]) & 0xC0) == 0x80) {
    --head_end;
  }
  std::string head = LowerFolded(line, 0, head_end);
  if (words <= 6 && head_end == line.size()) {
    // Whole-line phrases, ignoring trailing punctuation.
    std::string_view core = head;
    while (!core.empty() &&
           (core.back() == '.' || core.back() == ':' || core.back() == '!' || core.back() == ' ')) {
      core.remove_suffix(1);
    }
    if (InList(kFurnitureLines, core) || IsGalleryLine(core)) strong = true;
  }
  // Labels, after an opening bracket: "( Photos: ...", "Credit: ...".
  std::string_view lab = head;
  while (!lab.empty() && (lab.front() == '(' || lab.front() == '[' || lab.front() == ' ')) {
    lab.remove_prefix(1);
  }
  if (!strong && (words <= 40 || !final_stop)) {
    for (std::string_view l : kLabels) {
      if (lab.substr(0, l.size()) == l) {
        std::string_view after = lab.substr(l.size());
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
        if (!after.empty() && after.front() == ':') {
          strong = true;
          break;
        }
      }
    }
  }
  if (!strong && words <= 30) {
    for (std::string_view p : kFurniturePrefixes) {
      bool letter_end = p.back() >= 'a' && p.back() <= 'z';
      if (letter_end ? StartsWithWord(lab, p) : lab.substr(0, p.size()) == p) {
        strong = true;
        break;
      }
    }
  }
  if (!strong && words <= 40) {
    // Consent and policy notices (up to 40 words: a longer paragraph that
    // names the terms of service is prose about them). A cheap look for the
    // topic words' stems first; most units have none.
    std::string_view raw = line;
    bool maybe = false;
    for (std::string_view stem : {"olic", "ookie", "erms", "eserved", "uideline", "OLIC", "OOKIE",
                                  "ERMS", "ESERVED", "UIDELINE"}) {
      if (Contains(raw, stem)) {
        maybe = true;
        break;
      }
    }
    if (maybe) {
      std::string lw = LowerFolded(line, 0, line.size());
      bool topic = false, verb = false;
      for (std::string_view t : kNoticeTopics) topic = topic || Contains(lw, t);
      if (topic) {
        for (std::string_view v : kNoticeVerbs) verb = verb || Contains(lw, v);
      }
      if (topic && verb) strong = true;
    }
  }
  if (!strong && !headline && words <= 12 && (!final_stop || words <= 6)) {
    std::string_view raw = line;
    for (std::string_view c : kCredits) {
      if (Contains(raw, c)) {
        strong = true;
        break;
      }
    }
  }
  return strong;
}

bool IsFurnitureLine(std::string_view line) {
  size_t words = 0;
  bool in_word = false, alnum = false;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (in_word && alnum) ++words;
      in_word = alnum = false;
      continue;
    }
    in_word = true;
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      alnum = true;
    }
  }
  if (in_word && alnum) ++words;
  // The last character before closing quotes and brackets.
  size_t e = line.size();
  while (e > 0) {
    unsigned char c = static_cast<unsigned char>(line[e - 1]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ')' ||
        c == ']') {
      --e;
      continue;
    }
    if (e >= 3 && line.substr(e - 3, 3) == "\xe2\x80\x9d") {  // closing double quote
      e -= 3;
      continue;
    }
    break;
  }
  bool final_stop = false;
  if (e > 0) {
    char c = line[e - 1];
    final_stop = c == '.' || c == '!' || c == '?' || c == ':' ||
                 (e >= 3 && line.substr(e - 3, 3) == "\xe2\x80\xa6");  // ellipsis
  }
  return IsFurniturePhrase(line, words, final_stop, false);
}

}  // namespace annalist::text_internal
