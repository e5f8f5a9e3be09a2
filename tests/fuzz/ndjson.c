/*
 * Fuzzes the NDJSON readers (lib/ndjson.c): UTF-8 repair before parsing,
 * malformed lines, non-objects, deep nesting.  nd_foreach() (jansson) and
 * nd_foreach_raw() (the validating scanner) read the same input and must
 * agree record for record; every raw record is written back with one member
 * replaced and one added, and that line must parse to the jansson record
 * with the same change.
 *
 * fuzz-seeds: ndjson
 */
#include <string.h>

#include "fuzz.h"
#include "ndjson.h"
#include "utf8.h"

static json_t *trees, *raws;

static void
step(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)ctx;
	if (!rec)
		return;
	if (!json_is_object(rec) || !src->file || src->line < 1)
		abort();
	(void)nd_type(rec);
	json_array_append(trees, rec);
}

static void
step_raw(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	static const char *const keys[] = { "type", "added" };
	json_t *vals[2], *t, *back;
	char *buf = NULL;
	size_t len = 0, i, n;
	FILE *f, *old = stdout;

	(void)ctx;
	if (!r)
		return;
	if (!src->file || src->line < 1)
		abort();
	t = nd_raw_load(r);
	if (!t)
		abort();            /* the scanner took what jansson refuses */
	for (i = 0; i < r->n; i++) {
		json_t *v = json_object_get(t, r->m[i].key);
		const char *s = nd_raw_str(r, r->m[i].key, &n);

		if (json_is_string(v) != (s != NULL))
			abort();
		if (s && (n != json_string_length(v) || memcmp(s, json_string_value(v), n) != 0))
			abort();
	}
	(void)nd_raw_type(r);
	(void)nd_raw_num(r, "start", 0);
	(void)nd_raw_int(r, "start", 0);
	vals[0] = json_string("x");
	vals[1] = json_pack("[i,f]", 1, 0.5);
	f = open_memstream(&buf, &len);
	if (!f)
		abort();
	stdout = f;
	nd_raw_write(r, 2, keys, vals);
	fflush(f);
	stdout = old;
	fclose(f);
	if (len == 0 || buf[len - 1] != '\n' || memchr(buf, '\n', len - 1))
		abort();
	back = json_loadb(buf, len - 1, 0, NULL);
	json_object_set(t, "type", vals[0]);
	json_object_set(t, "added", vals[1]);
	if (!back || !json_equal(back, t))
		abort();
	json_decref(back);
	if (nd_raw_plain(r) && !nd_raw_get(r, "appended")) {
		/* a plain line takes members as text; a repeated key would not be plain */
		free(buf);
		buf = NULL;
		f = open_memstream(&buf, &len);
		if (!f)
			abort();
		stdout = f;
		nd_raw_append(r, "\"appended\":[2]", 14);
		fflush(f);
		stdout = old;
		fclose(f);
		back = json_loadb(buf, len - 1, 0, NULL);
		json_decref(t);
		t = nd_raw_load(r);
		json_object_set_new(t, "appended", json_pack("[i]", 2));
		if (!back || !json_equal(back, t))
			abort();
		json_decref(back);
	}
	json_decref(t);
	free(buf);
	json_decref(vals[0]);
	json_decref(vals[1]);
	json_array_append_new(raws, nd_raw_load(r));
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_init("cf-fuzz-ndjson");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	struct nd_stats before = nd_stats;
	long long rej;

	trees = json_array();
	raws = json_array();
	nd_foreach(path, step, NULL);
	rej = nd_stats.rejected - before.rejected;
	before = nd_stats;
	nd_foreach_raw(path, step_raw, NULL);
	if (nd_stats.rejected - before.rejected != rej || !json_equal(trees, raws))
		abort();
	json_decref(trees);
	json_decref(raws);
	return 0;
}
