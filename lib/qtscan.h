/*
 * Internals shared by the quantity scanner (quant.c) and the time scanner
 * (timex.c): the folded copy of a seg's text and small helpers over it.
 * Not for tools: use quant.h.
 */
#ifndef CF_QTSCAN_H
#define CF_QTSCAN_H

#include <stddef.h>
#include <stdint.h>

#include "quant.h"

/*
 * The text as the scanners read it: full-width ASCII folded to ASCII,
 * no-break and thin spaces to ' '; f keeps the case, lc is lower-cased
 * (ASCII only).  map[i] is the offset in the original text of the
 * character that folded byte i comes from; map[n] is the original length.
 * used[i] marks bytes already taken by a time or a quantity; wc[i] is
 * what qs_wordc() answers for byte i, worked out once by the fold.
 */
struct qs {
	char *f, *lc;
	size_t n;
	size_t *map;
	unsigned char *used, *wc;
	int lang;
	int dy, dm, dd;     /* document date; 0 when unknown */
	struct qt_result *r;
};

/*
 * Code point at I (0 past the end) and its length in *L.  ASCII and the
 * three-byte characters with E1-EC or EE-EF leads (Han, CJK signs, full
 * width: no range to check) are decoded inline, the rest by qs_cp_slow().
 */
uint32_t qs_cp_slow(const struct qs *s, size_t i, size_t *l);

static inline uint32_t
qs_cp(const struct qs *s, size_t i, size_t *l)
{
	const unsigned char *p;

	if (i < s->n) {
		p = (const unsigned char *)s->f + i;
		if (p[0] < 0x80) {
			*l = 1;
			return p[0];
		}
		if (i + 2 < s->n && p[0] >= 0xE1 && p[0] <= 0xEF && p[0] != 0xED && (p[1] & 0xC0) == 0x80 &&
		    (p[2] & 0xC0) == 0x80) {
			*l = 3;
			return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		}
	}
	return qs_cp_slow(s, i, l);
}

/* Code point just before I, its start in *B (0 at the start). */
uint32_t qs_cp_before(const struct qs *s, size_t i, size_t *b);

/* A byte of a Latin word: ASCII letter, or part of a Latin-1/Extended letter. */
static inline int
qs_wordc(const struct qs *s, size_t i)
{
	return i < s->n && s->wc[i];
}

/* End of the Latin word starting at I (I itself when there is none); a ' between letters goes on it. */
static inline size_t
qs_wend(const struct qs *s, size_t i)
{
	while (i < s->n && (s->wc[i] || (s->f[i] == '\'' && qs_wordc(s, i + 1) && i > 0 && s->wc[i - 1])))
		i++;
	return i;
}

/* Start of the Latin word that ends at I (I itself when there is none). */
size_t qs_wstart(const struct qs *s, size_t i);

/*
 * The lower-case text at I starts with STR (ASCII/UTF-8); returns its
 * length or 0.  Most calls fail on the first or second byte: they are
 * tested inline, before STR is measured.
 */
size_t qs_at_rest(const struct qs *s, size_t i, const char *str);

static inline size_t
qs_at(const struct qs *s, size_t i, const char *str)
{
	if (i >= s->n || s->lc[i] != str[0])
		return 0;
	if (str[1] == '\0')
		return 1;
	if (s->lc[i + 1] != str[1])
		return 0;
	return qs_at_rest(s, i, str);
}

/*
 * Same, and STR is a whole word there (no word byte after it).  The
 * first byte is tested inline, the rest by qs_atw_rest().
 */
size_t qs_atw_rest(const struct qs *s, size_t i, const char *str);

static inline size_t
qs_atw(const struct qs *s, size_t i, const char *str)
{
	if (i >= s->n || s->lc[i] != str[0])
		return 0;
	return qs_atw_rest(s, i, str);
}

/* I after spaces. */
size_t qs_skipsp(const struct qs *s, size_t i);

/* I before the spaces that end just before it. */
size_t qs_backsp(const struct qs *s, size_t i);

/* Han ideograph. */
static inline int
qs_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

/* Are bytes [A, B) free? */
int qs_free(const struct qs *s, size_t a, size_t b);
void qs_take(struct qs *s, size_t a, size_t b);

/*
 * What makes a number at I a count in Chinese: a numeral or unit (万, 亿),
 * 多, 余, 点, 成, 折, 倍, a classifier (家, 个) or a currency (元): its length, or 0.
 */
size_t qs_zh_counted(const struct qs *s, size_t i);

#endif
