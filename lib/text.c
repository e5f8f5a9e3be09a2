/* The plain-text and Markdown reader: lines, metadata, boilerplate, blocks. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "die.h"
#include "html.h"
#include "lex.h"
#include "sentence.h"
#include "text.h"
#include "utf8.h"

/* What a line is. */
enum {
	K_BLANK, K_BODY, K_HEAD, K_TITLE, K_META, K_BYLINE, K_NAV, K_PHOTO,
	K_SHARE, K_FOOTER, K_SKIP,
};

/* Vocabulary flags. */
enum {
	V_FSTRONG = 1 << 0,   /* a footer for sure: copyright, ICP, 公网安备 */
	V_FOOT = 1 << 1,      /* footer words: address, telephone, powered */
	V_SHARE = 1 << 2,     /* share and save prompts */
	V_PHOTO = 1 << 3,     /* photo credits */
	V_LANG = 1 << 4,      /* names of languages (selectors) */
	V_SHOWS = 1 << 5,     /* "(the picture) shows" */
	V_MDATE = 1 << 6,     /* metadata keys */
	V_MAUTH = 1 << 7,
	V_MSRC = 1 << 8,
	V_META = 1 << 9,
	V_BYLINE = 1 << 10,   /* words that open a byline */
	V_CAPTION = 1 << 11,  /* 图为: a caption */
	V_NAV = 1 << 12,      /* navigation: related, read more, 上一篇 */
	V_END = 1 << 13,      /* an end mark: (END), （完） */
	V_REL = 1 << 14,      /* a label of related stories: 相关内容 */
	V_AD = 1 << 15,       /* labels of ads and of the newsroom: Advertisement, Redação */
};

