/*
 * Unit tests of lib/dict (the matcher of cf-translate-map) and lib/hans:
 * folding, leftmost-longest matching, word boundaries, Traditional
 * characters, accents, replacement and stop entries, languages, offsets
 * with characters that fold to several or to none, where surfaces can
 * start.
 */
#include <stdlib.h>
#include <unistd.h>

#include "dict.h"
#include "die.h"
#include "hans.h"
#include "unit.h"

/* "start-end id" of every term, joined by spaces, in a static buffer. */
static const char *
terms(dict *d, const char *text, const char *lang)
{
	static char buf[2048];
	const struct dict_term *t;
	size_t n, k, len = 0;

	n = dict_match(d, text, strlen(text), lang, &t);
	buf[0] = '\0';
	for (k = 0; k < n && len < sizeof buf - 100; k++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%zu-%zu %s", k ? " " : "",
		                        t[k].start, t[k].end, t[k].id);
	return buf;
}

static void
test_fold(void)
{
	char *f;

	f = dict_fold("Xi\xE2\x80\x99" "AN  Hi-Tech\xC2\xA0Park", strlen("Xi\xE2\x80\x99" "AN  Hi-Tech\xC2\xA0Park"));
	CHECK_STR(f, "xi'an hi tech park", "fold: case, apostrophe, dash, spaces");
	free(f);
	f = dict_fold("臺灣廣東", strlen("臺灣廣東"));
	CHECK_STR(f, "台湾广东", "fold: Traditional to Simplified");
	free(f);
	f = dict_fold("\xEF\xBC\xA1\xEF\xBC\xA9", 6);
	CHECK_STR(f, "ai", "fold: full-width letters");
	free(f);
	CHECK_INT(hans_char(0x81FA), 0x53F0, "hans: 臺 -> 台");
	CHECK_INT(hans_char(0x4E0A), 0x4E0A, "hans: 上 unchanged");
	CHECK_INT(hans_char('A'), 'A', "hans: ASCII unchanged");
}

