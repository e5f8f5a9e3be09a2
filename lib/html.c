/*
 * HTML reader: charset decoding, libxml2 parsing, metadata and main text.
 *
 * Main text.  The page's text is cut into blocks at block-level elements
 * and <br>.  Each block is judged on its own: long, punctuated text with
 * many stop words (characters, for Chinese) and few links is article-like
 * ("good"); link lists, short labels and anything inside an element whose
 * class or id names boilerplate (nav, footer, comment, share, related,
 * sidebar, ad, menu, breadcrumb...) is not ("bad").  Every element adds up
 * the good and bad characters below it, and the body is the element with
 * the best good - bad balance, with a bonus for <article>, <main> and
 * itemprop=articleBody.  Its blocks, less boilerplate and link lists, are
 * the article, in document order.
 *
 * Offsets.  libxml2 numbers the line of each node; a block spans the
 * lines from its element's start to its last text, in the page's own
 * bytes (decoding to UTF-8 keeps line breaks where they were, so lines
 * of the decoded page are lines of the original).
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "article.h"
#include "date.h"
#include "die.h"
#include "hash.h"
#include "html.h"
#include "lex.h"
#include "sbuf.h"
#include "utf8.h"



/* ---------------------------------------------------------------- sniff */

static const char *
skipbom(const char *buf, size_t *len)
{
	if (*len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		*len -= 3;
		return buf + 3;
	}
	return buf;
}

/* Case-insensitive search for the ASCII string PAT in S[0..N). */
static const char *
memcasestr(const char *s, size_t n, const char *pat)
{
	size_t m = strlen(pat), i;

	if (m == 0 || n < m)
		return NULL;
	for (i = 0; i + m <= n; i++)
		if (tolower((unsigned char)s[i]) == pat[0] && strncasecmp(s + i, pat, m) == 0)
			return s + i;
	return NULL;
}

int
html_sniff(const char *buf, size_t len)
{
	static const char *strong[] = { "<!doctype html", "<html", NULL };
	static const char *weak[] = { "<head", "<body", "<meta", "<title", "<p>", "<p ",
		                      "<div", "<!--", "<?xml", NULL };
	size_t n, i;
	const char *s = skipbom(buf, &len);

	n = len < 1024 ? len : 1024;
	for (i = 0; strong[i]; i++)
		if (memcasestr(s, n, strong[i]))
			return 1;
	while (n > 0 && isspace((unsigned char)*s))
		s++, n--;
	if (n == 0 || *s != '<')
		return 0;
	for (i = 0; weak[i]; i++)
		if (memcasestr(s, n, weak[i]))
			return 1;
	return 0;
}

/* -------------------------------------------------------------- charset */

