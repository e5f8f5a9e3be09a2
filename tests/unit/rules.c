/*
 * Unit tests of lib/rules.c: the metrics and the classes of terms, which
 * figures fit which metric, gaps, the words around a time or a place, and
 * the passes over a seg (ranges, flows, quoted names, places, times).
 */
#include <stdlib.h>

#include "clause.h"
#include "rules.h"
#include "unit.h"

/* Offset of NEEDLE in TEXT. */
static size_t
at(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	return p ? (size_t)(p - text) : (size_t)-1;
}

static void
test_metrics(void)
{
	const struct metric *m;
	const char *rest;

	m = rules_find_metric("industry_scale");
	CHECK(m && strcmp(m->name, "industry_scale") == 0 && m->fit == FIT_MONEY, "metric: industry_scale is money");
	m = rules_find_metric("ai_enterprises");
	CHECK(m && m->fit == FIT_COUNT, "metric: ai_enterprises is a count");
	m = rules_find_metric("talent_share");
	CHECK(m && m->fit == FIT_FRACTION, "metric: the last of the table");
	CHECK(rules_find_metric("industry") == NULL, "metric: no prefix match");
	CHECK(rules_find_metric("") == NULL, "metric: none named \"\"");

	CHECK_INT(rules_classify("metric:employees", "metric", &rest, &m), T_METRIC, "class: a metric");
	CHECK(m == rules_find_metric("employees"), "class: its metric");
	CHECK_STR(rest, "employees", "class: the id after its prefix");
	CHECK_INT(rules_classify("metric:nothing", "metric", &rest, &m), T_OTHER, "class: an unknown metric");
	CHECK(m == NULL, "class: an unknown metric has none");
	CHECK_INT(rules_classify("city:Shanghai", "city", &rest, &m), T_CITY, "class: a city");
	CHECK_STR(rest, "Shanghai", "class: the city's name");
	CHECK_INT(rules_classify("city:China", "city", &rest, &m), T_NATION, "class: China is the nation");
	CHECK_INT(rules_classify("country:Brazil", "country", &rest, &m), T_NATION, "class: a country");
	CHECK_INT(rules_classify("region:Jiangsu", "region", &rest, &m), T_CITY, "class: a region takes figures as a city");
	CHECK_INT(rules_classify("area:Shanghai/Pudong", "area", &rest, &m), T_AREA, "class: an area of a city");
	CHECK_INT(rules_classify("area:Pudong", "area", &rest, &m), T_OTHER, "class: an area of no city");
	CHECK_INT(rules_classify("org:SenseTime", "org", &rest, &m), T_ORG, "class: an organisation");
	CHECK_INT(rules_classify("cue:forecast", "cue", &rest, &m), T_FORECAST, "class: a forecast");
	CHECK_INT(rules_classify("cue:expected", "cue", &rest, &m), T_FORECAST, "class: an expectation");
	CHECK_INT(rules_classify("cue:as_of", "cue", &rest, &m), T_ASOF, "class: as of");
	CHECK_INT(rules_classify("cue:target", "cue", &rest, &m), T_TARGET, "class: a target");
	CHECK_INT(rules_classify("cue:more_than", "cue", &rest, &m), T_OTHER, "class: other cues");
	CHECK_INT(rules_classify("wider:gdp", "wider", &rest, &m), T_METRIC, "class: a wider economy");
	CHECK(m == &rules_wider, "class: the wider economy's metric");
	CHECK_INT(rules_classify("subject:firms_above_size", "subject", &rest, &m), T_METRIC, "class: firms above size");
	CHECK(m == &rules_above_size, "class: their metric");
	CHECK_INT(rules_classify("subject:project", "subject", &rest, &m), T_PROJECT, "class: a project");
	CHECK_INT(rules_classify("verb:growth", "verb", &rest, &m), T_METRIC, "class: a verb of growth");
	CHECK_STR(m->name, "industry_growth", "class: its metric");
}

