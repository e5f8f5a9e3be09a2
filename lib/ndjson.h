/*
 * NDJSON records over jansson.
 *
 * Reference rules (jansson's terms): a function that returns json_t * gives
 * a *new* reference unless it says *borrowed*; the caller decrefs a new one.
 * nd_foreach() lends each record to the step function, which must incref
 * what it keeps past its return.  json_object_set_new() and friends *steal*
 * the value passed to them.
 */
#ifndef CF_NDJSON_H
#define CF_NDJSON_H

#include <jansson.h>

/* Where a record came from, for messages. */
struct nd_src {
	const char *file;
	long long line;
};

/* Counts for --stats; every tool keeps one set. */
struct nd_stats {
	long long read;      /* records parsed from input */
	long long written;   /* records written, passed ones included */
	long long passed;    /* records written through unchanged */
	long long rejected;  /* input lines that were not records */
};

extern struct nd_stats nd_stats;

/* --rejects FILE: bad input lines are copied there, as they were. */
void nd_set_rejects(const char *path);

typedef void (*nd_step)(json_t *rec, const struct nd_src *src, void *ctx);

/*
 * Reads PATH ("-" for stdin) line by line and calls STEP with each record (a
 * JSON object) it holds.  A line that is not a JSON object is reported with
 * its file and line, counted as rejected, and skipped; invalid UTF-8 is
 * reported and repaired with U+FFFD before parsing.  Blank lines are
 * skipped.  Returns the number of records read.
 */
long long nd_foreach(const char *path, nd_step step, void *ctx);

/*
 * Runs nd_foreach() over the N paths of ARGV, or over standard input when N
 * is 0, then calls STEP once more with a NULL record (end of stream).
 */
void nd_run(int n, char **argv, nd_step step, void *ctx);

/* The record's "type", or "" (borrowed). */
const char *nd_type(const json_t *rec);

/* Writes REC as one compact line on stdout; counts it as written. */
void nd_write(const json_t *rec);

/* Writes REC unchanged, counting it as passed through. */
void nd_pass(const json_t *rec);

/*
 * A new JSON number for V: an integer when V is integral and exactly
 * representable, else a real.  Returns NULL for inf and nan.
 */
json_t *nd_number(double v);

/* Borrowed string member KEY of OBJ, or NULL. */
const char *nd_str(const json_t *obj, const char *key);

/* Numeric member KEY of OBJ (integer or real), or DEF. */
double nd_num(const json_t *obj, const char *key, double def);

/*
 * Integer member KEY of OBJ: an integer, or a real that is integral and
 * within the range of long long; otherwise DEF.  Never converts an
 * out-of-range double (undefined behaviour in C).
 */
long long nd_int(const json_t *obj, const char *key, long long def);

/* Prints the --stats line on stderr. */
void nd_print_stats(void);

#endif
