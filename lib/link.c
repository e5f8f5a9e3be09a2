/*
 * Linking quantities to metrics, cities, periods and kinds (see link.h and
 * the README's "cf-facts" section for the rules and why).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "die.h"
#include "link.h"
#include "ndjson.h"
#include "seg.h"

/* How a metric's figures look. */
enum fit { FIT_COUNT, FIT_MONEY, FIT_PERCENT, FIT_FRACTION, FIT_POWER, FIT_SCORE, FIT_ANY };

static const struct metric {
	const char *name;
	enum fit fit;
} metrics[] = {
	{ "ai_enterprises", FIT_COUNT },
	{ "ai_related_enterprises", FIT_COUNT },
	{ "application_scenarios", FIT_COUNT },
	{ "computing_power", FIT_POWER },
	{ "employees", FIT_COUNT },
	{ "financing", FIT_MONEY },
	{ "fund_size", FIT_MONEY },
	{ "index_score", FIT_SCORE },
	{ "industry_growth", FIT_PERCENT },
	{ "industry_scale", FIT_MONEY },
	{ "investment", FIT_MONEY },
	{ "talent_share", FIT_FRACTION },
};

/*
 * A wider economy than the AI industry (the digital economy, GDP, the
 * culture industry): its terms take figures as a metric would, so that a
 * figure of theirs is never given to an AI metric, and give no fact.
 */
static const struct metric wider = { "wider", FIT_ANY };

/*
 * The AI industry named as such ("the AI industry", 人工智能产业) measures
 * its scale, but only where no other metric term stands beside it: "the AI
 * industry fund" is a fund, "人工智能产业从业人员" employees.
 */
static const struct metric ai_industry = { "industry_scale", FIT_MONEY };

/*
 * A bare word of growth ("rose", "an increase of", "aumentou") is the
 * industry's growth only after the industry's scale in its sentence: "the
 * number of researchers rose 26%" is not.
 */
static const struct metric growth_word = { "industry_growth", FIT_PERCENT };

/*
 * Firms "above designated size" (规上企业) with no word of AI are the AI
 * firms of an article that counts them no other way, else a sub-count:
 * their facts are held to the end of the document (see link_flush).
 */
static const struct metric above_size = { "ai_enterprises", FIT_COUNT };

/* Longest distance, in characters, between a figure and its metric term. */
#define LINK_NEAR_SUB 100   /* in the same sub-clause */
#define LINK_NEAR_SUB_CJK 45 /* the same in Chinese, where a character is a word */
#define LINK_NEAR_CLAUSE 24 /* across a comma of the same clause */
/* Two metric terms this near, with no figure between, are one phrase. */
#define LINK_PHRASE 30
#define LINK_PHRASE_CJK 8
/*
 * Most items of each kind read from one seg: a sentence has a handful, and
 * linking is quadratic in them.  More are reported and left out.
 */
#define LINK_MAX_ITEMS 1000
#define LINK_STR(x) #x
#define LINK_XSTR(x) LINK_STR(x)
/* Bytes a character takes at most: a gap of more bytes is too far. */
#define LINK_MAXCHAR 4
/* Most items of a list that "respectively" reads. */
#define LINK_LIST 16
/* A bare amount ("a 10 billion fund") is money from this size on. */
#define LINK_BARE_MONEY 1e6

struct qty {
	size_t start, end;
	double value;
	const char *unit, *qual, *kind;
	int conv;          /* a conversion of another amount: no fact */
	const char *cur;   /* currency of the last amount before it */
	const char *text;
	struct clause_span sp;
	int link;          /* index of its metric term, or -1 */
	int place;         /* index of its place term when a list set it, or -1 */
	int nolink;        /* in a list that could not be matched up, or a flow */
	const char *why;   /* why it is left unlinked, when not for want of a metric */
	enum { R_NONE, R_LOW, R_HIGH, R_FROM, R_TO } range; /* a bound, or an end of a change */
	const struct metric *orphan; /* unlinked money: the metric it takes */
};

struct tim {
	size_t start, end;
	const char *value;
	int deadline;
	struct clause_span sp;
};

enum tclass { T_CITY, T_AREA, T_NATION, T_ORG, T_PROJECT, T_METRIC, T_TARGET, T_FORECAST, T_ASOF, T_OTHER };

struct term {
	size_t start, end;
	const char *id;    /* after the "class:" prefix */
	enum tclass cls;
	const struct metric *metric;
	struct clause_span sp;
	size_t ps, pe;     /* span of the phrase the term heads */
	int modifier;      /* a metric term that modifies another one */
	int region;        /* a province or region, not a city */
	int used;
};

struct pair {
	int q, m;
	long score;
};

void
link_init(struct link_ctx *c)
{
	memset(c, 0, sizeof *c);
	c->prevseg = c->prevend = c->prevpara = -1;
}

static void
reset_doc(struct link_ctx *c)
{
	size_t i;

	free(c->doc);
	free(c->lang);
	free(c->city);
	free(c->area);
	free(c->region);
	free(c->prevtime);
	for (i = 0; i < c->capkeys; i++) {
		free(c->keys[i]);
		c->keys[i] = NULL;
	}
	c->doc = c->lang = c->city = c->area = c->region = c->prevtime = NULL;
	c->nkeys = 0;
	c->date[0] = c->currency[0] = '\0';
	c->prevseg = c->prevend = c->prevpara = -1;
	c->paramoney = c->parafirms = NULL;
	c->nation = 0;
	if (c->held)
		json_array_clear(c->held);
	if (c->yuan)
		json_array_clear(c->yuan);
	c->firms = c->latest = c->thisyear = 0;
}

void
link_free(struct link_ctx *c)
{
	reset_doc(c);
	free(c->keys);
	c->keys = NULL;
	c->capkeys = 0;
	free(c->scratch);
	c->scratch = NULL;
	c->capscratch = 0;
	json_decref(c->held);
	json_decref(c->yuan);
	c->held = c->yuan = NULL;
}

static int remember(struct link_ctx *c, const char *key);

/* The yuan fact Y (an array) restates the dollar fact F. */
static int
restates(const json_t *y, const json_t *f)
{
	static const char *const keys[] = { "city", "metric", "period", "kind" };
	double r;
	size_t k;

	for (k = 0; k < 4; k++)
		if (!json_equal(json_array_get(y, k), json_object_get(f, keys[k])))
			return 0;
	r = json_number_value(json_array_get(y, 4)) / json_number_value(json_object_get(f, "value"));
	return r >= 6 && r <= 7.5;
}

int
link_flush(struct link_ctx *c, json_t *facts)
{
	size_t i, j, n = 0;
	json_t *f, *y;

	if (!c->held)
		return 0;
	json_array_foreach(c->held, i, f) {
		const char *why = NULL, *per = json_string_value(json_object_get(f, "period"));

		/* an undated document: the latest year it named dates a figure with no time */
		if (per && !*per && json_object_get(f, " latest") && !c->thisyear) {
			char key[512], year[24];

			snprintf(year, sizeof year, "%lld", (long long)json_integer_value(json_object_get(f, " latest")));
			json_object_set_new(f, "period", json_string(year));
			snprintf(key, sizeof key, "%s|%s|%.9g|%s|%s", json_string_value(json_object_get(f, "city")),
			         json_string_value(json_object_get(f, "metric")),
			         json_number_value(json_object_get(f, "value")), year,
			         json_string_value(json_object_get(f, "kind")));
			if (!remember(c, key))
				why = "stated before in the document";
		} else if (per && !*per) {
			/* the headline's figure that the body states with its year */
			char key[512];

			snprintf(key, sizeof key, "\001%s|%s|%.9g", json_string_value(json_object_get(f, "city")),
			         json_string_value(json_object_get(f, "metric")),
			         json_number_value(json_object_get(f, "value")));
			if (!remember(c, key))
				why = "stated before in the document";
		}
		if (!why && strcmp(json_string_value(json_object_get(f, "metric")), "ai_enterprises") == 0 &&
		    c->firms && json_object_get(f, " above"))
			/* firms above designated size: a sub-count where the article counts AI firms otherwise */
			why = "firms above designated size, a sub-count of the AI firms counted";
		if (!why && strcmp(json_string_value(json_object_get(f, "unit")), "USD") == 0)
			json_array_foreach(c->yuan, j, y)
				if (restates(y, f))
					why = "a conversion stated first: the amount in yuan is the fact";
		if (why) {
			if (c->explain) {
				json_t *k = json_object();

				json_object_set_new(k, "type", json_string("skip"));
				json_object_set(k, "doc", json_object_get(f, "doc"));
				json_object_set(k, "seg", json_object_get(f, "seg"));
				json_object_set(k, "text", json_object_get(f, " text"));
				json_object_set(k, "value", json_object_get(f, "value"));
				json_object_set(k, "unit", json_object_get(f, "unit"));
				json_object_set_new(k, "reason", json_string(why));
				json_object_set(k, "evidence", json_object_get(f, "evidence"));
				json_object_set(k, "start", json_object_get(f, "start"));
				json_object_set(k, "end", json_object_get(f, "end"));
				json_array_append_new(facts, k);
			}
			continue;
		}
		json_object_del(f, " text");
		json_object_del(f, " above");
		json_object_del(f, " latest");
		json_array_append(facts, f);
		n++;
	}
	json_array_clear(c->held);
	json_array_clear(c->yuan);
	c->firms = 0;
	c->latest = c->thisyear = 0;
	return (int)n;
}

/* Copies the leading YYYY, YYYY-MM or YYYY-MM-DD of S into OUT (11 bytes). */
static void
take_date(const char *s, char *out)
{
	size_t n = 0;

	out[0] = '\0';
	if (!s)
		return;
	while (n < 10 && s[n] && (s[n] == '-' || (s[n] >= '0' && s[n] <= '9')))
		n++;
	if (n == 8 || n == 5)   /* "2019-02-" or "2019-": keep the part before */
		n--;
	if (n != 4 && n != 7 && n != 10)
		n = n > 4 ? 4 : 0;
	if (n >= 4 && strspn(s, "0123456789") < 4)
		n = 0;
	memcpy(out, s, n);
	out[n] = '\0';
}

static void
start_doc(struct link_ctx *c, const char *name, const char *lang, const char *date)
{
	reset_doc(c);
	c->doc = xstrdup(name ? name : "");
	c->lang = xstrdup(lang ? lang : "");
	take_date(date, c->date);
}

void
link_doc(struct link_ctx *c, const json_t *doc)
{
	start_doc(c, nd_str(doc, "doc"), nd_str(doc, "lang"), nd_str(doc, "date"));
}

void
link_doc_raw(struct link_ctx *c, const nd_raw *doc)
{
	start_doc(c, nd_raw_str(doc, "doc", NULL), nd_raw_str(doc, "lang", NULL),
	          nd_raw_str(doc, "date", NULL));
}

/* ---- items of a seg ---- */

static void
item_error(struct link_ctx *c, const char *what, size_t i, const char *why)
{
	if (c->nerr++ == 0)
		snprintf(c->err, sizeof c->err, "%s %zu: %s", what, i, why);
}

