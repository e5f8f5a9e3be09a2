/*
 * The number readers (see qnum.h).  Each reads forward from where a
 * number may start and stops at the first token that cannot go on it; a
 * Chinese number or a spelled one may hold another (又, 分之, "point"),
 * read by a nested call.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qnum.h"
#include "qword.h"

/* ---------------------------------------------------------------- digits */

/*
 * English digits grouped another way, after the FIRST digits that end at P:
 * lakhs and crores ("12,34,567", two-digit groups then one of three) or
 * thousands by points with a decimal comma ("1.111,11", the comma's one or
 * two digits telling it from a list).  Appends the digits to BUF (a point
 * before the decimals) and returns the end, or P when neither is there.
 */
static size_t
digits_other(const struct qs *s, size_t p, int first, char *buf, size_t *bl, int *nd)
{
	const char *f = s->f;
	size_t n = s->n, r = p, k;
	int m = 0;

	if (first <= 2) {
		while (r + 3 < n && f[r] == ',' && qs_isd(f[r + 1]) && qs_isd(f[r + 2]) && f[r + 3] == ',' &&
		       s->map[r + 1] - s->map[r] == 1)
			r += 3, m++;
		if (m && r + 3 < n && f[r] == ',' && s->map[r + 1] - s->map[r] == 1 && qs_isd(f[r + 1]) &&
		    qs_isd(f[r + 2]) && qs_isd(f[r + 3]) && !(r + 4 < n && (qs_isd(f[r + 4]) || qs_wordc(s, r + 4) ||
		                                                     (f[r + 4] == ',' && r + 5 < n && qs_isd(f[r + 5]))))) {
			for (k = p; k < r + 4; k++)
				if (qs_isd(f[k]) && *bl < 60)
					buf[(*bl)++] = f[k];
			*nd += 2 * m + 3;
			return r + 4;
		}
	}
	r = p, m = 0;
	while (r + 4 < n && f[r] == '.' && qs_isd(f[r + 1]) && qs_isd(f[r + 2]) && qs_isd(f[r + 3]) && !qs_isd(f[r + 4]))
		r += 4, m++;
	if (m && r + 1 < n && f[r] == ',' && qs_isd(f[r + 1])) {
		size_t d = r + 1, de = d;

		while (de < n && qs_isd(f[de]))
			de++;
		if (de - d <= 2 && !(de + 1 < n && (f[de] == '.' || f[de] == ',') && qs_isd(f[de + 1])) &&
		    !qs_wordc(s, de)) {
			for (k = p; k < de; k++)
				if (qs_isd(f[k]) && *bl < 60)
					buf[(*bl)++] = f[k];
				else if (k == r && *bl < 60)
					buf[(*bl)++] = '.';
			*nd += 3 * m;
			return de;
		}
	}
	return p;
}

/* An exponent or a power after the digits ending at P: 1e10, 12.32e+14, 2^5, 1.3x10^6.  Its end. */
static size_t
exponent(const struct qs *s, size_t p, double *vp)
{
	const char *f = s->f;
	size_t n = s->n, q, b;
	double v = *vp;

	/* exponent: 1e10, 1.3e6, 12.32e+14 */
	if (p < n && (f[p] == 'e' || f[p] == 'E')) {
		q = p + 1;
		if (q < n && (f[q] == '+' || f[q] == '-'))
			q++;
		if (q < n && qs_isd(f[q])) {
			b = q;
			while (q < n && qs_isd(f[q]))
				q++;
			if (!qs_wordc(s, q)) {
				char eb[16];
				size_t el = q - (p + 1) < 15 ? q - (p + 1) : 15;

				memcpy(eb, f + p + 1, el);
				eb[el] = '\0';
				if (q - b > 4)
					v = HUGE_VAL;
				else
					v *= pow(10, atof(eb));
				p = q;
			}
		}
	}
	/* power: 2^5, 1.1^-1, 1.3x10^6 */
	if (p + 1 < n && f[p] == '^') {
		q = p + 1;
		int neg = 0;
		while (q < n && (f[q] == '+' || f[q] == '-'))
			neg ^= f[q] == '-', q++;
		if (q < n && qs_isd(f[q])) {
			b = q;
			while (q < n && qs_isd(f[q]))
				q++;
			v = q - b > 4 ? HUGE_VAL : pow(v, (neg ? -1 : 1) * atof(f + b));
			p = q;
		}
	} else if (p + 4 < n && f[p] == 'x' && f[p + 1] == '1' && f[p + 2] == '0' && f[p + 3] == '^') {
		q = p + 4;
		int neg = 0;
		while (q < n && (f[q] == '+' || f[q] == '-'))
			neg ^= f[q] == '-', q++;
		if (q < n && qs_isd(f[q])) {
			b = q;
			while (q < n && qs_isd(f[q]))
				q++;
			v = q - b > 4 ? HUGE_VAL : v * pow(10, (neg ? -1 : 1) * atof(f + b));
			p = q;
		}
	}
	*vp = v;
	return p;
}

