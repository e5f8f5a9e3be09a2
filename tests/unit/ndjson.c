/*
 * Unit tests of lib/ndjson.c.  The record reader: good records around bad
 * lines, invalid UTF-8 repaired, NUL bytes, deep nesting and numbers past
 * a double; the member helpers and nd_number(); the --rejects file; the
 * message of nd_bad_rec().  The raw record layer (nd_foreach_raw and
 * friends) must take exactly the lines jansson takes, give the same
 * values, and write a record with new or replaced members as jansson would
 * have written it.
 */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "die.h"
#include "ndjson.h"
#include "unit.h"

static const char *
put(const char *name, const char *data)
{
	return unit_file(name, data, strlen(data));
}

static int nrec;
static char seen[64];
static long long lastline;

static void
collect(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)ctx;
	if (!rec)
		return;
	nrec++;
	lastline = src->line;
	strncat(seen, nd_str(rec, "k") ? nd_str(rec, "k") : "?", sizeof seen - strlen(seen) - 1);
}

static void
test_ndjson(void)
{
	const char *data = "{\"k\":\"a\"}\n{bad json\n\n[1,2]\n{\"k\":\"b\xFF\"}\n{\"k\":\"c\"}";
	const char *p = put("recs.ndjson", data);
	long long bad0 = die_nbad, rej0 = nd_stats.rejected;
	json_t *v;

	nrec = 0;
	seen[0] = 0;
	nd_foreach(p, collect, NULL);
	CHECK_INT(nrec, 3, "good records around bad lines are all read");
	CHECK_STR(seen, "ab\xEF\xBF\xBD" "c", "records in order, bad UTF-8 repaired");
	CHECK_INT(nd_stats.rejected - rej0, 2, "malformed line and non-object rejected");
	CHECK_INT(die_nbad - bad0, 3, "three bad lines reported");

	p = put("empty.ndjson", "");
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
	v = nd_number(9007199254740992.0);
	CHECK(json_is_real(v), "2^53, not exactly representable beyond, stays real");
	json_decref(v);
	v = nd_number(-3.0);
	CHECK(json_is_integer(v) && json_integer_value(v) == -3, "-3.0 as integer -3");
	json_decref(v);
}

static void
test_ndjson_hostile(void)
{
	static const char data[] = "{\"type\":\"a\"}\n{\"t\0\":1}\n\0\0\0\n{\"type\":\"b\"}\n";
	char *deep, *p;
	size_t i, n = 10000;
	long long rej0, bad0;

	rej0 = nd_stats.rejected;
	bad0 = die_nbad;
	nrec = 0;
	nd_foreach(unit_file("nul.ndjson", data, sizeof data - 1), collect, NULL);
	CHECK_INT(nrec, 2, "NUL bytes: the good records around them are read");
	CHECK_INT(lastline, 4, "NUL bytes: line numbers go on past them");
	CHECK_INT(nd_stats.rejected - rej0, 2, "NUL bytes: two lines rejected");
	CHECK_INT(die_nbad - bad0, 2, "NUL bytes: two lines reported");

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
	nd_foreach(unit_file("deep.ndjson", deep, (size_t)(p - deep)), collect, NULL);
	CHECK_INT(nrec, 2, "nesting 10,000 deep and 1e400: the good records are read");
	CHECK_INT(nd_stats.rejected - rej0, 2, "nesting 10,000 deep and 1e400 rejected");
	free(deep);
}

