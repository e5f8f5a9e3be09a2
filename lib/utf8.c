/* UTF-8 validation and repair (Unicode 15, Table 3-7). */
#include <string.h>

#include "die.h"
#include "utf8.h"

/*
 * Classifies a lead byte: sets the sequence length and the allowed range of
 * the second byte.  Returns 0 for a byte that cannot start a sequence.
 */
static int
lead(unsigned char b, size_t *len, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (b >= 0xC2 && b <= 0xDF)
		*len = 2;
	else if (b >= 0xE0 && b <= 0xEF)
		*len = 3;
	else if (b >= 0xF0 && b <= 0xF4)
		*len = 4;
	else
		return 0;
	if (b == 0xE0)
		*lo = 0xA0;
	else if (b == 0xED)
		*hi = 0x9F;
	else if (b == 0xF0)
		*lo = 0x90;
	else if (b == 0xF4)
		*hi = 0x8F;
	return 1;
}

/* Number of bytes at S that form a well-formed (possibly partial) prefix. */
static size_t
prefix(const unsigned char *s, size_t n, size_t *len)
{
	unsigned char lo, hi;
	size_t i;

	*len = 0;
	if (!lead(s[0], len, &lo, &hi))
		return 0;
	for (i = 1; i < *len && i < n; i++)
		if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xBF))
			break;
	return i;
}

size_t
utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned b0, lo = 0x80, hi = 0xBF;

	/* Table 3-7 spelled out: this runs once per character of every text. */
	*cp = 0xFFFD;
	if (n == 0)
		return 0;
	b0 = s[0];
	if (b0 < 0x80) {
		*cp = b0;
		return 1;
	}
	if (b0 < 0xC2)
		return 0;
	if (b0 < 0xE0) {
		if (n < 2 || s[1] < 0x80 || s[1] > 0xBF)
			return 0;
		*cp = (b0 & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (b0 < 0xF0) {
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
		if (n < 3 || s[1] < lo || s[1] > hi || s[2] < 0x80 || s[2] > 0xBF)
			return 0;
		*cp = (b0 & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		return 3;
	}
	if (b0 > 0xF4)
		return 0;
	if (b0 == 0xF0)
		lo = 0x90;
	else if (b0 == 0xF4)
		hi = 0x8F;
	if (n < 4 || s[1] < lo || s[1] > hi || s[2] < 0x80 || s[2] > 0xBF || s[3] < 0x80 || s[3] > 0xBF)
		return 0;
	*cp = (uint32_t)(b0 & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 | (uint32_t)(s[2] & 0x3F) << 6 |
	      (s[3] & 0x3F);
	return 4;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		o[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
utf8_check(const char *s, size_t n)
{
	const unsigned char *u;
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		if (n - i >= 8) {
			uint64_t x;

			memcpy(&x, s + i, 8);
			if (!(x & 0x8080808080808080ULL)) {
				i += 8;  /* eight ASCII bytes */
				continue;
			}
		}
		u = (const unsigned char *)s + i;
		if (u[0] < 0x80) {
			i++;
			continue;
		}
		/* two bytes, and three outside E0 and ED, checked here */
		if (u[0] >= 0xC2 && u[0] < 0xE0 && n - i >= 2 && (u[1] & 0xC0) == 0x80)
			k = 2;
		else if (u[0] > 0xE0 && u[0] < 0xF0 && u[0] != 0xED && n - i >= 3 && (u[1] & 0xC0) == 0x80 &&
		         (u[2] & 0xC0) == 0x80)
			k = 3;
		else if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			return i;
		i += k;
	}
	return n;
}

/* Length of the maximal ill-formed subpart at S: at least one byte. */
static size_t
badlen(const char *s, size_t n)
{
	size_t len, k = prefix((const unsigned char *)s, n, &len);

	return k ? k : 1;
}

char *
utf8_repair(const char *s, size_t n, size_t *outlen, size_t *nbad)
{
	size_t i = 0, o = 0, bad = 0, k, cap;
	uint32_t cp;
	char *out;

	cap = n + 1;
	out = xmalloc(cap);
	while (i < n) {
		if (o + 4 >= cap) {
			cap = cap * 2 + 8;
			out = xrealloc(out, cap);
		}
		if ((unsigned char)s[i] < 0x80) {
			out[o++] = s[i++];
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (k) {
			memcpy(out + o, s + i, k);
			o += k;
			i += k;
			continue;
		}
		k = badlen(s + i, n - i);
		o += utf8_encode(0xFFFD, out + o);
		i += k;
		bad++;
	}
	out[o] = '\0';
	*outlen = o;
	if (nbad)
		*nbad = bad;
	return out;
}