static const struct lex_entry vocab[] = {
	{ "copyright", V_FOOT }, { "icp", V_FSTRONG }, { "版权所有", V_FSTRONG },
	{ "公网安备", V_FSTRONG }, { "备案号", V_FSTRONG }, { "版权", V_FOOT },
	{ "reserved", V_FOOT }, { "rights", V_FOOT }, { "address", V_FOOT }, { "endereço", V_FOOT },
	{ "tel", V_FOOT }, { "telephone", V_FOOT }, { "phone", V_FOOT }, { "fax", V_FOOT },
	{ "email", V_FOOT }, { "contact", V_FOOT }, { "contato", V_FOOT }, { "contacto", V_FOOT },
	{ "privacy", V_FOOT }, { "privacidade", V_FOOT }, { "terms", V_FOOT }, { "termos", V_FOOT },
	{ "cookies", V_FOOT }, { "disclaimer", V_FOOT }, { "powered", V_FOOT }, { "sitemap", V_FOOT },
	{ "webmaster", V_FOOT }, { "direitos", V_FOOT }, { "reservados", V_FOOT }, { "postcode", V_FOOT },
	{ "地址", V_FOOT }, { "电话", V_FOOT }, { "传真", V_FOOT }, { "邮箱", V_FOOT },
	{ "联系我们", V_FOOT }, { "免责声明", V_FOOT }, { "技术支持", V_FOOT }, { "主办", V_FOOT },
	{ "承办", V_FOOT }, { "转载", V_FOOT }, { "邮编", V_FOOT }, { "备案", V_FOOT },

	{ "share", V_SHARE }, { "save", V_SHARE }, { "print", V_SHARE }, { "tweet", V_SHARE },
	{ "facebook", V_SHARE }, { "twitter", V_SHARE }, { "wechat", V_SHARE }, { "weibo", V_SHARE },
	{ "whatsapp", V_SHARE }, { "linkedin", V_SHARE }, { "telegram", V_SHARE },
	{ "comments", V_SHARE }, { "comment", V_SHARE }, { "subscribe", V_SHARE },
	{ "newsletter", V_SHARE }, { "follow", V_SHARE }, { "download", V_SHARE }, { "like", V_SHARE },
	{ "compartilhar", V_SHARE }, { "compartilhe", V_SHARE }, { "partilhar", V_SHARE },
	{ "partilhe", V_SHARE }, { "salvar", V_SHARE }, { "salve", V_SHARE }, { "imprimir", V_SHARE },
	{ "comentar", V_SHARE }, { "comentários", V_SHARE }, { "assine", V_SHARE }, { "siga", V_SHARE },
	{ "baixe", V_SHARE }, { "分享", V_SHARE }, { "收藏", V_SHARE }, { "转发", V_SHARE },
	{ "保存", V_SHARE }, { "扫码", V_SHARE }, { "关注", V_SHARE }, { "点赞", V_SHARE },
	{ "评论", V_SHARE }, { "二维码", V_SHARE }, { "打印", V_SHARE }, { "微信", V_SHARE },
	{ "微博", V_SHARE }, { "长按", V_SHARE },

	{ "photo", V_PHOTO }, { "photos", V_PHOTO }, { "foto", V_PHOTO }, { "fotos", V_PHOTO },
	{ "picture", V_PHOTO }, { "pictures", V_PHOTO }, { "pic", V_PHOTO }, { "image", V_PHOTO },
	{ "images", V_PHOTO }, { "imagem", V_PHOTO }, { "imagens", V_PHOTO }, { "credit", V_PHOTO },
	{ "credits", V_PHOTO }, { "crédito", V_PHOTO }, { "créditos", V_PHOTO }, { "vcg", V_PHOTO },
	{ "getty", V_PHOTO }, { "illustration", V_PHOTO }, { "ilustração", V_PHOTO },
	{ "photographer", V_PHOTO }, { "fotógrafo", V_PHOTO }, { "图片", V_PHOTO },
	{ "摄影", V_PHOTO }, { "供图", V_PHOTO }, { "视觉中国", V_PHOTO }, { "图为", V_CAPTION },
	{ "shows", V_SHOWS }, { "show", V_SHOWS }, { "shown", V_SHOWS }, { "mostra", V_SHOWS },
	{ "mostram", V_SHOWS },

	{ "english", V_LANG }, { "chinese", V_LANG }, { "français", V_LANG }, { "francais", V_LANG },
	{ "french", V_LANG }, { "deutsch", V_LANG }, { "german", V_LANG }, { "español", V_LANG },
	{ "espanol", V_LANG }, { "spanish", V_LANG }, { "português", V_LANG },
	{ "portugues", V_LANG }, { "portuguese", V_LANG }, { "italiano", V_LANG },
	{ "italian", V_LANG }, { "русский", V_LANG }, { "japanese", V_LANG }, { "korean", V_LANG },
	{ "arabic", V_LANG }, { "ελληνικά", V_LANG }, { "suomi", V_LANG }, { "indonesian", V_LANG },
	{ "latina", V_LANG }, { "nederlands", V_LANG }, { "polski", V_LANG }, { "中文", V_LANG },
	{ "简体", V_LANG }, { "繁體", V_LANG }, { "繁体", V_LANG }, { "英文", V_LANG },
	{ "英语", V_LANG }, { "日本語", V_LANG }, { "日本语", V_LANG }, { "简体中文", V_LANG },

	{ "time", V_MDATE }, { "date", V_MDATE }, { "updated", V_MDATE }, { "published", V_MDATE },
	{ "posted", V_MDATE }, { "data", V_MDATE }, { "publicado", V_MDATE },
	{ "atualizado", V_MDATE }, { "publicado em", V_MDATE }, { "atualizado em", V_MDATE },
	{ "postado", V_MDATE }, { "postado em", V_MDATE }, { "publicada em", V_MDATE },
	{ "atualizada em", V_MDATE }, { "divulgado em", V_MDATE }, { "publicada", V_MDATE },
	{ "published on", V_MDATE }, { "posted on", V_MDATE }, { "last updated", V_MDATE },
	{ "updated on", V_MDATE }, { "release time", V_MDATE }, { "publish time", V_MDATE },
	{ "时间", V_MDATE }, { "发布时间", V_MDATE }, { "日期", V_MDATE }, { "更新时间", V_MDATE },
	{ "发布日期", V_MDATE }, { "发表时间", V_MDATE },
	{ "author", V_MAUTH }, { "authors", V_MAUTH }, { "autor", V_MAUTH }, { "autora", V_MAUTH },
	{ "autores", V_MAUTH }, { "writer", V_MAUTH }, { "written by", V_MAUTH }, { "作者", V_MAUTH },
	{ "source", V_MSRC }, { "fonte", V_MSRC }, { "via", V_MSRC }, { "来源", V_MSRC },
	{ "publisher", V_MSRC }, { "editor", V_META }, { "editors", V_META }, { "edição", V_META },
	{ "编辑", V_META }, { "责任编辑", V_META }, { "tags", V_META }, { "categories", V_META },
	{ "category", V_META }, { "keywords", V_META }, { "关键词", V_META }, { "标签", V_META },
	{ "原标题", V_META }, { "责编", V_META }, { "校对", V_META }, { "审核", V_META },
	{ "监制", V_META }, { "摄影", V_META }, { "图片来源", V_META }, { "本文来源", V_MSRC },
	{ "文章来源", V_MSRC }, { "稿件来源", V_MSRC }, { "作者单位", V_META },
	{ "photo", V_META }, { "foto", V_META }, { "fotos", V_META }, { "photos", V_META },

	{ "by", V_BYLINE }, { "por", V_BYLINE }, { "reporter", V_BYLINE | V_MAUTH },
	{ "repórter", V_BYLINE | V_MAUTH }, { "reportagem", V_BYLINE }, { "correspondent", V_BYLINE },
	{ "correspondente", V_BYLINE }, { "jornalista", V_BYLINE }, { "journalist", V_BYLINE },
	{ "记者", V_BYLINE | V_MAUTH }, { "撰文", V_BYLINE }, { "通讯员", V_BYLINE },
	{ "本报记者", V_BYLINE },

	{ "related", V_NAV }, { "read", V_NAV }, { "more", V_NAV }, { "leia", V_NAV },
	{ "veja", V_NAV }, { "saiba", V_NAV }, { "home", V_NAV }, { "menu", V_NAV },
	{ "next", V_NAV }, { "previous", V_NAV }, { "back", V_NAV }, { "top", V_NAV },
	{ "anterior", V_NAV }, { "próxima", V_NAV }, { "próximo", V_NAV }, { "voltar", V_NAV },
	{ "相关阅读", V_NAV }, { "延伸阅读", V_NAV }, { "推荐阅读", V_NAV }, { "相关新闻", V_NAV },
	{ "返回", V_NAV }, { "首页", V_NAV }, { "上一篇", V_NAV }, { "下一篇", V_NAV },
	{ "更多", V_NAV }, { "end", V_END }, { "fim", V_END }, { "完", V_END },

	/* Traditional script (Hong Kong, Taiwan), and more of the same kinds */
	{ "版權所有", V_FSTRONG }, { "不得转载", V_FSTRONG }, { "不得轉載", V_FSTRONG },
	{ "版權", V_FOOT }, { "電話", V_FOOT }, { "傳真", V_FOOT }, { "郵箱", V_FOOT },
	{ "聯繫我們", V_FOOT }, { "聯絡我們", V_FOOT }, { "免責聲明", V_FOOT }, { "技術支持", V_FOOT },
	{ "轉載", V_FOOT }, { "郵編", V_FOOT }, { "備案", V_FOOT },
	{ "轉發", V_SHARE }, { "掃碼", V_SHARE }, { "關注", V_SHARE }, { "點贊", V_SHARE },
	{ "評論", V_SHARE }, { "二維碼", V_SHARE }, { "列印", V_SHARE }, { "長按", V_SHARE },
	{ "圖片", V_PHOTO }, { "攝影", V_PHOTO }, { "視覺中國", V_PHOTO }, { "圖為", V_CAPTION },
	{ "簡體", V_LANG },
	{ "時間", V_MDATE }, { "發布時間", V_MDATE }, { "發佈時間", V_MDATE }, { "更新時間", V_MDATE },
	{ "發布日期", V_MDATE }, { "發表時間", V_MDATE },
	{ "來源", V_MSRC }, { "本文來源", V_MSRC }, { "文章來源", V_MSRC }, { "稿件來源", V_MSRC },
	{ "編輯", V_META }, { "責任編輯", V_META }, { "責編", V_META }, { "關鍵詞", V_META },
	{ "標籤", V_META }, { "原標題", V_META }, { "校對", V_META }, { "審核", V_META },
	{ "監製", V_META }, { "圖片來源", V_META }, { "数据来源", V_META }, { "资料来源", V_META },
	{ "數據來源", V_META }, { "資料來源", V_META },
	{ "記者", V_BYLINE | V_MAUTH }, { "本報記者", V_BYLINE }, { "通訊員", V_BYLINE },
	{ "返回", V_NAV }, { "首頁", V_NAV }, { "上一篇", V_NAV }, { "下一篇", V_NAV },
	{ "相关内容", V_NAV | V_REL }, { "相關內容", V_NAV | V_REL }, { "相关阅读", V_REL },
	{ "相關閱讀", V_NAV | V_REL }, { "相关新闻", V_REL }, { "相關新聞", V_NAV | V_REL },
	{ "相关文章", V_NAV | V_REL }, { "相關文章", V_NAV | V_REL }, { "延伸阅读", V_REL },
	{ "延伸閱讀", V_NAV | V_REL }, { "推荐阅读", V_REL }, { "推薦閱讀", V_NAV | V_REL },
	{ "advertisement", V_AD }, { "sponsored", V_AD },
	{ "publicidade", V_AD }, { "anúncio", V_AD }, { "patrocinado", V_AD }, { "redação", V_AD },
	{ "redacção", V_AD }, { "newsroom", V_AD }, { "广告", V_AD }, { "廣告", V_AD },
};

static struct lex vlex;

/*
 * The last characters of the vocabulary's words, for the Han windows of
 * features(): bit W-1 is set when a word of W characters ends in the
 * character.  A window of W Han characters whose last one has no such
 * word is no word of the vocabulary, and most are not.
 */
static unsigned char vlast[0x10000];

static void
vocab_build(void)
{
	size_t i, m, j, len, w;
	uint32_t c = 0;

	lex_build(&vlex, vocab, sizeof vocab / sizeof vocab[0]);
	for (i = 0; i < sizeof vocab / sizeof vocab[0]; i++) {
		m = strlen(vocab[i].word);
		for (j = w = 0; j < m; j += len, w++)
			c = lex_cp(vocab[i].word + j, m - j, &len);
		if (c < 0x10000 && w <= 8)
			vlast[c] |= (unsigned char)(1u << (w - 1));
	}
}

