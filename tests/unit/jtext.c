/*
 * Unit tests of lib/jtext.c: strings escaped byte for byte as jansson's
 * compact encoding escapes them (checked against jansson itself, and
 * against literal text), invalid UTF-8 refused with nothing appended,
 * integers to both ends of long long, keys and their commas, and
 * jansson's own encoding appended by jt_json().
 */
#include <limits.h>
#include <stdlib.h>

#include "die.h"
#include "jtext.h"
#include "unit.h"

/* T's text as a C string, in a buffer of the test's own. */
static const char *
text(const struct jtext *t)
{
	static char buf[4096];
	size_t n = t->n < sizeof buf - 1 ? t->n : sizeof buf - 1;

	memcpy(buf, t->b ? t->b : "", n);
	buf[n] = '\0';
	return buf;
}

/* 1 when jt_str() of S (N bytes) is jansson's encoding of it. */
static int
as_jansson(const char *s, size_t n)
{
	struct jtext t = { 0 };
	json_t *v = json_stringn(s, n);
	char *want = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	int same = jt_str(&t, s, n) == 1 && want && t.n == strlen(want) && memcmp(t.b, want, t.n) == 0;

	free(want);
	json_decref(v);
	free(t.b);
	return same;
}

static void
test_str(void)
{
	static const char *const cases[] = {
		"", "plain ASCII", "quote \" and backslash \\", "\b\f\n\r\t",
		"\x01\x1f\x7f", "caf\xC3\xA9 \xE4\xB8\x8A\xE6\xB5\xB7 \xF0\x9F\x98\x80",
		"eight by eight: abcdefghijklmnopqrstuvwxyz0123456789\"and\\after",
		"\xE0\xA0\x80\xED\x9F\xBF\xEF\xBF\xBF\xF4\x8F\xBF\xBF", "a/b </script>",
	};
	struct jtext t = { 0 };
	size_t i, same = 0;

	for (i = 0; i < sizeof cases / sizeof *cases; i++)
		same += as_jansson(cases[i], strlen(cases[i]));
	CHECK_INT(same, sizeof cases / sizeof *cases, "every string encodes as jansson encodes it");
	CHECK(as_jansson("a\0b", 3), "a NUL byte encodes as jansson encodes it");

	jt_str(&t, "\"\\\b\f\n\r\t\x01\x1f\x7f/", 11);
	CHECK_STR(text(&t), "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001F\x7f/\"", "escapes: short ones, then \\u00XX in capitals");
	t.n = 0;
	jt_str(&t, "a\0b", 3);
	CHECK_STR(text(&t), "\"a\\u0000b\"", "NUL as \\u0000");

	t.n = 0;
	JT_LIT(&t, "{");
	CHECK_INT(jt_str(&t, "ok\xFF", 3), 0, "a stray 0xFF is refused");
	CHECK_INT(t.n, 1, "and nothing is appended");
	CHECK_INT(jt_str(&t, "\xED\xA0\x80", 3), 0, "a surrogate is refused");
	CHECK_INT(jt_str(&t, "\xE0\x80\xAF", 3), 0, "an overlong sequence is refused");
	CHECK_INT(jt_str(&t, "\xE4\xB8", 2), 0, "a sequence cut short is refused");
	CHECK_INT(jt_str(&t, "\xF4\x90\x80\x80", 4), 0, "past U+10FFFF is refused");
	CHECK_STR(text(&t), "{", "the text is as it was");
	free(t.b);
}

static void
test_int(void)
{
	struct jtext t = { 0 };

	jt_int(&t, 0);
	JT_LIT(&t, " ");
	jt_int(&t, -7);
	JT_LIT(&t, " ");
	jt_int(&t, 1234567890123LL);
	JT_LIT(&t, " ");
	jt_int(&t, LLONG_MAX);
	JT_LIT(&t, " ");
	jt_int(&t, LLONG_MIN);
	CHECK_STR(text(&t), "0 -7 1234567890123 9223372036854775807 -9223372036854775808", "integers to both ends of long long");
	free(t.b);
}

static void
test_record(void)
{
	struct jtext t = { 0 };

	JT_LIT(&t, "{");
	jt_key(&t, "start");
	jt_int(&t, 12);
	jt_key(&t, "n");
	JT_LIT(&t, "[");
	jt_key(&t, "a");
	jt_int(&t, 1);
	JT_LIT(&t, "]");
	jt_key(&t, "text");
	jt_str(&t, "x", 1);
	JT_LIT(&t, "}");
	CHECK_STR(text(&t), "{\"start\":12,\"n\":[\"a\":1],\"text\":\"x\"}", "keys: a comma before each but after '{' or '['");
	t.n = 0;
	jt_key(&t, "first");
	CHECK_STR(text(&t), "\"first\":", "no comma at the start");

	t.n = 0;
	CHECK_INT(jt_json(&t, NULL), 0, "jt_json of NULL appends nothing");
	CHECK_INT(t.n, 0, "and the text stays empty");
	CHECK_INT(jt_json(&t, json_pack("{s:f,s:[i,s,n]}", "v", 0.1, "a", 1, "\xC3\xA9", 0)), 1, "jt_json appends a value");
	CHECK_STR(text(&t), "{\"v\":0.1,\"a\":[1,\"\xC3\xA9\",null]}", "compact, as jansson writes it");
	t.n = 0;
	jt_json(&t, json_real(1.0 / 3));
	CHECK_STR(text(&t), "0.333333333333333", "reals to 15 digits");
	free(t.b);
}

static void
test_grow(void)
{
	struct jtext t = { 0 };
	char big[10000];
	size_t i, ok = 0;

	for (i = 0; i < sizeof big; i++)
		big[i] = i % 100 == 99 ? '\n' : 'a';
	CHECK_INT(jt_str(&t, big, sizeof big), 1, "a long string with escapes all through it");
	CHECK_INT(t.n, sizeof big + 100 + 2, "each newline takes two bytes, and the quotes two");
	for (i = 1; i + 1 < t.n; i++)
		ok += t.b[i] == 'a' || t.b[i] == '\\' || t.b[i] == 'n';
	CHECK_INT(ok, t.n - 2, "every byte inside the quotes is one of the string's or an escape's");
	free(t.b);
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_str();
	test_int();
	test_record();
	test_grow();
	return unit_end();
}
