/*
 * Unit tests of lib/seg.c: each kind of item written as jansson writes it
 * and read back field by field, and the bad items each reader refuses or
 * takes (wrong types, missing and repeated keys, huge numbers, escapes).
 */
#include <math.h>
#include <stdlib.h>

#include <jansson.h>

#include "seg.h"
#include "unit.h"

static char room[4096];

/* The JSON text of T as jansson writes it compactly, to compare with our own. */
static int
as_jansson(const char *s, size_t n)
{
	json_t *v = json_loadb(s, n, JSON_DECODE_ANY, NULL);
	char *d;
	int same;

	if (!v)
		return 0;
	d = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
	same = d && strlen(d) == n && memcmp(d, s, n) == 0;
	free(d);
	json_decref(v);
	return same;
}

static const char *
written(const struct jtext *b)
{
	static char s[1024];

	snprintf(s, sizeof s, "%.*s", (int)b->n, b->b);
	return s;
}

static int
quant(const char *item, size_t len, struct seg_quant *q)
{
	char *buf = room;
	int r = seg_read_quant(item, item + strlen(item), len, &buf, q);

	CHECK((size_t)(buf - room) <= strlen(item), "quantity: its strings fit in its own length");
	return r;
}

static int
time_(const char *item, size_t len, struct seg_time *t)
{
	char *buf = room;

	return seg_read_time(item, item + strlen(item), len, &buf, t);
}

static int
term(const char *item, size_t len, struct seg_term *m)
{
	char *buf = room;

	return seg_read_term(item, item + strlen(item), len, &buf, m);
}

static void
test_quant(void)
{
	const char *text = "Revenue rose to 224.6 billion yuan ($31 billion).";
	struct seg_quant q = {
		.start = 16, .end = 34, .text = text + 16, .textlen = 18, .value = 224600000000.0,
		.unit = "CNY", .qual = "=", .kind = "money", .conv_of = -1,
	}, r;
	struct jtext b = { 0 };

	seg_put_quant(&b, &q);
	CHECK_STR(written(&b), "{\"start\":16,\"end\":34,\"text\":\"224.6 billion yuan\",\"value\":224600000000,"
	          "\"unit\":\"CNY\",\"qualifier\":\"=\",\"kind\":\"money\"}", "quantity: written");
	CHECK(as_jansson(b.b, b.n), "quantity: as jansson writes it");
	CHECK_INT(quant(written(&b), strlen(text), &r), 0, "quantity: read back good");
	CHECK_INT(r.start, 16, "quantity: start");
	CHECK_INT(r.end, 34, "quantity: end");
	CHECK_STR(r.text, "224.6 billion yuan", "quantity: text");
	CHECK_INT(r.textlen, 18, "quantity: text length");
	CHECK(r.value == 224600000000.0, "quantity: value");
	CHECK_STR(r.unit, "CNY", "quantity: unit");
	CHECK_STR(r.qual, "=", "quantity: qualifier");
	CHECK_STR(r.kind, "money", "quantity: kind");
	CHECK_INT(r.conv, 0, "quantity: no conversion");
	CHECK_INT(r.conv_of, -1, "quantity: no conversion_of");

	/* a conversion, a fraction, and text that needs escapes */
	b.n = 0;
	q = (struct seg_quant){ .start = 36, .end = 47, .text = "$31 \"b\"\\\n", .textlen = 9, .value = 0.25,
	                        .unit = "USD", .qual = "~", .kind = "money", .conv_of = 0 };
	seg_put_quant(&b, &q);
	CHECK_STR(written(&b), "{\"start\":36,\"end\":47,\"text\":\"$31 \\\"b\\\"\\\\\\n\",\"value\":0.25,"
	          "\"unit\":\"USD\",\"qualifier\":\"~\",\"kind\":\"money\",\"conversion_of\":0}",
	          "quantity: conversion and escapes written");
	CHECK(as_jansson(b.b, b.n), "quantity: conversion as jansson writes it");
	CHECK_INT(quant(written(&b), strlen(text), &r), 0, "quantity: conversion read back");
	CHECK_STR(r.text, "$31 \"b\"\\\n", "quantity: escaped text unescaped");
	CHECK_INT(r.textlen, 9, "quantity: escaped text length");
	CHECK(r.value == 0.25, "quantity: fraction value");
	CHECK_INT(r.conv, 1, "quantity: a conversion");
	CHECK_INT(r.conv_of, 0, "quantity: conversion_of 0");

	/* not finite: null; a string that is not UTF-8, or NULL: left out */
	b.n = 0;
	q = (struct seg_quant){ .start = 0, .end = 1, .text = "\xff", .textlen = 1, .value = INFINITY,
	                        .unit = "count", .qual = NULL, .kind = "number", .conv_of = -1 };
	seg_put_quant(&b, &q);
	CHECK_STR(written(&b), "{\"start\":0,\"end\":1,\"value\":null,\"unit\":\"count\",\"kind\":\"number\"}",
	          "quantity: infinite value null, bad text and NULL qualifier left out");
	CHECK_INT(quant(written(&b), 1, &r), SEG_BADVALUE, "quantity: a null value is refused");
	CHECK(r.text == NULL && r.qual == NULL, "quantity: absent strings are NULL");
	CHECK_STR(r.unit, "count", "quantity: a refused item still has its strings");
	free(b.b);
}

