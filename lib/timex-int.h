/*
 * Internals of the time scanner, shared by its four files: timex.c (the
 * calendar, the values of times, ranges of two times, tx_scan()),
 * timex-latin.c (English and Portuguese dates, deadlines and years, with
 * the month names), timex-rel.c (the relative Latin forms) and timex-zh.c
 * (Chinese).  Not for other modules: use quant.h.
 */
#ifndef CF_TIMEX_INT_H
#define CF_TIMEX_INT_H

#include <stddef.h>
#include <string.h>

#include "date.h"
#include "lex.h"
#include "timex.h"

/*
 * Families of Latin time forms, by what starts them: tx_latin_time() tries
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

#define NW(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A point of a Latin date (see tx_lt_point). */
struct tx_dp {
	int y, m, d, d2;     /* d2 > 0: the days d..d2 of the month */
	int yset;            /* the year is written */
	int weak;            /* a month's name alone */
	int q;               /* 1..4: a quarter of Y, 5..6 a half */
};

/* The small readers every form uses, inline: they run at most bytes. */

static inline int
dig(int c)
{
	return c >= '0' && c <= '9';
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

static inline int
okday(int d)
{
	return d >= 1 && d <= 31;
}

/* The word before I (lower case) is W. */
static inline int
word_before(const struct qs *s, size_t i, const char *w)
{
	size_t b = qs_backsp(s, i), a = qs_wstart(s, b), n = strlen(w);

	return b - a == n && memcmp(s->lc + a, w, n) == 0;
}

/* A two-digit year: 00-39 in this century, 40-99 in the last. */
static inline int
yy_year(int yy)
{
	return yy < 40 ? 2000 + yy : 1900 + yy;
}

/* ---- the calendar (timex.c) ---- */

static inline int
leapyear(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static inline int
monthlen(int y, int m)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m >= 1 && m <= 12 ? md[m - 1] + (m == 2 && leapyear(y)) : 0;
}

/* Days since 1970-01-01 of a date of the civil calendar. */
long tx_daynum(int y, int m, int d);

/* Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
static inline int
tx_weekday(long z)
{
	long w = (z + 3) % 7;

	return (int)(w < 0 ? w + 7 : w);
}

/* The document's date as a day number, or -1 when it has no day. */
long tx_docday(const struct qs *s);

/* Y-M-D moved by N units: 'd' days, 'w' weeks, 'm' months, 'y' years (the day clamped to the month). */
void tx_addunits(int *y, int *m, int *d, int n, int unit);

/* ---- times and their values (timex.c) ---- */

/*
 * Whether Y is a year the scanner reads: the one range of date.h, as
 * date_year_ok(), inline for the scanner's hot paths.
 */
static inline int
tx_year_ok(int y)
{
	return y >= DATE_YEAR_MIN && y <= DATE_YEAR_MAX;
}

/* A year of the one range (date.h) in digits, or in Chinese numerals (二〇一九). */
size_t tx_year_at(const struct qs *s, size_t i, int *y);

/* Is the digit at I in a phone number or a code ("138-2010-2015")? */
int tx_in_code(const struct qs *s, size_t i);

/* A new time over the folded bytes [A, B), which it takes: value "", year set. */
struct qt_time *tx_addt(struct qs *s, size_t a, size_t b);

/* T is the point Y-M-D (a 0 leaves that part and the rest out). */
void tx_setv(struct qt_time *t, int y, int m, int d);

/* tx_addt(), then a deadline when DL, then tx_setv(): the time a form reads; returns B. */
size_t tx_addv(struct qs *s, size_t a, size_t b, int dl, int y, int m, int d);

/* T is the range of years Y1-Y2, or of months when M1 > 0. */
void tx_setrange(struct qt_time *t, int y1, int m1, int y2, int m2);

/* T is the range of days Y1-M1-D1 to Y2-M2-D2 (whole months as months). */
void tx_setdrange(struct qt_time *t, int y1, int m1, int d1, int y2, int m2, int d2);

/* T is the day numbered Z. */
void tx_setday(struct qt_time *t, long z);

/* T is day D of the document's month, or has no value without one. */
void tx_day_of_dated_month(const struct qs *s, struct qt_time *t, int d);

/* ---- the Latin forms (timex-latin.c) ---- */

/* Builds the table of first words, once: before the first latin_start(). */
void tx_latin_init(void);

/* The families of forms the word at I may start, its end in *WE; 0 for none. */
unsigned tx_latin_start(const struct qs *s, size_t i, size_t *we);

/* A Latin time at I of the families FAM: its end, or I. */
size_t tx_latin_time(struct qs *s, size_t i, unsigned fam);

/* A connector of a Latin range at I ("-", "to", "até"; "and", "e" with AND): its length, or 0. */
size_t tx_latin_conn(const struct qs *s, size_t i, int and);

/* The word before I opens a range of two ("between", "entre"). */
int tx_pair_before(const struct qs *s, size_t i);

/* A month's name at I (English or Portuguese): 1..12 and its end in *E, or 0. */
int tx_month_at(const struct qs *s, size_t i, size_t *e);

/* The whole word at I among the N words of W: its index, its end in *E; -1 for none. */
int tx_word_in(const struct qs *s, size_t i, const char *const *w, int n, size_t *e);

/* A number 0..99 in words at I: its end, the value in *V, whether an ordinal in *ORD; I for none. */
size_t tx_sp_small(const struct qs *s, size_t i, int *v, int *ord);

/* A day of the month at I in digits or words; *STRONG for a suffix or words ("4th").  Its end, or I. */
size_t tx_lt_day(const struct qs *s, size_t i, int *d, int *strong);

/* A year after a day or a month at I ('94, in words; with TWO two digits).  Its end, or I. */
size_t tx_lt_year(const struct qs *s, size_t i, int *y, int two);

/* A Latin date at I into O: its end, or I. */
size_t tx_lt_point(const struct qs *s, size_t i, struct tx_dp *o);

/* Writes the point O read at [ST, E) as a time. */
struct qt_time *tx_emit_dp(struct qs *s, size_t st, size_t e, const struct tx_dp *o);

/* ---- the relative Latin forms (timex-rel.c) ---- */

/* Relative Latin forms at I of the families FAM ("last month", "in two days"): the end, or I. */
size_t tx_lt_rel(struct qs *s, size_t i, unsigned fam);

/* ---- the Chinese forms (timex-zh.c) ---- */

/* May a Chinese time start with the Han character C at I (L bytes)? */
int tx_zh_start(const struct qs *s, size_t i, uint32_t c, size_t l);

/* May tx_zh_time() read the number at I? */
int tx_zh_worth(const struct qs *s, size_t i);

/* A Chinese time at I: its end, or I. */
size_t tx_zh_time(struct qs *s, size_t i);

#endif
