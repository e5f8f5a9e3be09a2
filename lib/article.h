/*
 * An article as cf-extract's readers give it: metadata and the blocks of
 * body text (paragraphs, headings, list items) in reading order, before
 * sentence splitting.  The text reader (lib/text.c) and the HTML reader
 * (lib/html.c) both fill one; cf-extract turns blocks into seg records.
 */
#ifndef CF_ARTICLE_H
#define CF_ARTICLE_H

#include <stddef.h>

struct block {
	size_t start, end;  /* byte span in the decoded article */
	char *text;         /* text of the block; NULL: the source bytes start..end */
	int heading;        /* a heading: one seg of its own, never split */
};

struct article {
	char *title, *date, *author, *source, *lang; /* NULL when absent; lang is a hint */
	struct block *blocks;
	size_t nblocks, cap;
	int html;           /* offsets point into markup ("offsets":"html") */
	size_t unread;      /* bytes of text the reader had to leave out (HTML nested too deep) */
};

/* Appends a block; TEXT (may be NULL) is owned by the article from now on. */
void art_add(struct article *a, size_t start, size_t end, char *text, int heading);

/* Frees everything the article owns and zeroes it. */
void art_free(struct article *a);

#endif
