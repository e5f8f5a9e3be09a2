/* Groups, their mergeable state, and exact sums: see agg.h. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "die.h"
#include "hash.h"
#include "ndjson.h"
#include "sbuf.h"

const char *const agg_fact_key[] = { "city", "area", "metric", "period", "kind", "unit" };
const size_t agg_fact_nkey = sizeof agg_fact_key / sizeof agg_fact_key[0];

double
agg_canon(double v)
{
	char buf[40];

	if (!isfinite(v))
		return v;
	snprintf(buf, sizeof buf, "%.15g", v);
	v = strtod(buf, NULL);
	return v == 0 ? 0 : v;  /* no -0 */
}

/*
 * Exact sums: a fixed-point accumulator (a "superaccumulator").  Digit i
 * holds a multiple of 2^(32 * (lo + i) - 1074), so every double, the
 * smallest subnormal included, lands on whole digits, and no sum of them
 * overflows: the digits grow as far as the sum needs.  Only the digits a
 * sum has touched are kept: a handful for the values of a report.  Digits
 * take additions of up to 32 bits each without a carry, and are carried
 * every 2^28 additions and before they are read; once carried, every digit
 * but the top one is in [0, 2^32) and the top one carries the sign.
 */

#define SUM_EMIN (-1074)                /* the weight of bit 0 */
#define SUM_EMAX 1100                   /* the largest exponent a state may give */
#define SUM_RADIX 4294967296.0
#define SUM_MASK 0xffffffffULL

/* Makes the digits cover digit indices I0 to I1 (absolute). */
static void
sum_cover(struct agg_sum *s, int i0, int i1)
{
	int lo, hi;

	if (s->n == 0) {
		lo = i0;
		hi = i1;
	} else {
		lo = i0 < s->lo ? i0 : s->lo;
		hi = i1 > s->lo + s->n - 1 ? i1 : s->lo + s->n - 1;
		if (lo == s->lo && hi == s->lo + s->n - 1)
			return;
	}
	if (hi - lo + 1 > s->cap) {
		s->cap = hi - lo + 1 + 4;
		s->d = xrealloc(s->d, (size_t)s->cap * sizeof *s->d);
	}
	if (s->n > 0 && lo < s->lo)
		memmove(s->d + (s->lo - lo), s->d, (size_t)s->n * sizeof *s->d);
	if (s->n == 0) {
		memset(s->d, 0, (size_t)(hi - lo + 1) * sizeof *s->d);
	} else {
		memset(s->d, 0, (size_t)(s->lo - lo) * sizeof *s->d);
		memset(s->d + (s->lo - lo) + s->n, 0,
		       (size_t)(hi - (s->lo + s->n - 1)) * sizeof *s->d);
	}
	s->lo = lo;
	s->n = hi - lo + 1;
}

/* The low 32 bits of D as a digit, and in *C what is carried up. */
static int64_t
sum_split(int64_t d, int64_t *c)
{
	int64_t low = (int64_t)((uint64_t)d & SUM_MASK);

	*c = (d - low) / 4294967296LL;
	return low;
}

/* Carries the digits, and drops the ones that say nothing. */
static void
sum_carry(struct agg_sum *s)
{
	int64_t c;
	int j;

	for (j = 0; j + 1 < s->n; j++) {
		s->d[j] = sum_split(s->d[j], &c);
		s->d[j + 1] += c;
	}
	while (s->n > 0 && (s->d[s->n - 1] >= 2147483648LL || s->d[s->n - 1] < -2147483648LL)) {
		s->d[s->n - 1] = sum_split(s->d[s->n - 1], &c);
		sum_cover(s, s->lo, s->lo + s->n);
		s->d[s->n - 1] = c;
	}
	while (s->n > 1 && ((s->d[s->n - 1] == 0 && s->d[s->n - 2] < 2147483648LL) ||
	                    (s->d[s->n - 1] == -1 && s->d[s->n - 2] >= 2147483648LL))) {
		if (s->d[s->n - 1] == -1)
			s->d[s->n - 2] -= 4294967296LL;
		s->n--;
	}
	if (s->n == 1 && s->d[0] == 0)
		s->n = 0;
	for (j = 0; j < s->n && s->d[j] == 0; j++)
		;
	if (j > 0 && j < s->n) {
		memmove(s->d, s->d + j, (size_t)(s->n - j) * sizeof *s->d);
		s->lo += j;
		s->n -= j;
	}
	s->pend = 0;
}

/* Adds M * 2^E (negated when NEG); E >= SUM_EMIN once M's low zeros are shifted out. */
static void
sum_addm(struct agg_sum *s, int neg, uint64_t m, int e)
{
	uint64_t c0, c1, c2;
	int b, i, r;

	if (m == 0)
		return;
	for (; e < SUM_EMIN; e++)
		m >>= 1;
	b = e - SUM_EMIN;
	i = b / 32;
	r = b % 32;
	c0 = (m << r) & SUM_MASK;
	c1 = r ? (m >> (32 - r)) & SUM_MASK : (m >> 32) & SUM_MASK;
	c2 = r ? m >> (64 - r) : 0;
	sum_cover(s, i, i + 2);
	i -= s->lo;
	if (neg) {
		s->d[i] -= (int64_t)c0;
		s->d[i + 1] -= (int64_t)c1;
		s->d[i + 2] -= (int64_t)c2;
	} else {
		s->d[i] += (int64_t)c0;
		s->d[i + 1] += (int64_t)c1;
		s->d[i + 2] += (int64_t)c2;
	}
	if (++s->pend >= 1 << 28)
		sum_carry(s);
}

void
agg_sum_add(struct agg_sum *s, double x)
{
	int k;
	double f;

	if (x == 0 || !isfinite(x))
		return;
	f = frexp(fabs(x), &k);
	sum_addm(s, x < 0, (uint64_t)ldexp(f, 53), k - 53);
}

