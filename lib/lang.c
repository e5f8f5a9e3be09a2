/* Language detection from scripts, stop words and word endings. */
#include <string.h>

#include "lang.h"
#include "lex.h"

enum { EN, PT, ES, FR, DE, IT, NLANG };
#define B(l) (1u << (l))

static const char *const names[NLANG] = { "en", "pt", "es", "fr", "de", "it" };

static const struct lex_entry stop[] = {
	{ "the", B(EN) }, { "and", B(EN) }, { "of", B(EN) }, { "to", B(EN) }, { "is", B(EN) },
	{ "that", B(EN) }, { "for", B(EN) }, { "it", B(EN) }, { "with", B(EN) }, { "as", B(EN) },
	{ "was", B(EN) }, { "on", B(EN) }, { "by", B(EN) }, { "are", B(EN) }, { "be", B(EN) },
	{ "this", B(EN) }, { "from", B(EN) }, { "at", B(EN) }, { "an", B(EN) }, { "has", B(EN) },
	{ "have", B(EN) }, { "which", B(EN) }, { "its", B(EN) }, { "will", B(EN) }, { "been", B(EN) },
	{ "were", B(EN) }, { "their", B(EN) }, { "said", B(EN) }, { "more", B(EN) }, { "than", B(EN) },
	{ "also", B(EN) }, { "not", B(EN) }, { "or", B(EN) }, { "but", B(EN) }, { "they", B(EN) },
	{ "he", B(EN) }, { "she", B(EN) }, { "we", B(EN) }, { "can", B(EN) }, { "would", B(EN) },
	{ "into", B(EN) }, { "new", B(EN) }, { "who", B(EN) }, { "about", B(EN) }, { "our", B(EN) },
	{ "such", B(EN) }, { "other", B(EN) }, { "year", B(EN) }, { "all", B(EN) },

	{ "não", B(PT) }, { "é", B(PT) }, { "são", B(PT) }, { "uma", B(PT) }, { "um", B(PT) },
	{ "os", B(PT) }, { "do", B(PT) }, { "da", B(PT) }, { "dos", B(PT) }, { "das", B(PT) },
	{ "no", B(PT) }, { "na", B(PT) }, { "nos", B(PT) }, { "nas", B(PT) }, { "em", B(PT) },
	{ "com", B(PT) }, { "ao", B(PT) }, { "à", B(PT) }, { "às", B(PT) }, { "pelo", B(PT) },
	{ "pela", B(PT) }, { "pelos", B(PT) }, { "pelas", B(PT) }, { "foi", B(PT) },
	{ "também", B(PT) }, { "seu", B(PT) }, { "sua", B(PT) }, { "seus", B(PT) }, { "suas", B(PT) },
	{ "isso", B(PT) }, { "muito", B(PT) }, { "ainda", B(PT) }, { "mas", B(PT) }, { "ele", B(PT) },
	{ "ela", B(PT) }, { "já", B(PT) }, { "onde", B(PT) }, { "o", B(PT) }, { "e", B(PT) | B(IT) },
	{ "mais", B(PT) | B(FR) }, { "estão", B(PT) }, { "têm", B(PT) }, { "tem", B(PT) },
	{ "as", B(PT) }, { "você", B(PT) }, { "eu", B(PT) }, { "vou", B(PT) }, { "vai", B(PT) },
	{ "até", B(PT) }, { "há", B(PT) }, { "só", B(PT) }, { "então", B(PT) }, { "hoje", B(PT) },
	{ "ontem", B(PT) }, { "amanhã", B(PT) }, { "milhões", B(PT) }, { "milhão", B(PT) },
	{ "bilhões", B(PT) }, { "bilhão", B(PT) }, { "anos", B(PT) }, { "ano", B(PT) },
	{ "dia", B(PT) }, { "cidade", B(PT) }, { "pode", B(PT) }, { "podem", B(PT) },

	{ "el", B(ES) }, { "los", B(ES) }, { "las", B(ES) }, { "del", B(ES) }, { "y", B(ES) },
	{ "con", B(ES) | B(IT) }, { "más", B(ES) }, { "pero", B(ES) }, { "fue", B(ES) },
	{ "también", B(ES) }, { "muy", B(ES) }, { "hay", B(ES) }, { "sus", B(ES) }, { "su", B(ES) },
	{ "al", B(ES) }, { "ha", B(ES) | B(IT) }, { "han", B(ES) }, { "una", B(ES) | B(IT) },
	{ "desde", B(ES) }, { "es", B(ES) | B(DE) }, { "lo", B(ES) | B(IT) }, { "sido", B(ES) },
	{ "años", B(ES) }, { "año", B(ES) }, { "día", B(ES) }, { "millones", B(ES) },
	{ "ciudad", B(ES) }, { "usted", B(ES) }, { "hoy", B(ES) }, { "ayer", B(ES) },
	{ "mañana", B(ES) }, { "hasta", B(ES) }, { "según", B(ES) }, { "entonces", B(ES) },
	{ "puede", B(ES) }, { "pueden", B(ES) }, { "nuevo", B(ES) }, { "nueva", B(ES) },

	{ "le", B(FR) }, { "les", B(FR) }, { "des", B(FR) }, { "du", B(FR) }, { "et", B(FR) },
	{ "est", B(FR) }, { "une", B(FR) }, { "dans", B(FR) }, { "qui", B(FR) }, { "pour", B(FR) },
	{ "pas", B(FR) }, { "sur", B(FR) }, { "au", B(FR) }, { "aux", B(FR) }, { "ce", B(FR) },
	{ "cette", B(FR) }, { "avec", B(FR) }, { "sont", B(FR) }, { "été", B(FR) }, { "plus", B(FR) },
	{ "ont", B(FR) }, { "ses", B(FR) }, { "leur", B(FR) }, { "elle", B(FR) }, { "nous", B(FR) },
	{ "vous", B(FR) }, { "d'", B(FR) }, { "qu'", B(FR) },

	{ "der", B(DE) }, { "die", B(DE) }, { "das", B(DE) }, { "und", B(DE) }, { "ist", B(DE) },
	{ "nicht", B(DE) }, { "ein", B(DE) }, { "eine", B(DE) }, { "zu", B(DE) }, { "den", B(DE) },
	{ "dem", B(DE) }, { "mit", B(DE) }, { "von", B(DE) }, { "auf", B(DE) }, { "für", B(DE) },
	{ "sich", B(DE) }, { "auch", B(DE) }, { "im", B(DE) }, { "wird", B(DE) }, { "sind", B(DE) },
	{ "wie", B(DE) }, { "bei", B(DE) }, { "aus", B(DE) }, { "nach", B(DE) }, { "hat", B(DE) },
	{ "dass", B(DE) }, { "werden", B(DE) }, { "oder", B(DE) }, { "einer", B(DE) }, { "mehr", B(DE) },

	{ "il", B(IT) }, { "gli", B(IT) }, { "di", B(IT) }, { "che", B(IT) }, { "è", B(IT) },
	{ "per", B(IT) }, { "non", B(IT) }, { "della", B(IT) }, { "dei", B(IT) }, { "delle", B(IT) },
	{ "nel", B(IT) }, { "nella", B(IT) }, { "sono", B(IT) }, { "anche", B(IT) }, { "più", B(IT) },
	{ "degli", B(IT) }, { "alla", B(IT) }, { "questo", B(IT) }, { "questa", B(IT) },
	{ "hanno", B(IT) }, { "essere", B(IT) }, { "stato", B(IT) }, { "nell'", B(IT) },
	{ "dell'", B(IT) }, { "all'", B(IT) },
};

