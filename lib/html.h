/*
 * The HTML reader of cf-extract: a web page in, an article out.
 *
 * The page is decoded to UTF-8 from its declared or sniffed charset and
 * parsed with libxml2's HTML parser (forgiving, never fetches anything).
 * Metadata come from <title>, <meta>, JSON-LD and <time>; the body is the
 * element whose blocks carry the most article-like text (long, few links,
 * punctuated, many stop words) and the least boilerplate.  Its headings,
 * paragraphs, list items and table cells become the article's blocks, in
 * order, with the text entity-decoded and its white space collapsed; a
 * block's start..end spans the lines of the page that hold its markup.
 */
#ifndef CF_HTML_H
#define CF_HTML_H

#include <stddef.h>

#include "article.h"

/* Returns 1 when BUF (LEN bytes) looks like an HTML page, else 0. */
int html_sniff(const char *buf, size_t len);

/*
 * Reads the page BUF (LEN bytes, as decoded from gzip; a UTF-8 byte order
 * mark may lead) into A, which must be zeroed.  Sets a->html.  Offsets are
 * byte offsets into BUF.  Returns 0, or -1 when the page cannot be parsed
 * at all (A is then empty).  Text nested too deep (thousands of elements)
 * to be read is left out and counted in a->unread.
 */
int html_read(const char *buf, size_t len, struct article *a);

#endif