/* A carried copy of S (free its digits). */
static struct agg_sum
sum_copy(const struct agg_sum *s)
{
	struct agg_sum c = *s;

	c.d = xmalloc(((size_t)s->n + 1) * sizeof *c.d);
	c.cap = s->n + 1;
	if (s->n)
		memcpy(c.d, s->d, (size_t)s->n * sizeof *c.d);
	sum_carry(&c);
	return c;
}

static int
sum_bit(const struct agg_sum *s, int b)
{
	int j = b / 32 - s->lo;

	return j >= 0 && j < s->n ? (int)((s->d[j] >> (b % 32)) & 1) : 0;
}

/*
 * The sum C (carried; it is changed) rounded to 53 bits, half to even, with
 * no bound on the exponent: *NEG, *M and *E with the sum near M * 2^E.
 * Returns 0 for a zero sum.
 */
static int
sum_round(struct agg_sum *c, int *neg, uint64_t *m, int *e)
{
	int j, t, p, sh, b, rb, sticky = 0;
	uint64_t top;

	if (c->n == 0)
		return 0;
	*neg = c->d[c->n - 1] < 0;
	if (*neg) {
		for (j = 0; j < c->n; j++)
			c->d[j] = -c->d[j];
		sum_carry(c);
	}
	for (t = c->n - 1; t > 0 && c->d[t] == 0; t--)
		;
	for (top = (uint64_t)c->d[t], p = -1; top; top >>= 1)
		p++;
	p += 32 * (c->lo + t);            /* the highest bit set */
	sh = p < 52 ? 0 : p - 52;         /* below 2^53 units the sum is exact */
	for (*m = 0, b = p; b >= sh; b--)
		*m = *m << 1 | (uint64_t)sum_bit(c, b);
	rb = sh > 0 ? sum_bit(c, sh - 1) : 0;
	if (sh > 1) {
		for (j = 0; j < c->n && 32 * (c->lo + j) + 31 < sh - 1; j++)
			if (c->d[j])
				sticky = 1;
		if (j < c->n && 32 * (c->lo + j) < sh - 1)
			sticky |= ((uint64_t)c->d[j] & ((1ULL << (sh - 1 - 32 * (c->lo + j))) - 1)) != 0;
	}
	if (rb && (sticky || (*m & 1))) {
		if (++*m == 1ULL << 53) {
			*m >>= 1;
			sh++;
		}
	}
	*e = sh + SUM_EMIN;
	return 1;
}

double
agg_sum_value(const struct agg_sum *s)
{
	struct agg_sum c = sum_copy(s);
	uint64_t m;
	int neg, e;
	double v = 0;

	if (sum_round(&c, &neg, &m, &e))
		v = neg ? -ldexp((double)m, e) : ldexp((double)m, e);
	free(c.d);
	return v;
}

double
agg_sum_mean(const struct agg_sum *s, long long n)
{
	struct agg_sum c = sum_copy(s);
	uint64_t m;
	int neg, e;
	double v = 0;

	if (n > 0 && sum_round(&c, &neg, &m, &e)) {
		/* A sum beyond the doubles may still have a mean among them. */
		v = ldexp((double)m, e);
		v = isfinite(v) ? v / (double)n : ldexp(ldexp((double)m, e - 128) / (double)n, 128);
		if (neg)
			v = -v;
	}
	free(c.d);
	return v;
}

/*
 * The text of the term M * 2^E: C99 hex ("%a") when it is a double, else
 * the same form with its exponent beyond the doubles' ("0x1.1ccf385ebc8ap+1024").
 */
static void
term_text(char *buf, size_t size, int neg, uint64_t m, int e)
{
	double v = ldexp((double)m, e);
	int bl;
	char *p;

	if (isfinite(v)) {
		snprintf(buf, size, "%a", neg ? -v : v);
		return;
	}
	for (bl = 0; m >> bl; bl++)
		;
	v = ldexp((double)m, 1 - bl);
	snprintf(buf, size, "%a", neg ? -v : v);
	if ((p = strchr(buf, 'p')))
		snprintf(p, size - (size_t)(p - buf), "p%+d", e + bl - 1);
}

/* Reads a term written by term_text(), or any C99 hex or decimal double. */
static int
term_parse(const char *text, int *neg, uint64_t *m, int *e)
{
	char buf[64], *end;
	const char *p = strpbrk(text, "pP");
	size_t n = p ? (size_t)(p - text) : strlen(text);
	long x = 0;
	double f;
	int k;

	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	f = strtod(buf, &end);
	if (*end || !isfinite(f))
		return -1;
	if (p) {
		errno = 0;
		x = strtol(p + 1, &end, 10);
		if (*end || end == p + 1 || errno || x < -2200 || x > 2200)
			return -1;
	}
	*neg = f < 0;
	if (f == 0) {
		*m = 0;
		*e = 0;
		return 0;
	}
	f = frexp(fabs(f), &k);
	*m = (uint64_t)ldexp(f, 53);
	*e = k - 53 + (int)x;
	if (*e + 53 > SUM_EMAX)
		return -1;
	for (; *e < SUM_EMIN; ++*e) {
		if (*m & 1)
			return -1;  /* finer than any double */
		*m >>= 1;
	}
	return 0;
}

int
agg_sum_add_text(struct agg_sum *s, const char *text)
{
	uint64_t m;
	int neg, e;

	if (term_parse(text, &neg, &m, &e) != 0)
		return -1;
	sum_addm(s, neg, m, e);
	return 0;
}

json_t *
agg_sum_state(const struct agg_sum *s)
{
	struct agg_sum c = sum_copy(s);
	json_t *a = json_array();
	char buf[64];
	uint64_t m;
	int neg, e, j;

	while (sum_round(&c, &neg, &m, &e)) {
		/* sum_round() left the magnitude in C: take the term off it. */
		term_text(buf, sizeof buf, neg, m, e);
		json_array_append_new(a, json_string(buf));
		sum_addm(&c, 1, m, e);
		if (neg)
			for (j = 0; j < c.n; j++)
				c.d[j] = -c.d[j];
		sum_carry(&c);
	}
	free(c.d);
	return a;
}