static const struct {
	const char *end;
	unsigned lang;
} endings[] = {
	{ "ção", B(PT) }, { "ções", B(PT) }, { "ões", B(PT) }, { "ência", B(PT) }, { "ância", B(PT) },
	{ "ção", B(PT) }, { "ão", B(PT) }, { "ã", B(PT) },
	{ "ción", B(ES) }, { "ciones", B(ES) }, { "encia", B(ES) }, { "ancia", B(ES) }, { "dad", B(ES) },
	{ "zione", B(IT) }, { "zioni", B(IT) }, { "enza", B(IT) }, { "anza", B(IT) }, { "tà", B(IT) },
	{ "ità", B(IT) }, { "mente", 0 },
	{ "ité", B(FR) }, { "ée", B(FR) }, { "ées", B(FR) }, { "eux", B(FR) },
	{ "ung", B(DE) }, { "keit", B(DE) }, { "heit", B(DE) }, { "lich", B(DE) }, { "chen", B(DE) },
	{ "ing", B(EN) }, { "tion", B(EN) | B(FR) },
};

static struct lex stoplex;

/* struct lang_counts has a score per language of names[]. */
_Static_assert(sizeof ((struct lang_counts *)0)->score / sizeof (long long) == NLANG,
               "a score per language");

/* Whether the folded word W (M bytes) holds the two bytes of B. */
static int
holds(const char *w, size_t m, const char *b)
{
	const char *p = w, *e = w + m;

	while ((p = memchr(p, b[0], (size_t)(e - p))) && p + 1 < e) {
		if (p[1] == b[1])
			return 1;
		p++;
	}
	return 0;
}

/*
 * The endings by their last byte, each list in table order (the first
 * ending that fits counts): most words end in a byte that ends none.
 */
static unsigned char elen[sizeof endings / sizeof endings[0]];
static unsigned char eby[256][sizeof endings / sizeof endings[0]];
static unsigned char neby[256];

static void
index_endings(void)
{
	size_t i, e;
	unsigned char b;

	for (i = 0; i < sizeof endings / sizeof endings[0]; i++) {
		e = strlen(endings[i].end);
		b = (unsigned char)endings[i].end[e - 1];
		elen[i] = (unsigned char)e;
		eby[b][neby[b]++] = (unsigned char)i;
	}
}

