/* Input files, directories and standard input, gzip'd or not (zlib). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "die.h"
#include "input.h"

size_t in_max_record = IN_MAX_RECORD_DEFAULT;

/*
 * The reader decodes gzip itself rather than through gzread(), which
 * ignores whatever follows the last member without a word: members one
 * after another are read as gzip reads them, and data after them is
 * reported.  Input that is not gzip'd is read as it is.
 */
enum { RAW_CAP = 1 << 17 };

struct cf_input {
	char *name;
	int fd;
	int mode;         /* 0 not known yet, 'p' plain, 'z' gzip */
	z_stream z;       /* next_in and avail_in: the raw bytes not used yet */
	unsigned char *raw;
	int rawend;       /* the file has no more bytes */
	int between;      /* gzip: a member has ended, the next not begun */
	int zfull;        /* gzip: the last inflate() filled all the room it had */
	char *buf;        /* read buffer */
	size_t cap, len, pos;
	char *line;       /* the line handed out */
	size_t linecap;
	long long lineno;
	int eof, first;
};

static int
open_fd(const char *path)
{
	int fd;

	if (strcmp(path, "-") == 0)
		return dup(STDIN_FILENO);
	/*
	 * Without O_NONBLOCK, opening a FIFO waits for a writer for ever; with
	 * it cleared again after the open, a FIFO with no writer reads as
	 * empty.
	 */
	fd = open(path, O_RDONLY | O_NONBLOCK);
	if (fd >= 0) {
		struct stat st;
		int fl;

		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			errno = EISDIR;
			return -1;
		}
		if ((fl = fcntl(fd, F_GETFL)) != -1)
			(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	}
	return fd;
}

static const char *
display(const char *path)
{
	return strcmp(path, "-") == 0 ? "stdin" : path;
}

/* An input reading FD, opened from PATH. */
static cf_input *
in_fdopen(int fd, const char *path)
{
	cf_input *in;

	in = xcalloc(1, sizeof *in);
	in->name = xstrdup(display(path));
	in->fd = fd;
	in->raw = xmalloc(RAW_CAP);
	in->z.next_in = in->raw;
	in->cap = 1 << 16;
	in->buf = xmalloc(in->cap);
	in->first = 1;
	return in;
}

