/*
 * Unit tests of lib/input.c: in_slurp() on plain, gzip'd (by magic bytes),
 * BOM, empty, UTF-16, missing and truncated input; the line reader with its
 * --max-record limit; in_line_of(); in_walk() over a directory.
 */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "die.h"
#include "input.h"
#include "unit.h"

/* Writes N bytes of DATA gzip'd to the file NAME; returns its path. */
static const char *
put_gz(const char *name, const char *data, size_t n)
{
	static char path[4][512];
	static int k;
	char *p = path[k++ % 4];
	gzFile z;

	snprintf(p, sizeof path[0], "%s/%s", unit_dir(), name);
	z = gzopen(p, "wb");
	if (!z || gzwrite(z, data, (unsigned)n) != (int)n || gzclose(z) != Z_OK)
		die("cannot write \"%s\"", p);
	return p;
}

static void
test_slurp(void)
{
	size_t len, bom;
	char *d;
	const char *p;
	long long bad0;

	p = unit_file("a.txt", "hello\nworld\n", 12);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 12 && bom == 0 && strcmp(d, "hello\nworld\n") == 0, "slurp plain file");
	free(d);

	p = put_gz("a.txt.gz", "hello\nworld\n", 12);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 12 && strcmp(d, "hello\nworld\n") == 0, "slurp gzip by magic bytes");
	free(d);

	p = put_gz("gz-named-txt.txt", "\xEF\xBB\xBFzipped", 9);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 9 && bom == 3, "slurp gzip without .gz name, BOM reported");
	free(d);

	p = unit_file("empty.txt", "", 0);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 0 && d[0] == '\0', "slurp empty file");
	free(d);

	bad0 = die_nbad;
	p = unit_file("u16.txt", "\xFF\xFEh\0i\0", 6);
	d = in_slurp(p, &len, &bom);
	CHECK(d == NULL && die_nbad == bad0 + 1, "UTF-16 refused and reported");

	bad0 = die_nbad;
	d = in_slurp("/nonexistent/file", &len, &bom);
	CHECK(d == NULL && die_nbad == bad0 + 1, "missing file reported");
}

static void
test_truncated_gz(void)
{
	char big[20000];
	size_t i, len, bom;
	FILE *f;
	char *d;
	const char *path;
	long long bad0;
	long sz;

	for (i = 0; i < sizeof big; i++)
		big[i] = (char)('a' + (i * 7919) % 26);
	path = put_gz("whole.gz", big, sizeof big);
	f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	sz = ftell(f);
	fclose(f);
	CHECK(truncate(path, sz / 2) == 0, "truncate gzip file");
	bad0 = die_nbad;
	d = in_slurp(path, &len, &bom);
	CHECK(d == NULL && die_nbad == bad0 + 1, "truncated gzip reported");
}

static void
test_getline(void)
{
	cf_input *in;
	char *line;
	size_t len;
	int n = 0, r;
	const char *p = put_gz("lines.gz", "\xEF\xBB\xBF" "one\r\ntwo\n\nlast", 18);

	in = in_open(p);
	CHECK(in != NULL, "open gzip lines");
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "one") == 0 && len == 3, "first line: BOM and CR stripped");
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "two") == 0 && in_lineno(in) == 2, "second line numbered 2");
	while (in_getline(in, &line, &len) == 1)
		n++;
	CHECK(n == 2 && strcmp(line, "last") == 0, "empty line and last line without newline");
	in_close(in);

	in_max_record = 8;
	p = unit_file("long.txt", "short\nthis line is too long\nok\n", 31);
	in = in_open(p);
	r = in_getline(in, &line, &len);
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "ok") == 0 && in_lineno(in) == 3, "over-long line skipped, count goes on");
	in_close(in);
	in_max_record = IN_MAX_RECORD_DEFAULT;
}

static void
test_limit_edge(void)
{
	cf_input *in;
	char *line;
	size_t len;
	int r;

	/* A line of exactly the limit is read; one byte more is skipped. */
	in_max_record = 4;
	in = in_open(unit_file("edge.txt", "abcd\nabcde\nxy\n", 14));
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && len == 4 && strcmp(line, "abcd") == 0, "line of exactly --max-record bytes is read");
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "xy") == 0 && in_lineno(in) == 3, "one byte more is skipped, numbering goes on");
	in_close(in);
	in_max_record = IN_MAX_RECORD_DEFAULT;
}

static void
test_members(void)
{
	char two[256];
	const char *p = put_gz("m1.gz", "first\n", 6), *q = put_gz("m2.gz", "second\n", 7);
	size_t n1, n2, len, bom;
	char *d;
	long long bad0;
	const char *c;

	/* Two gzip members one after the other read as one text, as gunzip reads them. */
	n1 = unit_read(p, two, sizeof two);
	n2 = unit_read(q, two + n1, sizeof two - n1);
	c = unit_file("two.gz", two, n1 + n2);
	d = in_slurp(c, &len, &bom);
	CHECK_STR(d, "first\nsecond\n", "two gzip members read one after the other");
	free(d);

	/* Bytes after the last member are reported and left out. */
	memcpy(two + n1, "junk", 4);
	c = unit_file("junk.gz", two, n1 + 4);
	bad0 = die_nbad;
	d = in_slurp(c, &len, &bom);
	CHECK_STR(d, "first\n", "bytes after the gzip data left out");
	CHECK_INT(die_nbad - bad0, 1, "bytes after the gzip data reported");
	free(d);
}