static void
test_match(void)
{
	dict *d = dict_new();
	const char *id, *file;
	long long line;

	CHECK_INT(dict_add(d, "Xi'an", "en", "city:Xi'an", NULL, "t", 1), DICT_ADDED, "add Xi'an");
	CHECK_INT(dict_add(d, "Xian", "en", "city:Xi'an", NULL, "t", 2), DICT_ADDED, "add Xian");
	CHECK_INT(dict_add(d, "Shanghai", "en", "city:Shanghai", NULL, "t", 3), DICT_ADDED, "add Shanghai");
	CHECK_INT(dict_add(d, "SHANGHAI", "en", "city:Shanghai", NULL, "t", 4), DICT_SAME, "same surface, same id");
	CHECK_INT(dict_add(d, "上海", "zh", "city:Shanghai", NULL, "t", 5), DICT_ADDED, "add 上海");
	CHECK_INT(dict_add(d, "台北", "zh", "city:Taipei", NULL, "t", 6), DICT_ADDED, "add 台北");
	CHECK_INT(dict_add(d, "core enterprises", "en", "metric:ai_enterprises", NULL, "t", 7), DICT_ADDED, "add core");
	CHECK_INT(dict_add(d, "AI core enterprises", "en", "metric:ai_enterprises", NULL, "t", 8), DICT_ADDED, "add AI core");
	CHECK_INT(dict_add(d, "AI-related enterprises", "en", "metric:ai_related_enterprises", NULL, "t", 9),
	          DICT_ADDED, "add AI-related");
	CHECK_INT(dict_add(d, "São Paulo", "pt", "city:São Paulo", NULL, "t", 10), DICT_ADDED, "add São Paulo");
	CHECK_INT(dict_add(d, "até", "pt", "cue:target", NULL, "t", 11), DICT_ADDED, "add até");
	CHECK_INT(dict_add(d, "meta", "pt", "cue:target", NULL, "t", 12), DICT_ADDED, "add meta (pt)");
	CHECK_INT(dict_add(d, "Lingang", "en", "area:Shanghai/Lingang", NULL, "t", 13), DICT_ADDED, "add Lingang");
	CHECK_INT(dict_add(d, "Lingang", "en", "area:Shanghai/Lin-gang", NULL, "u", 20), DICT_REPLACED,
	          "another id of the same class replaces");
	dict_conflict(d, &id, &file, &line);
	CHECK(strcmp(id, "area:Shanghai/Lingang") == 0 && strcmp(file, "t") == 0 && line == 13,
	      "dict_conflict names the replaced entry");
	CHECK_INT(dict_add(d, "Lingang", "en", "org:Lingang Group", NULL, "t", 14), DICT_ADDED,
	          "another class on the same surface");
	CHECK_INT(dict_add(d, "中山", "zh", "city:Zhongshan", NULL, "t", 15), DICT_ADDED, "add 中山");
	CHECK_INT(dict_add(d, "中山路", "zh", "-", NULL, "t", 16), DICT_ADDED, "add stop 中山路");
	CHECK_INT(dict_add(d, "  ", "en", "city:Nowhere", NULL, "t", 17), DICT_EMPTY, "blank surface refused");
	CHECK_INT(dict_add(d, "力争", "zh", "cue:target", NULL, "t", 18), DICT_ADDED, "add 力争");
	CHECK_INT(dict_add(d, "Apple", "en", "org:Apple", NULL, "t", 19), DICT_ADDED, "add Apple");
	CHECK_INT(dict_add(d, "MIT", "en", "org:MIT", NULL, "t", 20), DICT_ADDED, "add MIT");
	CHECK_INT(dict_add(d, "iFlytek", "en", "org:iFlytek", NULL, "t", 21), DICT_ADDED, "add iFlytek");
	CHECK_INT(dict_add(d, "NVIDIA", "en", "org:Nvidia", NULL, "t", 22), DICT_ADDED, "add NVIDIA");
	CHECK_INT(dict_add(d, "Nvidia", "en", "org:Nvidia", NULL, "t", 23), DICT_SAME, "Nvidia relaxes NVIDIA");
	CHECK_INT(dict_count(d, "city"), 7, "count of city entries");
	CHECK_INT(dict_count(d, "area"), 1, "count of area entries (one replaced)");

	CHECK_STR(terms(d, "Shanghai's firms left for Xiangtan, not Xian.", "en"),
	          "0-8 city:Shanghai 40-44 city:Xi'an", "word boundaries: Shanghai's yes, Xiangtan no");
	CHECK_STR(terms(d, "XI\xE2\x80\x99" "AN and Xi'an", "en"), "0-7 city:Xi'an 12-17 city:Xi'an",
	          "case and apostrophes folded, offsets in the original bytes");
	CHECK_STR(terms(d, "1,000 AI core enterprises and 200 core enterprises", "en"),
	          "6-25 metric:ai_enterprises 34-50 metric:ai_enterprises", "leftmost-longest");
	CHECK_STR(terms(d, "3,000 AI related  enterprises", "en"), "6-29 metric:ai_related_enterprises",
	          "a hyphen matches a space, spaces collapse");
	CHECK_STR(terms(d, "臺北與上海", "zh"), "0-6 city:Taipei 9-15 city:Shanghai",
	          "Traditional 臺北 finds 台北, 上海 inside CJK text");
	CHECK_STR(terms(d, "在上海市", "zh"), "3-9 city:Shanghai", "CJK needs no boundary");
	CHECK_STR(terms(d, "Sao Paulo e São Paulo", "pt"), "0-9 city:São Paulo 12-22 city:São Paulo",
	          "accents optional for names");
	CHECK_STR(terms(d, "até 2025 e ate 2025", "pt"), "0-4 cue:target", "cues keep their accents");
	CHECK_STR(terms(d, "Meta plans; a meta é", "en"), "", "a pt cue does not match in an en seg");
	CHECK_STR(terms(d, "a meta é", "pt"), "2-6 cue:target", "a pt cue matches in a pt seg");
	CHECK_STR(terms(d, "Lingang", "en"), "0-7 area:Shanghai/Lin-gang 0-7 org:Lingang Group",
	          "one term per class on one span");
	CHECK_STR(terms(d, "中山市和中山路", "zh"), "0-6 city:Zhongshan", "a stop entry hides what it covers");
	CHECK_STR(terms(d, "Shanghai\xFF" "Shanghai \xFFShang", "en"), "0-8 city:Shanghai 9-17 city:Shanghai",
	          "a bad byte separates words and never matches");
	CHECK_STR(terms(d, "", "en"), "", "empty text");
	CHECK_STR(terms(d, "SHANGHAI\xEF\xBC\x8C", "zh"), "0-8 city:Shanghai", "names match in any language");
	CHECK_STR(terms(d, "Shanghai 力争", "en"), "0-8 city:Shanghai 9-15 cue:target",
	          "Chinese words match in a seg of any language");
	CHECK_STR(terms(d, "Apple and APPLE, not apple juice", "en"), "0-5 org:Apple 10-15 org:Apple",
	          "a Capitalised name needs a capital");
	CHECK_STR(terms(d, "MIT, not mit or Mit", "en"), "0-3 org:MIT", "an acronym needs capitals");
	CHECK_STR(terms(d, "IFLYTEK and iflytek", "en"), "0-7 org:iFlytek 12-19 org:iFlytek",
	          "a name written in lower case: any case");
	CHECK_STR(terms(d, "Nvidia and NVIDIA, not nvidia", "en"), "0-6 org:Nvidia 11-17 org:Nvidia",
	          "two writings of one name: the laxer rule");
	CHECK_STR(terms(d, "shanghai's", "en"), "", "a city name in lower case does not match");
	dict_free(d);
}

