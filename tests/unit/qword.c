/*
 * Unit tests of the word tables (lib/qword.c): phrases read longest
 * first, per language, per type, and the first-word filter.
 */
#include <stdlib.h>
#include <string.h>

#include "qword.h"
#include "unit.h"

static struct qt_result r;

static void
fold(struct qs *s, const char *t, int lang)
{
	memset(s, 0, sizeof *s);
	s->r = &r;
	s->lang = lang;
	qs_fold(s, t, strlen(t));
}

int
main(void)
{
	struct qs s;
	const struct qword *w;
	size_t e = 0;

	fold(&s, "More than twenty U.S. dollars", QT_EN);
	w = qword_at(&s, 0, 0, &e);
	CHECK(w && w->type == QW_QUAL && !strcmp(w->s, ">") && e == 9, "qword_at: \"more than\", a qualifier");
	w = qword_at(&s, 10, 0, &e);
	CHECK(w && w->type == QW_TEN && w->v == 20 && e == 16, "qword_at: \"twenty\" is 20");
	CHECK_INT(qword_wend(&s, 17), 20, "qword_wend: \"u.s\" keeps the dot between its letters");
	CHECK_INT(qword_wend(&s, 22), 29, "qword_wend: a plain word");
	fold(&s, "More than twenty US dollars", QT_EN);
	w = qword_at(&s, 17, QW_CUR, &e);
	CHECK(w && !strcmp(w->s, "USD") && e == 27, "qword_at: \"us dollars\", two words");
	CHECK(qword_at(&s, 17, QW_UNIT, &e) == NULL, "qword_at: no unit there");
	CHECK(qword_at(&s, 1, 0, &e) == NULL, "qword_at: not inside a word");
	CHECK(qword_at(&s, 4, 0, &e) == NULL, "qword_at: not at a space");

	fold(&s, "dois milhões e meio", QT_PT);
	w = qword_at(&s, 0, 0, &e);
	CHECK(w && w->type == QW_UNIT && w->v == 2 && e == 4, "qword_at: \"dois\" in Portuguese");
	w = qword_at(&s, 5, 0, &e);
	CHECK(w && w->type == QW_SCALE && w->v == 1e6 && e == 13, "qword_at: \"milhões\"");
	fold(&s, "dois milhões", QT_EN);
	CHECK(qword_at(&s, 0, 0, &e) == NULL, "qword_at: \"dois\" is no English word");

	s.lang = QT_EN;
	e = (size_t)qword_lbit(&s);
	s.lang = QT_PT;
	CHECK(e != (size_t)qword_lbit(&s), "qword_lbit: English and Portuguese differ");
	s.lang = QT_EN;
	CHECK(qword_starts("more", 4, qword_lbit(&s), QW_QUAL), "qword_starts: \"more\" starts a qualifier");
	CHECK(!qword_starts("more", 4, qword_lbit(&s), QW_UNIT), "qword_starts: but no unit");
	CHECK(!qword_starts("city", 4, qword_lbit(&s), 0), "qword_starts: \"city\" starts nothing");
	CHECK(!qword_starts("", 0, qword_lbit(&s), 0), "qword_starts: an empty word starts nothing");
	s.lang = QT_PT;
	CHECK(qword_starts("cerca", 5, qword_lbit(&s), QW_QUAL), "qword_starts: \"cerca\" in Portuguese");
	s.lang = QT_EN;
	CHECK(!qword_starts("cerca", 5, qword_lbit(&s), QW_QUAL), "qword_starts: not in English");
	free(r.scratch);
	return unit_failed;
}
