/* CSV and TSV cells. */
#include <csv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "die.h"

void
csvout_init(struct csvout *co, FILE *fp, int tsv, int excel)
{
	co->fp = fp;
	co->tsv = tsv;
	co->excel = excel;
	co->ncell = 0;
	if (excel)
		fputs("\xEF\xBB\xBF", fp);
}

int
csvout_is_formula(const char *s, size_t n)
{
	return n > 0 && strchr("=+-@\t\r", s[0]) != NULL;
}

static void
sep(struct csvout *co)
{
	if (co->ncell++ > 0)
		putc(co->tsv ? '\t' : ',', co->fp);
}

static void
tsv_cell(struct csvout *co, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': fputs("\\\\", co->fp); break;
		case '\t': fputs("\\t", co->fp); break;
		case '\n': fputs("\\n", co->fp); break;
		case '\r': fputs("\\r", co->fp); break;
		default: putc(s[i], co->fp);
		}
	}
}

void
csvout_text(struct csvout *co, const char *s, size_t n)
{
	char *g = NULL;

	sep(co);
	if (co->excel && csvout_is_formula(s, n)) {
		g = xmalloc(n + 1);
		g[0] = '\'';
		memcpy(g + 1, s, n);
		s = g;
		n++;
	}
	/*
	 * A spreadsheet set to split at semicolons (or tabs) would cut
	 * "x;=cmd|..." there and run the second cell: in excel mode a cell
	 * holding either is quoted, and stays one cell whatever the split.
	 */
	if (co->tsv)
		tsv_cell(co, s, n);
	else if (memchr(s, ',', n) || memchr(s, '"', n) || memchr(s, '\n', n) || memchr(s, '\r', n) ||
	         (co->excel && (memchr(s, ';', n) || memchr(s, '\t', n))))
		csv_fwrite(co->fp, s, n);
	else
		fwrite(s, 1, n, co->fp);
	free(g);
}

void
csvout_number(struct csvout *co, const char *s)
{
	sep(co);
	fputs(s, co->fp);
}

void
csvout_endrow(struct csvout *co)
{
	fputs(co->excel ? "\r\n" : "\n", co->fp);
	co->ncell = 0;
}

char *
csvout_fmtnum(char *buf, size_t size, double v)
{
	char *p;

	if (!isfinite(v)) {
		buf[0] = '\0';
		return buf;
	}
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		snprintf(buf, size, "%lld", (long long)v);
	else
		snprintf(buf, size, "%.15g", v);
	/* We never call setlocale(), but a library might have: keep '.'. */
	for (p = buf; *p; p++)
		if (*p == ',')
			*p = '.';
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
	return buf;
}
