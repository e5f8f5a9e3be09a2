/*
 * Unit tests of lib/agg.c: exact sums and their canonical expansions, and
 * the conflict of fact mode at the default tolerance.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "agg.h"
#include "unit.h"

static void
keep(const json_t *rec, void *arr)
{
	json_array_append(arr, (json_t *)rec);
}

/* A small deterministic generator, so the test is the same everywhere. */
static unsigned long long rng = 88172645463325252ULL;

static unsigned long long
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* The "conflict" of the one group of two facts of values A and B at the default tolerance. */
static int
conflict_of(double a, double b)
{
	static char *by[] = { "metric" };
	struct agg_spec spec = { .by = by, .nby = 1, .tolerance = AGG_TOLERANCE };
	agg_table *t = agg_new(&spec);
	const char *why;
	json_t *f, *out = json_array();
	int c;

	f = json_pack("{s:s,s:s,s:f,s:s}", "type", "fact", "metric", "m", "value", a, "doc", "d1");
	agg_add(t, f, &why);
	json_decref(f);
	f = json_pack("{s:s,s:s,s:f,s:s}", "type", "fact", "metric", "m", "value", b, "doc", "d2");
	agg_add(t, f, &why);
	json_decref(f);
	agg_each(t, keep, out);
	c = json_array_size(out) == 1 ? json_is_true(json_object_get(json_array_get(out, 0), "conflict")) : -1;
	json_decref(out);
	agg_free(t);
	return c;
}

static int
same_expansion(const struct agg_sum *a, const struct agg_sum *b)
{
	json_t *x = agg_sum_state(a), *y = agg_sum_state(b);
	int same = json_equal(x, y);

	json_decref(x);
	json_decref(y);
	return same;
}

/* Adds the expansion of A to S, as a merge does. */
static void
add_state(struct agg_sum *s, const struct agg_sum *a)
{
	json_t *x = agg_sum_state(a), *e;
	size_t i;

	json_array_foreach(x, i, e)
		agg_sum_add_text(s, json_string_value(e));
	json_decref(x);
}

/* The expansion of S as one line of text. */
static char *
state_text(const struct agg_sum *s)
{
	json_t *x = agg_sum_state(s);
	char *text = json_dumps(x, JSON_COMPACT);

	json_decref(x);
	return text;
}

