/*
 * Unit tests of lib/html.c: html_sniff() on pages and on text that merely
 * mentions tags.  The dates of its metadata are read by date_value(),
 * tested in tests/unit/date.c.
 */
#include <stdlib.h>

#include "article.h"
#include "html.h"
#include "unit.h"

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
