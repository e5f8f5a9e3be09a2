/*
 * Aggregation of records into groups, for cf-aggregate.
 *
 * A table holds one group per distinct key (the values of the "by" fields)
 * in a hash table: memory grows with the number of groups, not with the
 * input.  Each group keeps enough state that the aggregates it writes can
 * be read back and merged (agg_add_agg) into exactly the result of one run
 * over all the input, whatever the split and the order of the parts:
 *
 * - fact mode: the multiset of values, each with its fact count and the
 *   sorted documents that gave it ("values":[[v,n,[doc...]],...]), and the
 *   sets of languages and qualifiers.  The consensus, min, max, n, docs and
 *   conflict are all functions of that state.
 * - generic mode (--sum/--min/--max/--mean/--count): per field the count,
 *   min, max and the exact sum as its canonical expansion written in C99
 *   hex ("state"), so sums do not depend on the order of addition and do
 *   not overflow.
 *
 * Numbers are read at 15 significant digits, the precision records are
 * written with, so a value read back from an aggregate is the same double.
 */
#ifndef CF_AGG_H
#define CF_AGG_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "ndjson.h"

enum agg_op {
	AGG_SUM = 1,
	AGG_MIN = 2,
	AGG_MAX = 4,
	AGG_MEAN = 8,
};

struct agg_field {
	char *name;
	int ops;       /* AGG_* bits */
};

struct agg_spec {
	char **by;             /* key fields, in output order */
	size_t nby;
	int generic;           /* 0: fact mode; 1: --sum/--min/... */
	int count;             /* --count: write "count" */
	struct agg_field *fields;
	size_t nfields;
	double tolerance;      /* relative; 0.02 is 2% */
};

/*
 * The default tolerance: a source further than 2% from the consensus is a
 * conflict (cf-aggregate without --tolerance, and the facts cf-render
 * aggregates itself).
 */
#define AGG_TOLERANCE 0.02

typedef struct agg_table agg_table;

/* The default key of fact mode: city, area, metric, period, kind, unit. */
extern const char *const agg_fact_key[];
extern const size_t agg_fact_nkey;

/* A new empty table for SPEC, which must outlive it. */
agg_table *agg_new(const struct agg_spec *spec);
void agg_free(agg_table *t);

/*
 * Adds one input record: a fact (fact mode) or any record (generic mode).
 * Returns 0, or -1 and sets *WHY to a message when the record cannot be
 * used (it is then left out).
 */
int agg_add(agg_table *t, const json_t *rec, const char **why);
/* The same for a raw record (lib/ndjson.h), reading only what it needs. */
int agg_add_raw(agg_table *t, const nd_raw *rec, const char **why);

/*
 * Merges an agg record written by agg_result() under the same spec.
 * Returns 0, or -1 and sets *WHY when the record carries no usable state.
 */
int agg_add_agg(agg_table *t, const json_t *rec, const char **why);

/* Number of groups so far. */
size_t agg_ngroups(const agg_table *t);

/* 1 when a record added so far had the I-th "by" field (null included). */
int agg_by_seen(const agg_table *t, size_t i);

/*
 * Calls FN with each group's agg record (a borrowed reference, valid during
 * the call) in byte order of the groups' keys.
 */
void agg_each(agg_table *t, void (*fn)(const json_t *rec, void *ctx), void *ctx);

/*
 * Exact sums.  An agg_sum holds a sum of doubles exactly, in fixed point
 * from 2^-1074 up as far as the sum needs, so no sum overflows on the way
 * (1e308 + 1e308 - 1e308 is 1e308).  A zeroed struct is an empty sum.
 */
struct agg_sum {
	int64_t *d;    /* digits, radix 2^32, least significant first */
	int lo;        /* d[0] weighs 2^(32 * lo - 1074) */
	int n, cap;
	int pend;      /* additions since the digits were last carried */
};

/* Adds X (a finite double; others are ignored). */
void agg_sum_add(struct agg_sum *s, double x);
/* The sum correctly rounded to a double (half to even); +-inf beyond them. */
double agg_sum_value(const struct agg_sum *s);
/* The sum divided by N, a double even when the sum is beyond them. */
double agg_sum_mean(const struct agg_sum *s, long long n);
/*
 * The canonical expansion of the exact sum, as an array of strings (a new
 * reference): c1 = round(S), c2 = round(S - c1), ... each in C99 hex
 * ("0x1.8p+3"), a term beyond the doubles with its exponent as it is
 * ("0x1.1ccf385ebc8ap+1024").  Equal sums give equal expansions, whatever
 * the order in which their terms were added; [] for a zero sum.
 */
json_t *agg_sum_state(const struct agg_sum *s);
/* Adds a term of such an expansion; returns -1 when TEXT is none. */
int agg_sum_add_text(struct agg_sum *s, const char *text);
void agg_sum_free(struct agg_sum *s);

/* V rounded to 15 significant digits, the precision records are written with. */
double agg_canon(double v);

#endif
