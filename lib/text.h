/*
 * The plain-text and Markdown reader of cf-extract: an article's bytes in,
 * a struct article out (metadata and body blocks with exact byte spans).
 *
 * Metadata come from YAML front matter, from header lines ("Time: ...",
 * "Updated : ...", "Author: ...", "来源：..."), a bare date line near the
 * top, and bylines ("By NAME", "Repórter do SOURCE, NAME", a line holding
 * only a Chinese name near the top).  The title is the front matter's, else
 * the first Markdown heading or short one-sentence line at the top; what
 * stands before it (navigation, section labels) is dropped.
 *
 * Each line is classified from general features, not from known pages:
 * its length in words, whether it ends like a sentence, its position, and
 * vocabularies (in English, Chinese and Portuguese) of footer words
 * (copyright, ICP, 公网安备, address, powered by), share and save prompts,
 * photo credits and captions, language names (a selector line mixes three
 * scripts or names only languages) and metadata keys.  Trailing lines that
 * are not sentences (addresses, footers, the repeated title) are dropped
 * from the end up to the last sentence.  HTML comments, rules and code
 * fences are not text.  Every other line is a block; a short line that
 * does not end like a sentence, or a Markdown heading, is a heading block.
 * Wrapped lines are joined when sent_joins() says the sentence goes on.
 */
#ifndef CF_TEXT_H
#define CF_TEXT_H

#include <stddef.h>

#include "article.h"

/*
 * Reads the article BUF (LEN bytes, NUL-terminated, decoded; BOM bytes at
 * its start, 0 or 3) into A, which must be zeroed.  Block spans are byte
 * offsets into BUF with text NULL.  Returns 0.
 */
int text_read(const char *buf, size_t len, size_t bom, struct article *a);

/*
 * Finds a date in S (N bytes): 2021-07-07, 2021/7/7, 2021.07.07,
 * 2019年2月25日, July 7, 2021, 7 July 2021, 2 de agosto de 2024.  Writes it
 * as YYYY-MM-DD into OUT; returns the offset just past it, or 0 when
 * there is none.
 */
size_t text_date(const char *s, size_t n, char out[11]);

#endif