size_t
qnum_digits(struct qs *s, size_t i, struct qnum *nm)
{
	const char *f = s->f;
	size_t p = i, n = s->n;
	char buf[96];
	size_t bl = 0;
	int nd = 0, first, dotted = 0;
	char dec = s->lang == QT_PT ? ',' : '.', grp = s->lang == QT_PT ? '.' : ',';
	double v;

	if (!qs_isd(f[p]) && !(f[p] == dec && p + 1 < n && qs_isd(f[p + 1])))
		return i;
	while (p < n && qs_isd(f[p])) {
		if (bl < 60)
			buf[bl++] = f[p];
		nd++, p++;
	}
	first = nd;
	if (first > 0 && first <= 3) {
		char sep = 0;

		for (;;) {
			if (p + 3 < n + 0 && (f[p] == grp || f[p] == ' ') && (!sep || f[p] == sep) &&
			    qs_isd(f[p + 1]) && qs_isd(f[p + 2]) && qs_isd(f[p + 3]) && (p + 4 >= n || !qs_isd(f[p + 4]))) {
				if (f[p] == ' ' && p + 4 < n && (qs_wordc(s, p + 4) || (f[p + 4] == grp && p + 5 < n && qs_isd(f[p + 5]))))
					break;
				if (f[p] != ' ' && s->map[p + 1] - s->map[p] != s->map[p] - s->map[p - 1])
					break;  /* "20，300": a full-width comma between ASCII digits */
				if (f[p] == ' ' && sep == 0 && s->lang == QT_ZH)
					break;
				sep = f[p];
				if (bl < 60)
					memcpy(buf + bl, f + p + 1, 3), bl += 3;
				nd += 3;
				p += 4;
			} else if (p + 3 <= n && (f[p] == grp || f[p] == ' ') && (!sep || f[p] == sep) && qs_isd(f[p + 1]) &&
			           qs_isd(f[p + 2]) && qs_isd(f[p + 3]) && p + 4 == n) {
				sep = f[p];
				if (bl < 60)
					memcpy(buf + bl, f + p + 1, 3), bl += 3;
				nd += 3;
				p += 4;
			} else
				break;
		}
	}
	if (s->lang == QT_EN && first > 0 && first <= 3 && p == i + first)
		p = digits_other(s, p, first, buf, &bl, &nd);
	if (p + 1 < n && f[p] == dec && qs_isd(f[p + 1])) {
		buf[bl++] = '.';
		p++;
		while (p < n && qs_isd(f[p])) {
			if (bl < 80)
				buf[bl++] = f[p];
			p++;
		}
		if (p + 1 < n && (f[p] == '.' || f[p] == ',') && qs_isd(f[p + 1]) && f[p] == dec)
			dotted = 1;
	}
	buf[bl] = '\0';
	v = strtod(buf, NULL);
	p = exponent(s, p, &v);
	nm->s = i;
	nm->e = p;
	nm->v = v;
	nm->ok = 1;
	nm->ntok = 1;
	if (nd > 18 || !isfinite(v) || fabs(v) > 1e18)
		nm->bad = 1;
	if (dotted)
		nm->ok = 0, nm->e = p;
	return p;
}

/* ----------------------------------------------------- Chinese numerals */

static const double bigv[] = { 1, 1e4, 1e8, 1e12 };

/* After spaces at I (Chinese only), the next thing that may go on a number. */
static size_t
zspace(const struct qs *s, size_t i, int started)
{
	size_t j = qs_skipsp(s, i), l;
	uint32_t c;

	if (j == i || !started)
		return i;
	c = qs_cp(s, j, &l);
	if (qs_znumc(c) || QS_DIAN(c) || QS_YU(c) || QS_DUO(c) || QS_JI(c) || c == QS_FEN || c == QS_ZHI ||
	    c == QS_YOU || (qs_isd(s->f[j]) && s->lang == QT_ZH))
		return j;
	return i;
}

static size_t zfrac(struct qs *s, size_t i, double den, struct qnum *nm);
static size_t znum1(struct qs *s, size_t i, struct qnum *nm);

/*
 * 近千家, 上百家, 逾万人, 超百亿元: a round number written as its unit alone,
 * after a word of approximation; "千家万户" is an idiom, no number.
 */
static int
zh_round_before(const struct qs *s, size_t i)
{
	size_t b;
	uint32_t c = qs_cp_before(s, i, &b);

	return c == 0x8FD1 /* 近 */ || c == 0x4E0A /* 上 */ || c == 0x903E /* 逾 */ || c == 0x8D85 /* 超 */ ||
	       c == 0x7EA6 /* 约 */ || c == 0x7834 /* 破 */ || c == 0x8FC7 /* 过 */;
}

/*
 * Reads a Chinese number at I: numerals and digits mixed (see the file
 * comment).  Returns its end, or I.
 */
size_t
qnum_zh(struct qs *s, size_t i, struct qnum *nm)
{
	/* 又 and 分之 read a number inside a number: no deeper than this */
	static int depth;
	size_t r;

	if (depth >= 3)
		return i;
	depth++;
	r = znum1(s, i, nm);
	depth--;
	return r;
}

/*
 * The state of one znum1(): the value of each power of 10^4 read (LV,
 * 1, 万, 亿, 兆), the section below the last of them (SEC), the numeral
 * being read (NUM), and the units just read, which tell what may follow.
 */
struct zstate {
	struct qs *s;
	struct qnum *nm;
	size_t i, p, end, ret;
	double lv[4], sec, num, shmul, lastsmall;
	double prevunit;    /* the unit just read: 十 .. 兆 (1e12 does not fit an int) */
	int have, zero, ntok, nchar, lastbig, neg, prevbig;
};

/* What a character tells znum1(): the number ends, it goes on, or znum1() returns ZS->ret. */
enum { ZS_BREAK, ZS_CONT, ZS_RET };

static int
z_ret(struct zstate *zs, size_t ret)
{
	zs->ret = ret;
	return ZS_RET;
}

/* A character of the number ends at END: it goes on after it. */
static int
z_took(struct zstate *zs, size_t end)
{
	zs->p = zs->end = end;
	zs->nchar++, zs->ntok++;
	return ZS_CONT;
}

