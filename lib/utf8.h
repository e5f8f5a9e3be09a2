/* UTF-8 validation and repair. */
#ifndef CF_UTF8_H
#define CF_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes one code point of S (N bytes available).  Returns its length in
 * bytes, or 0 when the bytes at S are not well-formed UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF included); *CP is then U+FFFD.
 */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encodes CP into OUT (4 bytes room); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

/* Returns the offset of the first ill-formed byte, or N when S is valid. */
size_t utf8_check(const char *s, size_t n);

/*
 * Returns a new NUL-terminated copy of S with every ill-formed sequence
 * replaced by U+FFFD (one per maximal ill-formed subpart, as Unicode
 * recommends).  *OUTLEN gets the copy's length and *NBAD, when not NULL,
 * the number of replacements.
 */
char *utf8_repair(const char *s, size_t n, size_t *outlen, size_t *nbad);

#endif
