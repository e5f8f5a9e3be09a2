/*
 * Times in the text of a seg (see quant.h): dates, months, years, ranges
 * of years, halves and quarters, Five-Year Plans, and the relative forms
 * ("this year", 今年, "este ano", "tomorrow") resolved against the date of
 * the document.  Runs before the quantity scanner, so that the numbers of
 * a date are never read as quantities.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "timex.h"

static const char *const months_en[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"
};
static const char *const mon3_en[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
	                               "oct", "nov", "dec" };
static const char *const months_pt[] = {
	"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
	"outubro", "novembro", "dezembro"
};

static inline int
dig(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * Sets of lower-case letters as bit masks: LETTER('a') | LETTER('d') ...
 * The first letters of the words of a table, tested at most words of the
 * text before the table is looked at.
 */
#define LETTER(c) (1u << ((c) - 'a'))
#define MONTH_FIRST (LETTER('j') | LETTER('f') | LETTER('m') | LETTER('a') | LETTER('s') | LETTER('o') | \
                     LETTER('n') | LETTER('d'))
#define UNIT_FIRST (LETTER('d') | LETTER('w') | LETTER('f') | LETTER('m') | LETTER('y') | LETTER('s') | LETTER('a'))
#define NUMBER_FIRST_EN (LETTER('z') | LETTER('o') | LETTER('t') | LETTER('f') | LETTER('s') | LETTER('e') | \
                         LETTER('n'))
#define NUMBER_FIRST_PT (LETTER('z') | LETTER('u') | LETTER('d') | LETTER('t') | LETTER('q') | LETTER('c') | \
                         LETTER('s') | LETTER('o') | LETTER('n') | LETTER('v') | LETTER('p'))

static inline int
letter_in(int c, unsigned set)
{
	return c >= 'a' && c <= 'z' && (set >> (c - 'a') & 1);
}

/* An integer of MIN..MAX digits at I not glued to other digits: its end, value in *V. */
static inline size_t
num_at(const struct qs *s, size_t i, int min, int max, int *v)
{
	size_t p = i;
	int n = 0, x = 0;

	if (i > 0 && dig(s->f[i - 1]))
		return i;
	while (p < s->n && dig(s->f[p]) && n <= max)
		x = x * 10 + (s->f[p] - '0'), p++, n++;
	if (n < min || n > max)
		return i;
	*v = x;
	return p;
}

/* A year 1900..2100 in digits, or in Chinese numerals (二〇一九). */
static size_t
year_at(const struct qs *s, size_t i, int *y)
{
	size_t e, l, p;
	int k, d, x = 0;

	/* most calls are at a letter or a sign: no year starts there */
	if (i >= s->n || ((unsigned char)s->f[i] < 0x80 && !dig(s->f[i])))
		return i;
	e = num_at(s, i, 4, 4, y);
	if (e > i)
		return (*y >= 1900 && *y <= 2100) ? e : i;
	p = i;
	for (k = 0; k < 4; k++) {
		uint32_t c = qs_cp(s, p, &l);
		switch (c) {
		case 0x3007: case 0x96F6: d = 0; break;
		case 0x4E00: d = 1; break; case 0x4E8C: d = 2; break; case 0x4E09: d = 3; break;
		case 0x56DB: d = 4; break; case 0x4E94: d = 5; break; case 0x516D: d = 6; break;
		case 0x4E03: d = 7; break; case 0x516B: d = 8; break; case 0x4E5D: d = 9; break;
		default: return i;
		}
		x = x * 10 + d;
		p += l;
	}
	if (x < 1900 || x > 2100)
		return i;
	*y = x;
	return p;
}

static struct qt_time *
addt(struct qs *s, size_t a, size_t b)
{
	struct qt_result *r = s->r;
	struct qt_time *t;

	if (r->nt == r->tcap) {
		r->tcap = r->tcap ? 2 * r->tcap : 8;
		r->t = xrealloc(r->t, r->tcap * sizeof *r->t);
	}
	t = &r->t[r->nt++];
	memset(t, 0, sizeof *t);
	t->start = s->map[a];
	t->end = s->map[b];
	t->fa = a, t->fb = b;
	t->yset = 1;
	qs_take(s, a, b);
	return t;
}

/*
 * Writes V (0..9999) in W digits, zero-padded, at P: what "%04d" and
 * "%02d" print for the years, months and days below (snprintf cost more
 * than the whole time scan).
 */