void
agg_sum_free(struct agg_sum *s)
{
	free(s->d);
	memset(s, 0, sizeof *s);
}

/*
 * Interned strings.  Documents, languages and qualifiers are each kept
 * once per table and named by their index; a value's documents are a
 * sorted set of indices.  Input of many documents then costs four bytes
 * per document a value came from, not a copy of its name.
 */
struct pool {
	struct sbuf buf;       /* the strings, NUL-terminated, one after another */
	uint32_t *off;         /* where each string starts in buf */
	uint32_t *hash;        /* the low half of its hash */
	uint32_t n, capn;
	uint32_t *slot;        /* open addressing: index + 1, 0 for empty */
	size_t nslot;
	uint32_t *rank;        /* byte order of each string, made for output */
};

static void
pool_rehash(struct pool *p)
{
	size_t i, j;

	free(p->slot);
	p->nslot = p->nslot ? 2 * p->nslot : 64;
	p->slot = xcalloc(p->nslot, sizeof *p->slot);
	for (i = 0; i < p->n; i++) {
		for (j = p->hash[i] & (p->nslot - 1); p->slot[j]; j = (j + 1) & (p->nslot - 1))
			;
		p->slot[j] = (uint32_t)i + 1;
	}
}

/* The index of the string S of N bytes, added when new. */
static uint32_t
pool_add(struct pool *p, const char *s, size_t n)
{
	uint32_t h = (uint32_t)hash_bytes(s, n), id;
	size_t j;
	const char *x;

	if (2 * ((size_t)p->n + 1) > p->nslot)
		pool_rehash(p);
	for (j = h & (p->nslot - 1); p->slot[j]; j = (j + 1) & (p->nslot - 1)) {
		id = p->slot[j] - 1;
		x = p->buf.s + p->off[id];
		if (p->hash[id] == h && strncmp(x, s, n) == 0 && x[n] == '\0')
			return id;
	}
	if (p->n == UINT32_MAX - 1 || p->buf.n + n + 1 > UINT32_MAX)
		die("too many distinct document names");
	if (p->n == p->capn) {
		p->capn = p->capn ? 2 * p->capn : 64;
		p->off = xrealloc(p->off, p->capn * sizeof *p->off);
		p->hash = xrealloc(p->hash, p->capn * sizeof *p->hash);
	}
	id = p->n++;
	p->off[id] = (uint32_t)p->buf.n;
	p->hash[id] = h;
	sbuf_put(&p->buf, s, n);
	sbuf_putc(&p->buf, '\0');
	p->slot[j] = id + 1;
	return id;
}

static const char *
pool_str(const struct pool *p, uint32_t id)
{
	return p->buf.s + p->off[id];
}

static const struct pool *sorting;   /* for the qsort below */

static int
by_name(const void *a, const void *b)
{
	return strcmp(pool_str(sorting, *(const uint32_t *)a), pool_str(sorting, *(const uint32_t *)b));
}

/* Ranks every string by byte order, for writing sets in that order. */
static void
pool_rank(struct pool *p)
{
	uint32_t *ids = xmalloc(((size_t)p->n + 1) * sizeof *ids), i;

	for (i = 0; i < p->n; i++)
		ids[i] = i;
	sorting = p;
	qsort(ids, p->n, sizeof *ids, by_name);
	free(p->rank);
	p->rank = xmalloc(((size_t)p->n + 1) * sizeof *p->rank);
	for (i = 0; i < p->n; i++)
		p->rank[ids[i]] = i;
	free(ids);
}

static void
pool_free(struct pool *p)
{
	sbuf_free(&p->buf);
	free(p->off);
	free(p->hash);
	free(p->slot);
	free(p->rank);
	memset(p, 0, sizeof *p);
}

/*
 * A set of string indices, sorted by index; up to two are held in place
 * (most values come from a document or two).
 */
struct idset {
	union {
		uint32_t *v;
		uint32_t in[2];
	} u;
	uint32_t n, cap;       /* cap 0: the elements are in u.in */
};

static uint32_t *
idset_v(struct idset *s)
{
	return s->cap ? s->u.v : s->u.in;
}

static const uint32_t *
idset_cv(const struct idset *s)
{
	return s->cap ? s->u.v : s->u.in;
}

