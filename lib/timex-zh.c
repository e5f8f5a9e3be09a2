/*
 * The Chinese half of the time scanner: years (2018年, 二〇一九年), months
 * and days (7月8日, 八月十五), ranges (2018至2020年), halves and quarters,
 * Five-Year Plans (十四五), the relative forms (今年, 上个月, 下周三, 5年前)
 * and the holidays of a fixed date.  tx_scan() calls tx_zh_time() at a digit
 * or at a character that may start one of them.
 */
#include <string.h>

#include "date.h"
#include "timex.h"
#include "timex-int.h"

/*
 * qs_at() for the Chinese words: C is a literal, and most calls fail on
 * the third byte, the last of a Han character (the first two are shared
 * by thousands): it is tested inline too.
 */
static size_t
zh_char(const struct qs *s, size_t i, const char *c)
{
	return qs_at(s, i, c);
}

/* ---- Chinese numerals, and the Chinese forms outside tx_zh_time's years ---- */

static int
zh_digit(uint32_t c)
{
	switch (c) {
	case 0x3007: case 0x96F6: return 0;                 /* 〇 零 */
	case 0x4E00: return 1; case 0x4E8C: return 2; case 0x4E09: return 3;
	case 0x56DB: return 4; case 0x4E94: return 5; case 0x516D: return 6;
	case 0x4E03: return 7; case 0x516B: return 8; case 0x4E5D: return 9;
	}
	return -1;
}

/* Is the character before I a digit or a Chinese numeral? */
static int
zh_num_before(const struct qs *s, size_t i)
{
	size_t b;
	uint32_t c;

	if (i == 0)
		return 0;
	if (dig(s->f[i - 1]))
		return 1;
	if ((unsigned char)s->f[i - 1] < 0x80)
		return 0;
	/* a three-byte character, as qs_cp_before() would find it */
	if (i >= 3 && ((unsigned char)s->f[i - 1] & 0xC0) == 0x80 && ((unsigned char)s->f[i - 2] & 0xC0) == 0x80 &&
	    ((unsigned char)s->f[i - 3] & 0xC0) != 0x80)
		c = qs_cp(s, i - 3, &b);
	else
		c = qs_cp_before(s, i, &b);
	return zh_digit(c) >= 0 || c == 0x5341;
}

/*
 * A number 1..99 at I in one or two digits or in Chinese numerals (三,
 * 十二, 二十九): its end, the value in *V; I when there is none.  *CN is
 * set for numerals.
 */
static size_t
zh_num(const struct qs *s, size_t i, int *v, int *cn)
{
	size_t l, p = i;
	int a, b;
	uint32_t c;

	*cn = 0;
	if (i < s->n && dig(s->f[i]))
		return num_at(s, i, 1, 2, v);
	c = qs_cp(s, p, &l);
	if (c == 0x5341) {
		a = 1;
		p += l;
	} else if ((a = zh_digit(c)) >= 1) {
		p += l;
		c = qs_cp(s, p, &l);
		if (c != 0x5341) {
			*v = a, *cn = 1;
			return p;
		}
		p += l;
	} else
		return i;
	c = qs_cp(s, p, &l);
	if ((b = zh_digit(c)) >= 1)
		p += l, *v = 10 * a + b;
	else
		*v = 10 * a;
	*cn = 1;
	return p;
}

/* 日 or 号 at I: its length, or 0. */
static size_t
zh_dayc(const struct qs *s, size_t i)
{
	size_t n;

	return (n = zh_char(s, i, "日")) || (n = zh_char(s, i, "号")) || (n = zh_char(s, i, "號")) ? n : 0;
}

/*
 * A month and maybe its day at I: 7月, 十二月, 7月8日, 八月十五.  The end,
 * the month in *M, the day in *D (0 for none); I when there is none.
 */