static char *
putn(char *p, int v, int w)
{
	if (w == 4) {
		*p++ = (char)('0' + v / 1000);
		*p++ = (char)('0' + v / 100 % 10);
	}
	*p++ = (char)('0' + v / 10 % 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

static void
setv(struct qt_time *t, int y, int m, int d)
{
	char *p = t->value;

	y = y > 9999 ? 9999 : y, m = m > 12 ? 12 : m, d = d > 31 ? 31 : d;
	t->y = y, t->m = m, t->d = d, t->point = 1;
	if (y > 0) {
		p = putn(p, y, 4);
		if (m > 0) {
			*p++ = '-';
			p = putn(p, m, 2);
			if (d > 0) {
				*p++ = '-';
				p = putn(p, d, 2);
			}
		}
	}
	*p = '\0';
}

static void
setrange(struct qt_time *t, int y1, int m1, int y2, int m2)
{
	char *p = t->value;

	t->point = 0;
	y1 = y1 > 9999 ? 9999 : y1, y2 = y2 > 9999 ? 9999 : y2;
	m1 = m1 > 12 ? 12 : m1, m2 = m2 < 0 ? 0 : m2 > 12 ? 12 : m2;
	if (y1 > 0 && y2 > 0) {
		p = putn(p, y1, 4);
		if (m1 > 0) {
			*p++ = '-';
			p = putn(p, m1, 2);
		}
		*p++ = '-';
		p = putn(p, y2, 4);
		if (m1 > 0) {
			*p++ = '-';
			p = putn(p, m2, 2);
		}
	}
	*p = '\0';
}

/*
 * The abbreviated month of AB at I ("Sept", "Dec."), with CAP only a
 * capitalised one and not "May": 1..12 and its end in *E, or 0.
 */
static int
abbr_at(const struct qs *s, size_t i, const char *const *ab, int cap, size_t *e)
{
	int k;
	size_t n;

	/* every abbreviation, English or Portuguese, starts with one of these */
	if (i >= s->n || !s->lc[i] || !letter_in(s->lc[i], MONTH_FIRST))
		return 0;
	for (k = 0; k < 12; k++)
		if ((n = qs_at(s, i, ab[k])) && !(cap && (k == 4 || s->f[i] < 'A' || s->f[i] > 'Z'))) {
			size_t p = i + n;

			if (ab == mon3_en && k == 8 && p < s->n && s->lc[p] == 't')
				p++;
			if (qs_wordc(s, p))
				continue;
			if (p < s->n && s->f[p] == '.')
				p++;
			*e = p;
			return k + 1;
		}
	return 0;
}

/* Month name at I (English or Portuguese): 1..12 and its end, or 0. */
static int
month_at(const struct qs *s, size_t i, size_t *e)
{
	int k;
	size_t n;

	if (i > 0 && qs_wordc(s, i - 1))
		return 0;
	/* every month, English or Portuguese, full or short, starts with one of these */
	if (i >= s->n || !letter_in(s->lc[i], MONTH_FIRST) || !s->lc[i])
		return 0;
	for (k = 0; k < 12; k++) {
		if (s->lang != QT_PT && months_en[k][0] == s->lc[i] && (n = qs_atw(s, i, months_en[k]))) {
			*e = i + n;
			return k + 1;
		}
		if (s->lang == QT_PT && months_pt[k][0] == s->lc[i] && (n = qs_atw(s, i, months_pt[k]))) {
			*e = i + n;
			return k + 1;
		}
	}
	if (s->lang != QT_PT)
		return abbr_at(s, i, mon3_en, 1, e);
	return 0;
}

static int
okday(int d)
{
	return d >= 1 && d <= 31;
}

/* The word before I (lower case) is W. */
static int
word_before(const struct qs *s, size_t i, const char *w)
{
	size_t b = qs_backsp(s, i), a = qs_wstart(s, b), n = strlen(w);

	return b - a == n && memcmp(s->lc + a, w, n) == 0;
}

/*
 * qs_at() for the Chinese words: C is a literal, and most calls fail on
 * the third byte, the last of a Han character (the first two are shared
 * by thousands): it is tested inline too.
 */
static size_t
zh_char(const struct qs *s, size_t i, const char *c)
{
	return qs_at(s, i, c);
}

/* ---- the calendar ---- */

static int
leapyear(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
monthlen(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m >= 1 && m <= 12 ? md[m - 1] + (m == 2 && leapyear(y)) : 0;
}

/*
 * Day D of the document's month (s->dy, s->dm): T dates it, or has no
 * value when the document has no month or the month no such day.
 */
static void
day_of_dated_month(const struct qs *s, struct qt_time *t, int d)
{
	if (s->dm && d <= monthlen(s->dy, s->dm))
		setv(t, s->dy, s->dm, d);
	else
		t->value[0] = '\0';
}

/* Days since 1970-01-01 of a date of the civil calendar. */
static long
daynum(int y, int m, int d)
{
	long yy = y - (m <= 2), era = (yy >= 0 ? yy : yy - 399) / 400, yoe = yy - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;

	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void
civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
static int
weekday(long z)
{
	long w = (z + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

/* The document's date as a day number, or -1 when it has no day. */
static long
docday(const struct qs *s)
{
	static int y, m, d;
	static long z = -1;

	if (!(s->dy && s->dm && s->dd))
		return -1;
	if (s->dy != y || s->dm != m || s->dd != d)   /* the last date asked for, kept: most segs share it */
		y = s->dy, m = s->dm, d = s->dd, z = daynum(y, m, d);
	return z;
}

/* Y-M-D moved by N units: 'd' days, 'w' weeks, 'm' months, 'y' years (the day clamped to the month). */
static void
addunits(int *y, int *m, int *d, int n, int unit)
{
	long z;

	if (unit == 'd' || unit == 'w') {
		z = daynum(*y, *m, *d) + (long)n * (unit == 'w' ? 7 : 1);
		civil(z, y, m, d);
		return;
	}
	if (unit == 'y')
		*y += n;
	else {
		int k = (*y) * 12 + (*m - 1) + n;

		*y = k / 12, *m = k % 12 + 1;
	}
	if (*d > monthlen(*y, *m))
		*d = monthlen(*y, *m);
}

static void
setday(struct qt_time *t, long z)
{
	int y, m, d;

	civil(z, &y, &m, &d);
	setv(t, y, m, d);
}

/*
 * A range of days "2016-01-12-2016-01-22"; whole months ("2019-06-01" to
 * "2019-06-30") are written as a month or a range of months.
 */
static void
setdrange(struct qt_time *t, int y1, int m1, int d1, int y2, int m2, int d2)
{
	char *p = t->value;

	if (d1 == 1 && d2 == monthlen(y2, m2)) {
		if (y1 == y2 && m1 == m2)
			setv(t, y1, m1, 0);
		else
			setrange(t, y1, m1, y2, m2);
		return;
	}
	t->point = 0;
	if (y1 < 1 || y2 < 1 || y1 > 9999 || y2 > 9999) {
		*p = '\0';
		return;
	}
	p = putn(p, y1, 4), *p++ = '-', p = putn(p, m1, 2), *p++ = '-', p = putn(p, d1, 2), *p++ = '-';
	p = putn(p, y2, 4), *p++ = '-', p = putn(p, m2, 2), *p++ = '-', p = putn(p, d2, 2);
	*p = '\0';
}

/* ---- words of the Latin forms ---- */

/* The whole word at I among the N words of W: its index, its end in *E; -1 for none. */
static int
word_in(const struct qs *s, size_t i, const char *const *w, int n, size_t *e)
{
	int k;
	size_t l;

	if (i >= s->n || (i > 0 && qs_wordc(s, i - 1)))
		return -1;
	for (k = 0; k < n; k++)
		if (w[k][0] == s->lc[i] && (l = qs_atw(s, i, w[k]))) {
			*e = i + l;
			return k;
		}
	return -1;
}

#define NW(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *const card_en[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
};
static const char *const ord_en[] = {
	"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth"
};
static const char *const tens_en[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
static const char *const card_pt[] = {
	"zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze",
	"doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"
};
static const char *const tens_pt[] = { "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa" };

/*
 * A number 0..99 in words at I ("twenty nine", "twenty-first", "seventh",
 * "vinte e cinco"): its end, the value in *V, whether it is an ordinal in
 * *ORD; I when there is none.
 */
static size_t
sp_small(const struct qs *s, size_t i, int *v, int *ord)
{
	size_t e, p;
	int k, u;
	int pt = s->lang == QT_PT;

	*ord = 0;
	/* every number word starts with one of these */
	if (i >= s->n || !letter_in(s->lc[i], pt ? NUMBER_FIRST_PT : NUMBER_FIRST_EN) || !s->lc[i])
		return i;
	if (pt) {
		if ((k = word_in(s, i, tens_pt, NW(tens_pt), &e)) >= 0) {
			*v = 20 + 10 * k;
			p = qs_skipsp(s, e);
			if (qs_atw(s, p, "e") && (u = word_in(s, qs_skipsp(s, p + 1), card_pt, 10, &p)) >= 1) {
				*v += u;
				return p;
			}
			return e;
		}
		if ((k = word_in(s, i, card_pt, NW(card_pt), &e)) >= 0) {
			*v = k;
			return e;
		}
		if (qs_atw(s, i, "quatorze"))
			return *v = 14, i + 8;
		if (qs_atw(s, i, "duas"))
			return *v = 2, i + 4;
		if (qs_atw(s, i, "uma"))
			return *v = 1, i + 3;
		if (qs_atw(s, i, "primeiro"))
			return *v = 1, *ord = 1, i + 8;
		return i;
	}
	if (qs_atw(s, i, "thirtieth"))
		return *v = 30, *ord = 1, i + 9;
	if ((k = word_in(s, i, tens_en, NW(tens_en), &e)) >= 0) {
		*v = 20 + 10 * k;
		p = e < s->n && (s->f[e] == '-' || s->f[e] == ' ') ? e + 1 : e;
		if (p > e && (u = word_in(s, p, ord_en, 10, &p)) >= 1) {
			*v += u, *ord = 1;
			return p;
		}
		p = e < s->n && (s->f[e] == '-' || s->f[e] == ' ') ? e + 1 : e;
		if (p > e && (u = word_in(s, p, card_en, 10, &p)) >= 1) {
			*v += u;
			return p;
		}
		return e;
	}
	if ((k = word_in(s, i, ord_en, NW(ord_en), &e)) >= 1) {
		*v = k, *ord = 1;
		return e;
	}
	if ((k = word_in(s, i, card_en, NW(card_en), &e)) >= 0) {
		*v = k;
		return e;
	}
	return i;
}

/*
 * A day of the month at I: 1-2 digits with an optional ordinal suffix
 * ("4th", "1º"), or in words.  *STRONG is set for a suffix or words.
 */
static size_t
lt_day(const struct qs *s, size_t i, int *d, int *strong)
{
	size_t e, p;
	int ord;

	*strong = 0;
	if (i < s->n && dig(s->f[i])) {
		if ((e = num_at(s, i, 1, 2, d)) == i || !okday(*d))
			return i;
		p = e;
		if (qs_at(s, p, "st") || qs_at(s, p, "nd") || qs_at(s, p, "rd") || qs_at(s, p, "th"))
			p += 2, *strong = 1;
		else if (qs_at(s, p, "º") || qs_at(s, p, "ª"))
			p += 2, *strong = 1;
		if (qs_wordc(s, p) || (p < s->n && (s->f[p] == '%' || s->f[p] == ':')) ||
		    (p + 1 < s->n && (s->f[p] == '.' || s->f[p] == ',') && dig(s->f[p + 1])))
			return i;
		return p;
	}
	if ((e = sp_small(s, i, d, &ord)) > i && okday(*d)) {
		*strong = 1;
		return e;
	}
	return i;
}

static const char *const mon3_pt[] = { "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set",
	                               "out", "nov", "dez" };

/* An abbreviated month at I in any case ("aug", "set"), with an optional '.': 1..12, its end in *E. */
static int
lt_abbr(const struct qs *s, size_t i, size_t *e)
{
	if (i > 0 && qs_wordc(s, i - 1))
		return 0;
	return abbr_at(s, i, s->lang == QT_PT ? mon3_pt : mon3_en, 0, e);
}

/* A month at I: a name (month_at), or with LOOSE an abbreviation (lt_abbr): 1..12, its end in *E. */
static int
lt_mon(const struct qs *s, size_t i, size_t *e, int loose)
{
	int m;

	if ((m = month_at(s, i, e)))
		return m;
	return loose ? lt_abbr(s, i, e) : 0;
}

/* A two-digit year: 00-39 in this century, 40-99 in the last. */
static int
yy_year(int yy)
{
	return yy < 40 ? 2000 + yy : 1900 + yy;
}

/*
 * A year in words at I: "nineteen ninety six", "two thousand and fifteen",
 * "nineteen hundred ninety three".  Its end, the year in *Y.
 */
static size_t
sp_year(const struct qs *s, size_t i, int *y)
{
	size_t e, p, q, n;
	int a, b, ord;

	if (s->lang == QT_PT || (e = sp_small(s, i, &a, &ord)) == i || ord)
		return i;
	p = qs_skipsp(s, e);
	if (((a >= 1 && a <= 2 && (n = qs_atw(s, p, "thousand"))) || (a >= 10 && a <= 29 && (n = qs_atw(s, p, "hundred"))))) {
		/* two thousand [and] fifteen, nineteen hundred [and] ninety three */
		e = p + n;
		*y = a * (n == 8 ? 1000 : 100);
		p = qs_skipsp(s, e);
		if (qs_atw(s, p, "and"))
			p = qs_skipsp(s, p + 3);
		if ((q = sp_small(s, p, &b, &ord)) > p && !ord)
			*y += b, e = q;
		return e;
	}
	if (a >= 10 && a <= 29 && (q = sp_small(s, p, &b, &ord)) > p && !ord && b >= 10) {
		*y = 100 * a + b;
		return q;
	}
	return i;
}

/*
 * A year after a day or a month at I: four digits, '94, a year in words,
 * or with TWO two digits ("April of 87", "maio de 68").  Its end, or I.
 */
static size_t
lt_year(const struct qs *s, size_t i, int *y, int two)
{
	size_t e = i;
	int v;

	if (i < s->n && dig(s->f[i])) {
		if ((e = num_at(s, i, 4, 4, &v)) > i && v >= 1000 && v <= 2999)
			*y = v;
		else if (two && (e = num_at(s, i, 2, 2, &v)) > i)
			*y = yy_year(v);
		else
			return i;
	} else if ((s->f[i] == '\'' && (e = num_at(s, i + 1, 2, 2, &v)) > i + 1) ||
	           (qs_at(s, i, "’") && (e = num_at(s, i + 3, 2, 2, &v)) > i + 3)) {
		*y = yy_year(v);
	} else if ((e = sp_year(s, i, y)) == i)
		return i;
	if (qs_wordc(s, e) || (e < s->n && (dig(s->f[e]) || s->f[e] == '%')) ||
	    (e + 1 < s->n && (s->f[e] == '.' || s->f[e] == ',' || s->f[e] == '-' || s->f[e] == '/') && dig(s->f[e + 1])))
		return i;
	return e;
}

/* A connector of a range at I ("-", "to", "through", "a", "até"; "and", "e" with AND): its length, or 0. */
static size_t
lt_conn(const struct qs *s, size_t i, int and)
{
	size_t n;

	if (i >= s->n)
		return 0;
	if (s->f[i] == '-' || s->f[i] == '~')
		return 1;
	if ((n = qs_at(s, i, "–")) || (n = qs_at(s, i, "—")) || (n = qs_at(s, i, "～")))
		return n;
	if (s->lang == QT_PT) {
		if ((n = qs_atw(s, i, "a")) || (n = qs_atw(s, i, "até")) || (n = qs_atw(s, i, "ate")) ||
		    (n = qs_atw(s, i, "ao")) || (and && (n = qs_atw(s, i, "e"))))
			return n;
		return 0;
	}
	if ((n = qs_atw(s, i, "to")) || (n = qs_atw(s, i, "till")) || (n = qs_atw(s, i, "until")) ||
	    (n = qs_atw(s, i, "through")) || (n = qs_atw(s, i, "thru")) || (and && (n = qs_atw(s, i, "and"))))
		return n;
	return 0;
}

/* The word before I is one that opens a range of two ("between", "entre"). */
static int
pair_before(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i);

	if (qs_backsp(s, b) >= 3 && word_before(s, b, "the") && b >= 4)
		b = qs_backsp(s, qs_wstart(s, qs_backsp(s, b)));
	return word_before(s, i, "between") || word_before(s, i, "entre") || word_before(s, b, "between");
}

/* lt_conn() at I; "and", "e" when a pair opens at ST ("between", "entre"). */
static size_t
lt_conn_pair(const struct qs *s, size_t i, size_t st)
{
	size_t n = lt_conn(s, i, 0);

	if (!n && i < s->n && (s->lc[i] == 'a' || s->lc[i] == 'e') && pair_before(s, st))
		n = lt_conn(s, i, 1);
	return n;
}

/* A point of a Latin date (see lt_point). */
struct dp {
	int y, m, d, d2;     /* d2 > 0: the days d..d2 of the month */
	int yset;            /* the year is written */
	int weak;            /* a month's name alone */
	int q;               /* 1..4: a quarter of Y, 5..6 a half */
};

/* Reads the year that may follow a day or a month at E into O: the new end. */
static size_t
lt_tail_year(const struct qs *s, size_t e, struct dp *o)
{
	size_t r = qs_skipsp(s, e), n;
	int two = 0, comma = r < s->n && s->f[r] == ',';

	if (comma)
		r = qs_skipsp(s, r + 1);
	if ((n = qs_atw(s, r, "of")) || (n = qs_atw(s, r, "in")) || (n = qs_atw(s, r, "de")))
		r = qs_skipsp(s, r + n), two = 1;
	else if (s->lang == QT_PT && r > e && !comma)
		two = 1;   /* "23 de novembro 82" */
	if ((n = lt_year(s, r, &o->y, two)) > r) {
		o->yset = 1;
		return n;
	}
	return e;
}

/* Q1..Q4, H1..H2 at I (not in a word): 1..4, 5..6, and the end in *E. */
static int
qh_at(const struct qs *s, size_t i, size_t *e)
{
	char c = i < s->n ? s->lc[i] : 0;

	if (i > 0 && (qs_wordc(s, i - 1) || dig(s->f[i - 1])))
		return 0;
	if ((c != 'q' && c != 'h') || i + 1 >= s->n || qs_wordc(s, i + 2) || (i + 2 < s->n && dig(s->f[i + 2])))
		return 0;
	if (c == 'q' && s->f[i + 1] >= '1' && s->f[i + 1] <= '4')
		return *e = i + 2, s->f[i + 1] - '0';
	if (c == 'h' && s->f[i + 1] >= '1' && s->f[i + 1] <= '2')
		return *e = i + 2, 4 + s->f[i + 1] - '0';
	return 0;
}

/* Does I follow a word that makes "3/4" a date ("on", "from", "dia", a weekday...)? */
static int
date_cue_before(const struct qs *s, size_t i)
{
	static const char *const w[] = { "on", "from", "to", "between", "until", "till", "since", "and",
		                         "dia", "em", "no", "desde", "até", "this", "next", "monday", "tuesday",
		                         "wednesday", "thursday", "friday", "saturday", "sunday" };
	int k;
	size_t b = qs_backsp(s, i);

	for (k = 0; k < NW(w); k++)
		if (word_before(s, i, w[k]))
			return 1;
	/* 2/29-3/1: after a date and a dash */
	return b > 0 && s->f[b - 1] == '-' && s->r->nt > 0 && s->r->t[s->r->nt - 1].fb == qs_backsp(s, b - 1);
}

/*
 * A Latin date at I, read into O: a day, a month, or days of a month,
 * numeric ("4/22/2016", "22/04/2016", "2016.11.07", "20161016", "2015-12",
 * "2019-Q1") or with the month's name ("Dec. 31, 1994", "04th Jan 2019",
 * "the first of March", "Sep-23-2020", "november 18-19", "April of 87").
 * A month's name alone is weak.  Returns the end, or I.
 */
static size_t
lt_point(const struct qs *s, size_t i, struct dp *o)
{
	size_t e, p, q, n, x;
	int a, b, c, y, m, d, strong;
	int en = s->lang == QT_EN;

	memset(o, 0, sizeof *o);
	if (i >= s->n)
		return i;
	if (i > 0 && (s->f[i - 1] == '$' || s->f[i - 1] == '+' ||
	              (i > 1 && (s->f[i - 1] == '.' || s->f[i - 1] == ',' || s->f[i - 1] == '/') && dig(s->f[i - 2]))))
		return i;
	if (dig(s->f[i])) {
		/* 20161016 */
		if ((e = num_at(s, i, 8, 8, &a)) > i && !qs_wordc(s, e) && !(e < s->n && dig(s->f[e]))) {
			y = a / 10000, m = a / 100 % 100, d = a % 100;
			if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= monthlen(y, m)) {
				o->y = y, o->m = m, o->d = d, o->yset = 1;
				return e;
			}
		}
		if ((e = num_at(s, i, 4, 4, &y)) > i && y >= 1900 && y <= 2100) {
			char sep = e < s->n ? s->f[e] : 0;

			o->y = y, o->yset = 1;
			if ((sep == '-' || sep == '/' || sep == '.') && e + 1 < s->n) {
				p = e + 1;
				if ((q = num_at(s, p, 1, 2, &m)) > p && m >= 1 && m <= 12) {
					if (q + 1 < s->n && s->f[q] == sep && (n = num_at(s, q + 1, 1, 2, &d)) > q + 1 && okday(d) &&
					    !qs_wordc(s, n) && !(n < s->n && dig(s->f[n])) &&
					    !(n + 1 < s->n && (s->f[n] == sep || s->f[n] == '.') && dig(s->f[n + 1]))) {
						o->m = m, o->d = d;
						return n;
					}
					/* 2015-12, 2015-3, 2013-06: a month; 2015-16 is a range of years */
					if (sep != '.' && !qs_wordc(s, q) && !(q < s->n && dig(s->f[q])) &&
					    !(q + 1 < s->n && (s->f[q] == sep || s->f[q] == '.' || s->f[q] == ',') && dig(s->f[q + 1])) &&
					    (q - p == 1 || s->f[p] == '0' || m <= y % 100)) {
						o->m = m;
						return q;
					}
				}
				if ((m = lt_mon(s, p, &q, 1)) && q + 1 < s->n && s->f[q] == sep &&
				    (n = num_at(s, q + 1, 1, 2, &d)) > q + 1 && okday(d) && !qs_wordc(s, n) && !dig(s->f[n])) {
					o->m = m, o->d = d;
					return n;
				}
				if ((q = num_at(s, p, 1, 2, &d)) > p && okday(d) && q + 1 < s->n && s->f[q] == sep &&
				    (m = lt_mon(s, q + 1, &n, 1))) {
					o->m = m, o->d = d;
					return n;
				}
				if (sep == '-' && (o->q = qh_at(s, p, &n)))
					return n;
			}
			p = qs_skipsp(s, e);
			if (p > e && p < s->n) {
				if ((o->q = qh_at(s, p, &n)))
					return n;
				if ((m = month_at(s, p, &n)) && !(m == 5 && s->f[p] == 'm') && !dig(s->f[qs_skipsp(s, n)])) {
					o->m = m;
					return n;
				}
				if ((q = num_at(s, p, 2, 2, &m)) > p && q + 1 < s->n && s->f[q] == ' ' &&
				    (n = num_at(s, q + 1, 2, 2, &d)) > q + 1 && m >= 1 && m <= 12 && okday(d) &&
				    !qs_wordc(s, n) && !(n < s->n && dig(s->f[n]))) {
					o->m = m, o->d = d;
					return n;
				}
			}
			o->yset = 0, o->y = 0;
			return i;
		}
		/* 4/22/2016, 22/04/2016, 12/12/30, 22/04, 05-Aug-2016 */
		if ((e = num_at(s, i, 1, 2, &a)) > i && e + 1 < s->n &&
		    (s->f[e] == '/' || s->f[e] == '-' || s->f[e] == '.')) {
			char sep = s->f[e];

			p = e + 1;
			if ((q = num_at(s, p, 1, 2, &b)) > p) {
				y = 0, x = q;
				if (q + 1 < s->n && s->f[q] == sep && (n = num_at(s, q + 1, 4, 4, &c)) > q + 1 && c >= 1900 &&
				    c <= 2100 && !qs_wordc(s, n) && !(n < s->n && dig(s->f[n])))
					y = c, x = n;
				else if (q + 1 < s->n && s->f[q] == sep && sep != '.' && (n = num_at(s, q + 1, 2, 2, &c)) > q + 1 &&
				         !qs_wordc(s, n) && !(n < s->n && dig(s->f[n])) &&
				         !(n + 1 < s->n && (s->f[n] == sep || s->f[n] == '.' || s->f[n] == ',') && dig(s->f[n + 1]))) {
					if (s->lang == QT_ZH) {
						/* 12-11-10: year, month, day */
						if (b >= 1 && b <= 12 && okday(c)) {
							o->y = yy_year(a), o->m = b, o->d = c, o->yset = 1;
							return n;
						}
						return i;
					}
					y = yy_year(c), x = n;
				}
				if (y) {
					m = en ? a : b, d = en ? b : a;
					if (m > 12 && d <= 12)
						c = m, m = d, d = c;
					if (m >= 1 && m <= 12 && okday(d)) {
						o->y = y, o->m = m, o->d = d, o->yset = 1;
						return x;
					}
					return i;
				}
				/* no year: 22/04, 11/20, 29/2 (month first in English and Chinese) */
				if (sep == '/' && !qs_wordc(s, q) && !(q < s->n && (dig(s->f[q]) || s->f[q] == '%' || s->f[q] == '/')) &&
				    !(q + 1 < s->n && (s->f[q] == '.' || s->f[q] == ',') && dig(s->f[q + 1])) &&
				    (e - i == 2 || q - p == 2 || date_cue_before(s, i))) {
					size_t r = qs_skipsp(s, q);

					if (qs_atw(s, r, "of") || qs_atw(s, r, "de") || qs_atw(s, r, "do") || qs_atw(s, r, "da"))
						return i;
					m = s->lang == QT_PT ? b : a, d = s->lang == QT_PT ? a : b;
					if (m > 12 && d <= 12 && s->lang != QT_ZH)
						c = m, m = d, d = c;
					if (m >= 1 && m <= 12 && okday(d) && d <= monthlen(2000, m)) {
						o->y = s->dy, o->m = m, o->d = d;
						return q;
					}
				}
				return i;
			}
			if (sep != '.' && (m = lt_mon(s, p, &q, 1)) && okday(a)) {
				o->m = m, o->d = a, o->y = s->dy;
				if (q + 1 < s->n && s->f[q] == sep && (n = lt_year(s, q + 1, &y, 1)) > q + 1) {
					o->y = y, o->yset = 1;
					return n;
				}
				return qs_wordc(s, q) || (q < s->n && dig(s->f[q])) ? i : q;
			}
		}
	}
	/* [the] D [-D] [of|de] Month [Y]: "04th Jan 2019", "second of Aug", "9 to 12 of June", "9 de 8 de 1971" */
	p = i;
	if ((n = qs_atw(s, p, "the")))
		p = qs_skipsp(s, p + n);
	if ((e = lt_day(s, p, &d, &strong)) > p) {
		int d2 = 0, st2;
		size_t r;

		q = qs_skipsp(s, e);
		if ((n = lt_conn_pair(s, q, i)) && !(s->f[q] == '-' && q > e)) {
			r = qs_skipsp(s, q + n);
			if ((x = qs_atw(s, r, "the")))
				r = qs_skipsp(s, r + x);
			if ((x = lt_day(s, r, &d2, &st2)) > r && d2 > d && (strong || st2 || s->f[q] != '-' || 1))
				q = qs_skipsp(s, x);
			else
				d2 = 0;
		}
		if (qs_atw(s, q, "day") && qs_atw(s, qs_skipsp(s, q + 3), "of"))
			q = qs_skipsp(s, qs_skipsp(s, q + 3) + 2);
		else if ((n = qs_atw(s, q, "of")) || (s->lang == QT_PT && (n = qs_atw(s, q, "de"))))
			q = qs_skipsp(s, q + n);
		if ((m = lt_mon(s, q, &x, 1)) && (!(m == 5 || m == 3) || s->f[q] != 'm' || strong || q > e + 1 || 1)) {
			o->m = m, o->d = d, o->d2 = d2, o->y = s->dy;
			if (d2 && d2 > monthlen(2000, m))
				o->d2 = 0;
			return lt_tail_year(s, x, o);
		}
		if (s->lang == QT_PT && q > e && word_before(s, q, "de") && (x = num_at(s, q, 1, 2, &m)) > q && m >= 1 &&
		    m <= 12 && qs_atw(s, qs_skipsp(s, x), "de")) {
			r = qs_skipsp(s, qs_skipsp(s, x) + 2);
			if ((n = lt_year(s, r, &y, 1)) > r) {
				o->y = y, o->m = m, o->d = d, o->yset = 1;
				return n;
			}
		}
	}
	/* Month ... */
	m = month_at(s, i, &e);
	if (!m && (m = lt_abbr(s, i, &e)) && !(e + 1 < s->n && (s->f[e] == '-' || s->f[e] == '/') && dig(s->f[e + 1])))
		m = 0;
	if (m) {
		o->m = m, o->y = s->dy;
		/* Oct/2, Sep-23-2020, Dec-2018, Dec/2018, September-2020-23 */
		if (e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '-') && dig(s->f[e + 1])) {
			char sep = s->f[e];

			p = e + 1;
			if ((q = num_at(s, p, 4, 4, &y)) > p && y >= 1900 && y <= 2100) {
				o->y = y, o->yset = 1;
				if (q + 1 < s->n && s->f[q] == sep && (n = num_at(s, q + 1, 1, 2, &d)) > q + 1 && okday(d) &&
				    !qs_wordc(s, n) && !dig(s->f[n])) {
					o->d = d;
					return n;
				}
				return qs_wordc(s, q) || (q < s->n && dig(s->f[q])) ? i : q;
			}
			if ((q = num_at(s, p, 1, 2, &d)) > p && okday(d) && !qs_wordc(s, q)) {
				o->d = d;
				if (q + 1 < s->n && s->f[q] == sep && (n = lt_year(s, q + 1, &y, 1)) > q + 1) {
					o->y = y, o->yset = 1;
					return n;
				}
				if (!(q < s->n && (dig(s->f[q]) || s->f[q] == '/')))
					return q;
				return i;
			}
		}
		/* Month [,] [the] D[th] [-D] [, Y] */
		p = qs_skipsp(s, e);
		if (p < s->n && s->f[p] == ',' && !dig(s->f[qs_skipsp(s, p + 1)]))
			p = qs_skipsp(s, p + 1);
		else if (p < s->n && s->f[p] == ',' && !(num_at(s, qs_skipsp(s, p + 1), 4, 4, &y) > qs_skipsp(s, p + 1)))
			p = qs_skipsp(s, p + 1);
		q = p;
		if ((n = qs_atw(s, q, "the")))
			q = qs_skipsp(s, q + n);
		if ((x = lt_day(s, q, &d, &strong)) > q && (s->lang != QT_PT || strong || x >= s->n || s->f[x] == '-') &&
		    !(!dig(s->f[q]) && sp_year(s, q, &y) > x)) {   /* not "October two thousand and five" */
			size_t r = qs_skipsp(s, x), z;
			int d2, st2;

			o->d = d;
			if ((n = lt_conn_pair(s, r, i))) {
				size_t r2 = qs_skipsp(s, r + n);
				size_t me;

				if ((z = qs_atw(s, r2, "the")))
					r2 = qs_skipsp(s, r2 + z);
				if ((z = lt_day(s, r2, &d2, &st2)) > r2 && d2 > d && d2 <= monthlen(2000, m) &&
				    !month_at(s, qs_skipsp(s, z), &me) && !(z < s->n && s->f[z] == '/'))
					o->d2 = d2, x = z;
			}
			return lt_tail_year(s, x, o);
		}
		/* Month [,|of|de|in] Y */
		x = lt_tail_year(s, e, o);
		if (o->yset)
			return x;
		/* a month's name alone */
		if (month_at(s, i, &e)) {
			o->weak = 1;
			return e;
		}
	}
	memset(o, 0, sizeof *o);
	return i;
}

/* Writes the point O read at [ST, E) as a time. */
static struct qt_time *
emit_dp(struct qs *s, size_t st, size_t e, const struct dp *o)
{
	struct qt_time *t = addt(s, st, e);

	if (o->q) {
		int m1 = o->q <= 4 ? 3 * o->q - 2 : o->q == 5 ? 1 : 7;

		setrange(t, o->y, m1, o->y, o->q <= 4 ? m1 + 2 : m1 + 5);
		return t;
	}
	if (o->d2) {
		setdrange(t, o->y, o->m, o->d, o->y, o->m, o->d2);
		t->yset = (unsigned char)o->yset;
		if (!o->y)
			t->value[0] = '\0';
		return t;
	}
	setv(t, o->y, o->m, o->d);
	t->yset = (unsigned char)o->yset;
	t->weak = (unsigned char)o->weak;
	return t;
}

/*
 * Families of Latin time forms, by what starts them: latin_time() tries
 * only those FAM holds (all of them at a digit).
 */
enum {
	T_BY = 1,        /* by, até: a deadline */
	T_MONTH = 2,     /* a month's name */
	T_RANGE = 4,     /* from, between, de ...: a range of years */
	T_QUARTER = 8,   /* first quarter of, Q3 */
	T_HALF = 16,     /* first half of */
	T_REL = 32,      /* this year, today, hoje */
	T_COUNT = 64,    /* in, a, em, daqui, dois: in two days, dois meses atrás */
	T_WDAY = 128,    /* a weekday, dia: next Friday's Friday, terça-feira dia 25 */
	T_MOD = 256,     /* previous, coming, na, nos: previous Wednesday, na próxima década */
	T_HOL = 512,     /* a holiday's first word, or a decade's: Christmas, nineties */
	T_DAYW = 1024,   /* a number or ordinal in words: the first of March, two weeks from today */
	T_ALL = 2047
};

/* ---- relative Latin forms ---- */

static const char *const wday_en[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
static const char *const wday_pt[] = { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
	                               "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta" };

/* A weekday's name at I: 0 (Monday) .. 6, its end in *E; -1 for none. */
static int
wday_at(const struct qs *s, size_t i, size_t *e)
{
	int k;

	if (s->lang == QT_PT) {
		k = word_in(s, i, wday_pt, NW(wday_pt), e);
		return k < 0 ? -1 : k % 7;
	}
	return word_in(s, i, wday_en, NW(wday_en), e);
}

/* A count at I: digits, or in words ("two", "a", "dois"): its end, the value in *N. */
static size_t
count_at(const struct qs *s, size_t i, int *n)
{
	size_t e;
	int ord;

	if (i < s->n && dig(s->f[i]))
		return (e = num_at(s, i, 1, 3, n)) > i && !qs_wordc(s, e) && !(e < s->n && (s->f[e] == '.' || s->f[e] == ',')) ? e : i;
	if (qs_atw(s, i, "a") && s->lang != QT_PT)
		return *n = 1, i + 1;
	if (qs_atw(s, i, "an"))
		return *n = 1, i + 2;
	if ((e = sp_small(s, i, n, &ord)) > i && !ord && *n > 0)
		return e;
	return i;
}

/* A unit of time at I (day, week, fortnight, month, year; dia, semana, mês, ano): 'd' 'w' 'f' 'm' 'y', end in *E. */
static int
unit_at(const struct qs *s, size_t i, size_t *e)
{
	static const struct {
		const char *w;
		char u;
	} u[] = {
		{ "days", 'd' }, { "day", 'd' }, { "weeks", 'w' }, { "week", 'w' }, { "fortnights", 'f' },
		{ "fortnight", 'f' }, { "months", 'm' }, { "month", 'm' }, { "years", 'y' }, { "year", 'y' },
		{ "dias", 'd' }, { "dia", 'd' }, { "semanas", 'w' }, { "semana", 'w' }, { "meses", 'm' },
		{ "mês", 'm' }, { "anos", 'y' }, { "ano", 'y' },
	};
	size_t k, n;

	/* every unit starts with one of these */
	if (i >= s->n || !s->lc[i] || !letter_in(s->lc[i], UNIT_FIRST))
		return 0;
	for (k = 0; k < sizeof u / sizeof u[0]; k++)
		if (u[k].w[0] == s->lc[i] && (n = qs_atw(s, i, u[k].w))) {
			*e = i + n;
			return u[k].u;
		}
	return 0;
}

/* The day N units from the document's date into T (unresolved without one). */
static void
set_offset(const struct qs *s, struct qt_time *t, int n, int unit)
{
	int y = s->dy, m = s->dm, d = s->dd;

	if (docday(s) < 0) {
		t->value[0] = '\0';
		return;
	}
	if (unit == 'f')
		n *= 2, unit = 'w';
	addunits(&y, &m, &d, n, unit);
	setv(t, y, m, d);
}

/* Fixed-date holidays: month, day, and their names. */
static const struct {
	const char *w;
	int lang, m, d;
} holidays[] = {
	{ "christmas day", QT_EN, 12, 25 }, { "christmas", QT_EN, 12, 25 }, { "new year's day", QT_EN, 1, 1 },
	{ "new year day", QT_EN, 1, 1 }, { "new year's eve", QT_EN, 12, 31 }, { "new year", QT_EN, 1, 1 },
	{ "independence day", QT_EN, 7, 4 }, { "international workers' day", QT_EN, 5, 1 },
	{ "international workers day", QT_EN, 5, 1 }, { "labour day", QT_EN, 5, 1 },
	{ "saint patrick's day", QT_EN, 3, 17 }, { "saint patrick", QT_EN, 3, 17 },
	{ "st. patrick's day", QT_EN, 3, 17 }, { "st patrick's day", QT_EN, 3, 17 }, { "earth day", QT_EN, 4, 22 },
	{ "valentine's day", QT_EN, 2, 14 }, { "halloween", QT_EN, 10, 31 },
	{ "dia de natal", QT_PT, 12, 25 }, { "natal", QT_PT, 12, 25 }, { "ano novo", QT_PT, 1, 1 },
	{ "dia do trabalho", QT_PT, 5, 1 }, { "dia do trabalhador", QT_PT, 5, 1 },
	{ "dia da independência", QT_PT, 9, 7 }, { "dia dos namorados", QT_PT, 6, 12 },
};

/*
 * Relative Latin forms at I, against the document's date: "last month",
 * "next quarter", "the next decade", "next Friday", "sexta-feira passada",
 * "Monday 21", "in two days", "3 days ago", "two weeks from tomorrow",
 * "daqui a dois dias", "dois meses atrás", the 1990s, fixed holidays.
 * FAM holds the families of the word at I (T_ALL at a digit): only those
 * forms are tried.  Returns the end, or I.
 */
static size_t
lt_rel(struct qs *s, size_t i, unsigned fam)
{
	static const struct {
		const char *w;
		int off;     /* -1 last, 0 this, 1 next; 2 past, 3 coming (the nearest before, after) */
	} mods[] = {
		{ "this past", 2 }, { "this upcoming", 3 }, { "this coming", 3 }, { "this", 0 }, { "current", 0 },
		{ "next", 1 }, { "following", 1 }, { "last", -1 }, { "previous", -1 }, { "past", 2 }, { "coming", 3 },
		{ "upcoming", 3 }, { "the next", 1 }, { "the last", -1 }, { "the previous", -1 }, { "the past", 2 },
		{ "the following", 1 }, { "the coming", 3 }, { "the current", 0 },
		{ "próximo", 1 }, { "próxima", 1 }, { "último", -1 }, { "última", -1 }, { "este", 0 }, { "esta", 0 },
		{ "neste", 0 }, { "nesta", 0 }, { "na próxima", 1 }, { "na última", -1 }, { "nas próximas", 1 },
		{ "nos últimos", -1 }, { "no próximo", 1 }, { "no último", -1 }, { "nos próximos", 1 },
	};
	size_t e, p, q, n, k;
	int mod = -9, w, c, u, y, m, d;
	long z = docday(s);
	struct qt_time *t;
	struct dp o;

	/* the 1990s, the 90s, 1990 s, nineties, the 21st century */
	if (dig(s->f[i])) {
		if ((e = num_at(s, i, 4, 4, &y)) > i && y % 10 == 0 && y >= 1000 && y <= 2990) {
			p = e < s->n && s->f[e] == ' ' ? e + 1 : e;
			if (qs_at(s, p, "s") && !qs_wordc(s, p + 1)) {
				t = addt(s, i, p + 1);
				setrange(t, y, 0, y + 9, 0);
				return p + 1;
			}
		}
		if ((e = num_at(s, i, 2, 2, &y)) > i && y % 10 == 0 && (word_before(s, i, "the") || word_before(s, i, "in"))) {
			p = e < s->n && s->f[e] == ' ' ? e + 1 : e;
			if (qs_at(s, p, "s") && !qs_wordc(s, p + 1)) {
				t = addt(s, i, p + 1);
				setrange(t, 1900 + y, 0, 1909 + y, 0);
				return p + 1;
			}
		}
		if ((e = num_at(s, i, 1, 2, &c)) > i && c >= 1 && c <= 21 &&
		    (qs_at(s, e, "st") || qs_at(s, e, "nd") || qs_at(s, e, "rd") || qs_at(s, e, "th")) &&
		    qs_atw(s, qs_skipsp(s, e + 2), "century")) {
			p = qs_skipsp(s, e + 2) + 7;
			t = addt(s, i, p);
			setrange(t, 100 * (c - 1), 0, 100 * (c - 1) + 99, 0);
			return p;
		}
	}
	if (s->lang == QT_EN && (fam & T_HOL)) {
		static const char *const dec[] = { "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
			                           "eighties", "nineties" };

		if ((c = word_in(s, i, dec, NW(dec), &e)) >= 0) {
			t = addt(s, i, e);
			setrange(t, 1920 + 10 * c, 0, 1929 + 10 * c, 0);
			return e;
		}
	}
	if (dig(s->f[i]))
		fam = T_COUNT;   /* at a number, only "3 days ago" is left */
	/* holidays, with a year after them or against the document's date */
	for (k = 0; k < sizeof holidays / sizeof holidays[0] && (fam & T_HOL); k++)
		if ((n = qs_atw(s, i, holidays[k].w))) {
			size_t r;

			if (holidays[k].lang != (s->lang == QT_PT ? QT_PT : QT_EN))
				continue;
			/* Natal is a city too: the holiday is "o Natal", "no Natal" */
			if (holidays[k].w[0] == 'n' && holidays[k].lang == QT_PT && !word_before(s, i, "no") &&
			    !word_before(s, i, "o") && !word_before(s, i, "do") && !word_before(s, i, "pelo"))
				continue;
			/* the Chinese, lunar New Year moves */
			if (holidays[k].w[0] == 'n' && (word_before(s, i, "chinese") || word_before(s, i, "lunar")))
				continue;
			e = i + n;
			r = qs_skipsp(s, e);
			y = s->dy;
			if ((q = lt_year(s, r, &y, 0)) > r)
				e = q;
			t = addt(s, i, e);
			if (q > r)
				setv(t, y, holidays[k].m, holidays[k].d);
			else if (z >= 0) {
				long h = daynum(s->dy, holidays[k].m, holidays[k].d);

				/* "next Christmas", "last Easter" are read by the caller's modifier */
				setday(t, h);
			} else
				t->value[0] = '\0';
			return e;
		}
	/* counts: in two days, 3 days ago, daqui a dois dias, dois meses atrás, two weeks from tomorrow */
	if (fam & (T_COUNT | T_DAYW)) {
		size_t a = i;
		int pre = 0;

		if ((n = qs_atw(s, a, "in")) || (s->lang == QT_PT && ((n = qs_atw(s, a, "em")) || (n = qs_atw(s, a, "daqui a")) ||
		                                                     (n = qs_atw(s, a, "dentro de")) || (n = qs_atw(s, a, "há")))))
			pre = s->lc[a] == 'h' ? -1 : 1, a = qs_skipsp(s, a + n);
		if ((e = count_at(s, a, &c)) > a && (u = unit_at(s, qs_skipsp(s, e), &q))) {
			size_t r = qs_skipsp(s, q);
			int dir = 0, base = 0;

			/* "in 3 years" is as often how long as when: only days and weeks */
			if (pre == 1 && (u == 'd' || u == 'w' || u == 'f' || s->lc[i] == 'd'))
				dir = 1, e = q;
			else if (pre == -1)
				dir = -1, e = q;
			if (!pre) {
				if ((n = qs_atw(s, r, "ago")) || (n = qs_atw(s, r, "atrás")) || (n = qs_atw(s, r, "atras")) ||
				    (n = qs_atw(s, r, "earlier")) || (n = qs_atw(s, r, "before")))
					dir = -1, e = r + n;
				else if ((n = qs_atw(s, r, "later")) || (n = qs_atw(s, r, "from now")) || (n = qs_atw(s, r, "hence")) ||
				         (n = qs_atw(s, r, "depois")))
					dir = 1, e = r + n;
				if ((n = qs_atw(s, r, "from today")) || (n = qs_atw(s, r, "after today")) ||
				    (n = qs_atw(s, r, "depois de hoje")))
					dir = 1, e = r + n;
				else if ((n = qs_atw(s, r, "from tomorrow")) || (n = qs_atw(s, r, "after tomorrow")) ||
				         (n = qs_atw(s, r, "from tmrw")) || (n = qs_atw(s, r, "depois de amanhã")))
					dir = 1, base = 1, e = r + n;
				else if ((n = qs_atw(s, r, "before today")) || (n = qs_atw(s, r, "antes de hoje")))
					dir = -1, e = r + n;
				else if ((n = qs_atw(s, r, "before yesterday")) || (n = qs_atw(s, r, "antes de ontem")))
					dir = -1, base = -1, e = r + n;
			}
			if (dir) {
				t = addt(s, i, e);
				if (z < 0)
					t->value[0] = '\0';
				else {
					y = s->dy, m = s->dm, d = s->dd;
					addunits(&y, &m, &d, base, 'd');
					addunits(&y, &m, &d, dir * c * (u == 'f' ? 2 : 1), u == 'f' ? 'w' : u);
					setv(t, y, m, d);
				}
				return e;
			}
		}
	}
	/* a fortnight later */
	if ((fam & T_COUNT) && ((n = qs_atw(s, i, "a fortnight later")) || (n = qs_atw(s, i, "a fortnight from now")))) {
		t = addt(s, i, i + n);
		set_offset(s, t, 1, 'f');
		return i + n;
	}
	/* Monday 21, tuesday the eleventh, terça-feira dia 25, friday 5/12 */
	if ((fam & T_WDAY) && (w = wday_at(s, i, &e)) >= 0) {
		p = qs_skipsp(s, e);
		q = p < s->n && s->f[p] == ',' ? qs_skipsp(s, p + 1) : p;
		if ((q = lt_point(s, q, &o)) > p && !o.weak && o.d && !o.d2) {
			t = emit_dp(s, i, q, &o);
			return q;
		}
		if ((n = qs_atw(s, p, "the")) || (n = qs_atw(s, p, "dia")))
			p = qs_skipsp(s, p + n);
		if ((q = lt_point(s, p, &o)) > p && !o.weak && o.d && !o.d2) {
			t = emit_dp(s, i, q, &o);
			return q;
		}
		if ((q = lt_day(s, p, &d, &c)) > p && !month_at(s, qs_skipsp(s, q), &n)) {
			t = addt(s, i, q);
			day_of_dated_month(s, t, d);
			return q;
		}
		/* sexta-feira passada, a próxima sexta */
		if (s->lang == QT_PT && ((n = qs_atw(s, p, "passada")) || (n = qs_atw(s, p, "passado")) ||
		                         (n = qs_atw(s, p, "que vem")))) {
			t = addt(s, i, p + n);
			if (z < 0)
				t->value[0] = '\0';
			else
				setday(t, z - weekday(z) + (s->lc[p] == 'q' ? 7 : -7) + w);
			return p + n;
		}
		return i;
	}
	/* dia 12 */
	if (s->lang == QT_PT && (fam & T_WDAY) && (n = qs_atw(s, i, "dia")) && (q = lt_day(s, qs_skipsp(s, i + n), &d, &c)) > qs_skipsp(s, i + n) &&
	    !month_at(s, qs_skipsp(s, q), &e) && !qs_atw(s, qs_skipsp(s, q), "de")) {
		t = addt(s, i, q);
		day_of_dated_month(s, t, d);
		return q;
	}
	/* mês passado, mês que vem */
	if (s->lang == QT_PT && (fam & T_MOD) && (n = qs_atw(s, i, "mês"))) {
		int dir;

		p = qs_skipsp(s, i + n);
		if ((n = qs_atw(s, p, "passado")))
			dir = -1;
		else if ((n = qs_atw(s, p, "que vem")))
			dir = 1;
		else
			return i;
		t = addt(s, i, p + n);
		y = s->dy, m = s->dm, d = 1;
		if (!s->dm)
			t->value[0] = '\0';
		else {
			addunits(&y, &m, &d, dir, 'm');
			setv(t, y, m, 0);
		}
		return p + n;
	}
	/* this/next/last + month, quarter, decade, weekday, a month's name, a holiday */
	if (!(fam & (T_MOD | T_REL)))
		return i;
	for (k = 0; k < sizeof mods / sizeof mods[0]; k++)
		if ((n = qs_atw(s, i, mods[k].w))) {
			mod = mods[k].off;
			break;
		}
	if (mod == -9)
		return i;
	p = qs_skipsp(s, i + n);
	if ((w = wday_at(s, p, &e)) >= 0) {
		q = qs_skipsp(s, e);
		if (q + 1 < s->n && s->f[q] == '(' && dig(s->f[q + 1]))
			return i;   /* "na última sexta-feira (29)": the day in parentheses says it */
		/* next Friday: in next week; last Friday: in the last; coming, past: the nearest after, before */
		t = addt(s, i, e);
		if (z < 0)
			t->value[0] = '\0';
		else if (mod == 3)
			setday(t, z + (w - weekday(z) + 6) % 7 + 1);
		else if (mod == 2)
			setday(t, z - (weekday(z) - w + 6) % 7 - 1);
		else
			setday(t, z - weekday(z) + 7 * mod + w);
		return e;
	}
	c = unit_at(s, p, &e);
	if (c == 'm' && !qs_atw(s, p, "month") && !qs_atw(s, p, "mês"))
		c = 0;   /* "nos últimos meses": recent months, not the last month */
	if ((n = qs_atw(s, p, "quarter")) || (n = qs_atw(s, p, "trimestre")))
		c = 'q', e = p + n;
	else if ((n = qs_atw(s, p, "decade")) || (n = qs_atw(s, p, "década")))
		c = 'D', e = p + n;
	else if ((n = qs_atw(s, p, "calendar year")))
		c = 'Y', e = p + n;
	if (c == 'm' || c == 'q' || c == 'D' || c == 'Y') {
		int dir = mod == 2 ? -1 : mod == 3 ? 1 : mod;

		c = c == 'Y' ? 'y' : c;
		t = addt(s, i, e);
		if (!s->dy || (c != 'D' && c != 'y' && !s->dm))
			t->value[0] = '\0';
		else if (c == 'y')
			setv(t, s->dy + dir, 0, 0);
		else if (c == 'm') {
			y = s->dy, m = s->dm, d = 1;
			addunits(&y, &m, &d, dir, 'm');
			setv(t, y, m, 0);
		} else if (c == 'q') {
			int qq = (s->dy * 4 + (s->dm - 1) / 3) + dir;

			setrange(t, qq / 4, qq % 4 * 3 + 1, qq / 4, qq % 4 * 3 + 3);
		} else {
			int d0 = s->dy / 10 * 10 + 10 * dir;

			setrange(t, d0, 0, d0 + 9, 0);
		}
		return e;
	}
	/* the next two decades, the last 3 quarters, nas próximas duas décadas */
	if (mod == 1 || mod == -1 || mod == 2 || mod == 3) {
		int dir = mod == 2 ? -1 : mod == 3 ? 1 : mod;

		if ((q = count_at(s, p, &c)) > p && c >= 1 && c <= 40) {
			size_t r = qs_skipsp(s, q);

			if ((n = qs_atw(s, r, "quarters")) || (n = qs_atw(s, r, "trimestres"))) {
				int cur = s->dy * 4 + (s->dm - 1) / 3, a = dir > 0 ? cur + 1 : cur - c, b = dir > 0 ? cur + c : cur - 1;

				t = addt(s, i, r + n);
				if (!s->dy || !s->dm)
					t->value[0] = '\0';
				else
					setrange(t, a / 4, a % 4 * 3 + 1, b / 4, b % 4 * 3 + 3);
				return r + n;
			}
			if ((n = qs_atw(s, r, "decades")) || (n = qs_atw(s, r, "décadas"))) {
				int d0 = s->dy / 10 * 10, a = dir > 0 ? d0 + 10 : d0 - 10 * c;

				t = addt(s, i, r + n);
				if (!s->dy)
					t->value[0] = '\0';
				else
					setrange(t, a, 0, a + 10 * c - 1, 0);
				return r + n;
			}
		}
	}
	/* this September, next May: a month of the document's year */
	if (mod >= -1 && mod <= 1 && (m = month_at(s, p, &e)) && !qs_wordc(s, e)) {
		q = qs_skipsp(s, e);
		if (!(q < s->n && dig(s->f[q]))) {
			t = addt(s, i, e);
			setv(t, s->dy ? s->dy + (mod == 0 ? 0 : mod) : 0, m, 0);
			return e;
		}
	}
	/* next Christmas, the last new year */
	for (k = 0; k < sizeof holidays / sizeof holidays[0] && mod != 0; k++)
		if ((n = qs_atw(s, p, holidays[k].w)) && holidays[k].lang == QT_EN && s->lang == QT_EN) {
			long h;

			e = p + n;
			t = addt(s, i, e);
			if (z < 0) {
				t->value[0] = '\0';
				return e;
			}
			h = daynum(s->dy, holidays[k].m, holidays[k].d);
			if ((mod == 1 || mod == 3) && h <= z)
				h = daynum(s->dy + 1, holidays[k].m, holidays[k].d);
			else if ((mod == -1 || mod == 2) && h >= z)
				h = daynum(s->dy - 1, holidays[k].m, holidays[k].d);
			setday(t, h);
			return e;
		}
	return i;
}

/* ---- ranges of two times, and the checks at the end ---- */

/* First and last day of the point T. */
static void
span_of(const struct qt_time *t, long *a, long *b)
{
	int m1 = t->m ? t->m : 1, m2 = t->m ? t->m : 12;

	*a = daynum(t->y, m1, t->d ? t->d : 1);
	*b = daynum(t->y, m2, t->d ? t->d : monthlen(t->y, m2));
}

/*
 * The connector between two times at I: its length; "and", "e", 和 only
 * when AND (the first time follows "between", "entre", or 之间 follows
 * the second).
 */
static size_t
tx_conn(const struct qs *s, size_t i, int and)
{
	size_t n;

	if (s->lang != QT_ZH)
		return lt_conn(s, i, and);
	if (i < s->n && (s->f[i] == '-' || s->f[i] == '~'))
		return 1;
	if ((n = qs_at(s, i, "到")) || (n = qs_at(s, i, "至")) || (n = qs_at(s, i, "–")) || (n = qs_at(s, i, "—")) ||
	    (n = qs_at(s, i, "～")) || (and && (n = qs_at(s, i, "和"))) || (and && (n = qs_at(s, i, "与"))))
		return n;
	return 0;
}

/* Makes A the range from A to B, B removed; 0 when they make none. */
static int
merge2(struct qs *s, size_t k, size_t pre, size_t post)
{
	struct qt_result *r = s->r;
	struct qt_time *a = &r->t[k], *b = &r->t[k + 1];
	long a1, a2, b1, b2;
	int ay = a->y, by = b->y;

	if (!a->y || !b->y)
		return 0;
	if (!a->yset && b->yset) {
		a->y = b->y;
		if (a->m > b->m || (a->m == b->m && a->d > b->d))
			a->y--;
	} else if (a->yset && !b->yset) {
		b->y = a->y;
		if (b->m < a->m || (b->m == a->m && b->d && b->d < a->d))
			b->y++;
	} else if (!a->yset && !b->yset) {
		b->y = a->y;
		if (b->m < a->m || (b->m == a->m && b->d && b->d < a->d))
			b->y++;
	}
	if (!a->m && b->m && !b->yset)
		b->y = a->y;
	if (b->point == 2 && a->m && a->d) {
		/* 一月十日到十二日: the second day is in the first one's month */
		b->y = a->y, b->m = a->m;
	}
	span_of(a, &a1, &a2);
	span_of(b, &b1, &b2);
	if (a1 >= b2 || (a->d && b->d > monthlen(b->y, b->m)) || (b->d && b->d > monthlen(b->y, b->m)) ||
	    (a->d && a->d > monthlen(a->y, a->m))) {
		a->y = ay, b->y = by;
		return 0;
	}
	if (!a->m && !b->m)
		setrange(a, a->y, 0, b->y, 0);
	else if (!a->d && !b->d)
		setrange(a, a->y, a->m ? a->m : 1, b->y, b->m ? b->m : 12);
	else {
		int y1, m1, d1, y2, m2, d2;

		civil(a1, &y1, &m1, &d1);
		civil(b2, &y2, &m2, &d2);
		setdrange(a, y1, m1, d1, y2, m2, d2);
	}
	a->point = 0, a->weak = 0, a->deadline = 0;
	a->fa = pre, a->fb = post;
	a->start = s->map[pre], a->end = s->map[post];
	qs_take(s, pre, post);
	memmove(b, b + 1, (r->nt - k - 2) * sizeof *b);
	r->nt--;
	return 1;
}

static int
cmpt(const void *x, const void *y)
{
	const struct qt_time *a = x, *b = y;

	return a->start < b->start ? -1 : a->start > b->start;
}

/*
 * After the scan: days that do not exist (29 February of a year that has
 * none: a day without a written year takes the last leap year; otherwise
 * it is left unresolved), two times joined by a connector made one range
 * ("January 12, 2016 - 01/22/2016", 5月-10月, "entre 1 de dezembro e 4 de
 * fevereiro"), and the weak times that joined none dropped.
 */
static void
tx_finish(struct qs *s)
{
	struct qt_result *r = s->r;
	size_t k, j, p, q, n, pre, post;

	if (r->nt > 1)
		qsort(r->t, r->nt, sizeof r->t[0], cmpt);
	for (k = 0; k < r->nt; k++) {
		struct qt_time *t = &r->t[k];

		if (t->point && t->d && t->y && t->d > monthlen(t->y, t->m)) {
			if (!t->yset && t->m == 2 && t->d == 29) {
				int y = t->y;

				while (!leapyear(y))
					y--;
				setv(t, y, 2, 29);
				t->yset = 0;
			} else {
				t->value[0] = '\0';
				t->point = 0;
			}
		}
	}
	for (k = 0; k + 1 < r->nt; k++) {
		struct qt_time *a = &r->t[k], *b = &r->t[k + 1];
		int and;

		if (!a->point || !b->point || a->deadline || b->deadline || a->point == 2)
			continue;
		pre = a->fa;
		and = pair_before(s, a->fa);
		post = b->fb;
		if (s->lang == QT_ZH) {
			if ((n = qs_at(s, post, "之间")) || (n = qs_at(s, post, "间")))
				post += n, and = 1;
		}
		p = qs_skipsp(s, a->fb);
		if (!(n = tx_conn(s, p, and)) || qs_skipsp(s, p + n) != b->fa)
			continue;
		/* the word that opens the range goes with it */
		q = qs_backsp(s, pre);
		if (s->lang == QT_ZH) {
			if (q >= 3 && !memcmp(s->f + q - 3, "从", 3))
				pre = q - 3;
		} else {
			static const char *const w[] = { "from", "between", "de", "entre", "desde" };

			for (j = 0; j < sizeof w / sizeof w[0]; j++)
				if (word_before(s, pre, w[j])) {
					pre = q - strlen(w[j]);
					break;
				}
		}
		if (!qs_free(s, a->fb, b->fa))
			continue;
		merge2(s, k, pre, post);
	}
	for (k = j = 0; k < r->nt; k++) {
		if (r->t[k].weak) {
			memset(s->used + r->t[k].fa, 0, r->t[k].fb - r->t[k].fa);
			continue;
		}
		r->t[j++] = r->t[k];
	}
	r->nt = j;
}

/* ---- Chinese numerals, and the Chinese forms outside zh_time's years ---- */

static int
zh_digit(uint32_t c)
{
	switch (c) {
	case 0x3007: case 0x96F6: return 0;                 /* 〇 零 */
	case 0x4E00: return 1; case 0x4E8C: return 2; case 0x4E09: return 3;
	case 0x56DB: return 4; case 0x4E94: return 5; case 0x516D: return 6;
	case 0x4E03: return 7; case 0x516B: return 8; case 0x4E5D: return 9;
	}
	return -1;
}

/* Is the character before I a digit or a Chinese numeral? */
static int
zh_num_before(const struct qs *s, size_t i)
{
	size_t b;
	uint32_t c;

	if (i == 0)
		return 0;
	if (dig(s->f[i - 1]))
		return 1;
	if ((unsigned char)s->f[i - 1] < 0x80)
		return 0;
	/* a three-byte character, as qs_cp_before() would find it */
	if (i >= 3 && ((unsigned char)s->f[i - 1] & 0xC0) == 0x80 && ((unsigned char)s->f[i - 2] & 0xC0) == 0x80 &&
	    ((unsigned char)s->f[i - 3] & 0xC0) != 0x80)
		c = qs_cp(s, i - 3, &b);
	else
		c = qs_cp_before(s, i, &b);
	return zh_digit(c) >= 0 || c == 0x5341;
}

/*
 * A number 1..99 at I in one or two digits or in Chinese numerals (三,
 * 十二, 二十九): its end, the value in *V; I when there is none.  *CN is
 * set for numerals.
 */
static size_t
zh_num(const struct qs *s, size_t i, int *v, int *cn)
{
	size_t l, p = i;
	int a, b;
	uint32_t c;

	*cn = 0;
	if (i < s->n && dig(s->f[i]))
		return num_at(s, i, 1, 2, v);
	c = qs_cp(s, p, &l);
	if (c == 0x5341) {
		a = 1;
		p += l;
	} else if ((a = zh_digit(c)) >= 1) {
		p += l;
		c = qs_cp(s, p, &l);
		if (c != 0x5341) {
			*v = a, *cn = 1;
			return p;
		}
		p += l;
	} else
		return i;
	c = qs_cp(s, p, &l);
	if ((b = zh_digit(c)) >= 1)
		p += l, *v = 10 * a + b;
	else
		*v = 10 * a;
	*cn = 1;
	return p;
}

/* 日 or 号 at I: its length, or 0. */
static size_t
zh_dayc(const struct qs *s, size_t i)
{
	size_t n;

	return (n = zh_char(s, i, "日")) || (n = zh_char(s, i, "号")) || (n = zh_char(s, i, "號")) ? n : 0;
}

/*
 * A month and maybe its day at I: 7月, 十二月, 7月8日, 八月十五.  The end,
 * the month in *M, the day in *D (0 for none); I when there is none.
 */
static size_t
zh_md(const struct qs *s, size_t i, int *m, int *d)
{
	size_t e, de, n, l;
	int cn, dcn;
	uint32_t c;

	*d = 0;
	if ((e = zh_num(s, i, m, &cn)) == i || *m < 1 || *m > 12 || !(n = zh_char(s, e, "月")))
		return i;
	e += n;
	if ((de = zh_num(s, e, d, &dcn)) > e && okday(*d)) {
		if ((n = zh_dayc(s, de)))
			return de + n;
		/* 八月十五: a day in numerals with nothing after it that counts */
		c = qs_cp(s, de, &l);
		if (cn && dcn && (de >= s->n || !(qs_han(c) || dig(s->f[de]))))
			return de;
	}
	*d = 0;
	return e;
}

/* The Chinese holidays of a fixed date. */
static const struct {
	const char *w;
	int m, d;
} zh_hol[] = {
	{ "元旦", 1, 1 }, { "国庆节", 10, 1 }, { "國慶節", 10, 1 }, { "国庆", 10, 1 }, { "國慶", 10, 1 },
	{ "劳动节", 5, 1 }, { "勞動節", 5, 1 }, { "圣诞节", 12, 25 }, { "聖誕節", 12, 25 },
	{ "情人节", 2, 14 }, { "儿童节", 6, 1 }, { "妇女节", 3, 8 }, { "教师节", 9, 10 },
};

/* The holiday of zh_hol at I: its index and its length in *N, or -1. */
static int
zh_hol_at(const struct qs *s, size_t i, size_t *n)
{
	size_t k;

	for (k = 0; k < sizeof zh_hol / sizeof zh_hol[0]; k++)
		if ((*n = zh_char(s, i, zh_hol[k].w)))
			return (int)k;
	return -1;
}

/* 今天, 明日, 后天, 下周三, 上个月, 本月十日, 上半年, 元旦, 国庆节 at I: the end, or I. */
static size_t
zh_rel_day(struct qs *s, size_t i)
{
	static const struct {
		const char *w;
		int off;
	} days[] = {
		{ "今天", 0 }, { "今日", 0 }, { "明天", 1 }, { "明日", 1 }, { "昨天", -1 }, { "昨日", -1 },
		{ "后天", 2 }, { "後天", 2 }, { "前天", -2 }, { "大后天", 3 }, { "大前天", -3 },
	}, weeks[] = {
		{ "上上", -2 }, { "下下", 2 }, { "上", -1 }, { "下", 1 }, { "本", 0 }, { "这", 0 }, { "這", 0 },
	};	size_t k, n, p, e, l;
	long z = docday(s);
	struct qt_time *t;
	uint32_t c;
	int cn, d, hk, day = 0, week = 0;

	/* the three lists start with different characters: only one is looked at */
	c = qs_cp(s, i, &l);
	switch (c) {
	case 0x4ECA: case 0x660E: case 0x6628: case 0x540E: case 0x5F8C: case 0x524D: case 0x5927: /* 今明昨后後前大 */
		day = 1;
		break;
	case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019:                         /* 上下本这這 */
		week = 1;
		break;
	}
	/* holidays of a fixed date, in the document's year */
	if (!day && !week && (hk = zh_hol_at(s, i, &n)) >= 0) {
		t = addt(s, i, i + n);
		setv(t, s->dy, zh_hol[hk].m, zh_hol[hk].d);
		t->yset = 0;
		return i + n;
	}
	/* 今天, 明日, 后天; not 今日头条, nor 《明日之后》 */
	for (k = 0; k < sizeof days / sizeof days[0] && day; k++)
		if ((n = zh_char(s, i, days[k].w))) {
			if (zh_char(s, i + n, "头条") || zh_char(s, i + n, "頭條") || zh_char(s, i + n, "之后") ||
			    qs_cp_before(s, i, &p) == 0x300A)
				return i;
			t = addt(s, i, i + n);
			if (z < 0)
				t->value[0] = '\0';
			else
				setday(t, z + days[k].off);
			return i + n;
		}
	/* 下周三, 上上個週三, 本月, 上个月, 下个月十日 */
	for (k = 0; k < sizeof weeks / sizeof weeks[0] && week; k++)
		if ((n = zh_char(s, i, weeks[k].w))) {
			int off = weeks[k].off;

			p = i + n;
			if ((n = zh_char(s, p, "个")) || (n = zh_char(s, p, "個")))
				p += n;
			if ((n = zh_char(s, p, "周")) || (n = zh_char(s, p, "週")) || (n = zh_char(s, p, "星期")) ||
			    (n = zh_char(s, p, "礼拜")) || (n = zh_char(s, p, "禮拜"))) {
				int w;

				p += n;
				c = qs_cp(s, p, &l);
				w = c == 0x65E5 || c == 0x5929 ? 6 : zh_digit(c) - 1;
				if (w < 0 || w > 5 + (c == 0x65E5 || c == 0x5929))
					return i;
				t = addt(s, i, p + l);
				if (z < 0)
					t->value[0] = '\0';
				else
					setday(t, z - weekday(z) + 7 * off + w);
				return p + l;
			}
			if ((n = zh_char(s, p, "月")) && (off == -1 || off == 1 || off == 0) && !zh_char(s, p + n, "份额")) {
				int yy = s->dy, mm = s->dm, dd = 1;

				e = p + n;
				if (!s->dm)
					yy = 0;
				else
					addunits(&yy, &mm, &dd, off, 'm');
				if ((p = zh_num(s, e, &d, &cn)) > e && okday(d) && (n = zh_dayc(s, p)) && d <= monthlen(yy, mm)) {
					t = addt(s, i, p + n);
					setv(t, yy, mm, d);
					return p + n;
				}
				t = addt(s, i, e);
				setv(t, yy, mm, 0);
				return e;
			}
			/* 上半年, 下半年, 上个半年 */
			if ((n = zh_char(s, p, "半年")) && (off == -1 || off == 1)) {
				int h = s->dm ? (s->dm - 1) / 6 : 0, yy = s->dy;

				if (p == i + 3 && !zh_char(s, p - 3, "个") && !zh_char(s, p - 3, "個"))
					h = off < 0 ? 0 : 1;   /* 上半年: the first half of the year */
				else if (!s->dm)
					yy = 0;
				else if ((h += off) < 0)
					h = 1, yy--;
				else if (h > 1)
					h = 0, yy++;
				t = addt(s, i, p + n);
				setrange(t, yy, 6 * h + 1, yy, 6 * h + 6);
				if (!yy)
					t->value[0] = '\0';
				return p + n;
			}
			return i;
		}
	return i;
}

/* Chinese times that zh_time() does not start with a year; the end, or I. */
static size_t
zh_more(struct qs *s, size_t i)
{
	size_t k, n, p, e, l;
	long z = docday(s);
	struct qt_time *t;
	uint32_t c;
	int v = 0, cn, m, d, nv = 0, ncn;
	size_t ne;

	if (s->lang != QT_ZH && dig(s->f[i]))
		return i;
	c = qs_cp(s, i, &l);
	if (!dig(s->f[i]) && zh_digit(c) < 0 && c != 0x5341) {
		/* the words of zh_rel_day() start with these: 今明昨后後前大, 上下本这這, and the holidays' */
		switch (c) {
		case 0x4ECA: case 0x660E: case 0x6628: case 0x540E: case 0x5F8C: case 0x524D: case 0x5927:
		case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019:
		case 0x5143: case 0x56FD: case 0x570B: case 0x52B3: case 0x52DE: case 0x5723: /* 元国國劳勞圣 */
		case 0x8056: case 0x60C5: case 0x513F: case 0x5987: case 0x6559:             /* 聖情儿妇教 */
			return zh_rel_day(s, i);
		default:
			return i;
		}
	}
	/* what is left starts with a number, not inside another: read once for the forms below */
	if (zh_num_before(s, i))
		return i;
	ne = zh_num(s, i, &nv, &ncn);
	/* 十九世纪七十年代, 九十年代, 90年代 */
	{
		int cent = 0;

		p = i, e = ne, v = nv;
		if (e > p && (n = zh_char(s, e, "世纪")) && v >= 1 && v <= 21)
			cent = v, p = e + n, e = zh_num(s, p, &v, &cn);
		if (e > p && v % 10 == 0 && v >= 10 && (n = zh_char(s, e, "年代")) &&
		    !zh_num_before(s, p)) {
			int a = cent ? 100 * (cent - 1) + v : 1900 + v;

			t = addt(s, i, e + n);
			setrange(t, a, 0, a + 9, 0);
			return e + n;
		}
	}
	/* 5年前, 三天前, 两个月后 */
	if ((e = ne) > i && (v = nv) > 0) {
		int u = 0;

		p = e;
		if ((n = zh_char(s, p, "年")))
			u = 'y';
		else if ((n = zh_char(s, p, "天")))
			u = 'd';
		else if ((n = zh_char(s, p, "个月")) || (n = zh_char(s, p, "個月")))
			u = 'm';
		else if ((n = zh_char(s, p, "周")) || (n = zh_char(s, p, "週")) || (n = zh_char(s, p, "星期")))
			u = 'w';
		if (u && ((l = zh_char(s, p + n, "前")) || (l = zh_char(s, p + n, "后")) || (l = zh_char(s, p + n, "後")))) {
			int dir = zh_char(s, p + n, "前") ? -1 : 1, yy = s->dy, mm = s->dm, dd = s->dd;

			e = p + n + l;
			t = addt(s, i, e);
			if (z < 0)
				t->value[0] = '\0';
			else {
				addunits(&yy, &mm, &dd, dir * v, u);
				setv(t, yy, mm, dd);
			}
			return e;
		}
	}
	/* 七月, 三月到五月; 29日: a day of the document's month */
	if (i == 0 || qs_cp_before(s, i, &p) != 0x7B2C) {   /* not after 第 */
		if ((e = zh_md(s, i, &m, &d)) > i) {
			t = addt(s, i, e);
			setv(t, s->dy, m, d);
			t->yset = 0;
			return e;
		}
		if ((e = ne) > i && okday(d = nv) && (ncn ? d >= 10 : 1) && (n = zh_char(s, e, "日"))) {
			static const uint32_t no[] = { 0x8FD1, 0x524D, 0x540E, 0x6BCF, 0x7B2C, 0x6570, 0x51E0, 0x591A, 0x8FDE,
				                       0x9023, 0x8FD9, 0x90A3, 0x5F8C };   /* 近前后每第数几多连連这那後 */
			uint32_t b = qs_cp_before(s, i, &p), a = qs_cp(s, e + n, &l);

			for (k = 0; k < sizeof no / sizeof no[0]; k++)
				if (b == no[k])
					return i;
			if (a == 0x5185 || a == 0x4EE5)   /* 内 以 */
				return i;
			/* 南京5月16日电 ……16日介绍: the month of the day before it in the seg, else the document's */
			{
				struct qt_result *r = s->r;
				int py = 0, pm = 0;

				if (r->nt > 0 && r->t[r->nt - 1].point == 1 && r->t[r->nt - 1].m)
					py = r->t[r->nt - 1].y, pm = r->t[r->nt - 1].m;
				t = addt(s, i, e + n);
				if (pm && d <= monthlen(py, pm)) {
					setv(t, py, pm, d);
					t->point = 2, t->yset = 0;
					return e + n;
				}
			}
			t->point = 2;
			if (!s->dm)
				t->value[0] = '\0';
			else {
				int yy = s->dy, mm = s->dm;

				if (d > monthlen(yy, mm) && --mm < 1)
					mm = 12, yy--;
				setv(t, yy, mm, d);
				t->point = 2;
			}
			t->yset = 0;
			return e + n;
		}
	}
	return i;
}

/* 的第三个月, 第9个月 at I: the end, the month in *M; I for none. */
static size_t
zh_nth_month(const struct qs *s, size_t i, int *m)
{
	size_t p = i, n, e;
	int cn;

	if ((n = zh_char(s, p, "的")))
		p += n;
	if (!(n = zh_char(s, p, "第")))
		return i;
	p = qs_skipsp(s, p + n);
	if ((e = zh_num(s, p, m, &cn)) == p || *m < 1 || *m > 12)
		return i;
	e = qs_skipsp(s, e);
	if ((n = zh_char(s, e, "个月")) || (n = zh_char(s, e, "個月")))
		return e + n;
	return i;
}

/*
 * Is the digit at I in a phone number or a code: a run of digits and '-'
 * with a group of three digits or more than four ("138-2010-2015",
 * "133-03-03-2020"), two years and more ("2010-2015-86"), or after a '+'
 * ("+86 2010-2015")?  Dates
 * ("10-1-2018-10-7-2018") and ranges ("2018-2020") are not.
 */
static int
in_code(const struct qs *s, size_t i)
{
	size_t a = i, b = i, g, ng, run;
	int two4;

	while (a > 0 && (dig(s->f[a - 1]) || (s->f[a - 1] == '-' && a > 1 && dig(s->f[a - 2]))))
		a--;
	while (b < s->n && (dig(s->f[b]) || (s->f[b] == '-' && b + 1 < s->n && dig(s->f[b + 1]))))
		b++;
	if (a == b || !memchr(s->f + a, '-', b - a))
		return 0;
	for (g = a, ng = 0, run = 0, two4 = 0; g < b; ng++) {
		size_t h = g;

		while (h < b && dig(s->f[h]))
			h++;
		if (h - g == 3 || h - g > 4)
			return 1;
		run = h - g == 4 ? run + 1 : 0;
		two4 |= run >= 2;
		g = h + 1;
	}
	if (two4 && ng > 2)
		return 1;   /* 2010-2015-86 */
	g = qs_backsp(s, a);
	while (g > 0 && dig(s->f[g - 1]))
		g--;
	return g > 0 && s->f[g - 1] == '+';
}

/*
 * May zh_time() read the number at I?  Outside Chinese text it reads only
 * a number with 年, 月 or a sign of a range (至, 到, '-', '~', '–') after
 * it, maybe after spaces: "2018年", "7月", "2018-2020".  In Chinese text
 * a bare year, 5年前 and the rest: always.
 */
static int
zh_digits_worth(const struct qs *s, size_t i)
{
	size_t r = i;

	if (s->lang == QT_ZH)
		return 1;
	while (r < s->n && dig(s->f[r]))
		r++;
	r = qs_skipsp(s, r);
	return r < s->n && ((unsigned char)s->f[r] >= 0x80 || s->f[r] == '-' || s->f[r] == '~');
}

/* Chinese dates at I. */
static size_t
zh_time(struct qs *s, size_t i)
{
	int y = 0, y2 = 0, m = 0, d = 0, dl = 0;
	size_t p, e, n, st = i;
	struct qt_time *t;

	if (dig(s->f[i]) && in_code(s, i))
		return i;
	/* 到2030年, 至2030年 */
	if ((n = zh_char(s, i, "到")) || (n = zh_char(s, i, "至")) || (n = zh_char(s, i, "截至")) ||
	    (n = zh_char(s, i, "截止到"))) {
		p = qs_skipsp(s, i + n);
		if (year_at(s, p, &y) > p) {
			dl = 1;
			i = p;
		} else if (zh_char(s, p, "今年") || zh_char(s, p, "明年")) {
			/* 到今年底, 到明年 */
			int off = zh_char(s, p, "明年") ? 1 : 0;

			e = p + 6;
			if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "年底")) || (n = zh_char(s, e, "末")))
				e += n;
			t = addt(s, st, e);
			t->deadline = 1;
			setv(t, s->dy ? s->dy + off : 0, 0, 0);
			return e;
		}
	}
	if ((e = zh_more(s, i)) > i)
		return e;
	e = year_at(s, i, &y);
	if (e == i && i == st && !zh_num_before(s, i)) {
		/* 08年, 零八年, 18年10月: two digits of a year */
		int a, b, mm, dd;
		size_t l, l2, q2;

		if ((q2 = num_at(s, i, 2, 2, &a)) > i && (n = zh_char(s, q2, "年")) &&
		    (s->f[i] == '0' || zh_md(s, q2 + n, &mm, &dd) > q2 + n))
			y = yy_year(a), e = q2;
		else if ((a = zh_digit(qs_cp(s, i, &l))) == 0 && (b = zh_digit(qs_cp(s, i + l, &l2))) >= 0 &&
		         zh_char(s, i + l + l2, "年"))
			y = 2000 + b, e = i + l + l2;
	}
	if (e > i) {
		p = qs_skipsp(s, e);
		/* 2018至2020年, 2018-2020年, 2018年至2020年 */
		{
			size_t q = p, r;

			if ((n = zh_char(s, q, "年")))
				q = q + n;
			if ((n = zh_char(s, q, "至")) || (n = zh_char(s, q, "到")) || (n = zh_char(s, q, "-")) ||
			    (n = zh_char(s, q, "~")) || (n = zh_char(s, q, "—")) || (n = zh_char(s, q, "～")) ||
			    (n = zh_char(s, q, "–"))) {
				r = qs_skipsp(s, q + n);
				if ((e = year_at(s, r, &y2)) > r && y2 > y && (n = zh_char(s, e, "年"))) {
					e += n;
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
				if ((e = year_at(s, r, &y2)) > r && y2 > y && !dig(s->f[e])) {
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
			}
		}
		if (!(n = zh_char(s, p, "年"))) {
			/* a bare year in Chinese text: "2008 第八届", "2016，…", not "2000家" */
			size_t l;
			uint32_t c = qs_cp(s, p, &l);

			if (s->lang == QT_ZH && i == st && !dig(s->f[e]) && !qs_wordc(s, e) && !qs_zh_counted(s, p) &&
			    (p >= s->n || (qs_han(c) || c == 0x3001 || c == 0xFF0C || c == 0x3002 || c == ',' ||
			                   c == ')' || c == 0xFF09 || c == ';' || c == 0xFF1B || c == 0x201D)) &&
			    !(e < s->n && (s->f[e] == '.' || s->f[e] == '%' || s->f[e] == '-' || s->f[e] == '/'))) {
				t = addt(s, st, e);
				setv(t, y, 0, 0);
				return e;
			}
			return i == st ? i : st;
		}
		e = p + n;
		/* month */
		p = qs_skipsp(s, e);
		{
			size_t me = zh_md(s, p, &m, &d);

			if (me > p)
				e = me;
			else
				m = d = 0;
		}
		/* halves and quarters of the year */
		if (!m) {
			if ((p = zh_nth_month(s, e, &m)) > e) {
				/* 2021年的第三个月 */
				t = addt(s, st, p);
				setv(t, y, m, 0);
				return p;
			}
			if ((n = zh_char(s, e, "上半年")) || (n = zh_char(s, e, "前两季度")) || (n = zh_char(s, e, "前半年"))) {
				t = addt(s, st, e + n);
				t->deadline = dl;
				setrange(t, y, 1, y, 6);
				return e + n;
			}
			if ((n = zh_char(s, e, "下半年")) || (n = zh_char(s, e, "后半年"))) {
				t = addt(s, st, e + n);
				setrange(t, y, 7, y, 12);
				return e + n;
			}
			{
				static const char *const zq[] = { "第一季度", "一季度", "第二季度", "二季度", "第三季度",
				                                  "三季度", "第四季度", "四季度" };
				size_t k;

				for (k = 0; k < 8; k++)
					if ((n = zh_char(s, e, zq[k]))) {
						int qq = (int)k / 2 + 1;

						t = addt(s, st, e + n);
						t->deadline = dl;
						setrange(t, y, 3 * qq - 2, y, 3 * qq);
						return e + n;
					}
			}
			if ((n = zh_char(s, e, "前三季度"))) {
				t = addt(s, st, e + n);
				setrange(t, y, 1, y, 9);
				return e + n;
			}
			if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "末")) || (n = zh_char(s, e, "初")))
				e += n;
		}
		t = addt(s, st, e);
		t->deadline = dl;
		setv(t, y, m, d);
		return e;
	}
	if (st != i)
		return st;
	/* 7月8日, 7月 */
	e = num_at(s, i, 1, 2, &m);
	if (e > i && m >= 1 && m <= 12 && (n = zh_char(s, e, "月"))) {
		size_t me = e + n, de;

		de = num_at(s, me, 1, 2, &d);
		if (de > me && okday(d) && ((n = zh_char(s, de, "日")) || (n = zh_char(s, de, "号")))) {
			t = addt(s, i, de + n);
			setv(t, s->dy, m, d);
			return de + n;
		}
		/* "3月" alone: a month of the document's year, unless a count (3个月) */
		if (i > 0 && dig(s->f[i - 1]))
			return i;
		t = addt(s, i, me);
		setv(t, s->dy, m, 0);
		return me;
	}
	/* relative years */
	{
		static const struct {
			const char *w;
			int off;
		} rel[] = {
			{ "今年", 0 }, { "本年", 0 }, { "去年", -1 }, { "明年", 1 }, { "前年", -2 }, { "后年", 2 },
			{ "目前", 0 }, { "当前", 0 }, { "年内", 0 },
		};
		size_t k;

		for (k = 0; k < sizeof rel / sizeof rel[0]; k++)
			if ((n = zh_char(s, i, rel[k].w))) {
				/* 前年 in 同比前年 is fine; 年内 only after nothing numeric */
				t = addt(s, i, i + n);
				setv(t, s->dy ? s->dy + rel[k].off : 0, 0, 0);
				{
					/* 今年上半年, 去年前三季度 */
					static const struct {
						const char *w;
						int m1, m2;
					} part[] = { { "上半年", 1, 6 }, { "下半年", 7, 12 }, { "前三季度", 1, 9 }, { "前半年", 1, 6 },
					             { "后半年", 7, 12 } };
					size_t pi, pn;
					int yy = s->dy ? s->dy + rel[k].off : 0, pm;

					if (rel[k].off > -3 && (pn = zh_nth_month(s, i + n, &pm)) > i + n && rel[k].w[0] != "目"[0]) {
						t->end = s->map[pn];
						qs_take(s, i + n, pn);
						setv(t, yy, pm, 0);
						return pn;
					}
					for (pi = 0; pi < 5; pi++)
						if (rel[k].off > -3 && strcmp(rel[k].w, "目前") && strcmp(rel[k].w, "当前") &&
						    (pn = zh_char(s, i + n, part[pi].w))) {
							t->end = s->map[i + n + pn];
							qs_take(s, i + n, i + n + pn);
							setrange(t, yy, part[pi].m1, yy, part[pi].m2);
							return i + n + pn;
						}
				}
				return i + n;
			}
	}
	/* 十三五, 十四五 */
	if ((n = zh_char(s, i, "十")) && i + n + 6 <= s->n) {
		static const char *const k5[] = { "一五", "二五", "三五", "四五", "五五" };
		size_t k;

		for (k = 0; k < 5; k++)
			if (qs_at(s, i + n, k5[k])) {
				int plan = 11 + (int)k, a = 1966 + 5 * (plan - 3);
				size_t pe = i + n + 6;

				/* the quotes in "十四五" stay outside */
				t = addt(s, i, pe);
				setrange(t, a, 0, a + 4, 0);
				return pe;
			}
	}
	return i;
}

