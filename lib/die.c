/* Error reporting, exit status and allocation wrappers. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "die.h"

const char *die_prog = "cf";
int die_rval = CF_EXIT_OK;
int die_strict = 0;
long long die_nbad = 0;

static char outbuf[1 << 16];

void
die_init(const char *argv0)
{
	const char *p;

	if (argv0 && *argv0) {
		p = strrchr(argv0, '/');
		die_prog = p ? p + 1 : argv0;
	}
	/* SIGPIPE stays at its default: "| head" ends us quietly. */
	signal(SIGPIPE, SIG_DFL);
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
#ifdef F_SETPIPE_SZ
	/*
	 * Into a pipe, room for a megabyte: five stages on two cores then
	 * hand each other longer runs of records and switch less often.
	 * Where the system refuses (a lower pipe-max-size), the default stays.
	 */
	(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
}

static void
vwarn(const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", die_prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
die_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(CF_EXIT_FATAL);
}

void
die_at(const char *file, long long line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	if (line > 0)
		fprintf(stderr, "%s: %s:%lld: ", die_prog, file ? file : "-", line);
	else
		fprintf(stderr, "%s: %s: ", die_prog, file ? file : "-");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	die_nbad++;
	if (die_rval < CF_EXIT_BAD)
		die_rval = CF_EXIT_BAD;
	if (die_strict) {
		die_flush();
		exit(CF_EXIT_BAD);
	}
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);

	if (!p)
		die("out of memory (%zu x %zu bytes)", n, m);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		die("out of memory (%zu bytes)", n);
	return q;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
die_flush(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return;
	if (errno == EPIPE)
		exit(die_rval);
	die("write error on standard output: %s", strerror(errno));
}

int
die_finish(void)
{
	die_flush();
	if (fclose(stdout) != 0 && errno != EPIPE)
		die("write error on standard output: %s", strerror(errno));
	if (die_nbad > 0)
		die_warn("%lld bad input%s reported", die_nbad, die_nbad == 1 ? "" : "s");
	return die_rval;
}
