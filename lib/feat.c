/* The vocabulary of page chrome, and the features of a line of text read with it. */
#include <string.h>

#include "feat.h"
#include "lex.h"

static const struct lex_entry vocab[] = {
	{ "copyright", FEAT_FOOT }, { "icp", FEAT_FSTRONG }, { "版权所有", FEAT_FSTRONG },
	{ "公网安备", FEAT_FSTRONG }, { "备案号", FEAT_FSTRONG }, { "版权", FEAT_FOOT },
	{ "reserved", FEAT_FOOT }, { "rights", FEAT_FOOT }, { "address", FEAT_FOOT }, { "endereço", FEAT_FOOT },
	{ "tel", FEAT_FOOT }, { "telephone", FEAT_FOOT }, { "phone", FEAT_FOOT }, { "fax", FEAT_FOOT },
	{ "email", FEAT_FOOT }, { "contact", FEAT_FOOT }, { "contato", FEAT_FOOT }, { "contacto", FEAT_FOOT },
	{ "privacy", FEAT_FOOT }, { "privacidade", FEAT_FOOT }, { "terms", FEAT_FOOT }, { "termos", FEAT_FOOT },
	{ "cookies", FEAT_FOOT }, { "disclaimer", FEAT_FOOT }, { "powered", FEAT_FOOT }, { "sitemap", FEAT_FOOT },
	{ "webmaster", FEAT_FOOT }, { "direitos", FEAT_FOOT }, { "reservados", FEAT_FOOT }, { "postcode", FEAT_FOOT },
	{ "地址", FEAT_FOOT }, { "电话", FEAT_FOOT }, { "传真", FEAT_FOOT }, { "邮箱", FEAT_FOOT },
	{ "联系我们", FEAT_FOOT }, { "免责声明", FEAT_FOOT }, { "技术支持", FEAT_FOOT }, { "主办", FEAT_FOOT },
	{ "承办", FEAT_FOOT }, { "转载", FEAT_FOOT }, { "邮编", FEAT_FOOT }, { "备案", FEAT_FOOT },

	{ "share", FEAT_SHARE }, { "save", FEAT_SHARE }, { "print", FEAT_SHARE }, { "tweet", FEAT_SHARE },
	{ "facebook", FEAT_SHARE }, { "twitter", FEAT_SHARE }, { "wechat", FEAT_SHARE }, { "weibo", FEAT_SHARE },
	{ "whatsapp", FEAT_SHARE }, { "linkedin", FEAT_SHARE }, { "telegram", FEAT_SHARE },
	{ "comments", FEAT_SHARE }, { "comment", FEAT_SHARE }, { "subscribe", FEAT_SHARE },
	{ "newsletter", FEAT_SHARE }, { "follow", FEAT_SHARE }, { "download", FEAT_SHARE }, { "like", FEAT_SHARE },
	{ "compartilhar", FEAT_SHARE }, { "compartilhe", FEAT_SHARE }, { "partilhar", FEAT_SHARE },
	{ "partilhe", FEAT_SHARE }, { "salvar", FEAT_SHARE }, { "salve", FEAT_SHARE }, { "imprimir", FEAT_SHARE },
	{ "comentar", FEAT_SHARE }, { "comentários", FEAT_SHARE }, { "assine", FEAT_SHARE }, { "siga", FEAT_SHARE },
	{ "baixe", FEAT_SHARE }, { "分享", FEAT_SHARE }, { "收藏", FEAT_SHARE }, { "转发", FEAT_SHARE },
	{ "保存", FEAT_SHARE }, { "扫码", FEAT_SHARE }, { "关注", FEAT_SHARE }, { "点赞", FEAT_SHARE },
	{ "评论", FEAT_SHARE }, { "二维码", FEAT_SHARE }, { "打印", FEAT_SHARE }, { "微信", FEAT_SHARE },
	{ "微博", FEAT_SHARE }, { "长按", FEAT_SHARE },

	{ "photo", FEAT_PHOTO }, { "photos", FEAT_PHOTO }, { "foto", FEAT_PHOTO }, { "fotos", FEAT_PHOTO },
	{ "picture", FEAT_PHOTO }, { "pictures", FEAT_PHOTO }, { "pic", FEAT_PHOTO }, { "image", FEAT_PHOTO },
	{ "images", FEAT_PHOTO }, { "imagem", FEAT_PHOTO }, { "imagens", FEAT_PHOTO }, { "credit", FEAT_PHOTO },
	{ "credits", FEAT_PHOTO }, { "crédito", FEAT_PHOTO }, { "créditos", FEAT_PHOTO }, { "vcg", FEAT_PHOTO },
	{ "getty", FEAT_PHOTO }, { "illustration", FEAT_PHOTO }, { "ilustração", FEAT_PHOTO },
	{ "photographer", FEAT_PHOTO }, { "fotógrafo", FEAT_PHOTO }, { "图片", FEAT_PHOTO },
	{ "摄影", FEAT_PHOTO }, { "供图", FEAT_PHOTO }, { "视觉中国", FEAT_PHOTO }, { "图为", FEAT_CAPTION },
	{ "shows", FEAT_SHOWS }, { "show", FEAT_SHOWS }, { "shown", FEAT_SHOWS }, { "mostra", FEAT_SHOWS },
	{ "mostram", FEAT_SHOWS },

	{ "english", FEAT_LANG }, { "chinese", FEAT_LANG }, { "français", FEAT_LANG }, { "francais", FEAT_LANG },
	{ "french", FEAT_LANG }, { "deutsch", FEAT_LANG }, { "german", FEAT_LANG }, { "español", FEAT_LANG },
	{ "espanol", FEAT_LANG }, { "spanish", FEAT_LANG }, { "português", FEAT_LANG },
	{ "portugues", FEAT_LANG }, { "portuguese", FEAT_LANG }, { "italiano", FEAT_LANG },
	{ "italian", FEAT_LANG }, { "русский", FEAT_LANG }, { "japanese", FEAT_LANG }, { "korean", FEAT_LANG },
	{ "arabic", FEAT_LANG }, { "ελληνικά", FEAT_LANG }, { "suomi", FEAT_LANG }, { "indonesian", FEAT_LANG },
	{ "latina", FEAT_LANG }, { "nederlands", FEAT_LANG }, { "polski", FEAT_LANG }, { "中文", FEAT_LANG },
	{ "简体", FEAT_LANG }, { "繁體", FEAT_LANG }, { "繁体", FEAT_LANG }, { "英文", FEAT_LANG },
	{ "英语", FEAT_LANG }, { "日本語", FEAT_LANG }, { "日本语", FEAT_LANG }, { "简体中文", FEAT_LANG },

	{ "time", FEAT_MDATE }, { "date", FEAT_MDATE }, { "updated", FEAT_MDATE }, { "published", FEAT_MDATE },
	{ "posted", FEAT_MDATE }, { "data", FEAT_MDATE }, { "publicado", FEAT_MDATE },
	{ "atualizado", FEAT_MDATE }, { "publicado em", FEAT_MDATE }, { "atualizado em", FEAT_MDATE },
	{ "postado", FEAT_MDATE }, { "postado em", FEAT_MDATE }, { "publicada em", FEAT_MDATE },
	{ "atualizada em", FEAT_MDATE }, { "divulgado em", FEAT_MDATE }, { "publicada", FEAT_MDATE },
	{ "published on", FEAT_MDATE }, { "posted on", FEAT_MDATE }, { "last updated", FEAT_MDATE },
	{ "updated on", FEAT_MDATE }, { "release time", FEAT_MDATE }, { "publish time", FEAT_MDATE },
	{ "时间", FEAT_MDATE }, { "发布时间", FEAT_MDATE }, { "日期", FEAT_MDATE }, { "更新时间", FEAT_MDATE },
	{ "发布日期", FEAT_MDATE }, { "发表时间", FEAT_MDATE },
	{ "author", FEAT_MAUTH }, { "authors", FEAT_MAUTH }, { "autor", FEAT_MAUTH }, { "autora", FEAT_MAUTH },
	{ "autores", FEAT_MAUTH }, { "writer", FEAT_MAUTH }, { "written by", FEAT_MAUTH }, { "作者", FEAT_MAUTH },
	{ "source", FEAT_MSRC }, { "fonte", FEAT_MSRC }, { "via", FEAT_MSRC }, { "来源", FEAT_MSRC },
	{ "publisher", FEAT_MSRC }, { "editor", FEAT_META }, { "editors", FEAT_META }, { "edição", FEAT_META },
	{ "编辑", FEAT_META }, { "责任编辑", FEAT_META }, { "tags", FEAT_META }, { "categories", FEAT_META },
	{ "category", FEAT_META }, { "keywords", FEAT_META }, { "关键词", FEAT_META }, { "标签", FEAT_META },
	{ "原标题", FEAT_META }, { "责编", FEAT_META }, { "校对", FEAT_META }, { "审核", FEAT_META },
	{ "监制", FEAT_META }, { "摄影", FEAT_META }, { "图片来源", FEAT_META }, { "本文来源", FEAT_MSRC },
	{ "文章来源", FEAT_MSRC }, { "稿件来源", FEAT_MSRC }, { "作者单位", FEAT_META },
	{ "photo", FEAT_META }, { "foto", FEAT_META }, { "fotos", FEAT_META }, { "photos", FEAT_META },

	{ "by", FEAT_BYLINE }, { "por", FEAT_BYLINE }, { "reporter", FEAT_BYLINE | FEAT_MAUTH },
	{ "repórter", FEAT_BYLINE | FEAT_MAUTH }, { "reportagem", FEAT_BYLINE }, { "correspondent", FEAT_BYLINE },
	{ "correspondente", FEAT_BYLINE }, { "jornalista", FEAT_BYLINE }, { "journalist", FEAT_BYLINE },
	{ "记者", FEAT_BYLINE | FEAT_MAUTH }, { "撰文", FEAT_BYLINE }, { "通讯员", FEAT_BYLINE },
	{ "本报记者", FEAT_BYLINE },

	{ "related", FEAT_NAV }, { "read", FEAT_NAV }, { "more", FEAT_NAV }, { "leia", FEAT_NAV },
	{ "veja", FEAT_NAV }, { "saiba", FEAT_NAV }, { "home", FEAT_NAV }, { "menu", FEAT_NAV },
	{ "next", FEAT_NAV }, { "previous", FEAT_NAV }, { "back", FEAT_NAV }, { "top", FEAT_NAV },
	{ "anterior", FEAT_NAV }, { "próxima", FEAT_NAV }, { "próximo", FEAT_NAV }, { "voltar", FEAT_NAV },
	{ "相关阅读", FEAT_NAV }, { "延伸阅读", FEAT_NAV }, { "推荐阅读", FEAT_NAV }, { "相关新闻", FEAT_NAV },
	{ "返回", FEAT_NAV }, { "首页", FEAT_NAV }, { "上一篇", FEAT_NAV }, { "下一篇", FEAT_NAV },
	{ "更多", FEAT_NAV }, { "end", FEAT_END }, { "fim", FEAT_END }, { "完", FEAT_END },

	/* Traditional script (Hong Kong, Taiwan), and more of the same kinds */
	{ "版權所有", FEAT_FSTRONG }, { "不得转载", FEAT_FSTRONG }, { "不得轉載", FEAT_FSTRONG },
	{ "版權", FEAT_FOOT }, { "電話", FEAT_FOOT }, { "傳真", FEAT_FOOT }, { "郵箱", FEAT_FOOT },
	{ "聯繫我們", FEAT_FOOT }, { "聯絡我們", FEAT_FOOT }, { "免責聲明", FEAT_FOOT }, { "技術支持", FEAT_FOOT },
	{ "轉載", FEAT_FOOT }, { "郵編", FEAT_FOOT }, { "備案", FEAT_FOOT },
	{ "轉發", FEAT_SHARE }, { "掃碼", FEAT_SHARE }, { "關注", FEAT_SHARE }, { "點贊", FEAT_SHARE },
	{ "評論", FEAT_SHARE }, { "二維碼", FEAT_SHARE }, { "列印", FEAT_SHARE }, { "長按", FEAT_SHARE },
	{ "圖片", FEAT_PHOTO }, { "攝影", FEAT_PHOTO }, { "視覺中國", FEAT_PHOTO }, { "圖為", FEAT_CAPTION },
	{ "簡體", FEAT_LANG },
	{ "時間", FEAT_MDATE }, { "發布時間", FEAT_MDATE }, { "發佈時間", FEAT_MDATE }, { "更新時間", FEAT_MDATE },
	{ "發布日期", FEAT_MDATE }, { "發表時間", FEAT_MDATE },
	{ "來源", FEAT_MSRC }, { "本文來源", FEAT_MSRC }, { "文章來源", FEAT_MSRC }, { "稿件來源", FEAT_MSRC },
	{ "編輯", FEAT_META }, { "責任編輯", FEAT_META }, { "責編", FEAT_META }, { "關鍵詞", FEAT_META },
	{ "標籤", FEAT_META }, { "原標題", FEAT_META }, { "校對", FEAT_META }, { "審核", FEAT_META },
	{ "監製", FEAT_META }, { "圖片來源", FEAT_META }, { "数据来源", FEAT_META }, { "资料来源", FEAT_META },
	{ "數據來源", FEAT_META }, { "資料來源", FEAT_META },
	{ "記者", FEAT_BYLINE | FEAT_MAUTH }, { "本報記者", FEAT_BYLINE }, { "通訊員", FEAT_BYLINE },
	{ "返回", FEAT_NAV }, { "首頁", FEAT_NAV }, { "上一篇", FEAT_NAV }, { "下一篇", FEAT_NAV },
	{ "相关内容", FEAT_NAV | FEAT_REL }, { "相關內容", FEAT_NAV | FEAT_REL }, { "相关阅读", FEAT_REL },
	{ "相關閱讀", FEAT_NAV | FEAT_REL }, { "相关新闻", FEAT_REL }, { "相關新聞", FEAT_NAV | FEAT_REL },
	{ "相关文章", FEAT_NAV | FEAT_REL }, { "相關文章", FEAT_NAV | FEAT_REL }, { "延伸阅读", FEAT_REL },
	{ "延伸閱讀", FEAT_NAV | FEAT_REL }, { "推荐阅读", FEAT_REL }, { "推薦閱讀", FEAT_NAV | FEAT_REL },
	{ "advertisement", FEAT_AD }, { "sponsored", FEAT_AD },
	{ "publicidade", FEAT_AD }, { "anúncio", FEAT_AD }, { "patrocinado", FEAT_AD }, { "redação", FEAT_AD },
	{ "redacção", FEAT_AD }, { "newsroom", FEAT_AD }, { "广告", FEAT_AD }, { "廣告", FEAT_AD },
};

