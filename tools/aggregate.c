/*
 * cf-aggregate: fact records -> one agg record per group.
 *
 * Reads NDJSON from the files named, or standard input, and groups the
 * "fact" records by city, area, metric, period, kind and unit (or the
 * fields of --by).  After the input it writes one "agg" record per group,
 * in byte order of the group keys: the consensus value, min, max, the
 * number of facts, the documents, languages and qualifiers seen, whether
 * the sources disagree by more than --tolerance, and the state ("values")
 * that --merge reads back.  Records of other types pass through unchanged,
 * in order, before the aggregates.
 *
 * With --sum, --min, --max, --mean or --count it aggregates named numeric
 * fields of any records (of every type, or of --type TYPE) instead.
 *
 * --merge also reads agg records (this tool's own output, made with the
 * same options) and merges their state: aggregating parts and merging the
 * results gives, byte for byte, what one run over all the input gives.
 * Memory grows with the number of groups, their distinct values and the
 * documents each value came from (each document's name is kept once); the
 * records themselves are not kept.  A fact is read without a tree: only
 * its key fields, value, document, language and qualifier.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "die.h"
#include "ndjson.h"

static const char usage[] =
	"cf-aggregate [-m] [-b FIELDS] [-T TOLERANCE] [-t TYPE] [--sum FIELDS] [--min FIELDS]\n"
	"                    [--max FIELDS] [--mean FIELDS] [--count] [file ...]";

static const char help[] =
	"usage: cf-aggregate [options] [file ...]\n"
	"Groups fact records into agg records: consensus value, min, max, sources,\n"
	"conflicts.  Other records pass through.\n"
	"\n"
	"  -b, --by FIELDS        group by these comma-separated fields\n"
	"                         (default city,area,metric,period,kind,unit)\n"
	"  -m, --merge            also read agg records (this tool's output) and merge them\n"
	"  -T, --tolerance TOL    sources that differ from the consensus by more than TOL\n"
	"                         (0.02 or 2%; default 2%) are a conflict\n"
	"  -t, --type TYPE        generic mode: aggregate only records of TYPE\n"
	"      --sum FIELDS       generic mode: sum of these numeric fields (FIELD_sum)\n"
	"      --min FIELDS       ... smallest value (FIELD_min)\n"
	"      --max FIELDS       ... largest value (FIELD_max)\n"
	"      --mean FIELDS      ... mean (FIELD_mean)\n"
	"      --count            ... number of records per group (count)\n"
	CLI_HELP;

enum { OPT_SUM = 1, OPT_MIN, OPT_MAX, OPT_MEAN, OPT_COUNT };

static const struct option longopts[] = {
	{ "by", required_argument, NULL, 'b' },
	{ "merge", no_argument, NULL, 'm' },
	{ "tolerance", required_argument, NULL, 'T' },
	{ "type", required_argument, NULL, 't' },
	{ "sum", required_argument, NULL, OPT_SUM },
	{ "min", required_argument, NULL, OPT_MIN },
	{ "max", required_argument, NULL, OPT_MAX },
	{ "mean", required_argument, NULL, OPT_MEAN },
	{ "count", no_argument, NULL, OPT_COUNT },
	CLI_LONGOPTS,
	{ NULL, 0, NULL, 0 },
};

/* The fields of a fact record, which fact mode may group by. */
static const char *const fact_fields[] = {
	"doc", "seg", "lang", "city", "area", "metric", "value", "unit", "qualifier", "period",
	"kind", "evidence", "start", "end", NULL,
};

struct ctx {
	const struct agg_spec *spec;
	agg_table *t;
	int mflag;
	const char *type;     /* generic mode: the type aggregated, or NULL for all */
	int generic;
};

/* Splits a comma-separated list into *V (appending), dropping empty items. */
static void
split_list(const char *opt, const char *arg, char ***v, size_t *n)
{
	const char *p = arg, *q;

	for (;;) {
		q = strchr(p, ',');
		if (!q)
			q = p + strlen(p);
		if (q > p) {
			*v = xrealloc(*v, (*n + 1) * sizeof **v);
			(*v)[(*n)++] = xstrndup(p, (size_t)(q - p));
		}
		if (!*q)
			break;
		p = q + 1;
	}
	if (*n == 0) {
		die_warn("%s: no field names in \"%s\"", opt, arg);
		cli_usage(usage);
	}
}

static void
add_field(struct agg_spec *spec, const char *opt, const char *arg, int op)
{
	char **names = NULL;
	size_t n = 0, i, j;

	split_list(opt, arg, &names, &n);
	for (i = 0; i < n; i++) {
		for (j = 0; j < spec->nfields; j++)
			if (strcmp(spec->fields[j].name, names[i]) == 0)
				break;
		if (j == spec->nfields) {
			spec->fields = xrealloc(spec->fields, (spec->nfields + 1) * sizeof *spec->fields);
			spec->fields[j].name = names[i];
			spec->fields[j].ops = 0;
			spec->nfields++;
		} else {
			free(names[i]);
		}
		spec->fields[j].ops |= op;
	}
	free(names);
	spec->generic = 1;
}

