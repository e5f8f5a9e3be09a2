/*
 * The relative Latin (English, Portuguese) times of the time scanner, read
 * against the date of the document: "last month", "next quarter", "the
 * next decade", "next Friday", "sexta-feira passada", "Monday 21", "in two
 * days", "3 days ago", "daqui a dois dias", the 1990s, fixed holidays.
 * tx_latin_time() calls tx_lt_rel() before it looks for dates.
 */
#include <string.h>

#include "timex.h"
#include "timex-int.h"

static const char *const wday_en[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
static const char *const wday_pt[] = { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
	                               "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta" };

/* A weekday's name at I: 0 (Monday) .. 6, its end in *E; -1 for none. */
static int
wday_at(const struct qs *s, size_t i, size_t *e)
{
	int k;

	if (s->lang == QT_PT) {
		k = tx_word_in(s, i, wday_pt, NW(wday_pt), e);
		return k < 0 ? -1 : k % 7;
	}
	return tx_word_in(s, i, wday_en, NW(wday_en), e);
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
	if ((e = tx_sp_small(s, i, n, &ord)) > i && !ord && *n > 0)
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

	if (tx_docday(s) < 0) {
		t->value[0] = '\0';
		return;
	}
	if (unit == 'f')
		n *= 2, unit = 'w';
	tx_addunits(&y, &m, &d, n, unit);
	tx_setv(t, y, m, d);
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

/* The 1990s, the 90s, 1990 s, the 21st century at a digit at I; with T_HOL in FAM, nineties.  The end, or I. */
static size_t
lt_decade(struct qs *s, size_t i, unsigned fam)
{
	static const char *const dec[] = { "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
	                                   "eighties", "nineties" };
	struct qt_time *t;
	size_t e, p;
	int y, c;

	if (dig(s->f[i])) {
		if ((e = num_at(s, i, 4, 4, &y)) > i && y % 10 == 0 && y >= 1000 && y <= 2990) {
			p = e < s->n && s->f[e] == ' ' ? e + 1 : e;
			if (qs_at(s, p, "s") && !qs_wordc(s, p + 1)) {
				t = tx_addt(s, i, p + 1);
				tx_setrange(t, y, 0, y + 9, 0);
				return p + 1;
			}
		}
		if ((e = num_at(s, i, 2, 2, &y)) > i && y % 10 == 0 && (word_before(s, i, "the") || word_before(s, i, "in"))) {
			p = e < s->n && s->f[e] == ' ' ? e + 1 : e;
			if (qs_at(s, p, "s") && !qs_wordc(s, p + 1)) {
				t = tx_addt(s, i, p + 1);
				tx_setrange(t, 1900 + y, 0, 1909 + y, 0);
				return p + 1;
			}
		}
		if ((e = num_at(s, i, 1, 2, &c)) > i && c >= 1 && c <= 21 &&
		    (qs_at(s, e, "st") || qs_at(s, e, "nd") || qs_at(s, e, "rd") || qs_at(s, e, "th")) &&
		    qs_atw(s, qs_skipsp(s, e + 2), "century")) {
			p = qs_skipsp(s, e + 2) + 7;
			t = tx_addt(s, i, p);
			tx_setrange(t, 100 * (c - 1), 0, 100 * (c - 1) + 99, 0);
			return p;
		}
	}
	if (s->lang == QT_EN && (fam & T_HOL) && (c = tx_word_in(s, i, dec, NW(dec), &e)) >= 0) {
		t = tx_addt(s, i, e);
		tx_setrange(t, 1920 + 10 * c, 0, 1929 + 10 * c, 0);
		return e;
	}
	return i;
}

/*
 * A holiday at I, with a year after it or in the document's year (day Z;
 * unresolved without one).  "next Christmas", "last Easter" are read by
 * lt_mod_holiday().  The end, or I.
 */
static size_t
lt_holiday(struct qs *s, size_t i, long z)
{
	struct qt_time *t;
	size_t k, n, e, r, q;
	int y;

	for (k = 0; k < sizeof holidays / sizeof holidays[0]; k++) {
		if (!(n = qs_atw(s, i, holidays[k].w)))
			continue;
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
		if ((q = tx_lt_year(s, r, &y, 0)) > r)
			e = q;
		t = tx_addt(s, i, e);
		if (q > r)
			tx_setv(t, y, holidays[k].m, holidays[k].d);
		else if (z >= 0)
			tx_setday(t, tx_daynum(s->dy, holidays[k].m, holidays[k].d));
		else
			t->value[0] = '\0';
		return e;
	}
	return i;
}

/*
 * The direction of a count of units ending at R ("3 days ago", "two weeks
 * from tomorrow", "dois meses depois"): -1 or 1, 0 for none; the day it
 * counts from (-1 yesterday, 1 tomorrow) in *BASE, its end in *E.
 */
static int
lt_count_dir(const struct qs *s, size_t r, int *base, size_t *e)
{
	size_t n;
	int dir = 0;

	if ((n = qs_atw(s, r, "ago")) || (n = qs_atw(s, r, "atrás")) || (n = qs_atw(s, r, "atras")) ||
	    (n = qs_atw(s, r, "earlier")) || (n = qs_atw(s, r, "before")))
		dir = -1, *e = r + n;
	else if ((n = qs_atw(s, r, "later")) || (n = qs_atw(s, r, "from now")) || (n = qs_atw(s, r, "hence")) ||
	         (n = qs_atw(s, r, "depois")))
		dir = 1, *e = r + n;
	if ((n = qs_atw(s, r, "from today")) || (n = qs_atw(s, r, "after today")) ||
	    (n = qs_atw(s, r, "depois de hoje")))
		dir = 1, *e = r + n;
	else if ((n = qs_atw(s, r, "from tomorrow")) || (n = qs_atw(s, r, "after tomorrow")) ||
	         (n = qs_atw(s, r, "from tmrw")) || (n = qs_atw(s, r, "depois de amanhã")))
		dir = 1, *base = 1, *e = r + n;
	else if ((n = qs_atw(s, r, "before today")) || (n = qs_atw(s, r, "antes de hoje")))
		dir = -1, *e = r + n;
	else if ((n = qs_atw(s, r, "before yesterday")) || (n = qs_atw(s, r, "antes de ontem")))
		dir = -1, *base = -1, *e = r + n;
	return dir;
}

/*
 * A count of units from the document's date (day Z) at I: "in two days",
 * "3 days ago", "daqui a dois dias", "dois meses atrás", "two weeks from
 * tomorrow".  "in 3 years" is as often how long as when: after "in",
 * only days and weeks.  The end, or I.
 */
static size_t
lt_count(struct qs *s, size_t i, long z)
{
	struct qt_time *t;
	size_t a = i, n, e, q;
	int pre = 0, c, u, dir = 0, base = 0, y, m, d;

	if ((n = qs_atw(s, a, "in")) || (s->lang == QT_PT && ((n = qs_atw(s, a, "em")) || (n = qs_atw(s, a, "daqui a")) ||
	                                                     (n = qs_atw(s, a, "dentro de")) || (n = qs_atw(s, a, "há")))))
		pre = s->lc[a] == 'h' ? -1 : 1, a = qs_skipsp(s, a + n);
	if (!((e = count_at(s, a, &c)) > a && (u = unit_at(s, qs_skipsp(s, e), &q))))
		return i;
	if (pre == 1 && (u == 'd' || u == 'w' || u == 'f' || s->lc[i] == 'd'))
		dir = 1, e = q;
	else if (pre == -1)
		dir = -1, e = q;
	if (!pre)
		dir = lt_count_dir(s, qs_skipsp(s, q), &base, &e);
	if (!dir)
		return i;
	t = tx_addt(s, i, e);
	if (z < 0)
		t->value[0] = '\0';
	else {
		y = s->dy, m = s->dm, d = s->dd;
		tx_addunits(&y, &m, &d, base, 'd');
		tx_addunits(&y, &m, &d, dir * c * (u == 'f' ? 2 : 1), u == 'f' ? 'w' : u);
		tx_setv(t, y, m, d);
	}
	return e;
}

/*
 * A date after the weekday W at I, its name ending at E: "Monday 21",
 * "tuesday the eleventh", "terça-feira dia 25", "friday 5/12",
 * "sexta-feira passada" (against day Z).  The end, or I.
 */
static size_t
lt_wday(struct qs *s, size_t i, int w, size_t e, long z)
{
	struct qt_time *t;
	struct tx_dp o;
	size_t p, q, n;
	int d, c;

	p = qs_skipsp(s, e);
	q = p < s->n && s->f[p] == ',' ? qs_skipsp(s, p + 1) : p;
	if ((q = tx_lt_point(s, q, &o)) > p && !o.weak && o.d && !o.d2) {
		tx_emit_dp(s, i, q, &o);
		return q;
	}
	if ((n = qs_atw(s, p, "the")) || (n = qs_atw(s, p, "dia")))
		p = qs_skipsp(s, p + n);
	if ((q = tx_lt_point(s, p, &o)) > p && !o.weak && o.d && !o.d2) {
		tx_emit_dp(s, i, q, &o);
		return q;
	}
	if ((q = tx_lt_day(s, p, &d, &c)) > p && !tx_month_at(s, qs_skipsp(s, q), &n)) {
		t = tx_addt(s, i, q);
		tx_day_of_dated_month(s, t, d);
		return q;
	}
	/* sexta-feira passada, a próxima sexta */
	if (s->lang == QT_PT && ((n = qs_atw(s, p, "passada")) || (n = qs_atw(s, p, "passado")) ||
	                         (n = qs_atw(s, p, "que vem")))) {
		t = tx_addt(s, i, p + n);
		if (z < 0)
			t->value[0] = '\0';
		else
			tx_setday(t, z - tx_weekday(z) + (s->lc[p] == 'q' ? 7 : -7) + w);
		return p + n;
	}
	return i;
}

/* "mês passado", "mês que vem" at I, "mês" N bytes long: the month before or after the document's.  The end, or I. */
static size_t
lt_mes(struct qs *s, size_t i, size_t n)
{
	struct qt_time *t;
	size_t p = qs_skipsp(s, i + n);
	int dir, y, m, d;

	if ((n = qs_atw(s, p, "passado")))
		dir = -1;
	else if ((n = qs_atw(s, p, "que vem")))
		dir = 1;
	else
		return i;
	t = tx_addt(s, i, p + n);
	y = s->dy, m = s->dm, d = 1;
	if (!s->dm)
		t->value[0] = '\0';
	else {
		tx_addunits(&y, &m, &d, dir, 'm');
		tx_setv(t, y, m, 0);
	}
	return p + n;
}

/*
 * The weekday W after a modifier MOD at I, its name ending at E: next
 * Friday is in next week, last Friday in the last; the coming and the
 * past one are the nearest after and before day Z.  The end, or I.
 */
static size_t
lt_mod_wday(struct qs *s, size_t i, int mod, int w, size_t e, long z)
{
	struct qt_time *t;
	size_t q = qs_skipsp(s, e);

	if (q + 1 < s->n && s->f[q] == '(' && dig(s->f[q + 1]))
		return i;   /* "na última sexta-feira (29)": the day in parentheses says it */
	t = tx_addt(s, i, e);
	if (z < 0)
		t->value[0] = '\0';
	else if (mod == 3)
		tx_setday(t, z + (w - tx_weekday(z) + 6) % 7 + 1);
	else if (mod == 2)
		tx_setday(t, z - (tx_weekday(z) - w + 6) % 7 - 1);
	else
		tx_setday(t, z - tx_weekday(z) + 7 * mod + w);
	return e;
}

/*
 * A unit after a modifier MOD at I, the unit at P: this month, next
 * quarter, the last decade, next calendar year (the direction DIR of
 * MOD).  The end, or I.
 */
static size_t
lt_mod_unit(struct qs *s, size_t i, size_t p, int dir)
{
	struct qt_time *t;
	size_t e, n;
	int c, y, m, d;

	c = unit_at(s, p, &e);
	if (c == 'm' && !qs_atw(s, p, "month") && !qs_atw(s, p, "mês"))
		c = 0;   /* "nos últimos meses": recent months, not the last month */
	if ((n = qs_atw(s, p, "quarter")) || (n = qs_atw(s, p, "trimestre")))
		c = 'q', e = p + n;
	else if ((n = qs_atw(s, p, "decade")) || (n = qs_atw(s, p, "década")))
		c = 'D', e = p + n;
	else if ((n = qs_atw(s, p, "calendar year")))
		c = 'Y', e = p + n;
	if (!(c == 'm' || c == 'q' || c == 'D' || c == 'Y'))
		return i;
	c = c == 'Y' ? 'y' : c;
	t = tx_addt(s, i, e);
	if (!s->dy || (c != 'D' && c != 'y' && !s->dm))
		t->value[0] = '\0';
	else if (c == 'y')
		tx_setv(t, s->dy + dir, 0, 0);
	else if (c == 'm') {
		y = s->dy, m = s->dm, d = 1;
		tx_addunits(&y, &m, &d, dir, 'm');
		tx_setv(t, y, m, 0);
	} else if (c == 'q') {
		int qq = (s->dy * 4 + (s->dm - 1) / 3) + dir;

		tx_setrange(t, qq / 4, qq % 4 * 3 + 1, qq / 4, qq % 4 * 3 + 3);
	} else {
		int d0 = s->dy / 10 * 10 + 10 * dir;

		tx_setrange(t, d0, 0, d0 + 9, 0);
	}
	return e;
}

/* A count of quarters or decades after a modifier at I, the count at P: the next two decades, the last 3 quarters. */
static size_t
lt_mod_count(struct qs *s, size_t i, size_t p, int dir)
{
	struct qt_time *t;
	size_t q, r, n;
	int c;

	if (!((q = count_at(s, p, &c)) > p && c >= 1 && c <= 40))
		return i;
	r = qs_skipsp(s, q);
	if ((n = qs_atw(s, r, "quarters")) || (n = qs_atw(s, r, "trimestres"))) {
		int cur = s->dy * 4 + (s->dm - 1) / 3, a = dir > 0 ? cur + 1 : cur - c, b = dir > 0 ? cur + c : cur - 1;

		t = tx_addt(s, i, r + n);
		if (!s->dy || !s->dm)
			t->value[0] = '\0';
		else
			tx_setrange(t, a / 4, a % 4 * 3 + 1, b / 4, b % 4 * 3 + 3);
		return r + n;
	}
	if ((n = qs_atw(s, r, "decades")) || (n = qs_atw(s, r, "décadas"))) {
		int d0 = s->dy / 10 * 10, a = dir > 0 ? d0 + 10 : d0 - 10 * c;

		t = tx_addt(s, i, r + n);
		if (!s->dy)
			t->value[0] = '\0';
		else
			tx_setrange(t, a, 0, a + 10 * c - 1, 0);
		return r + n;
	}
	return i;
}

/* A holiday after a modifier MOD (not "this") at I, the holiday at P: next Christmas, the last new year.  The end, or I. */
static size_t
lt_mod_holiday(struct qs *s, size_t i, size_t p, int mod, long z)
{
	struct qt_time *t;
	size_t k, n, e;
	long h;

	for (k = 0; k < sizeof holidays / sizeof holidays[0]; k++) {
		if (!((n = qs_atw(s, p, holidays[k].w)) && holidays[k].lang == QT_EN && s->lang == QT_EN))
			continue;
		e = p + n;
		t = tx_addt(s, i, e);
		if (z < 0) {
			t->value[0] = '\0';
			return e;
		}
		h = tx_daynum(s->dy, holidays[k].m, holidays[k].d);
		if ((mod == 1 || mod == 3) && h <= z)
			h = tx_daynum(s->dy + 1, holidays[k].m, holidays[k].d);
		else if ((mod == -1 || mod == 2) && h >= z)
			h = tx_daynum(s->dy - 1, holidays[k].m, holidays[k].d);
		tx_setday(t, h);
		return e;
	}
	return i;
}

/*
 * A modifier at I and what it modifies, against day Z: this/next/last +
 * month, quarter, decade, weekday, a month's name, a holiday ("last
 * month", "the next decade", "next Friday", "na próxima década").  The
 * end, or I.
 */
static size_t
lt_mod(struct qs *s, size_t i, long z)
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
	struct qt_time *t;
	size_t k, n = 0, p, e, q;
	int mod = -9, dir, w, m;

	for (k = 0; k < sizeof mods / sizeof mods[0]; k++)
		if ((n = qs_atw(s, i, mods[k].w))) {
			mod = mods[k].off;
			break;
		}
	if (mod == -9)
		return i;
	p = qs_skipsp(s, i + n);
	if ((w = wday_at(s, p, &e)) >= 0)
		return lt_mod_wday(s, i, mod, w, e, z);
	dir = mod == 2 ? -1 : mod == 3 ? 1 : mod;
	if ((e = lt_mod_unit(s, i, p, dir)) > i)
		return e;
	if ((mod == 1 || mod == -1 || mod == 2 || mod == 3) && (e = lt_mod_count(s, i, p, dir)) > i)
		return e;
	/* this September, next May: a month of the document's year */
	if (mod >= -1 && mod <= 1 && (m = tx_month_at(s, p, &e)) && !qs_wordc(s, e)) {
		q = qs_skipsp(s, e);
		if (!(q < s->n && dig(s->f[q]))) {
			t = tx_addt(s, i, e);
			tx_setv(t, s->dy ? s->dy + (mod == 0 ? 0 : mod) : 0, m, 0);
			return e;
		}
	}
	if (mod != 0)
		return lt_mod_holiday(s, i, p, mod, z);
	return i;
}

/*
 * Relative Latin forms at I, against the document's date: "last month",
 * "next quarter", "the next decade", "next Friday", "sexta-feira passada",
 * "Monday 21", "in two days", "3 days ago", "two weeks from tomorrow",
 * "daqui a dois dias", "dois meses atrás", the 1990s, fixed holidays.
 * FAM holds the families of the word at I (T_ALL at a digit): only those
 * forms are tried.  Returns the end, or I.
 */
size_t
tx_lt_rel(struct qs *s, size_t i, unsigned fam)
{
	struct qt_time *t;
	size_t e, n, q;
	long z = tx_docday(s);
	int w, d, c;

	if ((e = lt_decade(s, i, fam)) > i)
		return e;
	if (dig(s->f[i]))
		fam = T_COUNT;   /* at a number, only "3 days ago" is left */
	if ((fam & T_HOL) && (e = lt_holiday(s, i, z)) > i)
		return e;
	if ((fam & (T_COUNT | T_DAYW)) && (e = lt_count(s, i, z)) > i)
		return e;
	/* a fortnight later */
	if ((fam & T_COUNT) && ((n = qs_atw(s, i, "a fortnight later")) || (n = qs_atw(s, i, "a fortnight from now")))) {
		t = tx_addt(s, i, i + n);
		set_offset(s, t, 1, 'f');
		return i + n;
	}
	if ((fam & T_WDAY) && (w = wday_at(s, i, &e)) >= 0)
		return lt_wday(s, i, w, e, z);
	/* dia 12 */
	if (s->lang == QT_PT && (fam & T_WDAY) && (n = qs_atw(s, i, "dia")) && (q = tx_lt_day(s, qs_skipsp(s, i + n), &d, &c)) > qs_skipsp(s, i + n) &&
	    !tx_month_at(s, qs_skipsp(s, q), &e) && !qs_atw(s, qs_skipsp(s, q), "de")) {
		t = tx_addt(s, i, q);
		tx_day_of_dated_month(s, t, d);
		return q;
	}
	if (s->lang == QT_PT && (fam & T_MOD) && (n = qs_atw(s, i, "mês")))
		return lt_mes(s, i, n);
	if (!(fam & (T_MOD | T_REL)))
		return i;
	return lt_mod(s, i, z);
}