static const struct metric *
find_metric(const char *name)
{
	size_t lo = 0, hi = sizeof metrics / sizeof metrics[0];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int r = strcmp(name, metrics[mid].name);

		if (r == 0)
			return &metrics[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static int
prefixed(const char *id, const char *pfx, const char **rest)
{
	size_t n = strlen(pfx);

	if (strncmp(id, pfx, n) != 0)
		return 0;
	*rest = id + n;
	return 1;
}

/* Sorts a term into the classes linking cares about. */
static enum tclass
classify(const char *id, const char *cls, const char **rest, const struct metric **m)
{
	*m = NULL;
	*rest = id;
	if (id[0] == 's' && strcmp(id, "subject:ai_industry") == 0) {
		*m = &ai_industry;
		return T_METRIC;
	}
	if (id[0] == 's' && strcmp(id, "subject:project") == 0)
		return T_PROJECT;
	if (id[0] == 's' && strcmp(id, "subject:firms_above_size") == 0) {
		*m = &above_size;
		return T_METRIC;
	}
	if (id[0] == 'v' && strcmp(id, "verb:growth") == 0) {
		*m = &growth_word;
		return T_METRIC;
	}
	if (prefixed(id, "metric:", rest))
		return (*m = find_metric(*rest)) ? T_METRIC : T_OTHER;
	if (prefixed(id, "wider:", rest)) {
		*m = &wider;
		return T_METRIC;
	}
	if (prefixed(id, "region:", rest))
		return T_CITY;
	if (prefixed(id, "city:", rest) || prefixed(id, "country:", rest) ||
	    prefixed(id, "nation:", rest))
		return strcmp(*rest, "China") == 0 || (cls && strcmp(cls, "country") == 0)
		       ? T_NATION : T_CITY;
	if (prefixed(id, "area:", rest))
		return strchr(*rest, '/') ? T_AREA : T_OTHER;
	if (prefixed(id, "org:", rest))
		return T_ORG;
	if (prefixed(id, "cue:", rest)) {
		/* An estimate ("an estimated 70 billion") measures the present. */
		if (strstr(*rest, "forecast") || strstr(*rest, "expect"))
			return T_FORECAST;
		if (strcmp(*rest, "as_of") == 0 || strcmp(*rest, "actual") == 0)
			return T_ASOF;
		if (strstr(*rest, "target") || strstr(*rest, "plan") || strstr(*rest, "goal") ||
		    strstr(*rest, "will") || strstr(*rest, "deadline"))
			return T_TARGET;
	}
	return T_OTHER;
}

/* Number of characters (not bytes) of T between A and B. */
static long
chars(const char *t, size_t a, size_t b)
{
	long n = 0;

	for (; a < b; a++)
		if (((unsigned char)t[a] & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Characters between two spans; 0 when they touch or overlap.  Past LIMIT
 * characters it returns LIMIT + 1 without counting them all.
 */
static long
gap_upto(const char *t, size_t s1, size_t e1, size_t s2, size_t e2, long limit)
{
	size_t a, b;

	if (e1 <= s2)
		a = e1, b = s2;
	else if (e2 <= s1)
		a = e2, b = s1;
	else
		return 0;
	if (b - a > (size_t)limit * LINK_MAXCHAR)
		return limit + 1;
	return chars(t, a, b);
}

/* Bytes between two spans: cheap, for choosing the nearer of two. */
static long
bgap(size_t s1, size_t e1, size_t s2, size_t e2)
{
	return e1 <= s2 ? (long)(s2 - e1) : e2 <= s1 ? (long)(s1 - e2) : 0;
}

/*
 * Whether quantity Q fits metric M: sets the unit and value of the fact.
 * A bare amount takes the currency of the last amount before it.
 */
static int
fits(const struct qty *q, const struct metric *m, const char **unit, double *value)
{
	const char *k = q->kind ? q->kind : "", *u = q->unit ? q->unit : "";
	int number = strcmp(k, "number") == 0 || (!*k && (!*u || strcmp(u, "count") == 0));

	*value = q->value;
	*unit = u;
	switch (m->fit) {
	case FIT_COUNT:
		/* "one kind of", "一种": a single thing is no indicator. */
		if (!number || q->value < 2)
			return 0;
		*unit = "count";
		return 1;
	case FIT_MONEY:
		if (strcmp(k, "money") == 0 && *u)
			return 1;
		if (number && q->value >= LINK_BARE_MONEY) {
			*unit = q->cur && *q->cur ? q->cur : "CNY";
			return 1;
		}
		return 0;
	case FIT_PERCENT:
		*unit = "percent";
		return strcmp(k, "percent") == 0 || strcmp(u, "percent") == 0;
	case FIT_FRACTION:
		*unit = "fraction";
		if (strcmp(k, "fraction") == 0 || strcmp(u, "fraction") == 0)
			return q->value > 0 && q->value <= 1;
		if (strcmp(k, "percent") == 0 || strcmp(u, "percent") == 0) {
			*value = q->value / 100;
			return q->value > 0 && q->value <= 100;
		}
		return 0;
	case FIT_POWER:
		*unit = "PFLOPS";
		if (strcmp(u, "PFLOPS") == 0)
			return 1;
		if (strcmp(u, "EFLOPS") == 0) {
			*value = q->value * 1000;
			return 1;
		}
		return 0;
	case FIT_ANY:
		return 1;
	case FIT_SCORE:
		/* A score is written in digits: "cinco dimensões" counts things. */
		*unit = "score";
		return (number || strcmp(k, "points") == 0) && q->value <= 1000 &&
		       q->text && strpbrk(q->text, "0123456789");
	}
	return 0;
}

/* ---- times ---- */

/* The last year of a time value ("2018-2020" -> 2020), or 0. */
static int
end_year(const char *v)
{
	size_t n = strlen(v);

	if (n == 9 && v[4] == '-' && isdigit((unsigned char)v[5]) && isdigit((unsigned char)v[6]) &&
	    isdigit((unsigned char)v[7]) && isdigit((unsigned char)v[8]))
		return atoi(v + 5);
	if (n >= 4 && strspn(v, "0123456789") >= 4)
		return atoi(v);
	return 0;
}

/*
 * Compares time value V with the document's date D at the precision both
 * have (a range by its end): -1 before, 0 same, 1 after, 2 unknown.
 */
static int
versus_date(const char *v, const char *d)
{
	char a[11], b[11];
	int ya = end_year(v), r;
	size_t n;

	if (!ya || strlen(d) < 4)
		return 2;
	if (strlen(v) == 9 && v[4] == '-') {
		snprintf(a, sizeof a, "%04d", ya);
	} else {
		take_date(v, a);
	}
	snprintf(b, sizeof b, "%s", d);
	n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
	if (n > 7)
		n = 7;   /* compare years and months, not days */
	r = strncmp(a, b, n);
	return r < 0 ? -1 : r > 0 ? 1 : 0;
}

/*
 * The period a fact takes from a time value: a day is cut to its month,
 * a range of days ("2016-01-12-2016-01-22") to its month or its range of
 * months ("2016-12-30-2017-01-05" -> "2016-12-2017-01").
 */
static char *
period_of(const char *v)
{
	size_t n = strlen(v);
	char *p;

	if (n == 10 && v[4] == '-' && v[7] == '-' && strspn(v, "0123456789") == 4)
		n = 7;
	if (n == 21 && v[4] == '-' && v[7] == '-' && v[10] == '-' && v[15] == '-' && v[18] == '-') {
		if (!memcmp(v, v + 11, 7))
			return xstrndup(v, 7);
		/* days of two months of one year: that year, as below */
		if (!memcmp(v, v + 11, 4))
			return xstrndup(v, 4);
		p = xstrndup(v, 15);
		memcpy(p + 8, v + 11, 7);
		return p;
	}
	/* "2025-01-2025-06", the first half of 2025: a part of a year is that year. */
	if (n == 15 && v[4] == '-' && v[7] == '-' && v[12] == '-' && memcmp(v, v + 8, 4) == 0)
		n = 4;
	return xstrndup(v, n);
}

/* ---- linking ---- */

/* A seg's text and its items, as linking reads them. */
struct seg {
	const char *text;
	size_t len;
	struct qty *q;         /* quantities, sorted by offset once read */
	size_t nq;
	struct tim *t;         /* times */
	size_t nt;
	struct term *terms;    /* terms of every class: places, metrics, cues, ... */
	size_t nterms;
};

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;
	if (x->q != y->q)
		return x->q - y->q;
	return x->m - y->m;
}

/*
 * Growth that follows another metric in its sentence is that metric's
 * growth ("融资总额达320亿元，较2021年增长15%", "the number of AI companies
 * grew 20%"), unless it is the industry's scale.
 */
static int
growth_of_other(const struct seg *s, const struct term *g)
{
	size_t i;
	int best = -1;

	/* "人工智能产业增加值分别增长": the industry is the growth's own phrase. */
	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].modifier && s->terms[i].start >= g->ps &&
		    s->terms[i].end <= g->pe && strcmp(s->terms[i].metric->name, "industry_scale") == 0)
			return 0;
	for (i = 0; i < s->nterms; i++) {
		const struct term *m = &s->terms[i];

		if (m->cls != T_METRIC || m->modifier || m == g || m->sp.sent != g->sp.sent ||
		    m->end > g->start || m->metric->fit == FIT_PERCENT)
			continue;
		if (best < 0 || m->start > s->terms[best].start)
			best = (int)i;
	}
	if (g->metric == &growth_word && best < 0)
		return 1;
	return best >= 0 && strcmp(s->terms[best].metric->name, "industry_scale") != 0;
}

/*
 * The figure before quantity QI in its sentence is a count: a growth
 * rate after it is that number's ("新增44家，增幅达259%"), not the industry's.
 */
static int
count_before(const struct seg *s, size_t qi)
{
	size_t i;

	for (i = qi; i-- > 0;) {
		const struct qty *p = &s->q[i];

		if (p->conv || p->sp.sent != s->q[qi].sp.sent)
			continue;
		return p->kind && strcmp(p->kind, "number") == 0 && p->value >= 2 &&
		       (!p->unit || !*p->unit || strcmp(p->unit, "count") == 0);
	}
	return 0;
}

/*
 * A project named before the figure and its metric in the sentence: its
 * output or tax ("项目投产后，预计年产值60亿元") is the project's, not the
 * industry's.  Its investment into the city is one (the caller lets that by).
 */
static const struct term *
project_of(const struct seg *s, const struct qty *q, const struct term *mt)
{
	size_t i, lo = q->start < mt->start ? q->start : mt->start;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_PROJECT && s->terms[i].sp.sent == q->sp.sent && s->terms[i].end <= lo)
			return &s->terms[i];
	return NULL;
}

/* An amount right before 企业 ("营收过亿元企业") is a size of firms, not an indicator. */
static int
threshold_of_firms(const struct seg *s, const struct qty *q)
{
	static const char *const firms[] = {
		"\xE4\xBC\x81\xE4\xB8\x9A",                     /* 企业 */
		"\xE7\x9A\x84\xE4\xBC\x81\xE4\xB8\x9A",         /* 的企业 */
		"\xE4\xBB\xA5\xE4\xB8\x8A\xE4\xBC\x81\xE4\xB8\x9A", /* 以上企业 */
		"\xE7\xBA\xA7\xE4\xBC\x81\xE4\xB8\x9A",         /* 级企业 */
	};
	size_t k, n;

	for (k = 0; k < sizeof firms / sizeof firms[0]; k++) {
		n = strlen(firms[k]);
		if (q->end + n <= s->len && memcmp(s->text + q->end, firms[k], n) == 0)
			return 1;
	}
	return 0;
}

/* A metric that counts firms. */
static int
firms_metric(const struct metric *m)
{
	return m && (strcmp(m->name, "ai_enterprises") == 0 || strcmp(m->name, "ai_related_enterprises") == 0);
}

/* Q counts by the measure word of firms: 家, or 间/間 (Hong Kong). */
static int
firms_count(const struct seg *s, const struct qty *q)
{
	static const char *const words[] = {
		"\xE5\xAE\xB6", "\xE9\x97\xB4", "\xE9\x96\x93",
	};
	size_t k, n;

	if (q->conv || !q->kind || strcmp(q->kind, "number") != 0 || q->value < 2)
		return 0;
	/* "4.1万家不同等级的智能工厂": a noun phrase follows, of other things than firms */
	for (k = q->end; k + 3 <= s->len && k < q->end + 36 && (unsigned char)s->text[k] >= 0xE4 &&
	     (unsigned char)s->text[k] <= 0xE9; k += 3)
		if (memcmp(s->text + k, "\xE7\x9A\x84", 3) == 0)   /* 的 */
			return 0;
	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		n = strlen(words[k]);
		if (q->end >= q->start + n && memcmp(s->text + q->end - n, words[k], n) == 0)
			return 1;
		if (q->end + n <= s->len && memcmp(s->text + q->end, words[k], n) == 0)
			return 1;
	}
	return 0;
}

/* Bytes *A to *B of the sub-clause that holds byte POS. */
static void
sub_bounds(const struct clause_list *cl, size_t pos, size_t *a, size_t *b)
{
	const struct clause_span *sp = clause_at(cl, pos);
	size_t i = (size_t)(sp - cl->spans);

	*a = sp->start;
	*b = i + 1 < cl->n ? cl->spans[i + 1].start : cl->len;
}

/* Q's sub-clause opens with "with" or "com": it goes on with the statement before it. */
static int
continues(const struct seg *s, const struct clause_list *cl, const struct qty *q)
{
	size_t a, b;

	sub_bounds(cl, q->start, &a, &b);
	while (a < q->start && (s->text[a] == ' ' || s->text[a] == ','))
		a++;
	return (q->start - a >= 5 && strncmp(s->text + a, "with ", 5) == 0) ||
	       (q->start - a >= 4 && strncmp(s->text + a, "com ", 4) == 0);
}

/* Q's sub-clause names firms of a kind of its own ("规上企业达224家", "13家上市企业"). */
static int
firms_named(const struct seg *s, const struct clause_list *cl, const struct qty *q)
{
	size_t a, b;

	sub_bounds(cl, q->start, &a, &b);
	if (b > s->len)
		b = s->len;
	return memmem(s->text + a, b - a, "\xE4\xBC\x81\xE4\xB8\x9A", 6) != NULL ||   /* 企业 */
	       memmem(s->text + a, b - a, "\xE5\x85\xAC\xE5\x8F\xB8", 6) != NULL;     /* 公司 */
}

/*
 * What a count counts, when it is not its metric: a span of years or a
 * number of times ("four consecutive years", 三次), events and projects
 * after the metric term ("22 application scenario matchmaking meetings"),
 * aspects and measures in Chinese (六个方面, 十八项举措).  Returns a term
 * whose span is the word found (in *SCRATCH), or NULL.
 */
