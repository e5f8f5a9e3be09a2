/*
 * The linking rules (see rules.h): each a predicate or a pass over one
 * seg, in the order link.c's steps use them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clause.h"
#include "date.h"
#include "lex.h"
#include "rules.h"
#include "utf8.h"

/* The metrics, sorted by name for rules_find_metric(). */
static const struct metric metrics[] = {
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

const struct metric rules_wider = { "wider", FIT_ANY };
const struct metric rules_above_size = { "ai_enterprises", FIT_COUNT };

/* Two metric terms this near, with no figure between, are one phrase. */
#define RULES_PHRASE 30
#define RULES_PHRASE_CJK 8
/* Most items of a list that "respectively" reads. */
#define RULES_LIST 16
/* A bare amount ("a 10 billion fund") is money from this size on. */
#define RULES_BARE_MONEY 1e6
/* Most pairs of quotation marks looked at in one seg. */
#define RULES_MAX_QUOTES 1000

const struct metric *
rules_find_metric(const char *name)
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

enum tclass
rules_classify(const char *id, const char *cls, const char **rest, const struct metric **m)
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
		*m = &rules_above_size;
		return T_METRIC;
	}
	if (id[0] == 'v' && strcmp(id, "verb:growth") == 0) {
		*m = &growth_word;
		return T_METRIC;
	}
	if (prefixed(id, "metric:", rest))
		return (*m = rules_find_metric(*rest)) ? T_METRIC : T_OTHER;
	if (prefixed(id, "wider:", rest)) {
		*m = &rules_wider;
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

int
rules_fits(const struct qty *q, const struct metric *m, const char **unit, double *value)
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
		if (number && q->value >= RULES_BARE_MONEY) {
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

int
rules_growth_of_other(const struct seg *s, const struct term *g)
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

int
rules_count_before(const struct seg *s, size_t qi)
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

const struct term *
rules_project_of(const struct seg *s, const struct qty *q, const struct term *mt)
{
	size_t i, lo = q->start < mt->start ? q->start : mt->start;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_PROJECT && s->terms[i].sp.sent == q->sp.sent && s->terms[i].end <= lo)
			return &s->terms[i];
	return NULL;
}

int
rules_threshold_of_firms(const struct seg *s, const struct qty *q)
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

int
rules_firms_metric(const struct metric *m)
{
	return m && (strcmp(m->name, "ai_enterprises") == 0 || strcmp(m->name, "ai_related_enterprises") == 0);
}

int
rules_firms_count(const struct seg *s, const struct qty *q)
{
	static const char *const words[] = {
		"\xE5\xAE\xB6", "\xE9\x97\xB4", "\xE9\x96\x93",
	};
	size_t k, n, l;
	uint32_t c;

	if (q->conv || !q->kind || strcmp(q->kind, "number") != 0 || q->value < 2)
		return 0;
	/* "4.1万家不同等级的智能工厂": a noun phrase follows, of other things than firms */
	for (k = q->end; k < s->len && k < q->end + 36 &&
	     (l = utf8_decode(s->text + k, s->len - k, &c)) > 0 && lex_han(c); k += l)
		if (c == 0x7684)   /* 的 */
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

int
rules_continues(const struct seg *s, const struct clause_list *cl, const struct qty *q)
{
	size_t a, b;

	sub_bounds(cl, q->start, &a, &b);
	while (a < q->start && (s->text[a] == ' ' || s->text[a] == ','))
		a++;
	return (q->start - a >= 5 && strncmp(s->text + a, "with ", 5) == 0) ||
	       (q->start - a >= 4 && strncmp(s->text + a, "com ", 4) == 0);
}

int
rules_firms_named(const struct seg *s, const struct clause_list *cl, const struct qty *q)
{
	size_t a, b;

	sub_bounds(cl, q->start, &a, &b);
	if (b > s->len)
		b = s->len;
	return memmem(s->text + a, b - a, "\xE4\xBC\x81\xE4\xB8\x9A", 6) != NULL ||   /* 企业 */
	       memmem(s->text + a, b - a, "\xE5\x85\xAC\xE5\x8F\xB8", 6) != NULL;     /* 公司 */
}

const struct term *
rules_counts_other(const struct seg *s, const struct qty *q, const struct term *mt)
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

int
rules_single_deal(const struct seg *s, const struct clause_list *cl, const struct qty *q)
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

int
rules_metric_in_sub(const struct seg *s, const struct qty *q)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].sp.sub == q->sp.sub)
			return 1;
	return 0;
}

void
rules_phrases(struct seg *s, int cjk)
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
			if (rules_gap_upto(s->text, a->start, a->end, b->start, b->end, RULES_PHRASE) >
			    (cjk ? RULES_PHRASE_CJK : RULES_PHRASE))
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
			if (mod->metric == &rules_wider)
				head->metric = &rules_wider;
			if (mod->start < head->ps)
				head->ps = mod->start;
			if (mod->end > head->pe)
				head->pe = mod->end;
		}
	}
}