/* A Five-Year Plan named by its ordinal at I: "13th Five-Year Plan", "14º Plano Quinquenal". */
static size_t
fyp(struct qs *s, size_t i)
{
	int n;
	size_t e = num_at(s, i, 1, 2, &n), p;
	struct qt_time *t;

	if (e == i || n < 3 || n > 20)
		return i;
	if (qs_at(s, e, "th") || qs_at(s, e, "st") || qs_at(s, e, "nd") || qs_at(s, e, "rd"))
		p = e + 2;
	else if (qs_at(s, e, "º") || qs_at(s, e, "°"))
		p = e + 2;
	else if (s->f[e] == 'o')
		p = e + 1;
	else
		return i;
	p = qs_skipsp(s, p);
	if (qs_at(s, p, "five-year plan") || qs_at(s, p, "five year plan")) {
		p += qs_at(s, p, "five-year plan") ? 14 : 14;
	} else if (qs_at(s, p, "plano quinquenal")) {
		p += 16;
	} else
		return i;
	t = addt(s, i, p);
	{
		int a = 1966 + 5 * (n - 3);
		setrange(t, a, 0, a + 4, 0);
	}
	return p;
}


/*
 * May the number at I start a form of lt_rel() or lt_point()?  Eight
 * digits, a separator or letters right after it (4/22, 4th, 1990s), or
 * a word after it that starts a month, a unit, a connector ("5 May",
 * "3 days", "9 to 12 of June"); not "5 companies", "1,234", "30%".
 */