/* Digits inside a Chinese number, at Q: 1.2万亿, 5万4千. */
static int
z_digits(struct zstate *zs, size_t q)
{
	struct qs *s = zs->s;
	struct qnum dn;

	if (zs->have)
		return ZS_BREAK;
	memset(&dn, 0, sizeof dn);
	if (qnum_digits(s, q, &dn) == q || !dn.ok)
		return ZS_BREAK;
	if (dn.bad)
		zs->nm->bad = 1;
	zs->num = dn.v, zs->have = 1, zs->shmul = 0, zs->prevunit = 0, zs->prevbig = 0;
	zs->p = zs->end = dn.e;
	zs->ntok++;
	/* an Arabic number followed by a Latin letter is not ours */
	if (zs->p < s->n && qs_wordc(s, zs->p) && !zs->ntok)
		return ZS_BREAK;
	return ZS_CONT;
}

/* A numeral 零 to 九 (K), at Q. */
static int
z_numeral(struct zstate *zs, size_t q, int k, size_t l)
{
	if (zs->have && !(k == 0 && !zs->ntok))
		return ZS_BREAK;
	if (k == 0 && zs->have == 0 && zs->ntok > 0) {
		zs->zero = 1;
		zs->prevunit = 0;
		return z_took(zs, q + l);
	}
	zs->num = k, zs->have = 1;
	zs->shmul = 0;
	if (zs->prevunit && !zs->zero)
		zs->shmul = zs->prevunit / 10;
	zs->prevunit = 0, zs->prevbig = 0;
	return z_took(zs, q + l);
}

/* 十, 百, 千 (C), at Q. */
static int
z_small(struct zstate *zs, size_t q, uint32_t c, size_t l)
{
	struct qs *s = zs->s;
	double u = qs_zsmall(c);

	if (!zs->have && zs->ntok == 0 && u > 10) {
		/* 百三, 千三, 百万: a leading 百/千 needs a numeral after it */
		size_t q2 = q + l, l2;
		uint32_t c2 = qs_cp(s, q2, &l2);

		if (!(qs_zdigit(c2) > 0 || qs_zbig(c2)) && !zh_round_before(s, zs->i))
			return ZS_BREAK;
	}
	if (zs->lastsmall && u >= zs->lastsmall && !zs->have)
		return ZS_BREAK;
	if (zs->lastsmall && u >= zs->lastsmall && zs->have)
		return ZS_BREAK;
	zs->sec += (zs->have && zs->num != 0 ? zs->num : 1) * u;
	zs->num = 0, zs->have = 0, zs->zero = 0, zs->shmul = 0;
	zs->lastsmall = u;
	zs->prevunit = u, zs->prevbig = 0;
	return z_took(zs, q + l);
}

/* 万, 亿, 兆 (K: 1 to 3), at Q. */
static int
z_big(struct zstate *zs, size_t q, int k, size_t l)
{
	struct qs *s = zs->s;
	double below = zs->sec + (zs->have ? zs->num : 0);
	int j;

	if (zs->ntok == 0 && !zh_round_before(s, zs->i))
		return ZS_BREAK;
	if (zs->ntok == 0)
		below = 1;
	if (below == 0 && zs->prevbig && k + zs->prevbig <= 3) {
		/* 万万 = 亿, 万亿 = 兆 */
		double t = 0;
		for (j = 0; j <= zs->prevbig; j++)
			t += zs->lv[j], zs->lv[j] = 0;
		zs->lv[zs->prevbig + k] += t * bigv[k];
		zs->prevbig = zs->prevbig + k;
	} else {
		if (below == 0 && zs->lastbig == 0 && !zs->have && zs->sec == 0)
			return ZS_BREAK;
		for (j = 0; j < k; j++)
			below += zs->lv[j], zs->lv[j] = 0;
		zs->lv[k] += below * bigv[k];
		zs->prevbig = k;
	}
	zs->sec = 0, zs->num = 0, zs->have = 0, zs->zero = 0, zs->shmul = 0, zs->lastsmall = 0;
	zs->lastbig = k;
	zs->prevunit = bigv[k];
	return z_took(zs, q + l);
}

/* The decimals after 点 at Q: 二点五, 两千万点五五四四. */
static int
z_point(struct zstate *zs, size_t q, size_t l)
{
	struct qs *s = zs->s;
	size_t r = zspace(s, q + l, 1), l2;
	char fb[64];
	size_t fl = 0;
	int d;

	if (r == q + l)
		r = q + l;
	fb[fl++] = '0', fb[fl++] = '.';
	while (r < s->n && fl < 60 && (d = qs_zdigit(qs_cp(s, r, &l2))) >= 0) {
		fb[fl++] = (char)('0' + d);
		r += l2;
	}
	if (fl == 2)
		return ZS_BREAK;
	fb[fl] = '\0';
	if (zs->have && zs->shmul)
		zs->num *= zs->shmul;
	zs->num = (zs->have ? zs->num : 0) + atof(fb);
	zs->have = 1, zs->shmul = 0, zs->prevunit = 0, zs->lastsmall = 0;
	zs->p = zs->end = r;
	zs->ntok++;
	return ZS_CONT;
}

