/*
 * Options every tool shares: --help, --version, --strict, --stats,
 * --max-record SIZE and --rejects FILE.  A tool puts CLI_LONGOPTS in
 * its getopt_long table and hands what it does not know to cli_option().
 */
#ifndef CF_CLI_H
#define CF_CLI_H

#include <getopt.h>

enum {
	CF_OPT_HELP = 0x1000,
	CF_OPT_VERSION,
	CF_OPT_STRICT,
	CF_OPT_STATS,
	CF_OPT_MAX_RECORD,
	CF_OPT_REJECTS,
};

#define CLI_LONGOPTS                                                  \
	{ "help", no_argument, NULL, CF_OPT_HELP },                         \
	{ "version", no_argument, NULL, CF_OPT_VERSION },                   \
	{ "strict", no_argument, NULL, CF_OPT_STRICT },                     \
	{ "stats", no_argument, NULL, CF_OPT_STATS },                       \
	{ "max-record", required_argument, NULL, CF_OPT_MAX_RECORD },       \
	{ "rejects", required_argument, NULL, CF_OPT_REJECTS }

/* Help text of the common options, for a tool's --help. */
#define CLI_HELP                                                                 \
	"      --strict         stop at the first bad input (exit 1)\n"                   \
	"      --stats          print records read, written, passed and rejected on stderr\n" \
	"      --max-record SIZE  longest record or article accepted (default 64M)\n"     \
	"      --rejects FILE   copy bad input lines to FILE\n"                           \
	"      --help           print this help and exit\n"                               \
	"      --version        print the version and exit\n"

extern int cli_sflag;  /* --stats */

/*
 * Handles option C (from getopt_long) when it is a common one: returns 1.
 * USAGE is the synopsis and HELP the whole --help text.  '?' (an unknown
 * option) prints the synopsis and exits 2.  Returns 0 for any other C.
 */
int cli_option(int c, const char *arg, const char *usage, const char *help);

/* Prints "usage: SYNOPSIS" on stderr and exits 2. */
__attribute__((noreturn)) void cli_usage(const char *usage);

/*
 * Parses a size such as 4096, 64K, 64M or 1G into *OUT.  Returns 0, or -1
 * when ARG is not a size from 1 to 2^40.
 */
int cli_parse_size(const char *arg, size_t *out);

/*
 * Parses a number from LO to HI.  Dies (exit 2) naming OPT when ARG is not
 * one.
 */
double cli_parse_num(const char *opt, const char *arg, double lo, double hi);

/*
 * Ends an NDJSON tool: prints --stats when asked, then returns die_finish().
 */
int cli_end(void);

#endif
