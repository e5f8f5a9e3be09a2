/* Dates: the month table, the year range, date and dateline readers, periods. */
#include <ctype.h>
#include <string.h>

#include "date.h"
#include "lex.h"

/*
 * One table for every reader.  English abbreviations are the first three
 * letters and "sept"; Portuguese ones are the same three letters the
 * Portuguese press writes ("fev.", "set", "dez."), and "marco" is March
 * written without its cedilla.  The Chinese names are read by
 * date_month_zh(), never as words: Chinese has no spaces between words.
 */
const struct date_month date_months[] = {
	{ "january", 7, 1, DATE_EN }, { "february", 8, 2, DATE_EN }, { "march", 5, 3, DATE_EN },
	{ "april", 5, 4, DATE_EN }, { "may", 3, 5, DATE_EN }, { "june", 4, 6, DATE_EN },
	{ "july", 4, 7, DATE_EN }, { "august", 6, 8, DATE_EN }, { "september", 9, 9, DATE_EN },
	{ "october", 7, 10, DATE_EN }, { "november", 8, 11, DATE_EN }, { "december", 8, 12, DATE_EN },
	{ "jan", 3, 1, DATE_EN | DATE_PT | DATE_ABBR }, { "feb", 3, 2, DATE_EN | DATE_ABBR },
	{ "mar", 3, 3, DATE_EN | DATE_PT | DATE_ABBR }, { "apr", 3, 4, DATE_EN | DATE_ABBR },
	{ "jun", 3, 6, DATE_EN | DATE_PT | DATE_ABBR }, { "jul", 3, 7, DATE_EN | DATE_PT | DATE_ABBR },
	{ "aug", 3, 8, DATE_EN | DATE_ABBR }, { "sep", 3, 9, DATE_EN | DATE_ABBR },
	{ "sept", 4, 9, DATE_EN | DATE_ABBR }, { "oct", 3, 10, DATE_EN | DATE_ABBR },
	{ "nov", 3, 11, DATE_EN | DATE_PT | DATE_ABBR }, { "dec", 3, 12, DATE_EN | DATE_ABBR },
	{ "janeiro", 7, 1, DATE_PT }, { "fevereiro", 9, 2, DATE_PT }, { "março", 6, 3, DATE_PT },
	{ "marco", 5, 3, DATE_PT }, { "abril", 5, 4, DATE_PT }, { "maio", 4, 5, DATE_PT },
	{ "junho", 5, 6, DATE_PT }, { "julho", 5, 7, DATE_PT }, { "agosto", 6, 8, DATE_PT },
	{ "setembro", 8, 9, DATE_PT }, { "outubro", 7, 10, DATE_PT }, { "novembro", 8, 11, DATE_PT },
	{ "dezembro", 8, 12, DATE_PT },
	{ "fev", 3, 2, DATE_PT | DATE_ABBR }, { "abr", 3, 4, DATE_PT | DATE_ABBR },
	{ "mai", 3, 5, DATE_PT | DATE_ABBR }, { "ago", 3, 8, DATE_PT | DATE_ABBR },
	{ "set", 3, 9, DATE_PT | DATE_ABBR }, { "out", 3, 10, DATE_PT | DATE_ABBR },
	{ "dez", 3, 12, DATE_PT | DATE_ABBR },
	{ "十一月", 9, 11, DATE_ZH }, { "十二月", 9, 12, DATE_ZH }, { "一月", 6, 1, DATE_ZH },
	{ "二月", 6, 2, DATE_ZH }, { "三月", 6, 3, DATE_ZH }, { "四月", 6, 4, DATE_ZH },
	{ "五月", 6, 5, DATE_ZH }, { "六月", 6, 6, DATE_ZH }, { "七月", 6, 7, DATE_ZH },
	{ "八月", 6, 8, DATE_ZH }, { "九月", 6, 9, DATE_ZH }, { "十月", 6, 10, DATE_ZH },
};

const size_t date_nmonths = sizeof date_months / sizeof date_months[0];