static int
lt_digits_worth(const struct qs *s, size_t i)
{
	size_t r = i, p;
	unsigned char c;

	while (r < s->n && dig(s->f[r]))
		r++;
	if (r - i == 8)
		return 1;
	if (r >= s->n)
		return 0;
	c = (unsigned char)s->f[r];
	if (c == '-' || c == '/' || c == '.' || qs_wordc(s, r) || c >= 0x80)
		return 1;
	if (c != ' ')
		return 0;
	p = qs_skipsp(s, r);
	if (p >= s->n)
		return 0;
	if (dig(s->f[p]))
		return r - i == 4;   /* 2016 10 16 */
	c = (unsigned char)s->lc[p];
	return strchr("jfmasondteuqhdwy-~", c) != NULL || c >= 0x80;
}

static unsigned latin_time_start(const struct qs *s, size_t i, size_t *we);

/*
 * The families of the word at I that its next word leaves possible, for
 * the commonest words: "the" (the next, the first of May), "a", "an",
 * "um", "uma" (a week later), "in", "em" (in two days), "no", "na" (na
 * próxima década).  The rest keep FAM.
 */
static unsigned
lt_narrow(const struct qs *s, size_t i, unsigned fam)
{
	size_t e = qs_wend(s, i), p = qs_skipsp(s, e);
	unsigned char c = p < s->n ? (unsigned char)s->lc[p] : 0;
	int d = p < s->n && dig(s->f[p]);

	if (p == e || !c)
		return fam;
	switch (e - i) {
	case 1:
		if (s->lc[i] == 'a')
			return s->lang == QT_PT || !letter_in(c, UNIT_FIRST & ~(LETTER('s') | LETTER('a'))) ?
			       fam & ~(unsigned)(T_COUNT | T_DAYW) : fam;
		break;
	case 2:
		if (!memcmp(s->lc + i, "in", 2) || !memcmp(s->lc + i, "em", 2))
			return d || (latin_time_start(s, p, &e) & (T_DAYW | T_COUNT)) ? fam : fam & ~(unsigned)T_COUNT;
		if (!memcmp(s->lc + i, "an", 2) || !memcmp(s->lc + i, "um", 2))
			return letter_in(c, UNIT_FIRST) ? fam : fam & ~(unsigned)(T_COUNT | T_DAYW);
		if (!memcmp(s->lc + i, "no", 2) || !memcmp(s->lc + i, "na", 2))
			return c == 'p' || c == 0xC3 ? fam : fam & ~(unsigned)T_MOD;
		break;
	case 3:
		if (!memcmp(s->lc + i, "the", 3)) {
			/* the next, the past (lt_rel); the first of May, the 18th (lt_point, as T_DAYW) */
			unsigned nf = d ? T_DAYW : latin_time_start(s, p, &e);

			return (fam & ~(unsigned)T_REL) | (nf & (T_REL | T_MOD) ? T_REL : 0) | (nf & T_DAYW);
		}
		if (!memcmp(s->lc + i, "uma", 3) || !memcmp(s->lc + i, "one", 3))
			return letter_in(c, UNIT_FIRST) ? fam : fam & ~(unsigned)(T_COUNT | T_DAYW);
		if (!memcmp(s->lc + i, "nos", 3) || !memcmp(s->lc + i, "nas", 3))
			return c == 'p' || c == 0xC3 ? fam : fam & ~(unsigned)T_MOD;
		break;
	}
	return fam;
}

