/*
 * cf-translate-map: finds known terms in each seg and names them
 * canonically.
 *
 * Reads NDJSON records; to every seg it adds "terms", the surface forms of
 * its text found in the maps, each {"start","end","text","id","class"}
 * with byte offsets relative to the seg's text, in order of start
 * (leftmost-longest; see lib/dict.h).  Every other record passes through
 * unchanged.  The maps are CSV files, one per class (lib/maps/cities.csv,
 * areas.csv, organizations.csv, metrics.csv, cues.csv, and stop.csv for
 * surfaces that must yield nothing); -m adds files whose entries override
 * them.  The dictionary is held in memory; records are not.
 *
 * With --unmapped it writes no records but a table of the capitalised
 * phrases and CJK runs found next to quantities that no entry covers, most
 * frequent first, so that a curator can grow the maps from a corpus.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "cli.h"
#include "dict.h"
#include "die.h"
#include "hash.h"
#include "jtext.h"
#include "lex.h"
#include "ndjson.h"
#include "seg.h"
#include "utf8.h"

#ifndef CF_MAPDIR
#define CF_MAPDIR "/usr/local/share/cityfacts/maps"
#endif

static const char usage[] =
	"cf-translate-map [-M dir] [-m map.csv]... [--unmapped [-n N]] [--list] [--check-maps] [file ...]";

static const char help[] =
	"usage: cf-translate-map [-M dir] [-m map.csv]... [--unmapped [-n N]] [--list] [--check-maps] [file ...]\n"
	"Adds \"terms\" (known cities, areas, organizations, metrics and cues, with\n"
	"their canonical ids) to every seg record; other records pass through.\n"
	"\n"
	"  -M, --maps DIR       read the maps (*.csv) from DIR (default: $CF_MAPS, else\n"
	"                       lib/maps or ../share/cityfacts/maps beside the program,\n"
	"                       else " CF_MAPDIR ")\n"
	"  -m, --map FILE       also read FILE.csv; its entries override the maps (repeatable)\n"
	"  -u, --unmapped       write no records, but the most frequent phrases next to\n"
	"                       quantities that no entry covers: count<TAB>lang<TAB>phrase\n"
	"  -n, --top N          with --unmapped: at most N lines (default 100, 0: all)\n"
	"  -l, --list           print every entry loaded (surface<TAB>lang<TAB>id<TAB>class) and exit\n"
	"  -c, --check-maps     report surfaces with two ids of one class; print entries\n"
	"                       and ids per class (class<TAB>entries<TAB>ids) and exit\n" CLI_HELP;

static const struct option longopts[] = {
	{ "check-maps", no_argument, NULL, 'c' },
	{ "list", no_argument, NULL, 'l' },
	{ "map", required_argument, NULL, 'm' },
	{ "maps", required_argument, NULL, 'M' },
	{ "top", required_argument, NULL, 'n' },
	{ "unmapped", no_argument, NULL, 'u' },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 },
};

/* --unmapped: phrase counts, in an open-addressing hash table. */
struct cand {
	char *key;   /* "lang\tphrase" */
	long long n;
};

struct ctx {
	dict *d;
	int uflag;
	struct jtext out;    /* a seg's terms as JSON text */
	struct cand *tab;
	size_t ntab, captab;
};

