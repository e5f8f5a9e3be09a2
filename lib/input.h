/*
 * Input: files, directories, standard input; gzip by magic bytes.
 *
 * Every tool reads through this module.  A name "-" means standard input.
 * gzip'd data is recognised by its magic bytes, whatever the file is called,
 * and decoded through zlib, member after member as gzip does (data after
 * the last member is reported and left out); a UTF-8 byte order mark is
 * stripped; UTF-16, with a byte order mark or without, is refused with a
 * hint to convert it.  Problems are reported with die_at()
 * and the caller goes on with its next input.
 */
#ifndef CF_INPUT_H
#define CF_INPUT_H

#include <stddef.h>

#define IN_MAX_RECORD_DEFAULT ((size_t)64 << 20)

extern size_t in_max_record;   /* --max-record: longest line or file accepted */

typedef struct cf_input cf_input;

/* Opens PATH ("-" for stdin).  Returns NULL after reporting an error. */
cf_input *in_open(const char *path);

/* The name used in messages ("-" reads as "stdin"). */
const char *in_name(const cf_input *in);

/* Line number of the line last returned by in_getline(). */
long long in_lineno(const cf_input *in);

/*
 * Reads the next line into *LINE (NUL-terminated, without its "\n" or
 * "\r\n"; the buffer belongs to IN and is reused) and its length into *LEN.
 * Returns 1 for a line, 0 at the end, -1 after a read error (reported;
 * the input is then at its end).  A line longer than in_max_record is
 * reported and skipped.
 */
int in_getline(cf_input *in, char **line, size_t *len);

void in_close(cf_input *in);

/*
 * Reads all of PATH, gunzipped, into a new buffer (NUL-terminated) and
 * sets *LEN.  *BOM is set to 3 when the data starts with a UTF-8 byte order mark
 * (left in the buffer, so that offsets stay those of the decoded file), else
 * 0.  Returns NULL after reporting an error (unreadable, truncated gzip,
 * UTF-16 with or without a byte order mark, larger than in_max_record).
 * A FIFO without a writer reads as empty, never waits.
 */
char *in_slurp(const char *path, size_t *len, size_t *bom);

/* The line, from 1, of the byte at offset N of S. */
long long in_line_of(const char *s, size_t n);

/*
 * Calls FN for every regular file named by PATH: PATH itself, or, for a
 * directory, every file below it in byte order of names, hidden entries
 * skipped.  Returns the number of files visited; an unreadable path or an
 * empty directory is reported.  Below a directory, a FIFO, device or
 * socket is reported and skipped.  Files and directories are known by
 * device and inode over the whole run: one met again (through a link, or
 * named twice) is reported and skipped, and a link back to a directory
 * the walk is inside (a symlink loop) is reported once and not followed.
 */
long long in_walk(const char *path, void (*fn)(const char *file, void *ctx), void *ctx);

#endif