/* The window lengths to look up for a run of Han characters that ends in C. */
static unsigned
vocab_last(uint32_t c)
{
	return c < 0x10000 ? vlast[c] : 0xFF;
}

struct line {
	size_t ls, le;  /* the line, without its line break */
	size_t s, e;    /* its content: trimmed, Markdown markers left out */
	int kind, term, words, md;
};

struct feat {
	int words, first_byline, strong, foot, share, photo, lang, caption, scripts, ad;
	int slash_photo;        /* a photo word next to "/" or ":" ("Foto: X", "Photo/VCG") */
	size_t cap_at;          /* where a caption ("The picture shows", 图为) starts, + 1 */
	unsigned first, last;   /* flags of the first and the last word */
	size_t han, hangul, other;
};

static int
nscripts(unsigned m)
{
	int k = 0;

	for (; m; m &= m - 1)
		k++;
	return k;
}

static int
script(uint32_t c)
{
	if (c < 0x80)
		return 0;
	if (lex_han(c))
		return 1;
	if ((c >= 0x3040 && c <= 0x30FF))
		return 2;
	if (c >= 0xAC00 && c <= 0xD7AF)
		return 3;
	if (c >= 0x370 && c <= 0x3FF)
		return 4;
	if (c >= 0x400 && c <= 0x4FF)
		return 5;
	if (c >= 0x600 && c <= 0x6FF)
		return 6;
	if (c < 0x250 || (c >= 0xFF21 && c <= 0xFF5A))
		return 0;  /* Latin, full-width Latin too */
	return 7;
}

static void
token(struct feat *f, const char *s, size_t n, char before, char after, unsigned *prev,
      size_t at, size_t *prev_at)
{
	char buf[128];
	size_t m;
	unsigned fl = 0;

	f->words++;
	if (n < sizeof buf / 2 && (m = lex_fold(s, n, buf, sizeof buf)) > 0)
		fl = lex_get(&vlex, buf, m);
	if (f->words == 1 && f->han == 0)
		f->first = fl;  /* not when Han words opened the line */
	f->last = fl;
	if ((fl & V_PHOTO) && (before == '/' || before == ':' || after == '/' || after == ':'))
		f->slash_photo++;
	if (f->words == 1 && (fl & V_BYLINE))
		f->first_byline = 1;
	if (fl & V_FSTRONG)
		f->strong++;
	if (fl & V_FOOT)
		f->foot++;
	if (fl & V_SHARE)
		f->share++;
	if (fl & V_PHOTO)
		f->photo++;
	if (fl & V_LANG)
		f->lang++;
	if (fl & V_AD)
		f->ad++;
	if ((fl & V_SHOWS) && (*prev & V_PHOTO)) {
		f->caption++;
		if (!f->cap_at)
			f->cap_at = *prev_at + 1;
	}
	*prev_at = at;
	if ((fl & V_BYLINE) && (*prev & V_PHOTO))
		f->slash_photo++;  /* "Photo by NAME", "Foto por NAME" */
	*prev = fl;
}

/* Looks up the Han words that end at the Han character starting at POS[K-1]. */
static void
han_windows(struct feat *f, const char *s, const size_t *pos, size_t k, size_t end, size_t a, unsigned lens)
{
	size_t w;
	unsigned fl;

	for (w = 1; w <= 4 && w <= k; w++) {
		if (!(lens >> (w - 1) & 1))
			continue;  /* no word of W characters ends here */
		fl = lex_get(&vlex, s + pos[k - w], end - pos[k - w]);
		if (w == 1)
			fl &= V_END;  /* single characters only as end marks */
		if (fl && pos[k - w] == a && f->words == 0)
			f->first |= fl;
		if (fl)
			f->last = fl;
		if (fl & V_FSTRONG)
			f->strong++;
		if (fl & V_FOOT)
			f->foot++;
		if (fl & V_SHARE)
			f->share++;
		if (fl & V_PHOTO)
			f->photo++;
		if (fl & V_LANG)
			f->lang++;
		if (fl & V_AD)
			f->ad++;
		if (fl & V_CAPTION) {
			f->caption++;
			if (!f->cap_at)
				f->cap_at = pos[k - w] + 1;
		}
		if ((fl & V_BYLINE) && pos[k - w] == pos[0] && f->words == 0 && f->han == w)
			f->first_byline = 1;
	}
}

static void
features(const char *s, size_t a, size_t b, struct feat *f)
{
	size_t i = a, len, ws = 0, pos[4], k = 0, hanrun = 0, pat = 0;
	int inw = 0;
	unsigned prev = 0, sm = 0, lens;
	uint32_t c;

	memset(f, 0, sizeof *f);
	while (i < b) {
		c = lex_step(s + i, b - i, &len);
		if (lex_letter(c)) {
			int sc = script(c);

			sm |= 1u << sc;
			if (sc == 1) {
				if (inw)
					token(f, s + ws, i - ws, ws > a ? s[ws - 1] : 0, s[i], &prev, ws, &pat), inw = 0;
				f->han++;
				if (k == 4)
					memmove(pos, pos + 1, 3 * sizeof *pos), k = 3;
				pos[k++] = i;
				hanrun++;
				if ((lens = vocab_last(c)) != 0)
					han_windows(f, s, pos, k, i + len, a, lens);
			} else {
				k = 0;
				if (sc == 3)
					f->hangul++;
				else if (sc == 7)
					f->other++;
				if (!inw)
					ws = i, inw = 1;
			}
		} else {
			k = 0;
			if (inw)
				token(f, s + ws, i - ws, ws > a ? s[ws - 1] : 0, s[i], &prev, ws, &pat), inw = 0;
			if (c == 0xA9)
				f->strong++;
		}
		i += len;
	}
	if (inw)
		token(f, s + ws, i - ws, ws > a ? s[ws - 1] : 0, 0, &prev, ws, &pat);
	f->words += (int)((f->han + 1) / 2);
	f->scripts = nscripts(sm);
	(void)hanrun;
}

/* Trims white space from both ends of [*A, *B). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	size_t len, j;

	while (*a < *b && lex_space(lex_cp(s + *a, *b - *a, &len)))
		*a += len;
	while (*b > *a) {
		j = *b - 1;
		while (j > *a && ((unsigned char)s[j] & 0xC0) == 0x80 && *b - j < 4)
			j--;
		if (!lex_space(lex_cp(s + j, *b - j, &len)) || j + len != *b)
			break;
		*b = j;
	}
}

static char *
dup_clean(const char *s, size_t n)
{
	size_t a = 0, b = n, outlen;
	char *r;

	trim(s, &a, &b);
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

static void
set(char **field, const char *s, size_t n)
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

	trim(s, &a, &b);
	if (a >= b)
		return;
	han = lex_han(lex_cp(s + a, b - a, &len));
	for (i = a; i < b; i += len) {
		uint32_t c = lex_cp(s + i, b - i, &len);

		if (c == '|' || (c == ' ' && i + 1 < b && s[i + 1] == ' ') ||
		    (han && (lex_space(c) || c == ':' || c == 0xFF1A || c == '(' || c == 0xFF08)))
			break;
	}
	set(field, s + a, i - a);
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

/* What a page states of its date outside its header lines (text_read()). */
static struct pagedate {
	char foot[11];           /* the date of the footer lines, if they agree */
	int foot_differ;
	char stamp[11];          /* the date of every machine time stamp, if they agree */
	int nstamp, stamps_differ;
	int dl_y, dl_m, dl_d;    /* the dateline's; 0 when it names none */
	int have_dl;
	int year;                /* a year a date field states without its day */
} pd;