/* Latin (English, Portuguese) dates at I. */
static size_t
latin_time(struct qs *s, size_t i, unsigned fam)
{
	int y = 0, y2 = 0, m, d = 0, dl = 0, a, b;
	size_t e, p, n, st = i, q;
	struct qt_time *t;

	if ((e = fyp(s, i)) > i)
		return e;
	if (dig(s->f[i])) {
		size_t r = i;

		while (r < s->n && dig(s->f[r]))
			r++;
		/* 123, 12345, 1,234, 30%: numbers; dates have 1, 2, 4 or 8 digits */
		if (r - i == 3 || (r - i > 4 && r - i != 8) ||
		    (r - i <= 2 && r + 1 < s->n && s->f[r] == ',' && dig(s->f[r + 1])) || (r < s->n && s->f[r] == '%'))
			return i;
		if (in_code(s, i))
			return i;
	}
	/* "na sexta-feira (29)": a day of the month after a weekday */
	if (i > 0 && s->f[i - 1] == '(' && (e = num_at(s, i, 1, 2, &d)) > i && e < s->n && s->f[e] == ')' && okday(d)) {
		static const char *const wd[] = { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
		                                  "sexta-feira", "sábado", "domingo", "monday", "tuesday",
		                                  "wednesday", "thursday", "friday", "saturday", "sunday" };
		size_t bk = qs_backsp(s, i - 1), k, wn;

		for (k = 0; k < sizeof wd / sizeof wd[0]; k++) {
			wn = strlen(wd[k]);
			if (bk >= wn && !memcmp(s->lc + bk - wn, wd[k], wn) && (bk == wn || !qs_wordc(s, bk - wn - 1))) {
				t = addt(s, i, e);
				if (s->dy && s->dm && s->dd) {
					m = s->dm, y = s->dy;
					if (d > s->dd && --m < 1)
						m = 12, y--;
					setv(t, y, m, d);
				}
				return e;
			}
		}
	}
	/* deadlines: "by 2025", "by the end of 2018", "até 2030", "até o final de 2025" */
	if ((fam & T_BY) && ((n = qs_atw(s, i, "by")) || (n = qs_atw(s, i, "até")) || (n = qs_atw(s, i, "ate")))) {
		p = qs_skipsp(s, i + n);
		if ((q = qs_at(s, p, "the end of ")) || (q = qs_at(s, p, "end of ")) ||
		    (q = qs_at(s, p, "o final de ")) || (q = qs_at(s, p, "o fim de ")) || (q = qs_at(s, p, "final de ")))
			p = qs_skipsp(s, p + q);
		if (year_at(s, p, &y) > p || month_at(s, p, &e)) {
			dl = 1;
			i = p;
			fam = T_ALL;
		} else if (qs_atw(s, p, "this year") || qs_atw(s, p, "next year") || qs_atw(s, p, "este ano") ||
		           qs_atw(s, p, "o fim do ano") || qs_atw(s, p, "o final do ano")) {
			int off = qs_atw(s, p, "next year") ? 1 : 0;

			e = p + (qs_atw(s, p, "this year") ? 9 : qs_atw(s, p, "next year") ? 9 : qs_atw(s, p, "este ano") ? 8 :
			         qs_atw(s, p, "o fim do ano") ? 12 : 14);
			t = addt(s, st, e);
			t->deadline = 1;
			setv(t, s->dy ? s->dy + off : 0, 0, 0);
			return e;
		}
	}
	if (!dl && !dig(s->f[i]))
		fam = lt_narrow(s, i, fam);
	else if (!dl && !lt_digits_worth(s, i))
		fam = 0;
	if (!dl && (fam & (T_REL | T_COUNT | T_WDAY | T_MOD | T_HOL | T_DAYW)) && (e = lt_rel(s, i, fam)) > i)
		return e;
	{
		struct dp o;

		if ((fam & (T_MONTH | T_DAYW | T_REL)) && (e = lt_point(s, i, &o)) > i && !(dl && o.weak)) {
			static const char *const opener[] = { "from", "between", "de", "entre", "desde" };
			size_t k;

			/* "from 12 to 22 January": the word that opens a range goes with it */
			for (k = 0; k < sizeof opener / sizeof opener[0] && o.d2 && st == i; k++)
				if (word_before(s, i, opener[k]) && qs_free(s, qs_backsp(s, i) - strlen(opener[k]), i))
					st = qs_backsp(s, i) - strlen(opener[k]);
			t = emit_dp(s, st, e, &o);
			t->deadline = dl;
			return e;
		}
	}
	/* ISO and slashed dates */
	if ((e = num_at(s, i, 4, 4, &y)) > i && y >= 1900 && y <= 2100 && e + 1 < s->n &&
	    (s->f[e] == '-' || s->f[e] == '/' || s->f[e] == '.')) {
		char sep = s->f[e];
		size_t me = num_at(s, e + 1, 1, 2, &m);

		if (me > e + 1 && m >= 1 && m <= 12 && me + 1 < s->n && s->f[me] == sep) {
			size_t de = num_at(s, me + 1, 1, 2, &d);
			if (de > me + 1 && okday(d) && !dig(s->f[de])) {
				t = addt(s, st, de);
				t->deadline = dl;
				setv(t, y, m, d);
				return de;
			}
		}
	}
	if ((e = num_at(s, i, 1, 2, &a)) > i && e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '.' || s->f[e] == '-')) {
		char sep = s->f[e];
		size_t me = num_at(s, e + 1, 1, 2, &b);

		if (me > e + 1 && me < s->n && s->f[me] == sep) {
			size_t ye = num_at(s, me + 1, 4, 4, &y);
			if (ye > me + 1 && y >= 1900 && y <= 2100 && !qs_wordc(s, ye)) {
				/* 5/17/2018 in English, 17/05/2018 elsewhere */
				m = s->lang == QT_EN ? a : b;
				d = s->lang == QT_EN ? b : a;
				if (m > 12 && d <= 12)
					m ^= d, d ^= m, m ^= d;
				if (m >= 1 && m <= 12 && okday(d)) {
					t = addt(s, st, ye);
					setv(t, y, m, d);
					return ye;
				}
			}
		}
	}
	/* Month D(, YYYY) | Month YYYY | Month of YYYY */
	if ((fam & T_MONTH) && (m = month_at(s, i, &e))) {
		size_t pe = e;

		/* "May" and "march" are words too: need a day or a year after them */
		p = qs_skipsp(s, e);
		if (s->lang != QT_PT && (q = num_at(s, p, 1, 2, &d)) > p && okday(d) && !qs_wordc(s, q + 2 - 2 + 0) &&
		    !(q < s->n && dig(s->f[q]))) {
			size_t r = q;

			if (qs_at(s, r, "st") || qs_at(s, r, "nd") || qs_at(s, r, "rd") || qs_at(s, r, "th"))
				r += 2;
			if (qs_wordc(s, r))
				goto nomd;
			pe = r;
			y = 0;
			r = qs_skipsp(s, (r < s->n && s->f[r] == ',') ? r + 1 : r);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e))
				pe = e;
			else
				y = s->dy;
			t = addt(s, st, pe);
			t->deadline = dl;
			setv(t, y, m, d);
			return pe;
		}
