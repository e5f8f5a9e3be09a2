/*
 * Quantities and times in the text of one seg: numbers, money, percentages,
 * percentage points, fractions and computing power, each with its qualifier
 * ("more than", 超过, "cerca de"), and dates, months, years and ranges,
 * relative ones ("this year", 今年, "este ano") resolved against the date
 * of the document.  English, Chinese and Portuguese.
 *
 * The recognisers are hand-written scanners over the text; their word
 * tables are hashed once, on first use, so the work per byte does not grow
 * with the vocabularies.  Offsets are byte offsets into the text as given:
 * full-width digits and signs are folded for reading only.
 */
#ifndef CF_QUANT_H
#define CF_QUANT_H

#include <stddef.h>

/*
 * The result types (struct qt_result, qt_quant, qt_time, enum qt_kind,
 * enum qt_lang) are in qtscan.h, which the time scanner shares.
 */
#include "qtscan.h"

/*
 * The language of a "lang" value ("en", "zh", "zh-Hant", "pt-BR" ...), or,
 * when it is NULL or unknown, of the text itself as lang_detect() (lang.h)
 * finds it: Chinese, Portuguese, and English for any other answer.
 */
int qt_lang(const char *lang, const char *text, size_t len);

/*
 * Finds the quantities and times of TEXT (LEN bytes, UTF-8) in language
 * LANG.  DOCDATE ("2019-02-25", "2019-02", "2019" or NULL) resolves the
 * relative times; without it they stay unresolved (value "").  R is reset
 * first; its arrays are reused from call to call.  Quantities and times
 * are in text order and never overlap one another.
 */
void qt_scan(const char *text, size_t len, int lang, const char *docdate, struct qt_result *r);

/* Frees the arrays of R. */
void qt_free(struct qt_result *r);

/* Names of kinds, for output: "number", "money", ... */
const char *qt_kind_name(int kind);

#endif
