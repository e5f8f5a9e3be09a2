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
 * records: they are small.  Agg records give the indicators; facts give
 * each indicator its evidence, and
 * facts that no agg record covers are aggregated here by lib/agg, as
 * cf-aggregate aggregates them (by city, area, metric, period, kind and
 * unit; the value the most documents give, ties to the median; a conflict
 * when sources differ by more than 2%).
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "agg.h"
#include "cli.h"
#include "csvout.h"
#include "die.h"
#include "hash.h"
#include "humfmt.h"
#include "ndjson.h"
#include "sbuf.h"
#include "sha256.h"

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
	CF_COMMON_HELP;

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
			warnx("-c: empty column name in \"%s\"", arg);
			cf_usage(USAGE);
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
			warnx("the field \"%s\" is the SQL column \"%s\" (SQL names ignore case)", c->cols[i], name);
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
	bad_at(src ? src->file : NULL, src ? src->line : 0, "\"%s\" is not %s: %s (written as NULL)",
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
		bad_at(src->file, src->line, "doc record without a \"doc\" name: not in the docs table");
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
		cf_flush();
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
		cf_flush();
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
static const char *str_or(const json_t *o, const char *key, const char *def);

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

/* A place's canonical name: "Shanghai", or "Shanghai/Pudong" for an area of it. */
static const char *
place_name(const char *city, const char *area, char *buf, size_t size)
{
	if (!area || !*area)
		return city ? city : "";
	snprintf(buf, size, "%s/%s", city ? city : "", area);
	return buf;
}

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
	const json_t *dr = json_object_get(c->docrecs, str_or(rec, "doc", ""));
	json_t *e = NULL, *v;
	char pb[512];
	size_t j;

	if (!json_object_get(rec, "place") && nd_str(rec, "city")) {
		e = json_copy(rec);
		json_object_set_new(e, "place", json_string(place_name(nd_str(rec, "city"),
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

/* ---- reports ---- */

struct fref {
	const json_t *rec;
	char *key;
};

struct ind {
	const char *city, *area, *metric, *period, *kind, *unit, *qual;
	double value, min, max, x;
	long long n;
	int conflict;
	json_t *docs;   /* strings */
	json_t *evid;   /* [doc, evidence] pairs */
	json_t *quals;  /* the qualifiers of its facts, sorted strings */
	json_t *frecs;  /* its fact records (borrowed from the report's input) */
};

static const char *
str_or(const json_t *o, const char *key, const char *def)
{
	const char *s = nd_str(o, key);

	return s ? s : def;
}

static char *
group_key(const json_t *r)
{
	static const char *f[] = { "city", "area", "metric", "period", "kind", "unit" };
	struct sbuf b = { 0 };
	size_t i;

	for (i = 0; i < sizeof f / sizeof f[0]; i++) {
		if (i)
			sbuf_puts(&b, "\x1f");
		sbuf_puts(&b, str_or(r, f[i], ""));
	}
	return b.s;
}

static int
fref_cmp(const void *a, const void *b)
{
	const struct fref *x = a, *y = b;
	int d = strcmp(x->key, y->key);

	if (d)
		return d;
	d = strcmp(str_or(x->rec, "doc", ""), str_or(y->rec, "doc", ""));
	if (d)
		return d;
	return (nd_num(x->rec, "start", 0) > nd_num(y->rec, "start", 0)) -
	       (nd_num(x->rec, "start", 0) < nd_num(y->rec, "start", 0));
}

/* A period on a time axis: "2020", "2020-07", "2020-07-08", "2018-2020" (its end). */
static double
period_x(const char *p)
{
	int y, m, d, y2;
	char tail;

	if (!p)
		return NAN;
	if (sscanf(p, "%4d-%4d%c", &y, &y2, &tail) == 2 && y2 >= 1000 && strlen(p) == 9)
		return y2;
	if (sscanf(p, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 && m <= 12)
		return y + (m - 1) / 12.0 + (d - 1) / 366.0;
	if (sscanf(p, "%4d-%2d%c", &y, &m, &tail) == 2 && m >= 1 && m <= 12)
		return y + (m - 1) / 12.0;
	if (sscanf(p, "%4d%c", &y, &tail) == 1 && strlen(p) == 4)
		return y;
	return NAN;
}

static void
add_unique(json_t *arr, const char *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < json_array_size(arr); i++)
		if (strcmp(json_string_value(json_array_get(arr, i)), s) == 0)
			return;
	json_array_append_new(arr, json_string(s));
}

/* Adds qualifier Q to D's sorted set. */
static void
add_qual(struct ind *d, const char *q)
{
	size_t i;
	int cmp = 1;

	if (!q || !*q)
		return;
	if (!d->quals)
		d->quals = json_array();
	for (i = 0; i < json_array_size(d->quals); i++)
		if ((cmp = strcmp(json_string_value(json_array_get(d->quals, i)), q)) >= 0)
			break;
	if (cmp != 0)
		json_array_insert_new(d->quals, i, json_string(q));
}

static void
add_evidence(struct ind *d, const json_t *f)
{
	const char *doc = str_or(f, "doc", ""), *ev = nd_str(f, "evidence");
	size_t i;
	json_t *p;

	add_qual(d, nd_str(f, "qualifier"));
	if (!ev || !*ev)
		return;
	for (i = 0; i < json_array_size(d->evid); i++) {
		p = json_array_get(d->evid, i);
		if (strcmp(json_string_value(json_array_get(p, 1)), ev) == 0 &&
		    strcmp(json_string_value(json_array_get(p, 0)), doc) == 0)
			return;
	}
	json_array_append_new(d->evid, json_pack("[ss]", doc, ev));
}

static void
from_agg(struct ind *d, const json_t *a)
{
	json_t *docs = json_object_get(a, "docs"), *q = json_object_get(a, "qualifiers");
	size_t i;

	d->city = str_or(a, "city", "");
	d->area = str_or(a, "area", "");
	d->metric = str_or(a, "metric", "");
	d->period = str_or(a, "period", "");
	d->kind = str_or(a, "kind", "");
	d->unit = str_or(a, "unit", "");
	d->value = nd_num(a, "value", NAN);
	d->min = nd_num(a, "min", d->value);
	d->max = nd_num(a, "max", d->value);
	d->n = nd_int(a, "n", 1);
	d->conflict = json_is_true(json_object_get(a, "conflict"));
	d->qual = str_or(a, "qualifier", "");
	if (json_is_array(q) && json_array_size(q) == 1 && json_is_string(json_array_get(q, 0)))
		d->qual = json_string_value(json_array_get(q, 0));
	for (i = 0; i < json_array_size(docs); i++)
		add_unique(d->docs, json_string_value(json_array_get(docs, i)));
	for (i = 0; i < json_array_size(q); i++)
		add_qual(d, json_string_value(json_array_get(q, i)));
}

static int
ind_cmp(const void *a, const void *b)
{
	const struct ind *x = a, *y = b;
	int d;

	if ((d = strcmp(x->city, y->city)) || (d = strcmp(x->area, y->area)) ||
	    (d = strcmp(x->metric, y->metric)) || (d = strcmp(x->unit, y->unit)) ||
	    (d = strcmp(x->kind, y->kind)))
		return d;
	if (x->x != y->x && !(isnan(x->x) && isnan(y->x)))
		return isnan(x->x) ? 1 : isnan(y->x) ? -1 : x->x < y->x ? -1 : 1;
	return strcmp(x->period, y->period);
}

struct report {
	struct ind *ind;
	size_t nind;
	json_t *docs;    /* the set of every document, for the summary */
	size_t nfacts;
	const json_t *docrecs;   /* doc records by name (borrowed) */
	json_t *made;            /* aggs made here of facts no agg covered */
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The report's documents in byte order (a new array of borrowed names). */
static const char **
doc_list(const struct report *r, size_t *n)
{
	const char **v = xcalloc(json_object_size(r->docs) + 1, sizeof *v);
	const char *k;
	json_t *x;

	*n = 0;
	json_object_foreach(r->docs, k, x)
		v[(*n)++] = k;
	qsort(v, *n, sizeof *v, str_cmp);
	return v;
}

static void
keep_agg(const json_t *rec, void *arr)
{
	json_array_append(arr, (json_t *)rec);
}

/*
 * The indicators: one per agg record read, and one per group of the facts
 * that no agg record covers, aggregated by lib/agg as cf-aggregate would
 * (the same consensus, conflict and documents); each with the evidence of
 * its facts.
 */
static void
build(struct ctx *c, struct report *r)
{
	static char *by[16];
	struct agg_spec spec = { .by = by, .tolerance = AGG_TOLERANCE };
	size_t nf = json_array_size(c->facts), na, i, j, lo, hi, mid;
	struct fref *f = xcalloc(nf, sizeof *f);
	char *used = xcalloc(nf + 1, 1), *key;
	const char *why;
	agg_table *t;
	json_t *a;
	struct ind *d;
	int cmp, pass, qfix;

	for (i = 0; i < agg_fact_nkey && i < sizeof by / sizeof by[0]; i++)
		by[i] = (char *)agg_fact_key[i];
	spec.nby = i;
	r->made = json_array();
	r->nfacts = nf;
	r->docs = json_object();
	for (i = 0; i < nf; i++) {
		f[i].rec = json_array_get(c->facts, i);
		f[i].key = group_key(f[i].rec);
	}
	qsort(f, nf, sizeof *f, fref_cmp);
	/* pass 0: the aggs read; pass 1: those made of the facts left over */
	r->ind = NULL;
	r->nind = 0;
	for (pass = 0; pass < 2; pass++) {
		json_t *aggs = pass ? r->made : c->aggs;

		if (pass) {
			t = agg_new(&spec);
			for (i = 0; i < nf; i++)
				if (!used[i] && agg_add(t, f[i].rec, &why) != 0)
					used[i] = 2;   /* no numeric value: shown as "?" below */
			agg_each(t, keep_agg, r->made);
			agg_free(t);
		}
		na = json_array_size(aggs);
		r->ind = xrealloc(r->ind, (r->nind + na + 1) * sizeof *r->ind);
		for (i = 0; i < na; i++) {
			a = json_array_get(aggs, i);
			d = &r->ind[r->nind++];
			memset(d, 0, sizeof *d);
			d->docs = json_array();
			d->evid = json_array();
			d->frecs = json_array();
			from_agg(d, a);
			qfix = !*d->qual;
			/* The facts of this agg: the first with its key, by bisection. */
			key = group_key(a);
			lo = 0;
			hi = nf;
			while (lo < hi) {
				mid = (lo + hi) / 2;
				cmp = strcmp(f[mid].key, key);
				if (cmp < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			for (j = lo; j < nf && strcmp(f[j].key, key) == 0; j++) {
				if (pass && used[j] == 1)
					continue;
				/* mixed qualifiers: that of the first fact giving the value */
				if (qfix && nd_num(f[j].rec, "value", NAN) == d->value) {
					d->qual = str_or(f[j].rec, "qualifier", "");
					qfix = 0;
				}
				if (used[j] == 2)
					d->n++;   /* counted, with no say in the value */
				used[j] = 1;
				add_unique(d->docs, nd_str(f[j].rec, "doc"));
				add_evidence(d, f[j].rec);
				json_array_append(d->frecs, (json_t *)f[j].rec);
			}
			free(key);
		}
	}
	/* Facts without a numeric value whose group has none: counted, value unknown. */
	for (i = 0; i < nf; i = j) {
		for (j = i + 1; j < nf && strcmp(f[j].key, f[i].key) == 0; j++)
			;
		for (mid = i; mid < j && used[mid] != 2; mid++)
			;
		if (mid == j)
			continue;
		r->ind = xrealloc(r->ind, (r->nind + 1) * sizeof *r->ind);
		d = &r->ind[r->nind++];
		memset(d, 0, sizeof *d);
		d->docs = json_array();
		d->evid = json_array();
		d->frecs = json_array();
		d->city = str_or(f[i].rec, "city", "");
		d->area = str_or(f[i].rec, "area", "");
		d->metric = str_or(f[i].rec, "metric", "");
		d->period = str_or(f[i].rec, "period", "");
		d->kind = str_or(f[i].rec, "kind", "");
		d->unit = str_or(f[i].rec, "unit", "");
		d->qual = "";
		d->value = d->min = d->max = NAN;
		for (mid = i; mid < j; mid++) {
			if (used[mid] != 2)
				continue;
			d->n++;
			add_unique(d->docs, nd_str(f[mid].rec, "doc"));
			add_evidence(d, f[mid].rec);
			json_array_append(d->frecs, (json_t *)f[mid].rec);
		}
	}
	for (i = 0; i < r->nind; i++) {
		r->ind[i].x = period_x(r->ind[i].period);
		for (j = 0; j < json_array_size(r->ind[i].docs); j++)
			json_object_set_new(r->docs, json_string_value(json_array_get(r->ind[i].docs, j)),
			                    json_true());
	}
	qsort(r->ind, r->nind, sizeof *r->ind, ind_cmp);
	for (i = 0; i < nf; i++)
		free(f[i].key);
	free(f);
	free(used);
}

static void
free_report(struct report *r)
{
	size_t i;

	for (i = 0; i < r->nind; i++) {
		json_decref(r->ind[i].docs);
		json_decref(r->ind[i].evid);
		json_decref(r->ind[i].quals);
		json_decref(r->ind[i].frecs);
	}
	free(r->ind);
	json_decref(r->docs);
	json_decref(r->made);
}

/* Escapes for HTML text and attribute values. */
static void
esc_html(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		case '\'': fputs("&#39;", stdout); break;
		default: putchar(*s);
		}
	}
}

/* Escapes for a Markdown table cell: HTML specials, Markdown punctuation, line ends. */
static void
esc_md(const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '\n': case '\r': case '\t': putchar(' '); break;
		case '|': case '\\': case '`': case '*': case '_': case '[': case ']':
			putchar('\\');
			putchar(*s);
			break;
		default: putchar(*s);
		}
	}
}

/* " (2020)" after a figure in a summary; nothing when the period is unknown. */
static void
md_when(const char *period)
{
	if (!*period)
		return;
	printf(" (");
	esc_md(period);
	printf(")");
}

/* "over 1,149", "224.6 bn CNY": the value of an indicator for people. */
static const char *
human(const struct ind *d, char *buf, size_t size)
{
	char v[80];

	if (isnan(d->value)) {
		snprintf(buf, size, "?");
		return buf;
	}
	snprintf(buf, size, "%s%s", humfmt_qualifier(d->qual), humfmt_value(v, sizeof v, d->value, d->unit));
	return buf;
}

static const char *
range(const struct ind *d, char *buf, size_t size)
{
	char a[80], b[80];

	buf[0] = '\0';
	if (d->min < d->max)
		snprintf(buf, size, "%s \xe2\x80\x93 %s", humfmt_value(a, sizeof a, d->min, d->unit),
		         humfmt_value(b, sizeof b, d->max, d->unit));
	return buf;
}

static int
is_target(const struct ind *d)
{
	return strcmp(d->kind, "target") == 0 || strcmp(d->kind, "forecast") == 0;
}

/* The cities, in order, as [first indicator, end) ranges of R->ind. */
static size_t
city_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0; j++)
		;
	return j;
}

/* The end of the (city, area, metric) block starting at I. */
static size_t
metric_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0 &&
	            strcmp(r->ind[j].area, r->ind[i].area) == 0 &&
	            strcmp(r->ind[j].metric, r->ind[i].metric) == 0; j++)
		;
	return j;
}

