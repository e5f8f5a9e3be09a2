/*
 * The Latin-script (English, Portuguese) recogniser of the time scanner:
 * the month names (the scanner's one month table), numbers and years in
 * words, the dates of tx_lt_point(), and tx_latin_time(), which tx_scan()
 * calls at a digit or at a word that may start a time, with the table of
 * those words.  The relative forms are in timex-rel.c.
 */
#include <string.h>

#include "date.h"
#include "die.h"
#include "timex.h"
#include "timex-int.h"

/*
 * The scanner's month names, by month, taken from the one month table
 * (date.h) by tx_months() before the first scan: the full names of each
 * language and their three-letter abbreviations.  The scanner reads
 * "Sept" as "Sep" and a 't' (abbr_at()), so it takes only the three-letter
 * abbreviations; English "May" is its own abbreviation; and of two full
 * names of a month it takes the first the table gives ("março", not
 * "marco"), so that it reads the words it always read.
 */
static const char *months_en[12], *mon3_en[12], *months_pt[12], *mon3_pt[12];

/* Fills the scanner's month names from date_months[]; the table must give every one. */
static void
tx_months(void)
{
	size_t k;
	int m;

	for (k = 0; k < date_nmonths; k++) {
		const struct date_month *d = &date_months[k];

		m = d->mon - 1;
		if (d->flags & DATE_ZH)
			continue;
		if (!(d->flags & DATE_ABBR)) {
			if ((d->flags & DATE_EN) && !months_en[m])
				months_en[m] = d->name;
			if ((d->flags & DATE_PT) && !months_pt[m])
				months_pt[m] = d->name;
		}
		if (d->len == 3) {
			if ((d->flags & DATE_EN) && !mon3_en[m])
				mon3_en[m] = d->name;
			if ((d->flags & DATE_PT) && !mon3_pt[m])
				mon3_pt[m] = d->name;
		}
	}
	for (m = 0; m < 12; m++)
		if (!months_en[m] || !months_pt[m] || !mon3_en[m] || !mon3_pt[m])
			die("timex: month %d lacks a name in the month table", m + 1);
}

/*
 * The abbreviated month of AB at I ("Sept", "Dec."), with CAP only a
 * capitalised one and not "May": 1..12 and its end in *E, or 0.
 */
static int
abbr_at(const struct qs *s, size_t i, const char **ab, int cap, size_t *e)
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
int
tx_month_at(const struct qs *s, size_t i, size_t *e)
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

/* ---- words of the Latin forms ---- */

