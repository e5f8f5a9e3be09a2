/*
 * Dates: the one month table (English, Portuguese and Chinese names, with
 * their abbreviations), the one range of years a date read from text may
 * have, the date readers of cf-extract's text and HTML readers, and the
 * reader of the periods the records carry ("2020", "2020-07",
 * "2018-2020", "2025-01-2025-06").
 */
#ifndef CF_DATE_H
#define CF_DATE_H

#include <stddef.h>

/*
 * The years a date read from an article may have.  Four digits outside
 * them are a number, not a year: a count, a code, a price.  The time
 * scanner reads years in the same range.
 */
#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 2100

/* The languages of a month name, and whether it is an abbreviation. */
enum {
	DATE_EN = 1 << 0,
	DATE_PT = 1 << 1,
	DATE_ZH = 1 << 2,
	DATE_ABBR = 1 << 3,
};

struct date_month {
	const char *name;   /* lower case, UTF-8 */
	unsigned char len;  /* strlen(name) */
	unsigned char mon;  /* 1..12 */
	unsigned char flags;
};

/* The month table: DATE_NMONTHS entries, a name appearing once. */
extern const struct date_month date_months[];
extern const size_t date_nmonths;

/* Whether Y is in DATE_YEAR_MIN..DATE_YEAR_MAX. */
int date_year_ok(int y);

/* Whether Y-M-D is a date in range (a day of 1..31: no calendar). */
int date_valid(int y, int m, int d);

/* Writes Y-M-D as "YYYY-MM-DD" into OUT. */
void date_put(char out[11], int y, int m, int d);

/*
 * The month the word W (N bytes, any case) names in English or
 * Portuguese: "February", "Feb", "Sept", "fevereiro", "fev", "março",
 * "marco", "set"; 1..12, or 0.  W is the whole word: a caller decides where
 * its words end.
 */
int date_month_word(const char *w, size_t n);

/*
 * The month named by the run of letters that starts at S (N bytes), as
 * date_month_word(): 1..12 with the run's length in *LEN, or 0.
 */
int date_month(const char *s, size_t n, size_t *len);

/*
 * The Chinese month at S (N bytes): "二月", "十二月", "2月", "12月";
 * 1..12 with its length in *LEN, or 0.  "十月" is October, never the
 * start of "十二月", which is read whole.
 */
int date_month_zh(const char *s, size_t n, size_t *len);

/*
 * Finds a date in S (N bytes): 2021-07-07, 2021/7/7, 2021.07.07,
 * 2019年2月25日, 02/08/2024 (day first unless the second number cannot be
 * a month), 21.dez.2018, 21-Jul-2017, July 7, 2021, Jul. 7th 2021,
 * 7 July 2021, 5 fev. 2021, 2 de agosto de 2024.  Writes it as YYYY-MM-DD
 * into OUT; returns the offset just past it, or 0 when there is none.
 */
size_t date_find(const char *s, size_t n, char out[11]);

/*
 * date_find() for a date that starts in the first TRIES bytes of S; the
 * offset where it starts goes into *AT.
 */
size_t date_scan(const char *s, size_t n, char out[11], size_t *at, size_t tries);

/*
 * The first year in S (N bytes): four digits in the range, not part of a
 * longer number ("julho de 2017"); 0 when there is none.
 */
int date_year(const char *s, size_t n);

/* A date that starts at S: the offset just past it, or 0. */
size_t date_at(const char *s, size_t n, char out[11]);

/*
 * The date in a value of a web page's metadata or a short line of it
 * ("2020-02-19T08:00:00Z", "2020年2月19日", "19 de fevereiro de 2020",
 * "Feb 19, 2020", ...): year-first numbers first, then day and month
 * numbers, then month names.  DMY tells how to read an ambiguous
 * "04/05/2022" (1: day first).  Writes it as YYYY-MM-DD into OUT and
 * returns 1, or returns 0 when there is none.
 */
int date_value(const char *s, int dmy, char out[11]);

/*
 * A wire dateline opening S[A..B): "BEIJING, July 21 (Xinhua) --",
 * "Pequim, 21 jul (Lusa) –", "Rio de Janeiro, 3 de maio de 2024 -",
 * "新华社北京7月21日电", "（中央社台北8日電）".  Returns the offset just
 * past it, or 0; fills *Y and *M (0 when it names none) and *D.
 */
size_t date_dateline(const char *s, size_t a, size_t b, int *y, int *m, int *d);

/* What a period names. */
enum {
	DATE_NONE,    /* no period */
	DATE_YEAR,    /* 2020 */
	DATE_MON,     /* 2020-07 */
	DATE_DAY,     /* 2020-07-08 */
	DATE_YEARS,   /* 2018-2020 */
	DATE_MONS,    /* 2025-01-2025-06: a half year; 2016-12-2017-01 */
	DATE_DAYS,    /* 2016-01-12-2016-01-22 */
};

/* A period: its first and its last day, with 0 for what it does not name. */
struct date_period {
	int kind;
	int y1, m1, d1;
	int y2, m2, d2;  /* the same as the first for a single year, month or day */
};

/*
 * Reads the period S (N bytes, all of it) into *P; returns its kind, or
 * DATE_NONE (and *P zeroed) when S is none of the forms above: four-digit
 * years, two-digit months 01..12 and days 01..31, a range not ending
 * before it starts.  The years are not held to DATE_YEAR_MIN..MAX: a
 * period was a date already.
 */
int date_period(const char *s, size_t n, struct date_period *p);

/*
 * The part of a year a range of months is: 2 for a half year (January to
 * June, July to December), 4 for a quarter, 12 for a whole year; its
 * number (1 or 2, 1..4, 1) in *NUM.  0 for any other period.
 */
int date_period_part(const struct date_period *p, int *num);

/* Writes P as the records write it (the forms above) into OUT; returns the length. */
size_t date_period_put(const struct date_period *p, char out[22]);

#endif
