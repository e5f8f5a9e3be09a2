/*
 * The time scanner: dates, months, years, ranges and relative times ("this
 * year", 今年, "este ano") in the folded text of one seg, in English,
 * Chinese and Portuguese.  quant.c's qt_scan() runs it before it looks for
 * quantities, so that "2020" is a year and not a count.  Not for tools:
 * use quant.h.
 */
#ifndef CF_TIMEX_H
#define CF_TIMEX_H

#include "qtscan.h"

/* Runs the time recogniser over S, filling S->r->t and marking used bytes. */
void tx_scan(struct qs *s);

#endif