static void
test_fits(void)
{
	struct qty q;
	const char *unit;
	double v;

	memset(&q, 0, sizeof q);
	q.value = 1234, q.kind = "number";
	CHECK(rules_fits(&q, rules_find_metric("ai_enterprises"), &unit, &v), "fits: a number counts");
	CHECK_STR(unit, "count", "fits: a count's unit");
	CHECK_INT(v, 1234, "fits: a count's value");
	CHECK(!rules_fits(&q, rules_find_metric("industry_growth"), &unit, &v), "fits: a number is no percent");
	CHECK(!rules_fits(&q, rules_find_metric("industry_scale"), &unit, &v), "fits: a small number is no money");
	q.value = 1;
	CHECK(!rules_fits(&q, rules_find_metric("ai_enterprises"), &unit, &v), "fits: one thing is no count");
	q.value = 2e6, q.cur = "USD";
	CHECK(rules_fits(&q, rules_find_metric("industry_scale"), &unit, &v), "fits: a bare amount is money");
	CHECK_STR(unit, "USD", "fits: in the currency before it");
	q.cur = NULL;
	rules_fits(&q, rules_find_metric("industry_scale"), &unit, &v);
	CHECK_STR(unit, "CNY", "fits: else in yuan");
	q.value = 50, q.kind = "percent", q.unit = "percent";
	CHECK(rules_fits(&q, rules_find_metric("talent_share"), &unit, &v), "fits: a percent is a share");
	CHECK(v == 0.5, "fits: the share as a fraction");
	q.value = 150;
	CHECK(!rules_fits(&q, rules_find_metric("talent_share"), &unit, &v), "fits: no share over 100%");
	q.value = 2, q.kind = "power", q.unit = "EFLOPS";
	CHECK(rules_fits(&q, rules_find_metric("computing_power"), &unit, &v), "fits: EFLOPS are power");
	CHECK(v == 2000 && strcmp(unit, "PFLOPS") == 0, "fits: in PFLOPS");
	q.value = 85, q.kind = "number", q.unit = NULL, q.text = "85";
	CHECK(rules_fits(&q, rules_find_metric("index_score"), &unit, &v), "fits: a score in digits");
	q.text = "cinco";
	CHECK(!rules_fits(&q, rules_find_metric("index_score"), &unit, &v), "fits: a score in words is none");
	CHECK(rules_fits(&q, &rules_wider, &unit, &v), "fits: the wider economy takes anything");
}

static void
test_gaps(void)
{
	const char *t = "ab  cd人工智能x";

	CHECK_INT(rules_gap_upto(t, 0, 2, 4, 6, 10), 2, "gap: two spaces");
	CHECK_INT(rules_gap_upto(t, 4, 6, 0, 2, 10), 2, "gap: either order");
	CHECK_INT(rules_gap_upto(t, 0, 5, 4, 6, 10), 0, "gap: overlapping spans");
	CHECK_INT(rules_gap_upto(t, 0, 4, 18, 19, 10), 6, "gap: characters, not bytes");
	CHECK_INT(rules_gap_upto(t, 0, 0, 18, 19, 3), 4, "gap: past the limit, the limit and one");
	CHECK_INT(rules_bgap(0, 4, 18, 19), 14, "bgap: bytes");
	CHECK_INT(rules_bgap(18, 19, 0, 4), 14, "bgap: either order");
	CHECK_INT(rules_bgap(0, 5, 4, 6), 0, "bgap: overlapping");
}

