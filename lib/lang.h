/*
 * Language of a piece of text: "zh", "en", "pt", "es", "fr", "de", "it",
 * or "und" when unsure.
 *
 * Two signals.  The script: Han characters (counted twice, as a Chinese
 * character carries about as much as a short Latin word) above half the
 * letters make "zh"; kana make Japanese and Hangul Korean, which are "und"
 * here, as are Cyrillic, Greek and the rest.  For Latin text, stop words and
 * word endings that belong to one language ("the", "não", "-ção", "y",
 * "-ción", "più", "-zione", "und", "-ung", "dans") are counted per
 * language; the best needs two hits or more and half again as many as the
 * runner-up, else "und".  The cost is one hash look-up per word.
 */
#ifndef CF_LANG_H
#define CF_LANG_H

#include <stddef.h>

/* The language of S (N bytes of UTF-8); a static string. */
const char *lang_detect(const char *s, size_t n);

/*
 * The same for a short piece of a document whose language is PRIOR:
 * returns PRIOR unless the text is clearly in another language.
 */
const char *lang_detect_prior(const char *s, size_t n, const char *prior);

#endif