static const struct term *
counts_other(const struct seg *s, const struct qty *q, const struct term *mt)
{
	static const char *const after_fig[] = {
		"consecutive", "years", "year", "months", "month", "days", "times", "anos", "meses",
		"vezes", "\xE5\xB9\xB4", "\xE4\xB8\xAA\xE6\x9C\x88", "\xE5\xA4\xA9",
		"\xE6\xAC\xA1", "\xE6\x96\xB9\xE9\x9D\xA2", "\xE4\xB8\xAA\xE6\x96\xB9\xE9\x9D\xA2",
		"\xE9\xA1\xB9\xE4\xB8\xBE\xE6\x8E\xAA", "\xE6\x89\xB9", "\xE5\xB1\x8A",
	};   /* 年 个月 天 次 方面 个方面 项举措 批 届 */
	static const char *const events[] = {
		"meetings", "meeting", "events", "conferences", "forums", "sessions", "exhibitions",
		"competitions", "contests", "projects", "programs", "programmes", "selections",
		"reuniões", "eventos", "projetos", "concursos",
	};
	static struct term found;
	const char *t = s->text;
	size_t i, k, n, w, a;

	for (i = q->end; i < s->len && t[i] == ' '; i++)
		;
	for (k = 0; k < sizeof after_fig / sizeof after_fig[0]; k++) {
		n = strlen(after_fig[k]);
		if (i + n <= s->len && memcmp(t + i, after_fig[k], n) == 0 &&
		    ((unsigned char)t[i] >= 0x80 || i + n == s->len || !isalpha((unsigned char)t[i + n]))) {
			found.start = i, found.end = i + n;
			return &found;
		}
	}
	/* Latin text: up to five words after a metric term that follows the figure */
	if (mt->start < q->end || (unsigned char)t[mt->start] >= 0x80)
		return NULL;
	for (i = mt->end, w = 0; w < 5 && i < s->len; w++) {
		while (i < s->len && (t[i] == ' ' || t[i] == '"'))
			i++;
		a = i;
		while (i < s->len && (isalpha((unsigned char)t[i]) || t[i] == '-'))
			i++;
		if (i == a)
			break;
		for (k = 0; k < sizeof events / sizeof events[0]; k++)
			if (i - a == strlen(events[k]) && strncmp(t + a, events[k], i - a) == 0) {
				found.start = a, found.end = i;
				return &found;
			}
	}
	return NULL;
}

/* "the single largest transaction of RMB 190 million", 单笔: one deal, no indicator. */
static int
single_deal(const struct seg *s, const struct clause_list *cl, const struct qty *q)
{
	static const char *const words[] = {
		"single", "\xE5\x8D\x95\xE7\xAC\x94", "\xE5\x96\xAE\xE7\xAD\x86", "maior transação",
	};   /* 单笔 單筆 */
	size_t a, b, k;

	sub_bounds(cl, q->start, &a, &b);
	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (memmem(s->text + a, q->start - a, words[k], strlen(words[k])))
			return 1;
	return 0;
}

/* A metric term stands in Q's sub-clause. */
static int
metric_in_sub(const struct seg *s, const struct qty *q)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].sp.sub == q->sp.sub)
			return 1;
	return 0;
}

/*
 * Two metric terms side by side form one noun phrase ("employees in
 * Shanghai's AI companies", "人工智能企业员工"): its head is the first in
 * English and Portuguese, the last in Chinese.  The other one is marked a
 * modifier, and the head's span covers the phrase.
 */
static void
phrases(struct seg *s, int cjk)
{
	size_t i, j, k;
	struct term *a, *b, *head, *mod;
	int between;

	for (i = 0; i < s->nterms; i++) {
		a = &s->terms[i];
		/* A verb of growth heads no noun phrase. */
		if (a->cls != T_METRIC || a->metric == &growth_word)
			continue;
		for (j = 0; j < s->nterms; j++) {
			b = &s->terms[j];
			if (b->cls != T_METRIC || b->metric == &growth_word || b->start < a->end || b->sp.sub != a->sp.sub || i == j)
				continue;
			if (gap_upto(s->text, a->start, a->end, b->start, b->end, LINK_PHRASE) >
			    (cjk ? LINK_PHRASE_CJK : LINK_PHRASE))
				continue;
			/* Items of a list ("电子信息产业、人工智能产业") are no phrase. */
			between = memmem(s->text + a->end, b->start - a->end, "\xE3\x80\x81", 3) != NULL ||
			          memmem(s->text + a->end, b->start - a->end, ",", 1) != NULL ||
			          memmem(s->text + a->end, b->start - a->end, "\xEF\xBC\x8C", 3) != NULL;
			for (k = 0; k < s->nq; k++)
				if (!s->q[k].conv && s->q[k].start >= a->end && s->q[k].end <= b->start)
					between = 1;
			for (k = 0; k < s->nterms; k++)
				if (s->terms[k].cls == T_METRIC && s->terms[k].start >= a->end && s->terms[k].end <= b->start)
					between = 1;
			if (between)
				continue;
			head = cjk ? b : a;
			mod = cjk ? a : b;
			if (head->metric == &ai_industry) {
				struct term *t = head;

				head = mod;
				mod = t;
			}
			mod->modifier = 1;
			/* "数字经济核心产业增加值", "output value of the digital economy". */
			if (mod->metric == &wider)
				head->metric = &wider;
			if (mod->start < head->ps)
				head->ps = mod->start;
			if (mod->end > head->pe)
				head->pe = mod->end;
		}
	}
}

static int
cmp_qty(const void *a, const void *b)
{
	const struct qty *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/*
 * Another figure lies between quantity QI and term MI.  In the second pass
 * (PASS 1) a figure already linked to a metric of its own does not count:
 * "grew 20% to 1,900" links 20% to growth first, then 1,900 across it.
 */
static int
figure_between(const struct seg *s, size_t qi, size_t mi, int pass)
{
	size_t a, b, i;

	a = s->q[qi].end <= s->terms[mi].start ? s->q[qi].end : s->terms[mi].end;
	b = s->q[qi].end <= s->terms[mi].start ? s->terms[mi].start : s->q[qi].start;
	for (i = 0; i < s->nq; i++)
		if (i != qi && !s->q[i].conv && s->q[i].start >= a && s->q[i].end <= b &&
		    !(pass == 1 && s->q[i].link >= 0))
			return 1;
	return 0;
}

/*
 * The place a figure belongs to: the nearest city or area term before it
 * in its sub-clause, else after it there; then (national words excepted,
 * which speak only for their own sub-clause) the same in its clause and in
 * its seg; else the document's last one.  Returns the term index, -1 for
 * the document context, -2 for none.
 */
/* A city or area term stands in Q's clause. */
static int
city_in_clause(const struct seg *s, const struct qty *q)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if ((s->terms[i].cls == T_CITY || s->terms[i].cls == T_AREA) && s->terms[i].sp.clause == q->sp.clause)
			return 1;
	return 0;
}

/* A city or area term stands in the seg. */
static int
city_in_seg(const struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_CITY || s->terms[i].cls == T_AREA)
			return 1;
	return 0;
}

static int
place(const struct seg *s, const struct qty *q)
{
	int level, after, best;
	size_t i;
	long d, bd;

	for (level = 0; level < 3; level++) {
		for (after = 0; after < 2; after++) {
			best = -1;
			bd = 0;
			for (i = 0; i < s->nterms; i++) {
				const struct term *m = &s->terms[i];

				if (m->cls != T_CITY && m->cls != T_AREA && m->cls != T_NATION)
					continue;
				/* The nation speaks for its clause, and its seg, only where no city does. */
				if (m->cls == T_NATION && ((level == 1 && city_in_clause(s, q)) ||
				                           (level == 2 && city_in_seg(s))))
					continue;
				if (level == 0 && m->sp.sub != q->sp.sub)
					continue;
				if (level == 1 && m->sp.clause != q->sp.clause)
					continue;
				if (after ? m->start < q->end : m->end > q->start)
					continue;
				d = after ? (long)(m->start - q->end) : (long)(q->start - m->end);
				if (best < 0 || d < bd) {
					best = (int)i;
					bd = d;
				}
			}
			if (best >= 0)
				return best;
		}
	}
	return -1;
}

/* Bytes A to B of T join items of a list: " and ", " e ", 和, 及 or 、. */
static int
listed_between(const char *t, size_t a, size_t b)
{
	static const char *const joins[] = {
		" and ", " e ", "\xE5\x92\x8C", "\xE5\x8F\x8A", "\xE3\x80\x81",
	};
	size_t k;

	if (b <= a)
		return 0;
	for (k = 0; k < sizeof joins / sizeof joins[0]; k++)
		if (memmem(t + a, b - a, joins[k], strlen(joins[k])))
			return 1;
	return 0;
}

/*
 * A company's own figure ("SenseTime's staff grew to 500"): the nearest
 * named entity before the pair in its sub-clause, or one between the
 * figure and its metric, is an organisation, or a place that an
 * organisation touches ("SenseTime's Hangzhou office", "上海商汤").
 */
static const struct term *
company_figure(const struct seg *s, const struct qty *q, const struct term *mt)
{
	size_t lo = q->start < mt->start ? q->start : mt->start;
	size_t hi = q->start < mt->start ? mt->start : q->start;
	long bd = -1;
	int near = -1;
	size_t i;

	for (i = 0; i < s->nterms; i++) {
		const struct term *m = &s->terms[i];

		if (m->cls != T_CITY && m->cls != T_AREA && m->cls != T_NATION && m->cls != T_ORG)
			continue;
		if (m->sp.sub != q->sp.sub)
			continue;
		if (m->start >= lo && m->end <= hi) {
			if (m->cls == T_ORG)
				return m;
			continue;
		}
		if (m->end <= lo && (bd < 0 || (long)(lo - m->end) < bd)) {
			bd = (long)(lo - m->end);
			near = (int)i;
		}
	}
	/* "Baidu's center and more than 90 enterprises moved in": a list, not its owner */
	if (near >= 0 && listed_between(s->text, s->terms[near].end, lo))
		return NULL;
	if (near < 0 || s->terms[near].cls == T_ORG)
		return near < 0 ? NULL : &s->terms[near];
	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_ORG && s->terms[i].sp.sub == q->sp.sub &&
		    gap_upto(s->text, s->terms[i].start, s->terms[i].end, s->terms[near].start, s->terms[near].end, 4) <= 4)
			return &s->terms[i];
	return NULL;
}

/* Words that name the AI industry itself, in any of our languages. */
static const char *const ai_words[] = {
	"AI", "A.I.", "IA", "artificial intelligence", "Artificial Intelligence",
	"intelig\xC3\xAAncia artificial", "Intelig\xC3\xAAncia Artificial",
	"\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD", /* 人工智能 */
	"\xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE6\x85\xA7", /* 人工智慧 */
	"\xE7\xAE\x97\xE5\x8A\x9B", /* 算力 */
};

/* The word at bytes P to E of T stands alone between list marks: "数字经济、人工智能、工业等". */
static int
list_item(const char *t, size_t a, size_t p, size_t e, size_t b)
{
	static const char *const marks[] = {
		"\xE3\x80\x81", "\xE7\xAD\x89", "\xE5\x92\x8C", "\xE5\x8F\x8A", ", ", " and ", " e ",
	};   /* 、 等 和 及 */
	size_t k, n;
	int before = 0, after = 0;

	for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
		n = strlen(marks[k]);
		if (p >= a + n && memcmp(t + p - n, marks[k], n) == 0)
			before = 1;
		if (e + n <= b && memcmp(t + e, marks[k], n) == 0)
			after = 1;
	}
	return before && after;
}

static int ai_words_in(const char *t, size_t a, size_t b, int unlisted);

/* Bytes A to B of T hold a word of ai_words (a Latin one as a whole word). */
static int
ai_between(const char *t, size_t a, size_t b)
{
	return ai_words_in(t, a, b, 0);
}

/*
 * Bytes A to B of T hold a word of ai_words; with UNLISTED, not one that
 * only stands as an item of a list of industries.
 */
static int
ai_words_in(const char *t, size_t a, size_t b, int unlisted)
{
	size_t i, n;
	const char *p, *e = t + b;

	for (i = 0; i < sizeof ai_words / sizeof ai_words[0]; i++) {
		n = strlen(ai_words[i]);
		for (p = t + a; p + n <= e && (p = memmem(p, (size_t)(e - p), ai_words[i], n)) != NULL; p++) {
			unsigned char before = p > t ? (unsigned char)p[-1] : ' ';
			unsigned char after = (unsigned char)p[n];

			if (((unsigned char)ai_words[i][0] >= 0x80 ||
			     (!isalnum(before) && !(p + n < t + b && isalnum(after)))) &&
			    !(unlisted && list_item(t, a, (size_t)(p - t), (size_t)(p - t) + n, b)))
				return 1;
		}
	}
	return 0;
}

/* Sentence SENT of the seg names the AI industry. */
static int
ai_mention(const struct seg *s, const struct clause_list *cl, int sent)
{
	size_t a, b;

	clause_sentence(cl, s->text, sent, &a, &b);
	return ai_between(s->text, a, b);
}

