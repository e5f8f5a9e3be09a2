/* Surface forms -> canonical ids: CSV maps, a byte trie and the matcher. */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <utf8proc.h>

#include "dict.h"
#include "die.h"
#include "hans.h"
#include "input.h"
#include "lex.h"
#include "utf8.h"

#define NONE UINT32_MAX

/* Flags of a folded byte. */
enum {
	F_HEAD = 1,  /* first byte that its source character produced */
	F_WORD = 2,  /* part of a letter, digit or mark of an alphabetic script */
};

struct fold {
	char *s;              /* folded bytes */
	size_t n, cap;
	size_t *src;          /* per folded byte: offset of its source character */
	unsigned char *flag;  /* per folded byte: F_HEAD, F_WORD */
};

struct node {
	uint32_t child, sib;  /* while loading: first child, next sibling */
	int32_t ent;          /* first entry of this surface, or -1 */
	unsigned char b;
	unsigned char stop;
};

struct ent {
	char *surface, *lang, *id, *cls, *file;
	long long line;
	int32_t next;          /* next entry of the same node */
	unsigned char dead;    /* replaced */
	unsigned char variant; /* the accent-free twin of another entry */
	unsigned char name;    /* matches in any language: a name, or a Chinese word */
	unsigned char cap;     /* a name written Capitalised (1) or in CAPITALS (2) */
	char base[4];          /* language without its region: "zh" */
};

/* An edge of the frozen trie, with what the matcher needs of the node it reaches. */
struct edge {
	uint64_t kb;           /* without E_DENSE: the bytes of the children, one a lane, then copies of the first */
	uint32_t kids;         /* the first child's edge, or with E_DENSE the node's table in dense */
	uint16_t nkid;         /* children of the node reached */
	unsigned char b;
	unsigned char flags;   /* E_END, E_DENSE */
};

enum {
	E_END = 1,    /* the node reached ends a surface: it has entries or is a stop */
	E_DENSE = 2,  /* its children are found through a table of 256 */
};

/*
 * A node with more children than the 8 lanes of kb (and the root) steps
 * through a table of 256 edge indices; a leaf has the table of none.
 */
enum { DENSE_MIN = 9 };

/*
 * The prefilter of starts: a bit per BMP code point that begins a surface
 * (FIRST), one per code point that is a whole surface (SHORT1), and Bloom
 * filters of the pairs of code points that begin surfaces (PAIR) or are
 * whole ones (SHORT2), and of the triples that begin surfaces (TRIPLE).
 * A start whose first three code points pass no test cannot match and is
 * not walked.
 */
enum { BLOOM_BITS = 17 };

struct dict {
	struct node *node;
	size_t nnode, capnode;
	struct ent *ent;
	size_t nent, capent;
	int frozen;
	struct edge root;      /* frozen: an edge to the root */
	struct edge *edge;     /* frozen: the children of each node, sorted by byte */
	uint32_t *enode;       /* frozen: per edge, the node it reaches */
	uint32_t *dense;       /* frozen: per wide node, 256 edge indices or NONE */
	uint64_t *first, *short1, *pair, *short2, *triple;  /* frozen: the prefilter */
	int astral;            /* a surface begins beyond the BMP */
	struct fold fold;      /* reused for text */
	uint64_t *fcache;      /* folds of BMP characters (see fold_text()) */
	struct dict_term *term;
	size_t nterm, capterm;
	int32_t conflict;      /* entry replaced by the last dict_add() */
};

/* Folding. */

static void
fold_reset(struct fold *f)
{
	f->n = 0;
}

static void
fold_realloc(struct fold *f, size_t more)
{
	while (f->n + more >= f->cap)
		f->cap = f->cap ? f->cap * 2 : 256;
	f->s = xrealloc(f->s, f->cap);
	f->src = xrealloc(f->src, f->cap * sizeof *f->src);
	f->flag = xrealloc(f->flag, f->cap);
}

/* Makes room for MORE bytes and a NUL after them. */
static inline void
fold_grow(struct fold *f, size_t more)
{
	if (f->n + more >= f->cap)
		fold_realloc(f, more);
}

static int
is_word(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (lex_east_asian(cp))
		return 0;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* What a character becomes before decomposition: ' ', '\'', 0 (nothing) or CP. */
static uint32_t
fold_punct(uint32_t cp)
{
	if (cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
	    cp == 0xFF0D || cp == 0x00AD)
		return cp == 0x00AD ? 0 : ' ';
	if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x2032 || cp == 0xFF07 ||
	    cp == '`' || cp == 0x00B4)
		return '\'';
	if (cp < 0x80)
		return (cp == ' ' || (cp >= '\t' && cp <= '\r')) ? ' ' : cp;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return ' ';
	case UTF8PROC_CATEGORY_CF:
		return 0;
	default:
		return cp;
	}
}

/*
 * Appends CP, one code point of the folded form of the character at SRC
 * (WORD: a letter or digit of an alphabetic script), but no space at the
 * start or after another.  *FIRST is set once the character has a byte.
 */
