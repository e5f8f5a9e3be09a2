/*
 * Fuzzes the agg record merger (lib/agg.c): each input line that parses as
 * a JSON object is added as a fact (or merged, when its type is "agg") in
 * fact mode and, in generic mode, summed by city.  The aggregates written
 * are then merged into a fresh table, which must write them back exactly:
 * --merge of one run's output is that output.
 *
 * fuzz-seeds: ndjson agg
 */
#include <string.h>

#include "agg.h"
#include "fuzz.h"

struct out {
	char *s;
	size_t n, cap;
};

static void
collect(const json_t *rec, void *ctx)
{
	struct out *o = ctx;
	char *s = json_dumps(rec, JSON_COMPACT | JSON_REAL_PRECISION(15));
	size_t k;

	if (!s)
		abort();
	k = strlen(s);
	if (o->n + k + 2 > o->cap) {
		o->cap = 2 * (o->n + k + 2);
		o->s = xrealloc(o->s, o->cap);
	}
	memcpy(o->s + o->n, s, k);
	o->n += k;
	o->s[o->n++] = '\n';
	o->s[o->n] = '\0';
	free(s);
}

/* Adds every JSON object line of DATA to T; aggs are merged. */
static void
feed(agg_table *t, const char *data, size_t size)
{
	const char *p = data, *end = data + size, *nl, *why;
	json_t *rec;
	json_error_t err;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		rec = json_loadb(p, (size_t)(nl - p), 0, &err);
		if (json_is_object(rec)) {
			why = NULL;
			if (strcmp(json_string_value(json_object_get(rec, "type")) ?
			           json_string_value(json_object_get(rec, "type")) : "", "agg") == 0)
				agg_add_agg(t, rec, &why);
			else
				agg_add(t, rec, &why);
		}
		json_decref(rec);
		p = nl + 1;
	}
}

static void
roundtrip(const struct agg_spec *spec, const char *data, size_t size)
{
	agg_table *t, *u;
	struct out a = { NULL, 0, 0 }, b = { NULL, 0, 0 };

	t = agg_new(spec);
	feed(t, data, size);
	agg_each(t, collect, &a);
	u = agg_new(spec);
	if (a.s)
		feed(u, a.s, a.n);
	agg_each(u, collect, &b);
	if (agg_ngroups(t) != agg_ngroups(u) || a.n != b.n || (a.n && memcmp(a.s, b.s, a.n) != 0)) {
		fprintf(stderr, "merge of the output differs:\n%.*s\n---\n%.*s\n",
		        (int)a.n, a.s ? a.s : "", (int)b.n, b.s ? b.s : "");
		abort();
	}
	agg_free(t);
	agg_free(u);
	free(a.s);
	free(b.s);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-agg");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *by[] = { "city", "metric" };
	static char fname[] = "value";
	struct agg_field field = { fname, AGG_SUM | AGG_MIN | AGG_MAX | AGG_MEAN };
	struct agg_spec fact = { (char **)agg_fact_key, agg_fact_nkey, 0, 0, NULL, 0, 0.02 };
	struct agg_spec generic = { by, 2, 1, 1, &field, 1, 0.02 };

	roundtrip(&fact, (const char *)data, size);
	roundtrip(&generic, (const char *)data, size);
	return 0;
}