/*
 * The latest actual figure and the latest target of block [I, J): the
 * indices, or (size_t)-1.
 */
static void
latest(const struct report *r, size_t i, size_t j, size_t *act, size_t *tgt)
{
	size_t k;

	*act = *tgt = (size_t)-1;
	for (k = i; k < j; k++) {
		size_t *p = is_target(&r->ind[k]) ? tgt : act;
		if (*p == (size_t)-1 || (!isnan(r->ind[k].x) &&
		                         (isnan(r->ind[*p].x) || r->ind[k].x >= r->ind[*p].x)))
			*p = k;
	}
}

static void
city_counts(const struct report *r, size_t i, size_t e, size_t *ndocs, size_t *nconf)
{
	json_t *docs = json_object();   /* a set */
	size_t k, j;

	*nconf = 0;
	for (k = i; k < e; k++) {
		for (j = 0; j < json_array_size(r->ind[k].docs); j++)
			json_object_set_new(docs, json_string_value(json_array_get(r->ind[k].docs, j)), json_true());
		*nconf += (size_t)r->ind[k].conflict;
	}
	*ndocs = json_object_size(docs);
	json_decref(docs);
}

static const char *
plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

static void
md_report(struct report *r)
{
	char buf[200], lb[120];
	size_t i, e, k, j, act, tgt, nd, nc;
	const struct ind *d;
	const char **docs;
	const json_t *dr;

	printf("# cityfacts report\n\n");
	printf("%zu %s from %zu %s: %zu %s", r->nfacts, plural(r->nfacts, "fact", "facts"),
	       json_object_size(r->docs), plural(json_object_size(r->docs), "document", "documents"),
	       r->nind, plural(r->nind, "indicator", "indicators"));
	for (i = 0, nc = 0; i < r->nind; i = city_end(r, i))
		nc++;
	printf(" for %zu %s.\n", nc, plural(nc, "city", "cities"));
	printf("\n## Summary by city\n");
	for (i = 0; i < r->nind; i = e) {
		e = city_end(r, i);
		city_counts(r, i, e, &nd, &nc);
		printf("\n### ");
		esc_md(*r->ind[i].city ? r->ind[i].city : "(no city)");
		printf("\n\n%zu %s from %zu %s", e - i, plural(e - i, "indicator", "indicators"), nd,
		       plural(nd, "document", "documents"));
		if (nc)
			printf(", %zu with sources that disagree", nc);
		printf(".\n\n");
		for (k = i; k < e; k = j) {
			j = metric_end(r, k);
			latest(r, k, j, &act, &tgt);
			printf("- ");
			esc_md(humfmt_metric(r->ind[k].metric, lb, sizeof lb));
			if (*r->ind[k].area) {
				printf(" (");
				esc_md(r->ind[k].area);
				printf(")");
			}
			printf(":");
			if (act != (size_t)-1) {
				printf(" ");
				esc_md(human(&r->ind[act], buf, sizeof buf));
				md_when(r->ind[act].period);
			}
			if (tgt != (size_t)-1) {
				printf("%s %s ", act != (size_t)-1 ? ";" : "", r->ind[tgt].kind);
				esc_md(human(&r->ind[tgt], buf, sizeof buf));
				md_when(r->ind[tgt].period);
			}
			printf("\n");
		}
	}
	printf("\n## Indicators\n\n");
	printf("| City | Area | Metric | Period | Kind | Value | Range | Facts | Sources | Evidence | Conflict |\n");
	printf("| --- | --- | --- | --- | --- | ---: | --- | ---: | --- | --- | --- |\n");
	for (i = 0; i < r->nind; i++) {
		d = &r->ind[i];
		printf("| ");
		esc_md(d->city);
		printf(" | ");
		esc_md(d->area);
		printf(" | ");
		esc_md(humfmt_metric(d->metric, lb, sizeof lb));
		printf(" | ");
		esc_md(d->period);
		printf(" | ");
		esc_md(d->kind);
		printf(" | ");
		esc_md(human(d, buf, sizeof buf));
		printf(" | ");
		esc_md(range(d, buf, sizeof buf));
		printf(" | %lld | ", d->n);
		for (k = 0; k < json_array_size(d->docs); k++) {
			if (k)
				printf(", ");
			esc_md(json_string_value(json_array_get(d->docs, k)));
		}
		printf(" | ");
		for (k = 0; k < json_array_size(d->evid); k++) {
			if (k)
				printf(" \xc2\xb7 ");
			esc_md(json_string_value(json_array_get(json_array_get(d->evid, k), 1)));
		}
		printf(" | %s |\n", d->conflict ? "yes" : "");
	}
	docs = doc_list(r, &nd);
	if (nd) {
		printf("\n## Documents\n\n| Document | Title | Date | Language |\n| --- | --- | --- | --- |\n");
		for (k = 0; k < nd; k++) {
			dr = json_object_get(r->docrecs, docs[k]);
			printf("| ");
			esc_md(docs[k]);
			printf(" | ");
			esc_md(str_or(dr, "title", ""));
			printf(" | ");
			esc_md(str_or(dr, "date", ""));
			printf(" | ");
			esc_md(str_or(dr, "lang", ""));
			printf(" |\n");
		}
	}
	free(docs);
}

