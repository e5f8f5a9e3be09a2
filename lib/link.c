/*
 * Linking quantities to metrics, cities, periods and kinds (see link.h and
 * the README's "cf-facts" section for the rules and why): the document's
 * context and its set of facts written, the reading of a seg's items, and
 * the steps that link one seg, running the rules of lib/rules.c over it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "date.h"
#include "die.h"
#include "hash.h"
#include "link.h"
#include "ndjson.h"
#include "rules.h"
#include "sbuf.h"
#include "seg.h"

/* Longest distance, in characters, between a figure and its metric term. */
#define LINK_NEAR_SUB 100   /* in the same sub-clause */
#define LINK_NEAR_SUB_CJK 45 /* the same in Chinese, where a character is a word */
#define LINK_NEAR_CLAUSE 24 /* across a comma of the same clause */
/*
 * Most items of each kind read from one seg: a sentence has a handful, and
 * linking is quadratic in them.  More are reported and left out.
 */
#define LINK_MAX_ITEMS 1000
#define LINK_STR(x) #x
#define LINK_XSTR(x) LINK_STR(x)

struct pair {
	int q, m;
	long score;
};

void
link_init(struct link_ctx *c)
{
	memset(c, 0, sizeof *c);
	c->prevseg = c->prevend = c->prevpara = -1;
}

static void
reset_doc(struct link_ctx *c)
{
	size_t i;

	free(c->doc);
	free(c->lang);
	free(c->city);
	free(c->area);
	free(c->region);
	free(c->prevtime);
	for (i = 0; i < c->capkeys; i++) {
		free(c->keys[i]);
		c->keys[i] = NULL;
	}
	c->doc = c->lang = c->city = c->area = c->region = c->prevtime = NULL;
	c->nkeys = 0;
	c->date[0] = c->currency[0] = '\0';
	c->prevseg = c->prevend = c->prevpara = -1;
	c->paramoney = c->parafirms = NULL;
	c->nation = 0;
	if (c->held)
		json_array_clear(c->held);
	if (c->yuan)
		json_array_clear(c->yuan);
	c->firms = c->latest = c->thisyear = 0;
}

void
link_free(struct link_ctx *c)
{
	reset_doc(c);
	free(c->keys);
	c->keys = NULL;
	c->capkeys = 0;
	free(c->scratch);
	c->scratch = NULL;
	c->capscratch = 0;
	json_decref(c->held);
	json_decref(c->yuan);
	c->held = c->yuan = NULL;
}

static int remember(struct link_ctx *c, const char *key);

/* The yuan fact Y (an array) restates the dollar fact F. */
static int
restates(const json_t *y, const json_t *f)
{
	static const char *const keys[] = { "city", "metric", "period", "kind" };
	double r;
	size_t k;

	for (k = 0; k < 4; k++)
		if (!json_equal(json_array_get(y, k), json_object_get(f, keys[k])))
			return 0;
	r = json_number_value(json_array_get(y, 4)) / json_number_value(json_object_get(f, "value"));
	return r >= 6 && r <= 7.5;
}

int
link_flush(struct link_ctx *c, json_t *facts)
{
	size_t i, j, n = 0;
	json_t *f, *y;

	if (!c->held)
		return 0;
	json_array_foreach(c->held, i, f) {
		const char *why = NULL, *per = json_string_value(json_object_get(f, "period"));

		/* an undated document: the latest year it named dates a figure with no time */
		if (per && !*per && json_object_get(f, " latest") && !c->thisyear) {
			char key[512], year[24];

			snprintf(year, sizeof year, "%lld", (long long)json_integer_value(json_object_get(f, " latest")));
			json_object_set_new(f, "period", json_string(year));
			snprintf(key, sizeof key, "%s|%s|%.9g|%s|%s", json_string_value(json_object_get(f, "city")),
			         json_string_value(json_object_get(f, "metric")),
			         json_number_value(json_object_get(f, "value")), year,
			         json_string_value(json_object_get(f, "kind")));
			if (!remember(c, key))
				why = "stated before in the document";
		} else if (per && !*per) {
			/* the headline's figure that the body states with its year */
			char key[512];

			snprintf(key, sizeof key, "\001%s|%s|%.9g", json_string_value(json_object_get(f, "city")),
			         json_string_value(json_object_get(f, "metric")),
			         json_number_value(json_object_get(f, "value")));
			if (!remember(c, key))
				why = "stated before in the document";
		}
		if (!why && strcmp(json_string_value(json_object_get(f, "metric")), "ai_enterprises") == 0 &&
		    c->firms && json_object_get(f, " above"))
			/* firms above designated size: a sub-count where the article counts AI firms otherwise */
			why = "firms above designated size, a sub-count of the AI firms counted";
		if (!why && strcmp(json_string_value(json_object_get(f, "unit")), "USD") == 0)
			json_array_foreach(c->yuan, j, y)
				if (restates(y, f))
					why = "a conversion stated first: the amount in yuan is the fact";
		if (why) {
			if (c->explain) {
				json_t *k = json_object();

				json_object_set_new(k, "type", json_string("skip"));
				json_object_set(k, "doc", json_object_get(f, "doc"));
				json_object_set(k, "seg", json_object_get(f, "seg"));
				json_object_set(k, "text", json_object_get(f, " text"));
				json_object_set(k, "value", json_object_get(f, "value"));
				json_object_set(k, "unit", json_object_get(f, "unit"));
				json_object_set_new(k, "reason", json_string(why));
				json_object_set(k, "evidence", json_object_get(f, "evidence"));
				json_object_set(k, "start", json_object_get(f, "start"));
				json_object_set(k, "end", json_object_get(f, "end"));
				json_array_append_new(facts, k);
			}
			continue;
		}
		json_object_del(f, " text");
		json_object_del(f, " above");
		json_object_del(f, " latest");
		json_array_append(facts, f);
		n++;
	}
	json_array_clear(c->held);
	json_array_clear(c->yuan);
	c->firms = 0;
	c->latest = c->thisyear = 0;
	return (int)n;
}

/*
 * Copies the date that opens S into OUT (11 bytes): its first 10, 7 or 4
 * bytes when date_period() reads them as a day, a month or a year
 * ("2019-02-25T08:00" is its day); "" when none of them is one.
 */
static void
take_date(const char *s, char *out)
{
	static const size_t len[] = { 10, 7, 4 };
	struct date_period p;
	size_t k, n = 0;

	for (k = 0; s && k < sizeof len / sizeof len[0] && !n; k++)
		if (strnlen(s, len[k]) == len[k] && date_period(s, len[k], &p) != DATE_NONE)
			n = len[k];
	memcpy(out, s ? s : "", n);
	out[n] = '\0';
}

