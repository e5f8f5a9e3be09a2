/* NDJSON reading and writing. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "input.h"
#include "ndjson.h"
#include "utf8.h"

struct nd_stats nd_stats;
static FILE *rejects;
static char *rejects_path;

void
nd_set_rejects(const char *path)
{
	nd_close_rejects();
	rejects = fopen(path, "w");
	if (!rejects)
		die("cannot open \"%s\" for rejects: %m", path);
	rejects_path = xstrdup(path);
}

/*
 * Each rejected line is flushed as it is written: they are few, and a
 * full disk is then reported at the line it failed on, not lost at exit.
 */
static void
reject(const char *line, size_t len)
{
	nd_stats.rejected++;
	if (!rejects)
		return;
	fwrite(line, 1, len, rejects);
	fputc('\n', rejects);
	if (fflush(rejects) != 0 || ferror(rejects))
		die("write error on rejects file \"%s\": %s", rejects_path, strerror(errno));
}

void
nd_close_rejects(void)
{
	FILE *f = rejects;

	if (!f)
		return;
	rejects = NULL;
	if (fflush(f) != 0 || ferror(f)) {
		int e = errno;

		fclose(f);
		die("write error on rejects file \"%s\": %s", rejects_path, strerror(e));
	}
	if (fclose(f) != 0)
		die("write error on rejects file \"%s\": %s", rejects_path, strerror(errno));
	free(rejects_path);
	rejects_path = NULL;
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
		die_flush();
	nd_stats.written++;
}

void
nd_write_text(const char *s, size_t n)
{
	if (fwrite(s, 1, n, stdout) != n || putchar('\n') == EOF || ferror(stdout))
		die_flush();
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
	fprintf(stderr, "%s: read %lld, written %lld, passed %lld, rejected %lld\n", die_prog,
	        nd_stats.read, nd_stats.written, nd_stats.passed, nd_stats.rejected);
}

/*
 * Raw records.  The scanner accepts exactly what json_loadb() accepts with
 * flags 0 (tests/fuzz/ndjson.c holds the two to that): control bytes and
 * \u0000 refused in strings, surrogates paired, no leading zeros, integers
 * within long long, reals finite, at most 2048 nested containers, nothing
 * after the value.
 */
#define ND_MAX_DEPTH 2048
#define ND_DEDUP_MAX 64     /* above this many members, write through jansson */

struct arena_blk {
	struct arena_blk *next;
	size_t cap, used;
	char data[];
};

static struct arena_blk *arena_head, *arena_cur;

static void
arena_reset(void)
{
	struct arena_blk *b;

	for (b = arena_head; b; b = b->next)
		b->used = 0;
	arena_cur = arena_head;
}

static char *
arena_alloc(size_t n)
{
	struct arena_blk *b = arena_cur, **link;
	size_t cap;

	n = (n + 7) & ~(size_t)7;
	while (b && b->cap - b->used < n)
		b = b->next;
	if (!b) {
		cap = n > 65536 ? n : 65536;
		b = xmalloc(sizeof *b + cap);
		b->next = NULL;
		b->cap = cap;
		b->used = 0;
		for (link = &arena_head; *link; link = &(*link)->next)
			;
		*link = b;
	}
	arena_cur = b;
	b->used += n;
	return b->data + b->used - n;
}

struct scan {
	const char *p, *end;
	int depth;
};

