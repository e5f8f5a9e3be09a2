/*
 * Fuzzes the HTML reader (lib/html.c): charset sniffing and decoding, the
 * libxml2 parse, metadata and the choice of the body.  Every block must lie
 * inside the page, and a date found must look like YYYY-MM-DD.
 *
 * fuzz-seeds: html
 */
#include <string.h>

#include "article.h"
#include "date.h"
#include "fuzz.h"
#include "html.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-html");
	return 0;
}

static void
check_date(const char *s, int dmy)
{
	char out[11];

	memset(out, 'x', sizeof out);
	if (date_value(s, dmy, out)) {
		if (out[4] != '-' || out[7] != '-' || out[10] != '\0')
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	char *buf;
	size_t i;

	/* html_read() takes a NUL-terminated buffer, as in_slurp() gives. */
	buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	(void)html_sniff(buf, size);
	memset(&a, 0, sizeof a);
	if (html_read(buf, size, &a) == 0) {
		for (i = 0; i < a.nblocks; i++)
			if (a.blocks[i].start > a.blocks[i].end || a.blocks[i].end > size)
				abort();
		if (a.date)
			check_date(a.date, 0);
	}
	art_free(&a);
	/* The date reader on the raw bytes, both ways round. */
	if (size < 256) {
		check_date(buf, 0);
		check_date(buf, 1);
	}
	free(buf);
	return 0;
}
