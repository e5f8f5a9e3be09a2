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

/* What the files of the time scanner share: timex-latin.c, timex-rel.c, timex-zh.c. */
#include "timex-int.h"

/* A year of the one range (date.h) in digits, or in Chinese numerals (二〇一九). */
size_t
tx_year_at(const struct qs *s, size_t i, int *y)
{
	size_t e, l, p;
	int k, d, x = 0;

	/* most calls are at a letter or a sign: no year starts there */
	if (i >= s->n || ((unsigned char)s->f[i] < 0x80 && !dig(s->f[i])))
		return i;
	e = num_at(s, i, 4, 4, y);
	if (e > i)
		return tx_year_ok(*y) ? e : i;
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
	if (!tx_year_ok(x))
		return i;
	*y = x;
	return p;
}

struct qt_time *
tx_addt(struct qs *s, size_t a, size_t b)
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

size_t
tx_addv(struct qs *s, size_t a, size_t b, int dl, int y, int m, int d)
{
	struct qt_time *t = tx_addt(s, a, b);

	t->deadline = dl;
	tx_setv(t, y, m, d);
	return b;
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

void
tx_setv(struct qt_time *t, int y, int m, int d)
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

void
tx_setrange(struct qt_time *t, int y1, int m1, int y2, int m2)
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

/* ---- the calendar ---- */

/*
 * Day D of the document's month (s->dy, s->dm): T dates it, or has no
 * value when the document has no month or the month no such day.
 */
void
tx_day_of_dated_month(const struct qs *s, struct qt_time *t, int d)
{
	if (s->dm && d <= monthlen(s->dy, s->dm))
		tx_setv(t, s->dy, s->dm, d);
	else
		t->value[0] = '\0';
}

/* Days since 1970-01-01 of a date of the civil calendar. */
long
tx_daynum(int y, int m, int d)
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

/* The document's date as a day number, or -1 when it has no day. */
long
tx_docday(const struct qs *s)
{
	static int y, m, d;
	static long z = -1;

	if (!(s->dy && s->dm && s->dd))
		return -1;
	if (s->dy != y || s->dm != m || s->dd != d)   /* the last date asked for, kept: most segs share it */
		y = s->dy, m = s->dm, d = s->dd, z = tx_daynum(y, m, d);
	return z;
}

/* Y-M-D moved by N units: 'd' days, 'w' weeks, 'm' months, 'y' years (the day clamped to the month). */
void
tx_addunits(int *y, int *m, int *d, int n, int unit)
{
	long z;

	if (unit == 'd' || unit == 'w') {
		z = tx_daynum(*y, *m, *d) + (long)n * (unit == 'w' ? 7 : 1);
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

void
tx_setday(struct qt_time *t, long z)
{
	int y, m, d;

	civil(z, &y, &m, &d);
	tx_setv(t, y, m, d);
}

/*
 * A range of days "2016-01-12-2016-01-22"; whole months ("2019-06-01" to
 * "2019-06-30") are written as a month or a range of months.
 */
void
tx_setdrange(struct qt_time *t, int y1, int m1, int d1, int y2, int m2, int d2)
{
	char *p = t->value;

	if (d1 == 1 && d2 == monthlen(y2, m2)) {
		if (y1 == y2 && m1 == m2)
			tx_setv(t, y1, m1, 0);
		else
			tx_setrange(t, y1, m1, y2, m2);
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

/* ---- ranges of two times, and the checks at the end ---- */

/* First and last day of the point T. */
static void
span_of(const struct qt_time *t, long *a, long *b)
{
	int m1 = t->m ? t->m : 1, m2 = t->m ? t->m : 12;

	*a = tx_daynum(t->y, m1, t->d ? t->d : 1);
	*b = tx_daynum(t->y, m2, t->d ? t->d : monthlen(t->y, m2));
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
		return tx_latin_conn(s, i, and);
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
		tx_setrange(a, a->y, 0, b->y, 0);
	else if (!a->d && !b->d)
		tx_setrange(a, a->y, a->m ? a->m : 1, b->y, b->m ? b->m : 12);
	else {
		int y1, m1, d1, y2, m2, d2;

		civil(a1, &y1, &m1, &d1);
		civil(b2, &y2, &m2, &d2);
		tx_setdrange(a, y1, m1, d1, y2, m2, d2);
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
				tx_setv(t, y, 2, 29);
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
		and = tx_pair_before(s, a->fa);
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

/*
 * Is the digit at I in a phone number or a code: a run of digits and '-'
 * with a group of three digits or more than four ("138-2010-2015",
 * "133-03-03-2020"), two years and more ("2010-2015-86"), or after a '+'
 * ("+86 2010-2015")?  Dates
 * ("10-1-2018-10-7-2018") and ranges ("2018-2020") are not.
 */
int
tx_in_code(const struct qs *s, size_t i)
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

void
tx_scan(struct qs *s)
{
	size_t i = 0, e, l;
	uint32_t c;
	unsigned fam;
	size_t we;

	tx_latin_init();
	while (i < s->n) {
		c = qs_cp(s, i, &l);
		if ((qs_han(c) && tx_zh_start(s, i, c, l)) || (dig(s->f[i]) && tx_zh_worth(s, i))) {
			if ((e = tx_zh_time(s, i)) > i) {
				i = e;
				continue;
			}
		}
		fam = 0;
		we = 0;
		if (qs_wordc(s, i) && !(i > 0 && qs_wordc(s, i - 1)))
			fam = tx_latin_start(s, i, &we);
		else if (dig(s->f[i]) && !(i > 0 && (dig(s->f[i - 1]) || qs_wordc(s, i - 1))))
			fam = T_ALL;
		if (fam) {
			if ((e = tx_latin_time(s, i, fam)) > i) {
				i = e;
				continue;
			}
		}
		if (qs_wordc(s, i))
			i = we > i && s->f[we] != '\'' ? we : qs_wend(s, i);  /* the letters tx_latin_start() read */
		else if (dig(s->f[i]))
			while (i < s->n && dig(s->f[i]))
				i++;
		else
			i += l ? l : 1;
	}
	tx_finish(s);
}