static inline void
fold_put(struct fold *f, uint32_t cp, int word, size_t src, int *first)
{
	unsigned char *o;
	size_t k, len;
	int flag = word ? F_WORD : 0;

	if (cp == ' ' && (f->n == 0 || f->s[f->n - 1] == ' '))
		return;
	fold_grow(f, 4);
	o = (unsigned char *)f->s + f->n;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		len = 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		len = 2;
	} else if (cp < 0x10000 && (cp < 0xD800 || cp > 0xDFFF)) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		len = 3;
	} else
		len = utf8_encode(cp, (char *)o);
	for (k = 0; k < len; k++) {
		f->src[f->n + k] = src;
		f->flag[f->n + k] = (unsigned char)flag;
	}
	if (!*first)
		f->flag[f->n] |= F_HEAD;
	*first = 1;
	f->n += len;
}

/*
 * The code points character CP folds into, before punctuation, Chinese
 * script and word flags (see fold_cp()): itself, or its decomposition.
 * Returns how many (at most FOLD_MAXDEC).
 */
enum { FOLD_MAXDEC = 32 };

static size_t
fold_dec(uint32_t cp, int strip, uint32_t dec[FOLD_MAXDEC])
{
	utf8proc_int32_t d[FOLD_MAXDEC];
	utf8proc_ssize_t nd, k;
	int bc = 0, opt;

	opt = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | (strip ? UTF8PROC_STRIPMARK : 0);
	if (fold_punct(cp) != cp || hans_char(cp) != cp) {
		dec[0] = cp;
		return 1;
	}
	nd = utf8proc_decompose_char((utf8proc_int32_t)cp, d, FOLD_MAXDEC, opt, &bc);
	if (nd < 0 || nd > FOLD_MAXDEC) {
		dec[0] = cp;
		return 1;
	}
	for (k = 0; k < nd; k++)
		dec[k] = (uint32_t)d[k];
	return (size_t)nd;
}

/* One code point of a decomposition as it is matched: 0 (nothing), or the code point to put. */
static uint32_t
fold_cp(uint32_t cp)
{
	cp = fold_punct(cp);
	return cp ? hans_char(cp) : 0;
}

/*
 * The fold of a character of the Basic Multilingual Plane depends on the
 * character alone, so the matcher computes it once per character and
 * keeps it in a table of 64 Ki words, each holding up to two code points
 * with their word flags (most characters fold into one, an accented
 * letter into two); a character that folds into more takes the long way
 * every time.
 */
#define FC_KNOWN ((uint64_t)1 << 63)
#define FC_LONG  ((uint64_t)1 << 62)
#define FC_SELF  ((uint64_t)1 << 61)  /* one code point: the character itself */
#define FC_CP(e, k)   ((uint32_t)((e) >> (22 * (k))) & 0x1FFFFF)
#define FC_WORD(e, k) ((int)((e) >> (22 * (k) + 21)) & 1)
#define FC_N(e)       ((size_t)((e) >> 44) & 3)

static uint64_t
fold_cache_entry(uint32_t cp)
{
	uint32_t dec[FOLD_MAXDEC], c;
	uint64_t e = FC_KNOWN;
	size_t nd, k, m = 0;

	nd = fold_dec(cp, 0, dec);
	for (k = 0; k < nd; k++) {
		c = fold_cp(dec[k]);
		if (c == 0)
			continue;
		if (m == 2)
			return FC_KNOWN | FC_LONG;
		e |= ((uint64_t)c | (uint64_t)is_word(c) << 21) << (22 * m);
		m++;
	}
	if (m == 1 && FC_CP(e, 0) == cp)
		e |= FC_SELF;
	return e | (uint64_t)m << 44;
}

/* Appends the fold of character CP (at SRC) the long way. */
static void
fold_char(struct fold *f, uint32_t cp, size_t src, int strip)
{
	uint32_t dec[FOLD_MAXDEC], c;
	size_t nd, k;
	int first = 0;

	nd = fold_dec(cp, strip, dec);
	for (k = 0; k < nd; k++) {
		c = fold_cp(dec[k]);
		if (c != 0)
			fold_put(f, c, is_word(c), src, &first);
	}
}

/* ASCII as folded: lower case; white space and '-' a space; '`' a quote; NUL nothing. */
static const unsigned char ascii_fold[128] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, ' ', ' ', ' ', ' ', ' ', 14, 15,
	16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
	' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', ' ', '.', '/',
	'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
	'@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
	'\'', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127,
};

/* F_HEAD, and F_WORD for letters and digits, of each ASCII byte as folded. */
static const unsigned char ascii_flag[128] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1,
	1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1,
	1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1,
};

/* Encodes CP (a code point of a fold) at O; returns the length. */
static inline size_t
fold_encode(uint32_t cp, unsigned char *o)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000 && (cp < 0xD800 || cp > 0xDFFF)) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	return utf8_encode(cp, (char *)o);
}

/*
 * Appends the fold of S (N bytes) to F; STRIP drops accents and other
 * marks.  CACHE, when not NULL, is the table of BMP folds (64 Ki words,
 * zero for characters not yet seen).  Only the first byte of each
 * character (F_HEAD) gets its source offset: the matcher reads no other.
 * The output is kept in locals (os, on, ...), since the compiler must
 * otherwise assume that every byte stored may change F.
 */