/* The whole word at I among the N words of W: its index, its end in *E; -1 for none. */
int
tx_word_in(const struct qs *s, size_t i, const char *const *w, int n, size_t *e)
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
size_t
tx_sp_small(const struct qs *s, size_t i, int *v, int *ord)
{
	size_t e, p;
	int k, u;
	int pt = s->lang == QT_PT;

	*ord = 0;
	/* every number word starts with one of these */
	if (i >= s->n || !letter_in(s->lc[i], pt ? NUMBER_FIRST_PT : NUMBER_FIRST_EN) || !s->lc[i])
		return i;
	if (pt) {
		if ((k = tx_word_in(s, i, tens_pt, NW(tens_pt), &e)) >= 0) {
			*v = 20 + 10 * k;
			p = qs_skipsp(s, e);
			if (qs_atw(s, p, "e") && (u = tx_word_in(s, qs_skipsp(s, p + 1), card_pt, 10, &p)) >= 1) {
				*v += u;
				return p;
			}
			return e;
		}
		if ((k = tx_word_in(s, i, card_pt, NW(card_pt), &e)) >= 0) {
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
	if ((k = tx_word_in(s, i, tens_en, NW(tens_en), &e)) >= 0) {
		*v = 20 + 10 * k;
		p = e < s->n && (s->f[e] == '-' || s->f[e] == ' ') ? e + 1 : e;
		if (p > e && (u = tx_word_in(s, p, ord_en, 10, &p)) >= 1) {
			*v += u, *ord = 1;
			return p;
		}
		p = e < s->n && (s->f[e] == '-' || s->f[e] == ' ') ? e + 1 : e;
		if (p > e && (u = tx_word_in(s, p, card_en, 10, &p)) >= 1) {
			*v += u;
			return p;
		}
		return e;
	}
	if ((k = tx_word_in(s, i, ord_en, NW(ord_en), &e)) >= 1) {
		*v = k, *ord = 1;
		return e;
	}
	if ((k = tx_word_in(s, i, card_en, NW(card_en), &e)) >= 0) {
		*v = k;
		return e;
	}
	return i;
}

/*
 * A day of the month at I: 1-2 digits with an optional ordinal suffix
 * ("4th", "1º"), or in words.  *STRONG is set for a suffix or words.
 */
size_t
tx_lt_day(const struct qs *s, size_t i, int *d, int *strong)
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
	if ((e = tx_sp_small(s, i, d, &ord)) > i && okday(*d)) {
		*strong = 1;
		return e;
	}
	return i;
}

/* An abbreviated month at I in any case ("aug", "set"), with an optional '.': 1..12, its end in *E. */
static int
lt_abbr(const struct qs *s, size_t i, size_t *e)
{
	if (i > 0 && qs_wordc(s, i - 1))
		return 0;
	return abbr_at(s, i, s->lang == QT_PT ? mon3_pt : mon3_en, 0, e);
}

/* A month at I: a name (tx_month_at), or with LOOSE an abbreviation (lt_abbr): 1..12, its end in *E. */
static int
lt_mon(const struct qs *s, size_t i, size_t *e, int loose)
{
	int m;

	if ((m = tx_month_at(s, i, e)))
		return m;
	return loose ? lt_abbr(s, i, e) : 0;
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

	if (s->lang == QT_PT || (e = tx_sp_small(s, i, &a, &ord)) == i || ord)
		return i;
	p = qs_skipsp(s, e);
	if (((a >= 1 && a <= 2 && (n = qs_atw(s, p, "thousand"))) || (a >= 10 && a <= 29 && (n = qs_atw(s, p, "hundred"))))) {
		/* two thousand [and] fifteen, nineteen hundred [and] ninety three */
		e = p + n;
		*y = a * (n == 8 ? 1000 : 100);
		p = qs_skipsp(s, e);
		if (qs_atw(s, p, "and"))
			p = qs_skipsp(s, p + 3);
		if ((q = tx_sp_small(s, p, &b, &ord)) > p && !ord)
			*y += b, e = q;
		return e;
	}
	if (a >= 10 && a <= 29 && (q = tx_sp_small(s, p, &b, &ord)) > p && !ord && b >= 10) {
		*y = 100 * a + b;
		return q;
	}
	return i;
}

/*
 * A year after a day or a month at I: four digits, '94, a year in words,
 * or with TWO two digits ("April of 87", "maio de 68").  Its end, or I.
 */
size_t
tx_lt_year(const struct qs *s, size_t i, int *y, int two)
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
size_t
tx_latin_conn(const struct qs *s, size_t i, int and)
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
int
tx_pair_before(const struct qs *s, size_t i)
{
	size_t b = qs_backsp(s, i);

	if (qs_backsp(s, b) >= 3 && word_before(s, b, "the") && b >= 4)
		b = qs_backsp(s, qs_wstart(s, qs_backsp(s, b)));
	return word_before(s, i, "between") || word_before(s, i, "entre") || word_before(s, b, "between");
}

/* tx_latin_conn() at I; "and", "e" when a pair opens at ST ("between", "entre"). */
static size_t
lt_conn_pair(const struct qs *s, size_t i, size_t st)
{
	size_t n = tx_latin_conn(s, i, 0);

	if (!n && i < s->n && (s->lc[i] == 'a' || s->lc[i] == 'e') && tx_pair_before(s, st))
		n = tx_latin_conn(s, i, 1);
	return n;
}

/* Reads the year that may follow a day or a month at E into O: the new end. */
static size_t
lt_tail_year(const struct qs *s, size_t e, struct tx_dp *o)
{
	size_t r = qs_skipsp(s, e), n;
	int two = 0, comma = r < s->n && s->f[r] == ',';

	if (comma)
		r = qs_skipsp(s, r + 1);
	if ((n = qs_atw(s, r, "of")) || (n = qs_atw(s, r, "in")) || (n = qs_atw(s, r, "de")))
		r = qs_skipsp(s, r + n), two = 1;
	else if (s->lang == QT_PT && r > e && !comma)
		two = 1;   /* "23 de novembro 82" */
	if ((n = tx_lt_year(s, r, &o->y, two)) > r) {
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
 * The forms of tx_lt_point() by what they open with.  Each reads its form at
 * I into O and returns its end; one that may return I having decided (a
 * form that stops the others; O is then what it read so far, as callers
 * that looked past I see it) says so in *DONE, or returns an end > I.
 */

/* 20161016 at I. */
static size_t
lt_point_8(const struct qs *s, size_t i, struct tx_dp *o)
{
	size_t e;
	int a, y, m, d;

	if ((e = num_at(s, i, 8, 8, &a)) > i && !qs_wordc(s, e) && !(e < s->n && dig(s->f[e]))) {
		y = a / 10000, m = a / 100 % 100, d = a % 100;
		if (tx_year_ok(y) && m >= 1 && m <= 12 && d >= 1 && d <= monthlen(y, m)) {
			o->y = y, o->m = m, o->d = d, o->yset = 1;
			return e;
		}
	}
	return i;
}

/* After the year Y ending at E, SEP and a month: 2016-10-16, 2016.11.07, 2015-12, 2016-Oct-16, 2016-16-Oct, 2019-Q1.  The end, or E. */
static size_t
lt_point_ysep(const struct qs *s, size_t e, char sep, int y, struct tx_dp *o)
{
	size_t p = e + 1, q, n;
	int m, d;

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
	return e;
}

/* A date that opens with the year Y at I, ending at E: lt_point_ysep(), "2019 Q1", "2016 October", "2016 10 16".  The end, or I. */
static size_t
lt_point_year(const struct qs *s, size_t i, size_t e, int y, struct tx_dp *o)
{
	char sep = e < s->n ? s->f[e] : 0;
	size_t p, q, n;
	int m, d;

	o->y = y, o->yset = 1;
	if ((sep == '-' || sep == '/' || sep == '.') && e + 1 < s->n && (n = lt_point_ysep(s, e, sep, y, o)) > e)
		return n;
	p = qs_skipsp(s, e);
	if (p > e && p < s->n) {
		if ((o->q = qh_at(s, p, &n)))
			return n;
		if ((m = tx_month_at(s, p, &n)) && !(m == 5 && s->f[p] == 'm') && !dig(s->f[qs_skipsp(s, n)])) {
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

/*
 * Numbers A SEP B [SEP Y] at I, A ending at E and B at Q: 4/22/2016,
 * 22/04/2016, 12/12/30, 12-11-10 (year first in Chinese), and without a
 * year 22/04, 11/20, 29/2 (month first in English and Chinese).
 */
static size_t
lt_point_nums(const struct qs *s, size_t i, size_t e, int a, size_t q, int b, struct tx_dp *o)
{
	char sep = s->f[e];
	size_t p = e + 1, n, x = q, r;
	int c, y = 0, m, d;

	if (q + 1 < s->n && s->f[q] == sep && (n = num_at(s, q + 1, 4, 4, &c)) > q + 1 && tx_year_ok(c) &&
	    !qs_wordc(s, n) && !(n < s->n && dig(s->f[n])))
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
		m = s->lang == QT_EN ? a : b, d = s->lang == QT_EN ? b : a;
		if (m > 12 && d <= 12)
			c = m, m = d, d = c;
		if (m >= 1 && m <= 12 && okday(d)) {
			o->y = y, o->m = m, o->d = d, o->yset = 1;
			return x;
		}
		return i;
	}
	if (sep == '/' && !qs_wordc(s, q) && !(q < s->n && (dig(s->f[q]) || s->f[q] == '%' || s->f[q] == '/')) &&
	    !(q + 1 < s->n && (s->f[q] == '.' || s->f[q] == ',') && dig(s->f[q + 1])) &&
	    (e - i == 2 || q - p == 2 || date_cue_before(s, i))) {
		r = qs_skipsp(s, q);
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

/* A date that opens with a day or a month in digits at I: lt_point_nums(), or 05-Aug-2016, 5/Aug. */
static size_t
lt_point_dmy(const struct qs *s, size_t i, struct tx_dp *o, int *done)
{
	size_t e, p, q, n;
	int a, b, m, y;
	char sep;

	if (!((e = num_at(s, i, 1, 2, &a)) > i && e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '-' || s->f[e] == '.')))
		return i;
	sep = s->f[e];
	p = e + 1;
	if ((q = num_at(s, p, 1, 2, &b)) > p)
		return *done = 1, lt_point_nums(s, i, e, a, q, b, o);
	if (sep != '.' && (m = lt_mon(s, p, &q, 1)) && okday(a)) {
		*done = 1;
		o->m = m, o->d = a, o->y = s->dy;
		if (q + 1 < s->n && s->f[q] == sep && (n = tx_lt_year(s, q + 1, &y, 1)) > q + 1) {
			o->y = y, o->yset = 1;
			return n;
		}
		return qs_wordc(s, q) || (q < s->n && dig(s->f[q])) ? i : q;
	}
	return i;
}

/* [the] D [-D] [of|de] Month [Y] at I: "04th Jan 2019", "second of Aug", "9 to 12 of June", "9 de 8 de 1971". */
static size_t
lt_point_dm(const struct qs *s, size_t i, struct tx_dp *o)
{
	size_t e, p = i, q, n, x, r;
	int d, d2 = 0, st2, strong, m, y;

	if ((n = qs_atw(s, p, "the")))
		p = qs_skipsp(s, p + n);
	if ((e = tx_lt_day(s, p, &d, &strong)) == p)
		return i;
	q = qs_skipsp(s, e);
	if ((n = lt_conn_pair(s, q, i)) && !(s->f[q] == '-' && q > e)) {
		r = qs_skipsp(s, q + n);
		if ((x = qs_atw(s, r, "the")))
			r = qs_skipsp(s, r + x);
		if ((x = tx_lt_day(s, r, &d2, &st2)) > r && d2 > d)
			q = qs_skipsp(s, x);
		else
			d2 = 0;
	}
	if (qs_atw(s, q, "day") && qs_atw(s, qs_skipsp(s, q + 3), "of"))
		q = qs_skipsp(s, qs_skipsp(s, q + 3) + 2);
	else if ((n = qs_atw(s, q, "of")) || (s->lang == QT_PT && (n = qs_atw(s, q, "de"))))
		q = qs_skipsp(s, q + n);
	if ((m = lt_mon(s, q, &x, 1))) {
		o->m = m, o->d = d, o->d2 = d2, o->y = s->dy;
		if (d2 && d2 > monthlen(2000, m))
			o->d2 = 0;
		return lt_tail_year(s, x, o);
	}
	if (s->lang == QT_PT && q > e && word_before(s, q, "de") && (x = num_at(s, q, 1, 2, &m)) > q && m >= 1 &&
	    m <= 12 && qs_atw(s, qs_skipsp(s, x), "de")) {
		r = qs_skipsp(s, qs_skipsp(s, x) + 2);
		if ((n = tx_lt_year(s, r, &y, 1)) > r) {
			o->y = y, o->m = m, o->d = d, o->yset = 1;
			return n;
		}
	}
	return i;
}

/* After the month M at I, ending at E, a '/' or '-' and digits: Oct/2, Sep-23-2020, Dec-2018, Dec/2018, September-2020-23. */
static size_t
lt_point_mon_num(const struct qs *s, size_t i, size_t e, struct tx_dp *o, int *done)
{
	char sep = s->f[e];
	size_t p = e + 1, q, n;
	int y, d;

	if ((q = num_at(s, p, 4, 4, &y)) > p && tx_year_ok(y)) {
		*done = 1;
		o->y = y, o->yset = 1;
		if (q + 1 < s->n && s->f[q] == sep && (n = num_at(s, q + 1, 1, 2, &d)) > q + 1 && okday(d) &&
		    !qs_wordc(s, n) && !dig(s->f[n])) {
			o->d = d;
			return n;
		}
		return qs_wordc(s, q) || (q < s->n && dig(s->f[q])) ? i : q;
	}
	if ((q = num_at(s, p, 1, 2, &d)) > p && okday(d) && !qs_wordc(s, q)) {
		*done = 1;
		o->d = d;
		if (q + 1 < s->n && s->f[q] == sep && (n = tx_lt_year(s, q + 1, &y, 1)) > q + 1) {
			o->y = y, o->yset = 1;
			return n;
		}
		if (!(q < s->n && (dig(s->f[q]) || s->f[q] == '/')))
			return q;
		return i;
	}
	return i;
}

/*
 * A date that opens with the month M at I, ending at E: lt_point_mon_num(),
 * Month [,] [the] D[th] [-D] [, Y], Month [,|of|de|in] Y, or a month's name
 * alone, weak.
 */
static size_t
lt_point_month(const struct qs *s, size_t i, size_t e, int m, struct tx_dp *o, int *done)
{
	size_t p, q, n, x, r, z, r2, me;
	int y, d, d2, st2, strong;

	o->m = m, o->y = s->dy;
	if (e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '-') && dig(s->f[e + 1]) &&
	    ((x = lt_point_mon_num(s, i, e, o, done)) > i || *done))
		return x;
	p = qs_skipsp(s, e);
	if (p < s->n && s->f[p] == ',' && !dig(s->f[qs_skipsp(s, p + 1)]))
		p = qs_skipsp(s, p + 1);
	else if (p < s->n && s->f[p] == ',' && !(num_at(s, qs_skipsp(s, p + 1), 4, 4, &y) > qs_skipsp(s, p + 1)))
		p = qs_skipsp(s, p + 1);
	q = p;
	if ((n = qs_atw(s, q, "the")))
		q = qs_skipsp(s, q + n);
	if ((x = tx_lt_day(s, q, &d, &strong)) > q && (s->lang != QT_PT || strong || x >= s->n || s->f[x] == '-') &&
	    !(!dig(s->f[q]) && sp_year(s, q, &y) > x)) {   /* not "October two thousand and five" */
		r = qs_skipsp(s, x);
		o->d = d;
		if ((n = lt_conn_pair(s, r, i))) {
			r2 = qs_skipsp(s, r + n);
			if ((z = qs_atw(s, r2, "the")))
				r2 = qs_skipsp(s, r2 + z);
			if ((z = tx_lt_day(s, r2, &d2, &st2)) > r2 && d2 > d && d2 <= monthlen(2000, m) &&
			    !tx_month_at(s, qs_skipsp(s, z), &me) && !(z < s->n && s->f[z] == '/'))
				o->d2 = d2, x = z;
		}
		return *done = 1, lt_tail_year(s, x, o);
	}
	x = lt_tail_year(s, e, o);
	if (o->yset)
		return *done = 1, x;
	if (tx_month_at(s, i, &e)) {
		o->weak = 1;
		return *done = 1, e;
	}
	return i;
}

/*
 * A Latin date at I, read into O: a day, a month, or days of a month,
 * numeric ("4/22/2016", "22/04/2016", "2016.11.07", "20161016", "2015-12",
 * "2019-Q1") or with the month's name ("Dec. 31, 1994", "04th Jan 2019",
 * "the first of March", "Sep-23-2020", "november 18-19", "April of 87").
 * A month's name alone is weak.  Returns the end, or I.
 */
size_t
tx_lt_point(const struct qs *s, size_t i, struct tx_dp *o)
{
	size_t e;
	int y, m, done = 0;

	memset(o, 0, sizeof *o);
	if (i >= s->n)
		return i;
	if (i > 0 && (s->f[i - 1] == '$' || s->f[i - 1] == '+' ||
	              (i > 1 && (s->f[i - 1] == '.' || s->f[i - 1] == ',' || s->f[i - 1] == '/') && dig(s->f[i - 2]))))
		return i;
	if (dig(s->f[i])) {
		if ((e = lt_point_8(s, i, o)) > i)
			return e;
		if ((e = num_at(s, i, 4, 4, &y)) > i && tx_year_ok(y))
			return lt_point_year(s, i, e, y, o);
		if ((e = lt_point_dmy(s, i, o, &done)) > i || done)
			return e;
	}
	if ((e = lt_point_dm(s, i, o)) > i)
		return e;
	m = tx_month_at(s, i, &e);
	if (!m && (m = lt_abbr(s, i, &e)) && !(e + 1 < s->n && (s->f[e] == '-' || s->f[e] == '/') && dig(s->f[e + 1])))
		m = 0;
	if (m && ((e = lt_point_month(s, i, e, m, o, &done)) > i || done))
		return e;
	memset(o, 0, sizeof *o);
	return i;
}
/* Writes the point O read at [ST, E) as a time. */
struct qt_time *
tx_emit_dp(struct qs *s, size_t st, size_t e, const struct tx_dp *o)
{
	struct qt_time *t = tx_addt(s, st, e);

	if (o->q) {
		int m1 = o->q <= 4 ? 3 * o->q - 2 : o->q == 5 ? 1 : 7;

		tx_setrange(t, o->y, m1, o->y, o->q <= 4 ? m1 + 2 : m1 + 5);
		return t;
	}
	if (o->d2) {
		tx_setdrange(t, o->y, o->m, o->d, o->y, o->m, o->d2);
		t->yset = (unsigned char)o->yset;
		if (!o->y)
			t->value[0] = '\0';
		return t;
	}
	tx_setv(t, o->y, o->m, o->d);
	t->yset = (unsigned char)o->yset;
	t->weak = (unsigned char)o->weak;
	return t;
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
	t = tx_addt(s, i, p);
	{
		int a = 1966 + 5 * (n - 3);
		tx_setrange(t, a, 0, a + 4, 0);
	}
	return p;
}


/*
 * May the number at I start a form of tx_lt_rel() or tx_lt_point()?  Eight
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
			return d || (tx_latin_start(s, p, &e) & (T_DAYW | T_COUNT)) ? fam : fam & ~(unsigned)T_COUNT;
		if (!memcmp(s->lc + i, "an", 2) || !memcmp(s->lc + i, "um", 2))
			return letter_in(c, UNIT_FIRST) ? fam : fam & ~(unsigned)(T_COUNT | T_DAYW);
		if (!memcmp(s->lc + i, "no", 2) || !memcmp(s->lc + i, "na", 2))
			return c == 'p' || c == 0xC3 ? fam : fam & ~(unsigned)T_MOD;
		break;
	case 3:
		if (!memcmp(s->lc + i, "the", 3)) {
			/* the next, the past (tx_lt_rel); the first of May, the 18th (tx_lt_point, as T_DAYW) */
			unsigned nf = d ? T_DAYW : tx_latin_start(s, p, &e);

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

/*
 * Is the number at I one that may be in a date?  Dates have 1, 2, 4 or 8
 * digits, and are no part of a code ("138-2010-2015"): 123, 12345, 1,234,
 * 30% are numbers.
 */
static int
lt_date_digits(const struct qs *s, size_t i)
{
	size_t r = i;

	while (r < s->n && dig(s->f[r]))
		r++;
	if (r - i == 3 || (r - i > 4 && r - i != 8) ||
	    (r - i <= 2 && r + 1 < s->n && s->f[r] == ',' && dig(s->f[r + 1])) || (r < s->n && s->f[r] == '%'))
		return 0;
	return !tx_in_code(s, i);
}

/* "na sexta-feira (29)": a day of the month in parentheses after a weekday, at I.  The end, or I. */
static size_t
lt_paren_day(struct qs *s, size_t i)
{
	static const char *const wd[] = { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
	                                  "sexta-feira", "sábado", "domingo", "monday", "tuesday",
	                                  "wednesday", "thursday", "friday", "saturday", "sunday" };
	size_t e, bk, k, wn;
	struct qt_time *t;
	int y, m, d;

	if (!(i > 0 && s->f[i - 1] == '(' && (e = num_at(s, i, 1, 2, &d)) > i && e < s->n && s->f[e] == ')' && okday(d)))
		return i;
	bk = qs_backsp(s, i - 1);
	for (k = 0; k < sizeof wd / sizeof wd[0]; k++) {
		wn = strlen(wd[k]);
		if (bk >= wn && !memcmp(s->lc + bk - wn, wd[k], wn) && (bk == wn || !qs_wordc(s, bk - wn - 1))) {
			t = tx_addt(s, i, e);
			if (s->dy && s->dm && s->dd) {
				m = s->dm, y = s->dy;
				if (d > s->dd && --m < 1)
					m = 12, y--;
				tx_setv(t, y, m, d);
			}
			return e;
		}
	}
	return i;
}

/*
 * A deadline at I: "by 2025", "by the end of 2018", "até 2030", "até o
 * final de 2025", "by this year".  A year or a month after the word is
 * left to the forms below: *I moves to it and *DL is set.  The end of a
 * relative deadline ("by next year", "até o fim do ano") taken here, or I.
 */
static size_t
lt_by(struct qs *s, size_t *i, int *dl)
{
	size_t n, p, q, e, st = *i;
	struct qt_time *t;
	int y, off;

	if (!((n = qs_atw(s, st, "by")) || (n = qs_atw(s, st, "até")) || (n = qs_atw(s, st, "ate"))))
		return st;
	p = qs_skipsp(s, st + n);
	if ((q = qs_at(s, p, "the end of ")) || (q = qs_at(s, p, "end of ")) ||
	    (q = qs_at(s, p, "o final de ")) || (q = qs_at(s, p, "o fim de ")) || (q = qs_at(s, p, "final de ")))
		p = qs_skipsp(s, p + q);
	if (tx_year_at(s, p, &y) > p || tx_month_at(s, p, &e)) {
		*dl = 1;
		*i = p;
		return st;
	}
	if (!(qs_atw(s, p, "this year") || qs_atw(s, p, "next year") || qs_atw(s, p, "este ano") ||
	      qs_atw(s, p, "o fim do ano") || qs_atw(s, p, "o final do ano")))
		return st;
	off = qs_atw(s, p, "next year") ? 1 : 0;
	e = p + (qs_atw(s, p, "this year") ? 9 : qs_atw(s, p, "next year") ? 9 : qs_atw(s, p, "este ano") ? 8 :
	         qs_atw(s, p, "o fim do ano") ? 12 : 14);
	t = tx_addt(s, st, e);
	t->deadline = 1;
	tx_setv(t, s->dy ? s->dy + off : 0, 0, 0);
	return e;
}

/*
 * A point of tx_lt_point() at I, written from ST (a deadline's word) with
 * deadline DL; a range of days takes the word that opens it ("from 12 to
 * 22 January").  The end, or I.
 */
static size_t
lt_point_time(struct qs *s, size_t i, size_t st, int dl)
{
	static const char *const opener[] = { "from", "between", "de", "entre", "desde" };
	struct qt_time *t;
	struct tx_dp o;
	size_t e, k;

	if ((e = tx_lt_point(s, i, &o)) == i || (dl && o.weak))
		return i;
	for (k = 0; k < sizeof opener / sizeof opener[0] && o.d2 && st == i; k++)
		if (word_before(s, i, opener[k]) && qs_free(s, qs_backsp(s, i) - strlen(opener[k]), i))
			st = qs_backsp(s, i) - strlen(opener[k]);
	t = tx_emit_dp(s, st, e, &o);
	t->deadline = dl;
	return e;
}

/* ISO and slashed dates at I: 2016-10-16, 2016/10/16, 5/17/2018 (17/05/2018 but in English).  The end, or I. */
static size_t
lt_numeric(struct qs *s, size_t i, size_t st, int dl)
{
	struct qt_time *t;
	size_t e, me, de, ye;
	int y, m, d, a, b;
	char sep;

	if ((e = num_at(s, i, 4, 4, &y)) > i && tx_year_ok(y) && e + 1 < s->n &&
	    (s->f[e] == '-' || s->f[e] == '/' || s->f[e] == '.')) {
		sep = s->f[e];
		me = num_at(s, e + 1, 1, 2, &m);
		if (me > e + 1 && m >= 1 && m <= 12 && me + 1 < s->n && s->f[me] == sep) {
			de = num_at(s, me + 1, 1, 2, &d);
			if (de > me + 1 && okday(d) && !dig(s->f[de])) {
				return tx_addv(s, st, de, dl, y, m, d);
			}
		}
	}
	if ((e = num_at(s, i, 1, 2, &a)) > i && e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '.' || s->f[e] == '-')) {
		sep = s->f[e];
		me = num_at(s, e + 1, 1, 2, &b);
		if (me > e + 1 && me < s->n && s->f[me] == sep) {
			ye = num_at(s, me + 1, 4, 4, &y);
			if (ye > me + 1 && tx_year_ok(y) && !qs_wordc(s, ye)) {
				m = s->lang == QT_EN ? a : b;
				d = s->lang == QT_EN ? b : a;
				if (m > 12 && d <= 12)
					m ^= d, d ^= m, m ^= d;
				if (m >= 1 && m <= 12 && okday(d)) {
					t = tx_addt(s, st, ye);
					tx_setv(t, y, m, d);
					return ye;
				}
			}
		}
	}
	return i;
}

/*
 * Month D(, YYYY) | Month YYYY | Month of YYYY, the month's name at I
 * ending at E.  "May" and "march" are words too: they need a day or a
 * year after them.  The end, or I.
 */
static size_t
lt_month_first(struct qs *s, size_t i, size_t e, int m, size_t st, int dl)
{
	size_t p, q, r, n, pe;
	int y, d;

	p = qs_skipsp(s, e);
	if (s->lang != QT_PT && (q = num_at(s, p, 1, 2, &d)) > p && okday(d) && !qs_wordc(s, q) &&
	    !(q < s->n && dig(s->f[q]))) {
		r = q;
		if (qs_at(s, r, "st") || qs_at(s, r, "nd") || qs_at(s, r, "rd") || qs_at(s, r, "th"))
			r += 2;
		if (!qs_wordc(s, r)) {
			pe = r;
			y = 0;
			r = qs_skipsp(s, (r < s->n && s->f[r] == ',') ? r + 1 : r);
			if ((e = tx_year_at(s, r, &y)) > r && !qs_wordc(s, e))
				pe = e;
			else
				y = s->dy;
			return tx_addv(s, st, pe, dl, y, m, d);
		}
	}
	r = p;
	if ((n = qs_atw(s, r, "of")) || (n = qs_atw(s, r, "de")))
		r = qs_skipsp(s, r + n);
	if ((e = tx_year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])) {
		return tx_addv(s, st, e, dl, y, m, 0);
	}
	return i;
}

/* D Month (YYYY) | D de Month (de YYYY) at I.  The end, or I. */
static size_t
lt_day_first(struct qs *s, size_t i, size_t st, int dl)
{
	size_t e, p, n, pe, r;
	int y, m, d;

	if (!((e = num_at(s, i, 1, 2, &d)) > i && okday(d) && !qs_wordc(s, e)))
		return i;
	p = qs_skipsp(s, e);
	if (s->lang == QT_PT && (n = qs_atw(s, p, "de")))
		p = qs_skipsp(s, p + n);
	if (!(m = tx_month_at(s, p, &e)))
		return i;
	pe = e, r = qs_skipsp(s, e);
	y = s->dy;
	if ((n = qs_atw(s, r, "de")))
		r = qs_skipsp(s, r + n);
	if (r < s->n && s->f[r] == ',')
		r = qs_skipsp(s, r + 1);
	if ((e = tx_year_at(s, r, &y)) > r && !qs_wordc(s, e))
		pe = e;
	else
		y = s->dy;
	return tx_addv(s, st, pe, dl, y, m, d);
}

/* A range of years at I: from 2018 to 2020, between 2018 and 2020, de 2018 a 2020, 2018-2020, 2021-25.  The end, or I. */
static size_t
lt_year_range(struct qs *s, size_t i, size_t st)
{
	struct qt_time *t;
	size_t r = i, k, n, e, p, q;
	int form = 0, y, y2;

	if ((n = qs_atw(s, r, "from")) || (n = qs_atw(s, r, "between")) || (n = qs_atw(s, r, "de")) ||
	    (n = qs_atw(s, r, "entre")) || (n = qs_atw(s, r, "desde")))
		r = qs_skipsp(s, r + n), form = s->lc[i] == 'b' || s->lc[i + 1] == 'n' ? 2 : 1;
	if (!((e = tx_year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])))
		return i;
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
	if (!k)
		return i;
	q = qs_skipsp(s, p + k);
	if ((e = tx_year_at(s, q, &y2)) > q && y2 > y && !qs_wordc(s, e) && !dig(s->f[e])) {
		t = tx_addt(s, st, e);
		tx_setrange(t, y, 0, y2, 0);
		return e;
	}
	if (k == 1 && s->f[p] == '-' && q == p + 1 && (e = num_at(s, q, 2, 2, &y2)) > q &&
	    !qs_wordc(s, e) && !dig(s->f[e]) && y2 >= 1 && y2 <= 12 &&
	    (s->f[q] == '0' || s->lang == QT_ZH)) {
		/* 2013-06: a month */
		t = tx_addt(s, st, e);
		tx_setv(t, y, y2, 0);
		return e;
	}
	if (k == 1 && (e = num_at(s, q, 2, 2, &y2)) > q && !qs_wordc(s, e) && !dig(s->f[e]) &&
	    y / 100 * 100 + y2 > y && y / 100 * 100 + y2 - y <= 10 &&
	    !(e + 1 < s->n && (s->f[e] == '-' || s->f[e] == '/') && dig(s->f[e + 1]))) {
		/* 2021-25; not 2015-32, a code */
		t = tx_addt(s, st, e);
		tx_setrange(t, y, 0, y / 100 * 100 + y2, 0);
		return e;
	}
	return i;
}

/*
 * Is the year at I, ending at E, one by its context: after a preposition,
 * before punctuation, or a year opening the seg before a verb ("2021 is
 * the first year of ...")?  "2000 companies" stays a number; "in 2000
 * companies" is rare enough.
 */
static int
lt_year_alone(const struct qs *s, size_t i, size_t e)
{
	static const char *const preps[] = {
		"in", "since", "by", "from", "to", "until", "till", "of", "between", "and", "before", "after",
		"during", "year", "end", "early", "late", "mid", "through", "for", "at", "em", "desde", "até",
		"de", "entre", "e", "ano", "para", "no", "na", "fim", "início", "inicio", "final", "meados",
		"até", "in the", "fiscal", "the", "ate", "than", "around", "about", "as"
	};
	static const char *const verbs[] = { "is", "was", "will", "has", "had", "saw", "marks", "marked",
	                                     "é", "foi", "será", "marca", "marcou", "teve" };
	size_t k, bp, nx = qs_skipsp(s, e);
	size_t wb = qs_backsp(s, i), wa = qs_wstart(s, wb);
	uint32_t cb;
	int ok = 0;

	/* a word before the year, and a preposition of its first letter */
	for (k = 0; k < sizeof preps / sizeof preps[0] && !ok && wb > wa; k++)
		ok = preps[k][0] == s->lc[wa] && word_before(s, i, preps[k]);
	cb = qs_cp_before(s, qs_backsp(s, i), &bp);
	if (cb == '(' || cb == ',' || cb == 0)
		ok = ok || nx >= s->n || s->f[nx] == ',' || s->f[nx] == '.' || s->f[nx] == ')' || s->f[nx] == ';';
	if (nx >= s->n || s->f[nx] == ',' || s->f[nx] == ')' || s->f[nx] == ';' || s->f[nx] == ':' ||
	    (s->f[nx] == '.' && !(nx + 1 < s->n && dig(s->f[nx + 1]))))
		ok = ok || (cb != '$' && !dig((int)cb));
	if (qs_backsp(s, i) == 0 || (i > 0 && (s->f[i - 1] == '"' || s->f[i - 1] == '(')))
		for (k = 0; k < sizeof verbs / sizeof verbs[0] && !ok; k++)
			ok = qs_atw(s, nx, verbs[k]) > 0;
	if (i > 0 && (s->f[i - 1] == '$' || s->f[i - 1] == '-'))
		ok = 0;
	if (cb == '-' && bp > 0 && dig(s->f[qs_backsp(s, bp)  - (qs_backsp(s, bp) > 0)]))
		ok = 0;   /* "32 - 2015" */
	return ok;
}

/* A bare year at I that lt_year_alone() takes.  The end, or I. */
static size_t
lt_bare_year(struct qs *s, size_t i, size_t st, int dl)
{
	size_t e;
	int y;

	if (!((e = tx_year_at(s, i, &y)) > i && !qs_wordc(s, e) && !dig(s->f[e]) &&
	      !(e < s->n && (s->f[e] == '%' || s->f[e] == '.' || s->f[e] == ',') && e + 1 < s->n && dig(s->f[e + 1]))))
		return i;
	if (!lt_year_alone(s, i, e))
		return i;
	return tx_addv(s, st, e, dl, y, 0, 0);
}

/* Quarters at I: "the first quarter of 2020", "Q3 2019", "terceiro trimestre de 2021".  The end, or I. */
static size_t
lt_quarter(struct qs *s, size_t i)
{
	static const char *const qn[] = { "first quarter of", "second quarter of", "third quarter of",
	                                  "fourth quarter of", "primeiro trimestre de", "segundo trimestre de",
	                                  "terceiro trimestre de", "quarto trimestre de" };
	struct qt_time *t;
	size_t k, n = 0, p, e;
	int qq = 0, y;

	for (k = 0; k < 8 && !qq; k++)
		if ((n = qs_atw(s, i, qn[k])))
			qq = (int)(k % 4) + 1;
	if (!qq && (s->f[i] == 'Q' || s->f[i] == 'q') && i + 2 < s->n && s->f[i + 1] >= '1' && s->f[i + 1] <= '4' &&
	    (s->f[i + 2] == ' ' || s->f[i + 2] == '-'))
		qq = s->f[i + 1] - '0', n = 3;
	if (!qq)
		return i;
	p = qs_skipsp(s, i + n);
	if (n == 3 && qs_atw(s, p, "of"))
		p = qs_skipsp(s, p + 2);   /* "Q1 of 2019" */
	if ((e = tx_year_at(s, p, &y)) > p && !qs_wordc(s, e) && !dig(s->f[e])) {
		t = tx_addt(s, i, e);
		tx_setrange(t, y, 3 * qq - 2, y, 3 * qq);
		return e;
	}
	return i;
}

/* Halves at I: "first half of 2019", "primeiro semestre de 2019", "first three quarters of".  The end, or I. */
static size_t
lt_half(struct qs *s, size_t i)
{
	struct qt_time *t;
	size_t n, p, e;
	int h = 0, y;

	if ((n = qs_atw(s, i, "first half of")) || (n = qs_atw(s, i, "primeiro semestre de")))
		h = 1;
	else if ((n = qs_atw(s, i, "second half of")) || (n = qs_atw(s, i, "segundo semestre de")))
		h = 2;
	else if ((n = qs_atw(s, i, "first three quarters of")) || (n = qs_atw(s, i, "três primeiros trimestres de")))
		h = 3;
	if (!h)
		return i;
	p = qs_skipsp(s, i + n);
	if ((e = tx_year_at(s, p, &y)) > p && !qs_wordc(s, e)) {
		t = tx_addt(s, i, e);
		tx_setrange(t, y, h == 2 ? 7 : 1, y, h == 1 ? 6 : h == 2 ? 12 : 9);
		return e;
	}
	return i;
}

/* Relative days and years at I: "this year", "yesterday", "currently", "ano que vem", "hoje".  The end, or I. */
static size_t
lt_rel_word(struct qs *s, size_t i)
{
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
	struct qt_time *t;
	size_t k, n;

	for (k = 0; k < sizeof rel / sizeof rel[0]; k++) {
		if (!(n = qs_atw(s, i, rel[k].w)))
			continue;
		if (rel[k].kind == 0 && s->lang == QT_PT && (rel[k].w[0] == 'c' || rel[k].w[0] == 't'))
			continue;
		if (rel[k].kind == 0 && s->lang != QT_PT && rel[k].w[0] != 'c' && rel[k].w[0] != 't' &&
		    rel[k].w[0] != 'l' && rel[k].w[0] != 'n')
			continue;
		t = tx_addt(s, i, i + n);
		if (!s->dy)
			t->value[0] = '\0';
		else if (rel[k].kind == 0)
			tx_setv(t, s->dy + rel[k].yoff, 0, 0);
		else if (s->dm && s->dd) {
			int yy = s->dy, mm = s->dm, dd = s->dd + rel[k].doff;

			if (dd < 1) {
				if (--mm < 1)
					mm = 12, yy--;
				dd = monthlen(yy, mm);
			} else if (dd > monthlen(yy, mm)) {
				dd = 1;
				if (++mm > 12)
					mm = 1, yy++;
			}
			tx_setv(t, yy, mm, dd);
		} else
			t->value[0] = '\0';
		return i + n;
	}
	return i;
}

/*
 * Latin (English, Portuguese) dates at I, of the families FAM: the forms
 * are tried in this order, the first that reads a time wins.  After a
 * deadline's word ("by", "até") only the forms of a year or a month are.
 */
size_t
tx_latin_time(struct qs *s, size_t i, unsigned fam)
{
	size_t e, st = i;
	int m, dl = 0;

	if ((e = fyp(s, i)) > i)
		return e;
	if (dig(s->f[i]) && !lt_date_digits(s, i))
		return i;
	if ((e = lt_paren_day(s, i)) > i)
		return e;
	if ((fam & T_BY) && (e = lt_by(s, &i, &dl)) > st)
		return e;
	if (dl)
		fam = T_ALL;
	else if (!dig(s->f[i]))
		fam = lt_narrow(s, i, fam);
	else if (!lt_digits_worth(s, i))
		fam = 0;
	if (!dl && (fam & (T_REL | T_COUNT | T_WDAY | T_MOD | T_HOL | T_DAYW)) && (e = tx_lt_rel(s, i, fam)) > i)
		return e;
	if ((fam & (T_MONTH | T_DAYW | T_REL)) && (e = lt_point_time(s, i, st, dl)) > i)
		return e;
	if ((e = lt_numeric(s, i, st, dl)) > i)
		return e;
	if ((fam & T_MONTH) && (m = tx_month_at(s, i, &e))) {
		if ((e = lt_month_first(s, i, e, m, st, dl)) > i)
			return e;
		if (dl)
			return st;
	}
	if ((e = lt_day_first(s, i, st, dl)) > i || (e = lt_year_range(s, i, st)) > i ||
	    (e = lt_bare_year(s, i, st, dl)) > i)
		return e;
	if (dl)
		return st;
	if ((fam & T_QUARTER) && (e = lt_quarter(s, i)) > i)
		return e;
	if ((fam & T_HALF) && (e = lt_half(s, i)) > i)
		return e;
	if ((fam & T_REL) && (e = lt_rel_word(s, i)) > i)
		return e;
	return i;
}

/* The first words of tx_latin_time()'s forms that are not digits, with the families of forms each may start. */
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

/* Builds lt_tab and lt_first, once, before the first scan: tx_latin_start() calls nothing. */
static void
lt_table(void)
{
	size_t k, m, b;
	const char *all[sizeof lt_words / sizeof lt_words[0] + 48];
	unsigned allf[sizeof lt_words / sizeof lt_words[0] + 48];
	size_t bk[sizeof lt_words / sizeof lt_words[0] + 48];
	size_t na = 0;

	tx_months();
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

void
tx_latin_init(void)
{
	if (!lt_ntab)
		lt_table();
}

/*
 * May a Latin time start with the word at I (its letters, lower case)?
 * Without a digit at I, tx_latin_time() reads only these first words: "by",
 * the months, "from", "between", the quarters and halves, the relative
 * words ("this year", "hoje"), Q of "Q3 2019".  Returns the families of
 * forms the word may start (T_BY ...), 0 for none.
 */
unsigned
tx_latin_start(const struct qs *s, size_t i, size_t *we)
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
