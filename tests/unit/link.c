/*
 * Unit tests of lib/link.c: a fact from a seg, its repeat left out (and
 * explained), bad items and a seg without text, a dollar amount held to
 * the end of its document and dropped there when an amount in yuan
 * restates it, and the raw reader giving what the tree reader gives.
 */
#include <stdlib.h>
#include <unistd.h>

#include <jansson.h>

#include "link.h"
#include "ndjson.h"
#include "unit.h"

#define DOC "{\"type\":\"doc\",\"doc\":\"d1\",\"lang\":\"en\",\"date\":\"2021-05-03\"}"
/* "In 2020, Shanghai had 1,234 AI firms." */
#define FIRMS(seg, start) \
	"{\"type\":\"seg\",\"doc\":\"d1\",\"seg\":" #seg ",\"lang\":\"en\",\"start\":" #start "," \
	"\"text\":\"In 2020, Shanghai had 1,234 AI firms.\"," \
	"\"quantities\":[{\"start\":22,\"end\":27,\"text\":\"1,234\",\"value\":1234,\"kind\":\"number\"}]," \
	"\"times\":[{\"start\":3,\"end\":7,\"value\":\"2020\"}]," \
	"\"terms\":[{\"start\":9,\"end\":17,\"id\":\"city:Shanghai\",\"class\":\"city\"}," \
	"{\"start\":28,\"end\":36,\"id\":\"metric:ai_enterprises\",\"class\":\"metric\"}]}"
/* "Its AI industry scale reached $2 billion in 2020." */
#define DOLLARS(seg) \
	"{\"type\":\"seg\",\"doc\":\"d1\",\"seg\":" #seg ",\"lang\":\"en\",\"start\":0," \
	"\"text\":\"Its AI industry scale reached $2 billion in 2020.\"," \
	"\"quantities\":[{\"start\":30,\"end\":40,\"value\":2000000000,\"unit\":\"USD\",\"kind\":\"money\"}]," \
	"\"times\":[{\"start\":44,\"end\":48,\"value\":\"2020\"}]," \
	"\"terms\":[{\"start\":4,\"end\":21,\"id\":\"metric:industry_scale\",\"class\":\"metric\"}]}"
/* "Its AI industry scale reached 14 billion yuan in 2020." */
#define YUAN(seg) \
	"{\"type\":\"seg\",\"doc\":\"d1\",\"seg\":" #seg ",\"lang\":\"en\",\"start\":0," \
	"\"text\":\"Its AI industry scale reached 14 billion yuan in 2020.\"," \
	"\"quantities\":[{\"start\":30,\"end\":45,\"value\":14000000000,\"unit\":\"CNY\",\"kind\":\"money\"}]," \
	"\"times\":[{\"start\":49,\"end\":53,\"value\":\"2020\"}]," \
	"\"terms\":[{\"start\":4,\"end\":21,\"id\":\"metric:industry_scale\",\"class\":\"metric\"}]}"

/* FIRMS with the time value V (its span still "2020") in a document D dated DATE. */
#define DOCAT(d, date) "{\"type\":\"doc\",\"doc\":\"" d "\",\"lang\":\"en\",\"date\":\"" date "\"}"
#define FIRMS_AT(v) \
	"{\"type\":\"seg\",\"doc\":\"d2\",\"seg\":0,\"lang\":\"en\",\"start\":0," \
	"\"text\":\"In 2020, Shanghai had 1,234 AI firms.\"," \
	"\"quantities\":[{\"start\":22,\"end\":27,\"text\":\"1,234\",\"value\":1234,\"kind\":\"number\"}]," \
	"\"times\":[{\"start\":3,\"end\":7,\"value\":\"" v "\"}]," \
	"\"terms\":[{\"start\":9,\"end\":17,\"id\":\"city:Shanghai\",\"class\":\"city\"}," \
	"{\"start\":28,\"end\":36,\"id\":\"metric:ai_enterprises\",\"class\":\"metric\"}]}"

static json_t *
parse(const char *s)
{
	json_t *j = json_loads(s, 0, NULL);

	if (!j) {
		printf("FAIL - test data does not parse: %s\n", s);
		exit(1);
	}
	return j;
}