nomd:
		{
			size_t r = p;
			if ((n = qs_atw(s, r, "of")) || (n = qs_atw(s, r, "de")))
				r = qs_skipsp(s, r + n);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])) {
				t = addt(s, st, e);
				t->deadline = dl;
				setv(t, y, m, 0);
				return e;
			}
		}
		(void)pe;
		if (dl)
			return st;
	}
	/* D Month (YYYY) | D de Month (de YYYY) */
	if ((e = num_at(s, i, 1, 2, &d)) > i && okday(d) && !qs_wordc(s, e)) {
		p = qs_skipsp(s, e);
		if (s->lang == QT_PT && (n = qs_atw(s, p, "de")))
			p = qs_skipsp(s, p + n);
		if ((m = month_at(s, p, &e))) {
			size_t pe = e, r = qs_skipsp(s, e);

			y = s->dy;
			if ((n = qs_atw(s, r, "de")))
				r = qs_skipsp(s, r + n);
			if (r < s->n && s->f[r] == ',')
				r = qs_skipsp(s, r + 1);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e))
				pe = e;
			else
				y = s->dy;
			t = addt(s, st, pe);
			t->deadline = dl;
			setv(t, y, m, d);
			return pe;
		}
	}
	/* ranges of years: from 2018 to 2020, between 2018 and 2020, de 2018 a 2020, 2018-2020 */
	{
		size_t r = i, k;
		int form = 0;

		if ((n = qs_atw(s, r, "from")) || (n = qs_atw(s, r, "between")) || (n = qs_atw(s, r, "de")) ||
		    (n = qs_atw(s, r, "entre")) || (n = qs_atw(s, r, "desde")))
			r = qs_skipsp(s, r + n), form = s->lc[i] == 'b' || s->lc[i + 1] == 'n' ? 2 : 1;
		if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])) {
			p = qs_skipsp(s, e);
			k = 0;
			if (p < s->n && (s->f[p] == '-' || s->f[p] == '/'))
				k = 1;
			else if (qs_at(s, p, "–") || qs_at(s, p, "—"))
				k = 3;
			else if ((n = qs_atw(s, p, "to")) || (n = qs_atw(s, p, "through")) || (n = qs_atw(s, p, "a")) ||
			         (n = qs_atw(s, p, "até")) || (n = qs_atw(s, p, "till")) || (n = qs_atw(s, p, "until")))
				k = n;
			else if (form == 2 && ((n = qs_atw(s, p, "and")) || (n = qs_atw(s, p, "e"))))
				k = n;   /* "between 2007 and 2009"; "2007 and 2009" are two years */
			if (k) {
				q = qs_skipsp(s, p + k);
				if ((e = year_at(s, q, &y2)) > q && y2 > y && !qs_wordc(s, e) && !dig(s->f[e])) {
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
				if (k == 1 && s->f[p] == '-' && q == p + 1 && (e = num_at(s, q, 2, 2, &y2)) > q &&
				    !qs_wordc(s, e) && !dig(s->f[e]) && y2 >= 1 && y2 <= 12 &&
				    (s->f[q] == '0' || s->lang == QT_ZH)) {
					/* 2013-06: a month */
					t = addt(s, st, e);
					setv(t, y, y2, 0);
					return e;
				}
				if (k == 1 && (e = num_at(s, q, 2, 2, &y2)) > q && !qs_wordc(s, e) && !dig(s->f[e]) &&
				    y / 100 * 100 + y2 > y && y / 100 * 100 + y2 - y <= 10 &&
				    !(e + 1 < s->n && (s->f[e] == '-' || s->f[e] == '/') && dig(s->f[e + 1]))) {
					/* 2021-25; not 2015-32, a code */
					t = addt(s, st, e);
					setrange(t, y, 0, y / 100 * 100 + y2, 0);
					return e;
				}
			}
			(void)form;
		}
	}
	/* a bare year: after a preposition, or before punctuation */
	if ((e = year_at(s, i, &y)) > i && !qs_wordc(s, e) && !dig(s->f[e]) &&
	    !(e < s->n && (s->f[e] == '%' || s->f[e] == '.' || s->f[e] == ',') && e + 1 < s->n && dig(s->f[e + 1]))) {
		static const char *const preps[] = {
			"in", "since", "by", "from", "to", "until", "till", "of", "between", "and", "before", "after",
			"during", "year", "end", "early", "late", "mid", "through", "for", "at", "em", "desde", "até",
			"de", "entre", "e", "ano", "para", "no", "na", "fim", "início", "inicio", "final", "meados",
			"até", "in the", "fiscal", "the", "ate", "than", "around", "about", "as"
		};
		static const char *const verbs[] = { "is", "was", "will", "has", "had", "saw", "marks", "marked",
		                                     "é", "foi", "será", "marca", "marcou", "teve" };
		size_t k;
		int ok = 0;
		size_t nx = qs_skipsp(s, e);
		uint32_t cb;
		size_t bp;
		size_t wb = qs_backsp(s, i), wa = qs_wstart(s, wb);

		/* a word before the year, and a preposition of its first letter */
		for (k = 0; k < sizeof preps / sizeof preps[0] && !ok && wb > wa; k++)
			ok = preps[k][0] == s->lc[wa] && word_before(s, i, preps[k]);
		cb = qs_cp_before(s, qs_backsp(s, i), &bp);
		if (cb == '(' || cb == ',' || cb == 0)
			ok = ok || nx >= s->n || s->f[nx] == ',' || s->f[nx] == '.' || s->f[nx] == ')' || s->f[nx] == ';';
		if (nx >= s->n || s->f[nx] == ',' || s->f[nx] == ')' || s->f[nx] == ';' || s->f[nx] == ':' ||
		    (s->f[nx] == '.' && !(nx + 1 < s->n && dig(s->f[nx + 1]))))
			ok = ok || (cb != '$' && !dig((int)cb));
		/* "2021 is the first year of ...": a year opening the seg */
		if (qs_backsp(s, i) == 0 || (i > 0 && (s->f[i - 1] == '"' || s->f[i - 1] == '(')))
			for (k = 0; k < sizeof verbs / sizeof verbs[0] && !ok; k++)
				ok = qs_atw(s, nx, verbs[k]) > 0;
		if (i > 0 && (s->f[i - 1] == '$' || s->f[i - 1] == '-'))
			ok = 0;
		if (cb == '-' && bp > 0 && dig(s->f[qs_backsp(s, bp)  - (qs_backsp(s, bp) > 0)]))
			ok = 0;   /* "32 - 2015" */
		/* "2000 companies" stays a number; "in 2000 companies" is rare enough */
		if (ok) {
			t = addt(s, st, e);
			t->deadline = dl;
			setv(t, y, 0, 0);
			return e;
		}
	}
	if (dl)
		return st;
	/* quarters: "the first quarter of 2020", "Q3 2019", "terceiro trimestre de 2021" */
	if (fam & T_QUARTER) {
		static const char *const qn[] = { "first quarter of", "second quarter of", "third quarter of",
		                                  "fourth quarter of", "primeiro trimestre de", "segundo trimestre de",
		                                  "terceiro trimestre de", "quarto trimestre de" };
		size_t k;
		int qq = 0;

		for (k = 0; k < 8 && !qq; k++)
			if ((n = qs_atw(s, i, qn[k])))
				qq = (int)(k % 4) + 1;
		if (!qq && (s->f[i] == 'Q' || s->f[i] == 'q') && i + 2 < s->n && s->f[i + 1] >= '1' && s->f[i + 1] <= '4' &&
		    (s->f[i + 2] == ' ' || s->f[i + 2] == '-'))
			qq = s->f[i + 1] - '0', n = 3;
		if (qq) {
			p = qs_skipsp(s, i + n);
			if (n == 3 && qs_atw(s, p, "of"))
				p = qs_skipsp(s, p + 2);   /* "Q1 of 2019" */
			if ((e = year_at(s, p, &y)) > p && !qs_wordc(s, e) && !dig(s->f[e])) {
				t = addt(s, st, e);
				setrange(t, y, 3 * qq - 2, y, 3 * qq);
				return e;
			}
		}
	}
	/* halves: "first half of 2019", "primeiro semestre de 2019" */
	if (fam & T_HALF) {
		int h = 0;

		if ((n = qs_atw(s, i, "first half of")) || (n = qs_atw(s, i, "primeiro semestre de")))
			h = 1;
		else if ((n = qs_atw(s, i, "second half of")) || (n = qs_atw(s, i, "segundo semestre de")))
			h = 2;
		else if ((n = qs_atw(s, i, "first three quarters of")) || (n = qs_atw(s, i, "três primeiros trimestres de")))
			h = 3;
		if (h) {
			p = qs_skipsp(s, i + n);
			if ((e = year_at(s, p, &y)) > p && !qs_wordc(s, e)) {
				t = addt(s, st, e);
				setrange(t, y, h == 2 ? 7 : 1, y, h == 1 ? 6 : h == 2 ? 12 : 9);
				return e;
			}
		}
	}
	/* relative days and years */
	if (fam & T_REL) {
		static const struct {
			const char *w;
			int yoff, doff, kind;  /* kind 0: year, 1: day */
		} rel[] = {
			{ "this year", 0, 0, 0 }, { "last year", -1, 0, 0 }, { "next year", 1, 0, 0 },
			{ "the previous year", -1, 0, 0 }, { "the past year", -1, 0, 0 },
			{ "today", 0, 0, 1 }, { "yesterday", 0, -1, 1 }, { "tomorrow", 0, 1, 1 },
			{ "currently", 0, 0, 0 },
			{ "este ano", 0, 0, 0 }, { "neste ano", 0, 0, 0 }, { "deste ano", 0, 0, 0 },
			{ "ano passado", -1, 0, 0 }, { "próximo ano", 1, 0, 0 }, { "ano que vem", 1, 0, 0 },
			{ "hoje", 0, 0, 1 }, { "ontem", 0, -1, 1 }, { "amanhã", 0, 1, 1 }, { "atualmente", 0, 0, 0 },
		};
		size_t k;

		for (k = 0; k < sizeof rel / sizeof rel[0]; k++)
			if ((n = qs_atw(s, i, rel[k].w))) {
				if (rel[k].kind == 0 && s->lang == QT_PT && (rel[k].w[0] == 'c' || rel[k].w[0] == 't'))
					continue;
				if (rel[k].kind == 0 && s->lang != QT_PT && rel[k].w[0] != 'c' && rel[k].w[0] != 't' &&
				    rel[k].w[0] != 'l' && rel[k].w[0] != 'n')
					continue;
				t = addt(s, i, i + n);
				if (!s->dy)
					t->value[0] = '\0';
				else if (rel[k].kind == 0)
					setv(t, s->dy + rel[k].yoff, 0, 0);
				else if (s->dm && s->dd) {
					/* day arithmetic on the civil calendar */
					static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
					int yy = s->dy, mm = s->dm, dd = s->dd + rel[k].doff, ml;

					ml = mdays[mm - 1] + (mm == 2 && ((yy % 4 == 0 && yy % 100) || yy % 400 == 0));
					if (dd < 1) {
						if (--mm < 1)
							mm = 12, yy--;
						dd = mdays[mm - 1] + (mm == 2 && ((yy % 4 == 0 && yy % 100) || yy % 400 == 0));
					} else if (dd > ml) {
						dd = 1;
						if (++mm > 12)
							mm = 1, yy++;
					}
					setv(t, yy, mm, dd);
				} else
					t->value[0] = '\0';
				return i + n;
			}
	}
	return i;
}

