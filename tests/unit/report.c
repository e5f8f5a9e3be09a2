/*
 * Unit tests of lib/report.c: the model built from a few facts, an agg
 * record and doc records (its indicators in order, their values, facts,
 * documents and conflicts; the documents; the metrics), the walk of it
 * by city and by place, and the words of its figures.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"
#include "sbuf.h"
#include "unit.h"

/* The input: facts of Beijing, Shanghai and Pudong, an agg record, two doc records. */
static const char *const facts_json = "["
	"{\"type\":\"fact\",\"doc\":\"d1\",\"lang\":\"en\",\"city\":\"Beijing\",\"area\":\"\","
	" \"metric\":\"computing_power\",\"value\":20000,\"unit\":\"PFLOPS\",\"qualifier\":\">\","
	" \"period\":\"2024\",\"kind\":\"actual\",\"evidence\":\"over 20,000P in all\",\"start\":5,\"end\":11},"
	"{\"type\":\"fact\",\"doc\":\"d2\",\"lang\":\"pt\",\"city\":\"Beijing\",\"area\":\"\","
	" \"metric\":\"computing_power\",\"value\":30000,\"unit\":\"PFLOPS\",\"qualifier\":\"=\","
	" \"period\":\"2024\",\"kind\":\"actual\",\"evidence\":\"30.000P\",\"start\":0,\"end\":7},"
	"{\"type\":\"fact\",\"doc\":\"d1\",\"lang\":\"en\",\"city\":\"Beijing\",\"area\":\"\","
	" \"metric\":\"ai_enterprises\",\"value\":1149,\"unit\":\"count\",\"qualifier\":\"=\","
	" \"period\":\"2023\",\"kind\":\"actual\",\"evidence\":\"1,149 firms\",\"start\":0,\"end\":5},"
	"{\"type\":\"fact\",\"doc\":\"d2\",\"lang\":\"pt\",\"city\":\"Beijing\",\"area\":\"\","
	" \"metric\":\"robot_density\",\"value\":5,\"unit\":\"count\",\"qualifier\":\"~\","
	" \"period\":\"2020\",\"kind\":\"actual\",\"evidence\":\"cerca de 5\",\"start\":9,\"end\":10},"
	"{\"type\":\"fact\",\"doc\":\"d3\",\"lang\":\"zh\",\"city\":\"Shanghai\",\"area\":\"Pudong\","
	" \"metric\":\"industry_scale\",\"value\":100000000000,\"unit\":\"CNY\",\"qualifier\":\"=\","
	" \"period\":\"2025\",\"kind\":\"target\",\"evidence\":\"1000亿元\",\"start\":0,\"end\":10},"
	"{\"type\":\"fact\",\"doc\":\"d3\",\"lang\":\"zh\",\"city\":\"Shanghai\",\"area\":\"\","
	" \"metric\":\"financing\",\"unit\":\"CNY\",\"period\":\"2024\",\"kind\":\"actual\","
	" \"evidence\":\"巨额融资\",\"start\":0,\"end\":12},"
	"{\"type\":\"fact\",\"doc\":\"d4\",\"city\":\"Shanghai\",\"area\":\"\",\"metric\":\"ai_enterprises\","
	" \"value\":480,\"unit\":\"count\",\"qualifier\":\">\",\"period\":\"2022\",\"kind\":\"actual\","
	" \"evidence\":\"over 480 firms\",\"start\":5,\"end\":8}"
	"]";
static const char *const aggs_json = "["
	"{\"type\":\"agg\",\"city\":\"Shanghai\",\"area\":\"\",\"metric\":\"ai_enterprises\",\"period\":\"2022\","
	" \"kind\":\"actual\",\"unit\":\"count\",\"value\":500,\"min\":480,\"max\":500,\"n\":2,"
	" \"docs\":[\"d4\",\"d6\"],\"qualifiers\":[\">\"],\"conflict\":false}"
	"]";
static const char *const docrecs_json = "{"
	"\"d1\":{\"type\":\"doc\",\"doc\":\"d1\",\"lang\":\"en\",\"title\":\"One\",\"date\":\"2024-01-02\"},"
	"\"d5\":{\"type\":\"doc\",\"doc\":\"d5\",\"title\":\"Five\"}"
	"}";

static json_t *
load(const char *s)
{
	json_error_t e;
	json_t *v = json_loads(s, 0, &e);

	if (!v)
		printf("FAIL - test input: %s at %d\n", e.text, e.position);
	return v;
}

/* The docs of indicator D, joined with ",". */
static const char *
docs_of(const struct report_ind *d)
{
	static char b[200];
	size_t i, n = 0;

	b[0] = '\0';
	for (i = 0; i < json_array_size(d->docs); i++)
		n += (size_t)snprintf(b + n, sizeof b - n, "%s%s", i ? "," : "",
		                      json_string_value(json_array_get(d->docs, i)));
	return b;
}

