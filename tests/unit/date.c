/*
 * Unit tests of the date module (lib/date.c): the month table, the year
 * range, the date, value (the HTML reader's) and dateline readers, and
 * the period reader.
 */
#include <string.h>

#include "date.h"
#include "unit.h"

/* The date date_find() reads in S, or "none". */
static const char *
found(const char *s)
{
	static char d[11];

	return date_find(s, strlen(s), d) ? d : "none";
}

/* The date date_value() reads in S (DMY: day first), or "none". */
static const char *
value(const char *s, int dmy)
{
	static char d[11];

	return date_value(s, dmy, d) ? d : "none";
}

static void
test_forms(void)
{
	char d[11];

	CHECK(date_find("Time: 2021-07-07 00:00:04", 25, d) && strcmp(d, "2021-07-07") == 0, "date: ISO with time");
	CHECK(date_find("发布于2019年2月5日", 24, d) && strcmp(d, "2019-02-05") == 0, "date: 年月日");
	CHECK(date_find("on July 8, 2021 at noon", 23, d) && strcmp(d, "2021-07-08") == 0, "date: Month D, YYYY");
	CHECK(date_find("em 2 de agosto de 2024", 22, d) && strcmp(d, "2024-08-02") == 0, "date: D de mês de YYYY");
	CHECK(date_find("05/03/2023", 10, d) && strcmp(d, "2023-03-05") == 0, "date: day first");
	CHECK(date_find("12/25/2023", 10, d) && strcmp(d, "2023-12-25") == 0, "date: month first when it must be");
	CHECK(date_find("04.05.2022, 05:45", 17, d) && strcmp(d, "2022-05-04") == 0, "date: dotted, day first");
	CHECK(date_find("2021-13-40", 10, d) == 0, "date: no month 13");
	CHECK(date_find("in 2021 the plan", 16, d) == 0, "date: a year alone is no date");
	CHECK(date_find("21.dez.2018 às 12h55", 21, d) && strcmp(d, "2018-12-21") == 0, "date: D.mês.YYYY");
	CHECK(date_find("21-Jul-2017", 11, d) && strcmp(d, "2017-07-21") == 0, "date: D-Mon-YYYY");
	CHECK(date_find("em 3/set/2019", 13, d) && strcmp(d, "2019-09-03") == 0, "date: D/mês/YYYY");
	CHECK(date_find("item 3.out.2019x", 16, d) && strcmp(d, "2019-10-03") == 0, "date: out is outubro between dots");
	CHECK(date_find("1.fooo.2019", 11, d) == 0, "date: no month, no date");
	CHECK(date_find("21.dez 2018", 11, d) == 0, "date: separators must agree");
}

static void
test_months(void)
{
	size_t len = 0;

	CHECK_INT(date_month_word("February", 8), 2, "month: February");
	CHECK_INT(date_month_word("Feb", 3), 2, "month: Feb");
	CHECK_INT(date_month_word("SEPT", 4), 9, "month: SEPT");
	CHECK_INT(date_month_word("sep", 3), 9, "month: sep");
	CHECK_INT(date_month_word("fev", 3), 2, "month: fev");
	CHECK_INT(date_month_word("set", 3), 9, "month: set is setembro");
	CHECK_INT(date_month_word("dez", 3), 12, "month: dez");
	CHECK_INT(date_month_word("Março", 6), 3, "month: Março");
	CHECK_INT(date_month_word("MARÇO", 6), 3, "month: MARÇO, folded beyond ASCII");
	CHECK_INT(date_month_word("marco", 5), 3, "month: marco without its cedilla");
	CHECK_INT(date_month_word("may", 3), 5, "month: may");
	CHECK_INT(date_month_word("septe", 5), 0, "month: no other prefix");
	CHECK_INT(date_month_word("ma", 2), 0, "month: two letters are none");
	CHECK_INT(date_month_word("de", 2), 0, "month: de is none");
	CHECK_INT(date_month_word("二月", 6), 0, "month: Chinese names are no words");
	CHECK_INT(date_month_word("", 0), 0, "month: empty");
	CHECK_INT(date_month("Julho de 2020", 13, &len), 7, "month: a run of letters");
	CHECK_INT(len, 5, "month: its length");
	CHECK_INT(date_month("jul.", 4, &len), 7, "month: an abbreviation before its point");
	CHECK_INT(len, 3, "month: the point is not in it");
	CHECK_INT(date_month("julyx", 5, &len), 0, "month: a longer word is none");
	CHECK_INT(date_month_zh("二月份", 9, &len), 2, "zh: 二月");
	CHECK_INT(len, 6, "zh: 二月 length");
	CHECK_INT(date_month_zh("十二月", 9, &len), 12, "zh: 十二月 whole");
	CHECK_INT(len, 9, "zh: 十二月 length");
	CHECK_INT(date_month_zh("十月", 6, &len), 10, "zh: 十月");
	CHECK_INT(date_month_zh("12月", 5, &len), 12, "zh: 12月");
	CHECK_INT(len, 5, "zh: 12月 length");
	CHECK_INT(date_month_zh("13月", 5, &len), 0, "zh: no month 13");
	CHECK_INT(date_month_zh("二日", 6, &len), 0, "zh: 二日 is no month");
	CHECK_INT(date_month_zh("2", 1, &len), 0, "zh: a digit alone");
}

