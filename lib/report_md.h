/*
 * The Markdown report of a report model (lib/report.h) on standard
 * output: a summary by city, the table of indicators (sources and
 * evidence), and the documents the indicators name.
 */
#ifndef CF_REPORT_MD_H
#define CF_REPORT_MD_H

#include "report.h"

void report_md_write(const struct report *r);

#endif