/* The iconv name for a declared charset, NULL for UTF-8 (or unknown). */
static const char *
cs_iconv_name(const char *name)
{
	static const struct { const char *in, *out; } map[] = {
		{ "utf-8", NULL }, { "utf8", NULL }, { "unicode-1-1-utf-8", NULL },
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
		{ "gb18030", "GB18030" }, { "cp936", "GB18030" }, { "euc-cn", "GB18030" },
		{ "gb_2312-80", "GB18030" }, { "chinese", "GB18030" }, { "csgb2312", "GB18030" },
		{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
		{ "cn-big5", "BIG5-HKSCS" }, { "csbig5", "BIG5-HKSCS" },
		{ "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
		{ "latin1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
		{ "ascii", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
		{ "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
		{ "iso-8859-15", "ISO-8859-15" }, { "windows-1251", "WINDOWS-1251" },
		{ "koi8-r", "KOI8-R" }, { "shift_jis", "SHIFT_JIS" }, { "euc-jp", "EUC-JP" },
		{ "euc-kr", "EUC-KR" },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcasecmp(name, map[i].in) == 0)
			return map[i].out;
	return NULL;
}

/*
 * Finds a declared charset in the first bytes of the page: <meta
 * charset=...>, <meta http-equiv=Content-Type content="...; charset=...">
 * or <?xml ... encoding="..."?>.  Writes its name into NAME; returns 1.
 */
static int
cs_declared(const char *s, size_t n, char *name, size_t size)
{
	static const char *const keys[] = { "charset", "encoding=" };
	const char *p, *end;
	size_t k, key;

	if (n > 8192)
		n = 8192;
	end = s + n;
	/* Each key is searched onward from its last match, so every pass ends. */
	for (key = 0; key < 2; key++) {
		for (p = s; (p = memcasestr(p, (size_t)(end - p), keys[key])) != NULL;) {
			p += strlen(keys[key]);
			while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
				p++;
			for (k = 0; p < end && k + 1 < size &&
			            (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.');
			     p++)
				name[k++] = *p;
			name[k] = '\0';
			if (k > 0)
				return 1;
		}
	}
	return 0;
}

/* Characters common in Chinese running text, simplified and traditional. */
static const char cjk_common[] =
	"的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會也你"
	"对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經"
	"么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心与與";

/* Chinese function characters, counted like stop words. */
static const char cjk_stop[] = "的了是在和有这這也就都而及与與着著或之其为為把被对對从從但并並將将於于";

static uint8_t common_bits[8192], stop_bits[8192];

static void
bits_fill(uint8_t *bits, const char *s)
{
	size_t n = strlen(s), k;
	uint32_t cp;

	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0)
			k = 1;
		else if (cp < 0x10000)
			bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
		s += k;
		n -= k;
	}
}

static int
bits_has(const uint8_t *bits, uint32_t cp)
{
	return cp < 0x10000 && (bits[cp >> 3] >> (cp & 7) & 1);
}

/*
 * Converts S[0..N) from charset CS to UTF-8.  A byte that does not convert
 * becomes U+FFFD; *NBAD counts them.  Line feeds stay line feeds.
 */
static char *
cs_convert(const char *s, size_t n, const char *cs, size_t *outlen, size_t *nbad)
{
	iconv_t cd;
	char *out, *ip, *op;
	size_t cap, il, ol;

	*nbad = 0;
	cd = iconv_open("UTF-8", cs);
	if (cd == (iconv_t)-1)
		return NULL;
	cap = 3 * n + 16;
	out = xmalloc(cap + 1);
	ip = (char *)s;
	il = n;
	op = out;
	ol = cap;
	while (il > 0) {
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
			break;
		if (errno == E2BIG) {
			size_t used = (size_t)(op - out);
			cap *= 2;
			out = xrealloc(out, cap + 1);
			op = out + used;
			ol = cap - used;
			continue;
		}
		/* EILSEQ or EINVAL: replace one byte and go on. */
		if (ol < 3) {
			size_t used = (size_t)(op - out);
			cap *= 2;
			out = xrealloc(out, cap + 1);
			op = out + used;
			ol = cap - used;
		}
		memcpy(op, "\xEF\xBF\xBD", 3);
		op += 3;
		ol -= 3;
		ip++;
		il--;
		(*nbad)++;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	*outlen = (size_t)(op - out);
	out[*outlen] = '\0';
	return out;
}

/* How many common Chinese characters the UTF-8 text S holds. */
static size_t
cjk_hits(const char *s, size_t n)
{
	size_t k, hits = 0;
	uint32_t cp;

	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0)
			k = 1;
		else if (bits_has(common_bits, cp))
			hits++;
		s += k;
		n -= k;
	}
	return hits;
}

static int
has_8bit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/*
 * Decodes the page to UTF-8: the declared charset when there is one and
 * the bytes agree with it, else valid UTF-8 as is, else the better of
 * GB18030 and Big5 by the common characters each yields, else
 * Windows-1252.  Returns a new buffer.
 */
static char *
cs_decode1(const char *s, size_t n, size_t *outlen)
{
	char name[64];
	const char *cs = NULL;
	char *a, *b;
	size_t na, nb, bada, badb, ha, hb;
	int declared;

	declared = cs_declared(s, n, name, sizeof name);
	if (declared) {
		cs = cs_iconv_name(name);
		if (cs == NULL && strcasecmp(name, "utf-8") != 0 && strcasecmp(name, "utf8") != 0) {
			/* an unknown name: let iconv try it */
			iconv_t cd = iconv_open("UTF-8", name);
			if (cd != (iconv_t)-1) {
				iconv_close(cd);
				cs = name;
			}
		}
	}
	/*
	 * Non-ASCII text that is valid UTF-8 is UTF-8, whatever the page says
	 * (pages saved by a browser keep their old declaration); in GBK or
	 * Big5 it would be a remarkable accident.
	 */
	if (cs != NULL && utf8_check(s, n) == n && has_8bit(s, n))
		cs = NULL;
	if (cs != NULL) {
		a = cs_convert(s, n, cs, &na, &bada);
		if (a != NULL && (bada == 0 || bada < n / 200)) {
			*outlen = na;
			return a;
		}
		free(a);
	}
	if (utf8_check(s, n) == n) {
		*outlen = n;
		a = xmalloc(n + 1);
		memcpy(a, s, n);
		a[n] = '\0';
		return a;
	}
	a = cs_convert(s, n, "GB18030", &na, &bada);
	b = cs_convert(s, n, "BIG5-HKSCS", &nb, &badb);
	ha = a ? cjk_hits(a, na) : 0;
	hb = b ? cjk_hits(b, nb) : 0;
	if (a && (ha > 0 || hb > 0) && ha >= hb && bada < n / 50 + 1) {
		free(b);
		*outlen = na;
		return a;
	}
	if (b && hb > 0 && badb < n / 50 + 1) {
		free(a);
		*outlen = nb;
		return b;
	}
	free(a);
	free(b);
	/* mostly UTF-8 with a few bad bytes, or a single-byte charset */
	if (utf8_check(s, n) > n / 2 || declared) {
		size_t nbad = 0;
		a = utf8_repair(s, n, outlen, &nbad);
		if (nbad < n / 100 + 1)
			return a;
		free(a);
	}
	a = cs_convert(s, n, "WINDOWS-1252", outlen, &bada);
	if (a == NULL)
		a = utf8_repair(s, n, outlen, NULL);
	return a;
}

/* Windows-1252 bytes 0x80..0x9F as code points (0: unassigned). */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
	0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/*
 * Undoes one round of mojibake: valid UTF-8 made only of Latin-1 and
 * Windows-1252 characters, a quarter of them "Ã" or "Â" (the lead bytes
 * of UTF-8 read as Windows-1252) unless LOOSE, goes back to the bytes it
 * was read from.  Returns a new buffer, or NULL when S does not look like
 * that.
 */
static char *
unmojibake(const char *s, size_t n, int loose, size_t *outlen)
{
	size_t i, k, hi = 0, aa = 0, o = 0;
	uint32_t cp;
	char *out;
	int j;

	if (utf8_check(s, n) != n)
		return NULL;
	for (i = 0; i < n; i += k) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp < 0x80)
			continue;
		hi++;
		if (cp == 0xC3 || cp == 0xC2)
			aa++;
		if (cp >= 0x100) {
			for (j = 0; j < 32 && cp1252_hi[j] != cp; j++)
				;
			if (j == 32)
				return NULL;
		}
	}
	if (hi < 16 || (!loose && aa * 4 < hi))
		return NULL;
	out = xmalloc(n + 1);
	for (i = 0; i < n; i += k) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp >= 0x100)
			for (j = 0; j < 32; j++)
				if (cp1252_hi[j] == cp)
					cp = 0x80 + (uint32_t)j;
		out[o++] = (char)cp;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

/*
 * Decodes the page to UTF-8 (cs_decode1), after undoing up to three
 * rounds of mojibake when the bytes that come out are UTF-8 or the
 * declared legacy charset without a fault.
 */
static char *
cs_decode(const char *s, size_t n, size_t *outlen)
{
	char name[64], *cur = NULL, *t, *c;
	const char *cs = NULL;
	size_t cn = n, tn, cl, bad;
	int round, cjk;

	if (cs_declared(s, n, name, sizeof name))
		cs = cs_iconv_name(name);
	/* Latin-1 letters only, on a page declared Chinese: mojibake */
	cjk = cs != NULL && (strcmp(cs, "GB18030") == 0 || strcmp(cs, "BIG5-HKSCS") == 0);
	for (round = 0; round < 3; round++) {
		t = unmojibake(cur ? cur : s, cn, cjk, &tn);
		if (t == NULL)
			break;
		bad = utf8_check(t, tn) == tn ? 0 : 1;
		if (bad && cs != NULL) {
			c = cs_convert(t, tn, cs, &cl, &bad);
			free(c);
		}
		if (bad) {
			free(t);
			break;
		}
		free(cur);
		cur = t;
		cn = tn;
	}
	t = cs_decode1(cur ? cur : s, cn, outlen);
	free(cur);
	return t;
}

/* ----------------------------------------------------------- text tools */

static int
is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
	       cp == 0xA0 || cp == 0x3000 || cp == 0x200B || cp == 0xFEFF || cp == 0x2002 ||
	       cp == 0x2003 || cp == 0x2009 || cp == 0x202F;
}

