/*
 * Unit tests of lib/lex.c and lex.h: word lists with flags, case folding,
 * code points, and the character classes (Han, CJK, East Asian, space,
 * letters).
 */
#include <string.h>

#include "lex.h"
#include "unit.h"

static const struct lex_entry words[] = {
	{ "copyright", 1 }, { "版权", 2 }, { "por", 4 }, { "por", 8 }, { "endereço", 16 },
};

static void
test_table(void)
{
	static struct lex l;   /* a table lives as long as the program, as the tools' do */

	CHECK_INT(lex_get(&l, "por", 3), 0, "get: an empty table");
	lex_build(&l, words, sizeof words / sizeof words[0]);
	CHECK_INT(lex_get(&l, "copyright", 9), 1, "get: a word");
	CHECK_INT(lex_get(&l, "版权", 6), 2, "get: a Chinese word");
	CHECK_INT(lex_get(&l, "por", 3), 12, "get: a word twice ORs its flags");
	CHECK_INT(lex_get(&l, "endereço", 9), 16, "get: a word with an accent");
	CHECK_INT(lex_get(&l, "copyrigh", 8), 0, "get: a prefix is none");
	CHECK_INT(lex_get(&l, "Copyright", 9), 0, "get: words are folded by the caller");
	CHECK_INT(lex_get(&l, "po", 2), 0, "get: a shorter word");
	CHECK_INT(lex_get(&l, "por", 0), 0, "get: empty");
}

static void
test_fold(void)
{
	char b[16];

	CHECK(lex_fold("MaRço", 6, b, sizeof b) == 6 && strcmp(b, "março") == 0, "fold: Latin with a cedilla");
	CHECK(lex_fold("ÉCOLE", 6, b, sizeof b) == 6 && strcmp(b, "école") == 0, "fold: É");
	CHECK(lex_fold("中文", 6, b, sizeof b) == 6 && strcmp(b, "中文") == 0, "fold: Han stays");
	CHECK(lex_fold("A\xFF", 2, b, sizeof b) == 2 && memcmp(b, "a\xFF", 3) == 0, "fold: a bad byte is copied");
	CHECK_INT(lex_fold("ABCDEFGH", 8, b, 8), 0, "fold: no room for the NUL");
}

static void
test_cp(void)
{
	size_t len = 0;

	CHECK(lex_cp("a", 1, &len) == 'a' && len == 1, "cp: ASCII");
	CHECK(lex_cp("\xC3\xA7", 2, &len) == 0xE7 && len == 2, "cp: ç");
	CHECK(lex_cp("\xE4\xB8\xAD", 3, &len) == 0x4E2D && len == 3, "cp: 中");
	CHECK(lex_cp("\xF0\xA0\x80\x80", 4, &len) == 0x20000 && len == 4, "cp: U+20000");
	CHECK(lex_cp("\xED\xA0\x80", 3, &len) == 0xFFFD && len == 1, "cp: a surrogate is one bad byte");
	CHECK(lex_cp("\xE4\xB8", 2, &len) == 0xFFFD && len == 1, "cp: cut short");
	CHECK(lex_step("Porto 9", 7, &len) == 'P' && len == 5, "step: a run of ASCII letters");
	CHECK(lex_step(" x", 2, &len) == ' ' && len == 1, "step: one other byte");
	CHECK_INT(lex_ascii_letters("abc1", 4), 3, "ascii letters");
}

static void
test_classes(void)
{
	CHECK(lex_han(0x4E2D) && lex_han(0x3400) && lex_han(0xF900) && lex_han(0x20000), "han: the blocks");
	CHECK(lex_han(0x30000) && lex_han(0x3134A) && lex_han(0x3FFFF), "han: plane 3, extensions G and H");
	CHECK(!lex_han(0x3042) && !lex_han(0xAC00) && !lex_han(0x3002) && !lex_han('a'), "han: no kana, Hangul, 。");
	CHECK(!lex_han(0x1FFFF) && !lex_han(0x40000) && !lex_han(0x3007) && !lex_han(0x4DC0), "han: not past the Han planes, not 〇, not hexagrams");
	CHECK(lex_cjk(0x4E2D) && lex_cjk(0x3042) && lex_cjk(0x30AB) && lex_cjk(0xAC00), "cjk: Han, kana, Hangul");
	CHECK(!lex_cjk(0x3002) && !lex_cjk(0x3007) && !lex_cjk(0x4DC0) && !lex_cjk(0xFF0C), "cjk: no punctuation");
	CHECK(lex_east_asian(0x3002) && lex_east_asian(0x3007) && lex_east_asian(0x2E80) &&
	      lex_east_asian(0xFF65) && lex_east_asian(0x30000) && lex_east_asian(0x4E2D), "east asian: the blocks");
	CHECK(!lex_east_asian(0xFF0C) && !lex_east_asian(0x2E7F) && !lex_east_asian(0xE9), "east asian: not ，, not é");
	CHECK(lex_space(' ') && lex_space('\n') && lex_space(0xA0) && lex_space(0x3000) && lex_space(0x200B),
	      "space: ASCII, no-break, ideographic, zero width");
	CHECK(!lex_space('x') && !lex_space(0x3001), "space: not a letter, not 、");
	CHECK(lex_letter('a') && lex_letter(0xE7) && lex_letter(0x4E2D) && !lex_letter('1') && !lex_letter(0x3002),
	      "letter");
	CHECK(lex_upper(0xC9) && !lex_upper(0xE9) && lex_lower(0xE9) && !lex_lower('A'), "upper and lower");
	CHECK_INT(lex_category(0x4E2D), UTF8PROC_CATEGORY_LO, "category: Lo");
	CHECK_INT(lex_category(0x1F600), UTF8PROC_CATEGORY_SO, "category: past the BMP");
}

int
main(void)
{
	test_table();
	test_fold();
	test_cp();
	test_classes();
	return unit_failed;
}