/*
 * Surfaces of one, two and three code points and longer, one that begins
 * beyond the BMP, a node with more children than fit in a word, text that
 * ends inside a surface, a character that folds into three, a bad byte.
 */
static void
test_starts(void)
{
	dict *d = dict_new();
	char s[16], id[32];
	int k;

	CHECK_INT(dict_add(d, "将", "zh", "cue:target", NULL, "t", 1), DICT_ADDED, "add 将");
	CHECK_INT(dict_add(d, "达到", "zh", "cue:reach", NULL, "t", 2), DICT_ADDED, "add 达到");
	CHECK_INT(dict_add(d, "人工智能企业", "zh", "metric:ai_enterprises", NULL, "t", 3), DICT_ADDED,
	          "add 人工智能企业");
	CHECK_INT(dict_add(d, "\xF0\xA0\xAE\xB7野家", "zh", "org:Yoshinoya", NULL, "t", 4), DICT_ADDED,
	          "add a name that begins beyond the BMP");
	CHECK_INT(dict_add(d, "office", "en", "metric:office", NULL, "t", 5), DICT_ADDED, "add office");
	for (k = 0; k < 12; k++) {
		snprintf(s, sizeof s, "zq%c", "0123456789ab"[k]);
		snprintf(id, sizeof id, "cue:zq%d", k);
		dict_add(d, s, "en", id, NULL, "t", 6 + k);
	}
	CHECK_STR(terms(d, "将达到人工智能企业", "zh"), "0-3 cue:target 3-9 cue:reach 9-27 metric:ai_enterprises",
	          "surfaces of one, two and six characters");
	CHECK_STR(terms(d, "在\xF0\xA0\xAE\xB7野家", "zh"), "3-13 org:Yoshinoya", "a surface that begins beyond the BMP");
	CHECK_STR(terms(d, "人工智能企", "zh"), "", "text that ends inside a surface");
	CHECK_STR(terms(d, "O\xEF\xAC\x83" "ce", "en"), "0-6 metric:office", "a ligature folds into three letters");
	CHECK_STR(terms(d, "zq0 zq7 zqb zqc zq", "en"), "0-3 cue:zq0 4-7 cue:zq7 8-11 cue:zq11",
	          "a node with twelve children");
	CHECK_STR(terms(d, "\xFF将", "zh"), "1-4 cue:target", "a bad byte, then a surface");
	dict_free(d);
}

static void
test_csv(void)
{
	char dir[] = "/tmp/cf-unit-dict.XXXXXX", path[256];
	FILE *f;
	dict *d;
	long long bad0, n;

	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof path, "%s/m.csv", dir);
	f = fopen(path, "w");
	fputs("surface,lang,id,class,note\n"
	      "Gotham,en,city:Gotham,,a test\n"
	      "\"Metro, City\",en,Metro City,city,quoted comma\n"
	      "broken,en\n"
	      "Nowhere,en,Nowhere,,no class\n"
	      "Mismatch,en,org:X,city,\n",
	      f);
	fclose(f);
	d = dict_new();
	bad0 = die_nbad;
	n = dict_load_csv(d, path, 1);
	CHECK_INT(n, 2, "csv: good rows added");
	CHECK_INT(die_nbad - bad0, 3, "csv: three bad rows reported");
	CHECK_STR(terms(d, "Gotham and Metro, City", "en"), "0-6 city:Gotham 11-22 city:Metro City",
	          "csv: quoted field, class column with a bare name");
	dict_free(d);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	die_init("unit-dict");
	test_fold();
	test_match();
	test_starts();
	test_csv();
	return unit_failed;
}