/* 余, 多, 几 (C) at Q: "more than" inside the number (三百多万) or after it. */
static int
z_approx(struct zstate *zs, size_t q, uint32_t c, size_t l)
{
	struct qs *s = zs->s;
	size_t r = qs_skipsp(s, q + l), l2;
	uint32_t c2 = qs_cp(s, r, &l2);

	if (qs_zsmall(c2) > 0 || qs_zbig(c2) > 0) {
		strcpy(zs->nm->qual, ">");
		if (zs->have && zs->shmul)
			zs->num *= zs->shmul;
		zs->p = zs->end = r;
		zs->shmul = 0;
		return ZS_CONT;
	}
	if (QS_JI(c))
		return ZS_BREAK;
	strcpy(zs->nm->qual, ">");
	zs->end = q + l;
	zs->p = zs->end;
	return ZS_BREAK;
}

/* 分之 at Q: what was read is the denominator of a fraction. */
static int
z_fen(struct zstate *zs, size_t q, size_t l)
{
	struct qs *s = zs->s;
	size_t r = zspace(s, q + l, 1), l2;

	if (qs_cp(s, r, &l2) == QS_ZHI) {
		double den = 0;
		int j;

		for (j = 0; j < 4; j++)
			den += zs->lv[j];
		den += zs->sec + (zs->have ? zs->num * (zs->shmul ? zs->shmul : 1) : 0);
		return z_ret(zs, zfrac(s, r + l2, zs->neg ? -den : den, zs->nm) ? (zs->nm->s = zs->i, zs->nm->e) : zs->i);
	}
	return ZS_BREAK;
}

/* 又 at Q: a whole number and a fraction (三百五又三分之一). */
static int
z_you(struct zstate *zs, size_t q, size_t l)
{
	struct qs *s = zs->s;
	struct qnum fr;
	size_t r = qs_skipsp(s, q + l), fe;
	double whole = 0;
	int j;

	memset(&fr, 0, sizeof fr);
	fe = qnum_zh(s, r, &fr);
	if (fe == r || !fr.frac)
		return ZS_BREAK;
	for (j = 0; j < 4; j++)
		whole += zs->lv[j];
	whole += zs->sec + (zs->have ? zs->num * (zs->shmul ? zs->shmul : 1) : 0);
	zs->nm->s = zs->i, zs->nm->e = fe;
	zs->nm->v = (zs->neg ? -1 : 1) * (whole + fr.v);
	zs->nm->ok = 1, zs->nm->frac = 1, zs->nm->ntok = zs->ntok + 2;
	return z_ret(zs, fe);
}

/* The character C (L bytes) at Q in a Chinese number. */
static int
z_token(struct zstate *zs, size_t q, uint32_t c, size_t l)
{
	struct qs *s = zs->s;
	int k;

	if (qs_isd(s->f[q]) || (s->f[q] == '.' && q + 1 < s->n && qs_isd(s->f[q + 1]) && !zs->ntok))
		return z_digits(zs, q);
	if ((k = qs_zdigit(c)) >= 0)
		return z_numeral(zs, q, k, l);
	if (qs_zsmall(c) > 0)
		return z_small(zs, q, c, l);
	if ((k = qs_zbig(c)) > 0)
		return z_big(zs, q, k, l);
	if (QS_DIAN(c) && zs->ntok)
		return z_point(zs, q, l);
	if ((QS_YU(c) || QS_DUO(c) || QS_JI(c)) && zs->ntok)
		return z_approx(zs, q, c, l);
	if (c == QS_FEN && zs->ntok)
		return z_fen(zs, q, l);
	if (c == QS_YOU && zs->ntok)
		return z_you(zs, q, l);
	return ZS_BREAK;
}

static size_t
znum1(struct qs *s, size_t i, struct qnum *nm)
{
	struct zstate zs = { .s = s, .nm = nm, .i = i, .p = i, .end = i };
	size_t l, q;
	uint32_t c;
	int r;

	c = qs_cp(s, zs.p, &l);
	if (QS_FU(c)) {
		q = qs_skipsp(s, zs.p + l);
		if (q < s->n && (qs_znumc(qs_cp(s, q, &l)) || qs_isd(s->f[q])))
			zs.neg = 1, zs.p = q;
	}
	for (;;) {
		q = zs.ntok ? zspace(s, zs.p, zs.ntok) : zs.p;
		c = qs_cp(s, q, &l);
		if (q >= s->n)
			break;
		if ((r = z_token(&zs, q, c, l)) == ZS_RET)
			return zs.ret;
		if (r == ZS_BREAK)
			break;
	}
	if (!zs.ntok)
		return i;
	if (zs.have && zs.shmul)
		zs.num *= zs.shmul;
	nm->v = zs.lv[0] + zs.lv[1] + zs.lv[2] + zs.lv[3] + zs.sec + (zs.have ? zs.num : 0);
	if (zs.neg)
		nm->v = -nm->v;
	nm->s = zs.i;
	nm->e = zs.end;
	nm->ok = 1;
	nm->ntok = zs.ntok;
	nm->lone = zs.nchar == 1 && zs.ntok == 1;
	nm->scaled = zs.lastbig > 0;
	if (!isfinite(nm->v) || fabs(nm->v) > 1e18)
		nm->bad = 1;
	return zs.end;
}

/* The numerator of a Chinese fraction at I over DEN ("之一"). */
static size_t
zfrac(struct qs *s, size_t i, double den, struct qnum *nm)
{
	struct qnum a;
	size_t p = qs_skipsp(s, i), e;

	memset(&a, 0, sizeof a);
	e = qnum_zh(s, p, &a);
	if (e == p || !a.ok || den == 0)
		return 0;
	nm->v = a.v / den;
	if (a.v < 0 && den < 0)
		nm->v = -a.v / -den;
	nm->e = e;
	nm->ok = 1;
	nm->frac = 1;
	nm->ntok = 3;
	return e;
}

/* ------------------------------------------------------ spelled numbers */