static void
cand_add(struct ctx *c, const char *lang, const char *s, size_t n)
{
	struct cand *old;
	size_t oldcap, i, k, len;
	char *key;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	if (n > 2 && strncmp(s + n - 2, "'s", 2) == 0)
		n -= 2;
	else if (n > 4 && strncmp(s + n - 4, "\xE2\x80\x99s", 4) == 0)
		n -= 4;
	if (n < 2)
		return;
	if (2 * (c->ntab + 1) > c->captab) {
		old = c->tab;
		oldcap = c->captab;
		c->captab = c->captab ? c->captab * 2 : 1024;
		c->tab = xcalloc(c->captab, sizeof *c->tab);
		for (i = 0; i < oldcap; i++) {
			if (!old[i].key)
				continue;
			for (k = hash_str(old[i].key) % c->captab; c->tab[k].key; k = (k + 1) % c->captab)
				;
			c->tab[k] = old[i];
		}
		free(old);
	}
	len = strlen(lang) + n + 2;
	key = xmalloc(len);
	snprintf(key, len, "%s\t%.*s", lang, (int)n, s);
	for (k = hash_str(key) % c->captab; c->tab[k].key; k = (k + 1) % c->captab)
		if (strcmp(c->tab[k].key, key) == 0) {
			c->tab[k].n++;
			free(key);
			return;
		}
	c->tab[k].key = key;
	c->tab[k].n = 1;
	c->ntab++;
}

static int
candcmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* Words that start a sentence or join names, never a name by themselves. */
static const char *const stopwords[] = {
	"A", "According", "After", "All", "Also", "An", "And", "As", "At", "But", "By", "Com",
	"Como", "Da", "Das", "De", "Do", "Dos", "E", "Em", "For", "From", "He", "However", "I",
	"If", "In", "It", "Its", "Mr", "Mrs", "Ms", "Na", "Nas", "No", "Nos", "O", "Of", "On",
	"Os", "Our", "Para", "Por", "Se", "She", "Since", "So", "That", "The", "Their", "There",
	"These", "They", "This", "Those", "To", "Um", "Uma", "We", "What", "When", "While", "With",
};

static int
is_stopword(const char *s, size_t n)
{
	size_t lo = 0, hi = sizeof stopwords / sizeof stopwords[0], mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = strncmp(stopwords[mid], s, n);
		if (r == 0 && stopwords[mid][n] != '\0')
			r = 1;
		if (r == 0)
			return 1;
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
connector(const char *s, size_t n)
{
	static const char *const w[] = { "of", "de", "da", "do", "dos", "das", "and", "for", "&" };
	size_t k;

	for (k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == n && strncmp(w[k], s, n) == 0)
			return 1;
	return 0;
}

/* Byte spans of a seg: its quantities, or else its runs of digits. */
struct span {
	size_t a, b;
};

/* Length of the CJK unit or counter (万, 亿, 元, 家, %...) at S, or 0. */
static size_t
unit_char(const char *s, size_t n)
{
	static const char units[] = "万亿千百十元美欧家个多余年月日号名项人位款台倍次％";
	const char *p;
	uint32_t cp, u;
	size_t len, ulen;

	if (n > 0 && *s == '%')
		return 1;
	len = utf8_decode(s, n, &cp);
	if (len < 2)
		return 0;
	for (p = units; *p; p += ulen) {
		ulen = utf8_decode(p, strlen(p), &u);
		if (ulen == 0)
			break;
		if (u == cp)
			return len;
	}
	return 0;
}

/*
 * The spans of the items of array ARR (JSON text, N bytes; NULL when the
 * seg has none) that have one within the text of LEN bytes.  *OUT grows;
 * returns how many it holds.  *ANY tells whether the array has any item.
 */
static size_t
item_spans(const char *arr, size_t n, size_t len, struct span **out, size_t *cap, int *any)
{
	struct seg_arr a;
	const char *p, *e;
	size_t ns = 0, st, en;

	*any = 0;
	seg_arr_open(&a, arr, n);
	while (seg_arr_next(&a, &p, &e)) {
		*any = 1;
		if (seg_read_span(p, e, len, &st, &en) != 0)
			continue;
		if (ns == *cap) {
			*cap = *cap ? 2 * *cap : 16;
			*out = xrealloc(*out, *cap * sizeof **out);
		}
		(*out)[ns++] = (struct span){ st, en };
	}
	return ns;
}

/* The spans of a seg's quantities, or else, when it has none, of its runs of digits. */
static size_t
quantity_spans(const struct nd_member *qs, const char *t, size_t n, struct span **out)
{
	struct span *s = NULL;
	size_t ns, cap = 0, i, a, len;
	int any;

	ns = item_spans(qs ? qs->val : NULL, qs ? qs->vlen : 0, n, &s, &cap, &any);
	if (!any) {
		for (i = 0; i < n; i++) {
			if (t[i] < '0' || t[i] > '9')
				continue;
			for (a = i; i < n && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ','); i++)
				;
			/* Units and counters written after the digits belong to the number. */
			while (i < n && (len = unit_char(t + i, n - i)) > 0)
				i += len;
			s = xrealloc(s, (ns + 1) * sizeof *s);
			s[ns++] = (struct span){ a, i };
		}
	}
	*out = s;
	return ns;
}

