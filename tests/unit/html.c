/*
 * Unit tests of lib/html.c: html_sniff() on pages and on text that merely
 * mentions tags, and html_date() on the date forms pages use (ISO with
 * time and zone, Chinese, Portuguese and English month names, day-first
 * and month-first numbers, nonsense).
 */
#include <stdlib.h>

#include "article.h"
#include "html.h"
#include "unit.h"

static const char *
date(const char *s, int dmy)
{
	static char out[11];

	return html_date(s, dmy, out) ? out : "none";
}

int
main(void)
{
	struct article a = { 0 };
	int r;
	static const char page[] = "<html><body><p>x</p></body></html>";

	CHECK(html_sniff("<!DOCTYPE html>\n<html>", 22), "sniff: doctype");
	CHECK(html_sniff("\xEF\xBB\xBF  <html lang=\"zh\">", 21), "sniff: BOM, spaces, <html");
	CHECK(html_sniff("\n<div class=\"a\">text</div>", 25), "sniff: fragment starting with <div");
	CHECK(!html_sniff("Prices rose. <p> is a tag.\n", 27), "sniff: text mentioning <p>");
	CHECK(!html_sniff("# Title\n\nSome Markdown text.\n", 28), "sniff: Markdown");
	CHECK(!html_sniff("", 0), "sniff: empty");

	CHECK_STR(date("2020-02-19T08:00:00+08:00", 1), "2020-02-19", "date: ISO with zone");
	CHECK_STR(date("2022/5/3 21:44", 1), "2022-05-03", "date: slashes, one digit");
	CHECK_STR(date("发布时间：2019年2月25日 10:05", 1), "2019-02-25", "date: Chinese");
	CHECK_STR(date("2012年06月04日", 1), "2012-06-04", "date: Chinese, zero-padded");
	CHECK_STR(date("4 de julho de 2019", 1), "2019-07-04", "date: Portuguese month name");
	CHECK_STR(date("Publicado em 21 de dezembro de 2018", 1), "2018-12-21", "date: Portuguese in a phrase");
	CHECK_STR(date("November 18, 2019", 0), "2019-11-18", "date: English month day, year");
	CHECK_STR(date("Updated 3 Sept 2021", 0), "2021-09-03", "date: English day month year");
	CHECK_STR(date("03/05/2022 21:44", 1), "2022-05-03", "date: day first");
	CHECK_STR(date("05/04/2022 08:43 am", 0), "2022-05-04", "date: month first");
	CHECK_STR(date("25/12/2020", 0), "2020-12-25", "date: day > 12 is a day");
	CHECK_STR(date("2021-13-40", 1), "none", "date: no month 13");
	CHECK_STR(date("call 1234-5678", 1), "none", "date: not a date");
	CHECK_STR(date("", 1), "none", "date: empty");

	CHECK_INT(html_read(page, sizeof page - 1, &a), 0, "read: tiny page");
	CHECK_INT(a.html, 1, "read: html flag");
	art_free(&a);
	CHECK_INT(html_read(page, sizeof page - 1, &a) == 0 && a.nblocks == 1, 1, "read: one block");
	CHECK_STR(a.nblocks ? a.blocks[0].text : "", "x", "read: its text");
	art_free(&a);
	r = html_read("", 0, &a);
	CHECK(r == 0 || r == -1, "read: empty input");
	art_free(&a);
	return unit_failed;
}
