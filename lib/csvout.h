/*
 * Table output: CSV (RFC 4180, through libcsv) and TSV, cell by cell.
 *
 * A CSV cell is quoted, its quotes doubled, only when it holds the
 * delimiter, a quote, CR or LF.  A TSV cell never is: a backslash, tab,
 * newline and carriage return in it are written as \\, \t, \n and \r.
 * Excel mode starts the output with a UTF-8 byte order mark, ends rows with
 * CRLF and puts an apostrophe before a text cell that starts with = + - @
 * tab or CR, so a spreadsheet never runs it as a formula; number cells are
 * left alone.  A CSV cell holding a semicolon or a tab is quoted too, so
 * that a spreadsheet splitting at those cannot start a cell inside it.
 * Numbers are formatted here, never through the locale.
 */
#ifndef CF_CSVOUT_H
#define CF_CSVOUT_H

#include <stddef.h>
#include <stdio.h>

struct csvout {
	FILE *fp;
	int tsv;     /* tab-separated with backslash escapes */
	int excel;   /* BOM, CRLF, formula guard */
	int ncell;   /* cells written in the current row */
};

/* Starts a table on FP; writes the byte order mark in excel mode. */
void csvout_init(struct csvout *co, FILE *fp, int tsv, int excel);

/* Writes a text cell of N bytes. */
void csvout_text(struct csvout *co, const char *s, size_t n);

/* Writes a number cell whose text is S (from csvout_fmtnum() or an integer). */
void csvout_number(struct csvout *co, const char *s);

/* Ends the row. */
void csvout_endrow(struct csvout *co);

/*
 * Formats V into BUF (32 bytes are enough): an integral value below 2^53
 * as an integer ("224600000000"), any other as "%.15g" ("29.5", "0.333333",
 * "1e+300"), with '.' as the decimal point whatever the locale.  Returns
 * BUF, or "" for inf and nan.
 */
char *csvout_fmtnum(char *buf, size_t size, double v);

/* 1 when a text cell starting with S would be guarded in excel mode. */
int csvout_is_formula(const char *s, size_t n);

#endif