static void
test_indicators(const struct report *r)
{
	static const char *const want[][4] = {
		{ "Beijing", "", "ai_enterprises", "2023" },
		{ "Beijing", "", "computing_power", "2024" },
		{ "Beijing", "", "robot_density", "2020" },
		{ "Shanghai", "", "ai_enterprises", "2022" },
		{ "Shanghai", "", "financing", "2024" },
		{ "Shanghai", "Pudong", "industry_scale", "2025" },
	};
	char b[100];
	size_t i;

	CHECK_INT(r->nind, 6, "model: six indicators");
	CHECK_INT(r->nfacts, 7, "model: seven facts");
	if (r->nind != 6)
		return;
	for (i = 0; i < 6; i++) {
		CHECK_STR(r->ind[i].city, want[i][0], "order: city");
		CHECK_STR(r->ind[i].area, want[i][1], "order: area");
		CHECK_STR(r->ind[i].metric, want[i][2], "order: metric");
		CHECK_STR(r->ind[i].period, want[i][3], "order: period");
	}
	/* Made here: two documents 50% apart, a conflict at the default tolerance. */
	CHECK(r->ind[1].conflict, "made: sources 50% apart disagree");
	CHECK(r->ind[1].min == 20000 && r->ind[1].max == 30000, "made: min and max");
	CHECK(r->ind[1].value == 20000 && r->ind[1].value != 30000, "made: a tie goes to the median, the lower of two");
	CHECK_STR(r->ind[1].qual, ">", "made: mixed qualifiers, that of the fact giving the value");
	CHECK_INT(r->ind[1].n, 2, "made: two facts");
	CHECK_STR(docs_of(&r->ind[1]), "d1,d2", "made: its documents");
	CHECK_INT(json_array_size(r->ind[1].evid), 2, "made: two sentences");
	CHECK_INT(json_array_size(r->ind[1].quals), 2, "made: two qualifiers");
	CHECK(!r->ind[0].conflict && r->ind[0].value == 1149 && r->ind[0].n == 1, "made: one fact, no conflict");
	CHECK_STR(r->ind[0].qual, "=", "made: its qualifier");
	/* Read: the agg record's figures, and its fact taken as evidence, not aggregated again. */
	CHECK(r->ind[3].value == 500 && r->ind[3].min == 480 && r->ind[3].max == 500, "read: the agg's figures");
	CHECK_INT(r->ind[3].n, 2, "read: the agg's count, the fact not counted again");
	CHECK_STR(docs_of(&r->ind[3]), "d4,d6", "read: the agg's documents");
	CHECK_INT(json_array_size(r->ind[3].frecs), 1, "read: its one fact");
	CHECK_STR(r->ind[3].qual, ">", "read: its one qualifier");
	CHECK_STR(report_human(&r->ind[3], b, sizeof b), "over 500", "read: for people");
	CHECK_STR(report_range(&r->ind[3], b, sizeof b), "480 \xe2\x80\x93 500", "read: its range");
	CHECK_INT(json_array_size(r->made), 4, "made: four aggs of the facts left over");
	/* No numeric value: counted, value unknown. */
	CHECK(isnan(r->ind[4].value) && r->ind[4].n == 1, "unvalued: value unknown, one fact");
	CHECK_STR(report_human(&r->ind[4], b, sizeof b), "?", "unvalued: shown as ?");
	CHECK_STR(report_range(&r->ind[4], b, sizeof b), "", "unvalued: no range");
	CHECK_STR(docs_of(&r->ind[4]), "d3", "unvalued: its document");
	CHECK(r->ind[5].x == 2025 && r->ind[2].x == 2020, "time axis: the periods' years");
	CHECK_STR(report_human(&r->ind[5], b, sizeof b), "100 bn CNY", "target: for people");
	CHECK(report_is_target(&r->ind[5]) && !report_is_target(&r->ind[3]), "is_target");
}

