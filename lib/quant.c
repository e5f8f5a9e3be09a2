/*
 * Quantities in the text of a seg (see quant.h).
 *
 * The text is folded once (full-width forms to ASCII), then times are
 * taken (timex.c), then one left-to-right pass reads numbers where they
 * start: digits with the grouping and decimal marks of the language,
 * Chinese numerals (mixed with digits: "1.2万亿", "5万4千"), spelled-out
 * English and Portuguese numbers.  Around each number it looks for a
 * currency (before or after), a scale word, a percent sign or word, a
 * power unit, a classifier (家, 个) and a qualifier ("more than", 超过,
 * 多, "cerca de").  The fold and the helpers over the folded text are in
 * qtscan.c, the word tables in qword.c, the number readers in qnum.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "lang.h"
#include "qnum.h"
#include "qtscan.h"
#include "quant.h"
#include "qword.h"
#include "timex.h"

/* ----------------------------------------------------------- the result */

static struct qt_quant *
addq(struct qs *s)
{
	struct qt_result *r = s->r;

	if (r->nq == r->qcap) {
		r->qcap = r->qcap ? 2 * r->qcap : 16;
		r->q = xrealloc(r->q, r->qcap * sizeof *r->q);
	}
	memset(&r->q[r->nq], 0, sizeof r->q[0]);
	r->q[r->nq].conv_of = -1;
	return &r->q[r->nq++];
}

static void
addbad(struct qs *s, size_t a, size_t b)
{
	struct qt_result *r = s->r;

	if (r->nbad == r->badcap) {
		r->badcap = r->badcap ? 2 * r->badcap : 4;
		r->bad = xrealloc(r->bad, r->badcap * sizeof *r->bad);
	}
	r->bad[r->nbad].start = s->map[a];
	r->bad[r->nbad].end = s->map[b];
	r->nbad++;
}

const char *
qt_kind_name(int kind)
{
	static const char *names[] = { "number", "money", "percent", "points", "fraction", "power" };

	return kind >= 0 && kind <= QT_POWER ? names[kind] : "number";
}


/*
 * 五元三毛, 50元6角三分, 两美元又三美分: the smaller units after an amount
 * of yuan or dollars ending at E.  Adds them to *V.
 */
static size_t
zh_subunits(struct qs *s, size_t e, const char *iso, double *v)
{
	static const struct {
		const char *u;
		double f;
		const char *iso;
	} sub[] = { { "角", 0.1, "CNY" }, { "毛", 0.1, "CNY" }, { "分", 0.01, "CNY" }, { "美分", 0.01, "USD" } };
	size_t p = e, q, l, k, n;
	int d, steps = 0;

	if (*v != floor(*v))
		return e;
	for (;;) {
		q = p;
		if (qs_at(s, q, "又"))
			q += 3;
		if (qs_isd(s->f[q]) && !qs_isd(s->f[q + 1]))
			d = s->f[q] - '0', l = 1;
		else if ((d = qs_zdigit(qs_cp(s, q, &l))) < 1)
			break;
		q += l;
		for (k = 0; k < sizeof sub / sizeof sub[0]; k++)
			if (!strcmp(sub[k].iso, iso) && (n = qs_at(s, q, sub[k].u)))
				break;
		if (k == sizeof sub / sizeof sub[0])
			break;
		*v += d * sub[k].f;
		p = q + n;
		if (++steps == 2)
			break;
	}
	return p;
}

struct zqual {
	const char *s;
	const char *q;
};

static const struct zqual zh_qual_before[] = {
	{ "不超过", "<=" }, { "不超出", "<=" }, { "不高于", "<=" }, { "不多于", "<=" },
	{ "超过", ">" }, { "逾", ">" }, { "多于", ">" }, { "高于", ">" }, { "大于", ">" },
	{ "突破", ">" }, { "超", ">" }, { "破", ">" },
	{ "不少于", ">=" }, { "至少", ">=" }, { "不低于", ">=" }, { "不下于", ">=" }, { "最少", ">=" },
	{ "大约", "~" }, { "约合", "~" }, { "约", "~" }, { "將近", "~" }, { "将近", "~" }, { "接近", "~" },
	{ "近", "~" }, { "大概", "~" }, { "左右", "~" },
	{ "最多", "<=" }, { "至多", "<=" }, { "高达", "<=" },
	{ "不到", "<" }, { "不足", "<" }, { "少于", "<" }, { "低于", "<" }, { "未满", "<" },
	/* the same in Traditional characters */
	{ "不超過", "<=" }, { "不多於", "<=" }, { "不高於", "<=" }, { "超過", ">" }, { "多於", ">" },
	{ "高於", ">" }, { "大於", ">" }, { "不少於", ">=" }, { "不低於", ">=" }, { "約合", "~" },
	{ "約", "~" }, { "接近", "~" }, { "大概", "~" }, { "高達", "<=" }, { "少於", "<" },
	{ "低於", "<" }, { "未滿", "<" },
};

static const struct zqual zh_qual_after[] = {
	{ "以上", ">" }, { "多", ">" }, { "余", ">" }, { "左右", "~" }, { "上下", "~" },
	{ "以内", "<=" }, { "以下", "<=" }, { "餘", ">" }, { "以內", "<=" },
};

/* ------------------------------------------------------------ building */

struct qb {
	size_t s, e;        /* span, folded */
	double v;
	int kind;
	const char *unit;
	char qual[3];
};

/* Latin qualifier ending at I (before spaces): its qualifier or NULL. */
static const char *
latin_qual(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i), st[3], k = 0, e;
	const struct qword *w;
	int n;

	/* up to three words back */
	for (n = 0; n < 4 && b > 0; n++) {
		size_t a;

		if (!qs_wordc(s, b - 1))
			break;
		a = qs_wstart(s, b);
		if (k < 3)
			st[k++] = a;
		b = qs_backsp(s, a);
	}
	while (k > 0) {
		w = qword_at(s, st[k - 1], QW_QUAL, &e);
		if (w && qs_skipsp(s, e) == i)
			return w->s;
		if (w && e == qs_backsp(s, i))
			return w->s;
		k--;
	}
	return NULL;
}

static const char *
zh_qual(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i), k, n;

	for (k = 0; k < sizeof zh_qual_before / sizeof zh_qual_before[0]; k++) {
		n = strlen(zh_qual_before[k].s);
		if (n <= b && memcmp(s->f + b - n, zh_qual_before[k].s, n) == 0) {
			/* 最近, 附近, 将近期 are not qualifiers of the number */
			if (!strcmp(zh_qual_before[k].s, "近") && b >= n + 3 &&
			    (!memcmp(s->f + b - n - 3, "最", 3) || !memcmp(s->f + b - n - 3, "附", 3)))
				continue;
			return zh_qual_before[k].q;
		}
	}
	return NULL;
}

/* snprintf(D, N, "%s", S) without the cost of a format. */
static void
scopy(char *d, size_t n, const char *s)
{
	size_t k = strlen(s);

	if (k >= n)
		k = n - 1;
	memcpy(d, s, k);
	d[k] = '\0';
}

/* Pushes a quantity; checks the span is free. */
static int
emit(struct qs *s, struct qb *b)
{
	struct qt_quant *q;

	if (b->e <= b->s || !qs_free(s, b->s, b->e))
		return 0;
	q = addq(s);
	q->start = s->map[b->s];
	q->end = s->map[b->e];
	q->value = b->v;
	scopy(q->unit, sizeof q->unit, b->unit);
	scopy(q->qual, sizeof q->qual, b->qual[0] ? b->qual : "=");
	q->kind = b->kind;
	qs_take(s, b->s, b->e);
	return 1;
}

/* Latin measurement units that make a number a dimension, not ours. */
static int
dimension_after(const struct qs *s, size_t i)
{
	static const char *const u[] = { "nm", "mm", "cm", "km", "m", "kg", "g", "mg", "ml", "l", "kw", "kwh",
	                                 "mw", "gw", "gwh", "mwh", "mhz", "ghz", "hz", "gb", "tb", "mb", "kb",
	                                 "km2", "m2", "sq", "nanometers", "nanometres", "nanômetros", "ft",
	                                 "mi", "lb", "lbs", "oz", "kgs", "tons", "tonnes", "toneladas", "meters",
	                                 "metres", "metros", "km²", "m²", "gbps", "mbps", "tops", "w", "v" };
	size_t j = qs_skipsp(s, i), e = qs_wend(s, j), k;

	if (e == j)
		return 0;
	if (e < s->n && qs_isd(s->f[e]))
		return 0;
	for (k = 0; k < sizeof u / sizeof u[0]; k++)
		if (strlen(u[k]) == e - j && memcmp(s->lc + j, u[k], e - j) == 0) {
			/* "M" after digits is a scale (10M), "mi" a Portuguese one */
			if (!strcmp(u[k], "mi") && s->lang == QT_PT)
				return 0;
			if (!strcmp(u[k], "m") && s->f[j] == 'M')
				return 0;
			if (!strcmp(u[k], "g") && s->f[j] == 'G')
				return 0;
			return 1;
		}
	return 0;
}

