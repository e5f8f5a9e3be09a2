/*
 * Unit tests of lib/clause.c: sentences, semicolons, commas (not those
 * inside a number), Chinese punctuation, and a parenthesis that is a
 * clause only when it holds a figure of its own.
 */
#include <stdlib.h>

#include "clause.h"
#include "unit.h"

/* Offset of NEEDLE in TEXT. */
static size_t
at(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	return p ? (size_t)(p - text) : (size_t)-1;
}

static void
test_english(void)
{
	const char *t = "In 2020, Linyi had 1,234 firms; its scale was 5.5 billion yuan. Then 7 more came.";
	struct clause_list cl;
	const struct clause_span *a, *b, *c, *d;
	size_t s, e;
	char *sent;

	clause_split(&cl, t, strlen(t), NULL, 0);
	a = clause_at(&cl, at(t, "2020"));
	b = clause_at(&cl, at(t, "1,234"));
	c = clause_at(&cl, at(t, "5.5"));
	d = clause_at(&cl, at(t, "7 more"));
	CHECK(a->clause == b->clause && a->sub != b->sub, "en: a comma splits sub-clauses, not clauses");
	CHECK(clause_at(&cl, at(t, "234"))->sub == b->sub, "en: the comma of 1,234 splits nothing");
	CHECK(b->clause != c->clause && b->sent == c->sent, "en: a semicolon ends a clause, not the sentence");
	CHECK(clause_at(&cl, at(t, "5 billion"))->sub == c->sub, "en: the point of 5.5 ends nothing");
	CHECK(c->sent != d->sent, "en: a full stop and a space end the sentence");
	clause_sentence(&cl, t, d->sent, &s, &e);
	sent = strndup(t + s, e - s);
	CHECK_STR(sent, "Then 7 more came.", "en: the second sentence's text");
	free(sent);
	clause_free(&cl);
}

static void
test_chinese(void)
{
	const char *t = "到2025年将实现500亿元的收入（2021年为200亿元），并吸引企业（上海）落户。下一句。";
	size_t q[2];
	struct clause_list cl;
	const struct clause_span *a, *b, *c, *d;

	q[0] = at(t, "500");
	q[1] = at(t, "200");
	clause_split(&cl, t, strlen(t), q, 2);
	a = clause_at(&cl, at(t, "2025"));
	b = clause_at(&cl, q[0]);
	c = clause_at(&cl, q[1]);
	d = clause_at(&cl, at(t, "上海"));
	CHECK(a->clause == b->clause && a->sub == b->sub, "zh: time and figure share a clause");
	CHECK(c->clause != b->clause && c->sent == b->sent, "zh: a parenthesis with a figure is its own clause");
	CHECK(clause_at(&cl, at(t, "的收入"))->clause == b->clause, "zh: the clause goes on after the parenthesis");
	CHECK(d->clause == b->clause, "zh: a parenthesis without a figure is no clause");
	CHECK(d->sub != b->sub, "zh: ， splits sub-clauses");
	CHECK(clause_at(&cl, at(t, "下一句"))->sent == b->sent + 1, "zh: 。 ends the sentence");
	clause_free(&cl);
}

static void
test_edges(void)
{
	struct clause_list cl;

	clause_split(&cl, "", 0, NULL, 0);
	CHECK(clause_at(&cl, 0)->sent == 0 && cl.nsent == 1, "empty text: one empty sentence");
	clause_free(&cl);
	clause_split(&cl, "(((((a)", 7, NULL, 0);
	CHECK(clause_at(&cl, 5)->clause == 0, "unbalanced parentheses: no clause");
	clause_free(&cl);
}

/* The numbers themselves: spans, their starts, and sentences out of range. */
static void
test_numbers(void)
{
	const char *t = "A, b; c.\nD！E、f";
	struct clause_list cl;
	const struct clause_span *sp;
	size_t s, e;

	clause_split(&cl, t, strlen(t), NULL, 0);
	CHECK_INT(cl.n, 7, "numbers: seven spans");
	CHECK_INT(cl.nsent, 4, "numbers: four sentences (\".\" then \"\\n\" then ！)");
	CHECK_INT(cl.len, strlen(t), "numbers: the text's length");
	sp = clause_at(&cl, at(t, "b"));
	CHECK_INT(sp->start, 2, "numbers: b's span starts after the comma");
	CHECK(sp->sent == 0 && sp->clause == 0 && sp->sub == 1, "numbers: b is sentence 0, clause 0, sub 1");
	sp = clause_at(&cl, at(t, "c"));
	CHECK(sp->sent == 0 && sp->clause == 1 && sp->sub == 2, "numbers: c is sentence 0, clause 1, sub 2");
	sp = clause_at(&cl, at(t, "D"));
	CHECK_INT(sp->sent, 2, "numbers: a line break after a full stop is one more sentence");
	sp = clause_at(&cl, at(t, "E"));
	CHECK_INT(sp->sent, 3, "numbers: ！ ends a sentence");
	CHECK(clause_at(&cl, at(t, "f"))->sub == sp->sub + 1, "numbers: 、 opens a sub-clause");
	CHECK(clause_at(&cl, at(t, "f"))->clause == sp->clause, "numbers: 、 opens no clause");
	clause_sentence(&cl, t, 0, &s, &e);
	CHECK(s == 0 && e == at(t, "\n"), "numbers: sentence 0 is \"A, b; c.\"");
	clause_sentence(&cl, t, 1, &s, &e);
	CHECK(s == e, "numbers: the empty sentence between \".\" and \"\\n\" is empty");
	clause_sentence(&cl, t, 4, &s, &e);
	CHECK(s == 0 && e == 0, "numbers: no sentence 4");
	clause_sentence(&cl, t, -1, &s, &e);
	CHECK(s == 0 && e == 0, "numbers: no sentence -1");
	clause_free(&cl);
	CHECK(cl.spans == NULL && cl.n == 0 && cl.nsent == 0, "numbers: freed lists are empty");
}

int
main(void)
{
	test_english();
	test_chinese();
	test_edges();
	test_numbers();
	return unit_failed;
}