/* Sentence and clause punctuation. */
static int
is_punct_cp(uint32_t cp)
{
	return cp == '.' || cp == ',' || cp == ';' || cp == '!' || cp == '?' || cp == ':' ||
	       cp == 0x3002 || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF01 || cp == 0xFF1F ||
	       cp == 0xFF1B || cp == 0xFF1A;
}

/* English and Portuguese stop words, in an open-addressing hash set. */
static const char *const stopwords[] = {
	"a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been",
	"but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he",
	"her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "most", "no",
	"not", "of", "on", "one", "or", "other", "our", "out", "she", "so", "some", "than",
	"that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "up",
	"was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you",
	"ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "ele",
	"em", "entre", "era", "foi", "há", "isso", "já", "mais", "mas", "na", "nas", "no",
	"nos", "não", "o", "os", "ou", "para", "pela", "pelo", "por", "que", "se", "sem",
	"ser", "seu", "sua", "são", "também", "tem", "um", "uma", "à", "é", "está", "der",
	"die", "und", "el", "la", "los", "las", "y", "en", "del", "il", "di", "che",
};
#define STOP_SLOTS 512
static const char *stop_set[STOP_SLOTS];

static void
stop_init(void)
{
	size_t i, h;

	for (i = 0; i < sizeof stopwords / sizeof stopwords[0]; i++) {
		h = hash_bytes(stopwords[i], strlen(stopwords[i])) % STOP_SLOTS;
		while (stop_set[h] != NULL)
			h = (h + 1) % STOP_SLOTS;
		stop_set[h] = stopwords[i];
	}
}

/* Is the lower-cased word W (N bytes) a stop word? */
static int
stop_has(const char *w, size_t n)
{
	size_t h = hash_bytes(w, n) % STOP_SLOTS;

	while (stop_set[h] != NULL) {
		if (strlen(stop_set[h]) == n && memcmp(stop_set[h], w, n) == 0)
			return 1;
		h = (h + 1) % STOP_SLOTS;
	}
	return 0;
}

static void
tables_init(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	bits_fill(common_bits, cjk_common);
	bits_fill(stop_bits, cjk_stop);
	stop_init();
}

/* Appends S with white space collapsed; returns non-space characters added. */
static size_t
put_collapsed(struct sbuf *b, const char *s, size_t n)
{
	size_t k, nch = 0;
	uint32_t cp;

	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0) {
			s++, n--;
			continue;
		}
		if (is_space_cp(cp)) {
			if (b->n > 0 && b->s[b->n - 1] != ' ')
				sbuf_putc(b, ' ');
		} else {
			sbuf_put(b, s, k);
			nch++;
		}
		s += k;
		n -= k;
	}
	return nch;
}

/* A new copy of S with white space collapsed and trimmed, or NULL if blank. */
static char *
collapse(const char *s)
{
	struct sbuf b = { 0 };

	if (s == NULL)
		return NULL;
	put_collapsed(&b, s, strlen(s));
	while (b.n > 0 && b.s[b.n - 1] == ' ')
		b.s[--b.n] = '\0';
	if (b.n == 0) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* ------------------------------------------------------------ the walk */

enum { K_OTHER, K_P, K_HEAD, K_LI, K_TD, K_PRE, K_QUOTE, K_CAPTION };

struct hblock {
	char *text;
	size_t len;
	size_t nch, nlink, npunct, nwords, nstop, ncjk, ncstop;
	xmlNode *owner;       /* nearest block-level element */
	int kind, boiler;
	int caption;          /* a picture's caption or credit: not text */
	int near;             /* soon after the headline */
	long line0, line1;    /* first and last line of its markup */
	double good, bad;
};

struct estat {
	double good, bad;
	int hint;             /* <article>, <main>, itemprop=articleBody... */
	int boiler;
};

struct walk {
	struct hblock *b;
	size_t nb, capb;
	struct estat *e;
	size_t ne, cape;
	struct sbuf cur;
	size_t cur_nch, cur_link;
	long cur_line0, cur_line1;
	xmlNode *owner;
	int owner_kind, caption, inlink;
	int cjkpage;          /* a third of the text is CJK */
	size_t deep;          /* bytes of text left out below HTML_DEPTH_MAX */
};

/*
 * Elements nested deeper than this are left out, and counted: walk()
 * recurses once per level.  libxml2 itself, under XML_PARSE_HUGE, has no
 * limit (without it, it stops at 256 levels, as a page of 400 unclosed
 * <div> paragraphs has).
 */
enum { HTML_DEPTH_MAX = 4000 };

static const char *const skip_tags[] = {
	"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
	"embed", "head", "select", "option", "button", "input", "textarea", "canvas",
	"audio", "video", "map", "area", "source", "track", "link", "meta", "title",
	"nav", "label", "dialog", NULL,
};

static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "body", "center", "dd", "details",
	"dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
	"main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
	"tfoot", "th", "thead", "tr", "ul", "caption", "legend", "br", "img", NULL,
};

