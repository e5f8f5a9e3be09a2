/*
 * JSON text written by hand, byte for byte as jansson's compact encoding
 * writes it.  cf-extract writes its records this way, and cf-normalize and
 * cf-translate-map the members they add to a seg: building a jansson tree
 * per seg and encoding it cost more than the work of those tools.
 *
 *	struct jtext t = { 0 };
 *	jt_put(&t, "{", 1);
 *	jt_key(&t, "start");
 *	jt_int(&t, 12);
 *	jt_key(&t, "text");
 *	jt_str(&t, s, n);
 *	jt_put(&t, "}", 1);
 *	nd_write_text(t.b, t.n);
 */
#ifndef CF_JTEXT_H
#define CF_JTEXT_H

#include <stddef.h>
#include <string.h>

#include <jansson.h>

struct jtext {
	char *b;
	size_t n, cap;
};

/* Makes room for N more bytes. */
void jt_need(struct jtext *t, size_t n);

static inline void
jt_put(struct jtext *t, const char *s, size_t n)
{
	if (t->n + n > t->cap)
		jt_need(t, n);
	memcpy(t->b + t->n, s, n);
	t->n += n;
}

#define JT_LIT(t, s) jt_put((t), (s), sizeof(s) - 1)

/*
 * Appends S (N bytes) as a JSON string, escaped as jansson escapes it
 * (\" \\ \b \f \n \r \t, other control characters \u00XX, everything else
 * as it is).  Returns 0 and appends nothing when S is not valid UTF-8.
 */
int jt_str(struct jtext *t, const char *s, size_t n);

/* Appends V in decimal. */
void jt_int(struct jtext *t, long long v);

/* Starts member KEY (plain ASCII): a comma first unless after '{' or '['. */
void jt_key(struct jtext *t, const char *key);

/* Appends jansson's own encoding of V, which it steals; 0 when V is NULL. */
int jt_json(struct jtext *t, json_t *v);

#endif
