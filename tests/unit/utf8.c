/*
 * Unit tests of lib/utf8.c: decoding with Table 3-7's well-formed ranges,
 * encoding, checking, and repair with one U+FFFD per maximal ill-formed
 * subpart; and bytes that cannot start a sequence (valgrind once found
 * utf8_decode() reading an unset length there).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "unit.h"
#include "utf8.h"

static void
test_decode(void)
{
	uint32_t cp = 0;

	CHECK(utf8_decode("a", 1, &cp) == 1 && cp == 'a', "decode: ASCII");
	CHECK(utf8_decode("\xC3\xA9", 2, &cp) == 2 && cp == 0xE9, "decode: é");
	CHECK(utf8_decode("\xE4\xB8\xAD", 3, &cp) == 3 && cp == 0x4E2D, "decode: 中");
	CHECK(utf8_decode("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600, "decode: four bytes");
	CHECK(utf8_decode("\xC0\x80", 2, &cp) == 0 && cp == 0xFFFD, "decode: overlong NUL");
	CHECK(utf8_decode("\xE0\x80\xAF", 3, &cp) == 0, "decode: overlong three bytes");
	CHECK(utf8_decode("\xED\xA0\x80", 3, &cp) == 0, "decode: a surrogate");
	CHECK(utf8_decode("\xF4\x90\x80\x80", 4, &cp) == 0, "decode: past U+10FFFF");
	CHECK(utf8_decode("\xE4\xB8\xAD", 2, &cp) == 0, "decode: cut short");
	CHECK(utf8_decode("\x80", 1, &cp) == 0, "decode: a lone continuation byte");
}

static void
test_encode(void)
{
	char b[4];

	CHECK(utf8_encode(0x7F, b) == 1 && b[0] == 0x7F, "encode: one byte");
	CHECK(utf8_encode(0xE9, b) == 2 && memcmp(b, "\xC3\xA9", 2) == 0, "encode: é");
	CHECK(utf8_encode(0x4E2D, b) == 3 && memcmp(b, "\xE4\xB8\xAD", 3) == 0, "encode: 中");
	CHECK(utf8_encode(0x10FFFF, b) == 4 && memcmp(b, "\xF4\x8F\xBF\xBF", 4) == 0, "encode: the last");
}

static void
test_check_repair(void)
{
	size_t n = 0, bad = 0;
	char *r;

	CHECK_INT(utf8_check("ab\xFF" "c", 4), 2, "check: the first bad byte");
	CHECK_INT(utf8_check("a\xC3\xA9", 3), 3, "check: valid is its length");
	CHECK_INT(utf8_check("a\xC3", 2), 1, "check: cut short at the end");
	r = utf8_repair("a\xE4\xB8" "b", 4, &n, &bad);
	CHECK(n == 5 && bad == 1 && strcmp(r, "a\xEF\xBF\xBD" "b") == 0, "repair: one U+FFFD for a cut sequence");
	free(r);
	r = utf8_repair("\xC0\x80", 2, &n, &bad);
	CHECK(n == 6 && bad == 2 && strcmp(r, "\xEF\xBF\xBD\xEF\xBF\xBD") == 0, "repair: two for an overlong form");
	free(r);
	r = utf8_repair("ok", 2, &n, NULL);
	CHECK(n == 2 && strcmp(r, "ok") == 0, "repair: valid text is copied");
	free(r);
	r = utf8_repair("", 0, &n, &bad);
	CHECK(n == 0 && bad == 0 && r[0] == '\0', "repair: empty");
	free(r);
}

static void
test_utf8(void)
{
	size_t n, bad;
	char *s;

	CHECK_INT(utf8_check("a\xC3\xA9z", 4), 4, "valid UTF-8 passes");
	CHECK_INT(utf8_check("ab\xC0\xAF", 4), 2, "overlong '/' is ill-formed");
	CHECK_INT(utf8_check("\xED\xA0\x80", 3), 0, "surrogate is ill-formed");
	CHECK_INT(utf8_check("\xF4\x90\x80\x80", 4), 0, "past U+10FFFF is ill-formed");
	s = utf8_repair("a\xFF" "b\xE4\xB8", 5, &n, &bad);
	CHECK_STR(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "repair: stray byte and truncated sequence");
	CHECK_INT(bad, 2, "repair counts two replacements");
	free(s);
	s = utf8_repair("\xC0\xAF", 2, &n, &bad);
	CHECK_INT(bad, 2, "overlong pair gives two U+FFFD");
	free(s);
}

static void
test_lead_bytes(void)
{
	static const unsigned char bad[] = { 0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF };
	uint32_t cp;
	size_t i, k, n, nbad;
	char s[2], *r;

	for (i = 0, k = 0; i < sizeof bad; i++) {
		s[0] = (char)bad[i];
		s[1] = 'a';
		cp = 0;
		if (utf8_decode(s, 2, &cp) == 0 && cp == 0xFFFD)
			k++;
	}
	CHECK_INT(k, sizeof bad, "bytes that cannot lead decode as ill-formed, U+FFFD");
	r = utf8_repair("\x80" "a\xFF", 3, &n, &nbad);
	CHECK_STR(r, "\xEF\xBF\xBD" "a\xEF\xBF\xBD", "stray continuation and 0xFF repaired");
	CHECK_INT(nbad, 2, "two replacements");
	free(r);
	CHECK_INT(utf8_check("\xE4\xB8\x8A\xE6\xB5\xB7", 6), 6, "Chinese text is valid");
	CHECK_INT(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4, "four-byte sequence decodes");
	CHECK_INT(cp, 0x1F600, "to U+1F600");
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_decode();
	test_encode();
	test_check_repair();
	test_utf8();
	test_lead_bytes();
	return unit_end();
}
