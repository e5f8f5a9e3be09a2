/*
 * The report model (see report.h): the indicators of agg records and of the
 * facts no agg record covers, the documents, the metrics; and the one walk
 * of it that the Markdown and HTML writers share.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "date.h"
#include "die.h"
#include "humfmt.h"
#include "ndjson.h"
#include "report.h"
#include "sbuf.h"

/* A fact and its group key, for finding the facts of an indicator. */
struct fref {
	const json_t *rec;
	char *key;
};

/* The twelve metrics (the README's table). */
const struct report_metric report_glossary[] = {
	{ "ai_enterprises", "count", "companies whose business is AI, including \"key\" or \"core\" AI enterprises" },
	{ "ai_related_enterprises", "count", "the wider count of enterprises related to AI" },
	{ "industry_scale", "CNY, USD ...", "the size of the AI industry: its output value or revenue in a year" },
	{ "industry_growth", "percent", "how fast the AI industry grows, as a rate" },
	{ "financing", "CNY, USD ...", "money AI companies raised from investors" },
	{ "fund_size", "CNY, USD ...", "the size of an investment fund set up for AI" },
	{ "investment", "CNY, USD ...", "money invested, or committed to be invested, in AI in the place" },
	{ "employees", "count", "people working in AI companies" },
	{ "talent_share", "fraction", "the place's share of the nation's AI talent (one third: 0.333333)" },
	{ "computing_power", "PFLOPS", "computing capacity for AI (\"20,000P\" is 20,000 PFLOPS)" },
	{ "application_scenarios", "count",
	  "AI application scenarios the place opened (pilot uses of AI in its services and industries)" },
	{ "index_score", "score", "a place's score on a composite index or ranking of AI development" },
};
const size_t report_nglossary = sizeof report_glossary / sizeof report_glossary[0];
#define NGLOSS (sizeof report_glossary / sizeof report_glossary[0])

const char *
report_str(const json_t *o, const char *key, const char *def)
{
	const char *s = nd_str(o, key);

	return s ? s : def;
}

/* The group key of record R (a new string), made in the scratch buffer B. */
static char *
group_key(const json_t *r, struct sbuf *b)
{
	static const char *f[] = { "city", "area", "metric", "period", "kind", "unit" };
	size_t i;

	sbuf_reset(b);
	for (i = 0; i < sizeof f / sizeof f[0]; i++) {
		if (i)
			sbuf_putc(b, '\x1f');
		sbuf_puts(b, report_str(r, f[i], ""));
	}
	return xstrndup(b->s, b->n);
}

static int
fref_cmp(const void *a, const void *b)
{
	const struct fref *x = a, *y = b;
	int d = strcmp(x->key, y->key);

	if (d)
		return d;
	d = strcmp(report_str(x->rec, "doc", ""), report_str(y->rec, "doc", ""));
	if (d)
		return d;
	return (nd_num(x->rec, "start", 0) > nd_num(y->rec, "start", 0)) -
	       (nd_num(x->rec, "start", 0) < nd_num(y->rec, "start", 0));
}

/*
 * A period on a time axis, as date_period() reads it: "2020", "2020-07",
 * "2020-07-08", "2018-2020" (its end year).  A range of months or days
 * has no one place on the axis, nor has what is no period: NAN.
 */
static double
period_x(const char *p)
{
	struct date_period d;

	switch (p ? date_period(p, strlen(p), &d) : DATE_NONE) {
	case DATE_YEAR:
		return d.y1;
	case DATE_MON:
		return d.y1 + (d.m1 - 1) / 12.0;
	case DATE_DAY:
		return d.y1 + (d.m1 - 1) / 12.0 + (d.d1 - 1) / 366.0;
	case DATE_YEARS:
		return d.y2;
	default:
		return NAN;
	}
}

static void
add_unique(json_t *arr, const char *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < json_array_size(arr); i++)
		if (strcmp(json_string_value(json_array_get(arr, i)), s) == 0)
			return;
	json_array_append_new(arr, json_string(s));
}

/* Adds qualifier Q to D's sorted set. */
static void
add_qual(struct report_ind *d, const char *q)
{
	size_t i;
	int cmp = 1;

	if (!q || !*q)
		return;
	if (!d->quals)
		d->quals = json_array();
	for (i = 0; i < json_array_size(d->quals); i++)
		if ((cmp = strcmp(json_string_value(json_array_get(d->quals, i)), q)) >= 0)
			break;
	if (cmp != 0)
		json_array_insert_new(d->quals, i, json_string(q));
}