static size_t
zh_md(const struct qs *s, size_t i, int *m, int *d)
{
	size_t e, de, n, l;
	int cn, dcn;
	uint32_t c;

	*d = 0;
	if (i >= s->n)
		return i;
	/* most calls are at a character that starts no month: test it before date_month_zh()'s table */
	cn = !dig(s->f[i]);
	if (cn && (c = qs_cp(s, i, &l)) != 0x5341 && zh_digit(c) < 1)
		return i;
	/* the month as date_month_zh() reads it, its digits not inside a longer number */
	if ((!cn && i > 0 && dig(s->f[i - 1])) || !(*m = date_month_zh(s->f + i, s->n - i, &n)))
		return i;
	e = i + n;
	if ((de = zh_num(s, e, d, &dcn)) > e && okday(*d)) {
		if ((n = zh_dayc(s, de)))
			return de + n;
		/* 八月十五: a day in numerals with nothing after it that counts */
		c = qs_cp(s, de, &l);
		if (cn && dcn && (de >= s->n || !(qs_han(c) || dig(s->f[de]))))
			return de;
	}
	*d = 0;
	return e;
}

/* The Chinese holidays of a fixed date. */
static const struct {
	const char *w;
	int m, d;
} zh_hol[] = {
	{ "元旦", 1, 1 }, { "国庆节", 10, 1 }, { "國慶節", 10, 1 }, { "国庆", 10, 1 }, { "國慶", 10, 1 },
	{ "劳动节", 5, 1 }, { "勞動節", 5, 1 }, { "圣诞节", 12, 25 }, { "聖誕節", 12, 25 },
	{ "情人节", 2, 14 }, { "儿童节", 6, 1 }, { "妇女节", 3, 8 }, { "教师节", 9, 10 },
};

/* The holiday of zh_hol at I: its index and its length in *N, or -1. */
static int
zh_hol_at(const struct qs *s, size_t i, size_t *n)
{
	size_t k;

	for (k = 0; k < sizeof zh_hol / sizeof zh_hol[0]; k++)
		if ((*n = zh_char(s, i, zh_hol[k].w)))
			return (int)k;
	return -1;
}

/* 下周三, 上上個週三, 下礼拜天 at I, the weekday's number at P, OFF weeks from the document's (day Z).  The end, or I. */
static size_t
zh_week_day(struct qs *s, size_t i, size_t p, int off, long z)
{
	struct qt_time *t;
	size_t l;
	uint32_t c = qs_cp(s, p, &l);
	int w = c == 0x65E5 || c == 0x5929 ? 6 : zh_digit(c) - 1;

	if (w < 0 || w > 5 + (c == 0x65E5 || c == 0x5929))
		return i;
	t = tx_addt(s, i, p + l);
	if (z < 0)
		t->value[0] = '\0';
	else
		tx_setday(t, z - tx_weekday(z) + 7 * off + w);
	return p + l;
}

/* 本月, 上个月, 下个月十日 at I, E after 月: the month OFF from the document's, and maybe its day.  The end. */
static size_t
zh_rel_month(struct qs *s, size_t i, size_t e, int off)
{
	struct qt_time *t;
	size_t p, n;
	int yy = s->dy, mm = s->dm, dd = 1, d, cn;

	if (!s->dm)
		yy = 0;
	else
		tx_addunits(&yy, &mm, &dd, off, 'm');
	if ((p = zh_num(s, e, &d, &cn)) > e && okday(d) && (n = zh_dayc(s, p)) && d <= monthlen(yy, mm)) {
		t = tx_addt(s, i, p + n);
		tx_setv(t, yy, mm, d);
		return p + n;
	}
	t = tx_addt(s, i, e);
	tx_setv(t, yy, mm, 0);
	return e;
}

/* 上半年, 下半年, 上个半年 at I, 半年 (N bytes) at P, OFF halves from the document's.  The end. */
static size_t
zh_rel_half(struct qs *s, size_t i, size_t p, size_t n, int off)
{
	struct qt_time *t;
	int h = s->dm ? (s->dm - 1) / 6 : 0, yy = s->dy;

	if (p == i + 3 && !zh_char(s, p - 3, "个") && !zh_char(s, p - 3, "個"))
		h = off < 0 ? 0 : 1;   /* 上半年: the first half of the year */
	else if (!s->dm)
		yy = 0;
	else if ((h += off) < 0)
		h = 1, yy--;
	else if (h > 1)
		h = 0, yy++;
	t = tx_addt(s, i, p + n);
	tx_setrange(t, yy, 6 * h + 1, yy, 6 * h + 6);
	if (!yy)
		t->value[0] = '\0';
	return p + n;
}