/*
 * A wider economy named before Q in its sentence is what Q measures when
 * it stands between Q and Q's metric term MT ("o valor acrescentado da
 * economia digital atingiu ..."), or before both with no word of the AI
 * industry after it ("数字经济核心产业增加值4905亿元，同比增长11.5%").
 * Computing power is the AI industry's whatever economy it serves.
 */
static const struct term *
wider_before(const struct seg *s, const struct qty *q, const struct term *mt)
{
	const struct term *w = NULL;
	size_t i;

	for (i = 0; i < s->nterms; i++) {
		const struct term *m = &s->terms[i];

		if (m->cls == T_METRIC && m->metric == &wider && m->sp.sent == q->sp.sent &&
		    m->end <= q->start && (!w || m->start > w->start))
			w = m;
	}
	if (!w)
		return NULL;
	if (mt->end <= w->start)
		return w;
	if (mt->metric->fit == FIT_POWER)
		return NULL;
	return ai_words_in(s->text, w->end, q->start, 1) ? NULL : w;
}

/* A metric term stands in Q's clause. */
static int
metric_in_clause(const struct seg *s, const struct qty *q)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].sp.clause == q->sp.clause)
			return 1;
	return 0;
}

/*
 * A cue after Q, followed by another figure before POS, opens a statement
 * of its own: "has set up a 5 billion yuan fund and plans to attract 30
 * billion yuan by 2025" -- the plan and its year are not the fund's.
 */
static int
introduced(const struct seg *s, const struct qty *q, size_t pos)
{
	size_t i, k;

	for (i = 0; i < s->nterms; i++) {
		const struct term *c = &s->terms[i];

		if ((c->cls != T_TARGET && c->cls != T_FORECAST) || c->start < q->end || c->end > pos)
			continue;
		for (k = 0; k < s->nq; k++)
			if (&s->q[k] != q && !s->q[k].conv && s->q[k].start >= c->end && s->q[k].end <= pos)
				return 1;
	}
	return 0;
}

/*
 * Time T stands in another sub-clause than Q, next to a figure of its own
 * ("a 3 trillion yuan industry by 2035, the city will ..."): it is that
 * figure's time.
 */
static int
claimed(const struct seg *s, const struct qty *q, const struct tim *t)
{
	size_t i;

	if (t->sp.sub == q->sp.sub)
		return 0;
	for (i = 0; i < s->nq; i++)
		if (&s->q[i] != q && !s->q[i].conv && s->q[i].sp.sub == t->sp.sub)
			return 1;
	return 0;
}

/*
 * The time nearest the fact (its figure and metric term) in its clause,
 * else in the seg; -1 for none.
 */
static int
time_of(const struct seg *s, const struct qty *q, const struct term *mt, int inclause)
{
	size_t a = q->start < mt->start ? q->start : mt->start;
	size_t b = q->end > mt->end ? q->end : mt->end;
	int best = -1;
	long d, bd = 0;
	size_t i;

	for (i = 0; i < s->nt; i++) {
		if (inclause && s->t[i].sp.clause != q->sp.clause)
			continue;
		if (claimed(s, q, &s->t[i]) || introduced(s, q, s->t[i].start))
			continue;
		d = bgap(a, b, s->t[i].start, s->t[i].end);
		if (best < 0 || d < bd) {
			best = (int)i;
			bd = d;
		}
	}
	return best;
}

/*
 * A cue governs Q when it stands in Q's sub-clause, or before Q in its
 * clause with no other figure between.
 */
static int
cue_governs(const struct seg *s, const struct qty *q, enum tclass cls)
{
	size_t i, j;
	int blocked;

	for (i = 0; i < s->nterms; i++) {
		const struct term *m = &s->terms[i];

		if (m->cls != cls || m->sp.clause != q->sp.clause)
			continue;
		if (m->sp.sub == q->sp.sub && m->start >= q->end) {
			/* After the figure: unless another figure stands between,
			 * or it opens another one's statement. */
			for (j = 0, blocked = 0; j < s->nq; j++)
				if (&s->q[j] != q && !s->q[j].conv && s->q[j].sp.sub == q->sp.sub &&
				    s->q[j].start >= q->end)
					blocked = 1;
			if (!blocked)
				return 1;
			continue;
		}
		if (m->sp.sub == q->sp.sub)
			return 1;
		if (m->end > q->start)
			continue;
		blocked = 0;
		for (j = 0; j < s->nq; j++)
			if (&s->q[j] != q && !s->q[j].conv && s->q[j].start >= m->end &&
			    s->q[j].end <= q->start)
				blocked = 1;
		if (!blocked)
			return 1;
	}
	return 0;
}

/* A cue of class CLS stands in Q's sub-clause. */
static int
cue_near(const struct seg *s, const struct qty *q, enum tclass cls)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == cls && s->terms[i].sp.sub == q->sp.sub)
			return 1;
	return 0;
}

static size_t
hash(const char *k)
{
	size_t h = 2166136261u;   /* FNV-1a */

	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h;
}

/*
 * Adds KEY to the document's set of facts (open addressing, kept at most
 * half full); returns 0 when it was there already.
 */
static int
remember(struct link_ctx *c, const char *key)
{
	size_t i, n, cap;
	char **old;

	if (2 * (c->nkeys + 1) > c->capkeys) {
		old = c->keys;
		cap = c->capkeys;
		c->capkeys = cap ? cap * 2 : 64;
		c->keys = xcalloc(c->capkeys, sizeof *c->keys);
		c->nkeys = 0;
		for (n = 0; n < cap; n++) {
			if (!old[n])
				continue;
			for (i = hash(old[n]) & (c->capkeys - 1); c->keys[i]; i = (i + 1) & (c->capkeys - 1))
				;
			c->keys[i] = old[n];
			c->nkeys++;
		}
		free(old);
	}
	for (i = hash(key) & (c->capkeys - 1); c->keys[i]; i = (i + 1) & (c->capkeys - 1))
		if (strcmp(c->keys[i], key) == 0)
			return 0;
	c->keys[i] = xstrdup(key);
	c->nkeys++;
	return 1;
}

static void
set_str(char **dst, const char *src, size_t n)
{
	char *old = *dst;

	/* SRC may point into *DST ("全市" names the last city again). */
	*dst = src ? xstrndup(src, n) : NULL;
	free(old);
}

/* City and area of a city or area term's id ("Shanghai/Pudong"). */
static void
split_place(const struct term *m, const char **city, size_t *nc, const char **area, size_t *na)
{
	const char *sl = strchr(m->id, '/');

	*city = m->id;
	*nc = sl && m->cls == T_AREA ? (size_t)(sl - m->id) : strlen(m->id);
	*area = m->cls == T_AREA && sl ? sl + 1 : "";
	*na = strlen(*area);
}

/*
 * The words before byte POS of T compare with what follows ("from",
 * "than", 较, 比, "em relação a"): a time there is a base, not a period.
 */
static int
comparison_base(const char *t, size_t pos)
{
	static const char *const words[] = {
		"from", "than", "than in", "over", "compared with", "compared to", "versus",
		"\xE8\xBE\x83", "\xE6\xAF\x94", "\xE7\x9B\xB8\xE6\xAF\x94",   /* 较 比 相比 */
		"\xE8\xBE\x83\xE4\xB8\x8A", "\xE5\x90\x8C\xE6\xAF\x94",     /* 较上 同比 */
		"em relação a", "em comparação com", "frente a", "ante", "que em",
	};
	size_t i, n, e = pos;

	while (e > 0 && t[e - 1] == ' ')
		e--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		if (n > e || strncasecmp(t + e - n, words[i], n) != 0)
			continue;
		/* A whole word in Latin script. */
		if ((unsigned char)words[i][0] < 0x80 && e > n && isalpha((unsigned char)t[e - n - 1]))
			continue;
		return 1;
	}
	return 0;
}

/* What linking reads of a seg, from a tree or a raw record. */
struct seg_in {
	const char *doc, *lang;       /* NULL when absent or not strings */
	const char *text;             /* NULL when absent or not a string */
	size_t len;
	long long segno, start, end;  /* "seg" (-1), "start" (0), "end" (-1) */
	int paraint;                  /* "para" (else "block") is an integer: */
	long long para;
	const char *arr[3];           /* JSON text of quantities, times, terms, or NULL */
	size_t arrlen[3];
	const char *segv;             /* JSON text of "seg", or NULL */
	size_t segvlen;
	size_t used;                  /* bytes of C->scratch taken already */
};

/* Makes room for N bytes in C->scratch (its content is lost). */
static void
scratch_reserve(struct link_ctx *c, size_t n)
{
	if (n > c->capscratch) {
		free(c->scratch);
		c->capscratch = n > 2 * c->capscratch ? n : 2 * c->capscratch;
		c->scratch = xmalloc(c->capscratch);
	}
}

/* Grows S's array *V of *CAP items of SIZE bytes by one, zeroed. */
static void *
grow_items(void *v, size_t n, size_t *cap, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		v = xrealloc(v, *cap * size);
	}
	memset((char *)v + n * size, 0, size);
	return v;
}

/* Counts the elements left in A after one that was left out: C->nerr. */
static void
too_many(struct link_ctx *c, const char *what, size_t i, struct seg_arr *a)
{
	const char *p, *e;

	item_error(c, what, i, "more than " LINK_XSTR(LINK_MAX_ITEMS) " in one seg; the rest left out");
	while (seg_arr_next(a, &p, &e))
		c->nerr++;
}

/*
 * A place name at byte END of T opens the name of an organisation: "Shenzhen
 * AI Industry Association", "Hefei Institute of ...", "深圳市人工智能行业协会".
 * The words after it, capitalised (or 人工智能 and the like), end in a noun
 * that names a body.
 */
static int
opens_name(const char *t, size_t len, size_t end)
{
	static const char *const bodies[] = {
		"Association", "Institute", "University", "Academy", "Federation", "Society",
		"Council", "Commission", "Bureau", "Committee", "Alliance", "Chamber", "Group",
		"Bank", "Exchange", "Company", "Corporation", "Administration", "Department",
	};
	static const char *const zbodies[] = {
		"\xE5\x8D\x8F\xE4\xBC\x9A", /* 协会 */
		"\xE7\xA0\x94\xE7\xA9\xB6\xE9\x99\xA2", /* 研究院 */
		"\xE5\xA4\xA7\xE5\xAD\xA6", /* 大学 */
		"\xE8\x81\x94\xE7\x9B\x9F", /* 联盟 */
		"\xE5\x95\x86\xE4\xBC\x9A", /* 商会 */
		"\xE5\x85\xAC\xE5\x8F\xB8", /* 公司 */
		"\xE9\x9B\x86\xE5\x9B\xA2", /* 集团 */
		"\xE9\x93\xB6\xE8\xA1\x8C", /* 银行 */
	};
	size_t i = end, w, k, words = 0;

	if (end < len && (unsigned char)t[end] >= 0xE0) {
		/* Chinese: a body noun within 12 characters, no punctuation before it. */
		for (k = 0; k < 12 && i < len && (unsigned char)t[i] >= 0xE0; k++) {
			for (w = 0; w < sizeof zbodies / sizeof zbodies[0]; w++)
				if (strncmp(t + i, zbodies[w], strlen(zbodies[w])) == 0)
					return 1;
			if (strncmp(t + i, "\xEF\xBC", 2) == 0 || strncmp(t + i, "\xE3\x80", 2) == 0)
				return 0;   /* full-width punctuation */
			i += 3;
		}
		return 0;
	}
	while (words < 6 && i < len && t[i] == ' ') {
		size_t a = ++i;

		while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '-'))
			i++;
		if (i == a || !(isupper((unsigned char)t[a]) || (i - a == 2 && strncmp(t + a, "of", 2) == 0)))
			return 0;
		for (w = 0; w < sizeof bodies / sizeof bodies[0]; w++)
			if (i - a == strlen(bodies[w]) && strncmp(t + a, bodies[w], i - a) == 0)
				return 1;
		words++;
	}
	return 0;
}

/* A time ending at byte END of T closes a dateline: 电 or 電, or "(Agency)" and a dash. */
static int
dateline(const char *t, size_t len, size_t end)
{
	size_t i = end;

	if (i + 3 <= len && (memcmp(t + i, "\xE7\x94\xB5", 3) == 0 || memcmp(t + i, "\xE9\x9B\xBB", 3) == 0))
		return 1;
	while (i < len && t[i] == ' ')
		i++;
	if (i >= len || t[i] != '(' || i + 1 >= len || !isupper((unsigned char)t[i + 1]))
		return 0;
	for (i++; i < len && isalpha((unsigned char)t[i]); i++)
		;
	if (i >= len || t[i] != ')')
		return 0;
	for (i++; i < len && t[i] == ' '; i++)
		;
	return i < len && (t[i] == '-' || (i + 3 <= len && (memcmp(t + i, "\xE2\x80\x93", 3) == 0 ||
	                                                   memcmp(t + i, "\xE2\x80\x94", 3) == 0)));
}