static void
test_members(void)
{
	json_t *o = json_pack("{s:s,s:i,s:f,s:f,s:f,s:s}", "type", "seg", "i", 42, "r", 7.0, "h", 2.5,
	                      "big", 1e19, "s", "x");

	CHECK_STR(nd_type(o), "seg", "nd_type reads type");
	json_object_del(o, "type");
	CHECK_STR(nd_type(o), "", "no type reads as \"\"");
	CHECK_STR(nd_str(o, "s"), "x", "nd_str of a string");
	CHECK(nd_str(o, "i") == NULL && nd_str(o, "none") == NULL, "nd_str of a number or a missing key is NULL");
	CHECK(nd_num(o, "i", -1) == 42 && nd_num(o, "h", -1) == 2.5, "nd_num of an integer and a real");
	CHECK(nd_num(o, "s", -1) == -1 && nd_num(o, "none", -2) == -2, "nd_num of a string or a missing key is the default");
	CHECK_INT(nd_int(o, "i", -1), 42, "nd_int of an integer");
	CHECK_INT(nd_int(o, "r", -1), 7, "nd_int of an integral real");
	CHECK_INT(nd_int(o, "h", -1), -1, "nd_int of 2.5 is the default");
	CHECK_INT(nd_int(o, "big", -1), -1, "nd_int of 1e19, beyond long long, is the default");
	CHECK_INT(nd_int(o, "s", -5), -5, "nd_int of a string is the default");
	json_decref(o);
}

/* What FN wrote on stdout, captured into BUF. */
static void
capture(void (*fn)(void *), void *ctx, char *buf, size_t size)
{
	FILE *f = tmpfile(), *old = stdout;

	fflush(stdout);
	stdout = f;
	fn(ctx);
	fflush(f);
	stdout = old;
	rewind(f);
	buf[fread(buf, 1, size - 1, f)] = '\0';
	fclose(f);
}

static void
write_rec(void *ctx)
{
	nd_write(ctx);
	nd_pass(ctx);
	nd_write_text("{\"a\":1}", 7);
}

static void
test_write_tree(void)
{
	char buf[256];
	json_t *o = json_pack("{s:s,s:f,s:f,s:[i,s]}", "t", "caf\xC3\xA9\n", "v", 0.1, "w", 1.0 / 3, "a", 1, "x");
	struct nd_stats before = nd_stats;

	capture(write_rec, o, buf, sizeof buf);
	CHECK_STR(buf,
	          "{\"t\":\"caf\xC3\xA9\\n\",\"v\":0.1,\"w\":0.333333333333333,\"a\":[1,\"x\"]}\n"
	          "{\"t\":\"caf\xC3\xA9\\n\",\"v\":0.1,\"w\":0.333333333333333,\"a\":[1,\"x\"]}\n"
	          "{\"a\":1}\n",
	          "records written compact, reals to 15 digits, text as a line");
	CHECK_INT(nd_stats.written - before.written, 3, "three records counted as written");
	CHECK_INT(nd_stats.passed - before.passed, 1, "one counted as passed");
	json_decref(o);
}

static void
test_rejects(void)
{
	char path[512], got[256];
	const char *p = put("rej.ndjson", "{\"a\":1}\nnot json\n[2]\n{\"b\":2}\n{oops\n");

	snprintf(path, sizeof path, "%s/rejects.ndjson", unit_dir());
	nd_set_rejects(path);
	nrec = 0;
	nd_foreach(p, collect, NULL);
	nd_close_rejects();
	unit_read(path, got, sizeof got);
	CHECK_INT(nrec, 2, "--rejects: the good records are read");
	CHECK_STR(got, "not json\n[2]\n{oops\n", "--rejects: the bad lines are kept as they were");
	nd_close_rejects();
	CHECK(1, "closing the rejects file twice is harmless");
}

static void
rejects_full(void *ctx)
{
	nd_set_rejects("/dev/full");
	nd_foreach(ctx, collect, NULL);
	nd_close_rejects();
}

static void
rejects_nodir(void *ctx)
{
	(void)ctx;
	nd_set_rejects("/nonexistent/dir/rejects");
}

static void
test_rejects_fail(void)
{
	struct unit_run r;

	unit_fork(&r, rejects_full, (void *)put("full.ndjson", "{\"a\":1}\nbad\n"));
	CHECK_INT(r.status, 2, "--rejects on a full disk ends the run with status 2");
	CHECK(strstr(r.err, "write error on rejects file \"/dev/full\"") != NULL, "and says so");
	unit_fork(&r, rejects_nodir, NULL);
	CHECK_INT(r.status, 2, "--rejects that cannot be opened: status 2");
	CHECK(strstr(r.err, "cannot open \"/nonexistent/dir/rejects\" for rejects") != NULL, "and says which file");
}

