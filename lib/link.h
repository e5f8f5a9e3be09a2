/*
 * Linking: from a seg that carries quantities (cf-normalize), times and
 * terms (cf-translate-map) to indicator facts (cf-facts).
 *
 * A document is read in order: link_doc() starts one from its doc record,
 * link_seg() links each of its segs and returns the facts found.  The context
 * remembers what a later seg may need: the document's date and language,
 * the last city or area named, the last currency seen, the last explicit
 * time of the previous seg, and the facts already written (a fact stated
 * twice in one article is written once).
 */
#ifndef CF_LINK_H
#define CF_LINK_H

#include <stddef.h>

#include <jansson.h>

#include "ndjson.h"

struct link_ctx {
	char *doc;          /* name of the current document, or NULL */
	char *lang;         /* its language ("" when unknown) */
	char date[11];      /* its date as YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown */
	char *city, *area;  /* last city (and area) named in the document */
	char *region;       /* last province or region named in the document */
	int nation;         /* the last place named was the nation */
	char currency[8];   /* last currency of a money amount; "" when none yet */
	char *prevtime;     /* last explicit time of the previous seg */
	long long prevseg;  /* number of the previous seg, -1 at the start */
	long long prevend;  /* its end offset, -1 when unknown */
	long long prevpara; /* its paragraph ("para" or "block" field), -1 when absent */
	const void *paramoney; /* last money metric named in the paragraph so far */
	const void *parafirms; /* last metric of firms named in the paragraph so far */
	char **keys;        /* dedupe keys of the facts written for this document (a hash set) */
	size_t nkeys, capkeys;
	char err[160];      /* what was wrong with the last seg's items */
	long long nerr;     /* items skipped in the last seg */
	int explain;        /* also write a skip record per figure that gives no fact */
	json_t *held;       /* facts in dollars, held to the end of the document */
	json_t *yuan;       /* [city, metric, period, kind, value] of its facts in yuan */
	int firms;          /* it has a fact of AI firms */
	int latest;         /* the latest year its times have named (no deadline), or 0 */
	int thisyear;       /* it says "this year" and cannot be dated */
	char *scratch;      /* the strings of the current seg's items */
	size_t capscratch;
};

void link_init(struct link_ctx *c);
void link_free(struct link_ctx *c);

/* Starts a new document from its doc record (borrowed). */
void link_doc(struct link_ctx *c, const json_t *doc);
void link_doc_raw(struct link_ctx *c, const nd_raw *doc);

/*
 * Links SEG (borrowed): appends one new fact object per indicator found to
 * the array FACTS and returns how many it appended.  Returns -1, with
 * C->err set, when SEG has no text; malformed quantities, times or terms
 * are skipped, counted in C->nerr and the first one described in C->err.
 *
 * link_seg_raw() links a raw record (lib/ndjson.h) the same way, reading
 * the items of its arrays from their JSON text without building trees:
 * most segs carry no figure, and only their places, money metrics and
 * times are kept for the segs that follow.
 */
int link_seg(struct link_ctx *c, const json_t *seg, json_t *facts);
int link_seg_raw(struct link_ctx *c, const nd_raw *seg, json_t *facts);

/*
 * An amount in dollars is often a conversion stated first ("…to exceed
 * $12.6 billion by 2023" in a headline, "80 billion yuan ($12.6 billion)" in
 * the body): the facts in USD of a document are held until its end, and
 * link_flush() appends to FACTS those that no fact in yuan of the same place,
 * metric, period and kind, worth 6 to 7.5 times as much, restates.  Call it
 * before the next document's link_doc() and at the end of the input; it
 * returns how many facts it appended.  The facts of an undated document
 * with no time of their own are held too: they take the latest year the
 * document named, and are dropped if that makes them a repeat.
 */
int link_flush(struct link_ctx *c, json_t *facts);

#endif