static double
nice_step(double range)
{
	double p, f;

	if (!(range > 0))
		return 1;
	p = pow(10, floor(log10(range / 4)));
	f = range / 4 / p;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/* ---- html ---- */

/* The twelve metrics, for the glossary of the report and of the workbook (the README's table). */
static const struct {
	const char *id, *unit, *meaning;
} glossary[] = {
	{ "ai_enterprises", "count", "companies whose business is AI, including \"key\" or \"core\" AI enterprises" },
	{ "ai_related_enterprises", "count", "the wider count of enterprises related to AI" },
	{ "industry_scale", "CNY, USD ...", "the size of the AI industry: its output value or revenue in a year" },
	{ "industry_growth", "percent", "how fast the AI industry grows, as a rate" },
	{ "financing", "CNY, USD ...", "money AI companies raised from investors" },
	{ "fund_size", "CNY, USD ...", "the size of an investment fund set up for AI" },
	{ "investment", "CNY, USD ...", "money invested, or committed to be invested, in AI in the place" },
	{ "employees", "count", "people working in AI companies" },
	{ "talent_share", "fraction", "the place's share of the nation's AI talent (one third: 0.333333)" },
	{ "computing_power", "PFLOPS", "computing capacity for AI (\"20,000P\" is 20,000 PFLOPS)" },
	{ "application_scenarios", "count",
	  "AI application scenarios the place opened (pilot uses of AI in its services and industries)" },
	{ "index_score", "score", "a place's score on a composite index or ranking of AI development" },
};
#define NGLOSS (sizeof glossary / sizeof glossary[0])

static const char css[] =
	"*{box-sizing:border-box}"
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;"
	"margin:0 auto;max-width:1240px;padding:16px 20px;background:#fff;overflow-wrap:break-word}"
	"a.file,q{overflow-wrap:anywhere}"
	"h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin:28px 0 10px;border-bottom:1px solid #d0d7de}"
	"h3{font-size:15px;margin:12px 0 4px}.lead,.muted{color:#57606a}"
	".toc{display:flex;flex-wrap:wrap;gap:4px 14px;margin:8px 0}"
	"table{border-collapse:collapse;width:100%;font-size:13px}"
	"th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}"
	"th{background:#f6f8fa}th button{font:inherit;font-weight:600;border:0;background:none;padding:0;"
	"cursor:pointer;text-align:left}th[aria-sort=ascending] button::after{content:' \\25B2'}"
	"th[aria-sort=descending] button::after{content:' \\25BC'}"
	".num{text-align:right;white-space:nowrap}.nw{white-space:nowrap}"
	".conflict{color:#a40e26;font-weight:600}td.conflict{background:#ffebe9}"
	".tgt{color:#9a3412}.when{color:#57606a;font-size:12px}"
	"details summary{cursor:pointer}details ol{margin:4px 0;padding-left:20px}"
	"mark{background:#fff3b0;font-weight:600}.src{color:#57606a;font-size:12px}"
	"form.filters{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:end;margin:8px 0}"
	"form.filters label{display:flex;flex-direction:column;font-size:12px;color:#57606a}"
	"form.filters select,form.filters input{font:inherit;max-width:100%}"
	".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:14px}"
	"figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:8px;break-inside:avoid}"
	"figcaption{font-weight:600;font-size:14px;margin-bottom:4px}"
	"svg{width:100%;height:auto;display:block}svg text{font:11px system-ui,sans-serif;fill:#1b1f24}"
	".key{font-size:12px;color:#57606a}.conf{border-left:3px solid #a40e26;padding:2px 10px;margin:8px 0}"
	".scroll{overflow-x:auto;max-width:100%}"
	"@media (max-width:640px){body{padding:10px}"
	"table.blocks,table.blocks tbody,table.blocks tr,table.blocks td{display:block;width:100%}"
	"table.blocks thead{display:none}table.blocks tr{border:1px solid #d0d7de;margin-bottom:8px}"
	"table.blocks td{border:0;border-bottom:1px solid #eaeef2;text-align:left}table.blocks td:empty{display:none}"
	"table.blocks td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:#57606a}"
	"#ind th:nth-child(n+6):nth-child(-n+8),#ind td:nth-child(n+6):nth-child(-n+8){display:none}"
	"#docs th:nth-child(4),#docs td:nth-child(4){display:none}}"
	"@media print{body{max-width:none;font-size:10pt;padding:0}form.filters,.toc{display:none}"
	"table{font-size:8pt;table-layout:fixed}th button{pointer-events:none}"
	"figure,.conf,tr{break-inside:avoid}h2,h3{break-after:avoid}"
	"details::details-content{content-visibility:visible;display:block}}"
	/* Off-screen sections are laid out when they come into view: a page of thousands of rows opens at once. */
	"main>section{content-visibility:auto;contain-intrinsic-size:auto 1500px}";

/*
 * The script: filters and sorting of the indicators' table.  Everything it
 * works on is in the page already; without it the page is the same, less
 * the filter form (hidden until the script shows it).  Its SHA-256 goes in
 * the Content-Security-Policy, so no other script can run.
 */
static const char js[] =
	"(function(){"
	"var f=document.getElementById('filters'),t=document.getElementById('ind');"
	"if(!f||!t)return;f.hidden=false;"
	"var tb=t.tBodies[0],rows=[].slice.call(tb.rows),out=document.getElementById('shown');"
	"var text=rows.map(function(r){return r.textContent.toLowerCase()});"
	"function v(n){return f.elements[n].value}"
	/* Rows changed inside a section that is laid out only when seen
	 * (content-visibility) cost a full layout each: seen for good from the first change. */
	"var sec=t.closest('section');function full(){sec.style.contentVisibility='visible'}"
	"function apply(){full();var p=v('place'),m=v('metric'),k=v('kind'),l=v('lang'),q=v('q').toLowerCase(),n=0;"
	"rows.forEach(function(r,i){var d=r.dataset,ok=(!p||d.place===p)&&(!m||d.metric===m)&&"
	"(!k||d.kind===k)&&(!l||(' '+d.lang+' ').indexOf(' '+l+' ')>=0)&&(!q||text[i].indexOf(q)>=0);"
	"r.hidden=!ok;if(ok)n++});out.textContent=n+' of '+rows.length+' indicators shown';}"
	"var tm;f.addEventListener('input',function(e){clearTimeout(tm);"
	"if(e.target.name==='q')tm=setTimeout(apply,200);else apply()});f.addEventListener('change',apply);"
	"f.addEventListener('submit',function(e){e.preventDefault()});"
	"var hs=[].slice.call(t.tHead.rows[0].cells);"
	"hs.forEach(function(th,i){var b=document.createElement('button');b.type='button';"
	"b.textContent=th.textContent;th.textContent='';th.appendChild(b);"
	"b.addEventListener('click',function(){full();var asc=th.getAttribute('aria-sort')!=='ascending';"
	"hs.forEach(function(h){h.removeAttribute('aria-sort')});"
	"th.setAttribute('aria-sort',asc?'ascending':'descending');"
	"var idx=rows.map(function(r,j){return j});"
	"function key(r){var c=r.cells[i];return c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent}"
	"idx.sort(function(a,b){var x=key(rows[a]),y=key(rows[b]),c;"
	"if(th.hasAttribute('data-num')){x=parseFloat(x);y=parseFloat(y);"
	"c=isNaN(x)?(isNaN(y)?0:1):isNaN(y)?-1:(x-y)*(asc?1:-1)}"
	"else c=x.localeCompare(y)*(asc?1:-1);return c||a-b});"
	"rows=idx.map(function(j){return rows[j]});text=idx.map(function(j){return text[j]});"
	"rows.forEach(function(r){tb.appendChild(r)})})});"
	"out.textContent=rows.length+' of '+rows.length+' indicators shown';})();";

/* Escapes for HTML text and attribute values. */
static void
esc_htmln(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '&': fputs("&amp;", stdout); break;
		case '<': fputs("&lt;", stdout); break;
		case '>': fputs("&gt;", stdout); break;
		case '"': fputs("&quot;", stdout); break;
		case '\'': fputs("&#39;", stdout); break;
		default: putchar(s[i]);
		}
}