static void
start_doc(struct link_ctx *c, const char *name, const char *lang, const char *date)
{
	reset_doc(c);
	c->doc = xstrdup(name ? name : "");
	c->lang = xstrdup(lang ? lang : "");
	take_date(date, c->date);
}

void
link_doc(struct link_ctx *c, const json_t *doc)
{
	start_doc(c, nd_str(doc, "doc"), nd_str(doc, "lang"), nd_str(doc, "date"));
}

void
link_doc_raw(struct link_ctx *c, const nd_raw *doc)
{
	start_doc(c, nd_raw_str(doc, "doc", NULL), nd_raw_str(doc, "lang", NULL),
	          nd_raw_str(doc, "date", NULL));
}

/* ---- items of a seg ---- */

static void
item_error(struct link_ctx *c, const char *what, size_t i, const char *why)
{
	if (c->nerr++ == 0)
		snprintf(c->err, sizeof c->err, "%s %zu: %s", what, i, why);
}

/* ---- times ---- */

/* Whether the time value V is dated: one of the periods date_period() reads. */
static int
dated(const char *v)
{
	struct date_period p;

	return date_period(v, strlen(v), &p) != DATE_NONE;
}

/*
 * Compares time value V with the document's date D at the precision both
 * have (a range of years by its end year, any other time by its first
 * month or year): -1 before, 0 same, 1 after, 2 unknown.
 */
static int
versus_date(const char *v, const char *d)
{
	struct date_period t, doc;
	int kind = date_period(v, strlen(v), &t);
	long a, b;

	if (kind == DATE_NONE || date_period(d, strlen(d), &doc) == DATE_NONE)
		return 2;
	if (kind == DATE_YEARS)
		t.y1 = t.y2;
	/* years and months, not days; a month only when both have one */
	a = t.y1 * 100L + (doc.m1 ? t.m1 : 0);
	b = doc.y1 * 100L + (t.m1 ? doc.m1 : 0);
	return a < b ? -1 : a > b;
}

/*
 * The period a fact takes from a time value: a day is cut to its month,
 * a range of days ("2016-01-12-2016-01-22") to its month, its year or its
 * range of months ("2016-12-30-2017-01-05" -> "2016-12-2017-01"), and a
 * range of months in one year ("2025-01-2025-06", the first half of 2025)
 * to that year.  What is no period is kept as it is.
 */
static char *
period_of(const char *v)
{
	struct date_period p;
	char out[22];
	int kind = date_period(v, strlen(v), &p);

	if (kind == DATE_NONE)
		return xstrdup(v);
	if (kind == DATE_DAY || (kind == DATE_DAYS && p.y1 == p.y2 && p.m1 == p.m2))
		p.kind = DATE_MON;
	else if ((kind == DATE_DAYS || kind == DATE_MONS) && p.y1 == p.y2)
		p.kind = DATE_YEAR;
	else if (kind == DATE_DAYS)
		p.kind = DATE_MONS;
	date_period_put(&p, out);
	return xstrdup(out);
}

/* ---- linking ---- */

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;
	if (x->q != y->q)
		return x->q - y->q;
	return x->m - y->m;
}

static int
cmp_qty(const void *a, const void *b)
{
	const struct qty *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Adds KEY to the document's set of facts (open addressing, kept at most
 * half full); returns 0 when it was there already.
 */
static int
remember(struct link_ctx *c, const char *key)
{
	size_t i, n, cap;
	char **old;

	if (2 * (c->nkeys + 1) > c->capkeys) {
		old = c->keys;
		cap = c->capkeys;
		c->capkeys = cap ? cap * 2 : 64;
		c->keys = xcalloc(c->capkeys, sizeof *c->keys);
		c->nkeys = 0;
		for (n = 0; n < cap; n++) {
			if (!old[n])
				continue;
			for (i = (size_t)hash_str(old[n]) & (c->capkeys - 1); c->keys[i]; i = (i + 1) & (c->capkeys - 1))
				;
			c->keys[i] = old[n];
			c->nkeys++;
		}
		free(old);
	}
	for (i = (size_t)hash_str(key) & (c->capkeys - 1); c->keys[i]; i = (i + 1) & (c->capkeys - 1))
		if (strcmp(c->keys[i], key) == 0)
			return 0;
	c->keys[i] = xstrdup(key);
	c->nkeys++;
	return 1;
}

static void
set_str(char **dst, const char *src, size_t n)
{
	char *old = *dst;

	/* SRC may point into *DST ("全市" names the last city again). */
	*dst = src ? xstrndup(src, n) : NULL;
	free(old);
}

/* City and area of a city or area term's id ("Shanghai/Pudong"). */
static void
split_place(const struct term *m, const char **city, size_t *nc, const char **area, size_t *na)
{
	const char *sl = strchr(m->id, '/');

	*city = m->id;
	*nc = sl && m->cls == T_AREA ? (size_t)(sl - m->id) : strlen(m->id);
	*area = m->cls == T_AREA && sl ? sl + 1 : "";
	*na = strlen(*area);
}

/* What linking reads of a seg, from a tree or a raw record. */
struct seg_in {
	const char *doc, *lang;       /* NULL when absent or not strings */
	const char *text;             /* NULL when absent or not a string */
	size_t len;
	long long segno, start, end;  /* "seg" (-1), "start" (0), "end" (-1) */
	int paraint;                  /* "para" (else "block") is an integer: */
	long long para;
	const char *arr[3];           /* JSON text of quantities, times, terms, or NULL */
	size_t arrlen[3];
	const char *segv;             /* JSON text of "seg", or NULL */
	size_t segvlen;
	size_t used;                  /* bytes of C->scratch taken already */
};

/* Makes room for N bytes in C->scratch (its content is lost). */
static void
scratch_reserve(struct link_ctx *c, size_t n)
{
	if (n > c->capscratch) {
		free(c->scratch);
		c->capscratch = n > 2 * c->capscratch ? n : 2 * c->capscratch;
		c->scratch = xmalloc(c->capscratch);
	}
}

/* Grows S's array *V of *CAP items of SIZE bytes by one, zeroed. */
static void *
grow_items(void *v, size_t n, size_t *cap, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		v = xrealloc(v, *cap * size);
	}
	memset((char *)v + n * size, 0, size);
	return v;
}

