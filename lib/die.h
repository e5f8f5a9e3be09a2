/*
 * Error reporting and exit codes, shared by every tool.
 *
 * Messages go to standard error as "cf-TOOL: what" or, for bad input,
 * "cf-TOOL: FILE:LINE: what".  Bad input never stops a run unless --strict
 * was given: it sets the exit status to CF_EXIT_BAD and the tool goes on.
 */
#ifndef CF_DIE_H
#define CF_DIE_H

#include <stddef.h>

enum cf_exit {
	CF_EXIT_OK = 0,    /* everything went well */
	CF_EXIT_BAD = 1,   /* some input was bad or unreadable; the rest was processed */
	CF_EXIT_FATAL = 2, /* usage, or a failure that stops the run */
};

extern const char *die_prog;   /* "cf-extract", set by die_init() */
extern int die_rval;           /* exit status so far */
extern int die_strict;         /* --strict: the first bad input ends the run */
extern long long die_nbad;     /* bad inputs reported so far */

/* Names the program (from argv[0]) and sets up stdout's buffer. */
void die_init(const char *argv0);

/* A message, "cf-TOOL: what"; the run goes on.  (Not warnx: <err.h> has one.) */
__attribute__((format(printf, 1, 2))) void die_warn(const char *fmt, ...);
__attribute__((format(printf, 1, 2), noreturn)) void die(const char *fmt, ...);

/*
 * Reports bad input at FILE:LINE (line 0 leaves the line out), sets the
 * exit status to 1 and, under --strict, exits at once.
 */
__attribute__((format(printf, 3, 4))) void die_at(const char *file, long long line,
                                                  const char *fmt, ...);

/* Allocation that dies on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/*
 * Flushes and checks standard output.  A write error ends the run with
 * status 2; a closed pipe (EPIPE) ends it quietly.
 */
void die_flush(void);

/*
 * Ends the tool: flushes stdout, prints the count of bad inputs when there
 * were any, and returns the exit status for main() to return.
 */
int die_finish(void);

#endif