/* The significant digits of a number's decimal text ("224.6" -> "2246", "130" -> "13"). */
static void
sig_digits(const char *s, size_t n, char *out, size_t size)
{
	size_t i, o = 0;

	for (i = 0; i < n && o + 1 < size; i++)
		if (s[i] >= '0' && s[i] <= '9' && (o > 0 || s[i] != '0'))
			out[o++] = s[i];
	while (o > 0 && out[o - 1] == '0')
		o--;
	out[o] = '\0';
}

/*
 * Where the figure of a fact is in its evidence: the span of END - START
 * bytes (the fact's own offsets) whose digits are those of its value, the
 * first such; 0 when none is (a figure written in words).
 */
static int
fig_span(const char *ev, double value, long long len, size_t *off)
{
	char want[40], got[40], num[40];
	size_t n = strlen(ev), i;
	int pass;

	if (len <= 0 || (size_t)len > n || !isfinite(value))
		return 0;
	snprintf(num, sizeof num, "%.14e", fabs(value));
	sig_digits(num, strcspn(num, "e"), want, sizeof want);
	if (!*want)
		return 0;
	/* First spans that start with a digit, then with a sign or a currency ("$1", "R$", "¥"). */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i + (size_t)len <= n; i++) {
			unsigned char c = (unsigned char)ev[i];
			if ((c & 0xC0) == 0x80 || ((unsigned char)ev[i + len] & 0xC0) == 0x80 ||
			    ev[i + len - 1] == ' ' || (i > 0 && ev[i - 1] >= '0' && ev[i - 1] <= '9') ||
			    (isalnum((unsigned char)ev[i + len - 1]) && isalnum((unsigned char)ev[i + len])))
				continue;   /* inside a character, after a digit, or ending inside a word */
			if (pass == 0 ? !(c >= '0' && c <= '9') : !strchr("$-.R", c) && c != 0xC2 && c != 0xE2)
				continue;
			sig_digits(ev + i, (size_t)len, got, sizeof got);
			if (strcmp(got, want) == 0 && (ev[i + len] < '0' || ev[i + len] > '9')) {
				*off = i;
				return 1;
			}
		}
	return 0;
}

/* A file: URL for a document path (relative ones from the working directory). */
static void
file_url(const char *doc, const char *cwd)
{
	const unsigned char *p;
	int pass;

	fputs("file://", stdout);
	for (pass = 0; pass < 2; pass++) {
		p = (const unsigned char *)(pass ? doc : *doc == '/' ? "" : cwd);
		if (pass == 1 && *doc != '/' && *cwd)
			putchar('/');
		for (; *p; p++)
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
			    strchr("/-._~", *p))
				putchar(*p);
			else
				printf("%%%02X", *p);
	}
}

struct hdocs {
	const char **name;     /* sorted */
	size_t n;
	json_t *facts;         /* name -> number of facts */
	json_t *lang;          /* name -> the lang of its first fact, for docs without a record */
};

static size_t
doc_index(const struct hdocs *h, const char *name)
{
	size_t lo = 0, hi = h->n, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(h->name[mid], name);
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)-1;
}

static const char *
doc_lang(const struct report *r, const struct hdocs *h, const char *name)
{
	const char *l = nd_str(json_object_get(r->docrecs, name), "lang");

	if (!l)
		l = json_string_value(json_object_get(h->lang, name));
	return l && *l ? l : "und";
}

/* The source of one fact: the article's title (linked to its row of documents), date, file. */
static void
html_source(const struct report *r, const struct hdocs *h, const char *doc, const char *cwd)
{
	const json_t *dr = json_object_get(r->docrecs, doc);
	size_t k = doc_index(h, doc);

	printf("<span class=\"src\">");
	if (k != (size_t)-1)
		printf("<a href=\"#d%zu\">", k);
	esc_html(str_or(dr, "title", doc));
	if (k != (size_t)-1)
		printf("</a>");
	if (nd_str(dr, "date")) {
		printf(" \xc2\xb7 ");
		esc_html(nd_str(dr, "date"));
	}
	printf(" \xc2\xb7 <a class=\"file\" href=\"");
	file_url(doc, cwd);
	printf("\">");
	esc_html(doc);
	printf("</a></span>");
}

/* The evidence of one fact: its sentence, the figure marked. */
static void
html_evidence(const json_t *f)
{
	const char *ev = str_or(f, "evidence", "");
	long long len = nd_int(f, "end", 0) - nd_int(f, "start", 0);
	size_t off;

	printf("<q>");
	if (fig_span(ev, nd_num(f, "value", NAN), len, &off)) {
		esc_htmln(ev, off);
		printf("<mark>");
		esc_htmln(ev + off, (size_t)len);
		printf("</mark>");
		esc_html(ev + off + len);
	} else {
		esc_html(ev);
	}
	printf("</q>");
}

/* Whether fact I of D repeats an earlier one's document and sentence. */
static int
seen_evidence(const struct ind *d, size_t i)
{
	const json_t *f = json_array_get(d->frecs, i), *g;
	size_t k;

	for (k = 0; k < i; k++) {
		g = json_array_get(d->frecs, k);
		if (strcmp(str_or(f, "doc", ""), str_or(g, "doc", "")) == 0 &&
		    strcmp(str_or(f, "evidence", ""), str_or(g, "evidence", "")) == 0 &&
		    nd_num(f, "start", 0) == nd_num(g, "start", 0))
			return 1;
	}
	return 0;
}

/* Whether fact I of D repeats an earlier one's document with value V. */
static int
seen_doc(const struct ind *d, size_t i, double v)
{
	const json_t *f = json_array_get(d->frecs, i), *g;
	size_t k;

	for (k = 0; k < i; k++) {
		g = json_array_get(d->frecs, k);
		if (nd_num(g, "value", NAN) == v && strcmp(str_or(f, "doc", ""), str_or(g, "doc", "")) == 0)
			return 1;
	}
	return 0;
}

static void
html_value_cell(const struct report *r, size_t k, const char *cls)
{
	char buf[200];
	const struct ind *d = &r->ind[k];

	printf("<div%s%s%s><a href=\"#i%zu\">", cls ? " class=\"" : "", cls ? cls : "", cls ? "\"" : "", k);
	esc_html(human(d, buf, sizeof buf));
	printf("</a>");
	if (d->conflict)
		printf(" <span class=\"conflict\" title=\"sources disagree\">\xe2\x89\xa0</span>");
	if (*d->period) {
		printf(" <span class=\"when\">");
		if (cls)
			printf("%s ", d->kind);
		esc_html(d->period);
		printf("</span>");
	}
	printf("</div>");
}

/* The metrics present, in the glossary's order, then others in byte order. */
static const char **
metric_list(const struct report *r, size_t *n)
{
	const char **v = xcalloc(r->nind + NGLOSS + 1, sizeof *v);
	size_t i, k, m = 0;

	for (k = 0; k < NGLOSS; k++)
		for (i = 0; i < r->nind; i++)
			if (strcmp(r->ind[i].metric, glossary[k].id) == 0) {
				v[m++] = glossary[k].id;
				break;
			}
	for (i = 0; i < r->nind; i++) {
		for (k = 0; k < m && strcmp(v[k], r->ind[i].metric) != 0; k++)
			;
		if (k == m)
			v[m++] = r->ind[i].metric;
	}
	if (m > NGLOSS)
		qsort(v + NGLOSS, m - NGLOSS, sizeof *v, str_cmp);
	*n = m;
	return v;
}

/* The end of the place (city, area) block starting at I. */
static size_t
place_end(const struct report *r, size_t i)
{
	size_t j;

	for (j = i; j < r->nind && strcmp(r->ind[j].city, r->ind[i].city) == 0 &&
	            strcmp(r->ind[j].area, r->ind[i].area) == 0; j++)
		;
	return j;
}

static void
html_place(const struct ind *d)
{
	char pb[512];

	esc_html(*d->city || *d->area ? place_name(d->city, d->area, pb, sizeof pb) : "(no place)");
}

/* The comparison: a row per place, a column per metric, the latest actual and target. */
static void
html_matrix(const struct report *r, const char **mets, size_t nm)
{
	char lb[120];
	size_t i, e, m, b, be, act, tgt;

	printf("<section id=\"compare\"><h2>Comparison of places</h2>\n"
	       "<p class=\"muted\">Each place's latest actual figure for each metric, and below it the "
	       "latest target or forecast; \xe2\x89\xa0 marks sources that disagree.  Each figure links "
	       "to its indicator.</p>\n<table class=\"blocks matrix\"><thead><tr><th>Place</th>");
	for (m = 0; m < nm; m++) {
		printf("<th>");
		esc_html(humfmt_metric(mets[m], lb, sizeof lb));
		printf("</th>");
	}
	printf("</tr></thead>\n<tbody>\n");
	for (i = 0; i < r->nind; i = e) {
		e = place_end(r, i);
		printf("<tr><th>");
		html_place(&r->ind[i]);
		printf("</th>");
		for (m = 0; m < nm; m++) {
			for (b = i; b < e && strcmp(r->ind[b].metric, mets[m]) != 0; b++)
				;
			if (b == e) {
				printf("<td></td>");
				continue;
			}
			be = metric_end(r, b);
			latest(r, b, be, &act, &tgt);
			printf("<td data-label=\"");
			esc_html(humfmt_metric(mets[m], lb, sizeof lb));
			printf("\">");
			if (act != (size_t)-1)
				html_value_cell(r, act, NULL);
			if (tgt != (size_t)-1)
				html_value_cell(r, tgt, "tgt");
			printf("</td>");
		}
		printf("</tr>\n");
	}
	printf("</tbody></table></section>\n");
}

