/* The plain-text and Markdown reader: lines, front matter, boilerplate, title, blocks. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "die.h"
#include "feat.h"
#include "html.h"
#include "lex.h"
#include "sentence.h"
#include "text.h"
#include "textmeta.h"
#include "utf8.h"

/* What a line is. */
enum {
	K_BLANK, K_BODY, K_HEAD, K_TITLE, K_META, K_BYLINE, K_NAV, K_PHOTO,
	K_SHARE, K_FOOTER, K_SKIP,
};
/* What a page states of its date outside its header lines (text_read()). */
static struct textmeta_page pd;

struct line {
	size_t ls, le;  /* the line, without its line break */
	size_t s, e;    /* its content: trimmed, Markdown markers left out */
	int kind, term, words, md;
};

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
	feat_line(s, i, b - 1, &f);
	return f.photo > 0 && f.words <= 6;
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
	lex_trim(s, &a, &b);
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

	lex_trim(s, &a, &b);
	if (*field || b - a < 2 || (s[a] != '"' && s[a] != '\'') || s[b - 1] != s[a]) {
		textmeta_set(field, s, n);
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
	textmeta_set(field, t, o);
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

	lex_trim(buf, &a, &b);
	if (b > a && (buf[a] == '"' || buf[a] == '\'')) {
		if (b - a < 2 || buf[b - 1] != buf[a])
			return;
		a++, b--;
		if (memchr(buf + a, buf[a - 1] == '"' ? '\\' : '\'', b - a))
			return;
	} else if (b > a && strchr("|>&*!{[", buf[a]))
		return;  /* block scalars, anchors, tags, flow collections */
	lex_trim(buf, &a, &b);
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
				textmeta_set(&a->date, d, 10);
		} else if (KEY("author") || KEY("authors"))
			set_yaml(&a->author, buf + v, le - v);
		else if (KEY("source") || KEY("publisher") || KEY("site_name") || KEY("site"))
			set_yaml(&a->source, buf + v, le - v);
		else if (KEY("lang") || KEY("language"))
			textmeta_set(&a->lang, buf + v, le - v);
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
	if (!(f->first & (FEAT_FOOT | FEAT_FSTRONG)) || f->words > 25)
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
		lex_trim(s, &pa, &pe);
		if (pe > pa) {
			parts++;
			feat_line(s, pa, pe, &f);
			if (textmeta_line(s, pa, pe, art, &pd) || textmeta_date(s, pa, pe, art, &pd) || textmeta_byline(s, pa, pe, &f, art))
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
	if (textmeta_line(buf, l->s, l->e, art, &pd) || textmeta_date(buf, l->s, l->e, art, &pd) || header_parts(buf, l, art))
		return K_META;
	if (textmeta_byline(buf, l->s, l->e, f, art))
		return K_BYLINE;
	if (footer(buf, l, f)) {
		textmeta_foot(buf, l->s, l->e, &pd);
		return K_FOOTER;
	}
	if (!l->term && f->words <= 8 && (f->share >= 2 || (f->first & FEAT_SHARE)))
		return K_SHARE;
	if (!l->term && f->ad && (f->words == 1 || ((f->last & FEAT_AD) && f->words <= 5)))
		return K_SHARE;  /* "Advertisement", "Continua após a publicidade", "Redação" */
	if ((!l->term && f->words <= 8 &&
	     (f->photo >= 2 || f->slash_photo || (f->words <= 3 && ((f->first | f->last) & FEAT_PHOTO)))) ||
	    credit_tail(buf, l->s, l->e))
		return K_PHOTO;
	if ((f->lang && f->lang >= f->words) || (f->lang >= 3 && !l->term) ||
	    (f->scripts >= 3 && !l->term) || (!l->term && f->words <= 12 && (f->first & FEAT_NAV)) ||
	    ((f->first & FEAT_END) && f->words <= 1) || crumbs(buf, l, f) ||
	    ((f->first & FEAT_REL) && !l->term && f->words <= 40))
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
	lex_trim(buf, &l->s, &l->e);
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
	if (!head && (j = textmeta_lead(buf, l->s, l->e, art)) != 0)
		l->s = j;  /* "date 2021-05-25 The report ...": the text after the date */
	feat_line(buf, l->s, l->e, &f);
	if (f.cap_at) {
		size_t ce = caption_cut(buf, l, f.cap_at - 1);

		if (ce <= l->s) {
			l->kind = K_PHOTO;
			return;
		}
		if (ce < l->e) {
			l->e = ce;
			feat_line(buf, l->s, l->e, &f);
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
		else if (l->kind == K_BODY && textmeta_han_name(buf, l->s, l->e)) {
			l->kind = K_BYLINE;
			textmeta_set(&art->author, buf + l->s, l->e - l->s);
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
			textmeta_foot(buf, L[j].s, L[j].e, &pd);  /* "Lusa, 21.07.2017" */
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
			textmeta_stamps(buf, L[j].s, L[j].e, &pd);
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
		textmeta_set(&art->date, d, 10);
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

	feat_init();
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