static int
in_list(const char *const *list, const char *name)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strcmp(list[i], name) == 0)
			return 1;
	return 0;
}

static int
tag_kind(const char *t)
{
	if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && t[2] == '\0')
		return K_HEAD;
	if (strcmp(t, "p") == 0)
		return K_P;
	if (strcmp(t, "li") == 0 || strcmp(t, "dd") == 0 || strcmp(t, "dt") == 0)
		return K_LI;
	if (strcmp(t, "td") == 0 || strcmp(t, "th") == 0)
		return K_TD;
	if (strcmp(t, "pre") == 0)
		return K_PRE;
	if (strcmp(t, "blockquote") == 0)
		return K_QUOTE;
	if (strcmp(t, "figcaption") == 0 || strcmp(t, "caption") == 0)
		return K_CAPTION;
	return K_OTHER;
}

static char *
attr(xmlNode *n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/*
 * Does the class or id name boilerplate?  Strong words are matched inside
 * the lower-cased attribute ("related-posts", "commentlist"), weak ones only
 * as whole tokens ("nav", not "canvas"; "ad", not "header").
 */
static const char *const neg_words[] = {
	"comment", "share", "sharing", "social", "related", "sidebar", "side-bar",
	"footer", "breadcrumb", "navbar", "navigation", "advert", "promo",
	"sponsor", "newsletter", "subscribe", "signup", "sign-up", "popup",
	"cookie", "banner", "widget", "recommend", "more-stories", "disqus", "outbrain",
	"taboola", "masthead", "toolbar", "pagination", "skip-link",
	"author-bio", "tagcloud", "copyright", "most-read", "mostread", "trending",
	"popular", "top-stories", NULL,
};
static const char *const neg_tokens[] = {
	"nav", "menu", "ad", "ads", "adv", "adsbygoogle", "gg", "foot", "tags", "tag",
	"print", "rss", "follow", "login", "hidden", "modal", "popup", "pager", "share",
	"meta-share", "topbar", "bottom", NULL,
};
/* Never article text, however much of it there is. */
static const char *const always_words[] = {
	"comment", "disqus", "cookie", "consent", "gdpr", "outbrain", "taboola",
	"newsletter", "breadcrumb", NULL,
};
static const char *const pos_words[] = {
	"article", "content", "body", "post", "entry", "story", "main", "text", "blog",
	"news", "detail", "page", NULL,
};

static int
words_match(const char *v, const char *const *words)
{
	size_t i;

	for (i = 0; words[i]; i++)
		if (strstr(v, words[i]))
			return 1;
	return 0;
}

/* Does a word of TOKS occur in V as a token between non-alphanumerics? */
static int
token_match(const char *v, const char *const *toks)
{
	const char *p = v, *q;
	size_t n, i;

	while (*p) {
		while (*p && !isalnum((unsigned char)*p))
			p++;
		q = p;
		while (*q && isalnum((unsigned char)*q))
			q++;
		n = (size_t)(q - p);
		for (i = 0; n > 0 && toks[i]; i++)
			if (strlen(toks[i]) == n && strncmp(p, toks[i], n) == 0)
				return 1;
		p = q;
	}
	return 0;
}

/* -2: comments, -1: boilerplate, 1: article hint, 0: neither. */
static int
class_verdict(xmlNode *n, const char *tag)
{
	char *cls = attr(n, "class"), *id = attr(n, "id"), *ip = attr(n, "itemprop"),
	     *role = attr(n, "role");
	char v[512];
	int r = 0, neg, pos;
	size_t i;

	snprintf(v, sizeof v, "%s %s", cls ? cls : "", id ? id : "");
	for (i = 0; v[i]; i++)
		v[i] = (char)tolower((unsigned char)v[i]);
	if ((ip && strcasecmp(ip, "articleBody") == 0) || strcmp(tag, "article") == 0 ||
	    strcmp(tag, "main") == 0 || (role && strcasecmp(role, "main") == 0))
		r = 1;
	else if (strcmp(tag, "body") != 0 && strcmp(tag, "html") != 0) {
		neg = words_match(v, neg_words) || token_match(v, neg_tokens);
		pos = words_match(v, pos_words);
		if (neg && !pos)
			r = -1;
		if (words_match(v, always_words))
			r = -2;
		if (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "complementary") == 0 ||
		             strcasecmp(role, "contentinfo") == 0 || strcasecmp(role, "banner") == 0))
			r = -1;
		if (strcmp(tag, "footer") == 0 || strcmp(tag, "aside") == 0)
			r = -1;
	}
	xmlFree(cls);
	xmlFree(id);
	xmlFree(ip);
	xmlFree(role);
	return r;
}

/* Does the lower-cased class or id of N contain WORD? */
static int
class_has(xmlNode *n, const char *word)
{
	char *cls = attr(n, "class"), *id = attr(n, "id");
	char v[512];
	size_t i;

	snprintf(v, sizeof v, "%s %s", cls ? cls : "", id ? id : "");
	for (i = 0; v[i]; i++)
		v[i] = (char)tolower((unsigned char)v[i]);
	xmlFree(cls);
	xmlFree(id);
	return strstr(v, word) != NULL;
}

static int
hidden(xmlNode *n)
{
	char *st = attr(n, "style"), *h = attr(n, "hidden"), *ah = attr(n, "aria-hidden");
	int r = 0;
	char v[256];
	size_t i, k = 0;

	if (h != NULL)
		r = 1;
	if (st != NULL) {
		for (i = 0; st[i] && k + 1 < sizeof v; i++)
			if (!isspace((unsigned char)st[i]))
				v[k++] = (char)tolower((unsigned char)st[i]);
		v[k] = '\0';
		if (strstr(v, "display:none") || strstr(v, "visibility:hidden"))
			r = 1;
	}
	(void)ah;
	xmlFree(st);
	xmlFree(h);
	xmlFree(ah);
	return r;
}

static struct estat *
est(struct walk *w, xmlNode *n)
{
	uintptr_t i = (uintptr_t)n->_private;

	return i ? &w->e[i - 1] : NULL;
}