/* Bytes between span X and span Y (0 when they touch or overlap). */
static size_t
gap(size_t xa, size_t xb, size_t ya, size_t yb)
{
	if (xb <= ya)
		return ya - xb;
	if (yb <= xa)
		return xa - yb;
	return 0;
}

static int
near_quantity(const struct span *q, size_t nq, size_t a, size_t b, size_t maxgap)
{
	size_t k;

	for (k = 0; k < nq; k++)
		if (gap(a, b, q[k].a, q[k].b) <= maxgap)
			return 1;
	return 0;
}

/* Marks the bytes of the seg's times (member TS, or NULL) as covered. */
static void
cover_times(const struct nd_member *ts, unsigned char *cov, size_t n)
{
	struct span *s = NULL;
	size_t ns, cap = 0, k;
	int any;

	if (!ts)
		return;
	ns = item_spans(ts->val, ts->vlen, n, &s, &cap, &any);
	for (k = 0; k < ns; k++)
		memset(cov + s[k].a, 1, s[k].b - s[k].a);
	free(s);
}

/* Function characters that end a CJK run: a name rarely holds them. */
static int
is_particle(uint32_t cp)
{
	static const uint32_t p[] = {
		0x4E5F, /* 也 */ 0x4E86, /* 了 */ 0x4E8E, /* 于 */ 0x4E0E, /* 与 */ 0x5171, /* 共 */
		0x5176, /* 其 */ 0x5230, /* 到 */ 0x5411, /* 向 */ 0x548C, /* 和 */ 0x5728, /* 在 */
		0x5DF2, /* 已 */ 0x5C06, /* 将 */ 0x5C31, /* 就 */ 0x5E76, /* 并 */ 0x6B64, /* 此 */
		0x628A, /* 把 */ 0x662F, /* 是 */ 0x7684, /* 的 */ 0x8BE5, /* 该 */
		0x88AB, /* 被 */ 0x8FD9, /* 这 */ 0x8FBE, /* 达 */ 0x90A3, /* 那 */ 0x90FD, /* 都 */
		0x53CA, /* 及 */ 0x5BF9, /* 对 */
	};
	size_t k;

	for (k = 0; k < sizeof p / sizeof p[0]; k++)
		if (p[k] == cp)
			return 1;
	return 0;
}

/*
 * A Han character that may be part of a name (not a particle: 的, 和 ...).
 */
static int
is_han(uint32_t cp)
{
	return !is_particle(cp) && lex_han(cp);
}

/* Whether the word at A starts the text or a sentence. */
static int
sentence_initial(const char *t, size_t a)
{
	while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '"' || t[a - 1] == '(' || t[a - 1] == '\''))
		a--;
	return a == 0 || t[a - 1] == '.' || t[a - 1] == '!' || t[a - 1] == '?' || t[a - 1] == ':' ||
	       t[a - 1] == ';' || ((unsigned char)t[a - 1] & 0x80);
}

/*
 * The uncovered bytes of a seg's text T (N bytes) beside its quantities
 * Q: what the phrase finders below look at.
 */
