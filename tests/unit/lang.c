/*
 * Unit tests of the language guesser (lib/lang.c): the script counts, the
 * stop words and endings of each Latin language, the decision with and
 * without a prior, and counts that add up over the pieces of a text.
 */
#include <string.h>

#include "lang.h"
#include "unit.h"

#define DETECT(s) lang_detect((s), strlen(s))

static void
counts(void)
{
	struct lang_counts k, a, b;
	const char *s = "北京 AI 산업 ひら";

	lang_count(s, strlen(s), &k);
	CHECK_INT(k.han, 2, "lang_count: two Han characters");
	CHECK_INT(k.latin, 2, "lang_count: two Latin letters");
	CHECK_INT(k.hangul, 2, "lang_count: two Hangul syllables");
	CHECK_INT(k.kana, 2, "lang_count: two kana");

	lang_count("the city and the port", 21, &k);
	CHECK(k.score[0] >= 3 && k.score[1] == 0, "lang_count: English stop words, no Portuguese");
	lang_count("the city and ", 13, &a);
	lang_count("the port", 8, &b);
	lang_add(&a, &b);
	CHECK(memcmp(&a, &k, sizeof k) == 0, "lang_add: the pieces add up to the whole");
	CHECK_STR(lang_decide(&k), "en", "lang_decide: the sum decides as the whole");
}

static void
detect(void)
{
	CHECK_STR(DETECT("The city has attracted more than a thousand companies."), "en", "lang_detect: en");
	CHECK_STR(DETECT("A cidade não tem população suficiente para isso."), "pt", "lang_detect: pt");
	CHECK_STR(DETECT("La ciudad tiene más población y también más empresas."), "es", "lang_detect: es");
	CHECK_STR(DETECT("这座城市吸引了一千多家人工智能企业。"), "zh", "lang_detect: zh");
	CHECK_STR(DETECT("东京タワーはとても高いです。"), "und", "lang_detect: Japanese is und");
	CHECK_STR(DETECT("Москва большой город."), "und", "lang_detect: Cyrillic is und");
	CHECK_STR(DETECT("Beijing AI 2024"), "und", "lang_detect: no stop word: und");
	CHECK_STR(DETECT(""), "und", "lang_detect: empty: und");
	CHECK_STR(DETECT("北京 and the city of Beijing, which is its capital"), "en",
	          "lang_detect: two Han characters in English text");
}

static void
prior(void)
{
	CHECK_STR(lang_detect_prior("Beijing AI 2024", 15, "pt"), "pt", "lang_detect_prior: unsure keeps the prior");
	CHECK_STR(lang_detect_prior("这座城市吸引了企业。", 30, "en"), "zh", "lang_detect_prior: Chinese wins");
	CHECK_STR(lang_detect_prior("The city and the port of the region are the largest.", 52, "pt"), "en",
	          "lang_detect_prior: clear English wins over pt");
	CHECK_STR(lang_detect_prior("Beijing and Shanghai", 20, "pt"), "pt",
	          "lang_detect_prior: one English word does not");
	CHECK_STR(lang_detect_prior("The city and the port of the region are the largest.", 52, "und"), "en",
	          "lang_detect_prior: und is no prior");
}

int
main(void)
{
	counts();
	detect();
	prior();
	return unit_failed;
}
