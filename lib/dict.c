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

struct edge {
	unsigned char b;
	uint32_t to;
};

struct dict {
	struct node *node;
	size_t nnode, capnode;
	struct ent *ent;
	size_t nent, capent;
	int frozen;
	uint32_t *eoff;        /* frozen: edges of node k are eoff[k]..eoff[k+1] */
	struct edge *edge;
	struct fold fold;      /* reused for text */
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
fold_byte(struct fold *f, unsigned char c, size_t src, int flag)
{
	if (f->n + 1 >= f->cap) {
		f->cap = f->cap ? f->cap * 2 : 256;
		f->s = xrealloc(f->s, f->cap);
		f->src = xrealloc(f->src, f->cap * sizeof *f->src);
		f->flag = xrealloc(f->flag, f->cap);
	}
	f->s[f->n] = (char)c;
	f->src[f->n] = src;
	f->flag[f->n] = (unsigned char)flag;
	f->n++;
	f->s[f->n] = '\0';
}

static int
is_cjk(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF65 && cp <= 0xFFDC) ||
	       (cp >= 0x20000 && cp <= 0x3FFFF);
}

static int
is_word(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (is_cjk(cp))
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

/* Emits the folded form of one character CP (from SRC); *FIRST is set after the first byte. */
static void
fold_emit(struct fold *f, uint32_t cp, size_t src, int *first)
{
	char buf[4];
	size_t k, len;
	int flag;

	cp = fold_punct(cp);
	if (cp == 0)
		return;
	if (cp == ' ' && (f->n == 0 || f->s[f->n - 1] == ' '))
		return;
	cp = hans_char(cp);
	flag = is_word(cp) ? F_WORD : 0;
	len = utf8_encode(cp, buf);
	for (k = 0; k < len; k++) {
		fold_byte(f, (unsigned char)buf[k], src, flag | (*first ? 0 : F_HEAD));
		*first = 1;
	}
}

/* Appends the fold of S (N bytes) to F; STRIP drops accents and other marks. */
static void
fold_text(struct fold *f, const char *s, size_t n, int strip)
{
	utf8proc_int32_t dec[32];
	utf8proc_ssize_t nd, k;
	uint32_t cp;
	size_t i, len;
	int first, bc, opt;

	opt = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | (strip ? UTF8PROC_STRIPMARK : 0);
	for (i = 0; i < n; i += len) {
		unsigned char c = (unsigned char)s[i];

		first = 0;
		if (c < 0x80) {
			len = 1;
			if (c >= 'A' && c <= 'Z')
				c = (unsigned char)(c - 'A' + 'a');
			fold_emit(f, c, i, &first);
			continue;
		}
		len = utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			/* 0xFF occurs in no entry: bad bytes never match. */
			len = 1;
			fold_byte(f, 0xFF, i, F_HEAD);
			continue;
		}
		if (fold_punct(cp) != cp || hans_char(cp) != cp) {
			fold_emit(f, cp, i, &first);
			continue;
		}
		bc = 0;
		nd = utf8proc_decompose_char((utf8proc_int32_t)cp, dec, 32, opt, &bc);
		if (nd < 0 || nd > 32) {
			fold_emit(f, cp, i, &first);
			continue;
		}
		for (k = 0; k < nd; k++)
			fold_emit(f, (uint32_t)dec[k], i, &first);
	}
}