static const char *const palette[] = { "#0969da", "#d9480f", "#1a7f37", "#8250df", "#bf3989", "#6e7781" };
#define NPAL (sizeof palette / sizeof palette[0])
#define BARS_MAX 30

struct pl {
	size_t first, act, tgt;   /* indicator indices; act, tgt (size_t)-1 when none */
	double key;               /* the latest actual value, for the order of places */
	size_t nyears;
};

static int
pl_cmp(const void *a, const void *b)
{
	const struct pl *x = a, *y = b;

	if (x->key != y->key)
		return isnan(x->key) ? 1 : isnan(y->key) ? -1 : x->key > y->key ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first);
}

/* A y axis from 0 (or below) to above V1 in nice steps: grid lines and labels. */
static void
y_axis(double *y0, double *y1, const char *unit, double L, double R, double W, double T, double H,
       double B)
{
	double st, y, py;
	char buf[120];
	int n;

	if (*y1 <= *y0)
		*y1 = *y0 + 1;
	st = nice_step(*y1 - *y0);
	*y0 = floor(*y0 / st) * st;
	*y1 = ceil(*y1 / st) * st;
	for (y = *y0, n = 0; y <= *y1 + st / 2 && n < 20; y += st, n++) {
		py = T + (*y1 - y) / (*y1 - *y0) * (H - T - B);
		printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>", L, py, W - R, py);
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", L - 6, py + 4);
		esc_html(humfmt_value(buf, sizeof buf, fabs(y) < st / 1e6 ? 0 : y, unit));
		printf("</text>");
	}
}

/* The latest value of each place: a bar for the actual, a hollow dashed ring for the target. */
static void
bar_chart(const struct report *r, struct pl *p, size_t np)
{
	const double W = 640, L = 170, R = 110, T = 8, RH = 20;
	double x1 = 0, v, px, H;
	char buf[200];
	size_t i, n = 0;

	for (i = 0; i < np && n < BARS_MAX; i++)
		if (p[i].act != (size_t)-1 || p[i].tgt != (size_t)-1)
			n++;
	for (i = 0; i < np; i++) {
		if (p[i].act != (size_t)-1 && r->ind[p[i].act].value > x1)
			x1 = r->ind[p[i].act].value;
		if (p[i].tgt != (size_t)-1 && r->ind[p[i].tgt].value > x1)
			x1 = r->ind[p[i].tgt].value;
	}
	if (!(x1 > 0))
		x1 = 1;
	H = T + RH * (double)n + 8;
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" role=\"img\" "
	       "aria-label=\"latest value by place\">", W, H);
	for (i = 0, n = 0; i < np && n < BARS_MAX; i++) {
		double y = T + RH * (double)n;
		if (p[i].act == (size_t)-1 && p[i].tgt == (size_t)-1)
			continue;
		n++;
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", L - 6, y + 14);
		html_place(&r->ind[p[i].first]);
		printf("</text>");
		if (p[i].act != (size_t)-1 && !isnan(v = r->ind[p[i].act].value) && v >= 0) {
			px = v / x1 * (W - L - R);
			printf("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0969da\">"
			       "<title>", L, y + 3, px, RH - 6);
			esc_html(human(&r->ind[p[i].act], buf, sizeof buf));
			printf(" (%s)</title></rect><text x=\"%.1f\" y=\"%.1f\">", r->ind[p[i].act].period, L + px + 4,
			       y + 14);
			esc_html(human(&r->ind[p[i].act], buf, sizeof buf));
			printf("</text>");
		}
		if (p[i].tgt != (size_t)-1 && !isnan(v = r->ind[p[i].tgt].value) && v >= 0) {
			px = L + v / x1 * (W - L - R);
			printf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#fff\" stroke=\"#d9480f\" "
			       "stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>%s ", px, y + RH / 2,
			       r->ind[p[i].tgt].kind);
			esc_html(r->ind[p[i].tgt].period);
			printf(": ");
			esc_html(human(&r->ind[p[i].tgt], buf, sizeof buf));
			printf("</title></circle>");
		}
	}
	printf("</svg>");
}

/*
 * One year of one place's series: the value the most facts give among the
 * indicators of that year and side (actual, or target and forecast), and
 * the range of every value given.
 */
struct yv {
	double year, value, lo, hi;
	size_t k;
};

static size_t
year_values(const struct report *r, size_t i, size_t e, const char *unit, int target, struct yv *out)
{
	size_t k, n = 0, m;
	const struct ind *d;
	double y;

	for (k = i; k < e; k++) {
		d = &r->ind[k];
		if (strcmp(d->unit, unit) != 0 || is_target(d) != target || isnan(d->x) || isnan(d->value))
			continue;
		y = floor(d->x);
		for (m = 0; m < n && out[m].year != y; m++)
			;
		if (m == n) {
			out[n].year = y;
			out[n].value = d->value;
			out[n].lo = d->min;
			out[n].hi = d->max;
			out[n++].k = k;
			continue;
		}
		if (d->n > r->ind[out[m].k].n) {
			out[m].value = d->value;
			out[m].k = k;
		}
		out[m].lo = fmin(out[m].lo, d->min);
		out[m].hi = fmax(out[m].hi, d->max);
	}
	return n;
}

/* The places' series over the years: actual solid, targets dashed with hollow dots. */
static void
series_chart(const struct report *r, const struct pl *p, size_t np)
{
	const double W = 640, H = 250, L = 90, R = 16, T = 14, B = 30;
	double x0 = INFINITY, x1 = -INFINITY, y0 = 0, y1 = 0, t, st, px, py;
	struct yv *yv[NPAL][2];
	size_t ny[NPAL][2], s, n = 0, m, side, e;
	const char *unit = r->ind[p[0].first].unit;
	char buf[200];
	int ntick;

	for (s = 0; s < np && n < NPAL; s++) {
		if (p[s].nyears < 2)
			continue;
		e = metric_end(r, p[s].first);
		for (side = 0; side < 2; side++) {
			yv[n][side] = xcalloc(e - p[s].first + 1, sizeof(struct yv));
			ny[n][side] = year_values(r, p[s].first, e, unit, (int)side, yv[n][side]);
			for (m = 0; m < ny[n][side]; m++) {
				x0 = fmin(x0, yv[n][side][m].year);
				x1 = fmax(x1, yv[n][side][m].year);
				y0 = fmin(y0, yv[n][side][m].lo);
				y1 = fmax(y1, yv[n][side][m].hi);
			}
		}
		n++;
	}
	if (n == 0)
		return;
	x0 -= 0.5;
	x1 += 0.5;
	printf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" role=\"img\" "
	       "aria-label=\"values over the years\">", W, H);
	y_axis(&y0, &y1, unit, L, R, W, T, H, B);
#define SX(v) (L + ((v) - x0) / (x1 - x0) * (W - L - R))
#define SY(v) (T + (y1 - (v)) / (y1 - y0) * (H - T - B))
	st = ceil((x1 - x0) / 10);
	for (t = ceil(x0), ntick = 0; t <= x1 && ntick < 20; t += st, ntick++)
		printf("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>", SX(t), H - B + 16, t);
	printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8c959f\"/>", L, H - B, W - R,
	       H - B);
	for (s = 0, n = 0; s < np && n < NPAL; s++) {
		const char *c = palette[n];
		struct yv *a, *g;
		size_t na, ng;

		if (p[s].nyears < 2)
			continue;
		a = yv[n][0], na = ny[n][0], g = yv[n][1], ng = ny[n][1];
		/* in order of years (few: insertion sort) */
		for (side = 0; side < 2; side++) {
			struct yv *v = side ? g : a, tmp;
			size_t cnt = side ? ng : na, q;
			for (m = 1; m < cnt; m++)
				for (q = m; q > 0 && v[q - 1].year > v[q].year; q--)
					tmp = v[q], v[q] = v[q - 1], v[q - 1] = tmp;
		}
		if (na > 1) {
			printf("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", c);
			for (m = 0; m < na; m++)
				printf("%s%.1f,%.1f", m ? " " : "", SX(a[m].year), SY(a[m].value));
			printf("\"/>");
		}
		if (ng > 0 && (na > 0 || ng > 1)) {
			printf("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\" "
			       "points=\"", c);
			if (na > 0 && a[na - 1].year < g[0].year)
				printf("%.1f,%.1f ", SX(a[na - 1].year), SY(a[na - 1].value));
			for (m = 0; m < ng; m++)
				printf("%s%.1f,%.1f", m ? " " : "", SX(g[m].year), SY(g[m].value));
			printf("\"/>");
		}
		for (side = 0; side < 2; side++) {
			struct yv *v = side ? g : a;
			size_t cnt = side ? ng : na;
			for (m = 0; m < cnt; m++) {
				px = SX(v[m].year);
				py = SY(v[m].value);
				if (v[m].lo < v[m].hi)   /* several values in the year: their range */
					printf("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
					       "stroke-opacity=\"0.25\" stroke-width=\"8\" stroke-linecap=\"round\" "
					       "class=\"range\"/>", px, SY(v[m].lo), px, SY(v[m].hi), c);
				printf("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" stroke=\"%s\" "
				       "stroke-width=\"2\"%s><title>", px, py, side ? "#fff" : c, c,
				       side ? " stroke-dasharray=\"3 2\"" : "");
				html_place(&r->ind[p[s].first]);
				printf(" %.0f %s: ", v[m].year, side ? r->ind[v[m].k].kind : "actual");
				esc_html(human(&r->ind[v[m].k], buf, sizeof buf));
				if (v[m].lo < v[m].hi) {
					char lo[80], hi[80];
					printf(" (values from %s to %s)", humfmt_value(lo, sizeof lo, v[m].lo, unit),
					       humfmt_value(hi, sizeof hi, v[m].hi, unit));
				}
				printf("</title></circle>");
			}
			free(v);
		}
		n++;
	}
	printf("</svg>\n<div class=\"key\">");
	for (s = 0, n = 0; s < np && n < NPAL; s++) {
		if (p[s].nyears < 2)
			continue;
		printf("<span style=\"color:%s\">\xe2\x97\x8f</span> ", palette[n++]);
		html_place(&r->ind[p[s].first]);
		printf(" &#160; ");
	}
	printf("<br/>solid line and dots: actual; dashed line, hollow dots: target or forecast; "
	       "a pale band: the range of the values given for that year</div>");