/* Flags of the key S[A..B) folded, inner white space made one space. */
static unsigned
key_flags(const char *s, size_t a, size_t b)
{
	char buf[64], f[64];
	size_t i, m, o = 0;
	int sp = 0;

	trim(s, &a, &b);
	if (b <= a || b - a >= sizeof buf / 2)
		return 0;
	m = lex_fold(s + a, b - a, buf, sizeof buf);
	for (i = 0; i < m; i++) {
		if (buf[i] == ' ' || buf[i] == '\t') {
			sp = 1;
			continue;
		}
		if (sp && o)
			f[o++] = ' ';
		sp = 0;
		f[o++] = buf[i];
	}
	return lex_get(&vlex, f, o);
}

/*
 * A date field's value that names a year but no day ("julho de 2017",
 * "2017"): keeps the year, returns 1.
 */
static int
year_only(const char *s, size_t n)
{
	int y;

	if (n > 40 || (y = date_year(s, n)) == 0)
		return 0;
	if (!pd.year)
		pd.year = y;
	return 1;
}

/*
 * A header line "Key: value" (or "(source)Key : value"): records the
 * value and returns 1.
 */
static int
meta_line(const char *s, size_t a, size_t b, struct article *art)
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

		if (meta_line(s, a + 3, b - 3, art))
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
	f = colon ? key_flags(s, ks, colon) : 0;
	if (!(f & (V_MDATE | V_MAUTH | V_MSRC | V_META))) {
		/*
		 * "Publicado em 02/08/2024 - 10h30", "Updated 2019-08-01 09:12":
		 * a time may follow the date, not a sentence
		 */
		for (i = ks; i < b && i < ks + 40 && !isdigit((unsigned char)s[i]); i++)
			;
		if (i >= b || i == ks || b - a > 200 || !(key_flags(s, ks, i) & V_MDATE) ||
		    !(k = date_at(s + i, b - i, d)) || b - i - k > 40)
			return 0;
		set(&art->date, d, 10);
		return 1;
	}
	i = colon + len;
	/* a name or a site, not a sentence ("记者：你会接受调解吗？" is an interview) */
	if (!(f & V_MDATE) && (b - i > 80 || sent_terminal(s + i, b - i)))
		return 0;
	if (f & V_MDATE) {
		if (!date_find(s + i, b - i, d))
			return year_only(s + i, b - i);
		set(&art->date, d, 10);
	} else if (f & V_MAUTH)
		set_name(&art->author, s + i, b - i);
	else if (f & V_MSRC)
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
static int
line_date(const char *s, size_t a, size_t b, struct article *art)
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
		features(s, i, b, &f);
		if (!meta_line(s, i, b, art) &&
		    (f.words > 2 || sent_terminal(s + i, b - i) || memchr(s + i, ':', b - i)))
			return 0;
	} else if (b - a > 60)
		return 0;
	set(&art->date, d, 10);
	return 1;
}



/*
 * A date key and a date opening a line of text: "date 2021-05-25 The
 * report ...".  Records the date; returns where the text after it (and
 * a time of day) starts, or 0.
 */
static size_t
lead_date(const char *s, size_t a, size_t b, struct article *art)
{
	size_t i, k, len;
	char d[11];
	uint32_t c;

	for (i = a; i < b && i - a < 24 && !isdigit((unsigned char)s[i]); i++)
		;
	if (i >= b || i == a || i - a >= 24 || !(key_flags(s, a, i) & V_MDATE) ||
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
	set(&art->date, d, 10);
	return i;
}

/* A date in the footer line S[A..B): kept, or marked as differing from one kept before. */
static void
foot_date(const char *s, size_t a, size_t b)
{
	char d[11];

	if (b - a > 400 || !date_find(s + a, b - a, d))
		return;
	if (!pd.foot[0])
		memcpy(pd.foot, d, sizeof d);
	else if (memcmp(pd.foot, d, 10) != 0)
		pd.foot_differ = 1;
}

/*
 * Machine time stamps anywhere in S[A..B): a numeric date and a time of
 * day ("2025-04-15 16:25", "2025/4/15 16:25", "15/04/2025 16h25").  Counts them in P, and
 * whether their dates differ.
 */
static void
stamps(const char *s, size_t a, size_t b, struct pagedate *p)
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
static int
byline(const char *s, size_t a, size_t b, const struct feat *f, struct article *art)
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
			if (a + w <= b && (lex_get(&vlex, s + a, w) & V_BYLINE))
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
		set(&art->date, bd, 10);
	return 1;
}

/* Whether the line ends with a bracketed photo credit: "... [Photo/VCG]". */
static int
credit_tail(const char *s, size_t a, size_t b)
{
	char close, open;
	size_t i;
	struct feat f;

	if (b - a < 3)
		return 0;
	close = s[b - 1];
	if (close != ']' && close != ')')
		return 0;
	open = close == ']' ? '[' : '(';
	for (i = b - 1; i > a && b - i < 80; i--)
		if (s[i - 1] == open)
			break;
	if (i <= a || s[i - 1] != open)
		return 0;
	features(s, i, b - 1, &f);
	return f.photo > 0 && f.words <= 6;
}

/* A line of only 2 to 4 Han characters: a Chinese name. */
static int
han_name(const char *s, size_t a, size_t b)
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

/* Markdown: strips "#", list markers and "> " from the content; returns 1 for a heading. */
static int
markdown(const char *s, struct line *l)
{
	size_t a = l->s, b = l->e, k;
	int head = 0;

	while (a + 1 < b && s[a] == '>' && (s[a + 1] == ' ' || s[a + 1] == '>'))
		a += s[a + 1] == ' ' ? 2 : 1;
	for (k = a; k < b && k - a < 7 && s[k] == '#'; k++)
		;
	if (k > a && k - a <= 6 && k < b && s[k] == ' ') {
		a = k + 1;
		while (b > a && (s[b - 1] == '#' || s[b - 1] == ' '))
			b--;
		head = 1;
	} else if (a + 1 < b && (s[a] == '-' || s[a] == '*' || s[a] == '+') && s[a + 1] == ' ') {
		a += 2;
		l->md = 1;
	} else {
		for (k = a; k < b && k - a < 3 && isdigit((unsigned char)s[k]); k++)
			;
		if (k > a && k + 1 < b && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' &&
		    l->e - l->s < 2000) {
			a = k + 2;
			l->md = 1;
		}
	}
	trim(s, &a, &b);
	l->s = a;
	l->e = b;
	return head;
}

