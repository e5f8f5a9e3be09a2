/*
 * The one string hash of the project: 64-bit FNV-1a.  Tables of any size
 * take it modulo their size or mask it; the truncated 32-bit variants that
 * used to be copied about are gone.
 */
#ifndef CF_HASH_H
#define CF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_SEED 14695981039346656037ULL

/* H with the N bytes at P added: hash_add(HASH_SEED, ...) starts a hash. */
static inline uint64_t
hash_add(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n-- > 0)
		h = (h ^ *b++) * 1099511628211ULL;
	return h;
}

/* The hash of the N bytes at P. */
static inline uint64_t
hash_bytes(const void *p, size_t n)
{
	return hash_add(HASH_SEED, p, n);
}

/* The hash of the string S. */
static inline uint64_t
hash_str(const char *s)
{
	uint64_t h = HASH_SEED;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

#endif