static void
bad_rec_step(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	if (r)
		nd_bad_rec(src, r, "value %d out of range", 42);
}

static void
bad_recs(void *ctx)
{
	nd_foreach_raw(ctx, bad_rec_step, NULL);
}

static void
test_bad_rec(void)
{
	struct unit_run r;
	const char *p = put("br.ndjson",
	                    "{\"doc\":\"a.txt\",\"seg\":7}\n{\"doc\":\"b\\nc\"}\n{\"seg\":3}\n{\"x\":1}\n");
	char want[1024];

	unit_fork(&r, bad_recs, (void *)p);
	snprintf(want, sizeof want,
	         "ndjson: %s:1: doc \"a.txt\" seg 7: value 42 out of range\n"
	         "ndjson: %s:2: doc \"b\\nc\": value 42 out of range\n"
	         "ndjson: %s:3: seg 3: value 42 out of range\n"
	         "ndjson: %s:4: value 42 out of range\n", p, p, p, p);
	CHECK_STR(r.err, want, "nd_bad_rec names doc and seg as they stand in the line");
	CHECK_INT(r.status, 99, "and the run goes on");
}

static int nends;

static void
count_end(json_t *rec, const struct nd_src *src, void *ctx)
{
	if (!rec)
		nends++;
	else
		nrec++;
}

static void
test_run(void)
{
	char *files[2];

	files[0] = (char *)put("r1.ndjson", "{\"a\":1}\n{\"a\":2}\n");
	files[1] = (char *)put("r2.ndjson", "{\"a\":3}\n");
	nrec = nends = 0;
	nd_run(2, files, count_end, NULL);
	CHECK_INT(nrec, 3, "nd_run reads every file");
	CHECK_INT(nends, 1, "and ends the stream with one NULL record");
}

/* Both readers over one file: records, and their trees side by side. */
static json_t *seen_tree, *seen_raw;
static int raw_bad;

static void
keep_tree(json_t *rec, const struct nd_src *src, void *ctx)
{
	(void)src;
	(void)ctx;
	if (rec)
		json_array_append(seen_tree, rec);
}

static void
keep_raw(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	json_t *t;
	size_t i, n;
	const char *s;

	(void)src;
	(void)ctx;
	if (!r)
		return;
	t = nd_raw_load(r);
	if (!t) {
		raw_bad++;
		return;
	}
	/* every string member reads back as jansson reads it */
	for (i = 0; i < r->n; i++) {
		json_t *v = json_object_get(t, r->m[i].key);

		s = nd_raw_str(r, r->m[i].key, &n);
		if (json_is_string(v) != (s != NULL) ||
		    (s && (n != json_string_length(v) || memcmp(s, json_string_value(v), n) != 0)))
			raw_bad++;
	}
	json_array_append_new(seen_raw, t);
}

static const char lines[] =
	"{\"type\":\"seg\",\"text\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/ \\n\",\"start\":12}\n"
	"{ \"type\" : \"doc\" , \"n\" : [1, 2.5, -0, 1e-400, {\"a\": [] }], \"t\":true}\n"
	"not json\n"
	"[1,2]\n"
	"{\"a\":01}\n"
	"{\"a\":\"\\u0000\"}\n"
	"{\"a\":\"\\udc00\"}\n"
	"{\"a\":\"\\ud800x\"}\n"
	"{\"a\":1e400}\n"
	"{\"a\":99999999999999999999}\n"
	"{\"a\":-9223372036854775808}\n"
	"{\"a\":1.}\n"
	"{\"a\":\"tab\there\"}\n"
	"{\"a\":1}x\n"
	"{\"a\":1,}\n"
	"{}\n"
	"{\"k\":1,\"k\":2,\"\\u0074ype\":\"x\"}\n"
	"   \n"
	"{\"a\":[1,{\"b\":null}],\"c\":false}   \n";

