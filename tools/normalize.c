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
 * error with its file and line and left out; its seg still comes out with
 * the rest of its quantities, and the run exits 1 at the end, as for any
 * other bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "die.h"
#include "jtext.h"
#include "ndjson.h"
#include "quant.h"
#include "seg.h"

static const char usage[] = "cf-normalize [--lang en|zh|pt] [--strict] [--stats] [file ...]";

static const char help[] =
	"usage: cf-normalize [--lang en|zh|pt] [--strict] [--stats] [file ...]\n"
	"Adds \"quantities\" and \"times\" to every seg record; other records pass through.\n"
	"\n"
	"  -l, --lang LANG      read every seg as English, Chinese or Portuguese\n"
	"                       (default: the seg's \"lang\", else guessed from its script)\n"
	CLI_HELP;

/* The items of the two arrays as lib/seg.h writes them. */
static void
put_quant(struct jtext *b, const struct qt_quant *q, const char *text)
{
	const struct seg_quant sq = {
		.start = q->start,
		.end = q->end,
		.text = text + q->start,
		.textlen = q->end - q->start,
		.value = q->value,
		.unit = q->unit,
		.qual = q->qual,
		.kind = qt_kind_name(q->kind),
		.conv = q->conv_of >= 0,
		.conv_of = q->conv_of,
	};

	seg_put_quant(b, &sq);
}

static void
put_time(struct jtext *b, const struct qt_time *t, const char *text)
{
	const struct seg_time st = {
		.start = t->start,
		.end = t->end,
		.text = text + t->start,
		.textlen = t->end - t->start,
		.value = t->value[0] ? t->value : NULL,
		.deadline = t->deadline,
	};

	seg_put_time(b, &st);
}

struct ctx {
	const char *lang;     /* --lang, or NULL */
	char *doc;            /* id of the last doc record */
	char *date;           /* its date, or NULL */
	struct qt_result r;
	long long nq, nt;
	struct jtext out;       /* the line written */
};

/*
 * Writes seg REC with the quantities and times found in its TEXT.  A
 * compact line without the two arrays gets them appended as text; any
 * other is put together by nd_raw_write().
 */
static void
write_seg(struct ctx *c, const nd_raw *rec, const struct nd_src *src, const char *text)
{
	static const char *const keys[] = { "quantities", "times" };
	json_t *vals[2];
	size_t k, at[2];
	int a, plain;

	c->out.n = 0;
	plain = nd_raw_plain(rec) && !nd_raw_get(rec, keys[0]) && !nd_raw_get(rec, keys[1]);
	for (a = 0; a < 2; a++) {
		if (plain) {
			if (a)
				JT_LIT(&c->out, ",");
			JT_LIT(&c->out, "\"");
			jt_put(&c->out, keys[a], strlen(keys[a]));
			JT_LIT(&c->out, "\":");
		}
		at[a] = c->out.n;
		JT_LIT(&c->out, "[");
		for (k = 0; k < (a ? c->r.nt : c->r.nq); k++) {
			if (k)
				JT_LIT(&c->out, ",");
			if (a)
				put_time(&c->out, &c->r.t[k], text);
			else
				put_quant(&c->out, &c->r.q[k], text);
		}
		JT_LIT(&c->out, "]");
	}
	if (plain) {
		nd_raw_append(rec, c->out.b, c->out.n);
		return;
	}
	/* an odd line: the arrays read back as trees, the record put together by the library */
	vals[0] = json_loadb(c->out.b, at[1], 0, NULL);
	vals[1] = json_loadb(c->out.b + at[1], c->out.n - at[1], 0, NULL);
	if (!vals[0] || !vals[1])
		die("cannot read back the quantities of \"%s\" line %lld", src->file, src->line);
	nd_raw_write(rec, 2, keys, vals);
	json_decref(vals[0]);
	json_decref(vals[1]);
}

/*
 * A record is read raw (see ndjson.h): a seg goes out as its own line with
 * the two arrays appended, and only they are encoded.
 */
static void
step(const nd_raw *rec, const struct nd_src *src, void *vctx)
{
	struct ctx *c = vctx;
	const char *type, *text, *lang, *doc, *date;
	const struct nd_member *tm;
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
	/* a text without escapes is read where it is, not copied */
	tm = nd_raw_get(rec, "text");
	if (tm && tm->val[0] == '"' && !memchr(tm->val, '\\', tm->vlen))
		text = tm->val + 1, len = tm->vlen - 2;
	else
		text = nd_raw_str(rec, "text", &len);
	if (!text) {
		nd_bad_rec(src, rec, "seg without a \"text\" string");
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
		nd_bad_rec(src, rec, "number too large to be one: \"%.*s\" (left out)",
		       (int)(c->r.bad[k].end - c->r.bad[k].start > 60 ? 60 : c->r.bad[k].end - c->r.bad[k].start),
		       text + c->r.bad[k].start);
	c->nq += (long long)c->r.nq;
	c->nt += (long long)c->r.nt;

	write_seg(c, rec, src, text);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, 'l' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct ctx c;
	int ch;

	die_init(argv[0]);
	memset(&c, 0, sizeof c);
	while ((ch = getopt_long(argc, argv, "l:", longopts, NULL)) != -1) {
		if (cli_option(ch, optarg, usage, help))
			continue;
		switch (ch) {
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "zh") && strcmp(optarg, "pt")) {
				die_warn("--lang: \"%s\" is not en, zh or pt", optarg);
				cli_usage(usage);
			}
			c.lang = optarg;
			break;
		default:
			cli_usage(usage);
		}
	}
	nd_run_raw(argc - optind, argv + optind, step, &c);
	if (cli_sflag) {
		fflush(stdout);
		fprintf(stderr, "%s: %lld quantities, %lld times\n", die_prog, c.nq, c.nt);
	}
	qt_free(&c.r);
	free(c.out.b);
	free(c.doc);
	free(c.date);
	return cli_end();
}
