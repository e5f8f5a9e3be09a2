/* Sentence boundaries: rules for Latin-script languages and for Chinese. */
#include <string.h>

#include "lex.h"
#include "sentence.h"

/* Flags of the abbreviation and sentence-starter list. */
enum {
	AB_PREFIX = 1,      /* a title before a name: never ends a sentence (Mr., Dr.) */
	AB_NUMBER = 2,      /* before a number: no end when a digit follows (No. 9, p. 55) */
	AB_SUFFIX = 4,      /* may end a sentence: only before a sentence starter (Co., Inc.) */
	AB_PT = 8,          /* the above hold in Portuguese only */
	AB_EN = 16,         /* ... in English (and the other languages) only */
	STARTER = 32,       /* a word that often starts a sentence */
};

static const struct lex_entry abbrevs[] = {
	/* titles and forms of address */
	{ "mr", AB_PREFIX }, { "mrs", AB_PREFIX }, { "ms", AB_PREFIX }, { "dr", AB_PREFIX },
	{ "dra", AB_PREFIX }, { "prof", AB_PREFIX }, { "profa", AB_PREFIX },
	{ "sr", AB_PREFIX | AB_PT }, { "sr", AB_SUFFIX | AB_EN }, { "sra", AB_PREFIX },
	{ "srta", AB_PREFIX }, { "st", AB_PREFIX }, { "mt", AB_PREFIX }, { "ft", AB_PREFIX },
	{ "gen", AB_PREFIX }, { "gov", AB_PREFIX }, { "sen", AB_PREFIX }, { "rep", AB_PREFIX },
	{ "rev", AB_PREFIX }, { "hon", AB_PREFIX }, { "capt", AB_PREFIX }, { "col", AB_PREFIX },
	{ "lt", AB_PREFIX }, { "sgt", AB_PREFIX }, { "maj", AB_PREFIX }, { "pres", AB_PREFIX },
	{ "supt", AB_PREFIX }, { "eng", AB_PREFIX }, { "exmo", AB_PREFIX }, { "exma", AB_PREFIX },
	{ "ilmo", AB_PREFIX }, { "ilma", AB_PREFIX }, { "mme", AB_PREFIX }, { "mlle", AB_PREFIX },
	{ "sto", AB_PREFIX }, { "sta", AB_PREFIX }, { "av", AB_PREFIX }, { "vs", AB_PREFIX },
	{ "cf", AB_PREFIX }, { "approx", AB_PREFIX }, { "ca", AB_PREFIX }, { "aprox", AB_PREFIX },
	/* months */
	{ "jan", AB_PREFIX }, { "feb", AB_PREFIX }, { "fev", AB_PREFIX }, { "apr", AB_PREFIX },
	{ "abr", AB_PREFIX }, { "aug", AB_PREFIX }, { "ago", AB_NUMBER }, { "sep", AB_PREFIX },
	{ "sept", AB_PREFIX }, { "set", AB_NUMBER }, { "oct", AB_PREFIX }, { "nov", AB_PREFIX },
	{ "dec", AB_PREFIX }, { "dez", AB_PREFIX }, { "jun", AB_NUMBER }, { "jul", AB_NUMBER },
	/* before numbers */
	{ "no", AB_NUMBER }, { "nos", AB_NUMBER }, { "nº", AB_PREFIX }, { "n°", AB_PREFIX },
	{ "n.º", AB_PREFIX }, { "n.o", AB_NUMBER }, { "p", AB_NUMBER }, { "pp", AB_NUMBER },
	{ "pg", AB_NUMBER }, { "pág", AB_NUMBER }, { "pag", AB_NUMBER }, { "vol", AB_NUMBER },
	{ "art", AB_NUMBER }, { "fig", AB_NUMBER }, { "cap", AB_NUMBER }, { "ch", AB_NUMBER },
	{ "sec", AB_NUMBER }, { "tel", AB_NUMBER }, { "ed", AB_NUMBER }, { "op", AB_NUMBER },
	{ "num", AB_NUMBER }, { "nr", AB_NUMBER },
	/* company and other suffixes */
	{ "co", AB_SUFFIX }, { "corp", AB_SUFFIX }, { "inc", AB_SUFFIX }, { "ltd", AB_SUFFIX },
	{ "ltda", AB_SUFFIX }, { "cia", AB_SUFFIX }, { "llc", AB_SUFFIX }, { "plc", AB_SUFFIX },
	{ "jr", AB_SUFFIX }, { "bros", AB_SUFFIX }, { "etc", AB_SUFFIX }, { "esq", AB_SUFFIX },
	{ "dept", AB_SUFFIX }, { "univ", AB_SUFFIX }, { "govt", AB_SUFFIX }, { "intl", AB_SUFFIX },
	{ "est", AB_SUFFIX }, { "ph.d", AB_SUFFIX }, { "s.a", AB_SUFFIX }, { "al", AB_SUFFIX },
	/* words that start sentences */
	{ "the", STARTER }, { "a", STARTER }, { "an", STARTER }, { "this", STARTER },
	{ "that", STARTER }, { "these", STARTER }, { "those", STARTER }, { "it", STARTER },
	{ "its", STARTER }, { "he", STARTER }, { "she", STARTER }, { "they", STARTER },
	{ "we", STARTER }, { "i", STARTER }, { "you", STARTER }, { "there", STARTER },
	{ "here", STARTER }, { "in", STARTER }, { "on", STARTER }, { "at", STARTER },
	{ "but", STARTER }, { "and", STARTER }, { "however", STARTER }, { "what", STARTER },
	{ "when", STARTER }, { "where", STARTER }, { "why", STARTER }, { "who", STARTER },
	{ "how", STARTER }, { "did", STARTER }, { "do", STARTER }, { "does", STARTER },
	{ "is", STARTER }, { "are", STARTER }, { "was", STARTER }, { "were", STARTER },
	{ "if", STARTER }, { "as", STARTER }, { "for", STARTER }, { "after", STARTER },
	{ "since", STARTER }, { "while", STARTER }, { "our", STARTER }, { "his", STARTER },
	{ "her", STARTER }, { "their", STARTER }, { "my", STARTER }, { "meanwhile", STARTER },
	{ "o", STARTER }, { "os", STARTER }, { "as", STARTER }, { "um", STARTER },
	{ "uma", STARTER }, { "ele", STARTER }, { "ela", STARTER }, { "eles", STARTER },
	{ "elas", STARTER }, { "isso", STARTER }, { "isto", STARTER }, { "este", STARTER },
	{ "esta", STARTER }, { "em", STARTER }, { "na", STARTER }, { "mas", STARTER },
	{ "segundo", STARTER }, { "também", STARTER }, { "não", STARTER }, { "já", STARTER },
	{ "quando", STARTER }, { "depois", STARTER }, { "ainda", STARTER }, { "para", STARTER },
};

