/*
 * Times in the text of a seg (see quant.h): dates, months, years, ranges
 * of years, halves and quarters, Five-Year Plans, and the relative forms
 * ("this year", 今年, "este ano", "tomorrow") resolved against the date of
 * the document.  Runs before the quantity scanner, so that the numbers of
 * a date are never read as quantities.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "qtscan.h"

static const char *const months_en[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"
};
static const char *const mon3_en[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
	                               "oct", "nov", "dec" };
static const char *const months_pt[] = {
	"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
	"outubro", "novembro", "dezembro"
};

static int
dig(int c)
{
	return c >= '0' && c <= '9';
}

/* An integer of MIN..MAX digits at I not glued to other digits: its end, value in *V. */
static size_t
num_at(const struct qs *s, size_t i, int min, int max, int *v)
{
	size_t p = i;
	int n = 0, x = 0;

	if (i > 0 && dig(s->f[i - 1]))
		return i;
	while (p < s->n && dig(s->f[p]) && n <= max)
		x = x * 10 + (s->f[p] - '0'), p++, n++;
	if (n < min || n > max)
		return i;
	*v = x;
	return p;
}

/* A year 1900..2100 in digits, or in Chinese numerals (二〇一九). */
static size_t
year_at(const struct qs *s, size_t i, int *y)
{
	size_t e = num_at(s, i, 4, 4, y), l, p;
	int k, d, x = 0;

	if (e > i)
		return (*y >= 1900 && *y <= 2100) ? e : i;
	p = i;
	for (k = 0; k < 4; k++) {
		uint32_t c = qs_cp(s, p, &l);
		switch (c) {
		case 0x3007: case 0x96F6: d = 0; break;
		case 0x4E00: d = 1; break; case 0x4E8C: d = 2; break; case 0x4E09: d = 3; break;
		case 0x56DB: d = 4; break; case 0x4E94: d = 5; break; case 0x516D: d = 6; break;
		case 0x4E03: d = 7; break; case 0x516B: d = 8; break; case 0x4E5D: d = 9; break;
		default: return i;
		}
		x = x * 10 + d;
		p += l;
	}
	if (x < 1900 || x > 2100)
		return i;
	*y = x;
	return p;
}

static struct qt_time *
addt(struct qs *s, size_t a, size_t b)
{
	struct qt_result *r = s->r;
	struct qt_time *t;

	if (r->nt == r->tcap) {
		r->tcap = r->tcap ? 2 * r->tcap : 8;
		r->t = xrealloc(r->t, r->tcap * sizeof *r->t);
	}
	t = &r->t[r->nt++];
	memset(t, 0, sizeof *t);
	t->start = s->map[a];
	t->end = s->map[b];
	qs_take(s, a, b);
	return t;
}

/*
 * Writes V (0..9999) in W digits, zero-padded, at P: what "%04d" and
 * "%02d" print for the years, months and days below (snprintf cost more
 * than the whole time scan).
 */
