/*
 * Unit tests of lib/die.c: the program name, the message formats of
 * die_warn(), die() and die_at(), the exit status each leaves (--strict
 * included), the count line of die_finish(), a write error on stdout, and
 * the allocation wrappers.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "die.h"
#include "unit.h"

/* Before anything is written: die_init() also sets up stdout's buffer. */
static void
test_prog(const char *argv0)
{
	const char *full, *empty;

	die_init("/usr/local/bin/cf-extract");
	full = die_prog;
	die_init("");
	empty = die_prog;
	die_init(argv0);
	CHECK_STR(full, "cf-extract", "die_init names the program after argv[0]'s last part");
	CHECK_STR(empty, "cf-extract", "an empty argv[0] keeps the name");
	CHECK_STR(die_prog, "die", "the test is called die");
}

static void
say_warnx(void *ctx)
{
	(void)ctx;
	die_warn("cannot read \"%s\"", "a.txt");
}

static void
say_die(void *ctx)
{
	(void)ctx;
	die("out of %s", "luck");
}

static void
say_bad(void *ctx)
{
	(void)ctx;
	die_at("a.txt", 3, "bad %s", "date");
	die_at("b.txt", 0, "no files");
	die_at(NULL, 0, "stdin is empty");
	exit(die_rval * 10 + (int)die_nbad);
}

static void
say_strict(void *ctx)
{
	(void)ctx;
	die_strict = 1;
	die_at("a.txt", 1, "first");
	die_at("a.txt", 2, "second");
}

static void
test_messages(void)
{
	struct unit_run r;

	unit_fork(&r, say_warnx, NULL);
	CHECK_STR(r.err, "die: cannot read \"a.txt\"\n", "die_warn: \"prog: what\"");
	CHECK_INT(r.status, 99, "die_warn returns");
	unit_fork(&r, say_die, NULL);
	CHECK_STR(r.err, "die: out of luck\n", "die: \"prog: what\"");
	CHECK_INT(r.status, CF_EXIT_FATAL, "die exits 2");
	unit_fork(&r, say_bad, NULL);
	CHECK_STR(r.err, "die: a.txt:3: bad date\ndie: b.txt: no files\ndie: -: stdin is empty\n",
	          "die_at: \"prog: file:line: what\", line 0 left out, no file \"-\"");
	CHECK_INT(r.status, 13, "die_at sets the status to 1 and counts each report");
	unit_fork(&r, say_strict, NULL);
	CHECK_STR(r.err, "die: a.txt:1: first\n", "--strict: the first bad input is reported");
	CHECK_INT(r.status, CF_EXIT_BAD, "and ends the run with status 1");
}

static void
finish_with(void *ctx)
{
	die_nbad = *(long long *)ctx;
	die_rval = die_nbad ? CF_EXIT_BAD : CF_EXIT_OK;
	fputs("out\n", stdout);
	exit(die_finish());
}

static void
full_stdout(void *ctx)
{
	int fd = open("/dev/full", O_WRONLY);

	(void)ctx;
	if (fd < 0 || dup2(fd, 1) < 0)
		_exit(97);
	fputs("lost\n", stdout);
	die_flush();
}

static void
closed_pipe(void *ctx)
{
	int p[2];

	(void)ctx;
	if (pipe(p) != 0 || dup2(p[1], 1) < 0)
		_exit(97);
	close(p[0]);
	fputs("nobody reads this\n", stdout);
	die_flush();
}

static void
test_finish(void)
{
	struct unit_run r;
	long long n;

	n = 0;
	unit_fork(&r, finish_with, &n);
	CHECK(r.status == 0 && strcmp(r.out, "out\n") == 0 && r.err[0] == '\0', "die_finish: no bad input, status 0, nothing said");
	n = 1;
	unit_fork(&r, finish_with, &n);
	CHECK_STR(r.err, "die: 1 bad input reported\n", "die_finish counts one bad input");
	CHECK_INT(r.status, CF_EXIT_BAD, "and returns status 1");
	n = 2;
	unit_fork(&r, finish_with, &n);
	CHECK_STR(r.err, "die: 2 bad inputs reported\n", "die_finish counts two, plural");
	unit_fork(&r, full_stdout, NULL);
	CHECK_INT(r.status, CF_EXIT_FATAL, "a write error on stdout ends the run with 2");
	CHECK_STR(r.err, "die: write error on standard output: No space left on device\n", "and says so");
	unit_fork(&r, closed_pipe, NULL);
	CHECK(r.status == 128 + 13 && r.err[0] == '\0', "a closed pipe ends the run by SIGPIPE, quietly");
}

static void
alloc_huge(void *ctx)
{
	(void)ctx;
	xmalloc(SIZE_MAX - 4096);
}

static void
test_alloc(void)
{
	char *s, *t;
	int *z;
	size_t i, zeros = 0;
	struct unit_run r;

	s = xstrndup("abcdef", 3);
	CHECK_STR(s, "abc", "xstrndup takes N bytes and terminates");
	t = xstrdup("");
	CHECK_STR(t, "", "xstrdup of \"\"");
	free(t);
	s = xrealloc(s, 100);
	CHECK_STR(s, "abc", "xrealloc keeps the contents");
	free(s);
	z = xcalloc(64, sizeof *z);
	for (i = 0; i < 64; i++)
		zeros += z[i] == 0;
	CHECK_INT(zeros, 64, "xcalloc zeroes");
	free(z);
	s = xmalloc(0);
	CHECK(s != NULL, "xmalloc(0) gives memory, never NULL");
	free(s);
#ifndef __SANITIZE_ADDRESS__
	/* AddressSanitizer reports the failing malloc itself, before we see NULL. */
	unit_fork(&r, alloc_huge, NULL);
	CHECK_INT(r.status, CF_EXIT_FATAL, "an allocation that fails exits 2");
	CHECK(strncmp(r.err, "die: out of memory (", 20) == 0, "saying out of memory");
#else
	(void)r;
	(void)alloc_huge;
#endif
}

int
main(int argc, char **argv)
{
	(void)argc;
	test_prog(argv[0]);
	test_messages();
	test_finish();
	test_alloc();
	return unit_end();
}