static void
test_counts(const struct report *r)
{
	static const char *const metrics[] = { "ai_enterprises", "industry_scale", "financing",
	                                       "computing_power", "robot_density" };
	static const char *const names[] = { "d1", "d2", "d3", "d4", "d5", "d6" };
	static const char *const langs[] = { "en", "pt", "zh", "und", "und", "und" };
	static const long long nfacts[] = { 2, 2, 2, 1, 0, 0 };
	static const int cited[] = { 1, 1, 1, 1, 0, 1 };
	size_t i, act, tgt;

	CHECK_INT(r->ncities, 2, "counts: cities");
	CHECK_INT(r->nplaces, 3, "counts: places (an area is a place of its own)");
	CHECK_INT(r->nconflicts, 1, "counts: conflicts");
	CHECK_INT(r->nmetrics, 5, "metrics: five");
	for (i = 0; i < r->nmetrics && i < 5; i++)
		CHECK_STR(r->metrics[i], metrics[i], "metrics: the glossary's order, then others");
	CHECK_INT(r->ndoc, 6, "documents: records, cited and named by facts");
	CHECK_INT(r->ncited, 5, "documents: cited");
	for (i = 0; i < r->ndoc && i < 6; i++) {
		CHECK_STR(r->doc[i].name, names[i], "documents: in byte order");
		CHECK_STR(r->doc[i].lang, langs[i], "documents: their language");
		CHECK_INT(r->doc[i].nfacts, nfacts[i], "documents: their facts");
		CHECK_INT(r->doc[i].cited, cited[i], "documents: cited or not");
	}
	CHECK(r->doc[0].rec && r->doc[4].rec && !r->doc[1].rec, "documents: their records");
	CHECK_INT(report_doc_index(r, "d3"), 2, "doc_index: found");
	CHECK(report_doc_index(r, "d7") == REPORT_NONE && report_doc_index(r, "") == REPORT_NONE,
	      "doc_index: not found");
	CHECK_INT(report_city_end(r, 0), 3, "city_end: Beijing");
	CHECK_INT(report_place_end(r, 3), 5, "place_end: Shanghai without Pudong");
	CHECK_INT(report_city_end(r, 3), 6, "city_end: Shanghai with Pudong");
	CHECK_INT(report_metric_end(r, 1), 2, "metric_end: one indicator");
	report_latest(r, 5, 6, &act, &tgt);
	CHECK(act == REPORT_NONE && tgt == 5, "latest: a target and no actual figure");
	report_latest(r, 0, 1, &act, &tgt);
	CHECK(act == 0 && tgt == REPORT_NONE, "latest: an actual figure and no target");
}

/* A format that writes down what the walk calls. */
static void
w_head(const struct report *r, void *w)
{
	sbuf_puts(w, "H");
}

static void
w_group(const struct report *r, size_t i, size_t e, void *w)
{
	sbuf_printf(w, " G%zu-%zu", i, e);
}

static void
w_block(const struct report *r, const struct report_block *b, void *w)
{
	if (b->first == REPORT_NONE)
		sbuf_printf(w, " (%s)", b->metric);
	else
		sbuf_printf(w, " %s:%zu-%zu/%d/%d", b->metric, b->first, b->end,
		            b->act == REPORT_NONE ? -1 : (int)b->act, b->tgt == REPORT_NONE ? -1 : (int)b->tgt);
}

static void
w_conflict(const struct report *r, size_t i, void *w)
{
	sbuf_printf(w, " C%zu", i);
}

static void
w_indicator(const struct report *r, size_t i, void *w)
{
	sbuf_printf(w, " I%zu", i);
}

static void
w_documents(const struct report *r, size_t n, void *w)
{
	sbuf_printf(w, " D%zu", n);
}

static void
w_document(const struct report *r, size_t k, void *w)
{
	sbuf_printf(w, " d%zu", k);
}

static void
w_tail(const struct report *r, void *w)
{
	sbuf_puts(w, " T");
}

static void
test_walk(const struct report *r)
{
	struct report_fmt f = { .head = w_head, .group_begin = w_group, .block = w_block,
	                        .conflict = w_conflict, .indicator = w_indicator,
	                        .documents_begin = w_documents, .document = w_document, .tail = w_tail };
	struct sbuf b = { 0 };

	report_walk(r, &f, &b);
	CHECK_STR(b.s, "H G0-3 ai_enterprises:0-1/0/-1 computing_power:1-2/1/-1 robot_density:2-3/2/-1"
	          " G3-6 ai_enterprises:3-4/3/-1 financing:4-5/4/-1 industry_scale:5-6/-1/5"
	          " C1 I0 I1 I2 I3 I4 I5 D5 d0 d1 d2 d3 d5 T",
	          "walk: by city, the cited documents");
	sbuf_reset(&b);
	f.by_place = f.all_docs = 1;
	f.conflict = NULL;
	f.tail = NULL;
	report_walk(r, &f, &b);
	CHECK_STR(b.s, "H G0-3 ai_enterprises:0-1/0/-1 (industry_scale) (financing) computing_power:1-2/1/-1"
	          " robot_density:2-3/2/-1"
	          " G3-5 ai_enterprises:3-4/3/-1 (industry_scale) financing:4-5/4/-1 (computing_power)"
	          " (robot_density)"
	          " G5-6 (ai_enterprises) industry_scale:5-6/-1/5 (financing) (computing_power) (robot_density)"
	          " I0 I1 I2 I3 I4 I5 D6 d0 d1 d2 d3 d4 d5",
	          "walk: by place, a block per metric, every document, parts left out");
	sbuf_free(&b);
}

