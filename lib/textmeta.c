/* The metadata readers of the text reader: header lines, date lines, bylines, stamps. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "feat.h"
#include "lex.h"
#include "sentence.h"
#include "textmeta.h"
#include "utf8.h"

static char *
dup_clean(const char *s, size_t n)
{
	size_t a = 0, b = n, outlen;
	char *r;

	lex_trim(s, &a, &b);
	if (b > a && (s[a] == '"' || s[a] == '\'') && s[b - 1] == s[a] && b - a >= 2)
		a++, b--;
	if (b <= a)
		return NULL;
	if ((b - a == 4 && (memcmp(s + a, "None", 4) == 0 || memcmp(s + a, "null", 4) == 0)) ||
	    (b - a == 1 && (s[a] == '~' || s[a] == '-')) || (b - a == 3 && memcmp(s + a, "nil", 3) == 0))
		return NULL;
	r = utf8_repair(s + a, b - a, &outlen, NULL);
	return r;
}

void
textmeta_set(char **field, const char *s, size_t n)
{
	if (!*field)
		*field = dup_clean(s, n);
}

/*
 * Sets a name field (author, source) from a header value: a Chinese value
 * ends at the first space or separator ("南方都市报 作者：..." gives
 * "南方都市报"), any value at "|" or two spaces.
 */
static void
set_name(char **field, const char *s, size_t n)
{
	size_t a = 0, b = n, i, len;
	int han;

	lex_trim(s, &a, &b);
	if (a >= b)
		return;
	han = lex_han(lex_cp(s + a, b - a, &len));
	for (i = a; i < b; i += len) {
		uint32_t c = lex_cp(s + i, b - i, &len);

		if (c == '|' || (c == ' ' && i + 1 < b && s[i + 1] == ' ') ||
		    (han && (lex_space(c) || c == ':' || c == 0xFF1A || c == '(' || c == 0xFF08)))
			break;
	}
	textmeta_set(field, s + a, i - a);
}

