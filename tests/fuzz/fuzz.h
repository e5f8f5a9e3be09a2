/*
 * Helpers shared by the libFuzzer targets in tests/fuzz/: the data under
 * test is put into a memory file (memfd) whose /proc/self/fd path goes
 * through the same in_open()/in_slurp() calls the tools use.
 */
#ifndef CF_FUZZ_H
#define CF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "die.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static int fuzz_fd = -1;
static char fuzz_path[64];

/* Replaces the memory file's contents with DATA; returns its path. */
static inline const char *
fuzz_file(const uint8_t *data, size_t size)
{
	size_t off = 0;
	ssize_t w;

	if (fuzz_fd < 0) {
		fuzz_fd = memfd_create("cf-fuzz", 0);
		if (fuzz_fd < 0)
			abort();
		snprintf(fuzz_path, sizeof fuzz_path, "/proc/self/fd/%d", fuzz_fd);
	}
	if (ftruncate(fuzz_fd, 0) != 0 || lseek(fuzz_fd, 0, SEEK_SET) != 0)
		abort();
	while (off < size) {
		w = write(fuzz_fd, data + off, size - off);
		if (w <= 0)
			abort();
		off += (size_t)w;
	}
	return fuzz_path;
}

/* Common set-up: a program name for messages, bad input never fatal. */
static inline void
fuzz_init(const char *name)
{
	die_init(name);
	die_strict = 0;
}

#endif
