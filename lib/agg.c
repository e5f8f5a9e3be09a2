/* Groups, their mergeable state, and exact sums: see agg.h. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "die.h"
#include "ndjson.h"

const char *const agg_fact_key[] = { "city", "area", "metric", "period", "kind", "unit" };
const size_t agg_fact_nkey = sizeof agg_fact_key / sizeof agg_fact_key[0];

/* A sorted set of strings. */
struct strset {
	char **v;
	size_t n, cap;
};

struct val {
	double v;
	long long n;           /* facts that gave v */
	struct strset docs;    /* documents that gave v */
};

struct gfield {
	long long n;           /* records where the field is a number */
	double min, max;
	struct agg_sum sum;
};

struct group {
	char *key;
	uint64_t hash;
	json_t *keyvals;       /* array of the by fields' values */
	struct val *vals;      /* fact mode: sorted by v */
	size_t nvals, capvals;
	struct strset langs, quals;
	long long count;       /* generic mode */
	struct gfield *gf;     /* generic mode: one per spec field */
};

struct agg_table {
	const struct agg_spec *spec;
	struct group **slot;
	size_t cap, n;
};

double
agg_canon(double v)
{
	char buf[40];

	if (!isfinite(v))
		return v;
	snprintf(buf, sizeof buf, "%.15g", v);
	v = strtod(buf, NULL);
	return v == 0 ? 0 : v;  /* no -0 */
}

/* Exact sums (Shewchuk; the algorithm of Python's math.fsum). */

void
agg_sum_add(struct agg_sum *s, double x)
{
	size_t i = 0, j;
	double y, t, hi, lo;

	for (j = 0; j < s->n; j++) {
		y = s->p[j];
		if (fabs(x) < fabs(y)) {
			t = x;
			x = y;
			y = t;
		}
		hi = x + y;
		lo = y - (hi - x);
		if (lo != 0)
			s->p[i++] = lo;
		x = hi;
	}
	if (i + 1 > s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->p = xrealloc(s->p, s->cap * sizeof *s->p);
	}
	s->p[i++] = x;
	s->n = i;
}

double
agg_sum_value(const struct agg_sum *s)
{
	size_t n = s->n;
	double hi = 0, lo = 0, x, y, yr;

	if (n == 0)
		return 0;
	hi = s->p[--n];
	while (n > 0) {
		x = hi;
		y = s->p[--n];
		hi = x + y;
		yr = hi - x;
		lo = y - yr;
		if (lo != 0)
			break;
	}
	/* Round half to even across the partials that are left. */
	if (n > 0 && ((lo < 0 && s->p[n - 1] < 0) || (lo > 0 && s->p[n - 1] > 0))) {
		y = lo * 2;
		x = hi + y;
		yr = x - hi;
		if (y == yr)
			hi = x;
	}
	return hi;
}

size_t
agg_sum_expand(const struct agg_sum *s, double *out, size_t max)
{
	struct agg_sum r = { NULL, 0, 0 };
	size_t i, k = 0;
	double c;

	for (i = 0; i < s->n; i++)
		agg_sum_add(&r, s->p[i]);
	while (k < max) {
		c = agg_sum_value(&r);
		if (c == 0 || !isfinite(c))
			break;
		out[k++] = c;
		agg_sum_add(&r, -c);
	}
	agg_sum_free(&r);
	return k;
}

void
agg_sum_free(struct agg_sum *s)
{
	free(s->p);
	s->p = NULL;
	s->n = s->cap = 0;
}

/* Sorted string sets. */

static void
strset_add(struct strset *s, const char *x)
{
	size_t lo = 0, hi = s->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(s->v[mid], x);
		if (c == 0)
			return;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 4;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	memmove(s->v + lo + 1, s->v + lo, (s->n - lo) * sizeof *s->v);
	s->v[lo] = xstrdup(x);
	s->n++;
}

static void
strset_free(struct strset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

static json_t *
strset_json(const struct strset *s)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < s->n; i++)
		json_array_append_new(a, json_string(s->v[i]));
	return a;
}

/* Keys and the hash table. */

