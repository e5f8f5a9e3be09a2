/*
 * Fuzzes the map CSV loader and the matcher (lib/dict.c): the input up to
 * a line "%%" is loaded as a CSV map (with the integrity check), the rest
 * is matched as a seg's text in a language picked by its first byte.
 * Every term must lie inside the text, in order of start, with an id and
 * a class.
 *
 * fuzz-seeds: csv
 */
#include <string.h>

#include "dict.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-dict");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *langs[] = { "en", "zh", "pt", "", "zh-Hant", NULL };
	const char *sep, *text, *lang;
	size_t csvlen, n, i, k, last = 0;
	const struct dict_term *terms;
	dict *d;
	char *f;

	sep = memmem(data, size, "\n%%\n", 4);
	csvlen = sep ? (size_t)(sep - (const char *)data) + 1 : size;
	text = sep ? sep + 4 : (const char *)data;
	n = sep ? size - (size_t)(text - (const char *)data) : size;
	lang = langs[n ? (unsigned char)text[0] % 6 : 0];

	d = dict_new();
	dict_load_csv(d, fuzz_file(data, csvlen), 1);
	(void)dict_count(d, NULL);
	(void)dict_count(d, "city");
	k = dict_match(d, text, n, lang, &terms);
	for (i = 0; i < k; i++) {
		if (terms[i].start >= terms[i].end || terms[i].end > n || terms[i].start < last ||
		    !terms[i].id || !terms[i].cls)
			abort();
		last = terms[i].start;
	}
	/* A second match reuses the frozen dictionary. */
	(void)dict_match(d, text, n / 2, "en", &terms);
	f = dict_fold(text, n);
	free(f);
	dict_free(d);
	return 0;
}
