/* Options shared by every tool. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "die.h"
#include "input.h"
#include "ndjson.h"

int cli_sflag;

void
cli_usage(const char *usage)
{
	fprintf(stderr, "usage: %s\n", usage);
	exit(CF_EXIT_FATAL);
}

int
cli_parse_size(const char *arg, size_t *out)
{
	char *end, *unit;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || errno || !isfinite(v) || v <= 0)
		return -1;
	unit = end;
	switch (*end) {
	case 'k': case 'K': v *= 1024; end++; break;
	case 'm': case 'M': v *= 1024.0 * 1024; end++; break;
	case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
	}
	/* "Ki", "Mi", "Gi": an "i" only after a unit letter, never after a digit */
	if (*end == 'i' && end > unit)
		end++;
	if (*end == 'B')
		end++;
	if (*end || v < 1 || v > 1099511627776.0)
		return -1;
	*out = (size_t)v;
	return 0;
}

double
cli_parse_num(const char *opt, const char *arg, double lo, double hi)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (end == arg || *end || errno || !isfinite(v) || v < lo || v > hi)
		die("%s: \"%s\" is not a number from %g to %g", opt, arg, lo, hi);
	return v;
}

int
cli_option(int c, const char *arg, const char *usage, const char *help)
{
	switch (c) {
	case CF_OPT_HELP:
		fputs(help, stdout);
		exit(die_finish());
	case CF_OPT_VERSION:
		printf("%s (cityfacts) %s\n", die_prog, CF_VERSION);
		exit(die_finish());
	case CF_OPT_STRICT:
		die_strict = 1;
		return 1;
	case CF_OPT_STATS:
		cli_sflag = 1;
		return 1;
	case CF_OPT_MAX_RECORD:
		if (cli_parse_size(arg, &in_max_record) != 0) {
			die_warn("--max-record: \"%s\" is not a size such as 65536, 64K or 64M", arg);
			cli_usage(usage);
		}
		return 1;
	case CF_OPT_REJECTS:
		nd_set_rejects(arg);
		return 1;
	case '?':
		cli_usage(usage);
	}
	return 0;
}

int
cli_end(void)
{
	die_flush();
	nd_close_rejects();
	if (cli_sflag)
		nd_print_stats();
	return die_finish();
}
