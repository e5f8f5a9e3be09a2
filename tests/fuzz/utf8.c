/*
 * Fuzzes UTF-8 validation and repair (lib/utf8.c): the repaired copy must
 * be valid, no longer than three bytes per input byte, and unchanged when
 * the input was already valid; decoding must agree with checking.
 *
 * fuzz-seeds: articles ndjson
 */
#include <string.h>

#include "fuzz.h"
#include "utf8.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-utf8");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t ok, n, bad, i, k;
	uint32_t cp;
	char *r, enc[4];

	ok = utf8_check(s, size);
	r = utf8_repair(s, size, &n, &bad);
	if (utf8_check(r, n) != n || n > 3 * size || r[n] != '\0')
		abort();
	if ((ok == size) != (bad == 0))
		abort();
	if (ok == size && (n != size || memcmp(r, s, size) != 0))
		abort();
	free(r);
	/* Decoding walks the valid prefix; re-encoding gives the same bytes. */
	for (i = 0; i < ok; i += k) {
		k = utf8_decode(s + i, ok - i, &cp);
		if (k == 0 || utf8_encode(cp, enc) != k || memcmp(enc, s + i, k) != 0)
			abort();
	}
	return 0;
}