/* Reads the digits of "point zero three", "vírgula vinte e oito". */
static size_t
wdecimals(struct qs *s, size_t i, double *frac)
{
	char buf[48];
	size_t bl = 0, p = i, e, last = i;
	const struct qword *w;

	buf[bl++] = '0', buf[bl++] = '.';
	for (;;) {
		size_t q = qs_skipsp(s, p);

		w = qword_at(s, q, 0, &e);
		if (!w || (w->type != QW_UNIT && w->type != QW_TEN && w->type != QW_HUND))
			break;
		if (w->type == QW_UNIT && w->v < 10 && bl < 40) {
			buf[bl++] = (char)('0' + (int)w->v);
			p = last = e;
			continue;
		}
		{
			/* a whole number read as digits: "seventy-one" -> 71 */
			double v = w->v;
			size_t q2 = e;
			const struct qword *w2;
			size_t e2;

			q2 = (q2 < s->n && s->f[q2] == '-') ? q2 + 1 : qs_skipsp(s, q2);
			if (w->type == QW_TEN && (w2 = qword_at(s, q2, QW_UNIT, &e2)) && w2->v < 10 && w2->v > 0)
				v += w2->v, e = e2;
			else if (s->lang == QT_PT) {
				size_t q3 = qs_skipsp(s, e);
				size_t e3;
				if (qs_atw(s, q3, "e") && (w2 = qword_at(s, qs_skipsp(s, q3 + 1), 0, &e3)) &&
				    (w2->type == QW_UNIT || w2->type == QW_TEN))
					v += w2->v, e = e3;
			}
			bl += (size_t)snprintf(buf + bl, sizeof buf - bl, "%.0f", v);
			p = last = e;
			break;
		}
	}
	if (last == i)
		return i;
	buf[bl < sizeof buf ? bl : sizeof buf - 1] = '\0';
	*frac = atof(buf);
	return last;
}

/*
 * "twenty-fifth", "thirty firsts": a unit ordinal after the ten ending at E
 * makes one denominator with it (25, 31).  Its value (*DE: its end), or 0.
 */
static double
ten_ordinal(const struct qs *s, size_t e, double ten, size_t *de)
{
	const struct qword *w;
	size_t q = (e < s->n && s->f[e] == '-') ? e + 1 : qs_skipsp(s, e);

	if (q == e || !(w = qword_at(s, q, QW_DEN, de)) || w->v >= 10 || w->w[0] == 'q' || w->w[0] == 'h')
		return 0;
	return ten + w->v;
}

/*
 * "dois milésimos", "two-thousandths" after another number: the number
 * V ending at E times the ordinal of a hundred or more after it makes a
 * denominator.  Its value (*DE: its end), or 0.
 */
static double
scaled_den(const struct qs *s, size_t e, double v, size_t *de)
{
	const struct qword *w;
	size_t q = (e < s->n && s->f[e] == '-') ? e + 1 : qs_skipsp(s, e);

	if (q == e || v < 2 || !(w = qword_at(s, q, QW_DEN, de)) || w->v < 100)
		return 0;
	return v * w->v;
}

/*
 * The state of one qnum_words(): the sum of the segments before an "and"
 * (BASE), the scaled total (TOTAL) and the group being read (CUR), the
 * kind of the last token and the one before the "and", and where a
 * reading that needs a denominator would fall back to (SAFEE, SAFEV).
 */
struct wstate {
	struct qs *s;
	struct qnum *nm;
	size_t i, p, end, safee;
	double total, cur, base, snap, safev, scalebase, lastscale;
	int ntok, last, joinprev, neg, seg, needden, segn, lonew, en, comjoin;
};

/*
 * What a token tells qnum_words(): it ends the number, it is read and the
 * loop goes on, or it is a plain token (counted, the end moved past it).
 */
enum { WS_DONE, WS_NEXT, WS_TOKEN };

/* The number so far over DEN, the denominator ending at E2, ends the number. */
static int
w_divide(struct wstate *ws, double den, size_t e2)
{
	ws->total = (ws->total + ws->cur) / den;
	ws->cur = 0;
	ws->nm->frac = 1;
	ws->end = ws->p = e2;
	ws->ntok += 2;
	return WS_DONE;
}

/* Digits for a token, at Q: "3 hundred and 21", "4 thousand 3 hundred". */
static int
w_digits(struct wstate *ws, size_t q)
{
	struct qs *s = ws->s;
	struct qnum dn;
	size_t de, e2;

	memset(&dn, 0, sizeof dn);
	de = qnum_digits(s, q, &dn);
	if (de == q || !dn.ok || !qnum_plain_int(s, q, de) || de - q > 3 || qs_wordc(s, de) ||
	    (de < s->n && (s->f[de] == '%' || s->f[de] == '/')))
		return WS_DONE;
	if (ws->ntok && ws->last != QW_JOIN && ws->last != QW_HUND && ws->last != QW_SCALE)
		return WS_DONE;
	if (ws->last == QW_HUND && (fmod(ws->cur, 100) != 0 || dn.v >= 100))
		return WS_DONE;
	if (ws->last == QW_SCALE && dn.v >= ws->lastscale)
		return WS_DONE;
	if (ws->ntok && dn.v == 0)
		return WS_DONE;
	if (ws->last == QW_JOIN) {
		/* "3 hundred and 2 hundred" are two numbers */
		const struct qword *w3 = qword_at(s, qs_skipsp(s, de), 0, &e2);

		if (w3 && (w3->type == QW_HUND || w3->type == QW_SCALE))
			return WS_DONE;
	}
	ws->cur += dn.v;
	ws->segn++;
	ws->last = dn.v < 10 ? QW_UNIT : QW_TEN;
	ws->ntok++;
	ws->p = ws->end = de;
	return WS_NEXT;
}

