/*
 * Unit tests of lib/cli.c: sizes for --max-record (units, "Ki", "B", the
 * range, and what is refused: an "i" straight after the digits, as in
 * "21i" or "11i"), numbers in a range, and the common options: what they
 * set, and what --help, --version, a bad value and an unknown option
 * print and exit with.
 */
#include <stdlib.h>

#include "cli.h"
#include "die.h"
#include "input.h"
#include "ndjson.h"
#include "unit.h"

#define USAGE "cf-x [--strict] [file ...]"
#define HELP  "usage: " USAGE "\n\nhelp text\n"

static void
size_ok(const char *arg, size_t want)
{
	size_t v = 0;
	char name[80];

	snprintf(name, sizeof name, "size \"%s\" is %zu", arg, want);
	CHECK(cli_parse_size(arg, &v) == 0 && v == want, name);
}

static void
size_bad(const char *arg)
{
	size_t v = 12345;
	char name[80];

	snprintf(name, sizeof name, "size \"%s\" is refused, the value left alone", arg);
	CHECK(cli_parse_size(arg, &v) == -1 && v == 12345, name);
}

static void
test_size(void)
{
	size_ok("4096", 4096);
	size_ok("64K", 65536);
	size_ok("64k", 65536);
	size_ok("64Ki", 65536);
	size_ok("64KiB", 65536);
	size_ok("64KB", 65536);
	size_ok("64M", 64 << 20);
	size_ok("1G", (size_t)1 << 30);
	size_ok("1.5K", 1536);
	size_ok("1024G", (size_t)1 << 40);
	size_ok("1B", 1);
	size_bad("");
	size_bad("K");
	size_bad("0");
	size_bad("-1");
	size_bad("0.5");
	size_bad("21i");
	size_bad("11i");
	size_bad("1iB");
	size_bad("64Kx");
	size_bad("64KK");
	size_bad("1T");
	size_bad("1025G");
	size_bad("inf");
	size_bad("nan");
	size_bad("1e400");
	size_bad("64 K");
}

static void
num_child(void *arg)
{
	cli_parse_num("--tolerance", arg, 0, 1);
}

static void
test_num(void)
{
	struct unit_run r;

	CHECK(cli_parse_num("--tolerance", "0.25", 0, 1) == 0.25, "a number in range");
	CHECK(cli_parse_num("--tolerance", "0", 0, 1) == 0 && cli_parse_num("--tolerance", "1", 0, 1) == 1,
	      "both ends of the range are in it");
	CHECK(cli_parse_num("--n", "-2e3", -1e4, 0) == -2000, "a negative number with an exponent");
	unit_fork(&r, num_child, "1.5");
	CHECK_INT(r.status, CF_EXIT_FATAL, "a number past the range exits 2");
	CHECK_STR(r.err, "cli: --tolerance: \"1.5\" is not a number from 0 to 1\n", "naming the option and the range");
	unit_fork(&r, num_child, "0.5x");
	CHECK_INT(r.status, CF_EXIT_FATAL, "trailing text is refused");
	unit_fork(&r, num_child, "");
	CHECK_INT(r.status, CF_EXIT_FATAL, "an empty argument is refused");
	unit_fork(&r, num_child, "nan");
	CHECK_INT(r.status, CF_EXIT_FATAL, "nan is refused");
}

static void
option_child(void *ctx)
{
	const char **a = ctx;

	/* as in a tool's option loop: nothing was read yet */
	die_nbad = 0;
	die_rval = CF_EXIT_OK;
	cli_option((int)(long)a[0], a[1], USAGE, HELP);
}

static void
run_option(struct unit_run *r, int c, const char *arg)
{
	const char *a[2];

	a[0] = (const char *)(long)c;
	a[1] = arg;
	unit_fork(r, option_child, a);
}

static void
ignore(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)rec;
	(void)src;
	(void)ctx;
}

static void
test_option(void)
{
	struct unit_run r;
	char path[512], got[64];

	CHECK(cli_option(CF_OPT_STRICT, NULL, USAGE, HELP) == 1 && die_strict == 1, "--strict sets die_strict");
	die_strict = 0;
	CHECK(cli_option(CF_OPT_STATS, NULL, USAGE, HELP) == 1 && cli_sflag == 1, "--stats sets cli_sflag");
	cli_sflag = 0;
	CHECK(cli_option(CF_OPT_MAX_RECORD, "2M", USAGE, HELP) == 1 && in_max_record == 2 << 20,
	      "--max-record 2M sets in_max_record");
	in_max_record = IN_MAX_RECORD_DEFAULT;
	CHECK(cli_option('o', "x", USAGE, HELP) == 0 && cli_option(0, NULL, USAGE, HELP) == 0,
	      "an option of the tool's own is left to the tool");

	snprintf(path, sizeof path, "%s/rejects", unit_dir());
	CHECK(cli_option(CF_OPT_REJECTS, path, USAGE, HELP) == 1, "--rejects FILE is taken");
	nd_foreach(unit_file("in.ndjson", "{}\nbad\n", 7), ignore, NULL);
	nd_close_rejects();
	unit_read(path, got, sizeof got);
	CHECK_STR(got, "bad\n", "and the bad line goes to FILE");

	run_option(&r, CF_OPT_HELP, NULL);
	CHECK(r.status == 0 && strcmp(r.out, HELP) == 0 && r.err[0] == '\0', "--help prints the help on stdout, exits 0");
	run_option(&r, CF_OPT_VERSION, NULL);
	CHECK(r.status == 0 && strcmp(r.out, "cli (cityfacts) " CF_VERSION "\n") == 0, "--version prints name and version, exits 0");
	run_option(&r, CF_OPT_MAX_RECORD, "21i");
	CHECK_INT(r.status, CF_EXIT_FATAL, "--max-record 21i exits 2");
	CHECK_STR(r.err, "cli: --max-record: \"21i\" is not a size such as 65536, 64K or 64M\nusage: " USAGE "\n",
	          "saying why, then the usage");
	run_option(&r, '?', NULL);
	CHECK(r.status == CF_EXIT_FATAL && strcmp(r.err, "usage: " USAGE "\n") == 0 && r.out[0] == '\0',
	      "an unknown option prints the usage on stderr, exits 2");
}

static void
end_child(void *ctx)
{
	(void)ctx;
	die_nbad = 0;
	die_rval = CF_EXIT_OK;
	cli_sflag = 1;
	nd_stats.read = 3;
	nd_stats.written = 2;
	nd_stats.passed = 1;
	nd_stats.rejected = 1;
	exit(cli_end());
}

static void
test_end(void)
{
	struct unit_run r;

	unit_fork(&r, end_child, NULL);
	CHECK_STR(r.err, "cli: read 3, written 2, passed 1, rejected 1\n", "cli_end prints --stats on stderr");
	CHECK_INT(r.status, 0, "and returns the status");
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_size();
	test_num();
	test_option();
	test_end();
	return unit_end();
}