/* 上, 下, 本, 这 (OFF) at I and what follows at P: a week's day, a month, a half-year.  The end, or I. */
static size_t
zh_rel_unit(struct qs *s, size_t i, size_t p, int off, long z)
{
	size_t n;

	if ((n = zh_char(s, p, "个")) || (n = zh_char(s, p, "個")))
		p += n;
	if ((n = zh_char(s, p, "周")) || (n = zh_char(s, p, "週")) || (n = zh_char(s, p, "星期")) ||
	    (n = zh_char(s, p, "礼拜")) || (n = zh_char(s, p, "禮拜")))
		return zh_week_day(s, i, p + n, off, z);
	if ((n = zh_char(s, p, "月")) && (off == -1 || off == 1 || off == 0) && !zh_char(s, p + n, "份额"))
		return zh_rel_month(s, i, p + n, off);
	if ((n = zh_char(s, p, "半年")) && (off == -1 || off == 1))
		return zh_rel_half(s, i, p, n, off);
	return i;
}

/* 今天, 明日, 后天, 下周三, 上个月, 本月十日, 上半年, 元旦, 国庆节 at I: the end, or I. */
static size_t
zh_rel_day(struct qs *s, size_t i)
{
	static const struct {
		const char *w;
		int off;
	} days[] = {
		{ "今天", 0 }, { "今日", 0 }, { "明天", 1 }, { "明日", 1 }, { "昨天", -1 }, { "昨日", -1 },
		{ "后天", 2 }, { "後天", 2 }, { "前天", -2 }, { "大后天", 3 }, { "大前天", -3 },
	}, weeks[] = {
		{ "上上", -2 }, { "下下", 2 }, { "上", -1 }, { "下", 1 }, { "本", 0 }, { "这", 0 }, { "這", 0 },
	};
	size_t k, n, p, l;
	long z = tx_docday(s);
	struct qt_time *t;
	uint32_t c;
	int hk, day = 0, week = 0;

	/* the three lists start with different characters: only one is looked at */
	c = qs_cp(s, i, &l);
	switch (c) {
	case 0x4ECA: case 0x660E: case 0x6628: case 0x540E: case 0x5F8C: case 0x524D: case 0x5927: /* 今明昨后後前大 */
		day = 1;
		break;
	case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019:                         /* 上下本这這 */
		week = 1;
		break;
	}
	/* holidays of a fixed date, in the document's year */
	if (!day && !week && (hk = zh_hol_at(s, i, &n)) >= 0) {
		t = tx_addt(s, i, i + n);
		tx_setv(t, s->dy, zh_hol[hk].m, zh_hol[hk].d);
		t->yset = 0;
		return i + n;
	}
	/* 今天, 明日, 后天; not 今日头条, nor 《明日之后》 */
	for (k = 0; k < sizeof days / sizeof days[0] && day; k++)
		if ((n = zh_char(s, i, days[k].w))) {
			if (zh_char(s, i + n, "头条") || zh_char(s, i + n, "頭條") || zh_char(s, i + n, "之后") ||
			    qs_cp_before(s, i, &p) == 0x300A)
				return i;
			t = tx_addt(s, i, i + n);
			if (z < 0)
				t->value[0] = '\0';
			else
				tx_setday(t, z + days[k].off);
			return i + n;
		}
	for (k = 0; k < sizeof weeks / sizeof weeks[0] && week; k++)
		if ((n = zh_char(s, i, weeks[k].w)))
			return zh_rel_unit(s, i, i + n, weeks[k].off, z);
	return i;
}

/* 十九世纪七十年代, 九十年代, 90年代 at I, the number NV there ending at NE.  The end, or I. */
static size_t
zh_decade(struct qs *s, size_t i, size_t ne, int nv)
{
	struct qt_time *t;
	size_t p = i, e = ne, n;
	int cent = 0, v = nv, cn, a;

	if (e > p && (n = zh_char(s, e, "世纪")) && v >= 1 && v <= 21)
		cent = v, p = e + n, e = zh_num(s, p, &v, &cn);
	if (e > p && v % 10 == 0 && v >= 10 && (n = zh_char(s, e, "年代")) && !zh_num_before(s, p)) {
		a = cent ? 100 * (cent - 1) + v : 1900 + v;
		t = tx_addt(s, i, e + n);
		tx_setrange(t, a, 0, a + 9, 0);
		return e + n;
	}
	return i;
}

