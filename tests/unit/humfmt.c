/*
 * Unit tests of lib/humfmt: numbers for people (humfmt_group,
 * humfmt_value), qualifiers and metric labels.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "humfmt.h"
#include "unit.h"

static void
test_human(void)
{
	char b[80];

	CHECK_STR(humfmt_group(b, sizeof b, 1149, 2), "1,149", "group: thousands");
	CHECK_STR(humfmt_group(b, sizeof b, 1234567.25, 2), "1,234,567.25", "group: millions and decimals");
	CHECK_STR(humfmt_group(b, sizeof b, 999, 2), "999", "group: no separator below 1000");
	CHECK_STR(humfmt_group(b, sizeof b, -40000, 0), "-40,000", "group: negative");
	CHECK_STR(humfmt_group(b, sizeof b, -0.001, 2), "0", "group: rounds to zero without a sign");
	CHECK_STR(humfmt_group(b, sizeof b, 100000, 2), "100,000", "group: six digits");
	CHECK_STR(humfmt_group(b, sizeof b, -1e308, 2), "-1e+308", "group: absurd values in short form");
	CHECK_STR(humfmt_value(b, sizeof b, 1e300, "CNY"), "1e+288 tn CNY", "value: absurd money stays short");
	CHECK_STR(humfmt_value(b, sizeof b, 224600000000.0, "CNY"), "224.6 bn CNY", "value: bn CNY");
	CHECK_STR(humfmt_value(b, sizeof b, 1.25e12, "USD"), "1.25 tn USD", "value: tn USD");
	CHECK_STR(humfmt_value(b, sizeof b, 3500000, "BRL"), "3.5 mn BRL", "value: mn BRL");
	CHECK_STR(humfmt_value(b, sizeof b, 950000, "EUR"), "950,000 EUR", "value: small money unscaled");
	CHECK_STR(humfmt_value(b, sizeof b, 1149, "count"), "1,149", "value: count");
	CHECK_STR(humfmt_value(b, sizeof b, 29.5, "percent"), "29.5%", "value: percent");
	CHECK_STR(humfmt_value(b, sizeof b, 0.333333, "fraction"), "33.3%", "value: fraction as percent");
	CHECK_STR(humfmt_value(b, sizeof b, 40000, "PFLOPS"), "40,000 PFLOPS", "value: PFLOPS");
	CHECK_STR(humfmt_value(b, sizeof b, 0.7449, "score"), "0.74", "value: score");
	CHECK_STR(humfmt_value(b, sizeof b, 12, "points"), "12 points", "value: other unit after the number");
	CHECK_STR(humfmt_qualifier(">"), "over ", "qualifier: >");
	CHECK_STR(humfmt_qualifier(">="), "at least ", "qualifier: >=");
	CHECK_STR(humfmt_qualifier("<="), "up to ", "qualifier: <=");
	CHECK_STR(humfmt_qualifier("~"), "about ", "qualifier: ~");
	CHECK_STR(humfmt_qualifier("="), "", "qualifier: =");
	CHECK_STR(humfmt_metric("ai_enterprises", b, sizeof b), "AI enterprises", "metric: known label");
	CHECK_STR(humfmt_metric("robot_density", b, sizeof b), "Robot density", "metric: unknown one spelled out");
	CHECK_STR(humfmt_group(b, sizeof b, 0.126, 2), "0.13", "group: rounded to DEC decimals");
	CHECK_STR(humfmt_group(b, sizeof b, 2.5, 9), "2.5", "group: DEC beyond 6 is 6, zeros trimmed");
	CHECK_STR(humfmt_group(b, sizeof b, NAN, 2), "nan", "group: nan");
	CHECK_STR(humfmt_value(b, sizeof b, 5, NULL), "5", "value: no unit");
	CHECK_STR(humfmt_value(b, sizeof b, 1.5e6, "cny"), "1,500,000 cny", "value: lower-case is no currency");
	CHECK_STR(humfmt_qualifier("<"), "under ", "qualifier: <");
	CHECK_STR(humfmt_qualifier(NULL), "", "qualifier: none");
	CHECK_STR(humfmt_qualifier("?"), "", "qualifier: unknown one is nothing");
	CHECK_STR(humfmt_metric("talent_share", b, sizeof b), "Share of national AI talent", "metric: talent share");
	CHECK_STR(humfmt_metric(NULL, b, sizeof b), "", "metric: none");
	CHECK(!humfmt_is_money("CN") && !humfmt_is_money("CNYX") && !humfmt_is_money(NULL), "is_money: only three letters");
	CHECK(humfmt_is_money("CNY") && !humfmt_is_money("count") && !humfmt_is_money("cny"), "is_money");
}

int
main(void)
{
	test_human();
	return unit_failed;
}
