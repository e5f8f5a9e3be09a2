/*
 * Numbers for people, as the Markdown and HTML reports show them:
 * "224.6 bn CNY", "1,149", "29.5%", "33.3%" (a fraction), "40,000 PFLOPS".
 * Always a comma between thousands and a point before decimals, whatever
 * the locale (which these functions never consult).
 */
#ifndef CF_HUMFMT_H
#define CF_HUMFMT_H

#include <stddef.h>

/*
 * Formats V with at most DEC decimals (0 to 6), trailing zeros trimmed, and
 * a comma every three digits of its integer part: "1,234,567.5".  From
 * 1e15 on, "%.6g" ("1e+308").
 */
char *humfmt_group(char *buf, size_t size, double v, int dec);

/*
 * Formats V in UNIT: money (a three-letter ISO 4217 code) scaled to mn, bn
 * or tn; "percent" with a % sign; "fraction" as a percentage; "count" and
 * "score" bare; any other unit after the number.  64 bytes are enough.
 */
char *humfmt_value(char *buf, size_t size, double v, const char *unit);

/* Words for a qualifier: ">" is "over ", "~" is "about ", "=" is "". */
const char *humfmt_qualifier(const char *q);

/* A label for a canonical metric name: "ai_enterprises" is "AI enterprises". */
const char *humfmt_metric(const char *metric, char *buf, size_t size);

/* 1 when UNIT is a three-letter upper-case currency code. */
int humfmt_is_money(const char *unit);

#endif