static void
word(struct lang_counts *k, const char *w, size_t n)
{
	char buf[64];
	size_t m, i, e, j;
	unsigned f;
	unsigned char last;
	int l;

	if (n == 0 || n >= 40)
		return;
	m = lex_fold(w, n, buf, sizeof buf);
	if (m == 0)
		return;
	f = lex_get(&stoplex, buf, m);
	last = (unsigned char)buf[m - 1];
	for (j = 0; j < neby[last]; j++) {
		i = eby[last][j];
		e = elen[i];
		if (m > e + 1 && memcmp(buf + m - e, endings[i].end, e) == 0) {
			f |= endings[i].lang;
			break;
		}
	}
	/* letters of one language: ñ; ß ä ö ü; õ (all of them 0xC3 0x..) */
	if (memchr(buf, 0xC3, m)) {
		if (holds(buf, m, "ñ"))
			f |= B(ES);
		if (holds(buf, m, "ß") || holds(buf, m, "ä") || holds(buf, m, "ö") || holds(buf, m, "ü"))
			f |= B(DE);
		if (holds(buf, m, "õ"))
			f |= B(PT);
	}
	for (l = 0; l < NLANG; l++)
		if (f & B(l))
			k->score[l]++;
}

void
lang_count(const char *s, size_t n, struct lang_counts *k)
{
	size_t i = 0, len, ws = 0;
	int inw = 0;
	uint32_t c;

	if (!stoplex.slot) {
		lex_build(&stoplex, stop, sizeof stop / sizeof stop[0]);
		index_endings();
	}
	memset(k, 0, sizeof *k);
	while (i < n) {
		c = lex_step(s + i, n - i, &len);
		if (lex_han(c))
			k->han++;
		else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF))
			k->kana++;
		else if (c >= 0xAC00 && c <= 0xD7AF)
			k->hangul++;
		else if (c < 0x250 && lex_letter(c)) {
			k->latin += c < 0x80 ? len : 1;
			if (!inw)
				ws = i, inw = 1;
			i += len;
			/* an elided article or preposition: "l'", "d'", "nell'" */
			if (i < n && (s[i] == '\'' || (i + 3 <= n && memcmp(s + i, "\xE2\x80\x99", 3) == 0)) &&
			    i - ws <= 5) {
				char buf[8];
				size_t m = i - ws;

				memcpy(buf, s + ws, m);
				buf[m++] = '\'';
				word(k, buf, m);
				inw = 0;
				i += s[i] == '\'' ? 1 : 3;
			}
			continue;
		} else if (lex_letter(c))
			k->other++;
		if (inw) {
			word(k, s + ws, i - ws);
			inw = 0;
		}
		i += len;
	}
	if (inw)
		word(k, s + ws, i - ws);
}

/* The best Latin language, or -1 when unsure. */
static int
best_latin(const struct lang_counts *k, long long *top)
{
	int l, b = -1;
	long long second = 0;

	for (l = 0; l < NLANG; l++) {
		if (b < 0 || k->score[l] > k->score[b]) {
			if (b >= 0)
				second = k->score[b];
			b = l;
		} else if (k->score[l] > second)
			second = k->score[l];
	}
	*top = k->score[b];
	if (k->score[b] < 2 || 2 * k->score[b] < 3 * second)
		return -1;
	return b;
}

static const char *
decide(const struct lang_counts *k, long long *conf)
{
	size_t cjk = 2 * (k->han + k->kana), letters = cjk + k->hangul + k->latin + k->other;
	long long top;
	int b;

	*conf = 0;
	if (letters == 0)
		return "und";
	if (cjk * 2 >= letters) {
		if (k->kana * 5 > k->han + k->kana)
			return "und";
		*conf = 1;
		return "zh";
	}
	if (k->latin * 2 < letters)
		return "und";
	b = best_latin(k, &top);
	if (b < 0)
		return "und";
	*conf = top;
	return names[b];
}

void
lang_add(struct lang_counts *sum, const struct lang_counts *k)
{
	int l;

	sum->han += k->han;
	sum->kana += k->kana;
	sum->hangul += k->hangul;
	sum->latin += k->latin;
	sum->other += k->other;
	for (l = 0; l < NLANG; l++)
		sum->score[l] += k->score[l];
}

const char *
lang_decide(const struct lang_counts *k)
{
	long long conf;

	return decide(k, &conf);
}

const char *
lang_decide_prior(const struct lang_counts *k, const char *prior)
{
	const char *d;
	long long conf;
	int l;

	if (!prior || strcmp(prior, "und") == 0)
		return lang_decide(k);
	d = decide(k, &conf);
	if (strcmp(d, "und") == 0 || strcmp(d, prior) == 0)
		return prior;
	if (strcmp(d, "zh") == 0)
		return d;
	/* a Latin language against a Latin prior must win clearly */
	for (l = 0; l < NLANG; l++)
		if (strcmp(names[l], prior) == 0 && 2 * k->score[l] >= conf)
			return prior;
	return conf >= 3 ? d : prior;
}

const char *
lang_detect(const char *s, size_t n)
{
	struct lang_counts k;

	lang_count(s, n, &k);
	return lang_decide(&k);
}

const char *
lang_detect_prior(const char *s, size_t n, const char *prior)
{
	struct lang_counts k;

	lang_count(s, n, &k);
	return lang_decide_prior(&k, prior);
}