/* Counts the elements left in A after one that was left out: C->nerr. */
static void
too_many(struct link_ctx *c, const char *what, size_t i, struct seg_arr *a)
{
	const char *p, *e;

	item_error(c, what, i, "more than " LINK_XSTR(LINK_MAX_ITEMS) " in one seg; the rest left out");
	while (seg_arr_next(a, &p, &e))
		c->nerr++;
}

/* Reads the arrays of IN into S; bad items are reported in C and left out. */
static void
read_items(struct link_ctx *c, const struct seg_in *in, struct seg *s)
{
	struct seg_quant sq;
	struct seg_time tm;
	struct seg_term sm;
	struct seg_arr a;
	const char *p, *e, *id, *region = c->region;
	char *buf = c->scratch + in->used;
	size_t i, st, en, capq = 0, capt = 0, capm = 0;
	int r;

	s->q = grow_items(NULL, 0, &capq, sizeof *s->q);
	for (i = 0, seg_arr_open(&a, in->arr[0], in->arrlen[0]); seg_arr_next(&a, &p, &e); i++) {
		struct qty *q;

		if (s->nq == LINK_MAX_ITEMS) {
			too_many(c, "quantity", i, &a);
			break;
		}
		if (seg_read_quant(p, e, s->len, &buf, &sq) != 0) {
			item_error(c, "quantity", i, "needs start and end within the text and a numeric value");
			continue;
		}
		s->q = grow_items(s->q, s->nq, &capq, sizeof *s->q);
		q = &s->q[s->nq];
		q->start = sq.start, q->end = sq.end;
		q->value = sq.value;
		q->unit = sq.unit;
		q->qual = sq.qual;
		q->kind = sq.kind;
		q->text = sq.text;
		q->conv = sq.conv;
		s->nq++;
	}
	s->t = grow_items(NULL, 0, &capt, sizeof *s->t);
	for (i = 0, seg_arr_open(&a, in->arr[1], in->arrlen[1]); seg_arr_next(&a, &p, &e); i++) {
		struct tim *t;

		if (s->nt == LINK_MAX_ITEMS) {
			too_many(c, "time", i, &a);
			break;
		}

		/* cf-normalize leaves "this year" of an undated article unresolved. */
		r = seg_read_time(p, e, s->len, &buf, &tm);
		if (r & SEG_NULLVALUE) {
			/* it speaks of a year of its own that it does not state */
			if (!(r & SEG_BADSPAN) && rules_this_year(s->text + tm.start, tm.end - tm.start))
				c->thisyear = 1;
			continue;
		}
		if (r != 0 || !dated(tm.value)) {
			item_error(c, "time", i, "needs start and end within the text and a dated value");
			continue;
		}
		/* "宜昌9月20日电", "Pequim, 21 jul (Lusa) –": a dateline dates the article, not a figure. */
		if (rules_dateline(s->text, s->len, tm.end) || rules_bare_day(s->text + tm.start, tm.end - tm.start))
			continue;
		/* "较2021年增长15%", "up 15% from 2021": a base of comparison. */
		if (!(strlen(tm.value) == 9 && tm.value[4] == '-') && rules_comparison_base(s->text, tm.start))
			continue;
		s->t = grow_items(s->t, s->nt, &capt, sizeof *s->t);
		t = &s->t[s->nt];
		t->start = tm.start, t->end = tm.end;
		t->value = tm.value;
		t->deadline = tm.deadline;
		s->nt++;
	}
	s->terms = grow_items(NULL, 0, &capm, sizeof *s->terms);
	for (i = 0, seg_arr_open(&a, in->arr[2], in->arrlen[2]); seg_arr_next(&a, &p, &e); i++) {
		struct term *m;

		if (s->nterms == LINK_MAX_ITEMS) {
			too_many(c, "term", i, &a);
			break;
		}
		if (seg_read_term(p, e, s->len, &buf, &sm) != 0) {
			item_error(c, "term", i, "needs start and end within the text and an id");
			continue;
		}
		st = sm.start, en = sm.end;
		id = sm.id;
		/* "全市", "the city": the city the document named last. */
		if (strcmp(id, "ref:city") == 0) {
			if (!c->city)
				continue;
			s->terms = grow_items(s->terms, s->nterms, &capm, sizeof *s->terms);
			m = &s->terms[s->nterms++];
			memset(m, 0, sizeof *m);
			m->start = st, m->end = en;
			m->cls = T_CITY;
			m->id = c->city;
			continue;
		}
		/* "全省", "the province": the region the document named last. */
		if (strcmp(id, "ref:region") == 0) {
			if (!region)
				continue;
			id = region;
		} else if (strncmp(id, "region:", 7) == 0) {
			region = id;
		}
		s->terms = grow_items(s->terms, s->nterms, &capm, sizeof *s->terms);
		m = &s->terms[s->nterms];
		memset(m, 0, sizeof *m);
		m->start = st, m->end = en;
		m->cls = rules_classify(id, sm.cls, &m->id, &m->metric);
		m->region = strncmp(id, "region:", 7) == 0;
		/* "by 2025" sets a goal; "released by the association" does not. */
		if (m->cls == T_TARGET && en - st == 2 && strncasecmp(s->text + st, "by", 2) == 0 &&
		    !rules_before_time(s->text, s->len, en))
			continue;
		if ((m->cls == T_CITY || m->cls == T_AREA) && rules_opens_name(s->text, s->len, en)) {
			m->cls = T_ORG;
			m->id = "";
		}
		if (m->cls != T_OTHER)
			s->nterms++;
	}
}

/* Whether IN continues the paragraph of the previous seg. */
static int
same_paragraph(const struct link_ctx *c, const struct seg_in *in)
{
	if (in->paraint)
		return c->prevpara >= 0 && in->para == c->prevpara;
	if (c->prevseg < 0 || in->segno != c->prevseg + 1 || c->prevend < 0 || in->start < c->prevend)
		return 0;
	/* Without a paragraph number: one space between sentences, none in Chinese. */
	return in->start - c->prevend <= (c->lang && strcmp(c->lang, "zh") == 0 ? 0 : 1);
}

/* The metric of firms a count by its measure word alone takes: its seg's, else its paragraph's. */
static const struct metric *
firms_carried(const struct link_ctx *c, const struct seg *s, int para)
{
	size_t j;

	for (j = 0; j < s->nterms; j++)
		if (s->terms[j].cls == T_METRIC && rules_firms_metric(s->terms[j].metric))
			return s->terms[j].metric;
	return para ? c->parafirms : NULL;
}

