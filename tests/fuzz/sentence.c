/*
 * Fuzzes the sentence splitter (lib/sentence.c) in each language: spans
 * must be non-empty, in order, inside the text and not overlapping, and
 * sent_split() must agree with sent_each().
 *
 * fuzz-seeds: articles lines
 * fuzz-max-len: 8192
 */
#include <string.h>

#include "fuzz.h"
#include "sentence.h"

struct walk {
	size_t n, last, count;
};

static void
each(size_t start, size_t end, void *ctx)
{
	struct walk *w = ctx;

	if (start >= end || end > w->n || start < w->last)
		abort();
	w->last = end;
	w->count++;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-sentence");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *langs[] = { "en", "zh", "pt", NULL };
	const char *s = (const char *)data;
	struct sent_span spans[16];
	struct walk w;
	size_t i, k, nl;
	const char *p;

	for (i = 0; i < 4; i++) {
		memset(&w, 0, sizeof w);
		w.n = size;
		k = sent_each(s, size, langs[i], each, &w);
		if (k != w.count || sent_split(s, size, langs[i], spans, 16) != k)
			abort();
	}
	(void)sent_terminal(s, size);
	p = memchr(s, '\n', size);
	if (p) {
		nl = (size_t)(p - s);
		(void)sent_joins(s, 0, nl, size);
	}
	return 0;
}
