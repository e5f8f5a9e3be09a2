/*
 * Unit tests of lib/sbuf.c: a zeroed buffer is empty, every append keeps
 * the string NUL-terminated, growth keeps what was there, reset keeps the
 * memory, and a size past half the address space dies.
 */
#include <stdint.h>
#include <stdlib.h>

#include "die.h"
#include "sbuf.h"
#include "unit.h"

static void
test_append(void)
{
	struct sbuf b = { 0 };
	char big[1000];
	size_t cap;

	CHECK(b.s == NULL && b.n == 0, "a zeroed buffer is empty");
	sbuf_put(&b, "", 0);
	CHECK(b.s != NULL && b.n == 0 && b.s[0] == '\0', "putting nothing gives \"\"");
	sbuf_put(&b, "ab\0cd", 5);
	CHECK(b.n == 5 && memcmp(b.s, "ab\0cd", 6) == 0, "sbuf_put copies N bytes, NUL included, and terminates");
	sbuf_reset(&b);
	sbuf_puts(&b, "Shanghai");
	sbuf_putc(&b, ' ');
	sbuf_printf(&b, "%d firms, %.1f%%", 130, 35.25);
	CHECK_STR(b.s, "Shanghai 130 firms, 35.2%", "puts, putc and printf append");
	CHECK_INT(b.n, 25, "n counts the bytes");

	memset(big, 'x', sizeof big);
	sbuf_put(&b, big, sizeof big);
	CHECK(b.n == 1025 && b.cap >= 1026 && b.s[1025] == '\0', "growing past 256 bytes");
	CHECK(memcmp(b.s, "Shanghai 130", 12) == 0 && b.s[1024] == 'x', "growing keeps what was there");
	sbuf_printf(&b, "%s", "");
	CHECK_INT(b.n, 1025, "an empty printf adds nothing");
	sbuf_printf(&b, "%0600d", 7);
	CHECK(b.n == 1625 && b.s[1624] == '7' && b.s[1025] == '0' && b.s[1625] == '\0',
	      "printf longer than the room left grows the buffer");

	cap = b.cap;
	sbuf_reset(&b);
	CHECK(b.n == 0 && b.s[0] == '\0' && b.cap == cap, "reset empties and keeps the memory");
	sbuf_free(&b);
	CHECK(b.s == NULL && b.n == 0 && b.cap == 0, "free leaves an empty buffer");
	sbuf_reset(&b);
	CHECK(b.s == NULL, "reset of a freed buffer is harmless");
	sbuf_putc(&b, 'z');
	CHECK_STR(b.s, "z", "a freed buffer can be used again");
	sbuf_free(&b);
}

static void
grow_huge(void *ctx)
{
	struct sbuf b = { 0 };

	(void)ctx;
	sbuf_putc(&b, 'a');
	sbuf_grow(&b, SIZE_MAX / 2);
}

static void
test_too_big(void)
{
	struct unit_run r;

	unit_fork(&r, grow_huge, NULL);
	CHECK_INT(r.status, 2, "a size past half the address space dies with status 2");
	CHECK_STR(r.err, "sbuf: out of memory\n", "saying out of memory");
}

int
main(int argc, char **argv)
{
	(void)argc;
	die_init(argv[0]);
	test_append();
	test_too_big();
	return unit_end();
}
