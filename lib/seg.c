/* The items of a seg record: their structs, writers and reader (see seg.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "seg.h"

/* ---- writing ---- */

/* A string member "KEY":S (KEY with its comma and colon), left out when S is NULL or not UTF-8. */
static void
put_str(struct jtext *b, const char *key, size_t klen, const char *s, size_t n)
{
	size_t mark = b->n;

	if (!s)
		return;
	jt_put(b, key, klen);
	if (!jt_str(b, s, n))
		b->n = mark;
}

#define PUT_STR(b, key, s, n) put_str((b), (key), sizeof(key) - 1, (s), (n))
#define PUT_CSTR(b, key, s) PUT_STR((b), (key), (s), (s) ? strlen(s) : 0)

/* A number as nd_number() makes it: an integer when V is integral and exact, null when not finite. */
static void
put_num(struct jtext *b, double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0)
		jt_int(b, (long long)v);
	else if (!jt_json(b, nd_number(v)))
		JT_LIT(b, "null");
}

/* Opens the object of an item: its span and its text. */
static void
put_span(struct jtext *b, size_t start, size_t end, const char *text, size_t textlen)
{
	JT_LIT(b, "{\"start\":");
	jt_int(b, (long long)start);
	JT_LIT(b, ",\"end\":");
	jt_int(b, (long long)end);
	PUT_STR(b, ",\"text\":", text, textlen);
}

void
seg_put_quant(struct jtext *b, const struct seg_quant *q)
{
	put_span(b, q->start, q->end, q->text, q->textlen);
	JT_LIT(b, ",\"value\":");
	put_num(b, q->value);
	PUT_CSTR(b, ",\"unit\":", q->unit);
	PUT_CSTR(b, ",\"qualifier\":", q->qual);
	PUT_CSTR(b, ",\"kind\":", q->kind);
	if (q->conv_of >= 0) {
		JT_LIT(b, ",\"conversion_of\":");
		jt_int(b, q->conv_of);
	}
	JT_LIT(b, "}");
}

void
seg_put_time(struct jtext *b, const struct seg_time *t)
{
	put_span(b, t->start, t->end, t->text, t->textlen);
	if (t->value)
		PUT_CSTR(b, ",\"value\":", t->value);
	else
		JT_LIT(b, ",\"value\":null");
	if (t->deadline)
		JT_LIT(b, ",\"deadline\":true");
	JT_LIT(b, "}");
}

void
seg_put_term(struct jtext *b, const struct seg_term *m)
{
	put_span(b, m->start, m->end, m->text, m->textlen);
	PUT_CSTR(b, ",\"id\":", m->id);
	PUT_CSTR(b, ",\"class\":", m->cls);
	JT_LIT(b, "}");
}

/* ---- reading ---- */

/*
 * Items are read from the JSON text of their arrays, which the reader of
 * the record has checked: a raw record's member, or a tree dumped back.
 * Only the members of the schema are looked at, and only strings are
 * unescaped.
 */
enum { K_START, K_END, K_VALUE, K_UNIT, K_QUAL, K_KIND, K_TEXT, K_CONV, K_DEADLINE, K_ID,
       K_CLASS, K_N };

#define KEY(s) { s, sizeof(s) - 1 }
static const struct {
	const char *name;
	size_t len;
} keys[K_N] = {
	[K_START] = KEY("start"),
	[K_END] = KEY("end"),
	[K_VALUE] = KEY("value"),
	[K_UNIT] = KEY("unit"),
	[K_QUAL] = KEY("qualifier"),
	[K_KIND] = KEY("kind"),
	[K_TEXT] = KEY("text"),
	[K_CONV] = KEY("conversion_of"),
	[K_DEADLINE] = KEY("deadline"),
	[K_ID] = KEY("id"),
	[K_CLASS] = KEY("class"),
};

/* A member's value: its JSON text, or P NULL when the item lacks it. */
struct jv {
	const char *p;
	size_t n;
};

static const char *
skip_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* The end of the JSON string at P (its opening quote). */
static const char *
skip_string(const char *p, const char *e)
{
	const char *q, *b;

	for (p++; p < e && (q = memchr(p, '"', (size_t)(e - p))); p = q + 1) {
		/* An escaped quote follows an odd number of backslashes. */
		for (b = q; b > p && b[-1] == '\\'; b--)
			;
		if ((q - b) % 2 == 0)
			return q + 1;
	}
	return e;
}