/* Links the seg record S; returns link_seg()'s value, the facts in *OUT. */
static int
seg(struct link_ctx *c, const char *s, json_t **out)
{
	json_t *rec = parse(s);
	int n;

	*out = json_array();
	n = link_seg(c, rec, *out);
	json_decref(rec);
	return n;
}

static const char *
str(const json_t *facts, size_t i, const char *key)
{
	return json_string_value(json_object_get(json_array_get(facts, i), key));
}

static long long
num(const json_t *facts, size_t i, const char *key)
{
	return (long long)json_number_value(json_object_get(json_array_get(facts, i), key));
}

static void
test_fact(void)
{
	struct link_ctx c;
	json_t *doc = parse(DOC), *f;

	link_init(&c);
	CHECK(c.prevseg == -1 && c.prevend == -1 && c.prevpara == -1, "init: no previous seg");
	link_doc(&c, doc);
	CHECK_STR(c.doc, "d1", "doc: its name");
	CHECK_STR(c.date, "2021-05-03", "doc: its date");
	CHECK_INT(seg(&c, FIRMS(0, 100), &f), 1, "fact: one from the seg");
	CHECK_INT(json_array_size(f), 1, "fact: one appended");
	CHECK_STR(str(f, 0, "type"), "fact", "fact: its type");
	CHECK_STR(str(f, 0, "city"), "Shanghai", "fact: its city");
	CHECK_STR(str(f, 0, "area"), "", "fact: no area");
	CHECK_STR(str(f, 0, "metric"), "ai_enterprises", "fact: its metric");
	CHECK_INT(num(f, 0, "value"), 1234, "fact: its value");
	CHECK_STR(str(f, 0, "unit"), "count", "fact: a count");
	CHECK_STR(str(f, 0, "qualifier"), "=", "fact: qualifier");
	CHECK_STR(str(f, 0, "period"), "2020", "fact: the seg's year");
	CHECK_STR(str(f, 0, "kind"), "actual", "fact: a past year is actual");
	CHECK_STR(str(f, 0, "evidence"), "In 2020, Shanghai had 1,234 AI firms.", "fact: evidence");
	CHECK_INT(num(f, 0, "start"), 122, "fact: start in the document");
	CHECK_INT(num(f, 0, "end"), 127, "fact: end in the document");
	CHECK_INT(c.nerr, 0, "fact: no bad item");
	CHECK_STR(c.city, "Shanghai", "context: the last city");
	CHECK_STR(c.prevtime, "2020", "context: the last time");
	json_decref(f);

	CHECK_INT(seg(&c, FIRMS(1, 200), &f), 0, "repeat: no fact");
	CHECK_INT(json_array_size(f), 0, "repeat: nothing appended");
	json_decref(f);
	c.explain = 1;
	CHECK_INT(seg(&c, FIRMS(2, 300), &f), 0, "explain: still no fact");
	CHECK_INT(json_array_size(f), 1, "explain: one skip record");
	CHECK_STR(str(f, 0, "type"), "skip", "explain: its type");
	CHECK_STR(str(f, 0, "reason"), "stated before in the document", "explain: its reason");
	CHECK_INT(num(f, 0, "start"), 322, "explain: its start");
	json_decref(f);
	CHECK_INT(link_flush(&c, f = json_array()), 0, "flush: nothing held");
	json_decref(f);
	link_free(&c);
	CHECK(c.doc == NULL && c.keys == NULL && c.held == NULL, "free: nothing left");
	json_decref(doc);
}