static struct lex ablex;

struct st {
	const char *s;
	size_t n;
	int pt;
	sent_fn fn;
	void *ctx;
	size_t count;
	size_t pa, pb;  /* the sentence held back: punctuation alone joins it */
	int held;
};

static uint32_t
cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	if (i >= n) {
		*len = 0;
		return 0;
	}
	return lex_cp(s + i, n - i, len);
}

/* Start of the character that ends just before I (I > 0). */
static size_t
back(const char *s, size_t i)
{
	size_t j = i - 1, len;

	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	lex_cp(s + j, i - j, &len);
	return j + len == i ? j : i - 1;
}

static uint32_t
cp_before(const char *s, size_t i)
{
	size_t len, j;

	if (i == 0)
		return 0;
	j = back(s, i);
	return lex_cp(s + j, i - j, &len);
}

static void
flush(struct st *t)
{
	if (t->held) {
		t->count++;
		if (t->fn)
			t->fn(t->pa, t->pb, t->ctx);
		t->held = 0;
	}
}

static void
emit(struct st *t, size_t a, size_t b)
{
	size_t len, k;
	int words = 0;

	while (a < b && lex_space(cp_at(t->s, b, a, &len)))
		a += len;
	while (b > a && lex_space(cp_before(t->s, b)))
		b = back(t->s, b);
	if (a >= b)
		return;
	for (k = a; k < b && !words; k += len) {
		uint32_t c = cp_at(t->s, b, k, &len);

		words = lex_letter(c) || (c >= '0' && c <= '9');
	}
	/* a stray closing quote or bracket belongs to the sentence before */
	if (!words && t->held) {
		t->pb = b;
		return;
	}
	flush(t);
	t->pa = a;
	t->pb = b;
	t->held = 1;
}

