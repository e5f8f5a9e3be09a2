/*
 * cf-render: records -> a table (CSV, TSV, JSON, SQL), a report
 * (Markdown, HTML) or a workbook (xlsx).
 *
 * Reads NDJSON records from the files named, or standard input, and writes
 * one document on standard output (or on FILE with -o: a temporary file
 * renamed into place at the end).
 *
 * Tables hold one type of record: -t TYPE, else the type of the first fact
 * or agg record; the columns are -c FIELDS, else the defaults of facts and
 * aggs, else the union of the records' keys in first-seen order.  Records of
 * other types are counted and named on standard error, but for doc records
 * kept to fill in a fact's title, date and the like (enriched()).  A table streams,
 * except while it waits for its first fact or agg, and when it needs the
 * union of keys: then it holds the records it will write.
 *
 * Reports (md, html) and the workbook (xlsx) hold the fact, agg and doc
 * records: they are small.  lib/report builds the report's model of them:
 * agg records give the indicators; facts give each indicator its evidence,
 * and facts that no agg record covers are aggregated by lib/agg, as
 * cf-aggregate aggregates them (by city, area, metric, period, kind and
 * unit; the value the most documents give, ties to the median; a conflict
 * when sources differ by more than AGG_TOLERANCE, 2%).  lib/report_md and
 * lib/report_html write the reports, the workbook is written here.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "agg.h"
#include "cli.h"
#include "csvout.h"
#include "die.h"
#include "hash.h"
#include "ndjson.h"
#include "report.h"
#include "report_html.h"
#include "report_md.h"
#include "sbuf.h"

#define USAGE "cf-render [-f csv|tsv|md|html|xlsx|json|sql] [-c FIELDS] [-t TYPE] [-o FILE]\n" \
              "                 [--excel] [--table NAME] [file ...]"

static const char help[] =
	"usage: " USAGE "\n"
	"Renders records as a table or a report.\n"
	"\n"
	"  -c, --columns FIELDS  columns to write, in order (comma-separated)\n"
	"  -f, --format FORMAT   csv (default), tsv, json, sql, md, html or xlsx\n"
	"  -o, --output FILE     write FILE (through a temporary file) instead of stdout\n"
	"  -t, --type TYPE       render records of TYPE only ('*': every record)\n"
	"      --excel           csv/tsv for spreadsheets: BOM, CRLF, formulas guarded\n"
	"      --table NAME      the SQL table (default facts, aggs, records)\n"
	CLI_HELP;

enum fmt { F_CSV, F_TSV, F_JSON, F_SQL, F_MD, F_HTML, F_XLSX };
#define REPORT(f) ((f) >= F_MD)   /* md, html, xlsx: hold facts and aggs */
enum sqltype { S_TEXT, S_INT, S_REAL, S_BOOL };
enum { OPT_EXCEL = 1, OPT_TABLE };

static const char *fact_cols[] = { "doc", "city", "area", "metric", "value", "unit", "qualifier",
                                   "period", "kind", "evidence", "start", "end", NULL };
static const char *agg_cols[] = { "city", "area", "metric", "period", "kind", "unit", "value",
                                  "min", "max", "n", "docs", "conflict", NULL };

struct ctx {
	enum fmt fmt;
	int excel;
	const char *tflag;    /* -t */
	const char *table;    /* --table */
	char **cols;
	enum sqltype *types;
	size_t ncols;
	int cflag;            /* -c given */
	const char *type;     /* the type rendered, "*" for all */
	int decided;          /* type known */
	int hold;             /* holding records for the union of their keys */
	int started;          /* header written */
	json_t *held;
	long long nrows, nskip, nmatch;
	char **sqlcols;       /* SQL: the column names as written */
	char *colseen;        /* per column: a row had it */
	int sqlbegun, sqldocs;  /* SQL: BEGIN written; the docs table created */
	json_t *seentypes;    /* -t of a type of no schema: the types read */
	struct csvout co;
	struct sbuf cell;
	json_t *facts, *aggs;   /* reports */
	json_t *docrecs;        /* doc name -> doc record, for a report's list of documents */
	int enrich;             /* a column is filled from the record's doc record, or is "place" */
};

static char *tmpname;   /* -o: the temporary file until it is renamed */

/* Empties B; its text is "" (never NULL) from then on. */
static void
sb_clear(struct sbuf *b)
{
	sbuf_reset(b);
	sbuf_put(b, "", 0);
}

/* The text of a JSON number: integers exactly, reals through csvout_fmtnum(). */
static const char *
numtext(const json_t *v, char *buf, size_t size)
{
	if (json_is_integer(v))
		snprintf(buf, size, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	else
		csvout_fmtnum(buf, size, json_real_value(v));
	return buf;
}

/*
 * The text of a value in a table cell: strings as they are, numbers as
 * numtext(), true/false, "" for null, an array's items joined with ";",
 * an object as compact JSON.
 */
static void
celltext(struct sbuf *b, const json_t *v)
{
	char num[40], *js;
	size_t i;

	switch (json_typeof(v)) {
	case JSON_STRING:
		sbuf_put(b, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
	case JSON_REAL:
		sbuf_puts(b, numtext(v, num, sizeof num));
		break;
	case JSON_TRUE:
		sbuf_puts(b, "true");
		break;
	case JSON_FALSE:
		sbuf_puts(b, "false");
		break;
	case JSON_ARRAY:
		for (i = 0; i < json_array_size(v); i++) {
			if (i > 0)
				sbuf_puts(b, ";");
			if (json_is_array(json_array_get(v, i)) || json_is_object(json_array_get(v, i))) {
				js = json_dumps(json_array_get(v, i), JSON_COMPACT | JSON_REAL_PRECISION(15));
				sbuf_puts(b, js ? js : "");
				free(js);
			} else {
				celltext(b, json_array_get(v, i));
			}
		}
		break;
	case JSON_OBJECT:
		js = json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15));
		sbuf_puts(b, js ? js : "");
		free(js);
		break;
	default:
		break;
	}
}

/* ---- columns ---- */