/* What the steps of linking one seg share. */
struct link_state {
	struct link_ctx *c;
	const struct seg_in *in;
	json_t *facts;             /* where facts and skip records go */
	struct seg s;
	struct clause_list cl;
	const char *doc, *lang;    /* the seg's, else the document's */
	int cjk;                   /* Chinese or Japanese: a character is a word */
	int para;                  /* the seg goes on with the previous seg's paragraph */
	int nfacts;                /* facts appended */
	struct pair *pairs;        /* figure-metric pairs of one pass */
	size_t npairs, cappairs;
	const char *prevkind;      /* the kind of the last fact, and its sentence */
	int prevsent;
};

/* A fact as it is put together, field by field. */
struct fact {
	const struct term *mt;     /* its metric term (or one made up for an orphan) */
	const char *unit;
	double value;
	char city[128], area[128];
	char *period;
	const char *kind, *qual;
};

/*
 * With C->explain, a skip record for quantity Q, which gives no fact:
 * REASON, followed by the text of term W when there is one (the term that
 * stopped it).
 */
static void
explain(const struct link_state *st, const struct qty *q, const char *reason, const struct term *w)
{
	const struct seg_in *in = st->in;
	const char *extra = w ? st->s.text + w->start : "";
	size_t n = w ? w->end - w->start : 0, es, ee;
	struct sbuf why = { 0 };
	json_t *f, *jp;

	if (!st->c->explain)
		return;
	sbuf_puts(&why, reason);
	sbuf_put(&why, extra, n);
	clause_sentence(&st->cl, st->s.text, q->sp.sent, &es, &ee);
	f = json_object();
	json_object_set_new(f, "type", json_string("skip"));
	json_object_set_new(f, "doc", json_string(in->doc ? in->doc : ""));
	jp = in->segv ? json_loadb(in->segv, in->segvlen, JSON_DECODE_ANY, NULL) : NULL;
	json_object_set_new(f, "seg", jp ? jp : json_null());
	json_object_set_new(f, "text", json_stringn(st->s.text + q->start, q->end - q->start));
	jp = nd_number(q->value);
	json_object_set_new(f, "value", jp ? jp : json_null());
	json_object_set_new(f, "unit", json_string(q->unit ? q->unit : ""));
	json_object_set_new(f, "reason", json_string(why.s));
	json_object_set_new(f, "evidence", json_stringn(st->s.text + es, ee - es));
	json_object_set_new(f, "start", json_integer(in->start + (long long)q->start));
	json_object_set_new(f, "end", json_integer(in->start + (long long)q->end));
	json_array_append_new(st->facts, f);
	sbuf_free(&why);
}

/*
 * Starts linking IN: its text, and its document when the seg belongs to
 * another one than the last (whose held facts are flushed first).
 * Returns -1, with C->err set, when IN has no text.
 */
static int
begin_seg(struct link_state *st, struct link_ctx *c, const struct seg_in *in, json_t *facts)
{
	memset(st, 0, sizeof *st);
	st->c = c;
	st->in = in;
	st->facts = facts;
	st->prevsent = -1;
	c->nerr = 0;
	c->err[0] = '\0';
	st->s.text = in->text;
	if (!st->s.text) {
		snprintf(c->err, sizeof c->err, "seg has no \"text\" string");
		return -1;
	}
	st->s.len = in->len;
	st->doc = in->doc ? in->doc : "";
	if (!c->doc || strcmp(c->doc, st->doc) != 0) {
		/* A seg of a document whose doc record we did not see. */
		st->nfacts += link_flush(c, facts);
		reset_doc(c);
		c->doc = xstrdup(st->doc);
		c->lang = xstrdup(in->lang ? in->lang : "");
	}
	st->lang = in->lang ? in->lang : c->lang;
	st->cjk = st->lang && (strcmp(st->lang, "zh") == 0 || strcmp(st->lang, "ja") == 0);
	return 0;
}

/* Sorts the quantities by offset; a bare amount takes the currency of the last amount before it. */
static void
order_quantities(struct link_state *st)
{
	struct seg *s = &st->s;
	size_t i;

	if (s->nq > 1)
		qsort(s->q, s->nq, sizeof *s->q, cmp_qty);
	for (i = 0; i < s->nq; i++) {
		s->q[i].cur = st->c->currency;
		if (i > 0 && !s->q[i - 1].conv && s->q[i - 1].kind && strcmp(s->q[i - 1].kind, "money") == 0 &&
		    s->q[i - 1].unit && strlen(s->q[i - 1].unit) < sizeof st->c->currency)
			s->q[i].cur = s->q[i - 1].unit;
		else if (i > 0)
			s->q[i].cur = s->q[i - 1].cur;
	}
}

/* Splits the text into clauses and gives every item its span. */
static void
split_clauses(struct link_state *st)
{
	struct seg *s = &st->s;
	size_t i, *qs, nqs = 0;

	qs = xcalloc(s->nq + 1, sizeof *qs);
	for (i = 0; i < s->nq; i++)
		if (!s->q[i].conv)
			qs[nqs++] = s->q[i].start;
	clause_split(&st->cl, s->text, s->len, qs, nqs);
	free(qs);
	for (i = 0; i < s->nq; i++) {
		s->q[i].sp = *clause_at(&st->cl, s->q[i].start);
		s->q[i].link = -1;
		s->q[i].place = -1;
	}
	for (i = 0; i < s->nt; i++)
		s->t[i].sp = *clause_at(&st->cl, s->t[i].start);
	for (i = 0; i < s->nterms; i++) {
		s->terms[i].sp = *clause_at(&st->cl, s->terms[i].start);
		s->terms[i].ps = s->terms[i].start;
		s->terms[i].pe = s->terms[i].end;
	}
}

/* Adds the pair of quantity I and metric term J, SCORE the lower the nearer. */
static void
add_pair(struct link_state *st, size_t i, size_t j, long score)
{
	if (st->npairs == st->cappairs) {
		st->cappairs = st->cappairs ? st->cappairs * 2 : 16;
		st->pairs = xrealloc(st->pairs, st->cappairs * sizeof *st->pairs);
	}
	st->pairs[st->npairs].q = (int)i;
	st->pairs[st->npairs].m = (int)j;
	st->pairs[st->npairs].score = score;
	st->npairs++;
}

/*
 * Figure-metric pairs of a clause, nearest first; each side used once.
 * The second pass links what the first left, across linked figures.
 */