static void
slurp_child(void *path)
{
	size_t len, bom;

	free(in_slurp(path, &len, &bom));
}

static void
test_utf16_nobom(void)
{
	static const char le[] = "T\0h\0e\0 \0c\0i\0t\0y\0\n\0";
	struct unit_run r;
	char *d;
	size_t len, bom;
	long long bad0 = die_nbad;
	const char *p = unit_file("le.txt", le, sizeof le - 1);

	d = in_slurp(p, &len, &bom);
	CHECK(d == NULL && die_nbad == bad0 + 1, "UTF-16LE without a BOM refused and reported");
	unit_fork(&r, slurp_child, (void *)p);
	CHECK(strstr(r.err, "UTF-16LE without a byte order mark is not supported") != NULL &&
	      strstr(r.err, "iconv -f UTF-16LE -t UTF-8") != NULL,
	      "UTF-16LE: the message names the encoding and the iconv command");

	/* Bytes with zeros beside control bytes are binary, not UTF-16. */
	p = unit_file("bin.dat", "\x01\0\x02\0\x03\0\x04\0\x05\0", 10);
	bad0 = die_nbad;
	d = in_slurp(p, &len, &bom);
	CHECK(d != NULL && len == 10 && die_nbad == bad0, "zeros beside control bytes are not UTF-16");
	free(d);
}

static void
test_names(void)
{
	cf_input *in;
	const char *p = unit_file("n.txt", "x\n", 2);
	long long bad0 = die_nbad;

	in = in_open("-");
	CHECK(in != NULL, "\"-\" opens standard input");
	CHECK_STR(in ? in_name(in) : NULL, "stdin", "\"-\" is called stdin in messages");
	CHECK_INT(in ? in_lineno(in) : -1, 0, "no line read yet: line 0");
	if (in)
		in_close(in);
	in = in_open(p);
	CHECK_STR(in ? in_name(in) : NULL, p, "a file is called by its path");
	if (in)
		in_close(in);
	CHECK(in_open("/nonexistent/file") == NULL && die_nbad == bad0 + 1, "in_open of a missing file: NULL, reported");
}

static void
test_line_of(void)
{
	const char *s = "ab\ncd\n\ne";

	CHECK_INT(in_line_of(s, 0), 1, "offset 0 is on line 1");
	CHECK_INT(in_line_of(s, 2), 1, "the newline ends line 1");
	CHECK_INT(in_line_of(s, 3), 2, "the byte after it is on line 2");
	CHECK_INT(in_line_of(s, 7), 4, "after an empty line, line 4");
}

static char walked[512];

static void
walk_fn(const char *file, void *ctx)
{
	const char *base = strrchr(file, '/');

	(*(int *)ctx)++;
	strncat(walked, base ? base + 1 : file, sizeof walked - strlen(walked) - 2);
	strcat(walked, " ");
}

static void
test_walk(void)
{
	char dir[512], sub[600], empty[600];
	long long bad0, n;
	int calls = 0;

	snprintf(dir, sizeof dir, "%s/walk", unit_dir());
	snprintf(sub, sizeof sub, "%s/sub", dir);
	snprintf(empty, sizeof empty, "%s/empty", unit_dir());
	CHECK(mkdir(dir, 0755) == 0 && mkdir(sub, 0755) == 0 && mkdir(empty, 0755) == 0, "make directories to walk");
	unit_file("walk/b.txt", "b", 1);
	unit_file("walk/a.txt", "a", 1);
	unit_file("walk/.hidden", "h", 1);
	unit_file("walk/sub/c.txt", "c", 1);

	walked[0] = '\0';
	n = in_walk(dir, walk_fn, &calls);
	CHECK_INT(n, 3, "three files below the directory");
	CHECK_STR(walked, "a.txt b.txt c.txt ", "in byte order of names, hidden entries skipped");

	bad0 = die_nbad;
	walked[0] = '\0';
	n = in_walk(dir, walk_fn, &calls);
	CHECK(n == 0 && walked[0] == '\0' && die_nbad == bad0 + 1, "a directory walked again is reported and skipped");

	bad0 = die_nbad;
	n = in_walk(empty, walk_fn, &calls);
	CHECK(n == 0 && die_nbad == bad0 + 1, "an empty directory is reported");

	n = in_walk("-", walk_fn, &calls);
	CHECK_INT(n, 1, "\"-\" is handed on as it is");
	CHECK_INT(calls, 4, "the function was called once per file");
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_slurp();
	test_truncated_gz();
	test_getline();
	test_limit_edge();
	test_members();
	test_utf16_nobom();
	test_names();
	test_line_of();
	test_walk();
	return unit_end();
}
