/*
 * Fuzzes the input reader (lib/input.c): gzip by magic bytes, BOM and UTF-16
 * detection, the line reader with its --max-record limit, and in_slurp().
 * The first byte picks the record limit, so the over-long-line path runs.
 *
 * fuzz-seeds: articles ndjson gzip
 */
#include <string.h>

#include "fuzz.h"
#include "input.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-input");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path;
	cf_input *in;
	char *line, *all;
	size_t len, total = 0, bom;
	int r;

	if (size < 1)
		return 0;
	in_max_record = 1 + (size_t)data[0] * 64;
	path = fuzz_file(data + 1, size - 1);
	in = in_open(path);
	if (!in)
		abort();
	while ((r = in_getline(in, &line, &len)) > 0) {
		/* The line is NUL-terminated, within the limit, without "\n". */
		if (line[len] != '\0' || len > in_max_record || memchr(line, '\n', len))
			abort();
		total += len;
	}
	in_close(in);

	in_max_record = IN_MAX_RECORD_DEFAULT;
	all = in_slurp(path, &len, &bom);
	if (all) {
		if (all[len] != '\0' || (bom != 0 && bom != 3) || total > len)
			abort();
		free(all);
	}
	return 0;
}
