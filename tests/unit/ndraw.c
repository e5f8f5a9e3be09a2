/*
 * Unit tests of the raw record layer (lib/ndjson.c, nd_foreach_raw and
 * friends): it must take exactly the lines jansson takes, give the same
 * values, and write a record with new or replaced members as jansson
 * would have written it.
 */
#include <stdlib.h>
#include <unistd.h>

#include "die.h"
#include "ndjson.h"
#include "unit.h"

static char tmpdir[] = "/tmp/cf-unit-ndraw.XXXXXX";

static char *
put(const char *name, const char *data)
{
	static char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	fputs(data, f);
	fclose(f);
	return path;
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
	char *p = put("lines.ndjson", lines);
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

int
main(int argc, char **argv)
{
	char cmd[64];

	(void)argc;
	cf_init(argv[0]);
	if (!mkdtemp(tmpdir))
		die("mkdtemp: %m");
	test_same_as_jansson();
	test_deep();
	test_write();
	test_numbers();
	fflush(stdout);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		warnx("cannot remove %s", tmpdir);
	return unit_failed;
}
