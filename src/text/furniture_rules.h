// The word lists of the page-furniture rules (furniture.h): the phrases,
// labels, prefixes, notice words and photo credits that IsFurniturePhrase
// looks for, in one place for the matcher (furniture.cc) and the plain
// reference matcher its test checks it against (furniture_test.cc).
// docs/text.md, "Page furniture", lists them too.
#ifndef ANNALIST_SRC_TEXT_FURNITURE_RULES_H_
#define ANNALIST_SRC_TEXT_FURNITURE_RULES_H_

#include <string_view>

namespace annalist::text_internal {

// Whole-line furniture (compared after lower-casing and stripping trailing
// punctuation).
inline constexpr std::string_view kFurnitureLines[] = {
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
inline constexpr std::string_view kLabels[] = {
    "photo",         "photos",          "photograph",    "photographs", "photo credit",
    "picture",       "pictures",        "image",         "images",      "image credit",
    "image caption", "image copyright", "media caption", "credit",      "credits",
    "caption",       "video",           "watch",         "listen",      "read more",
    "read also",     "also read",       "related",       "see also",    "source",
    "illustration",  "graphic",
};

// Prefixes of furniture lines of any length up to 30 words.
inline constexpr std::string_view kFurniturePrefixes[] = {
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
inline constexpr std::string_view kNoticeTopics[] = {
    "privacy policy",       "cookie policy",   "cookies policy",       "use cookies",
    "use of cookies",       "cookie settings", "terms of use",         "terms of service",
    "terms and conditions", "comment policy",  "community guidelines", "all rights reserved",
};
inline constexpr std::string_view kNoticeVerbs[] = {
    "agree",         "accept", "consent",   "by continuing",   "by using", "by clicking",
    "by submitting", "we use", "commenter", "rights reserved", "\xc2\xa9",
};

// Photo-agency credits, matched as written.
inline constexpr std::string_view kCredits[] = {
    "Getty Images", "AFP",   "AP Photo", "/AP",      "Reuters/",      "/Reuters", "EPA",
    "Shutterstock", "Alamy", "Xinhua",   "Photo by", "Photograph by", "Pool via", "via Getty",
};

inline bool IsGalleryLine(std::string_view lw) {
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

// Stems of the notice topics' words, as written in lower or upper case: a
// unit without any of them names no topic, and is not lower-cased whole.
inline constexpr std::string_view kNoticeStems[] = {
    "olic", "ookie", "erms", "eserved", "uideline", "OLIC", "OOKIE", "ERMS", "ESERVED", "UIDELINE",
};

}  // namespace annalist::text_internal

#endif  // ANNALIST_SRC_TEXT_FURNITURE_RULES_H_