/* 5年前, 三天前, 两个月后 at I, the number NV there ending at NE.  The end, or I. */
static size_t
zh_ago(struct qs *s, size_t i, size_t ne, int nv)
{
	struct qt_time *t;
	size_t p = ne, n, l, e;
	long z;
	int u = 0, dir, yy = s->dy, mm = s->dm, dd = s->dd;

	if (!(ne > i && nv > 0))
		return i;
	if ((n = zh_char(s, p, "年")))
		u = 'y';
	else if ((n = zh_char(s, p, "天")))
		u = 'd';
	else if ((n = zh_char(s, p, "个月")) || (n = zh_char(s, p, "個月")))
		u = 'm';
	else if ((n = zh_char(s, p, "周")) || (n = zh_char(s, p, "週")) || (n = zh_char(s, p, "星期")))
		u = 'w';
	if (!(u && ((l = zh_char(s, p + n, "前")) || (l = zh_char(s, p + n, "后")) || (l = zh_char(s, p + n, "後")))))
		return i;
	dir = zh_char(s, p + n, "前") ? -1 : 1;
	e = p + n + l;
	t = tx_addt(s, i, e);
	if ((z = tx_docday(s)) < 0)
		t->value[0] = '\0';
	else {
		tx_addunits(&yy, &mm, &dd, dir * nv, u);
		tx_setv(t, yy, mm, dd);
	}
	return e;
}

/*
 * 29日 at I, the number NV there ending at NE (in numerals with NCN): a
 * day of the month of the time before it in the seg (南京5月16日电
 * ……16日介绍), else of the document's.  Not 近5日, 每日, 第3日, 5日内.
 */
static size_t
zh_day(struct qs *s, size_t i, size_t ne, int nv, int ncn)
{
	static const uint32_t no[] = { 0x8FD1, 0x524D, 0x540E, 0x6BCF, 0x7B2C, 0x6570, 0x51E0, 0x591A, 0x8FDE,
	                               0x9023, 0x8FD9, 0x90A3, 0x5F8C };   /* 近前后每第数几多连連这那後 */
	struct qt_result *r = s->r;
	struct qt_time *t;
	size_t e = ne, n, k, p, l;
	uint32_t b, a;
	int d = nv, py = 0, pm = 0, yy, mm;

	if (!(e > i && okday(d) && (ncn ? d >= 10 : 1) && (n = zh_char(s, e, "日"))))
		return i;
	b = qs_cp_before(s, i, &p), a = qs_cp(s, e + n, &l);
	for (k = 0; k < sizeof no / sizeof no[0]; k++)
		if (b == no[k])
			return i;
	if (a == 0x5185 || a == 0x4EE5)   /* 内 以 */
		return i;
	if (r->nt > 0 && r->t[r->nt - 1].point == 1 && r->t[r->nt - 1].m)
		py = r->t[r->nt - 1].y, pm = r->t[r->nt - 1].m;
	t = tx_addt(s, i, e + n);
	if (pm && d <= monthlen(py, pm)) {
		tx_setv(t, py, pm, d);
		t->point = 2, t->yset = 0;
		return e + n;
	}
	t->point = 2;
	if (!s->dm)
		t->value[0] = '\0';
	else {
		yy = s->dy, mm = s->dm;
		if (d > monthlen(yy, mm) && --mm < 1)
			mm = 12, yy--;
		tx_setv(t, yy, mm, d);
		t->point = 2;
	}
	t->yset = 0;
	return e + n;
}