static void
pair_figures(struct link_state *st)
{
	struct seg *s = &st->s;
	const char *unit;
	double value;
	size_t i, j;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		st->npairs = 0;
		for (i = 0; i < s->nq; i++) {
			if (s->q[i].conv || s->q[i].link >= 0 || s->q[i].nolink)
				continue;
			for (j = 0; j < s->nterms; j++) {
				long d;

				if (s->terms[j].cls != T_METRIC || s->terms[j].sp.clause != s->q[i].sp.clause)
					continue;
				if (!rules_fits(&s->q[i], s->terms[j].metric, &unit, &value))
					continue;
				d = rules_gap_upto(s->text, s->q[i].start, s->q[i].end, s->terms[j].ps, s->terms[j].pe,
				                   LINK_NEAR_SUB);
				if (s->terms[j].sp.sub == s->q[i].sp.sub) {
					if (d > (st->cjk ? LINK_NEAR_SUB_CJK : LINK_NEAR_SUB))
						continue;
				} else if (d > LINK_NEAR_CLAUSE || s->terms[j].start > s->q[i].start ||
				           rules_metric_in_sub(s, &s->q[i])) {
					/* Across a comma only from a metric before the figure
					 * ("the industry scale, which reached ..."), and only
					 * when the figure's own sub-clause names none. */
					continue;
				}
				if (s->terms[j].used || rules_figure_between(s, i, j, pass))
					continue;
				if (s->terms[j].modifier)
					d += 500;
				add_pair(st, i, j, d + (s->terms[j].sp.sub == s->q[i].sp.sub ? 0 : 1000));
			}
		}
		if (st->npairs)
			qsort(st->pairs, st->npairs, sizeof *st->pairs, cmp_pair);
		for (i = 0; i < st->npairs; i++) {
			if (s->q[st->pairs[i].q].link >= 0 || s->terms[st->pairs[i].m].used)
				continue;
			s->q[st->pairs[i].q].link = st->pairs[i].m;
			s->terms[st->pairs[i].m].used = 1;
		}
	}
	/* The two ends of a range share one metric. */
	for (i = 0; i + 1 < s->nq; i++)
		if (s->q[i].range == R_LOW || s->q[i].range == R_FROM) {
			if (s->q[i + 1].link >= 0 && s->q[i].link < 0 && !s->q[i].nolink)
				s->q[i].link = s->q[i + 1].link;
			else if (s->q[i].link >= 0 && s->q[i + 1].link < 0 && !s->q[i + 1].nolink)
				s->q[i + 1].link = s->q[i].link;
		}
}

/*
 * An amount of money left without a metric, in a sub-clause that names
 * none ("a 1 trillion yuan AI industry", "reaching 400 billion yuan by
 * 2025"), takes the money metric of its sentence, else the last one of
 * the paragraph so far.
 */
static void
orphan_money(struct link_state *st)
{
	struct seg *s = &st->s;
	size_t i, j;

	for (i = 0; i < s->nq; i++) {
		struct qty *q = &s->q[i];
		long d, bd = -1;

		if (q->link >= 0 || q->conv || !q->kind || strcmp(q->kind, "money") != 0 ||
		    rules_metric_in_sub(s, q))
			continue;
		for (j = 0; j < s->nterms; j++) {
			const struct metric *om;

			if (s->terms[j].cls != T_METRIC || s->terms[j].modifier || s->terms[j].sp.sent != q->sp.sent)
				continue;
			/* "reached 250 billion yuan, with growth of 12%": the industry's. */
			if (s->terms[j].metric->fit == FIT_PERCENT &&
			    strcmp(s->terms[j].metric->name, "industry_growth") == 0)
				om = rules_find_metric("industry_scale");
			else if (s->terms[j].metric->fit == FIT_MONEY)
				om = s->terms[j].metric;
			else
				continue;
			d = rules_bgap(q->start, q->end, s->terms[j].start, s->terms[j].end);
			if (bd < 0 || d < bd) {
				bd = d;
				q->orphan = om;
			}
		}
		if (!q->orphan && st->para)
			q->orphan = st->c->paramoney;
	}
}

/*
 * Petaflops measure computing power, whatever the clause names.  A count
 * of firms by its measure word alone ("广东以40.7万余家位列首位"), in a
 * sub-clause that names no metric, counts the firms its sentence or
 * paragraph named last.
 */
static void
orphan_counts(struct link_state *st)
{
	struct seg *s = &st->s;
	size_t i, j;

	for (i = 0; i < s->nq; i++)
		if (s->q[i].link < 0 && !s->q[i].orphan && !s->q[i].nolink && !s->q[i].conv && s->q[i].unit &&
		    strcmp(s->q[i].unit, "PFLOPS") == 0)
			s->q[i].orphan = rules_find_metric("computing_power");
	for (i = 0; i < s->nq; i++) {
		struct qty *q = &s->q[i];

		if (q->link >= 0 || q->orphan || q->nolink || !rules_firms_count(s, q) ||
		    rules_metric_in_sub(s, q) || rules_firms_named(s, &st->cl, q))
			continue;
		for (j = 0; j < s->nterms && !q->orphan; j++)
			if (s->terms[j].cls == T_METRIC && rules_firms_metric(s->terms[j].metric) &&
			    s->terms[j].sp.sent == q->sp.sent)
				q->orphan = s->terms[j].metric;
		if (!q->orphan && st->para)
			q->orphan = st->c->parafirms;
	}
}

/*
 * The metric term of quantity Q: the one it is linked to, else *VT made up
 * for the metric it takes as an orphan.  NULL, with the skip explained,
 * when it has none.
 */
static const struct term *
metric_of(const struct link_state *st, const struct qty *q, struct term *vt)
{
	if (q->conv) {
		explain(st, q, "conversion", NULL);
		return NULL;
	}
	if (q->link >= 0)
		return &st->s.terms[q->link];
	if (q->orphan) {
		memset(vt, 0, sizeof *vt);
		vt->start = vt->ps = q->start;
		vt->end = vt->pe = q->end;
		vt->cls = T_METRIC;
		vt->metric = q->orphan;
		vt->sp = q->sp;
		vt->id = q->orphan->name;
		return vt;
	}
	explain(st, q, q->why ? q->why
	        : q->nolink ? "list not matched: numbers and places differ"
	        : rules_metric_in_clause(&st->s, q) ? "no metric in reach that fits the unit"
	        : "no metric in clause", NULL);
	return NULL;
}

/*
 * Whether quantity Q, with its metric term MT, measures something else
 * than its metric of the AI industry (another economy, a company, a
 * project, events, one deal, a threshold): explains the skip.
 */