static void
add_evidence(struct report_ind *d, const json_t *f)
{
	const char *doc = report_str(f, "doc", ""), *ev = nd_str(f, "evidence");
	size_t i;
	json_t *p;

	add_qual(d, nd_str(f, "qualifier"));
	if (!ev || !*ev)
		return;
	for (i = 0; i < json_array_size(d->evid); i++) {
		p = json_array_get(d->evid, i);
		if (strcmp(json_string_value(json_array_get(p, 1)), ev) == 0 &&
		    strcmp(json_string_value(json_array_get(p, 0)), doc) == 0)
			return;
	}
	json_array_append_new(d->evid, json_pack("[ss]", doc, ev));
}

static void
from_agg(struct report_ind *d, const json_t *a)
{
	json_t *docs = json_object_get(a, "docs"), *q = json_object_get(a, "qualifiers");
	size_t i;

	d->city = report_str(a, "city", "");
	d->area = report_str(a, "area", "");
	d->metric = report_str(a, "metric", "");
	d->period = report_str(a, "period", "");
	d->kind = report_str(a, "kind", "");
	d->unit = report_str(a, "unit", "");
	d->value = nd_num(a, "value", NAN);
	d->min = nd_num(a, "min", d->value);
	d->max = nd_num(a, "max", d->value);
	d->n = nd_int(a, "n", 1);
	d->conflict = json_is_true(json_object_get(a, "conflict"));
	d->qual = report_str(a, "qualifier", "");
	if (json_is_array(q) && json_array_size(q) == 1 && json_is_string(json_array_get(q, 0)))
		d->qual = json_string_value(json_array_get(q, 0));
	for (i = 0; i < json_array_size(docs); i++)
		add_unique(d->docs, json_string_value(json_array_get(docs, i)));
	for (i = 0; i < json_array_size(q); i++)
		add_qual(d, json_string_value(json_array_get(q, i)));
}

static int
ind_cmp(const void *a, const void *b)
{
	const struct report_ind *x = a, *y = b;
	int d;

	if ((d = strcmp(x->city, y->city)) || (d = strcmp(x->area, y->area)) ||
	    (d = strcmp(x->metric, y->metric)) || (d = strcmp(x->unit, y->unit)) ||
	    (d = strcmp(x->kind, y->kind)))
		return d;
	if (x->x != y->x && !(isnan(x->x) && isnan(y->x)))
		return isnan(x->x) ? 1 : isnan(y->x) ? -1 : x->x < y->x ? -1 : 1;
	return strcmp(x->period, y->period);
}

int
report_strcmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
keep_agg(const json_t *rec, void *arr)
{
	json_array_append(arr, (json_t *)rec);
}

/* The NF facts, each with its group key, sorted by key, document and offset. */
static struct fref *
sorted_facts(const json_t *facts, size_t nf)
{
	struct fref *f = xcalloc(nf, sizeof *f);
	struct sbuf b = { 0 };
	size_t i;

	for (i = 0; i < nf; i++) {
		f[i].rec = json_array_get(facts, i);
		f[i].key = group_key(f[i].rec, &b);
	}
	sbuf_free(&b);
	qsort(f, nf, sizeof *f, fref_cmp);
	return f;
}

/* A new, empty indicator at the end of R->ind, which has room for it. */
static struct report_ind *
new_ind(struct report *r)
{
	struct report_ind *d = &r->ind[r->nind++];

	memset(d, 0, sizeof *d);
	d->docs = json_array();
	d->evid = json_array();
	d->frecs = json_array();
	return d;
}