static void
test_quant_bad(void)
{
	struct seg_quant q;

	CHECK_INT(quant("5", 10, &q), SEG_NOTOBJ, "quantity: a number is no item");
	CHECK_INT(quant("[{\"start\":0}]", 10, &q), SEG_NOTOBJ, "quantity: an array is no item");
	CHECK_INT(quant("\"{}\"", 10, &q), SEG_NOTOBJ, "quantity: a string is no item");
	CHECK_INT(quant("{}", 10, &q), SEG_BADSPAN | SEG_BADVALUE, "quantity: empty object");
	CHECK_INT(quant("{\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: no start");
	CHECK_INT(quant("{\"start\":0,\"end\":2}", 10, &q), SEG_BADVALUE, "quantity: no value");
	CHECK_INT(q.start, 0, "quantity: no value, start read");
	CHECK_INT(q.end, 2, "quantity: no value, end read");
	CHECK_INT(quant("{\"start\":0,\"end\":11,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: end past the text");
	CHECK_INT(quant("{\"start\":0,\"end\":10,\"value\":1}", 10, &q), 0, "quantity: end at the text's end");
	CHECK_INT(quant("{\"start\":3,\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: start after end");
	CHECK_INT(quant("{\"start\":-1,\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: negative start");
	CHECK_INT(quant("{\"start\":1.0,\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: a real start");
	CHECK_INT(quant("{\"start\":1,\"end\":2e0,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: an exponent end");
	CHECK_INT(quant("{\"start\":\"1\",\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN, "quantity: a string start");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":\"1\"}", 10, &q), SEG_BADVALUE, "quantity: a string value");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":true}", 10, &q), SEG_BADVALUE, "quantity: a true value");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":null}", 10, &q), SEG_BADVALUE, "quantity: a null value");
	CHECK_INT(quant("{\"start\":1,\"end\":99999999999999999999,\"value\":1}", 10, &q), SEG_BADSPAN,
	          "quantity: a huge end");
	CHECK_INT(quant("{\"start\":-99999999999999999999,\"end\":2,\"value\":1}", 10, &q), SEG_BADSPAN,
	          "quantity: a huge negative start");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1e400}", 10, &q), 0, "quantity: a huge value is a number");
	CHECK(isinf(q.value) && q.value > 0, "quantity: 1e400 is infinite");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":-12345678901234567890}", 10, &q), 0,
	          "quantity: a 20-digit value");
	CHECK(q.value == -9223372036854775807.0 - 1, "quantity: a 20-digit value as strtoll takes it");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":-123456789012345678}", 10, &q), 0,
	          "quantity: an 18-digit value");
	CHECK(q.value == -123456789012345678.0, "quantity: an 18-digit value exact");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1.5e3}", 10, &q), 0, "quantity: an exponent value");
	CHECK(q.value == 1500.0, "quantity: 1.5e3");

	/* repeated keys: the last one counts */
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1,\"start\":12}", 20, &q), SEG_BADSPAN,
	          "quantity: a repeated start, the last after the end");
	CHECK_INT(quant("{\"start\":12,\"end\":14,\"value\":\"x\",\"start\":1,\"value\":7,\"unit\":\"a\",\"unit\":\"b\"}",
	                20, &q), 0, "quantity: repeated keys, the last good");
	CHECK_INT(q.start, 1, "quantity: the last start");
	CHECK(q.value == 7.0, "quantity: the last value");
	CHECK_STR(q.unit, "b", "quantity: the last unit");

	/* escaped keys, white space, nested members of no interest, escaped quotes */
	CHECK_INT(quant(" { \"st\\u0061rt\" : 2 , \"x\":{\"a\":[1,{\"b\":\"]}\\\"\"}]}, \"end\":\t4,\n\"value\":-3.5,"
	                "\"unit\":\"C\\u004eY\\\\\",\"kind\":\"\"}", 10, &q), SEG_NOTOBJ,
	          "quantity: white space before the object is not the item's");
	CHECK_INT(quant("{ \"st\\u0061rt\" : 2 , \"x\":{\"a\":[1,{\"b\":\"]}\\\"\"}]}, \"end\":\t4,\n\"value\":-3.5,"
	                "\"unit\":\"C\\u004eY\\\\\",\"kind\":\"\"}", 10, &q), 0,
	          "quantity: escaped key, white space, nested values");
	CHECK_INT(q.start, 2, "quantity: an escaped key is read");
	CHECK_INT(q.end, 4, "quantity: end after a nested value");
	CHECK(q.value == -3.5, "quantity: negative real value");
	CHECK_STR(q.unit, "CNY\\", "quantity: escaped unit unescaped");
	CHECK_STR(q.kind, "", "quantity: an empty string is a string");
	CHECK(q.qual == NULL, "quantity: no qualifier");

	/* conversion_of: anything but null makes a conversion; only an integer is an index */
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1,\"conversion_of\":null}", 10, &q), 0, "quantity: null conversion_of");
	CHECK(q.conv == 0 && q.conv_of == -1, "quantity: null conversion_of is none");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1,\"conversion_of\":false}", 10, &q), 0, "quantity: false conversion_of");
	CHECK(q.conv == 1 && q.conv_of == -1, "quantity: false conversion_of is a conversion, no index");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1,\"conversion_of\":3}", 10, &q), 0, "quantity: conversion_of 3");
	CHECK(q.conv == 1 && q.conv_of == 3, "quantity: conversion_of 3 read");
	CHECK_INT(quant("{\"start\":1,\"end\":2,\"value\":1,\"unit\":5,\"kind\":[\"money\"]}", 10, &q), 0,
	          "quantity: strings of other types");
	CHECK(q.unit == NULL && q.kind == NULL, "quantity: strings of other types are NULL");
}