static void
test_range(void)
{
	char d[11];

	CHECK(date_year_ok(1900) && date_year_ok(2100), "range: both ends in");
	CHECK(!date_year_ok(1899) && !date_year_ok(2101), "range: past them out");
	CHECK(date_valid(2021, 2, 31), "valid: no calendar, 31 days");
	CHECK(!date_valid(2021, 13, 1) && !date_valid(2021, 0, 1) && !date_valid(2021, 1, 0) &&
	      !date_valid(2021, 1, 32), "valid: month and day out");
	date_put(d, 1965, 3, 7);
	CHECK_STR(d, "1965-03-07", "put");
	CHECK_INT(date_year("julho de 2017", 13), 2017, "year: in a field");
	CHECK_INT(date_year("n. 12345, 1899 e 2020", 21), 2020, "year: not in a longer number, not out of range");
	CHECK_INT(date_year("sem ano", 7), 0, "year: none");
}

static void
test_find(void)
{
	size_t at = 9;
	char d[11];

	CHECK_STR(found("5 fev. 2021"), "2021-02-05", "find: 5 fev. 2021 (an abbreviation's point)");
	CHECK_STR(found("21 set 2019"), "2019-09-21", "find: 21 set 2019");
	CHECK_STR(found("Dez. 3, 2018"), "2018-12-03", "find: Dez. 3, 2018");
	CHECK_STR(found("July 7th, 2021"), "2021-07-07", "find: July 7th, 2021");
	CHECK_STR(found("em 12 de março de 1965"), "1965-03-12", "find: 1965 in range");
	CHECK_STR(found("2 de marco de 2020"), "2020-03-02", "find: marco");
	CHECK_STR(found("1899-05-01"), "none", "find: 1899 out of range");
	CHECK_STR(found("7 July 2101"), "none", "find: 2101 out of range");
	CHECK_STR(found("2019年2月25日"), "2019-02-25", "find: 年月日");
	CHECK_STR(found("21.dez.2018"), "2018-12-21", "find: D.mês.YYYY");
	CHECK_STR(found("21 dez.2018"), "2018-12-21", "find: 21 dez.2018");
	CHECK_STR(found("12345-01-01"), "none", "find: five digits are no year");
	CHECK_STR(found("out 2020"), "none", "find: a month and a year, no day");
	CHECK(date_scan("at 2021-07-07", 13, d, &at, 13) == 13 && at == 3, "scan: where it starts");
	CHECK(date_scan("at 2021-07-07", 13, d, &at, 3) == 0, "scan: not in the first bytes tried");
	CHECK_INT(date_at("2021-07-07 10:00", 16, d), 10, "at: a date at the start");
	CHECK_INT(date_at(" 2021-07-07", 11, d), 0, "at: none after a space");
}

static void
test_value(void)
{
	CHECK_STR(value("2020-02-19T08:00:00+08:00", 1), "2020-02-19", "date: ISO with zone");
	CHECK_STR(value("2022/5/3 21:44", 1), "2022-05-03", "date: slashes, one digit");
	CHECK_STR(value("发布时间：2019年2月25日 10:05", 1), "2019-02-25", "date: Chinese");
	CHECK_STR(value("2012年06月04日", 1), "2012-06-04", "date: Chinese, zero-padded");
	CHECK_STR(value("4 de julho de 2019", 1), "2019-07-04", "date: Portuguese month name");
	CHECK_STR(value("Publicado em 21 de dezembro de 2018", 1), "2018-12-21", "date: Portuguese in a phrase");
	CHECK_STR(value("November 18, 2019", 0), "2019-11-18", "date: English month day, year");
	CHECK_STR(value("Updated 3 Sept 2021", 0), "2021-09-03", "date: English day month year");
	CHECK_STR(value("03/05/2022 21:44", 1), "2022-05-03", "date: day first");
	CHECK_STR(value("05/04/2022 08:43 am", 0), "2022-05-04", "date: month first");
	CHECK_STR(value("25/12/2020", 0), "2020-12-25", "date: day > 12 is a day");
	CHECK_STR(value("2021-13-40", 1), "none", "date: no month 13");
	CHECK_STR(value("call 1234-5678", 1), "none", "date: not a date");
	CHECK_STR(value("", 1), "none", "date: empty");

	CHECK_STR(value("5 fev. 2021", 1), "2021-02-05", "value: 5 fev. 2021");
	CHECK_STR(value("1965-03-07", 1), "1965-03-07", "value: 1965 in range (was refused)");
	CHECK_STR(value("12 de MARÇO de 2020", 1), "2020-03-12", "value: MARÇO (was refused)");
	CHECK_STR(value("1899-03-07", 1), "none", "value: 1899 out of range");
}

