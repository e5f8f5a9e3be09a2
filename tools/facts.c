/*
 * cf-facts: seg records with quantities, times and terms -> fact records.
 *
 * Reads NDJSON (files or standard input).  A doc record starts a document
 * (its date and language are remembered) and is passed through; each seg
 * is linked (lib/link.c): every figure that measures a known metric in the
 * same clause becomes one fact record, with its city, period and kind.
 * Its start and end are the figure's bytes in the article, or, for a seg
 * marked "offsets":"html" (a web page's text that is not its bytes), the
 * seg's span, and the fact is marked so too.
 * Segs are then dropped, unless --keep-segs; every other record is passed
 * through unchanged and in order.  With --explain, each figure that gives
 * no fact gets a skip record saying why.  Memory is O(1) per record, plus the
 * facts of the current document (for dedupe).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "die.h"
#include "link.h"
#include "ndjson.h"

static const char usage[] = "cf-facts [--explain] [--keep-segs] [--strict] [--stats] [file ...]";
static const char help[] =
	"usage: cf-facts [--explain] [--keep-segs] [--strict] [--stats] [file ...]\n"
	"Link the figures of seg records (after cf-normalize and cf-translate-map)\n"
	"to metrics, cities, periods and kinds; write one fact record per indicator.\n"
	"\n"
	"  -x, --explain        also write a skip record for each figure that gives no\n"
	"                       fact, with the rule that stopped it (\"reason\")\n"
	"  -k, --keep-segs      write each seg too (before its facts)\n"
	CLI_HELP;

static int kflag, xflag;

struct counts {
	long long segs, facts, nolink;
};

static void
step(const nd_raw *rec, const struct nd_src *src, void *vctx)
{
	static struct link_ctx lk;
	static int init;
	struct counts *n = vctx;
	json_t *facts, *f;
	size_t i;
	int r, html;

	if (!init) {
		link_init(&lk);
		lk.explain = xflag;
		init = 1;
	}
	if (!rec || nd_raw_is(rec, "type", "doc")) {
		/* the held facts of the document that ends here */
		facts = json_array();
		n->facts += link_flush(&lk, facts);
		json_array_foreach(facts, i, f)
			nd_write(f);
		json_decref(facts);
	}
	if (!rec) {
		link_free(&lk);
		return;
	}
	if (nd_raw_is(rec, "type", "doc")) {
		link_doc_raw(&lk, rec);
		nd_raw_pass(rec);
		return;
	}
	if (!nd_raw_is(rec, "type", "seg")) {
		nd_raw_pass(rec);
		return;
	}
	n->segs++;
	facts = json_array();
	r = link_seg_raw(&lk, rec, facts);
	if (r < 0) {
		nd_bad_rec(src, rec, "%s; passed through", lk.err);
		nd_raw_pass(rec);
		json_decref(facts);
		return;
	}
	if (lk.nerr > 0)
		nd_bad_rec(src, rec, "%s (%lld item%s skipped)", lk.err, lk.nerr,
		       lk.nerr == 1 ? "" : "s");
	if (kflag)
		nd_raw_pass(rec);
	html = nd_raw_is(rec, "offsets", "html");
	json_array_foreach(facts, i, f) {
		/*
		 * A seg of a web page whose text is not the page's bytes there:
		 * a figure's offsets inside the text are not offsets into the
		 * page, so the fact gets the seg's span, and says so.
		 */
		if (html) {
			json_object_set_new(f, "start", json_integer(nd_raw_int(rec, "start", 0)));
			json_object_set_new(f, "end", json_integer(nd_raw_int(rec, "end", 0)));
			json_object_set_new(f, "offsets", json_string("html"));
		}
		nd_write(f);
	}
	n->facts += r;
	json_decref(facts);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "explain", no_argument, NULL, 'x' },
		{ "keep-segs", no_argument, NULL, 'k' },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	struct counts n = { 0, 0, 0 };
	int c;

	die_init(argv[0]);
	while ((c = getopt_long(argc, argv, "kx", longopts, NULL)) != -1) {
		if (cli_option(c, optarg, usage, help))
			continue;
		switch (c) {
		case 'k':
			kflag = 1;
			break;
		case 'x':
			xflag = 1;
			break;
		default:
			cli_usage(usage);
		}
	}
	nd_run_raw(argc - optind, argv + optind, step, &n);
	if (cli_sflag) {
		fflush(stdout);
		fprintf(stderr, "%s: %lld segs linked, %lld facts\n", die_prog, n.segs, n.facts);
	}
	return cli_end();
}
