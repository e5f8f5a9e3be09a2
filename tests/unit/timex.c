/*
 * Unit tests of the time scanner (lib/timex.c, timex-latin.c, timex-rel.c,
 * timex-zh.c) through qt_scan(): dates, months, years, ranges, deadlines
 * and relative times in English, Chinese and Portuguese, with and without
 * a document date, and numbers that are not times.  Each case names the
 * times it must find as "START-END=VALUE", byte offsets into the text, a
 * '!' after a deadline, the times joined by spaces; "" for none.
 */
#include <stdio.h>
#include <string.h>

#include "quant.h"
#include "unit.h"

static struct qt_result res;

/* The times qt_scan() finds in TEXT, written as the cases below want them. */
static const char *
times(const char *text, int lang, const char *doc)
{
	static char out[1024];
	size_t k, o = 0;

	qt_scan(text, strlen(text), lang, doc, &res);
	out[0] = '\0';
	for (k = 0; k < res.nt && o + 80 < sizeof out; k++) {
		const struct qt_time *t = &res.t[k];

		o += (size_t)snprintf(out + o, sizeof out - o, "%s%zu-%zu=%s%s", k ? " " : "", t->start, t->end,
		                      t->value, t->deadline ? "!" : "");
	}
	return out;
}

/* Is there a quantity of VALUE over [START, END) in the last scan? */
static int
has_quant(size_t start, size_t end, double value)
{
	size_t k;

	for (k = 0; k < res.nq; k++)
		if (res.q[k].start == start && res.q[k].end == end && res.q[k].value == value)
			return 1;
	return 0;
}

