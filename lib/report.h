/*
 * The report model: what cf-render builds from fact, agg and doc records
 * to write a report (lib/report_md.c, lib/report_html.c) or a workbook,
 * and the one walk of it that the report writers share.
 *
 * An indicator is one agg record read, or one group of the facts that no
 * agg record covers, aggregated here by lib/agg as cf-aggregate would (by
 * city, area, metric, period, kind and unit; the same consensus, conflict
 * and documents), each with the evidence of its facts.  Facts without a
 * numeric value whose group has none make an indicator of unknown value.
 * Indicators are sorted by city, area, metric, unit, kind and time, so a
 * city, a place (city and area) and a block (city, area and metric) are
 * each a run of them: report_city_end() and the like find where it ends.
 *
 * The model borrows the records it is built of: they must outlive it.
 */
#ifndef CF_REPORT_H
#define CF_REPORT_H

#include <stddef.h>

#include <jansson.h>

/* No indicator: a block without an actual figure, or without a target. */
#define REPORT_NONE ((size_t)-1)

struct report_ind {
	const char *city, *area, *metric, *period, *kind, *unit, *qual;
	double value, min, max;
	double x;       /* the period on a time axis (NAN when it has none) */
	long long n;    /* facts */
	int conflict;
	json_t *docs;   /* strings */
	json_t *evid;   /* [doc, evidence] pairs */
	json_t *quals;  /* the qualifiers of its facts, sorted strings (or NULL) */
	json_t *frecs;  /* its fact records (borrowed from the report's input) */
};

/* A document: one with a doc record, or one a fact or an indicator names. */
struct report_doc {
	char *name;
	const json_t *rec;   /* its doc record, or NULL */
	const char *lang;    /* that of its record, else of its first fact with one, else "und" */
	long long nfacts;
	int cited;           /* an indicator names it */
};

struct report {
	struct report_ind *ind;
	size_t nind;
	struct report_doc *doc;   /* in byte order of their names */
	size_t ndoc;
	size_t ncited;            /* documents the indicators name */
	const char **metrics;     /* those present: report_glossary's in its order, then others in byte order */
	size_t nmetrics;
	size_t nfacts, ncities, nplaces, nconflicts;
	const json_t *docrecs;    /* doc name -> doc record (borrowed) */
	json_t *cite;             /* the set of the names the indicators give */
	json_t *made;             /* the aggs made of facts that no agg record covered */
};

/*
 * Builds R from the fact and agg records (arrays) and the doc records
 * (an object by name), all borrowed.
 */
void report_build(struct report *r, const json_t *facts, const json_t *aggs, const json_t *docrecs);
void report_free(struct report *r);

/* The end of the city, the place (city, area) and the block (city, area, metric) starting at I. */
size_t report_city_end(const struct report *r, size_t i);
size_t report_place_end(const struct report *r, size_t i);
size_t report_metric_end(const struct report *r, size_t i);

/* The latest actual figure and the latest target of [I, J): indices, or REPORT_NONE. */
void report_latest(const struct report *r, size_t i, size_t j, size_t *act, size_t *tgt);

/* 1 for a target or a forecast. */
int report_is_target(const struct report_ind *d);

/* The index of document NAME in R->doc, or REPORT_NONE. */
size_t report_doc_index(const struct report *r, const char *name);

/* "over 1,149", "224.6 bn CNY", "?": the value of an indicator for people. */
const char *report_human(const struct report_ind *d, char *buf, size_t size);
/* "1,000 – 1,149" when its sources give a range, else "". */
const char *report_range(const struct report_ind *d, char *buf, size_t size);

/* A place's canonical name: "Shanghai", or "Shanghai/Pudong" for an area of it. */
const char *report_place_name(const char *city, const char *area, char *buf, size_t size);

/* ONE or MANY after the count N. */
const char *report_plural(size_t n, const char *one, const char *many);

/* qsort()'s comparison of strings (const char *), in byte order. */
int report_strcmp(const void *a, const void *b);

/* The member KEY of O when it is a string, else DEF. */
const char *report_str(const json_t *o, const char *key, const char *def);

/* The twelve metrics, for the glossaries of the report and of the workbook (the README's table). */
struct report_metric {
	const char *id, *unit, *meaning;
};
extern const struct report_metric report_glossary[];
extern const size_t report_nglossary;

/* A block of the summary: BLOCK's indicators [FIRST, END) with their latest figures. */
struct report_block {
	const char *metric;
	size_t first, end;   /* REPORT_NONE, REPORT_NONE: the place has no figure of METRIC */
	size_t act, tgt;     /* report_latest() */
};

/*
 * A report format: what report_walk() calls, in this order, for each part
 * of the model.  A NULL member is a part the format leaves out.  W is the
 * writer's own state.
 */
struct report_fmt {
	/* The summary: a row per place and a column per metric; else a list per city. */
	int by_place;
	/* The documents: every one; else those the indicators name. */
	int all_docs;
	void (*head)(const struct report *r, void *w);
	void (*summary_begin)(const struct report *r, void *w);
	void (*group_begin)(const struct report *r, size_t first, size_t end, void *w);
	void (*block)(const struct report *r, const struct report_block *b, void *w);
	void (*group_end)(const struct report *r, void *w);
	void (*summary_end)(const struct report *r, void *w);
	void (*charts)(const struct report *r, void *w);
	void (*conflicts_begin)(const struct report *r, void *w);
	void (*conflict)(const struct report *r, size_t i, void *w);
	void (*conflicts_end)(const struct report *r, void *w);
	void (*indicators_begin)(const struct report *r, void *w);
	void (*indicator)(const struct report *r, size_t i, void *w);
	void (*indicators_end)(const struct report *r, void *w);
	/* N: the documents that follow. */
	void (*documents_begin)(const struct report *r, size_t n, void *w);
	void (*document)(const struct report *r, size_t k, void *w);
	void (*documents_end)(const struct report *r, void *w);
	void (*tail)(const struct report *r, void *w);
};

/*
 * Walks R: the head; the summary, by city or by place, and in each its
 * blocks (by place: one per metric of R->metrics, present or not); the
 * charts; each indicator whose sources disagree; each indicator; each
 * document; the tail.
 */
void report_walk(const struct report *r, const struct report_fmt *f, void *w);

#endif