static void
fold_text(struct fold *f, const char *str, size_t n, int strip, uint64_t *cache)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char *os, *ofl;
	size_t *osrc, on, ocap, i, len, olen, k, m;
	uint64_t e;
	uint32_t cp;
	int first;

#define FOLD_LOAD() (os = (unsigned char *)f->s, osrc = f->src, ofl = f->flag, on = f->n, ocap = f->cap)
#define FOLD_ROOM(more) do { if (on + (more) >= ocap) { f->n = on; fold_realloc(f, (more)); FOLD_LOAD(); } } while (0)
	fold_grow(f, n);
	FOLD_LOAD();
	for (i = 0; i < n; i += len) {
		unsigned char c = s[i];

		if (c < 0x80) {
			/*
			 * A run of ASCII: a byte each at most.  Every byte is
			 * stored, and kept (ON advanced) unless it is nothing or
			 * a second space.
			 */
			FOLD_ROOM(n - i);
			do {
				unsigned char o = ascii_fold[c];

				os[on] = o;
				osrc[on] = i;
				ofl[on] = ascii_flag[c];
				on += o != 0 && (o != ' ' || (on > 0 && os[on - 1] != ' '));
			} while (++i < n && (c = s[i]) < 0x80);
			len = 0;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			cp = (uint32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
			len = 2;
		} else if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
		           (s[i + 2] & 0xC0) == 0x80 && (c != 0xE0 || s[i + 1] >= 0xA0) &&
		           (c != 0xED || s[i + 1] < 0xA0)) {
			cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
			len = 3;
		} else if ((len = utf8_decode(str + i, n - i, &cp)) == 0) {
			/* 0xFF occurs in no entry: bad bytes never match. */
			len = 1;
			FOLD_ROOM(1);
			os[on] = 0xFF;
			osrc[on] = i;
			ofl[on] = F_HEAD;
			on++;
			continue;
		}
		e = 0;
		if (cache && !strip && cp <= 0xFFFF) {
			e = cache[cp];
			if (e == 0)
				e = cache[cp] = fold_cache_entry(cp);
		}
		if (e == 0 || (e & FC_LONG)) {
			f->n = on;
			fold_char(f, cp, i, strip);
			FOLD_LOAD();
			continue;
		}
		FOLD_ROOM(8);
		if (e & FC_SELF) {
			/* The character folds into itself: its bytes as they are. */
			for (k = 0; k < len; k++) {
				os[on + k] = s[i + k];
				ofl[on + k] = (unsigned char)(FC_WORD(e, 0) ? F_WORD : 0);
			}
			ofl[on] |= F_HEAD;
			osrc[on] = i;
			on += len;
			continue;
		}
		first = 0;
		for (m = 0; m < FC_N(e); m++) {
			cp = FC_CP(e, m);
			if (cp == ' ' && (on == 0 || os[on - 1] == ' '))
				continue;
			olen = fold_encode(cp, os + on);
			for (k = 0; k < olen; k++)
				ofl[on + k] = (unsigned char)(FC_WORD(e, m) ? F_WORD : 0);
			if (!first) {
				ofl[on] |= F_HEAD;
				osrc[on] = i;
				first = 1;
			}
			on += olen;
		}
	}
	f->n = on;
	fold_grow(f, 0);
	f->s[f->n] = '\0';
#undef FOLD_LOAD
#undef FOLD_ROOM
}

char *
dict_fold(const char *s, size_t n)
{
	struct fold f = { 0 };
	char *r;

	fold_text(&f, s, n, 0, NULL);
	r = xstrndup(f.s ? f.s : "", f.n);
	free(f.s);
	free(f.src);
	free(f.flag);
	return r;
}

/* The trie. */

dict *
dict_new(void)
{
	dict *d = xcalloc(1, sizeof *d);

	d->capnode = 1024;
	d->node = xmalloc(d->capnode * sizeof *d->node);
	d->node[0] = (struct node){ NONE, NONE, -1, 0, 0 };
	d->nnode = 1;
	d->conflict = -1;
	return d;
}

void
dict_free(dict *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->nent; i++) {
		free(d->ent[i].surface);
		free(d->ent[i].lang);
		free(d->ent[i].id);
		free(d->ent[i].cls);
		free(d->ent[i].file);
	}
	free(d->ent);
	free(d->node);
	free(d->edge);
	free(d->enode);
	free(d->dense);
	free(d->first);
	free(d->short1);
	free(d->pair);
	free(d->short2);
	free(d->triple);
	free(d->fold.s);
	free(d->fold.src);
	free(d->fold.flag);
	free(d->fcache);
	free(d->term);
	free(d);
}

static uint32_t
trie_insert(dict *d, const char *key, size_t n)
{
	uint32_t cur = 0, c, prev;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)key[i];

		prev = NONE;
		for (c = d->node[cur].child; c != NONE && d->node[c].b < b; c = d->node[c].sib)
			prev = c;
		if (c == NONE || d->node[c].b != b) {
			if (d->nnode == d->capnode) {
				d->capnode *= 2;
				d->node = xrealloc(d->node, d->capnode * sizeof *d->node);
			}
			/* Siblings stay sorted by byte: freezing keeps their order. */
			d->node[d->nnode] = (struct node){ NONE, c, -1, b, 0 };
			if (prev == NONE)
				d->node[cur].child = (uint32_t)d->nnode;
			else
				d->node[prev].sib = (uint32_t)d->nnode;
			c = (uint32_t)d->nnode++;
		}
		cur = c;
	}
	return cur;
}

