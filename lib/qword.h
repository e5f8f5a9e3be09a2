/*
 * The word tables of the quantity scanner: English and Portuguese
 * cardinals, scale words, denominators, currency names, percent words and
 * qualifiers, hashed once on first use.  Internal to quant.c and qnum.c.
 */
#ifndef CF_QWORD_H
#define CF_QWORD_H

#include <stddef.h>

#include "qtscan.h"

enum qword_type {
	QW_NONE, QW_UNIT, QW_TEN, QW_HUND, QW_SCALE, QW_DOZEN, QW_DEN, QW_HALF, QW_JOIN, QW_A,
	QW_POINT, QW_NEG, QW_CUR, QW_PCT, QW_QUAL, QW_ALONE
};

struct qword {
	const char *w;
	int type;
	double v;
	const char *s;  /* ISO code of a currency, qualifier of a qualifier */
	int langs;
};

/* The language bits of S's language, for qword_starts(). */
int qword_lbit(const struct qs *s);

/*
 * May an entry of type T (0: any) in language bits L start with the N
 * bytes at W (lower case)?  Most words of a text start none.
 */
int qword_starts(const char *w, size_t n, int l, int t);

/* End of the word at J as the tables read it: "u.s." and "approx." keep their dots. */
size_t qword_wend(const struct qs *s, size_t j);

/*
 * Reads the Latin word (or words, for a phrase) at I and returns its entry
 * of type T (0: any), trying three, two and one words; *E gets the end.
 * NULL when there is none.
 */
const struct qword *qword_at(const struct qs *s, size_t i, int t, size_t *e);

#endif