int
date_year_ok(int y)
{
	return y >= DATE_YEAR_MIN && y <= DATE_YEAR_MAX;
}

int
date_valid(int y, int m, int d)
{
	return date_year_ok(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

void
date_put(char out[11], int y, int m, int d)
{
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10 % 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10 % 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int
date_month_word(const char *w, size_t n)
{
	char buf[24];
	size_t m, i;

	/* the longest Latin name has 9 letters, and a letter 4 bytes at most */
	if (n < 3 || n >= 16 || (m = lex_fold(w, n, buf, sizeof buf)) == 0 || m > 9)
		return 0;
	for (i = 0; i < date_nmonths; i++)
		if (date_months[i].len == m && buf[0] == date_months[i].name[0] &&
		    memcmp(buf, date_months[i].name, m) == 0 && !(date_months[i].flags & DATE_ZH))
			return date_months[i].mon;
	return 0;
}

int
date_month(const char *s, size_t n, size_t *len)
{
	size_t k = 0, m;
	int mon;

	while (k < n && k < 16 && lex_letter(lex_cp(s + k, n - k, &m)))
		k += m;
	if ((mon = date_month_word(s, k)) == 0)
		return 0;
	*len = k;
	return mon;
}

int
date_month_zh(const char *s, size_t n, size_t *len)
{
	size_t i, k = 0;
	int v = 0;

	while (k < n && k < 2 && isdigit((unsigned char)s[k]))
		v = 10 * v + (s[k++] - '0');
	if (k > 0) {
		if (k + 3 > n || memcmp(s + k, "月", 3) != 0 || v < 1 || v > 12)
			return 0;
		*len = k + 3;
		return v;
	}
	/* 十一月 and 十二月 come before 十月 in the table, and are not 一月 */
	for (i = 0; i < date_nmonths; i++)
		if ((date_months[i].flags & DATE_ZH) && n >= date_months[i].len &&
		    memcmp(s, date_months[i].name, date_months[i].len) == 0) {
			*len = date_months[i].len;
			return date_months[i].mon;
		}
	return 0;
}

static int
digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
	size_t k = 0;

	*v = 0;
	while (i + k < n && k < max && isdigit((unsigned char)s[i + k]))
		*v = 10 * *v + (s[i + k] - '0'), k++;
	return (int)k;
}

/* True when S[I] is a digit. */
static int
dig(const char *s, size_t n, size_t i)
{
	return i < n && isdigit((unsigned char)s[i]);
}

/* A date year first at I, whose year Y has been read: 2021-07-07, 2019年2月25日. */
static size_t
ymd_at(const char *s, size_t n, size_t i, int y, char out[11])
{
	size_t k = i + 4;
	int m, d, nd;

	if (k < n && (s[k] == '-' || s[k] == '/' || s[k] == '.')) {
		char sep = s[k];

		if ((nd = digits(s, n, k + 1, 3, &m)) < 1 || nd > 2)
			return 0;
		k += 1 + nd;
		if (k >= n || s[k] != sep || (nd = digits(s, n, k + 1, 3, &d)) < 1 || nd > 2)
			return 0;
		k += 1 + nd;
	} else if (k + 3 <= n && memcmp(s + k, "年", 3) == 0) {
		if ((nd = digits(s, n, k + 3, 3, &m)) < 1 || nd > 2)
			return 0;
		k += 3 + nd;
		if (k + 3 > n || memcmp(s + k, "月", 3) != 0 || (nd = digits(s, n, k + 3, 3, &d)) < 1 || nd > 2)
			return 0;
		k += 3 + nd;
		if (k + 3 <= n && (memcmp(s + k, "日", 3) == 0 || memcmp(s + k, "号", 3) == 0))
			k += 3;
	} else
		return 0;
	if (!date_valid(y, m, d))
		return 0;
	date_put(out, y, m, d);
	return k;
}

/*
 * A date day first at I, whose day A1 of ND digits has been read and is
 * followed by the separator: 02/08/2024 (day first, unless the second
 * number cannot be a month), 21.dez.2018, 21-Jul-2017, 21/jul/2017.
 */
static size_t
dmy_at(const char *s, size_t n, size_t i, int nd, int a1, char out[11])
{
	char sep = s[i + nd];
	size_t k = i + nd + 1, ml, q;
	int nd2, a2, y, m, d;

	if ((nd2 = digits(s, n, k, 3, &a2)) >= 1 && nd2 <= 2 && k + nd2 < n && s[k + nd2] == sep &&
	    digits(s, n, k + nd2 + 1, 5, &y) == 4) {
		if (a2 > 12)
			m = a1, d = a2;
		else
			d = a1, m = a2;
		if (date_valid(y, m, d)) {
			date_put(out, y, m, d);
			return k + nd2 + 5;
		}
	}
	if ((m = date_month(s + k, n - k, &ml)) == 0)
		return 0;
	q = k + ml;
	if (q < n && s[q] == sep && digits(s, n, q + 1, 5, &y) == 4 && date_valid(y, m, a1)) {
		date_put(out, y, m, a1);
		return q + 5;
	}
	return 0;
}

/* A day, then a month's name, at I: 7 July 2021, 5 fev. 2021, 2 de agosto de 2024. */
static size_t
day_month_at(const char *s, size_t n, size_t i, int nd, int d, char out[11])
{
	size_t k = i + nd, ml;
	int y, m;

	while (k < n && s[k] == ' ')
		k++;
	if (k + 3 < n && memcmp(s + k, "de ", 3) == 0)
		k += 3;
	if ((m = date_month(s + k, n - k, &ml)) == 0)
		return 0;
	k += ml;
	if (k < n && s[k] == '.')
		k++;  /* an abbreviation's point */
	while (k < n && (s[k] == ' ' || s[k] == ','))
		k++;
	if (k + 3 < n && memcmp(s + k, "de ", 3) == 0)
		k += 3;
	if (digits(s, n, k, 5, &y) != 4 || !date_valid(y, m, d))
		return 0;
	date_put(out, y, m, d);
	return k + 4;
}

/* A month's name, then a day, at I (the name M of ML bytes read): July 7, 2021; Jul. 7th 2021. */
static size_t
month_day_at(const char *s, size_t n, size_t i, int m, size_t ml, char out[11])
{
	size_t k = i + ml;
	int y, d, nd;

	if (k < n && s[k] == '.')
		k++;
	while (k < n && s[k] == ' ')
		k++;
	if ((nd = digits(s, n, k, 3, &d)) < 1 || nd > 2)
		return 0;
	k += nd;
	if (k + 2 <= n && (memcmp(s + k, "st", 2) == 0 || memcmp(s + k, "nd", 2) == 0 ||
	                   memcmp(s + k, "rd", 2) == 0 || memcmp(s + k, "th", 2) == 0))
		k += 2;
	while (k < n && (s[k] == ' ' || s[k] == ','))
		k++;
	if (digits(s, n, k, 5, &y) != 4 || !date_valid(y, m, d))
		return 0;
	date_put(out, y, m, d);
	return k + 4;
}

size_t
date_scan(const char *s, size_t n, char out[11], size_t *at, size_t tries)
{
	size_t i, k, ml;
	int v, m, nd;

	for (i = 0; i < n && i < tries; i++) {
		*at = i;
		if (i > 0 && isdigit((unsigned char)s[i - 1]))
			continue;
		if (dig(s, n, i)) {
			/* a number opens the date: its year, or its day */
			if (digits(s, n, i, 5, &v) == 4)
				k = ymd_at(s, n, i, v, out);
			else if ((nd = digits(s, n, i, 3, &v)) > 2)
				k = 0;
			else if (i + nd < n && (s[i + nd] == '/' || s[i + nd] == '.' || s[i + nd] == '-'))
				k = dmy_at(s, n, i, nd, v, out);
			else
				k = day_month_at(s, n, i, nd, v, out);
			if (k)
				return k;
		} else if (lex_letter((unsigned char)s[i]) && (i == 0 || !lex_letter((unsigned char)s[i - 1])) &&
		           (m = date_month(s + i, n - i, &ml)) > 0 && (k = month_day_at(s, n, i, m, ml, out)))
			return k;
	}
	return 0;
}

size_t
date_find(const char *s, size_t n, char out[11])
{
	size_t at;

	return date_scan(s, n, out, &at, n);
}

size_t
date_at(const char *s, size_t n, char out[11])
{
	size_t at;

	return date_scan(s, n, out, &at, 1);
}

int
date_year(const char *s, size_t n)
{
	size_t i;
	int y;

	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]) && (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
		    digits(s, n, i, 5, &y) == 4 && date_year_ok(y))
			return y;
	return 0;
}

