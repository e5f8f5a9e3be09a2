/*
 * Word lists with flags: a small open-addressing hash table built once
 * from a static table, so that looking a word up costs the same however
 * long the list is.  cf-extract's language detector, sentence splitter and
 * boilerplate rules keep their vocabularies here.
 */
#ifndef CF_LEX_H
#define CF_LEX_H

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

struct lex_entry {
	const char *word;   /* lower case, UTF-8 */
	unsigned flags;
};

/* A word of the table: its hash and length, to skip the others at a glance. */
struct lex_slot {
	uint32_t hash, len;  /* len 0: an empty slot */
	unsigned flags;      /* those of every entry of the word */
	uint32_t entry;      /* the index of its first entry */
};

struct lex {
	struct lex_slot *slot;
	const struct lex_entry *e;
	size_t mask;
};

/*
 * Builds L from the N entries of E (E must outlive L).  The same word may
 * appear more than once: lex_get() ORs the flags of all its entries.
 */
void lex_build(struct lex *l, const struct lex_entry *e, size_t n);

/* The flags of word W (N bytes, already folded), or 0. */
unsigned lex_get(const struct lex *l, const char *w, size_t n);

/*
 * Folds S (N bytes) to lower case into OUT (CAP bytes, NUL-terminated);
 * returns the length, or 0 when it does not fit.  Ill-formed bytes are
 * copied as they are.
 */
size_t lex_fold(const char *s, size_t n, char *out, size_t cap);

/* Trims white space (lex_space()) from both ends of S[*A, *B). */
void lex_trim(const char *s, size_t *a, size_t *b);

/* Decodes the code point at S (N > 0 bytes); *LEN gets 1 for a bad byte. */
uint32_t lex_cp_slow(const char *s, size_t n, size_t *len);

/*
 * The text modules call these once or more per character of every
 * article: ASCII is decided here, inline, and the rest in lex.c, where
 * the Unicode category of a character of the BMP is looked up in
 * utf8proc once and kept.
 */
static inline uint32_t
lex_cp(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n > 0 && u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	/* two bytes (Latin letters with accents) and three outside E0 and ED (CJK) */
	if (n >= 2 && u[0] >= 0xC2 && u[0] < 0xE0 && (u[1] & 0xC0) == 0x80) {
		*len = 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	if (n >= 3 && u[0] > 0xE0 && u[0] < 0xF0 && u[0] != 0xED && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		*len = 3;
		return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	}
	return lex_cp_slow(s, n, len);
}

/* Character classes shared by the text modules. */
int lex_category(uint32_t c);  /* utf8proc_category() */

/* How many ASCII letters S (N bytes) starts with: a run of them is taken at once. */
static inline size_t
lex_ascii_letters(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && ((unsigned char)s[k] | 32) >= 'a' && ((unsigned char)s[k] | 32) <= 'z')
		k++;
	return k;
}

/*
 * The next step of a scan that counts characters by class: a run of ASCII
 * letters at once (its first letter stands for all), else one code point.
 * Sets *LEN to the bytes stepped over.
 */
static inline uint32_t
lex_step(const char *s, size_t n, size_t *len)
{
	if ((unsigned char)s[0] < 0x80) {
		if ((*len = lex_ascii_letters(s, n)) == 0)
			*len = 1;
		return (unsigned char)s[0];
	}
	return lex_cp(s, n, len);
}

/* white space, no-break and ideographic spaces included */
static inline int
lex_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
	       c == 0x205F || c == 0xFEFF || c == 0x1680 || c == 0x85;
}

/*
 * A Han ideograph: the unified ideographs and Extension A, the
 * compatibility ideographs, and the two supplementary planes of Han
 * (U+20000-3FFFF: Extensions B to H).  The project's one Han predicate.
 */
static inline int
lex_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/*
 * A letter of the scripts written without spaces between words: Han,
 * kana and Hangul syllables (a run of them is no word).
 */
static inline int
lex_cjk(uint32_t c)
{
	return lex_han(c) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

/*
 * Any character of the East Asian blocks: lex_cjk()'s, and the radicals,
 * the CJK symbols and punctuation (。, 〇), bopomofo, jamo, the enclosed,
 * compatibility and half-width forms.
 */
static inline int
lex_east_asian(uint32_t c)
{
	return lex_cjk(c) || (c >= 0x2E80 && c <= 0x33FF) || (c >= 0x4DC0 && c <= 0x4DFF) ||
	       (c >= 0xFF65 && c <= 0xFFDC);
}

/* a letter of any script (categories Lu, Ll, Lt, Lm, Lo) */
static inline int
lex_letter(uint32_t c)
{
	int k;

	if (c < 0x80)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	k = lex_category(c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static inline int
lex_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return lex_category(c) == UTF8PROC_CATEGORY_LU;
}

static inline int
lex_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return lex_category(c) == UTF8PROC_CATEGORY_LL;
}

#endif