/* The bytes of a number or a literal (true, false, null). */
static int
is_atom(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c == '.' || c == '-' || c == '+';
}

/* The end of the JSON value at P (valid JSON text ending at E). */
static const char *
skip_value(const char *p, const char *e)
{
	int depth = 0;

	do {
		if (p >= e)
			return e;
		switch (*p) {
		case '"':
			p = skip_string(p, e);
			break;
		case '[':
		case '{':
			depth++;
			p++;
			break;
		case ']':
		case '}':
			depth--;
			p++;
			break;
		case ',':
		case ':':
		case ' ':
		case '\t':
		case '\n':
		case '\r':
			p++;
			break;
		default:   /* a number, true, false or null */
			do
				p++;
			while (p < e && is_atom((unsigned char)*p));
		}
	} while (depth > 0);
	return p < e ? p : e;
}

/* Which of KEYS the key at P (its opening quote) ending at Q is, or -1. */
static int
key_index(const char *p, const char *q)
{
	char buf[128];
	const char *k = p + 1;
	size_t n = (size_t)(q - p) - 2, i;

	if (memchr(k, '\\', n)) {
		if (n >= sizeof buf)
			return -1;
		n = nd_unescape(p, buf);
		k = buf;
	}
	for (i = 0; i < K_N; i++)
		if (keys[i].len == n && keys[i].name[0] == k[0] && memcmp(keys[i].name, k, n) == 0)
			return (int)i;
	return -1;
}

/*
 * Reads the members of the item at P that the schema knows into V (the
 * last one of a repeated key, as jansson keeps it).  Returns 0 when the
 * item is not an object.
 */
static int
read_item(const char *p, const char *e, struct jv *v)
{
	const char *k, *ke;
	int i;

	memset(v, 0, K_N * sizeof *v);
	if (p >= e || *p != '{')
		return 0;
	p = skip_ws(p + 1, e);
	while (p < e && *p == '"') {
		k = p;
		ke = skip_string(p, e);
		p = skip_ws(ke, e);
		if (p < e && *p == ':')
			p = skip_ws(p + 1, e);
		i = key_index(k, ke);
		ke = skip_value(p, e);
		if (i >= 0) {
			v[i].p = p;
			v[i].n = (size_t)(ke - p);
		}
		p = skip_ws(ke, e);
		if (p < e && *p == ',')
			p = skip_ws(p + 1, e);
	}
	return 1;
}

int
seg_arr_open(struct seg_arr *a, const char *text, size_t len)
{
	a->e = text ? text + len : NULL;
	a->p = text ? skip_ws(text, a->e) : NULL;
	if (!text || a->p >= a->e || *a->p != '[') {
		a->p = a->e;
		return 0;
	}
	a->p = skip_ws(a->p + 1, a->e);
	return 1;
}

int
seg_arr_next(struct seg_arr *a, const char **p, const char **e)
{
	if (a->p >= a->e || *a->p == ']')
		return 0;
	*p = a->p;
	*e = skip_value(a->p, a->e);
	a->p = skip_ws(*e, a->e);
	if (a->p < a->e && *a->p == ',')
		a->p = skip_ws(a->p + 1, a->e);
	return 1;
}

int
seg_isnum(const char *p, size_t n)
{
	return p && n > 0 && (*p == '-' || (*p >= '0' && *p <= '9'));
}

int
seg_isint(const char *p, size_t n)
{
	size_t i;

	if (!seg_isnum(p, n))
		return 0;
	for (i = 0; i < n; i++)
		if (p[i] == '.' || p[i] == 'e' || p[i] == 'E')
			return 0;
	return 1;
}

long long
seg_int(const char *p, size_t n)
{
	const char *d = p + (*p == '-');
	long long x = 0;

	/* 18 digits always fit; longer ones are taken as strtoll() takes them */
	if (n > 18)
		return strtoll(p, NULL, 10);
	for (; d < p + n; d++)
		x = x * 10 + (*d - '0');
	return *p == '-' ? -x : x;
}

double
seg_num(const char *p, size_t n)
{
	return seg_isint(p, n) ? (double)seg_int(p, n) : strtod(p, NULL);
}

