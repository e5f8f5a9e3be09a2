/*
 * Fuzzes the linker (lib/link.c): each line of the input is parsed as a
 * JSON record; a doc record starts a document, anything else is linked as
 * a seg.  Every fact must lie within its seg's bytes, carry a known kind
 * and a metric, and no seg may give more facts than it has quantities.
 * The facts a document holds to its end (link_flush) are taken, as cf-facts
 * takes them, before its next document starts, and checked the same way
 * except for the seg they came from.
 *
 * fuzz-seeds: ndjson
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "link.h"
#include "ndjson.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-link");
	return 0;
}

/* The held facts of the document that ends: each with a kind and a metric. */
static void
check_held(struct link_ctx *c)
{
	json_t *facts = json_array(), *f;
	const char *kind;
	size_t i;
	int n = link_flush(c, facts);

	if (n < 0 || (size_t)n != json_array_size(facts))
		abort();
	json_array_foreach(facts, i, f) {
		kind = nd_str(f, "kind");
		if (!kind || !nd_str(f, "metric") || !nd_str(f, "city") || !nd_str(f, "period"))
			abort();
		if (strcmp(kind, "actual") != 0 && strcmp(kind, "target") != 0 && strcmp(kind, "forecast") != 0)
			abort();
	}
	json_decref(facts);
}

static void
check_facts(const json_t *seg, const json_t *facts, int n)
{
	json_int_t start = nd_int(seg, "start", 0);
	size_t len = json_string_length(json_object_get(seg, "text")), i;
	const json_t *f;
	const char *kind;

	if (n < 0 || (size_t)n != json_array_size(facts) ||
	    (size_t)n > json_array_size(json_object_get(seg, "quantities")))
		abort();
	json_array_foreach(facts, i, f) {
		json_int_t s = json_integer_value(json_object_get(f, "start"));
		json_int_t e = json_integer_value(json_object_get(f, "end"));

		kind = nd_str(f, "kind");
		if (s > e || s < start || e > start + (json_int_t)len || !kind || !nd_str(f, "metric") ||
		    !nd_str(f, "city") || !nd_str(f, "period") || !nd_str(f, "evidence"))
			abort();
		if (strcmp(kind, "actual") != 0 && strcmp(kind, "target") != 0 && strcmp(kind, "forecast") != 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct link_ctx c;
	const char *p = (const char *)data, *end = p + size, *nl;
	json_t *rec, *facts;
	int n;

	char *doc = NULL;
	const char *d;

	link_init(&c);
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		rec = json_loadb(p, (size_t)(nl - p), 0, NULL);
		if (json_is_object(rec)) {
			/* a new document, with its doc record or without */
			d = nd_str(rec, "doc") ? nd_str(rec, "doc") : "";
			if (strcmp(nd_type(rec), "doc") == 0 || !doc || strcmp(doc, d) != 0) {
				check_held(&c);
				free(doc);
				doc = strdup(d);
			}
			if (strcmp(nd_type(rec), "doc") == 0) {
				link_doc(&c, rec);
			} else {
				facts = json_array();
				n = link_seg(&c, rec, facts);
				if (n >= 0)
					check_facts(rec, facts, n);
				json_decref(facts);
			}
		}
		json_decref(rec);
		p = nl + 1;
	}
	check_held(&c);
	free(doc);
	link_free(&c);
	return 0;
}