static struct lex vlex;

/*
 * The last characters of the vocabulary's words, for the Han windows of
 * features(): bit W-1 is set when a word of W characters ends in the
 * character.  A window of W Han characters whose last one has no such
 * word is no word of the vocabulary, and most are not.
 */
static unsigned char vlast[0x10000];

void
feat_init(void)
{
	size_t i, m, j, len, w;
	uint32_t c = 0;

	if (vlex.slot)
		return;
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
	if ((fl & FEAT_PHOTO) && (before == '/' || before == ':' || after == '/' || after == ':'))
		f->slash_photo++;
	if (f->words == 1 && (fl & FEAT_BYLINE))
		f->first_byline = 1;
	if (fl & FEAT_FSTRONG)
		f->strong++;
	if (fl & FEAT_FOOT)
		f->foot++;
	if (fl & FEAT_SHARE)
		f->share++;
	if (fl & FEAT_PHOTO)
		f->photo++;
	if (fl & FEAT_LANG)
		f->lang++;
	if (fl & FEAT_AD)
		f->ad++;
	if ((fl & FEAT_SHOWS) && (*prev & FEAT_PHOTO)) {
		f->caption++;
		if (!f->cap_at)
			f->cap_at = *prev_at + 1;
	}
	*prev_at = at;
	if ((fl & FEAT_BYLINE) && (*prev & FEAT_PHOTO))
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
			fl &= FEAT_END;  /* single characters only as end marks */
		if (fl && pos[k - w] == a && f->words == 0)
			f->first |= fl;
		if (fl)
			f->last = fl;
		if (fl & FEAT_FSTRONG)
			f->strong++;
		if (fl & FEAT_FOOT)
			f->foot++;
		if (fl & FEAT_SHARE)
			f->share++;
		if (fl & FEAT_PHOTO)
			f->photo++;
		if (fl & FEAT_LANG)
			f->lang++;
		if (fl & FEAT_AD)
			f->ad++;
		if (fl & FEAT_CAPTION) {
			f->caption++;
			if (!f->cap_at)
				f->cap_at = pos[k - w] + 1;
		}
		if ((fl & FEAT_BYLINE) && pos[k - w] == pos[0] && f->words == 0 && f->han == w)
			f->first_byline = 1;
	}
}

void
feat_line(const char *s, size_t a, size_t b, struct feat *f)
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

unsigned
feat_key(const char *s, size_t a, size_t b)
{
	char buf[64], f[64];
	size_t i, m, o = 0;
	int sp = 0;

	lex_trim(s, &a, &b);
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

unsigned
feat_word(const char *w, size_t n)
{
	return lex_get(&vlex, w, n);
}