static double
parse_tolerance(const char *arg)
{
	size_t n = strlen(arg);
	char *s;
	double v;

	if (n > 1 && arg[n - 1] == '%') {
		s = xstrndup(arg, n - 1);
		v = cli_parse_num("--tolerance", s, 0, 1e9) / 100;
		free(s);
		return v;
	}
	return cli_parse_num("--tolerance", arg, 0, 1e7);
}

static void
emit(const json_t *rec, void *ctx)
{
	nd_write(rec);
}

/*
 * A --by field that is no fact field and that no record read had is a
 * typo: grouping by it would mix what it was meant to part (units, say).
 * Known only once the input is read, it is still a usage error, found
 * before any aggregate is written.
 */
static void
check_by(const struct ctx *c)
{
	char list[512];
	size_t i, k, n;

	for (i = 0; i < c->spec->nby; i++) {
		if (agg_by_seen(c->t, i))
			continue;
		if (c->generic) {
			if (agg_ngroups(c->t) == 0)
				continue;
			die("--by: no record aggregated has a field \"%s\"", c->spec->by[i]);
		}
		for (k = 0; fact_fields[k] && strcmp(fact_fields[k], c->spec->by[i]) != 0; k++)
			;
		if (fact_fields[k])
			continue;
		for (k = n = 0; fact_fields[k]; k++)
			n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", k ? ", " : "", fact_fields[k]);
		die("--by: facts have no field \"%s\" (their fields: %s)", c->spec->by[i], list);
	}
}

static void
step(const nd_raw *rec, const struct nd_src *src, void *vctx)
{
	struct ctx *c = vctx;
	const char *type, *why = NULL;
	json_t *tree;

	if (!rec) {
		/* End of stream: the aggregates, in byte order of their keys. */
		check_by(c);
		agg_each(c->t, emit, NULL);
		return;
	}
	type = nd_raw_type(rec);
	if (c->mflag && strcmp(type, "agg") == 0) {
		/* An aggregate's state is read whole. */
		if (!(tree = nd_raw_load(rec)))
			die("cannot read back a record of \"%s\" line %lld", src->file, src->line);
		if (agg_add_agg(c->t, tree, &why) != 0)
			die_at(src->file, src->line, "%s", why);
		json_decref(tree);
		return;
	}
	if (c->generic ? (!c->type || strcmp(type, c->type) == 0) : strcmp(type, "fact") == 0) {
		if (agg_add_raw(c->t, rec, &why) != 0)
			nd_bad_rec(src, rec, "%s", why);
		return;
	}
	nd_raw_pass(rec);
}

int
main(int argc, char **argv)
{
	struct agg_spec spec = { .tolerance = AGG_TOLERANCE };
	struct ctx c = { .spec = NULL };
	int ch, bset = 0;
	size_t i;

	die_init(argv[0]);
	while ((ch = getopt_long(argc, argv, "T:b:mt:", longopts, NULL)) != -1) {
		if (cli_option(ch, optarg, usage, help))
			continue;
		switch (ch) {
		case 'T':
			spec.tolerance = parse_tolerance(optarg);
			break;
		case 'b':
			for (i = 0; i < spec.nby; i++)
				free(spec.by[i]);
			spec.nby = 0;
			split_list("--by", optarg, &spec.by, &spec.nby);
			bset = 1;
			break;
		case 'm':
			c.mflag = 1;
			break;
		case 't':
			c.type = optarg;
			spec.generic = 1;
			break;
		case OPT_SUM:
			add_field(&spec, "--sum", optarg, AGG_SUM);
			break;
		case OPT_MIN:
			add_field(&spec, "--min", optarg, AGG_MIN);
			break;
		case OPT_MAX:
			add_field(&spec, "--max", optarg, AGG_MAX);
			break;
		case OPT_MEAN:
			add_field(&spec, "--mean", optarg, AGG_MEAN);
			break;
		case OPT_COUNT:
			spec.count = 1;
			spec.generic = 1;
			break;
		default:
			cli_usage(usage);
		}
	}
	argc -= optind;
	argv += optind;

	if (spec.generic && spec.nfields == 0 && !spec.count) {
		die_warn("--type needs --sum, --min, --max, --mean or --count");
		cli_usage(usage);
	}
	if (!bset) {
		if (spec.generic) {
			/* Generic mode without --by: one group of everything. */
		} else {
			spec.by = xmalloc(agg_fact_nkey * sizeof *spec.by);
			for (i = 0; i < agg_fact_nkey; i++)
				spec.by[i] = xstrdup(agg_fact_key[i]);
			spec.nby = agg_fact_nkey;
		}
	}
	c.generic = spec.generic;
	c.spec = &spec;
	c.t = agg_new(&spec);

	nd_run_raw(argc, argv, step, &c);

	agg_free(c.t);
	for (i = 0; i < spec.nby; i++)
		free(spec.by[i]);
	free(spec.by);
	for (i = 0; i < spec.nfields; i++)
		free(spec.fields[i].name);
	free(spec.fields);
	return cli_end();
}
