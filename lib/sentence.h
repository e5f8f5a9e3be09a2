/*
 * Sentence boundaries in a block of text (a paragraph).
 *
 * English, Portuguese and the other Latin-script languages end a sentence
 * at ". ! ? …" when what follows starts a new one: a number's decimal or
 * thousands point ("224.6", "15.000"), an abbreviation ("Dr.", "Sr.",
 * "No. 9", "Co., Ltd."), an initial ("Jonas E. Smith"), an ellipsis inside
 * a sentence and a lower-case continuation are not ends.  Chinese ends
 * after 。！？；and the closing quotes that follow them, except inside
 * 《...》 titles.  Items of an inline list ("1) a 2) b", "a. x b. y",
 * "• x • y") are sentences of their own.  A line break ends a sentence
 * unless the next line continues it (it starts in lower case after three
 * words or more, or wrapped Chinese).
 *
 * Spans are byte offsets into the text, trimmed of white space (no-break
 * and ideographic spaces included); empty ones are never reported.
 */
#ifndef CF_SENTENCE_H
#define CF_SENTENCE_H

#include <stddef.h>

struct sent_span {
	size_t start, end;
};

typedef void (*sent_fn)(size_t start, size_t end, void *ctx);

/*
 * Calls FN for each sentence of S (N bytes, UTF-8; ill-formed bytes are
 * taken as U+FFFD) in order.  LANG ("en", "pt", "zh", ... or NULL) picks
 * the abbreviations.  Returns the number of sentences.
 */
size_t sent_each(const char *s, size_t n, const char *lang, sent_fn fn, void *ctx);

/*
 * The same into OUT (room for MAX spans).  Returns the number of
 * sentences, which may be more than MAX (only MAX are stored).
 */
size_t sent_split(const char *s, size_t n, const char *lang, struct sent_span *out, size_t max);

/*
 * Whether the line break at S[NL] continues the sentence that began at
 * START: the next line is not blank and starts in lower case after a line
 * of at least three words, or a line of 50 bytes or more stops inside a
 * sentence (on a letter, digit or comma) before a letter or digit, or both
 * sides are Chinese text of a wrapped line (ten Han characters or more
 * before the break).
 */
int sent_joins(const char *s, size_t start, size_t nl, size_t n);

/*
 * Whether S (N bytes) ends like a sentence: with . ! ? … 。！？；or one of
 * them followed by closing quotes or brackets, white space ignored.
 */
int sent_terminal(const char *s, size_t n);

#endif