static void
test_empty(void)
{
	json_t *facts = json_array(), *aggs = json_array(), *docs = json_object();
	struct report_fmt f = { .head = w_head, .group_begin = w_group, .indicator = w_indicator,
	                        .documents_begin = w_documents, .document = w_document };
	struct sbuf b = { 0 };
	struct report r;

	report_build(&r, facts, aggs, docs);
	CHECK(r.nind == 0 && r.ndoc == 0 && r.nmetrics == 0 && r.ncities == 0, "empty: an empty model");
	report_walk(&r, &f, &b);
	CHECK_STR(b.s, "H D0", "empty: the head and no documents");
	report_free(&r);
	sbuf_free(&b);
	json_decref(facts);
	json_decref(aggs);
	json_decref(docs);
}

static void
test_words(void)
{
	char b[100];

	CHECK_STR(report_place_name("Shanghai", "Pudong", b, sizeof b), "Shanghai/Pudong", "place: an area");
	CHECK_STR(report_place_name("Shanghai", "", b, sizeof b), "Shanghai", "place: a city");
	CHECK_STR(report_place_name(NULL, NULL, b, sizeof b), "", "place: none");
	CHECK_STR(report_plural(1, "city", "cities"), "city", "plural: one");
	CHECK_STR(report_plural(0, "city", "cities"), "cities", "plural: none");
	CHECK_INT(report_nglossary, 12, "glossary: twelve metrics");
	CHECK_STR(report_glossary[0].id, "ai_enterprises", "glossary: the first");
}

/* A fact of Beijing with PERIOD, a metric of its own (M) so that each is an indicator. */
#define PFACT(m, period) \
	"{\"type\":\"fact\",\"doc\":\"d1\",\"city\":\"Beijing\",\"area\":\"\",\"metric\":\"" m "\"," \
	" \"value\":1,\"unit\":\"count\",\"qualifier\":\"=\",\"period\":\"" period "\",\"kind\":\"actual\"," \
	" \"evidence\":\"one\",\"start\":0,\"end\":3}"

/* The time axis of the indicator of PERIOD in R; -2 when there is none. */
static double
x_of(const struct report *r, const char *period)
{
	size_t i;

	for (i = 0; i < r->nind; i++)
		if (strcmp(r->ind[i].period, period) == 0)
			return r->ind[i].x;
	return -2;
}

static void
test_periods(void)
{
	json_t *facts = load("[" PFACT("m1", "2020") "," PFACT("m2", "2020-07") "," PFACT("m3", "2020-07-08") ","
	                     PFACT("m4", "2018-2020") "," PFACT("m5", "2025-01-2025-06") ","
	                     PFACT("m6", "2016-01-12-2016-01-22") "," PFACT("m7", "2020-13") ","
	                     PFACT("m8", "2020-2018") "," PFACT("m9", "") "]");
	json_t *none = load("[]"), *docs = load("{}");
	struct report r;

	report_build(&r, facts, none, docs);
	CHECK_INT(r.nind, 9, "periods: nine indicators");
	CHECK(x_of(&r, "2020") == 2020, "time axis: a year");
	CHECK(x_of(&r, "2020-07") == 2020 + 6 / 12.0, "time axis: a month");
	CHECK(x_of(&r, "2020-07-08") == 2020 + 6 / 12.0 + 7 / 366.0, "time axis: a day");
	CHECK(x_of(&r, "2018-2020") == 2020, "time axis: a range of years at its end");
	CHECK(isnan(x_of(&r, "2025-01-2025-06")), "time axis: no place for a range of months");
	CHECK(isnan(x_of(&r, "2016-01-12-2016-01-22")), "time axis: no place for a range of days");
	CHECK(isnan(x_of(&r, "2020-13")), "time axis: no month 13");
	CHECK(isnan(x_of(&r, "2020-2018")), "time axis: no range ending before it starts");
	CHECK(isnan(x_of(&r, "")), "time axis: no period");
	report_free(&r);
	json_decref(facts);
	json_decref(none);
	json_decref(docs);
}

int
main(void)
{
	json_t *facts = load(facts_json), *aggs = load(aggs_json), *docs = load(docrecs_json);
	struct report r;

	report_build(&r, facts, aggs, docs);
	test_indicators(&r);
	test_counts(&r);
	test_walk(&r);
	report_free(&r);
	test_empty();
	test_words();
	test_periods();
	json_decref(facts);
	json_decref(aggs);
	json_decref(docs);
	return unit_failed;
}
