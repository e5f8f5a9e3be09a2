/* A minimal unit-test harness: each check prints "ok - ..." or "FAIL - ...". */
#ifndef CF_UNIT_H
#define CF_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed;

#define CHECK(cond, name)                                                        \
	do {                                                                     \
		if (cond)                                                        \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s (%s:%d: %s)\n", name, __FILE__, __LINE__, #cond); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

#define CHECK_STR(got, want, name)                                               \
	do {                                                                     \
		const char *g_ = (got), *w_ = (want);                            \
		if (g_ && w_ && strcmp(g_, w_) == 0)                             \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s: got \"%s\", want \"%s\"\n", name, g_ ? g_ : "(null)", w_); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

#define CHECK_INT(got, want, name)                                               \
	do {                                                                     \
		long long g_ = (long long)(got), w_ = (long long)(want);         \
		if (g_ == w_)                                                    \
			printf("ok - %s\n", name);                               \
		else {                                                           \
			printf("FAIL - %s: got %lld, want %lld\n", name, g_, w_); \
			unit_failed = 1;                                         \
		}                                                                \
	} while (0)

#endif