static int
not_the_industry(const struct link_state *st, const struct qty *q, const struct term *mt)
{
	const struct seg *s = &st->s;
	const struct term *w = NULL;
	const char *why = NULL;

	if (mt->metric == &rules_wider || (w = rules_wider_before(s, q, mt)) != NULL) {
		if (mt->metric == &rules_wider)
			w = mt;
		why = "wider economy: ";
	} else if (strcmp(mt->metric->name, "investment") != 0 && (w = rules_company_figure(s, q, mt)) != NULL) {
		why = "company figure: ";
	} else if (mt->metric->fit == FIT_MONEY && strcmp(mt->metric->name, "investment") != 0 &&
	           (w = rules_project_of(s, q, mt)) != NULL) {
		why = "a single project's figure: ";
	} else if (mt->metric->fit == FIT_COUNT && (w = rules_counts_other(s, q, mt)) != NULL) {
		why = "counts something else: ";
	} else if (rules_single_deal(s, &st->cl, q)) {
		why = "a single deal";
	} else if (q->kind && strcmp(q->kind, "money") == 0 && rules_threshold_of_firms(s, q)) {
		why = "a threshold of the firms counted";
	} else if (strcmp(mt->metric->name, "investment") == 0 && !rules_ai_mention(s, &st->cl, q->sp.sent)) {
		why = "investment with no AI word in its sentence";
	}
	if (why)
		explain(st, q, why, w);
	return why != NULL;
}

/*
 * Where: the city and area of fact F, from the place term of quantity Q,
 * else the document's last place.  Returns 0, with the skip explained,
 * when the figure is the nation's own or a growth of another figure;
 * QI is Q's index.
 */
static int
place_fact(const struct link_state *st, const struct qty *q, size_t qi, struct fact *f)
{
	const struct link_ctx *c = st->c;
	const struct seg *s = &st->s;
	const char *city, *area;
	size_t nc, na;
	int pi;

	pi = q->place >= 0 ? q->place : rules_place(s, q);
	if (pi >= 0) {
		split_place(&s->terms[pi], &city, &nc, &area, &na);
	} else if (c->nation) {
		city = "China", nc = 5;
		area = "", na = 0;
	} else if (c->city || c->region) {
		city = c->city ? c->city : c->region + 7, nc = strlen(city);
		area = c->city && c->area ? c->area : "", na = strlen(area);
	} else {
		city = area = "", nc = na = 0;
	}
	snprintf(f->city, sizeof f->city, "%.*s", (int)nc, city);
	/* A share of the nation's talent belongs to a place within it. */
	if (f->mt->metric->fit == FIT_FRACTION && pi >= 0 && s->terms[pi].cls == T_NATION) {
		explain(st, q, "share of the nation itself", NULL);
		return 0;
	}
	if (f->mt->metric->fit == FIT_PERCENT && rules_growth_of_other(s, f->mt)) {
		explain(st, q, "growth of another figure", NULL);
		return 0;
	}
	if (f->mt->metric->fit == FIT_PERCENT && rules_count_before(s, qi)) {
		explain(st, q, "growth of a count", NULL);
		return 0;
	}
	snprintf(f->area, sizeof f->area, "%.*s", (int)na, area);
	return 1;
}

/*
 * When and which kind: the period of fact F from the time nearest
 * quantity Q (else the previous seg's, else the document's year), its kind
 * from that time against the document's date, then from cues; and its
 * qualifier.
 */
static void
date_fact(struct link_state *st, const struct qty *q, struct fact *f)
{
	const struct link_ctx *c = st->c;
	const struct seg *s = &st->s;
	const char *src;
	int ti, rel;

	ti = rules_time_of(s, q, f->mt, 1);
	if (ti < 0)
		ti = rules_time_of(s, q, f->mt, 0);
	if (ti >= 0)
		src = s->t[ti].value;
	else if (c->prevtime && st->para)
		src = c->prevtime;
	else
		src = NULL;
	if (src)
		f->period = period_of(src);
	else
		f->period = xstrndup(c->date, strlen(c->date) >= 4 ? 4 : 0);

	/* Which kind: a stated time against the document's date, then cues. */
	rel = src ? versus_date(src, c->date) : 2;
	if (rel == 1)
		f->kind = rules_cue_governs(s, q, T_FORECAST) ? "forecast" : "target";
	else if (rel == -1)
		f->kind = ti >= 0 && s->t[ti].deadline && rules_cue_governs(s, q, T_TARGET)
		          ? "target" : "actual";
	else if (rules_cue_governs(s, q, T_FORECAST))
		f->kind = "forecast";
	else if (rules_cue_near(s, q, T_ASOF))
		f->kind = "actual";
	else if (rules_cue_governs(s, q, T_TARGET) || (ti >= 0 && s->t[ti].deadline))
		f->kind = "target";
	else if (strcmp(f->mt->metric->name, "investment") == 0 && rel != 0)
		/* A committed investment is a plan until a past time says it was made. */
		f->kind = "target";
	else
		f->kind = "actual";

	/* "…is expected to hit 300 billion yuan, with 1,500 to 2,000 firms": the same statement. */
	if (st->prevkind && st->prevsent == q->sp.sent && rules_continues(s, &st->cl, q))
		f->kind = st->prevkind;
	st->prevkind = f->kind;
	st->prevsent = q->sp.sent;

	/* A change from X to Y: X is now, Y the goal. */
	if (q->range == R_FROM) {
		f->kind = "actual";
		free(f->period);
		f->period = xstrndup(c->date, strlen(c->date) >= 4 ? 4 : 0);
	} else if (q->range == R_TO && strcmp(f->kind, "actual") == 0) {
		f->kind = "target";
	}
	f->qual = q->qual && *q->qual ? q->qual : "=";
	if (q->range == R_LOW && strcmp(f->qual, "=") == 0)
		f->qual = ">=";
	else if (q->range == R_HIGH && strcmp(f->qual, "=") == 0)
		f->qual = "<=";
}

/*
 * Writes fact F of quantity Q: to the facts, or held to the end of the
 * document when it is in dollars, of firms above designated size, or
 * undated (see link_flush).
 */
