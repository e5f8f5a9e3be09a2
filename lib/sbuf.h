/*
 * The one growable string of the project: S holds N bytes and is always
 * NUL-terminated once anything was put in it; a zeroed struct is empty.
 * Memory comes from xrealloc(), which dies on failure.
 */
#ifndef CF_SBUF_H
#define CF_SBUF_H

#include <stddef.h>
#include <string.h>

struct sbuf {
	char *s;
	size_t n, cap;
};

/* Room for N more bytes and the NUL. */
void sbuf_grow(struct sbuf *b, size_t n);

/* Appends N bytes of S. */
static inline void
sbuf_put(struct sbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap)
		sbuf_grow(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

/* Appends the string S. */
void sbuf_puts(struct sbuf *b, const char *s);

/* Appends the byte C. */
static inline void
sbuf_putc(struct sbuf *b, char c)
{
	if (b->n + 2 > b->cap)
		sbuf_grow(b, 1);
	b->s[b->n++] = c;
	b->s[b->n] = '\0';
}

/* Appends printf-style text. */
void sbuf_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Empties B, keeping its memory. */
static inline void
sbuf_reset(struct sbuf *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
}

/* Frees B's memory; B is empty again. */
void sbuf_free(struct sbuf *b);

#endif