#undef SX
#undef SY
}

/* One figure per metric and unit: the latest value of each place, then the series. */
static void
html_charts(const struct report *r, const char **mets, size_t nm)
{
	char lb[120];
	size_t m, i, e, b, be, np, nser, n = 0, k;
	struct pl *p = xcalloc(r->nind + 1, sizeof *p);
	const char *unit;
	json_t *units;
	const char *u;
	json_t *x;

	printf("<section id=\"charts\"><h2>Charts by metric</h2>\n<div class=\"charts\">\n");
	for (m = 0; m < nm; m++) {
		units = json_object();
		for (i = 0; i < r->nind; i++)
			if (strcmp(r->ind[i].metric, mets[m]) == 0)
				json_object_set_new(units, r->ind[i].unit, json_true());
		json_object_foreach(units, u, x) {
			unit = u;
			np = 0;
			for (i = 0; i < r->nind; i = e) {
				e = place_end(r, i);
				for (b = i; b < e && (strcmp(r->ind[b].metric, mets[m]) != 0 ||
				                      strcmp(r->ind[b].unit, unit) != 0); b++)
					;
				if (b == e)
					continue;
				for (be = b; be < e && strcmp(r->ind[be].metric, mets[m]) == 0 &&
				             strcmp(r->ind[be].unit, unit) == 0; be++)
					;
				p[np].first = b;
				latest(r, b, be, &p[np].act, &p[np].tgt);
				p[np].key = p[np].act != (size_t)-1 ? r->ind[p[np].act].value : -INFINITY;
				{
					double years[64];
					size_t ny = 0, q;
					for (k = b; k < be; k++) {
						double y = floor(r->ind[k].x);
						if (isnan(y))
							continue;
						for (q = 0; q < ny && years[q] != y; q++)
							;
						if (q == ny && ny < 64)
							years[ny++] = y;
					}
					p[np].nyears = ny;
				}
				np++;
			}
			if (np == 0)
				continue;
			qsort(p, np, sizeof *p, pl_cmp);
			for (i = 0, nser = 0; i < np; i++)
				nser += p[i].nyears >= 2;
			printf("<figure id=\"chart-%zu\"><figcaption>", n++);
			esc_html(humfmt_metric(mets[m], lb, sizeof lb));
			printf(" <span class=\"muted\">(");
			esc_html(unit);
			printf(")</span></figcaption>\n<div class=\"key\">Latest value of %zu place%s%s</div>",
			       np < BARS_MAX ? np : (size_t)BARS_MAX, np == 1 ? "" : "s",
			       np > BARS_MAX ? " (the largest; every place is in the comparison)" : "");
			bar_chart(r, p, np);
			printf("<div class=\"key\">bar: latest actual; hollow dashed ring: latest target or "
			       "forecast</div>\n");
			if (nser) {
				printf("<div class=\"key\">Over the years: %zu place%s%s</div>", nser < NPAL ? nser : NPAL,
				       nser == 1 ? "" : "s", nser > NPAL ? " (the largest)" : "");
				series_chart(r, p, np);
			}
			printf("</figure>\n");
		}
		json_decref(units);
	}
	printf("</div></section>\n");
	free(p);
}

/* Where sources disagree: each value with the documents that give it. */
static void
html_conflicts(const struct report *r, const struct hdocs *h, const char *cwd)
{
	char lb[120], buf[200];
	size_t i, k, j, nc = 0, nv;
	const struct ind *d;
	double *vals;
	const json_t *f;

	for (i = 0; i < r->nind; i++)
		nc += (size_t)r->ind[i].conflict;
	printf("<section id=\"conflicts\"><h2>Where sources disagree</h2>\n");
	if (!nc)
		printf("<p class=\"muted\">No indicator has sources that disagree by more than 2%%.</p>\n");
	else
		printf("<p class=\"muted\">%zu indicator%s whose sources differ by more than 2%% of the "
		       "consensus: who says what.</p>\n", nc, nc == 1 ? "" : "s");
	for (i = 0; i < r->nind; i++) {
		d = &r->ind[i];
		if (!d->conflict)
			continue;
		printf("<div class=\"conf\"><h3><a href=\"#i%zu\">", i);
		html_place(d);
		printf(" \xc2\xb7 ");
		esc_html(humfmt_metric(d->metric, lb, sizeof lb));
		printf(" \xc2\xb7 ");
		esc_html(d->period);
		printf(" %s</a>: ", d->kind);
		esc_html(human(d, buf, sizeof buf));
		printf("</h3><ul>");
		vals = xcalloc(json_array_size(d->frecs) + 1, sizeof *vals);
		for (k = 0, nv = 0; k < json_array_size(d->frecs); k++) {
			double v = nd_num(json_array_get(d->frecs, k), "value", NAN);
			for (j = 0; j < nv && vals[j] != v; j++)
				;
			if (j == nv && !isnan(v)) {
				for (j = nv++; j > 0 && vals[j - 1] > v; j--)
					vals[j] = vals[j - 1];
				vals[j] = v;
			}
		}
		for (j = 0; j < nv; j++) {
			printf("<li><b>");
			esc_html(humfmt_value(buf, sizeof buf, vals[j], d->unit));
			printf("</b>:");
			for (k = 0; k < json_array_size(d->frecs); k++) {
				f = json_array_get(d->frecs, k);
				if (nd_num(f, "value", NAN) != vals[j] || seen_doc(d, k, vals[j]))
					continue;
				printf(" ");
				html_source(r, h, str_or(f, "doc", ""), cwd);
				printf(";");
			}
			printf("</li>");
		}
		free(vals);
		printf("</ul></div>\n");
	}
	printf("</section>\n");
}

static void
html_options(const char *name, const char *label, const char **v, size_t n, int metric)
{
	char lb[120];
	size_t i;

	printf("<label>%s<select name=\"%s\"><option value=\"\">all</option>", label, name);
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(v[i], v[i - 1]) == 0)
			continue;
		printf("<option value=\"");
		esc_html(v[i]);
		printf("\">");
		esc_html(metric ? humfmt_metric(v[i], lb, sizeof lb) : v[i]);
		printf("</option>");
	}
	printf("</select></label>");
}

/* The languages of an indicator's facts, sorted, space-separated, into a new array. */
static json_t *
ind_langs(const struct report *r, const struct hdocs *h, const struct ind *d)
{
	json_t *l = json_array();
	const char *s;
	size_t k, j;

	for (k = 0; k < json_array_size(d->frecs); k++) {
		s = nd_str(json_array_get(d->frecs, k), "lang");
		if (!s || !*s)
			s = doc_lang(r, h, str_or(json_array_get(d->frecs, k), "doc", ""));
		for (j = 0; j < json_array_size(l) && strcmp(json_string_value(json_array_get(l, j)), s) < 0; j++)
			;
		if (j == json_array_size(l) || strcmp(json_string_value(json_array_get(l, j)), s) != 0)
			json_array_insert_new(l, j, json_string(s));
	}
	return l;
}