/* A year, a month or "the end of" follows byte POS of T. */
static int
before_time(const char *t, size_t len, size_t pos)
{
	static const char *const next[] = {
		"the end", "end of", "the year", "the middle", "mid-", "January", "February", "March",
		"April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	};
	size_t k;

	while (pos < len && t[pos] == ' ')
		pos++;
	if (pos < len && isdigit((unsigned char)t[pos]))
		return 1;
	for (k = 0; k < sizeof next / sizeof next[0]; k++)
		if (pos + strlen(next[k]) <= len && strncmp(t + pos, next[k], strlen(next[k])) == 0)
			return 1;
	return 0;
}

/*
 * A day of the month alone ("20日在宜昌开工", "on the 20th") dates an event
 * of the story, not the period of a figure.
 */
static int
bare_day(const char *t, size_t n)
{
	size_t i = 0, a;

	if (n >= 4 && strncmp(t, "the ", 4) == 0)
		i = 4;
	for (a = i; i < n && isdigit((unsigned char)t[i]); i++)
		;
	if (i - a < 1 || i - a > 2)
		return 0;
	return (n - i == 3 && (memcmp(t + i, "\xE6\x97\xA5", 3) == 0 || memcmp(t + i, "\xE5\x8F\xB7", 3) == 0)) ||
	       (n - i == 2 && (strncmp(t + i, "st", 2) == 0 || strncmp(t + i, "nd", 2) == 0 ||
	                       strncmp(t + i, "rd", 2) == 0 || strncmp(t + i, "th", 2) == 0));
}

/* The N bytes at T say "this year" (今年, "este ano", "deste ano"). */
static int
this_year(const char *t, size_t n)
{
	static const char *const words[] = {
		"this year", "This year", "\xE4\xBB\x8A\xE5\xB9\xB4", "\xE6\x9C\xAC\xE5\xB9\xB4",
		"este ano", "deste ano", "neste ano", "Este ano", "Neste ano",
	};   /* 今年 本年 */
	size_t k;

	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (memmem(t, n, words[k], strlen(words[k])))
			return 1;
	return 0;
}

/* Reads the arrays of IN into S; bad items are reported in C and left out. */
static void
read_items(struct link_ctx *c, const struct seg_in *in, struct seg *s)
{
	struct seg_quant sq;
	struct seg_time tm;
	struct seg_term sm;
	struct seg_arr a;
	const char *p, *e, *id, *region = c->region;
	char *buf = c->scratch + in->used;
	size_t i, st, en, capq = 0, capt = 0, capm = 0;
	int r;

	s->q = grow_items(NULL, 0, &capq, sizeof *s->q);
	for (i = 0, seg_arr_open(&a, in->arr[0], in->arrlen[0]); seg_arr_next(&a, &p, &e); i++) {
		struct qty *q;

		if (s->nq == LINK_MAX_ITEMS) {
			too_many(c, "quantity", i, &a);
			break;
		}
		if (seg_read_quant(p, e, s->len, &buf, &sq) != 0) {
			item_error(c, "quantity", i, "needs start and end within the text and a numeric value");
			continue;
		}
		s->q = grow_items(s->q, s->nq, &capq, sizeof *s->q);
		q = &s->q[s->nq];
		q->start = sq.start, q->end = sq.end;
		q->value = sq.value;
		q->unit = sq.unit;
		q->qual = sq.qual;
		q->kind = sq.kind;
		q->text = sq.text;
		q->conv = sq.conv;
		s->nq++;
	}
	s->t = grow_items(NULL, 0, &capt, sizeof *s->t);
	for (i = 0, seg_arr_open(&a, in->arr[1], in->arrlen[1]); seg_arr_next(&a, &p, &e); i++) {
		struct tim *t;

		if (s->nt == LINK_MAX_ITEMS) {
			too_many(c, "time", i, &a);
			break;
		}

		/* cf-normalize leaves "this year" of an undated article unresolved. */
		r = seg_read_time(p, e, s->len, &buf, &tm);
		if (r & SEG_NULLVALUE) {
			/* it speaks of a year of its own that it does not state */
			if (!(r & SEG_BADSPAN) && this_year(s->text + tm.start, tm.end - tm.start))
				c->thisyear = 1;
			continue;
		}
		if (r != 0 || !end_year(tm.value)) {
			item_error(c, "time", i, "needs start and end within the text and a dated value");
			continue;
		}
		/* "宜昌9月20日电", "Pequim, 21 jul (Lusa) –": a dateline dates the article, not a figure. */
		if (dateline(s->text, s->len, tm.end) || bare_day(s->text + tm.start, tm.end - tm.start))
			continue;
		/* "较2021年增长15%", "up 15% from 2021": a base of comparison. */
		if (!(strlen(tm.value) == 9 && tm.value[4] == '-') && comparison_base(s->text, tm.start))
			continue;
		s->t = grow_items(s->t, s->nt, &capt, sizeof *s->t);
		t = &s->t[s->nt];
		t->start = tm.start, t->end = tm.end;
		t->value = tm.value;
		t->deadline = tm.deadline;
		s->nt++;
	}
	s->terms = grow_items(NULL, 0, &capm, sizeof *s->terms);
	for (i = 0, seg_arr_open(&a, in->arr[2], in->arrlen[2]); seg_arr_next(&a, &p, &e); i++) {
		struct term *m;

		if (s->nterms == LINK_MAX_ITEMS) {
			too_many(c, "term", i, &a);
			break;
		}
		if (seg_read_term(p, e, s->len, &buf, &sm) != 0) {
			item_error(c, "term", i, "needs start and end within the text and an id");
			continue;
		}
		st = sm.start, en = sm.end;
		id = sm.id;
		/* "全市", "the city": the city the document named latm. */
		if (strcmp(id, "ref:city") == 0) {
			if (!c->city)
				continue;
			s->terms = grow_items(s->terms, s->nterms, &capm, sizeof *s->terms);
			m = &s->terms[s->nterms++];
			memset(m, 0, sizeof *m);
			m->start = st, m->end = en;
			m->cls = T_CITY;
			m->id = c->city;
			continue;
		}
		/* "全省", "the province": the region the document named latm. */
		if (strcmp(id, "ref:region") == 0) {
			if (!region)
				continue;
			id = region;
		} else if (strncmp(id, "region:", 7) == 0) {
			region = id;
		}
		s->terms = grow_items(s->terms, s->nterms, &capm, sizeof *s->terms);
		m = &s->terms[s->nterms];
		memset(m, 0, sizeof *m);
		m->start = st, m->end = en;
		m->cls = classify(id, sm.cls, &m->id, &m->metric);
		m->region = strncmp(id, "region:", 7) == 0;
		/* "by 2025" sets a goal; "released by the association" does not. */
		if (m->cls == T_TARGET && en - st == 2 && strncasecmp(s->text + st, "by", 2) == 0 &&
		    !before_time(s->text, s->len, en))
			continue;
		if ((m->cls == T_CITY || m->cls == T_AREA) && opens_name(s->text, s->len, en)) {
			m->cls = T_ORG;
			m->id = "";
		}
		if (m->cls != T_OTHER)
			s->nterms++;
	}
}

/*
 * "江苏、北京分列二、三位，分别拥有22.8万余家以及22.1万余家": counts of firms by
 * their measure word alone, as many as the places before them in CLAUSE,
 * go to those places in order, counting the firms CARRY counts.
 */
static void
respectively_firms(struct seg *s, int clause, const struct metric *carry)
{
	size_t i, k, n = 0, nplace = 0, first = s->nq;

	for (i = 0; i < s->nq; i++)
		if (s->q[i].sp.clause == clause && s->q[i].link < 0 && firms_count(s, &s->q[i])) {
			if (first == s->nq)
				first = i;
			n++;
		}
	if (n < 2)
		return;
	for (k = 0; k < s->nterms; k++)
		if ((s->terms[k].cls == T_CITY || s->terms[k].cls == T_AREA) && s->terms[k].sp.clause == clause &&
		    s->terms[k].end <= s->q[first].start)
			nplace++;
	if (nplace != n)
		return;
	k = 0;
	for (i = 0; i < s->nq; i++) {
		if (s->q[i].sp.clause != clause || s->q[i].link >= 0 || !firms_count(s, &s->q[i]))
			continue;
		while (!((s->terms[k].cls == T_CITY || s->terms[k].cls == T_AREA) && s->terms[k].sp.clause == clause &&
		         s->terms[k].end <= s->q[first].start))
			k++;
		s->q[i].orphan = carry;
		s->q[i].place = (int)k++;
	}
}

/*
 * The last N items of a list before byte AT in CLAUSE, separated by 、
 * (or ", " and "and", "e", 和, 及 before the last): when exactly one of
 * them names the AI industry, its index among the N; else -1.
 */
static int
ai_list_item(const struct seg *s, const struct clause_list *cl, int clause, size_t at, size_t n)
{
	static const char *const seps[] = {
		"\xE3\x80\x81", ", and ", ", ", " and ", " e ", "\xE5\x92\x8C", "\xE5\x8F\x8A",
	};   /* 、 和 及 */
	size_t a = at, i, k, nb = 0, bound[LINK_LIST + 1];
	int found = -1;

	if (n < 2 || n > LINK_LIST)
		return -1;
	for (i = 0; i < cl->n; i++)
		if (cl->spans[i].clause == clause && cl->spans[i].start < a)
			a = cl->spans[i].start;
	/* item starts, from the last one back */
	for (i = at; i > a && nb < n; i--) {
		for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
			size_t l = strlen(seps[k]);

			if (i >= a + l && i <= at && memcmp(s->text + i - l, seps[k], l) == 0) {
				bound[nb++] = i;
				i -= l - 1;
				break;
			}
		}
	}
	if (nb < n - 1)
		return -1;
	bound[n - 1] = nb >= n ? bound[n - 1] : a;
	/* bound[0] starts the last item, bound[n - 1] the first of the N */
	for (k = 0; k < n; k++) {
		size_t st = bound[k], en = k == 0 ? at : bound[k - 1];

		if (ai_between(s->text, st, en)) {
			if (found >= 0)
				return -1;
			found = (int)(n - 1 - k);
		}
	}
	return found;
}

/* WORD ends within LIMIT bytes before POS of T, with no figure or punctuation between. */
static int
gap_word(const char *t, size_t pos, const char *word, size_t limit)
{
	size_t n = strlen(word), a, e;
	const char *p;

	a = pos > limit + n ? pos - limit - n : 0;
	for (p = t + a; (p = memmem(p, pos - (size_t)(p - t), word, n)) != NULL; p++) {
		e = (size_t)(p - t) + n;
		if (e > pos)
			break;
		while (e < pos && !isdigit((unsigned char)t[e]) && t[e] != ',' && t[e] != '.' &&
		       memcmp(t + e, "\xEF\xBC\x8C", 3) != 0 && memcmp(t + e, "\xE3\x80\x81", 3) != 0)
			e++;
		if (e == pos)
			return 1;
	}
	return 0;
}

/*
 * Two figures joined as a range: "1,500 to 2,000 enterprises", 3至5家,
 * "between 200 and 300", "de 1.500 a 2.000" are bounds (>= and <=);
 * "from 30 to 60 EFLOPS", 从2000亿元攀升至3000亿元, "de 30 para 60" are a
 * change, now and then.  The first takes the unit and scale of the second
 * when it has none ("30 to 60 billion yuan").
 */