struct near {
	const char *t;
	size_t n;
	const unsigned char *cov;  /* 1 for bytes of terms, quantities and times */
	const struct span *q;
	size_t nq;
	const char *lang;
};

/* CJK runs within 5 characters of a quantity: at most 8 characters each. */
static void
cjk_runs(struct ctx *c, const struct near *x)
{
	const char *t = x->t, *lang = x->lang;
	const unsigned char *cov = x->cov;
	const struct span *q = x->q;
	size_t n = x->n, nq = x->nq, i, len, a, b;
	uint32_t cp;

	for (i = 0; i < n;) {
		len = utf8_decode(t + i, n - i, &cp);
		if (len == 0 || !is_han(cp) || cov[i]) {
			i += len ? len : 1;
			continue;
		}
		for (a = i; i < n; i += len) {
			len = utf8_decode(t + i, n - i, &cp);
			if (len == 0 || !is_han(cp) || cov[i])
				break;
		}
		b = i;
		if (b - a >= 6 && near_quantity(q, nq, a, b, 15)) {
			/* Keep the 8 characters (24 bytes) on the quantity's side. */
			if (b - a > 24) {
				if (near_quantity(q, nq, b, b, 15))
					a = b - 24;
				else
					b = a + 24;
			}
			cand_add(c, lang, t + a, b - a);
		}
		if (len == 0)
			i++;
	}
}

/* Latin phrases: capitalised words joined by spaces and connectors. */
static void
latin_phrases(struct ctx *c, const struct near *x)
{
	const char *t = x->t, *lang = x->lang;
	const unsigned char *cov = x->cov;
	const struct span *q = x->q;
	size_t n = x->n, nq = x->nq, i, len, a, wa, wb, pend;
	uint32_t cp;
	int cat;

	for (i = 0; i < n;) {
		len = utf8_decode(t + i, n - i, &cp);
		if (len == 0) {
			i++;
			continue;
		}
		cat = utf8proc_category((utf8proc_int32_t)cp);
		if (cov[i] || !(cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) ||
		    (i > 0 && (((unsigned char)t[i - 1] & 0x80) || t[i - 1] == '-' ||
		               (t[i - 1] >= 'a' && t[i - 1] <= 'z') || (t[i - 1] >= 'A' && t[i - 1] <= 'Z') ||
		               (t[i - 1] >= '0' && t[i - 1] <= '9')))) {
			i += len;
			continue;
		}
		a = i;
		pend = i;
		for (;;) {
			/* One word at WA..WB. */
			wa = i;
			for (wb = wa; wb < n && !cov[wb]; wb += len) {
				len = utf8_decode(t + wb, n - wb, &cp);
				if (len == 0)
					break;
				cat = utf8proc_category((utf8proc_int32_t)cp);
				if (!(cat <= UTF8PROC_CATEGORY_ND || cp == '\'' || cp == 0x2019 || cp == '-'))
					break;
			}
			if (wb == wa)
				break;
			if (is_stopword(t + wa, wb - wa) && pend == a)
				a = wb + 1;
			else if (!connector(t + wa, wb - wa))
				pend = wb;
			else if (pend == a)
				break;
			i = wb;
			if (i + 1 >= n || t[i] != ' ' || cov[i + 1])
				break;
			len = utf8_decode(t + i + 1, n - i - 1, &cp);
			cat = len ? utf8proc_category((utf8proc_int32_t)cp) : 0;
			if (!(cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) &&
			    !connector(t + i + 1, strcspn(t + i + 1, " ,.;:")))
				break;
			i++;
		}
		if (pend > a && sentence_initial(t, a) && !memchr(t + a, ' ', pend - a))
			; /* one capitalised word that starts a sentence: grammar, not a name */
		else if (pend > a && near_quantity(q, nq, a, pend, 80))
			cand_add(c, lang, t + a, pend - a);
		i = i > a ? i : a + 1;
		while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
			i++;
	}
}