static void
idset_add(struct idset *s, uint32_t id)
{
	uint32_t lo = 0, hi = s->n, mid, *v = idset_v(s);

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (v[mid] == id)
			return;
		if (v[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (s->cap == 0 && s->n == 2) {
		uint32_t *nv = xmalloc(4 * sizeof *nv);

		memcpy(nv, s->u.in, 2 * sizeof *nv);
		s->u.v = nv;
		s->cap = 4;
	} else if (s->cap && s->n == s->cap) {
		s->cap += s->cap / 2;   /* sets are many and most small: no doubling */
		s->u.v = xrealloc(s->u.v, (size_t)s->cap * sizeof *s->u.v);
	}
	v = idset_v(s);
	memmove(v + lo + 1, v + lo, (size_t)(s->n - lo) * sizeof *v);
	v[lo] = id;
	s->n++;
}

static void
idset_free(struct idset *s)
{
	if (s->cap)
		free(s->u.v);
	memset(s, 0, sizeof *s);
}

static const struct pool *ranking;

static int
by_rank(const void *a, const void *b)
{
	uint32_t x = ranking->rank[*(const uint32_t *)a], y = ranking->rank[*(const uint32_t *)b];

	return x < y ? -1 : x > y;
}

/* The strings of IDS (N of them, sorted in place by name) as an array. */
static json_t *
names_json(const struct pool *p, uint32_t *ids, size_t n)
{
	json_t *a = json_array();
	size_t i;

	ranking = p;
	if (n > 1)
		qsort(ids, n, sizeof *ids, by_rank);
	for (i = 0; i < n; i++)
		json_array_append_new(a, json_string(pool_str(p, ids[i])));
	return a;
}

static json_t *
idset_json(const struct pool *p, const struct idset *s)
{
	uint32_t *ids = xmalloc(((size_t)s->n + 1) * sizeof *ids);
	json_t *a;

	memcpy(ids, idset_cv(s), (size_t)s->n * sizeof *ids);
	a = names_json(p, ids, s->n);
	free(ids);
	return a;
}

struct val {
	double v;
	long long n;           /* facts that gave v */
	struct idset docs;     /* documents that gave v */
};

struct gfield {
	long long n;           /* records where the field is a number */
	double min, max;
	struct agg_sum sum;
};

struct group {
	char *key;             /* the canonical JSON of the key values, each ended by \n */
	size_t klen;
	uint64_t hash;
	json_t *keyvals;       /* array of the by fields' values */
	struct val *vals;      /* fact mode: sorted by v */
	size_t nvals, capvals;
	struct idset langs, quals;
	long long count;       /* generic mode */
	struct gfield *gf;     /* generic mode: one per spec field */
};

struct agg_table {
	const struct agg_spec *spec;
	struct group **slot;
	size_t cap, n;
	struct pool pool;      /* documents, languages, qualifiers */
	struct sbuf key;       /* the key of the record at hand */
	/*
	 * Raw records: the member names read (each once), a hash of them,
	 * which name each key field and numeric field is, and the members
	 * found in the record at hand.
	 */
	const char **names;
	size_t nnames;
	int *nslot;            /* name index + 1, 0 for empty */
	size_t nnslot;
	int *byname, *fieldname;
	int nvalue, ndoc, nlang, nqual;
	const struct nd_member **found;
	char *seen;            /* per name: a record added had it */
};

/* Appends a key value's text of N bytes, and the newline that ends it. */
static void
key_put(agg_table *t, const char *s, size_t n)
{
	sbuf_put(&t->key, s, n);
	sbuf_putc(&t->key, '\n');
}

/* The index of member name NAME among those T reads, added when new. */
static int
want(agg_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->nnames; i++)
		if (strcmp(t->names[i], name) == 0)
			return (int)i;
	t->names[t->nnames] = name;
	return (int)t->nnames++;
}

/* The index of the member name KEY among those T reads, or -1. */
static int
wanted(const agg_table *t, const char *key)
{
	size_t j, n = strlen(key);
	int i;

	for (j = hash_bytes(key, n) & (t->nnslot - 1); (i = t->nslot[j]); j = (j + 1) & (t->nnslot - 1))
		if (strcmp(t->names[i - 1], key) == 0)
			return i - 1;
	return -1;
}

/* Keys and the hash table. */

/* A key value as it will be written: reals at 15 digits, missing as null. */
static json_t *
key_value(const json_t *v)
{
	if (!v)
		return json_null();
	if (json_is_real(v))
		return nd_number(agg_canon(json_real_value(v)));
	return json_deep_copy(v);
}

/* Appends the canonical text of key value V (new reference, stolen) to T's key buffer. */
static void
key_append(agg_table *t, json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_REAL_PRECISION(15));

	if (!s)
		die("out of memory");
	key_put(t, s, strlen(s));
	free(s);
	json_decref(v);
}

/* The key of REC into T's key buffer, and its values (a new array) in *VALS. */
static void
make_key(agg_table *t, const json_t *rec, json_t **vals)
{
	size_t i;
	json_t *v;

	sbuf_reset(&t->key);
	*vals = json_array();
	for (i = 0; i < t->spec->nby; i++) {
		if (json_object_get(rec, t->spec->by[i]))
			t->seen[t->byname[i]] = 1;
		v = key_value(json_object_get(rec, t->spec->by[i]));
		json_array_append(*vals, v);
		key_append(t, v);
	}
}

agg_table *
agg_new(const struct agg_spec *spec)
{
	agg_table *t = xcalloc(1, sizeof *t);
	size_t i;

	t->spec = spec;
	t->cap = 64;
	t->slot = xcalloc(t->cap, sizeof *t->slot);
	/*
	 * The key buffer has room from the start: with no --by every key is
	 * empty, and an empty key is compared and copied as any other.
	 */
	sbuf_grow(&t->key, 0);
	/* The members a record is read for, each name once. */
	t->names = xcalloc(spec->nby + spec->nfields + 4, sizeof *t->names);
	t->byname = xcalloc(spec->nby + 1, sizeof *t->byname);
	t->fieldname = xcalloc(spec->nfields + 1, sizeof *t->fieldname);
	for (i = 0; i < spec->nby; i++)
		t->byname[i] = want(t, spec->by[i]);
	for (i = 0; i < spec->nfields; i++)
		t->fieldname[i] = want(t, spec->fields[i].name);
	t->nvalue = want(t, "value");
	t->ndoc = want(t, "doc");
	t->nlang = want(t, "lang");
	t->nqual = want(t, "qualifier");
	t->found = xcalloc(t->nnames + 1, sizeof *t->found);
	t->seen = xcalloc(t->nnames + 1, 1);
	for (t->nnslot = 8; t->nnslot < 2 * t->nnames; t->nnslot *= 2)
		;
	t->nslot = xcalloc(t->nnslot, sizeof *t->nslot);
	for (i = 0; i < t->nnames; i++) {
		size_t j;

		for (j = hash_bytes(t->names[i], strlen(t->names[i])) & (t->nnslot - 1); t->nslot[j];
		     j = (j + 1) & (t->nnslot - 1))
			;
		t->nslot[j] = (int)i + 1;
	}
	return t;
}