static void
test_time(void)
{
	const char *text = "by the end of 2025";
	struct seg_time t = { .start = 0, .end = 18, .text = text, .textlen = 18, .value = "2025", .deadline = 1 }, r;
	struct jtext b = { 0 };

	seg_put_time(&b, &t);
	CHECK_STR(written(&b), "{\"start\":0,\"end\":18,\"text\":\"by the end of 2025\",\"value\":\"2025\",\"deadline\":true}",
	          "time: written");
	CHECK(as_jansson(b.b, b.n), "time: as jansson writes it");
	CHECK_INT(time_(written(&b), 18, &r), 0, "time: read back good");
	CHECK(r.start == 0 && r.end == 18, "time: span");
	CHECK_STR(r.text, text, "time: text");
	CHECK_INT(r.textlen, 18, "time: text length");
	CHECK_STR(r.value, "2025", "time: value");
	CHECK_INT(r.deadline, 1, "time: deadline");

	b.n = 0;
	t = (struct seg_time){ .start = 5, .end = 9, .text = "this", .textlen = 4, .value = NULL };
	seg_put_time(&b, &t);
	CHECK_STR(written(&b), "{\"start\":5,\"end\":9,\"text\":\"this\",\"value\":null}", "time: unresolved written");
	CHECK(as_jansson(b.b, b.n), "time: unresolved as jansson writes it");
	CHECK_INT(time_(written(&b), 18, &r), SEG_NULLVALUE, "time: a null value");
	CHECK(r.value == NULL && r.deadline == 0, "time: null value, no deadline");
	CHECK(r.start == 5 && r.end == 9, "time: null value, span read");
	CHECK_STR(r.text, "this", "time: null value, text read");
	CHECK_INT(time_(written(&b), 8, &r), SEG_NULLVALUE | SEG_BADSPAN, "time: null value, bad span");

	CHECK_INT(time_("null", 8, &r), SEG_NOTOBJ, "time: null is no item");
	CHECK_INT(time_("{\"start\":1,\"end\":2}", 8, &r), SEG_BADVALUE, "time: no value");
	CHECK_INT(time_("{\"start\":1,\"end\":2,\"value\":2025}", 8, &r), SEG_BADVALUE, "time: a numeric value");
	CHECK_INT(time_("{\"start\":1,\"end\":9,\"value\":\"2025\"}", 8, &r), SEG_BADSPAN, "time: end past the text");
	CHECK_INT(time_("{\"start\":1,\"end\":2,\"value\":\"2025\",\"deadline\":1}", 8, &r), 0, "time: deadline 1");
	CHECK_INT(r.deadline, 0, "time: only true is a deadline");
	CHECK_INT(time_("{\"start\":1,\"end\":2,\"value\":null,\"value\":\"2024-05\",\"deadline\":true,\"deadline\":false}",
	                8, &r), 0, "time: repeated value and deadline");
	CHECK_STR(r.value, "2024-05", "time: the last value");
	CHECK_INT(r.deadline, 0, "time: the last deadline");
	free(b.b);
}