/* Letters glued to digits that still leave a number: returns the multiplier, 0 if none. */
static double
glued_scale(const struct qs *s, size_t i, size_t *e, double v)
{
	size_t we = qs_wend(s, i);
	size_t n = we - i;
	const char *w = s->f + i;

	*e = we;
	if (n == 1 && (w[0] == 'k' || w[0] == 'K'))
		return 1e3;
	if (n == 1 && w[0] == 'M')
		return 1e6;
	if (n == 2 && w[0] == 'M' && w[1] == 'M')
		return 1e6;
	if (n == 1 && (w[0] == 'b' || w[0] == 'B'))
		return 1e9;
	if (n == 1 && w[0] == 'G' && v >= 10)
		return 1e9;
	if (n == 1 && w[0] == 'T' && v >= 10)
		return 1e12;
	if (n == 2 && (!memcmp(s->lc + i, "bn", 2) || !memcmp(s->lc + i, "mn", 2) || !memcmp(s->lc + i, "tn", 2)))
		return s->lc[i] == 'b' ? 1e9 : s->lc[i] == 'm' ? 1e6 : 1e12;
	if (n == 3 && !memcmp(s->lc + i, "bln", 3))
		return 1e9;
	return 0;
}

struct zcur {
	const char *s;
	const char *iso;
};

/* Currency symbols and codes before a number. */
static const struct zcur syms[] = {
	{ "us$", "USD" }, { "u.s.$", "USD" }, { "u.s $", "USD" }, { "usd$", "USD" }, { "hk$", "HKD" },
	{ "c$", "CAD" }, { "cad$", "CAD" }, { "a$", "AUD" }, { "aud$", "AUD" }, { "nz$", "NZD" },
	{ "nzd$", "NZD" }, { "r$", "BRL" }, { "mex$", "MXN" }, { "mxn$", "MXN" }, { "nt$", "TWD" },
	{ "s$", "SGD" }, { "rmb", "CNY" }, { "cny", "CNY" }, { "usd", "USD" }, { "eur", "EUR" },
	{ "gbp", "GBP" }, { "brl", "BRL" }, { "jpy", "JPY" }, { "hkd", "HKD" }, { "chf", "CHF" },
	{ "musd", "USD" }, { "meur", "EUR" }, { "mgbp", "GBP" }, { "maud", "AUD" }, { "$", "USD" }, { "€", "EUR" }, { "£", "GBP" }, { "¥", "CNY" }, { "₿", "BTC" }, { "₩", "KRW" },
	{ "₹", "INR" }, { "人民币", "CNY" }, { "美元", "USD" }, { "dólares", "USD" }, { "dólar", "USD" },
	{ "dollar", "USD" }, { "euros", "EUR" }, { "us $", "USD" }, { "hk $", "HKD" }, { "c $", "CAD" },
};

/*
 * The symbols by first byte, in table order, each list ending in -1:
 * most positions are ruled out by one lookup, the rest try only the
 * symbols that can match.  Built by cur_init().
 */
static signed char byfirst[256][8];

static void
cur_init(void)
{
	static int ready;
	size_t k, m;

	if (ready)
		return;
	memset(byfirst, -1, sizeof byfirst);
	for (k = 0; k < sizeof syms / sizeof syms[0]; k++) {
		signed char *b = byfirst[(unsigned char)syms[k].s[0]];

		for (m = 0; b[m] >= 0; m++)
			;
		if (m + 1 >= sizeof byfirst[0])
			die("cur_before: too many symbols start with one byte");
		b[m] = (signed char)k;
	}
	ready = 1;
}

/* Currency symbol or code before a number at I: returns its end and sets *ISO. */
static size_t
cur_before(struct qs *s, size_t i, const char **iso)
{
	size_t k, n, best = 0;
	const signed char *bk;

	if (i >= s->n || byfirst[(unsigned char)s->lc[i]][0] < 0)
		return i;
	if (i > 0 && qs_wordc(s, i) && qs_wordc(s, i - 1))
		return i;
	for (bk = byfirst[(unsigned char)s->lc[i]]; *bk >= 0; bk++)
		if ((n = qs_at(s, i, syms[k = (size_t)*bk].s)) > best) {
			/* a code must not run into a longer word */
			if (qs_wordc(s, i + n - 1) && qs_wordc(s, i + n))
				continue;
			best = n, *iso = syms[k].iso;
		}
	if (!best)
		return i;
	if (s->lang == QT_ZH && *iso && !strcmp(*iso, "USD") && s->f[i] == '$')
		*iso = "USD";
	return i + best;
}

/* A currency name after a number at I (spaces allowed): its end and ISO code. */
static size_t
cur_after(struct qs *s, size_t i, const char **iso, double *mult)
{
	size_t j = qs_skipsp(s, i), e, l;
	const struct qword *w;
	uint32_t c;

	*mult = 1;
	if (j == i && j + 1 < s->n && s->f[j] == '-' && qs_wordc(s, j + 1) && qword_at(s, j + 1, QW_CUR, &e))
		j++;  /* "12-cent", "one-yen" */
	c = qs_cp(s, j, &l);
	if (j < s->n && (c == 0x20A1 || c == 0x20BE || c == 0x20AD || c == 0x20BD || c == 0x20BA)) {
		*iso = c == 0x20A1 ? "CRC" : c == 0x20BE ? "GEL" : c == 0x20AD ? "LAK" : c == 0x20BD ? "RUB" : "TRY";
		return j + l;
	}
	if (j < s->n && (c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5 || c == 0x20A9)) {
		*iso = c == '$' ? "USD" : c == 0x20AC ? "EUR" : c == 0xA3 ? "GBP" : c == 0xA5 ? "JPY" : "KRW";
		if (c == 0xA5 && s->lang == QT_ZH)
			*iso = "CNY";
		return j + l;
	}
	if ((e = qs_zh_currency(s, j, iso)) && (j == i || s->lang == QT_ZH))
		return j + e;
	if ((w = qword_at(s, j, QW_CUR, &e))) {
		*iso = w->s;
		if (w->v)
			*mult = w->v;
		return e;
	}
	return i;
}


/*
 * Cents after an amount ending at E: "15 dollars 50", "3 euros com 99
 * centavos", "thirteen dollars and forty-five cents".  Adds them to *V.
 */
static size_t
cents(struct qs *s, size_t e, double *v, const char *iso)
{
	size_t j = qs_skipsp(s, e), k, be, a;
	const struct qword *w;
	struct qnum d;
	int cny = iso && !strcmp(iso, "CNY");

	if (*v != floor(*v) || *v >= 1e4 || *v < 0 || j == e)
		return e;
	if ((w = qword_at(s, j, QW_JOIN, &k)))
		j = qs_skipsp(s, k);
	memset(&d, 0, sizeof d);
	if (j < s->n && qs_isd(s->f[j])) {
		be = qnum_digits(s, j, &d);
		if (be == j || !d.ok || !qnum_plain_int(s, j, be) || be - j > 2 || qs_wordc(s, be))
			return e;
	} else if ((be = qnum_words(s, j, &d)) == j || d.frac || d.scaled)
		return e;
	if (d.v <= 0 || d.v >= 100 || d.v != floor(d.v))
		return e;
	a = qs_skipsp(s, be);
	if (cny && ((k = qs_atw(s, a, "jiao")) || (k = qs_atw(s, a, "mao")) || (k = qs_atw(s, a, "fen")))) {
		/* "3 yuan 5 jiao", "one kuai and five mao five": tenths, then hundredths */
		if (s->lc[a] == 'f' || d.v >= 10)
			return s->lc[a] == 'f' && d.v < 100 ? (*v += d.v / 100, a + k) : e;
		*v += d.v / 10;
		be = a + k;
		j = qs_skipsp(s, be);
		memset(&d, 0, sizeof d);
		if (j > be && j < s->n) {
			size_t fe = qs_isd(s->f[j]) ? qnum_digits(s, j, &d) : qnum_words(s, j, &d), fa = qs_skipsp(s, fe);

			if (fe > j && d.ok && !d.frac && d.v >= 1 && d.v < 10 && d.v == floor(d.v) &&
			    ((k = qs_atw(s, fa, "fen")) || fa >= s->n || !(qs_isd(s->f[fa]) || qs_wordc(s, fa)))) {
				*v += d.v / 100;
				be = k ? fa + k : fe;
			}
		}
		return be;
	}
	if ((w = qword_at(s, a, QW_CUR, &k))) {
		if (w->s && !strcmp(w->s, "USX")) {
			*v += d.v / 100;
			return k;
		}
		return e;
	}
	if (a < s->n && (qs_isd(s->f[a]) || s->f[a] == '%' || s->f[a] == '$' || qword_at(s, a, QW_SCALE, &k) ||
	                 qword_at(s, a, QW_PCT, &k)))
		return e;
	*v += d.v / 100;
	return be;
}

/*
 * Scale words after a number at I: multiplies *V, returns the end.  Also
 * a spaced scale letter ("2.33 k", "-2.5 M"), dozens ("3 dozens"), and a
 * fraction of the scale after it ("3 million and a half").
 */
