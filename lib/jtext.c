/* JSON text written by hand (see jtext.h). */
#include <stdint.h>

#include "die.h"
#include "jtext.h"
#include "utf8.h"

void
jt_need(struct jtext *t, size_t n)
{
	if (t->n + n > t->cap) {
		t->cap = t->n + n > 2 * t->cap ? t->n + n + 4096 : 2 * t->cap;
		t->b = xrealloc(t->b, t->cap);
	}
}

int
jt_str(struct jtext *t, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i = 0, k, n0 = t->n;
	char *o;
	uint32_t cp;

	/* room for S as it is; an escape makes room for itself */
	jt_need(t, n + 2);
	o = t->b + t->n;
	*o++ = '"';
	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			*o++ = (char)c;
			i++;
			/* then eight bytes at a time while none is a control, ", \\ or past ASCII */
			while (n - i >= 8) {
				const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
				uint64_t x, q, b;

				memcpy(&x, s + i, 8);
				q = x ^ 0x2222222222222222ULL;
				b = x ^ 0x5C5C5C5C5C5C5C5CULL;
				if (((x | ((x - 0x20 * ones) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high) != 0)
					break;
				memcpy(o, &x, 8);
				o += 8;
				i += 8;
			}
			continue;
		}
		if (c >= 0x80) {
			/* two and three bytes outside E0 and ED checked here, the rest by utf8_decode() */
			const unsigned char *u = (const unsigned char *)s + i;

			if (c >= 0xC2 && c < 0xE0 && n - i >= 2 && (u[1] & 0xC0) == 0x80)
				k = 2;
			else if (c > 0xE0 && c < 0xF0 && c != 0xED && n - i >= 3 && (u[1] & 0xC0) == 0x80 &&
			         (u[2] & 0xC0) == 0x80)
				k = 3;
			else if ((k = utf8_decode(s + i, n - i, &cp)) == 0) {
				t->n = n0;
				return 0;
			}
			while (k--)
				*o++ = s[i++];
			continue;
		}
		if ((size_t)(t->b + t->cap - o) < n - i + 7) {
			t->n = (size_t)(o - t->b);
			jt_need(t, n - i + 7);
			o = t->b + t->n;
		}
		*o++ = '\\';
		switch (c) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\b': *o++ = 'b'; break;
		case '\f': *o++ = 'f'; break;
		case '\n': *o++ = 'n'; break;
		case '\r': *o++ = 'r'; break;
		case '\t': *o++ = 't'; break;
		default:
			*o++ = 'u';
			*o++ = '0';
			*o++ = '0';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
		i++;
	}
	*o++ = '"';
	t->n = (size_t)(o - t->b);
	return 1;
}

void
jt_int(struct jtext *t, long long v)
{
	char d[24], *p = d + sizeof d;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	jt_put(t, p, (size_t)(d + sizeof d - p));
}

void
jt_key(struct jtext *t, const char *key)
{
	size_t k = strlen(key);

	jt_need(t, k + 4);
	if (t->n > 0 && t->b[t->n - 1] != '{' && t->b[t->n - 1] != '[')
		t->b[t->n++] = ',';
	t->b[t->n++] = '"';
	memcpy(t->b + t->n, key, k);
	t->n += k;
	t->b[t->n++] = '"';
	t->b[t->n++] = ':';
}

int
jt_json(struct jtext *t, json_t *v)
{
	const size_t flags = JSON_COMPACT | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY;
	size_t n;

	if (!v)
		return 0;
	n = json_dumpb(v, NULL, 0, flags);
	if (n == 0)
		die("cannot encode a record as JSON");
	jt_need(t, n);
	t->n += json_dumpb(v, t->b + t->n, n, flags);
	json_decref(v);
	return 1;
}
