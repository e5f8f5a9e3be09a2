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

/*
 * Flushes and closes the --rejects file, if any (cli_end() calls it).  A
 * write error there, as on a full disk, ends the run with status 2.
 */
void nd_close_rejects(void);

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

/* Writes S, N bytes of one record's JSON text (lib/jtext.h), as a line; counts it as written. */
void nd_write_text(const char *s, size_t n);

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


/*
 * Records read without a jansson tree.  The tools that add a field or two
 * to every seg (cf-normalize, cf-translate-map) or read a few fields of it
 * (cf-facts, cf-aggregate) spent half their time building and freeing
 * jansson trees of the whole record; a raw record is the line itself,
 * checked by a validating scanner as strictly as jansson checks it, with
 * the spans of its top-level members.  Everything a step gets from it (the
 * record, strings) lives until the step returns; one raw reader runs at a
 * time (its buffers are the module's own).
 */
struct nd_member {
	const char *key;      /* unescaped, NUL-terminated */
	const char *val;      /* the value's JSON text in the line */
	size_t vlen;
	unsigned plainkey:1;  /* key written without escapes in the line */
};

typedef struct nd_raw {
	const char *line;     /* the record's JSON text (repaired UTF-8) */
	size_t len;
	size_t n;             /* top-level members, in order */
	const struct nd_member *m;
} nd_raw;

typedef void (*nd_raw_step)(const nd_raw *rec, const struct nd_src *src, void *ctx);

/* nd_foreach() and nd_run() for raw records; same messages, same counts. */
long long nd_foreach_raw(const char *path, nd_raw_step step, void *ctx);
void nd_run_raw(int n, char **argv, nd_raw_step step, void *ctx);

/* Member KEY (the last one when a key repeats), or NULL. */
const struct nd_member *nd_raw_get(const nd_raw *r, const char *key);

/*
 * String member KEY, unescaped and NUL-terminated (it may hold NUL bytes
 * when escaped as \u0000: LEN tells), or NULL when absent or not a string.
 */
const char *nd_raw_str(const nd_raw *r, const char *key, size_t *len);

/* The record's "type", or "". */
const char *nd_raw_type(const nd_raw *r);

/* 1 when member KEY is the string S. */
int nd_raw_is(const nd_raw *r, const char *key, const char *s);

/*
 * Unescapes the JSON string whose opening quote is at P (text that
 * nd_foreach_raw() has checked: a member's value or a string inside one)
 * into OUT, which has room for the string's JSON length; NUL-terminates
 * it and returns its length.
 */
size_t nd_unescape(const char *p, char *out);

/* Numeric member KEY as nd_num() and nd_int() read it. */
double nd_raw_num(const nd_raw *r, const char *key, double def);
long long nd_raw_int(const nd_raw *r, const char *key, long long def);

/*
 * Member KEY's value as a new jansson tree (decref it), or NULL when absent.
 * nd_raw_load() gives the whole record.
 */
json_t *nd_raw_tree(const nd_raw *r, const char *key);
json_t *nd_raw_load(const nd_raw *r);

/*
 * Writes R with the members KEYS[i] set to VALS[i] (replaced where R has
 * them, appended otherwise; VALS are borrowed), as one line; counts it as
 * written.  With N 0 it writes R as it is.
 */
void nd_raw_write(const nd_raw *r, size_t n, const char *const *keys, json_t *const *vals);

/* Writes R unchanged, counting it as passed through. */
void nd_raw_pass(const nd_raw *r);

/*
 * 1 when R (the record of the current step) is written compactly, with
 * plain keys and none repeated: members can then be added to it as text.
 */
int nd_raw_plain(const nd_raw *r);

/*
 * Writes R, which must be nd_raw_plain() and hold none of the keys added,
 * with TEXT (N bytes of encoded members, "\"key\":value" joined by commas)
 * added at its end; counts it as written.
 */
void nd_raw_append(const nd_raw *r, const char *text, size_t n);


/*
 * Reports bad input in record R (may be NULL) read at SRC, as die_at()
 * does, naming the record's "doc" and "seg" where it has them:
 * "cf-TOOL: FILE:LINE: doc \"a.txt\" seg 7: what".  Their JSON text is
 * written as it stands in the line (escaped, quoted), so that a name
 * holding a newline still makes one line.
 */
__attribute__((format(printf, 3, 4))) void nd_bad_rec(const struct nd_src *src, const nd_raw *r,
                                                      const char *fmt, ...);

/* Prints the --stats line on stderr. */
void nd_print_stats(void);

#endif
