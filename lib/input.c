/* Input files, directories and standard input, through zlib. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "die.h"
#include "input.h"

size_t cf_max_record = CF_MAX_RECORD_DEFAULT;

struct cf_input {
	char *name;
	gzFile gz;
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
	fd = open(path, O_RDONLY);
	if (fd >= 0) {
		struct stat st;

		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			errno = EISDIR;
			return -1;
		}
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
	in->gz = gzdopen(fd, "rb");
	if (!in->gz)
		die("%s: cannot start decoder: out of memory", in->name);
	gzbuffer(in->gz, 1 << 17);
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
		bad_at(display(path), 0, "cannot open: %s", strerror(errno));
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

/* Reads more data after buf[len]; returns bytes read, 0 at end, -1 on error. */
static int
fill(cf_input *in)
{
	int n, errnum;
	const char *msg;

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
	n = gzread(in->gz, in->buf + in->len, (unsigned)(in->cap - in->len));
	if (n > 0) {
		in->len += (size_t)n;
		return n;
	}
	in->eof = 1;
	msg = gzerror(in->gz, &errnum);
	if (n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) {
		if (errnum == Z_ERRNO)
			msg = strerror(errno);
		bad_at(in->name, in->lineno + 1, "read error: %s",
		       errnum == Z_BUF_ERROR ? "truncated gzip data" : msg);
		return -1;
	}
	return 0;
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
	bad_at(name, 0, "UTF-16 input is not supported; convert it first: iconv -f UTF-16 -t UTF-8");
}

int
in_getline(cf_input *in, char **line, size_t *len)
{
	char *nl;
	size_t n, skip;
	int r, toolong;

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
		if (skip > cf_max_record) {
			/* Drop what we have and go on discarding up to the newline. */
			if (!toolong)
				bad_at(in->name, in->lineno + 1, "record longer than %zu bytes, skipped",
				       cf_max_record);
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
	if (!toolong && n > cf_max_record) {
		bad_at(in->name, in->lineno, "record longer than %zu bytes, skipped", cf_max_record);
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
	gzclose(in->gz);
	free(in->buf);
	free(in->line);
	free(in->name);
	free(in);
}

/*
 * A regular file that is not gzip'd, read with read() straight into a
 * buffer of its size: zlib's transparent mode would copy it through half
 * a megabyte of buffers.  Returns 0 after setting *DATA (NULL after an
 * error, reported), or -1 when zlib must read it: from *FD, open at its
 * start, or from PATH when *FD is -1.
 */
static int
slurp_plain(const char *path, int *fdp, char **data, size_t *len)
{
	struct stat st;
	unsigned char magic[2];
	size_t cap, n = 0;
	ssize_t r = 0;
	char *buf;
	int fd;

	*fdp = -1;
	if (strcmp(path, "-") == 0)
		return -1;
	fd = open_fd(path);
	if (fd < 0)
		return -1;  /* in_open() says why */
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    ((r = pread(fd, magic, 2, 0)) == 2 && magic[0] == 0x1F && magic[1] == 0x8B) || r < 0) {
		*fdp = fd;
		return -1;
	}
	cap = (size_t)st.st_size > cf_max_record ? cf_max_record + 2 : (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		if (n + 1 < cap)
			r = read(fd, buf + n, cap - 1 - n);
		else {
			/* the file has grown since fstat(), or this is its end */
			char more[4096];

			r = read(fd, more, sizeof more);
			if (r > 0) {
				cap = 2 * cap + (size_t)r;
				buf = xrealloc(buf, cap);
				memcpy(buf + n, more, (size_t)r);
			}
		}
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			bad_at(path, 1, "read error: %s", strerror(errno));
			break;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > cf_max_record) {
			bad_at(path, 0, "larger than %zu bytes, skipped", cf_max_record);
			r = -1;
			break;
		}
	}
	close(fd);
	if (r < 0) {
		free(buf);
		*data = NULL;
		return 0;
	}
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return 0;
}

char *
in_slurp(const char *path, size_t *len, size_t *bom)
{
	cf_input *in;
	char *data;
	int r, fd;

	*len = 0;
	*bom = 0;
	if (slurp_plain(path, &fd, &data, len) != 0) {
		in = fd >= 0 ? in_fdopen(fd, path) : in_open(path);
		if (!in)
			return NULL;
		while ((r = fill(in)) > 0) {
			if (in->len > cf_max_record) {
				bad_at(in->name, 0, "larger than %zu bytes, skipped", cf_max_record);
				r = -1;
				break;
			}
		}
		if (r < 0) {
			in_close(in);
			return NULL;
		}
		data = xrealloc(in->buf, in->len + 1);
		data[in->len] = '\0';
		*len = in->len;
		in->buf = NULL;
		in_close(in);
	}
	if (!data)
		return NULL;
	if (utf16_bom(data, *len)) {
		utf16_error(display(path));
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

static long long
walkdir(const char *dir, void (*fn)(const char *, void *), void *ctx)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL, *p;
	size_t n = 0, cap = 0, i;
	long long count = 0;
	struct stat st;

	d = opendir(dir);
	if (!d) {
		bad_at(dir, 0, "cannot open directory: %s", strerror(errno));
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
			bad_at(p, 0, "cannot open: %s", strerror(errno));
		else if (S_ISDIR(st.st_mode))
			count += walkdir(p, fn, ctx);
		else if (S_ISREG(st.st_mode)) {
			fn(p, ctx);
			count++;
		}
		free(p);
		free(names[i]);
	}
	free(names);
	return count;
}

long long
in_walk(const char *path, void (*fn)(const char *file, void *ctx), void *ctx)
{
	struct stat st;
	long long n;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		n = walkdir(path, fn, ctx);
		if (n == 0)
			bad_at(path, 0, "no files in directory");
		return n;
	}
	fn(path, ctx);
	return 1;
}
