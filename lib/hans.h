/* Traditional to Simplified Chinese characters (see hans.c). */
#ifndef CF_HANS_H
#define CF_HANS_H

#include <stdint.h>

/* The Simplified form of CP when it is a Traditional character, else CP. */
uint32_t hans_char(uint32_t cp);

#endif
