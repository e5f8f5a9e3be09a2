/*
 * The Markdown report: the walk of the model (report_walk) with the
 * Markdown of each part, on standard output.  A summary by city, the
 * table of indicators, and the documents the indicators name.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "humfmt.h"
#include "ndjson.h"
#include "report.h"
#include "report_md.h"

/* Escapes for a Markdown table cell: HTML specials, Markdown punctuation, line ends. */
static void
esc_md(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '\n': case '\r': case '\t': putchar(' '); break;
		case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
			putchar('\\');
			putchar(*s);
			break;
		default: putchar(*s);
		}
	}
}

/* " (2020)" after a figure in a summary; nothing when the period is unknown. */
static void
md_when(const char *period)
{
	if (!*period)
		return;
	printf(" (");
	esc_md(period);
	printf(")");
}

static void
city_counts(const struct report *r, size_t i, size_t e, size_t *ndocs, size_t *nconf)
{
	json_t *docs = json_object();   /* a set */
	size_t k, j;

	*nconf = 0;
	for (k = i; k < e; k++) {
		for (j = 0; j < json_array_size(r->ind[k].docs); j++)
			json_object_set_new(docs, json_string_value(json_array_get(r->ind[k].docs, j)), json_true());
		*nconf += (size_t)r->ind[k].conflict;
	}
	*ndocs = json_object_size(docs);
	json_decref(docs);
}


static void
md_head(const struct report *r, void *w)
{
	printf("# cityfacts report\n\n");
	printf("%zu %s from %zu %s: %zu %s", r->nfacts, report_plural(r->nfacts, "fact", "facts"),
	       r->ncited, report_plural(r->ncited, "document", "documents"),
	       r->nind, report_plural(r->nind, "indicator", "indicators"));
	printf(" for %zu %s.\n", r->ncities, report_plural(r->ncities, "city", "cities"));
}

static void
md_summary(const struct report *r, void *w)
{
	printf("\n## Summary by city\n");
}

/* A city: its name, and how many indicators, documents and conflicts it has. */
static void
md_city(const struct report *r, size_t i, size_t e, void *w)
{
	size_t nd, nc;

	city_counts(r, i, e, &nd, &nc);
	printf("\n### ");
	esc_md(*r->ind[i].city ? r->ind[i].city : "(no city)");
	printf("\n\n%zu %s from %zu %s", e - i, report_plural(e - i, "indicator", "indicators"), nd,
	       report_plural(nd, "document", "documents"));
	if (nc)
		printf(", %zu with sources that disagree", nc);
	printf(".\n\n");
}

/* A metric of a city (and area): its latest actual figure and its latest target. */
static void
md_block(const struct report *r, const struct report_block *b, void *w)
{
	char buf[200], lb[120];
	const struct report_ind *d = &r->ind[b->first];

	printf("- ");
	esc_md(humfmt_metric(d->metric, lb, sizeof lb));
	if (*d->area) {
		printf(" (");
		esc_md(d->area);
		printf(")");
	}
	printf(":");
	if (b->act != REPORT_NONE) {
		printf(" ");
		esc_md(report_human(&r->ind[b->act], buf, sizeof buf));
		md_when(r->ind[b->act].period);
	}
	if (b->tgt != REPORT_NONE) {
		printf("%s %s ", b->act != REPORT_NONE ? ";" : "", r->ind[b->tgt].kind);
		esc_md(report_human(&r->ind[b->tgt], buf, sizeof buf));
		md_when(r->ind[b->tgt].period);
	}
	printf("\n");
}

static void
md_indicators(const struct report *r, void *w)
{
	printf("\n## Indicators\n\n");
	printf("| City | Area | Metric | Period | Kind | Value | Range | Facts | Sources | Evidence | Conflict |\n");
	printf("| --- | --- | --- | --- | --- | ---: | --- | ---: | --- | --- | --- |\n");
}

static void
md_indicator(const struct report *r, size_t i, void *w)
{
	char buf[200], lb[120];
	const struct report_ind *d = &r->ind[i];
	size_t k;

	printf("| ");
	esc_md(d->city);
	printf(" | ");
	esc_md(d->area);
	printf(" | ");
	esc_md(humfmt_metric(d->metric, lb, sizeof lb));
	printf(" | ");
	esc_md(d->period);
	printf(" | ");
	esc_md(d->kind);
	printf(" | ");
	esc_md(report_human(d, buf, sizeof buf));
	printf(" | ");
	esc_md(report_range(d, buf, sizeof buf));
	printf(" | %lld | ", d->n);
	for (k = 0; k < json_array_size(d->docs); k++) {
		if (k)
			printf(", ");
		esc_md(json_string_value(json_array_get(d->docs, k)));
	}
	printf(" | ");
	for (k = 0; k < json_array_size(d->evid); k++) {
		if (k)
			printf(" \xc2\xb7 ");
		esc_md(json_string_value(json_array_get(json_array_get(d->evid, k), 1)));
	}
	printf(" | %s |\n", d->conflict ? "yes" : "");
}

/* The documents the indicators name; none, no table. */
static void
md_documents(const struct report *r, size_t n, void *w)
{
	if (n)
		printf("\n## Documents\n\n| Document | Title | Date | Language |\n| --- | --- | --- | --- |\n");
}

static void
md_document(const struct report *r, size_t k, void *w)
{
	const json_t *dr = r->doc[k].rec;

	printf("| ");
	esc_md(r->doc[k].name);
	printf(" | ");
	esc_md(report_str(dr, "title", ""));
	printf(" | ");
	esc_md(report_str(dr, "date", ""));
	printf(" | ");
	esc_md(report_str(dr, "lang", ""));
	printf(" |\n");
}

static const struct report_fmt md_fmt = {
	.by_place = 0,
	.all_docs = 0,
	.head = md_head,
	.summary_begin = md_summary,
	.group_begin = md_city,
	.block = md_block,
	.indicators_begin = md_indicators,
	.indicator = md_indicator,
	.documents_begin = md_documents,
	.document = md_document,
};

void
report_md_write(const struct report *r)
{
	report_walk(r, &md_fmt, NULL);
}