/* "minus", "negative" before a unit or a ten. */
static int
w_neg(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;
	const struct qword *w2;
	size_t e2;

	if (ws->ntok || ws->neg)
		return WS_DONE;
	w2 = qword_at(s, qs_skipsp(s, e), 0, &e2);
	if (!w2 || (w2->type != QW_UNIT && w2->type != QW_TEN && w2->type != QW_A))
		return WS_DONE;
	ws->neg = 1;
	ws->p = e;
	return WS_NEXT;
}

/* "a hundred", "a dozen", "a half", "a third". */
static int
w_a(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;
	const struct qword *w2;
	size_t e2;

	if (ws->ntok && ws->last != QW_JOIN)
		return WS_DONE;
	w2 = qword_at(s, qs_skipsp(s, e), 0, &e2);
	if (!w2 || (w2->type != QW_HUND && w2->type != QW_SCALE && w2->type != QW_DOZEN &&
	            w2->type != QW_DEN && w2->type != QW_HALF &&
	            !(w2->type == QW_TEN && ws->en && ten_ordinal(s, e2, w2->v, &e2) > 0)))
		return WS_DONE;
	if (w2->type == QW_HUND && !ws->en)
		return WS_DONE;
	ws->cur += 1;
	ws->segn++;
	ws->last = QW_A;
	ws->ntok++;
	ws->p = e;
	return WS_NEXT;
}

/* A unit: "one" to "nineteen", "um" to "dezenove". */
static int
w_unit(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;
	double den;
	size_t e2;

	/* "três dois milésimos", "three two-thousandths": the second number
	   times the ordinal is the denominator */
	if (ws->ntok && !ws->seg && (ws->last == QW_UNIT || (ws->last == QW_TEN && w->v >= 10)) &&
	    (den = scaled_den(s, e, w->v, &e2)) > 0)
		return w_divide(ws, den, e2);
	if (ws->ntok && ws->last != QW_JOIN && ws->last != QW_HUND && ws->last != QW_SCALE &&
	    !(ws->last == QW_TEN && w->v < 10 && w->v > 0))
		return WS_DONE;
	if (ws->last == QW_HUND && fmod(ws->cur, 100) != 0)
		return WS_DONE;
	if (ws->last == QW_TEN && fmod(ws->cur, 10) != 0)
		return WS_DONE;
	ws->cur += w->v;
	ws->segn++;
	return WS_TOKEN;
}

/* A ten, or a ten and a unit ordinal as a denominator ("twenty-fifths"). */
static int
w_ten(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;
	double den;
	size_t e2;

	if (ws->en && (den = ten_ordinal(s, e, w->v, &e2)) > 0 &&
	    (ws->ntok || s->lc[e2 - 1] != 's') && !ws->seg && ws->last != QW_JOIN && ws->last != QW_POINT) {
		/* "three twenty-firsts", "one hundred thirty fifths", "a twenty-first";
		   alone and singular, an ordinal ("the twenty-first century"); alone
		   and plural, the ten counts ("twenty fifths") */
		if (!ws->ntok)
			return WS_DONE;
		return w_divide(ws, den, e2);
	}
	if (ws->ntok && !ws->seg && (ws->last == QW_UNIT || ws->last == QW_TEN) &&
	    (den = scaled_den(s, e, w->v, &e2)) > 0)
		return w_divide(ws, den, e2);  /* "três vinte milésimos" */
	if (ws->ntok && ws->last != QW_JOIN && ws->last != QW_HUND && ws->last != QW_SCALE)
		return WS_DONE;
	if (fmod(ws->cur, 100) != 0)
		return WS_DONE;
	ws->cur += w->v;
	ws->segn++;
	return WS_TOKEN;
}

/* "hundred"; cem, duzentos, novecentos. */
static int
w_hund(struct wstate *ws, const struct qword *w, size_t e)
{
	if (w->v > 100 || !ws->en) {
		/* cem, cento, duzentos ... */
		if (ws->ntok && ws->last != QW_JOIN && ws->last != QW_SCALE)
			return WS_DONE;
		if (fmod(ws->cur, 1000) != 0)
			return WS_DONE;
		ws->cur += w->v;
		ws->segn++;
		return WS_TOKEN;
	}
	if (ws->cur >= 100 || ws->last == QW_JOIN)
		return WS_DONE;
	ws->cur = (ws->cur ? ws->cur : 1) * 100;
	return WS_TOKEN;
}

/* A scale word: "thousand", "million", mil, milhões. */
static int
w_scale(struct wstate *ws, const struct qword *w, size_t e)
{
	if (!ws->ntok) {
		/* "mil" alone is a thousand */
		if (ws->en || w->v != 1000 || ws->neg)
			return WS_DONE;
		ws->cur = 1;
	}
	if (ws->last == QW_JOIN)
		return WS_DONE;
	if (ws->last == QW_SCALE && ws->cur == 0 && w->v > ws->lastscale) {
		ws->total *= w->v;  /* mil milhões */
	} else {
		if (ws->cur == 0)
			return WS_DONE;
		if (ws->lastscale && w->v >= ws->lastscale && ws->last != QW_SCALE)
			return WS_DONE;
		ws->total += ws->cur * w->v;
		ws->cur = 0;
	}
	ws->lastscale = w->v;
	return WS_TOKEN;
}