/* The first of the NF sorted facts F whose key is KEY (NF when none is), by bisection. */
static size_t
first_fact(const struct fref *f, size_t nf, const char *key)
{
	size_t lo = 0, hi = nf, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(f[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The indicators of the agg records AGGS, each with the facts of its group.
 * USED marks the facts: 1 taken by an indicator, 2 without a numeric value
 * (counted, with no say in the value).  MADE: the aggs made here, which
 * take only the facts no agg record read took.
 */
static void
agg_inds(struct report *r, const json_t *aggs, const struct fref *f, size_t nf, char *used, int made)
{
	size_t na = json_array_size(aggs), i, j;
	struct sbuf b = { 0 };
	struct report_ind *d;
	const json_t *a;
	char *key;
	int qfix;

	r->ind = xrealloc(r->ind, (r->nind + na + 1) * sizeof *r->ind);
	for (i = 0; i < na; i++) {
		a = json_array_get(aggs, i);
		d = new_ind(r);
		from_agg(d, a);
		qfix = !*d->qual;
		key = group_key(a, &b);
		for (j = first_fact(f, nf, key); j < nf && strcmp(f[j].key, key) == 0; j++) {
			if (made && used[j] == 1)
				continue;
			/* mixed qualifiers: that of the first fact giving the value */
			if (qfix && nd_num(f[j].rec, "value", NAN) == d->value) {
				d->qual = report_str(f[j].rec, "qualifier", "");
				qfix = 0;
			}
			if (used[j] == 2)
				d->n++;
			used[j] = 1;
			add_unique(d->docs, nd_str(f[j].rec, "doc"));
			add_evidence(d, f[j].rec);
			json_array_append(d->frecs, (json_t *)f[j].rec);
		}
		free(key);
	}
	sbuf_free(&b);
}

/*
 * The aggs of the facts no agg record took, into R->made: lib/agg
 * aggregates them as cf-aggregate would; a fact it cannot use (no numeric
 * value) is marked 2 in USED.
 */
static void
make_aggs(struct report *r, const struct fref *f, size_t nf, char *used)
{
	static char *by[16];
	struct agg_spec spec = { .by = by, .tolerance = AGG_TOLERANCE };
	const char *why;
	agg_table *t;
	size_t i;

	for (i = 0; i < agg_fact_nkey && i < sizeof by / sizeof by[0]; i++)
		by[i] = (char *)agg_fact_key[i];
	spec.nby = i;
	t = agg_new(&spec);
	for (i = 0; i < nf; i++)
		if (!used[i] && agg_add(t, f[i].rec, &why) != 0)
			used[i] = 2;   /* no numeric value: shown as "?" */
	agg_each(t, keep_agg, r->made);
	agg_free(t);
}

/* Facts without a numeric value whose group has none: an indicator each group, value unknown. */
static void
unvalued_inds(struct report *r, const struct fref *f, size_t nf, const char *used)
{
	struct report_ind *d;
	size_t i, j, k;

	for (i = 0; i < nf; i = j) {
		for (j = i + 1; j < nf && strcmp(f[j].key, f[i].key) == 0; j++)
			;
		for (k = i; k < j && used[k] != 2; k++)
			;
		if (k == j)
			continue;
		r->ind = xrealloc(r->ind, (r->nind + 1) * sizeof *r->ind);
		d = new_ind(r);
		d->city = report_str(f[i].rec, "city", "");
		d->area = report_str(f[i].rec, "area", "");
		d->metric = report_str(f[i].rec, "metric", "");
		d->period = report_str(f[i].rec, "period", "");
		d->kind = report_str(f[i].rec, "kind", "");
		d->unit = report_str(f[i].rec, "unit", "");
		d->qual = "";
		d->value = d->min = d->max = NAN;
		for (k = i; k < j; k++) {
			if (used[k] != 2)
				continue;
			d->n++;
			add_unique(d->docs, nd_str(f[k].rec, "doc"));
			add_evidence(d, f[k].rec);
			json_array_append(d->frecs, (json_t *)f[k].rec);
		}
	}
}

static int
doc_cmp(const void *a, const void *b)
{
	return strcmp(((const struct report_doc *)a)->name, ((const struct report_doc *)b)->name);
}

/*
 * The documents: those of the doc records, those the indicators name and
 * those the facts name, with their facts and language.
 */
static void
build_docs(struct report *r, const json_t *facts)
{
	json_t *all = json_object(), *x;
	struct report_doc *d = NULL;
	const char *k, *l, *prev = NULL;
	const json_t *f;
	size_t i;

	json_object_foreach((json_t *)r->docrecs, k, x)
		json_object_set_new(all, k, json_true());
	json_object_foreach(r->cite, k, x)
		json_object_set_new(all, k, json_true());
	/* A document's facts come in a run: its name is looked up once a run. */
	for (i = 0; i < json_array_size(facts); i++) {
		k = report_str(json_array_get(facts, i), "doc", "");
		if (!prev || strcmp(k, prev) != 0)
			json_object_set_new(all, k, json_true());
		prev = k;
	}
	r->doc = xcalloc(json_object_size(all) + 1, sizeof *r->doc);
	json_object_foreach(all, k, x)
		r->doc[r->ndoc++].name = xstrdup(k);
	json_decref(all);
	qsort(r->doc, r->ndoc, sizeof *r->doc, doc_cmp);
	for (i = 0; i < json_array_size(facts); i++) {
		f = json_array_get(facts, i);
		k = report_str(f, "doc", "");
		if (!d || strcmp(k, d->name) != 0)
			d = &r->doc[report_doc_index(r, k)];
		d->nfacts++;
		if (!d->lang && (l = nd_str(f, "lang")) && *l)
			d->lang = l;
	}
	for (i = 0; i < r->ndoc; i++) {
		d = &r->doc[i];
		d->rec = json_object_get(r->docrecs, d->name);
		if ((l = nd_str(d->rec, "lang")))
			d->lang = l;
		if (!d->lang || !*d->lang)
			d->lang = "und";
		d->cited = json_object_get(r->cite, d->name) != NULL;
		r->ncited += (size_t)d->cited;
	}
}

/* The metrics present, in the glossary's order, then others in byte order (a new array). */
static const char **
metric_list(const struct report *r, size_t *n)
{
	const char **v = xcalloc(r->nind + NGLOSS + 1, sizeof *v);
	size_t i, k, m = 0;

	for (k = 0; k < NGLOSS; k++)
		for (i = 0; i < r->nind; i++)
			if (strcmp(r->ind[i].metric, report_glossary[k].id) == 0) {
				v[m++] = report_glossary[k].id;
				break;
			}
	for (i = 0; i < r->nind; i++) {
		for (k = 0; k < m && strcmp(v[k], r->ind[i].metric) != 0; k++)
			;
		if (k == m)
			v[m++] = r->ind[i].metric;
	}
	if (m > NGLOSS)
		qsort(v + NGLOSS, m - NGLOSS, sizeof *v, report_strcmp);
	*n = m;
	return v;
}

/* The time axis, the order of the indicators, and what the model counts. */
static void
finish(struct report *r, const json_t *facts)
{
	size_t i, j;

	for (i = 0; i < r->nind; i++) {
		r->ind[i].x = period_x(r->ind[i].period);
		for (j = 0; j < json_array_size(r->ind[i].docs); j++)
			json_object_set_new(r->cite, json_string_value(json_array_get(r->ind[i].docs, j)),
			                    json_true());
	}
	qsort(r->ind, r->nind, sizeof *r->ind, ind_cmp);
	for (i = 0; i < r->nind; i = report_city_end(r, i))
		r->ncities++;
	for (i = 0; i < r->nind; i = report_place_end(r, i))
		r->nplaces++;
	for (i = 0; i < r->nind; i++)
		r->nconflicts += (size_t)r->ind[i].conflict;
	r->metrics = metric_list(r, &r->nmetrics);
	build_docs(r, facts);
}

void
report_build(struct report *r, const json_t *facts, const json_t *aggs, const json_t *docrecs)
{
	size_t nf = json_array_size(facts), i;
	struct fref *f = sorted_facts(facts, nf);
	char *used = xcalloc(nf + 1, 1);

	memset(r, 0, sizeof *r);
	r->docrecs = docrecs;
	r->made = json_array();
	r->cite = json_object();
	r->nfacts = nf;
	/* first the aggs read, then those made of the facts left over */
	agg_inds(r, aggs, f, nf, used, 0);
	make_aggs(r, f, nf, used);
	agg_inds(r, r->made, f, nf, used, 1);
	unvalued_inds(r, f, nf, used);
	finish(r, facts);
	for (i = 0; i < nf; i++)
		free(f[i].key);
	free(f);
	free(used);
}

void
report_free(struct report *r)
{
	size_t i;

	for (i = 0; i < r->nind; i++) {
		json_decref(r->ind[i].docs);
		json_decref(r->ind[i].evid);
		json_decref(r->ind[i].quals);
		json_decref(r->ind[i].frecs);
	}
	free(r->ind);
	for (i = 0; i < r->ndoc; i++)
		free(r->doc[i].name);
	free(r->doc);
	free(r->metrics);
	json_decref(r->cite);
	json_decref(r->made);
}

size_t
report_doc_index(const struct report *r, const char *name)
{
	size_t lo = 0, hi = r->ndoc, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(r->doc[mid].name, name);
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return REPORT_NONE;
}

const char *
report_place_name(const char *city, const char *area, char *buf, size_t size)
{
	if (!area || !*area)
		return city ? city : "";
	snprintf(buf, size, "%s/%s", city ? city : "", area);
	return buf;
}

const char *
report_human(const struct report_ind *d, char *buf, size_t size)
{
	char v[80];

	if (isnan(d->value)) {
		snprintf(buf, size, "?");
		return buf;
	}
	snprintf(buf, size, "%s%s", humfmt_qualifier(d->qual), humfmt_value(v, sizeof v, d->value, d->unit));
	return buf;
}

const char *
report_range(const struct report_ind *d, char *buf, size_t size)
{
	char a[80], b[80];

	buf[0] = '\0';
	if (d->min < d->max)
		snprintf(buf, size, "%s \xe2\x80\x93 %s", humfmt_value(a, sizeof a, d->min, d->unit),
		         humfmt_value(b, sizeof b, d->max, d->unit));
	return buf;
}

int
report_is_target(const struct report_ind *d)
{
	return strcmp(d->kind, "target") == 0 || strcmp(d->kind, "forecast") == 0;
}

/* The cities, in order, as [first indicator, end) ranges of R->ind. */
size_t
report_city_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0; j++)
		;
	return j;
}

/* The end of the (city, area, metric) block starting at I. */
size_t
report_metric_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0 &&
	            strcmp(r->ind[j].area, r->ind[i].area) == 0 &&
	            strcmp(r->ind[j].metric, r->ind[i].metric) == 0; j++)
		;
	return j;
}