static void
add_col(struct ctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->ncols; i++)
		if (strcmp(c->cols[i], name) == 0)
			return;
	c->cols = xrealloc(c->cols, (c->ncols + 1) * sizeof *c->cols);
	c->cols[c->ncols++] = xstrdup(name);
}

static void
parse_cols(struct ctx *c, const char *arg)
{
	const char *p = arg, *e;
	char *name;

	for (;;) {
		e = strchr(p, ',');
		if (!e)
			e = p + strlen(p);
		if (e == p) {
			die_warn("-c: empty column name in \"%s\"", arg);
			cli_usage(USAGE);
		}
		name = xstrndup(p, (size_t)(e - p));
		add_col(c, name);
		free(name);
		if (!*e)
			break;
		p = e + 1;
	}
}

static enum sqltype
known_type(const char *name)
{
	static const char *ints[] = { "seg", "start", "end", "n", NULL };
	static const char *reals[] = { "value", "min", "max", NULL };
	size_t i;

	for (i = 0; ints[i]; i++)
		if (strcmp(name, ints[i]) == 0)
			return S_INT;
	for (i = 0; reals[i]; i++)
		if (strcmp(name, reals[i]) == 0)
			return S_REAL;
	if (strcmp(name, "conflict") == 0)
		return S_BOOL;
	return S_TEXT;
}

/*
 * SQL column types: from the held records when there are some (every value
 * an integer, a number, a boolean; else text), else by the names facts and
 * aggs use.
 */
static void
set_types(struct ctx *c)
{
	size_t i, k;
	json_t *v;
	int nint, nnum, nbool, nother;

	c->types = xcalloc(c->ncols, sizeof *c->types);
	for (i = 0; i < c->ncols; i++) {
		if (!c->hold) {
			c->types[i] = known_type(c->cols[i]);
			continue;
		}
		nint = nnum = nbool = nother = 0;
		for (k = 0; k < json_array_size(c->held); k++) {
			v = json_object_get(json_array_get(c->held, k), c->cols[i]);
			if (!v || json_is_null(v))
				continue;
			if (json_is_integer(v))
				nint++;
			if (json_is_number(v))
				nnum++;
			else if (json_is_boolean(v))
				nbool++;
			else
				nother++;
		}
		c->types[i] = nother || (nnum && nbool) || !(nnum || nbool) ? S_TEXT
		              : nbool ? S_BOOL : nint == nnum ? S_INT : S_REAL;
	}
}

/* ---- table output ---- */

/*
 * The fields of the records the pipeline writes: -c names one of them, a
 * field of the table's first record, or (for aggs) a generic aggregate's
 * FIELD_sum, FIELD_min, FIELD_max, FIELD_mean; anything else is a typo.
 */
static const char *const fact_fields[] = { "type", "doc", "seg", "lang", "city", "area", "metric",
                                           "value", "unit", "qualifier", "period", "kind",
                                           "evidence", "start", "end", NULL };
static const char *const agg_fields[] = { "type", "city", "area", "metric", "period", "kind", "unit",
                                          "value", "min", "max", "n", "docs", "langs", "qualifiers",
                                          "conflict", "values", "count", "state", NULL };
static const char *const doc_fields[] = { "type", "doc", "lang", "title", "date", "author", "source",
                                          "bytes", "offsets", NULL };
static const char *const seg_fields[] = { "type", "doc", "seg", "lang", "start", "end", "text",
                                          "quantities", "times", "terms", NULL };
static const char *const agg_suffixes[] = { "_sum", "_min", "_max", "_mean", NULL };

