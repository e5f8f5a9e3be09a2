/*
 * Unit tests of lib/link.c's clause splitter: sentences, semicolons,
 * commas (not those inside a number), Chinese punctuation, and a
 * parenthesis that is a clause only when it holds a figure of its own.
 */
#include <stdlib.h>

#include "link.h"
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

int
main(void)
{
	test_english();
	test_chinese();
	test_edges();
	return unit_failed;
}