static void
test_term(void)
{
	const char *text = "\xE6\xB7\xB1\xE5\x9C\xB3 AI";   /* 深圳 AI */
	struct seg_term m = { .start = 0, .end = 6, .text = text, .textlen = 6, .id = "city:Shenzhen", .cls = "city" }, r;
	struct jtext b = { 0 };

	seg_put_term(&b, &m);
	CHECK_STR(written(&b), "{\"start\":0,\"end\":6,\"text\":\"\xE6\xB7\xB1\xE5\x9C\xB3\",\"id\":\"city:Shenzhen\",\"class\":\"city\"}",
	          "term: written");
	CHECK(as_jansson(b.b, b.n), "term: as jansson writes it");
	CHECK_INT(term(written(&b), 9, &r), 0, "term: read back good");
	CHECK(r.start == 0 && r.end == 6, "term: span");
	CHECK_STR(r.text, "\xE6\xB7\xB1\xE5\x9C\xB3", "term: text");
	CHECK_INT(r.textlen, 6, "term: text length");
	CHECK_STR(r.id, "city:Shenzhen", "term: id");
	CHECK_STR(r.cls, "city", "term: class");

	/* an id that is not UTF-8 is left out, as jansson leaves it out */
	b.n = 0;
	m.id = "city:\xc3";
	seg_put_term(&b, &m);
	CHECK_STR(written(&b), "{\"start\":0,\"end\":6,\"text\":\"\xE6\xB7\xB1\xE5\x9C\xB3\",\"class\":\"city\"}",
	          "term: a bad id left out");
	CHECK_INT(term(written(&b), 9, &r), SEG_BADID, "term: no id is refused");
	CHECK_INT(term("{\"start\":0,\"end\":2,\"id\":7}", 9, &r), SEG_BADID, "term: a numeric id");
	CHECK_INT(term("{\"start\":0,\"end\":2,\"id\":\"metric:x\"}", 9, &r), 0, "term: no class is taken");
	CHECK(r.cls == NULL && r.text == NULL, "term: no class, no text");
	CHECK_INT(term("{\"start\":0,\"end\":10,\"id\":7}", 9, &r), SEG_BADSPAN | SEG_BADID, "term: bad span and id");
	CHECK_INT(term("[]", 9, &r), SEG_NOTOBJ, "term: an array is no item");
	CHECK_INT(term("{\"start\":0,\"end\":2,\"id\":\"a\",\"id\":\"b\"}", 9, &r), 0, "term: repeated id");
	CHECK_STR(r.id, "b", "term: the last id");
	free(b.b);
}

static int
span(const char *item, size_t len, size_t *s, size_t *e)
{
	return seg_read_span(item, item + strlen(item), len, s, e);
}