static int
closer(uint32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == 0x201D ||
	       c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x3011 ||
	       c == 0x3015 || c == 0xFF3D || c == 0x300B;
}

static int
opener(uint32_t c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0xAB || c == 0x201C ||
	       c == 0x2018 || c == 0xBF || c == 0xA1;
}

static int
cjk_term(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF61;
}

static int
bullet(uint32_t c)
{
	return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 || c == 0x25AA ||
	       c == 0x25CF || c == 0x25A0 || c == 0x2219;
}

enum { LM_NONE, LM_BULLET, LM_NUM_DOTPAREN, LM_NUM_PAREN, LM_NUM_DOT, LM_ALPHA_DOT, LM_ALPHA_PAREN };

/*
 * A list marker at S[I]: "•", "1.)", "1)", "1.", "a.", "a)" and the space
 * after it.  Sets *TYPE, *VAL and *END; returns 1, else 0.
 */
static int
marker(const char *s, size_t n, size_t i, int *type, int *val, size_t *end)
{
	size_t j = i, len;
	uint32_t c = cp_at(s, n, i, &len);
	int v = 0, nd = 0, ty;

	if (bullet(c)) {
		j = i + len;
		while (j < n && s[j] == ' ')
			j++;
		/* a number after the bullet belongs to the marker */
		if (marker(s, n, j, &ty, &v, end) && ty != LM_BULLET && ty != LM_ALPHA_DOT &&
		    ty != LM_ALPHA_PAREN)
			j = *end;
		*type = LM_BULLET;
		*val = 0;
		*end = j;
		return 1;
	}
	while (j < n && s[j] >= '0' && s[j] <= '9' && nd < 3) {
		v = 10 * v + (s[j] - '0');
		j++;
		nd++;
	}
	if (nd == 0 && j < n && s[j] >= 'a' && s[j] <= 'z' && (j + 1 >= n || !lex_letter((unsigned char)s[j + 1]))) {
		v = s[j];
		j++;
		if (j < n && (s[j] == '.' || s[j] == ')') && j + 1 < n && s[j + 1] == ' ') {
			*type = s[j] == '.' ? LM_ALPHA_DOT : LM_ALPHA_PAREN;
			*val = v;
			*end = j + 2;
			return 1;
		}
		return 0;
	}
	if (nd == 0 || (j < n && s[j] >= '0' && s[j] <= '9'))
		return 0;
	if (j + 2 < n && s[j] == '.' && s[j + 1] == ')' && s[j + 2] == ' ')
		ty = LM_NUM_DOTPAREN, j += 3;
	else if (j + 1 < n && s[j] == ')' && s[j + 1] == ' ')
		ty = LM_NUM_PAREN, j += 2;
	else if (j + 1 < n && s[j] == '.' && s[j + 1] == ' ')
		ty = LM_NUM_DOT, j += 2;
	else
		return 0;
	*type = ty;
	*val = v;
	*end = j;
	return 1;
}

/* Flags of the word at S[A..B) (letters, dots and º), folded. */
static unsigned
word_flags(const char *s, size_t a, size_t b)
{
	char buf[64];
	size_t k;

	if (b - a >= sizeof buf / 2)
		return 0;
	k = lex_fold(s + a, b - a, buf, sizeof buf);
	return k ? lex_get(&ablex, buf, k) : 0;
}

/* The word (letters only) starting at S[W]: sets *E to its end. */
static size_t
word_end(const char *s, size_t n, size_t w)
{
	size_t len;

	while (w < n && lex_letter(cp_at(s, n, w, &len)))
		w += len;
	return w;
}

/* "U.S", "a.m", "E.U": single letters joined by dots. */
static int
initialism(const char *s, size_t a, size_t b)
{
	size_t i, len, letters = 0;
	int want_letter = 1;

	for (i = a; i < b; i += len) {
		uint32_t c = lex_cp(s + i, b - i, &len);

		if (want_letter) {
			if (!lex_letter(c))
				return 0;
			letters++;
			want_letter = 0;
		} else {
			if (c != '.')
				return 0;
			want_letter = 1;
		}
	}
	return letters >= 2 && !want_letter;
}