/* Chinese times that tx_zh_time() does not start with a year; the end, or I. */
static size_t
zh_more(struct qs *s, size_t i)
{
	struct qt_time *t;
	size_t e, l, p, ne;
	uint32_t c;
	int m, d, nv = 0, ncn;

	if (s->lang != QT_ZH && dig(s->f[i]))
		return i;
	c = qs_cp(s, i, &l);
	if (!dig(s->f[i]) && zh_digit(c) < 0 && c != 0x5341) {
		/* the words of zh_rel_day() start with these: 今明昨后後前大, 上下本这這, and the holidays' */
		switch (c) {
		case 0x4ECA: case 0x660E: case 0x6628: case 0x540E: case 0x5F8C: case 0x524D: case 0x5927:
		case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019:
		case 0x5143: case 0x56FD: case 0x570B: case 0x52B3: case 0x52DE: case 0x5723: /* 元国國劳勞圣 */
		case 0x8056: case 0x60C5: case 0x513F: case 0x5987: case 0x6559:             /* 聖情儿妇教 */
			return zh_rel_day(s, i);
		default:
			return i;
		}
	}
	/* what is left starts with a number, not inside another: read once for the forms below */
	if (zh_num_before(s, i))
		return i;
	ne = zh_num(s, i, &nv, &ncn);
	if ((e = zh_decade(s, i, ne, nv)) > i || (e = zh_ago(s, i, ne, nv)) > i)
		return e;
	/* 七月, 三月到五月; 29日: a day of the document's month; not after 第 */
	if (i > 0 && qs_cp_before(s, i, &p) == 0x7B2C)
		return i;
	if ((e = zh_md(s, i, &m, &d)) > i) {
		t = tx_addt(s, i, e);
		tx_setv(t, s->dy, m, d);
		t->yset = 0;
		return e;
	}
	return zh_day(s, i, ne, nv, ncn);
}

/* 的第三个月, 第9个月 at I: the end, the month in *M; I for none. */
static size_t
zh_nth_month(const struct qs *s, size_t i, int *m)
{
	size_t p = i, n, e;
	int cn;

	if ((n = zh_char(s, p, "的")))
		p += n;
	if (!(n = zh_char(s, p, "第")))
		return i;
	p = qs_skipsp(s, p + n);
	if ((e = zh_num(s, p, m, &cn)) == p || *m < 1 || *m > 12)
		return i;
	e = qs_skipsp(s, e);
	if ((n = zh_char(s, e, "个月")) || (n = zh_char(s, e, "個月")))
		return e + n;
	return i;
}

/*
 * May tx_zh_time() read the number at I?  Outside Chinese text it reads only
 * a number with 年, 月 or a sign of a range (至, 到, '-', '~', '–') after
 * it, maybe after spaces: "2018年", "7月", "2018-2020".  In Chinese text
 * a bare year, 5年前 and the rest: always.
 */
int
tx_zh_worth(const struct qs *s, size_t i)
{
	size_t r = i;

	if (s->lang == QT_ZH)
		return 1;
	while (r < s->n && dig(s->f[r]))
		r++;
	r = qs_skipsp(s, r);
	return r < s->n && ((unsigned char)s->f[r] >= 0x80 || s->f[r] == '-' || s->f[r] == '~');
}

/*
 * A deadline at I: 到2030年, 至2030年, 截至, 截止到.  A year after the word
 * is left to tx_zh_time(): *I moves to it and *DL is set.  The end of
 * 到今年底, 到明年 taken here, or I.
 */
static size_t
zh_by(struct qs *s, size_t *i, int *dl)
{
	struct qt_time *t;
	size_t p, e, n, st = *i;
	int y, off;

	if (!((n = zh_char(s, st, "到")) || (n = zh_char(s, st, "至")) || (n = zh_char(s, st, "截至")) ||
	      (n = zh_char(s, st, "截止到"))))
		return st;
	p = qs_skipsp(s, st + n);
	if (tx_year_at(s, p, &y) > p) {
		*dl = 1;
		*i = p;
		return st;
	}
	if (!(zh_char(s, p, "今年") || zh_char(s, p, "明年")))
		return st;
	off = zh_char(s, p, "明年") ? 1 : 0;
	e = p + 6;
	if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "年底")) || (n = zh_char(s, e, "末")))
		e += n;
	t = tx_addt(s, st, e);
	t->deadline = 1;
	tx_setv(t, s->dy ? s->dy + off : 0, 0, 0);
	return e;
}