static void
test_same_as_jansson(void)
{
	const char *p = put("lines.ndjson", lines);
	struct nd_stats before;

	seen_tree = json_array();
	seen_raw = json_array();
	before = nd_stats;
	nd_foreach(p, keep_tree, NULL);
	CHECK_INT(nd_stats.read - before.read, 6, "jansson reads 6 records");
	CHECK_INT(nd_stats.rejected - before.rejected, 12, "jansson rejects 12 lines");
	before = nd_stats;
	nd_foreach_raw(p, keep_raw, NULL);
	CHECK_INT(nd_stats.read - before.read, 6, "raw reader reads the same 6 records");
	CHECK_INT(nd_stats.rejected - before.rejected, 12, "and rejects the same 12 lines");
	CHECK_INT(raw_bad, 0, "raw strings are jansson's strings");
	CHECK(json_equal(seen_tree, seen_raw), "the records are equal");
	json_decref(seen_tree);
	json_decref(seen_raw);
}

static void
test_deep(void)
{
	size_t d, i;
	char *s, *p;
	struct nd_stats before;

	for (d = 2047; d <= 2049; d++) {
		s = p = malloc(2 * d + 20);
		p += sprintf(p, "{\"a\":");
		for (i = 0; i < d; i++)
			*p++ = '[';
		for (i = 0; i < d; i++)
			*p++ = ']';
		sprintf(p, "}\n");
		before = nd_stats;
		nd_foreach_raw(put("deep.ndjson", s), keep_raw, NULL);
		CHECK_INT(nd_stats.read - before.read, d < 2048 ? 1 : 0,
		          d < 2048 ? "2048 levels are read" : "more than 2048 levels are refused");
		free(s);
	}
}

/* nd_raw_write's output, captured. */
static char wrote[1024];

static void
write_new(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	static const char *const keys[] = { "quantities", "k" };
	json_t *vals[2];
	FILE *f, *old = stdout;

	(void)src;
	(void)ctx;
	if (!r)
		return;
	vals[0] = json_pack("[{s:i,s:f}]", "start", 3, "value", 0.4);
	vals[1] = json_string("new");
	f = tmpfile();
	stdout = f;
	nd_raw_write(r, 2, keys, vals);
	nd_raw_pass(r);
	if (nd_raw_plain(r))
		nd_raw_append(r, "\"a\":1", 5);
	fflush(f);
	stdout = old;
	rewind(f);
	wrote[fread(wrote, 1, sizeof wrote - 1, f)] = '\0';
	fclose(f);
	json_decref(vals[0]);
	json_decref(vals[1]);
}

static void
test_write(void)
{
	nd_foreach_raw(put("w.ndjson", "{\"type\":\"seg\",\"text\":\"a\\/b\",\"n\":[1, 2]}\n"),
	               write_new, NULL);
	CHECK_STR(wrote,
	          "{\"type\":\"seg\",\"text\":\"a\\/b\",\"n\":[1, 2],"
	          "\"quantities\":[{\"start\":3,\"value\":0.4}],\"k\":\"new\"}\n"
	          "{\"type\":\"seg\",\"text\":\"a\\/b\",\"n\":[1, 2]}\n"
	          "{\"type\":\"seg\",\"text\":\"a\\/b\",\"n\":[1, 2],\"a\":1}\n",
	          "new members are appended; a compact line passes as it is, or takes text");
	nd_foreach_raw(put("w.ndjson", "{}\n"), write_new, NULL);
	CHECK_STR(wrote,
	          "{\"quantities\":[{\"start\":3,\"value\":0.4}],\"k\":\"new\"}\n{}\n{\"a\":1}\n",
	          "members added to an empty object");
	nd_foreach_raw(put("w.ndjson", "{ \"k\" : 1, \"type\":\"x\", \"k\":2 }\n"), write_new, NULL);
	CHECK_STR(wrote,
	          "{\"k\":\"new\",\"type\":\"x\",\"quantities\":[{\"start\":3,\"value\":0.4}]}\n"
	          "{\"k\":2,\"type\":\"x\"}\n",
	          "a replaced member keeps its place, a repeated key is written once, last value");
	nd_foreach_raw(put("w.ndjson", "{\"\\u0074ype\":\"x\\u00e9\"}\n"), write_new, NULL);
	CHECK_STR(wrote,
	          "{\"type\":\"x\\u00e9\",\"quantities\":[{\"start\":3,\"value\":0.4}],\"k\":\"new\"}\n"
	          "{\"\\u0074ype\":\"x\\u00e9\"}\n",
	          "an escaped key is read unescaped; passed, the line is kept");
}

