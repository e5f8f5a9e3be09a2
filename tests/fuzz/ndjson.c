/*
 * Fuzzes the NDJSON reader (lib/ndjson.c, nd_foreach): UTF-8 repair before
 * parsing, malformed lines, non-objects, deep nesting.  Every record handed
 * to the step function must be an object, and it is written back out (to a
 * null stream) through jansson to exercise the whole round trip.
 *
 * fuzz-seeds: ndjson
 */
#include <string.h>

#include "fuzz.h"
#include "ndjson.h"
#include "utf8.h"

static FILE *devnull;

static void
step(json_t *rec, const struct nd_src *src, void *ctx)
{
	char *s;

	(void)ctx;
	if (!rec)
		return;
	if (!json_is_object(rec) || !src->file || src->line < 1)
		abort();
	s = json_dumps(rec, JSON_COMPACT);
	if (!s || utf8_check(s, strlen(s)) != strlen(s))
		abort();
	fputs(s, devnull);
	free(s);
	(void)nd_type(rec);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-ndjson");
	devnull = fopen("/dev/null", "w");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nd_foreach(fuzz_file(data, size), step, NULL);
	return 0;
}
