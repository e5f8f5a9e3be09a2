/* lib/sha256.c against digests computed by Python's hashlib: the empty
 * string, FIPS 180-4's two examples, lengths at the padding's edges, the
 * raw digest, a NUL inside the data, and one changed byte. */
#include <stdlib.h>
#include <string.h>

#include "die.h"
#include "sha256.h"
#include "unit.h"

static void
check_x(size_t n, const char *want)
{
	char *s = xmalloc(n + 1), got[45], name[64];

	memset(s, 'x', n);
	sha256_base64(s, n, got);
	snprintf(name, sizeof name, "sha256 of %zu x's", n);
	CHECK_STR(got, want, name);
	free(s);
}

int
main(int argc, char **argv)
{
	char got[45], other[45];
	unsigned char raw[32];

	(void)argc;
	die_init(argv[0]);
	sha256_base64("", 0, got);
	CHECK_STR(got, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "sha256 of nothing");
	sha256_base64("abc", 3, got);
	CHECK_STR(got, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", "sha256 of abc");
	sha256_base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, got);
	CHECK_STR(got, "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=", "sha256 of 56 bytes: two blocks of padding");
	check_x(55, "1eKFaDzU78AtAhpcYgFGlJWJAQBdb3HongmJ+sd+QHI=");
	check_x(64, "fOEAlx9k5wAej+WlGXPs3+HO1Cvv5+6NX9YhlQa1OTw=");
	check_x(119, "AAtI1O3w+nvuPGI27NJ4W6pdtO64u1Q0GwKeDZ+l+ww=");
	check_x(1000, "RPg1RJSlugO6F5Ko0+nFNMR6kYGYD956P0SwbvKufH8=");
	sha256("abc", 3, raw);
	CHECK(raw[0] == 0xba && raw[1] == 0x78 && raw[2] == 0x16 && raw[3] == 0xbf && raw[31] == 0xad,
	      "raw digest of abc: ba7816bf...ad");
	sha256_base64("a\0b", 3, got);
	CHECK_STR(got, "WbJxrhu8sdMdQZKYF/Sxb7Q5608xUgta0dXOmJIKcTg=", "a NUL inside the data is hashed");
	sha256_base64("abd", 3, other);
	CHECK(strcmp(other, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=") != 0 && strlen(other) == 44,
	      "one changed byte changes the digest");
	sha256_base64("abc", 2, other);
	CHECK(strcmp(other, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=") != 0, "only N bytes are hashed");
	return unit_end();
}
