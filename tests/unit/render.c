/*
 * Unit tests of the formatting under cf-render: numbers for tables
 * (co_fmtnum), numbers for people (hf_group, hf_value), qualifiers and
 * metric labels, and CSV/TSV cells with and without the excel guard.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "humfmt.h"
#include "unit.h"

static void
test_fmtnum(void)
{
	char b[40];

	CHECK_STR(co_fmtnum(b, sizeof b, 224600000000.0), "224600000000", "fmtnum: integral money");
	CHECK_STR(co_fmtnum(b, sizeof b, 29.5), "29.5", "fmtnum: a real");
	CHECK_STR(co_fmtnum(b, sizeof b, 0.333333), "0.333333", "fmtnum: a fraction");
	CHECK_STR(co_fmtnum(b, sizeof b, 0.1 + 0.2), "0.3", "fmtnum: %.15g drops float noise");
	CHECK_STR(co_fmtnum(b, sizeof b, -5), "-5", "fmtnum: negative integer");
	CHECK_STR(co_fmtnum(b, sizeof b, -0.0), "0", "fmtnum: negative zero");
	CHECK_STR(co_fmtnum(b, sizeof b, 1e300), "1e+300", "fmtnum: beyond 2^53");
	CHECK_STR(co_fmtnum(b, sizeof b, INFINITY), "", "fmtnum: inf is empty");
}

static void
test_human(void)
{
	char b[80];

	CHECK_STR(hf_group(b, sizeof b, 1149, 2), "1,149", "group: thousands");
	CHECK_STR(hf_group(b, sizeof b, 1234567.25, 2), "1,234,567.25", "group: millions and decimals");
	CHECK_STR(hf_group(b, sizeof b, 999, 2), "999", "group: no separator below 1000");
	CHECK_STR(hf_group(b, sizeof b, -40000, 0), "-40,000", "group: negative");
	CHECK_STR(hf_group(b, sizeof b, -0.001, 2), "0", "group: rounds to zero without a sign");
	CHECK_STR(hf_group(b, sizeof b, 100000, 2), "100,000", "group: six digits");
	CHECK_STR(hf_group(b, sizeof b, -1e308, 2), "-1e+308", "group: absurd values in short form");
	CHECK_STR(hf_value(b, sizeof b, 1e300, "CNY"), "1e+288 tn CNY", "value: absurd money stays short");
	CHECK_STR(hf_value(b, sizeof b, 224600000000.0, "CNY"), "224.6 bn CNY", "value: bn CNY");
	CHECK_STR(hf_value(b, sizeof b, 1.25e12, "USD"), "1.25 tn USD", "value: tn USD");
	CHECK_STR(hf_value(b, sizeof b, 3500000, "BRL"), "3.5 mn BRL", "value: mn BRL");
	CHECK_STR(hf_value(b, sizeof b, 950000, "EUR"), "950,000 EUR", "value: small money unscaled");
	CHECK_STR(hf_value(b, sizeof b, 1149, "count"), "1,149", "value: count");
	CHECK_STR(hf_value(b, sizeof b, 29.5, "percent"), "29.5%", "value: percent");
	CHECK_STR(hf_value(b, sizeof b, 0.333333, "fraction"), "33.3%", "value: fraction as percent");
	CHECK_STR(hf_value(b, sizeof b, 40000, "PFLOPS"), "40,000 PFLOPS", "value: PFLOPS");
	CHECK_STR(hf_value(b, sizeof b, 0.7449, "score"), "0.74", "value: score");
	CHECK_STR(hf_value(b, sizeof b, 12, "points"), "12 points", "value: other unit after the number");
	CHECK_STR(hf_qualifier(">"), "over ", "qualifier: >");
	CHECK_STR(hf_qualifier(">="), "at least ", "qualifier: >=");
	CHECK_STR(hf_qualifier("<="), "up to ", "qualifier: <=");
	CHECK_STR(hf_qualifier("~"), "about ", "qualifier: ~");
	CHECK_STR(hf_qualifier("="), "", "qualifier: =");
	CHECK_STR(hf_metric("ai_enterprises", b, sizeof b), "AI enterprises", "metric: known label");
	CHECK_STR(hf_metric("robot_density", b, sizeof b), "Robot density", "metric: unknown one spelled out");
	CHECK(hf_is_money("CNY") && !hf_is_money("count") && !hf_is_money("cny"), "is_money");
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

	co_init(&co, fp, tsv, excel);
	for (; *text; text++) {
		if (**text == '#')
			co_number(&co, *text + 1);
		else
			co_text(&co, *text, strlen(*text));
	}
	co_endrow(&co);
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
	CHECK(co_is_formula("=x", 2) && !co_is_formula("x=", 2) && !co_is_formula("", 0), "is_formula");
}

int
main(void)
{
	test_fmtnum();
	test_human();
	test_cells();
	return unit_failed;
}