static void
lang_base(const char *lang, char base[4])
{
	size_t k;

	for (k = 0; k < 3 && lang[k] && lang[k] != '-' && lang[k] != '_'; k++)
		base[k] = (char)((lang[k] >= 'A' && lang[k] <= 'Z') ? lang[k] - 'A' + 'a' : lang[k]);
	base[k] = '\0';
	if (strcmp(base, "*") == 0)
		base[0] = '\0';
}

static int
is_upper(uint32_t cp)
{
	int c = utf8proc_category((utf8proc_int32_t)cp);

	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/*
 * How a name must be written in the text: a name of Latin script that the
 * map writes Capitalised must start with a capital there too (1: "Apple"
 * is not "apple juice"), and one written in CAPITALS, an acronym, must be
 * in capitals (2: "MIT" is not the German "mit").  Other entries: 0.
 */
/* Names of places and organisations, which match in text of any language. */
static int
is_name_class(const char *cls)
{
	return strcmp(cls, "city") == 0 || strcmp(cls, "region") == 0 || strcmp(cls, "area") == 0 ||
	       strcmp(cls, "org") == 0;
}

static int
surface_cap(const char *s, const char *cls)
{
	uint32_t cp;
	size_t i, len, n = strlen(s);
	int upper = 0, lower = 0;

	if (!is_name_class(cls))
		return 0;
	if (utf8_decode(s, n, &cp) == 0 || !is_upper(cp) || lex_east_asian(cp))
		return 0;
	for (i = 0; i < n; i += len) {
		len = utf8_decode(s + i, n - i, &cp);
		if (len == 0)
			return 1;
		if (is_upper(cp))
			upper++;
		else if (utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL)
			lower++;
	}
	return upper >= 2 && lower == 0 ? 2 : 1;
}

/* Whether bytes A to B of T are written as entry E asks (see surface_cap()). */
static int
cap_ok(const struct ent *e, const char *t, size_t a, size_t b)
{
	uint32_t cp;
	size_t len;

	if (e->cap == 0)
		return 1;
	if (utf8_decode(t + a, b - a, &cp) == 0 || !is_upper(cp))
		return 0;
	if (e->cap == 1)
		return 1;
	for (; a < b; a += len) {
		len = utf8_decode(t + a, b - a, &cp);
		if (len == 0)
			len = 1;
		else if (utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL)
			return 0;
	}
	return 1;
}

/* Puts an entry on node N; returns a dict_add() result. */
static int
node_add(dict *d, uint32_t n, const char *surface, const char *lang, const char *id,
         const char *cls, const char *file, long long line, int variant)
{
	struct ent *e;
	int32_t k, replaced = -1;
	int stop = strcmp(id, "-") == 0;

	if (stop) {
		for (k = d->node[n].ent; k >= 0; k = d->ent[k].next)
			if (!d->ent[k].dead && !variant) {
				d->ent[k].dead = 1;
				replaced = k;
			}
		if (variant)
			return DICT_SAME;
		d->node[n].stop = 1;
		d->conflict = replaced;
		return replaced >= 0 ? DICT_REPLACED : DICT_ADDED;
	}
	for (k = d->node[n].ent; k >= 0; k = d->ent[k].next) {
		e = &d->ent[k];
		if (e->dead || strcmp(e->cls, cls) != 0)
			continue;
		if (strcmp(e->id, id) == 0) {
			char base[4];

			lang_base(lang, base);
			if (strcmp(e->base, base) == 0 || e->name || e->base[0] == '\0') {
				if (e->variant && !variant)
					e->variant = 0;
				if (surface_cap(surface, cls) < e->cap)
					e->cap = (unsigned char)surface_cap(surface, cls);
				return DICT_SAME;
			}
			continue;
		}
		/* An accent-free twin never replaces what was written as such. */
		if (variant)
			return DICT_SAME;
		e->dead = 1;
		replaced = k;
	}
	if (d->node[n].stop && variant)
		return DICT_SAME;
	d->node[n].stop = 0;
	if (d->nent == d->capent) {
		d->capent = d->capent ? d->capent * 2 : 1024;
		d->ent = xrealloc(d->ent, d->capent * sizeof *d->ent);
	}
	e = &d->ent[d->nent];
	e->surface = xstrdup(surface);
	e->lang = xstrdup(lang);
	e->id = xstrdup(id);
	e->cls = xstrdup(cls);
	e->file = xstrdup(file ? file : "-");
	e->line = line;
	e->dead = 0;
	e->variant = (unsigned char)variant;
	e->name = is_name_class(cls);
	lang_base(lang, e->base);
	e->cap = (unsigned char)surface_cap(surface, cls);
	/* Chinese words cannot be mistaken for words of another language. */
	if (strcmp(e->base, "zh") == 0)
		e->name = 1;
	/* Append, so that terms of one span come in the order they were added. */
	e->next = -1;
	if (d->node[n].ent < 0)
		d->node[n].ent = (int32_t)d->nent;
	else {
		for (k = d->node[n].ent; d->ent[k].next >= 0; k = d->ent[k].next)
			;
		d->ent[k].next = (int32_t)d->nent;
	}
	d->nent++;
	d->conflict = replaced;
	return replaced >= 0 ? DICT_REPLACED : DICT_ADDED;
}

/* Folds S for use as a key: no leading or trailing space. */
static char *
fold_key(const char *s, int strip, size_t *len)
{
	struct fold f = { 0 };
	size_t a = 0, b;
	char *r;

	fold_text(&f, s, strlen(s), strip, NULL);
	b = f.n;
	while (a < b && f.s[a] == ' ')
		a++;
	while (b > a && f.s[b - 1] == ' ')
		b--;
	r = xstrndup(f.s ? f.s + a : "", b - a);
	*len = b - a;
	free(f.s);
	free(f.src);
	free(f.flag);
	return r;
}

static int
ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

int
dict_add(dict *d, const char *surface, const char *lang, const char *id, const char *cls,
         const char *file, long long line)
{
	char clsbuf[64], *key, *key2;
	const char *colon;
	size_t n, n2;
	int r;
	int32_t conflict;

	if (d->frozen)
		die("dict_add after dict_match");
	if (!cls || !*cls) {
		if (strcmp(id, "-") == 0)
			cls = "stop";
		else {
			colon = strchr(id, ':');
			n = colon ? (size_t)(colon - id) : strlen(id);
			if (n >= sizeof clsbuf)
				n = sizeof clsbuf - 1;
			memcpy(clsbuf, id, n);
			clsbuf[n] = '\0';
			cls = clsbuf;
		}
	}
	key = fold_key(surface, 0, &n);
	if (n == 0) {
		free(key);
		return DICT_EMPTY;
	}
	r = node_add(d, trie_insert(d, key, n), surface, lang, id, cls, file, line, 0);
	conflict = d->conflict;
	/* The accent-free twin; only a surface beyond ASCII can have accents. */
	if (strcmp(cls, "cue") != 0 && !ascii(surface)) {
		key2 = fold_key(surface, 1, &n2);
		if (n2 > 0 && (n2 != n || memcmp(key, key2, n) != 0))
			(void)node_add(d, trie_insert(d, key2, n2), surface, lang, id, cls, file, line, 1);
		free(key2);
	}
	d->conflict = conflict;
	free(key);
	return r;
}

void
dict_conflict(const dict *d, const char **id, const char **file, long long *line)
{
	if (d->conflict < 0) {
		*id = *file = "";
		*line = 0;
		return;
	}
	*id = d->ent[d->conflict].id;
	*file = d->ent[d->conflict].file;
	*line = d->ent[d->conflict].line;
}

long long
dict_count(const dict *d, const char *cls)
{
	long long n = 0;
	size_t i;

	for (i = 0; i < d->nent; i++)
		if (!d->ent[i].dead && !d->ent[i].variant && (!cls || strcmp(d->ent[i].cls, cls) == 0))
			n++;
	return n;
}

void
dict_each(const dict *d, void (*fn)(const struct dict_entry_info *e, void *ctx), void *ctx)
{
	struct dict_entry_info info;
	size_t i;

	for (i = 0; i < d->nent; i++) {
		const struct ent *e = &d->ent[i];

		if (e->dead || e->variant)
			continue;
		info = (struct dict_entry_info){ e->surface, e->lang, e->id, e->cls, e->file, e->line };
		fn(&info, ctx);
	}
}

/* CSV maps. */

enum { MAXCOL = 32 };

struct csvload {
	dict *d;
	const char *file;
	long long line;
	int check;
	char *field[MAXCOL];
	int nfield, extra;
	int header;                     /* the header row has been read */
	int ncol, csurf, clang, cid, ccls;
	long long added;
	int fatal;                      /* the header is unusable */
};

static void
csv_field(void *s, size_t len, void *data)
{
	struct csvload *c = data;

	if (c->nfield < MAXCOL)
		c->field[c->nfield++] = xstrndup(s ? s : "", s ? len : 0);
	else
		c->extra++;
}

static int
colindex(struct csvload *c, const char *name)
{
	int k;

	for (k = 0; k < c->nfield; k++)
		if (strcmp(c->field[k], name) == 0)
			return k;
	return -1;
}

static void
row_clear(struct csvload *c)
{
	int k;

	for (k = 0; k < c->nfield; k++)
		free(c->field[k]);
	c->nfield = c->extra = 0;
}

static void
csv_row(int term, void *data)
{
	struct csvload *c = data;
	const char *surf, *lang, *id, *cls, *colon, *oid, *ofile;
	long long oline;
	int r;

	(void)term;
	if (c->fatal)
		goto out;
	if (c->nfield == 1 && c->field[0][0] == '\0')
		goto out;
	if (!c->header) {
		c->header = 1;
		c->ncol = c->nfield;
		c->csurf = colindex(c, "surface");
		c->clang = colindex(c, "lang");
		c->cid = colindex(c, "id");
		c->ccls = colindex(c, "class");
		if (c->csurf < 0 || c->clang < 0 || c->cid < 0) {
			die_at(c->file, c->line, "header lacks column \"%s\" (want surface,lang,id)",
			       c->csurf < 0 ? "surface" : c->clang < 0 ? "lang" : "id");
			c->fatal = 1;
		}
		goto out;
	}
	if (c->nfield + c->extra != c->ncol) {
		die_at(c->file, c->line, "row has %d fields, the header %d", c->nfield + c->extra, c->ncol);
		goto out;
	}
	surf = c->field[c->csurf];
	lang = c->field[c->clang];
	id = c->field[c->cid];
	cls = c->ccls >= 0 ? c->field[c->ccls] : "";
	if (!*surf || !*id) {
		die_at(c->file, c->line, "empty %s", *surf ? "id" : "surface");
		goto out;
	}
	colon = strchr(id, ':');
	if (strcmp(id, "-") != 0) {
		if (!colon && !*cls) {
			die_at(c->file, c->line, "id \"%s\" has no class (want CLASS:NAME or a class column)", id);
			goto out;
		}
		if (colon && (colon == id || !colon[1])) {
			die_at(c->file, c->line, "malformed id \"%s\"", id);
			goto out;
		}
		if (colon && *cls && (strlen(cls) != (size_t)(colon - id) || strncmp(cls, id, strlen(cls)) != 0)) {
			die_at(c->file, c->line, "id \"%s\" is not of class \"%s\"", id, cls);
			goto out;
		}
	}
	if (!colon && *cls && strcmp(id, "-") != 0) {
		/* A class column with a bare name: the id is CLASS:NAME. */
		size_t n = strlen(cls) + strlen(id) + 2;
		char *full = xmalloc(n);

		snprintf(full, n, "%s:%s", cls, id);
		r = dict_add(c->d, surf, lang, full, cls, c->file, c->line);
		free(full);
	} else
		r = dict_add(c->d, surf, lang, id, cls, c->file, c->line);
	if (r == DICT_EMPTY) {
		die_at(c->file, c->line, "surface \"%s\" is empty once folded", surf);
		goto out;
	}
	if (r == DICT_REPLACED && c->check) {
		dict_conflict(c->d, &oid, &ofile, &oline);
		die_at(c->file, c->line, "\"%s\" -> \"%s\" replaces \"%s\" of %s:%lld", surf, id, oid,
		       ofile, oline);
	}
	if (r == DICT_ADDED || r == DICT_REPLACED)
		c->added++;
out:
	row_clear(c);
}

long long
dict_load_csv(dict *d, const char *path, int check)
{
	struct csv_parser p;
	struct csvload c;
	cf_input *in;
	char *line;
	size_t len;
	int rc;

	in = in_open(path);
	if (!in)
		return -1;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.file = in_name(in);
	c.check = check;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		die("out of memory");
	while ((rc = in_getline(in, &line, &len)) > 0 && !c.fatal) {
		c.line = in_lineno(in);
		if (csv_parse(&p, line, len, csv_field, csv_row, &c) != len ||
		    csv_parse(&p, "\n", 1, csv_field, csv_row, &c) != 1) {
			die_at(c.file, c.line, "bad CSV: %s", csv_strerror(csv_error(&p)));
			/* Start afresh on the next line. */
			csv_free(&p);
			row_clear(&c);
			if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
				die("out of memory");
		}
	}
	if (csv_fini(&p, csv_field, csv_row, &c) != 0)
		die_at(c.file, c.line, "bad CSV at the end: %s", csv_strerror(csv_error(&p)));
	row_clear(&c);
	csv_free(&p);
	if (!c.header && !c.fatal)
		die_at(c.file, 0, "no header row (want surface,lang,id)");
	in_close(in);
	return c.added;
}

static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
dict_load_dir(dict *d, const char *dir, int check)
{
	DIR *dp;
	struct dirent *de;
	char **names = NULL, *path;
	size_t n = 0, cap = 0, i, len;
	int nfile = 0;

	dp = opendir(dir);
	if (!dp)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.')
			continue;
		if (!((len > 4 && strcmp(de->d_name + len - 4, ".csv") == 0) ||
		      (len > 7 && strcmp(de->d_name + len - 7, ".csv.gz") == 0)))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			names = xrealloc(names, cap * sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (n)
		qsort(names, n, sizeof *names, namecmp);
	for (i = 0; i < n; i++) {
		len = strlen(dir) + strlen(names[i]) + 2;
		path = xmalloc(len);
		snprintf(path, len, "%s/%s", dir, names[i]);
		if (dict_load_csv(d, path, check) >= 0)
			nfile++;
		free(path);
		free(names[i]);
	}
	free(names);
	return nfile;
}

/* Matching. */

static inline uint32_t
bloom_hash(uint32_t a, uint32_t b, uint32_t c)
{
	return (a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ c * 0xC2B2AE3Du) >> (32 - BLOOM_BITS);
}

#define BIT_SET(v, k) ((v)[(k) >> 6] |= (uint64_t)1 << ((k) & 63))
#define BIT_GET(v, k) ((v)[(k) >> 6] >> ((k) & 63) & 1)

/*
 * Fills the prefilter from node N, reached by NCP whole code points (the
 * first ones in CPS), then the bytes of one more so far: CP, with LEFT
 * bytes still to come.
 */
static void
filter_walk(dict *d, uint32_t n, int ncp, const uint32_t cps[2], uint32_t cp, int left)
{
	uint32_t c, v, next[2];
	unsigned char b;
	int l, end;

	for (c = d->node[n].child; c != NONE; c = d->node[c].sib) {
		b = d->node[c].b;
		if (left == 0) {
			l = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
			v = b < 0x80 ? b : b < 0xE0 ? b & 0x1Fu : b < 0xF0 ? b & 0x0Fu : b & 0x07u;
		} else {
			l = left - 1;
			v = cp << 6 | (b & 0x3Fu);
		}
		if (l > 0) {
			filter_walk(d, c, ncp, cps, v, l);
			continue;
		}
		end = d->node[c].ent >= 0 || d->node[c].stop;
		if (ncp == 2) {
			BIT_SET(d->triple, bloom_hash(cps[0], cps[1], v));
			continue;
		}
		if (ncp == 1) {
			BIT_SET(d->pair, bloom_hash(cps[0], v, 0));
			if (end)
				BIT_SET(d->short2, bloom_hash(cps[0], v, 0));
			next[0] = cps[0];
			next[1] = v;
			filter_walk(d, c, 2, next, 0, 0);
			continue;
		}
		if (v > 0xFFFF) {
			d->astral = 1;
			continue;
		}
		BIT_SET(d->first, v);
		if (end)
			BIT_SET(d->short1, v);
		next[0] = v;
		next[1] = 0;
		filter_walk(d, c, 1, next, 0, 0);
	}
}

static void
freeze(dict *d)
{
	uint32_t *eoff, *dix, c, leaf;
	size_t k, ne = 0, nd = 0, e, j;

	/* Edges grouped by parent, in node order; siblings stay sorted by byte. */
	eoff = xmalloc((d->nnode + 1) * sizeof *eoff);
	dix = xmalloc(d->nnode * sizeof *dix);
	d->edge = xmalloc((d->nnode ? d->nnode : 1) * sizeof *d->edge);
	d->enode = xmalloc((d->nnode ? d->nnode : 1) * sizeof *d->enode);
	for (k = 0; k < d->nnode; k++) {
		eoff[k] = (uint32_t)ne;
		for (c = d->node[k].child; c != NONE; c = d->node[c].sib) {
			d->edge[ne] = (struct edge){ 0, 0, 0, d->node[c].b, d->node[c].ent >= 0 || d->node[c].stop ? E_END : 0 };
			d->enode[ne++] = c;
		}
		dix[k] = k == 0 || ne - eoff[k] >= DENSE_MIN ? (uint32_t)nd++ : NONE;
	}
	eoff[d->nnode] = (uint32_t)ne;
	leaf = (uint32_t)nd++;
	d->dense = xmalloc(nd * 256 * sizeof *d->dense);
	for (j = 0; j < nd * 256; j++)
		d->dense[j] = NONE;
	for (k = 0; k < d->nnode; k++)
		if (dix[k] != NONE)
			for (e = eoff[k]; e < eoff[k + 1]; e++)
				d->dense[(size_t)dix[k] * 256 + d->edge[e].b] = (uint32_t)e;
	for (e = 0; e < ne; e++) {
		c = d->enode[e];
		d->edge[e].nkid = (uint16_t)(eoff[c + 1] - eoff[c]);
		if (dix[c] != NONE || d->edge[e].nkid == 0) {
			d->edge[e].kids = dix[c] != NONE ? dix[c] : leaf;
			d->edge[e].flags |= E_DENSE;
			continue;
		}
		d->edge[e].kids = eoff[c];
		for (j = 0; j < 8; j++)
			d->edge[e].kb |= (uint64_t)d->edge[eoff[c] + (j < d->edge[e].nkid ? j : 0)].b << (8 * j);
	}
	d->root = (struct edge){ 0, dix[0], (uint16_t)(eoff[1] - eoff[0]), 0, E_DENSE };
	free(eoff);
	free(dix);

	d->first = xcalloc(0x10000 / 64, sizeof *d->first);
	d->short1 = xcalloc(0x10000 / 64, sizeof *d->short1);
	d->pair = xcalloc(((size_t)1 << BLOOM_BITS) / 64, sizeof *d->pair);
	d->short2 = xcalloc(((size_t)1 << BLOOM_BITS) / 64, sizeof *d->short2);
	d->triple = xcalloc(((size_t)1 << BLOOM_BITS) / 64, sizeof *d->triple);
	filter_walk(d, 0, 0, (const uint32_t[2]){ 0, 0 }, 0, 0);
	d->frozen = 1;
}

#define LANES(b) ((uint64_t)(b) * 0x0101010101010101u)

/* The edge from the node that edge P reaches, on byte B, or NULL. */
static inline const struct edge *
step(const dict *d, const struct edge *p, unsigned char b)
{
	uint64_t x, t;
	uint32_t k;

	if (p->flags & E_DENSE) {
		k = d->dense[(size_t)p->kids * 256 + b];
		return k == NONE ? NULL : &d->edge[k];
	}
	/* The lowest lane of kb that holds B (a lane above it may be a false hit). */
	x = p->kb ^ LANES(b);
	t = (x - LANES(1)) & ~x & LANES(0x80);
	return t ? &d->edge[p->kids + (uint32_t)(__builtin_ctzll(t) >> 3)] : NULL;
}

/* The code point of folded text at S (a start: never mid-sequence), or NONE for a bad byte. */
static inline size_t
folded_cp(const unsigned char *s, uint32_t *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] < 0xE0) {
		*cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] < 0xF0) {
		*cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		return 3;
	}
	if (s[0] < 0xF8) {
		*cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
		      (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
		return 4;
	}
	*cp = NONE;
	return 1;
}