static void
html_indicators(const struct report *r, const struct hdocs *h, const char **mets, size_t nm,
                const char *cwd)
{
	static const char *kinds[] = { "actual", "forecast", "target" };
	char lb[120], buf[200], pb[512];
	const char **places, **langs;
	size_t i, k, np = 0, nl = 0, ne;
	const struct ind *d;
	json_t *l, *all = json_object();
	const char *key;
	json_t *x;

	places = xcalloc(r->nind + 1, sizeof *places);
	for (i = 0; i < r->nind; i = place_end(r, i))
		places[np++] = place_name(r->ind[i].city, r->ind[i].area, pb, sizeof pb) == pb
		               ? xstrdup(pb) : xstrdup(r->ind[i].city);
	for (i = 0; i < h->n; i++)
		json_object_set_new(all, doc_lang(r, h, h->name[i]), json_true());
	langs = xcalloc(json_object_size(all) + 1, sizeof *langs);
	json_object_foreach(all, key, x)
		langs[nl++] = key;
	qsort(langs, nl, sizeof *langs, str_cmp);
	printf("<section id=\"indicators\"><h2>Indicators</h2>\n"
	       "<form id=\"filters\" class=\"filters\" hidden=\"\">");
	html_options("place", "Place", places, np, 0);
	html_options("metric", "Metric", mets, nm, 1);
	html_options("kind", "Kind", kinds, 3, 0);
	html_options("lang", "Language", langs, nl, 0);
	printf("<label>Search the evidence<input name=\"q\" type=\"search\"/></label>"
	       "<output id=\"shown\"></output></form>\n");
	printf("<div class=\"scroll\"><table id=\"ind\"><thead><tr><th>Place</th><th>Metric</th>"
	       "<th data-num=\"\">Period</th><th>Kind</th><th data-num=\"\">Value</th><th>Range</th>"
	       "<th data-num=\"\">Facts</th><th>Languages</th><th>Sources and evidence</th><th>Conflict</th>"
	       "</tr></thead>\n<tbody>\n");
	for (i = 0; i < r->nind; i++) {
		d = &r->ind[i];
		l = ind_langs(r, h, d);
		printf("<tr id=\"i%zu\" data-place=\"", i);
		html_place(d);
		printf("\" data-metric=\"");
		esc_html(d->metric);
		printf("\" data-kind=\"");
		esc_html(d->kind);
		printf("\" data-lang=\"");
		for (k = 0; k < json_array_size(l); k++) {
			printf(k ? " " : "");
			esc_html(json_string_value(json_array_get(l, k)));
		}
		printf("\"><td>");
		html_place(d);
		printf("</td><td>");
		esc_html(humfmt_metric(d->metric, lb, sizeof lb));
		printf("</td><td class=\"nw\" data-v=\"%.6f\">", isnan(d->x) ? -1.0 : d->x);
		esc_html(d->period);
		printf("</td><td>");
		esc_html(d->kind);
		printf("</td><td class=\"num\" data-v=\"%.15g\">", isnan(d->value) ? -1e300 : d->value);
		esc_html(human(d, buf, sizeof buf));
		printf("</td><td class=\"num\">");
		esc_html(range(d, buf, sizeof buf));
		printf("</td><td class=\"num\">%lld</td><td>", d->n);
		for (k = 0; k < json_array_size(l); k++) {
			printf(k ? " " : "");
			esc_html(json_string_value(json_array_get(l, k)));
		}
		json_decref(l);
		for (k = 0, ne = 0; k < json_array_size(d->frecs); k++)
			ne += !seen_evidence(d, k);
		printf("</td><td><details><summary>%zu document%s, %zu sentence%s</summary><ol>",
		       json_array_size(d->docs), json_array_size(d->docs) == 1 ? "" : "s", ne, ne == 1 ? "" : "s");
		for (k = 0; k < json_array_size(d->frecs); k++) {
			const json_t *f = json_array_get(d->frecs, k);
			if (seen_evidence(d, k))
				continue;
			printf("<li>");
			html_evidence(f);
			if (json_array_size(d->docs) > 1 || d->conflict) {
				printf(" <b>");
				esc_html(humfmt_value(buf, sizeof buf, nd_num(f, "value", NAN), d->unit));
				printf("</b>");
			}
			printf(" ");
			html_source(r, h, str_or(f, "doc", ""), cwd);
			printf("</li>");
		}
		/* Documents an agg names with no fact here: named, without evidence. */
		for (k = 0; k < json_array_size(d->docs); k++) {
			const char *doc = json_string_value(json_array_get(d->docs, k));
			size_t q;
			for (q = 0; q < json_array_size(d->frecs) &&
			            strcmp(str_or(json_array_get(d->frecs, q), "doc", ""), doc) != 0; q++)
				;
			if (q < json_array_size(d->frecs))
				continue;
			printf("<li>");
			html_source(r, h, doc, cwd);
			printf("</li>");
		}
		printf("</ol></details></td><td%s>%s</td></tr>\n",
		       d->conflict ? " class=\"conflict\"" : "", d->conflict ? "yes" : "");
	}
	printf("</tbody>\n</table></div></section>\n");
	for (i = 0; i < np; i++)
		free((char *)places[i]);
	free(places);
	free(langs);
	json_decref(all);
}

static void
html_documents(const struct report *r, const struct hdocs *h, const char *cwd)
{
	const json_t *dr;
	size_t k;

	printf("<section id=\"documents\"><h2>Documents</h2>\n<div class=\"scroll\"><table id=\"docs\"><thead><tr>"
	       "<th>Title</th><th>Date</th><th>Language</th><th>Facts</th><th>File</th></tr></thead>\n<tbody>\n");
	for (k = 0; k < h->n; k++) {
		dr = json_object_get(r->docrecs, h->name[k]);
		printf("<tr id=\"d%zu\"><td>", k);
		esc_html(str_or(dr, "title", ""));
		printf("</td><td class=\"nw\">");
		esc_html(str_or(dr, "date", ""));
		printf("</td><td>");
		esc_html(doc_lang(r, h, h->name[k]));
		printf("</td><td class=\"num\">%lld</td><td><a class=\"file\" href=\"",
		       (long long)json_integer_value(json_object_get(h->facts, h->name[k])));
		file_url(h->name[k], cwd);
		printf("\">");
		esc_html(h->name[k]);
		printf("</a></td></tr>\n");
	}
	printf("</tbody>\n</table></div></section>\n");
}

static void
html_glossary(void)
{
	size_t i;

	printf("<section id=\"metrics\"><h2>Metrics</h2>\n<dl>");
	for (i = 0; i < NGLOSS; i++) {
		printf("<dt><b>%s</b> <span class=\"muted\">(%s)</span></dt><dd>", glossary[i].id, glossary[i].unit);
		esc_html(glossary[i].meaning);
		printf("</dd>");
	}
	printf("</dl></section>\n");
}

/* The documents of the report: doc records and every document facts and aggs name. */
static void
html_docs(const struct report *r, const json_t *facts, struct hdocs *h)
{
	json_t *all = json_object(), *n, *x;
	const char *k;
	const json_t *f;
	size_t i;

	h->facts = json_object();
	h->lang = json_object();
	json_object_foreach((json_t *)r->docrecs, k, x)
		json_object_set_new(all, k, json_true());
	json_object_foreach(r->docs, k, x)
		json_object_set_new(all, k, json_true());
	for (i = 0; i < json_array_size(facts); i++) {
		f = json_array_get(facts, i);
		k = str_or(f, "doc", "");
		json_object_set_new(all, k, json_true());
		n = json_object_get(h->facts, k);
		json_object_set_new(h->facts, k, json_integer(n ? json_integer_value(n) + 1 : 1));
		if (!json_object_get(h->lang, k) && nd_str(f, "lang") && *nd_str(f, "lang"))
			json_object_set_new(h->lang, k, json_string(nd_str(f, "lang")));
	}
	h->name = xcalloc(json_object_size(all) + 1, sizeof *h->name);
	h->n = 0;
	json_object_foreach(all, k, x)
		h->name[h->n++] = xstrdup(k);
	qsort(h->name, h->n, sizeof *h->name, str_cmp);
	json_decref(all);
}