static int
only(const char *s, size_t a, size_t b, const char *set_)
{
	size_t n = 0;

	for (; a < b; a++, n++)
		if (!strchr(set_, s[a]))
			return 0;
	return n >= 3;
}

/*
 * Sets FIELD from a one-line YAML value: "double quoted" with its escapes
 * (\" \\ \t \n), 'single quoted' with '' for a quote, or plain.
 */
static void
set_yaml(char **field, const char *s, size_t n)
{
	size_t a = 0, b = n, i, o = 0;
	char *t, q;

	trim(s, &a, &b);
	if (*field || b - a < 2 || (s[a] != '"' && s[a] != '\'') || s[b - 1] != s[a]) {
		set(field, s, n);
		return;
	}
	q = s[a];
	t = xmalloc(b - a);
	for (i = a + 1; i + 1 < b; i++) {
		if (q == '"' && s[i] == '\\' && i + 2 < b) {
			i++;
			t[o++] = s[i] == 'n' || s[i] == 't' ? ' ' : s[i];
		} else if (q == '\'' && s[i] == '\'' && i + 2 < b && s[i + 1] == '\'') {
			t[o++] = '\'';
			i++;
		} else
			t[o++] = s[i];
	}
	set(field, t, o);
	free(t);
}

/*
 * The front matter's title and description, where the article has them
 * and no body: their values' spans (0, 0 when absent or escaped).
 */
static struct {
	size_t title_s, title_e, desc_s, desc_e;
} fm;

/* The span of a one-line YAML value in BUF[V..LE), without its quotes; none when it has escapes. */
static void
fm_value(const char *buf, size_t v, size_t le, size_t *vs, size_t *ve)
{
	size_t a = v, b = le;

	trim(buf, &a, &b);
	if (b > a && (buf[a] == '"' || buf[a] == '\'')) {
		if (b - a < 2 || buf[b - 1] != buf[a])
			return;
		a++, b--;
		if (memchr(buf + a, buf[a - 1] == '"' ? '\\' : '\'', b - a))
			return;
	} else if (b > a && strchr("|>&*!{[", buf[a]))
		return;  /* block scalars, anchors, tags, flow collections */
	trim(buf, &a, &b);
	if (b > a && !*vs)
		*vs = a, *ve = b;
}

/*
 * A key that names the date of publication: date, published, pubDate,
 * publishedDateTime, datePublished, published_at, publish-date ...
 */
static int
key_is_date(const char *s, size_t n)
{
	static const char *const keys[] = {
		"date", "published", "pubdate", "publishdate", "publisheddate", "publisheddatetime",
		"datepublished", "publishedat", "publishedon", "publicationdate", "datetime",
	};
	char buf[32];
	size_t i, m = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '_' || s[i] == '-')
			continue;
		if (m == sizeof buf - 1)
			return 0;
		buf[m++] = (char)tolower((unsigned char)s[i]);
	}
	buf[m] = 0;
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(buf, keys[i]) == 0)
			return 1;
	return 0;
}

/* YAML front matter: "---" lines around "key: value" lines.  Returns where the body starts. */
static size_t
front_matter(const char *buf, size_t len, size_t pos, struct article *a)
{
	size_t i = pos, le, k, v, start = pos;
	int lines = 0;

	if (len - pos < 4 || memcmp(buf + pos, "---", 3) != 0 || (buf[pos + 3] != '\n' && buf[pos + 3] != '\r'))
		return pos;
	/* the closing line must come within 200 lines */
	for (i = pos; i < len && lines < 200; i = le + 1, lines++) {
		le = i;
		while (le < len && buf[le] != '\n')
			le++;
		if (i > pos && le - i >= 3 && (memcmp(buf + i, "---", 3) == 0 || memcmp(buf + i, "...", 3) == 0) &&
		    only(buf, i, le > i && buf[le - 1] == '\r' ? le - 1 : le, "-.")) {
			start = le < len ? le + 1 : len;
			break;
		}
	}
	if (start == pos)
		return pos;
	for (i = pos; i < start; i = le + 1) {
		le = i;
		while (le < start && buf[le] != '\n')
			le++;
		for (k = i; k < le && buf[k] != ':'; k++)
			;
		if (k >= le || k == i || buf[i] == ' ' || buf[i] == '-')
			continue;
		v = k + 1;
#define KEY(w) (k - i == sizeof(w) - 1 && strncasecmp(buf + i, w, k - i) == 0)
		if (KEY("title")) {
			set_yaml(&a->title, buf + v, le - v);
			fm_value(buf, v, le, &fm.title_s, &fm.title_e);
		} else if (KEY("description") || KEY("excerpt") || KEY("summary") || KEY("abstract"))
			fm_value(buf, v, le, &fm.desc_s, &fm.desc_e);
		else if (key_is_date(buf + i, k - i)) {
			char d[11];

			if (date_find(buf + v, le - v, d))
				set(&a->date, d, 10);
		} else if (KEY("author") || KEY("authors"))
			set_yaml(&a->author, buf + v, le - v);
		else if (KEY("source") || KEY("publisher") || KEY("site_name") || KEY("site"))
			set_yaml(&a->source, buf + v, le - v);
		else if (KEY("lang") || KEY("language"))
			set(&a->lang, buf + v, le - v);
#undef KEY
	}
	return start;
}

/* Sentences in the line: 1 for a title-like line. */
static size_t
nsent(const char *s, size_t a, size_t b)
{
	return sent_split(s + a, b - a, NULL, NULL, 0);
}

/*
 * Whether line L, the first of the text, is a headline: three words or
 * more, no list item, not opened by a dateline.  A line that ends like a
 * sentence is one only when it is a short one (20 words): the first long
 * sentence of a page without a headline is no title.  A line that does
 * not end like a sentence is one up to 32 words and 200 bytes, even when
 * it holds two sentences.
 */
static int
headline(const char *s, const struct line *l)
{
	int y, m, d;

	if (l->words < 3 || l->md || date_dateline(s, l->s, l->e, &y, &m, &d))
		return 0;
	if (l->term)
		return l->words <= 20 && l->e - l->s <= 300 && nsent(s, l->s, l->e) <= 1 &&
		       !memchr(s + l->s, ',', l->e - l->s) && !memmem(s + l->s, l->e - l->s, "，", 3);
	return l->words <= 32 && l->e - l->s <= 200;
}

/* The same text, ignoring white space runs. */
static int
same_text(const char *s, size_t a, size_t b, const char *t)
{
	size_t tn = strlen(t), j = 0, len;

	while (a < b && j < tn) {
		uint32_t c = lex_cp(s + a, b - a, &len), d;
		size_t l2;

		if (lex_space(c)) {
			a += len;
			continue;
		}
		d = lex_cp(t + j, tn - j, &l2);
		if (lex_space(d)) {
			j += l2;
			continue;
		}
		if (c != d)
			return 0;
		a += len;
		j += l2;
	}
	while (a < b && lex_space(lex_cp(s + a, b - a, &len)))
		a += len;
	return a >= b && j >= tn;
}