static void
put_fact(struct link_state *st, const struct qty *q, const struct fact *f)
{
	struct link_ctx *c = st->c;
	const struct metric *m = f->mt->metric;
	const char *text = st->s.text;
	json_t *o, *jp;
	size_t es, ee;
	char key[512];

	clause_sentence(&st->cl, text, q->sp.sent, &es, &ee);
	o = json_object();
	json_object_set_new(o, "type", json_string("fact"));
	json_object_set_new(o, "doc", json_string(st->doc));
	jp = st->in->segv ? json_loadb(st->in->segv, st->in->segvlen, JSON_DECODE_ANY, NULL) : NULL;
	json_object_set_new(o, "seg", jp ? jp : json_null());
	json_object_set_new(o, "lang", json_string(st->lang ? st->lang : ""));
	json_object_set_new(o, "city", json_string(f->city));
	json_object_set_new(o, "area", json_string(f->area));
	json_object_set_new(o, "metric", json_string(m->name));
	jp = nd_number(f->value);
	json_object_set_new(o, "value", jp ? jp : json_null());
	json_object_set_new(o, "unit", json_string(f->unit));
	json_object_set_new(o, "qualifier", json_string(f->qual));
	json_object_set_new(o, "period", json_string(f->period));
	json_object_set_new(o, "kind", json_string(f->kind));
	json_object_set_new(o, "evidence", json_stringn(text + es, ee - es));
	json_object_set_new(o, "start", json_integer(st->in->start + (long long)q->start));
	json_object_set_new(o, "end", json_integer(st->in->start + (long long)q->end));
	if ((m->fit == FIT_MONEY && strcmp(f->unit, "USD") == 0) || m == &rules_above_size || !*f->period) {
		if (!c->held)
			c->held = json_array();
		/* the figure's text, for a skip record; taken off before the fact is written */
		json_object_set_new(o, " text", json_stringn(text + q->start, q->end - q->start));
		if (m == &rules_above_size)
			json_object_set_new(o, " above", json_true());
		/*
		 * The latest year named before this seg, for an undated
		 * document (unless it speaks of "this year" anywhere).
		 */
		if (!*f->period && c->latest > 0)
			json_object_set_new(o, " latest", json_integer(c->latest));
		json_array_append_new(c->held, o);
		return;
	}
	if (strcmp(m->name, "ai_enterprises") == 0)
		c->firms = 1;
	if (m->fit == FIT_MONEY && strcmp(f->unit, "CNY") == 0) {
		if (!c->yuan)
			c->yuan = json_array();
		json_array_append_new(c->yuan, json_pack("[ssssf]", f->city, m->name, f->period, f->kind, f->value));
	}
	json_array_append_new(st->facts, o);
	st->nfacts++;
	/* what an undated repeat of it is matched by (see link_flush) */
	snprintf(key, sizeof key, "\001%s|%s|%.9g", f->city, m->name, f->value);
	remember(c, key);
}

/* One fact per linked figure, in the order of the text. */
static void
give_facts(struct link_state *st)
{
	struct seg *s = &st->s;
	size_t i;

	for (i = 0; i < s->nq; i++) {
		const struct qty *q = &s->q[i];
		struct term vt;
		struct fact f;
		char key[512];

		memset(&f, 0, sizeof f);
		if (!(f.mt = metric_of(st, q, &vt)) || not_the_industry(st, q, f.mt))
			continue;
		rules_fits(q, f.mt->metric, &f.unit, &f.value);
		if (!place_fact(st, q, i, &f))
			continue;
		date_fact(st, q, &f);
		snprintf(key, sizeof key, "%s|%s|%.9g|%s|%s", f.city, f.mt->metric->name, f.value,
		         f.period, f.kind);
		if (!remember(st->c, key))
			explain(st, q, "stated before in the document", NULL);
		else
			put_fact(st, q, &f);
		free(f.period);
	}
}

/* The places and metrics of the seg that later segs of the document may need. */
static void
keep_places(struct link_state *st)
{
	struct link_ctx *c = st->c;
	const struct seg *s = &st->s;
	const char *city, *area;
	size_t i, nc, na;
	int lastplace = -1;

	if (!st->para)
		c->paramoney = c->parafirms = NULL;
	for (i = 0; i < s->nterms; i++) {
		if (s->terms[i].cls == T_METRIC && !s->terms[i].modifier && s->terms[i].metric->fit == FIT_MONEY)
			c->paramoney = s->terms[i].metric;
		if (s->terms[i].cls == T_METRIC && rules_firms_metric(s->terms[i].metric))
			c->parafirms = s->terms[i].metric;
	}
	for (i = 0; i < s->nterms; i++) {
		if (s->terms[i].region) {
			/* Kept as "region:NAME", the id a reference to it takes
			 * (which may point into the old one: 全省 names it again). */
			char *r = xmalloc(strlen(s->terms[i].id) + 8);

			sprintf(r, "region:%s", s->terms[i].id);
			free(c->region);
			c->region = r;
			continue;
		}
		if ((s->terms[i].cls == T_CITY || s->terms[i].cls == T_AREA || s->terms[i].cls == T_NATION) &&
		    (lastplace < 0 || s->terms[i].start > s->terms[lastplace].start))
			lastplace = (int)i;
	}
	/*
	 * A figure that names no place after this seg is the nation's when
	 * the seg names no other place ("Xi'an, a hub of western China" is
	 * Xi'an's), else its last city's.
	 */
	if (lastplace >= 0 && s->terms[lastplace].cls == T_NATION) {
		for (i = 0; i < s->nterms; i++)
			if (s->terms[i].cls == T_CITY || s->terms[i].cls == T_AREA)
				lastplace = (int)i;
		c->nation = s->terms[lastplace].cls == T_NATION;
		if (c->nation)
			lastplace = -1;
	} else if (lastplace >= 0) {
		c->nation = 0;
	}
	if (lastplace >= 0) {
		split_place(&s->terms[lastplace], &city, &nc, &area, &na);
		set_str(&c->city, city, nc);
		set_str(&c->area, na ? area : NULL, na);
	}
}

/* The currency, times and position of the seg that later segs may need. */
static void
keep_times(struct link_state *st)
{
	struct link_ctx *c = st->c;
	const struct seg *s = &st->s;
	size_t i;
	int ti;

	for (i = 0; i < s->nq; i++)
		if (!s->q[i].conv && s->q[i].kind && strcmp(s->q[i].kind, "money") == 0 && s->q[i].unit &&
		    strlen(s->q[i].unit) < sizeof c->currency)
			snprintf(c->currency, sizeof c->currency, "%s", s->q[i].unit);
	/*
	 * The next sentence of the paragraph may go on in this one's time, but
	 * not in a goal's: "到2025年，力争…。滨江区集聚了450家企业。" speaks of now.
	 */
	/* A range counts by its first year: "2023-2024年行动方案" is a plan from now. */
	for (i = 0; i < s->nt; i++)
		if (!s->t[i].deadline && atoi(s->t[i].value) > c->latest)
			c->latest = atoi(s->t[i].value);
	ti = -1;
	for (i = 0; i < s->nt; i++)
		if (ti < 0 || s->t[i].start > s->t[ti].start)
			ti = (int)i;
	if (ti >= 0 && (s->t[ti].deadline || versus_date(s->t[ti].value, c->date) == 1))
		ti = -1;
	set_str(&c->prevtime, ti >= 0 ? s->t[ti].value : NULL, ti >= 0 ? strlen(s->t[ti].value) : 0);
	c->prevseg = st->in->segno;
	c->prevend = st->in->end;
	c->prevpara = st->in->paraint ? st->in->para : -1;
}

