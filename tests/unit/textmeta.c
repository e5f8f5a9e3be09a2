/* Unit tests of lib/textmeta.c: header lines, date lines, bylines, stamps, Chinese names. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "feat.h"
#include "textmeta.h"
#include "unit.h"

static struct article a;
static struct textmeta_page pd;

static void
reset(void)
{
	art_free(&a);
	memset(&a, 0, sizeof a);
	memset(&pd, 0, sizeof pd);
}

static int
line(const char *s)
{
	return textmeta_line(s, 0, strlen(s), &a, &pd);
}

static int
byline(const char *s)
{
	struct feat f;

	feat_line(s, 0, strlen(s), &f);
	return textmeta_byline(s, 0, strlen(s), &f, &a);
}

static void
test_lines(void)
{
	reset();
	CHECK(line("Source: Example Wire") && a.source && !strcmp(a.source, "Example Wire"), "line: source");
	CHECK(line("来源：南方都市报 作者：李明") && !strcmp(a.source, "Example Wire"), "line: a field set first stays");
	reset();
	CHECK(line("来源：南方都市报 作者：李明") && !strcmp(a.source, "南方都市报"), "line: a Chinese value ends at a space");
	CHECK(line("Date: 2022-11-30") && a.date && !strcmp(a.date, "2022-11-30"), "line: date");
	CHECK(line("【责任编辑：王五】"), "line: a bracketed editor");
	reset();
	CHECK(line("Publicado em 02/08/2024 - 10h30") && !strcmp(a.date, "2024-08-02"), "line: key and date, no colon");
	reset();
	CHECK(line("Data: julho de 2017") && a.date == NULL && pd.year == 2017, "line: a year without its day");
	CHECK(!line("记者：你会接受调解吗？"), "line: an interview is no header");
	CHECK(!line("The port: a history"), "line: no key");
	reset();
	CHECK(textmeta_date("17:03 Sep 24 2025", 0, 17, &a, &pd) && !strcmp(a.date, "2025-09-24"), "date line: time first");
	reset();
	CHECK(!textmeta_date("2025-09-24 the port opened its third terminal for ships", 0, 55, &a, &pd),
	      "date line: a sentence after the date");
	reset();
	CHECK_INT(textmeta_lead("date 2021-05-25 The report says the port grew by a third last year.", 0, 67, &a), 16,
	          "lead: where the text starts");
	CHECK_STR(a.date, "2021-05-25", "lead: the date");
	reset();
	CHECK_INT(textmeta_lead("Published 2021-05-05, the report found the port grew by a third.", 0, 64, &a), 0,
	          "lead: no new sentence");
}

static void
test_bylines(void)
{
	reset();
	CHECK(byline("By Jane Doe") && !strcmp(a.author, "Jane Doe"), "byline: By");
	reset();
	CHECK(byline("Por Maria Silva, 05/03/2023 - 10h30") && !strcmp(a.author, "Maria Silva") &&
	      !strcmp(a.date, "2023-03-05"), "byline: a name and a date");
	reset();
	CHECK(byline("Repórter do Jornal X, Ana Lima") && !strcmp(a.source, "Jornal X") && !strcmp(a.author, "Ana Lima"),
	      "byline: source and name");
	reset();
	CHECK(byline("记者 王小明") && !strcmp(a.author, "王小明"), "byline: 记者");
	reset();
	CHECK(!byline("By the numbers") && a.author == NULL, "byline: no name");
	CHECK(textmeta_han_name("王小明", 0, 9), "han name: a surname and two");
	CHECK(!textmeta_han_name("城市发展", 0, 12), "han name: no surname");
	CHECK(!textmeta_han_name("王", 0, 3), "han name: one character");
}

static void
test_page(void)
{
	reset();
	textmeta_foot("© 2019-2024 Lusa, 21.07.2017", 0, 30, &pd);
	CHECK_STR(pd.foot, "2017-07-21", "foot: a date");
	textmeta_foot("Atualizado 22.07.2017", 0, 21, &pd);
	CHECK(pd.foot_differ == 1, "foot: another date differs");
	textmeta_stamps("2025-04-15 16:25 a, 2025-04-15 09:00 b, 2025-04-15 c", 0, 51, &pd);
	CHECK(pd.nstamp == 2 && pd.stamps_differ == 0 && !strcmp(pd.stamp, "2025-04-15"), "stamps: a date with a time");
	textmeta_stamps("15/04/2024 16h25", 0, 16, &pd);
	CHECK(pd.nstamp == 3 && pd.stamps_differ == 1, "stamps: another date differs");
	textmeta_set(&a.title, " 'None' ", 8);
	CHECK(a.title == NULL, "set: None is no value");
	textmeta_set(&a.title, " \"Port\" ", 8);
	CHECK_STR(a.title, "Port", "set: trimmed, unquoted");
}

int
main(void)
{
	feat_init();
	test_lines();
	test_bylines();
	test_page();
	reset();
	return unit_failed;
}
