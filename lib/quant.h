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

enum qt_kind { QT_NUMBER, QT_MONEY, QT_PERCENT, QT_POINTS, QT_FRACTION, QT_POWER };

enum qt_lang { QT_EN, QT_ZH, QT_PT };

struct qt_quant {
	size_t start, end;  /* bytes of the text, end exclusive */
	double value;       /* fully resolved: 224.6 billion -> 224600000000 */
	char unit[12];       /* ISO 4217 code, or count, percent, points, fraction, PFLOPS */
	char qual[3];       /* = > >= < <= ~ */
	int kind;           /* enum qt_kind */
	long conv_of;       /* index of the amount this one converts, or -1 */
};

struct qt_time {
	size_t start, end;
	char value[40];     /* "2020", "2020-07", "2020-07-08", "2018-2020"; "" unresolved */
	int deadline;       /* a "by 2025", 到2030年, "até 2030" form */
	/*
	 * The scanner's working fields: the point the value names (year,
	 * month, day; 0 for a part not stated), whether its year was written
	 * or came from the document, a "weak" time (a month's name alone)
	 * kept only when it opens or closes a range, and its folded bytes.
	 */
	int y, m, d;
	unsigned char point, yset, weak;
	size_t fa, fb;
};

/* A number too large to be one (overflow, 1e400, 40 digits): skipped. */
struct qt_bad {
	size_t start, end;
};

struct qt_result {
	struct qt_quant *q;
	size_t nq, qcap;
	struct qt_time *t;
	size_t nt, tcap;
	struct qt_bad *bad;
	size_t nbad, badcap;
	void *scratch;      /* the scanner's working copy of the text, reused */
	size_t scratchcap;
};

/*
 * The language of a "lang" value ("en", "zh", "zh-Hant", "pt-BR" ...), or,
 * when it is NULL or unknown, of the text itself: Chinese when it holds Han
 * characters, Portuguese when it holds a few Portuguese function words,
 * else English.
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
