/*
 * Internals shared by the quantity scanner (quant.c) and the time scanner
 * (timex.c), implemented by qtscan.c: the folded copy of a seg's text and
 * small helpers over it, and the result both scanners fill in.  The
 * result types are here, not in quant.h, so that timex.c can write times
 * without depending on the quantity scanner; quant.h gives them to tools.
 * Not for tools: use quant.h.
 */
#ifndef CF_QTSCAN_H
#define CF_QTSCAN_H

#include <stddef.h>
#include <stdint.h>

#include "lex.h"

/* ------------------------------------------------------------ the result */

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

/* -------------------------------------------------------------- the text */

/*
 * The text as the scanners read it: full-width ASCII folded to ASCII,
 * no-break and thin spaces to ' '; f keeps the case, lc is lower-cased
 * (ASCII only).  map[i] is the offset in the original text of the
 * character that folded byte i comes from; map[n] is the original length.
 * used[i] marks bytes already taken by a time or a quantity; wc[i] is
 * what qs_wordc() answers for byte i, worked out once by the fold.
 */
struct qs {
	char *f, *lc;
	size_t n;
	size_t *map;
	unsigned char *used, *wc;
	int lang;
	int dy, dm, dd;     /* document date; 0 when unknown */
	struct qt_result *r;
};

/*
 * Folds the LEN bytes of T into S, in S->r's scratch block (kept from call
 * to call): S->r must be set.
 */
void qs_fold(struct qs *s, const char *t, size_t len);