/* Counts what the judge needs: punctuation, words, stop words, CJK. */
static void
block_count(struct hblock *b)
{
	const char *s = b->text;
	size_t n = b->len, k, wl;
	uint32_t cp;
	char word[64];

	wl = 0;
	while (1) {
		k = n > 0 ? utf8_decode(s, n, &cp) : 0;
		if (n > 0 && k == 0) {
			s++, n--;
			continue;
		}
		if (n > 0 && !lex_cjk(cp) && (cp >= 0x80 ? cp != 0xA0 && cp < 0x2000 : isalnum((int)cp))) {
			if (wl + k < sizeof word) {
				memcpy(word + wl, s, k);
				if (k == 1)
					word[wl] = (char)tolower((unsigned char)word[wl]);
			}
			wl += k;
		} else {
			if (wl > 0) {
				b->nwords++;
				if (wl < sizeof word && stop_has(word, wl))
					b->nstop++;
			}
			wl = 0;
			if (n == 0)
				break;
			if (lex_cjk(cp)) {
				b->ncjk++;
				if (bits_has(stop_bits, cp))
					b->ncstop++;
			} else if (is_punct_cp(cp))
				b->npunct++;
		}
		s += k;
		n -= k;
	}
}

static void
flush(struct walk *w)
{
	struct hblock *b;

	while (w->cur.n > 0 && w->cur.s[w->cur.n - 1] == ' ')
		w->cur.s[--w->cur.n] = '\0';
	if (w->cur_nch == 0) {
		w->cur.n = 0;
		w->cur_nch = w->cur_link = 0;
		w->cur_line0 = w->cur_line1 = 0;
		return;
	}
	if (w->nb == w->capb) {
		w->capb = w->capb ? 2 * w->capb : 128;
		w->b = xrealloc(w->b, w->capb * sizeof *w->b);
	}
	b = &w->b[w->nb++];
	memset(b, 0, sizeof *b);
	b->text = xstrndup(w->cur.s + (w->cur.s[0] == ' '), w->cur.n - (w->cur.s[0] == ' '));
	b->len = strlen(b->text);
	b->nch = w->cur_nch;
	b->nlink = w->cur_link;
	b->owner = w->owner;
	b->kind = w->owner_kind;
	b->caption = w->caption;
	b->line0 = w->cur_line0;
	b->line1 = w->cur_line1;
	block_count(b);
	w->cur.n = 0;
	w->cur_nch = w->cur_link = 0;
	w->cur_line0 = w->cur_line1 = 0;
}

static long
node_line(xmlNode *n)
{
	long l = xmlGetLineNo(n);

	return l > 0 ? l : 0;
}

static void
note_line(struct walk *w, long l0, long l1)
{
	if (l0 <= 0)
		return;
	if (w->cur_line0 == 0 || l0 < w->cur_line0)
		w->cur_line0 = l0;
	if (l1 > w->cur_line1)
		w->cur_line1 = l1;
}

/* Bytes of text in N and below, counted without recursion. */
static size_t
subtree_text(xmlNode *n)
{
	xmlNode *c = n;
	size_t k = 0;

	for (;;) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
			k += strlen((const char *)c->content);
		if (c->type == XML_ELEMENT_NODE && c->children) {
			c = c->children;
			continue;
		}
		while (c != n && !c->next)
			c = c->parent;
		if (c == n)
			return k;
		c = c->next;
	}
}

static void
walk(struct walk *w, xmlNode *n, int depth)
{
	xmlNode *c;
	const char *tag;
	int block, saved_kind = 0, saved_caption, v;
	xmlNode *saved_owner = NULL;
	long l;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			const char *t = (const char *)n->content;
			size_t nch, nl = 0;
			const char *p;

			if (t == NULL)
				continue;
			for (p = t; *p; p++)
				nl += *p == '\n';
			nch = put_collapsed(&w->cur, t, strlen(t));
			if (nch > 0) {
				w->cur_nch += nch;
				if (w->inlink)
					w->cur_link += nch;
				l = node_line(n);
				note_line(w, l - (long)nl > 0 ? l - (long)nl : 1, l + (long)nl);
			}
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || n->name == NULL)
			continue;
		tag = (const char *)n->name;
		if (depth > HTML_DEPTH_MAX) {
			w->deep += subtree_text(n);
			continue;
		}
		if (in_list(skip_tags, tag) || hidden(n))
			continue;
		block = in_list(block_tags, tag);
		if (strcmp(tag, "br") == 0 || strcmp(tag, "hr") == 0 || strcmp(tag, "img") == 0) {
			flush(w);
			continue;
		}
		if (w->ne == w->cape) {
			w->cape = w->cape ? 2 * w->cape : 256;
			w->e = xrealloc(w->e, w->cape * sizeof *w->e);
		}
		memset(&w->e[w->ne], 0, sizeof w->e[0]);
		n->_private = (void *)(uintptr_t)(w->ne + 1);
		v = class_verdict(n, tag);
		w->e[w->ne].hint = v > 0;
		w->e[w->ne].boiler = v < 0 ? v : 0;
		w->ne++;
		saved_caption = w->caption;
		if (strcmp(tag, "figcaption") == 0 || class_has(n, "caption") || class_has(n, "credit"))
			w->caption = 1;
		if (block) {
			flush(w);
			saved_owner = w->owner;
			saved_kind = w->owner_kind;
			w->owner = n;
			w->owner_kind = tag_kind(tag);
			l = node_line(n);
			w->cur_line0 = l;
		}
		if (strcmp(tag, "a") == 0)
			w->inlink++;
		c = n->children;
		if (c != NULL)
			walk(w, c, depth + 1);
		if (strcmp(tag, "a") == 0)
			w->inlink--;
		if (block) {
			flush(w);
			w->owner = saved_owner;
			w->owner_kind = saved_kind;
		}
		w->caption = saved_caption;
	}
}

/* ---------------------------------------------------------- the judge */

/*
 * Is this block running text rather than a label, a menu or a link?
 * CJKPAGE: the page is mostly Chinese.
 */
