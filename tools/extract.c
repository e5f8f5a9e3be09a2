/*
 * cf-extract: raw articles in, doc and seg records out.
 *
 * Reads each FILE, or every file below each DIR in byte order of names
 * (gzip'd or not, "-" for standard input), as a plain-text or Markdown
 * article (lib/text.c), and writes one doc record, then one seg record
 * per sentence or heading of its body text.  A seg's start and end are
 * byte offsets into the decoded article, whose bytes there are exactly the
 * seg's text; invalid UTF-8 is reported once per file and comes out as
 * U+FFFD, a NUL byte as a space.  A paragraph repeated verbatim is kept
 * once.  Binary files (by magic bytes) are reported and skipped; lone CRs
 * end lines; an article without line breaks is read sentence by sentence.
 * Holds one article in memory at a time.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "cli.h"
#include "die.h"
#include "hash.h"
#include "html.h"
#include "input.h"
#include "jtext.h"
#include "lang.h"
#include "ndjson.h"
#include "sentence.h"
#include "text.h"
#include "utf8.h"

static const char usage[] =
	"cf-extract [--lang LANG] [--strict] [--stats] [--max-record SIZE] [FILE|DIR|- ...]";

static const char help[] =
	"usage: cf-extract [--lang LANG] [--strict] [--stats] [--max-record SIZE] [FILE|DIR|- ...]\n"
	"Reads articles: plain text, Markdown or HTML web pages, gzip'd or not; DIR:\n"
	"every file below it; none or \"-\": one article on standard input.  Writes a\n"
	"doc record, then a seg record per sentence or heading, as NDJSON.\n"
	"\n"
	"  -l, --lang LANG      take every article and seg to be in LANG\n"
	"                       (zh, en, pt, es, fr, de, it or und)\n"
	CLI_HELP;

static const char *lflag;  /* --lang */

/* Fingerprints of the paragraphs of one article, to keep a repeated one once. */
struct seen {
	unsigned long long *h;
	size_t cap, n;
};

/* A hash of the text with white space left out, so re-wrapped copies match. */
static unsigned long long
fingerprint(const char *s, size_t n)
{
	static const unsigned char odd[256] = {
		[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [0xC2] = 1, [0xE3] = 1,
	};
	uint64_t h = HASH_SEED;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!odd[c]) {
			h = hash_add(h, &c, 1);
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			i++;
			continue;
		}
		if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) {
			i += 2;
			continue;
		}
		h = hash_add(h, &c, 1);
	}
	return h | 1;
}

/* Adds H; returns 1 when it was there already. */
static int
seen_add(struct seen *t, unsigned long long h)
{
	size_t j, k;

	if (2 * (t->n + 1) > t->cap) {
		struct seen u = { NULL, t->cap ? 2 * t->cap : 64, 0 };

		u.h = xcalloc(u.cap, sizeof *u.h);
		for (k = 0; k < t->cap; k++)
			if (t->h[k])
				seen_add(&u, t->h[k]);
		free(t->h);
		*t = u;
	}
	for (j = h & (t->cap - 1); t->h[j]; j = (j + 1) & (t->cap - 1))
		if (t->h[j] == h)
			return 1;
	t->h[j] = h;
	t->n++;
	return 0;
}

/*
 * The records are written as jansson's compact encoding writes them, from
 * one buffer (lib/jtext.h), without a jansson tree per seg: building and
 * freeing it cost more than finding the sentences.
 */
static struct jtext out;

/* Member KEY, the string S (N bytes); left out when S is not valid UTF-8, as jansson does. */
static void
out_str(const char *key, const char *s, size_t n)
{
	size_t n0 = out.n;

	jt_key(&out, key);
	if (!jt_str(&out, s, n))
		out.n = n0;
}

/* Member KEY, the text S (N bytes) with ill-formed UTF-8 repaired. */
static void
out_text(const char *key, const char *s, size_t n)
{
	size_t outlen;
	char *r;

	jt_key(&out, key);
	if (jt_str(&out, s, n))
		return;
	r = utf8_repair(s, n, &outlen, NULL);
	jt_str(&out, r, outlen);
	free(r);
}

static void
out_int(const char *key, long long v)
{
	jt_key(&out, key);
	jt_int(&out, v);
}

static void
out_begin(const char *type)
{
	out.n = 0;
	JT_LIT(&out, "{");
	out_str("type", type, strlen(type));
}

static void
out_end(void)
{
	JT_LIT(&out, "}");
	nd_write_text(out.b, out.n);
}

