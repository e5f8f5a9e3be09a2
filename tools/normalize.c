/*
 * cf-normalize: finds the quantities and times of each seg record.
 *
 * Reads NDJSON records (files or standard input).  To each "seg" it adds
 * "quantities" (numbers, money, percentages, percentage points, fractions,
 * computing power, each with its resolved value, unit and qualifier) and
 * "times" (dates, months, years, ranges; relative ones resolved against the
 * date of the last "doc" record of the same document), both arrays,
 * possibly empty.  Every other record passes through unchanged.  A number
 * too large to be one ("1e400", forty digits) is reported on standard
 * error with its file and line and left out; it does not change the exit
 * status, as the record itself is sound.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "die.h"
#include "ndjson.h"
#include "quant.h"

static const char usage[] = "cf-normalize [--lang en|zh|pt] [--strict] [--stats] [file ...]";

static const char help[] =
	"usage: cf-normalize [--lang en|zh|pt] [--strict] [--stats] [file ...]\n"
	"Adds \"quantities\" and \"times\" to every seg record; other records pass through.\n"
	"\n"
	"  -l, --lang LANG      read every seg as English, Chinese or Portuguese\n"
	"                       (default: the seg's \"lang\", else guessed from its script)\n"
	CF_COMMON_HELP;

struct ctx {
	const char *lang;     /* --lang, or NULL */
	char *doc;            /* id of the last doc record */
	char *date;           /* its date, or NULL */
	struct qt_result r;
	long long nq, nt;
};

static json_t *
quant_json(const struct qt_quant *q, const char *text)
{
	json_t *o = json_object(), *v = nd_number(q->value);

	json_object_set_new(o, "start", json_integer((json_int_t)q->start));
	json_object_set_new(o, "end", json_integer((json_int_t)q->end));
	json_object_set_new(o, "text", json_stringn(text + q->start, q->end - q->start));
	json_object_set_new(o, "value", v ? v : json_null());
	json_object_set_new(o, "unit", json_string(q->unit));
	json_object_set_new(o, "qualifier", json_string(q->qual));
	json_object_set_new(o, "kind", json_string(qt_kind_name(q->kind)));
	if (q->conv_of >= 0)
		json_object_set_new(o, "conversion_of", json_integer(q->conv_of));
	return o;
}

static json_t *
time_json(const struct qt_time *t, const char *text)
{
	json_t *o = json_object();

	json_object_set_new(o, "start", json_integer((json_int_t)t->start));
	json_object_set_new(o, "end", json_integer((json_int_t)t->end));
	json_object_set_new(o, "text", json_stringn(text + t->start, t->end - t->start));
	json_object_set_new(o, "value", t->value[0] ? json_string(t->value) : json_null());
	if (t->deadline)
		json_object_set_new(o, "deadline", json_true());
	return o;
}

/*
 * A record is read raw (see ndjson.h): a seg goes out as its own line with
 * the two arrays appended, and only they are encoded.
 */
static void
step(const nd_raw *rec, const struct nd_src *src, void *vctx)
{
	static const char *const keys[] = { "quantities", "times" };
	struct ctx *c = vctx;
	const char *type, *text, *lang, *doc, *date;
	json_t *qa, *ta, *vals[2];
	size_t len, k;
	int l;

	if (!rec)
		return;
	type = nd_raw_type(rec);
	if (!strcmp(type, "doc")) {
		doc = nd_raw_str(rec, "doc", NULL);
		date = nd_raw_str(rec, "date", NULL);
		free(c->doc);
		free(c->date);
		c->doc = doc ? xstrdup(doc) : NULL;
		c->date = date ? xstrdup(date) : NULL;
		nd_raw_pass(rec);
		return;
	}
	if (strcmp(type, "seg") != 0) {
		nd_raw_pass(rec);
		return;
	}
	text = nd_raw_str(rec, "text", &len);
	if (!text) {
		bad_at(src->file, src->line, "seg without a \"text\" string");
		nd_raw_pass(rec);
		return;
	}
	lang = c->lang ? c->lang : nd_raw_str(rec, "lang", NULL);
	l = qt_lang(lang, text, len);
	doc = nd_raw_str(rec, "doc", NULL);
	date = NULL;
	if (c->date && doc && c->doc && !strcmp(doc, c->doc))
		date = c->date;
	qt_scan(text, len, l, date, &c->r);
	for (k = 0; k < c->r.nbad; k++)
		warnx("%s:%lld: number too large to be one: \"%.*s\" (left out)", src->file, src->line,
		       (int)(c->r.bad[k].end - c->r.bad[k].start > 60 ? 60 : c->r.bad[k].end - c->r.bad[k].start),
		       text + c->r.bad[k].start);
	qa = json_array();
	for (k = 0; k < c->r.nq; k++)
		json_array_append_new(qa, quant_json(&c->r.q[k], text));
	ta = json_array();
	for (k = 0; k < c->r.nt; k++)
		json_array_append_new(ta, time_json(&c->r.t[k], text));
	c->nq += (long long)c->r.nq;
	c->nt += (long long)c->r.nt;
	vals[0] = qa;
	vals[1] = ta;
	nd_raw_write(rec, 2, keys, vals);
	json_decref(qa);
	json_decref(ta);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		CF_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct ctx c;
	int ch;

	cf_init(argv[0]);
	memset(&c, 0, sizeof c);
	while ((ch = getopt_long(argc, argv, "l:", longopts, NULL)) != -1) {
		if (cf_option(ch, optarg, usage, help))
			continue;
		switch (ch) {
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "zh") && strcmp(optarg, "pt")) {
				warnx("--lang: \"%s\" is not en, zh or pt", optarg);
				cf_usage(usage);
			}
			c.lang = optarg;
			break;
		default:
			cf_usage(usage);
		}
	}
	nd_run_raw(argc - optind, argv + optind, step, &c);
	if (cf_sflag) {
		fflush(stdout);
		fprintf(stderr, "%s: %lld quantities, %lld times\n", cf_prog, c.nq, c.nt);
	}
	qt_free(&c.r);
	free(c.doc);
	free(c.date);
	return cf_end();
}