/* A dash after a dateline: "-", "--", "–", "—"; its length, or 0. */
static size_t
dash(const char *s, size_t i, size_t b)
{
	if (i + 3 <= b && (memcmp(s + i, "\xE2\x80\x93", 3) == 0 || memcmp(s + i, "\xE2\x80\x94", 3) == 0))
		return 3;
	if (i < b && s[i] == '-')
		return i + 1 < b && s[i + 1] == '-' ? 2 : 1;
	return 0;
}

/*
 * A wire dateline opening S[A..B): "BEIJING, July 21 (Xinhua) --",
 * "Pequim, 21 jul (Lusa) –", "Rio de Janeiro, 3 de maio de 2024 -": a
 * place of capitalized words, a comma, a day and a month (a year seldom),
 * then an agency in parentheses or a dash.  Returns the offset just past
 * it, or 0; fills *Y (0 when it names none), *M and *D.
 */
static size_t
dateline_latin(const char *s, size_t a, size_t b, int *y, int *m, int *d)
{
	size_t i = a, len, ml, w = 0, k;
	int nd, agency = 0, dsh;

	*y = *m = *d = 0;
	while (i < b && w < 5) {
		uint32_t c = lex_cp(s + i, b - i, &len);
		size_t e = i;

		if (!lex_upper(c) && !(w > 0 && b - i > 3 && (memcmp(s + i, "de ", 3) == 0 ||
		                                              memcmp(s + i, "do ", 3) == 0 ||
		                                              memcmp(s + i, "da ", 3) == 0)))
			return 0;
		while (e < b && (lex_letter(lex_cp(s + e, b - e, &len)) || s[e] == '.' || s[e] == '\''))
			e += len;
		w++;
		i = e;
		if (i < b && s[i] == ',')
			break;
		if (i + 1 >= b || (s[i] != ' ' && s[i] != '-'))
			return 0;
		i++;
	}
	if (i >= b || s[i] != ',')
		return 0;
	for (i++; i < b && s[i] == ' '; i++)
		;
	if ((nd = digits(s, b, i, 3, d)) >= 1 && nd <= 2) {
		i += nd;
		while (i < b && s[i] == ' ')
			i++;
		if (b - i > 3 && memcmp(s + i, "de ", 3) == 0)
			i += 3;
		if ((*m = date_month(s + i, b - i, &ml)) == 0)
			return 0;
		i += ml;
	} else {
		if ((*m = date_month(s + i, b - i, &ml)) == 0)
			return 0;
		i += ml;
		if (i < b && s[i] == '.')
			i++;
		while (i < b && s[i] == ' ')
			i++;
		if ((nd = digits(s, b, i, 3, d)) < 1 || nd > 2)
			return 0;
		i += nd;
	}
	if (i < b && s[i] == '.')
		i++;
	k = i;
	while (k < b && (s[k] == ' ' || s[k] == ','))
		k++;
	if (b - k > 3 && memcmp(s + k, "de ", 3) == 0)
		k += 3;
	if (digits(s, b, k, 5, y) == 4)
		i = k + 4;
	else
		*y = 0;
	if (*d < 1 || *d > 31 || (*y && !date_valid(*y, *m, *d)))
		return 0;
	while (i < b && s[i] == ' ')
		i++;
	if (i < b && s[i] == '(') {
		for (k = i + 1; k < b && k - i < 40 && s[k] != ')'; k++)
			;
		if (k >= b || s[k] != ')')
			return 0;
		agency = 1;
		i = k + 1;
		while (i < b && s[i] == ' ')
			i++;
	}
	dsh = (int)dash(s, i, b);
	if (!dsh && !agency)
		return 0;
	i += (size_t)dsh;
	while (i < b && s[i] == ' ')
		i++;
	return i;
}

