/*
 * Unit tests of lib/article.c: blocks appended in order, past the first
 * allocation, each owning its text; art_free() frees and zeroes all.
 */
#include <stdlib.h>

#include "article.h"
#include "die.h"
#include "unit.h"

int
main(int argc, char **argv)
{
	struct article a = { 0 };
	size_t i, ok = 0;

	(void)argc;
	die_init(argv[0]);
	art_add(&a, 0, 5, NULL, 1);
	CHECK(a.nblocks == 1 && a.cap == 32 && a.blocks != NULL, "the first block makes room for 32");
	CHECK(a.blocks[0].start == 0 && a.blocks[0].end == 5 && a.blocks[0].text == NULL && a.blocks[0].heading == 1,
	      "a heading with no text of its own");
	for (i = 1; i < 40; i++)
		art_add(&a, i * 10, i * 10 + 7, xstrdup(i % 2 ? "odd" : "even"), 0);
	CHECK(a.nblocks == 40 && a.cap == 64, "40 blocks: the room doubles to 64");
	for (i = 1; i < 40; i++)
		ok += a.blocks[i].start == i * 10 && a.blocks[i].end == i * 10 + 7 && !a.blocks[i].heading &&
		      strcmp(a.blocks[i].text, i % 2 ? "odd" : "even") == 0;
	CHECK_INT(ok, 39, "every block keeps its span and text, in order");

	a.title = xstrdup("T");
	a.lang = xstrdup("en");
	a.html = 1;
	a.unread = 3;
	art_free(&a);
	CHECK(a.blocks == NULL && a.nblocks == 0 && a.cap == 0 && a.title == NULL && a.lang == NULL &&
	      a.html == 0 && a.unread == 0, "art_free zeroes the article");
	art_free(&a);
	CHECK(a.nblocks == 0, "art_free of an empty article is harmless");
	art_add(&a, 1, 2, NULL, 0);
	CHECK(a.nblocks == 1 && a.blocks[0].start == 1, "a freed article takes blocks again");
	art_free(&a);
	return unit_end();
}
