/*
 * Unit tests of lib/: input (plain, gzip, BOM, UTF-16, empty, truncated
 * gzip), UTF-8 repair, the NDJSON reader (a malformed line between good
 * ones) and the number helper.
 */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include "die.h"
#include "input.h"
#include "ndjson.h"
#include "unit.h"
#include "utf8.h"

static char tmpdir[] = "/tmp/cf-unit.XXXXXX";

static char *
put(const char *name, const char *data, size_t n, int gz)
{
	static char path[4][256];
	static int k;
	char *p = path[k++ % 4];
	FILE *f;
	gzFile z;

	snprintf(p, 256, "%s/%s", tmpdir, name);
	if (gz) {
		z = gzopen(p, "wb");
		gzwrite(z, data, (unsigned)n);
		gzclose(z);
	} else {
		f = fopen(p, "wb");
		fwrite(data, 1, n, f);
		fclose(f);
	}
	return p;
}

static void
test_slurp(void)
{
	size_t len, bom;
	char *d, *p;
	long long bad0;

	p = put("a.txt", "hello\nworld\n", 12, 0);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 12 && bom == 0 && strcmp(d, "hello\nworld\n") == 0, "slurp plain file");
	free(d);

	p = put("a.txt.gz", "hello\nworld\n", 12, 1);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 12 && strcmp(d, "hello\nworld\n") == 0, "slurp gzip by magic bytes");
	free(d);

	p = put("gz-named-txt.txt", "\xEF\xBB\xBFzipped", 9, 1);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 9 && bom == 3, "slurp gzip without .gz name, BOM reported");
	free(d);

	p = put("empty.txt", "", 0, 0);
	d = in_slurp(p, &len, &bom);
	CHECK(d && len == 0 && d[0] == '\0', "slurp empty file");
	free(d);

	bad0 = cf_nbad;
	p = put("u16.txt", "\xFF\xFEh\0i\0", 6, 0);
	d = in_slurp(p, &len, &bom);
	CHECK(d == NULL && cf_nbad == bad0 + 1, "UTF-16 refused and reported");

	bad0 = cf_nbad;
	d = in_slurp("/nonexistent/file", &len, &bom);
	CHECK(d == NULL && cf_nbad == bad0 + 1, "missing file reported");
}

static void
test_truncated_gz(void)
{
	char big[20000], path[256], buf[256];
	size_t i, len, bom;
	FILE *f;
	char *d;
	long long bad0;
	long sz;

	for (i = 0; i < sizeof big; i++)
		big[i] = (char)('a' + (i * 7919) % 26);
	put("whole.gz", big, sizeof big, 1);
	snprintf(path, sizeof path, "%s/whole.gz", tmpdir);
	f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	sz = ftell(f);
	fclose(f);
	CHECK(truncate(path, sz / 2) == 0, "truncate gzip file");
	bad0 = cf_nbad;
	d = in_slurp(path, &len, &bom);
	CHECK(d == NULL && cf_nbad == bad0 + 1, "truncated gzip reported");
	(void)buf;
}

static void
test_getline(void)
{
	cf_input *in;
	char *line;
	size_t len;
	int n = 0, r;
	char *p = put("lines.gz", "\xEF\xBB\xBF" "one\r\ntwo\n\nlast", 18, 1);

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

	cf_max_record = 8;
	p = put("long.txt", "short\nthis line is too long\nok\n", 31, 0);
	in = in_open(p);
	r = in_getline(in, &line, &len);
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "ok") == 0 && in_lineno(in) == 3, "over-long line skipped, count goes on");
	in_close(in);
	cf_max_record = CF_MAX_RECORD_DEFAULT;
}

static void
test_utf8(void)
{
	size_t n, bad;
	char *s;

	CHECK_INT(utf8_check("a\xC3\xA9z", 4), 4, "valid UTF-8 passes");
	CHECK_INT(utf8_check("ab\xC0\xAF", 4), 2, "overlong '/' is ill-formed");
	CHECK_INT(utf8_check("\xED\xA0\x80", 3), 0, "surrogate is ill-formed");
	CHECK_INT(utf8_check("\xF4\x90\x80\x80", 4), 0, "past U+10FFFF is ill-formed");
	s = utf8_repair("a\xFF" "b\xE4\xB8", 5, &n, &bad);
	CHECK_STR(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "repair: stray byte and truncated sequence");
	CHECK_INT(bad, 2, "repair counts two replacements");
	free(s);
	s = utf8_repair("\xC0\xAF", 2, &n, &bad);
	CHECK_INT(bad, 2, "overlong pair gives two U+FFFD");
	free(s);
}

static int nrec;
static char seen[64];

static void
collect(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)ctx;
	if (!rec)
		return;
	nrec++;
	strncat(seen, nd_str(rec, "k") ? nd_str(rec, "k") : "?", sizeof seen - strlen(seen) - 1);
	(void)src;
}

static void
test_ndjson(void)
{
	const char *data = "{\"k\":\"a\"}\n{bad json\n\n[1,2]\n{\"k\":\"b\xFF\"}\n{\"k\":\"c\"}";
	char *p = put("recs.ndjson", data, strlen(data), 0);
	long long bad0 = cf_nbad, rej0 = nd_stats.rejected;
	json_t *v;

	nrec = 0;
	seen[0] = 0;
	nd_foreach(p, collect, NULL);
	CHECK_INT(nrec, 3, "good records around bad lines are all read");
	CHECK_STR(seen, "ab\xEF\xBF\xBD" "c", "records in order, bad UTF-8 repaired");
	CHECK_INT(nd_stats.rejected - rej0, 2, "malformed line and non-object rejected");
	CHECK_INT(cf_nbad - bad0, 3, "three bad lines reported");

	p = put("empty.ndjson", "", 0, 0);
	nrec = 0;
	nd_foreach(p, collect, NULL);
	CHECK_INT(nrec, 0, "empty NDJSON file gives no record");

	v = nd_number(224.6e9);
	CHECK(json_is_integer(v) && json_integer_value(v) == 224600000000LL, "integral number as integer");
	json_decref(v);
	v = nd_number(0.5);
	CHECK(json_is_real(v), "fraction as real");
	json_decref(v);
	CHECK(nd_number(INFINITY) == NULL && nd_number(NAN) == NULL, "inf and nan refused");
}

int
main(int argc, char **argv)
{
	(void)argc;
	cf_init(argv[0]);
	if (!mkdtemp(tmpdir))
		die("mkdtemp: %m");
	test_slurp();
	test_truncated_gz();
	test_getline();
	test_utf8();
	test_ndjson();
	fflush(stdout);
	{
		char cmd[64];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			warnx("cannot remove %s", tmpdir);
	}
	return unit_failed;
}