static void
ranges(struct seg *s)
{
	static const char *const joins[] = {
		"to", "-", "\xE2\x80\x93", "\xE2\x80\x94", "~", "a", "and", "e", "para",
		"\xE8\x87\xB3", "\xE5\x88\xB0", "\xEF\xBD\x9E",   /* 至 到 ～ */
	};
	const char *t = s->text;
	size_t i, k, a, b, n, p;

	for (i = 0; i + 1 < s->nq; i++) {
		struct qty *x = &s->q[i], *y = &s->q[i + 1];
		const char *j = NULL;
		int from, change;

		if (x->conv || y->conv || x->end > y->start || !x->kind || !y->kind)
			continue;
		/* "grew 18% to 64 billion yuan": a rate and an amount are no range */
		if (strcmp(x->kind, y->kind) != 0 && strcmp(x->kind, "number") != 0)
			continue;
		for (a = x->end; a < y->start && t[a] == ' '; a++)
			;
		for (b = y->start; b > a && t[b - 1] == ' '; b--)
			;
		n = b - a;
		for (k = 0; k < sizeof joins / sizeof joins[0] && !j; k++)
			if (n == strlen(joins[k]) && memcmp(t + a, joins[k], n) == 0)
				j = joins[k];
		/* 攀升至, 增长到, 提高到: a verb of change before 至 or 到 */
		change = !j && n >= 6 && n <= 12 && (unsigned char)t[a] >= 0xE0 &&
		         (memcmp(t + b - 3, "\xE8\x87\xB3", 3) == 0 || memcmp(t + b - 3, "\xE5\x88\xB0", 3) == 0);
		if (!j && !change)
			continue;
		for (p = x->start; p > 0 && t[p - 1] == ' '; p--)
			;
		from = (p >= 4 && memcmp(t + p - 4, "from", 4) == 0) ||
		       (p >= 3 && memcmp(t + p - 3, "\xE4\xBB\x8E", 3) == 0) ||   /* 从 */
		       (p >= 2 && memcmp(t + p - 2, "de", 2) == 0 && (p == 2 || !isalpha((unsigned char)t[p - 3])));
		/* "2007 and 2009", "A e B": no range without "between", "entre" */
		if (j && (strcmp(j, "and") == 0 || strcmp(j, "e") == 0) &&
		    !(p >= 7 && memcmp(t + p - 7, "between", 7) == 0) && !(p >= 5 && memcmp(t + p - 5, "entre", 5) == 0))
			continue;
		/* "de 1.500 a 2.000" is a range; a lone "a" otherwise is not */
		if (j && strcmp(j, "a") == 0 && !from)
			continue;
		if (j && strcmp(j, "para") == 0 && !from)
			continue;
		change = change || (from && j && strcmp(j, "a") != 0);
		x->range = change ? R_FROM : R_LOW;
		y->range = change ? R_TO : R_HIGH;
		if (x->kind && strcmp(x->kind, "number") == 0 && y->kind && strcmp(y->kind, "number") != 0 &&
		    x->value > 0) {
			double m = 1;

			while (x->value * m * 1000 <= y->value && m < 1e12)
				m *= 1000;
			while (x->value * m * 10 <= y->value && m < 1e12)
				m *= 10;
			x->value *= m;
			x->unit = y->unit;
			x->kind = y->kind;
		}
		i++;
	}
}

/*
 * A count of what was added ("新增168家人工智能企业", "added 40 new AI
 * companies", "120 novas empresas") is a flow, not the stock a metric
 * counts: it is left unlinked, and its metric stays free for the total
 * that follows ("，总数达到650家").
 */
static void
flows(struct seg *s)
{
	static const char *const before[] = {
		"\xE6\x96\xB0\xE5\xA2\x9E",                 /* 新增 */
		"\xE6\x96\xB0\xE6\xB3\xA8\xE5\x86\x8C",     /* 新注册 */
		"\xE6\x96\xB0\xE8\xAE\xBE\xE7\xAB\x8B",     /* 新设立 */
		"added ", "adding ", "acrescentou ",
	};
	static const char *const after[] = { " new ", " novas ", " novos " };
	size_t i, k, n;
	int near;

	for (i = 0; i < s->nq; i++) {
		struct qty *q = &s->q[i];
		const char *u = q->unit ? q->unit : "";

		if (q->conv || (q->kind && strcmp(q->kind, "number") != 0) || (*u && strcmp(u, "count") != 0))
			continue;
		/* Most figures have none of the words before them: look for 新, "add", "acres" once. */
		n = q->start > 40 ? q->start - 40 : 0;
		near = memmem(s->text + n, q->start - n, "\xE6\x96\xB0", 3) ||
		       memmem(s->text + n, q->start - n, "add", 3) || memmem(s->text + n, q->start - n, "acres", 5);
		for (k = 0; near && k < sizeof before / sizeof before[0] && !q->nolink; k++)
			/* right before the figure, or with a word of registration between (新增注册企业23万家) */
			if (gap_word(s->text, q->start, before[k], 24)) {
				q->nolink = 1;
				q->why = "a count of additions, not a total";
			}
		for (k = 0; k < sizeof after / sizeof after[0] && !q->nolink; k++) {
			n = strlen(after[k]);
			if (q->end + n <= s->len && memcmp(s->text + q->end, after[k], n) == 0) {
				q->nolink = 1;
				q->why = "a count of additions, not a total";
			}
		}
	}
}

/*
 * "Beijing, Shanghai and Shenzhen have 1,048, 800 and 600 AI companies
 * respectively" (respectivamente, 分别, 依次): in such a clause the figures
 * that fit its metric go, in order, to the places named before them.  When
 * the numbers differ, none of them is linked: a nearest place would be a
 * guess.
 */
static void
respectively(struct seg *s, const struct clause_list *cl, const struct metric *carry)
{
	static const char *const words[] = { "respectively", "respectivamente", "\xE5\x88\x86\xE5\x88\xAB",
	                                     "\xE4\xBE\x9D\xE6\xAC\xA1" };   /* 分别 依次 */
	size_t w, i, j, k, nfit, best_n, nplace, seen = 0;
	int clause, best, first, ai_item;
	const char *p;
	const char *unit;
	double value;

	for (w = 0; w < sizeof words / sizeof words[0]; w++) {
		for (p = s->text; seen < 16 &&
		     (p = memmem(p, s->len - (size_t)(p - s->text), words[w], strlen(words[w]))) != NULL;
		     p += strlen(words[w]), seen++) {
			clause = clause_at(cl, (size_t)(p - s->text))->clause;
			/* The metric of the clause that most of its figures fit. */
			best = -1;
			best_n = 0;
			for (j = 0; j < s->nterms; j++) {
				if (s->terms[j].cls != T_METRIC || s->terms[j].modifier || s->terms[j].sp.clause != clause ||
				    s->terms[j].metric == &wider)
					continue;
				for (i = 0, nfit = 0; i < s->nq; i++)
					if (!s->q[i].conv && s->q[i].sp.clause == clause &&
					    fits(&s->q[i], s->terms[j].metric, &unit, &value))
						nfit++;
				if (nfit > best_n) {
					best_n = nfit;
					best = (int)j;
				}
			}
			if ((best < 0 || best_n < 2) && carry)
				respectively_firms(s, clause, carry);
			if (best < 0 || best_n < 2)
				continue;
			first = -1;
			for (i = 0; i < s->nq; i++)
				if (!s->q[i].conv && s->q[i].sp.clause == clause &&
				    fits(&s->q[i], s->terms[best].metric, &unit, &value)) {
					first = (int)i;
					break;
				}
			for (k = 0, nplace = 0; k < s->nterms; k++)
				if ((s->terms[k].cls == T_CITY || s->terms[k].cls == T_AREA) && s->terms[k].sp.clause == clause &&
				    s->terms[k].end <= s->q[first].start)
					nplace++;
			/* the list stands before the figures ("…grew 9.1% and 21.5% respectively") */
			ai_item = nplace < best_n
			          ? ai_list_item(s, cl, clause, (size_t)(p - s->text) < s->q[first].start
			                         ? (size_t)(p - s->text) : s->q[first].start, best_n)
			          : -1;
			k = 0;
			for (i = 0; i < s->nq; i++) {
				if (s->q[i].conv || s->q[i].sp.clause != clause ||
				    !fits(&s->q[i], s->terms[best].metric, &unit, &value))
					continue;
				if (nplace != best_n) {
					/* "电子信息产业、人工智能产业增加值分别增长16.2%和26.9%": only the AI item's. */
					if (ai_item >= 0 && k == (size_t)ai_item) {
						s->q[i].link = best;
						k++;
						continue;
					}
					s->q[i].nolink = 1;
					k++;
					continue;
				}
				while (!((s->terms[k].cls == T_CITY || s->terms[k].cls == T_AREA) &&
				         s->terms[k].sp.clause == clause && s->terms[k].end <= s->q[first].start))
					k++;
				s->q[i].link = best;
				s->q[i].place = (int)k++;
			}
			s->terms[best].used = 1;
		}
	}
}

/* Length of a quotation mark at S: *OPEN tells which; 0 for none. */
static size_t
quote_mark(const char *t, size_t n, int *open)
{
	static const char *const marks[][2] = {
		{ "\xE2\x80\x9C", "\xE2\x80\x9D" },   /* “ ” */
		{ "\xE3\x80\x8A", "\xE3\x80\x8B" },   /* 《 》 */
		{ "\xE3\x80\x8C", "\xE3\x80\x8D" },   /* 「 」 */
		{ "\xC2\xAB", "\xC2\xBB" },             /* « » */
	};
	size_t i, l;

	if (*t == '"') {
		*open = -1;  /* either */
		return 1;
	}
	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		l = strlen(marks[i][0]);
		if (n >= l && memcmp(t, marks[i][0], l) == 0) {
			*open = 1;
			return l;
		}
		if (n >= l && memcmp(t, marks[i][1], l) == 0) {
			*open = 0;
			return l;
		}
	}
	return 0;
}

/*
 * Metric terms inside a quoted name (a report, a plan, a fund: short, no
 * sentence end, no figure inside) name it, and measure nothing.
 */
static void
drop_quoted(struct seg *s)
{
	size_t i = 0, l, k, a = 0, npairs = 0;
	int open, inside = 0;
	unsigned char b;

	while (i < s->len && npairs < LINK_MAX_ITEMS) {
		/* A mark starts with one of these bytes. */
		b = (unsigned char)s->text[i];
		if (b != '"' && b != 0xE2 && b != 0xE3 && b != 0xC2) {
			i++;
			continue;
		}
		l = quote_mark(s->text + i, s->len - i, &open);
		if (!l) {
			i++;
			continue;
		}
		if (!inside && open != 0) {
			inside = 1;
			a = i + l;
		} else if (inside && open != 1) {
			int title = gap_upto(s->text, a, a, i, i, 150) <= 150;

			npairs++;
			for (k = a; title && k < i; k++)
				if (strchr(".!?", s->text[k]) || (k + 3 <= i &&
				    memcmp(s->text + k, "\xE3\x80\x82", 3) == 0))
					title = 0;
			for (k = 0; title && k < s->nq; k++)
				if (!s->q[k].conv && s->q[k].start >= a && s->q[k].end <= i)
					title = 0;
			for (k = 0; title && k < s->nterms; k++)
				if (s->terms[k].cls == T_METRIC && s->terms[k].start >= a && s->terms[k].end <= i)
					s->terms[k].cls = T_OTHER;
			inside = 0;
		}
		i += l;
	}
}

/* Whether IN continues the paragraph of the previous seg. */
static int
same_paragraph(const struct link_ctx *c, const struct seg_in *in)
{
	if (in->paraint)
		return c->prevpara >= 0 && in->para == c->prevpara;
	if (c->prevseg < 0 || in->segno != c->prevseg + 1 || c->prevend < 0 || in->start < c->prevend)
		return 0;
	/* Without a paragraph number: one space between sentences, none in Chinese. */
	return in->start - c->prevend <= (c->lang && strcmp(c->lang, "zh") == 0 ? 0 : 1);
}

/* A money metric among the terms: its paragraph may need it. */
static int
money_metric(const struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].metric->fit == FIT_MONEY)
			return 1;
	return 0;
}

/* The metric of firms a count by its measure word alone takes: its seg's, else its paragraph's. */
static const struct metric *
firms_carried(const struct link_ctx *c, const struct seg *s, int para)
{
	size_t j;

	for (j = 0; j < s->nterms; j++)
		if (s->terms[j].cls == T_METRIC && firms_metric(s->terms[j].metric))
			return s->terms[j].metric;
	return para ? c->parafirms : NULL;
}

/*
 * With C->explain, a skip record for quantity Q, which gives no fact:
 * REASON, followed by the N bytes of EXTRA (the term that stopped it).
 */
static void
explain(const struct link_ctx *c, const struct seg_in *in, const struct seg *s,
        const struct clause_list *cl, const struct qty *q, json_t *out, const char *reason,
        const char *extra, size_t n)
{
	json_t *f, *jp;
	size_t es, ee;
	char *why;

	if (!c->explain)
		return;
	why = xmalloc(strlen(reason) + n + 1);
	memcpy(why, reason, strlen(reason));
	memcpy(why + strlen(reason), extra ? extra : "", n);
	why[strlen(reason) + n] = '\0';
	clause_sentence(cl, s->text, q->sp.sent, &es, &ee);
	f = json_object();
	json_object_set_new(f, "type", json_string("skip"));
	json_object_set_new(f, "doc", json_string(in->doc ? in->doc : ""));
	jp = in->segv ? json_loadb(in->segv, in->segvlen, JSON_DECODE_ANY, NULL) : NULL;
	json_object_set_new(f, "seg", jp ? jp : json_null());
	json_object_set_new(f, "text", json_stringn(s->text + q->start, q->end - q->start));
	jp = nd_number(q->value);
	json_object_set_new(f, "value", jp ? jp : json_null());
	json_object_set_new(f, "unit", json_string(q->unit ? q->unit : ""));
	json_object_set_new(f, "reason", json_string(why));
	json_object_set_new(f, "evidence", json_stringn(s->text + es, ee - es));
	json_object_set_new(f, "start", json_integer(in->start + (long long)q->start));
	json_object_set_new(f, "end", json_integer(in->start + (long long)q->end));
	json_array_append_new(out, f);
	free(why);
}