static void
grow(agg_table *t)
{
	struct group **old = t->slot;
	size_t oldcap = t->cap, i, j;

	t->cap *= 2;
	t->slot = xcalloc(t->cap, sizeof *t->slot);
	for (i = 0; i < oldcap; i++) {
		if (!old[i])
			continue;
		for (j = old[i]->hash & (t->cap - 1); t->slot[j]; j = (j + 1) & (t->cap - 1))
			;
		t->slot[j] = old[i];
	}
	free(old);
}

/*
 * The group of the key in T's key buffer, or NULL; *SLOT is where a new
 * one goes.
 */
static struct group *
find(agg_table *t, uint64_t h, size_t *slot)
{
	struct group *g;
	size_t j;

	for (j = h & (t->cap - 1); (g = t->slot[j]); j = (j + 1) & (t->cap - 1))
		if (g->hash == h && g->klen == t->key.n && memcmp(g->key, t->key.s, t->key.n) == 0)
			break;
	*slot = j;
	return g;
}

/* A new group for the key in T's key buffer, with its values VALS (stolen). */
static struct group *
create(agg_table *t, uint64_t h, size_t slot, json_t *vals)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->key = xstrndup(t->key.s, t->key.n);
	g->klen = t->key.n;
	g->hash = h;
	g->keyvals = vals;
	if (t->spec->generic)
		g->gf = xcalloc(t->spec->nfields ? t->spec->nfields : 1, sizeof *g->gf);
	t->slot[slot] = g;
	if (++t->n * 10 > t->cap * 7)
		grow(t);
	return g;
}

static struct group *
lookup(agg_table *t, const json_t *rec)
{
	json_t *vals;
	struct group *g;
	uint64_t h;
	size_t slot;

	make_key(t, rec, &vals);
	h = hash_bytes(t->key.s, t->key.n);
	if ((g = find(t, h, &slot))) {
		json_decref(vals);
		return g;
	}
	return create(t, h, slot, vals);
}

static void
group_free(struct group *g, size_t nfields)
{
	size_t i;

	free(g->key);
	json_decref(g->keyvals);
	for (i = 0; i < g->nvals; i++)
		idset_free(&g->vals[i].docs);
	free(g->vals);
	idset_free(&g->langs);
	idset_free(&g->quals);
	if (g->gf)
		for (i = 0; i < nfields; i++)
			agg_sum_free(&g->gf[i].sum);
	free(g->gf);
	free(g);
}

void
agg_free(agg_table *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->cap; i++)
		if (t->slot[i])
			group_free(t->slot[i], t->spec->nfields);
	free(t->slot);
	pool_free(&t->pool);
	sbuf_free(&t->key);
	free(t->names);
	free(t->byname);
	free(t->fieldname);
	free(t->found);
	free(t->seen);
	free(t->nslot);
	free(t);
}

size_t
agg_ngroups(const agg_table *t)
{
	return t->n;
}

int
agg_by_seen(const agg_table *t, size_t i)
{
	return i < t->spec->nby && t->seen[t->byname[i]];
}

/* Fact mode. */