static void
num_of(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	double *out = ctx;

	(void)src;
	if (!r)
		return;
	out[0] = nd_raw_num(r, "a", -1);
	out[1] = (double)nd_raw_int(r, "a", -1);
	out[2] = (double)nd_raw_int(r, "b", -1);
	out[3] = nd_raw_num(r, "c", -1);
	out[4] = strcmp(nd_raw_type(r), "seg") == 0;
}

static void
test_numbers(void)
{
	double v[5];

	nd_foreach_raw(put("n.ndjson", "{\"a\":12,\"b\":2.5,\"c\":\"7\",\"type\":\"seg\"}\n"), num_of, v);
	CHECK(v[0] == 12 && v[1] == 12, "an integer member reads as number and integer");
	CHECK(v[2] == -1, "a real that is not integral is no integer");
	CHECK(v[3] == -1, "a string is no number");
	CHECK(v[4] == 1, "type reads");
	nd_foreach_raw(put("n.ndjson", "{\"a\":3.0e2,\"b\":1e300}\n"), num_of, v);
	CHECK(v[0] == 300 && v[1] == 300, "an integral real reads as integer");
	CHECK(v[2] == -1, "a real beyond long long is no integer");
	CHECK(v[4] == 0, "no type");
}

static void
raw_more(const nd_raw *r, const struct nd_src *src, void *ctx)
{
	const struct nd_member *m;
	json_t *t;
	char out[64];
	int *ok = ctx;

	if (!r)
		return;
	*ok = 0;
	m = nd_raw_get(r, "s");
	if (!m || m->vlen != 12 || !nd_raw_is(r, "s", "a\"b\xC3\xA9") || nd_raw_is(r, "s", "a"))
		return;
	if (nd_unescape(m->val, out) != 5 || strcmp(out, "a\"b\xC3\xA9") != 0)
		return;
	if (nd_raw_get(r, "none") || nd_raw_str(r, "n", NULL) || nd_raw_is(r, "n", "1"))
		return;
	t = nd_raw_tree(r, "o");
	if (!t || json_integer_value(json_object_get(t, "k")) != 1 || nd_raw_tree(r, "none")) {
		json_decref(t);
		return;
	}
	json_decref(t);
	*ok = nd_raw_plain(r) ? 1 : 2;
}

static void
test_raw_more(void)
{
	int ok = -1;

	nd_foreach_raw(put("m.ndjson", "{\"s\":\"a\\\"b\\u00e9\",\"n\":1,\"o\":{\"k\":1}}\n"), raw_more, &ok);
	CHECK_INT(ok, 1, "nd_raw_get, nd_raw_is, nd_unescape and nd_raw_tree read members; a compact record is plain");
	nd_foreach_raw(put("m.ndjson", "{\"s\":\"a\\\"b\\u00e9\", \"n\":1,\"o\":{\"k\":1}}\n"), raw_more, &ok);
	CHECK_INT(ok, 2, "a record with a space is not plain");
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_ndjson();
	test_ndjson_hostile();
	test_members();
	test_write_tree();
	test_rejects();
	test_rejects_fail();
	test_bad_rec();
	test_run();
	test_same_as_jansson();
	test_deep();
	test_write();
	test_numbers();
	test_raw_more();
	return unit_end();
}
