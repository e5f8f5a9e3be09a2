/*
 * The HTML report of a report model (lib/report.h) on standard output:
 * one self-contained page (its style sheet, charts and script inline, a
 * Content-Security-Policy that lets only that script run).  The time it
 * gives is SOURCE_DATE_EPOCH's when set, so that two runs can compare
 * equal; the documents link to their files from the working directory.
 */
#ifndef CF_REPORT_HTML_H
#define CF_REPORT_HTML_H

#include "report.h"

void report_html_write(const struct report *r);

#endif
