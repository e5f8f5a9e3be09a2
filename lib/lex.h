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

struct lex_entry {
	const char *word;   /* lower case, UTF-8 */
	unsigned flags;
};

struct lex {
	const struct lex_entry **slot;
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

/* Decodes the code point at S (N > 0 bytes); *LEN gets 1 for a bad byte. */
uint32_t lex_cp(const char *s, size_t n, size_t *len);

/* Character classes shared by the text modules. */
int lex_space(uint32_t c);     /* white space, no-break and ideographic spaces included */
int lex_han(uint32_t c);       /* CJK ideograph */
int lex_letter(uint32_t c);    /* a letter of any script */
int lex_upper(uint32_t c);
int lex_lower(uint32_t c);

#endif