static int
link_seg_in(struct link_ctx *c, const struct seg_in *in, json_t *facts)
{
	struct seg s;
	struct clause_list cl;
	struct pair *pairs = NULL;
	size_t npairs = 0, cappairs = 0, i, j, *qs, nqs = 0, es, ee;
	const char *doc = in->doc, *lang = in->lang;
	const char *unit, *city, *area, *kind, *period_src, *qual, *prevkind = NULL;
	char *period, key[512], cityb[128], areab[128];
	size_t nc, na;
	long long segno, start;
	json_t *jp;
	double value;
	int nfacts = 0, ti, pi, rel, lastplace, cjk, para, pass, prevsent = -1;

	c->nerr = 0;
	c->err[0] = '\0';
	memset(&s, 0, sizeof s);
	s.text = in->text;
	if (!s.text) {
		snprintf(c->err, sizeof c->err, "seg has no \"text\" string");
		return -1;
	}
	s.len = in->len;
	segno = in->segno;
	start = in->start;
	if (!doc)
		doc = "";
	if (!c->doc || strcmp(c->doc, doc) != 0) {
		/* A seg of a document whose doc record we did not see. */
		nfacts += link_flush(c, facts);
		reset_doc(c);
		c->doc = xstrdup(doc);
		c->lang = xstrdup(lang ? lang : "");
	}
	if (!lang)
		lang = c->lang;
	cjk = lang && (strcmp(lang, "zh") == 0 || strcmp(lang, "ja") == 0);

	read_items(c, in, &s);
	para = same_paragraph(c, in);
	if (s.nq > 1)
		qsort(s.q, s.nq, sizeof *s.q, cmp_qty);
	for (i = 0; i < s.nq; i++) {
		s.q[i].cur = c->currency;
		if (i > 0 && !s.q[i - 1].conv && s.q[i - 1].kind && strcmp(s.q[i - 1].kind, "money") == 0 &&
		    s.q[i - 1].unit && strlen(s.q[i - 1].unit) < sizeof c->currency)
			s.q[i].cur = s.q[i - 1].unit;
		else if (i > 0)
			s.q[i].cur = s.q[i - 1].cur;
	}
	/*
	 * Without a figure, a seg gives the next ones only its places, times
	 * and money metric: its clauses matter only to the latter.
	 */
	if (s.nq == 0 && !money_metric(&s)) {
		memset(&cl, 0, sizeof cl);
		goto context;
	}
	qs = xcalloc(s.nq + 1, sizeof *qs);
	for (i = 0; i < s.nq; i++)
		if (!s.q[i].conv)
			qs[nqs++] = s.q[i].start;
	clause_split(&cl, s.text, s.len, qs, nqs);
	free(qs);
	for (i = 0; i < s.nq; i++) {
		s.q[i].sp = *clause_at(&cl, s.q[i].start);
		s.q[i].link = -1;
		s.q[i].place = -1;
	}
	for (i = 0; i < s.nt; i++)
		s.t[i].sp = *clause_at(&cl, s.t[i].start);
	for (i = 0; i < s.nterms; i++) {
		s.terms[i].sp = *clause_at(&cl, s.terms[i].start);
		s.terms[i].ps = s.terms[i].start;
		s.terms[i].pe = s.terms[i].end;
	}
	drop_quoted(&s);
	phrases(&s, cjk);
	respectively(&s, &cl, firms_carried(c, &s, para));
	flows(&s);
	ranges(&s);

	/*
	 * Figure-metric pairs of a clause, nearest first; each side used once.
	 * The second pass links what the first left, across linked figures.
	 */
	for (pass = 0; pass < 2; pass++) {
		npairs = 0;
		for (i = 0; i < s.nq; i++) {
			if (s.q[i].conv || s.q[i].link >= 0 || s.q[i].nolink)
				continue;
			for (j = 0; j < s.nterms; j++) {
				long d;

				if (s.terms[j].cls != T_METRIC || s.terms[j].sp.clause != s.q[i].sp.clause)
					continue;
				if (!fits(&s.q[i], s.terms[j].metric, &unit, &value))
					continue;
				d = gap_upto(s.text, s.q[i].start, s.q[i].end, s.terms[j].ps, s.terms[j].pe, LINK_NEAR_SUB);
				if (s.terms[j].sp.sub == s.q[i].sp.sub) {
					if (d > (cjk ? LINK_NEAR_SUB_CJK : LINK_NEAR_SUB))
						continue;
				} else if (d > LINK_NEAR_CLAUSE || s.terms[j].start > s.q[i].start ||
				           metric_in_sub(&s, &s.q[i])) {
					/* Across a comma only from a metric before the figure
					 * ("the industry scale, which reached ..."), and only
					 * when the figure's own sub-clause names none. */
					continue;
				}
				if (s.terms[j].used || figure_between(&s, i, j, pass))
					continue;
				if (s.terms[j].modifier)
					d += 500;
				if (npairs == cappairs) {
					cappairs = cappairs ? cappairs * 2 : 16;
					pairs = xrealloc(pairs, cappairs * sizeof *pairs);
				}
				pairs[npairs].q = (int)i;
				pairs[npairs].m = (int)j;
				pairs[npairs].score = d + (s.terms[j].sp.sub == s.q[i].sp.sub ? 0 : 1000);
				npairs++;
			}
		}
		if (npairs)
			qsort(pairs, npairs, sizeof *pairs, cmp_pair);
		for (i = 0; i < npairs; i++) {
			if (s.q[pairs[i].q].link >= 0 || s.terms[pairs[i].m].used)
				continue;
			s.q[pairs[i].q].link = pairs[i].m;
			s.terms[pairs[i].m].used = 1;
		}
	}

	/* The two ends of a range share one metric. */
	for (i = 0; i + 1 < s.nq; i++)
		if (s.q[i].range == R_LOW || s.q[i].range == R_FROM) {
			if (s.q[i + 1].link >= 0 && s.q[i].link < 0 && !s.q[i].nolink)
				s.q[i].link = s.q[i + 1].link;
			else if (s.q[i].link >= 0 && s.q[i + 1].link < 0 && !s.q[i + 1].nolink)
				s.q[i + 1].link = s.q[i].link;
		}

	/*
	 * An amount of money left without a metric, in a sub-clause that names
	 * none ("a 1 trillion yuan AI industry", "reaching 400 billion yuan by
	 * 2025"), takes the money metric of its sentence, else the last one of
	 * the paragraph so far.
	 */
	for (i = 0; i < s.nq; i++) {
		struct qty *q = &s.q[i];
		long d, bd = -1;

		if (q->link >= 0 || q->conv || !q->kind || strcmp(q->kind, "money") != 0 ||
		    metric_in_sub(&s, q))
			continue;
		for (j = 0; j < s.nterms; j++) {
			const struct metric *om;

			if (s.terms[j].cls != T_METRIC || s.terms[j].modifier || s.terms[j].sp.sent != q->sp.sent)
				continue;
			/* "reached 250 billion yuan, with growth of 12%": the industry's. */
			if (s.terms[j].metric->fit == FIT_PERCENT && strcmp(s.terms[j].metric->name, "industry_growth") == 0)
				om = find_metric("industry_scale");
			else if (s.terms[j].metric->fit == FIT_MONEY)
				om = s.terms[j].metric;
			else
				continue;
			d = bgap(q->start, q->end, s.terms[j].start, s.terms[j].end);
			if (bd < 0 || d < bd) {
				bd = d;
				q->orphan = om;
			}
		}
		if (!q->orphan && para)
			q->orphan = c->paramoney;
	}

	/* Petaflops measure computing power, whatever the clause names. */
	for (i = 0; i < s.nq; i++)
		if (s.q[i].link < 0 && !s.q[i].orphan && !s.q[i].nolink && !s.q[i].conv && s.q[i].unit &&
		    strcmp(s.q[i].unit, "PFLOPS") == 0)
			s.q[i].orphan = find_metric("computing_power");

	/*
	 * A count of firms by its measure word alone ("广东以40.7万余家位列首位"),
	 * in a sub-clause that names no metric, counts the firms its sentence
	 * or paragraph named last.
	 */
	for (i = 0; i < s.nq; i++) {
		struct qty *q = &s.q[i];

		if (q->link >= 0 || q->orphan || q->nolink || !firms_count(&s, q) || metric_in_sub(&s, q) ||
		    firms_named(&s, &cl, q))
			continue;
		for (j = 0; j < s.nterms && !q->orphan; j++)
			if (s.terms[j].cls == T_METRIC && firms_metric(s.terms[j].metric) && s.terms[j].sp.sent == q->sp.sent)
				q->orphan = s.terms[j].metric;
		if (!q->orphan && para)
			q->orphan = c->parafirms;
	}

	/* One fact per linked figure, in the order of the text. */
	for (i = 0; i < s.nq; i++) {
		struct qty *q = &s.q[i];
		struct term *mt, vt;
		const struct term *w = NULL;
		json_t *f;

		if (q->conv) {
			explain(c, in, &s, &cl, q, facts, "conversion", NULL, 0);
			continue;
		}
		if (q->link >= 0) {
			mt = &s.terms[q->link];
		} else if (q->orphan) {
			memset(&vt, 0, sizeof vt);
			vt.start = vt.ps = q->start;
			vt.end = vt.pe = q->end;
			vt.cls = T_METRIC;
			vt.metric = q->orphan;
			vt.sp = q->sp;
			vt.id = q->orphan->name;
			mt = &vt;
		} else {
			explain(c, in, &s, &cl, q, facts, q->why ? q->why
			        : q->nolink ? "list not matched: numbers and places differ"
			        : metric_in_clause(&s, q) ? "no metric in reach that fits the unit"
			        : "no metric in clause", NULL, 0);
			continue;
		}
		if (mt->metric == &wider || (w = wider_before(&s, q, mt)) != NULL) {
			if (mt->metric == &wider)
				w = mt;
			explain(c, in, &s, &cl, q, facts, "wider economy: ", s.text + w->start, w->end - w->start);
			continue;
		}
		fits(q, mt->metric, &unit, &value);
		if (strcmp(mt->metric->name, "investment") != 0 && (w = company_figure(&s, q, mt)) != NULL) {
			explain(c, in, &s, &cl, q, facts, "company figure: ", s.text + w->start, w->end - w->start);
			continue;
		}
		if (mt->metric->fit == FIT_MONEY && strcmp(mt->metric->name, "investment") != 0 &&
		    (w = project_of(&s, q, mt)) != NULL) {
			explain(c, in, &s, &cl, q, facts, "a single project's figure: ", s.text + w->start,
			        w->end - w->start);
			continue;
		}
		if (mt->metric->fit == FIT_COUNT && (w = counts_other(&s, q, mt)) != NULL) {
			explain(c, in, &s, &cl, q, facts, "counts something else: ", s.text + w->start,
			        w->end - w->start);
			continue;
		}
		if (single_deal(&s, &cl, q)) {
			explain(c, in, &s, &cl, q, facts, "a single deal", NULL, 0);
			continue;
		}
		if (q->kind && strcmp(q->kind, "money") == 0 && threshold_of_firms(&s, q)) {
			explain(c, in, &s, &cl, q, facts, "a threshold of the firms counted", NULL, 0);
			continue;
		}
		if (strcmp(mt->metric->name, "investment") == 0 && !ai_mention(&s, &cl, q->sp.sent)) {
			explain(c, in, &s, &cl, q, facts, "investment with no AI word in its sentence", NULL, 0);
			continue;
		}

		/* Where. */
		pi = q->place >= 0 ? q->place : place(&s, q);
		if (pi >= 0) {
			split_place(&s.terms[pi], &city, &nc, &area, &na);
		} else if (c->nation) {
			city = "China", nc = 5;
			area = "", na = 0;
		} else if (c->city || c->region) {
			city = c->city ? c->city : c->region + 7, nc = strlen(city);
			area = c->city && c->area ? c->area : "", na = strlen(area);
		} else {
			city = area = "", nc = na = 0;
		}
		snprintf(cityb, sizeof cityb, "%.*s", (int)nc, city);
		/* A share of the nation's talent belongs to a place within it. */
		if (mt->metric->fit == FIT_FRACTION && pi >= 0 && s.terms[pi].cls == T_NATION) {
			explain(c, in, &s, &cl, q, facts, "share of the nation itself", NULL, 0);
			continue;
		}
		if (mt->metric->fit == FIT_PERCENT && growth_of_other(&s, mt)) {
			explain(c, in, &s, &cl, q, facts, "growth of another figure", NULL, 0);
			continue;
		}
		if (mt->metric->fit == FIT_PERCENT && count_before(&s, i)) {
			explain(c, in, &s, &cl, q, facts, "growth of a count", NULL, 0);
			continue;
		}
		snprintf(areab, sizeof areab, "%.*s", (int)na, area);

		/* When. */
		ti = time_of(&s, q, mt, 1);
		if (ti < 0)
			ti = time_of(&s, q, mt, 0);
		if (ti >= 0)
			period_src = s.t[ti].value;
		else if (c->prevtime && para)
			period_src = c->prevtime;
		else
			period_src = NULL;
		if (period_src)
			period = period_of(period_src);
		else
			period = xstrndup(c->date, strlen(c->date) >= 4 ? 4 : 0);

		/* Which kind: a stated time against the document's date, then cues. */
		rel = period_src ? versus_date(period_src, c->date) : 2;
		if (rel == 1)
			kind = cue_governs(&s, q, T_FORECAST) ? "forecast" : "target";
		else if (rel == -1)
			kind = ti >= 0 && s.t[ti].deadline && cue_governs(&s, q, T_TARGET)
			       ? "target" : "actual";
		else if (cue_governs(&s, q, T_FORECAST))
			kind = "forecast";
		else if (cue_near(&s, q, T_ASOF))
			kind = "actual";
		else if (cue_governs(&s, q, T_TARGET) || (ti >= 0 && s.t[ti].deadline))
			kind = "target";
		else if (strcmp(mt->metric->name, "investment") == 0 && rel != 0)
			/* A committed investment is a plan until a past time says it was made. */
			kind = "target";
		else
			kind = "actual";

		/* "…is expected to hit 300 billion yuan, with 1,500 to 2,000 firms": the same statement. */
		if (prevkind && prevsent == q->sp.sent && continues(&s, &cl, q))
			kind = prevkind;
		prevkind = kind;
		prevsent = q->sp.sent;

		/* A change from X to Y: X is now, Y the goal. */
		if (q->range == R_FROM) {
			kind = "actual";
			free(period);
			period = xstrndup(c->date, strlen(c->date) >= 4 ? 4 : 0);
		} else if (q->range == R_TO && strcmp(kind, "actual") == 0) {
			kind = "target";
		}
		qual = q->qual && *q->qual ? q->qual : "=";
		if (q->range == R_LOW && strcmp(qual, "=") == 0)
			qual = ">=";
		else if (q->range == R_HIGH && strcmp(qual, "=") == 0)
			qual = "<=";

		snprintf(key, sizeof key, "%s|%s|%.9g|%s|%s", cityb, mt->metric->name, value,
		         period, kind);
		if (!remember(c, key)) {
			explain(c, in, &s, &cl, q, facts, "stated before in the document", NULL, 0);
			free(period);
			continue;
		}
		clause_sentence(&cl, s.text, q->sp.sent, &es, &ee);
		f = json_object();
		json_object_set_new(f, "type", json_string("fact"));
		json_object_set_new(f, "doc", json_string(doc));
		jp = in->segv ? json_loadb(in->segv, in->segvlen, JSON_DECODE_ANY, NULL) : NULL;
		json_object_set_new(f, "seg", jp ? jp : json_null());
		json_object_set_new(f, "lang", json_string(lang ? lang : ""));
		json_object_set_new(f, "city", json_string(cityb));
		json_object_set_new(f, "area", json_string(areab));
		json_object_set_new(f, "metric", json_string(mt->metric->name));
		jp = nd_number(value);
		json_object_set_new(f, "value", jp ? jp : json_null());
		json_object_set_new(f, "unit", json_string(unit));
		json_object_set_new(f, "qualifier", json_string(qual));
		json_object_set_new(f, "period", json_string(period));
		json_object_set_new(f, "kind", json_string(kind));
		json_object_set_new(f, "evidence", json_stringn(s.text + es, ee - es));
		json_object_set_new(f, "start", json_integer(start + (long long)q->start));
		json_object_set_new(f, "end", json_integer(start + (long long)q->end));
		if ((mt->metric->fit == FIT_MONEY && strcmp(unit, "USD") == 0) || mt->metric == &above_size ||
		    !*period) {
			if (!c->held)
				c->held = json_array();
			/* the figure's text, for a skip record; taken off before the fact is written */
			json_object_set_new(f, " text", json_stringn(s.text + q->start, q->end - q->start));
			if (mt->metric == &above_size)
				json_object_set_new(f, " above", json_true());
			/*
			 * The latest year named before this seg, for an undated
			 * document (unless it speaks of "this year" anywhere).
			 */
			if (!*period && c->latest > 0)
				json_object_set_new(f, " latest", json_integer(c->latest));
			json_array_append_new(c->held, f);
		} else {
			if (strcmp(mt->metric->name, "ai_enterprises") == 0)
				c->firms = 1;
			if (mt->metric->fit == FIT_MONEY && strcmp(unit, "CNY") == 0) {
				if (!c->yuan)
					c->yuan = json_array();
				json_array_append_new(c->yuan, json_pack("[ssssf]", cityb, mt->metric->name,
				                                         period, kind, value));
			}
			json_array_append_new(facts, f);
			nfacts++;
			/* what an undated repeat of it is matched by (see link_flush) */
			snprintf(key, sizeof key, "\001%s|%s|%.9g", cityb, mt->metric->name, value);
			remember(c, key);
		}
		free(period);
	}

	/* What later segs of the document may need. */
context:
	if (!para)
		c->paramoney = c->parafirms = NULL;
	for (i = 0; i < s.nterms; i++) {
		if (s.terms[i].cls == T_METRIC && !s.terms[i].modifier && s.terms[i].metric->fit == FIT_MONEY)
			c->paramoney = s.terms[i].metric;
		if (s.terms[i].cls == T_METRIC && firms_metric(s.terms[i].metric))
			c->parafirms = s.terms[i].metric;
	}
	lastplace = -1;
	for (i = 0; i < s.nterms; i++) {
		if (s.terms[i].region) {
			/* Kept as "region:NAME", the id a reference to it takes
			 * (which may point into the old one: 全省 names it again). */
			char *r = xmalloc(strlen(s.terms[i].id) + 8);

			sprintf(r, "region:%s", s.terms[i].id);
			free(c->region);
			c->region = r;
			continue;
		}
		if ((s.terms[i].cls == T_CITY || s.terms[i].cls == T_AREA || s.terms[i].cls == T_NATION) &&
		    (lastplace < 0 || s.terms[i].start > s.terms[lastplace].start))
			lastplace = (int)i;
	}
	/*
	 * A figure that names no place after this seg is the nation's when
	 * the seg names no other place ("Xi'an, a hub of western China" is
	 * Xi'an's), else its last city's.
	 */
	if (lastplace >= 0 && s.terms[lastplace].cls == T_NATION) {
		for (i = 0; i < s.nterms; i++)
			if (s.terms[i].cls == T_CITY || s.terms[i].cls == T_AREA)
				lastplace = (int)i;
		c->nation = s.terms[lastplace].cls == T_NATION;
		if (c->nation)
			lastplace = -1;
	} else if (lastplace >= 0) {
		c->nation = 0;
	}
	if (lastplace >= 0) {
		split_place(&s.terms[lastplace], &city, &nc, &area, &na);
		set_str(&c->city, city, nc);
		set_str(&c->area, na ? area : NULL, na);
	}
	for (i = 0; i < s.nq; i++)
		if (!s.q[i].conv && s.q[i].kind && strcmp(s.q[i].kind, "money") == 0 && s.q[i].unit &&
		    strlen(s.q[i].unit) < sizeof c->currency)
			snprintf(c->currency, sizeof c->currency, "%s", s.q[i].unit);
	/*
	 * The next sentence of the paragraph may go on in this one's time, but
	 * not in a goal's: "到2025年，力争…。滨江区集聚了450家企业。" speaks of now.
	 */
	/* A range counts by its first year: "2023-2024年行动方案" is a plan from now. */
	for (i = 0; i < s.nt; i++)
		if (!s.t[i].deadline && atoi(s.t[i].value) > c->latest)
			c->latest = atoi(s.t[i].value);
	ti = -1;
	for (i = 0; i < s.nt; i++)
		if (ti < 0 || s.t[i].start > s.t[ti].start)
			ti = (int)i;
	if (ti >= 0 && (s.t[ti].deadline || versus_date(s.t[ti].value, c->date) == 1))
		ti = -1;
	set_str(&c->prevtime, ti >= 0 ? s.t[ti].value : NULL, ti >= 0 ? strlen(s.t[ti].value) : 0);
	c->prevseg = segno;
	c->prevend = in->end;
	c->prevpara = in->paraint ? in->para : -1;

	clause_free(&cl);
	free(pairs);
	free(s.q);
	free(s.t);
	free(s.terms);
	return nfacts;
}