static int
in_list(const char *const *l, const char *s)
{
	for (; *l; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

/* The fields of TYPE, or NULL for a type the pipeline does not write. */
static const char *const *
schema(const char *type)
{
	if (strcmp(type, "fact") == 0)
		return fact_fields;
	if (strcmp(type, "agg") == 0)
		return agg_fields;
	if (strcmp(type, "doc") == 0)
		return doc_fields;
	if (strcmp(type, "seg") == 0)
		return seg_fields;
	return NULL;
}

/* 1 when NAME is a generic aggregate's FIELD_sum, FIELD_min, FIELD_max or FIELD_mean. */
static int
agg_suffixed(const char *name)
{
	size_t n = strlen(name), k;
	const char *const *s;

	for (s = agg_suffixes; *s; s++)
		if (n > (k = strlen(*s)) && strcmp(name + n - k, *s) == 0)
			return 1;
	return 0;
}

static int
known_field(const char *type, const char *name)
{
	if (in_list(schema(type), name))
		return 1;
	/* cf-render fills a fact's place and its article's fields, and an agg's place. */
	if (strcmp(name, "place") == 0 && (strcmp(type, "fact") == 0 || strcmp(type, "agg") == 0))
		return 1;
	if (strcmp(type, "fact") == 0 && in_list(doc_fields, name) && strcmp(name, "type") != 0)
		return 1;
	/* An agg of --by FIELDS has them; of --sum FIELD, FIELD_sum. */
	return strcmp(type, "agg") == 0 && (in_list(fact_fields, name) || agg_suffixed(name));
}

/*
 * -c of a table of a pipeline type: each column is a field of that type or
 * of FIRST, its first record (NULL when there is none).  A column of
 * another type is checked at the end, against the records written.
 */
static void
check_cols(const struct ctx *c, const json_t *first)
{
	const char *const *s = schema(c->type);
	struct sbuf b = { 0 };
	size_t i;

	if (!c->cflag || !s)
		return;
	for (i = 0; i < c->ncols; i++) {
		if (known_field(c->type, c->cols[i]) || json_object_get(first, c->cols[i]))
			continue;
		for (; *s; s++) {
			if (b.n)
				sbuf_puts(&b, ", ");
			sbuf_puts(&b, *s);
		}
		if (strcmp(c->type, "agg") == 0)
			sbuf_puts(&b, ", FIELD_sum, FIELD_min, FIELD_max, FIELD_mean, and the fields of facts");
		die("-c: \"%s\" records have no field \"%s\" (their fields: %s)", c->type, c->cols[i], b.s);
	}
}

static void
check_cols_seen(const struct ctx *c)
{
	size_t i;

	if (!c->cflag || schema(c->type) || c->nrows == 0)
		return;
	for (i = 0; i < c->ncols; i++)
		if (!c->colseen[i])
			die("-c: no %s%s%srecord has a field \"%s\"", strcmp(c->type, "*") ? "\"" : "",
			    strcmp(c->type, "*") ? c->type : "", strcmp(c->type, "*") ? "\" " : "", c->cols[i]);
}

static void
sql_ident(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	putchar('"');
}

static void
sql_string(const char *s, size_t n)
{
	size_t i;

	putchar('\'');
	for (i = 0; i < n; i++) {
		if (s[i] == '\'')
			putchar('\'');
		putchar(s[i]);
	}
	putchar('\'');
}

static const char *
table_name(const struct ctx *c, char *buf, size_t size)
{
	char *p;

	if (c->table)
		return c->table;
	if (strcmp(c->type, "fact") == 0)
		return "facts";
	if (strcmp(c->type, "agg") == 0)
		return "aggs";
	if (strcmp(c->type, "*") == 0 || !*c->type)
		return "records";
	snprintf(buf, size, "%s", c->type);
	for (p = buf; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			*p = '_';
	return buf;
}

/*
 * SQL column names.  SQLite takes "City" and "city" for one column, so a
 * name that equals the key column or an earlier column but for case gets
 * _2 (_3, ...), with a message; an empty name becomes "column".
 */
static void
sql_names(struct ctx *c)
{
	char *name;
	size_t i, k, n;
	int clash, suffix;

	c->sqlcols = xcalloc(c->ncols + 1, sizeof *c->sqlcols);
	for (i = 0; i < c->ncols; i++) {
		n = strlen(c->cols[i]) + 24;
		name = xmalloc(n);
		snprintf(name, n, "%s", *c->cols[i] ? c->cols[i] : "column");
		for (suffix = 1;; suffix++) {
			if (suffix > 1)
				snprintf(name, n, "%s_%d", *c->cols[i] ? c->cols[i] : "column", suffix);
			clash = strcasecmp(name, "row_id") == 0;
			for (k = 0; k < i && !clash; k++)
				clash = strcasecmp(name, c->sqlcols[k]) == 0;
			if (!clash)
				break;
		}
		if (strcmp(name, c->cols[i]) != 0)
			die_warn("the field \"%s\" is the SQL column \"%s\" (SQL names ignore case)", c->cols[i], name);
		c->sqlcols[i] = name;
	}
}

static void
sql_begin(struct ctx *c)
{
	if (!c->sqlbegun)
		printf("BEGIN;\n");
	c->sqlbegun = 1;
}

static void
start_table(struct ctx *c, const json_t *first)
{
	static const char *sqlt[] = { "TEXT", "BIGINT", "DOUBLE PRECISION", "BOOLEAN" };
	char tb[256];
	size_t i;

	c->started = 1;
	check_cols(c, first);
	set_types(c);
	c->colseen = xcalloc(c->ncols + 1, 1);
	switch (c->fmt) {
	case F_CSV:
	case F_TSV:
		/* No columns (no records, and no -c): nothing at all. */
		if (c->ncols == 0)
			break;
		csvout_init(&c->co, stdout, c->fmt == F_TSV, c->excel);
		for (i = 0; i < c->ncols; i++)
			csvout_text(&c->co, c->cols[i], strlen(c->cols[i]));
		csvout_endrow(&c->co);
		break;
	case F_JSON:
		putchar('[');
		break;
	case F_SQL:
		sql_begin(c);
		sql_names(c);
		if (c->ncols == 0)
			break;
		printf("CREATE TABLE IF NOT EXISTS ");
		sql_ident(table_name(c, tb, sizeof tb));
		printf(" (\n  \"row_id\" TEXT PRIMARY KEY");
		for (i = 0; i < c->ncols; i++) {
			printf(",\n  ");
			sql_ident(c->sqlcols[i]);
			printf(" %s", sqlt[c->types[i]]);
		}
		printf("\n);\n");
		break;
	default:
		break;
	}
}

/* Area and period: an empty one is none, NULL in SQL. */
static int
empty_is_null(const char *name, const json_t *v)
{
	return json_is_string(v) && json_string_length(v) == 0 &&
	       (strcmp(name, "area") == 0 || strcmp(name, "period") == 0);
}

/* The members of an agg record that are results, not its group key. */
static int
agg_result(const char *name)
{
	static const char *const res[] = { "type", "value", "min", "max", "n", "docs", "langs",
	                                   "qualifiers", "conflict", "values", "count", "state", NULL };

	return in_list(res, name) || agg_suffixed(name);
}

/*
 * A row's key in SQL, into c->cell: for a fact, where it is and what it
 * counts, [doc, start, end, city, area, metric, period, kind, unit]; for an
 * agg, its group key, {field: value} of every member that is not a
 * result; for any other record, a hash of its cells.  Loading again after
 * the corpus grew then updates a row in place.
 */
static void
sql_key(struct ctx *c, const json_t *rec)
{
	static const char *const fk[] = { "doc", "start", "end", "city", "area", "metric", "period",
	                                  "kind", "unit", NULL };
	uint64_t h = HASH_SEED;
	const char *k;
	json_t *key, *v;
	char *js, hex[20];
	size_t i;

	if (strcmp(c->type, "fact") == 0 || strcmp(c->type, "agg") == 0) {
		if (strcmp(c->type, "fact") == 0) {
			key = json_array();
			for (i = 0; fk[i]; i++) {
				v = json_object_get(rec, fk[i]);
				json_array_append(key, !v || empty_is_null(fk[i], v) ? json_null() : v);
			}
		} else {
			key = json_object();
			json_object_foreach((json_t *)rec, k, v)
				if (!agg_result(k))
					json_object_set(key, k, empty_is_null(k, v) ? json_null() : v);
		}
		js = json_dumps(key, JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(15));
		json_decref(key);
		if (!js)
			die("out of memory");
		sb_clear(&c->cell);
		sbuf_puts(&c->cell, js);
		free(js);
		return;
	}
	for (i = 0; i < c->ncols; i++) {
		v = json_object_get(rec, c->cols[i]);
		sb_clear(&c->cell);
		if (v && !json_is_null(v)) {
			celltext(&c->cell, v);
			h = hash_add(h, "v", 1);
		} else {
			h = hash_add(h, "n", 1);
		}
		h = hash_add(h, c->cell.s, c->cell.n + 1);
	}
	snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
	sb_clear(&c->cell);
	sbuf_puts(&c->cell, hex);
}

/* Reports the value V of column NAME that its SQL type cannot take. */
static void
sql_mismatch(struct ctx *c, const struct nd_src *src, const char *name, const json_t *v,
             const char *what)
{
	char *js = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
	size_t n = js ? strlen(js) : 0;

	if (n > 60)
		memcpy(js + 57, "...", 4);
	die_at(src ? src->file : NULL, src ? src->line : 0, "\"%s\" is not %s: %s (written as NULL)",
	       name, what, js ? js : "?");
	free(js);
}

/* The upsert's tail: on a row already there, set the columns NAMES. */
static void
sql_upsert(const char *key, char **names, size_t n)
{
	size_t i;

	printf(") ON CONFLICT (");
	sql_ident(key);
	if (n == 0) {
		printf(") DO NOTHING;\n");
		return;
	}
	printf(") DO UPDATE SET ");
	for (i = 0; i < n; i++) {
		if (i)
			putchar(',');
		sql_ident(names[i]);
		printf("=excluded.");
		sql_ident(names[i]);
	}
	printf(";\n");
}

static void
sql_row(struct ctx *c, const json_t *rec, const struct nd_src *src)
{
	char tb[256], num[40];
	size_t i;
	json_t *v;

	if (c->ncols == 0)
		return;
	sql_key(c, rec);
	printf("INSERT INTO ");
	sql_ident(table_name(c, tb, sizeof tb));
	printf(" (\"row_id\"");
	for (i = 0; i < c->ncols; i++) {
		putchar(',');
		sql_ident(c->sqlcols[i]);
	}
	printf(") VALUES (");
	sql_string(c->cell.s, c->cell.n);
	for (i = 0; i < c->ncols; i++) {
		putchar(',');
		v = json_object_get(rec, c->cols[i]);
		if (!v || json_is_null(v) || empty_is_null(c->cols[i], v)) {
			printf("NULL");
			continue;
		}
		switch (c->types[i]) {
		case S_INT:
			/* A BIGINT takes integers only: PostgreSQL would refuse the rest. */
			if (json_is_integer(v) || (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)) &&
			                           fabs(json_real_value(v)) < 9007199254740992.0)) {
				printf("%s", numtext(v, num, sizeof num));
			} else {
				sql_mismatch(c, src, c->cols[i], v, "an integer");
				printf("NULL");
			}
			break;
		case S_REAL:
			if (json_is_number(v) && isfinite(json_number_value(v))) {
				printf("%s", numtext(v, num, sizeof num));
			} else {
				sql_mismatch(c, src, c->cols[i], v, "a number");
				printf("NULL");
			}
			break;
		case S_BOOL:
			if (json_is_boolean(v)) {
				printf("%s", json_is_true(v) ? "TRUE" : "FALSE");
			} else {
				sql_mismatch(c, src, c->cols[i], v, "true or false");
				printf("NULL");
			}
			break;
		case S_TEXT:
			sb_clear(&c->cell);
			celltext(&c->cell, v);
			sql_string(c->cell.s, c->cell.n);
			break;
		}
	}
	sql_upsert("row_id", c->sqlcols, c->ncols);
}

/*
 * SQL of facts or aggs: each doc record is a row of the table "docs", keyed
 * by its name; a missing, null or empty field is NULL.
 */
static void
sql_doc(struct ctx *c, const json_t *rec, const struct nd_src *src)
{
	static char *cols[] = { "doc", "title", "date", "lang", "source" };
	const size_t ncol = sizeof cols / sizeof cols[0];
	size_t i;
	json_t *v;

	if (!nd_str(rec, "doc")) {
		die_at(src->file, src->line, "doc record without a \"doc\" name: not in the docs table");
		return;
	}
	sql_begin(c);
	if (!c->sqldocs)
		printf("CREATE TABLE IF NOT EXISTS \"docs\" (\n  \"doc\" TEXT PRIMARY KEY,\n  \"title\" TEXT,\n"
		       "  \"date\" TEXT,\n  \"lang\" TEXT,\n  \"source\" TEXT\n);\n");
	c->sqldocs = 1;
	printf("INSERT INTO \"docs\" (");
	for (i = 0; i < ncol; i++) {
		if (i)
			putchar(',');
		sql_ident(cols[i]);
	}
	printf(") VALUES (");
	for (i = 0; i < ncol; i++) {
		if (i)
			putchar(',');
		v = json_object_get(rec, cols[i]);
		sb_clear(&c->cell);
		if (v)
			celltext(&c->cell, v);
		if (c->cell.n == 0)
			printf("NULL");
		else
			sql_string(c->cell.s, c->cell.n);
	}
	sql_upsert("doc", cols + 1, ncol - 1);
	nd_stats.written++;
	if (ferror(stdout))
		die_flush();
}

/*
 * --excel: the qualifier column's "=" (a figure as stated) would read as a
 * formula, and "'=" is no better to read: it is written as U+FF1D, the
 * full-width equals sign, which no spreadsheet takes for one.
 */
static int
is_qualifier(const char *name)
{
	return strcmp(name, "qualifier") == 0 || strcmp(name, "qualifiers") == 0;
}

static void
excel_qualifier(struct sbuf *b)
{
	struct sbuf o = { 0 };
	const char *p = b->s, *e;

	for (;;) {
		e = strchr(p, ';');
		if (!e)
			e = p + strlen(p);
		if (e - p == 1 && *p == '=')
			sbuf_puts(&o, "\xef\xbc\x9d");
		else
			sbuf_put(&o, p, (size_t)(e - p));
		if (!*e)
			break;
		sbuf_puts(&o, ";");
		p = e + 1;
	}
	sb_clear(b);
	sbuf_put(b, o.s, o.n);
	sbuf_free(&o);
}

static void
write_row(struct ctx *c, const json_t *rec, const struct nd_src *src)
{
	char num[40];
	json_t *o, *v;
	size_t i;

	if (!c->started)
		start_table(c, rec);
	c->nrows++;
	nd_stats.written++;
	for (i = 0; i < c->ncols; i++)
		if (json_object_get(rec, c->cols[i]))
			c->colseen[i] = 1;
	switch (c->fmt) {
	case F_CSV:
	case F_TSV:
		if (c->ncols == 0)
			break;
		for (i = 0; i < c->ncols; i++) {
			v = json_object_get(rec, c->cols[i]);
			if (json_is_number(v)) {
				csvout_number(&c->co, numtext(v, num, sizeof num));
			} else {
				sb_clear(&c->cell);
				if (v)
					celltext(&c->cell, v);
				if (c->excel && is_qualifier(c->cols[i]))
					excel_qualifier(&c->cell);
				csvout_text(&c->co, c->cell.s, c->cell.n);
			}
		}
		csvout_endrow(&c->co);
		break;
	case F_JSON:
		o = json_object();
		for (i = 0; i < c->ncols; i++) {
			v = json_object_get(rec, c->cols[i]);
			json_object_set(o, c->cols[i], v ? v : json_null());
		}
		fputs(c->nrows > 1 ? ",\n" : "\n", stdout);
		json_dumpf(o, stdout, JSON_COMPACT | JSON_REAL_PRECISION(15));
		json_decref(o);
		break;
	case F_SQL:
		sql_row(c, rec, src);
		break;
	default:
		break;
	}
	if (ferror(stdout))
		die_flush();
}

static void
end_table(struct ctx *c)
{
	if (!c->started)
		start_table(c, NULL);
	check_cols_seen(c);
	if (c->fmt == F_JSON)
		fputs(c->nrows > 0 ? "\n]\n" : "]\n", stdout);
	else if (c->fmt == F_SQL)
		printf("COMMIT;\n");
}

static int wants_enrich(const struct ctx *c);

static void
decide(struct ctx *c, const char *type)
{
	const char **d = NULL;

	c->type = type;
	c->decided = 1;
	if (!c->cflag) {
		if (strcmp(type, "fact") == 0)
			d = fact_cols;
		else if (strcmp(type, "agg") == 0)
			d = agg_cols;
		if (d)
			for (; *d; d++)
				add_col(c, *d);
		else
			c->hold = 1;
	}
	c->enrich = strcmp(type, "doc") != 0 && wants_enrich(c);
}

static int
matches(const struct ctx *c, const char *t)
{
	return strcmp(c->type, "*") == 0 || strcmp(c->type, t) == 0;
}

static void
flush_held(struct ctx *c)
{
	size_t i;
	const char *k;
	json_t *v, *r;

	if (!c->cflag)
		for (i = 0; i < json_array_size(c->held); i++) {
			r = json_array_get(c->held, i);
			json_object_foreach(r, k, v)
				add_col(c, k);
		}
	start_table(c, json_array_get(c->held, 0));
	for (i = 0; i < json_array_size(c->held); i++)
		write_row(c, json_array_get(c->held, i), NULL);
	json_array_clear(c->held);
}

/*
 * -t of a type the pipeline does not write, with input but no record of
 * it, is a typo.
 */
static void
check_type(const struct ctx *c)
{
	struct sbuf b = { 0 };
	const char *k;
	json_t *v;

	if (!c->tflag || strcmp(c->tflag, "*") == 0 || schema(c->tflag) || c->nmatch > 0 ||
	    json_object_size(c->seentypes) == 0)
		return;
	json_object_foreach(c->seentypes, k, v) {
		if (b.n)
			sbuf_puts(&b, ", ");
		sbuf_puts(&b, k);
	}
	die("-t: no \"%s\" record in the input (its types: %s; the pipeline's: doc, seg, fact, agg)",
	    c->tflag, b.s);
}

/* SQL of facts or aggs: doc records go to a table of their own. */
static int
sql_docs_wanted(const struct ctx *c)
{
	return c->fmt == F_SQL &&
	       (!c->tflag || strcmp(c->tflag, "fact") == 0 || strcmp(c->tflag, "agg") == 0);
}

static void report(struct ctx *c);

/* Columns a record may lack that cf-render fills in: see enriched(). */
static const char *const doc_cols[] = { "lang", "title", "date", "author", "source", NULL };

/* Whether the columns ask for a field enriched() fills in. */
static int
wants_enrich(const struct ctx *c)
{
	size_t i, j;

	for (i = 0; i < c->ncols; i++) {
		if (strcmp(c->cols[i], "place") == 0)
			return 1;
		for (j = 0; doc_cols[j]; j++)
			if (strcmp(c->cols[i], doc_cols[j]) == 0)
				return 1;
	}
	return 0;
}

/*
 * REC with the fields it lacks that the table's columns name: "place"
 * (city, or city/area) when it has a city, and the lang, title, date,
 * author and source of its doc record (read earlier in the input).  A new
 * reference.
 */
static json_t *
enriched(const struct ctx *c, json_t *rec)
{
	const json_t *dr = json_object_get(c->docrecs, report_str(rec, "doc", ""));
	json_t *e = NULL, *v;
	char pb[512];
	size_t j;

	if (!json_object_get(rec, "place") && nd_str(rec, "city")) {
		e = json_copy(rec);
		json_object_set_new(e, "place", json_string(report_place_name(nd_str(rec, "city"),
		                                                        nd_str(rec, "area"), pb, sizeof pb)));
	}
	for (j = 0; dr && doc_cols[j]; j++)
		if (!json_object_get(rec, doc_cols[j]) && (v = json_object_get(dr, doc_cols[j]))) {
			if (!e)
				e = json_copy(rec);
			json_object_set(e, doc_cols[j], v);
		}
	return e ? e : json_incref(rec);
}

static void
step(json_t *rec, const struct nd_src *src, void *vctx)
{
	struct ctx *c = vctx;
	const char *t;
	size_t i;

	if (REPORT(c->fmt)) {
		if (!rec) {
			report(c);
			return;
		}
		t = nd_type(rec);
		if (strcmp(t, "fact") == 0)
			json_array_append(c->facts, rec);
		else if (strcmp(t, "agg") == 0)
			json_array_append(c->aggs, rec);
		else if (strcmp(t, "doc") == 0 && nd_str(rec, "doc"))
			json_object_set(c->docrecs, nd_str(rec, "doc"), rec);
		else
			c->nskip++;
		return;
	}
	if (!rec) {
		if (!c->decided) {
			if (json_array_size(c->held) == 0) {
				decide(c, c->tflag ? c->tflag : "fact");
			} else {
				c->type = "*";
				c->decided = c->hold = 1;
			}
		}
		check_type(c);
		if (c->hold)
			flush_held(c);
		end_table(c);
		return;
	}
	t = nd_type(rec);
	if (c->tflag && !schema(c->tflag) && json_object_size(c->seentypes) < 32)
		json_object_set(c->seentypes, t, json_true());
	if (strcmp(t, "doc") == 0 && nd_str(rec, "doc"))
		json_object_set(c->docrecs, nd_str(rec, "doc"), rec);
	if (strcmp(t, "doc") == 0 && sql_docs_wanted(c)) {
		sql_doc(c, rec, src);
		return;
	}
	if (!c->decided) {
		if (c->tflag) {
			decide(c, c->tflag);
		} else if (strcmp(t, "fact") == 0 || strcmp(t, "agg") == 0) {
			decide(c, strcmp(t, "fact") == 0 ? "fact" : "agg");
			for (i = 0; i < json_array_size(c->held); i++)
				if (!c->enrich || strcmp(nd_type(json_array_get(c->held, i)), "doc") != 0)
					c->nskip++;
			json_array_clear(c->held);
		} else {
			json_array_append(c->held, rec);
			return;
		}
	}
	if (!matches(c, t)) {
		if (!(c->enrich && strcmp(t, "doc") == 0))
			c->nskip++;   /* a doc record that fills columns is used, not skipped */
		return;
	}
	c->nmatch++;
	if (c->hold) {
		json_array_append(c->held, rec);
	} else if (c->enrich) {
		rec = enriched(c, rec);
		write_row(c, rec, src);
		json_decref(rec);
	} else {
		write_row(c, rec, src);
	}
}

/* ---- xlsx ---- */



struct xl {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *head;
	lxw_row_t row;
	lxw_col_t ncols;
	int full;   /* the sheet is out of rows */
	long long nlong;   /* cells cut to Excel's longest string */
};

/* Excel's limits: rows in a sheet, characters in a cell. */
#define XL_ROWS 1048576u
#define XL_STR  32767u

static void
xl_sheet(struct xl *x, const char *name, const char *const *cols, const double *widths)
{
	lxw_col_t i;

	x->ws = workbook_add_worksheet(x->wb, name);
	if (!x->ws)
		die("cannot add the sheet \"%s\"", name);
	x->row = 0;
	x->full = 0;
	for (i = 0; cols[i]; i++) {
		worksheet_write_string(x->ws, 0, i, cols[i], x->head);
		worksheet_set_column(x->ws, i, i, widths[i], NULL);
	}
	x->ncols = i;
	worksheet_freeze_panes(x->ws, 1, 0);
}

/* Starts a data row; 0 when the sheet has no room for it. */
static int
xl_row(struct xl *x, const char *name)
{
	if (x->row + 1 >= XL_ROWS) {
		if (!x->full)
			die_at(name, 0, "more rows than a sheet holds (%u): the rest left out", XL_ROWS - 1);
		x->full = 1;
		return 0;
	}
	x->row++;
	return 1;
}

/* Text cells are strings, never formulas, whatever they start with. */
static void
xl_text(struct xl *x, lxw_col_t col, const char *s)
{
	char *cut;
	size_t n;

	if (!s || !*s)
		return;
	n = strlen(s);
	if (n <= XL_STR) {
		worksheet_write_string(x->ws, x->row, col, s, NULL);
		return;
	}
	/* Cut at a character boundary: at most XL_STR bytes is at most XL_STR characters. */
	for (n = XL_STR; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
		;
	cut = xstrndup(s, n);
	worksheet_write_string(x->ws, x->row, col, cut, NULL);
	free(cut);
	x->nlong++;
}

static void
xl_num(struct xl *x, lxw_col_t col, double v)
{
	if (isfinite(v))
		worksheet_write_number(x->ws, x->row, col, v, NULL);
}

/* Fields of REC into the columns from COL on: "#name" a number, else text. */
static void
xl_fields(struct xl *x, lxw_col_t col, const json_t *rec, const char *const *fields)
{
	for (; *fields; fields++, col++)
		if (**fields == '#')
			xl_num(x, col, nd_num(rec, *fields + 1, NAN));
		else
			xl_text(x, col, nd_str(rec, *fields));
}

static void
xl_join(struct xl *x, lxw_col_t col, const json_t *arr)
{
	struct sbuf b = { 0 };

	if (!json_is_array(arr) || json_array_size(arr) == 0)
		return;
	celltext(&b, arr);
	xl_text(x, col, b.s);
	sbuf_free(&b);
}

static void
xl_end_sheet(struct xl *x)
{
	worksheet_autofilter(x->ws, 0, 0, x->row, x->ncols - 1);
}

static void
xl_indicators(struct xl *x, const struct report *r)
{
	static const char *const cols[] = { "place", "city", "area", "metric", "period", "kind",
		"unit", "value", "min", "max", "n", "qualifiers", "docs", "conflict", NULL };
	static const double w[] = { 20, 14, 12, 22, 11, 9, 8, 16, 16, 16, 6, 10, 40, 9 };
	char pb[200];
	const struct report_ind *d;
	size_t i;

	xl_sheet(x, "indicators", cols, w);
	for (i = 0; i < r->nind && xl_row(x, "indicators"); i++) {
		d = &r->ind[i];
		xl_text(x, 0, report_place_name(d->city, d->area, pb, sizeof pb));
		xl_text(x, 1, d->city);
		xl_text(x, 2, d->area);
		xl_text(x, 3, d->metric);
		xl_text(x, 4, d->period);
		xl_text(x, 5, d->kind);
		xl_text(x, 6, d->unit);
		xl_num(x, 7, d->value);
		xl_num(x, 8, d->min);
		xl_num(x, 9, d->max);
		worksheet_write_number(x->ws, x->row, 10, (double)d->n, NULL);
		xl_join(x, 11, d->quals);
		xl_join(x, 12, d->docs);
		worksheet_write_boolean(x->ws, x->row, 13, d->conflict, NULL);
	}
	xl_end_sheet(x);
}

static void
xl_facts(struct xl *x, const json_t *facts, const json_t *docrecs)
{
	static const char *const cols[] = { "doc", "lang", "title", "date", "place", "city", "area",
		"metric", "value", "unit", "qualifier", "period", "kind", "evidence", "start", "end", NULL };
	static const double w[] = { 30, 5, 40, 11, 20, 14, 12, 22, 16, 8, 8, 11, 9, 80, 8, 8 };
	static const char *const xl_fact_cols[] = { "city", "area", "metric", "#value", "unit",
		"qualifier", "period", "kind", "evidence", "#start", "#end", NULL };
	char pb[200];
	const json_t *f, *dr;
	size_t i;

	xl_sheet(x, "facts", cols, w);
	for (i = 0; i < json_array_size(facts) && xl_row(x, "facts"); i++) {
		f = json_array_get(facts, i);
		dr = json_object_get(docrecs, report_str(f, "doc", ""));
		xl_text(x, 0, nd_str(f, "doc"));
		xl_text(x, 1, nd_str(f, "lang") ? nd_str(f, "lang") : nd_str(dr, "lang"));
		xl_text(x, 2, nd_str(dr, "title"));
		xl_text(x, 3, nd_str(dr, "date"));
		xl_text(x, 4, report_place_name(nd_str(f, "city"), nd_str(f, "area"), pb, sizeof pb));
		xl_fields(x, 5, f, xl_fact_cols);
	}
	xl_end_sheet(x);
}

/* The documents: those with doc records and those the indicators name. */
static void
xl_sources(struct xl *x, const struct report *r)
{
	static const char *const cols[] = { "doc", "lang", "title", "date", "author", "source",
		"bytes", "facts", NULL };
	static const double w[] = { 30, 5, 50, 11, 16, 20, 9, 6 };
	static const char *const xl_doc_cols[] = { "lang", "title", "date", "author", "source",
		"#bytes", NULL };
	const struct report_doc *d;
	size_t i;

	xl_sheet(x, "sources", cols, w);
	for (i = 0; i < r->ndoc; i++) {
		d = &r->doc[i];
		if (!d->rec && !d->cited)
			continue;
		if (!xl_row(x, "sources"))
			break;
		xl_text(x, 0, d->name);
		xl_fields(x, 1, d->rec, xl_doc_cols);
		worksheet_write_number(x->ws, x->row, 7, (double)d->nfacts, NULL);
	}
	xl_end_sheet(x);
}

static void
xl_glossary(struct xl *x)
{
	static const char *const cols[] = { "metric", "unit", "meaning", NULL };
	static const double w[] = { 24, 14, 90 };
	size_t i;

	xl_sheet(x, "glossary", cols, w);
	for (i = 0; i < report_nglossary && xl_row(x, "glossary"); i++) {
		xl_text(x, 0, report_glossary[i].id);
		xl_text(x, 1, report_glossary[i].unit);
		xl_text(x, 2, report_glossary[i].meaning);
	}
	xl_end_sheet(x);
}

/*
 * The workbook: libxlsxwriter writes a file by name, so it is made in a
 * temporary file and copied to standard output (which -o has pointed at
 * its own temporary file).
 */
static void
xlsx_report(const struct report *r, const json_t *facts)
{
	lxw_workbook_options opt = { 0 };
	struct xl x = { 0 };
	const char *tmpdir = getenv("TMPDIR");
	char *path, buf[65536];
	lxw_error e;
	size_t n;
	FILE *fp;
	int fd;

	if (!tmpdir || !*tmpdir)
		tmpdir = "/tmp";
	path = xmalloc(strlen(tmpdir) + 32);
	sprintf(path, "%s/cf-render.XXXXXX", tmpdir);
	if ((fd = mkstemp(path)) < 0)
		die("cannot create a temporary file in \"%s\": %s", tmpdir, strerror(errno));
	close(fd);
	opt.tmpdir = (char *)tmpdir;
	x.wb = workbook_new_opt(path, &opt);
	if (!x.wb) {
		unlink(path);
		die("cannot start a workbook in \"%s\"", path);
	}
	x.head = workbook_add_format(x.wb);
	format_set_bold(x.head);
	xl_indicators(&x, r);
	xl_facts(&x, facts, r->docrecs);
	xl_sources(&x, r);
	xl_glossary(&x);
	if ((e = workbook_close(x.wb)) != LXW_NO_ERROR) {
		unlink(path);
		die("cannot write the workbook: %s", lxw_strerror(e));
	}
	if (x.nlong)
		die_warn("%lld cell%s longer than %u characters cut to that length", x.nlong,
		      x.nlong == 1 ? "" : "s", XL_STR);
	if (!(fp = fopen(path, "rb"))) {
		unlink(path);
		die("cannot read \"%s\": %s", path, strerror(errno));
	}
	unlink(path);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			die_flush();
	if (ferror(fp))
		die("cannot read the workbook: %s", strerror(errno));
	fclose(fp);
	free(path);
	die_flush();
}

static void
report(struct ctx *c)
{
	struct report r;

	report_build(&r, c->facts, c->aggs, c->docrecs);
	nd_stats.written += (long long)r.nind;
	if (c->fmt == F_MD)
		report_md_write(&r);
	else if (c->fmt == F_XLSX)
		xlsx_report(&r, c->facts);
	else
		report_html_write(&r);
	report_free(&r);
}

/* ---- -o FILE ---- */

static void
drop_tmp(void)
{
	if (tmpname)
		unlink(tmpname);
}

static void
open_output(const char *path)
{
	int fd;
	mode_t um;

	tmpname = xmalloc(strlen(path) + 16);
	sprintf(tmpname, "%s.tmp.XXXXXX", path);
	fd = mkstemp(tmpname);
	if (fd < 0)
		die("cannot write \"%s\": %s", path, strerror(errno));
	atexit(drop_tmp);
	um = umask(0);
	umask(um);
	fchmod(fd, 0666 & ~um);
	fflush(stdout);
	if (dup2(fd, STDOUT_FILENO) < 0)
		die("cannot write \"%s\": %s", path, strerror(errno));
	close(fd);
}

static void
close_output(const char *path)
{
	die_flush();
	if (fsync(STDOUT_FILENO) != 0 && errno != EINVAL)
		die("cannot write \"%s\": %s", path, strerror(errno));
	if (rename(tmpname, path) != 0)
		die("cannot write \"%s\" (renaming its temporary file \"%s\"): %s", path, tmpname,
		    strerror(errno));
	free(tmpname);
	tmpname = NULL;
}

/*
 * Whether one of the N inputs can be opened (none: standard input), so that
 * -o does not replace a good file with an empty one when none can.
 */
static int
any_input(int n, char **argv)
{
	struct stat st;
	int i, fd, ok;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		if (strcmp(argv[i], "-") == 0)
			return 1;
		fd = open(argv[i], O_RDONLY | O_NONBLOCK);
		if (fd < 0)
			continue;
		ok = fstat(fd, &st) == 0 && !S_ISDIR(st.st_mode);
		close(fd);
		if (ok)
			return 1;
	}
	return 0;
}

static const char *const fmts[] = { "csv", "tsv", "json", "sql", "md", "html", "xlsx", NULL };

/* Reads the options into C and *OFLAG; returns the index of the first operand. */
static int
options(int argc, char **argv, struct ctx *c, const char **oflag)
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "type", required_argument, NULL, 't' },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "table", required_argument, NULL, OPT_TABLE },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	size_t i;
	int ch;

	while ((ch = getopt_long(argc, argv, "c:f:o:t:", longopts, NULL)) != -1) {
		if (cli_option(ch, optarg, USAGE, help))
			continue;
		switch (ch) {
		case 'c':
			c->cflag = 1;
			parse_cols(c, optarg);
			break;
		case 'f':
			for (i = 0; fmts[i] && strcmp(fmts[i], optarg) != 0; i++)
				;
			if (!fmts[i]) {
				die_warn("-f: unknown format \"%s\" (csv, tsv, json, sql, md, html, xlsx)", optarg);
				cli_usage(USAGE);
			}
			c->fmt = (enum fmt)i;
			break;
		case 'o':
			*oflag = optarg;
			break;
		case 't':
			if (!*optarg) {
				die_warn("-t: empty type");
				cli_usage(USAGE);
			}
			c->tflag = optarg;
			break;
		case OPT_EXCEL:
			c->excel = 1;
			break;
		case OPT_TABLE:
			if (!*optarg) {
				die_warn("--table: empty name");
				cli_usage(USAGE);
			}
			if (strcasecmp(optarg, "docs") == 0) {
				die_warn("--table: \"docs\" is the table of doc records");
				cli_usage(USAGE);
			}
			c->table = optarg;
			break;
		default:
			cli_usage(USAGE);
		}
	}
	return optind;
}

