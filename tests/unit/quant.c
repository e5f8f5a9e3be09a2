/*
 * Unit tests of the quantity scanner (lib/quant.c) through qt_scan() on
 * sentences in English, Chinese and Portuguese: the spans, values, units,
 * qualifiers and kinds of what it finds, the conversions it links, the
 * times it leaves to the time scanner, and what it must not take for a
 * quantity (pronouns, versions, product names, telephone numbers, web
 * addresses).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "quant.h"
#include "unit.h"

static struct qt_result r;

static size_t
scan(const char *lang, const char *text, const char *docdate)
{
	qt_scan(text, strlen(text), qt_lang(lang, text, strlen(text)), docdate, &r);
	return r.nq;
}

/* Checks quantity K of the last scan; NAME names the case. */
static void
quant(size_t k, size_t start, size_t end, double value, const char *unit, const char *qual, const char *kind,
      const char *name)
{
	char buf[160];
	const struct qt_quant *q = k < r.nq ? &r.q[k] : NULL;

	snprintf(buf, sizeof buf, "%s: span", name);
	CHECK(q && q->start == start && q->end == end, buf);
	snprintf(buf, sizeof buf, "%s: value", name);
	CHECK(q && fabs(q->value - value) <= fabs(value) * 1e-12, buf);
	snprintf(buf, sizeof buf, "%s: unit", name);
	CHECK_STR(q ? q->unit : NULL, unit, buf);
	snprintf(buf, sizeof buf, "%s: qualifier", name);
	CHECK_STR(q ? q->qual : NULL, qual, buf);
	snprintf(buf, sizeof buf, "%s: kind", name);
	CHECK_STR(q ? qt_kind_name(q->kind) : NULL, kind, buf);
}

static void
english(void)
{
	CHECK_INT(scan("en", "The city has more than 1,200 AI companies and revenue of 224.6 billion yuan "
	                     "($31.5 billion) in 2023.", "2023-05-01"), 3, "en: three quantities");
	quant(0, 23, 28, 1200, "count", ">", "number", "en: \"more than 1,200\"");
	quant(1, 57, 75, 224.6e9, "CNY", "=", "money", "en: \"224.6 billion yuan\"");
	quant(2, 77, 90, 31.5e9, "USD", "=", "money", "en: \"$31.5 billion\"");
	CHECK_INT(r.q[0].conv_of, -1, "en: the count converts nothing");
	CHECK_INT(r.q[2].conv_of, 1, "en: the dollars in parentheses convert the yuan");
	CHECK_INT(r.nt, 1, "en: 2023 is a time, not a count");
	CHECK(r.nt == 1 && r.t[0].start == 95 && r.t[0].end == 99 && !strcmp(r.t[0].value, "2023"), "en: the year's span");

	CHECK_INT(scan("en", "Revenue fell to minus 5 percent, about 3.5 million dollars, up to 40 PFLOPS and "
	                     "at least 2.5 percentage points by 2025.", NULL), 4, "en: four quantities");
	quant(0, 16, 31, -5, "percent", "=", "percent", "en: \"minus 5 percent\"");
	quant(1, 39, 58, 3.5e6, "USD", "~", "money", "en: \"about 3.5 million dollars\"");
	quant(2, 66, 75, 40, "PFLOPS", "<=", "power", "en: \"up to 40 PFLOPS\"");
	quant(3, 89, 110, 2.5, "points", ">=", "points", "en: \"at least 2.5 percentage points\"");
	CHECK(r.nt == 1 && r.t[0].deadline && !strcmp(r.t[0].value, "2025"), "en: \"by 2025\" is a deadline");

	CHECK_INT(scan("en", "one of the three firms, two-thirds of the staff, 1e400 cells", NULL), 2,
	          "en: \"one of\" is a pronoun");
	quant(0, 11, 16, 3, "count", "=", "number", "en: \"three\"");
	quant(1, 24, 34, 2.0 / 3, "fraction", "=", "fraction", "en: \"two-thirds\"");
	CHECK(r.nbad == 1 && r.bad[0].start == 49 && r.bad[0].end == 54, "en: 1e400 is too large, and reported");

	CHECK_INT(scan("en", "Call 021-6123 4567 or visit www.example.com/50%20off; version 2.0 of MLU100.", NULL), 0,
	          "en: a telephone number, a web address, a version and a product name are no quantities");
	CHECK_INT(scan("en", "", NULL), 0, "en: an empty text has none");
	CHECK_INT(r.nt, 0, "en: nor times");
}