/* "1、香港", "2. text", "3) text", "（4）text": an item of a numbered list. */
static int
list_item(const char *s, size_t a, size_t b)
{
	size_t k = a;

	if (b - a >= 3 && memcmp(s + a, "（", 3) == 0)
		k += 3;
	else if (k < b && s[k] == '(')
		k++;
	while (k < b && k - a < 6 && isdigit((unsigned char)s[k]))
		k++;
	if (k == a || !isdigit((unsigned char)s[k - 1]) || k >= b)
		return 0;
	return (b - k >= 3 && (memcmp(s + k, "、", 3) == 0 || memcmp(s + k, "）", 3) == 0 ||
	                       memcmp(s + k, "．", 3) == 0)) ||
	       (k + 1 < b && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ');
}

/*
 * A line that could be the text of a link: no Chinese comma (a sentence
 * that lost its end mark) and fewer than two numbers (a row of a table).
 */
static int
linklike(const char *s, size_t a, size_t b)
{
	size_t i, nums = 0;

	if (memmem(s + a, b - a, "，", 3))
		return 0;
	for (i = a; i < b; i++)
		if (isdigit((unsigned char)s[i]) && (i == a || !isdigit((unsigned char)s[i - 1])) &&
		    (i == a || (s[i - 1] != '.' && s[i - 1] != ',')))
			nums++;
	return nums < 2;
}

/*
 * A caption inside a paragraph: returns where the paragraph's text ends,
 * before the sentence that opens with the caption ("... 。图为 ...",
 * "... . The picture shows ..."), or L->s when the caption opens the
 * paragraph; L->e when AT is not at the start of a sentence ("企图为").
 */
static size_t
caption_cut(const char *s, const struct line *l, size_t at)
{
	struct sent_span sp[256];
	size_t k, i, len;

	k = sent_split(s + l->s, l->e - l->s, NULL, sp, 256);
	for (i = 0; i < k && i < 256; i++) {
		size_t a = l->s + sp[i].start, b = l->s + sp[i].end;

		if (at < a || at >= b)
			continue;
		/* "The picture shows", "Photo shows"; 图为, 上图为, but not 企图为 */
		if (lex_han(lex_cp(s + at, l->e - at, &len)) ?
		    at != a && !(at - a == 3 && (memcmp(s + a, "上", 3) == 0 || memcmp(s + a, "下", 3) == 0 ||
		                                 memcmp(s + a, "左", 3) == 0 || memcmp(s + a, "右", 3) == 0)) :
		    at - a > 8)
			return l->e;
		if (i == 0)
			return l->s;
		return l->s + sp[i - 1].end;
	}
	return l->e;
}

/*
 * A footer line: one with a sure footer mark (©, ICP, 公网安备) that is
 * short; or one that opens with a footer word ("Copyright", "Address:",
 * "Powered by", "电话：") and is a "key: value" line, not a sentence, or
 * holds more footer words ("All rights reserved").
 */
static int
footer(const char *s, const struct line *l, const struct feat *f)
{
	const char *colon;

	if (f->strong && l->e - l->s <= 400)
		return 1;
	if (f->foot >= 2 && f->words <= 12)
		return 1;  /* "Todos os direitos reservados" */
	if (!(f->first & (V_FOOT | V_FSTRONG)) || f->words > 25)
		return 0;
	colon = memchr(s + l->s, ':', l->e - l->s < 40 ? l->e - l->s : 40);
	if (!colon)
		colon = memmem(s + l->s, l->e - l->s < 40 ? l->e - l->s : 40, "\xEF\xBC\x9A", 3);
	return !l->term || colon || f->foot >= 2;
}

/*
 * A header line of parts: "By NAME | China Daily | Updated: 2019-08-01".
 * Returns 1 when some part is a metadata field or a byline.
 */
static int
header_parts(const char *s, const struct line *l, struct article *art)
{
	size_t a = l->s, e, hits = 0, parts = 0;
	struct feat f;

	if (l->e - l->s > 200 || !memchr(s + l->s, '|', l->e - l->s))
		return 0;
	while (a < l->e) {
		size_t pa = a, pe;

		e = a;
		while (e < l->e && s[e] != '|')
			e++;
		pe = e;
		trim(s, &pa, &pe);
		if (pe > pa) {
			parts++;
			features(s, pa, pe, &f);
			if (meta_line(s, pa, pe, art) || line_date(s, pa, pe, art) || byline(s, pa, pe, &f, art))
				hits++;
		}
		a = e + 1;
	}
	return hits > 0 && parts >= 2;
}

/* Breadcrumbs: "Home > News > Business", short words between > » / | separators. */
static int
crumbs(const char *s, const struct line *l, const struct feat *f)
{
	size_t i, seps = 0;

	if (l->term || f->words > 12)
		return 0;
	for (i = l->s; i < l->e; i++)
		if ((s[i] == '>' || s[i] == '|' || s[i] == '/') && i > l->s && s[i - 1] == ' ')
			seps++;
		else if (i + 2 <= l->e && memcmp(s + i, "»", 2) == 0)
			seps++;
	return seps >= 2;
}

/*
 * Whether the body S (N bytes) after a front matter is HTML, as archives
 * of feeds write it: it opens with markup html_sniff() knows, or holds
 * three closed paragraphs.
 */
static int
html_body(const char *s, size_t n)
{
	const char *p = s, *e = s + n;
	int k = 0;

	if (html_sniff(s, n))
		return 1;
	while (k < 3 && (p = memmem(p, (size_t)(e - p), "</p>", 4)) != NULL)
		k++, p += 4;
	if (k < 3)
		for (p = s, k = 0; k < 3 && (p = memmem(p, (size_t)(e - p), "</P>", 4)) != NULL;)
			k++, p += 4;
	return k >= 3;
}

/*
 * Reads the body of BUF from POS as a web page (lib/html.c) into ART, whose
 * front matter's metadata come first.  Returns 0 when it cannot be parsed.
 */
static int
read_html_body(const char *buf, size_t len, size_t pos, struct article *art)
{
	struct article h;
	size_t i;

	memset(&h, 0, sizeof h);
	if (html_read(buf + pos, len - pos, &h) != 0) {
		art_free(&h);
		return 0;
	}
	for (i = 0; i < h.nblocks; i++) {
		struct block *b = &h.blocks[i];

		art_add(art, pos + b->start, pos + b->end, b->text, b->heading);
		b->text = NULL;
	}
#define TAKE(f) if (!art->f) art->f = h.f, h.f = NULL
	TAKE(title);
	TAKE(date);
	TAKE(author);
	TAKE(source);
	TAKE(lang);
#undef TAKE
	art->html = 1;
	art_free(&h);
	return 1;
}

/* The bracket that opens the group whose closing bracket ends S[..I), or 0. */
static int
closer(const char *s, size_t a, size_t i, size_t *at, char open[4])
{
	static const char *const pairs[][2] = {
		{ ")", "(" }, { "]", "[" }, { "\xEF\xBC\x89", "\xEF\xBC\x88" }, /* （） */
		{ "\xE3\x80\x91", "\xE3\x80\x90" },                          /* 【】 */
	};
	size_t k, m;

	for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		m = strlen(pairs[k][0]);
		if (i - a >= m && memcmp(s + i - m, pairs[k][0], m) == 0) {
			*at = i - m;
			memcpy(open, pairs[k][1], strlen(pairs[k][1]) + 1);
			return 1;
		}
	}
	return 0;
}