/* A metadata member: absent when S is NULL or empty (up to its first NUL, as json_string() reads it). */
static void
out_meta(const char *key, const char *s)
{
	if (s && *s)
		out_str(key, s, strlen(s));
}

struct segctx {
	const char *doc, *lang;
	size_t ndoc;
	const char *text;        /* the text the spans point into */
	const char *src;         /* the bytes a seg's text is written from: TEXT, or
	                            the article's own where TEXT is a copy made to be read */
	size_t base;             /* offset of TEXT in the article (text files) */
	const struct block *blk; /* HTML: the block whose span a seg gets when its text
	                            is not found in the page's bytes there */
	const char *page;        /* HTML: the page's bytes */
	size_t from;             /* HTML: where in the block the next seg is looked for */
	long long nseg;
};

static void
put_seg(struct segctx *c, size_t start, size_t end, const char *lang)
{
	int inexact = 0;

	out_begin("seg");
	out_str("doc", c->doc, c->ndoc);
	out_int("seg", c->nseg++);
	out_str("lang", lang, strlen(lang));
	if (c->blk) {
		const char *hit = NULL;

		/*
		 * A sentence whose text stands in the page as it is (no entity,
		 * tag or line break inside it) gets its own bytes, so that the
		 * figures in it can be found there; any other gets the block's
		 * span and says so.
		 */
		if (end > start && c->from < c->blk->end)
			hit = memmem(c->page + c->from, c->blk->end - c->from, c->text + start, end - start);
		if (hit) {
			c->from = (size_t)(hit - c->page) + (end - start);
			out_int("start", (long long)(hit - c->page));
			out_int("end", (long long)c->from);
		} else {
			out_int("start", (long long)c->blk->start);
			out_int("end", (long long)c->blk->end);
			inexact = 1;
		}
	} else {
		out_int("start", (long long)(c->base + start));
		out_int("end", (long long)(c->base + end));
	}
	out_text("text", c->src + start, end - start);
	if (inexact)
		out_str("offsets", "html", 4);
	out_end();
}

/* A seg of a block not split before: its language is counted now. */
static void
sentence(size_t start, size_t end, void *ctx)
{
	struct segctx *c = ctx;

	put_seg(c, start, end, lflag ? lflag : lang_detect_prior(c->text + start, end - start, c->lang));
}

/*
 * The language of a document is counted in its sentences, which are
 * counted again for their own language (lang_detect_prior()): so the
 * sentences of the blocks that tell the document's language are found
 * and counted once, before the doc record, and kept for the seg records
 * (their counts add up to those of the blocks: lib/lang.h).  Up to
 * SPANS_MAX of them; past that, as in a page of a million one-word
 * sentences, a block is counted whole and split again when written.
 */
struct span {
	size_t start, end;       /* in the block's text */
	struct lang_counts k;
};

enum { SPANS_MAX = 1 << 16 };

static struct spans {
	struct span *v;
	size_t n, cap;
	int full;                /* a span did not fit under SPANS_MAX */
} spans;

static void
span_add(size_t start, size_t end, void *ctx)
{
	struct spans *p = ctx;

	if (p->n == SPANS_MAX) {
		p->full = 1;
		return;
	}
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 256;
		p->v = xrealloc(p->v, p->cap * sizeof *p->v);
	}
	p->v[p->n].start = start;
	p->v[p->n].end = end;
	p->n++;
}

/*
 * Splits T (N bytes; a heading is one span) into SPANS and counts each;
 * adds them up into SUM.  Returns 0, with nothing kept, when they do not
 * fit.
 */
static int
split_count(const char *t, size_t n, int heading, struct lang_counts *sum)
{
	size_t from = spans.n, j;

	spans.full = 0;
	if (heading)
		span_add(0, n, &spans);
	else
		sent_each(t, n, NULL, span_add, &spans);
	if (spans.full) {
		spans.n = from;
		return 0;
	}
	for (j = from; j < spans.n; j++) {
		lang_count(t + spans.v[j].start, spans.v[j].end - spans.v[j].start, &spans.v[j].k);
		lang_add(sum, &spans.v[j].k);
	}
	return 1;
}

/*
 * A seg of a Portuguese block split again (Portuguese has abbreviations
 * of its own: lib/sentence.c): the counts of the same span split before
 * are taken, a new span is counted.
 */
struct resplit {
	struct segctx *c;
	size_t j, to;            /* the spans of the block split before */
};