static size_t
scale_after(struct qs *s, size_t i, double *v, int *scaled)
{
	size_t j, e, p = i;
	const struct qword *w;
	double last = 0;

	for (;;) {
		j = qs_skipsp(s, p);
		if ((w = qword_at(s, j, QW_SCALE, &e)) || (w = qword_at(s, j, QW_HUND, &e)) ||
		    (w = qword_at(s, j, QW_DOZEN, &e))) {
			if (w->type == QW_HUND && (w->v != 100 || s->lang == QT_PT))
				break;
			if (last && w->v >= last && !(last == 1e3 && w->v >= 1e6))
				break;
			*v *= w->v;
			*scaled = 1;
			last = w->v;
			p = e;
			continue;
		}
		break;
	}
	if (!last && (j = qs_skipsp(s, p)) > p && j < s->n && !qs_wordc(s, j + 1) &&
	    (s->f[j] == 'k' || s->f[j] == 'K' || s->f[j] == 'M' || s->f[j] == 'G' || s->f[j] == 'B' ||
	     s->f[j] == 'T') && (j + 1 >= s->n || s->f[j + 1] == ' ' || s->f[j + 1] == '.' || s->f[j + 1] == ',' ||
	                         s->f[j + 1] == ')' || s->f[j + 1] == ';')) {
		double m = s->f[j] == 'k' || s->f[j] == 'K' ? 1e3 : s->f[j] == 'M' ? 1e6 :
		           s->f[j] == 'T' ? 1e12 : 1e9;
		*v *= m;
		*scaled = 1;
		return j + 1;
	}
	if (last >= 1e3) {
		/* "3 million and a half", "2 milhões e meio" */
		struct qnum f;
		size_t je;

		j = qs_skipsp(s, p);
		if ((w = qword_at(s, j, QW_JOIN, &je))) {
			size_t k = qs_skipsp(s, je);

			memset(&f, 0, sizeof f);
			if ((w = qword_at(s, k, QW_HALF, &e))) {
				*v += last / w->v;  /* "e meio", "and half" */
				return e;
			}
			if (qword_at(s, k, QW_A, &e) || qword_at(s, k, QW_UNIT, &e)) {
				if ((e = qnum_words(s, k, &f)) > k && f.frac && f.v < 1) {
					*v += f.v * last;
					return e;
				}
			}
		}
	}
	return p;
}


/* "3/4", "-4/5", "2 1/4" after the digits at [P, E): returns the new end. */
static size_t
slash_fraction(struct qs *s, size_t p, size_t e, struct qnum *nm)
{
	size_t q, r, j;
	double a, b, c;

	if (!qnum_plain_int(s, p, e) || e - p > 6)
		return e;
	if (e + 1 < s->n && s->f[e] == '/' && qs_isd(s->f[e + 1])) {
		for (q = e + 1; q < s->n && qs_isd(s->f[q]); q++)
			;
		if (q - e - 1 > 6 || (q < s->n && (s->f[q] == '/' || s->f[q] == '.' || qs_wordc(s, q))))
			return e;
		b = atof(s->f + e + 1);
		if (b == 0)
			return e;
		nm->v = nm->v / b;
		nm->frac = 1;
		nm->e = q;
		return q;
	}
	j = qs_skipsp(s, e);
	if (j > e && j < s->n && qs_isd(s->f[j])) {
		for (q = j; q < s->n && qs_isd(s->f[q]); q++)
			;
		if (q + 1 < s->n && s->f[q] == '/' && qs_isd(s->f[q + 1]) && q - j <= 4) {
			for (r = q + 1; r < s->n && qs_isd(s->f[r]); r++)
				;
			if (r - q - 1 > 4 || (r < s->n && (s->f[r] == '/' || qs_wordc(s, r))))
				return e;
			a = nm->v, b = atof(s->f + j), c = atof(s->f + q + 1);
			if (c == 0 || b >= c * 100)
				return e;
			nm->v = a + b / c;
			nm->frac = 1;
			nm->e = r;
			return r;
		}
	}
	return e;
}

/*
 * "one over three", "1 in twenty-one", "two out of five hundred",
 * "um sobre tres", "dois onze avos": a fraction whose numerator ends at E.
 */
static size_t
word_fraction(struct qs *s, size_t e, struct qnum *nm)
{
	size_t j = qs_skipsp(s, e), k = 0, b, be;
	struct qnum d;
	int strong = 0;

	if (nm->frac || nm->scaled || nm->v != floor(nm->v))
		return e;
	if (s->lang != QT_PT) {
		if ((k = qs_atw(s, j, "over")))
			strong = 1;
		else if ((k = qs_atw(s, j, "out of")) || (k = qs_atw(s, j, "in")))
			strong = 0;
	} else if ((k = qs_atw(s, j, "sobre")))
		strong = 1;
	memset(&d, 0, sizeof d);
	if (k) {
		b = qs_skipsp(s, j + k);
		if (b == j + k)
			return e;
		if (qs_isd(s->f[b])) {
			be = qnum_digits(s, b, &d);
			if (be == b || !d.ok || !qnum_plain_int(s, b, be) || qs_wordc(s, be))
				return e;
		} else if ((be = qnum_words(s, b, &d)) == b || d.frac)
			return e;
		if (d.v <= 0 || be == b)
			return e;
		if (nm->v < 0 && !strong)
			return e;
		if (!(fabs(nm->v) < d.v || (strong && qs_skipsp(s, be) >= s->n)))
			return e;
		if (!strong && !(nm->v < d.v))
			return e;
		nm->v /= d.v;
		nm->frac = 1;
		nm->e = be;
		return be;
	}
	if (s->lang == QT_PT && nm->words && (be = qnum_words(s, j, &d)) > j && !d.frac && d.v > 1) {
		size_t a = qs_skipsp(s, be);

		if ((k = qs_atw(s, a, "avos"))) {
			nm->v /= d.v;
			nm->frac = 1;
			nm->e = a + k;
			return a + k;
		}
	}
	return e;
}

static void conversions(struct qs *s);

/*
 * Is the digit at P, after a comma, an item of a list of numbers ("nos.
 * 22,24,26,31")?  Outside Portuguese: three or more items of one or two
 * digits each, which neither grouping nor a decimal comma can make.
 */
static int
digit_list(const struct qs *s, size_t p)
{
	size_t a = p, b = p, g;
	int items = 0;

	if (s->lang == QT_PT)
		return 0;
	while (a > 0 && (qs_isd(s->f[a - 1]) || s->f[a - 1] == ','))
		a--;
	if (a > 0 && (qs_wordc(s, a - 1) || s->f[a - 1] == '.'))
		return 0;
	while (b < s->n && (qs_isd(s->f[b]) || (s->f[b] == ',' && b + 1 < s->n && qs_isd(s->f[b + 1]))))
		b++;
	if (b < s->n && (qs_wordc(s, b) || (s->f[b] == '.' && b + 1 < s->n && qs_isd(s->f[b + 1]))))
		return 0;
	for (g = a; g < b; items++) {
		size_t d = g;

		if (!qs_isd(s->f[g]))
			return 0;
		while (g < b && qs_isd(s->f[g]))
			g++;
		if (g - d > 2)
			return 0;
		if (g < b)
			g++;
	}
	return items >= 3;
}

/*
 * 七成六 (76%): a digit after 成 adds a point, when what follows it cannot
 * go on a word (七成一线城市): no Han character but 的, 以 (以上), 左 (左右)
 * or 上.  The end, or E.
 */
static size_t
zh_tenth(const struct qs *s, size_t e, double *v)
{
	size_t z = qs_skipsp(s, e), l, l2;
	uint32_t d = qs_cp(s, z, &l), nx;
	int dv = qs_zdigit(d);

	if (dv <= 0 || d == 0x4E24 || d == 0x5169)
		return e;
	nx = qs_cp(s, z + l, &l2);
	if (qs_han(nx) && nx != 0x7684 /* 的 */ && nx != 0x4EE5 /* 以 */ && nx != 0x5DE6 /* 左 */ &&
	    nx != 0x4E0A /* 上 */)
		return e;
	if (qs_isd(s->f[z + l]) || (z + l < s->n && (s->f[z + l] == '.' || s->f[z + l] == '%')))
		return e;
	*v += dv;
	return z + l;
}

/*
 * Numbers that name rather than count, at the digits at P: telephone
 * numbers (+86 21 ..., 021-6123 4567, a leading zero), registration
 * numbers (沪ICP备12345678号, 4 digit groups joined by hyphens), house
 * numbers ("No. 88", "nº 12").  Returns the end of what to skip, or P.
 */