/* The year at I, in four digits or numerals, or (at ST) two: 08年, 零八年, 18年10月.  Its end in the year *Y, or I. */
static size_t
zh_year_head(const struct qs *s, size_t i, size_t st, int *y)
{
	size_t e, n, l, l2, q2;
	int a, b, mm, dd;

	e = tx_year_at(s, i, y);
	if (e > i || i != st || zh_num_before(s, i))
		return e;
	if ((q2 = num_at(s, i, 2, 2, &a)) > i && (n = zh_char(s, q2, "年")) &&
	    (s->f[i] == '0' || zh_md(s, q2 + n, &mm, &dd) > q2 + n))
		*y = yy_year(a), e = q2;
	else if ((a = zh_digit(qs_cp(s, i, &l))) == 0 && (b = zh_digit(qs_cp(s, i + l, &l2))) >= 0 &&
	         zh_char(s, i + l + l2, "年"))
		*y = 2000 + b, e = i + l + l2;
	return e;
}

/* A range of years after the year Y at P, from ST: 2018至2020年, 2018-2020年, 2018年至2020年.  The end, or P. */
static size_t
zh_year_range(struct qs *s, size_t p, size_t st, int y)
{
	struct qt_time *t;
	size_t q = p, r, n, e;
	int y2;

	if ((n = zh_char(s, q, "年")))
		q = q + n;
	if (!((n = zh_char(s, q, "至")) || (n = zh_char(s, q, "到")) || (n = zh_char(s, q, "-")) ||
	      (n = zh_char(s, q, "~")) || (n = zh_char(s, q, "—")) || (n = zh_char(s, q, "～")) ||
	      (n = zh_char(s, q, "–"))))
		return p;
	r = qs_skipsp(s, q + n);
	if ((e = tx_year_at(s, r, &y2)) > r && y2 > y && (n = zh_char(s, e, "年"))) {
		e += n;
		t = tx_addt(s, st, e);
		tx_setrange(t, y, 0, y2, 0);
		return e;
	}
	if ((e = tx_year_at(s, r, &y2)) > r && y2 > y && !dig(s->f[e])) {
		t = tx_addt(s, st, e);
		tx_setrange(t, y, 0, y2, 0);
		return e;
	}
	return p;
}

/* A bare year Y at I in Chinese text, ending at E, P after its spaces: "2008 第八届", "2016，…", not "2000家".  The end, or I. */
static size_t
zh_bare_year(struct qs *s, size_t i, size_t e, size_t p, int y)
{
	struct qt_time *t;
	size_t l;
	uint32_t c = qs_cp(s, p, &l);

	if (s->lang == QT_ZH && !dig(s->f[e]) && !qs_wordc(s, e) && !qs_zh_counted(s, p) &&
	    (p >= s->n || (qs_han(c) || c == 0x3001 || c == 0xFF0C || c == 0x3002 || c == ',' ||
	                   c == ')' || c == 0xFF09 || c == ';' || c == 0xFF1B || c == 0x201D)) &&
	    !(e < s->n && (s->f[e] == '.' || s->f[e] == '%' || s->f[e] == '-' || s->f[e] == '/'))) {
		t = tx_addt(s, i, e);
		tx_setv(t, y, 0, 0);
		return e;
	}
	return i;
}

/*
 * A part of the year Y after its 年 at E, from ST, a deadline with DL:
 * 2021年的第三个月, 上半年, 下半年, 第一季度, 前三季度.  The end, or E;
 * *M is what zh_nth_month() read, even when it read no month (第三批:
 * the caller dates the year's third month, as it always has).
 */
static size_t
zh_year_part(struct qs *s, size_t e, size_t st, int y, int dl, int *m)
{
	static const char *const zq[] = { "第一季度", "一季度", "第二季度", "二季度", "第三季度",
	                                  "三季度", "第四季度", "四季度" };
	struct qt_time *t;
	size_t p, n, k;
	int qq;

	if ((p = zh_nth_month(s, e, m)) > e) {
		t = tx_addt(s, st, p);
		tx_setv(t, y, *m, 0);
		return p;
	}
	if ((n = zh_char(s, e, "上半年")) || (n = zh_char(s, e, "前两季度")) || (n = zh_char(s, e, "前半年"))) {
		t = tx_addt(s, st, e + n);
		t->deadline = dl;
		tx_setrange(t, y, 1, y, 6);
		return e + n;
	}
	if ((n = zh_char(s, e, "下半年")) || (n = zh_char(s, e, "后半年"))) {
		t = tx_addt(s, st, e + n);
		tx_setrange(t, y, 7, y, 12);
		return e + n;
	}
	for (k = 0; k < 8; k++)
		if ((n = zh_char(s, e, zq[k]))) {
			qq = (int)k / 2 + 1;
			t = tx_addt(s, st, e + n);
			t->deadline = dl;
			tx_setrange(t, y, 3 * qq - 2, y, 3 * qq);
			return e + n;
		}
	if ((n = zh_char(s, e, "前三季度"))) {
		t = tx_addt(s, st, e + n);
		tx_setrange(t, y, 1, y, 9);
		return e + n;
	}
	return e;
}

