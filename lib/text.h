/*
 * The plain-text and Markdown reader of cf-extract: an article's bytes in,
 * a struct article out (metadata and body blocks with exact byte spans).
 *
 * Metadata come from YAML front matter (quoted values, date keys such as
 * publishedDateTime), from header lines ("Time: ...", "Updated : ...",
 * "Author: ...", "来源：...", "Publicado em 28 de fevereiro de 2025 às
 * 16h06."), a bare date or time stamp line ("17:03 Sep 24 2025"), a date
 * key opening a paragraph ("date 2021-05-25 The ..."), and bylines ("By
 * NAME", "Por NAME, 05/03/2023", "Repórter do SOURCE, NAME", a line
 * holding only a Chinese name near the top).  A page with none of these
 * takes, in this order, the date of a dateline that names its year, a
 * date in a footer line, the date of its machine time stamps ("2025-04-15
 * 16:25") when they all agree, or a dateline's day and month ("Pequim, 21
 * jul (Lusa) –", "新华社北京7月21日电") with the year a date field states.
 * The title is the front matter's, else the first Markdown heading or
 * headline at the top: a line that does not end like a sentence, or a
 * short one without a comma; the first sentence of a page without a
 * headline, or one opened by a dateline, is no title.  What stands before
 * it (navigation, section labels) is dropped.  A front matter with no body
 * gives its title and description as the text; one whose body is HTML
 * (as archives of feeds write it) has the body read by lib/html.c, with
 * its blocks' spans and "offsets":"html".
 *
 * Each line is classified from general features, not from known pages:
 * its length in words, whether it ends like a sentence, its position, and
 * vocabularies (in English, Chinese in both scripts and Portuguese) of footer words
 * (copyright, ICP, 公网安备, address, powered by), share and save prompts,
 * photo credits and captions, language names (a selector line mixes three
 * scripts or names only languages) and metadata keys.  Trailing lines that
 * are not sentences (addresses, footers, the repeated title) are dropped
 * from the end up to the last sentence; editors' notes after a
 * paragraph's last sentence ("(完)", "【编辑:NAME】", "(Reuters)") are cut
 * from it, and a line of them dropped.  HTML comments, rules and code
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
 * offsets into BUF with text NULL, or, for an HTML body, the spans of
 * their markup with the text (A->html set).  Returns 0.
 */
int text_read(const char *buf, size_t len, size_t bom, struct article *a);

#endif
