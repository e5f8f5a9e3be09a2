/*
 * Unit tests of lib/hash.h: 64-bit FNV-1a against the published test
 * vectors (and Python's arithmetic for the rest), and the three ways in
 * agreeing with each other.
 */
#include <stdint.h>

#include "die.h"
#include "hash.h"
#include "unit.h"

int
main(int argc, char **argv)
{
	uint64_t h;

	(void)argc;
	die_init(argv[0]);
	CHECK(HASH_SEED == 0xcbf29ce484222325ULL, "the seed is FNV's 64-bit offset basis");
	CHECK(hash_str("") == 0xcbf29ce484222325ULL, "hash of \"\" is the offset basis");
	CHECK(hash_str("a") == 0xaf63dc4c8601ec8cULL, "FNV-1a 64 of \"a\"");
	CHECK(hash_str("foobar") == 0x85944171f73967e8ULL, "FNV-1a 64 of \"foobar\"");
	CHECK(hash_str("\xE4\xB8\x8A\xE6\xB5\xB7") == 0x4ef4ef9ee82af0c5ULL, "bytes past ASCII hash unsigned");
	CHECK(hash_bytes("foobar", 6) == hash_str("foobar"), "hash_bytes and hash_str agree");
	h = hash_add(HASH_SEED, "foo", 3);
	h = hash_add(h, "bar", 3);
	CHECK(h == hash_str("foobar"), "hash_add in two pieces is the hash of the whole");
	CHECK(hash_add(h, "", 0) == h, "adding no bytes changes nothing");
	CHECK(hash_bytes("a\0b", 3) == 0xe5d29919042666b2ULL, "hash_bytes reads past a NUL");
	CHECK(hash_str("a\0b") == hash_str("a"), "hash_str stops at the NUL");
	CHECK(hash_str("ab") != hash_str("ba"), "order matters");
	CHECK(hash_bytes("", 0) == HASH_SEED, "no bytes: the seed");
	return unit_end();
}