/* "dozen", dúzia, dezena. */
static int
w_dozen(struct wstate *ws, const struct qword *w, size_t e)
{
	if (!ws->ntok || ws->last == QW_JOIN)
		return WS_DONE;
	if (ws->en && !ws->seg && ws->snap >= 0 && ws->joinprev == QW_HUND && ws->cur > ws->snap)
		ws->cur = ws->snap + (ws->cur - ws->snap) * w->v;  /* "a hundred and two dozen": 124 */
	else
		ws->cur = (ws->cur ? ws->cur : 1) * w->v;
	return WS_TOKEN;
}

/* "and", e, com, at Q: a segment ends, or a fraction may follow. */
static int
w_join(struct wstate *ws, const struct qword *w, size_t q, size_t e)
{
	struct qs *s = ws->s;
	struct qnum *nm = ws->nm;
	const struct qword *w2;
	size_t e2;

	if (!ws->ntok || ws->last == QW_JOIN)
		return WS_DONE;
	w2 = qword_at(s, qs_skipsp(s, e), 0, &e2);
	if (nm->digok && !w2 && ws->last == QW_HUND && qs_isd(s->f[qs_skipsp(s, e)]) &&
	    s->f[qs_skipsp(s, e)] != '0')
		;  /* "and 21": a digit token follows */
	else if (!w2 || (w2->type != QW_UNIT && w2->type != QW_TEN && w2->type != QW_HUND && w2->type != QW_A &&
	            !(w2->type == QW_HALF && !ws->en)))
		return WS_DONE;
	ws->comjoin = !ws->en && e - q == 3;  /* "com" */
	if (!ws->needden)
		ws->safee = ws->end, ws->safev = ws->base + ws->total + ws->cur;
	ws->joinprev = ws->last;
	if (ws->last == QW_SCALE || (ws->en && (ws->last == QW_UNIT || ws->last == QW_TEN || ws->last == QW_DOZEN)) || ws->comjoin) {
		ws->base += ws->total + ws->cur;
		ws->total = ws->cur = 0;
		ws->seg = 1;
		if (ws->last == QW_SCALE)
			ws->scalebase = ws->lastscale;
		else
			ws->needden = 1;
		if (ws->comjoin)
			ws->needden = 1;
		ws->lastscale = 0;
	}
	ws->snap = ws->total + ws->cur;
	ws->segn = 0;
	ws->last = QW_JOIN;
	ws->p = e;
	return WS_NEXT;
}

/*
 * A scale or dozen after a fraction ending at E: "half a dozen", "half
 * million", "two thirds of a million", "e meio milhão".  Its value (and
 * the end taken past it), or 0.
 */
static double
w_frac_scale(struct wstate *ws, size_t e)
{
	struct qs *s = ws->s;
	const struct qword *w2;
	size_t q2, e2;
	double sc = 0;

	q2 = qs_skipsp(s, e);
	if (qs_atw(s, q2, "of")) {
		size_t q3 = qs_skipsp(s, q2 + 2);
		if (qword_at(s, q3, QW_A, &e2))
			q3 = qs_skipsp(s, e2);
		if ((w2 = qword_at(s, q3, 0, &e2)) && (w2->type == QW_SCALE || w2->type == QW_DOZEN))
			q2 = q3;
	} else if (qword_at(s, q2, QW_A, &e2) && (w2 = qword_at(s, qs_skipsp(s, e2), QW_DOZEN, &e2)))
		q2 = qs_skipsp(s, q2 + 1), q2 = qs_skipsp(s, qs_wend(s, q2) == q2 ? q2 : q2);
	if ((w2 = qword_at(s, q2, 0, &e2)) && (w2->type == QW_SCALE || w2->type == QW_DOZEN)) {
		sc = w2->v;
		ws->end = ws->p = e2;
		ws->nm->scaled = 1;
	} else if (qword_at(s, q2, QW_A, &e2) && (w2 = qword_at(s, qs_skipsp(s, e2), QW_DOZEN, &e2))) {
		sc = w2->v;
		ws->end = ws->p = e2;
	}
	return sc;
}

/* A denominator or a half ("two thirds", "one and a half", "e meio"): it ends the number. */
static int
w_frac(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;
	struct qnum *nm = ws->nm;
	const struct qword *w2;
	double num, whole = 0, frac, sc;
	size_t e2;

	if (w->v == 1)
		return WS_DONE;  /* "first" only after a ten */
	if (!ws->ntok) {
		/* "half", "quarter million", "half a dozen" */
		w2 = qword_at(s, qs_skipsp(s, e), 0, &e2);
		if (w->type == QW_DEN && !(w2 && w2->type == QW_SCALE))
			return WS_DONE;
		/* "em meio a", "por meio de": a lone meio/meia is no half */
		if (!ws->en && !(w2 && (w2->type == QW_SCALE || w2->type == QW_DOZEN)))
			return WS_DONE;
		num = 1;
	} else if (ws->last == QW_A) {
		num = 1;
	} else if (ws->last == QW_JOIN) {
		if (w->type != QW_HALF || ws->en)
			return WS_DONE;
		num = 1;  /* "e meio" */
	} else if (ws->last == QW_SCALE || ws->last == QW_HUND) {
		/* "five hundred fifths", "cem mil bilionésimos": a plural denominator */
		if (ws->seg || s->lc[e - 1] != 's')
			return WS_DONE;
		num = ws->total + ws->cur;
	} else {
		if (w->type == QW_HALF && !(ws->last == QW_UNIT && ws->cur - (ws->seg ? 0 : 0) == 1 && ws->segn == 1))
			return WS_DONE;
		num = ws->total + ws->cur;
		/* "two hundred and fifty-four hundredths": a proper fraction after the
		   "and" (200.54); an improper one takes all ("one hundred and thirty fifths") */
		if (!ws->seg && ws->snap >= 0 && ws->en && ws->joinprev == QW_HUND && (ws->segn == 1 || ws->segn == 2) &&
		    ws->total + ws->cur - ws->snap < w->v) {
			whole = ws->snap;
			num = ws->total + ws->cur - ws->snap;
		}
	}
	if (!ws->seg && ws->last == QW_JOIN && !ws->en)
		whole = ws->total + ws->cur, num = 1;
	frac = num / w->v;
	ws->end = ws->p = e;
	ws->ntok++;
	ws->last = QW_DEN;
	sc = w_frac_scale(ws, e);
	if (ws->seg && ws->scalebase)
		ws->total = ws->base + frac * (sc ? sc : ws->scalebase), nm->scaled = 1;
	else if (ws->seg)
		ws->total = (ws->base + frac) * (sc ? sc : 1);
	else
		ws->total = (whole + frac) * (sc ? sc : 1);
	if (!sc && !(ws->seg && ws->scalebase))
		nm->frac = 1;
	if (!ws->seg && !whole && ws->lastscale && !sc)
		nm->frac = 1;
	ws->cur = 0, ws->base = 0, ws->seg = 0, ws->needden = 0;
	return WS_DONE;
}