static struct val *
val_get(struct group *g, double v)
{
	size_t lo = 0, hi = g->nvals, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (g->vals[mid].v == v)
			return &g->vals[mid];
		if (g->vals[mid].v < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (g->nvals == g->capvals) {
		g->capvals = g->capvals ? g->capvals + g->capvals / 2 : 4;
		g->vals = xrealloc(g->vals, g->capvals * sizeof *g->vals);
	}
	memmove(g->vals + lo + 1, g->vals + lo, (g->nvals - lo) * sizeof *g->vals);
	memset(&g->vals[lo], 0, sizeof g->vals[lo]);
	g->vals[lo].v = v;
	g->nvals++;
	return &g->vals[lo];
}

static void
add_str(agg_table *t, struct idset *s, const char *x)
{
	idset_add(s, pool_add(&t->pool, x, strlen(x)));
}

static int
add_fact(agg_table *t, const json_t *rec, const char **why)
{
	json_t *jv = json_object_get(rec, "value");
	const char *doc, *lang, *q;
	struct group *g;
	struct val *v;

	if (!json_is_number(jv)) {
		*why = "fact without a numeric \"value\"";
		return -1;
	}
	g = lookup(t, rec);
	v = val_get(g, agg_canon(json_number_value(jv)));
	v->n++;
	if ((doc = nd_str(rec, "doc")))
		add_str(t, &v->docs, doc);
	if ((lang = nd_str(rec, "lang")) && *lang)
		add_str(t, &g->langs, lang);
	if ((q = nd_str(rec, "qualifier")) && *q)
		add_str(t, &g->quals, q);
	return 0;
}

static int
strings_ok(const json_t *a)
{
	size_t i;
	json_t *s;

	if (!a)
		return 1;
	if (!json_is_array(a))
		return 0;
	json_array_foreach(a, i, s)
		if (!json_is_string(s))
			return 0;
	return 1;
}

static int
merge_fact_agg(agg_table *t, const json_t *rec, const char **why)
{
	json_t *vals = json_object_get(rec, "values"), *e, *d;
	json_t *langs = json_object_get(rec, "langs"), *quals = json_object_get(rec, "qualifiers");
	struct group *g;
	struct val *v;
	size_t i, k;

	*why = "agg record without a valid \"values\" state ([[value,count,[doc,...]],...])";
	if (!json_is_array(vals) || json_array_size(vals) == 0)
		return -1;
	json_array_foreach(vals, i, e) {
		if (!json_is_array(e) || json_array_size(e) != 3 ||
		    !json_is_number(json_array_get(e, 0)) ||
		    !json_is_integer(json_array_get(e, 1)) ||
		    json_integer_value(json_array_get(e, 1)) < 1 ||
		    !json_is_array(json_array_get(e, 2)) || !strings_ok(json_array_get(e, 2)))
			return -1;
	}
	if (!strings_ok(langs) || !strings_ok(quals)) {
		*why = "agg record with \"langs\" or \"qualifiers\" that are not arrays of strings";
		return -1;
	}
	g = lookup(t, rec);
	json_array_foreach(vals, i, e) {
		v = val_get(g, agg_canon(json_number_value(json_array_get(e, 0))));
		v->n += json_integer_value(json_array_get(e, 1));
		json_array_foreach(json_array_get(e, 2), k, d)
			idset_add(&v->docs, pool_add(&t->pool, json_string_value(d), json_string_length(d)));
	}
	json_array_foreach(langs, i, d)
		idset_add(&g->langs, pool_add(&t->pool, json_string_value(d), json_string_length(d)));
	json_array_foreach(quals, i, d)
		idset_add(&g->quals, pool_add(&t->pool, json_string_value(d), json_string_length(d)));
	return 0;
}

/*
 * The consensus: the value given by the most documents, then by the most
 * facts; among values tied on both, the one nearest the median of all the
 * facts' values, the lower one when two are as near.
 */
static double
consensus(const struct group *g)
{
	size_t i, bestd = 0;
	long long bestn = 0, total = 0, cum, a, b;
	double med, ma = 0, mb = 0, best = 0, dist = INFINITY;

	for (i = 0; i < g->nvals; i++) {
		total += g->vals[i].n;
		if (g->vals[i].docs.n > bestd || (g->vals[i].docs.n == bestd && g->vals[i].n > bestn)) {
			bestd = g->vals[i].docs.n;
			bestn = g->vals[i].n;
		}
	}
	/* The median: the mean of the a-th and b-th smallest values (1-based). */
	a = (total + 1) / 2;
	b = total / 2 + 1;
	cum = 0;
	for (i = 0; i < g->nvals; i++) {
		if (cum < a && cum + g->vals[i].n >= a)
			ma = g->vals[i].v;
		if (cum < b && cum + g->vals[i].n >= b)
			mb = g->vals[i].v;
		cum += g->vals[i].n;
	}
	med = ma / 2 + mb / 2;
	for (i = 0; i < g->nvals; i++)
		if (g->vals[i].docs.n == bestd && g->vals[i].n == bestn && fabs(g->vals[i].v - med) < dist) {
			dist = fabs(g->vals[i].v - med);
			best = g->vals[i].v;
		}
	return best;
}

static int
cmp_id(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static json_t *
fact_result(const agg_table *t, const struct group *g)
{
	json_t *rec = json_object(), *vals = json_array(), *e;
	uint32_t *all;
	double c, lo, hi, d;
	long long n = 0;
	size_t i, k, nall = 0;

	json_object_set_new(rec, "type", json_string("agg"));
	for (i = 0; i < t->spec->nby; i++)
		json_object_set(rec, t->spec->by[i], json_array_get(g->keyvals, i));
	for (i = 0; i < g->nvals; i++)
		nall += g->vals[i].docs.n;
	all = xmalloc((nall + 1) * sizeof *all);
	nall = 0;
	for (i = 0; i < g->nvals; i++) {
		n += g->vals[i].n;
		memcpy(all + nall, idset_cv(&g->vals[i].docs), g->vals[i].docs.n * sizeof *all);
		nall += g->vals[i].docs.n;
		e = json_array();
		json_array_append_new(e, nd_number(g->vals[i].v));
		json_array_append_new(e, json_integer(g->vals[i].n));
		json_array_append_new(e, idset_json(&t->pool, &g->vals[i].docs));
		json_array_append_new(vals, e);
	}
	/* The documents of all the values, each once. */
	if (nall > 1)
		qsort(all, nall, sizeof *all, cmp_id);
	for (i = k = 0; i < nall; i++)
		if (k == 0 || all[i] != all[k - 1])
			all[k++] = all[i];
	c = consensus(g);
	lo = g->vals[0].v;
	hi = g->vals[g->nvals - 1].v;
	d = fmax(c - lo, hi - c);
	json_object_set_new(rec, "value", nd_number(c));
	json_object_set_new(rec, "min", nd_number(lo));
	json_object_set_new(rec, "max", nd_number(hi));
	json_object_set_new(rec, "n", json_integer(n));
	json_object_set_new(rec, "docs", names_json(&t->pool, all, k));
	json_object_set_new(rec, "langs", idset_json(&t->pool, &g->langs));
	json_object_set_new(rec, "qualifiers", idset_json(&t->pool, &g->quals));
	/* A hair of slack, so that exactly 2% off is not "more than 2%". */
	json_object_set_new(rec, "conflict",
	                    json_boolean(d > t->spec->tolerance * fabs(c) * (1 + 1e-9)));
	json_object_set_new(rec, "values", vals);
	free(all);
	return rec;
}

/*
 * Raw records (lib/ndjson.h): only the members named in the spec, the
 * value, the document, the language and the qualifier are read, and no
 * tree is built unless a key value is one that its JSON text does not
 * give as it is written (a real, an escaped string, an object...).
 */

/* Finds the members of R that T reads: the last one of a repeated key. */
static void
raw_members(agg_table *t, const nd_raw *r)
{
	size_t i;
	int k;

	memset(t->found, 0, t->nnames * sizeof *t->found);
	for (i = 0; i < r->n; i++)
		if ((k = wanted(t, r->m[i].key)) >= 0) {
			t->found[k] = &r->m[i];
			t->seen[k] = 1;
		}
}

static int
raw_isnum(const struct nd_member *m)
{
	return m && (m->val[0] == '-' || (m->val[0] >= '0' && m->val[0] <= '9'));
}

static int
raw_isint(const struct nd_member *m)
{
	return raw_isnum(m) && !memchr(m->val, '.', m->vlen) && !memchr(m->val, 'e', m->vlen) &&
	       !memchr(m->val, 'E', m->vlen);
}

/*
 * A number member's value as jansson reads it, rounded as agg_canon()
 * rounds it.  A number written with at most 15 significant digits reads
 * as a double that agg_canon() keeps, so only longer ones go through it.
 */
static double
raw_canon(const struct nd_member *m)
{
	const char *p = m->val, *e = m->val + m->vlen;
	int sig = 0, lead = 1;
	double v;

	v = raw_isint(m) ? (double)strtoll(m->val, NULL, 10) : strtod(m->val, NULL);
	for (; p < e && *p != 'e' && *p != 'E'; p++) {
		if (*p < '0' || *p > '9' || (lead && *p == '0'))
			continue;
		lead = 0;
		sig++;
	}
	if (sig > 15 || (v != 0 && fabs(v) < DBL_MIN))
		return agg_canon(v);
	return v == 0 ? 0 : v;
}

static json_t *
raw_tree(const struct nd_member *m)
{
	return m ? json_loadb(m->val, m->vlen, JSON_DECODE_ANY, NULL) : NULL;
}

/*
 * The key of the members found, written as make_key() writes it, into T's
 * key buffer.  Returns 0 when a value needs its tree for that.
 */
static int
raw_key(agg_table *t)
{
	const struct nd_member *m;
	size_t i;
	char c;

	sbuf_reset(&t->key);
	for (i = 0; i < t->spec->nby; i++) {
		m = t->found[t->byname[i]];
		if (!m) {
			key_put(t, "null", 4);
			continue;
		}
		c = m->val[0];
		if (c == '"' ? memchr(m->val, '\\', m->vlen) != NULL
		    : raw_isnum(m) ? !raw_isint(m) || (m->vlen == 2 && m->val[1] == '0')
		    : c == '{' || c == '[')
			return 0;
		key_put(t, m->val, m->vlen);
	}
	return 1;
}

/* The same through trees; with VALS, the values too (a new array). */
static void
raw_key_tree(agg_table *t, json_t **vals)
{
	json_t *tv, *v;
	size_t i;

	sbuf_reset(&t->key);
	if (vals)
		*vals = json_array();
	for (i = 0; i < t->spec->nby; i++) {
		tv = raw_tree(t->found[t->byname[i]]);
		v = key_value(tv);
		json_decref(tv);
		if (vals)
			json_array_append(*vals, v);
		key_append(t, v);
	}
}

static struct group *
raw_lookup(agg_table *t)
{
	struct group *g;
	json_t *vals;
	uint64_t h;
	size_t slot;

	if (!raw_key(t))
		raw_key_tree(t, NULL);
	h = hash_bytes(t->key.s, t->key.n);
	if ((g = find(t, h, &slot)))
		return g;
	raw_key_tree(t, &vals);
	return create(t, h, slot, vals);
}

/* String member M of R (named KEY), unescaped, of *N bytes; NULL when it is none. */
static const char *
raw_string(const nd_raw *r, const struct nd_member *m, const char *key, size_t *n)
{
	if (!m || m->val[0] != '"')
		return NULL;
	if (!memchr(m->val, '\\', m->vlen)) {
		*n = m->vlen - 2;
		return m->val + 1;
	}
	return nd_raw_str(r, key, n);
}

static int
add_fact_raw(agg_table *t, const nd_raw *r, const char **why)
{
	const struct nd_member *m = t->found[t->nvalue];
	const char *s;
	struct group *g;
	struct val *v;
	size_t n;

	if (!raw_isnum(m)) {
		*why = "fact without a numeric \"value\"";
		return -1;
	}
	g = raw_lookup(t);
	v = val_get(g, raw_canon(m));
	v->n++;
	if ((s = raw_string(r, t->found[t->ndoc], "doc", &n)))
		idset_add(&v->docs, pool_add(&t->pool, s, n));
	if ((s = raw_string(r, t->found[t->nlang], "lang", &n)) && n)
		idset_add(&g->langs, pool_add(&t->pool, s, n));
	if ((s = raw_string(r, t->found[t->nqual], "qualifier", &n)) && n)
		idset_add(&g->quals, pool_add(&t->pool, s, n));
	return 0;
}

/* Generic mode. */

static void
gfield_add(struct gfield *f, double v)
{
	if (f->n == 0 || v < f->min)
		f->min = v;
	if (f->n == 0 || v > f->max)
		f->max = v;
	f->n++;
	agg_sum_add(&f->sum, v);
}

static int
add_generic(agg_table *t, const json_t *rec)
{
	struct group *g = lookup(t, rec);
	json_t *v;
	size_t i;

	g->count++;
	for (i = 0; i < t->spec->nfields; i++) {
		v = json_object_get(rec, t->spec->fields[i].name);
		if (json_is_number(v))
			gfield_add(&g->gf[i], agg_canon(json_number_value(v)));
	}
	return 0;
}

static int
add_generic_raw(agg_table *t)
{
	struct group *g = raw_lookup(t);
	const struct nd_member *m;
	size_t i;

	g->count++;
	for (i = 0; i < t->spec->nfields; i++)
		if (raw_isnum(m = t->found[t->fieldname[i]]))
			gfield_add(&g->gf[i], raw_canon(m));
	return 0;
}

static int
gstate_ok(const json_t *fs, const char *name)
{
	json_t *f = json_object_get(fs, name), *s, *e;
	size_t i;

	if (!json_is_object(f) || !json_is_integer(json_object_get(f, "n")) ||
	    json_integer_value(json_object_get(f, "n")) < 0)
		return 0;
	if (json_integer_value(json_object_get(f, "n")) > 0 &&
	    (!json_is_number(json_object_get(f, "min")) || !json_is_number(json_object_get(f, "max"))))
		return 0;
	s = json_object_get(f, "sum");
	if (!json_is_array(s))
		return 0;
	json_array_foreach(s, i, e) {
		const char *x = json_string_value(e);
		uint64_t m;
		int neg, ex;

		if (!x || term_parse(x, &neg, &m, &ex) != 0)
			return 0;
	}
	return 1;
}

static int
merge_generic(agg_table *t, const json_t *rec, const char **why)
{
	json_t *st = json_object_get(rec, "state"), *fs = json_object_get(st, "fields"), *f, *e;
	struct group *g;
	struct gfield *gf;
	size_t i, k;
	long long n;

	*why = "agg record without a valid \"state\" for these --sum/--min/--max/--mean fields";
	if (!json_is_integer(json_object_get(st, "count")) ||
	    json_integer_value(json_object_get(st, "count")) < 0)
		return -1;
	for (i = 0; i < t->spec->nfields; i++)
		if (!json_is_object(fs) || !gstate_ok(fs, t->spec->fields[i].name))
			return -1;
	g = lookup(t, rec);
	g->count += json_integer_value(json_object_get(st, "count"));
	for (i = 0; i < t->spec->nfields; i++) {
		f = json_object_get(fs, t->spec->fields[i].name);
		gf = &g->gf[i];
		n = json_integer_value(json_object_get(f, "n"));
		if (n > 0) {
			double lo = agg_canon(json_number_value(json_object_get(f, "min")));
			double hi = agg_canon(json_number_value(json_object_get(f, "max")));

			if (gf->n == 0 || lo < gf->min)
				gf->min = lo;
			if (gf->n == 0 || hi > gf->max)
				gf->max = hi;
			gf->n += n;
		}
		json_array_foreach(json_object_get(f, "sum"), k, e)
			agg_sum_add_text(&gf->sum, json_string_value(e));
	}
	return 0;
}

static char *
fieldname(const char *name, const char *suffix)
{
	size_t a = strlen(name), b = strlen(suffix);
	char *s = xmalloc(a + b + 2);

	memcpy(s, name, a);
	s[a] = '_';
	memcpy(s + a + 1, suffix, b + 1);
	return s;
}

static void
set_named(json_t *rec, const char *name, const char *suffix, json_t *v)
{
	char *k = fieldname(name, suffix);

	json_object_set_new(rec, k, v ? v : json_null());
	free(k);
}

static json_t *
generic_result(const agg_table *t, const struct group *g)
{
	json_t *rec = json_object(), *st = json_object(), *fs = json_object(), *f;
	const struct agg_field *af;
	const struct gfield *gf;
	double s;
	size_t i;

	json_object_set_new(rec, "type", json_string("agg"));
	for (i = 0; i < t->spec->nby; i++)
		json_object_set(rec, t->spec->by[i], json_array_get(g->keyvals, i));
	if (t->spec->count)
		json_object_set_new(rec, "count", json_integer(g->count));
	for (i = 0; i < t->spec->nfields; i++) {
		af = &t->spec->fields[i];
		gf = &g->gf[i];
		s = agg_sum_value(&gf->sum);
		if (af->ops & AGG_SUM)
			set_named(rec, af->name, "sum", nd_number(s));
		if ((af->ops & AGG_SUM) && !isfinite(s)) {
			char *k = t->spec->nby ? json_dumps(g->keyvals, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;

			die_warn("\"%s_sum\" of %s%s is beyond the range of numbers: written as null "
			      "(its \"state\" holds the exact sum)", af->name, k ? "the group " : "the records",
			      k ? k : "");
			free(k);
		}
		if (af->ops & AGG_MIN)
			set_named(rec, af->name, "min", gf->n ? nd_number(gf->min) : NULL);
		if (af->ops & AGG_MAX)
			set_named(rec, af->name, "max", gf->n ? nd_number(gf->max) : NULL);
		if (af->ops & AGG_MEAN)
			set_named(rec, af->name, "mean", gf->n ? nd_number(agg_sum_mean(&gf->sum, gf->n)) : NULL);
		f = json_object();
		json_object_set_new(f, "n", json_integer(gf->n));
		if (gf->n) {
			json_object_set_new(f, "min", nd_number(gf->min));
			json_object_set_new(f, "max", nd_number(gf->max));
		}
		json_object_set_new(f, "sum", agg_sum_state(&gf->sum));
		json_object_set_new(fs, af->name, f);
	}
	json_object_set_new(st, "count", json_integer(g->count));
	json_object_set_new(st, "fields", fs);
	json_object_set_new(rec, "state", st);
	return rec;
}

/* The interface. */

int
agg_add(agg_table *t, const json_t *rec, const char **why)
{
	if (t->spec->generic)
		return add_generic(t, rec);
	return add_fact(t, rec, why);
}

int
agg_add_raw(agg_table *t, const nd_raw *rec, const char **why)
{
	raw_members(t, rec);
	if (t->spec->generic)
		return add_generic_raw(t);
	return add_fact_raw(t, rec, why);
}

int
agg_add_agg(agg_table *t, const json_t *rec, const char **why)
{
	if (t->spec->generic)
		return merge_generic(t, rec, why);
	return merge_fact_agg(t, rec, why);
}

static int
bykey(const void *a, const void *b)
{
	return strcmp((*(struct group *const *)a)->key, (*(struct group *const *)b)->key);
}

void
agg_each(agg_table *t, void (*fn)(const json_t *rec, void *ctx), void *ctx)
{
	struct group **gs = xmalloc((t->n ? t->n : 1) * sizeof *gs);
	size_t i, n = 0;
	json_t *rec;

	for (i = 0; i < t->cap; i++)
		if (t->slot[i])
			gs[n++] = t->slot[i];
	qsort(gs, n, sizeof *gs, bykey);
	pool_rank(&t->pool);
	for (i = 0; i < n; i++) {
		rec = t->spec->generic ? generic_result(t, gs[i]) : fact_result(t, gs[i]);
		fn(rec, ctx);
		json_decref(rec);
	}
	free(gs);
}