/*
 * A Chinese dateline opening S[A..B): "新华社北京7月21日电", "中新网 南京5月16日电",
 * "（中央社台北8日電）", "《某通訊社12日專訊》".  Returns the offset just past it,
 * or 0; fills *Y, *M (0 when it names none) and *D.
 */
static size_t
dateline_zh(const char *s, size_t a, size_t b, int *y, int *m, int *d)
{
	static const char *const ends[] = {
		"专电", "專電", "专讯", "專訊", "电", "電", "讯", "訊",
	};
	size_t i = a, len, han = 0, k, j;
	uint32_t c;
	int v, nd, open = 0;

	*y = *m = *d = 0;
	c = lex_cp(s + i, b - i, &len);
	if (c == '(' || c == 0xFF08 || c == 0x300A || c == 0x3010)
		i += len, open = 1;
	/* the outlet and the place */
	while (i < b && han <= 24) {
		c = lex_cp(s + i, b - i, &len);
		if (lex_han(c))
			han++;
		else if (c != ' ')
			break;
		i += len;
	}
	if (han < 2 || i >= b || !isdigit((unsigned char)s[i]))
		return 0;
	for (;;) {
		if ((nd = digits(s, b, i, 5, &v)) < 1)
			return 0;
		k = i + (size_t)nd;
		if (k + 3 > b)
			return 0;
		if (memcmp(s + k, "年", 3) == 0 && nd == 4 && !*m && !*y)
			*y = v;
		else if (memcmp(s + k, "月", 3) == 0 && nd <= 2 && !*m)
			*m = v;
		else if (memcmp(s + k, "日", 3) == 0 && nd <= 2) {
			*d = v;
			i = k + 3;
			break;
		} else
			return 0;
		i = k + 3;
	}
	for (j = 0; j < sizeof ends / sizeof ends[0]; j++)
		if (b - i >= strlen(ends[j]) && memcmp(s + i, ends[j], strlen(ends[j])) == 0)
			break;
	if (j == sizeof ends / sizeof ends[0] || *d < 1 || *d > 31 || (*m && (*m < 1 || *m > 12)))
		return 0;
	i += strlen(ends[j]);
	/* 电力, 电网: a word goes on, no dateline */
	if (i < b && lex_han(lex_cp(s + i, b - i, &len)))
		return 0;
	c = i < b ? lex_cp(s + i, b - i, &len) : 0;
	if (open && (c == ')' || c == 0xFF09 || c == 0x300B || c == 0x3011))
		i += len;
	while (i < b && s[i] == ' ')
		i++;
	return i;
}

