/*
 * The folded text the quantity and time scanners read (see qtscan.h), the
 * helpers over it, and the Chinese classifiers and currencies both ask
 * about.
 */
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "qtscan.h"
#include "utf8.h"

uint32_t
qs_cp_slow(const struct qs *s, size_t i, size_t *l)
{
	uint32_t cp;
	size_t k;

	if (i >= s->n) {
		*l = 0;
		return 0;
	}
	if ((unsigned char)s->f[i] < 0x80) {
		*l = 1;
		return (unsigned char)s->f[i];
	}
	k = utf8_decode(s->f + i, s->n - i, &cp);
	*l = k ? k : 1;
	return cp;
}

uint32_t
qs_cp_before(const struct qs *s, size_t i, size_t *b)
{
	size_t j = i, l;

	if (i == 0) {
		*b = 0;
		return 0;
	}
	j = i - 1;
	while (j > 0 && ((unsigned char)s->f[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	*b = j;
	return qs_cp(s, j, &l);
}

size_t
qs_wstart(const struct qs *s, size_t i)
{
	while (i > 0 && qs_wordc(s, i - 1))
		i--;
	return i;
}

size_t
qs_at_rest(const struct qs *s, size_t i, const char *str)
{
	size_t n;

	/* byte by byte: most calls fail on the third byte, before strlen() and memcmp() would have started */
	for (n = 2; str[n]; n++)
		if (i + n >= s->n || s->lc[i + n] != str[n])
			return 0;
	return i + n <= s->n ? n : 0;
}

size_t
qs_atw_rest(const struct qs *s, size_t i, const char *str)
{
	size_t n = qs_at(s, i, str);

	if (!n || qs_wordc(s, i + n) || (i > 0 && qs_wordc(s, i - 1) && qs_wordc(s, i)))
		return 0;
	return n;
}

size_t
qs_skipsp(const struct qs *s, size_t i)
{
	while (i < s->n && (s->f[i] == ' ' || s->f[i] == '\t'))
		i++;
	return i;
}

size_t
qs_backsp(const struct qs *s, size_t i)
{
	while (i > 0 && (s->f[i - 1] == ' ' || s->f[i - 1] == '\t'))
		i--;
	return i;
}

int
qs_free(const struct qs *s, size_t a, size_t b)
{
	for (; a < b && a < s->n; a++)
		if (s->used[a])
			return 0;
	return 1;
}

void
qs_take(struct qs *s, size_t a, size_t b)
{
	for (; a < b && a < s->n; a++)
		s->used[a] = 1;
}

void
qs_fold(struct qs *s, const char *t, size_t len)
{
	size_t i = 0, o = 0, k, j, last;
	uint32_t cp;

	/* one block, kept in R from seg to seg: the fold never lengthens the text */
	if (s->r->scratchcap < len + 1) {
		free(s->r->scratch);
		s->r->scratchcap = len + 1 > 2 * s->r->scratchcap ? len + 1 : 2 * s->r->scratchcap;
		s->r->scratch = xmalloc(s->r->scratchcap * (sizeof *s->map + 4));
	}
	s->map = s->r->scratch;
	s->f = (char *)(s->map + s->r->scratchcap);
	s->lc = s->f + s->r->scratchcap;
	s->used = (unsigned char *)s->lc + s->r->scratchcap;
	s->wc = s->used + s->r->scratchcap;
	memset(s->used, 0, len + 1);
	while (i < len) {
		unsigned char c = (unsigned char)t[i];

		if (c < 0x80) {
			/* a run of ASCII, copied as it is */
			size_t r = i + 1, m;

			while (r < len && (unsigned char)t[r] < 0x80)
				r++;
			memcpy(s->f + o, t + i, r - i);
			for (m = 0; m < r - i; m++)
				s->map[o + m] = i + m;
			o += r - i;
			i = r;
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9 && len - i >= 3 && ((unsigned char)t[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)t[i + 2] & 0xC0) == 0x80) {
			/* U+4000-9FFF, the Han ideographs: kept as they are */
			s->map[o] = i, s->map[o + 1] = i + 1, s->map[o + 2] = i + 2;
			s->f[o] = t[i], s->f[o + 1] = t[i + 1], s->f[o + 2] = t[i + 2];
			o += 3, i += 3;
			continue;
		}
		k = utf8_decode(t + i, len - i, &cp);
		if (k == 0)
			k = 1, cp = 0xFFFD;
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			s->map[o] = i;
			s->f[o++] = (char)(cp - 0xFEE0);
		} else if (cp == 0x3000 || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007) {
			s->map[o] = i;
			s->f[o++] = ' ';
		} else if (cp == 0xFFE5) {  /* full-width yen sign: keep as ¥ */
			s->map[o] = i;
			s->f[o++] = (char)0xC2;
			s->map[o] = i;
			s->f[o++] = (char)0xA5;
		} else {
			for (j = 0; j < k; j++) {
				s->map[o] = i + j;
				s->f[o++] = t[i + j];
			}
		}
		i += k;
	}
	s->n = o;
	s->map[o] = len;
	s->f[o] = s->lc[o] = '\0';
	s->wc[o] = 0;
	/*
	 * lc: ASCII lower-cased, and the accented capitals Portuguese writes
	 * (À-Ý: C3 80-9D, not ×).  wc: a letter; a lead byte C3-C9, or C2 of
	 * ª º; a continuation byte as the lead it follows (at most 3 back).
	 */
	for (j = 0, last = 0; j < o; j++) {
		unsigned char c = (unsigned char)s->f[j], d;

		if (c < 0x80) {
			s->lc[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			s->wc[j] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
			last = j;
			continue;
		}
		s->lc[j] = (char)c;
		if ((c & 0xC0) != 0x80) {
			last = k = j;
		} else {
			if (j > 0 && (unsigned char)s->f[j - 1] == 0xC3 && c <= 0x9E && c != 0x97)
				s->lc[j] = (char)(c + 0x20);
			k = j >= 3 && j - 3 > last ? j - 3 : last;
		}
		d = (unsigned char)s->f[k];
		s->wc[j] = (d >= 0xC3 && d <= 0xC9) ||
		           (d == 0xC2 && k + 1 < o && ((unsigned char)s->f[k + 1] == 0xAA || (unsigned char)s->f[k + 1] == 0xBA));
	}
}

/* Chinese classifiers (measure words). */
static const char *const zh_cls[] = {
	"个", "個", "塊", "家", "名", "位", "项", "項", "只", "隻", "条", "條", "件", "次", "种", "種", "批",
	"所", "座", "台", "套", "款", "辆", "架", "支", "倍", "人", "户", "岁", "天", "周", "年",
	"个月", "吨", "斤", "公斤", "公里", "米", "亩", "平方米", "块", "张", "本", "篇", "场", "轮",
	"双", "雙", "对", "對", "颗", "片", "份", "期", "层", "栋", "艘", "门",
};

/* Chinese currencies: at a place, the longest that matches wins. */
static const struct {
	const char *s;
	const char *iso;
} zh_cur[] = {
	{ "元人民币", "CNY" }, { "元", "CNY" }, { "人民币", "CNY" }, { "块钱", "CNY" }, { "块", "CNY" },
	{ "美元", "USD" }, { "美金", "USD" }, { "美圆", "USD" }, { "欧元", "EUR" }, { "日元", "JPY" },
	{ "港元", "HKD" }, { "港币", "HKD" }, { "英镑", "GBP" }, { "台币", "TWD" }, { "新台币", "TWD" },
	{ "瑞士法郎", "CHF" }, { "雷亚尔", "BRL" }, { "韩元", "KRW" }, { "卢布", "RUB" },
	{ "奈拉", "NGN" }, { "澳元", "AUD" }, { "加元", "CAD" }, { "新加坡元", "SGD" }, { "比特币", "BTC" },
};

size_t
qs_zh_counted(const struct qs *s, size_t i)
{
	size_t l, n;
	const char *iso;
	uint32_t c = qs_cp(s, i, &l);

	if (qs_znumc(c) || QS_YU(c) || QS_DUO(c) || QS_DIAN(c) || c == 0x6210 || c == 0x6298 || c == 0x500D)
		return l;
	if ((n = qs_zh_classifier(s, i)) || (n = qs_zh_currency(s, i, &iso)))
		return n;
	return 0;
}

size_t
qs_zh_classifier(const struct qs *s, size_t i)
{
	size_t k, n, best = 0;

	for (k = 0; k < sizeof zh_cls / sizeof zh_cls[0]; k++)
		if ((n = qs_at(s, i, zh_cls[k])) > best)
			best = n;
	return best;
}

size_t
qs_zh_currency(const struct qs *s, size_t i, const char **iso)
{
	size_t k, n, best = 0;

	for (k = 0; k < sizeof zh_cur / sizeof zh_cur[0]; k++)
		if ((n = qs_at(s, i, zh_cur[k].s)) > best)
			best = n, *iso = zh_cur[k].iso;
	return best;
}