static void
test_span(void)
{
	size_t s = 99, e = 99;

	CHECK_INT(span("{\"start\":23,\"end\":37}", 40, &s, &e), 0, "span: without a value");
	CHECK(s == 23 && e == 37, "span: read");
	CHECK_INT(span("{\"start\":1.5,\"end\":3.9}", 40, &s, &e), 0, "span: reals are taken");
	CHECK(s == 1 && e == 3, "span: reals cut to integers");
	CHECK_INT(span("{\"start\":1,\"end\":41}", 40, &s, &e), -1, "span: end past the text");
	CHECK_INT(span("{\"start\":-0.5,\"end\":3}", 40, &s, &e), -1, "span: negative start");
	CHECK_INT(span("{\"start\":5,\"end\":3}", 40, &s, &e), -1, "span: start after end");
	CHECK_INT(span("{\"start\":\"1\",\"end\":3}", 40, &s, &e), -1, "span: a string start");
	CHECK_INT(span("{\"end\":3}", 40, &s, &e), -1, "span: no start");
	CHECK_INT(span("3", 40, &s, &e), -1, "span: no object");
	CHECK_INT(span("{\"start\":1,\"end\":1e400}", 40, &s, &e), -1, "span: an infinite end");
}

static void
test_arr(void)
{
	const char *text = " [ {\"start\":1,\"x\":[1,2]} , 5 ,\"a]\",{} ] ";
	const char *want[] = { "{\"start\":1,\"x\":[1,2]}", "5", "\"a]\"", "{}" };
	struct seg_arr a;
	const char *p, *e;
	size_t n = 0;
	int same = 1;

	CHECK_INT(seg_arr_open(&a, text, strlen(text)), 1, "array: opens");
	while (seg_arr_next(&a, &p, &e)) {
		if (n >= 4 || (size_t)(e - p) != strlen(want[n]) || memcmp(p, want[n], (size_t)(e - p)) != 0)
			same = 0;
		n++;
	}
	CHECK_INT(n, 4, "array: four elements");
	CHECK(same, "array: each element's text");
	CHECK_INT(seg_arr_open(&a, "[]", 2), 1, "array: empty opens");
	CHECK_INT(seg_arr_next(&a, &p, &e), 0, "array: empty has no element");
	CHECK_INT(seg_arr_open(&a, "{\"start\":1}", 11), 0, "array: an object is none");
	CHECK_INT(seg_arr_next(&a, &p, &e), 0, "array: an object has no element");
	CHECK_INT(seg_arr_open(&a, NULL, 0), 0, "array: absent is none");
	CHECK_INT(seg_arr_next(&a, &p, &e), 0, "array: absent has no element");
	CHECK_INT(seg_arr_open(&a, "null", 4), 0, "array: null is none");
}

static void
test_values(void)
{
	char buf[32], *b = buf;
	size_t n = 0;

	CHECK(seg_isnum("-1", 2) && seg_isint("-1", 2), "value: -1 is an integer");
	CHECK(seg_isnum("1.5", 3) && !seg_isint("1.5", 3), "value: 1.5 is no integer");
	CHECK(!seg_isnum("\"1\"", 3) && !seg_isnum(NULL, 0), "value: a string and nothing are no numbers");
	CHECK(!seg_isnum("true", 4), "value: true is no number");
	CHECK_INT(seg_int("9223372036854775807", 19), 9223372036854775807LL, "value: the largest integer");
	CHECK_INT(seg_int("-42", 3), -42, "value: -42");
	CHECK(seg_num("2.5e-1", 6) == 0.25, "value: 2.5e-1");
	CHECK_STR(seg_str("\"a\\tb\"", 6, &b, &n), "a\tb", "value: an escaped string");
	CHECK_INT(n, 3, "value: its length");
	CHECK_INT(b - buf, 5, "value: the room it took");
	CHECK(seg_str("12", 2, &b, &n) == NULL, "value: a number is no string");
	CHECK_INT(b - buf, 5, "value: no room taken by a number");
}

int
main(void)
{
	test_quant();
	test_quant_bad();
	test_time();
	test_term();
	test_span();
	test_arr();
	test_values();
	return unit_failed;
}