/*
 * May a Chinese time start with the character C at I (L bytes long)?
 * zh_time() reads a digit, or one of these: 到 至 截(至), the numerals of
 * a year, 今年 本年 去年 明年 前年 后年 目前 当前 年内, 十(三五); and
 * zh_rel_day()'s 今天 昨日 后天 後天 上个月 下周 and the holidays (元旦
 * 国庆节 劳动节 圣诞节 ...).  Most characters start none.
 */
static int
zh_time_start(const struct qs *s, size_t i, uint32_t c, size_t l)
{
	size_t n;

	switch (c) {
	case 0x5230: case 0x81F3: case 0x622A:                          /* 到 至 截 */
	case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E09: /* 〇 零 一 二 三 */
	case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: /* 四 五 六 七 八 */
	case 0x4E5D: case 0x5341:                                        /* 九 十 */
	case 0x4ECA: case 0x672C: case 0x660E: case 0x524D:              /* 今 本 明 前 */
	case 0x540E: case 0x4E0A: case 0x4E0B: case 0x6628: case 0x5F8C: /* 后 上 下 昨 後 */
		return 1;
	/* these start one word each; common characters, tried by their next one */
	case 0x53BB:                                                     /* 去年 */
		return zh_char(s, i + l, "年") > 0;
	case 0x76EE: case 0x5F53:                                        /* 目前 当前 */
		return zh_char(s, i + l, "前") > 0;
	case 0x5E74:                                                     /* 年内 */
		return zh_char(s, i + l, "内") > 0;
	case 0x5143: case 0x56FD: case 0x570B: case 0x52B3: case 0x52DE: /* 元 国 國 劳 勞 */
	case 0x5723: case 0x8056: case 0x60C5: case 0x513F: case 0x5987: /* 圣 聖 情 儿 妇 */
	case 0x6559:                                                     /* 教: the holidays */
		return zh_hol_at(s, i, &n) >= 0;
	}
	return 0;
}