/* Options that do not go together. */
static void
check_options(const struct ctx *c, const char *oflag)
{
	if (c->excel && c->fmt != F_CSV && c->fmt != F_TSV) {
		die_warn("--excel: only for -f csv and -f tsv");
		cli_usage(USAGE);
	}
	if ((c->cflag || c->tflag || c->table) && REPORT(c->fmt)) {
		die_warn("-c, -t and --table are for tables, not for -f %s", fmts[c->fmt]);
		cli_usage(USAGE);
	}
	if (c->fmt == F_XLSX && !oflag && isatty(STDOUT_FILENO)) {
		die_warn("-f xlsx: a workbook is not for a terminal (use -o FILE or a redirection)");
		cli_usage(USAGE);
	}
}

static void
free_ctx(struct ctx *c)
{
	size_t i;

	json_decref(c->held);
	json_decref(c->facts);
	json_decref(c->aggs);
	json_decref(c->docrecs);
	json_decref(c->seentypes);
	for (i = 0; i < c->ncols; i++) {
		free(c->cols[i]);
		if (c->sqlcols)
			free(c->sqlcols[i]);
	}
	free(c->cols);
	free(c->sqlcols);
	free(c->colseen);
	free(c->types);
	sbuf_free(&c->cell);
}

int
main(int argc, char **argv)
{
	struct ctx c = { .fmt = F_CSV };
	const char *oflag = NULL;
	int n, rval, readable;

	die_init(argv[0]);
	n = options(argc, argv, &c, &oflag);
	argc -= n;
	argv += n;
	check_options(&c, oflag);
	if (oflag)
		open_output(oflag);
	c.held = json_array();
	c.facts = json_array();
	c.aggs = json_array();
	c.docrecs = json_object();
	c.seentypes = json_object();
	readable = any_input(argc, argv);
	nd_run(argc, argv, step, &c);
	if (oflag && !readable)
		die("no input could be read; \"%s\" is left as it was", oflag);
	if (c.nskip > 0)
		die_warn("%lld record%s not rendered: the %s only holds \"%s\" records", c.nskip,
		      c.nskip == 1 ? "" : "s", REPORT(c.fmt) ? "report" : "table",
		      REPORT(c.fmt) ? "fact\" and \"agg" : c.type);
	if (oflag)
		close_output(oflag);
	rval = cli_end();
	free_ctx(&c);
	return rval;
}