static void
judge(struct hblock *b, int cjkpage)
{
	double ld = b->nch ? (double)b->nlink / (double)b->nch : 0;
	int cjk = b->ncjk * 2 > b->nch;
	int texty;

	if (b->boiler || ld > 0.5 || (b->nch < 600 && strcasestr(b->text, "cookie"))) {
		b->bad = (double)b->nch;
		return;
	}
	if (b->caption)
		return;
	if (cjk)
		texty = (b->nch >= 12 && b->npunct >= 1) || b->nch >= 40;
	else
		texty = (b->nwords >= 8 && b->npunct >= 1 && b->nstop * 6 >= b->nwords) ||
		        b->nwords >= 30;
	if (texty)
		b->good = (double)b->nch * (1 - ld) * (b->near > 0 ? 2 : b->near < 0 ? 0.5 : 1);
	else if (b->kind != K_HEAD)
		b->bad = (double)b->nch * (cjkpage ? 0.5 : 0.3);
}

/*
 * Marks the blocks under boilerplate.  A class that names boilerplate is
 * believed unless its element holds most of the page's running text (a
 * wrapper called "has-sidebar" or "content-with-footer"); comments are
 * always left out.
 */
static void
mark_boiler(struct walk *w)
{
	size_t i;
	xmlNode *p;
	struct estat *e;
	double total = 0;

	for (i = 0; i < w->nb; i++) {
		judge(&w->b[i], w->cjkpage);
		total += w->b[i].good;
		for (p = w->b[i].owner; p != NULL; p = p->parent)
			if (p->type == XML_ELEMENT_NODE && (e = est(w, p)) != NULL)
				e->good += w->b[i].good;
	}
	for (i = 0; i < w->nb; i++) {
		for (p = w->b[i].owner; p != NULL; p = p->parent) {
			if (p->type != XML_ELEMENT_NODE || (e = est(w, p)) == NULL || e->boiler == 0)
				continue;
			if (e->boiler == -2 || e->good < 0.5 * total) {
				w->b[i].boiler = 1;
				break;
			}
		}
	}
	for (i = 0; i < w->ne; i++)
		w->e[i].good = 0;
}

static double overlap(const char *a, const char *b);

/*
 * The article's text follows its headline: the 25 blocks after the
 * heading that repeats the title weigh double, those before it half.
 */
static void
near_title(struct walk *w, const char *title)
{
	size_t i, j;

	if (title == NULL)
		return;
	for (i = 0; i < w->nb; i++)
		if (w->b[i].len < 400 && overlap(title, w->b[i].text) >= 0.8 &&
		    overlap(w->b[i].text, title) >= 0.8)
			break;
	if (i == w->nb)
		return;
	for (j = i + 1; j < w->nb && j <= i + 25; j++)
		w->b[j].near = 1;
	for (j = 0; j < i; j++)
		w->b[j].near = -1;
}

static xmlNode *
choose(struct walk *w, xmlNode *root)
{
	size_t i;
	xmlNode *p, *best = NULL;
	struct estat *e;
	double bs = 0, s;

	{
		size_t nc = 0, nall = 0;
		for (i = 0; i < w->nb; i++) {
			nc += w->b[i].ncjk;
			nall += w->b[i].nch;
		}
		w->cjkpage = nc * 3 > nall;
	}
	mark_boiler(w);
	for (i = 0; i < w->nb; i++) {
		w->b[i].good = w->b[i].bad = 0;
		judge(&w->b[i], w->cjkpage);
		for (p = w->b[i].owner; p != NULL; p = p->parent) {
			if (p->type != XML_ELEMENT_NODE || (e = est(w, p)) == NULL)
				continue;
			e->good += w->b[i].good;
			e->bad += w->b[i].bad;
		}
	}
	/* preorder over elements: the first of equals, the outermost, wins */
	for (p = root; p != NULL;) {
		if (p->type == XML_ELEMENT_NODE && (e = est(w, p)) != NULL) {
			s = e->good - e->bad;
			if (e->hint)
				s += 0.1 * e->good;
			if (best == NULL || s > bs) {
				best = p;
				bs = s;
			}
		}
		if (p->children && p->type == XML_ELEMENT_NODE && est(w, p))
			p = p->children;
		else {
			while (p != NULL && p->next == NULL)
				p = p->parent == root->parent ? NULL : p->parent;
			if (p != NULL)
				p = p->next;
		}
	}
	return best;
}

static int
inside(xmlNode *n, xmlNode *c)
{
	for (; n != NULL; n = n->parent)
		if (n == c)
			return 1;
	return 0;
}

/* ------------------------------------------------------------- metadata */

struct meta {
	char *title_tag, *og_title, *ld_headline, *h1;
	char *date_meta, *date_ld, *date_time, *date_mod;
	char *author_meta, *author_ld, *site, *lang;
};

static void
set_once(char **dst, const char *v)
{
	if (*dst == NULL && v != NULL && strcmp(v, "null") != 0 && strcmp(v, "undefined") != 0)
		*dst = collapse(v);
}

static void
ld_author(json_t *a, char **dst)
{
	size_t i;
	json_t *x;

	if (json_is_string(a))
		set_once(dst, json_string_value(a));
	else if (json_is_object(a))
		set_once(dst, json_string_value(json_object_get(a, "name")));
	else if (json_is_array(a)) {
		json_array_foreach(a, i, x) {
			ld_author(x, dst);
			if (*dst)
				break;
		}
	}
}

static int
ld_is_article(json_t *t)
{
	const char *s;
	size_t i;
	json_t *x;

	if (json_is_array(t)) {
		json_array_foreach(t, i, x)
			if (ld_is_article(x))
				return 1;
		return 0;
	}
	s = json_string_value(t);
	return s && (strstr(s, "Article") || strcmp(s, "BlogPosting") == 0 ||
	             strcmp(s, "ReportageNews") == 0 || strcmp(s, "Report") == 0 ||
	             strcmp(s, "WebPage") == 0 || strcmp(s, "LiveBlogPosting") == 0);
}

