/*
 * The items a seg record carries: its "quantities" (cf-normalize), "times"
 * (cf-normalize) and "terms" (cf-translate-map), each an array of objects
 * whose "start" and "end" are byte offsets into the seg's "text".  This is
 * their one home: the structs, one writer per kind and one reader.
 *
 * Writing appends an item's JSON text to a struct jtext, byte for byte as
 * jansson's compact encoding would write it:
 *
 *	seg_put_quant(&t, &q);
 *
 * Reading walks an array's JSON text (text a record's reader has checked,
 * so that only well-formed JSON reaches it) item by item:
 *
 *	struct seg_arr a;
 *	const char *p, *e;
 *
 *	seg_arr_open(&a, text, len);
 *	while (seg_arr_next(&a, &p, &e))
 *		if (seg_read_quant(p, e, seglen, &buf, &q) == 0)
 *			...
 *
 * Of a key given twice the last counts, as jansson keeps it.
 */
#ifndef CF_SEG_H
#define CF_SEG_H

#include <stddef.h>

#include "jtext.h"

/* A figure: {"start","end","text","value","unit","qualifier","kind"[,"conversion_of"]}. */
struct seg_quant {
	size_t start, end;      /* bytes of the seg's text, end exclusive */
	const char *text;       /* the text of the span (TEXTLEN bytes), or NULL */
	size_t textlen;
	double value;           /* fully resolved: 224.6 billion -> 224600000000 */
	const char *unit;       /* ISO 4217 code, or count, percent, points, fraction, PFLOPS */
	const char *qual;       /* = > >= < <= ~ */
	const char *kind;       /* number, money, percent ... (qt_kind_name()) */
	int conv;               /* "conversion_of" is there and not null */
	long long conv_of;      /* its index of the amount converted, or -1 */
};

/* A time: {"start","end","text","value"[,"deadline":true]}. */
struct seg_time {
	size_t start, end;
	const char *text;
	size_t textlen;
	const char *value;      /* "2020", "2020-07", "2018-2020" ...; NULL: null, unresolved */
	int deadline;           /* a "by 2025", 到2030年 form */
};

/* A known term: {"start","end","text","id","class"}. */
struct seg_term {
	size_t start, end;
	const char *text;
	size_t textlen;
	const char *id;         /* "city:Shenzhen", "metric:investment" ... */
	const char *cls;        /* "city", "metric" ... */
};

/*
 * Writers.  A string member that is NULL or not valid UTF-8 is left out,
 * as jansson leaves out a string it cannot take; a quantity's value that
 * is not finite is written null.
 */
void seg_put_quant(struct jtext *b, const struct seg_quant *q);
void seg_put_time(struct jtext *b, const struct seg_time *t);
void seg_put_term(struct jtext *b, const struct seg_term *m);

/* The elements of a JSON array, one by one. */
struct seg_arr {
	const char *p, *e;
};

/* Starts on the array TEXT (LEN bytes, may be NULL); 0 when it is none (no items). */
int seg_arr_open(struct seg_arr *a, const char *text, size_t len);

/* The next element's JSON text in [*P, *E); 0 at the end. */
int seg_arr_next(struct seg_arr *a, const char **p, const char **e);

/*
 * What is wrong with an item, as a set of bits; 0 is a good item.  An
 * item that is an object has its span read whatever else is wrong.
 */
enum {
	SEG_NOTOBJ = 1,         /* not an object: nothing read */
	SEG_BADSPAN = 2,        /* "start" and "end" not integers with 0 <= start <= end <= LEN */
	SEG_BADVALUE = 4,       /* quantity: "value" not a number; time: neither a string nor null */
	SEG_NULLVALUE = 8,      /* time: "value" is null (a time left unresolved) */
	SEG_BADID = 16,         /* term: "id" not a string */
};

/*
 * Read the item in [P, E) of a seg whose text is LEN bytes long into *Q,
 * *T or *M, and return its bits.  The strings of an item that is an
 * object are unescaped and NUL-terminated at *BUF, which moves past them:
 * the item's JSON length (E - P) is always room enough, so the length of
 * the array is for all its items.  Members that are absent or of another
 * type are NULL (strings), 0 (deadline, conv) or -1 (conv_of).
 */
int seg_read_quant(const char *p, const char *e, size_t len, char **buf, struct seg_quant *q);
int seg_read_time(const char *p, const char *e, size_t len, char **buf, struct seg_time *t);
int seg_read_term(const char *p, const char *e, size_t len, char **buf, struct seg_term *m);

/*
 * Only the span of the item in [P, E), for a reader that needs no more:
 * "start" and "end" as any numbers, cut to integers, with 0 <= start <=
 * end <= LEN.  Returns 0 then, -1 when the item has no such span.
 */
int seg_read_span(const char *p, const char *e, size_t len, size_t *start, size_t *end);

/*
 * The JSON number, string or literal in [P, P + N) of a record's member,
 * for readers of the members beside the items.  seg_isint() tells an
 * integer (no fraction, no exponent), seg_int() is its value, seg_num()
 * any number's value as jansson gives it; seg_str() unescapes a string
 * to *BUF as the item readers do, or returns NULL when it is none.
 */
int seg_isnum(const char *p, size_t n);
int seg_isint(const char *p, size_t n);
long long seg_int(const char *p, size_t n);
double seg_num(const char *p, size_t n);
const char *seg_str(const char *p, size_t n, char **buf, size_t *len);

#endif
