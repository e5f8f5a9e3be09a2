/*
 * Unit tests of the folded text the scanners read (lib/qtscan.c): the fold
 * of full-width forms and spaces with its map back to the original bytes,
 * the lower-cased copy and the word bytes, and the helpers over them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qtscan.h"
#include "unit.h"

static struct qt_result r;

static void
fold(struct qs *s, const char *t, int lang)
{
	memset(s, 0, sizeof *s);
	s->r = &r;
	s->lang = lang;
	qs_fold(s, t, strlen(t));
}

static void
folding(void)
{
	struct qs s;

	/* １２３％: three bytes each, folded to one */
	fold(&s, "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x85", QT_ZH);
	CHECK_INT(s.n, 4, "fold: full-width digits and sign become 4 bytes");
	CHECK(memcmp(s.f, "123%", 4) == 0, "fold: to ASCII");
	CHECK(s.map[0] == 0 && s.map[1] == 3 && s.map[3] == 9 && s.map[4] == 12, "fold: the map back to the text");

	/* a no-break space and a thin space become spaces; Han is kept */
	fold(&s, "5\xC2\xA0万\xE2\x80\x89x", QT_ZH);
	CHECK_INT(s.n, 7, "fold: spaces fold to one byte, 万 keeps three");
	CHECK(s.f[1] == ' ' && s.f[5] == ' ', "fold: U+00A0 and U+2009 are spaces");
	CHECK(s.map[2] == 3 && s.map[5] == 6 && s.map[7] == 10, "fold: offsets after the spaces");

	/* ￥ (full-width) is kept as ¥ in two bytes, both from the same character */
	fold(&s, "\xEF\xBF\xA5" "8", QT_ZH);
	CHECK(s.n == 3 && (unsigned char)s.f[0] == 0xC2 && (unsigned char)s.f[1] == 0xA5, "fold: ￥ becomes ¥");
	CHECK(s.map[0] == 0 && s.map[1] == 0 && s.map[2] == 3, "fold: both bytes of ¥ map to ￥");

	/* lc lower-cases ASCII and the accented capitals; wc marks letters */
	fold(&s, "ÀS 1 Não", QT_PT);
	CHECK(memcmp(s.lc, "às 1 não", 10) == 0, "fold: lower-cased copy");
	CHECK(memcmp(s.f, "ÀS 1 Não", 10) == 0, "fold: the case is kept in f");
	CHECK(qs_wordc(&s, 0) && qs_wordc(&s, 1) && qs_wordc(&s, 2), "fold: À and S are word bytes");
	CHECK(!qs_wordc(&s, 3) && !qs_wordc(&s, 4), "fold: a space and a digit are not");
	CHECK(!qs_wordc(&s, s.n), "fold: nothing past the end is");
	CHECK_INT(qs_wend(&s, 0), 3, "qs_wend: the end of ÀS");
	CHECK_INT(qs_wstart(&s, 10), 6, "qs_wstart: the start of Não");
	CHECK_INT(qs_wend(&s, 4), 4, "qs_wend: no word at a digit");
}

static void
helpers(void)
{
	struct qs s;
	size_t l, b;

	fold(&s, "More than  5 万", QT_EN);
	CHECK_INT(qs_at(&s, 0, "more"), 4, "qs_at: case folded");
	CHECK_INT(qs_at(&s, 0, "mor"), 3, "qs_at: a prefix matches");
	CHECK_INT(qs_atw(&s, 0, "mor"), 0, "qs_atw: a prefix is no word");
	CHECK_INT(qs_atw(&s, 0, "more than"), 9, "qs_atw: a phrase");
	CHECK_INT(qs_atw(&s, 1, "ore"), 0, "qs_atw: not inside a word");
	CHECK_INT(qs_at(&s, 13, "万"), 3, "qs_at: UTF-8");
	CHECK_INT(qs_at(&s, 13, "万万"), 0, "qs_at: not past the end");
	CHECK_INT(qs_skipsp(&s, 9), 11, "qs_skipsp: two spaces");
	CHECK_INT(qs_skipsp(&s, 11), 11, "qs_skipsp: none");
	CHECK_INT(qs_backsp(&s, 11), 9, "qs_backsp: two spaces");
	CHECK_INT(qs_cp(&s, 13, &l), 0x4E07, "qs_cp: 万");
	CHECK_INT(l, 3, "qs_cp: its length");
	CHECK_INT(qs_cp(&s, s.n, &l), 0, "qs_cp: 0 past the end");
	CHECK_INT(qs_cp_before(&s, 16, &b), 0x4E07, "qs_cp_before: 万");
	CHECK_INT(b, 13, "qs_cp_before: its start");
	CHECK_INT(qs_cp_before(&s, 0, &b), 0, "qs_cp_before: nothing before the start");

	CHECK(qs_free(&s, 0, s.n), "qs_free: all free at first");
	qs_take(&s, 11, 12);
	CHECK(!qs_free(&s, 10, 13), "qs_take: a taken byte is not free");
	CHECK(qs_free(&s, 0, 11) && qs_free(&s, 12, s.n), "qs_take: the others are");

	fold(&s, "1,5 mil", QT_PT);
	CHECK(qs_free(&s, 0, s.n), "qs_fold: a new fold frees every byte");
}

static void
chinese(void)
{
	struct qs s;
	const char *iso = NULL;

	CHECK(qs_han(0x4E07) && qs_han(0x3007) && qs_han(0x20000), "qs_han: 万, 〇 and Extension B");
	CHECK(!qs_han('A') && !qs_han(0x3001) && !qs_han(0xFF0C), "qs_han: no Latin letter, no punctuation");
	CHECK(qs_zdigit(0x4E24) == 2 && qs_zdigit(0x3007) == 0 && qs_zdigit(0x5341) == -1, "qs_zdigit: 两 〇 十");
	CHECK(qs_zsmall(0x767E) == 100 && qs_zsmall(0x4E07) == 0, "qs_zsmall: 百, not 万");
	CHECK(qs_zbig(0x5104) == 2 && qs_zbig(0x5343) == 0, "qs_zbig: 億, not 千");
	CHECK(qs_znumc(0x5146) && !qs_znumc(0x7684), "qs_znumc: 兆, not 的");

	fold(&s, "公斤美元的万家", QT_ZH);
	CHECK_INT(qs_zh_classifier(&s, 0), 6, "qs_zh_classifier: 公斤, the longest");
	CHECK_INT(qs_zh_classifier(&s, 12), 0, "qs_zh_classifier: not 美");
	CHECK_INT(qs_zh_currency(&s, 6, &iso), 6, "qs_zh_currency: 美元");
	CHECK_STR(iso, "USD", "qs_zh_currency: its code");
	CHECK_INT(qs_zh_counted(&s, 15), 3, "qs_zh_counted: 万");
	CHECK_INT(qs_zh_counted(&s, 18), 3, "qs_zh_counted: 家");
	CHECK_INT(qs_zh_counted(&s, 12), 0, "qs_zh_counted: not 的");
}

int
main(void)
{
	folding();
	helpers();
	chinese();
	free(r.scratch);
	return unit_failed;
}
