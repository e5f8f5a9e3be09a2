/* NDJSON reading and writing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "input.h"
#include "ndjson.h"
#include "utf8.h"

struct nd_stats nd_stats;
static FILE *rejects;

void
nd_set_rejects(const char *path)
{
	rejects = fopen(path, "w");
	if (!rejects)
		die("cannot open \"%s\" for rejects: %m", path);
}

static void
reject(const char *line, size_t len)
{
	nd_stats.rejected++;
	if (rejects) {
		fwrite(line, 1, len, rejects);
		fputc('\n', rejects);
		if (ferror(rejects))
			die("write error on rejects file");
	}
}

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

long long
nd_foreach(const char *path, nd_step step, void *ctx)
{
	cf_input *in;
	char *line, *fixed;
	size_t len, flen, nbad;
	long long count = 0;
	struct nd_src src;
	json_error_t err;
	json_t *rec;

	in = in_open(path);
	if (!in)
		return 0;
	src.file = in_name(in);
	while (in_getline(in, &line, &len) > 0) {
		src.line = in_lineno(in);
		if (blank(line, len))
			continue;
		fixed = NULL;
		if (utf8_check(line, len) != len) {
			fixed = utf8_repair(line, len, &flen, &nbad);
			bad_at(src.file, src.line, "invalid UTF-8 (%zu sequence%s replaced with U+FFFD)",
			       nbad, nbad == 1 ? "" : "s");
		}
		rec = json_loadb(fixed ? fixed : line, fixed ? flen : len, 0, &err);
		if (!rec) {
			bad_at(src.file, src.line, "bad JSON at column %d: %s", err.column, err.text);
			reject(line, len);
			free(fixed);
			continue;
		}
		free(fixed);
		if (!json_is_object(rec)) {
			bad_at(src.file, src.line, "not a JSON object");
			reject(line, len);
			json_decref(rec);
			continue;
		}
		nd_stats.read++;
		count++;
		step(rec, &src, ctx);
		json_decref(rec);
	}
	in_close(in);
	return count;
}

void
nd_run(int n, char **argv, nd_step step, void *ctx)
{
	struct nd_src end = { NULL, 0 };
	int i;

	if (n == 0)
		nd_foreach("-", step, ctx);
	for (i = 0; i < n; i++)
		nd_foreach(argv[i], step, ctx);
	step(NULL, &end, ctx);
}

const char *
nd_type(const json_t *rec)
{
	const char *t = nd_str(rec, "type");

	return t ? t : "";
}

void
nd_write(const json_t *rec)
{
	/*
	 * One buffer, reused: json_dumpf() writes a record in many small
	 * fwrite() calls, which cost more than the encoding itself.
	 */
	static char *buf;
	static size_t cap;
	size_t n;

	n = json_dumpb(rec, buf, cap, JSON_COMPACT | JSON_REAL_PRECISION(15));
	if (n >= cap) {
		cap = n + 1 > 2 * cap ? n + 1 : 2 * cap;
		buf = xrealloc(buf, cap);
		n = json_dumpb(rec, buf, cap, JSON_COMPACT | JSON_REAL_PRECISION(15));
	}
	if (n == 0)
		die("cannot encode a record as JSON");
	buf[n] = '\n';
	if (fwrite(buf, 1, n + 1, stdout) != n + 1 || ferror(stdout))
		cf_flush();
	nd_stats.written++;
}

void
nd_pass(const json_t *rec)
{
	nd_write(rec);
	nd_stats.passed++;
}

json_t *
nd_number(double v)
{
	if (!isfinite(v))
		return NULL;
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

const char *
nd_str(const json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

double
nd_num(const json_t *obj, const char *key, double def)
{
	json_t *v = json_object_get(obj, key);

	return json_is_number(v) ? json_number_value(v) : def;
}

long long
nd_int(const json_t *obj, const char *key, long long def)
{
	json_t *v = json_object_get(obj, key);
	double d;

	if (json_is_integer(v))
		return (long long)json_integer_value(v);
	if (!json_is_real(v))
		return def;
	d = json_real_value(v);
	if (!(d >= -9.2e18 && d <= 9.2e18) || d != floor(d))
		return def;
	return (long long)d;
}

void
nd_print_stats(void)
{
	fflush(stdout);
	fprintf(stderr, "%s: read %lld, written %lld, passed %lld, rejected %lld\n", cf_prog,
	        nd_stats.read, nd_stats.written, nd_stats.passed, nd_stats.rejected);
}
