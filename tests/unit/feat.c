/* Unit tests of lib/feat.c: the vocabulary of page chrome and the features of a line. */
#include <string.h>

#include "feat.h"
#include "unit.h"

/* The features of the string S. */
static struct feat
of(const char *s)
{
	struct feat f;

	feat_line(s, 0, strlen(s), &f);
	return f;
}

int
main(void)
{
	struct feat f;

	feat_init();
	feat_init();  /* twice is once */
	CHECK_INT(feat_word("copyright", 9), FEAT_FOOT, "word: copyright");
	CHECK_INT(feat_word("reporter", 8), FEAT_BYLINE | FEAT_MAUTH, "word: reporter");
	CHECK_INT(feat_word("photo", 5), FEAT_PHOTO | FEAT_META, "word: photo, twice in the table");
	CHECK_INT(feat_word("Copyright", 9), 0, "word: not folded is none");
	CHECK_INT(feat_word("city", 4), 0, "word: none");
	CHECK_INT(feat_key("  Publicado   em ", 0, 17), FEAT_MDATE, "key: folded, inner spaces one");
	CHECK_INT(feat_key("Fonte", 0, 5), FEAT_MSRC, "key: Fonte");
	CHECK_INT(feat_key("Cidade", 0, 6), 0, "key: none");

	f = of("Copyright 2024 Example. All rights reserved.");
	CHECK(f.foot == 3 && f.strong == 0 && (f.first & FEAT_FOOT), "line: footer words");
	CHECK_INT(f.words, 5, "line: its words, not its numbers");
	f = of("© 2024 Example");
	CHECK_INT(f.strong, 1, "line: © is a sure footer mark");
	f = of("版权所有 北京");
	CHECK(f.strong == 1 && f.han == 6 && f.words == 3, "line: a Han word of the vocabulary");
	f = of("Foto: João Silva");
	CHECK(f.photo == 1 && f.slash_photo == 1, "line: a photo credit");
	f = of("By Jane Doe");
	CHECK(f.first_byline == 1 && f.words == 3, "line: a byline opens with By");
	f = of("The picture shows the port.");
	CHECK(f.caption == 1 && f.cap_at == 5, "line: a caption and where it starts");
	f = of("English 中文 Русский");
	CHECK(f.scripts == 3 && f.lang == 3, "line: three scripts, three language names");
	f = of("The port opened in May.");
	CHECK(f.foot == 0 && f.share == 0 && f.photo == 0 && f.first_byline == 0 && f.caption == 0,
	      "line: a sentence has none");
	return unit_failed;
}