static size_t
identifier(struct qs *s, size_t p)
{
	size_t e = p, b, nd = 0, ng = 1, l;
	int hy = 0;
	uint32_t c;

	while (e < s->n && (qs_isd(s->f[e]) || ((s->f[e] == '-' || s->f[e] == '/') && e + 1 < s->n && qs_isd(s->f[e + 1]) && e > p))) {
		if (qs_isd(s->f[e]))
			nd++;
		else
			hy = 1, ng++;
		e++;
	}
	/* a telephone number: "+86", or several groups after it */
	if (p > 0 && s->f[p - 1] == '+') {
		while (e + 1 < s->n && (s->f[e] == ' ' || s->f[e] == '-') && qs_isd(s->f[e + 1]))
			for (e++; e < s->n && qs_isd(s->f[e]); e++)
				;
		return e;
	}
	if (hy && s->f[e] != '%' && !qs_wordc(s, e) && nd >= 7 && ng >= 2) {
		/* 021-6123 4567 */
		while (e + 1 < s->n && s->f[e] == ' ' && qs_isd(s->f[e + 1]) && qs_isd(s->f[e + 2]) && qs_isd(s->f[e + 3]))
			for (e++; e < s->n && qs_isd(s->f[e]); e++)
				;
		return e;
	}
	/* a leading zero: 021, 0755 (but not 0.5 or 0,5) */
	if (s->f[p] == '0' && nd >= 2 && !hy && !(e < s->n && (s->f[e] == '.' || s->f[e] == ',') && qs_isd(s->f[e + 1])))
		return e;
	/* a clock time: 6:55, 21:44, 16:9 */
	if (!hy && nd <= 2 && e + 1 < s->n && s->f[e] == ':' && qs_isd(s->f[e + 1]) &&
	    !(qs_isd(s->f[e + 2]) && qs_isd(s->f[e + 3]))) {
		e += qs_isd(s->f[e + 2]) ? 3 : 2;
		if (e + 1 < s->n && s->f[e] == ':' && qs_isd(s->f[e + 1]))
			for (e++; e < s->n && qs_isd(s->f[e]); e++)
				;
		return e;
	}
	if (p > 1 && s->f[p - 1] == ':' && qs_isd(s->f[p - 2]))
		return e;
	/* a reference mark: "[12]", "[1-2]" */
	if (p > 0 && s->f[p - 1] == '[' && e < s->n && (s->f[e] == ']' || s->f[e] == ','))
		return e + 1;
	if (hy && p > 0 && s->f[p - 1] == '[' && e < s->n && s->f[e] == ']')
		return e + 1;
	/* a list marker opening the seg: "1.", "2)" */
	if (qs_backsp(s, p) == 0 && nd <= 2 && !hy && e < s->n && (s->f[e] == '.' || s->f[e] == ')') &&
	    (e + 1 >= s->n || s->f[e + 1] == ' '))
		return e + 1;
	/* 沪ICP备12345678号, 京公网安备 11010502030143号 */
	c = qs_cp(s, e, &l);
	if (!hy && nd >= 5 && (c == 0x53F7 /* 号 */ || c == 0x865F))
		return e + l;
	b = qs_backsp(s, p);
	if (nd >= 5 && b >= 3 && (!memcmp(s->f + b - 3, "备", 3) || !memcmp(s->f + b - 3, "证", 3)))
		return e;
	/* No. 88, nº 12, n.º 3, número 5 */
	if (b > 0 && (s->f[b - 1] == '.' || qs_wordc(s, b - 1))) {
		size_t a = b;

		if (s->f[a - 1] == '.')
			a--;
		a = qs_wstart(s, a);
		if ((b - a == 3 && !memcmp(s->lc + a, "no.", 3)) || (b - a == 4 && !memcmp(s->lc + a, "nos.", 4)) ||
		    (b - a == 3 && !memcmp(s->lc + a, "nº", 3)) || (b - a == 3 && !memcmp(s->lc + a, "no ", 3)) ||
		    (b - a == 7 && !memcmp(s->lc + a, "número", 7)) || (b - a == 4 && !memcmp(s->lc + a, "room", 4)) ||
		    (b - a == 5 && !memcmp(s->lc + a, "suite", 5)) || (b - a == 4 && !memcmp(s->lc + a, "sala", 4)))
			return e;
		if (b >= 4 && !memcmp(s->lc + b - 4, "n.º", 4))
			return e;
	}
	/* 88 Keyuan Road, 1000 Century Avenue */
	if (!hy && nd <= 5) {
		size_t j = qs_skipsp(s, e), k;
		int caps = 0;

		for (k = 0; k < 4 && j < s->n && s->f[j] >= 'A' && s->f[j] <= 'Z'; k++) {
			size_t we = qs_wend(s, j);
			static const char *const st[] = { "road", "rd", "street", "st", "avenue", "ave", "boulevard",
			                                  "blvd", "lu", "lane", "highway", "drive" };
			size_t m;

			for (m = 0; m < sizeof st / sizeof st[0]; m++)
				if (strlen(st[m]) == we - j && !memcmp(s->lc + j, st[m], we - j) && caps)
					return e;
			caps++;
			j = qs_skipsp(s, we);
		}
	}
	return p;
}

/*
 * Operations per second spelled out after a number, at I: their length,
 * with *MULT set to what turns the number into PFLOPS; else 0.
 */
static size_t
ops_per_second(const struct qs *s, size_t i, double *mult)
{
	static const struct { const char *w; double m; } ops[] = {
		{ "quintilhões de operações por segundo", 1e3 },
		{ "quintilhões de operações de ponto flutuante por segundo", 1e3 },
		{ "quatrilhões de operações por segundo", 1 },
		{ "quatrilhões de operações de ponto flutuante por segundo", 1 },
		{ "quintillion operations per second", 1e3 },
		{ "quintillion floating-point operations per second", 1e3 },
		{ "quintillion calculations per second", 1e3 },
		{ "quadrillion operations per second", 1 },
		{ "quadrillion floating-point operations per second", 1 },
		{ "quadrillion calculations per second", 1 },
	};
	size_t k, n;

	for (k = 0; k < sizeof ops / sizeof ops[0]; k++)
		if ((n = qs_atw(s, i, ops[k].w))) {
			*mult = ops[k].m;
			return n;
		}
	return 0;
}

/*
 * The state of one quantity() as its phases pass it on: where the scan
 * stands (I) and where the number starts (P, after a currency or a sign),
 * the end of what is read so far (E), the number, the quantity being
 * built, and what the phases found.
 */
struct qa {
	size_t i, p, e;
	struct qnum nm;
	struct qb b;
	const char *iso;    /* the currency before the number */
	int neg;            /* a minus sign or word before it */
	int pct;            /* 1: a percentage, 2: percentage points */
	int isz;            /* read as a Chinese number */
	int prefix;         /* a currency before it */
	size_t article;     /* the end of "um", "uma" read as an article, or 0 */
	size_t ret;         /* what quantity() returns when a phase stops it */
};

/* What a phase tells quantity(): go on, stop and return A->ret, or go to the qualifiers. */
enum { QA_ON, QA_STOP, QA_QUAL };

static int
qa_stop(struct qa *a, size_t ret)
{
	a->ret = ret;
	return QA_STOP;
}

/* A currency before the number, and a minus sign or word: move A->p past them. */
static void
qa_sign(struct qs *s, struct qa *a)
{
	size_t ce, e, l, k, bpos;
	uint32_t cb;

	/* currency before the number */
	ce = cur_before(s, a->i, &a->iso);
	if (ce > a->i) {
		size_t j = qs_skipsp(s, ce);

		if (j < s->n && (qs_isd(s->f[j]) || (s->f[j] == '.' && qs_isd(s->f[j + 1])) ||
		                 qs_znumc(qs_cp(s, j, &l)) || qword_at(s, j, QW_UNIT, &e) || qword_at(s, j, QW_TEN, &e) ||
		                 qword_at(s, j, QW_HALF, &e) || qword_at(s, j, QW_A, &e))) {
			a->prefix = 1;
			a->p = j;
		} else
			a->iso = NULL;
	}
	/* a minus sign, or the word */
	if (!a->prefix && s->f[a->p] == '-') {
		size_t j = a->p + 1;

		if (qs_backsp(s, a->p) == 0)
			j = qs_skipsp(s, j);  /* "- 10 k" at the start */
		if (j < s->n && (qs_isd(s->f[j]) || s->f[j] == '.' || s->f[j] == ',')) {
			cb = qs_cp_before(s, a->p, &bpos);
			if (a->p == 0 || cb == ' ' || cb == '(' || cb == '\t' || cb == '=' || cb == ':') {
				a->neg = 1;
				a->p = j;
			}
		}
	} else if (!a->prefix && s->lang != QT_ZH && ((k = qs_atw(s, a->p, "minus")) || (k = qs_atw(s, a->p, "negative")))) {
		size_t j = qs_skipsp(s, a->p + k);

		if (j > a->p + k && j < s->n && qs_isd(s->f[j]))
			a->neg = 1, a->p = j;
	}
}

/* Where digits may start a number, and their reading (with Chinese numerals after them). */
static int
qa_digits(struct qs *s, struct qa *a)
{
	size_t l;

	/* a digit glued to a letter before it is part of a name: MLU100, G60, A4 */
	if (a->p > 0 && !a->prefix && (qs_wordc(s, a->p - 1) || qs_isd(s->f[a->p - 1])))
		return qa_stop(a, a->i);
	if (a->p > 1 && !a->prefix && (s->f[a->p - 1] == '-' || s->f[a->p - 1] == '_' || s->f[a->p - 1] == '/') &&
	    qs_wordc(s, a->p - 2))
		return qa_stop(a, a->i);
	if (a->p > 1 && (s->f[a->p - 1] == '.' || s->f[a->p - 1] == ',') && qs_isd(s->f[a->p - 2]) &&
	    s->map[a->p] - s->map[a->p - 1] == 1 && !(s->f[a->p - 1] == ',' && digit_list(s, a->p)))
		return qa_stop(a, a->i);
	if (a->p > 0 && s->f[a->p] == '.' && s->f[a->p - 1] == '.')
		return qa_stop(a, a->i + 1);
	if (s->f[a->p] == ',' && s->lang != QT_PT)
		return qa_stop(a, a->i);
	if (!a->prefix && (a->e = identifier(s, a->p)) > a->p)
		return qa_stop(a, a->e);
	a->e = qnum_digits(s, a->p, &a->nm);
	if (a->e == a->p)
		return qa_stop(a, a->i);
	if (!a->nm.ok) {
		/* a dotted identifier (192.168.1.2, v1.2.3) */
		while (a->e < s->n && (qs_isd(s->f[a->e]) || s->f[a->e] == '.'))
			a->e++;
		return qa_stop(a, a->e);
	}
	/* Chinese numerals and units after the digits */
	{
		size_t j = s->lang == QT_ZH ? qs_skipsp(s, a->e) : a->e;
		uint32_t c2 = qs_cp(s, j, &l);

		if (qs_zbig(c2) || qs_zsmall(c2) || QS_DIAN(c2) || QS_YU(c2) || QS_DUO(c2) || QS_FEN == c2 || c2 == QS_YOU) {
			struct qnum z;

			memset(&z, 0, sizeof z);
			if (qnum_zh(s, a->p, &z) > a->e && z.ok) {
				size_t zl;
				uint32_t zc = qs_cp(s, z.e, &zl);

				/* "2012 百度": a unit after a space must end the number */
				if (j == a->e || !qs_han(zc) || qs_zh_counted(s, z.e))
					a->nm = z, a->isz = 1, a->e = z.e;
			}
		}
	}
	if (a->nm.bad) {
		addbad(s, a->nm.s, a->nm.e);
		qs_take(s, a->nm.s, a->nm.e);
		return qa_stop(a, a->nm.e);
	}
	return QA_ON;
}