/* Common Chinese surnames: a byline name starts with one. */
static int
surname(const char *s, size_t n)
{
	static const char sn[] =
		"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
		"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
		"郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
		"俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
		"滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
		"臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝張劉陳楊黃趙吳孫馬鄭"
		"謝韓馮鄧蕭董袁潘蔣蔡葉蘇魏呂盧薑鐘譚陸範賈韋鄒龔萬錢嚴顏龐聶詹歐關蘭焦";
	static const char *const two[] = { "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "歐陽" };
	size_t len, i;
	uint32_t c;

	for (i = 0; i < sizeof two / sizeof two[0]; i++)
		if (n >= 6 && memcmp(s, two[i], 6) == 0)
			return 2;
	c = lex_cp(s, n, &len);
	if (len != 3)
		return 0;
	/* a few hundred 3-byte characters: a scan per byline, not per byte of text */
	for (i = 0; i + 3 <= sizeof sn - 1; i += 3)
		if (memcmp(sn + i, s, 3) == 0)
			return 1;
	(void)c;
	return 0;
}

/*
 * A date field's value that names a year but no day ("julho de 2017",
 * "2017"): keeps the year, returns 1.
 */
static int
year_only(const char *s, size_t n, struct textmeta_page *pd)
{
	int y;

	if (n > 40 || (y = date_year(s, n)) == 0)
		return 0;
	if (!pd->year)
		pd->year = y;
	return 1;
}

/*
 * A header line "Key: value" (or "(source)Key : value"): records the
 * value and returns 1.
 */
int
textmeta_line(const char *s, size_t a, size_t b, struct article *art, struct textmeta_page *pd)
{
	size_t i, k, ks = a, ps = 0, pe = 0, colon = 0, len;
	unsigned f;
	char d[11];

	if (b - a > 300)
		return 0;
	/* 【责任编辑：NAME】, (Editor: NAME) */
	if (b - a > 6 && ((memcmp(s + a, "【", 3) == 0 && memcmp(s + b - 3, "】", 3) == 0) ||
	                  (memcmp(s + a, "（", 3) == 0 && memcmp(s + b - 3, "）", 3) == 0))) {
		size_t save_a = a;

		if (textmeta_line(s, a + 3, b - 3, art, pd))
			return 1;
		a = save_a;
	}
	if (s[a] == '(' || s[a] == '[') {
		char close = s[a] == '(' ? ')' : ']';

		for (i = a + 1; i < b && i < a + 80 && s[i] != close; i++)
			;
		if (i < b && s[i] == close) {
			ps = a + 1;
			pe = i;
			ks = i + 1;
		}
	}
	for (i = ks; i < b && i < ks + 48; i += len) {
		uint32_t c = lex_cp(s + i, b - i, &len);

		if (c == ':' || c == 0xFF1A) {
			colon = i;
			break;
		}
	}
	f = colon ? feat_key(s, ks, colon) : 0;
	if (!(f & (FEAT_MDATE | FEAT_MAUTH | FEAT_MSRC | FEAT_META))) {
		/*
		 * "Publicado em 02/08/2024 - 10h30", "Updated 2019-08-01 09:12":
		 * a time may follow the date, not a sentence
		 */
		for (i = ks; i < b && i < ks + 40 && !isdigit((unsigned char)s[i]); i++)
			;
		if (i >= b || i == ks || b - a > 200 || !(feat_key(s, ks, i) & FEAT_MDATE) ||
		    !(k = date_at(s + i, b - i, d)) || b - i - k > 40)
			return 0;
		textmeta_set(&art->date, d, 10);
		return 1;
	}
	i = colon + len;
	/* a name or a site, not a sentence ("记者：你会接受调解吗？" is an interview) */
	if (!(f & FEAT_MDATE) && (b - i > 80 || sent_terminal(s + i, b - i)))
		return 0;
	if (f & FEAT_MDATE) {
		if (!date_find(s + i, b - i, d))
			return year_only(s + i, b - i, pd);
		textmeta_set(&art->date, d, 10);
	} else if (f & FEAT_MAUTH)
		set_name(&art->author, s + i, b - i);
	else if (f & FEAT_MSRC)
		set_name(&art->source, s + i, b - i);
	if (pe > ps && !memchr(s + ps, ':', pe - ps) && !memmem(s + ps, pe - ps, "：", 3))
		set_name(&art->source, s + ps, pe - ps);
	return 1;
}

/*
 * A line that is a date, and a time: "2021-07-07", "17:03 Sep 24 2025",
 * "Jul 21, 2017 10:30 AM"; or a date and a time before a header line or a
 * name: "2019-02-25 10:13:42 来源：人民网", "21/07/2017 10h30 - Atualizado
 * em ...", "2017-07-21 10:30 Xinhua".  Records it, returns 1.
 */
int
textmeta_date(const char *s, size_t a, size_t b, struct article *art, struct textmeta_page *pd)
{
	char d[11];
	size_t k, i;
	struct feat f;

	if (b - a > 160)
		return 0;
	for (i = a; i < b && !isdigit((unsigned char)s[i]) && !lex_letter((unsigned char)s[i]); i++)
		;
	/* a time of day before the date: "17:03 Sep 24 2025" */
	if (i + 5 < b && isdigit((unsigned char)s[i]) && (s[i + 1] == ':' || s[i + 2] == ':')) {
		for (k = i; k < b && (isdigit((unsigned char)s[k]) || s[k] == ':'); k++)
			;
		if (k < b && s[k] == ' ')
			for (i = k; i < b && s[i] == ' '; i++)
				;
	}
	if (!(k = date_at(s + i, b - i, d)))
		return 0;
	for (i += k; i < b;) {
		if (strchr("0123456789:+-TZ |(),.hUTCGM\t", s[i]))
			i++;
		else if (i + 2 <= b && (strncasecmp(s + i, "am", 2) == 0 || strncasecmp(s + i, "pm", 2) == 0) &&
		         (i + 2 == b || !lex_letter((unsigned char)s[i + 2])))
			i += 2;
		else
			break;
	}
	if (i < b) {
		feat_line(s, i, b, &f);
		if (!textmeta_line(s, i, b, art, pd) &&
		    (f.words > 2 || sent_terminal(s + i, b - i) || memchr(s + i, ':', b - i)))
			return 0;
	} else if (b - a > 60)
		return 0;
	textmeta_set(&art->date, d, 10);
	return 1;
}



/*
 * A date key and a date opening a line of text: "date 2021-05-25 The
 * report ...".  Records the date; returns where the text after it (and
 * a time of day) starts, or 0.
 */
size_t
textmeta_lead(const char *s, size_t a, size_t b, struct article *art)
{
	size_t i, k, len;
	char d[11];
	uint32_t c;

	for (i = a; i < b && i - a < 24 && !isdigit((unsigned char)s[i]); i++)
		;
	if (i >= b || i == a || i - a >= 24 || !(feat_key(s, a, i) & FEAT_MDATE) ||
	    !(k = date_at(s + i, b - i, d)))
		return 0;
	i += k;
	/* a time of day: 10:30, 10:30:04, 16h06 */
	k = i;
	while (k < b && s[k] == ' ')
		k++;
	if (k + 4 < b && isdigit((unsigned char)s[k]) && (s[k + 1] == ':' || s[k + 2] == ':' ||
	                                                  s[k + 1] == 'h' || s[k + 2] == 'h')) {
		while (k < b && (isdigit((unsigned char)s[k]) || s[k] == ':' || s[k] == 'h'))
			k++;
		i = k;
	}
	while (i < b && (s[i] == ' ' || s[i] == '|' || s[i] == '-'))
		i++;
	if (i >= b || b - i < 40)
		return 0;
	/* a new sentence starts: not "Published 2021-05-05, the report found ..." */
	c = lex_cp(s + i, b - i, &len);
	if (!lex_upper(c) && !lex_han(c) && c != 0x201C && c != '"')
		return 0;
	textmeta_set(&art->date, d, 10);
	return i;
}

/* A date in the footer line S[A..B): kept, or marked as differing from one kept before. */
void
textmeta_foot(const char *s, size_t a, size_t b, struct textmeta_page *pd)
{
	char d[11];

	if (b - a > 400 || !date_find(s + a, b - a, d))
		return;
	if (!pd->foot[0])
		memcpy(pd->foot, d, sizeof d);
	else if (memcmp(pd->foot, d, 10) != 0)
		pd->foot_differ = 1;
}

/*
 * Machine time stamps anywhere in S[A..B): a numeric date and a time of
 * day ("2025-04-15 16:25", "2025/4/15 16:25", "15/04/2025 16h25").  Counts them in P, and
 * whether their dates differ.
 */
void
textmeta_stamps(const char *s, size_t a, size_t b, struct textmeta_page *p)
{
	size_t i, k, at;
	char d[11];

	for (i = a; i + 12 < b; i++) {
		size_t j, t;

		if (!isdigit((unsigned char)s[i]) || (i > a && isdigit((unsigned char)s[i - 1])))
			continue;
		/* a numeric date is 10 bytes at most: no scan of the rest of the line */
		if (!(k = date_scan(s + i, b - i < 10 ? b - i : 10, d, &at, 1)))
			continue;
		for (j = i; j < i + k && (isdigit((unsigned char)s[j]) || strchr("-/.", s[j])); j++)
			;
		if (j < i + k)
			continue;  /* numeric dates only: 2025-04-15, 15/04/2025 */
		k += i;
		t = k + 1;
		if (k < b && s[k] == ' ' && t + 4 <= b && isdigit((unsigned char)s[t]) &&
		    (s[t + 1] == ':' || s[t + 1] == 'h' || (isdigit((unsigned char)s[t + 1]) &&
		                                            (s[t + 2] == ':' || s[t + 2] == 'h')))) {
			if (p->nstamp++ == 0)
				memcpy(p->stamp, d, 11);
			else if (memcmp(p->stamp, d, 10) != 0)
				p->stamps_differ = 1;
		}
		i = k;
	}
}

/*
 * A byline: "By NAME", "Por NAME", "Repórter do SOURCE, NAME",
 * "记者 NAME".  Records the author (and source) and returns 1.
 */
int
textmeta_byline(const char *s, size_t a, size_t b, const struct feat *f, struct article *art)
{
	size_t i = a, len, comma = 0, conn = 0, at;
	char bd[11];
	int bdate = 0;

	if (!f->first_byline || f->words > 10 || b - a > 200 || sent_terminal(s + a, b - a))
		return 0;
	/* "Por NAME, 05/03/2023 - 10h30": the date, and the name before it */
	if (date_scan(s + a, b - a, bd, &at, b - a) && at > 0 && date_at(s + a + at, b - a - at, bd)) {
		size_t e = a + at;

		while (e > a && strchr(" ,-|", s[e - 1]))
			e--;
		if (e > a)
			b = e, bdate = 1;
	}
	while (i < b && !lex_space(lex_cp(s + i, b - i, &len)) && s[i] != ':' &&
	       !(lex_han(lex_cp(s + i, b - i, &len)) && i > a && !lex_han(lex_cp(s + a, b - a, &len))))
		i += len;
	if (lex_han(lex_cp(s + a, b - a, &len))) {
		/* 记者 NAME, 本报记者NAME: skip the key word */
		size_t w;

		for (w = 12; w >= 6; w -= 3)
			if (a + w <= b && (feat_word(s + a, w) & FEAT_BYLINE))
				break;
		if (w < 6)
			return 0;
		i = a + w;
	}
	while (i < b && (lex_space(lex_cp(s + i, b - i, &len)) || s[i] == ':' ||
	                 lex_cp(s + i, b - i, &len) == 0xFF1A))
		i += len;
	if (i >= b)
		return 0;
	{
		size_t k;

		for (k = i; k < b; k++)
			if (s[k] == ',')
				comma = k;
		if (b - i > 4 && (memcmp(s + i, "do ", 3) == 0 || memcmp(s + i, "da ", 3) == 0 ||
		                  memcmp(s + i, "de ", 3) == 0 || memcmp(s + i, "of ", 3) == 0))
			conn = i + 3;
		else if (b - i > 5 && (memcmp(s + i, "for ", 4) == 0 || memcmp(s + i, "dos ", 4) == 0))
			conn = i + 4;
	}
	/* a name starts with a capital or a Han character: not "By the numbers" */
	{
		size_t p = conn ? conn : i;
		uint32_t c0 = lex_cp(s + p, b - p, &len);

		if (!lex_upper(c0) && !(lex_han(c0) && surname(s + p, b - p)))
			return 0;
	}
	if (conn && comma > conn) {
		set_name(&art->source, s + conn, comma - conn);
		set_name(&art->author, s + comma + 1, b - comma - 1);
	} else if (!conn && comma) {
		set_name(&art->author, s + i, comma - i);
		set_name(&art->source, s + comma + 1, b - comma - 1);
	} else if (!conn)
		set_name(&art->author, s + i, b - i);
	else
		return 0;
	if (bdate)
		textmeta_set(&art->date, bd, 10);
	return 1;
}

/* A line of only 2 to 4 Han characters: a Chinese name. */
int
textmeta_han_name(const char *s, size_t a, size_t b)
{
	size_t len, k = 0, a0 = a;

	while (a < b) {
		if (!lex_han(lex_cp(s + a, b - a, &len)))
			return 0;
		a += len;
		k++;
	}
	if (k < 2 || k > 4)
		return 0;
	len = (size_t)surname(s + a0, b - a0);
	return len > 0 && k - len >= 1 && k - len <= 2;
}
