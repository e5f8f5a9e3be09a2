#ifndef CF_CLAUSE_H
#define CF_CLAUSE_H

#include <stddef.h>

/*
 * Clause structure of a text, as linking reads it.  Every byte offset
 * gets a sentence, a clause and a sub-clause number: sentences end at . ! ?
 * and 。！？ and line breaks; clauses also at ; ； and around a
 * parenthesis that holds a quantity of its own (QSTARTS: the offsets where
 * quantities that are not conversions begin); sub-clauses also at commas
 * (, ， 、) and colons.
 */
struct clause_span {
	size_t start;              /* first byte of the span */
	int sent, clause, sub;
};

struct clause_list {
	struct clause_span *spans;
	size_t n, cap;
	size_t *sentstart;         /* start offset of each sentence */
	size_t nsent;
	size_t len;                /* length of the text */
};

/* Splits the LEN bytes of TEXT into CL, which clause_free() frees. */
void clause_split(struct clause_list *cl, const char *text, size_t len,
                  const size_t *qstarts, size_t nq);
/* The span holding byte POS. */
const struct clause_span *clause_at(const struct clause_list *cl, size_t pos);
/* Byte range [*S, *E) of sentence N, blanks trimmed. */
void clause_sentence(const struct clause_list *cl, const char *text, int n, size_t *s, size_t *e);
void clause_free(struct clause_list *cl);

#endif
