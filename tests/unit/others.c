/*
 * Unit tests of modules other than the ones named by a test of their own
 * (tests/unit/MODULE.c), kept together until each goes to its module's
 * file.  lib/utf8.c: checking, repair, and bytes that cannot start a
 * sequence (valgrind found utf8_decode() reading an unset length there).
 */
#include <stdint.h>
#include <stdlib.h>

#include "die.h"
#include "unit.h"
#include "utf8.h"

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
	cf_init(argv[0]);
	test_utf8();
	test_lead_bytes();
	return unit_end();
}