static void
test_words(void)
{
	const char *d = "宜昌9月20日电 今天";
	const char *l = "Pequim, 21 jul (Lusa) – A";
	const char *a = "Shenzhen AI Industry Association said";
	const char *z = "深圳市人工智能行业协会";

	CHECK(rules_dateline(d, strlen(d), at(d, "电")), "dateline: 电 after the date");
	CHECK(rules_dateline(l, strlen(l), at(l, " (Lusa)")), "dateline: an agency and a dash");
	CHECK(!rules_dateline(l, strlen(l), at(l, ", 21")), "dateline: not before the agency");
	CHECK(rules_bare_day("20日", strlen("20日")), "bare day: 20日");
	CHECK(rules_bare_day("the 20th", 8), "bare day: the 20th");
	CHECK(!rules_bare_day("2020年", strlen("2020年")), "bare day: a year is none");
	CHECK(!rules_bare_day("120th", 5), "bare day: three digits are none");
	CHECK(rules_this_year("今年", strlen("今年")), "this year: 今年");
	CHECK(rules_this_year("deste ano", 9), "this year: deste ano");
	CHECK(!rules_this_year("next year", 9), "this year: not next year");
	CHECK(rules_comparison_base("up 15% from 2021", 12), "base: from");
	CHECK(rules_comparison_base("较2021年", 3), "base: 较");
	CHECK(!rules_comparison_base("reached in 2021", 11), "base: in is none");
	CHECK(!rules_comparison_base("Ifrom 2021", 6), "base: from only as a whole word");
	CHECK(rules_before_time("by 2025", 7, 2), "before a time: a year");
	CHECK(rules_before_time("by the end of", 13, 2), "before a time: the end of");
	CHECK(!rules_before_time("by the association", 18, 2), "before a time: not a body");
	CHECK(rules_before_time("by March", 8, 2), "before a time: a month");
	CHECK(rules_before_time("by Sept. 5", 10, 2), "before a time: an abbreviation");
	CHECK(rules_before_time("by Mayor", 8, 2), "before a time: a month's letters open the word");
	CHECK(!rules_before_time("by may", 6, 2), "before a time: a month only capitalised");
	CHECK(!rules_before_time("by Fev", 6, 2), "before a time: an English month only");
	CHECK(!rules_before_time("by Ma", 5, 2), "before a time: not past the text's end");
	CHECK(rules_opens_name(a, strlen(a), 8), "name: a place opens an association's name");
	CHECK(!rules_opens_name(a, strlen(a), at(a, " said")), "name: no body after it");
	CHECK(rules_opens_name(z, strlen(z), at(z, "人")), "name: 协会 after 深圳市");
	CHECK(!rules_opens_name("深圳，协会", strlen("深圳，协会"), 6), "name: not across punctuation");
}

/* A seg of TEXT with quantities Q (NQ) and terms M (NM), split into CL. */
static void
make_seg(struct seg *s, struct clause_list *cl, const char *text, struct qty *q, size_t nq,
         struct term *m, size_t nm)
{
	size_t i, qs[8];

	memset(s, 0, sizeof *s);
	s->text = text, s->len = strlen(text);
	s->q = q, s->nq = nq;
	s->terms = m, s->nterms = nm;
	for (i = 0; i < nq; i++)
		qs[i] = q[i].start;
	clause_split(cl, text, s->len, qs, nq);
	for (i = 0; i < nq; i++) {
		q[i].sp = *clause_at(cl, q[i].start);
		q[i].link = q[i].place = -1;
	}
	for (i = 0; i < nm; i++) {
		m[i].sp = *clause_at(cl, m[i].start);
		m[i].ps = m[i].start, m[i].pe = m[i].end;
	}
}

static void
test_firms(void)
{
	const char *t = "新增44家，4.1万家不同等级的智能工厂";
	struct qty q[2];
	struct seg s;
	struct clause_list cl;

	memset(q, 0, sizeof q);
	q[0].start = at(t, "44"), q[0].end = q[0].start + 2, q[0].value = 44, q[0].kind = "number";
	q[1].start = at(t, "4.1"), q[1].end = at(t, "家不"), q[1].value = 41000, q[1].kind = "number";
	make_seg(&s, &cl, t, q, 2, NULL, 0);
	CHECK(rules_firms_count(&s, &q[0]), "firms: 44 before 家");
	CHECK(!rules_firms_count(&s, &q[1]), "firms: 家 of a noun phrase with 的");
	q[0].value = 1;
	CHECK(!rules_firms_count(&s, &q[0]), "firms: one is no count");
	q[0].value = 44;
	rules_flows(&s);
	CHECK(q[0].nolink, "flows: 新增 makes a flow");
	CHECK_STR(q[0].why, "a count of additions, not a total", "flows: and says so");
	CHECK(!q[1].nolink, "flows: the next figure is none");
	clause_free(&cl);
}