const char *
seg_str(const char *p, size_t n, char **buf, size_t *len)
{
	char *out = *buf;
	size_t k;

	if (!p || n < 2 || *p != '"')
		return NULL;
	if (memchr(p + 1, '\\', n - 2)) {
		k = nd_unescape(p, out);
	} else {
		k = n - 2;
		memcpy(out, p + 1, k);
		out[k] = '\0';
	}
	*buf += n - 1;
	if (len)
		*len = k;
	return out;
}

static int
jv_is(const struct jv *v, const char *lit, size_t n)
{
	return v->p && v->n == n && memcmp(v->p, lit, n) == 0;
}

#define JV_IS(v, lit) jv_is((v), (lit), sizeof(lit) - 1)

/* The span of item V into *S and *E: 0, or SEG_BADSPAN. */
static int
span(const struct jv *v, size_t len, size_t *s, size_t *e)
{
	long long x, y;

	if (!seg_isint(v[K_START].p, v[K_START].n) || !seg_isint(v[K_END].p, v[K_END].n))
		return SEG_BADSPAN;
	x = seg_int(v[K_START].p, v[K_START].n);
	y = seg_int(v[K_END].p, v[K_END].n);
	if (x < 0 || y < x || (unsigned long long)y > len)
		return SEG_BADSPAN;
	*s = (size_t)x;
	*e = (size_t)y;
	return 0;
}

#define JV_STR(v, k, buf, len) seg_str((v)[k].p, (v)[k].n, (buf), (len))

int
seg_read_quant(const char *p, const char *e, size_t len, char **buf, struct seg_quant *q)
{
	struct jv v[K_N];
	int r;

	*q = (struct seg_quant){ .conv_of = -1 };
	if (!read_item(p, e, v))
		return SEG_NOTOBJ;
	r = span(v, len, &q->start, &q->end);
	if (seg_isnum(v[K_VALUE].p, v[K_VALUE].n))
		q->value = seg_num(v[K_VALUE].p, v[K_VALUE].n);
	else
		r |= SEG_BADVALUE;
	q->text = JV_STR(v, K_TEXT, buf, &q->textlen);
	q->unit = JV_STR(v, K_UNIT, buf, NULL);
	q->qual = JV_STR(v, K_QUAL, buf, NULL);
	q->kind = JV_STR(v, K_KIND, buf, NULL);
	q->conv = v[K_CONV].p && !JV_IS(&v[K_CONV], "null");
	if (seg_isint(v[K_CONV].p, v[K_CONV].n))
		q->conv_of = seg_int(v[K_CONV].p, v[K_CONV].n);
	return r;
}

int
seg_read_time(const char *p, const char *e, size_t len, char **buf, struct seg_time *t)
{
	struct jv v[K_N];
	int r;

	*t = (struct seg_time){ 0 };
	if (!read_item(p, e, v))
		return SEG_NOTOBJ;
	r = span(v, len, &t->start, &t->end);
	if (JV_IS(&v[K_VALUE], "null"))
		r |= SEG_NULLVALUE;
	else if (!(t->value = JV_STR(v, K_VALUE, buf, NULL)))
		r |= SEG_BADVALUE;
	t->text = JV_STR(v, K_TEXT, buf, &t->textlen);
	t->deadline = JV_IS(&v[K_DEADLINE], "true");
	return r;
}

int
seg_read_term(const char *p, const char *e, size_t len, char **buf, struct seg_term *m)
{
	struct jv v[K_N];
	int r;

	*m = (struct seg_term){ 0 };
	if (!read_item(p, e, v))
		return SEG_NOTOBJ;
	r = span(v, len, &m->start, &m->end);
	if (!(m->id = JV_STR(v, K_ID, buf, NULL)))
		r |= SEG_BADID;
	m->cls = JV_STR(v, K_CLASS, buf, NULL);
	m->text = JV_STR(v, K_TEXT, buf, &m->textlen);
	return r;
}

int
seg_read_span(const char *p, const char *e, size_t len, size_t *start, size_t *end)
{
	struct jv v[K_N];
	double a, b;

	if (!read_item(p, e, v) || !seg_isnum(v[K_START].p, v[K_START].n) ||
	    !seg_isnum(v[K_END].p, v[K_END].n))
		return -1;
	a = seg_num(v[K_START].p, v[K_START].n);
	b = seg_num(v[K_END].p, v[K_END].n);
	if (!(a >= 0 && b >= a && b <= (double)len))
		return -1;
	*start = (size_t)a;
	*end = (size_t)b;
	return 0;
}