static void
test_bad(void)
{
	struct link_ctx c;
	json_t *f;

	link_init(&c);
	CHECK_INT(seg(&c, "{\"type\":\"seg\",\"doc\":\"d1\",\"seg\":4}", &f), -1, "no text: -1");
	CHECK_STR(c.err, "seg has no \"text\" string", "no text: the error");
	json_decref(f);
	CHECK_INT(seg(&c, "{\"type\":\"seg\",\"doc\":\"d1\",\"text\":\"7 firms\",\"quantities\":"
	              "[{\"start\":40,\"end\":41,\"value\":7},{\"start\":0,\"value\":7}],"
	              "\"times\":[{\"start\":0,\"end\":1}],\"terms\":[{\"start\":0,\"end\":1}]}", &f),
	          0, "bad items: no fact");
	CHECK_INT(c.nerr, 4, "bad items: four skipped");
	CHECK_STR(c.err, "quantity 0: needs start and end within the text and a numeric value",
	          "bad items: the first one described");
	json_decref(f);
	CHECK_INT(seg(&c, "{\"type\":\"seg\",\"doc\":\"d1\",\"text\":\"\"}", &f), 0, "next seg: no fact");
	CHECK_INT(c.nerr, 0, "next seg: the count starts again");
	CHECK_STR(c.err, "", "next seg: no error");
	json_decref(f);
	link_free(&c);
}

static void
test_held(void)
{
	struct link_ctx c;
	json_t *doc = parse(DOC), *f;

	link_init(&c);
	link_doc(&c, doc);
	CHECK_INT(seg(&c, DOLLARS(0), &f), 0, "dollars: held, not returned");
	CHECK_INT(json_array_size(f), 0, "dollars: nothing appended");
	json_decref(f);
	CHECK_INT(link_flush(&c, f = json_array()), 1, "dollars: flushed at the end");
	CHECK_STR(str(f, 0, "unit"), "USD", "dollars: its unit");
	CHECK_STR(str(f, 0, "metric"), "industry_scale", "dollars: its metric");
	CHECK_INT(num(f, 0, "value"), 2000000000, "dollars: its value");
	CHECK(json_object_get(json_array_get(f, 0), " text") == NULL, "dollars: the held text is taken off");
	json_decref(f);
	CHECK_INT(link_flush(&c, f = json_array()), 0, "dollars: flushed once");
	json_decref(f);

	link_doc(&c, doc);
	CHECK_INT(seg(&c, DOLLARS(0), &f), 0, "restated: the dollars held");
	json_decref(f);
	CHECK_INT(seg(&c, YUAN(1), &f), 1, "restated: the yuan given");
	CHECK_STR(str(f, 0, "unit"), "CNY", "restated: in yuan");
	json_decref(f);
	CHECK_INT(link_flush(&c, f = json_array()), 0, "restated: the dollars dropped");
	json_decref(f);
	c.explain = 1;
	link_doc(&c, doc);
	seg(&c, DOLLARS(0), &f);
	json_decref(f);
	seg(&c, YUAN(1), &f);
	json_decref(f);
	CHECK_INT(link_flush(&c, f = json_array()), 0, "restated, explained: no fact");
	CHECK_STR(str(f, 0, "reason"), "a conversion stated first: the amount in yuan is the fact",
	          "restated, explained: why");
	json_decref(f);
	link_free(&c);
	json_decref(doc);
}

/* The raw reader: the facts of each record, dumped, one line each. */
static struct link_ctx rawc;
static char rawout[4096];

static void
raw_step(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	json_t *f;
	char *d;

	(void)src;
	(void)ctx;
	if (!r)
		return;
	if (nd_raw_is(r, "type", "doc")) {
		link_doc_raw(&rawc, r);
		return;
	}
	f = json_array();
	link_seg_raw(&rawc, r, f);
	d = json_dumps(f, JSON_COMPACT);
	snprintf(rawout + strlen(rawout), sizeof rawout - strlen(rawout), "%s\n", d);
	free(d);
	json_decref(f);
}

static void
test_raw(void)
{
	static const char *const lines[] = { FIRMS(0, 100), FIRMS(1, 200), YUAN(2) };
	const char *tmp = getenv("TMPDIR");
	char dir[256], path[300], tree[4096] = "";
	struct link_ctx c;
	json_t *f, *doc = parse(DOC);
	FILE *fp;
	size_t i;
	char *d;

	snprintf(dir, sizeof dir, "%s/cf-unit-link.XXXXXX", tmp && *tmp ? tmp : P_tmpdir);
	if (!mkdtemp(dir)) {
		CHECK(0, "raw: a temporary directory");
		return;
	}
	snprintf(path, sizeof path, "%s/t.nd", dir);
	fp = fopen(path, "w");
	fprintf(fp, "%s\n", DOC);
	link_init(&c);
	link_doc(&c, doc);
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		fprintf(fp, "%s\n", lines[i]);
		seg(&c, lines[i], &f);
		d = json_dumps(f, JSON_COMPACT);
		snprintf(tree + strlen(tree), sizeof tree - strlen(tree), "%s\n", d);
		free(d);
		json_decref(f);
	}
	fclose(fp);
	link_free(&c);
	link_init(&rawc);
	nd_foreach_raw(path, raw_step, NULL);
	link_free(&rawc);
	CHECK(strstr(tree, "\"value\": 1234") || strstr(tree, "\"value\":1234"), "raw: the tree reader's fact");
	CHECK_STR(rawout, tree, "raw: the raw reader gives the same facts");
	unlink(path);
	rmdir(dir);
	json_decref(doc);
}