static void
ld_walk(json_t *j, struct meta *m, int depth)
{
	size_t i;
	json_t *x;
	const char *k;

	if (depth > 8)
		return;
	if (json_is_array(j)) {
		json_array_foreach(j, i, x)
			ld_walk(x, m, depth + 1);
		return;
	}
	if (!json_is_object(j))
		return;
	if (ld_is_article(json_object_get(j, "@type"))) {
		const char *t = json_string_value(json_object_get(j, "@type"));
		int webpage = t && strcmp(t, "WebPage") == 0;
		if (!webpage || m->ld_headline == NULL)
			set_once(&m->ld_headline, json_string_value(json_object_get(j, "headline")));
		set_once(&m->date_ld, json_string_value(json_object_get(j, "datePublished")));
		if (!webpage)
			ld_author(json_object_get(j, "author"), &m->author_ld);
	}
	json_object_foreach(j, k, x)
		if (json_is_array(x) || json_is_object(x))
			ld_walk(x, m, depth + 1);
}

static int
ieq(const char *a, const char *b)
{
	return a && strcasecmp(a, b) == 0;
}

static void
meta_walk(xmlNode *n, struct meta *m, int depth)
{
	const char *tag;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || depth > HTML_DEPTH_MAX)
			continue;
		tag = (const char *)n->name;
		if (strcmp(tag, "title") == 0 && m->title_tag == NULL) {
			char *t = (char *)xmlNodeGetContent(n);
			set_once(&m->title_tag, t);
			xmlFree(t);
		} else if (strcmp(tag, "html") == 0 && m->lang == NULL) {
			char *l = attr(n, "lang");
			set_once(&m->lang, l);
			xmlFree(l);
		} else if (strcmp(tag, "meta") == 0) {
			char *name = attr(n, "name"), *prop = attr(n, "property"),
			     *ip = attr(n, "itemprop"), *c = attr(n, "content");
			const char *k = prop ? prop : name ? name : ip;
			if (c != NULL && k != NULL) {
				if (ieq(k, "og:title") || ieq(k, "twitter:title"))
					set_once(&m->og_title, c);
				else if (ieq(k, "article:published_time") || ieq(k, "og:article:published_time") ||
				         ieq(k, "datePublished") || ieq(k, "pubdate") || ieq(k, "publishdate") ||
				         ieq(k, "publish-date") || ieq(k, "publish_date") || ieq(k, "date") ||
				         ieq(k, "dc.date") || ieq(k, "dc.date.issued") || ieq(k, "dcterms.created") ||
				         ieq(k, "og:release_date") || ieq(k, "sailthru.date") ||
				         ieq(k, "parsely-pub-date") || ieq(k, "article.published") ||
				         ieq(k, "original-publish-date") || ieq(k, "cXenseParse:publishtime") ||
				         ieq(k, "mediator_published_time") || ieq(k, "release_date"))
					set_once(&m->date_meta, c);
				else if (ieq(k, "article:modified_time") || ieq(k, "dateModified") ||
				         ieq(k, "dateUpdate") || ieq(k, "og:updated_time") || ieq(k, "lastmod"))
					set_once(&m->date_mod, c);
				else if ((ieq(k, "author") || ieq(k, "article:author") || ieq(k, "byl") ||
				          ieq(k, "dc.creator") || ieq(k, "sailthru.author")) &&
				         strncmp(c, "http", 4) != 0)
					set_once(&m->author_meta, c);
				else if (ieq(k, "og:site_name"))
					set_once(&m->site, c);
			}
			xmlFree(name);
			xmlFree(prop);
			xmlFree(ip);
			xmlFree(c);
		} else if (strcmp(tag, "script") == 0) {
			char *ty = attr(n, "type");
			if (ty && strcasecmp(ty, "application/ld+json") == 0) {
				char *t = (char *)xmlNodeGetContent(n);
				json_t *j = t ? json_loads(t, JSON_DECODE_ANY, NULL) : NULL;
				if (j) {
					ld_walk(j, m, 0);
					json_decref(j);
				}
				xmlFree(t);
			}
			xmlFree(ty);
		} else if (strcmp(tag, "time") == 0 && m->date_time == NULL) {
			char *dt = attr(n, "datetime");
			if (dt == NULL || *dt == '\0') {
				xmlFree(dt);
				dt = (char *)xmlNodeGetContent(n);
			}
			set_once(&m->date_time, dt);
			xmlFree(dt);
		} else if (strcmp(tag, "h1") == 0 && m->h1 == NULL) {
			char *t = (char *)xmlNodeGetContent(n);
			set_once(&m->h1, t);
			xmlFree(t);
		}
		if (n->children && strcmp(tag, "script") != 0 && strcmp(tag, "style") != 0)
			meta_walk(n->children, m, depth + 1);
	}
}

static void
meta_free(struct meta *m)
{
	free(m->title_tag);
	free(m->og_title);
	free(m->ld_headline);
	free(m->h1);
	free(m->date_meta);
	free(m->date_ld);
	free(m->date_time);
	free(m->date_mod);
	free(m->author_meta);
	free(m->author_ld);
	free(m->site);
	free(m->lang);
}

/* Words of A also in B, over words of A (bytes of CJK count as words). */
static double
overlap(const char *a, const char *b)
{
	size_t n = 0, hit = 0, k;
	const char *p = a, *q;
	uint32_t cp;

	while (*p) {
		k = utf8_decode(p, strlen(p), &cp);
		if (k == 0)
			k = 1;
		if (lex_cjk(cp)) {
			n++;
			if (memmem(b, strlen(b), p, k))
				hit++;
			p += k;
			continue;
		}
		if (!isalnum((unsigned char)*p) && cp < 0x80) {
			p += k;
			continue;
		}
		q = p;
		while (*q && *q != ' ' && !(isascii((unsigned char)*q) && ispunct((unsigned char)*q)))
			q++;
		n++;
		if (memmem(b, strlen(b), p, (size_t)(q - p)))
			hit++;
		p = q;
	}
	return n ? (double)hit / (double)n : 0;
}