/* The first words of latin_time()'s forms that are not digits, with the families of forms each may start. */
static const struct {
	const char *w;
	unsigned fam;
} lt_words[] = {
	{ "by", T_BY }, { "até", T_BY }, { "ate", T_BY },
	{ "from", T_RANGE }, { "between", T_RANGE }, { "de", T_RANGE }, { "entre", T_RANGE },
	{ "desde", T_RANGE },
	{ "first", T_QUARTER | T_HALF | T_DAYW }, { "second", T_QUARTER | T_HALF | T_DAYW },
	{ "third", T_QUARTER | T_DAYW }, { "fourth", T_QUARTER | T_DAYW }, { "primeiro", T_QUARTER | T_HALF | T_DAYW },
	{ "segundo", T_QUARTER | T_HALF }, { "terceiro", T_QUARTER }, { "quarto", T_QUARTER }, { "q", T_QUARTER },
	{ "três", T_HALF | T_DAYW },
	{ "this", T_REL }, { "last", T_REL }, { "next", T_REL }, { "the", T_REL }, { "today", T_REL },
	{ "yesterday", T_REL }, { "tomorrow", T_REL }, { "currently", T_REL }, { "este", T_REL },
	{ "neste", T_REL }, { "deste", T_REL }, { "ano", T_REL }, { "próximo", T_REL }, { "hoje", T_REL },
	{ "ontem", T_REL }, { "amanhã", T_REL }, { "atualmente", T_REL }, { "sept", T_MONTH },
	{ "monday", T_WDAY }, { "tuesday", T_WDAY }, { "wednesday", T_WDAY }, { "thursday", T_WDAY },
	{ "friday", T_WDAY }, { "saturday", T_WDAY }, { "sunday", T_WDAY }, { "segunda", T_WDAY }, { "terça", T_WDAY },
	{ "quarta", T_WDAY }, { "quinta", T_WDAY }, { "sexta", T_WDAY }, { "sábado", T_WDAY }, { "domingo", T_WDAY },
	{ "previous", T_MOD }, { "past", T_MOD }, { "coming", T_MOD }, { "following", T_MOD },
	{ "upcoming", T_MOD }, { "current", T_MOD }, { "próxima", T_MOD }, { "esta", T_MOD }, { "nesta", T_MOD },
	{ "na", T_MOD }, { "nas", T_MOD }, { "no", T_MOD }, { "nos", T_MOD }, { "in", T_COUNT }, { "em", T_COUNT },
	{ "daqui", T_COUNT }, { "dentro", T_COUNT }, { "há", T_COUNT }, { "a", T_COUNT }, { "an", T_COUNT },
	{ "one", T_DAYW }, { "two", T_DAYW }, { "three", T_DAYW }, { "four", T_DAYW }, { "five", T_DAYW },
	{ "six", T_DAYW }, { "seven", T_DAYW }, { "eight", T_DAYW }, { "nine", T_DAYW }, { "ten", T_DAYW },
	{ "eleven", T_DAYW }, { "twelve", T_DAYW }, { "fifteen", T_DAYW }, { "twenty", T_DAYW }, { "thirty", T_DAYW },
	{ "fifth", T_DAYW }, { "sixth", T_DAYW }, { "seventh", T_DAYW }, { "eighth", T_DAYW }, { "ninth", T_DAYW },
	{ "tenth", T_DAYW }, { "eleventh", T_DAYW }, { "twelfth", T_DAYW }, { "thirteenth", T_DAYW },
	{ "fourteenth", T_DAYW }, { "fifteenth", T_DAYW }, { "sixteenth", T_DAYW }, { "seventeenth", T_DAYW },
	{ "eighteenth", T_DAYW }, { "nineteenth", T_DAYW }, { "twentieth", T_DAYW }, { "thirtieth", T_DAYW },
	{ "um", T_DAYW }, { "uma", T_DAYW }, { "dois", T_DAYW }, { "duas", T_DAYW }, { "quatro", T_DAYW },
	{ "cinco", T_DAYW }, { "seis", T_DAYW }, { "sete", T_DAYW }, { "oito", T_DAYW }, { "nove", T_DAYW },
	{ "dez", T_DAYW }, { "quinze", T_DAYW }, { "vinte", T_DAYW }, { "trinta", T_DAYW }, { "dia", T_WDAY | T_HOL },
	{ "christmas", T_HOL }, { "new", T_HOL }, { "independence", T_HOL }, { "international", T_HOL },
	{ "labour", T_HOL }, { "saint", T_HOL }, { "st", T_HOL }, { "earth", T_HOL }, { "valentine", T_HOL },
	{ "halloween", T_HOL }, { "natal", T_HOL }, { "twenties", T_HOL }, { "thirties", T_HOL },
	{ "forties", T_HOL }, { "fifties", T_HOL }, { "sixties", T_HOL }, { "seventies", T_HOL },
	{ "eighties", T_HOL }, { "nineties", T_HOL }, { "mês", T_MOD },
};
/*
 * The words above, the months and their abbreviations, with their
 * families, grouped by first byte (all ASCII) and length: words
 * lt_first[32 * c + n] to lt_first[32 * c + n + 1] - 1 of lt_tab start
 * with byte c and have n bytes.
 */
static struct {
	const char *w;
	unsigned short fam;
} lt_tab[sizeof lt_words / sizeof lt_words[0] + 48];
static unsigned short lt_first[128 * 32 + 1];
static size_t lt_ntab;

/* Builds lt_tab and lt_first, once, before the first scan: latin_time_start() calls nothing. */
static void
lt_table(void)
{
	size_t k, m, b;
	const char *all[sizeof lt_words / sizeof lt_words[0] + 48];
	unsigned allf[sizeof lt_words / sizeof lt_words[0] + 48];
	size_t bk[sizeof lt_words / sizeof lt_words[0] + 48];
	size_t na = 0;

	for (k = 0; k < sizeof lt_words / sizeof lt_words[0]; k++)
		all[na] = lt_words[k].w, allf[na++] = lt_words[k].fam;
	for (k = 0; k < 12; k++) {
		all[na] = months_en[k], allf[na++] = T_MONTH;
		all[na] = months_pt[k], allf[na++] = T_MONTH;
		all[na] = mon3_en[k], allf[na++] = T_MONTH;
		all[na] = mon3_pt[k], allf[na++] = T_MONTH;
	}
	for (k = 0; k < na; k++)
		if ((unsigned char)all[k][0] >= 0x80 || strlen(all[k]) > 31)
			die("latin_time_start: \"%s\" does not fit the table", all[k]);
	/* a counting sort into the buckets; a word twice ("may") is one entry with both families */
	for (k = 0; k < na; k++)
		bk[k] = (unsigned char)all[k][0] * 32 + strlen(all[k]), lt_first[bk[k] + 1]++;
	for (b = 0; b < 128 * 32; b++)
		lt_first[b + 1] += lt_first[b];
	for (k = 0; k < na; k++) {
		for (m = lt_first[bk[k]]; lt_tab[m].w && strcmp(lt_tab[m].w, all[k]); m++)
			;
		lt_tab[m].w = all[k];
		lt_tab[m].fam |= (unsigned short)allf[k];
	}
	/* the buckets now end where a twice-given word left a hole: close them up */
	for (b = 0, m = 0; b < 128 * 32; b++) {
		size_t end = lt_first[b + 1];

		lt_first[b] = (unsigned short)lt_ntab;
		for (; m < end; m++)
			if (lt_tab[m].w)
				lt_tab[lt_ntab++] = lt_tab[m];
	}
	lt_first[128 * 32] = (unsigned short)lt_ntab;
}

/*
 * May a Latin time start with the word at I (its letters, lower case)?
 * Without a digit at I, latin_time() reads only these first words: "by",
 * the months, "from", "between", the quarters and halves, the relative
 * words ("this year", "hoje"), Q of "Q3 2019".  Returns the families of
 * forms the word may start (T_BY ...), 0 for none.
 */
static unsigned
latin_time_start(const struct qs *s, size_t i, size_t *we)
{
	size_t e = i, n, k, m;
	const char *lw = s->lc + i;
	unsigned c;

	while (qs_wordc(s, e))
		e++;
	*we = e;
	n = e - i;
	c = (unsigned char)*lw;
	if (c >= 0x80 || n > 31)
		return 0;
	/* the words of C's first byte and N's length */
	for (m = lt_first[c * 32 + n]; m < lt_first[c * 32 + n + 1]; m++) {
		for (k = 1; k < n && lw[k] == lt_tab[m].w[k]; k++)
			;
		if (k == n)
			return lt_tab[m].fam;
	}
	return 0;
}

void
tx_scan(struct qs *s)
{
	size_t i = 0, e, l;
	uint32_t c;
	unsigned fam;
	size_t we;

	if (!lt_ntab)
		lt_table();
	while (i < s->n) {
		c = qs_cp(s, i, &l);
		if ((qs_han(c) && zh_time_start(s, i, c, l)) || (dig(s->f[i]) && zh_digits_worth(s, i))) {
			if ((e = zh_time(s, i)) > i) {
				i = e;
				continue;
			}
		}
		fam = 0;
		we = 0;
		if (qs_wordc(s, i) && !(i > 0 && qs_wordc(s, i - 1)))
			fam = latin_time_start(s, i, &we);
		else if (dig(s->f[i]) && !(i > 0 && (dig(s->f[i - 1]) || qs_wordc(s, i - 1))))
			fam = T_ALL;
		if (fam) {
			if ((e = latin_time(s, i, fam)) > i) {
				i = e;
				continue;
			}
		}
		if (qs_wordc(s, i))
			i = we > i && s->f[we] != '\'' ? we : qs_wend(s, i);  /* the letters latin_time_start() read */
		else if (dig(s->f[i]))
			while (i < s->n && dig(s->f[i]))
				i++;
		else
			i += l ? l : 1;
	}
	tx_finish(s);
}