/*
 * A time that opens with the year Y at I, ending at E, from ST (a
 * deadline's word, DL set): a range of years, a bare year, the year with
 * 年 and its month and day, or a part of it, 2020年底.  The end, or ST.
 */
static size_t
zh_year_time(struct qs *s, size_t i, size_t e, size_t st, int y, int dl)
{
	size_t p = qs_skipsp(s, e), n, q, me;
	int m, d;

	if ((q = zh_year_range(s, p, st, y)) > p)
		return q;
	if (!(n = zh_char(s, p, "年")))
		return i == st ? zh_bare_year(s, i, e, p, y) : st;
	e = p + n;
	p = qs_skipsp(s, e);
	if ((me = zh_md(s, p, &m, &d)) > p)
		e = me;
	else
		m = d = 0;
	if (!m) {
		if ((q = zh_year_part(s, e, st, y, dl, &m)) > e)
			return q;
		if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "末")) || (n = zh_char(s, e, "初")))
			e += n;
	}
	return tx_addv(s, st, e, dl, y, m, d);
}

/* 7月8日, 7月 at I in digits: a day or a month of the document's year.  The end, or I. */
static size_t
zh_month_digits(struct qs *s, size_t i)
{
	struct qt_time *t;
	size_t n, me, de;
	int m, d;

	/* a month in digits (date_month_zh() reads numerals too), not inside a longer number */
	if (i >= s->n || !dig(s->f[i]) || (i > 0 && dig(s->f[i - 1])) || !(m = date_month_zh(s->f + i, s->n - i, &n)))
		return i;
	me = i + n;
	de = num_at(s, me, 1, 2, &d);
	if (de > me && okday(d) && ((n = zh_char(s, de, "日")) || (n = zh_char(s, de, "号")))) {
		t = tx_addt(s, i, de + n);
		tx_setv(t, s->dy, m, d);
		return de + n;
	}
	/* "3月" alone: a month of the document's year, unless a count (3个月) */
	if (i > 0 && dig(s->f[i - 1]))
		return i;
	t = tx_addt(s, i, me);
	tx_setv(t, s->dy, m, 0);
	return me;
}

/*
 * The relative years at I: 今年, 去年, 明年, 目前, 年内, with a part of the
 * year after them (今年上半年, 去年前三季度, 今年的第三个月).  The end, or I.
 */
static size_t
zh_rel_year(struct qs *s, size_t i)
{
	static const struct {
		const char *w;
		int off;
	} rel[] = {
		{ "今年", 0 }, { "本年", 0 }, { "去年", -1 }, { "明年", 1 }, { "前年", -2 }, { "后年", 2 },
		{ "目前", 0 }, { "当前", 0 }, { "年内", 0 },
	};
	static const struct {
		const char *w;
		int m1, m2;
	} part[] = { { "上半年", 1, 6 }, { "下半年", 7, 12 }, { "前三季度", 1, 9 }, { "前半年", 1, 6 },
	             { "后半年", 7, 12 } };
	struct qt_time *t;
	size_t k, n, pi, pn;
	int yy, pm;

	for (k = 0; k < sizeof rel / sizeof rel[0]; k++) {
		if (!(n = zh_char(s, i, rel[k].w)))
			continue;
		/* 前年 in 同比前年 is fine; 年内 only after nothing numeric */
		t = tx_addt(s, i, i + n);
		tx_setv(t, s->dy ? s->dy + rel[k].off : 0, 0, 0);
		yy = s->dy ? s->dy + rel[k].off : 0;
		if (rel[k].off > -3 && (pn = zh_nth_month(s, i + n, &pm)) > i + n && rel[k].w[0] != "目"[0]) {
			t->end = s->map[pn];
			qs_take(s, i + n, pn);
			tx_setv(t, yy, pm, 0);
			return pn;
		}
		for (pi = 0; pi < 5; pi++)
			if (rel[k].off > -3 && strcmp(rel[k].w, "目前") && strcmp(rel[k].w, "当前") &&
			    (pn = zh_char(s, i + n, part[pi].w))) {
				t->end = s->map[i + n + pn];
				qs_take(s, i + n, i + n + pn);
				tx_setrange(t, yy, part[pi].m1, yy, part[pi].m2);
				return i + n + pn;
			}
		return i + n;
	}
	return i;
}

