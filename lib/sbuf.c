/* The growable string (see sbuf.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "sbuf.h"

void
sbuf_grow(struct sbuf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 256;

	if (n > (size_t)-1 / 2 - b->n)
		die("out of memory");
	while (b->n + n + 1 > cap)
		cap *= 2;
	if (cap != b->cap) {
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
}

void
sbuf_puts(struct sbuf *b, const char *s)
{
	sbuf_put(b, s, strlen(s));
}

void
sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("sbuf_printf: bad format");
	sbuf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)n;
}

void
sbuf_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}