static const struct {
	int lang;
	const char *doc, *text, *want;
} cases[] = {
	/* English: dates, months, years, ranges */
	{ QT_EN, "2019-02-25", "The plan ends in 2025.", "17-21=2025" },
	{ QT_EN, "2019-02-25", "It opened on March 5, 2018 in Beijing.", "13-26=2018-03-05" },
	{ QT_EN, "2019-02-25", "Sales fell in May 2020.", "14-22=2020-05" },
	{ QT_EN, "2019-02-25", "It grew from 2018 to 2020.", "8-25=2018-2020" },
	{ QT_EN, "2019-02-25", "Output rose in Q3 2019.", "15-22=2019-07-2019-09" },
	{ QT_EN, "2019-02-25", "In the first half of 2019 it doubled.", "7-25=2019-01-2019-06" },
	{ QT_EN, "2019-02-25", "Filed 22/04/2016.", "6-16=2016-04-22" },
	{ QT_EN, "2019-02-25", "Growth in the 1990s was slow.", "14-19=1990-1999" },
	/* English: deadlines and relative times, against the date and without one */
	{ QT_EN, "2019-02-25", "A 1 trillion yuan industry by 2030.", "27-34=2030!" },
	{ QT_EN, "2019-02-25", "Done by this year.", "5-17=2019!" },
	{ QT_EN, "2019-02-25", "Prices rose this year.", "12-21=2019" },
	{ QT_EN, NULL, "Prices rose this year.", "12-21=" },
	{ QT_EN, "2019-02-25", "It was signed yesterday.", "14-23=2019-02-24" },
	{ QT_EN, "2019-03-01", "It was signed yesterday.", "14-23=2019-02-28" },
	{ QT_EN, "2019-02-25", "It closed 3 days ago.", "10-20=2019-02-22" },
	{ QT_EN, NULL, "It closed 3 days ago.", "10-20=" },
	{ QT_EN, "2019-02-25", "Rates rise next month.", "11-21=2019-03" },
	{ QT_EN, "2019-12-10", "Rates rise next month.", "11-21=2020-01" },
	/* English: numbers that are not times */
	{ QT_EN, "2019-02-25", "There are 2020 firms in the park.", "" },
	{ QT_EN, "2019-02-25", "It rose 30% to 1,234 units.", "" },
	{ QT_EN, "2019-02-25", "We may grow.", "" },
	{ QT_EN, "2019-02-25", "Call 138-2010-2015 now.", "" },
	/* Chinese */
	{ QT_ZH, "2019-02-25", "2018年产值增长", "0-7=2018" },
	{ QT_ZH, "2019-02-25", "2020年5月发布", "0-11=2020-05" },
	{ QT_ZH, "2019-02-25", "二〇一九年增长", "0-15=2019" },
	{ QT_ZH, "2019-02-25", "八月十五，团圆", "0-12=2019-08-15" },
	{ QT_ZH, "2019-02-25", "八月十五团圆", "0-6=2019-08" },   /* a Han character after 十五: no day */
	{ QT_ZH, "2019-02-25", "2018至2020年", "0-14=2018-2020" },
	{ QT_ZH, "2019-02-25", "到2030年建成", "0-10=2030!" },
	{ QT_ZH, "2019-02-25", "今年增长", "0-6=2019" },
	{ QT_ZH, NULL, "今年增长", "0-6=" },
	{ QT_ZH, "2019-02-25", "去年上半年", "0-15=2018-01-2018-06" },
	{ QT_ZH, "2019-02-25", "三天前发布", "0-9=2019-02-22" },
	{ QT_ZH, "2019-02-25", "“十四五”期间", "3-12=2021-2025" },
	{ QT_ZH, "2019-02-25", "有2000家企业", "" },
	/* Portuguese */
	{ QT_PT, "2019-02-25", "A meta é até 2030.", "10-19=2030!" },
	{ QT_PT, "2019-02-25", "O PIB cresceu este ano.", "14-22=2019" },
	{ QT_PT, NULL, "O PIB cresceu este ano.", "14-22=" },
	{ QT_PT, "2019-02-25", "Assinado em 5 de maio de 2020.", "12-29=2020-05-05" },
	{ QT_PT, "2019-02-25", "Cresceu de 2018 a 2020.", "8-22=2018-2020" },
	{ QT_PT, "2019-02-25", "Caiu no ano passado.", "8-19=2018" },
	{ QT_PT, "2019-02-25", "Há 2020 empresas no parque.", "" },
	/* the month names come from the one month table; the years from its one range */
	{ QT_EN, "2019-02-25", "It opened on Sept. 5, 2018.", "13-26=2018-09-05" },
	{ QT_EN, "2019-02-25", "Sales fell in Dec 2019.", "14-22=2019-12" },
	{ QT_EN, "2019-02-25", "The plan ends in 2100.", "17-21=2100" },
	{ QT_EN, "2019-02-25", "The plan ends in 2101.", "" },
	{ QT_EN, "2019-02-25", "It was built in 1900.", "16-20=1900" },
	{ QT_EN, "2019-02-25", "It was built in 1899.", "" },
	{ QT_ZH, "2019-02-25", "二一〇一年", "" },
	{ QT_ZH, "2019-02-25", "二一〇〇年", "0-15=2100" },
	{ QT_PT, "2019-02-25", "Assinado em 5 de março de 2020.", "12-31=2020-03-05" },
	/* the scanner reads a full name the first way the table gives it: "marco" is no month */
	{ QT_PT, "2019-02-25", "Assinado em 5 de marco de 2020.", "26-30=2020" },
	{ QT_PT, "2019-02-25", "Caiu em 5 set 2021.", "8-18=2021-09-05" },
	/* the abbreviations of the text's language only */
	{ QT_PT, "2019-02-25", "Caiu em 5 feb 2021.", "14-18=2021" },
	{ QT_EN, "2019-02-25", "Sales fell in fev 2019.", "18-22=2019" },
	/* Chinese months as date_month_zh() reads them */
	{ QT_ZH, "2019-02-25", "十二月增长", "0-9=2019-12" },
	{ QT_ZH, "2019-02-25", "十月增长", "0-6=2019-10" },
	{ QT_ZH, "2019-02-25", "12月8日发布", "0-9=2019-12-08" },
	{ QT_ZH, "2019-02-25", "07月发布", "0-5=2019-07" },
	{ QT_ZH, "2019-02-25", "13月发布", "" },
	{ QT_ZH, "2019-02-25", "123月发布", "" },
	{ QT_ZH, "2019-02-25", "2020年十一月", "0-16=2020-11" },
};

int
main(void)
{
	size_t k;
	char name[160];

	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		snprintf(name, sizeof name, "timex: %s \"%s\" (%s)", cases[k].lang == QT_ZH ? "zh" :
		         cases[k].lang == QT_PT ? "pt" : "en", cases[k].text, cases[k].doc ? cases[k].doc : "no date");
		CHECK_STR(times(cases[k].text, cases[k].lang, cases[k].doc), cases[k].want, name);
	}
	/* a count is a quantity, not a year */
	times("There are 2020 firms in the park.", QT_EN, "2019-02-25");
	CHECK(has_quant(10, 14, 2020), "timex: \"2020 firms\" is a count of 2020");
	times("有2000家企业", QT_ZH, "2019-02-25");
	CHECK(has_quant(3, 10, 2000), "timex: 2000家 is a count of 2000");
	/* the year of a date is not a quantity too */
	times("The plan ends in 2025.", QT_EN, NULL);
	CHECK_INT(res.nq, 0, "timex: the year 2025 is no quantity");
	qt_free(&res);
	return unit_failed;
}
