/*
 * A minimal unit-test harness: each check prints "ok - ..." or "FAIL - ...".
 *
 * Besides the checks: unit_file() writes a file into a temporary directory
 * of the test's own, which unit_end() removes; unit_fork() runs a function
 * in a child process, for what exits (die(), --strict, usage errors), and
 * gives back its exit status and what it wrote on stdout and stderr.
 */
#ifndef CF_UNIT_H
#define CF_UNIT_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int unit_failed;

#define CHECK(cond, name)                                                        \
	do {                                                                     \
		if (cond)                                                        \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

#define CHECK_STR(got, want, name)                                               \
	do {                                                                     \
		const char *g_ = (got), *w_ = (want);                            \
		if (g_ && w_ && strcmp(g_, w_) == 0)                             \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s: got \"%s\", want \"%s\"\n", name, g_ ? g_ : "(null)", w_); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

#define CHECK_INT(got, want, name)                                               \
	do {                                                                     \
		long long g_ = (long long)(got), w_ = (long long)(want);         \
		if (g_ == w_)                                                    \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s: got %lld, want %lld\n", name, g_, w_); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

/* The test's temporary directory, made on first use. */
static inline const char *
unit_dir(void)
{
	static char dir[256];

	if (!dir[0]) {
		const char *t = getenv("TMPDIR");

		snprintf(dir, sizeof dir, "%s/cf-unit.XXXXXX", t && *t ? t : P_tmpdir);
		if (!mkdtemp(dir)) {
			perror("unit: mkdtemp");
			exit(2);
		}
	}
	return dir;
}

/*
 * Writes N bytes of DATA to the file NAME in the test's directory and
 * returns its path (one of eight buffers, reused in turn).
 */
static inline const char *
unit_file(const char *name, const void *data, size_t n)
{
	static char path[8][512];
	static int k;
	char *p = path[k++ % 8];
	FILE *f;

	snprintf(p, sizeof path[0], "%s/%s", unit_dir(), name);
	f = fopen(p, "wb");
	if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
		perror(p);
		exit(2);
	}
	return p;
}

/* Reads up to SIZE - 1 bytes of file PATH into BUF, NUL-terminated; returns the length. */
static inline size_t
unit_read(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, size - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return n;
}

/* What a function run by unit_fork() did. */
struct unit_run {
	int status;       /* exit status; 128 + N for signal N; 99 when it returned */
	char out[4096];   /* its standard output */
	char err[4096];   /* its standard error */
};

/* Runs FN(CTX) in a child process and waits for it. */
static inline void
unit_fork(struct unit_run *r, void (*fn)(void *), void *ctx)
{
	char out[512], err[512];
	pid_t pid;
	int st;

	snprintf(out, sizeof out, "%s/fork.out", unit_dir());
	snprintf(err, sizeof err, "%s/fork.err", unit_dir());
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		perror("unit: fork");
		exit(2);
	}
	if (pid == 0) {
		int fo = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int fe = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (fo < 0 || fe < 0 || dup2(fo, 1) < 0 || dup2(fe, 2) < 0)
			_exit(98);
		fn(ctx);
		fflush(stdout);
		_exit(99);
	}
	if (waitpid(pid, &st, 0) != pid)
		st = 0;
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : -1;
	unit_read(out, r->out, sizeof r->out);
	unit_read(err, r->err, sizeof r->err);
}

/* Removes the test's directory; returns main()'s exit status. */
static inline int
unit_end(void)
{
	const char *d = unit_dir();
	char cmd[600];

	fflush(stdout);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
	if (system(cmd) != 0)
		fprintf(stderr, "unit: cannot remove %s\n", d);
	return unit_failed;
}

#endif