static int
has(const char *s, size_t a, size_t b, const char *pat)
{
	size_t m = strlen(pat), i;

	for (i = a; i + m <= b; i++)
		if (memcmp(s + i, pat, m) == 0)
			return 1;
	return 0;
}

/* A run of terminal punctuation at S[I]: its end, with its dots, its ! and ?, and its spaced dots. */
static size_t
punct_run(const struct st *t, size_t i, int *ndots, int *nbang, int *spaced)
{
	const char *s = t->s;
	size_t n = t->n, r = i, len;

	for (;;) {
		if (r < n && s[r] == '.')
			(*ndots)++, r++;
		else if (r < n && (s[r] == '!' || s[r] == '?'))
			(*nbang)++, r++;
		else if (r + 3 <= n && memcmp(s + r, "\xE2\x80\xA6", 3) == 0)
			*ndots += 3, r += 3;
		else if (*ndots && !*nbang && r + 1 < n && s[r] == ' ' && s[r + 1] == '.' &&
		         (r + 2 == n || s[r + 2] == ' ' || s[r + 2] == '.' || s[r + 2] == '\n' ||
		          closer(cp_at(s, n, r + 2, &len))))
			(*ndots)++, (*spaced)++, r += 2;
		else
			break;
	}
	return r;
}

/* Past the closing quotes, brackets and citation marks such as "[13]" at S[C]. */
static size_t
closing(const struct st *t, size_t c)
{
	const char *s = t->s;
	size_t n = t->n, len;

	for (;;) {
		uint32_t q = cp_at(s, n, c, &len);

		if (c < n && q == '[') {
			size_t k = c + 1;

			while (k < n && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k > c + 1 && k < n && s[k] == ']') {
				c = k + 1;
				continue;
			}
			break;
		}
		if (c < n && closer(q))
			c += len;
		else
			break;
	}
	return c;
}

/*
 * A period with no space after it, at I, the next character NC at C:
 * "world.Today", "1,000.That" end a sentence, but not "Jane.Doe@x.com"
 * or a URL.  PC is the character before it.
 */
static int
glued_end(const struct st *t, size_t start, size_t i, size_t c, uint32_t pc, uint32_t nc, size_t nclen,
          int ndots, int nbang)
{
	const char *s = t->s;
	size_t n = t->n, a, we, len;

	if (nbang && lex_han(nc))
		return 1;
	if (ndots != 1 || nbang || c != i + 1 || !(lex_lower(pc) || (pc >= '0' && pc <= '9')))
		return 0;
	if (!lex_upper(nc) || !lex_lower(cp_at(s, n, c + nclen, &len)))
		return 0;
	for (a = i; a > start && !lex_space(cp_before(s, a)) && i - a < 256; a = back(s, a))
		;
	we = c;
	while (we < n && !lex_space(cp_at(s, n, we, &len)) && we - c < 256)
		we += len;
	if (has(s, a, we, "@") || has(s, a, we, "://") || has(s, a, we, "www."))
		return 0;
	return 1;
}

/*
 * Whether the single period at I after a word (from START) ends the
 * sentence, the next word having flags FL and first character NC: not
 * after a title or an abbreviation before a number, after a suffix or an
 * initialism only before a sentence starter, after an initial only in
 * "you and I. Did".
 */