/* A fraction after the digits (3/4), and letters glued to them: 10M, 40.000P, 115USD. */
static int
qa_glued(struct qs *s, struct qa *a)
{
	const char *iso2 = NULL;
	double mult = 1;

	if (!a->isz)
		a->e = slash_fraction(s, a->p, a->e, &a->nm);
	/* letters glued after the digits */
	if (qs_wordc(s, a->e)) {
		size_t ge, bp;
		double m = glued_scale(s, a->e, &ge, a->nm.v);

		if (!m && a->prefix && s->f[a->e] == 'm' && !qs_wordc(s, a->e + 1))
			m = 1e6, ge = a->e + 1;  /* $500m, £3m */

		/* 寒武纪1M: a letter after digits after a Han character names a product */
		if (qs_han(qs_cp_before(s, a->p, &bp)) && !(s->f[a->e] == 'P' && !qs_wordc(s, a->e + 1)))
			m = 0;
		size_t j;

		if (s->f[a->e] == 'P' && (!qs_wordc(s, a->e + 1) || qs_han(qs_cp(s, a->e + 1, &ge)))) {
			/* 40.000P, 10000P算力: petaflops */
			a->b.e = a->e + 1;
			a->b.v = a->nm.v;
			a->b.kind = QT_POWER;
			a->b.unit = "PFLOPS";
			return QA_QUAL;
		}
		if (qs_at(s, a->e, "pflops") || qs_at(s, a->e, "eflops") || qs_at(s, a->e, "petaflops") ||
		    qs_at(s, a->e, "exaflops")) {
			a->b.e = qs_wend(s, a->e);
			a->b.v = a->nm.v * (s->lc[a->e] == 'e' ? 1000 : 1);
			a->b.kind = QT_POWER;
			a->b.unit = "PFLOPS";
			return QA_QUAL;
		}
		if ((j = cur_after(s, a->e, &iso2, &mult)) > a->e && qs_wordc(s, a->e)) {
			/* 115USD, 30MUSD */
			a->nm.v *= mult;
			a->b.e = j;
			a->b.v = a->nm.v;
			a->b.kind = QT_MONEY;
			a->b.unit = iso2;
			return QA_QUAL;
		}
		if (m == 0)
			return qa_stop(a, qs_wend(s, a->e));
		a->nm.v *= m;
		a->nm.scaled = 1;
		a->e = ge;
	}
	return QA_ON;
}

/* A version ("Windows 2.0", "versão 3.0") is no number. */
static int
qa_version(struct qs *s, struct qa *a)
{
	size_t l;

	/* a year already taken, a version "2.0" after a name */
	if (!a->nm.scaled && !a->isz && !a->prefix && a->nm.v > 0 && a->nm.v < 10 && a->e - a->p == 3 && s->f[a->p + 1] == '.' &&
	    s->f[a->p + 2] == '0' && !(a->e < s->n && s->f[a->e] == '%') && !qword_at(s, qs_skipsp(s, a->e), QW_PCT, &l) &&
	    !qword_at(s, qs_skipsp(s, a->e), QW_CUR, &l) && !qword_at(s, qs_skipsp(s, a->e), QW_SCALE, &l)) {
		size_t bb = qs_backsp(s, a->p);

		if (bb > 0 && qs_wordc(s, bb - 1) && bb < a->p) {
			size_t ws = qs_wstart(s, bb);
			if ((s->f[ws] >= 'A' && s->f[ws] <= 'Z') || (bb - ws == 7 && !memcmp(s->lc + ws, "version", 7)) ||
			    (bb - ws == 6 && !memcmp(s->lc + ws, "versao", 6)) ||
			    (bb - ws == 7 && !memcmp(s->lc + ws, "versão", 7)))
				return qa_stop(a, a->e);
		}
	}
	return QA_ON;
}

/* Scale words after the digits ("3 million"), digits read as words ("3 hundred and 21"), "1 in 5". */
static void
qa_scaled(struct qs *s, struct qa *a)
{
	if (!a->isz && !a->nm.frac) {
		size_t j = scale_after(s, a->e, &a->nm.v, &a->nm.scaled), we2;
		const struct qword *ww;

		a->e = j;
		/* "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred" */
		if (s->lang == QT_EN && qnum_plain_int(s, a->p, a->nm.e) && a->nm.e - a->p <= 3 &&
		    (ww = qword_at(s, qs_skipsp(s, a->nm.e), 0, &we2)) && (ww->type == QW_HUND || ww->type == QW_SCALE)) {
			struct qnum wn;
			size_t wend;

			memset(&wn, 0, sizeof wn);
			wn.digok = 1;
			if ((wend = qnum_words(s, a->p, &wn)) > a->e && wn.ok && !wn.frac) {
				a->nm.v = wn.v;
				a->nm.scaled = 1;
				a->e = wend;
			}
		}
	}
	a->nm.e = a->e;
	if (!a->isz && !a->prefix)
		a->e = a->nm.e = word_fraction(s, a->e, &a->nm);
}

/* A Chinese number at A->p, whose first character is C. */
static int
qa_zh(struct qs *s, struct qa *a, uint32_t c)
{
	size_t l;
	size_t bp;
	uint32_t pc = qs_cp_before(s, a->p, &bp);

	if ((pc == 0x6570 /* 数 */ || pc == 0x6578 || QS_JI(pc)) && qs_zsmall(c) > 0) {
		/* 数百亿, 几千: several */
		qs_cp(s, a->p, &l);
		return qa_stop(a, a->p + l);
	}
	a->e = qnum_zh(s, a->p, &a->nm);
	if (a->e == a->p)
		return qa_stop(a, a->i);
	if (a->nm.bad) {
		addbad(s, a->nm.s, a->nm.e);
		qs_take(s, a->nm.s, a->nm.e);
		return qa_stop(a, a->nm.e);
	}
	a->isz = 1;
	return QA_ON;
}

/* A number spelled out at A->p; "one" as a pronoun and "um" as an article are not. */
static int
qa_words(struct qs *s, struct qa *a)
{
	size_t k;

	a->e = qnum_words(s, a->p, &a->nm);
	if (a->e == a->p)
		return qa_stop(a, a->i);
	if (s->f[a->p] >= 'A' && s->f[a->p] <= 'Z' && qs_backsp(s, a->p) > 0 && a->nm.e + 1 < s->n &&
	    s->f[a->nm.e] == '-' && s->f[a->nm.e + 1] >= 'A' && s->f[a->nm.e + 1] <= 'Z')
		return qa_stop(a, qs_wend(s, a->nm.e + 1));
	{
		size_t j = scale_after(s, a->e, &a->nm.v, &a->nm.scaled);
		a->e = a->nm.e = j;
	}
	a->e = a->nm.e = word_fraction(s, a->e, &a->nm);
	if (a->nm.words && a->nm.lone && !a->prefix) {
		/* "one" as a pronoun, "um"/"uma" as an article */
		size_t we = qs_wend(s, a->p);
		size_t nx = qs_skipsp(s, we);
		size_t pb = qs_backsp(s, a->p);
		const char *lw = s->lc + a->p;
		size_t ll = we - a->p;

		if (s->lang == QT_PT && !a->nm.frac &&
		    ((ll == 2 && !memcmp(lw, "um", 2)) || (ll == 3 && !memcmp(lw, "uma", 3))))
			a->article = we;
		if (ll == 3 && !memcmp(lw, "one", 3)) {
			if (qs_atw(s, nx, "of") || qs_atw(s, nx, "another") || qs_atw(s, nx, "you") ||
			    qs_atw(s, nx, "is") || qs_atw(s, nx, "do") || qs_atw(s, nx, "day"))
				return qa_stop(a, we);
			if (pb > 0 && qs_wordc(s, pb - 1)) {
				size_t ws = qs_wstart(s, pb);
				static const char *const det[] = { "the", "this", "that", "which", "any", "no",
				                                   "each", "every", "some", "no-", "someone", "which" };
				for (k = 0; k < sizeof det / sizeof det[0]; k++)
					if (strlen(det[k]) == pb - ws && !memcmp(s->lc + ws, det[k], pb - ws))
						return qa_stop(a, we);
			}
		}
		if (a->nm.frac && ll == 4 && !memcmp(lw, "half", 4)) {
			/* "first half", "second half of the year" */
			size_t pe = qs_backsp(s, a->p);
			if (pe > 0 && qs_wordc(s, pe - 1)) {
				size_t ws = qs_wstart(s, pe);
				if ((pe - ws == 5 && !memcmp(s->lc + ws, "first", 5)) ||
				    (pe - ws == 6 && !memcmp(s->lc + ws, "second", 6)) ||
				    (pe - ws == 3 && !memcmp(s->lc + ws, "the", 3)))
					return qa_stop(a, we);
			}
		}
	}
	return QA_ON;
}