static void
sc_ws(struct scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static int
hex4(const char *p)
{
	int i, v = 0, c;

	for (i = 0; i < 4; i++) {
		c = (unsigned char)p[i];
		if (c >= '0' && c <= '9')
			v = v * 16 + c - '0';
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v = v * 16 + c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* A string at s->p (the opening quote); sets *ESC when it holds escapes. */
static int
sc_string(struct scan *s, int *esc)
{
	const char *p = s->p + 1, *end = s->end;
	int u, lo;

	*esc = 0;
	for (;;) {
		/* eight bytes at a time while none is a control byte, " or \\ */
		while (end - p >= 8) {
			const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
			uint64_t x, q, b;

			memcpy(&x, p, 8);
			q = x ^ 0x2222222222222222ULL;
			b = x ^ 0x5C5C5C5C5C5C5C5CULL;
			if ((((x - 0x20 * ones) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high)
				break;
			p += 8;
		}
		while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
			p++;
		if (p >= end || (unsigned char)*p < 0x20)
			return 0;
		if (*p == '"')
			break;
		*esc = 1;
		if (end - p < 2)
			return 0;
		switch (p[1]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
			p += 2;
			continue;
		case 'u':
			break;
		default:
			return 0;
		}
		if (end - p < 6 || (u = hex4(p + 2)) < 0 || u == 0)
			return 0;
		p += 6;
		if (u >= 0xDC00 && u <= 0xDFFF)
			return 0;
		if (u >= 0xD800 && u <= 0xDBFF) {
			if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
				return 0;
			lo = hex4(p + 2);
			if (lo < 0xDC00 || lo > 0xDFFF)
				return 0;
			p += 6;
		}
	}
	s->p = p + 1;
	return 1;
}

static int
sc_number(struct scan *s)
{
	const char *p = s->p, *b = p, *end = s->end;
	int real = 0;
	char *e;

	if (p < end && *p == '-')
		p++;
	if (p >= end)
		return 0;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else
		return 0;
	if (p < end && *p == '.') {
		real = 1;
		if (++p >= end || *p < '0' || *p > '9')
			return 0;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		real = 1;
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return 0;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	s->p = p;
	if (!real) {
		/* 18 digits always fit; longer ones are checked as jansson does */
		if (p - b - (*b == '-') > 18) {
			char tmp[64];

			if (p - b >= (long)sizeof tmp)
				return 0;
			memcpy(tmp, b, (size_t)(p - b));
			tmp[p - b] = '\0';
			errno = 0;
			(void)strtoll(tmp, &e, 10);
			if (errno == ERANGE)
				return 0;
		}
	} else if (p - b < 64) {
		char tmp[64];

		memcpy(tmp, b, (size_t)(p - b));
		tmp[p - b] = '\0';
		if (isinf(strtod(tmp, &e)))
			return 0;
	} else {
		char *tmp = xmalloc((size_t)(p - b) + 1);
		int bad;

		memcpy(tmp, b, (size_t)(p - b));
		tmp[p - b] = '\0';
		bad = isinf(strtod(tmp, &e));
		free(tmp);
		if (bad)
			return 0;
	}
	return 1;
}

static int
sc_lit(struct scan *s, const char *w, size_t n)
{
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n) != 0)
		return 0;
	s->p += n;
	return 1;
}

static int sc_value(struct scan *s);

static int
sc_container(struct scan *s, char close)
{
	int esc;

	if (++s->depth > ND_MAX_DEPTH)
		return 0;
	s->p++;
	sc_ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		s->depth--;
		return 1;
	}
	for (;;) {
		if (close == '}') {
			if (s->p >= s->end || *s->p != '"' || !sc_string(s, &esc))
				return 0;
			sc_ws(s);
			if (s->p >= s->end || *s->p != ':')
				return 0;
			s->p++;
			sc_ws(s);
		}
		if (!sc_value(s))
			return 0;
		sc_ws(s);
		if (s->p >= s->end)
			return 0;
		if (*s->p == ',') {
			s->p++;
			sc_ws(s);
			continue;
		}
		if (*s->p != close)
			return 0;
		s->p++;
		s->depth--;
		return 1;
	}
}

static int
sc_value(struct scan *s)
{
	int esc;

	if (s->p >= s->end)
		return 0;
	switch (*s->p) {
	case '{':
		return sc_container(s, '}');
	case '[':
		return sc_container(s, ']');
	case '"':
		return sc_string(s, &esc);
	case 't':
		return sc_lit(s, "true", 4);
	case 'f':
		return sc_lit(s, "false", 5);
	case 'n':
		return sc_lit(s, "null", 4);
	default:
		return sc_number(s);
	}
}

/*
 * The closing quote of a checked JSON string whose text starts at Q: the
 * line is NUL-terminated, and a checked string holds no NUL byte.
 */
static const char *
str_end(const char *q)
{
	for (q = strpbrk(q, "\"\\"); *q == '\\'; q = strpbrk(q + 2, "\"\\"))
		;
	return q;
}

/*
 * Unescapes the JSON string at P (its opening quote; checked by the
 * scanner) into OUT, NUL-terminated; returns its length.
 */
static size_t
unescape_to(const char *p, char *out)
{
	const char *q = p + 1, *e;
	char *o = out;
	unsigned u, lo;

	e = str_end(q);
	while (q < e) {
		if (*q != '\\') {
			const char *b = memchr(q, '\\', (size_t)(e - q));
			size_t run = b ? (size_t)(b - q) : (size_t)(e - q);

			memcpy(o, q, run);
			o += run;
			q += run;
			continue;
		}
		switch (q[1]) {
		case 'b': *o++ = '\b'; q += 2; continue;
		case 'f': *o++ = '\f'; q += 2; continue;
		case 'n': *o++ = '\n'; q += 2; continue;
		case 'r': *o++ = '\r'; q += 2; continue;
		case 't': *o++ = '\t'; q += 2; continue;
		case 'u': break;
		default: *o++ = q[1]; q += 2; continue;
		}
		u = (unsigned)hex4(q + 2);
		q += 6;
		if (u >= 0xD800 && u <= 0xDBFF) {
			lo = (unsigned)hex4(q + 2);
			q += 6;
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
		}
		/* \uXXXX takes 6 bytes or 12 for a pair: UTF-8 never needs more */
		if (u < 0x80) {
			*o++ = (char)u;
		} else if (u < 0x800) {
			*o++ = (char)(0xC0 | u >> 6);
			*o++ = (char)(0x80 | (u & 0x3F));
		} else if (u < 0x10000) {
			*o++ = (char)(0xE0 | u >> 12);
			*o++ = (char)(0x80 | (u >> 6 & 0x3F));
			*o++ = (char)(0x80 | (u & 0x3F));
		} else {
			*o++ = (char)(0xF0 | u >> 18);
			*o++ = (char)(0x80 | (u >> 12 & 0x3F));
			*o++ = (char)(0x80 | (u >> 6 & 0x3F));
			*o++ = (char)(0x80 | (u & 0x3F));
		}
	}
	*o = '\0';
	return (size_t)(o - out);
}

/* The same into the record's arena. */
static char *
unescape(const char *p, size_t *len)
{
	const char *e;
	char *out;

	e = str_end(p + 1);
	out = arena_alloc((size_t)(e - p));
	*len = unescape_to(p, out);
	return out;
}

static struct nd_member *members;
static size_t *klens;          /* key lengths, for the duplicate check */
static size_t members_cap;
static int raw_dups, raw_compact, raw_plainkeys;

/* Scans LINE as a JSON object, filling R.  Returns 0 when it is not one. */
static int
raw_scan(nd_raw *r, const char *line, size_t len)
{
	struct scan s = { line, line + len, 1 };
	size_t n = 0, klen, i, j;
	const char *k;
	int esc;

	r->line = line;
	r->len = len;
	r->n = 0;
	r->m = members;
	raw_dups = 0;
	raw_compact = 1;
	raw_plainkeys = 1;
	sc_ws(&s);
	if (s.p != line)
		raw_compact = 0;
	if (s.p >= s.end || *s.p != '{')
		return 0;
	s.p++;
	sc_ws(&s);
	if (s.p < s.end && *s.p == '}') {
		s.p++;
		goto done;
	}
	for (;;) {
		const char *kp = s.p, *ws = s.p;

		if (s.p >= s.end || *s.p != '"' || !sc_string(&s, &esc))
			return 0;
		if (n == members_cap) {
			members_cap = members_cap ? 2 * members_cap : 16;
			members = xrealloc(members, members_cap * sizeof *members);
			klens = xrealloc(klens, members_cap * sizeof *klens);
		}
		if (esc) {
			members[n].key = unescape(kp, &klen);
		} else {
			char *kc = arena_alloc((size_t)(s.p - kp) - 1);

			memcpy(kc, kp + 1, (size_t)(s.p - kp) - 2);
			kc[s.p - kp - 2] = '\0';
			members[n].key = kc;
		}
		members[n].plainkey = !esc;
		if (esc)
			raw_plainkeys = 0;
		klens[n] = esc ? klen : (size_t)(s.p - kp) - 2;
		ws = s.p;
		sc_ws(&s);
		if (s.p >= s.end || *s.p != ':')
			return 0;
		s.p++;
		sc_ws(&s);
		if (s.p != ws + 1)
			raw_compact = 0;
		members[n].val = s.p;
		if (!sc_value(&s))
			return 0;
		members[n].vlen = (size_t)(s.p - members[n].val);
		n++;
		ws = s.p;
		sc_ws(&s);
		if (s.p >= s.end)
			return 0;
		if (s.p != ws)
			raw_compact = 0;
		if (*s.p == '}') {
			s.p++;
			break;
		}
		if (*s.p != ',')
			return 0;
		s.p++;
		ws = s.p;
		sc_ws(&s);
		if (s.p != ws)
			raw_compact = 0;
	}
done:
	if (s.p != s.end)
		raw_compact = 0;
	sc_ws(&s);
	if (s.p != s.end)
		return 0;
	r->n = n;
	r->m = members;
	if (n > ND_DEDUP_MAX) {
		raw_dups = 1;
	} else {
		for (i = 1; i < n && !raw_dups; i++) {
			k = members[i].key;
			for (j = 0; j < i; j++)
				if (klens[j] == klens[i] && members[j].key[0] == k[0] &&
				    memcmp(members[j].key, k, klens[i]) == 0) {
					raw_dups = 1;
					break;
				}
		}
	}
	return 1;
}

/* A member's JSON text, as it stands in the line, cut to LIM bytes. */
static int
member_text(const nd_raw *r, const char *key, size_t lim, const char **p)
{
	const struct nd_member *m = r ? nd_raw_get(r, key) : NULL;

	if (!m)
		return -1;
	*p = m->val;
	return (int)(m->vlen < lim ? m->vlen : lim);
}

/*
 * The same for a line that is not a record: the text of "KEY": and the
 * string or number after it, as our tools write it (no white space).  The
 * pattern cannot match inside a string, where the quotes are escaped.
 */
static int
line_member(const char *line, size_t len, const char *key, size_t lim, const char **p)
{
	char pat[16];
	const char *q, *e = line + len, *v;
	size_t k = (size_t)snprintf(pat, sizeof pat, "\"%s\":", key);

	q = memmem(line, len, pat, k);
	if (!q)
		return -1;
	v = q + k;
	if (v < e && *v == '"') {
		for (q = v + 1; q < e && *q != '"'; q++)
			if (*q == '\\' && q + 1 < e)
				q++;
		if (q == e)
			return -1;
		q++;
	} else {
		for (q = v; q < e && ((*q >= '0' && *q <= '9') || *q == '-'); q++)
			;
		if (q == v)
			return -1;
	}
	*p = v;
	return (int)((size_t)(q - v) < lim ? (size_t)(q - v) : lim);
}

static void
bad_where(const struct nd_src *src, const char *doc, int nd, const char *seg, int ns, const char *fmt,
          va_list ap)
{
	va_list aq;
	char *msg;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	if (nd >= 0 && ns >= 0)
		die_at(src->file, src->line, "doc %.*s seg %.*s: %s", nd, doc, ns, seg, msg);
	else if (nd >= 0)
		die_at(src->file, src->line, "doc %.*s: %s", nd, doc, msg);
	else if (ns >= 0)
		die_at(src->file, src->line, "seg %.*s: %s", ns, seg, msg);
	else
		die_at(src->file, src->line, "%s", msg);
	free(msg);
}

void
nd_bad_rec(const struct nd_src *src, const nd_raw *r, const char *fmt, ...)
{
	va_list ap;
	const char *doc = NULL, *seg = NULL;
	int nd = member_text(r, "doc", 300, &doc), ns = member_text(r, "seg", 24, &seg);

	va_start(ap, fmt);
	bad_where(src, doc, nd, seg, ns, fmt, ap);
	va_end(ap);
}

/* nd_bad_rec() for LINE (LEN bytes), which is not a record. */
static __attribute__((format(printf, 4, 5))) void
bad_line(const struct nd_src *src, const char *line, size_t len, const char *fmt, ...)
{
	va_list ap;
	const char *doc = NULL, *seg = NULL;
	int nd = line_member(line, len, "doc", 300, &doc), ns = line_member(line, len, "seg", 24, &seg);

	va_start(ap, fmt);
	bad_where(src, doc, nd, seg, ns, fmt, ap);
	va_end(ap);
}

long long
nd_foreach_raw(const char *path, nd_raw_step step, void *ctx)
{
	cf_input *in;
	char *line, *fixed, *text;
	size_t len, flen, nbad, tlen;
	long long count = 0;
	struct nd_src src;
	json_error_t err;
	json_t *rec;
	nd_raw r;

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
			die_at(src.file, src.line, "invalid UTF-8 (%zu sequence%s replaced with U+FFFD)",
			       nbad, nbad == 1 ? "" : "s");
		}
		text = fixed ? fixed : line;
		tlen = fixed ? flen : len;
		arena_reset();
		if (!raw_scan(&r, text, tlen)) {
			/*
			 * jansson says what is wrong; should it take a line the
			 * scanner refused, its own encoding of the line is used.
			 */
			rec = json_loadb(text, tlen, 0, &err);
			/* the line is kept before the message: --strict exits there */
			if (!rec) {
				reject(line, len);
				bad_line(&src, text, tlen, "bad JSON at column %d: %s", err.column,
				         err.text);
				free(fixed);
				continue;
			}
			if (!json_is_object(rec)) {
				reject(line, len);
				die_at(src.file, src.line, "not a JSON object");
				json_decref(rec);
				free(fixed);
				continue;
			}
			free(fixed);
			fixed = json_dumps(rec, JSON_COMPACT | JSON_REAL_PRECISION(17));
			json_decref(rec);
			arena_reset();
			if (!fixed || !raw_scan(&r, fixed, strlen(fixed)))
				die("cannot read back a record of \"%s\" line %lld", src.file, src.line);
		}
		nd_stats.read++;
		count++;
		step(&r, &src, ctx);
		free(fixed);
	}
	in_close(in);
	return count;
}

void
nd_run_raw(int n, char **argv, nd_raw_step step, void *ctx)
{
	struct nd_src end = { NULL, 0 };
	int i;

	if (n == 0)
		nd_foreach_raw("-", step, ctx);
	for (i = 0; i < n; i++)
		nd_foreach_raw(argv[i], step, ctx);
	step(NULL, &end, ctx);
}

/* nd_foreach() is the raw reader handing each record on as a tree. */
struct tree_step {
	nd_step step;
	void *ctx;
};

static void
as_tree(const nd_raw *r, const struct nd_src *src, void *vctx)
{
	struct tree_step *t = vctx;
	json_t *rec;

	if (!r) {
		t->step(NULL, src, t->ctx);
		return;
	}
	rec = nd_raw_load(r);
	if (!rec)
		die("cannot read back a record of \"%s\" line %lld", src->file, src->line);
	t->step(rec, src, t->ctx);
	json_decref(rec);
}

long long
nd_foreach(const char *path, nd_step step, void *ctx)
{
	struct tree_step t = { step, ctx };

	return nd_foreach_raw(path, as_tree, &t);
}

void
nd_run(int n, char **argv, nd_step step, void *ctx)
{
	struct tree_step t = { step, ctx };

	nd_run_raw(n, argv, as_tree, &t);
}

const struct nd_member *
nd_raw_get(const nd_raw *r, const char *key)
{
	size_t i;

	if (r->m == members && !raw_dups) {
		/* the usual record: keys are unique, "type" comes first */
		for (i = 0; i < r->n; i++)
			if (r->m[i].key[0] == key[0] && strcmp(r->m[i].key, key) == 0)
				return &r->m[i];
		return NULL;
	}
	for (i = r->n; i-- > 0;)
		if (strcmp(r->m[i].key, key) == 0)
			return &r->m[i];
	return NULL;
}

const char *
nd_raw_str(const nd_raw *r, const char *key, size_t *len)
{
	const struct nd_member *m = nd_raw_get(r, key);
	size_t n;
	const char *s;

	if (!m || m->val[0] != '"')
		return NULL;
	s = unescape(m->val, &n);
	if (len)
		*len = n;
	return s;
}

int
nd_raw_is(const nd_raw *r, const char *key, const char *s)
{
	const struct nd_member *m = nd_raw_get(r, key);
	size_t n = strlen(s);
	const char *v;

	if (!m || m->val[0] != '"')
		return 0;
	if (m->vlen == n + 2 && memcmp(m->val + 1, s, n) == 0)
		return 1;
	if (!memchr(m->val, '\\', m->vlen))
		return 0;
	v = unescape(m->val, &n);
	return n == strlen(s) && memcmp(v, s, n) == 0;
}

size_t
nd_unescape(const char *p, char *out)
{
	return unescape_to(p, out);
}

const char *
nd_raw_type(const nd_raw *r)
{
	const char *t = nd_raw_str(r, "type", NULL);

	return t ? t : "";
}

static int
raw_isnum(const struct nd_member *m)
{
	return m && (m->val[0] == '-' || (m->val[0] >= '0' && m->val[0] <= '9'));
}

static int
raw_isreal(const struct nd_member *m)
{
	size_t i;

	for (i = 0; i < m->vlen; i++)
		if (m->val[i] == '.' || m->val[i] == 'e' || m->val[i] == 'E')
			return 1;
	return 0;
}

double
nd_raw_num(const nd_raw *r, const char *key, double def)
{
	const struct nd_member *m = nd_raw_get(r, key);

	if (!raw_isnum(m))
		return def;
	if (!raw_isreal(m))
		return (double)strtoll(m->val, NULL, 10);
	return strtod(m->val, NULL);
}

long long
nd_raw_int(const nd_raw *r, const char *key, long long def)
{
	const struct nd_member *m = nd_raw_get(r, key);
	double d;

	if (!raw_isnum(m))
		return def;
	if (!raw_isreal(m))
		return strtoll(m->val, NULL, 10);
	d = strtod(m->val, NULL);
	if (!(d >= -9.2e18 && d <= 9.2e18) || d != floor(d))
		return def;
	return (long long)d;
}

json_t *
nd_raw_tree(const nd_raw *r, const char *key)
{
	const struct nd_member *m = nd_raw_get(r, key);

	return m ? json_loadb(m->val, m->vlen, JSON_DECODE_ANY, NULL) : NULL;
}

json_t *
nd_raw_load(const nd_raw *r)
{
	return json_loadb(r->line, r->len, 0, NULL);
}

static char *obuf;
static size_t ocap, olen;

static void
out_put(const char *s, size_t n)
{
	if (olen + n > ocap) {
		ocap = olen + n > 2 * ocap ? olen + n + 256 : 2 * ocap;
		obuf = xrealloc(obuf, ocap);
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

static void
out_key(const struct nd_member *m)
{
	json_t *k;
	size_t n;

	if (m->plainkey) {
		out_put("\"", 1);
		out_put(m->key, strlen(m->key));
		out_put("\"", 1);
		return;
	}
	k = json_string(m->key);
	n = json_dumpb(k, NULL, 0, JSON_ENCODE_ANY);
	if (olen + n > ocap) {
		ocap = olen + n + 256;
		obuf = xrealloc(obuf, ocap);
	}
	olen += json_dumpb(k, obuf + olen, n, JSON_ENCODE_ANY);
	json_decref(k);
}

static void
out_json(const json_t *v)
{
	const size_t flags = JSON_COMPACT | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY;
	size_t n = json_dumpb(v, obuf + olen, ocap - olen, flags);

	if (n > ocap - olen) {
		ocap = olen + n > 2 * ocap ? olen + n + 256 : 2 * ocap;
		obuf = xrealloc(obuf, ocap);
		n = json_dumpb(v, obuf + olen, ocap - olen, flags);
	}
	if (n == 0)
		die("cannot encode a record as JSON");
	olen += n;
}

static void
out_flush(void)
{
	out_put("\n", 1);
	if (fwrite(obuf, 1, olen, stdout) != olen || ferror(stdout))
		die_flush();
	olen = 0;
}

void
nd_raw_write(const nd_raw *r, size_t n, const char *const *keys, json_t *const *vals)
{
	const struct nd_member *m, *last;
	unsigned char done[64];
	size_t i, j, out = 0;

	if (raw_dups && r->n > ND_DEDUP_MAX) {
		json_t *rec = nd_raw_load(r);

		for (i = 0; rec && i < n; i++)
			json_object_set(rec, keys[i], vals[i]);
		if (!rec)
			die("cannot read back a record");
		nd_write(rec);
		json_decref(rec);
		return;
	}
	if (n > sizeof done)
		die("nd_raw_write: too many members");
	memset(done, 0, n);
	olen = 0;
	if (!obuf) {
		ocap = 4096;
		obuf = xmalloc(ocap);
	}
	if (n == 0 && raw_compact && !raw_dups) {
		out_put(r->line, r->len);
		out_flush();
		nd_stats.written++;
		return;
	}
	out_put("{", 1);
	for (i = 0; i < r->n; i++) {
		m = &r->m[i];
		if (raw_dups) {
			for (j = 0; j < i && strcmp(r->m[j].key, m->key) != 0; j++)
				;
			if (j < i)
				continue;   /* written at its first place */
		}
		if (out++)
			out_put(",", 1);
		out_key(m);
		out_put(":", 1);
		for (j = 0; j < n && strcmp(keys[j], m->key) != 0; j++)
			;
		if (j < n) {
			out_json(vals[j]);
			done[j] = 1;
			continue;
		}
		last = raw_dups ? nd_raw_get(r, m->key) : m;
		out_put(last->val, last->vlen);
	}
	for (j = 0; j < n; j++) {
		if (done[j])
			continue;
		if (out++)
			out_put(",", 1);
		out_put("\"", 1);
		out_put(keys[j], strlen(keys[j]));
		out_put("\":", 2);
		out_json(vals[j]);
	}
	out_put("}", 1);
	out_flush();
	nd_stats.written++;
}

int
nd_raw_plain(const nd_raw *r)
{
	return r->m == members && raw_compact && raw_plainkeys && !raw_dups;
}

void
nd_raw_append(const nd_raw *r, const char *text, size_t n)
{
	olen = 0;
	out_put(r->line, r->len - 1);
	if (n) {
		if (r->n)
			out_put(",", 1);
		out_put(text, n);
	}
	out_put("}", 1);
	out_flush();
	nd_stats.written++;
}

void
nd_raw_pass(const nd_raw *r)
{
	nd_raw_write(r, 0, NULL, NULL);
	nd_stats.passed++;
}