cf_input *
in_open(const char *path)
{
	int fd;

	fd = open_fd(path);
	if (fd < 0) {
		die_at(display(path), 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	return in_fdopen(fd, path);
}

const char *
in_name(const cf_input *in)
{
	return in->name;
}

long long
in_lineno(const cf_input *in)
{
	return in->lineno;
}

/* The line where the data read so far ends, for a message. */
static long long
end_line(const cf_input *in)
{
	return in->lineno + in_line_of(in->buf + in->pos, in->len - in->pos);
}

/*
 * Reads more raw bytes after the AVAIL_IN left.  Returns the bytes read,
 * 0 at the end of the file, -1 after reporting an error.
 */
static ssize_t
raw_more(cf_input *in)
{
	ssize_t r;

	if (in->rawend)
		return 0;
	if (in->z.avail_in > 0 && in->z.next_in != in->raw)
		memmove(in->raw, in->z.next_in, in->z.avail_in);
	in->z.next_in = in->raw;
	do
		r = read(in->fd, in->raw + in->z.avail_in, RAW_CAP - in->z.avail_in);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		die_at(in->name, end_line(in), "read error: %s", strerror(errno));
		return -1;
	}
	if (r == 0)
		in->rawend = 1;
	in->z.avail_in += (uInt)r;
	return r;
}

/* Reports the bytes from here to the end of the file, which are not gzip data. */
static void
trailing(cf_input *in)
{
	unsigned long long n = in->z.avail_in;
	ssize_t r;

	in->z.avail_in = 0;
	while ((r = raw_more(in)) > 0) {
		n += (unsigned long long)r;
		in->z.avail_in = 0;
	}
	die_at(in->name, end_line(in), "%llu byte%s after the end of the gzip data, ignored", n,
	       n == 1 ? "" : "s");
}

/* gzip: decodes into buf[len], ROOM bytes of it.  Returns as fill() does. */
static ssize_t
inflate_some(cf_input *in, size_t room)
{
	size_t n;
	int r;

	if (room > INT_MAX)
		room = INT_MAX;
	for (;;) {
		if (in->z.avail_in < 2 && !in->rawend && raw_more(in) < 0)
			return -1;
		if (in->between) {
			if (in->z.avail_in == 0)
				return 0;
			if (in->z.avail_in < 2 || in->z.next_in[0] != 0x1F || in->z.next_in[1] != 0x8B) {
				trailing(in);
				return 0;
			}
			inflateReset(&in->z);
			in->between = 0;
		}
		if (in->z.avail_in == 0 && !in->zfull) {
			die_at(in->name, end_line(in), "read error: truncated gzip data");
			return -1;
		}
		in->z.next_out = (unsigned char *)in->buf + in->len;
		in->z.avail_out = (uInt)room;
		r = inflate(&in->z, Z_NO_FLUSH);
		n = room - in->z.avail_out;
		in->len += n;
		in->zfull = in->z.avail_out == 0;  /* it may hold more output */
		if (r == Z_STREAM_END)
			in->between = 1;
		else if (r == Z_MEM_ERROR)
			die("%s: out of memory decoding gzip data", in->name);
		else if (r != Z_OK && r != Z_BUF_ERROR) {
			die_at(in->name, end_line(in), "read error: %s", in->z.msg ? in->z.msg : "corrupt gzip data");
			return -1;
		}
		if (n > 0)
			return (ssize_t)n;
	}
}

/* Reads more data after buf[len]; returns bytes read, 0 at end, -1 on error. */
static int
fill(cf_input *in)
{
	size_t room;
	ssize_t r;

	if (in->eof)
		return 0;
	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->len - in->pos);
		in->len -= in->pos;
		in->pos = 0;
	}
	if (in->cap - in->len < 4096) {
		in->cap *= 2;
		in->buf = xrealloc(in->buf, in->cap);
	}
	room = in->cap - in->len;
	if (room > INT_MAX)
		room = INT_MAX;
	if (!in->mode) {
		while (in->z.avail_in < 2 && !in->rawend)
			if (raw_more(in) < 0) {
				in->eof = 1;
				return -1;
			}
		in->mode = in->z.avail_in >= 2 && in->raw[0] == 0x1F && in->raw[1] == 0x8B ? 'z' : 'p';
		if (in->mode == 'z' && inflateInit2(&in->z, 15 + 16) != Z_OK)
			die("%s: cannot start decoder: out of memory", in->name);
	}
	if (in->mode == 'z')
		r = inflate_some(in, room);
	else if (in->z.avail_in > 0) {
		r = in->z.avail_in < room ? (ssize_t)in->z.avail_in : (ssize_t)room;
		memcpy(in->buf + in->len, in->z.next_in, (size_t)r);
		in->z.next_in += r;
		in->z.avail_in -= (uInt)r;
		in->len += (size_t)r;
	} else {
		do
			r = read(in->fd, in->buf + in->len, room);
		while (r < 0 && errno == EINTR);
		if (r < 0)
			die_at(in->name, end_line(in), "read error: %s", strerror(errno));
		else
			in->len += (size_t)r;
	}
	if (r <= 0)
		in->eof = 1;
	return r < 0 ? -1 : (int)r;
}

static int
utf16_bom(const char *p, size_t n)
{
	return n >= 2 && (((unsigned char)p[0] == 0xFF && (unsigned char)p[1] == 0xFE) ||
	                  ((unsigned char)p[0] == 0xFE && (unsigned char)p[1] == 0xFF));
}

static void
utf16_error(const char *name)
{
	die_at(name, 0, "UTF-16 input is not supported; convert it first: iconv -f UTF-16 -t UTF-8");
}