/* 第四届, 第3名: an ordinal; 十九大, 十九届: a congress. */
static int
qa_ordinal(struct qs *s, struct qa *a)
{
	/* 第四届, 第3名: an ordinal; 十九大, 十九届: a congress */
	size_t bp, al;
	uint32_t ac = qs_cp(s, a->nm.e, &al);

	if (!a->prefix && qs_cp_before(s, qs_backsp(s, a->p), &bp) == 0x7B2C)
		return qa_stop(a, a->nm.e > a->p ? a->nm.e : a->p + 1);
	if (a->isz && !a->prefix && (ac == 0x5927 /* 大 */ || ac == 0x5C4A /* 届 */ || ac == 0x5C46))
		return qa_stop(a, a->nm.e);
	return QA_ON;
}

/* After a Chinese number, or in Chinese: 百分点, 打, 成, 折, a currency, a classifier. */
static int
qa_zh_unit(struct qs *s, struct qa *a, size_t j)
{
	size_t n2, l;
	const char *ziso = NULL;
	uint32_t c2 = qs_cp(s, j, &l);

	if ((n2 = qs_at(s, j, "个百分点")) || (n2 = qs_at(s, j, "個百分點")) ||
	    (n2 = qs_at(s, j, "百分点")) || (n2 = qs_at(s, j, "百分點"))) {
		a->b.e = j + n2;
		a->pct = 2;
	} else if (c2 == 0x6253 /* 打 */ && a->isz && !a->nm.frac && a->b.v > 0 && !a->nm.scaled) {
		a->b.e = j + l;
		a->b.v *= 12;
	} else if (c2 == 0x6210 /* 成 */ && !a->nm.frac && a->b.v > 0 && a->b.v <= 10) {
		a->b.e = j + l;
		a->b.v *= 10;
		a->pct = 1;
		if (qs_at(s, a->b.e, "半"))
			a->b.v += 5, a->b.e += 3;
		else if (a->b.v < 100)
			a->b.e = zh_tenth(s, a->b.e, &a->b.v);
	} else if (c2 == 0x6298 /* 折 */ && !a->nm.frac && a->b.v > 0 && a->b.v < 100 && a->b.v != 10 && !a->nm.scaled) {
		a->b.e = j + l;
		if (a->b.v < 10)
			a->b.v *= 10;
		a->pct = 1;
	} else if ((n2 = qs_zh_currency(s, j, &ziso)) && !a->nm.frac) {
		a->b.e = j + n2;
		a->b.kind = QT_MONEY;
		a->b.unit = ziso;
		/* 8亿元人民币 */
		{
			size_t n3 = qs_at(s, a->b.e, "人民币");
			if (n3 && !strcmp(ziso, "CNY"))
				a->b.e += n3;
		}
		a->b.e = zh_subunits(s, a->b.e, ziso, &a->b.v);
	} else if (!a->nm.frac && (n2 = qs_zh_classifier(s, j))) {
		const char *ziso2 = NULL;
		size_t n3;

		a->b.e = j + n2;
		if ((n3 = qs_zh_currency(s, a->b.e, &ziso2)) && !strcmp(ziso2, "BTC")) {
			a->b.e += n3;  /* 20个比特币 */
			a->b.kind = QT_MONEY;
			a->b.unit = ziso2;
		}
	} else if (a->nm.lone && a->isz && !a->prefix && qs_zdigit(c2) > 0 &&
	           qs_cp(s, qs_skipsp(s, j + l), &l) == 0x6298 /* 折 */) {
		/* 五五折, 三八折: two digits of a discount */
		size_t z = qs_skipsp(s, j + l - l);
		uint32_t d2 = qs_cp(s, j, &l);

		a->b.v = a->b.v * 10 + qs_zdigit(d2);
		z = qs_skipsp(s, j + l);
		qs_cp(s, z, &l);
		a->b.e = z + l;
		a->pct = 1;
	} else if (a->nm.lone && a->isz && !a->prefix) {
		/* a lone numeral in running Chinese: only between non-Han text */
		size_t bp;
		uint32_t pc = qs_cp_before(s, a->nm.s, &bp), nc = qs_cp(s, a->nm.e, &l);

		if (qs_han(pc) || qs_han(nc) || pc == 0x7B2C /* 第 */)
			return qa_stop(a, a->nm.e);
	}
	return QA_ON;
}

/* A lone numeral written in the financial forms (伍, 陆, 拾) names something. */
static int
qa_zh_lone(struct qs *s, struct qa *a)
{
	size_t l;

	if (a->nm.lone && a->isz && !a->prefix && a->b.kind == QT_NUMBER) {
		uint32_t lc0 = qs_cp(s, a->nm.s, &l);

		if (lc0 == 0x4F0D || lc0 == 0x9646 || lc0 == 0x9678 || lc0 == 0x62FE || lc0 == 0x8086 ||
		    lc0 == 0x67D2 || lc0 == 0x634C || lc0 == 0x7396 || lc0 == 0x53C1 || lc0 == 0x8D30 ||
		    lc0 == 0x58F9 || lc0 == 0x4F70 || lc0 == 0x4EDF) {
			size_t l2;

			if (qs_cp(s, a->nm.e, &l2) != 0x6253 /* 壹打: a dozen, not a name */)
				return qa_stop(a, a->nm.e);
		}
	}
	return QA_ON;
}

/*
 * What follows the number: a percent sign or word, a currency, a power
 * unit, a dimension.  (百分之, the Chinese "percent of", comes before the
 * number: zh_percent() reads it.)
 */
static int
qa_after(struct qs *s, struct qa *a)
{
	size_t j = qs_skipsp(s, a->b.e), je;
	const struct qword *w;
	const char *iso2 = NULL;

	if (j < s->n && s->f[j] == '%' && (j == a->b.e || j == a->b.e + 1)) {
		a->b.e = j + 1;
		a->pct = 1;
	} else if ((w = qword_at(s, j, QW_PCT, &je))) {
		a->b.e = je;
		a->pct = w->v ? 2 : 1;
	} else if ((s->lang == QT_ZH || a->isz) &&
	           (qa_zh_unit(s, a, j) == QA_STOP || qa_zh_lone(s, a) == QA_STOP))
		return QA_STOP;
	if (a->pct == 1) {
		a->b.kind = QT_PERCENT;
		a->b.unit = "percent";
	} else if (a->pct == 2) {
		a->b.kind = QT_POINTS;
		a->b.unit = "points";
	} else if (a->b.kind != QT_MONEY && !a->nm.frac) {
		size_t je2;
		double m2 = 1;

		if ((je2 = cur_after(s, a->b.e, &iso2, &m2)) > a->b.e &&
		    !(a->prefix && qs_skipsp(s, je2) < s->n && qs_isd(s->f[qs_skipsp(s, je2)]))) {
			a->b.e = je2;
			a->b.v *= m2;
			a->b.kind = QT_MONEY;
			a->b.unit = iso2;
			if (!a->nm.scaled && qs_wordc(s, a->b.e - 1))
				a->b.e = scale_after(s, a->b.e, &a->b.v, &a->nm.scaled);  /* "75 USD million" */
			a->b.e = cents(s, a->b.e, &a->b.v, iso2);
		} else if (s->lang == QT_PT && a->nm.scaled && qs_atw(s, qs_skipsp(s, a->b.e), "de") &&
		           (je2 = cur_after(s, qs_skipsp(s, a->b.e) + 2, &iso2, &m2)) > qs_skipsp(s, a->b.e) + 2) {
			a->b.e = je2;
			a->b.kind = QT_MONEY;
			a->b.unit = iso2;
		} else if ((je = qs_atw(s, j, "pflops")) || (je = qs_atw(s, j, "petaflops")) ||
		           (je = qs_atw(s, j, "pflop/s"))) {
			a->b.e = j + je, a->b.kind = QT_POWER, a->b.unit = "PFLOPS";
		} else if ((je = qs_atw(s, j, "eflops")) || (je = qs_atw(s, j, "exaflops")) ||
		           (je = qs_atw(s, j, "eflop/s"))) {
			a->b.e = j + je, a->b.v *= 1000, a->b.kind = QT_POWER, a->b.unit = "PFLOPS";
		} else if (j > a->b.e && s->f[j] == 'P' && !qs_wordc(s, j + 1) && !a->nm.words) {
			/* "20,000 P": petaflops, a capital P standing alone */
			a->b.e = j + 1, a->b.kind = QT_POWER, a->b.unit = "PFLOPS";
		} else if ((je = ops_per_second(s, j, &m2))) {
			/* "159 quintilhões de operações por segundo" */
			a->b.e = j + je, a->b.v *= m2, a->b.kind = QT_POWER, a->b.unit = "PFLOPS";
		} else if (!a->nm.words && dimension_after(s, a->nm.e)) {
			return qa_stop(a, qs_wend(s, qs_skipsp(s, a->nm.e)));
		}
	}
	return QA_ON;
}

/* A currency before the number makes the quantity money. */
static int
qa_money(struct qs *s, struct qa *a)
{
	if (a->article && a->b.kind == QT_NUMBER)
		return qa_stop(a, a->article);  /* "um acordo": an article, not a number */
	if (a->prefix) {
		a->b.s = a->i;
		if (a->b.kind == QT_MONEY) {
			/* "$ 10 dollars": the code after wins when more precise */
		} else {
			a->b.kind = QT_MONEY;
			a->b.unit = a->iso;
			/* "MUSD 60", "MEUR 3": a code after an M counts millions */
			if (s->lc[a->i] == 'm' && qs_wend(s, a->i) == a->i + 4 && !a->nm.scaled)
				a->b.v *= 1e6;
		}
	}
	return QA_ON;
}