static void
test_dateline(void)
{
	int y, m, d;
	size_t k;

	k = date_dateline("BEIJING, July 21 (Xinhua) -- The city", 0, 37, &y, &m, &d);
	CHECK(k == 29 && y == 0 && m == 7 && d == 21, "dateline: Xinhua");
	k = date_dateline("Pequim, 21 jul (Lusa) – A cidade", 0, 34, &y, &m, &d);
	CHECK(k == 26 && y == 0 && m == 7 && d == 21, "dateline: Lusa");
	k = date_dateline("Pequim, fev 21 (Lusa) – A cidade", 0, 34, &y, &m, &d);
	CHECK(k == 26 && m == 2 && d == 21, "dateline: a Portuguese abbreviation first");
	k = date_dateline("Rio de Janeiro, 3 de maio de 2024 - A", 0, 37, &y, &m, &d);
	CHECK(k == 36 && y == 2024 && m == 5 && d == 3, "dateline: with its year");
	k = date_dateline("新华社北京7月21日电 记者", 0, 31, &y, &m, &d);
	CHECK(k == 28 && y == 0 && m == 7 && d == 21, "dateline: 新华社");
	CHECK(date_dateline("新华社北京7月21日电力", 0, 30, &y, &m, &d) == 0, "dateline: 电力 goes on");
	CHECK(date_dateline("Beijing, July 21 the city", 0, 25, &y, &m, &d) == 0, "dateline: no agency, no dash");
	CHECK(date_dateline("the city, July 21 --", 0, 20, &y, &m, &d) == 0, "dateline: a place is capitalized");
}

/* The kind date_period() gives S, and its dates written back into OUT. */
static int
period(const char *s, char out[22], struct date_period *p)
{
	int k = date_period(s, strlen(s), p);

	date_period_put(p, out);
	return k;
}

static void
test_period(void)
{
	struct date_period p;
	char out[22];
	int num = 0;

	CHECK_INT(period("2020", out, &p), DATE_YEAR, "period: year");
	CHECK(p.y1 == 2020 && p.y2 == 2020 && p.m1 == 0 && !strcmp(out, "2020"), "period: year's dates");
	CHECK_INT(period("2020-07", out, &p), DATE_MON, "period: month");
	CHECK(p.m1 == 7 && p.m2 == 7 && p.d1 == 0 && !strcmp(out, "2020-07"), "period: month's dates");
	CHECK_INT(period("2020-07-08", out, &p), DATE_DAY, "period: day");
	CHECK(p.d1 == 8 && p.d2 == 8 && !strcmp(out, "2020-07-08"), "period: day's dates");
	CHECK_INT(period("2018-2020", out, &p), DATE_YEARS, "period: years");
	CHECK(p.y1 == 2018 && p.y2 == 2020 && !strcmp(out, "2018-2020"), "period: years' dates");
	CHECK_INT(period("2025-01-2025-06", out, &p), DATE_MONS, "period: half year");
	CHECK(p.m1 == 1 && p.m2 == 6 && !strcmp(out, "2025-01-2025-06"), "period: half year's dates");
	CHECK_INT(date_period_part(&p, &num), 2, "part: a half");
	CHECK_INT(num, 1, "part: the first half");
	period("2025-07-2025-09", out, &p);
	CHECK(date_period_part(&p, &num) == 4 && num == 3, "part: the third quarter");
	period("2025-02-2025-04", out, &p);
	CHECK_INT(date_period_part(&p, &num), 0, "part: February to April is no quarter");
	period("2016-12-2017-01", out, &p);
	CHECK_INT(date_period_part(&p, &num), 0, "part: two years' months");
	CHECK(p.y2 == 2017 && !strcmp(out, "2016-12-2017-01"), "period: months of two years");
	CHECK_INT(period("2016-01-12-2016-01-22", out, &p), DATE_DAYS, "period: days");
	CHECK(p.d1 == 12 && p.d2 == 22 && !strcmp(out, "2016-01-12-2016-01-22"), "period: days' dates");
	CHECK_INT(period("2020-7", out, &p), DATE_NONE, "period: one-digit month");
	CHECK(p.y1 == 0 && out[0] == '\0', "period: none is zeroed");
	CHECK_INT(period("2020-13", out, &p), DATE_NONE, "period: month 13");
	CHECK_INT(period("2020-2018", out, &p), DATE_NONE, "period: a range backwards");
	CHECK_INT(period("2020/2021", out, &p), DATE_NONE, "period: a slash");
	CHECK_INT(period("2020-07-08 ", out, &p), DATE_NONE, "period: a byte more");
	CHECK_INT(period("", out, &p), DATE_NONE, "period: empty");
}

int
main(void)
{
	test_forms();
	test_months();
	test_range();
	test_find();
	test_value();
	test_dateline();
	test_period();
	return unit_failed;
}
