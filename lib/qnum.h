/*
 * The number readers of the quantity scanner, over the folded text: digits
 * with the grouping and decimal marks of the language, Chinese numerals
 * mixed with digits ("1.2万亿", "5万4千", "三分之一"), and numbers spelled
 * out in English and Portuguese.  Internal to quant.c.
 */
#ifndef CF_QNUM_H
#define CF_QNUM_H

#include <stddef.h>

#include "qtscan.h"

/* A number read; the readers set what they find and leave the rest. */
struct qnum {
	size_t s, e;        /* folded bytes */
	double v;
	int ok;
	int words;          /* spelled out */
	int ntok;           /* tokens read */
	int lone;           /* one Chinese numeral character, or one small word */
	int bad;            /* absurd */
	int frac;           /* a fraction */
	int scaled;         /* carries a scale word */
	char qual[3];       /* a qualifier inside the number (多, 余) */
	double cur_mult;    /* MUSD: a scale inside the currency */
	int digok;          /* qnum_words(): digits may stand for words ("3 hundred and 21") */
};

/*
 * Each reader reads the number at I into NM (zeroed by the caller) and
 * returns its end, or I when there is none.  qnum_digits(): "1,234.5",
 * "1.234,5" in Portuguese, "12,34,567", "1e10", "2^5"; NM->ok is 0 for a
 * dotted identifier ("1.2.3"), NM->bad set for one too large to be a number.
 */
size_t qnum_digits(struct qs *s, size_t i, struct qnum *nm);

/* Chinese numerals and digits mixed: "1.2万亿", "三百五又三分之一", "负五". */
size_t qnum_zh(struct qs *s, size_t i, struct qnum *nm);

/*
 * Spelled out: "two hundred and two thousand", "quatrocentos e cinquenta
 * e dois mil", "two-thirds", "one and a half", "dois milhões e meio".
 */
size_t qnum_words(struct qs *s, size_t i, struct qnum *nm);

/* Are bytes [A, B) digits only? */
int qnum_plain_int(const struct qs *s, size_t a, size_t b);

#endif