/* The qualifiers before and after the quantity, then the quantity itself. */
static size_t
qa_qual(struct qs *s, struct qa *a)
{
	const char *q;
	size_t l, k, bpos;

	/* 近273.1万余家: an approximation before the number wins over 余 and 多 in it. */
	if (!a->b.qual[0] || (a->isz && !strcmp(a->b.qual, ">") && (q = zh_qual(s, a->b.s)) && !strcmp(q, "~"))) {
		q = NULL;
		if (a->isz && (qs_zsmall(qs_cp(s, a->b.s, &l)) > 0 || qs_zbig(qs_cp(s, a->b.s, &l))) &&
		    qs_cp_before(s, a->b.s, &bpos) == 0x4E0A /* 上百 */)
			q = ">";
		if (!q && (s->lang == QT_ZH || a->isz))
			q = zh_qual(s, a->b.s);
		if (!q)
			q = latin_qual(s, a->b.s);
		if (q)
			snprintf(a->b.qual, sizeof a->b.qual, "%s", q);
	}
	if (s->lang == QT_ZH || a->isz) {
		size_t j = qs_skipsp(s, a->b.e), n2;

		for (k = 0; k < sizeof zh_qual_after / sizeof zh_qual_after[0]; k++)
			if ((n2 = qs_at(s, j, zh_qual_after[k].s))) {
				/* 将近90多家, 近…余: the word that comes first wins. */
				if (!a->b.qual[0])
					snprintf(a->b.qual, sizeof a->b.qual, "%s", zh_qual_after[k].q);
				if (!strcmp(zh_qual_after[k].s, "多") || !strcmp(zh_qual_after[k].s, "余") ||
				    !strcmp(zh_qual_after[k].s, "餘")) {
					a->b.e = j + n2;
					if ((n2 = qs_zh_classifier(s, a->b.e)))
						a->b.e += n2;
				}
				break;
			}
	}
	if (!isfinite(a->b.v)) {
		addbad(s, a->b.s, a->b.e);
		return qa_stop(a, a->b.e);
	}
	emit(s, &a->b);
	return qa_stop(a, a->b.e > a->i ? a->b.e : a->i + 1);
}

/*
 * A quantity that starts at I, if any: returns its end (folded) or I.
 */
static size_t
quantity(struct qs *s, size_t i)
{
	struct qa a = { .i = i, .p = i, .b.s = i };
	size_t l;
	uint32_t c;
	int r;

	qa_sign(s, &a);
	c = qs_cp(s, a.p, &l);
	if (qs_isd(s->f[a.p]) || ((s->f[a.p] == '.' || s->f[a.p] == ',') && a.p + 1 < s->n && qs_isd(s->f[a.p + 1]))) {
		if (qa_digits(s, &a) == QA_STOP)
			return a.ret;
		if ((r = qa_glued(s, &a)) == QA_STOP)
			return a.ret;
		if (r == QA_QUAL)
			return qa_qual(s, &a);
		if (qa_version(s, &a) == QA_STOP)
			return a.ret;
		qa_scaled(s, &a);
	} else if (qs_znumc(c) || QS_FU(c)) {
		if (qa_zh(s, &a, c) == QA_STOP)
			return a.ret;
	} else if (qs_wordc(s, a.p) && !(a.p > 0 && qs_wordc(s, a.p - 1))) {
		if (qa_words(s, &a) == QA_STOP)
			return a.ret;
	} else
		return i;
	if (qa_ordinal(s, &a) == QA_STOP)
		return a.ret;
	if (a.neg)
		a.nm.v = -a.nm.v;
	a.b.v = a.nm.v;
	a.b.e = a.nm.e;
	memcpy(a.b.qual, a.nm.qual, sizeof a.b.qual);
	a.b.kind = a.nm.frac ? QT_FRACTION : QT_NUMBER;
	a.b.unit = a.nm.frac ? "fraction" : "count";
	if (qa_after(s, &a) == QA_STOP || qa_money(s, &a) == QA_STOP)
		return a.ret;
	return qa_qual(s, &a);
}

/* 百分之五十, 千分之二, 百 分 之 2.4: a percentage read before its number. */
static size_t
zh_percent(struct qs *s, size_t i)
{
	size_t p = i, l, q;
	uint32_t c = qs_cp(s, p, &l);
	double div;
	struct qnum nm;
	struct qb b;
	const char *qq;

	if (c == 0x767E || c == 0x4F70)
		div = 1;
	else if (c == 0x5343 || c == 0x4EDF)
		div = 10;
	else if (c == 0x4E07 || c == 0x842C)
		div = 100;
	else
		return i;
	q = qs_skipsp(s, p + l);
	/* 百万分之五 */
	while (qs_zbig(qs_cp(s, q, &l)))
		div *= 1e4, q = qs_skipsp(s, q + l);
	if (qs_cp(s, q, &l) != QS_FEN)
		return i;
	q = qs_skipsp(s, q + l);
	if (qs_cp(s, q, &l) != QS_ZHI)
		return i;
	q = qs_skipsp(s, q + l);
	memset(&nm, 0, sizeof nm);
	if (div == 1 && (qs_at(s, q, "百") || qs_at(s, q, "佰")) && !qs_znumc(qs_cp(s, q + 3, &l)) &&
	    !qs_isd(s->f[q + 3])) {
		memset(&b, 0, sizeof b);
		b.s = i, b.e = q + 3, b.v = 100, b.kind = QT_PERCENT, b.unit = "percent";
		emit(s, &b);
		return q + 3;
	}
	if (qs_isd(s->f[q])) {
		if (qnum_digits(s, q, &nm) == q || !nm.ok)
			return i;
		if (qs_wordc(s, nm.e) || qs_wordc(s, qs_skipsp(s, nm.e))) {
			size_t ge, j = qs_skipsp(s, nm.e);
			double m = glued_scale(s, j, &ge, nm.v);
			if (m)
				nm.v *= m, nm.e = ge;
		}
		{
			uint32_t c2 = qs_cp(s, qs_skipsp(s, nm.e), &l);
			if (qs_zbig(c2) || qs_zsmall(c2) || QS_DIAN(c2)) {
				struct qnum z;
				memset(&z, 0, sizeof z);
				if (qnum_zh(s, q, &z) > nm.e && z.ok)
					nm = z;
			}
		}
	} else if (qnum_zh(s, q, &nm) == q || !nm.ok)
		return i;
	if (nm.bad) {
		addbad(s, i, nm.e);
		return nm.e;
	}
	if (qs_zdigit(qs_cp(s, nm.e, &l)) > 0)
		return nm.e;  /* 百分之二三十: a vague range */
	memset(&b, 0, sizeof b);
	b.s = i;
	b.e = nm.e;
	b.v = nm.v / div;
	b.kind = QT_PERCENT;
	b.unit = "percent";
	if ((qq = zh_qual(s, i)))
		snprintf(b.qual, sizeof b.qual, "%s", qq);
	emit(s, &b);
	return nm.e;
}

/* 一半, 半数: a half in Chinese. */
static size_t
zh_half(struct qs *s, size_t i)
{
	struct qb b;
	size_t n;

	if (((n = qs_at(s, i, "半成")) && !qs_at(s, i + n, "品")) || (n = qs_at(s, i, "半折")) ||
	    ((n = qs_at(s, i, "对折")) && i >= 3 && !memcmp(s->f + i - 3, "打", 3)) ||
	    ((n = qs_at(s, i, "對折")) && i >= 3 && !memcmp(s->f + i - 3, "打", 3))) {
		memset(&b, 0, sizeof b);
		b.s = i, b.e = i + n, b.v = qs_at(s, i, "半成") ? 5 : 50, b.kind = QT_PERCENT, b.unit = "percent";
		emit(s, &b);
		return b.e;
	}
	if (!(n = qs_at(s, i, "一半")) && !(n = qs_at(s, i, "半数")) &&
	    !((n = qs_at(s, i, "半百")) && !qs_at(s, i + n, "分")))
		return i;
	memset(&b, 0, sizeof b);
	b.s = i;
	b.e = i + n;
	if (qs_at(s, i, "半百"))
		b.v = 50, b.kind = QT_NUMBER, b.unit = "count";  /* 年过半百 */
	else
		b.v = 0.5, b.kind = QT_FRACTION, b.unit = "fraction";
	{
		const char *q = zh_qual(s, i);
		size_t k;

		if (q)
			snprintf(b.qual, sizeof b.qual, "%s", q);
		for (k = 0; k < sizeof zh_qual_after / sizeof zh_qual_after[0]; k++)
			if (qs_at(s, b.e, zh_qual_after[k].s) && strcmp(zh_qual_after[k].s, "多") &&
			    strcmp(zh_qual_after[k].s, "余"))
				snprintf(b.qual, sizeof b.qual, "%s", zh_qual_after[k].q);
	}
	emit(s, &b);
	return b.e;
}