/* Capitalised phrases and CJK runs of one seg, near its quantities, not covered by terms. */
static void
unmapped(struct ctx *c, const nd_raw *rec, const char *t, size_t n, const char *lang,
         const struct dict_term *terms, size_t nterm)
{
	struct near x;
	unsigned char *cov;
	struct span *q;
	size_t nq, k;

	nq = quantity_spans(nd_raw_get(rec, "quantities"), t, n, &q);
	if (nq == 0) {
		free(q);
		return;
	}
	cov = xcalloc(n + 1, 1);
	for (k = 0; k < nterm; k++)
		memset(cov + terms[k].start, 1, terms[k].end - terms[k].start);
	for (k = 0; k < nq; k++)
		memset(cov + q[k].a, 1, q[k].b - q[k].a);
	cover_times(nd_raw_get(rec, "times"), cov, n);
	x = (struct near){ .t = t, .n = n, .cov = cov, .q = q, .nq = nq, .lang = lang };
	cjk_runs(c, &x);
	latin_phrases(c, &x);
	free(cov);
	free(q);
}

/* The members a step reads, each the last of its key (as nd_raw_get() finds it), or NULL. */
struct fields {
	const struct nd_member *type, *text, *lang;
};

static void
get_fields(const nd_raw *r, struct fields *f)
{
	const char *k;
	size_t i;

	f->type = f->text = f->lang = NULL;
	for (i = 0; i < r->n; i++) {
		k = r->m[i].key;
		if (k[0] == 't' && strcmp(k, "type") == 0)
			f->type = &r->m[i];
		else if (k[0] == 't' && strcmp(k, "text") == 0)
			f->text = &r->m[i];
		else if (k[0] == 'l' && strcmp(k, "lang") == 0)
			f->lang = &r->m[i];
	}
}

/*
 * The string value of member M (key KEY) of R, or NULL when M is absent
 * or no string.  Without escapes it is the bytes of the line themselves
 * (not NUL-terminated); with them, nd_raw_str() unescapes it.
 */
static const char *
field_str(const nd_raw *r, const struct nd_member *m, const char *key, size_t *len)
{
	if (!m || m->val[0] != '"')
		return NULL;
	if (!memchr(m->val + 1, '\\', m->vlen - 2)) {
		*len = m->vlen - 2;
		return m->val + 1;
	}
	return nd_raw_str(r, key, len);
}

/*
 * A record is read raw (see ndjson.h): a seg goes out as its own line
 * with "terms" appended, and only the terms are encoded.  When the line is
 * plain (nd_raw_plain()), the terms are encoded here, byte for byte as
 * jansson writes them, and the line is written without a tree at all.
 */