static uint64_t
fnv1a(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* A key value as it will be written: reals at 15 digits, missing as null. */
static json_t *
key_value(const json_t *rec, const char *name)
{
	json_t *v = json_object_get(rec, name);

	if (!v)
		return json_null();
	if (json_is_real(v))
		return nd_number(agg_canon(json_real_value(v)));
	return json_deep_copy(v);
}

/* The key string of REC and its values (a new array) in *VALS. */
static char *
make_key(const struct agg_spec *spec, const json_t *rec, json_t **vals)
{
	char *key = NULL, *s;
	size_t len = 0, l, i;
	json_t *v;

	*vals = json_array();
	for (i = 0; i < spec->nby; i++) {
		v = key_value(rec, spec->by[i]);
		s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_REAL_PRECISION(15));
		if (!s)
			die("out of memory");
		l = strlen(s);
		key = xrealloc(key, len + l + 2);
		memcpy(key + len, s, l);
		len += l;
		key[len++] = '\n';
		key[len] = '\0';
		free(s);
		json_array_append_new(*vals, v);
	}
	if (!key)
		key = xstrdup("");
	return key;
}

agg_table *
agg_new(const struct agg_spec *spec)
{
	agg_table *t = xcalloc(1, sizeof *t);

	t->spec = spec;
	t->cap = 64;
	t->slot = xcalloc(t->cap, sizeof *t->slot);
	return t;
}

static void
grow(agg_table *t)
{
	struct group **old = t->slot;
	size_t oldcap = t->cap, i, j;

	t->cap *= 2;
	t->slot = xcalloc(t->cap, sizeof *t->slot);
	for (i = 0; i < oldcap; i++) {
		if (!old[i])
			continue;
		for (j = old[i]->hash & (t->cap - 1); t->slot[j]; j = (j + 1) & (t->cap - 1))
			;
		t->slot[j] = old[i];
	}
	free(old);
}

static struct group *
lookup(agg_table *t, const json_t *rec)
{
	json_t *vals;
	char *key = make_key(t->spec, rec, &vals);
	uint64_t h = fnv1a(key);
	struct group *g;
	size_t j;

	for (j = h & (t->cap - 1); (g = t->slot[j]); j = (j + 1) & (t->cap - 1))
		if (g->hash == h && strcmp(g->key, key) == 0) {
			free(key);
			json_decref(vals);
			return g;
		}
	g = xcalloc(1, sizeof *g);
	g->key = key;
	g->hash = h;
	g->keyvals = vals;
	if (t->spec->generic)
		g->gf = xcalloc(t->spec->nfields ? t->spec->nfields : 1, sizeof *g->gf);
	t->slot[j] = g;
	if (++t->n * 10 > t->cap * 7)
		grow(t);
	return g;
}

static void
group_free(struct group *g, size_t nfields)
{
	size_t i;

	free(g->key);
	json_decref(g->keyvals);
	for (i = 0; i < g->nvals; i++)
		strset_free(&g->vals[i].docs);
	free(g->vals);
	strset_free(&g->langs);
	strset_free(&g->quals);
	if (g->gf)
		for (i = 0; i < nfields; i++)
			agg_sum_free(&g->gf[i].sum);
	free(g->gf);
	free(g);
}

void
agg_free(agg_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->cap; i++)
		if (t->slot[i])
			group_free(t->slot[i], t->spec->nfields);
	free(t->slot);
	free(t);
}

size_t
agg_ngroups(const agg_table *t)
{
	return t->n;
}

/* Fact mode. */

