/*
 * SHA-256 (FIPS 180-4), for the hash of cf-render's inline script in the
 * html report's Content-Security-Policy.
 */
#ifndef CF_SHA256_H
#define CF_SHA256_H

#include <stddef.h>

/* The digest of the N bytes at P into OUT. */
void sha256(const void *p, size_t n, unsigned char out[32]);

/* The digest in base64 (44 characters and a NUL) into OUT. */
void sha256_base64(const void *p, size_t n, char out[45]);

#endif