static void
resentence(size_t start, size_t end, void *ctx)
{
	struct resplit *r = ctx;
	const struct span *v = spans.v;
	struct lang_counts k;

	while (r->j < r->to && v[r->j].start < start)
		r->j++;
	if (r->j < r->to && v[r->j].start == start && v[r->j].end == end)
		k = v[r->j].k;
	else
		lang_count(r->c->text + start, end - start, &k);
	put_seg(r->c, start, end, lang_decide_prior(&k, r->c->lang));
}

/* "zh-CN", "pt_BR", "EN" as one of the codes cf-extract writes, or "und". */
static const char *
known_lang(const char *l)
{
	static const char *const codes[] = { "zh", "en", "pt", "es", "fr", "de", "it" };
	size_t k;

	for (k = 0; k < sizeof codes / sizeof codes[0]; k++)
		if (strncasecmp(l, codes[k], 2) == 0 && (l[2] == '\0' || l[2] == '-' || l[2] == '_'))
			return codes[k];
	return "und";
}

/*
 * Writes the doc record and the seg records of article A read from BUF
 * (LEN bytes), as any reader filled it: blocks with text NULL point into
 * BUF; blocks with text (HTML) carry their own, and their segs get the
 * block's span.  Paragraphs repeated verbatim are written once.  ORIG is
 * the article as read, of which BUF is a copy with the same offsets made
 * for reading (line ends), or BUF itself: segs' texts are ORIG's bytes.
 */
static void
put_article(const char *doc, const char *buf, const char *orig, size_t len, struct article *a)
{
	struct seen seen = { NULL, 0, 0 };
	struct segctx c;
	struct lang_counts sum, k;
	size_t i, j, n, ns = 0, scap = 0;
	const char *lang, *t;
	struct {
		size_t from, to;     /* spans[from..to) are the block's; none kept when from == to */
	} *kept;

	kept = xcalloc(a->nblocks ? a->nblocks : 1, sizeof *kept);
	memset(&sum, 0, sizeof sum);
	spans.n = 0;

	/* repeated paragraphs; the language from the body's text */
	for (i = 0; i < a->nblocks; i++) {
		struct block *b = &a->blocks[i];
		int sampled = 0;

		t = b->text ? b->text : buf + b->start;
		n = b->text ? strlen(b->text) : b->end - b->start;
		/* a web page's short cells and list items repeat for real (tables) */
		if ((!a->html || n >= 40) && seen_add(&seen, fingerprint(t, n))) {
			b->heading = -1;  /* dropped */
			continue;
		}
		/* the body up to a megabyte or two tells the language (a sample of it, once) */
		if (ns + n + 2 > scap && ns < (1u << 20))
			scap = 2 * (ns + n + 2);
		if (ns + n + 2 <= scap) {
			ns += n + 1;
			sampled = 1;
		}
		if (lflag || !sampled)
			continue;
		kept[i].from = spans.n;
		if (split_count(t, n, b->heading, &sum))
			kept[i].to = spans.n;
		else {
			kept[i].to = kept[i].from;
			lang_count(t, n, &k);
			lang_add(&sum, &k);
		}
	}
	free(seen.h);
	lang = lflag ? lflag : lang_decide(&sum);
	if (strcmp(lang, "und") == 0 && a->lang)
		lang = known_lang(a->lang);  /* the article's own word, when the text says nothing */

	out_begin("doc");
	out_str("doc", doc, strlen(doc));
	out_str("lang", lang, strlen(lang));
	out_meta("title", a->title);
	out_meta("date", a->date);
	out_meta("author", a->author);
	out_meta("source", a->source);
	out_int("bytes", (long long)len);
	if (a->html)
		out_str("offsets", "html", 4);
	out_end();

	memset(&c, 0, sizeof c);
	c.doc = doc;
	c.ndoc = strlen(doc);
	c.lang = lang;
	for (i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];

		if (b->heading < 0)
			continue;
		if (b->text) {
			c.text = c.src = b->text;
			c.base = 0;
			c.blk = b;
			c.page = orig;
			c.from = b->start;
			n = strlen(b->text);
		} else {
			c.text = buf + b->start;
			c.src = orig + b->start;
			c.base = b->start;
			c.blk = NULL;
			n = b->end - b->start;
		}
		if (kept[i].from < kept[i].to && !b->heading && strcmp(lang, "pt") == 0) {
			struct resplit r = { &c, kept[i].from, kept[i].to };

			sent_each(c.text, n, lang, resentence, &r);
		} else if (kept[i].from < kept[i].to) {
			for (j = kept[i].from; j < kept[i].to; j++)
				put_seg(&c, spans.v[j].start, spans.v[j].end, lang_decide_prior(&spans.v[j].k, lang));
		} else if (b->heading)
			put_seg(&c, 0, n, lflag ? lflag : lang_detect_prior(c.text, n, lang));
		else
			sent_each(c.text, n, lang, sentence, &c);
	}
	free(kept);
}