/*
 * UTF-16 without a byte order mark: in Latin text every other byte is 0.
 * Returns "UTF-16LE" or "UTF-16BE" when the first 4 KB look like that (a
 * quarter or more of the byte pairs, and at least four, are a 0 and an
 * ASCII character of text, and almost none has a 0 on the other side),
 * else NULL.  Binary data, whose zero bytes stand beside control bytes,
 * is not taken for it.
 */
static int
text_byte(unsigned char c)
{
	return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
}

static const char *
utf16_guess(const char *p, size_t n)
{
	size_t i, pairs, z0 = 0, z1 = 0, le = 0, be = 0;

	n = (n < 4096 ? n : 4096) & ~(size_t)1;
	pairs = n / 2;
	if (pairs < 4)
		return NULL;
	for (i = 0; i < n; i += 2) {
		unsigned char a = (unsigned char)p[i], b = (unsigned char)p[i + 1];

		z0 += a == 0;
		z1 += b == 0;
		le += b == 0 && text_byte(a);
		be += a == 0 && text_byte(b);
	}
	if (le >= 4 && le * 4 >= pairs && z0 * 100 < pairs)
		return "UTF-16LE";
	if (be >= 4 && be * 4 >= pairs && z1 * 100 < pairs)
		return "UTF-16BE";
	return NULL;
}

static void
utf16_nobom_error(const char *name, const char *enc)
{
	die_at(name, 0, "%s without a byte order mark is not supported; convert it first: "
	       "iconv -f %s -t UTF-8", enc, enc);
}

int
in_getline(cf_input *in, char **line, size_t *len)
{
	char *nl;
	size_t n, skip;
	int r, toolong;
	const char *enc;

	if (in->first) {
		in->first = 0;
		while (in->len - in->pos < 3 && (r = fill(in)) > 0)
			;
		if (utf16_bom(in->buf + in->pos, in->len - in->pos)) {
			utf16_error(in->name);
			in->eof = 1;
			in->len = in->pos = 0;
			return -1;
		}
		if ((enc = utf16_guess(in->buf + in->pos, in->len - in->pos)) != NULL) {
			utf16_nobom_error(in->name, enc);
			in->eof = 1;
			in->len = in->pos = 0;
			return -1;
		}
		if (in->len - in->pos >= 3 && memcmp(in->buf + in->pos, "\xEF\xBB\xBF", 3) == 0)
			in->pos += 3;
	}
again:
	toolong = 0;
	skip = 0;
	for (;;) {
		nl = memchr(in->buf + in->pos + skip, '\n', in->len - in->pos - skip);
		if (nl)
			break;
		skip = in->len - in->pos;
		if (skip > in_max_record) {
			/* Drop what we have and go on discarding up to the newline. */
			if (!toolong)
				die_at(in->name, in->lineno + 1, "record longer than %zu bytes, skipped",
				       in_max_record);
			toolong = 1;
			in->pos = in->len;
			skip = 0;
		}
		r = fill(in);
		if (r < 0)
			return -1;
		if (r == 0) {
			if (in->len == in->pos)
				return 0;
			nl = in->buf + in->len; /* last line without a newline */
			break;
		}
	}
	n = (size_t)(nl - (in->buf + in->pos));
	in->lineno++;
	if (!toolong && n > in_max_record) {
		die_at(in->name, in->lineno, "record longer than %zu bytes, skipped", in_max_record);
		toolong = 1;
	}
	if (toolong) {
		in->pos += n + (nl < in->buf + in->len);
		goto again;
	}
	if (n + 1 > in->linecap) {
		in->linecap = n + 1 > 2 * in->linecap ? n + 1 : 2 * in->linecap;
		in->line = xrealloc(in->line, in->linecap);
	}
	memcpy(in->line, in->buf + in->pos, n);
	in->pos += n + (nl < in->buf + in->len);
	if (n > 0 && in->line[n - 1] == '\r')
		n--;
	in->line[n] = '\0';
	*line = in->line;
	*len = n;
	return 1;
}

void
in_close(cf_input *in)
{
	if (!in)
		return;
	if (in->mode == 'z')
		inflateEnd(&in->z);
	close(in->fd);
	free(in->raw);
	free(in->buf);
	free(in->line);
	free(in->name);
	free(in);
}

