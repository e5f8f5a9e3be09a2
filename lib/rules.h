/*
 * The linking rules: which metric, place, time and kind a figure of a seg
 * takes, and which figures give no fact.  lib/link.c reads a seg into
 * struct seg and runs these over it; each looks at the seg's text and
 * items (and its clauses, lib/clause.h) and changes nothing but what it
 * says.  Offsets are bytes of the seg's text.
 */
#ifndef CF_RULES_H
#define CF_RULES_H

#include <stddef.h>

#include "clause.h"

/* How a metric's figures look. */
enum fit { FIT_COUNT, FIT_MONEY, FIT_PERCENT, FIT_FRACTION, FIT_POWER, FIT_SCORE, FIT_ANY };

/* A metric facts are given for, by its name in the maps and the facts. */
struct metric {
	const char *name;
	enum fit fit;
};

/*
 * A wider economy than the AI industry (the digital economy, GDP, the
 * culture industry): its terms take figures as a metric would, so that a
 * figure of theirs is never given to an AI metric, and give no fact.
 */
extern const struct metric rules_wider;
/*
 * Firms "above designated size" (规上企业) with no word of AI are the AI
 * firms of an article that counts them no other way, else a sub-count:
 * their facts are held to the end of the document (see link_flush).
 */
extern const struct metric rules_above_size;

/* Bytes a character takes at most: a gap of more bytes is too far. */
#define RULES_MAXCHAR 4

/* A quantity of the seg, and what linking found for it. */
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

/* A time of the seg. */
struct tim {
	size_t start, end;
	const char *value;
	int deadline;
	struct clause_span sp;
};

/* The classes of terms linking tells apart. */
enum tclass { T_CITY, T_AREA, T_NATION, T_ORG, T_PROJECT, T_METRIC, T_TARGET, T_FORECAST, T_ASOF, T_OTHER };

/* A term of the seg: a place, a metric, a cue, an organisation, ... */
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

/* Number of characters (not bytes) of T between A and B. */
static inline long
rules_chars(const char *t, size_t a, size_t b)
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
static inline long
rules_gap_upto(const char *t, size_t s1, size_t e1, size_t s2, size_t e2, long limit)
{
	size_t a, b;

	if (e1 <= s2)
		a = e1, b = s2;
	else if (e2 <= s1)
		a = e2, b = s1;
	else
		return 0;
	if (b - a > (size_t)limit * RULES_MAXCHAR)
		return limit + 1;
	return rules_chars(t, a, b);
}

/* Bytes between two spans: cheap, for choosing the nearer of two. */
static inline long
rules_bgap(size_t s1, size_t e1, size_t s2, size_t e2)
{
	return e1 <= s2 ? (long)(s2 - e1) : e2 <= s1 ? (long)(s1 - e2) : 0;
}

/* The metric named NAME ("industry_scale"), or NULL. */
const struct metric *rules_find_metric(const char *name);

/* Sorts a term into the classes linking cares about. */
enum tclass rules_classify(const char *id, const char *cls, const char **rest, const struct metric **m);

/*
 * Whether quantity Q fits metric M: sets the unit and value of the fact.
 * A bare amount takes the currency of the last amount before it.
 */
int rules_fits(const struct qty *q, const struct metric *m, const char **unit, double *value);

/*
 * Growth that follows another metric in its sentence is that metric's
 * growth ("融资总额达320亿元，较2021年增长15%", "the number of AI companies
 * grew 20%"), unless it is the industry's scale.
 */
int rules_growth_of_other(const struct seg *s, const struct term *g);

/*
 * The figure before quantity QI in its sentence is a count: a growth
 * rate after it is that number's ("新增44家，增幅达259%"), not the industry's.
 */
int rules_count_before(const struct seg *s, size_t qi);

/*
 * A project named before the figure and its metric in the sentence: its
 * output or tax ("项目投产后，预计年产值60亿元") is the project's, not the
 * industry's.  Its investment into the city is one (the caller lets that by).
 */
const struct term *rules_project_of(const struct seg *s, const struct qty *q, const struct term *mt);

/* An amount right before 企业 ("营收过亿元企业") is a size of firms, not an indicator. */
int rules_threshold_of_firms(const struct seg *s, const struct qty *q);

/* A metric that counts firms. */
int rules_firms_metric(const struct metric *m);

/* Q counts by the measure word of firms: 家, or 间/間 (Hong Kong). */
int rules_firms_count(const struct seg *s, const struct qty *q);

/* Q's sub-clause opens with "with" or "com": it goes on with the statement before it. */
int rules_continues(const struct seg *s, const struct clause_list *cl, const struct qty *q);

/* Q's sub-clause names firms of a kind of its own ("规上企业达224家", "13家上市企业"). */
int rules_firms_named(const struct seg *s, const struct clause_list *cl, const struct qty *q);

/*
 * What a count counts, when it is not its metric: a span of years or a
 * number of times ("four consecutive years", 三次), events and projects
 * after the metric term ("22 application scenario matchmaking meetings"),
 * aspects and measures in Chinese (六个方面, 十八项举措).  Returns a term
 * whose span is the word found (in *SCRATCH), or NULL.
 */
const struct term *rules_counts_other(const struct seg *s, const struct qty *q, const struct term *mt);

/* "the single largest transaction of RMB 190 million", 单笔: one deal, no indicator. */
int rules_single_deal(const struct seg *s, const struct clause_list *cl, const struct qty *q);