static void
chinese(void)
{
	CHECK_INT(scan("zh", "北京有超过1.2万家企业，产值约五千亿元，增长15%。", NULL), 3, "zh: three quantities");
	quant(0, 15, 24, 12000, "count", ">", "number", "zh: 超过1.2万家");
	quant(1, 42, 54, 5e11, "CNY", "~", "money", "zh: 约五千亿元");
	quant(2, 63, 66, 15, "percent", "=", "percent", "zh: 15%");

	CHECK_INT(scan("zh", "到2030年，算力达到100EFLOPS，约合七成六，三分之一的企业。", "2024-03-02"), 3,
	          "zh: three quantities and a time");
	quant(0, 25, 34, 100000, "PFLOPS", "=", "power", "zh: 100EFLOPS in PFLOPS");
	quant(1, 43, 52, 76, "percent", "~", "percent", "zh: 约合七成六");
	quant(2, 55, 67, 1.0 / 3, "fraction", "=", "fraction", "zh: 三分之一");
	CHECK(r.nt == 1 && r.t[0].start == 0 && r.t[0].end == 10 && r.t[0].deadline && !strcmp(r.t[0].value, "2030"),
	      "zh: 到2030年 is a deadline");

	CHECK_INT(scan(NULL, "这座城市吸引了一千多家人工智能企业。", NULL), 1, "zh: the language guessed from the text");
	quant(0, 21, 33, 1000, "count", ">", "number", "zh: 一千多家");
	CHECK_INT(scan("zh", "第四届大会在十九大之后召开。", NULL), 0, "zh: an ordinal and a congress are no counts");
}

static void
portuguese(void)
{
	CHECK_INT(scan("pt-BR", "A cidade tem cerca de 1.500 empresas e receita de R$ 2,5 bilhões, alta de 3 pontos "
	                        "percentuais.", NULL), 3, "pt: three quantities");
	quant(0, 22, 27, 1500, "count", "~", "number", "pt: \"cerca de 1.500\": a point groups thousands");
	quant(1, 50, 65, 2.5e9, "BRL", "=", "money", "pt: \"R$ 2,5 bilhões\": a decimal comma");
	quant(2, 75, 95, 3, "points", "=", "points", "pt: \"3 pontos percentuais\"");

	CHECK_INT(scan("pt", "Até 2025, o investimento será de uns dois milhões e meio de reais e metade das empresas.",
	               NULL), 2, "pt: two quantities");
	quant(0, 39, 68, 2.5e6, "BRL", "~", "money", "pt: \"uns dois milhões e meio de reais\"");
	quant(1, 71, 77, 0.5, "fraction", "=", "fraction", "pt: \"metade\"");
	CHECK(r.nt == 1 && r.t[0].deadline && !strcmp(r.t[0].value, "2025"), "pt: \"até 2025\" is a deadline");

	CHECK_INT(scan(NULL, "A cidade atraiu mais de mil empresas que trabalham com inteligência artificial.", NULL), 1,
	          "pt: the language guessed from the text");
	quant(0, 24, 27, 1000, "count", ">", "number", "pt: \"mais de mil\"");
	CHECK_INT(scan("pt", "Ele fechou um acordo.", NULL), 0, "pt: \"um\" as an article is no number");
}

static void
languages(void)
{
	const char *zh = "这座城市吸引了一千多家企业。", *pt = "A cidade atraiu mais de mil empresas que trabalham.";

	CHECK_INT(qt_lang("zh-Hant", "", 0), QT_ZH, "qt_lang: zh-Hant");
	CHECK_INT(qt_lang("PT-br", "", 0), QT_PT, "qt_lang: PT-br");
	CHECK_INT(qt_lang("en", zh, strlen(zh)), QT_EN, "qt_lang: a given language wins over the text");
	CHECK_INT(qt_lang(NULL, zh, strlen(zh)), QT_ZH, "qt_lang: no language, Chinese text");
	CHECK_INT(qt_lang("und", pt, strlen(pt)), QT_PT, "qt_lang: unknown language, Portuguese text");
	CHECK_INT(qt_lang("es", "La ciudad tiene mil empresas y más.", 35), QT_EN,
	          "qt_lang: a language it does not read is read as English");
	CHECK_STR(qt_kind_name(QT_POWER), "power", "qt_kind_name: power");
	CHECK_STR(qt_kind_name(99), "number", "qt_kind_name: out of range");
}

int
main(void)
{
	english();
	chinese();
	portuguese();
	languages();
	qt_free(&r);
	CHECK(r.q == NULL && r.nq == 0 && r.scratch == NULL, "qt_free: R is empty after");
	return unit_failed;
}