char *
dict_fold(const char *s, size_t n)
{
	struct fold f = { 0 };
	char *r;

	fold_text(&f, s, n, 0);
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
	free(d->eoff);
	free(d->edge);
	free(d->fold.s);
	free(d->fold.src);
	free(d->fold.flag);
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
static int
surface_cap(const char *s, const char *cls)
{
	uint32_t cp;
	size_t i, len, n = strlen(s);
	int upper = 0, lower = 0;

	if (strcmp(cls, "city") != 0 && strcmp(cls, "area") != 0 && strcmp(cls, "org") != 0)
		return 0;
	if (utf8_decode(s, n, &cp) == 0 || !is_upper(cp) || is_cjk(cp))
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
	e->name = strcmp(cls, "city") == 0 || strcmp(cls, "area") == 0 || strcmp(cls, "org") == 0;
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

	fold_text(&f, s, strlen(s), strip);
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
			bad_at(c->file, c->line, "header lacks column \"%s\" (want surface,lang,id)",
			       c->csurf < 0 ? "surface" : c->clang < 0 ? "lang" : "id");
			c->fatal = 1;
		}
		goto out;
	}
	if (c->nfield + c->extra != c->ncol) {
		bad_at(c->file, c->line, "row has %d fields, the header %d", c->nfield + c->extra, c->ncol);
		goto out;
	}
	surf = c->field[c->csurf];
	lang = c->field[c->clang];
	id = c->field[c->cid];
	cls = c->ccls >= 0 ? c->field[c->ccls] : "";
	if (!*surf || !*id) {
		bad_at(c->file, c->line, "empty %s", *surf ? "id" : "surface");
		goto out;
	}
	colon = strchr(id, ':');
	if (strcmp(id, "-") != 0) {
		if (!colon && !*cls) {
			bad_at(c->file, c->line, "id \"%s\" has no class (want CLASS:NAME or a class column)", id);
			goto out;
		}
		if (colon && (colon == id || !colon[1])) {
			bad_at(c->file, c->line, "malformed id \"%s\"", id);
			goto out;
		}
		if (colon && *cls && (strlen(cls) != (size_t)(colon - id) || strncmp(cls, id, strlen(cls)) != 0)) {
			bad_at(c->file, c->line, "id \"%s\" is not of class \"%s\"", id, cls);
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
		bad_at(c->file, c->line, "surface \"%s\" is empty once folded", surf);
		goto out;
	}
	if (r == DICT_REPLACED && c->check) {
		dict_conflict(c->d, &oid, &ofile, &oline);
		bad_at(c->file, c->line, "\"%s\" -> \"%s\" replaces \"%s\" of %s:%lld", surf, id, oid,
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
			bad_at(c.file, c.line, "bad CSV: %s", csv_strerror(csv_error(&p)));
			/* Start afresh on the next line. */
			csv_free(&p);
			row_clear(&c);
			if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
				die("out of memory");
		}
	}
	if (csv_fini(&p, csv_field, csv_row, &c) != 0)
		bad_at(c.file, c.line, "bad CSV at the end: %s", csv_strerror(csv_error(&p)));
	row_clear(&c);
	csv_free(&p);
	if (!c.header && !c.fatal)
		bad_at(c.file, 0, "no header row (want surface,lang,id)");
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

static void
freeze(dict *d)
{
	size_t k, ne = 0;
	uint32_t c;

	d->eoff = xmalloc((d->nnode + 1) * sizeof *d->eoff);
	d->edge = xmalloc((d->nnode ? d->nnode : 1) * sizeof *d->edge);
	for (k = 0; k < d->nnode; k++) {
		d->eoff[k] = (uint32_t)ne;
		for (c = d->node[k].child; c != NONE; c = d->node[c].sib)
			d->edge[ne++] = (struct edge){ d->node[c].b, c };
	}
	d->eoff[d->nnode] = (uint32_t)ne;
	d->frozen = 1;
}

static uint32_t
step(const dict *d, uint32_t n, unsigned char b)
{
	uint32_t lo = d->eoff[n], hi = d->eoff[n + 1], mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->edge[mid].b == b)
			return d->edge[mid].to;
		if (d->edge[mid].b < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NONE;
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

size_t
dict_match(dict *d, const char *text, size_t n, const char *lang, const struct dict_term **out)
{
	struct fold *f = &d->fold;
	char base[4];
	size_t i, j, best, start, end;
	uint32_t node, bestnode = 0;
	int32_t k;

	if (!d->frozen)
		freeze(d);
	lang_base(lang ? lang : "", base);
	fold_reset(f);
	fold_text(f, text, n, 0);
	d->nterm = 0;
	for (i = 0; i < f->n; i++) {
		if (!(f->flag[i] & F_HEAD))
			continue;
		if ((f->flag[i] & F_WORD) && i > 0 && (f->flag[i - 1] & F_WORD))
			continue;
		node = 0;
		best = 0;
		for (j = i; j < f->n; j++) {
			node = step(d, node, (unsigned char)f->s[j]);
			if (node == NONE)
				break;
			if (d->node[node].ent < 0 && !d->node[node].stop)
				continue;
			if (j + 1 < f->n && !(f->flag[j + 1] & F_HEAD))
				continue;
			if (j + 1 < f->n && (f->flag[j] & F_WORD) && (f->flag[j + 1] & F_WORD))
				continue;
			if (node_applies(d, node, base, text, f->src[i], j + 1 < f->n ? f->src[j + 1] : n)) {
				best = j + 1;
				bestnode = node;
			}
		}
		if (!best)
			continue;
		start = f->src[i];
		end = best < f->n ? f->src[best] : n;
		if (!d->node[bestnode].stop) {
			for (k = d->node[bestnode].ent; k >= 0; k = d->ent[k].next) {
				if (!applies(&d->ent[k], base, text, start, end))
					continue;
				if (d->nterm == d->capterm) {
					d->capterm = d->capterm ? d->capterm * 2 : 16;
					d->term = xrealloc(d->term, d->capterm * sizeof *d->term);
				}
				d->term[d->nterm++] = (struct dict_term){ start, end, d->ent[k].id, d->ent[k].cls };
			}
		}
		i = best - 1;
	}
	*out = d->term;
	return d->nterm;
}