static void
test_ranges(void)
{
	const char *t = "30 to 60 billion yuan, from 2 to 5 EFLOPS";
	struct qty q[4];
	struct seg s;
	struct clause_list cl;

	memset(q, 0, sizeof q);
	q[0].start = 0, q[0].end = 2, q[0].value = 30, q[0].kind = "number";
	q[1].start = 6, q[1].end = 21, q[1].value = 6e10, q[1].kind = "money", q[1].unit = "CNY";
	q[2].start = at(t, "2 to"), q[2].end = q[2].start + 1, q[2].value = 2, q[2].kind = "number";
	q[3].start = at(t, "5 E"), q[3].end = (size_t)strlen(t), q[3].value = 5, q[3].kind = "power",
	q[3].unit = "EFLOPS";
	make_seg(&s, &cl, t, q, 4, NULL, 0);
	rules_ranges(&s);
	CHECK(q[0].range == R_LOW && q[1].range == R_HIGH, "ranges: \"to\" joins bounds");
	CHECK(q[0].value == 3e10, "ranges: the first takes the second's scale");
	CHECK_STR(q[0].unit, "CNY", "ranges: and its unit");
	CHECK_STR(q[0].kind, "money", "ranges: and its kind");
	CHECK(q[2].range == R_FROM && q[3].range == R_TO, "ranges: \"from\" makes a change");
	clause_free(&cl);
}

static void
test_place_time(void)
{
	const char *t = "Beijing has 20 firms, Shanghai 30 in 2020.";
	struct qty q[2];
	struct term m[3];
	struct tim tm;
	struct seg s;
	struct clause_list cl;

	memset(q, 0, sizeof q);
	memset(m, 0, sizeof m);
	memset(&tm, 0, sizeof tm);
	q[0].start = at(t, "20 f"), q[0].end = q[0].start + 2, q[0].value = 20, q[0].kind = "number";
	q[1].start = at(t, "30"), q[1].end = q[1].start + 2, q[1].value = 30, q[1].kind = "number";
	m[0].start = 0, m[0].end = 7, m[0].cls = T_CITY, m[0].id = "Beijing";
	m[1].start = at(t, "Shanghai"), m[1].end = m[1].start + 8, m[1].cls = T_CITY, m[1].id = "Shanghai";
	m[2].start = at(t, "firms"), m[2].end = m[2].start + 5, m[2].cls = T_METRIC;
	m[2].metric = rules_find_metric("ai_enterprises");
	make_seg(&s, &cl, t, q, 2, m, 3);
	tm.start = at(t, "2020"), tm.end = tm.start + 4, tm.value = "2020";
	tm.sp = *clause_at(&cl, tm.start);
	s.t = &tm, s.nt = 1;
	CHECK_INT(rules_place(&s, &q[0]), 0, "place: the city of its sub-clause");
	CHECK_INT(rules_place(&s, &q[1]), 1, "place: the nearer city before it");
	CHECK(rules_metric_in_sub(&s, &q[0]), "metric: in the first figure's sub-clause");
	CHECK(!rules_metric_in_sub(&s, &q[1]), "metric: none in the second's");
	CHECK(rules_metric_in_clause(&s, &q[1]), "metric: in the second's clause");
	CHECK_INT(rules_time_of(&s, &q[1], &m[2], 1), 0, "time: the year of the second figure");
	CHECK_INT(rules_time_of(&s, &q[0], &m[2], 1), -1, "time: a year next to another figure is that one's");
	CHECK(!rules_cue_governs(&s, &q[0], T_TARGET), "cue: no target");
	clause_free(&cl);
}

static void
test_quoted(void)
{
	const char *t = "发布《人工智能产业规模报告》，产业规模达500亿元";
	struct qty q;
	struct term m[2];
	struct seg s;
	struct clause_list cl;

	memset(&q, 0, sizeof q);
	memset(m, 0, sizeof m);
	q.start = at(t, "500"), q.end = (size_t)strlen(t), q.value = 5e10, q.kind = "money", q.unit = "CNY";
	m[0].start = at(t, "产业规模报告"), m[0].end = m[0].start + 12, m[0].cls = T_METRIC;
	m[1].start = at(t, "产业规模达"), m[1].end = m[1].start + 12, m[1].cls = T_METRIC;
	m[0].metric = m[1].metric = rules_find_metric("industry_scale");
	make_seg(&s, &cl, t, &q, 1, m, 2);
	CHECK(rules_money_metric(&s), "money metric: the seg names one");
	rules_drop_quoted(&s);
	CHECK_INT(m[0].cls, T_OTHER, "quoted: a metric in a title measures nothing");
	CHECK_INT(m[1].cls, T_METRIC, "quoted: the one outside stays");
	clause_free(&cl);
}

int
main(void)
{
	test_metrics();
	test_fits();
	test_gaps();
	test_words();
	test_firms();
	test_ranges();
	test_place_time();
	test_quoted();
	return unit_failed;
}