/* Marks a currency conversion in parentheses: "70 billion yuan ($10.16 billion)". */
static void
conversions(struct qs *s)
{
	struct qt_result *r = s->r;
	size_t k, a, b;
	long j;

	for (k = 1; k < r->nq; k++) {
		struct qt_quant *q = &r->q[k], *p;
		int paren = 0, other = 0;

		if (q->kind != QT_MONEY)
			continue;
		j = (long)k - 1;
		p = &r->q[j];
		if (p->kind != QT_MONEY || !strcmp(p->unit, q->unit))
			continue;
		/* between them: spaces, "(", "（", and at most a short word */
		{
			/* the folded offset of p->end: map is sorted, search it */
			size_t lo = 0, hi = s->n;

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				if (s->map[mid] < p->end)
					lo = mid + 1;
				else
					hi = mid;
			}
			a = lo;
		}
		for (b = a; b < s->n && s->map[b] < q->start && b - a <= 24; b++) {
			if (s->f[b] == '(' || !memcmp(s->f + b, "（", 3))
				paren = 1;
			else if (qs_isd(s->f[b]))
				other = 1;
		}
		if (paren && !other && b - a <= 24)
			q->conv_of = j;
	}
}

/* ------------------------------------------------------------ the scan */

/* Marks web addresses and e-mail addresses as used: "%20" is no percentage. */
static void
skip_urls(struct qs *s)
{
	size_t i, j, a;

	/* most texts hold no '@', no ':' (of "http://") and no "www." */
	if (!memchr(s->f, '@', s->n) && !memchr(s->f, ':', s->n)) {
		const char *w = s->lc, *end = s->lc + s->n;

		while ((w = memchr(w, 'w', (size_t)(end - w))) && !(end - w >= 4 && !memcmp(w, "www.", 4)))
			w++;
		if (!w)
			return;
	}
	for (i = 0; i < s->n; i++) {
		if (s->lc[i] != 'h' && s->lc[i] != 'w' && s->f[i] != '@')
			continue;
		if (qs_at(s, i, "http://") || qs_at(s, i, "https://") || (qs_at(s, i, "www.") && (i == 0 || !qs_wordc(s, i - 1)))) {
			for (j = i; j < s->n && s->f[j] != ' ' && !((unsigned char)s->f[j] >= 0xE0); j++)
				;
			qs_take(s, i, j);
			i = j;
		} else if (s->f[i] == '@' && i > 0 && qs_wordc(s, i - 1) && qs_wordc(s, i + 1)) {
			for (a = i; a > 0 && s->f[a - 1] != ' ' && (unsigned char)s->f[a - 1] < 0x80; a--)
				;
			for (j = i; j < s->n && s->f[j] != ' ' && (unsigned char)s->f[j] < 0x80; j++)
				;
			qs_take(s, a, j);
			i = j;
		}
	}
}

/* ½ ⅓ ¾ ...: a vulgar fraction character at I. */
static size_t
vulgar(struct qs *s, size_t i)
{
	static const struct {
		uint32_t c;
		double v;
	} vf[] = {
		{ 0xBD, 0.5 }, { 0xBC, 0.25 }, { 0xBE, 0.75 }, { 0x2153, 1.0 / 3 }, { 0x2154, 2.0 / 3 },
		{ 0x2155, 0.2 }, { 0x2156, 0.4 }, { 0x2157, 0.6 }, { 0x2158, 0.8 }, { 0x2159, 1.0 / 6 },
		{ 0x215A, 5.0 / 6 }, { 0x215B, 0.125 }, { 0x215C, 0.375 }, { 0x215D, 0.625 }, { 0x215E, 0.875 },
	};
	size_t l, k;
	uint32_t c = qs_cp(s, i, &l);
	struct qb b;

	for (k = 0; k < sizeof vf / sizeof vf[0]; k++)
		if (vf[k].c == c) {
			memset(&b, 0, sizeof b);
			b.s = i, b.e = i + l, b.v = vf[k].v, b.kind = QT_FRACTION, b.unit = "fraction";
			emit(s, &b);
			return i + l;
		}
	return i;
}

/* "percent of 10", "per cent of twenty-two": the number after the word. */
static size_t
pct_of(struct qs *s, size_t i)
{
	const struct qword *w;
	size_t e, j, be, a;
	struct qnum d;
	struct qb b;

	if (!(w = qword_at(s, i, QW_PCT, &e)) || w->v)
		return i;
	j = qs_skipsp(s, e);
	if (!(e = qs_atw(s, j, "of")))
		return i;
	j = qs_skipsp(s, j + e);
	memset(&d, 0, sizeof d);
	if (qs_isd(s->f[j])) {
		if ((be = qnum_digits(s, j, &d)) == j || !d.ok || d.bad)
			return i;
	} else if ((be = qnum_words(s, j, &d)) == j)
		return i;
	a = qs_skipsp(s, be);
	if (a < s->n && (qs_wordc(s, a) || qs_isd(s->f[a])))
		return i;
	memset(&b, 0, sizeof b);
	b.s = i, b.e = be, b.v = d.v, b.kind = QT_PERCENT, b.unit = "percent";
	emit(s, &b);
	return be;
}

/*
 * Can no quantity start at I?  Most of a text is words and signs that
 * start none: ASCII punctuation other than $ - . , a word that starts no
 * entry of the tables, no currency, and is not "minus" or "negative", and
 * any other character but a numeral, 负, 半 and 对 (一半, 对折), a vulgar
 * fraction and a currency sign.  The scan steps over them without trying
 * each reader.
 */
static int
inert(struct qs *s, size_t i)
{
	unsigned char c = (unsigned char)s->f[i];
	const char *iso;
	uint32_t cp;
	size_t l;

	if (c < 0x80 && !s->wc[i])
		return !qs_isd(c) && c != '$' && c != '-' && c != '.' && c != ',';
	if (!s->wc[i]) {
		cp = qs_cp(s, i, &l);
		return !qs_znumc(cp) && !QS_FU(cp) && cp != 0x534A && cp != 0x5BF9 && cp != 0x5C0D &&
		       !(cp >= 0xBC && cp <= 0xBE) && !(cp >= 0x2153 && cp <= 0x215E) &&
		       (byfirst[c][0] < 0 || cur_before(s, i, &iso) == i);
	}
	if (i > 0 && s->wc[i - 1])
		return 0;
	return !qword_starts(s->lc + i, qword_wend(s, i) - i, qword_lbit(s), 0) &&
	       (byfirst[(unsigned char)s->lc[i]][0] < 0 || cur_before(s, i, &iso) == i) &&
	       !qs_atw(s, i, "minus") && !qs_atw(s, i, "negative");
}

static void
scan(struct qs *s)
{
	size_t i = 0, e, l;
	uint32_t c;

	skip_urls(s);
	while (i < s->n) {
		if (s->used[i]) {
			i++;
			continue;
		}
		if (inert(s, i)) {
			i = s->wc[i] ? qs_wend(s, i) : i + (qs_cp(s, i, &l), l ? l : 1);
			continue;
		}
		c = qs_cp(s, i, &l);
		if (qs_han(c)) {
			if ((e = zh_percent(s, i)) > i || (e = zh_half(s, i)) > i) {
				i = e;
				continue;
			}
		}
		if (c >= 0xBC && c <= 0x215E && (e = vulgar(s, i)) > i) {
			i = e;
			continue;
		}
		if (qs_wordc(s, i) && (e = pct_of(s, i)) > i) {
			i = e;
			continue;
		}
		e = quantity(s, i);
		if (e > i) {
			i = e;
			continue;
		}
		/* not a number here: step over the word or character */
		if (qs_wordc(s, i))
			i = qs_wend(s, i);
		else if (qs_isd(s->f[i]))
			while (i < s->n && (qs_isd(s->f[i]) || qs_wordc(s, i)))
				i++;
		else
			i += l ? l : 1;
	}
}

int
qt_lang(const char *lang, const char *text, size_t len)
{
	const char *g;

	if (lang && (lang[0] == 'z' || lang[0] == 'Z') && (lang[1] == 'h' || lang[1] == 'H'))
		return QT_ZH;
	if (lang && (lang[0] == 'p' || lang[0] == 'P') && (lang[1] == 't' || lang[1] == 'T'))
		return QT_PT;
	if (lang && (lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N'))
		return QT_EN;
	/* the scanners read three languages; the others are read as English */
	g = lang_detect(text, len);
	return !strcmp(g, "zh") ? QT_ZH : !strcmp(g, "pt") ? QT_PT : QT_EN;
}

static void
parse_date(struct qs *s, const char *d)
{
	s->dy = s->dm = s->dd = 0;
	if (!d)
		return;
	if (strlen(d) >= 4 && qs_isd(d[0]) && qs_isd(d[1]) && qs_isd(d[2]) && qs_isd(d[3])) {
		s->dy = atoi(d);
		if (d[4] == '-' && qs_isd(d[5]) && qs_isd(d[6])) {
			s->dm = atoi(d + 5);
			if (d[7] == '-' && qs_isd(d[8]) && qs_isd(d[9]))
				s->dd = atoi(d + 8);
		}
	}
	if (s->dm < 1 || s->dm > 12)
		s->dm = 0, s->dd = 0;
}

static int
cmpq(const void *a, const void *b)
{
	const struct qt_quant *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

void
qt_scan(const char *text, size_t len, int lang, const char *docdate, struct qt_result *r)
{
	struct qs s;

	r->nq = r->nt = r->nbad = 0;
	memset(&s, 0, sizeof s);
	s.lang = lang;
	s.r = r;
	parse_date(&s, docdate);
	cur_init();
	qs_fold(&s, text, len);
	tx_scan(&s);
	scan(&s);
	if (r->nq > 1)
		qsort(r->q, r->nq, sizeof r->q[0], cmpq);
	conversions(&s);
}

void
qt_free(struct qt_result *r)
{
	free(r->q);
	free(r->t);
	free(r->bad);
	free(r->scratch);
	memset(r, 0, sizeof *r);
}