static void
step(const nd_raw *rec, const struct nd_src *src, void *arg)
{
	static const char *const keys[] = { "terms" };
	struct ctx *c = arg;
	struct fields f;
	const struct dict_term *terms;
	const char *text, *lang, *type;
	char langbuf[32];
	json_t *arr;
	size_t n, k, nterm;
	int plain;

	if (!rec)
		return;
	get_fields(rec, &f);
	type = field_str(rec, f.type, "type", &n);
	if (!type || n != 3 || memcmp(type, "seg", 3) != 0) {
		if (!c->uflag)
			nd_raw_pass(rec);
		return;
	}
	/* --unmapped reads the text as a C string. */
	text = c->uflag ? nd_raw_str(rec, "text", &n) : field_str(rec, f.text, "text", &n);
	if (!text) {
		nd_bad_rec(src, rec, "seg without \"text\"");
		if (!c->uflag)
			nd_raw_pass(rec);
		return;
	}
	lang = field_str(rec, f.lang, "lang", &k);
	if (lang && lang >= rec->line && lang < rec->line + rec->len) {
		/* Not unescaped: a copy that ends in a NUL. */
		if (k < sizeof langbuf) {
			memcpy(langbuf, lang, k);
			langbuf[k] = '\0';
			lang = langbuf;
		} else
			lang = nd_raw_str(rec, "lang", NULL);
	}
	nterm = dict_match(c->d, text, n, lang, &terms);
	if (c->uflag) {
		unmapped(c, rec, text, n, lang ? lang : "", terms, nterm);
		return;
	}
	/*
	 * A compact line without "terms" gets them appended as text; any other
	 * is put together by nd_raw_write(), from the terms read back.
	 */
	plain = nd_raw_plain(rec) && !nd_raw_get(rec, "terms");
	c->out.n = 0;
	if (plain)
		JT_LIT(&c->out, "\"terms\":");
	JT_LIT(&c->out, "[");
	for (k = 0; k < nterm; k++) {
		const struct seg_term m = {
			.start = terms[k].start,
			.end = terms[k].end,
			.text = text + terms[k].start,
			.textlen = terms[k].end - terms[k].start,
			.id = terms[k].id,
			.cls = terms[k].cls,
		};

		if (k)
			JT_LIT(&c->out, ",");
		seg_put_term(&c->out, &m);
	}
	JT_LIT(&c->out, "]");
	if (plain) {
		nd_raw_append(rec, c->out.b, c->out.n);
		return;
	}
	arr = json_loadb(c->out.b, c->out.n, 0, NULL);
	if (!arr)
		die("cannot read back the terms of \"%s\" line %lld", src->file, src->line);
	nd_raw_write(rec, 1, keys, &arr);
	json_decref(arr);
}

static int
isdir(const char *p)
{
	DIR *d = opendir(p);

	if (!d)
		return 0;
	closedir(d);
	return 1;
}

/*
 * The maps beside the program: ../lib/maps (or higher, for bin dirs inside
 * a build dir) in a source tree, ../share/cityfacts/maps where `make
 * install` put them, whatever the PREFIX.
 */
static char *
maps_near_exe(void)
{
	char exe[PATH_MAX], *p, *dir;
	ssize_t n;
	int up;
	size_t len;

	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	for (up = 0; up < 6; up++) {
		p = strrchr(exe, '/');
		if (!p)
			return NULL;
		*p = '\0';
		if (up == 0)
			continue;
		len = strlen(exe) + sizeof "/share/cityfacts/maps";
		dir = xmalloc(len);
		snprintf(dir, len, "%s/lib/maps", exe);
		if (isdir(dir))
			return dir;
		snprintf(dir, len, "%s/share/cityfacts/maps", exe);
		if (up == 1 && isdir(dir))
			return dir;
		free(dir);
	}
	return NULL;
}

static void
list_entry(const struct dict_entry_info *e, void *ctx)
{
	(void)ctx;
	printf("%s\t%s\t%s\t%s\n", e->surface, e->lang, e->id, e->cls);
}

/* --check-maps: entries and distinct ids per class. */
struct tally {
	char **cls, **id;
	size_t n, cap;
};

static void
tally_entry(const struct dict_entry_info *e, void *ctx)
{
	struct tally *t = ctx;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1024;
		t->cls = xrealloc(t->cls, t->cap * sizeof *t->cls);
		t->id = xrealloc(t->id, t->cap * sizeof *t->id);
	}
	t->cls[t->n] = xstrdup(e->cls);
	t->id[t->n] = xstrdup(e->id);
	t->n++;
}