/* An ASCII digit. */
static inline int
qs_isd(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * Code point at I (0 past the end) and its length in *L.  ASCII and the
 * three-byte characters with E1-EC or EE-EF leads (Han, CJK signs, full
 * width: no range to check) are decoded inline, the rest by qs_cp_slow().
 */
uint32_t qs_cp_slow(const struct qs *s, size_t i, size_t *l);

static inline uint32_t
qs_cp(const struct qs *s, size_t i, size_t *l)
{
	const unsigned char *p;

	if (i < s->n) {
		p = (const unsigned char *)s->f + i;
		if (p[0] < 0x80) {
			*l = 1;
			return p[0];
		}
		if (i + 2 < s->n && p[0] >= 0xE1 && p[0] <= 0xEF && p[0] != 0xED && (p[1] & 0xC0) == 0x80 &&
		    (p[2] & 0xC0) == 0x80) {
			*l = 3;
			return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		}
	}
	return qs_cp_slow(s, i, l);
}

/* Code point just before I, its start in *B (0 at the start). */
uint32_t qs_cp_before(const struct qs *s, size_t i, size_t *b);

/* A byte of a Latin word: ASCII letter, or part of a Latin-1/Extended letter. */
static inline int
qs_wordc(const struct qs *s, size_t i)
{
	return i < s->n && s->wc[i];
}

/* End of the Latin word starting at I (I itself when there is none); a ' between letters goes on it. */
static inline size_t
qs_wend(const struct qs *s, size_t i)
{
	while (i < s->n && (s->wc[i] || (s->f[i] == '\'' && qs_wordc(s, i + 1) && i > 0 && s->wc[i - 1])))
		i++;
	return i;
}

/* Start of the Latin word that ends at I (I itself when there is none). */
size_t qs_wstart(const struct qs *s, size_t i);

/*
 * The lower-case text at I starts with STR (ASCII/UTF-8); returns its
 * length or 0.  Most calls fail on the first or second byte: they are
 * tested inline, before STR is measured.
 */
size_t qs_at_rest(const struct qs *s, size_t i, const char *str);

static inline size_t
qs_at(const struct qs *s, size_t i, const char *str)
{
	if (i >= s->n || s->lc[i] != str[0])
		return 0;
	if (str[1] == '\0')
		return 1;
	if (s->lc[i + 1] != str[1])
		return 0;
	return qs_at_rest(s, i, str);
}

/*
 * Same, and STR is a whole word there (no word byte after it).  The
 * first byte is tested inline, the rest by qs_atw_rest().
 */
size_t qs_atw_rest(const struct qs *s, size_t i, const char *str);

static inline size_t
qs_atw(const struct qs *s, size_t i, const char *str)
{
	if (i >= s->n || s->lc[i] != str[0])
		return 0;
	return qs_atw_rest(s, i, str);
}

/* I after spaces. */
size_t qs_skipsp(const struct qs *s, size_t i);

/* I before the spaces that end just before it. */
size_t qs_backsp(const struct qs *s, size_t i);

/* A Han ideograph (lex_han()), or 〇, the zero of 二〇二〇年. */
static inline int
qs_han(uint32_t cp)
{
	return lex_han(cp) || cp == 0x3007;
}

/* Are bytes [A, B) free? */
int qs_free(const struct qs *s, size_t a, size_t b);
void qs_take(struct qs *s, size_t a, size_t b);

/* Chinese numerals: the digit of C (0-9), or -1. */
static inline int
qs_zdigit(uint32_t c)
{
	switch (c) {
	case 0x96F6: case 0x3007: return 0;                  /* 零 〇 */
	case 0x4E00: case 0x58F9: case 0x5F0C: return 1;     /* 一 壹 弌 */
	case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x4E24: case 0x5169: case 0x5006: case 0x4FE9:
		return 2;                                    /* 二 贰 貳 两 兩 倆 俩 */
	case 0x4E09: case 0x53C1: case 0x53C4: return 3;     /* 三 叁 參 */
	case 0x56DB: case 0x8086: return 4;                  /* 四 肆 */
	case 0x4E94: case 0x4F0D: return 5;                  /* 五 伍 */
	case 0x516D: case 0x9646: case 0x9678: return 6;     /* 六 陆 陸 */
	case 0x4E03: case 0x67D2: return 7;                  /* 七 柒 */
	case 0x516B: case 0x634C: return 8;                  /* 八 捌 */
	case 0x4E5D: case 0x7396: return 9;                  /* 九 玖 */
	}
	return -1;
}

/* 十 百 千: their value, or 0. */
static inline double
qs_zsmall(uint32_t c)
{
	switch (c) {
	case 0x5341: case 0x62FE: return 10;    /* 十 拾 */
	case 0x767E: case 0x4F70: return 100;   /* 百 佰 */
	case 0x5343: case 0x4EDF: return 1000;  /* 千 仟 */
	}
	return 0;
}

/* 万 亿 兆: 1, 2, 3 (the power of 10^4), or 0. */
static inline int
qs_zbig(uint32_t c)
{
	switch (c) {
	case 0x4E07: case 0x842C: return 1;  /* 万 萬 */
	case 0x4EBF: case 0x5104: return 2;  /* 亿 億 */
	case 0x5146: return 3;               /* 兆 */
	}
	return 0;
}
/* Characters that go on or inside a Chinese number. */
#define QS_DIAN(c) ((c) == 0x70B9 || (c) == 0x9EDE)   /* 点 點 */
#define QS_YU(c) ((c) == 0x4F59 || (c) == 0x9918)     /* 余 餘 */
#define QS_DUO(c) ((c) == 0x591A)                     /* 多 */
#define QS_JI(c) ((c) == 0x51E0 || (c) == 0x5E7E)     /* 几 幾 */
#define QS_FEN 0x5206                                 /* 分 */
#define QS_ZHI 0x4E4B                                 /* 之 */
#define QS_YOU 0x53C8                                 /* 又 */
#define QS_FU(c) ((c) == 0x8D1F || (c) == 0x8CA0)     /* 负 負 */

/* A Chinese numeral of any of the three. */
static inline int
qs_znumc(uint32_t c)
{
	return qs_zdigit(c) >= 0 || qs_zsmall(c) > 0 || qs_zbig(c) > 0;
}

/* A Chinese classifier at I (家, 个, 公里): its length, or 0. */
size_t qs_zh_classifier(const struct qs *s, size_t i);

/* A Chinese currency at I (元, 美元): its length, with its ISO code in *ISO; or 0. */
size_t qs_zh_currency(const struct qs *s, size_t i, const char **iso);

/*
 * What makes a number at I a count in Chinese: a numeral or unit (万, 亿),
 * 多, 余, 点, 成, 折, 倍, a classifier (家, 个) or a currency (元): its length, or 0.
 */
size_t qs_zh_counted(const struct qs *s, size_t i);

#endif
