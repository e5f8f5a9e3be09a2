/*
 * Unit tests of the number readers (lib/qnum.c): digits with the marks of
 * each language, exponents and powers, Chinese numerals mixed with
 * digits, and numbers spelled out in English and Portuguese.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qnum.h"
#include "unit.h"

static struct qt_result r;
static struct qs s;
static struct qnum nm;

enum { DIGITS, ZH, WORDS };

/* Reads TEXT from its start with READER; returns the end. */
static size_t
rd(int reader, const char *text, int lang)
{
	memset(&s, 0, sizeof s);
	memset(&nm, 0, sizeof nm);
	s.r = &r;
	s.lang = lang;
	qs_fold(&s, text, strlen(text));
	return reader == DIGITS ? qnum_digits(&s, 0, &nm) : reader == ZH ? qnum_zh(&s, 0, &nm) : qnum_words(&s, 0, &nm);
}

static void
num(int reader, const char *text, int lang, size_t end, double v, const char *name)
{
	char buf[160];
	size_t e = rd(reader, text, lang);

	snprintf(buf, sizeof buf, "%s: end", name);
	CHECK_INT(e, end, buf);
	snprintf(buf, sizeof buf, "%s: value", name);
	CHECK(nm.ok && fabs(nm.v - v) <= fabs(v) * 1e-12, buf);
}

static void
digits(void)
{
	num(DIGITS, "1,234.5 m", QT_EN, 7, 1234.5, "digits: English grouping and decimals");
	num(DIGITS, "1.234,5 m", QT_PT, 7, 1234.5, "digits: Portuguese grouping and decimals");
	num(DIGITS, "1.234,5", QT_EN, 7, 1234.5, "digits: points and a decimal comma in English");
	num(DIGITS, "12,34,567", QT_EN, 9, 1234567, "digits: lakhs and crores");
	num(DIGITS, "1.3e6", QT_EN, 5, 1.3e6, "digits: an exponent");
	num(DIGITS, "2^5", QT_EN, 3, 32, "digits: a power");
	num(DIGITS, "1.3x10^6", QT_EN, 8, 1.3e6, "digits: times ten to a power");
	num(DIGITS, "20 300", QT_ZH, 2, 20, "digits: no space grouping in Chinese");
	rd(DIGITS, "1.2.3", QT_EN);
	CHECK(!nm.ok, "digits: a dotted identifier is not a number");
	rd(DIGITS, "1234567890123456789012", QT_EN);
	CHECK(nm.bad, "digits: 22 digits are too many");
	CHECK_INT(rd(DIGITS, "abc", QT_EN), 0, "digits: none at a letter");
}

static void
chinese(void)
{
	num(ZH, "1.2万亿元", QT_ZH, 9, 1.2e12, "zh: digits and 万亿");
	num(ZH, "五万四千", QT_ZH, 12, 54000, "zh: 五万四千");
	num(ZH, "三百五", QT_ZH, 9, 350, "zh: 三百五 is 350");
	num(ZH, "两千零五", QT_ZH, 12, 2005, "zh: 零 keeps the place");
	num(ZH, "二点五", QT_ZH, 9, 2.5, "zh: 点 and decimals");
	num(ZH, "负五", QT_ZH, 6, -5, "zh: 负");
	num(ZH, "三分之一", QT_ZH, 12, 1.0 / 3, "zh: 分之");
	CHECK(nm.frac, "zh: 三分之一 is a fraction");
	num(ZH, "三百多万", QT_ZH, 12, 3e6, "zh: 多 inside the number");
	CHECK_STR(nm.qual, ">", "zh: 多 makes it \"more than\"");
	num(ZH, "七", QT_ZH, 3, 7, "zh: one numeral");
	CHECK(nm.lone, "zh: one numeral is lone");
	CHECK_INT(rd(ZH, "万户", QT_ZH), 0, "zh: 万 alone is no number");
	CHECK_INT(rd(ZH, "的", QT_ZH), 0, "zh: none at 的");
}

static void
words(void)
{
	num(WORDS, "two hundred and two thousand", QT_EN, 28, 202000, "words: two hundred and two thousand");
	num(WORDS, "twenty-one people", QT_EN, 10, 21, "words: twenty-one");
	num(WORDS, "two-thirds", QT_EN, 10, 2.0 / 3, "words: two-thirds");
	CHECK(nm.frac, "words: two-thirds is a fraction");
	num(WORDS, "one and a half", QT_EN, 14, 1.5, "words: one and a half");
	num(WORDS, "three point one four", QT_EN, 20, 3.14, "words: point and digits");
	num(WORDS, "a dozen eggs", QT_EN, 7, 12, "words: a dozen");
	num(WORDS, "minus five", QT_EN, 10, -5, "words: minus");
	num(WORDS, "twenty and more", QT_EN, 6, 20, "words: an \"and\" with no fraction after it ends the number");
	num(WORDS, "quatrocentos e cinquenta e dois mil", QT_PT, 35, 452000, "words: Portuguese");
	num(WORDS, "dois milhões e meio", QT_PT, 20, 2.5e6, "words: dois milhões e meio");
	num(WORDS, "mil empresas", QT_PT, 3, 1000, "words: mil alone");
	CHECK_INT(rd(WORDS, "mil empresas", QT_EN), 0, "words: \"mil\" is no English number");
	CHECK_INT(rd(WORDS, "meio de", QT_PT), 0, "words: a lone meio is no half");
	CHECK_INT(rd(WORDS, "city", QT_EN), 0, "words: none at a word of no table");
	memset(&s, 0, sizeof s);
	s.r = &r;
	qs_fold(&s, "12 34", 5);
	CHECK(qnum_plain_int(&s, 0, 2) && !qnum_plain_int(&s, 0, 3), "qnum_plain_int: digits only");
}

int
main(void)
{
	digits();
	chinese();
	words();
	free(r.scratch);
	return unit_failed;
}