/*
 * Editors' notes after the last sentence of a paragraph: "(完)",
 * "【编辑:李岩】", "(編輯:邱國強)1140908", "(jq)", "(供稿)", "(Lusa)",
 * bracketed groups and numbers only.  Returns where the paragraph's text
 * ends without them: A when the whole line is notes, E when it has none.
 */
static size_t
note_tail(const char *s, size_t a, size_t e)
{
	size_t i = e, at, j, t, n;
	char open[4];
	int groups = 0, found;

	for (;;) {
		while (i > a && (s[i - 1] == ' ' || s[i - 1] == '\t' || isdigit((unsigned char)s[i - 1])))
			i--;
		if (i == a || e - i > 200 || !closer(s, a, i, &at, open))
			break;
		/* the group's opening bracket, up to 120 bytes before */
		n = strlen(open);
		for (j = at, found = 0; j >= a + n && at - j <= 120; j--)
			if (memcmp(s + j - n, open, n) == 0) {
				found = 1;
				break;
			}
		if (!found)
			break;
		i = j - n;
		groups++;
	}
	if (!groups || e - i > 200)
		return e;
	t = i;
	while (t > a && (s[t - 1] == ' ' || s[t - 1] == '\t'))
		t--;
	if (t == a)
		return a;
	return sent_terminal(s + a, t - a) ? t : e;
}

/*
 * The kind of line L, whose content is not blank, from its features F;
 * records what its metadata lines say in ART.
 */
static int
line_kind(const char *buf, const struct line *l, const struct feat *f, int head, struct article *art)
{
	if (head)
		return K_HEAD;
	if (meta_line(buf, l->s, l->e, art) || line_date(buf, l->s, l->e, art) || header_parts(buf, l, art))
		return K_META;
	if (byline(buf, l->s, l->e, f, art))
		return K_BYLINE;
	if (footer(buf, l, f)) {
		foot_date(buf, l->s, l->e);
		return K_FOOTER;
	}
	if (!l->term && f->words <= 8 && (f->share >= 2 || (f->first & V_SHARE)))
		return K_SHARE;
	if (!l->term && f->ad && (f->words == 1 || ((f->last & V_AD) && f->words <= 5)))
		return K_SHARE;  /* "Advertisement", "Continua após a publicidade", "Redação" */
	if ((!l->term && f->words <= 8 &&
	     (f->photo >= 2 || f->slash_photo || (f->words <= 3 && ((f->first | f->last) & V_PHOTO)))) ||
	    credit_tail(buf, l->s, l->e))
		return K_PHOTO;
	if ((f->lang && f->lang >= f->words) || (f->lang >= 3 && !l->term) ||
	    (f->scripts >= 3 && !l->term) || (!l->term && f->words <= 12 && (f->first & V_NAV)) ||
	    ((f->first & V_END) && f->words <= 1) || crumbs(buf, l, f) ||
	    ((f->first & V_REL) && !l->term && f->words <= 40))
		return K_NAV;
	return K_BODY;
}

/*
 * Reads the line of BUF from I to LE into L: its content, and its kind.
 * *FENCE tells whether a code fence is open.
 */
static void
read_line(const char *buf, size_t i, size_t le, int *fence, struct line *l, struct article *art)
{
	struct feat f;
	size_t j;
	int head;

	memset(l, 0, sizeof *l);
	l->ls = i;
	l->le = le;
	l->s = i;
	l->e = le;
	trim(buf, &l->s, &l->e);
	if (l->s >= l->e) {
		l->kind = K_BLANK;
		return;
	}
	if (l->e - l->s >= 3 && memcmp(buf + l->s, "```", 3) == 0) {
		*fence = !*fence;
		l->kind = K_SKIP;
		return;
	}
	if (*fence || only(buf, l->s, l->e, "-*_= ") || (buf[l->s] == '<' && buf[l->e - 1] == '>')) {
		l->kind = K_SKIP;  /* code, rules, comments and tags */
		return;
	}
	if (l->e - l->s >= 2 && memcmp(buf + l->s, "![", 2) == 0) {
		l->kind = K_PHOTO;
		return;
	}
	head = markdown(buf, l);
	if (l->s >= l->e) {
		l->kind = K_SKIP;
		return;
	}
	if (!head && (j = lead_date(buf, l->s, l->e, art)) != 0)
		l->s = j;  /* "date 2021-05-25 The report ...": the text after the date */
	features(buf, l->s, l->e, &f);
	if (f.cap_at) {
		size_t ce = caption_cut(buf, l, f.cap_at - 1);

		if (ce <= l->s) {
			l->kind = K_PHOTO;
			return;
		}
		if (ce < l->e) {
			l->e = ce;
			features(buf, l->s, l->e, &f);
		}
	}
	l->words = f.words;
	l->term = sent_terminal(buf + l->s, l->e - l->s);
	if (!l->term && (j = note_tail(buf, l->s, l->e)) > l->s && j < l->e)
		l->term = 1;  /* a sentence, and editors' notes after it */
	l->kind = line_kind(buf, l, &f, head, art);
}

/* The lines of BUF from POS, with their kinds, into *NL lines. */
static struct line *
read_lines(const char *buf, size_t len, size_t pos, size_t *nl, struct article *art)
{
	struct line *L = NULL;
	size_t n = 0, cap = 0, i, le;
	int fence = 0;

	for (i = pos; i < len; i = le + 1) {
		le = i;
		while (le < len && buf[le] != '\n')
			le++;
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			L = xrealloc(L, cap * sizeof *L);
		}
		read_line(buf, i, le, &fence, &L[n++], art);
	}
	*nl = n;
	return L;
}

/* The title, a headline at the top, and what stands before it: section labels. */
static void
find_title(const char *buf, struct line *L, size_t nl, struct article *art)
{
	size_t seen = 0, cand = nl, j, k, n;

	for (j = 0; j < nl && seen < 12; j++) {
		struct line *l = &L[j];

		if (l->kind == K_BLANK)
			continue;
		seen++;
		if (l->kind == K_HEAD || (l->kind == K_BODY && headline(buf, l))) {
			cand = j;
			break;
		}
		if (l->kind == K_BODY && (l->words >= 3 || l->md))
			break;
	}
	if (cand == nl && j < nl && L[j].kind == K_BODY && !L[j].md) {
		/* no headline: one word above the first paragraph is a section label */
		for (k = 0; k < j; k++)
			if (L[k].kind == K_BODY && L[k].words < 2 && !L[k].term)
				L[k].kind = K_SKIP;
	}
	if (cand < nl) {
		for (j = 0; j < cand; j++)
			if (L[j].kind == K_BODY)
				L[j].kind = K_SKIP;  /* section labels above the title */
		L[cand].kind = K_TITLE;
		art->title = utf8_repair(buf + L[cand].s, L[cand].e - L[cand].s, &n, NULL);
	}
}

/*
 * The header: a dateline opening the first paragraph, and bylines of a
 * Chinese name before the second paragraph.
 */