size_t
date_dateline(const char *s, size_t a, size_t b, int *y, int *m, int *d)
{
	size_t k = dateline_latin(s, a, b, y, m, d);

	return k ? k : dateline_zh(s, a, b, y, m, d);
}


/* ---------------------------------------------------------------- periods */

/* The number of exactly K digits at S[I], or -1. */
static int
fixed(const char *s, size_t i, size_t k)
{
	int v = 0;
	size_t j;

	for (j = i; j < i + k; j++) {
		if (!isdigit((unsigned char)s[j]))
			return -1;
		v = 10 * v + (s[j] - '0');
	}
	return v;
}

/* ---- a date in a value: what a web page's metadata says */

/* A date in range, written into OUT. */
static int
value_ymd(int y, int m, int d, char out[11])
{
	if (!date_valid(y, m, d))
		return 0;
	date_put(out, y, m, d);
	return 1;
}

/* Reads up to MAX digits at *P; returns the number or -1. */
static int
value_digits(const char **p, int min, int max)
{
	int v = 0, k = 0;

	while (k < max && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k >= min && !isdigit((unsigned char)**p) ? v : -1;
}

static const char *
value_sep(const char *p)
{
	while (*p == ' ' || *p == ',' || *p == '.')
		p++;
	return p;
}

int
date_value(const char *s, int dmy, char out[11])
{
	const char *p, *q, *w;
	int a, b, c, m;

	if (s == NULL)
		return 0;
	/* numeric forms, first the year-first ones */
	for (p = s; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
			continue;
		q = p;
		a = value_digits(&q, 4, 4);
		if (date_year_ok(a)) {
			if (*q == '-' || *q == '/' || *q == '.') {
				char sep = *q++;
				b = value_digits(&q, 1, 2);
				if (b > 0 && *q == sep) {
					q++;
					c = value_digits(&q, 1, 2);
					if (value_ymd(a, b, c, out))
						return 1;
				}
			} else if (strncmp(q, "\xE5\xB9\xB4", 3) == 0) { /* 年 */
				q += 3;
				while (*q == ' ')
					q++;
				b = value_digits(&q, 1, 2);
				if (b > 0 && strncmp(q, "\xE6\x9C\x88", 3) == 0) { /* 月 */
					q += 3;
					while (*q == ' ')
						q++;
					c = value_digits(&q, 1, 2);
					if (value_ymd(a, b, c, out))
						return 1;
				}
			}
		}
	}
	/* day and month first: 19/02/2020, 19.02.2020 */
	for (p = s; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
			continue;
		q = p;
		a = value_digits(&q, 1, 2);
		if (a > 0 && (*q == '/' || *q == '.' || *q == '-')) {
			char sep = *q++;
			b = value_digits(&q, 1, 2);
			if (b > 0 && *q == sep) {
				q++;
				c = value_digits(&q, 4, 4);
				if (c > 0) {
					int d1 = a, m1 = b;
					if (b > 12 || (!dmy && a <= 12 && b <= 12))
						d1 = b, m1 = a;
					if (value_ymd(c, m1, d1, out))
						return 1;
				}
			}
		}
	}
	/* month names: "Feb 19, 2020", "19 February 2020", "19 de fevereiro de 2020" */
	for (p = s; *p; p++) {
		if (!isalpha((unsigned char)*p) || (p > s && isalpha((unsigned char)p[-1])))
			continue;
		w = p;
		while (isalpha((unsigned char)*w) || (unsigned char)*w >= 0x80)
			w++;
		m = date_month_word(p, (size_t)(w - p));
		if (m == 0)
			continue;
		/* month day, year */
		q = value_sep(w);
		b = value_digits(&q, 1, 2);
		if (b > 0) {
			while (*q == ',' || *q == ' ' || (q[0] == 's' && q[1] == 't') ||
			       (q[0] == 't' && q[1] == 'h') || (q[0] == 'n' && q[1] == 'd') ||
			       (q[0] == 'r' && q[1] == 'd'))
				q += *q == ',' || *q == ' ' ? 1 : 2;
			c = value_digits(&q, 4, 4);
			if (value_ymd(c, m, b, out))
				return 1;
		}
		/* day [de] month [de] year */
		q = p;
		while (q > s && (q[-1] == ' ' || q[-1] == '.'))
			q--;
		if (q - s >= 3 && strncasecmp(q - 2, "de", 2) == 0 && q[-3] == ' ')
			for (q -= 3; q > s && q[-1] == ' '; q--)
				;
		if (q > s && isdigit((unsigned char)q[-1])) {
			const char *d = q;
			while (d > s && isdigit((unsigned char)d[-1]))
				d--;
			b = value_digits(&d, 1, 2);
			q = value_sep(w);
			if (strncasecmp(q, "de ", 3) == 0)
				q += 3;
			c = value_digits(&q, 4, 4);
			if (value_ymd(c, m, b, out))
				return 1;
		}
	}
	return 0;
}

/*
 * A date of the period at S[I..): a year, YYYY-MM or YYYY-MM-DD as PARTS
 * is 1, 2 or 3, its dashes where they must be.  Returns 0 when it is not.
 */
static int
period_date(const char *s, size_t i, int parts, int *y, int *m, int *d)
{
	*m = *d = 0;
	if ((*y = fixed(s, i, 4)) < 0)
		return 0;
	if (parts >= 2 && (s[i + 4] != '-' || (*m = fixed(s, i + 5, 2)) < 1 || *m > 12))
		return 0;
	if (parts == 3 && (s[i + 7] != '-' || (*d = fixed(s, i + 8, 2)) < 1 || *d > 31))
		return 0;
	return 1;
}

int
date_period(const char *s, size_t n, struct date_period *p)
{
	/* the length of each form, the parts of its dates, and whether it is a range */
	static const struct { size_t n; int parts, range, kind; } form[] = {
		{ 4, 1, 0, DATE_YEAR }, { 7, 2, 0, DATE_MON }, { 10, 3, 0, DATE_DAY },
		{ 9, 1, 1, DATE_YEARS }, { 15, 2, 1, DATE_MONS }, { 21, 3, 1, DATE_DAYS },
	};
	size_t f, half;
	long a, b;

	memset(p, 0, sizeof *p);
	for (f = 0; f < sizeof form / sizeof form[0] && form[f].n != n; f++)
		;
	if (f == sizeof form / sizeof form[0] || !period_date(s, 0, form[f].parts, &p->y1, &p->m1, &p->d1))
		return DATE_NONE;
	if (!form[f].range) {
		p->y2 = p->y1, p->m2 = p->m1, p->d2 = p->d1;
		return p->kind = form[f].kind;
	}
	half = (n - 1) / 2;
	if (s[half] != '-' || !period_date(s, half + 1, form[f].parts, &p->y2, &p->m2, &p->d2))
		goto none;
	a = (p->y1 * 100L + p->m1) * 100 + p->d1;
	b = (p->y2 * 100L + p->m2) * 100 + p->d2;
	if (b < a)
		goto none;
	return p->kind = form[f].kind;
none:
	memset(p, 0, sizeof *p);
	return DATE_NONE;
}

int
date_period_part(const struct date_period *p, int *num)
{
	int len;

	if (p->kind != DATE_MONS || p->y1 != p->y2)
		return 0;
	len = p->m2 - p->m1 + 1;
	if ((len != 3 && len != 6 && len != 12) || (p->m1 - 1) % len != 0)
		return 0;
	*num = (p->m1 - 1) / len + 1;
	return 12 / len;
}

size_t
date_period_put(const struct date_period *p, char out[22])
{
	static const struct { int kind, parts, range; } form[] = {
		{ DATE_YEAR, 1, 0 }, { DATE_MON, 2, 0 }, { DATE_DAY, 3, 0 },
		{ DATE_YEARS, 1, 1 }, { DATE_MONS, 2, 1 }, { DATE_DAYS, 3, 1 },
	};
	char d[11];
	size_t f, k, o = 0;

	for (f = 0; f < sizeof form / sizeof form[0] && form[f].kind != p->kind; f++)
		;
	out[0] = '\0';
	if (f == sizeof form / sizeof form[0])
		return 0;
	/* a date's first 4, 7 or 10 bytes are its year, month or day */
	k = form[f].parts == 1 ? 4 : form[f].parts == 2 ? 7 : 10;
	date_put(d, p->y1, p->m1 ? p->m1 : 1, p->d1 ? p->d1 : 1);
	memcpy(out, d, k), o = k;
	if (form[f].range) {
		out[o++] = '-';
		date_put(d, p->y2, p->m2 ? p->m2 : 1, p->d2 ? p->d2 : 1);
		memcpy(out + o, d, k), o += k;
	}
	out[o] = '\0';
	return o;
}