/* The JSON text of member KEY of SEG, dumped (free it), or NULL. */
static char *
dump_member(const json_t *seg, const char *key, const char **text, size_t *len)
{
	json_t *v = json_object_get(seg, key);
	char *d;

	*text = NULL;
	*len = 0;
	if (!v)
		return NULL;
	d = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!d)
		die("out of memory");
	*text = d;
	*len = strlen(d);
	return d;
}

int
link_seg(struct link_ctx *c, const json_t *seg, json_t *facts)
{
	static const char *const arrays[3] = { "quantities", "times", "terms" };
	struct seg_in in;
	json_t *p;
	char *d[4];
	int i, r;

	memset(&in, 0, sizeof in);
	in.doc = nd_str(seg, "doc");
	in.lang = nd_str(seg, "lang");
	in.text = nd_str(seg, "text");
	in.len = json_string_length(json_object_get(seg, "text"));
	in.segno = nd_int(seg, "seg", -1);
	in.start = nd_int(seg, "start", 0);
	in.end = nd_int(seg, "end", -1);
	p = json_object_get(seg, "para");
	if (!p)
		p = json_object_get(seg, "block");
	in.paraint = json_is_integer(p);
	in.para = in.paraint ? json_integer_value(p) : -1;
	for (i = 0; i < 3; i++)
		d[i] = dump_member(seg, arrays[i], &in.arr[i], &in.arrlen[i]);
	d[3] = dump_member(seg, "seg", &in.segv, &in.segvlen);
	scratch_reserve(c, in.arrlen[0] + in.arrlen[1] + in.arrlen[2] + 1);
	r = link_seg_in(c, &in, facts);
	for (i = 0; i < 4; i++)
		free(d[i]);
	return r;
}

/* A member's value: its JSON text, or P NULL when the seg lacks it. */
struct member {
	const char *p;
	size_t n;
};

/* Integer member V as nd_int() reads it, or DEF. */
static long long
member_int(const struct member *v, long long def)
{
	double d;

	if (seg_isint(v->p, v->n))
		return seg_int(v->p, v->n);
	if (!seg_isnum(v->p, v->n))
		return def;
	d = strtod(v->p, NULL);
	if (!(d >= -9.2e18 && d <= 9.2e18) || d != floor(d))
		return def;
	return (long long)d;
}

int
link_seg_raw(struct link_ctx *c, const nd_raw *seg, json_t *facts)
{
	enum { M_TEXT, M_SEG, M_Q, M_T, M_M, M_PARA, M_BLOCK, M_DOC, M_LANG, M_START, M_END, M_N };
	static const char *const names[M_N] = {
		"text", "seg", "quantities", "times", "terms", "para", "block", "doc", "lang", "start", "end",
	};
	struct member mv[M_N], *v;
	struct seg_in in;
	const char *str;
	char *buf;
	size_t i, k, need;

	/* One pass over the members; a repeated key counts by its last value. */
	memset(mv, 0, sizeof mv);
	for (i = 0; i < seg->n; i++)
		for (k = 0; k < M_N; k++)
			if (seg->m[i].key[0] == names[k][0] && strcmp(seg->m[i].key, names[k]) == 0) {
				mv[k].p = seg->m[i].val;
				mv[k].n = seg->m[i].vlen;
				break;
			}
	memset(&in, 0, sizeof in);
	for (k = 0; k < 3; k++) {
		in.arr[k] = mv[M_Q + k].p;
		in.arrlen[k] = mv[M_Q + k].n;
	}
	in.segv = mv[M_SEG].p;
	in.segvlen = mv[M_SEG].n;
	in.segno = member_int(&mv[M_SEG], -1);
	in.start = member_int(&mv[M_START], 0);
	in.end = member_int(&mv[M_END], -1);
	v = mv[M_PARA].p ? &mv[M_PARA] : &mv[M_BLOCK];
	in.paraint = seg_isint(v->p, v->n);
	in.para = in.paraint ? seg_int(v->p, v->n) : -1;
	/* The document and language go first in C->scratch, the items after. */
	need = mv[M_DOC].n + mv[M_LANG].n + in.arrlen[0] + in.arrlen[1] + in.arrlen[2] + 1;
	scratch_reserve(c, need);
	buf = c->scratch;
	in.doc = seg_str(mv[M_DOC].p, mv[M_DOC].n, &buf, NULL);
	in.lang = seg_str(mv[M_LANG].p, mv[M_LANG].n, &buf, NULL);
	in.used = (size_t)(buf - c->scratch);
	/* Text without escapes is read where it stands, not copied. */
	v = &mv[M_TEXT];
	if (v->p && *v->p == '"' && !memchr(v->p + 1, '\\', v->n - 2)) {
		in.text = v->p + 1;
		in.len = v->n - 2;
	} else if ((str = nd_raw_str(seg, "text", &in.len))) {
		in.text = str;
	}
	return link_seg_in(c, &in, facts);
}