static char *
putn(char *p, int v, int w)
{
	if (w == 4) {
		*p++ = (char)('0' + v / 1000);
		*p++ = (char)('0' + v / 100 % 10);
	}
	*p++ = (char)('0' + v / 10 % 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

static void
setv(struct qt_time *t, int y, int m, int d)
{
	char *p = t->value;

	y = y > 9999 ? 9999 : y, m = m > 12 ? 12 : m, d = d > 31 ? 31 : d;
	if (y > 0) {
		p = putn(p, y, 4);
		if (m > 0) {
			*p++ = '-';
			p = putn(p, m, 2);
			if (d > 0) {
				*p++ = '-';
				p = putn(p, d, 2);
			}
		}
	}
	*p = '\0';
}

static void
setrange(struct qt_time *t, int y1, int m1, int y2, int m2)
{
	char *p = t->value;

	y1 = y1 > 9999 ? 9999 : y1, y2 = y2 > 9999 ? 9999 : y2;
	m1 = m1 > 12 ? 12 : m1, m2 = m2 < 0 ? 0 : m2 > 12 ? 12 : m2;
	if (y1 > 0 && y2 > 0) {
		p = putn(p, y1, 4);
		if (m1 > 0) {
			*p++ = '-';
			p = putn(p, m1, 2);
		}
		*p++ = '-';
		p = putn(p, y2, 4);
		if (m1 > 0) {
			*p++ = '-';
			p = putn(p, m2, 2);
		}
	}
	*p = '\0';
}

/* Month name at I (English or Portuguese): 1..12 and its end, or 0. */
static int
month_at(const struct qs *s, size_t i, size_t *e)
{
	int k;
	size_t n;

	if (i > 0 && qs_wordc(s, i - 1))
		return 0;
	/* every month, English or Portuguese, full or short, starts with one of these */
	if (i >= s->n || !strchr("jfmasond", s->lc[i]) || !s->lc[i])
		return 0;
	for (k = 0; k < 12; k++) {
		if (s->lang != QT_PT && (n = qs_atw(s, i, months_en[k]))) {
			*e = i + n;
			return k + 1;
		}
		if (s->lang == QT_PT && (n = qs_atw(s, i, months_pt[k]))) {
			*e = i + n;
			return k + 1;
		}
	}
	if (s->lang != QT_PT)
		for (k = 0; k < 12; k++) {
			if (k == 4)
				continue;
			if ((n = qs_at(s, i, mon3_en[k])) && (s->f[i] >= 'A' && s->f[i] <= 'Z')) {
				size_t p = i + n;

				if (k == 8 && p < s->n && s->lc[p] == 't')
					p++;
				if (qs_wordc(s, p))
					continue;
				if (p < s->n && s->f[p] == '.')
					p++;
				*e = p;
				return k + 1;
			}
		}
	return 0;
}

static int
okday(int d)
{
	return d >= 1 && d <= 31;
}

/* The word before I (lower case) is W. */
static int
word_before(const struct qs *s, size_t i, const char *w)
{
	size_t b = qs_backsp(s, i), a = qs_wstart(s, b), n = strlen(w);

	return b - a == n && memcmp(s->lc + a, w, n) == 0;
}

static size_t
zh_char(const struct qs *s, size_t i, const char *c)
{
	return qs_at(s, i, c);
}

/* Chinese dates at I. */
static size_t
zh_time(struct qs *s, size_t i)
{
	int y = 0, y2 = 0, m = 0, d = 0, dl = 0;
	size_t p, e, n, st = i;
	struct qt_time *t;

	/* 到2030年, 至2030年 */
	if ((n = zh_char(s, i, "到")) || (n = zh_char(s, i, "至")) || (n = zh_char(s, i, "截至")) ||
	    (n = zh_char(s, i, "截止到"))) {
		p = qs_skipsp(s, i + n);
		if (year_at(s, p, &y) > p) {
			dl = 1;
			i = p;
		} else if (zh_char(s, p, "今年") || zh_char(s, p, "明年")) {
			/* 到今年底, 到明年 */
			int off = zh_char(s, p, "明年") ? 1 : 0;

			e = p + 6;
			if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "年底")) || (n = zh_char(s, e, "末")))
				e += n;
			t = addt(s, st, e);
			t->deadline = 1;
			setv(t, s->dy ? s->dy + off : 0, 0, 0);
			return e;
		}
	}
	e = year_at(s, i, &y);
	if (e > i) {
		p = qs_skipsp(s, e);
		/* 2018至2020年, 2018-2020年, 2018年至2020年 */
		{
			size_t q = p, r;

			if ((n = zh_char(s, q, "年")))
				q = q + n;
			if ((n = zh_char(s, q, "至")) || (n = zh_char(s, q, "到")) || (n = zh_char(s, q, "-")) ||
			    (n = zh_char(s, q, "~")) || (n = zh_char(s, q, "—")) || (n = zh_char(s, q, "～")) ||
			    (n = zh_char(s, q, "–"))) {
				r = qs_skipsp(s, q + n);
				if ((e = year_at(s, r, &y2)) > r && y2 > y && (n = zh_char(s, e, "年"))) {
					e += n;
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
				if ((e = year_at(s, r, &y2)) > r && y2 > y && !dig(s->f[e])) {
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
			}
		}
		if (!(n = zh_char(s, p, "年"))) {
			/* a bare year in Chinese text: "2008 第八届", "2016，…", not "2000家" */
			size_t l;
			uint32_t c = qs_cp(s, p, &l);

			if (s->lang == QT_ZH && i == st && !dig(s->f[e]) && !qs_wordc(s, e) && !qs_zh_counted(s, p) &&
			    (p >= s->n || (qs_han(c) || c == 0x3001 || c == 0xFF0C || c == 0x3002 || c == ',' ||
			                   c == ')' || c == 0xFF09 || c == ';' || c == 0xFF1B || c == 0x201D)) &&
			    !(e < s->n && (s->f[e] == '.' || s->f[e] == '%' || s->f[e] == '-' || s->f[e] == '/'))) {
				t = addt(s, st, e);
				setv(t, y, 0, 0);
				return e;
			}
			return i == st ? i : st;
		}
		e = p + n;
		/* month */
		p = e;
		{
			size_t me = num_at(s, p, 1, 2, &m);

			if (me > p && m >= 1 && m <= 12 && (n = zh_char(s, me, "月"))) {
				e = me + n;
				size_t de = num_at(s, e, 1, 2, &d);
				if (de > e && okday(d) && ((n = zh_char(s, de, "日")) || (n = zh_char(s, de, "号"))))
					e = de + n;
				else
					d = 0;
			} else
				m = 0;
		}
		/* halves and quarters of the year */
		if (!m) {
			if ((n = zh_char(s, e, "上半年")) || (n = zh_char(s, e, "前两季度"))) {
				t = addt(s, st, e + n);
				t->deadline = dl;
				setrange(t, y, 1, y, 6);
				return e + n;
			}
			if ((n = zh_char(s, e, "下半年"))) {
				t = addt(s, st, e + n);
				setrange(t, y, 7, y, 12);
				return e + n;
			}
			{
				static const char *const zq[] = { "第一季度", "一季度", "第二季度", "二季度", "第三季度",
				                                  "三季度", "第四季度", "四季度" };
				size_t k;

				for (k = 0; k < 8; k++)
					if ((n = zh_char(s, e, zq[k]))) {
						int qq = (int)k / 2 + 1;

						t = addt(s, st, e + n);
						t->deadline = dl;
						setrange(t, y, 3 * qq - 2, y, 3 * qq);
						return e + n;
					}
			}
			if ((n = zh_char(s, e, "前三季度"))) {
				t = addt(s, st, e + n);
				setrange(t, y, 1, y, 9);
				return e + n;
			}
			if ((n = zh_char(s, e, "底")) || (n = zh_char(s, e, "末")) || (n = zh_char(s, e, "初")))
				e += n;
		}
		t = addt(s, st, e);
		t->deadline = dl;
		setv(t, y, m, d);
		return e;
	}
	if (st != i)
		return st;
	/* 7月8日, 7月 */
	e = num_at(s, i, 1, 2, &m);
	if (e > i && m >= 1 && m <= 12 && (n = zh_char(s, e, "月"))) {
		size_t me = e + n, de;

		de = num_at(s, me, 1, 2, &d);
		if (de > me && okday(d) && ((n = zh_char(s, de, "日")) || (n = zh_char(s, de, "号")))) {
			t = addt(s, i, de + n);
			setv(t, s->dy, m, d);
			return de + n;
		}
		/* "3月" alone: a month of the document's year, unless a count (3个月) */
		if (i > 0 && dig(s->f[i - 1]))
			return i;
		t = addt(s, i, me);
		setv(t, s->dy, m, 0);
		return me;
	}
	/* relative years */
	{
		static const struct {
			const char *w;
			int off;
		} rel[] = {
			{ "今年", 0 }, { "本年", 0 }, { "去年", -1 }, { "明年", 1 }, { "前年", -2 }, { "后年", 2 },
			{ "目前", 0 }, { "当前", 0 }, { "年内", 0 },
		};
		size_t k;

		for (k = 0; k < sizeof rel / sizeof rel[0]; k++)
			if ((n = zh_char(s, i, rel[k].w))) {
				/* 前年 in 同比前年 is fine; 年内 only after nothing numeric */
				t = addt(s, i, i + n);
				setv(t, s->dy ? s->dy + rel[k].off : 0, 0, 0);
				{
					/* 今年上半年, 去年前三季度 */
					static const struct {
						const char *w;
						int m1, m2;
					} part[] = { { "上半年", 1, 6 }, { "下半年", 7, 12 }, { "前三季度", 1, 9 } };
					size_t pi, pn;
					int yy = s->dy ? s->dy + rel[k].off : 0;

					for (pi = 0; pi < 3; pi++)
						if (rel[k].off > -3 && strcmp(rel[k].w, "目前") && strcmp(rel[k].w, "当前") &&
						    (pn = zh_char(s, i + n, part[pi].w))) {
							t->end = s->map[i + n + pn];
							qs_take(s, i + n, i + n + pn);
							setrange(t, yy, part[pi].m1, yy, part[pi].m2);
							return i + n + pn;
						}
				}
				return i + n;
			}
	}
	/* 十三五, 十四五 */
	if ((n = zh_char(s, i, "十")) && i + n + 6 <= s->n) {
		static const char *const k5[] = { "一五", "二五", "三五", "四五", "五五" };
		size_t k;

		for (k = 0; k < 5; k++)
			if (qs_at(s, i + n, k5[k])) {
				int plan = 11 + (int)k, a = 1966 + 5 * (plan - 3);
				size_t pe = i + n + 6;

				/* the quotes in "十四五" stay outside */
				t = addt(s, i, pe);
				setrange(t, a, 0, a + 4, 0);
				return pe;
			}
	}
	return i;
}

/* A Five-Year Plan named by its ordinal at I: "13th Five-Year Plan", "14º Plano Quinquenal". */
static size_t
fyp(struct qs *s, size_t i)
{
	int n;
	size_t e = num_at(s, i, 1, 2, &n), p;
	struct qt_time *t;

	if (e == i || n < 3 || n > 20)
		return i;
	if (qs_at(s, e, "th") || qs_at(s, e, "st") || qs_at(s, e, "nd") || qs_at(s, e, "rd"))
		p = e + 2;
	else if (qs_at(s, e, "º") || qs_at(s, e, "°"))
		p = e + 2;
	else if (s->f[e] == 'o')
		p = e + 1;
	else
		return i;
	p = qs_skipsp(s, p);
	if (qs_at(s, p, "five-year plan") || qs_at(s, p, "five year plan")) {
		p += qs_at(s, p, "five-year plan") ? 14 : 14;
	} else if (qs_at(s, p, "plano quinquenal")) {
		p += 16;
	} else
		return i;
	t = addt(s, i, p);
	{
		int a = 1966 + 5 * (n - 3);
		setrange(t, a, 0, a + 4, 0);
	}
	return p;
}

/*
 * Families of Latin time forms, by what starts them: latin_time() tries
 * only those FAM holds (all of them at a digit).
 */
enum {
	T_BY = 1,        /* by, até: a deadline */
	T_MONTH = 2,     /* a month's name */
	T_RANGE = 4,     /* from, between, de ...: a range of years */
	T_QUARTER = 8,   /* first quarter of, Q3 */
	T_HALF = 16,     /* first half of */
	T_REL = 32,      /* this year, today, hoje */
	T_ALL = 63
};

/* Latin (English, Portuguese) dates at I. */
static size_t
latin_time(struct qs *s, size_t i, unsigned fam)
{
	int y = 0, y2 = 0, m, d = 0, dl = 0, a, b;
	size_t e, p, n, st = i, q;
	struct qt_time *t;

	if ((e = fyp(s, i)) > i)
		return e;
	/* "na sexta-feira (29)": a day of the month after a weekday */
	if (i > 0 && s->f[i - 1] == '(' && (e = num_at(s, i, 1, 2, &d)) > i && e < s->n && s->f[e] == ')' && okday(d)) {
		static const char *const wd[] = { "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
		                                  "sexta-feira", "sábado", "domingo", "monday", "tuesday",
		                                  "wednesday", "thursday", "friday", "saturday", "sunday" };
		size_t bk = qs_backsp(s, i - 1), k, wn;

		for (k = 0; k < sizeof wd / sizeof wd[0]; k++) {
			wn = strlen(wd[k]);
			if (bk >= wn && !memcmp(s->lc + bk - wn, wd[k], wn) && (bk == wn || !qs_wordc(s, bk - wn - 1))) {
				t = addt(s, i, e);
				if (s->dy && s->dm && s->dd) {
					m = s->dm, y = s->dy;
					if (d > s->dd && --m < 1)
						m = 12, y--;
					setv(t, y, m, d);
				}
				return e;
			}
		}
	}
	/* deadlines: "by 2025", "by the end of 2018", "até 2030", "até o final de 2025" */
	if ((fam & T_BY) && ((n = qs_atw(s, i, "by")) || (n = qs_atw(s, i, "até")) || (n = qs_atw(s, i, "ate")))) {
		p = qs_skipsp(s, i + n);
		if ((q = qs_at(s, p, "the end of ")) || (q = qs_at(s, p, "end of ")) ||
		    (q = qs_at(s, p, "o final de ")) || (q = qs_at(s, p, "o fim de ")) || (q = qs_at(s, p, "final de ")))
			p = qs_skipsp(s, p + q);
		if (year_at(s, p, &y) > p || month_at(s, p, &e)) {
			dl = 1;
			i = p;
			fam = T_ALL;
		} else if (qs_atw(s, p, "this year") || qs_atw(s, p, "next year") || qs_atw(s, p, "este ano") ||
		           qs_atw(s, p, "o fim do ano") || qs_atw(s, p, "o final do ano")) {
			int off = qs_atw(s, p, "next year") ? 1 : 0;

			e = p + (qs_atw(s, p, "this year") ? 9 : qs_atw(s, p, "next year") ? 9 : qs_atw(s, p, "este ano") ? 8 :
			         qs_atw(s, p, "o fim do ano") ? 12 : 14);
			t = addt(s, st, e);
			t->deadline = 1;
			setv(t, s->dy ? s->dy + off : 0, 0, 0);
			return e;
		}
	}
	/* ISO and slashed dates */
	if ((e = num_at(s, i, 4, 4, &y)) > i && y >= 1900 && y <= 2100 && e + 1 < s->n &&
	    (s->f[e] == '-' || s->f[e] == '/' || s->f[e] == '.')) {
		char sep = s->f[e];
		size_t me = num_at(s, e + 1, 1, 2, &m);

		if (me > e + 1 && m >= 1 && m <= 12 && me + 1 < s->n && s->f[me] == sep) {
			size_t de = num_at(s, me + 1, 1, 2, &d);
			if (de > me + 1 && okday(d) && !dig(s->f[de])) {
				t = addt(s, st, de);
				t->deadline = dl;
				setv(t, y, m, d);
				return de;
			}
		}
	}
	if ((e = num_at(s, i, 1, 2, &a)) > i && e + 1 < s->n && (s->f[e] == '/' || s->f[e] == '.' || s->f[e] == '-')) {
		char sep = s->f[e];
		size_t me = num_at(s, e + 1, 1, 2, &b);

		if (me > e + 1 && me < s->n && s->f[me] == sep) {
			size_t ye = num_at(s, me + 1, 4, 4, &y);
			if (ye > me + 1 && y >= 1900 && y <= 2100 && !qs_wordc(s, ye)) {
				/* 5/17/2018 in English, 17/05/2018 elsewhere */
				m = s->lang == QT_EN ? a : b;
				d = s->lang == QT_EN ? b : a;
				if (m > 12 && d <= 12)
					m ^= d, d ^= m, m ^= d;
				if (m >= 1 && m <= 12 && okday(d)) {
					t = addt(s, st, ye);
					setv(t, y, m, d);
					return ye;
				}
			}
		}
	}
	/* Month D(, YYYY) | Month YYYY | Month of YYYY */
	if ((fam & T_MONTH) && (m = month_at(s, i, &e))) {
		size_t pe = e;

		/* "May" and "march" are words too: need a day or a year after them */
		p = qs_skipsp(s, e);
		if (s->lang != QT_PT && (q = num_at(s, p, 1, 2, &d)) > p && okday(d) && !qs_wordc(s, q + 2 - 2 + 0) &&
		    !(q < s->n && dig(s->f[q]))) {
			size_t r = q;

			if (qs_at(s, r, "st") || qs_at(s, r, "nd") || qs_at(s, r, "rd") || qs_at(s, r, "th"))
				r += 2;
			if (qs_wordc(s, r))
				goto nomd;
			pe = r;
			y = 0;
			r = qs_skipsp(s, (r < s->n && s->f[r] == ',') ? r + 1 : r);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e))
				pe = e;
			else
				y = s->dy;
			t = addt(s, st, pe);
			t->deadline = dl;
			setv(t, y, m, d);
			return pe;
		}
nomd:
		{
			size_t r = p;
			if ((n = qs_atw(s, r, "of")) || (n = qs_atw(s, r, "de")))
				r = qs_skipsp(s, r + n);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])) {
				t = addt(s, st, e);
				t->deadline = dl;
				setv(t, y, m, 0);
				return e;
			}
		}
		(void)pe;
		if (dl)
			return st;
	}
	/* D Month (YYYY) | D de Month (de YYYY) */
	if ((e = num_at(s, i, 1, 2, &d)) > i && okday(d) && !qs_wordc(s, e)) {
		p = qs_skipsp(s, e);
		if (s->lang == QT_PT && (n = qs_atw(s, p, "de")))
			p = qs_skipsp(s, p + n);
		if ((m = month_at(s, p, &e))) {
			size_t pe = e, r = qs_skipsp(s, e);

			y = s->dy;
			if ((n = qs_atw(s, r, "de")))
				r = qs_skipsp(s, r + n);
			if (r < s->n && s->f[r] == ',')
				r = qs_skipsp(s, r + 1);
			if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e))
				pe = e;
			else
				y = s->dy;
			t = addt(s, st, pe);
			t->deadline = dl;
			setv(t, y, m, d);
			return pe;
		}
	}
	/* ranges of years: from 2018 to 2020, between 2018 and 2020, de 2018 a 2020, 2018-2020 */
	{
		size_t r = i, k;
		int form = 0;

		if ((n = qs_atw(s, r, "from")) || (n = qs_atw(s, r, "between")) || (n = qs_atw(s, r, "de")) ||
		    (n = qs_atw(s, r, "entre")) || (n = qs_atw(s, r, "desde")))
			r = qs_skipsp(s, r + n), form = 1;
		if ((e = year_at(s, r, &y)) > r && !qs_wordc(s, e) && !dig(s->f[e])) {
			p = qs_skipsp(s, e);
			k = 0;
			if (p < s->n && (s->f[p] == '-' || s->f[p] == '/'))
				k = 1;
			else if (qs_at(s, p, "–") || qs_at(s, p, "—"))
				k = 3;
			else if ((n = qs_atw(s, p, "to")) || (n = qs_atw(s, p, "and")) || (n = qs_atw(s, p, "through")) ||
			         (n = qs_atw(s, p, "a")) || (n = qs_atw(s, p, "e")) || (n = qs_atw(s, p, "até")))
				k = n;
			if (k) {
				q = qs_skipsp(s, p + k);
				if ((e = year_at(s, q, &y2)) > q && y2 > y && !qs_wordc(s, e) && !dig(s->f[e])) {
					t = addt(s, st, e);
					setrange(t, y, 0, y2, 0);
					return e;
				}
				if (k == 1 && s->f[p] == '-' && q == p + 1 && (e = num_at(s, q, 2, 2, &y2)) > q &&
				    !qs_wordc(s, e) && !dig(s->f[e]) && y2 >= 1 && y2 <= 12 &&
				    (s->f[q] == '0' || s->lang == QT_ZH)) {
					/* 2013-06: a month */
					t = addt(s, st, e);
					setv(t, y, y2, 0);
					return e;
				}
				if (k == 1 && (e = num_at(s, q, 2, 2, &y2)) > q && !qs_wordc(s, e) && !dig(s->f[e]) &&
				    y / 100 * 100 + y2 > y) {
					t = addt(s, st, e);
					setrange(t, y, 0, y / 100 * 100 + y2, 0);
					return e;
				}
			}
			(void)form;
		}
	}
	/* a bare year: after a preposition, or before punctuation */
	if ((e = year_at(s, i, &y)) > i && !qs_wordc(s, e) && !dig(s->f[e]) &&
	    !(e < s->n && (s->f[e] == '%' || s->f[e] == '.' || s->f[e] == ',') && e + 1 < s->n && dig(s->f[e + 1]))) {
		static const char *const preps[] = {
			"in", "since", "by", "from", "to", "until", "till", "of", "between", "and", "before", "after",
			"during", "year", "end", "early", "late", "mid", "through", "for", "at", "em", "desde", "até",
			"de", "entre", "e", "ano", "para", "no", "na", "fim", "início", "inicio", "final", "meados",
			"até", "in the", "fiscal", "the", "ate", "than", "around", "about", "as"
		};
		static const char *const verbs[] = { "is", "was", "will", "has", "had", "saw", "marks", "marked",
		                                     "é", "foi", "será", "marca", "marcou", "teve" };
		size_t k;
		int ok = 0;
		size_t nx = qs_skipsp(s, e);
		uint32_t cb;
		size_t bp;

		for (k = 0; k < sizeof preps / sizeof preps[0] && !ok; k++)
			ok = word_before(s, i, preps[k]);
		cb = qs_cp_before(s, qs_backsp(s, i), &bp);
		if (cb == '(' || cb == ',' || cb == 0)
			ok = ok || nx >= s->n || s->f[nx] == ',' || s->f[nx] == '.' || s->f[nx] == ')' || s->f[nx] == ';';
		if (nx >= s->n || s->f[nx] == ',' || s->f[nx] == ')' || s->f[nx] == ';' || s->f[nx] == ':' ||
		    (s->f[nx] == '.' && !(nx + 1 < s->n && dig(s->f[nx + 1]))))
			ok = ok || (cb != '$' && !dig((int)cb));
		/* "2021 is the first year of ...": a year opening the seg */
		if (qs_backsp(s, i) == 0 || (i > 0 && (s->f[i - 1] == '"' || s->f[i - 1] == '(')))
			for (k = 0; k < sizeof verbs / sizeof verbs[0] && !ok; k++)
				ok = qs_atw(s, nx, verbs[k]) > 0;
		if (i > 0 && (s->f[i - 1] == '$' || s->f[i - 1] == '-'))
			ok = 0;
		/* "2000 companies" stays a number; "in 2000 companies" is rare enough */
		if (ok) {
			t = addt(s, st, e);
			t->deadline = dl;
			setv(t, y, 0, 0);
			return e;
		}
	}
	if (dl)
		return st;
	/* quarters: "the first quarter of 2020", "Q3 2019", "terceiro trimestre de 2021" */
	if (fam & T_QUARTER) {
		static const char *const qn[] = { "first quarter of", "second quarter of", "third quarter of",
		                                  "fourth quarter of", "primeiro trimestre de", "segundo trimestre de",
		                                  "terceiro trimestre de", "quarto trimestre de" };
		size_t k;
		int qq = 0;

		for (k = 0; k < 8 && !qq; k++)
			if ((n = qs_atw(s, i, qn[k])))
				qq = (int)(k % 4) + 1;
		if (!qq && (s->f[i] == 'Q' || s->f[i] == 'q') && i + 2 < s->n && s->f[i + 1] >= '1' && s->f[i + 1] <= '4' &&
		    s->f[i + 2] == ' ')
			qq = s->f[i + 1] - '0', n = 2;
		if (qq) {
			p = qs_skipsp(s, i + n);
			if ((e = year_at(s, p, &y)) > p && !qs_wordc(s, e) && !dig(s->f[e])) {
				t = addt(s, st, e);
				setrange(t, y, 3 * qq - 2, y, 3 * qq);
				return e;
			}
		}
	}
	/* halves: "first half of 2019", "primeiro semestre de 2019" */
	if (fam & T_HALF) {
		int h = 0;

		if ((n = qs_atw(s, i, "first half of")) || (n = qs_atw(s, i, "primeiro semestre de")))
			h = 1;
		else if ((n = qs_atw(s, i, "second half of")) || (n = qs_atw(s, i, "segundo semestre de")))
			h = 2;
		else if ((n = qs_atw(s, i, "first three quarters of")) || (n = qs_atw(s, i, "três primeiros trimestres de")))
			h = 3;
		if (h) {
			p = qs_skipsp(s, i + n);
			if ((e = year_at(s, p, &y)) > p && !qs_wordc(s, e)) {
				t = addt(s, st, e);
				setrange(t, y, h == 2 ? 7 : 1, y, h == 1 ? 6 : h == 2 ? 12 : 9);
				return e;
			}
		}
	}
	/* relative days and years */
	if (fam & T_REL) {
		static const struct {
			const char *w;
			int yoff, doff, kind;  /* kind 0: year, 1: day */
		} rel[] = {
			{ "this year", 0, 0, 0 }, { "last year", -1, 0, 0 }, { "next year", 1, 0, 0 },
			{ "the previous year", -1, 0, 0 }, { "the past year", -1, 0, 0 },
			{ "today", 0, 0, 1 }, { "yesterday", 0, -1, 1 }, { "tomorrow", 0, 1, 1 },
			{ "currently", 0, 0, 0 },
			{ "este ano", 0, 0, 0 }, { "neste ano", 0, 0, 0 }, { "deste ano", 0, 0, 0 },
			{ "ano passado", -1, 0, 0 }, { "próximo ano", 1, 0, 0 }, { "ano que vem", 1, 0, 0 },
			{ "hoje", 0, 0, 1 }, { "ontem", 0, -1, 1 }, { "amanhã", 0, 1, 1 }, { "atualmente", 0, 0, 0 },
		};
		size_t k;

		for (k = 0; k < sizeof rel / sizeof rel[0]; k++)
			if ((n = qs_atw(s, i, rel[k].w))) {
				if (rel[k].kind == 0 && s->lang == QT_PT && (rel[k].w[0] == 'c' || rel[k].w[0] == 't'))
					continue;
				if (rel[k].kind == 0 && s->lang != QT_PT && rel[k].w[0] != 'c' && rel[k].w[0] != 't' &&
				    rel[k].w[0] != 'l' && rel[k].w[0] != 'n')
					continue;
				t = addt(s, i, i + n);
				if (!s->dy)
					t->value[0] = '\0';
				else if (rel[k].kind == 0)
					setv(t, s->dy + rel[k].yoff, 0, 0);
				else if (s->dm && s->dd) {
					/* day arithmetic on the civil calendar */
					static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
					int yy = s->dy, mm = s->dm, dd = s->dd + rel[k].doff, ml;

					ml = mdays[mm - 1] + (mm == 2 && ((yy % 4 == 0 && yy % 100) || yy % 400 == 0));
					if (dd < 1) {
						if (--mm < 1)
							mm = 12, yy--;
						dd = mdays[mm - 1] + (mm == 2 && ((yy % 4 == 0 && yy % 100) || yy % 400 == 0));
					} else if (dd > ml) {
						dd = 1;
						if (++mm > 12)
							mm = 1, yy++;
					}
					setv(t, yy, mm, dd);
				} else
					t->value[0] = '\0';
				return i + n;
			}
	}
	return i;
}