/* Whether a surface can begin at byte I of folded text F (see BLOOM_BITS). */
static inline int
may_start(const dict *d, const struct fold *f, size_t i)
{
	const unsigned char *s = (const unsigned char *)f->s;
	uint32_t a, b, c;
	size_t len;

	len = folded_cp(s + i, &a);
	if (a > 0xFFFF)
		return a != NONE && d->astral;
	if (!BIT_GET(d->first, a))
		return 0;
	if (BIT_GET(d->short1, a))
		return 1;
	i += len;
	if (i >= f->n)
		return 0;
	i += folded_cp(s + i, &b);
	if (b == NONE || !BIT_GET(d->pair, bloom_hash(a, b, 0)))
		return 0;
	if (BIT_GET(d->short2, bloom_hash(a, b, 0)))
		return 1;
	if (i >= f->n)
		return 0;
	folded_cp(s + i, &c);
	return c != NONE && BIT_GET(d->triple, bloom_hash(a, b, c));
}

/* Whether entry E applies to bytes A to B of T, in a seg of language BASE. */
static int
applies(const struct ent *e, const char *base, const char *t, size_t a, size_t b)
{
	return !e->dead && (e->name || !*base || !e->base[0] || strcmp(e->base, base) == 0) &&
	       cap_ok(e, t, a, b);
}