static void
header(const char *buf, struct line *L, size_t nl, struct article *art)
{
	size_t j;
	int nbody;

	for (j = 0, nbody = 0; j < nl && nbody < 20; j++) {
		if (L[j].kind == K_BLANK)
			continue;
		nbody++;
		if (L[j].kind == K_BODY && L[j].words >= 3) {
			pd.have_dl = date_dateline(buf, L[j].s, L[j].e, &pd.dl_y, &pd.dl_m, &pd.dl_d) != 0;
			break;
		}
	}
	nbody = 0;
	for (j = 0; j < nl && nbody < 2; j++) {
		struct line *l = &L[j];

		if (l->kind == K_BODY && l->term && l->words >= 8)
			nbody++;
		else if (l->kind == K_BODY && han_name(buf, l->s, l->e)) {
			l->kind = K_BYLINE;
			set(&art->author, buf + l->s, l->e - l->s);
		}
	}
}

/*
 * Four short lines or more in a row that are not sentences, with no
 * paragraph between them, are a list of links (related stories, a
 * menu), not headings: a heading comes before a paragraph.
 */
static void
link_lists(const char *buf, struct line *L, size_t nl)
{
	size_t j, k;

	for (j = 0; j < nl;) {
		size_t heads = 0, end = j;

		for (k = j; k < nl; k++) {
			struct line *l = &L[k];

			if (l->kind == K_BODY && !l->term && l->words <= 20 && !l->md &&
			    !list_item(buf, l->s, l->e) && linklike(buf, l->s, l->e))
				heads++, end = k + 1;
			else if (l->kind == K_BODY || l->kind == K_HEAD || l->kind == K_TITLE)
				break;
		}
		if (heads >= 4)
			for (k = j; k < end; k++)
				if (L[k].kind == K_BODY)
					L[k].kind = K_SKIP;
		j = k > j ? k : j + 1;
	}
}

/* The footer: the lines that are not sentences, from the end up to the last sentence. */
static void
footer_lines(const char *buf, struct line *L, size_t nl)
{
	size_t j;
	int last_term = -1;

	for (j = 0; j < nl; j++)
		if ((L[j].kind == K_BODY || L[j].kind == K_HEAD) && L[j].term)
			last_term = (int)j;
	if (last_term < 0)
		return;
	for (j = nl; j-- > (size_t)last_term + 1;) {
		if (L[j].kind != K_BODY)
			continue;
		if (L[j].md || list_item(buf, L[j].s, L[j].e))
			break;  /* a list ends the article: keep it */
		/* a Chinese comma makes a sentence that lost its end mark */
		if (!L[j].term && L[j].words <= 12 && !memmem(buf + L[j].s, L[j].e - L[j].s, "，", 3)) {
			L[j].kind = K_SKIP;
			foot_date(buf, L[j].s, L[j].e);  /* "Lusa, 21.07.2017" */
		}
	}
}

/*
 * A line that repeats the title is not text; the first, when the title
 * came from the front matter (HAVE_TITLE) and no paragraph stands before
 * it, is the title heading.
 */
static void
title_repeats(const char *buf, struct line *L, size_t nl, const char *title, int have_title)
{
	int titled = !have_title, para = 0;
	size_t j;

	for (j = 0; j < nl; j++) {
		if ((L[j].kind == K_BODY || L[j].kind == K_HEAD) && same_text(buf, L[j].s, L[j].e, title)) {
			L[j].kind = titled || para ? K_SKIP : K_TITLE;
			titled = 1;
		} else if (L[j].kind == K_BODY && L[j].term)
			para = 1;
	}
}

/*
 * No date in the header: a dateline that names its year, the date of
 * the footer lines (those after the last sentence too) when they
 * agree, the date of the page's time stamps when they all agree (a
 * list of related stories has many), or a dateline's day and month
 * with the year a date field gave.
 */
static void
page_date(const char *buf, const struct line *L, size_t nl, struct article *art)
{
	char d[11];
	size_t j;

	for (j = 0; j < nl; j++)
		if (L[j].kind != K_NAV && L[j].kind != K_SKIP && L[j].kind != K_BLANK)
			stamps(buf, L[j].s, L[j].e, &pd);
	if (pd.have_dl && pd.dl_y && pd.dl_m)
		snprintf(d, sizeof d, "%04d-%02d-%02d", pd.dl_y, pd.dl_m, pd.dl_d);
	else if (pd.foot[0] && !pd.foot_differ)
		memcpy(d, pd.foot, sizeof d);
	else if (pd.nstamp && !pd.stamps_differ)
		memcpy(d, pd.stamp, sizeof d);
	else if (pd.have_dl && pd.dl_m && pd.year && date_valid(pd.year, pd.dl_m, pd.dl_d))
		snprintf(d, sizeof d, "%04d-%02d-%02d", pd.year, pd.dl_m, pd.dl_d);
	else
		d[0] = 0;
	if (d[0])
		set(&art->date, d, 10);
}

/* The blocks: body lines, wrapped paragraphs joined, editors' notes cut. */
static void
add_blocks(const char *buf, size_t len, const struct line *L, size_t nl, struct article *art)
{
	size_t j;

	for (j = 0; j < nl; j++) {
		const struct line *l = &L[j];
		size_t e = l->e, k = j;

		if (l->kind != K_BODY && l->kind != K_HEAD && l->kind != K_TITLE)
			continue;
		if (l->kind == K_BODY && (e = note_tail(buf, l->s, l->e)) < l->e) {
			if (e > l->s)
				art_add(art, l->s, e, NULL, 0);  /* notes after its last sentence cut */
			continue;
		}
		/* a wrapped paragraph: the next lines go on with the sentence */
		while (l->kind == K_BODY && !l->md && k + 1 < nl && L[k + 1].kind == K_BODY && !L[k + 1].md &&
		       sent_joins(buf, l->s, L[k].le, len))
			e = L[++k].e;
		if (l->kind == K_BODY && k > j)
			e = note_tail(buf, l->s, e);
		art_add(art, l->s, e, NULL,
		        l->kind != K_BODY || (k == j && !l->term && l->words <= 20 && !l->md));
		j = k;
	}
	/*
	 * A front matter and no body (an archive of a feed's metadata): the
	 * title and the description are the text.
	 */
	if (art->nblocks == 0) {
		if (fm.title_e > fm.title_s)
			art_add(art, fm.title_s, fm.title_e, NULL, 1);
		if (fm.desc_e > fm.desc_s)
			art_add(art, fm.desc_s, fm.desc_e, NULL, 0);
	}
}

int
text_read(const char *buf, size_t len, size_t bom, struct article *art)
{
	struct line *L;
	size_t nl, pos;
	int have_title;

	if (!vlex.slot)
		vocab_build();
	memset(&pd, 0, sizeof pd);
	memset(&fm, 0, sizeof fm);
	pos = front_matter(buf, len, bom, art);
	have_title = art->title != NULL;
	if (html_body(buf + pos, len - pos) && read_html_body(buf, len, pos, art))
		return 0;
	L = read_lines(buf, len, pos, &nl, art);
	if (!have_title)
		find_title(buf, L, nl, art);
	header(buf, L, nl, art);
	link_lists(buf, L, nl);
	footer_lines(buf, L, nl);
	if (art->title)
		title_repeats(buf, L, nl, art->title, have_title);
	if (!art->date)
		page_date(buf, L, nl, art);
	add_blocks(buf, len, L, nl, art);
	free(L);
	return 0;
}