/* The document's date as link_doc() keeps it from DATE. */
static const char *
doc_date(struct link_ctx *c, const char *doc)
{
	json_t *j = parse(doc);

	link_doc(c, j);
	json_decref(j);
	return c->date;
}

/*
 * The period and the kind of the one fact of SEG_REC in the document DOC,
 * as "PERIOD KIND", " bad" after them when an item was bad.
 */
static const char *
period_kind(const char *doc, const char *seg_rec)
{
	static char out[64];
	struct link_ctx c;
	json_t *f;

	link_init(&c);
	doc_date(&c, doc);
	out[0] = '\0';
	if (seg(&c, seg_rec, &f) == 1)
		snprintf(out, sizeof out, "%s %s%s", str(f, 0, "period"), str(f, 0, "kind"), c.nerr ? " bad" : "");
	else
		snprintf(out, sizeof out, "no fact");
	json_decref(f);
	link_free(&c);
	return out;
}

static void
test_periods(void)
{
	struct link_ctx c;

	link_init(&c);
	CHECK_STR(doc_date(&c, DOCAT("d2", "2021-05-03T08:00:00Z")), "2021-05-03", "doc date: a day and its hour");
	CHECK_STR(doc_date(&c, DOCAT("d2", "2021-05")), "2021-05", "doc date: a month");
	CHECK_STR(doc_date(&c, DOCAT("d2", "2021")), "2021", "doc date: a year");
	CHECK_STR(doc_date(&c, DOCAT("d2", "2021-13-01")), "2021", "doc date: no month 13, its year");
	CHECK_STR(doc_date(&c, DOCAT("d2", "May 2021")), "", "doc date: none in words");
	CHECK_STR(doc_date(&c, DOCAT("d2", "")), "", "doc date: none");
	link_free(&c);

	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2020-07-08")), "2020-07 actual",
	          "period: a day is cut to its month");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2016-01-12-2016-01-22")), "2016-01 actual",
	          "period: days of one month are that month");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2016-01-12-2016-03-22")), "2016 actual",
	          "period: days of one year are that year");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2016-12-30-2017-01-05")), "2016-12-2017-01 actual",
	          "period: days of two years are their months");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2019-07-2019-09")), "2019 actual",
	          "period: a quarter is its year");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2016-12-2017-01")), "2016-12-2017-01 actual",
	          "period: months of two years stay");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2018-2020")), "2018-2020 actual",
	          "period: a range of years stays");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2020-2022")), "2020-2022 target",
	          "kind: a range of years by its end");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2021-08")), "2021-08 target",
	          "kind: a later month of the year");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2021")), "2021 actual",
	          "kind: the document's year");
	CHECK_STR(period_kind(DOCAT("d2", "2021"), FIRMS_AT("2021-08")), "2021-08 actual",
	          "kind: a month against a year");
	CHECK_STR(period_kind(DOCAT("d2", ""), FIRMS_AT("2025")), "2025 actual",
	          "kind: no document date");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2021-13")), "2021 actual bad",
	          "time: month 13 is not dated");
	CHECK_STR(period_kind(DOCAT("d2", "2021-05-03"), FIRMS_AT("2021-2019")), "2021 actual bad",
	          "time: a range ending before it starts is not dated");
}

int
main(void)
{
	test_fact();
	test_bad();
	test_held();
	test_raw();
	test_periods();
	return unit_failed;
}
