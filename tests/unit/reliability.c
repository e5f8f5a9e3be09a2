/*
 * Unit tests from the reliability work: bytes that cannot start a UTF-8
 * sequence (valgrind found utf8_decode() reading an unset length there),
 * the NDJSON reader on NUL bytes, deep nesting and numbers past a double,
 * and the line reader on a record right at the --max-record limit.
 */
#include <stdlib.h>
#include <unistd.h>

#include "die.h"
#include "input.h"
#include "ndjson.h"
#include "unit.h"
#include "utf8.h"

static char tmpdir[] = "/tmp/cf-unit-rel.XXXXXX";

static char *
put(const char *name, const char *data, size_t n)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
	return path;
}

static void
test_lead_bytes(void)
{
	static const unsigned char bad[] = { 0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF };
	uint32_t cp;
	size_t i, k, n, nbad;
	char s[2], *r;

	for (i = 0, k = 0; i < sizeof bad; i++) {
		s[0] = (char)bad[i];
		s[1] = 'a';
		cp = 0;
		if (utf8_decode(s, 2, &cp) == 0 && cp == 0xFFFD)
			k++;
	}
	CHECK_INT(k, sizeof bad, "bytes that cannot lead decode as ill-formed, U+FFFD");
	r = utf8_repair("\x80" "a\xFF", 3, &n, &nbad);
	CHECK_STR(r, "\xEF\xBF\xBD" "a\xEF\xBF\xBD", "stray continuation and 0xFF repaired");
	CHECK_INT(nbad, 2, "two replacements");
	free(r);
	CHECK_INT(utf8_check("\xE4\xB8\x8A\xE6\xB5\xB7", 6), 6, "Chinese text is valid");
	CHECK_INT(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4, "four-byte sequence decodes");
	CHECK_INT(cp, 0x1F600, "to U+1F600");
}

static int nrec;
static long long lastline;

static void
count(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)ctx;
	if (!rec)
		return;
	nrec++;
	lastline = src->line;
}

static void
test_ndjson_hostile(void)
{
	static const char data[] = "{\"type\":\"a\"}\n{\"t\0\":1}\n\0\0\0\n{\"type\":\"b\"}\n";
	char *deep, *p;
	size_t i, n = 10000;
	long long rej0, bad0;

	rej0 = nd_stats.rejected;
	bad0 = cf_nbad;
	nrec = 0;
	nd_foreach(put("nul.ndjson", data, sizeof data - 1), count, NULL);
	CHECK_INT(nrec, 2, "NUL bytes: the good records around them are read");
	CHECK_INT(lastline, 4, "NUL bytes: line numbers go on past them");
	CHECK_INT(nd_stats.rejected - rej0, 2, "NUL bytes: two lines rejected");
	CHECK_INT(cf_nbad - bad0, 2, "NUL bytes: two lines reported");

	deep = xmalloc(2 * n + 64);
	p = deep;
	p += sprintf(p, "{\"type\":\"a\"}\n");
	for (i = 0; i < n; i++)
		*p++ = '[';
	for (i = 0; i < n; i++)
		*p++ = ']';
	p += sprintf(p, "\n{\"n\":1e400}\n{\"type\":\"b\"}\n");
	rej0 = nd_stats.rejected;
	nrec = 0;
	nd_foreach(put("deep.ndjson", deep, (size_t)(p - deep)), count, NULL);
	CHECK_INT(nrec, 2, "nesting 10,000 deep and 1e400: the good records are read");
	CHECK_INT(nd_stats.rejected - rej0, 2, "nesting 10,000 deep and 1e400 rejected");
	free(deep);
}

static void
test_limit_edge(void)
{
	cf_input *in;
	char *line;
	size_t len;
	int r;

	/* A line of exactly the limit is read; one byte more is skipped. */
	cf_max_record = 4;
	in = in_open(put("edge.txt", "abcd\nabcde\nxy\n", 14));
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && len == 4 && strcmp(line, "abcd") == 0, "line of exactly --max-record bytes is read");
	r = in_getline(in, &line, &len);
	CHECK(r == 1 && strcmp(line, "xy") == 0 && in_lineno(in) == 3, "one byte more is skipped, numbering goes on");
	in_close(in);
	cf_max_record = CF_MAX_RECORD_DEFAULT;
}

int
main(int argc, char **argv)
{
	char cmd[64];

	(void)argc;
	cf_init(argv[0]);
	if (!mkdtemp(tmpdir))
		die("mkdtemp: %m");
	test_lead_bytes();
	test_ndjson_hostile();
	test_limit_edge();
	fflush(stdout);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		warnx("cannot remove %s", tmpdir);
	return unit_failed;
}