static int
word_end_period(const struct st *t, size_t start, size_t i, uint32_t nc, unsigned fl)
{
	const char *s = t->s;
	size_t n = t->n, tb, len, l1, pb, pe;
	uint32_t c1, p0;
	unsigned f;

	/* (only the last 64 bytes: no abbreviation is longer, and time stays linear) */
	for (tb = i; tb > start && !lex_space(cp_before(s, tb)) && i - tb < 64; tb = back(s, tb))
		;
	while (tb < i && opener(cp_at(s, n, tb, &len)))
		tb += len;
	if (tb >= i)
		return 1;
	f = word_flags(s, tb, i);
	if ((f & AB_PT) && (f & AB_EN)) {
		/* "Sr." is a title in Portuguese, "Jr./Sr." a suffix in English */
		f &= ~(unsigned)(AB_PREFIX | AB_SUFFIX);
		f |= t->pt ? AB_PREFIX : AB_SUFFIX;
	}
	if (f & AB_PREFIX)
		return 0;
	if ((f & AB_NUMBER) && nc >= '0' && nc <= '9')
		return 0;
	if (f & AB_SUFFIX)
		return (fl & STARTER) != 0;
	if (initialism(s, tb, i))
		return (fl & STARTER) != 0;
	c1 = lex_cp(s + tb, i - tb, &l1);
	if (tb + l1 != i || !lex_upper(c1))
		return 1;
	/* an initial: "Jonas E. Smith", but "you and I. Did" */
	pe = tb;
	while (pe > start && lex_space(cp_before(s, pe)) && tb - pe < 64)
		pe = back(s, pe);
	for (pb = pe; pb > start && !lex_space(cp_before(s, pb)) && pe - pb < 64; pb = back(s, pb))
		;
	p0 = pb < pe ? cp_at(s, n, pb, &len) : 0;
	if (c1 == 'I' && !t->pt && !lex_upper(p0))
		return 1;
	return (fl & STARTER) != 0;
}

/*
 * Decides whether the run of terminal punctuation at S[I] ends the sentence
 * that began at START.  Sets *END (the sentence's end) and *SKIP (where to
 * go on scanning); returns 1 for an end.
 */
static int
latin_end(struct st *t, size_t start, size_t i, size_t *end, size_t *skip)
{
	const char *s = t->s;
	size_t n = t->n, c, w, len, we;
	int ndots = 0, nbang = 0, spaced = 0, attached;
	uint32_t nc, pc;
	unsigned fl;

	*skip = punct_run(t, i, &ndots, &nbang, &spaced);
	/* an ellipsis that opens a sentence ends nothing */
	if (i == start)
		return 0;
	pc = cp_before(s, i);
	attached = i > start && !lex_space(pc);
	*end = c = closing(t, *skip);
	if (c >= n)
		return 1;
	nc = cp_at(s, n, c, &len);
	if (!lex_space(nc))
		return glued_end(t, start, i, c, pc, nc, len, ndots, nbang);
	for (w = c; w < n && lex_space(nc = cp_at(s, n, w, &len)); w += len)
		;
	if (w >= n)
		return 1;
	/*
	 * A straight quote with a space after it closes a quotation, even
	 * when a space stands before it: ". \" He said" (an opening quote
	 * clings to the word it opens).
	 */
	if (nc == '"' && (w + 1 >= n || lex_space(cp_at(s, n, w + 1, &len)))) {
		*end = w + 1;
		return 1;
	}
	if (lex_lower(nc) || nc == ',' || nc == ';' || nc == ':')
		return 0;
	if (nbang)
		return 1;
	we = word_end(s, n, w);
	fl = we > w ? word_flags(s, w, we) : 0;
	if (ndots >= 3) {
		/* "compounds. . . . The": the period ends it, the ellipsis opens the next */
		if (attached && spaced >= 3 && ndots == 4 && s[i + 1] == ' ' && lex_upper(nc)) {
			*end = i + 1;
			*skip = i + 1;
			return 1;
		}
		if (ndots == 3 && !(lex_upper(nc) && !(we == w + 1 && s[w] == 'I')))
			return 0;
		return 1;
	}
	if (!attached)
		return 1;
	return word_end_period(t, start, i, nc, fl);
}

int
sent_joins(const char *s, size_t start, size_t nl, size_t n)
{
	size_t j = nl + 1, len, k, words = 0, hans = 0, ls;
	uint32_t nc, pc;
	int inword = 0;

	while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
		j++;
	if (j >= n || s[j] == '\n')
		return 0;
	nc = cp_at(s, n, j, &len);
	/* the words of the line before the break (its start, not the sentence's: linear time) */
	for (ls = nl; ls > start && s[ls - 1] != '\n'; ls--)
		;
	for (k = ls; k < nl && (words < 3 || hans < 10); k += len) {
		uint32_t c = cp_at(s, n, k, &len);

		if (lex_space(c))
			inword = 0;
		else if (!inword)
			inword = 1, words++;
		if (lex_han(c))
			hans++;
	}
	if (lex_lower(nc))
		return words >= 3;
	k = nl;
	while (k > ls && lex_space(pc = cp_before(s, k)))
		k = back(s, k);
	pc = k > ls ? cp_before(s, k) : 0;
	/* hard-wrapped Latin text: a long line that stops mid-sentence */
	if (nl - ls >= 50 && !lex_han(pc) && (lex_letter(pc) || (pc >= '0' && pc <= '9') || pc == ',') &&
	    !lex_han(nc) && (lex_letter(nc) || (nc >= '0' && nc <= '9')))
		return 1;
	return lex_han(nc) && hans >= 10 && (lex_han(pc) || pc == 0xFF0C || pc == 0x3001);
}