/* Kinds of file that are not articles, by their first bytes. */
static const struct magic {
	size_t off, n;
	const char *bytes, *what;
} magics[] = {
	{ 0, 8, "\x89PNG\r\n\x1a\n", "a PNG image" },
	{ 0, 3, "\xFF\xD8\xFF", "a JPEG image" },
	{ 0, 4, "GIF8", "a GIF image" },
	{ 8, 4, "WEBP", "a WebP image" },
	{ 0, 4, "II*\0", "a TIFF image" },
	{ 0, 4, "MM\0*", "a TIFF image" },
	{ 0, 5, "%PDF-", "a PDF document" },
	{ 0, 4, "PK\x03\x04", "a ZIP archive (XLSX, DOCX, ODT ...)" },
	{ 0, 4, "PK\x05\x06", "a ZIP archive" },
	{ 0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE2 document (XLS, DOC ...)" },
	{ 0, 6, "7z\xBC\xAF\x27\x1C", "a 7-Zip archive" },
	{ 0, 6, "Rar!\x1A\x07", "a RAR archive" },
	{ 0, 6, "\xFD" "7zXZ\0", "xz data" },
	{ 0, 4, "\x28\xB5\x2F\xFD", "zstd data" },
	{ 0, 3, "BZh", "bzip2 data" },
	{ 0, 4, "\x7F" "ELF", "an executable" },
	{ 4, 4, "ftyp", "an MP4 or MOV video" },
	{ 0, 4, "OggS", "an Ogg file" },
	{ 0, 3, "ID3", "an MP3 file" },
	{ 0, 16, "SQLite format 3\0", "an SQLite database" },
};

/* What BUF (LEN bytes) is when it is not text, else NULL. */
static const char *
binary_kind(const char *buf, size_t len)
{
	size_t k;

	for (k = 0; k < sizeof magics / sizeof magics[0]; k++) {
		const struct magic *m = &magics[k];

		/* bzip2 is "BZh" and a block size digit */
		if (len >= m->off + m->n && memcmp(buf + m->off, m->bytes, m->n) == 0 &&
		    (m->bytes[0] != 'B' || (len > 3 && buf[3] >= '1' && buf[3] <= '9')))
			return m->what;
	}
	return NULL;
}

/*
 * NUL bytes are not text (every later stage would refuse the seg that
 * held one): each becomes a space, so that offsets stay those of the
 * file, and the first is reported with its line.
 */
static void
nul_bytes(const char *name, char *buf, size_t len)
{
	char *p = memchr(buf, '\0', len), *first = p;
	size_t n = 0;

	if (!p)
		return;
	for (; p; p = memchr(p + 1, '\0', len - (size_t)(p + 1 - buf))) {
		*p = ' ';
		n++;
		if (p + 1 == buf + len)
			break;
	}
	die_at(name, in_line_of(buf, (size_t)(first - buf)), "%zu NUL byte%s replaced with space%s", n,
	       n == 1 ? "" : "s", n == 1 ? "" : "s");
}

/* Marks the end of a sentence found in an article of one line. */
static void
sentence_end(size_t start, size_t end, void *ctx)
{
	char *t = ctx;

	(void)start;
	if (t[end] == ' ' || t[end] == '\t')
		t[end] = '\n';
}

/*
 * The copy of the text article BUF (LEN bytes, BOM bytes at its start)
 * that the line reader (lib/text.c) gets, or NULL when BUF itself will
 * do.  A lone CR (old Mac files) ends a line as LF does.  An article
 * without any line break (but at its end) gets one in the white space
 * after each sentence, so that its sentences are read as lines of body
 * text, and *ONELINE is set.  Each change replaces one byte by one:
 * offsets stay those of BUF.
 */
static char *
for_reading(const char *buf, size_t len, size_t bom, int *oneline)
{
	const char *p = buf;
	char *t = NULL;
	size_t i;

	while ((p = memchr(p, '\r', len - (size_t)(p - buf))) != NULL) {
		i = (size_t)(p - buf);
		if (i + 1 == len || buf[i + 1] != '\n') {
			if (!t)
				t = xstrndup(buf, len);
			t[i] = '\n';
		}
		if (++p == buf + len)
			break;
	}
	/* one line: no line break but at the end */
	for (i = len; i > bom && (buf[i - 1] == '\n' || buf[i - 1] == ' ' || buf[i - 1] == '\t'); i--)
		;
	if (t || memchr(buf, '\n', i))
		return t;
	*oneline = 1;
	t = xstrndup(buf, len);
	sent_each(t + bom, len - bom, NULL, sentence_end, t + bom);
	return t;
}

/*
 * The name a doc record gets for PATH: PATH itself, or, when it is not
 * valid UTF-8, a new string with each bad byte written as %XX (so that two
 * names that differ in those bytes stay two documents).  NULL: PATH will do.
 */
static char *
doc_name(const char *path)
{
	size_t n = strlen(path), i, j, ok;
	char *r;

	if (utf8_check(path, n) == n)
		return NULL;
	r = xmalloc(3 * n + 1);
	for (i = j = 0; i < n;) {
		ok = utf8_check(path + i, n - i);
		memcpy(r + j, path + i, ok);
		i += ok;
		j += ok;
		if (i < n) {
			sprintf(r + j, "%%%02X", (unsigned char)path[i]);
			i++;
			j += 3;
		}
	}
	r[j] = '\0';
	die_at(r, 0, "file name is not valid UTF-8; its bad bytes are written as %%XX in the doc record");
	return r;
}

static void
extract(const char *path, void *ctx)
{
	struct article a;
	size_t len, bom, bad;
	char *buf, *work = NULL, *docname;
	const char *doc = strcmp(path, "-") == 0 ? "-" : path;
	const char *name = strcmp(path, "-") == 0 ? "stdin" : path, *what;
	int html, oneline = 0;

	(void)ctx;
	buf = in_slurp(path, &len, &bom);
	if (!buf)
		return;
	nd_stats.read++;
	if (len == bom) {
		/* Nothing to extract: say so, so that an empty download is seen. */
		die_at(name, 0, "empty article, no record written");
		nd_stats.rejected++;
		free(buf);
		return;
	}
	if ((what = binary_kind(buf + bom, len - bom)) != NULL) {
		die_at(name, 0, "%s, not an article; skipped", what);
		nd_stats.rejected++;
		free(buf);
		return;
	}
	docname = doc_name(doc);
	if (docname)
		doc = name = docname;
	nul_bytes(name, buf, len);
	/* A web page decodes its own charset (lib/html.c). */
	html = html_sniff(buf, len);
	bad = html ? len : utf8_check(buf, len);
	if (bad < len)
		die_at(name, in_line_of(buf, bad), "invalid UTF-8, replaced with U+FFFD");
	memset(&a, 0, sizeof a);
	if (!html) {
		work = for_reading(buf, len, bom, &oneline);
		text_read(work ? work : buf, len, bom, &a);
		if (oneline && a.title) {
			/* its first sentence is no title: the article does not say */
			free(a.title);
			a.title = NULL;
		}
	} else if (html_read(buf, len, &a) != 0)
		die_at(name, 0, "cannot parse the HTML page");
	if (a.unread > 0)
		die_at(name, 0, "elements nested too deep to be read: %zu byte%s of their text left out",
		       a.unread, a.unread == 1 ? "" : "s");
	put_article(doc, work ? work : buf, buf, len, &a);
	art_free(&a);
	free(work);
	free(buf);
	free(docname);
	die_flush();
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	static const char *const langs[] = { "zh", "en", "pt", "es", "fr", "de", "it", "und" };
	int c, i;
	size_t k;

	die_init(argv[0]);
#ifdef M_TRIM_THRESHOLD
	/*
	 * Every article of a directory takes and gives back the same few
	 * hundred kilobytes (zlib's buffers, the article): glibc would return
	 * them to the kernel and fault them in again for each one.
	 */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
	while ((c = getopt_long(argc, argv, "l:", longopts, NULL)) != -1) {
		if (cli_option(c, optarg, usage, help))
			continue;
		switch (c) {
		case 'l':
			for (k = 0; k < sizeof langs / sizeof langs[0] && strcmp(langs[k], optarg) != 0; k++)
				;
			if (k == sizeof langs / sizeof langs[0]) {
				die_warn("--lang: \"%s\" is not one of zh, en, pt, es, fr, de, it, und", optarg);
				cli_usage(usage);
			}
			lflag = langs[k];
			break;
		default:
			cli_usage(usage);
		}
	}
	if (optind == argc)
		extract("-", NULL);
	for (i = optind; i < argc; i++)
		in_walk(argv[i], extract, NULL);
	return cli_end();
}
