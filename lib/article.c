/* Articles: metadata and body blocks. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "die.h"

void
art_add(struct article *a, size_t start, size_t end, char *text, int heading)
{
	struct block *b;

	if (a->nblocks == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 32;
		a->blocks = xrealloc(a->blocks, a->cap * sizeof *a->blocks);
	}
	b = &a->blocks[a->nblocks++];
	b->start = start;
	b->end = end;
	b->text = text;
	b->heading = heading;
}

void
art_free(struct article *a)
{
	size_t i;

	for (i = 0; i < a->nblocks; i++)
		free(a->blocks[i].text);
	free(a->blocks);
	free(a->title);
	free(a->date);
	free(a->author);
	free(a->source);
	free(a->lang);
	memset(a, 0, sizeof *a);
}