int
sent_terminal(const char *s, size_t n)
{
	uint32_t c;

	while (n > 0) {
		c = cp_before(s, n);
		if (lex_space(c) || closer(c) || c == 0x300B) {
			n = back(s, n);
			continue;
		}
		return c == '.' || c == '!' || c == '?' || c == 0x2026 || cjk_term(c);
	}
	return 0;
}

/*
 * The bytes that start a line break, . ! ? … and the Chinese marks that
 * sent_each() looks at (《〈〉》。！？；｡: E3 80 .., EF BC .., EF BD ..).
 * None of them is a continuation byte, so a scan byte by byte stops at
 * each of them where a scan character by character would.
 */
static const unsigned char ender[256] = {
	['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

size_t
sent_each(const char *s, size_t n, const char *lang, sent_fn fn, void *ctx)
{
	struct st t;
	size_t i = 0, start = 0, len, j, skip;
	int depth = 0, at_start = 1, ltype = LM_NONE, lval = 0, ty, v;
	uint32_t c;

	if (!ablex.slot)
		lex_build(&ablex, abbrevs, sizeof abbrevs / sizeof abbrevs[0]);
	t.s = s;
	t.n = n;
	t.pt = lang && strcmp(lang, "pt") == 0;
	t.fn = fn;
	t.ctx = ctx;
	t.count = 0;
	t.held = 0;
	while (i < n) {
		if (!at_start && ltype == LM_NONE) {
			/* inside a sentence, only these bytes can start what ends it */
			while (i < n && !ender[(unsigned char)s[i]])
				i++;
			if (i >= n)
				break;
		}
		c = cp_at(s, n, i, &len);
		if (at_start) {
			if (lex_space(c)) {
				i += len;
				continue;
			}
			at_start = 0;
			start = i;
			ltype = LM_NONE;
			if (marker(s, n, i, &ty, &v, &j)) {
				ltype = ty;
				lval = v;
				i = j;
			}
			continue;
		}
		if (ltype != LM_NONE && i > start && lex_space(cp_before(s, i)) &&
		    marker(s, n, i, &ty, &v, &j) && ty == ltype && (ty == LM_BULLET || v == lval + 1)) {
			emit(&t, start, i);
			start = i;
			lval = v;
			i = j;
			continue;
		}
		if (c == '\n') {
			if (!sent_joins(s, start, i, n)) {
				emit(&t, start, i);
				at_start = 1;
			}
			i += len;
			continue;
		}
		if (c == 0x300A || c == 0x3008)
			depth++;
		else if ((c == 0x300B || c == 0x3009) && depth > 0)
			depth--;
		if (cjk_term(c) && depth == 0) {
			j = i + len;
			for (;;) {
				uint32_t d = cp_at(s, n, j, &len);

				if (j < n && (cjk_term(d) || d == '!' || d == '?' || closer(d)))
					j += len;
				else
					break;
			}
			emit(&t, start, j);
			at_start = 1;
			i = j;
			continue;
		}
		if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
			if (latin_end(&t, start, i, &j, &skip)) {
				emit(&t, start, j);
				at_start = 1;
			} else
				j = skip;
			i = j;
			continue;
		}
		i += len;
	}
	if (!at_start)
		emit(&t, start, n);
	flush(&t);
	return t.count;
}

struct collect {
	struct sent_span *out;
	size_t max, n;
};

static void
collect(size_t start, size_t end, void *ctx)
{
	struct collect *c = ctx;

	if (c->n < c->max) {
		c->out[c->n].start = start;
		c->out[c->n].end = end;
	}
	c->n++;
}

size_t
sent_split(const char *s, size_t n, const char *lang, struct sent_span *out, size_t max)
{
	struct collect c = { out, max, 0 };

	return sent_each(s, n, lang, collect, &c);
}