static int
pstrcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
print_tally(dict *d)
{
	struct tally t = { 0 };
	char **pairs;
	size_t i, j, k, len, nid;
	long long ne;

	dict_each(d, tally_entry, &t);
	pairs = xmalloc((t.n ? t.n : 1) * sizeof *pairs);
	for (i = 0; i < t.n; i++) {
		len = strlen(t.cls[i]) + strlen(t.id[i]) + 2;
		pairs[i] = xmalloc(len);
		snprintf(pairs[i], len, "%s\t%s", t.cls[i], t.id[i]);
	}
	qsort(pairs, t.n, sizeof *pairs, pstrcmp);
	for (i = 0; i < t.n; i = j) {
		len = strcspn(pairs[i], "\t");
		nid = 0;
		for (j = i; j < t.n && strncmp(pairs[j], pairs[i], len + 1) == 0; j++)
			if (j == i || strcmp(pairs[j], pairs[j - 1]) != 0)
				nid++;
		pairs[i][len] = '\0';
		ne = dict_count(d, pairs[i]);
		printf("%s\t%lld\t%zu\n", pairs[i], ne, nid);
	}
	for (k = 0; k < t.n; k++) {
		free(pairs[k]);
		free(t.cls[k]);
		free(t.id[k]);
	}
	free(pairs);
	free(t.cls);
	free(t.id);
}

/* --unmapped: the TOP most frequent phrases (all with 0), and the table freed. */
static void
print_unmapped(struct ctx *c, long top)
{
	struct cand *v = xmalloc((c->ntab ? c->ntab : 1) * sizeof *v);
	size_t nv = 0, k;

	for (k = 0; k < c->captab; k++)
		if (c->tab[k].key)
			v[nv++] = c->tab[k];
	qsort(v, nv, sizeof *v, candcmp);
	for (k = 0; k < nv; k++) {
		if (top == 0 || (long)k < top) {
			char *tab = strchr(v[k].key, '\t');

			printf("%lld\t%.*s\t%s\n", v[k].n, (int)(tab - v[k].key), v[k].key, tab + 1);
		}
		free(v[k].key);
	}
	free(v);
	free(c->tab);
}

int
main(int argc, char **argv)
{
	struct ctx c = { 0 };
	const char *mdir = NULL;
	char **mfiles = NULL, *found = NULL;
	int ch, nm = 0, lflag = 0, checkflag = 0, i;
	long top = 100;

	die_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "M:clm:n:u", longopts, NULL)) != -1) {
		switch (ch) {
		case 'M':
			mdir = optarg;
			break;
		case 'c':
			checkflag = 1;
			break;
		case 'l':
			lflag = 1;
			break;
		case 'm':
			mfiles = xrealloc(mfiles, (size_t)(nm + 1) * sizeof *mfiles);
			mfiles[nm++] = optarg;
			break;
		case 'n':
			top = (long)cli_parse_num("-n", optarg, 0, 1e9);
			break;
		case 'u':
			c.uflag = 1;
			break;
		default:
			if (!cli_option(ch, optarg, usage, help))
				cli_usage(usage);
		}
	}
	argc -= optind;
	argv += optind;

	if (!mdir && getenv("CF_MAPS") && *getenv("CF_MAPS"))
		mdir = getenv("CF_MAPS");
	if (!mdir) {
		found = maps_near_exe();
		mdir = found ? found : CF_MAPDIR;
	}
	c.d = dict_new();
	if (dict_load_dir(c.d, mdir, checkflag) < 0)
		die("cannot read the maps directory \"%s\" (use -M DIR or CF_MAPS)", mdir);
	for (i = 0; i < nm; i++)
		if (dict_load_csv(c.d, mfiles[i], 0) < 0 && die_strict)
			exit(CF_EXIT_BAD);
	free(mfiles);
	if (dict_count(c.d, NULL) == 0)
		die_warn("no map entries in \"%s\"", mdir);

	if (lflag || checkflag) {
		if (lflag)
			dict_each(c.d, list_entry, NULL);
		else
			print_tally(c.d);
		dict_free(c.d);
		free(found);
		return die_finish();
	}

	nd_run_raw(argc, argv, step, &c);

	if (c.uflag)
		print_unmapped(&c, top);
	dict_free(c.d);
	free(c.out.b);
	free(found);
	return cli_end();
}