static int
node_applies(const dict *d, uint32_t n, const char *base, const char *t, size_t a, size_t b)
{
	int32_t k;

	if (d->node[n].stop)
		return 1;
	for (k = d->node[n].ent; k >= 0; k = d->ent[k].next)
		if (applies(&d->ent[k], base, t, a, b))
			return 1;
	return 0;
}

/*
 * Walks the trie from byte I of the fold, a start; appends the terms of
 * the longest surface that applies there and returns where it ends in
 * the fold, or 0 when none does.
 */
static size_t
match_at(dict *d, size_t i, const char *base, const char *text, size_t n)
{
	const struct fold *f = &d->fold;
	const struct edge *e = &d->root;
	size_t j, best = 0, start, end;
	uint32_t node, bestnode = 0;
	int32_t k;

	for (j = i; j < f->n; j++) {
		e = step(d, e, (unsigned char)f->s[j]);
		if (!e)
			break;
		if (!(e->flags & E_END))
			continue;
		node = d->enode[e - d->edge];
		if (j + 1 < f->n && !(f->flag[j + 1] & F_HEAD))
			continue;
		if (j + 1 < f->n && (f->flag[j] & F_WORD) && (f->flag[j + 1] & F_WORD))
			continue;
		if (node_applies(d, node, base, text, f->src[i], j + 1 < f->n ? f->src[j + 1] : n)) {
			best = j + 1;
			bestnode = node;
		}
	}
	if (!best || d->node[bestnode].stop)
		return best;
	start = f->src[i];
	end = best < f->n ? f->src[best] : n;
	for (k = d->node[bestnode].ent; k >= 0; k = d->ent[k].next) {
		if (!applies(&d->ent[k], base, text, start, end))
			continue;
		if (d->nterm == d->capterm) {
			d->capterm = d->capterm ? d->capterm * 2 : 16;
			d->term = xrealloc(d->term, d->capterm * sizeof *d->term);
		}
		d->term[d->nterm++] = (struct dict_term){ start, end, d->ent[k].id, d->ent[k].cls };
	}
	return best;
}