/* 十三五, 十四五 at I: the Five-Year Plan.  The end, or I. */
static size_t
zh_plan(struct qs *s, size_t i)
{
	static const char *const k5[] = { "一五", "二五", "三五", "四五", "五五" };
	struct qt_time *t;
	size_t n, k, pe;
	int plan, a;

	if (!((n = zh_char(s, i, "十")) && i + n + 6 <= s->n))
		return i;
	for (k = 0; k < 5; k++)
		if (qs_at(s, i + n, k5[k])) {
			plan = 11 + (int)k, a = 1966 + 5 * (plan - 3);
			pe = i + n + 6;
			/* the quotes in "十四五" stay outside */
			t = tx_addt(s, i, pe);
			tx_setrange(t, a, 0, a + 4, 0);
			return pe;
		}
	return i;
}

/* Chinese dates at I; the forms are tried in this order, the first that reads a time wins. */
size_t
tx_zh_time(struct qs *s, size_t i)
{
	size_t e, st = i;
	int y = 0, dl = 0;

	if (dig(s->f[i]) && tx_in_code(s, i))
		return i;
	if ((e = zh_by(s, &i, &dl)) > st)
		return e;
	if ((e = zh_more(s, i)) > i)
		return e;
	if ((e = zh_year_head(s, i, st, &y)) > i)
		return zh_year_time(s, i, e, st, y, dl);
	if (st != i)
		return st;
	if ((e = zh_month_digits(s, i)) > i || (e = zh_rel_year(s, i)) > i || (e = zh_plan(s, i)) > i)
		return e;
	return i;
}


/*
 * May a Chinese time start with the character C at I (L bytes long)?
 * tx_zh_time() reads a digit, or one of these: 到 至 截(至), the numerals of
 * a year, 今年 本年 去年 明年 前年 后年 目前 当前 年内, 十(三五); and
 * zh_rel_day()'s 今天 昨日 后天 後天 上个月 下周 and the holidays (元旦
 * 国庆节 劳动节 圣诞节 ...).  Most characters start none.
 */
int
tx_zh_start(const struct qs *s, size_t i, uint32_t c, size_t l)
{
	size_t n;

	switch (c) {
	case 0x5230: case 0x81F3: case 0x622A:                          /* 到 至 截 */
	case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E09: /* 〇 零 一 二 三 */
	case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: /* 四 五 六 七 八 */
	case 0x4E5D: case 0x5341:                                        /* 九 十 */
	case 0x4ECA: case 0x672C: case 0x660E: case 0x524D:              /* 今 本 明 前 */
	case 0x540E: case 0x4E0A: case 0x4E0B: case 0x6628: case 0x5F8C: /* 后 上 下 昨 後 */
		return 1;
	/* these start one word each; common characters, tried by their next one */
	case 0x53BB:                                                     /* 去年 */
		return zh_char(s, i + l, "年") > 0;
	case 0x76EE: case 0x5F53:                                        /* 目前 当前 */
		return zh_char(s, i + l, "前") > 0;
	case 0x5E74:                                                     /* 年内 */
		return zh_char(s, i + l, "内") > 0;
	case 0x5143: case 0x56FD: case 0x570B: case 0x52B3: case 0x52DE: /* 元 国 國 劳 勞 */
	case 0x5723: case 0x8056: case 0x60C5: case 0x513F: case 0x5987: /* 圣 聖 情 儿 妇 */
	case 0x6559:                                                     /* 教: the holidays */
		return zh_hol_at(s, i, &n) >= 0;
	}
	return 0;
}
