/* Word lists with flags, and character classes. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "die.h"
#include "lex.h"
#include "utf8.h"

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

void
lex_build(struct lex *l, const struct lex_entry *e, size_t n)
{
	size_t cap = 16, i, j;

	while (cap < 2 * n + 1)
		cap *= 2;
	l->slot = xcalloc(cap, sizeof *l->slot);
	l->mask = cap - 1;
	for (i = 0; i < n; i++) {
		j = hash(e[i].word, strlen(e[i].word)) & l->mask;
		while (l->slot[j])
			j = (j + 1) & l->mask;
		l->slot[j] = &e[i];
	}
}

unsigned
lex_get(const struct lex *l, const char *w, size_t n)
{
	size_t j;
	unsigned f = 0;

	if (!l->slot || n == 0)
		return 0;
	for (j = hash(w, n) & l->mask; l->slot[j]; j = (j + 1) & l->mask)
		if (strncmp(l->slot[j]->word, w, n) == 0 && l->slot[j]->word[n] == '\0')
			f |= l->slot[j]->flags;
	return f;
}

uint32_t
lex_cp(const char *s, size_t n, size_t *len)
{
	uint32_t c;

	*len = utf8_decode(s, n, &c);
	if (*len == 0) {
		*len = 1;
		return 0xFFFD;
	}
	return c;
}

size_t
lex_fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0, k;
	uint32_t c;
	char b[4];

	while (i < n) {
		k = utf8_decode(s + i, n - i, &c);
		if (k == 0) {
			if (o + 1 >= cap)
				return 0;
			out[o++] = s[i++];
			continue;
		}
		i += k;
		c = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
		k = utf8_encode(c, b);
		if (o + k >= cap)
			return 0;
		memcpy(out + o, b, k);
		o += k;
	}
	out[o] = '\0';
	return o;
}

int
lex_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x3000 ||
	       (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF ||
	       c == 0x1680 || c == 0x85;
}

int
lex_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

int
lex_letter(uint32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	k = utf8proc_category((utf8proc_int32_t)c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

int
lex_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU;
}

int
lex_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}