static int
link_seg_in(struct link_ctx *c, const struct seg_in *in, json_t *facts)
{
	struct link_state st;

	if (begin_seg(&st, c, in, facts) != 0)
		return -1;
	read_items(c, in, &st.s);
	st.para = same_paragraph(c, in);
	order_quantities(&st);
	/*
	 * Without a figure, a seg gives the next ones only its places, times
	 * and money metric: its clauses matter only to the latter.
	 */
	if (st.s.nq > 0 || rules_money_metric(&st.s)) {
		split_clauses(&st);
		rules_drop_quoted(&st.s);
		rules_phrases(&st.s, st.cjk);
		rules_respectively(&st.s, &st.cl, firms_carried(c, &st.s, st.para));
		rules_flows(&st.s);
		rules_ranges(&st.s);
		pair_figures(&st);
		orphan_money(&st);
		orphan_counts(&st);
		give_facts(&st);
	}
	keep_places(&st);
	keep_times(&st);
	clause_free(&st.cl);
	free(st.pairs);
	free(st.s.q);
	free(st.s.t);
	free(st.s.terms);
	return st.nfacts;
}

/* The JSON text of member KEY of SEG, dumped (free it), or NULL. */
static char *
dump_member(const json_t *seg, const char *key, const char **text, size_t *len)
{
	json_t *v = json_object_get(seg, key);
	char *d;

	*text = NULL;
	*len = 0;
	if (!v)
		return NULL;
	d = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!d)
		die("out of memory");
	*text = d;
	*len = strlen(d);
	return d;
}

int
link_seg(struct link_ctx *c, const json_t *seg, json_t *facts)
{
	static const char *const arrays[3] = { "quantities", "times", "terms" };
	struct seg_in in;
	json_t *p;
	char *d[4];
	int i, r;

	memset(&in, 0, sizeof in);
	in.doc = nd_str(seg, "doc");
	in.lang = nd_str(seg, "lang");
	in.text = nd_str(seg, "text");
	in.len = json_string_length(json_object_get(seg, "text"));
	in.segno = nd_int(seg, "seg", -1);
	in.start = nd_int(seg, "start", 0);
	in.end = nd_int(seg, "end", -1);
	p = json_object_get(seg, "para");
	if (!p)
		p = json_object_get(seg, "block");
	in.paraint = json_is_integer(p);
	in.para = in.paraint ? json_integer_value(p) : -1;
	for (i = 0; i < 3; i++)
		d[i] = dump_member(seg, arrays[i], &in.arr[i], &in.arrlen[i]);
	d[3] = dump_member(seg, "seg", &in.segv, &in.segvlen);
	scratch_reserve(c, in.arrlen[0] + in.arrlen[1] + in.arrlen[2] + 1);
	r = link_seg_in(c, &in, facts);
	for (i = 0; i < 4; i++)
		free(d[i]);
	return r;
}

/* A member's value: its JSON text, or P NULL when the seg lacks it. */
struct member {
	const char *p;
	size_t n;
};

/* Integer member V as nd_int() reads it, or DEF. */
static long long
member_int(const struct member *v, long long def)
{
	double d;

	if (seg_isint(v->p, v->n))
		return seg_int(v->p, v->n);
	if (!seg_isnum(v->p, v->n))
		return def;
	d = strtod(v->p, NULL);
	if (!(d >= -9.2e18 && d <= 9.2e18) || d != floor(d))
		return def;
	return (long long)d;
}

int
link_seg_raw(struct link_ctx *c, const nd_raw *seg, json_t *facts)
{
	enum { M_TEXT, M_SEG, M_Q, M_T, M_M, M_PARA, M_BLOCK, M_DOC, M_LANG, M_START, M_END, M_N };
	static const char *const names[M_N] = {
		"text", "seg", "quantities", "times", "terms", "para", "block", "doc", "lang", "start", "end",
	};
	struct member mv[M_N], *v;
	struct seg_in in;
	const char *str;
	char *buf;
	size_t i, k, need;

	/* One pass over the members; a repeated key counts by its last value. */
	memset(mv, 0, sizeof mv);
	for (i = 0; i < seg->n; i++)
		for (k = 0; k < M_N; k++)
			if (seg->m[i].key[0] == names[k][0] && strcmp(seg->m[i].key, names[k]) == 0) {
				mv[k].p = seg->m[i].val;
				mv[k].n = seg->m[i].vlen;
				break;
			}
	memset(&in, 0, sizeof in);
	for (k = 0; k < 3; k++) {
		in.arr[k] = mv[M_Q + k].p;
		in.arrlen[k] = mv[M_Q + k].n;
	}
	in.segv = mv[M_SEG].p;
	in.segvlen = mv[M_SEG].n;
	in.segno = member_int(&mv[M_SEG], -1);
	in.start = member_int(&mv[M_START], 0);
	in.end = member_int(&mv[M_END], -1);
	v = mv[M_PARA].p ? &mv[M_PARA] : &mv[M_BLOCK];
	in.paraint = seg_isint(v->p, v->n);
	in.para = in.paraint ? seg_int(v->p, v->n) : -1;
	/* The document and language go first in C->scratch, the items after. */
	need = mv[M_DOC].n + mv[M_LANG].n + in.arrlen[0] + in.arrlen[1] + in.arrlen[2] + 1;
	scratch_reserve(c, need);
	buf = c->scratch;
	in.doc = seg_str(mv[M_DOC].p, mv[M_DOC].n, &buf, NULL);
	in.lang = seg_str(mv[M_LANG].p, mv[M_LANG].n, &buf, NULL);
	in.used = (size_t)(buf - c->scratch);
	/* Text without escapes is read where it stands, not copied. */
	v = &mv[M_TEXT];
	if (v->p && *v->p == '"' && !memchr(v->p + 1, '\\', v->n - 2)) {
		in.text = v->p + 1;
		in.len = v->n - 2;
	} else if ((str = nd_raw_str(seg, "text", &in.len))) {
		in.text = str;
	}
	return link_seg_in(c, &in, facts);
}