/* A word that is a number alone: metade. */
static int
w_alone(struct wstate *ws, const struct qword *w, size_t e)
{
	if (ws->ntok)
		return WS_DONE;
	ws->total = w->v;
	ws->nm->frac = 1;
	ws->end = e;
	ws->ntok++;
	return WS_DONE;
}

/* "point", vírgula: the decimals after it. */
static int
w_point(struct wstate *ws, const struct qword *w, size_t e)
{
	struct qs *s = ws->s;

	if (!ws->ntok || ws->last == QW_JOIN)
		return WS_DONE;
	{
		double fr = 0;
		size_t fe = wdecimals(s, e, &fr);

		if (fe == e)
			return WS_DONE;
		ws->cur += fr;
		ws->end = ws->p = fe;
		ws->ntok += 2;
		ws->last = QW_POINT;
	}
	return WS_NEXT;
}

/* Reads the word W (at Q, ending at E) into the number. */
static int
w_word(struct wstate *ws, const struct qword *w, size_t q, size_t e)
{
	switch (w->type) {
	case QW_NEG:
		return w_neg(ws, w, e);
	case QW_A:
		return w_a(ws, w, e);
	case QW_UNIT:
		return w_unit(ws, w, e);
	case QW_TEN:
		return w_ten(ws, w, e);
	case QW_HUND:
		return w_hund(ws, w, e);
	case QW_SCALE:
		return w_scale(ws, w, e);
	case QW_DOZEN:
		return w_dozen(ws, w, e);
	case QW_JOIN:
		return w_join(ws, w, q, e);
	case QW_HALF:
	case QW_DEN:
		return w_frac(ws, w, e);
	case QW_ALONE:
		return w_alone(ws, w, e);
	case QW_POINT:
		return w_point(ws, w, e);
	}
	return WS_DONE;
}

/*
 * Reads a spelled-out number at I: "two hundred and two thousand",
 * "quatrocentos e cinquenta e dois mil", "two-thirds", "one and a half",
 * "dois milhões e meio".  In English an "and" after a unit or a ten starts
 * a fraction ("twenty and three fifths"); when none follows, the number
 * ends before the "and".  An "and" after a scale word adds what follows
 * ("two thousand and two hundred"), a fraction of that scale when it is
 * one ("one million and a half").
 */
size_t
qnum_words(struct qs *s, size_t i, struct qnum *nm)
{
	struct wstate ws = { .s = s, .nm = nm, .i = i, .p = i, .end = i, .safee = i, .snap = -1,
	                     .last = QW_NONE, .joinprev = QW_NONE, .en = s->lang != QT_PT };
	const struct qword *w;
	size_t e, q;
	int r;

	for (;;) {
		q = ws.p;
		if (ws.ntok || ws.neg) {
			/* between words: spaces, a hyphen, " - " */
			q = qs_skipsp(s, ws.p);
			if (q < s->n && s->f[q] == '-')
				q = qs_skipsp(s, q + 1);
		}
		if (nm->digok && q < s->n && qs_isd(s->f[q]) && !ws.neg) {
			if (w_digits(&ws, q) == WS_DONE)
				break;
			continue;
		}
		if (!(w = qword_at(s, q, 0, &e)) || (r = w_word(&ws, w, q, e)) == WS_DONE)
			break;
		if (r == WS_NEXT)
			continue;
		ws.last = w->type;
		ws.ntok++;
		if (ws.ntok == 1)
			ws.lonew = 1;
		ws.p = ws.end = e;
	}
	if (!ws.ntok || ws.end == i)
		return i;
	if (ws.needden)
		ws.end = ws.safee, nm->v = ws.safev;
	else
		nm->v = ws.base + ws.total + ws.cur;
	if (ws.end == i)
		return i;
	if (ws.neg)
		nm->v = -nm->v;
	nm->s = i;
	nm->e = ws.end;
	nm->ok = 1;
	nm->words = 1;
	nm->ntok = ws.ntok;
	nm->lone = ws.ntok == 1 && ws.lonew;
	nm->scaled = ws.lastscale > 0 || nm->scaled || ws.scalebase > 0;
	return ws.end;
}

int
qnum_plain_int(const struct qs *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!qs_isd(s->f[a]))
			return 0;
	return 1;
}

