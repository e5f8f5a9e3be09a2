/*
 * Fuzzes the plain-text and Markdown reader (lib/text.c: front matter,
 * header lines, bylines, boilerplate) and the language guesser
 * (lib/lang.c), as cf-extract calls them on a slurped article.  Blocks
 * must lie inside the article, in order, and a date found must read
 * YYYY-MM-DD.
 *
 * fuzz-needs: text article lang sentence
 * fuzz-max-len: 16384
 * fuzz-seeds: articles
 */
#include <string.h>

#include "article.h"
#include "date.h"
#include "fuzz.h"
#include "lang.h"
#include "text.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-text");
	return 0;
}

static void
check_date(const char *d)
{
	if (strlen(d) != 10 || d[4] != '-' || d[7] != '-')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article a;
	char *buf, out[11];
	size_t i, bom, k;

	buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	bom = size >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	memset(&a, 0, sizeof a);
	if (text_read(buf, size, bom, &a) != 0)
		abort();
	for (i = 0; i < a.nblocks; i++) {
		struct block *b = &a.blocks[i];

		if (b->start > b->end || b->end > size || (i > 0 && b->start < a.blocks[i - 1].start))
			abort();
		(void)lang_detect_prior(buf + b->start, b->end - b->start, "en");
	}
	if (a.date)
		check_date(a.date);
	art_free(&a);
	(void)lang_detect(buf, size);
	memset(out, 'x', sizeof out);
	k = date_find(buf, size, out);
	if (k > size || (k > 0 && (out[10] != '\0' || out[4] != '-')))
		abort();
	free(buf);
	return 0;
}
