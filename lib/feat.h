/*
 * The vocabulary of page chrome that cf-extract's text reader recognizes
 * (in English, Chinese in both scripts and Portuguese): footer words
 * (copyright, ICP, 公网安备, address, powered by), share and save prompts,
 * photo credits and captions, language names, metadata keys, words that
 * open a byline, navigation and end marks; and the features of a line
 * counted with it: its words, scripts and the vocabulary's words in it,
 * Han words found in windows of up to four characters.
 */
#ifndef CF_FEAT_H
#define CF_FEAT_H

#include <stddef.h>

/* The flags of the vocabulary's words. */
enum {
	FEAT_FSTRONG = 1 << 0,   /* a footer for sure: copyright, ICP, 公网安备 */
	FEAT_FOOT = 1 << 1,      /* footer words: address, telephone, powered */
	FEAT_SHARE = 1 << 2,     /* share and save prompts */
	FEAT_PHOTO = 1 << 3,     /* photo credits */
	FEAT_LANG = 1 << 4,      /* names of languages (selectors) */
	FEAT_SHOWS = 1 << 5,     /* "(the picture) shows" */
	FEAT_MDATE = 1 << 6,     /* metadata keys */
	FEAT_MAUTH = 1 << 7,
	FEAT_MSRC = 1 << 8,
	FEAT_META = 1 << 9,
	FEAT_BYLINE = 1 << 10,   /* words that open a byline */
	FEAT_CAPTION = 1 << 11,  /* 图为: a caption */
	FEAT_NAV = 1 << 12,      /* navigation: related, read more, 上一篇 */
	FEAT_END = 1 << 13,      /* an end mark: (END), （完） */
	FEAT_REL = 1 << 14,      /* a label of related stories: 相关内容 */
	FEAT_AD = 1 << 15,       /* labels of ads and of the newsroom: Advertisement, Redação */
};

/* What feat_line() finds in a line. */
struct feat {
	int words, first_byline, strong, foot, share, photo, lang, caption, scripts, ad;
	int slash_photo;        /* a photo word next to "/" or ":" ("Foto: X", "Photo/VCG") */
	size_t cap_at;          /* where a caption ("The picture shows", 图为) starts, + 1 */
	unsigned first, last;   /* flags of the first and the last word */
	size_t han, hangul, other;
};

/* Builds the vocabulary's table; feat_line() and the others need it first.  Idempotent. */
void feat_init(void);

/* The features of S[A..B) into F. */
void feat_line(const char *s, size_t a, size_t b, struct feat *f);

/* The flags of the key S[A..B) folded, inner white space made one space. */
unsigned feat_key(const char *s, size_t a, size_t b);

/* The flags of the word W (N bytes, folded already), or 0. */
unsigned feat_word(const char *w, size_t n);

#endif