static void
html_report(struct report *r, const json_t *facts)
{
	char hash[45], when[64], cwd[4096], *script;
	const char *sde = getenv("SOURCE_DATE_EPOCH"), *lo = NULL, *hi = NULL, *dt, *key;
	const char **mets;
	struct hdocs h;
	size_t i, nm, np = 0, nc = 0;
	json_t *langs = json_object(), *x;
	time_t now;
	struct tm tm;

	/* In a CDATA section, for XML readers of the page; the hash covers the element's text. */
	script = xmalloc(strlen(js) + 32);
	sprintf(script, "//<![CDATA[\n%s\n//]]>", js);
	sha256_base64(script, strlen(script), hash);
	now = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm);
	if (!getcwd(cwd, sizeof cwd))
		cwd[0] = '\0';
	html_docs(r, facts, &h);
	for (i = 0; i < h.n; i++) {
		key = doc_lang(r, &h, h.name[i]);
		x = json_object_get(langs, key);
		json_object_set_new(langs, key, json_integer(x ? json_integer_value(x) + 1 : 1));
		dt = nd_str(json_object_get(r->docrecs, h.name[i]), "date");
		if (dt && *dt) {
			if (!lo || strcmp(dt, lo) < 0)
				lo = dt;
			if (!hi || strcmp(dt, hi) > 0)
				hi = dt;
		}
	}
	for (i = 0; i < r->nind; i = place_end(r, i))
		np++;
	for (i = 0; i < r->nind; i++)
		nc += (size_t)r->ind[i].conflict;
	mets = metric_list(r, &nm);

	printf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	       "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-%s'\"/>\n"
	       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	       "<title>cityfacts report</title>\n<style>%s</style>\n</head>\n<body>\n", hash, css);
	printf("<header id=\"top\"><h1>cityfacts report</h1>\n<p class=\"lead\">Generated %s by cityfacts %s "
	       "from %zu %s", when, CF_VERSION, h.n, plural(h.n, "article", "articles"));
	if (json_object_size(langs)) {
		const char **lv = xcalloc(json_object_size(langs) + 1, sizeof *lv);
		size_t nl = 0;
		json_object_foreach(langs, key, x)
			lv[nl++] = key;
		qsort(lv, nl, sizeof *lv, str_cmp);
		printf(" (");
		for (i = 0; i < nl; i++) {
			printf("%s", i ? ", " : "");
			esc_html(lv[i]);
			printf(" %lld", (long long)json_integer_value(json_object_get(langs, lv[i])));
		}
		printf(")");
		free(lv);
	}
	if (lo) {
		printf(", dated ");
		esc_html(lo);
		if (strcmp(lo, hi) != 0) {
			printf(" to ");
			esc_html(hi);
		}
	}
	printf(": %zu %s, %zu %s for %zu %s", r->nfacts, plural(r->nfacts, "fact", "facts"), r->nind,
	       plural(r->nind, "indicator", "indicators"), np, plural(np, "place", "places"));
	if (nc)
		printf(", <a class=\"conflict\" href=\"#conflicts\">%zu with sources that disagree</a>", nc);
	printf(".</p>\n<nav class=\"toc\"><a href=\"#compare\">Comparison of places</a>"
	       "<a href=\"#charts\">Charts by metric</a><a href=\"#conflicts\">Where sources disagree</a>"
	       "<a href=\"#indicators\">Indicators</a><a href=\"#documents\">Documents</a>"
	       "<a href=\"#metrics\">Metrics</a></nav></header>\n<main>\n");
	if (r->nind) {
		html_matrix(r, mets, nm);
		html_charts(r, mets, nm);
	}
	html_conflicts(r, &h, cwd);
	html_indicators(r, &h, mets, nm, cwd);
	html_documents(r, &h, cwd);
	html_glossary();
	printf("</main>\n<script>%s</script>\n</body>\n</html>\n", script);
	free(script);
	free(mets);
	for (i = 0; i < h.n; i++)
		free((char *)h.name[i]);
	free(h.name);
	json_decref(h.facts);
	json_decref(h.lang);
	json_decref(langs);
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
			bad_at(name, 0, "more rows than a sheet holds (%u): the rest left out", XL_ROWS - 1);
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
	const struct ind *d;
	size_t i;

	xl_sheet(x, "indicators", cols, w);
	for (i = 0; i < r->nind && xl_row(x, "indicators"); i++) {
		d = &r->ind[i];
		xl_text(x, 0, place_name(d->city, d->area, pb, sizeof pb));
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
		dr = json_object_get(docrecs, str_or(f, "doc", ""));
		xl_text(x, 0, nd_str(f, "doc"));
		xl_text(x, 1, nd_str(f, "lang") ? nd_str(f, "lang") : nd_str(dr, "lang"));
		xl_text(x, 2, nd_str(dr, "title"));
		xl_text(x, 3, nd_str(dr, "date"));
		xl_text(x, 4, place_name(nd_str(f, "city"), nd_str(f, "area"), pb, sizeof pb));
		xl_fields(x, 5, f, xl_fact_cols);
	}
	xl_end_sheet(x);
}

/* The documents: those with doc records and those the facts and aggs name. */
static void
xl_sources(struct xl *x, const struct report *r, const json_t *facts)
{
	static const char *const cols[] = { "doc", "lang", "title", "date", "author", "source",
		"bytes", "facts", NULL };
	static const double w[] = { 30, 5, 50, 11, 16, 20, 9, 6 };
	static const char *const xl_doc_cols[] = { "lang", "title", "date", "author", "source",
		"#bytes", NULL };
	json_t *all = json_object(), *n;
	const char **v, *k;
	const json_t *dr;
	size_t i, nd = 0;

	json_object_foreach((json_t *)r->docrecs, k, n)
		json_object_set_new(all, k, json_integer(0));
	json_object_foreach(r->docs, k, n)
		if (!json_object_get(all, k))
			json_object_set_new(all, k, json_integer(0));
	for (i = 0; i < json_array_size(facts); i++) {
		n = json_object_get(all, str_or(json_array_get(facts, i), "doc", ""));
		if (n)
			json_integer_set(n, json_integer_value(n) + 1);
	}
	v = xcalloc(json_object_size(all) + 1, sizeof *v);
	json_object_foreach(all, k, n)
		v[nd++] = k;
	qsort(v, nd, sizeof *v, str_cmp);
	xl_sheet(x, "sources", cols, w);
	for (i = 0; i < nd && xl_row(x, "sources"); i++) {
		dr = json_object_get(r->docrecs, v[i]);
		xl_text(x, 0, v[i]);
		xl_fields(x, 1, dr, xl_doc_cols);
		worksheet_write_number(x->ws, x->row, 7, (double)json_integer_value(json_object_get(all, v[i])),
		                       NULL);
	}
	xl_end_sheet(x);
	free(v);
	json_decref(all);
}

static void
xl_glossary(struct xl *x)
{
	static const char *const cols[] = { "metric", "unit", "meaning", NULL };
	static const double w[] = { 24, 14, 90 };
	size_t i;

	xl_sheet(x, "glossary", cols, w);
	for (i = 0; i < sizeof glossary / sizeof glossary[0] && xl_row(x, "glossary"); i++) {
		xl_text(x, 0, glossary[i].id);
		xl_text(x, 1, glossary[i].unit);
		xl_text(x, 2, glossary[i].meaning);
	}
	xl_end_sheet(x);
}

/*
 * The workbook: libxlsxwriter writes a file by name, so it is made in a
 * temporary file and copied to standard output (which -o has pointed at
 * its own temporary file).
 */
static void
xlsx_report(struct report *r, const json_t *facts)
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
	xl_sources(&x, r, facts);
	xl_glossary(&x);
	if ((e = workbook_close(x.wb)) != LXW_NO_ERROR) {
		unlink(path);
		die("cannot write the workbook: %s", lxw_strerror(e));
	}
	if (x.nlong)
		warnx("%lld cell%s longer than %u characters cut to that length", x.nlong,
		      x.nlong == 1 ? "" : "s", XL_STR);
	if (!(fp = fopen(path, "rb"))) {
		unlink(path);
		die("cannot read \"%s\": %s", path, strerror(errno));
	}
	unlink(path);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			cf_flush();
	if (ferror(fp))
		die("cannot read the workbook: %s", strerror(errno));
	fclose(fp);
	free(path);
	cf_flush();
}

static void
report(struct ctx *c)
{
	struct report r;

	build(c, &r);
	r.docrecs = c->docrecs;
	nd_stats.written += (long long)r.nind;
	if (c->fmt == F_MD)
		md_report(&r);
	else if (c->fmt == F_XLSX)
		xlsx_report(&r, c->facts);
	else
		html_report(&r, c->facts);
	free_report(&r);
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
	cf_flush();
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

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "type", required_argument, NULL, 't' },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "table", required_argument, NULL, OPT_TABLE },
		CF_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	static const char *fmts[] = { "csv", "tsv", "json", "sql", "md", "html", "xlsx", NULL };
	struct ctx c;
	const char *oflag = NULL;
	size_t i;
	int ch, rval, readable;

	cf_init(argv[0]);
	memset(&c, 0, sizeof c);
	c.fmt = F_CSV;
	while ((ch = getopt_long(argc, argv, "c:f:o:t:", longopts, NULL)) != -1) {
		if (cf_option(ch, optarg, USAGE, help))
			continue;
		switch (ch) {
		case 'c':
			c.cflag = 1;
			parse_cols(&c, optarg);
			break;
		case 'f':
			for (i = 0; fmts[i] && strcmp(fmts[i], optarg) != 0; i++)
				;
			if (!fmts[i]) {
				warnx("-f: unknown format \"%s\" (csv, tsv, json, sql, md, html, xlsx)", optarg);
				cf_usage(USAGE);
			}
			c.fmt = (enum fmt)i;
			break;
		case 'o':
			oflag = optarg;
			break;
		case 't':
			if (!*optarg) {
				warnx("-t: empty type");
				cf_usage(USAGE);
			}
			c.tflag = optarg;
			break;
		case OPT_EXCEL:
			c.excel = 1;
			break;
		case OPT_TABLE:
			if (!*optarg) {
				warnx("--table: empty name");
				cf_usage(USAGE);
			}
			if (strcasecmp(optarg, "docs") == 0) {
				warnx("--table: \"docs\" is the table of doc records");
				cf_usage(USAGE);
			}
			c.table = optarg;
			break;
		default:
			cf_usage(USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (c.excel && c.fmt != F_CSV && c.fmt != F_TSV) {
		warnx("--excel: only for -f csv and -f tsv");
		cf_usage(USAGE);
	}
	if ((c.cflag || c.tflag || c.table) && REPORT(c.fmt)) {
		warnx("-c, -t and --table are for tables, not for -f %s", fmts[c.fmt]);
		cf_usage(USAGE);
	}
	if (c.fmt == F_XLSX && !oflag && isatty(STDOUT_FILENO)) {
		warnx("-f xlsx: a workbook is not for a terminal (use -o FILE or a redirection)");
		cf_usage(USAGE);
	}
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
		warnx("%lld record%s not rendered: the %s only holds \"%s\" records", c.nskip,
		      c.nskip == 1 ? "" : "s", REPORT(c.fmt) ? "report" : "table",
		      REPORT(c.fmt) ? "fact\" and \"agg" : c.type);
	if (oflag)
		close_output(oflag);
	rval = cf_end();
	json_decref(c.held);
	json_decref(c.facts);
	json_decref(c.aggs);
	json_decref(c.docrecs);
	json_decref(c.seentypes);
	for (i = 0; i < c.ncols; i++) {
		free(c.cols[i]);
		if (c.sqlcols)
			free(c.sqlcols[i]);
	}
	free(c.cols);
	free(c.sqlcols);
	free(c.colseen);
	free(c.types);
	sbuf_free(&c.cell);
	return rval;
}
