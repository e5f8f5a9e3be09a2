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

/*
 * What the two count in a text.  The counts of the pieces of a text cut
 * where no letter stands on both sides of the cut, and no Latin word
 * before an apostrophe ("l'", "nell'"), add up to the counts of the whole
 * (white space between the pieces counts for nothing): cf-extract counts
 * each sentence once and adds them up for its document.
 */
struct lang_counts {
	size_t han, kana, hangul, latin, other;
	long long score[6];  /* words of en, pt, es, fr, de, it */
};

void lang_count(const char *s, size_t n, struct lang_counts *k);
void lang_add(struct lang_counts *sum, const struct lang_counts *k);

/* lang_detect() and lang_detect_prior() of the text that K counts. */
const char *lang_decide(const struct lang_counts *k);
const char *lang_decide_prior(const struct lang_counts *k, const char *prior);

#endif