static struct val *
val_get(struct group *g, double v)
{
	size_t lo = 0, hi = g->nvals, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (g->vals[mid].v == v)
			return &g->vals[mid];
		if (g->vals[mid].v < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (g->nvals == g->capvals) {
		g->capvals = g->capvals ? 2 * g->capvals : 4;
		g->vals = xrealloc(g->vals, g->capvals * sizeof *g->vals);
	}
	memmove(g->vals + lo + 1, g->vals + lo, (g->nvals - lo) * sizeof *g->vals);
	memset(&g->vals[lo], 0, sizeof g->vals[lo]);
	g->vals[lo].v = v;
	g->nvals++;
	return &g->vals[lo];
}

static int
add_fact(agg_table *t, const json_t *rec, const char **why)
{
	json_t *jv = json_object_get(rec, "value");
	const char *doc, *lang, *q;
	struct group *g;
	struct val *v;

	if (!json_is_number(jv)) {
		*why = "fact without a numeric \"value\"";
		return -1;
	}
	g = lookup(t, rec);
	v = val_get(g, agg_canon(json_number_value(jv)));
	v->n++;
	if ((doc = nd_str(rec, "doc")))
		strset_add(&v->docs, doc);
	if ((lang = nd_str(rec, "lang")) && *lang)
		strset_add(&g->langs, lang);
	if ((q = nd_str(rec, "qualifier")) && *q)
		strset_add(&g->quals, q);
	return 0;
}

static int
strings_ok(const json_t *a)
{
	size_t i;
	json_t *s;

	if (!a)
		return 1;
	if (!json_is_array(a))
		return 0;
	json_array_foreach(a, i, s)
		if (!json_is_string(s))
			return 0;
	return 1;
}

static int
merge_fact_agg(agg_table *t, const json_t *rec, const char **why)
{
	json_t *vals = json_object_get(rec, "values"), *e, *d;
	json_t *langs = json_object_get(rec, "langs"), *quals = json_object_get(rec, "qualifiers");
	struct group *g;
	struct val *v;
	size_t i, k;

	*why = "agg record without a valid \"values\" state ([[value,count,[doc,...]],...])";
	if (!json_is_array(vals) || json_array_size(vals) == 0)
		return -1;
	json_array_foreach(vals, i, e) {
		if (!json_is_array(e) || json_array_size(e) != 3 ||
		    !json_is_number(json_array_get(e, 0)) ||
		    !json_is_integer(json_array_get(e, 1)) ||
		    json_integer_value(json_array_get(e, 1)) < 1 ||
		    !json_is_array(json_array_get(e, 2)) || !strings_ok(json_array_get(e, 2)))
			return -1;
	}
	if (!strings_ok(langs) || !strings_ok(quals)) {
		*why = "agg record with \"langs\" or \"qualifiers\" that are not arrays of strings";
		return -1;
	}
	g = lookup(t, rec);
	json_array_foreach(vals, i, e) {
		v = val_get(g, agg_canon(json_number_value(json_array_get(e, 0))));
		v->n += json_integer_value(json_array_get(e, 1));
		json_array_foreach(json_array_get(e, 2), k, d)
			strset_add(&v->docs, json_string_value(d));
	}
	json_array_foreach(langs, i, d)
		strset_add(&g->langs, json_string_value(d));
	json_array_foreach(quals, i, d)
		strset_add(&g->quals, json_string_value(d));
	return 0;
}

/*
 * The consensus: the value given by the most documents, then by the most
 * facts; among values tied on both, the one nearest the median of all the
 * facts' values, the lower one when two are as near.
 */
static double
consensus(const struct group *g)
{
	size_t i, bestd = 0;
	long long bestn = 0, total = 0, cum, a, b;
	double med, ma = 0, mb = 0, best = 0, dist = INFINITY;

	for (i = 0; i < g->nvals; i++) {
		total += g->vals[i].n;
		if (g->vals[i].docs.n > bestd || (g->vals[i].docs.n == bestd && g->vals[i].n > bestn)) {
			bestd = g->vals[i].docs.n;
			bestn = g->vals[i].n;
		}
	}
	/* The median: the mean of the a-th and b-th smallest values (1-based). */
	a = (total + 1) / 2;
	b = total / 2 + 1;
	cum = 0;
	for (i = 0; i < g->nvals; i++) {
		if (cum < a && cum + g->vals[i].n >= a)
			ma = g->vals[i].v;
		if (cum < b && cum + g->vals[i].n >= b)
			mb = g->vals[i].v;
		cum += g->vals[i].n;
	}
	med = ma / 2 + mb / 2;
	for (i = 0; i < g->nvals; i++)
		if (g->vals[i].docs.n == bestd && g->vals[i].n == bestn && fabs(g->vals[i].v - med) < dist) {
			dist = fabs(g->vals[i].v - med);
			best = g->vals[i].v;
		}
	return best;
}

static json_t *
fact_result(const agg_table *t, const struct group *g)
{
	json_t *rec = json_object(), *vals = json_array(), *e;
	struct strset docs = { NULL, 0, 0 };
	double c, lo, hi, d;
	long long n = 0;
	size_t i, k;

	json_object_set_new(rec, "type", json_string("agg"));
	for (i = 0; i < t->spec->nby; i++)
		json_object_set(rec, t->spec->by[i], json_array_get(g->keyvals, i));
	for (i = 0; i < g->nvals; i++) {
		n += g->vals[i].n;
		for (k = 0; k < g->vals[i].docs.n; k++)
			strset_add(&docs, g->vals[i].docs.v[k]);
		e = json_array();
		json_array_append_new(e, nd_number(g->vals[i].v));
		json_array_append_new(e, json_integer(g->vals[i].n));
		json_array_append_new(e, strset_json(&g->vals[i].docs));
		json_array_append_new(vals, e);
	}
	c = consensus(g);
	lo = g->vals[0].v;
	hi = g->vals[g->nvals - 1].v;
	d = fmax(c - lo, hi - c);
	json_object_set_new(rec, "value", nd_number(c));
	json_object_set_new(rec, "min", nd_number(lo));
	json_object_set_new(rec, "max", nd_number(hi));
	json_object_set_new(rec, "n", json_integer(n));
	json_object_set_new(rec, "docs", strset_json(&docs));
	json_object_set_new(rec, "langs", strset_json(&g->langs));
	json_object_set_new(rec, "qualifiers", strset_json(&g->quals));
	/* A hair of slack, so that exactly 2% off is not "more than 2%". */
	json_object_set_new(rec, "conflict",
	                    json_boolean(d > t->spec->tolerance * fabs(c) * (1 + 1e-9)));
	json_object_set_new(rec, "values", vals);
	strset_free(&docs);
	return rec;
}

/* Generic mode. */

static void
gfield_add(struct gfield *f, double v)
{
	if (f->n == 0 || v < f->min)
		f->min = v;
	if (f->n == 0 || v > f->max)
		f->max = v;
	f->n++;
	agg_sum_add(&f->sum, v);
}

static int
add_generic(agg_table *t, const json_t *rec)
{
	struct group *g = lookup(t, rec);
	json_t *v;
	size_t i;

	g->count++;
	for (i = 0; i < t->spec->nfields; i++) {
		v = json_object_get(rec, t->spec->fields[i].name);
		if (json_is_number(v))
			gfield_add(&g->gf[i], agg_canon(json_number_value(v)));
	}
	return 0;
}

static int
gstate_ok(const json_t *fs, const char *name)
{
	json_t *f = json_object_get(fs, name), *s, *e;
	size_t i;

	if (!json_is_object(f) || !json_is_integer(json_object_get(f, "n")) ||
	    json_integer_value(json_object_get(f, "n")) < 0)
		return 0;
	if (json_integer_value(json_object_get(f, "n")) > 0 &&
	    (!json_is_number(json_object_get(f, "min")) || !json_is_number(json_object_get(f, "max"))))
		return 0;
	s = json_object_get(f, "sum");
	if (!json_is_array(s))
		return 0;
	json_array_foreach(s, i, e) {
		const char *x = json_string_value(e);
		char *end;

		if (!x)
			return 0;
		if (!isfinite(strtod(x, &end)) || *end || end == x)
			return 0;
	}
	return 1;
}

static int
merge_generic(agg_table *t, const json_t *rec, const char **why)
{
	json_t *st = json_object_get(rec, "state"), *fs = json_object_get(st, "fields"), *f, *e;
	struct group *g;
	struct gfield *gf;
	size_t i, k;
	long long n;

	*why = "agg record without a valid \"state\" for these --sum/--min/--max/--mean fields";
	if (!json_is_integer(json_object_get(st, "count")) ||
	    json_integer_value(json_object_get(st, "count")) < 0)
		return -1;
	for (i = 0; i < t->spec->nfields; i++)
		if (!json_is_object(fs) || !gstate_ok(fs, t->spec->fields[i].name))
			return -1;
	g = lookup(t, rec);
	g->count += json_integer_value(json_object_get(st, "count"));
	for (i = 0; i < t->spec->nfields; i++) {
		f = json_object_get(fs, t->spec->fields[i].name);
		gf = &g->gf[i];
		n = json_integer_value(json_object_get(f, "n"));
		if (n > 0) {
			double lo = agg_canon(json_number_value(json_object_get(f, "min")));
			double hi = agg_canon(json_number_value(json_object_get(f, "max")));

			if (gf->n == 0 || lo < gf->min)
				gf->min = lo;
			if (gf->n == 0 || hi > gf->max)
				gf->max = hi;
			gf->n += n;
		}
		json_array_foreach(json_object_get(f, "sum"), k, e)
			agg_sum_add(&gf->sum, strtod(json_string_value(e), NULL));
	}
	return 0;
}

static char *
fieldname(const char *name, const char *suffix)
{
	size_t a = strlen(name), b = strlen(suffix);
	char *s = xmalloc(a + b + 2);

	memcpy(s, name, a);
	s[a] = '_';
	memcpy(s + a + 1, suffix, b + 1);
	return s;
}

static void
set_named(json_t *rec, const char *name, const char *suffix, json_t *v)
{
	char *k = fieldname(name, suffix);

	json_object_set_new(rec, k, v ? v : json_null());
	free(k);
}

static json_t *
generic_result(const agg_table *t, const struct group *g)
{
	json_t *rec = json_object(), *st = json_object(), *fs = json_object(), *f, *sum;
	const struct agg_field *af;
	const struct gfield *gf;
	double terms[80], s;
	char hex[64];
	size_t i, k, nt;

	json_object_set_new(rec, "type", json_string("agg"));
	for (i = 0; i < t->spec->nby; i++)
		json_object_set(rec, t->spec->by[i], json_array_get(g->keyvals, i));
	if (t->spec->count)
		json_object_set_new(rec, "count", json_integer(g->count));
	for (i = 0; i < t->spec->nfields; i++) {
		af = &t->spec->fields[i];
		gf = &g->gf[i];
		s = agg_sum_value(&gf->sum);
		if (af->ops & AGG_SUM)
			set_named(rec, af->name, "sum", nd_number(s));
		if (af->ops & AGG_MIN)
			set_named(rec, af->name, "min", gf->n ? nd_number(gf->min) : NULL);
		if (af->ops & AGG_MAX)
			set_named(rec, af->name, "max", gf->n ? nd_number(gf->max) : NULL);
		if (af->ops & AGG_MEAN)
			set_named(rec, af->name, "mean", gf->n ? nd_number(s / (double)gf->n) : NULL);
		f = json_object();
		json_object_set_new(f, "n", json_integer(gf->n));
		if (gf->n) {
			json_object_set_new(f, "min", nd_number(gf->min));
			json_object_set_new(f, "max", nd_number(gf->max));
		}
		sum = json_array();
		nt = agg_sum_expand(&gf->sum, terms, sizeof terms / sizeof terms[0]);
		for (k = 0; k < nt; k++) {
			snprintf(hex, sizeof hex, "%a", terms[k]);
			json_array_append_new(sum, json_string(hex));
		}
		json_object_set_new(f, "sum", sum);
		json_object_set_new(fs, af->name, f);
	}
	json_object_set_new(st, "count", json_integer(g->count));
	json_object_set_new(st, "fields", fs);
	json_object_set_new(rec, "state", st);
	return rec;
}

/* The interface. */

int
agg_add(agg_table *t, const json_t *rec, const char **why)
{
	if (t->spec->generic)
		return add_generic(t, rec);
	return add_fact(t, rec, why);
}

int
agg_add_agg(agg_table *t, const json_t *rec, const char **why)
{
	if (t->spec->generic)
		return merge_generic(t, rec, why);
	return merge_fact_agg(t, rec, why);
}

static int
bykey(const void *a, const void *b)
{
	return strcmp((*(struct group *const *)a)->key, (*(struct group *const *)b)->key);
}

void
agg_each(agg_table *t, void (*fn)(const json_t *rec, void *ctx), void *ctx)
{
	struct group **gs = xmalloc((t->n ? t->n : 1) * sizeof *gs);
	size_t i, n = 0;
	json_t *rec;

	for (i = 0; i < t->cap; i++)
		if (t->slot[i])
			gs[n++] = t->slot[i];
	qsort(gs, n, sizeof *gs, bykey);
	for (i = 0; i < n; i++) {
		rec = t->spec->generic ? generic_result(t, gs[i]) : fact_result(t, gs[i]);
		fn(rec, ctx);
		json_decref(rec);
	}
	free(gs);
}
