/*
 * The clause splitter linking reads a seg's text with (see clause.h).
 */
#include <stdlib.h>
#include <string.h>

#include "clause.h"
#include "die.h"

static void
add_span(struct clause_list *cl, size_t start, int sent, int clause, int sub)
{
	struct clause_span *last = cl->n ? &cl->spans[cl->n - 1] : NULL;

	if (last && last->start == start) {
		last->sent = sent, last->clause = clause, last->sub = sub;
		return;
	}
	if (last && last->sent == sent && last->clause == clause && last->sub == sub)
		return;
	if (cl->n == cl->cap) {
		cl->cap = cl->cap ? cl->cap * 2 : 16;
		cl->spans = xrealloc(cl->spans, cl->cap * sizeof *cl->spans);
	}
	cl->spans[cl->n].start = start;
	cl->spans[cl->n].sent = sent;
	cl->spans[cl->n].clause = clause;
	cl->spans[cl->n].sub = sub;
	cl->n++;
}

static void
add_sentence(struct clause_list *cl, size_t start)
{
	if (cl->nsent % 16 == 0)
		cl->sentstart = xrealloc(cl->sentstart, (cl->nsent + 16) * sizeof *cl->sentstart);
	cl->sentstart[cl->nsent++] = start;
}

/* Byte length of the opening or closing parenthesis at S, or 0. */
static size_t
paren(const char *s, size_t n, int open)
{
	if (n >= 1 && *s == (open ? '(' : ')'))
		return 1;
	if (n >= 3 && memcmp(s, open ? "\xEF\xBC\x88" : "\xEF\xBC\x89", 3) == 0)  /* （ ） */
		return 3;
	return 0;
}

static int
is_space(unsigned char b)
{
	return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

/*
 * A parenthesis that opens at I holds a quantity of its own when a start
 * in QSTARTS lies before its matching close (looked for within 2000 bytes).
 */
static int
holds_quantity(const char *t, size_t len, size_t i, const size_t *qs, size_t nq)
{
	size_t j, k, lim = len - i > 2000 ? i + 2000 : len, p;
	int depth = 0;

	for (j = i; j < lim; j++) {
		if ((p = paren(t + j, len - j, 1))) {
			depth++;
			j += p - 1;
		} else if ((p = paren(t + j, len - j, 0))) {
			if (--depth == 0) {
				for (k = 0; k < nq; k++)
					if (qs[k] > i && qs[k] < j)
						return 1;
				return 0;
			}
			j += p - 1;
		}
	}
	return 0;
}

void
clause_split(struct clause_list *cl, const char *t, size_t len, const size_t *qs, size_t nq)
{
	/* Most bytes end or open nothing: only these can (0xE3, 0xEF lead 。！？；，、：（）). */
	static const unsigned char stops[256] = {
		['('] = 1, [')'] = 1, ['\n'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, ['.'] = 1, [','] = 1,
		[':'] = 1, [0xE3] = 1, [0xEF] = 1,
	};
	int sent = 0, clause = 0, sub = 0, nclause = 0, nsub = 0;
	int stack[8][2], depth = 0, sepdepth = 0, sep[8];
	size_t i = 0, n, p;
	unsigned char b;

	memset(cl, 0, sizeof *cl);
	cl->len = len;
	add_sentence(cl, 0);
	add_span(cl, 0, 0, 0, 0);
	while (i < len) {
		b = (unsigned char)t[i];
		n = 1;
		if (!stops[b]) {
			i++;
			continue;
		}
		if ((p = paren(t + i, len - i, 1))) {
			n = p;
			sep[depth < 8 ? depth : 7] = 0;
			if (depth < 8 && holds_quantity(t, len, i, qs, nq)) {
				stack[depth][0] = clause;
				stack[depth][1] = sub;
				sep[depth] = 1;
				sepdepth++;
				clause = ++nclause;
				sub = ++nsub;
				add_span(cl, i, sent, clause, sub);
			}
			depth++;
		} else if ((p = paren(t + i, len - i, 0))) {
			n = p;
			if (depth > 0) {
				depth--;
				if (depth < 8 && sep[depth]) {
					clause = stack[depth][0];
					sub = stack[depth][1];
					sepdepth--;
					add_span(cl, i + n, sent, clause, sub);
				}
			}
		} else if (b == '\n' || b == '!' || b == '?' || b == ';' ||
		           (b == '.' && (i + 1 == len || is_space((unsigned char)t[i + 1]))) ||
		           (len - i >= 3 && (memcmp(t + i, "\xE3\x80\x82", 3) == 0 ||    /* 。 */
		                             memcmp(t + i, "\xEF\xBC\x81", 3) == 0 ||    /* ！ */
		                             memcmp(t + i, "\xEF\xBC\x9F", 3) == 0 ||    /* ？ */
		                             memcmp(t + i, "\xEF\xBC\x9B", 3) == 0))) { /* ； */
			n = b < 0x80 ? 1 : 3;
			/* A semicolon ends a clause; the others end the sentence too. */
			if (!(b == ';' || (n == 3 && memcmp(t + i, "\xEF\xBC\x9B", 3) == 0))) {
				sent++;
				add_sentence(cl, i + n);
			}
			depth = sepdepth = 0;
			clause = ++nclause;
			sub = ++nsub;
			add_span(cl, i + n, sent, clause, sub);
		} else if ((b == ',' && !(i + 1 < len && t[i + 1] >= '0' && t[i + 1] <= '9')) ||
		           b == ':' ||
		           (len - i >= 3 && (memcmp(t + i, "\xEF\xBC\x8C", 3) == 0 ||    /* ， */
		                             memcmp(t + i, "\xE3\x80\x81", 3) == 0 ||    /* 、 */
		                             memcmp(t + i, "\xEF\xBC\x9A", 3) == 0))) { /* ： */
			n = b < 0x80 ? 1 : 3;
			sub = ++nsub;
			add_span(cl, i + n, sent, clause, sub);
		}
		i += n;
	}
}

const struct clause_span *
clause_at(const struct clause_list *cl, size_t pos)
{
	size_t lo = 0, hi = cl->n;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (cl->spans[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return &cl->spans[lo];
}

void
clause_sentence(const struct clause_list *cl, const char *t, int n, size_t *s, size_t *e)
{
	size_t a, b;

	if (n < 0 || (size_t)n >= cl->nsent) {
		*s = *e = 0;
		return;
	}
	a = cl->sentstart[n];
	b = (size_t)n + 1 < cl->nsent ? cl->sentstart[n + 1] : cl->len;
	while (a < b && is_space((unsigned char)t[a]))
		a++;
	while (b > a && is_space((unsigned char)t[b - 1]))
		b--;
	*s = a;
	*e = b;
}

void
clause_free(struct clause_list *cl)
{
	free(cl->spans);
	free(cl->sentstart);
	memset(cl, 0, sizeof *cl);
}