/*
 * The latest actual figure and the latest target of block [I, J): the
 * indices, or REPORT_NONE.
 */
void
report_latest(const struct report *r, size_t i, size_t j, size_t *act, size_t *tgt)
{
	size_t k;

	*act = *tgt = REPORT_NONE;
	for (k = i; k < j; k++) {
		size_t *p = report_is_target(&r->ind[k]) ? tgt : act;
		if (*p == REPORT_NONE || (!isnan(r->ind[k].x) &&
		                         (isnan(r->ind[*p].x) || r->ind[k].x >= r->ind[*p].x)))
			*p = k;
	}
}

const char *
report_plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}


/* The end of the place (city, area) block starting at I. */
size_t
report_place_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0 &&
	            strcmp(r->ind[j].area, r->ind[i].area) == 0; j++)
		;
	return j;
}


/*
 * One block of the summary: METRIC's indicators from FIRST (E: the end of
 * the place or city, for none), with its latest figures.  Returns its end.
 */
static size_t
walk_block(const struct report *r, const struct report_fmt *f, void *w, const char *metric,
           size_t first, size_t e)
{
	struct report_block b = { .metric = metric, .first = REPORT_NONE, .end = REPORT_NONE,
	                          .act = REPORT_NONE, .tgt = REPORT_NONE };

	if (first < e) {
		b.metric = r->ind[first].metric;
		b.first = first;
		b.end = report_metric_end(r, first);
		report_latest(r, b.first, b.end, &b.act, &b.tgt);
	}
	if (f->block)
		f->block(r, &b, w);
	return b.end;
}