/*
 * Reads all of FD (named NAME in messages) into a new buffer, up to LIMIT
 * bytes.  Returns it (NUL-terminated, length in *LEN), or NULL after
 * reporting an error.  A regular file is read into a buffer of its size
 * in one read().
 */
static char *
read_all(int fd, const char *name, size_t limit, size_t *len)
{
	struct stat st;
	size_t cap, n = 0;
	ssize_t r;
	char *buf;

	cap = 1 << 16;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		cap = (size_t)st.st_size > limit ? limit + 2 : (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		if (n + 1 == cap) {
			/* the file has grown since fstat(), or this is its end */
			cap = 2 * cap > limit + 2 ? limit + 2 : 2 * cap;
			if (n + 1 == cap)
				cap++;
			buf = xrealloc(buf, cap);
		}
		r = read(fd, buf + n, cap - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			die_at(name, 0, "read error: %s", strerror(errno));
			free(buf);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > limit) {
			die_at(name, 0, "larger than %zu bytes, skipped", in_max_record);
			free(buf);
			return NULL;
		}
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

long long
in_line_of(const char *s, size_t n)
{
	long long l = 1;
	size_t i;

	for (i = 0; i < n; i++)
		l += s[i] == '\n';
	return l;
}

char *
in_slurp(const char *path, size_t *len, size_t *bom)
{
	const char *name = display(path), *enc;
	unsigned char magic[2];
	struct stat st;
	cf_input *in;
	char *data;
	int fd, r;

	*len = 0;
	*bom = 0;
	fd = open_fd(path);
	if (fd < 0) {
		die_at(name, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    !(pread(fd, magic, 2, 0) == 2 && magic[0] == 0x1F && magic[1] == 0x8B)) {
		/* a plain file, in one read() into a buffer of its size */
		data = read_all(fd, name, in_max_record, len);
		close(fd);
	} else {
		in = in_fdopen(fd, path);
		while ((r = fill(in)) > 0)
			if (in->len > in_max_record) {
				die_at(name, 0, "larger than %zu bytes, skipped", in_max_record);
				r = -1;
				break;
			}
		data = NULL;
		if (r == 0) {
			data = xrealloc(in->buf, in->len + 1);
			data[in->len] = '\0';
			*len = in->len;
			in->buf = NULL;
		}
		in_close(in);
	}
	if (!data)
		return NULL;
	if (utf16_bom(data, *len)) {
		utf16_error(name);
		free(data);
		*len = 0;
		return NULL;
	}
	if ((enc = utf16_guess(data, *len)) != NULL) {
		utf16_nobom_error(name, enc);
		free(data);
		*len = 0;
		return NULL;
	}
	if (*len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		*bom = 3;
	return data;
}

static int
cmpname(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * What a walk has met, by device and inode: every directory (on the way
 * down, or done) and every file, so that neither is read twice through
 * a link, and a link back up the tree is a loop, reported once.
 */
struct seen_node {
	dev_t dev;
	ino_t ino;
	char *path;       /* where it was met first */
	int open;         /* a directory the walk is inside */
};

static struct {
	struct seen_node *v;
	size_t n, cap;
	size_t *slot;     /* hash table of indexes + 1 into v; 0: free */
	size_t nslot;
} seen;

static size_t
seen_hash(dev_t dev, ino_t ino)
{
	unsigned long long h = (unsigned long long)ino * 0x9E3779B97F4A7C15ULL;

	h ^= (unsigned long long)dev * 0xC2B2AE3D27D4EB4FULL;
	return (size_t)(h ^ (h >> 29));
}

static struct seen_node *
seen_find(const struct stat *st)
{
	size_t j, k;

	if (seen.nslot == 0)
		return NULL;
	for (j = seen_hash(st->st_dev, st->st_ino) & (seen.nslot - 1); (k = seen.slot[j]) != 0;
	     j = (j + 1) & (seen.nslot - 1))
		if (seen.v[k - 1].dev == st->st_dev && seen.v[k - 1].ino == st->st_ino)
			return &seen.v[k - 1];
	return NULL;
}

static void
seen_slot(size_t k)
{
	size_t j = seen_hash(seen.v[k].dev, seen.v[k].ino) & (seen.nslot - 1);

	while (seen.slot[j])
		j = (j + 1) & (seen.nslot - 1);
	seen.slot[j] = k + 1;
}

/* Adds ST, met at PATH; returns its index in seen.v. */
static size_t
seen_add(const struct stat *st, const char *path)
{
	size_t k;

	if (seen.n == seen.cap) {
		seen.cap = seen.cap ? 2 * seen.cap : 64;
		seen.v = xrealloc(seen.v, seen.cap * sizeof *seen.v);
	}
	if (2 * (seen.n + 1) > seen.nslot) {
		free(seen.slot);
		seen.nslot = seen.nslot ? 2 * seen.nslot : 256;
		seen.slot = xcalloc(seen.nslot, sizeof *seen.slot);
		for (k = 0; k < seen.n; k++)
			seen_slot(k);
	}
	seen.v[seen.n].dev = st->st_dev;
	seen.v[seen.n].ino = st->st_ino;
	seen.v[seen.n].path = xstrdup(path);
	seen.v[seen.n].open = 0;
	seen_slot(seen.n);
	return seen.n++;
}

/* The kind of a file that is neither a directory nor a regular file. */
static const char *
kind(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	if (S_ISSOCK(m))
		return "a socket";
	return "not a regular file";
}

static long long
walkdir(const char *dir, void (*fn)(const char *, void *), void *ctx)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL, *p;
	size_t n = 0, cap = 0, i, me;
	long long count = 0;
	struct stat st;
	const struct seen_node *sn;

	if (stat(dir, &st) != 0) {
		die_at(dir, 0, "cannot open directory: %s", strerror(errno));
		return 0;
	}
	if ((sn = seen_find(&st)) != NULL) {
		if (sn->open)
			die_at(dir, 0, "symlink loop: the same directory as \"%s\", skipped", sn->path);
		else
			die_at(dir, 0, "the same directory as \"%s\", read already; skipped", sn->path);
		return -1;
	}
	me = seen_add(&st, dir);
	seen.v[me].open = 1;
	d = opendir(dir);
	if (!d) {
		die_at(dir, 0, "cannot open directory: %s", strerror(errno));
		seen.v[me].open = 0;
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			names = xrealloc(names, cap * sizeof *names);
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, cmpname);
	for (i = 0; i < n; i++) {
		size_t dl = strlen(dir);

		p = xmalloc(dl + strlen(names[i]) + 2);
		sprintf(p, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names[i]);
		if (stat(p, &st) != 0)
			die_at(p, 0, "cannot open: %s", strerror(errno));
		else if (S_ISDIR(st.st_mode)) {
			long long k = walkdir(p, fn, ctx);

			count += k > 0 ? k : 0;
		}
		else if (!S_ISREG(st.st_mode))
			die_at(p, 0, "%s, not an article; skipped", kind(st.st_mode));
		else if ((sn = seen_find(&st)) != NULL)
			die_at(p, 0, "the same file as \"%s\", read already; skipped", sn->path);
		else {
			seen_add(&st, p);
			fn(p, ctx);
			count++;
		}
		free(p);
		free(names[i]);
	}
	free(names);
	seen.v[me].open = 0;
	return count;
}

long long
in_walk(const char *path, void (*fn)(const char *file, void *ctx), void *ctx)
{
	struct stat st;
	long long n;

	struct seen_node *sn;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		n = walkdir(path, fn, ctx);
		if (n == 0)
			die_at(path, 0, "no files in directory");
		return n > 0 ? n : 0;
	}
	/* a file named twice, or also found in a directory named, is read once */
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		if ((sn = seen_find(&st)) != NULL) {
			die_at(path, 0, "the same file as \"%s\", read already; skipped", sn->path);
			return 0;
		}
		seen_add(&st, path);
	}
	fn(path, ctx);
	return 1;
}
