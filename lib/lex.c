/* Word lists with flags, and character classes. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "die.h"
#include "hash.h"
#include "lex.h"
#include "utf8.h"

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = hash_bytes(s, n);

	return h ^ h >> 29;  /* FNV's low bits alone cluster the slots */
}

void
lex_build(struct lex *l, const struct lex_entry *e, size_t n)
{
	size_t cap = 16, i, j, m;
	uint64_t h;
	struct lex_slot *t;

	while (cap < 2 * n + 1)
		cap *= 2;
	l->slot = xcalloc(cap, sizeof *l->slot);
	l->e = e;
	l->mask = cap - 1;
	for (i = 0; i < n; i++) {
		m = strlen(e[i].word);
		h = hash(e[i].word, m);
		for (j = h & l->mask; (t = &l->slot[j])->len; j = (j + 1) & l->mask)
			if (t->hash == (uint32_t)(h >> 32) && t->len == m && strcmp(e[t->entry].word, e[i].word) == 0)
				break;
		if (!t->len) {
			t->hash = (uint32_t)(h >> 32);
			t->len = (uint32_t)m;
			t->entry = (uint32_t)i;
		}
		t->flags |= e[i].flags;
	}
}

unsigned
lex_get(const struct lex *l, const char *w, size_t n)
{
	const struct lex_slot *t;
	size_t j, k;
	uint64_t h;

	if (!l->slot || n == 0)
		return 0;
	h = hash(w, n);
	for (j = h & l->mask; (t = &l->slot[j])->len; j = (j + 1) & l->mask)
		if (t->hash == (uint32_t)(h >> 32) && t->len == n) {
			const char *e = l->e[t->entry].word;

			for (k = 0; k < n && e[k] == w[k]; k++)
				;
			if (k == n)
				return t->flags;
		}
	return 0;
}

uint32_t
lex_cp_slow(const char *s, size_t n, size_t *len)
{
	uint32_t c;

	*len = utf8_decode(s, n, &c);
	if (*len == 0) {
		*len = 1;
		return 0xFFFD;
	}
	return c;
}

/*
 * utf8proc's answers for the BMP, kept as they are asked for: the
 * category plus one (0: not asked yet), and the lower case (0: not asked
 * yet, or not in the BMP).
 */
static unsigned char cats[0x10000];
static uint16_t lowers[0x10000];

int
lex_category(uint32_t c)
{
	if (c < 0x10000) {
		if (!cats[c])
			cats[c] = (unsigned char)(utf8proc_category((utf8proc_int32_t)c) + 1);
		return cats[c] - 1;
	}
	return utf8proc_category((utf8proc_int32_t)c);
}

static uint32_t
lower(uint32_t c)
{
	utf8proc_int32_t l;

	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c < 0x10000 && lowers[c])
		return lowers[c];
	l = utf8proc_tolower((utf8proc_int32_t)c);
	if (c < 0x10000 && l > 0 && l < 0x10000)
		lowers[c] = (uint16_t)l;
	return (uint32_t)l;
}

size_t
lex_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0, k;
	uint32_t c;
	char b[4];

	/* an ASCII word, the usual case: one bound check */
	if (n < cap) {
		for (; i < n && (unsigned char)s[i] < 0x80; i++)
			out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
		o = i;
	}
	while (i < n) {
		unsigned char a = (unsigned char)s[i];

		if (a < 0x80) {
			if (o + 1 >= cap)
				return 0;
			out[o++] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &c);
		if (k == 0) {
			if (o + 1 >= cap)
				return 0;
			out[o++] = s[i++];
			continue;
		}
		i += k;
		k = utf8_encode(lower(c), b);
		if (o + k >= cap)
			return 0;
		memcpy(out + o, b, k);
		o += k;
	}
	out[o] = '\0';
	return o;
}