size_t
dict_match(dict *d, const char *text, size_t n, const char *lang, const struct dict_term **out)
{
	struct fold *f = &d->fold;
	char base[4];
	size_t i, c8, next, best;
	uint64_t w, m, prev;

	if (!d->frozen)
		freeze(d);
	lang_base(lang ? lang : "", base);
	fold_reset(f);
	if (!d->fcache)
		d->fcache = xcalloc(0x10000, sizeof *d->fcache);
	fold_text(f, text, n, 0, d->fcache);
	fold_grow(f, 8);
	memset(f->flag + f->n, 0, 8);
	d->nterm = 0;
	/*
	 * The starts are the first bytes of characters, but not inside a
	 * word; eight flags at a time, the starts among them as bits of M.
	 * After a match, the next start is at its end (leftmost-longest).
	 */
	for (c8 = 0, prev = 0, next = 0; c8 < f->n; c8 += 8) {
		memcpy(&w, f->flag + c8, 8);
		m = w & ~((w & (w << 8 | prev)) >> 1) & LANES(F_HEAD);
		prev = w >> 56;
		for (; m; m &= m - 1) {
			i = c8 + (size_t)(__builtin_ctzll(m) >> 3);
			if (i >= next && may_start(d, f, i) && (best = match_at(d, i, base, text, n)) > 0)
				next = best;
		}
	}
	*out = d->term;
	return d->nterm;
}