/*
 * The summary: by city, each block of the city in turn; by place, one
 * block per metric of R->metrics, empty where the place has no figure.
 */
static void
walk_summary(const struct report *r, const struct report_fmt *f, void *w)
{
	size_t i, e, b, m;

	for (i = 0; i < r->nind; i = e) {
		e = f->by_place ? report_place_end(r, i) : report_city_end(r, i);
		if (f->group_begin)
			f->group_begin(r, i, e, w);
		if (f->by_place) {
			for (m = 0; m < r->nmetrics; m++) {
				for (b = i; b < e && strcmp(r->ind[b].metric, r->metrics[m]) != 0; b++)
					;
				walk_block(r, f, w, r->metrics[m], b, e);
			}
		} else {
			for (b = i; b < e; b = walk_block(r, f, w, NULL, b, e))
				;
		}
		if (f->group_end)
			f->group_end(r, w);
	}
}

void
report_walk(const struct report *r, const struct report_fmt *f, void *w)
{
	size_t i;

	if (f->head)
		f->head(r, w);
	if (f->summary_begin)
		f->summary_begin(r, w);
	walk_summary(r, f, w);
	if (f->summary_end)
		f->summary_end(r, w);
	if (f->charts)
		f->charts(r, w);
	if (f->conflicts_begin)
		f->conflicts_begin(r, w);
	for (i = 0; i < r->nind && f->conflict; i++)
		if (r->ind[i].conflict)
			f->conflict(r, i, w);
	if (f->conflicts_end)
		f->conflicts_end(r, w);
	if (f->indicators_begin)
		f->indicators_begin(r, w);
	for (i = 0; i < r->nind && f->indicator; i++)
		f->indicator(r, i, w);
	if (f->indicators_end)
		f->indicators_end(r, w);
	if (f->documents_begin)
		f->documents_begin(r, f->all_docs ? r->ndoc : r->ncited, w);
	for (i = 0; i < r->ndoc && f->document; i++)
		if (f->all_docs || r->doc[i].cited)
			f->document(r, i, w);
	if (f->documents_end)
		f->documents_end(r, w);
	if (f->tail)
		f->tail(r, w);
}
