/*
 * The metadata readers of cf-extract's text reader (lib/text.c), each on
 * one line of text S[A..B): header lines ("Time: ...", "Updated : ...",
 * "Author: ...", "来源：...", "Publicado em 28 de fevereiro de 2025 às
 * 16h06."), a bare date or time stamp line ("17:03 Sep 24 2025"), a date
 * key opening a paragraph ("date 2021-05-25 The ..."), bylines ("By NAME",
 * "Por NAME, 05/03/2023", "Repórter do SOURCE, NAME", 记者 NAME, a line
 * holding only a Chinese name), and the dates a page states outside its
 * header: in footer lines and in machine time stamps.  What they read
 * goes into the article's fields, a field set first staying.  The
 * vocabulary (lib/feat.h) must be built.
 */
#ifndef CF_TEXTMETA_H
#define CF_TEXTMETA_H

#include <stddef.h>

#include "article.h"
#include "feat.h"

/* What a page states of its date outside its header lines. */
struct textmeta_page {
	char foot[11];           /* the date of the footer lines, if they agree */
	int foot_differ;
	char stamp[11];          /* the date of every machine time stamp, if they agree */
	int nstamp, stamps_differ;
	int dl_y, dl_m, dl_d;    /* the dateline's; 0 when it names none */
	int have_dl;
	int year;                /* a year a date field states without its day */
};

/*
 * Sets *FIELD, when it is not set, to a new copy of S (N bytes): trimmed,
 * its quotes taken off, ill-formed UTF-8 repaired; "None", "null", "nil",
 * "~" and "-" are no value.
 */
void textmeta_set(char **field, const char *s, size_t n);

/*
 * A header line "Key: value" (or "(source)Key : value", "【责任编辑：NAME】"),
 * or a date key and a date: records the value and returns 1.  A date
 * field naming only a year keeps it in PD.
 */
int textmeta_line(const char *s, size_t a, size_t b, struct article *art, struct textmeta_page *pd);

/*
 * A line that is a date, and a time: "2021-07-07", "17:03 Sep 24 2025",
 * "Jul 21, 2017 10:30 AM"; or a date and a time before a header line or a
 * name: "2019-02-25 10:13:42 来源：人民网".  Records it, returns 1.
 */
int textmeta_date(const char *s, size_t a, size_t b, struct article *art, struct textmeta_page *pd);

/*
 * A date key and a date opening a line of text: "date 2021-05-25 The
 * report ...".  Records the date; returns where the text after it (and
 * a time of day) starts, or 0.
 */
size_t textmeta_lead(const char *s, size_t a, size_t b, struct article *art);

/* A date in the footer line S[A..B): kept in PD, or marked as differing from one kept before. */
void textmeta_foot(const char *s, size_t a, size_t b, struct textmeta_page *pd);

/*
 * Machine time stamps anywhere in S[A..B): a numeric date and a time of
 * day ("2025-04-15 16:25", "15/04/2025 16h25").  Counts them in P, and
 * whether their dates differ.
 */
void textmeta_stamps(const char *s, size_t a, size_t b, struct textmeta_page *p);

/*
 * A byline, the line's features F: "By NAME", "Por NAME, 05/03/2023",
 * "Repórter do SOURCE, NAME", "记者 NAME".  Records the author (and source,
 * and date) and returns 1.
 */
int textmeta_byline(const char *s, size_t a, size_t b, const struct feat *f, struct article *art);

/* A line of only 2 to 4 Han characters, a surname first: a Chinese name. */
int textmeta_han_name(const char *s, size_t a, size_t b);

#endif