/*
 * May a Chinese time start with the character C?  zh_time() reads a digit,
 * or one of these: 到 至 截(至), the numerals of a year, 今年 本年 去年 明年
 * 前年 后年 目前 当前 年内, 十(三五).  Most characters start none.
 */
static int
zh_time_start(uint32_t c)
{
	switch (c) {
	case 0x5230: case 0x81F3: case 0x622A:                          /* 到 至 截 */
	case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E09: /* 〇 零 一 二 三 */
	case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: /* 四 五 六 七 八 */
	case 0x4E5D: case 0x5341:                                        /* 九 十 */
	case 0x4ECA: case 0x672C: case 0x53BB: case 0x660E: case 0x524D: /* 今 本 去 明 前 */
	case 0x540E: case 0x76EE: case 0x5F53: case 0x5E74:              /* 后 目 当 年 */
		return 1;
	}
	return 0;
}

/*
 * May a Latin time start with the word at I (its letters, lower case)?
 * Without a digit at I, latin_time() reads only these first words: "by",
 * the months, "from", "between", the quarters and halves, the relative
 * words ("this year", "hoje"), Q of "Q3 2019".  Returns the families of
 * forms the word may start (T_BY ...), 0 for none.
 */
static unsigned
latin_time_start(const struct qs *s, size_t i, size_t *we)
{
	static const struct {
		const char *w;
		unsigned fam;
	} w[] = {
		{ "by", T_BY }, { "até", T_BY }, { "ate", T_BY },
		{ "from", T_RANGE }, { "between", T_RANGE }, { "de", T_RANGE }, { "entre", T_RANGE },
		{ "desde", T_RANGE },
		{ "first", T_QUARTER | T_HALF }, { "second", T_QUARTER | T_HALF }, { "third", T_QUARTER },
		{ "fourth", T_QUARTER }, { "primeiro", T_QUARTER | T_HALF }, { "segundo", T_QUARTER | T_HALF },
		{ "terceiro", T_QUARTER }, { "quarto", T_QUARTER }, { "q", T_QUARTER }, { "três", T_HALF },
		{ "this", T_REL }, { "last", T_REL }, { "next", T_REL }, { "the", T_REL }, { "today", T_REL },
		{ "yesterday", T_REL }, { "tomorrow", T_REL }, { "currently", T_REL }, { "este", T_REL },
		{ "neste", T_REL }, { "deste", T_REL }, { "ano", T_REL }, { "próximo", T_REL }, { "hoje", T_REL },
		{ "ontem", T_REL }, { "amanhã", T_REL }, { "atualmente", T_REL }, { "sept", T_MONTH },
	};
	/*
	 * The words above, the months and their abbreviations, with their
	 * lengths and families, grouped by first byte (all ASCII): word
	 * first[c] to first[c + 1] - 1 of tab start with byte c.
	 */
	static struct {
		const char *w;
		unsigned char n;
		unsigned char fam;
	} tab[sizeof w / sizeof w[0] + 36];
	static unsigned char first[129];
	static uint32_t lens[128];  /* bit N: a word of N bytes starts with byte c */
	static size_t ntab;
	size_t e = i, n, k, m;
	const char *lw = s->lc + i;
	unsigned c;

	if (!ntab) {
		const char *all[sizeof w / sizeof w[0] + 36];
		unsigned allf[sizeof w / sizeof w[0] + 36];
		size_t na = 0;

		for (k = 0; k < sizeof w / sizeof w[0]; k++)
			all[na] = w[k].w, allf[na++] = w[k].fam;
		for (k = 0; k < 12; k++) {
			all[na] = months_en[k], allf[na++] = T_MONTH;
			all[na] = months_pt[k], allf[na++] = T_MONTH;
			all[na] = mon3_en[k], allf[na++] = T_MONTH;
		}
		for (k = 0; k < na; k++)
			if ((unsigned char)all[k][0] >= 0x80 || strlen(all[k]) > 31)
				die("latin_time_start: \"%s\" does not fit the table", all[k]);
		for (c = 0; c < 128; c++) {
			first[c] = (unsigned char)ntab;
			for (k = 0; k < na; k++) {
				if ((unsigned char)all[k][0] != c)
					continue;
				/* a word twice ("may"): one entry, both families */
				for (m = first[c]; m < ntab && strcmp(tab[m].w, all[k]); m++)
					;
				if (m == ntab) {
					tab[ntab].w = all[k];
					tab[ntab++].n = (unsigned char)strlen(all[k]);
					lens[c] |= 1u << strlen(all[k]);
				}
				tab[m].fam |= (unsigned char)allf[k];
			}
		}
		first[128] = (unsigned char)ntab;
	}
	while (qs_wordc(s, e))
		e++;
	*we = e;
	n = e - i;
	c = (unsigned char)*lw;
	if (c >= 0x80 || n > 31 || !(lens[c] >> n & 1))
		return 0;
	for (m = first[c]; m < first[c + 1]; m++) {
		if (tab[m].n != n)
			continue;
		for (k = 1; k < n && lw[k] == tab[m].w[k]; k++)
			;
		if (k == n)
			return tab[m].fam;
	}
	return 0;
}

void
tx_scan(struct qs *s)
{
	size_t i = 0, e, l;
	uint32_t c;
	unsigned fam;
	size_t we;

	while (i < s->n) {
		c = qs_cp(s, i, &l);
		if ((qs_han(c) && zh_time_start(c)) || dig(s->f[i])) {
			if ((e = zh_time(s, i)) > i) {
				i = e;
				continue;
			}
		}
		fam = 0;
		we = 0;
		if (qs_wordc(s, i) && !(i > 0 && qs_wordc(s, i - 1)))
			fam = latin_time_start(s, i, &we);
		else if (dig(s->f[i]) && !(i > 0 && (dig(s->f[i - 1]) || qs_wordc(s, i - 1))))
			fam = T_ALL;
		if (fam) {
			if ((e = latin_time(s, i, fam)) > i) {
				i = e;
				continue;
			}
		}
		if (qs_wordc(s, i))
			i = we > i && s->f[we] != '\'' ? we : qs_wend(s, i);  /* the letters latin_time_start() read */
		else if (dig(s->f[i]))
			while (i < s->n && dig(s->f[i]))
				i++;
		else
			i += l ? l : 1;
	}
}