int
main(void)
{
	struct agg_sum s = { 0 }, t = { 0 }, u = { 0 };
	double v[200], tmp;
	size_t i, j, n, k;
	int trial, allsame = 1, naive_differs = 0;

	/* 1e16 + 1 - 1e16 is 1 whatever the order; naive addition gives 0. */
	agg_sum_add(&s, 1e16);
	agg_sum_add(&s, 1);
	agg_sum_add(&s, -1e16);
	CHECK(agg_sum_value(&s) == 1, "exact sum: 1e16 + 1 - 1e16 = 1");
	agg_sum_free(&s);

	/* The sum of the doubles 0.1, 0.2, 0.3, -0.6 is not 0 but 2^-55. */
	agg_sum_add(&s, 0.1);
	agg_sum_add(&s, 0.2);
	agg_sum_add(&s, 0.3);
	agg_sum_add(&s, -0.6);
	CHECK(agg_sum_value(&s) == ldexp(1, -55), "exact sum: 0.1 + 0.2 + 0.3 - 0.6 = 2^-55");
	agg_sum_free(&s);

	/* An empty sum is 0 with no terms. */
	CHECK(agg_sum_value(&s) == 0, "empty sum is 0");
	{
		char *x = state_text(&s);

		CHECK_STR(x, "[]", "empty sum has no terms");
		free(x);
	}

	/* Random values of very different magnitudes, summed in shuffled
	 * orders: the same rounded sum and the same expansion every time. */
	for (trial = 0; trial < 50; trial++) {
		n = 20 + next() % 180;
		for (i = 0; i < n; i++)
			v[i] = ldexp((double)(next() % 1000000) - 500000, (int)(next() % 120) - 60);
		agg_sum_free(&s);
		for (i = 0; i < n; i++)
			agg_sum_add(&s, v[i]);
		for (k = 0; k < 3; k++) {
			double naive = 0, naive2 = 0;

			for (i = n - 1; i > 0; i--) {
				j = next() % (i + 1);
				tmp = v[i];
				v[i] = v[j];
				v[j] = tmp;
			}
			agg_sum_free(&t);
			for (i = 0; i < n; i++) {
				agg_sum_add(&t, v[i]);
				naive += v[i];
			}
			for (i = n; i-- > 0;)
				naive2 += v[i];
			if (naive != naive2)
				naive_differs = 1;
			if (agg_sum_value(&s) != agg_sum_value(&t) || !same_expansion(&s, &t))
				allsame = 0;
			/* Summing the halves apart and adding their expansions, as a
			 * merge does, gives the same expansion too. */
			agg_sum_free(&u);
			{
				struct agg_sum h1 = { 0 }, h2 = { 0 };

				for (i = 0; i < n / 2; i++)
					agg_sum_add(&h1, v[i]);
				for (; i < n; i++)
					agg_sum_add(&h2, v[i]);
				add_state(&u, &h1);
				add_state(&u, &h2);
				agg_sum_free(&h1);
				agg_sum_free(&h2);
			}
			if (!same_expansion(&s, &u))
				allsame = 0;
		}
	}
	CHECK(allsame, "shuffled and split sums have one expansion");
	CHECK(naive_differs, "the data is such that naive sums depend on the order");
	agg_sum_free(&s);
	agg_sum_free(&t);
	agg_sum_free(&u);

	/* No overflow on the way: the exact sum, whatever the order. */
	{
		static const double big[][3] = {
			{ 1e308, 1e308, -1e308 }, { 1e308, -1e308, 1e308 }, { -1e308, 1e308, 1e308 },
		};
		struct agg_sum a = { 0 }, b = { 0 };
		char *x;
		int ok = 1;

		for (k = 0; k < 3; k++) {
			agg_sum_free(&a);
			for (i = 0; i < 3; i++)
				agg_sum_add(&a, big[k][i]);
			if (agg_sum_value(&a) != 1e308)
				ok = 0;
		}
		CHECK(ok, "1e308 + 1e308 - 1e308 is 1e308 in any order");
		agg_sum_free(&a);
		agg_sum_add(&a, 1e308);
		agg_sum_add(&a, 1e308);
		CHECK(isinf(agg_sum_value(&a)) && agg_sum_value(&a) > 0, "1e308 + 1e308 rounds to +inf");
		CHECK(agg_sum_mean(&a, 2) == 1e308, "the mean of 1e308 and 1e308 is 1e308");
		x = state_text(&a);
		CHECK_STR(x, "[\"0x1.1ccf385ebc8ap+1024\"]", "2e308 is one term beyond the doubles");
		free(x);
		agg_sum_add(&b, -1e308);
		add_state(&b, &a);
		CHECK(agg_sum_value(&b) == 1e308, "merged states: 2e308 and -1e308 give 1e308");
		agg_sum_free(&b);
		agg_sum_add(&b, -DBL_MAX);
		agg_sum_add(&b, -DBL_MAX);
		CHECK(isinf(agg_sum_value(&b)) && agg_sum_value(&b) < 0, "-2 DBL_MAX rounds to -inf");
		agg_sum_add(&b, DBL_MAX);
		CHECK(agg_sum_value(&b) == -DBL_MAX, "-2 DBL_MAX + DBL_MAX is -DBL_MAX");
		agg_sum_free(&a);
		agg_sum_free(&b);
		CHECK(agg_sum_add_text(&a, "0x1p+1101") == -1, "a term beyond any sum is refused");
		CHECK(agg_sum_add_text(&a, "12abc") == -1, "a term that is no number is refused");
		CHECK(agg_sum_add_text(&a, "0x1p-1075") == -1, "a term finer than any double is refused");
		CHECK(agg_sum_add_text(&a, "0x0.0000000000001p-1022") == 0 &&
		      agg_sum_value(&a) == ldexp(1, -1074), "the subnormal form of %a reads back");
		CHECK(agg_sum_add_text(&a, "1.5") == 0 && agg_sum_add_text(&a, "-1.5") == 0 &&
		      agg_sum_value(&a) == ldexp(1, -1074), "a decimal term reads too");
		CHECK(agg_sum_add_text(&a, "inf") == -1 && agg_sum_add_text(&a, "nan") == -1 &&
		      agg_sum_add_text(&a, "") == -1, "inf, nan and nothing are refused");
		agg_sum_free(&a);
	}

	/* Rounding: half to even, with the bits below the half seen. */
	{
		struct { double x[3]; double want; const char *name; } r[] = {
			{ { 1, ldexp(1, -53), 0 }, 1, "1 + 2^-53 ties to 1" },
			{ { 1 + ldexp(1, -52), ldexp(1, -53), 0 }, 1 + ldexp(1, -51), "1 + 2^-52 + 2^-53 ties up to even" },
			{ { 1, ldexp(1, -53), ldexp(1, -200) }, 1 + ldexp(1, -52), "a bit below the half rounds up" },
			{ { -1, -ldexp(1, -53), -ldexp(1, -200) }, -1 - ldexp(1, -52), "the same below zero" },
			{ { ldexp(1, -1074), ldexp(1, -1074), ldexp(1, -1074) }, ldexp(3, -1074), "subnormals add exactly" },
			{ { DBL_MIN, -ldexp(1, -1074), 0 }, DBL_MIN - ldexp(1, -1074), "DBL_MIN less the least subnormal" },
			{ { 0.1, 0.2, -0.3 }, ldexp(1, -55), "0.1 + 0.2 - 0.3 is 2^-55" },
		};
		struct agg_sum a = { 0 };

		for (k = 0; k < sizeof r / sizeof r[0]; k++) {
			agg_sum_free(&a);
			for (i = 0; i < 3; i++)
				agg_sum_add(&a, r[k].x[i]);
			CHECK(agg_sum_value(&a) == r[k].want, r[k].name);
		}
		agg_sum_free(&a);
	}

	/* agg_canon: 15 significant digits, no negative zero. */
	CHECK(agg_canon(0.1 + 0.2) == 0.3, "canon: 0.1 + 0.2 reads as 0.3");
	CHECK(!signbit(agg_canon(-0.0)), "canon: no -0");
	CHECK(agg_canon(224600000000.0) == 224600000000.0, "canon: integers stay");

	/* The default tolerance: 2% of the consensus. */
	CHECK(AGG_TOLERANCE == 0.02, "tolerance: the default is 2%");
	CHECK_INT(conflict_of(100, 103), 1, "tolerance: 3% apart is a conflict");
	CHECK_INT(conflict_of(100, 101.5), 0, "tolerance: 1.5% apart is none");
	CHECK_INT(conflict_of(100, 100), 0, "tolerance: equal values are none");
	return unit_failed;
}