/* A metric term stands in Q's sub-clause. */
int rules_metric_in_sub(const struct seg *s, const struct qty *q);

/*
 * Two metric terms side by side form one noun phrase ("employees in
 * Shanghai's AI companies", "人工智能企业员工"): its head is the first in
 * English and Portuguese, the last in Chinese.  The other one is marked a
 * modifier, and the head's span covers the phrase.
 */
void rules_phrases(struct seg *s, int cjk);

/*
 * Another figure lies between quantity QI and term MI.  In the second pass
 * (PASS 1) a figure already linked to a metric of its own does not count:
 * "grew 20% to 1,900" links 20% to growth first, then 1,900 across it.
 */
int rules_figure_between(const struct seg *s, size_t qi, size_t mi, int pass);

/*
 * The place a figure belongs to: the nearest city or area term before it
 * in its sub-clause, else after it there; then (national words excepted,
 * which speak only for their own sub-clause) the same in its clause and in
 * its seg; else the document's last one.  Returns the term index, -1 for
 * the document context, -2 for none.
 */
int rules_place(const struct seg *s, const struct qty *q);

/*
 * A company's own figure ("SenseTime's staff grew to 500"): the nearest
 * named entity before the pair in its sub-clause, or one between the
 * figure and its metric, is an organisation, or a place that an
 * organisation touches ("SenseTime's Hangzhou office", "上海商汤").
 */
const struct term *rules_company_figure(const struct seg *s, const struct qty *q, const struct term *mt);

/* Sentence SENT of the seg names the AI industry. */
int rules_ai_mention(const struct seg *s, const struct clause_list *cl, int sent);

/*
 * A wider economy named before Q in its sentence is what Q measures when
 * it stands between Q and Q's metric term MT ("o valor acrescentado da
 * economia digital atingiu ..."), or before both with no word of the AI
 * industry after it ("数字经济核心产业增加值4905亿元，同比增长11.5%").
 * Computing power is the AI industry's whatever economy it serves.
 */
const struct term *rules_wider_before(const struct seg *s, const struct qty *q, const struct term *mt);

/* A metric term stands in Q's clause. */
int rules_metric_in_clause(const struct seg *s, const struct qty *q);

/*
 * The time nearest the fact (its figure and metric term) in its clause,
 * else in the seg; -1 for none.
 */
int rules_time_of(const struct seg *s, const struct qty *q, const struct term *mt, int inclause);

/*
 * A cue governs Q when it stands in Q's sub-clause, or before Q in its
 * clause with no other figure between.
 */
int rules_cue_governs(const struct seg *s, const struct qty *q, enum tclass cls);

/* A cue of class CLS stands in Q's sub-clause. */
int rules_cue_near(const struct seg *s, const struct qty *q, enum tclass cls);

/*
 * The words before byte POS of T compare with what follows ("from",
 * "than", 较, 比, "em relação a"): a time there is a base, not a period.
 */
int rules_comparison_base(const char *t, size_t pos);

/*
 * A place name at byte END of T opens the name of an organisation: "Shenzhen
 * AI Industry Association", "Hefei Institute of ...", "深圳市人工智能行业协会".
 * The words after it, capitalised (or 人工智能 and the like), end in a noun
 * that names a body.
 */
int rules_opens_name(const char *t, size_t len, size_t end);

/* A time ending at byte END of T closes a dateline: 电 or 電, or "(Agency)" and a dash. */
int rules_dateline(const char *t, size_t len, size_t end);

/* A year, a month or "the end of" follows byte POS of T. */
int rules_before_time(const char *t, size_t len, size_t pos);

/*
 * A day of the month alone ("20日在宜昌开工", "on the 20th") dates an event
 * of the story, not the period of a figure.
 */
int rules_bare_day(const char *t, size_t n);

/* The N bytes at T say "this year" (今年, "este ano", "deste ano"). */
int rules_this_year(const char *t, size_t n);

/*
 * Two figures joined as a range: "1,500 to 2,000 enterprises", 3至5家,
 * "between 200 and 300", "de 1.500 a 2.000" are bounds (>= and <=);
 * "from 30 to 60 EFLOPS", 从2000亿元攀升至3000亿元, "de 30 para 60" are a
 * change, now and then.  The first takes the unit and scale of the second
 * when it has none ("30 to 60 billion yuan").
 */
void rules_ranges(struct seg *s);

/*
 * A count of what was added ("新增168家人工智能企业", "added 40 new AI
 * companies", "120 novas empresas") is a flow, not the stock a metric
 * counts: it is left unlinked, and its metric stays free for the total
 * that follows ("，总数达到650家").
 */
void rules_flows(struct seg *s);

/*
 * "Beijing, Shanghai and Shenzhen have 1,048, 800 and 600 AI companies
 * respectively" (respectivamente, 分别, 依次): in such a clause the figures
 * that fit its metric go, in order, to the places named before them.  When
 * the numbers differ, none of them is linked: a nearest place would be a
 * guess.
 */
void rules_respectively(struct seg *s, const struct clause_list *cl, const struct metric *carry);

/*
 * Metric terms inside a quoted name (a report, a plan, a fund: short, no
 * sentence end, no figure inside) name it, and measure nothing.
 */
void rules_drop_quoted(struct seg *s);

/* A money metric among the terms: its paragraph may need it. */
int rules_money_metric(const struct seg *s);

#endif
