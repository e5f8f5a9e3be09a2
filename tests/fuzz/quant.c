/*
 * Fuzzes the number and date recogniser (lib/quant.c, lib/timex.c) in each
 * language, with and without a document date: quantities and times must
 * lie inside the text, in order, never overlap, carry finite values, a
 * known unit and qualifier, and times a value of the documented shapes.
 *
 * fuzz-seeds: lines numbers
 * fuzz-max-len: 4096
 */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "quant.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init("cf-fuzz-quant");
	return 0;
}

static int
time_shape(const char *v)
{
	size_t n = strlen(v), i;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (!(v[i] >= '0' && v[i] <= '9') && v[i] != '-')
			return 0;
	return n == 4 || n == 7 || n == 9 || n == 10 || n >= 9;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *dates[] = { "2019-02-25", NULL, "2021", "2020-07" };
	static struct qt_result r;
	const char *s = (const char *)data;
	size_t i, last;
	int lang;

	for (lang = QT_EN; lang <= QT_PT; lang++) {
		qt_scan(s, size, lang, dates[(lang + size) % 4], &r);
		last = 0;
		for (i = 0; i < r.nq; i++) {
			struct qt_quant *q = &r.q[i];

			if (q->start >= q->end || q->end > size || q->start < last || !isfinite(q->value))
				abort();
			if (memchr(q->unit, '\0', sizeof q->unit) == NULL || memchr(q->qual, '\0', sizeof q->qual) == NULL)
				abort();
			if (q->conv_of >= (long)r.nq || q->conv_of < -1)
				abort();
			if (!qt_kind_name(q->kind))
				abort();
			last = q->end;
		}
		last = 0;
		for (i = 0; i < r.nt; i++) {
			struct qt_time *t = &r.t[i];

			if (t->start >= t->end || t->end > size || t->start < last)
				abort();
			if (memchr(t->value, '\0', sizeof t->value) == NULL || !time_shape(t->value))
				abort();
			last = t->end;
		}
	}
	(void)qt_lang(NULL, s, size);
	(void)qt_lang("zh-Hant", s, size);
	return 0;
}