int
rules_figure_between(const struct seg *s, size_t qi, size_t mi, int pass)
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

int
rules_place(const struct seg *s, const struct qty *q)
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

const struct term *
rules_company_figure(const struct seg *s, const struct qty *q, const struct term *mt)
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
		    rules_gap_upto(s->text, s->terms[i].start, s->terms[i].end, s->terms[near].start, s->terms[near].end, 4) <= 4)
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

int
rules_ai_mention(const struct seg *s, const struct clause_list *cl, int sent)
{
	size_t a, b;

	clause_sentence(cl, s->text, sent, &a, &b);
	return ai_between(s->text, a, b);
}

const struct term *
rules_wider_before(const struct seg *s, const struct qty *q, const struct term *mt)
{
	const struct term *w = NULL;
	size_t i;

	for (i = 0; i < s->nterms; i++) {
		const struct term *m = &s->terms[i];

		if (m->cls == T_METRIC && m->metric == &rules_wider && m->sp.sent == q->sp.sent &&
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

int
rules_metric_in_clause(const struct seg *s, const struct qty *q)
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

int
rules_time_of(const struct seg *s, const struct qty *q, const struct term *mt, int inclause)
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
		d = rules_bgap(a, b, s->t[i].start, s->t[i].end);
		if (best < 0 || d < bd) {
			best = (int)i;
			bd = d;
		}
	}
	return best;
}

int
rules_cue_governs(const struct seg *s, const struct qty *q, enum tclass cls)
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

int
rules_cue_near(const struct seg *s, const struct qty *q, enum tclass cls)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == cls && s->terms[i].sp.sub == q->sp.sub)
			return 1;
	return 0;
}

int
rules_comparison_base(const char *t, size_t pos)
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

int
rules_opens_name(const char *t, size_t len, size_t end)
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

int
rules_dateline(const char *t, size_t len, size_t end)
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

int
rules_before_time(const char *t, size_t len, size_t pos)
{
	static const char *const next[] = { "the end", "end of", "the year", "the middle", "mid-" };
	size_t k;

	while (pos < len && t[pos] == ' ')
		pos++;
	if (pos < len && isdigit((unsigned char)t[pos]))
		return 1;
	for (k = 0; k < sizeof next / sizeof next[0]; k++)
		if (pos + strlen(next[k]) <= len && strncmp(t + pos, next[k], strlen(next[k])) == 0)
			return 1;
	/* an English month's name or abbreviation, capitalised, opening what follows ("Jan", "Sept.", "Mayor" too) */
	for (k = 0; k < date_nmonths; k++) {
		const struct date_month *m = &date_months[k];

		if ((m->flags & DATE_EN) && pos + m->len <= len && t[pos] == m->name[0] - ('a' - 'A') &&
		    memcmp(t + pos + 1, m->name + 1, m->len - 1u) == 0)
			return 1;
	}
	return 0;
}

int
rules_bare_day(const char *t, size_t n)
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

int
rules_this_year(const char *t, size_t n)
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
		if (s->q[i].sp.clause == clause && s->q[i].link < 0 && rules_firms_count(s, &s->q[i])) {
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
		if (s->q[i].sp.clause != clause || s->q[i].link >= 0 || !rules_firms_count(s, &s->q[i]))
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
	size_t a = at, i, k, nb = 0, bound[RULES_LIST + 1];
	int found = -1;

	if (n < 2 || n > RULES_LIST)
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

void
rules_ranges(struct seg *s)
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

void
rules_flows(struct seg *s)
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

void
rules_respectively(struct seg *s, const struct clause_list *cl, const struct metric *carry)
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
				    s->terms[j].metric == &rules_wider)
					continue;
				for (i = 0, nfit = 0; i < s->nq; i++)
					if (!s->q[i].conv && s->q[i].sp.clause == clause &&
					    rules_fits(&s->q[i], s->terms[j].metric, &unit, &value))
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
				    rules_fits(&s->q[i], s->terms[best].metric, &unit, &value)) {
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
				    !rules_fits(&s->q[i], s->terms[best].metric, &unit, &value))
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

void
rules_drop_quoted(struct seg *s)
{
	size_t i = 0, l, k, a = 0, npairs = 0;
	int open, inside = 0;
	unsigned char b;

	while (i < s->len && npairs < RULES_MAX_QUOTES) {
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
			int title = rules_gap_upto(s->text, a, a, i, i, 150) <= 150;

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

int
rules_money_metric(const struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nterms; i++)
		if (s->terms[i].cls == T_METRIC && s->terms[i].metric->fit == FIT_MONEY)
			return 1;
	return 0;
}
