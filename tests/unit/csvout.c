/*
 * Unit tests of lib/csvout: numbers for tables (csvout_fmtnum) and CSV/TSV
 * cells with and without the excel guard.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "unit.h"

static void
test_fmtnum(void)
{
	char b[40];

	CHECK_STR(csvout_fmtnum(b, sizeof b, 224600000000.0), "224600000000", "fmtnum: integral money");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 29.5), "29.5", "fmtnum: a real");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 0.333333), "0.333333", "fmtnum: a fraction");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 0.1 + 0.2), "0.3", "fmtnum: %.15g drops float noise");
	CHECK_STR(csvout_fmtnum(b, sizeof b, -5), "-5", "fmtnum: negative integer");
	CHECK_STR(csvout_fmtnum(b, sizeof b, -0.0), "0", "fmtnum: negative zero");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 1e300), "1e+300", "fmtnum: beyond 2^53");
	CHECK_STR(csvout_fmtnum(b, sizeof b, INFINITY), "", "fmtnum: inf is empty");
	CHECK_STR(csvout_fmtnum(b, sizeof b, NAN), "", "fmtnum: nan is empty");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 9007199254740992.0), "9.00719925474099e+15", "fmtnum: 2^53 is no integer");
	CHECK_STR(csvout_fmtnum(b, sizeof b, 9007199254740991.0), "9007199254740991", "fmtnum: below 2^53 it is");
}

/* Renders cells through a memory stream and returns the text (static). */
static const char *
cells(int tsv, int excel, const char **text)
{
	static char out[512];
	struct csvout co;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	csvout_init(&co, fp, tsv, excel);
	for (; *text; text++) {
		if (**text == '#')
			csvout_number(&co, *text + 1);
		else
			csvout_text(&co, *text, strlen(*text));
	}
	csvout_endrow(&co);
	fclose(fp);
	snprintf(out, sizeof out, "%s", buf);
	free(buf);
	return out;
}

static void
test_cells(void)
{
	const char *row[] = { "plain", "a,b", "say \"hi\"", "two\nlines", "", "#-5", "=1+1", NULL };
	const char *guard[] = { "=HYPERLINK(\"u\")", "+1", "-x", "@a", "\tt", "\rr", "#-5", "a=b", NULL };
	const char *tab[] = { "a\tb", "c\\d", "e\nf", "=g", NULL };

	CHECK_STR(cells(0, 0, row), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,-5,=1+1\n",
	          "csv: RFC 4180 quoting only where needed");
	CHECK_STR(cells(0, 1, guard),
	          "\xEF\xBB\xBF\"'=HYPERLINK(\"\"u\"\")\",'+1,'-x,'@a,\"'\tt\",\"'\rr\",-5,a=b\r\n",
	          "excel: BOM, guards on text only, CRLF, a tab quoted");
	{
		const char *semi[] = { "x;=cmd|' /C calc'!A0", "a;b", "a b", NULL };

		CHECK_STR(cells(0, 1, semi), "\xEF\xBB\xBF\"x;=cmd|' /C calc'!A0\",\"a;b\",a b\r\n",
		          "excel: a cell with a semicolon quoted, so no split starts a formula");
		CHECK_STR(cells(0, 0, semi), "x;=cmd|' /C calc'!A0,a;b,a b\n", "csv: semicolons unquoted otherwise");
	}
	CHECK_STR(cells(1, 0, tab), "a\\tb\tc\\\\d\te\\nf\t=g\n", "tsv: backslash escapes");
	CHECK_STR(cells(1, 1, tab), "\xEF\xBB\xBF" "a\\tb\tc\\\\d\te\\nf\t'=g\r\n", "tsv excel: guard and CRLF");
	CHECK(csvout_is_formula("=x", 2) && !csvout_is_formula("x=", 2) && !csvout_is_formula("", 0), "is_formula");
}

int
main(void)
{
	test_fmtnum();
	test_cells();
	return unit_failed;
}
