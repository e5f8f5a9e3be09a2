/* Unit tests of lib/agg.c: exact sums and their canonical expansions. */
#include <math.h>
#include <stdlib.h>

#include "agg.h"
#include "unit.h"

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

static int
same_expansion(const struct agg_sum *a, const struct agg_sum *b)
{
	double x[80], y[80];
	size_t n = agg_sum_expand(a, x, 80), m = agg_sum_expand(b, y, 80), i;

	if (n != m)
		return 0;
	for (i = 0; i < n; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

int
main(void)
{
	struct agg_sum s = { NULL, 0, 0 }, t = { NULL, 0, 0 }, u = { NULL, 0, 0 };
	double v[200], tmp, e[80];
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
	CHECK_INT(agg_sum_expand(&s, e, 80), 0, "empty sum has no terms");

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
				struct agg_sum h1 = { NULL, 0, 0 }, h2 = { NULL, 0, 0 };
				size_t m;

				for (i = 0; i < n / 2; i++)
					agg_sum_add(&h1, v[i]);
				for (; i < n; i++)
					agg_sum_add(&h2, v[i]);
				m = agg_sum_expand(&h1, e, 80);
				for (i = 0; i < m; i++)
					agg_sum_add(&u, e[i]);
				m = agg_sum_expand(&h2, e, 80);
				for (i = 0; i < m; i++)
					agg_sum_add(&u, e[i]);
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

	/* agg_canon: 15 significant digits, no negative zero. */
	CHECK(agg_canon(0.1 + 0.2) == 0.3, "canon: 0.1 + 0.2 reads as 0.3");
	CHECK(!signbit(agg_canon(-0.0)), "canon: no -0");
	CHECK(agg_canon(224600000000.0) == 224600000000.0, "canon: integers stay");
	return unit_failed;
}