/*
 * Cuts a site name off a page title: "Headline - Site" -> "Headline".
 * Spaced separators cut when the headline keeps a quarter of the title;
 * a bare "-", "_" or "|" only before a short last part.
 */
static char *
strip_site(const char *t)
{
	static const char *const seps[] = { " - ", " | ", " – ", " — ", " :: ", " _", "_", " · ", NULL };
	static const char *const bare[] = { "-", "|", "_", NULL };
	size_t i, n = strlen(t), best = n, at;
	const char *p;

	for (i = 0; seps[i]; i++) {
		p = t;
		while ((p = strstr(p, seps[i])) != NULL) {
			at = (size_t)(p - t);
			if (at >= 8 && at < best && at * 4 >= n)
				best = at;
			p += strlen(seps[i]);
		}
	}
	if (best == n)
		for (i = 0; bare[i]; i++) {
			p = strrchr(t, bare[i][0]);
			if (p == NULL)
				continue;
			at = (size_t)(p - t);
			if (at >= 8 && n - at <= 24 && (n - at) * 3 <= n && at < best)
				best = at;
		}
	while (best > 0 && t[best - 1] == ' ')
		best--;
	return xstrndup(t, best);
}

static char *
pick_title(struct meta *m)
{
	const char *ref[3] = { m->og_title, m->ld_headline, m->title_tag };
	size_t i;

	if (m->h1 != NULL && strlen(m->h1) >= 4)
		for (i = 0; i < 3; i++)
			if (ref[i] != NULL && overlap(m->h1, ref[i]) >= 0.5 && overlap(ref[i], m->h1) >= 0.4)
				return xstrdup(m->h1);
	if (m->og_title)
		return strip_site(m->og_title);
	if (m->ld_headline)
		return xstrdup(m->ld_headline);
	if (m->title_tag)
		return strip_site(m->title_tag);
	if (m->h1)
		return xstrdup(m->h1);
	return NULL;
}

/* ------------------------------------------------------------ the reader */

static long
max_line(const char *s, size_t n)
{
	long l = 1;
	size_t i;

	for (i = 0; i < n; i++)
		l += s[i] == '\n';
	return l;
}

int
html_read(const char *buf, size_t len, struct article *a)
{
	const char *src;
	size_t slen, dlen, base, i, nlines;
	size_t *ls;
	char *dec;
	htmlDocPtr doc;
	xmlNode *root, *best;
	struct walk w;
	struct meta m;
	char d[11];
	int dmy;

	tables_init();
	slen = len;
	src = skipbom(buf, &slen);
	base = (size_t)(src - buf);
	dec = cs_decode(src, slen, &dlen);
	if (dlen > INT32_MAX) {
		free(dec);
		return -1;
	}
	doc = htmlReadMemory(dec, (int)dlen, NULL, "UTF-8",
	                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                     HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES |
	                     XML_PARSE_HUGE);
	free(dec);
	if (doc == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	a->html = 1;
	if (root == NULL) {
		xmlFreeDoc(doc);
		return 0;
	}

	/* line starts of the original bytes */
	nlines = (size_t)max_line(src, slen);
	ls = xmalloc((nlines + 2) * sizeof *ls);
	ls[0] = ls[1] = 0;
	for (i = 0, nlines = 1; i < slen; i++)
		if (src[i] == '\n')
			ls[++nlines] = i + 1;
	ls[nlines + 1] = slen;

	memset(&m, 0, sizeof m);
	meta_walk(root, &m, 0);
	a->title = pick_title(&m);
	if (m.lang)
		a->lang = xstrdup(m.lang);
	dmy = !(m.lang && strncasecmp(m.lang, "en", 2) == 0 && strcasecmp(m.lang, "en-gb") != 0);
	if ((m.date_meta && date_value(m.date_meta, dmy, d)) || (m.date_ld && date_value(m.date_ld, dmy, d)) ||
	    (m.date_time && date_value(m.date_time, dmy, d)))
		a->date = xstrdup(d);
	if (m.author_meta || m.author_ld) {
		const char *au = m.author_ld ? m.author_ld : m.author_meta;
		size_t n = strlen(au);
		if (n >= 2 && (au[0] == '\'' || au[0] == '"') && au[n - 1] == au[0])
			a->author = xstrndup(au + 1, n - 2);
		else
			a->author = xstrdup(au);
	}
	if (m.site)
		a->source = xstrdup(m.site);

	memset(&w, 0, sizeof w);
	walk(&w, root, 0);
	flush(&w);
	near_title(&w, a->title);
	best = choose(&w, root);
	/* no date in the markup: a date in a short block near the top */
	if (a->date == NULL && m.date_mod && date_value(m.date_mod, dmy, d))
		a->date = xstrdup(d);
	for (i = 0; a->date == NULL && i < w.nb && i < 200; i++)
		if (w.b[i].len < 200 && date_value(w.b[i].text, dmy, d))
			a->date = xstrdup(d);
	for (i = 0; i < w.nb; i++) {
		struct hblock *b = &w.b[i];
		size_t s, e;
		long l0, l1;

		if (best == NULL || !inside(b->owner, best) || b->boiler || b->caption ||
		    b->nlink * 2 > b->nch) {
			free(b->text);
			continue;
		}
		l0 = b->line0 > 0 ? b->line0 : 1;
		l1 = b->line1 >= l0 ? b->line1 : l0;
		if ((size_t)l0 > nlines)
			l0 = (long)nlines;
		if ((size_t)l1 > nlines || l1 >= 65535)
			l1 = (long)nlines;
		s = ls[l0];
		e = (size_t)l1 < nlines ? ls[l1 + 1] : slen;
		while (e > s && (src[e - 1] == '\n' || src[e - 1] == '\r'))
			e--;
		art_add(a, base + s, base + e, b->text, b->kind == K_HEAD);
	}
	free(w.b);
	free(w.e);
	free(w.cur.s);
	free(ls);
	meta_free(&m);
	xmlFreeDoc(doc);
	a->unread = w.deep;
	return 0;
}
