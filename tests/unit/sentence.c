/*
 * Unit tests of the sentence splitter (lib/sentence.c) and the language
 * detector (lib/lang.c) on sentences written for them.
 *
 * With "--golden FILE" it runs a sentence-boundary suite instead: FILE is
 * JSON lines {"lang","text","expected":[...]}; a case passes when the
 * splitter's segments, trimmed and with inner runs of white space made one
 * space, equal the expected list.  Prints each failure, the pass rate per
 * language and overall ("overall N/M"), and exits 0.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "sentence.h"
#include "unit.h"

/* Joins the segments of S with " | ". */
static char *
split(const char *s, const char *lang)
{
	static char out[4096];
	struct sent_span sp[64];
	size_t n = strlen(s), k, i, o = 0;

	k = sent_split(s, n, lang, sp, 64);
	out[0] = '\0';
	for (i = 0; i < k && i < 64; i++) {
		size_t m = sp[i].end - sp[i].start;

		if (o + m + 4 >= sizeof out)
			break;
		if (i)
			memcpy(out + o, " | ", 3), o += 3;
		memcpy(out + o, s + sp[i].start, m);
		o += m;
	}
	out[o] = '\0';
	return out;
}

static void
test_split(void)
{
	CHECK_STR(split("The scale reached 224.6 billion yuan. It grew by 1,149 firms.", "en"),
	          "The scale reached 224.6 billion yuan. | It grew by 1,149 firms.", "decimal and thousands points");
	CHECK_STR(split("A capacidade chega a 15.000P e o índice a 0,7449. O resto segue.", "pt"),
	          "A capacidade chega a 15.000P e o índice a 0,7449. | O resto segue.", "pt thousands dot and decimal comma");
	CHECK_STR(split("Copyright Example Trading Co., Ltd. All rights kept.", "en"),
	          "Copyright Example Trading Co., Ltd. All rights kept.", "Co., Ltd. inside a sentence");
	CHECK_STR(split("The office is at No. 12 Harbour Road. Visit us.", "en"),
	          "The office is at No. 12 Harbour Road. | Visit us.", "No. before a number");
	CHECK_STR(split("Dr. Lima met Sr. Costa in the lab. They agreed.", "pt"),
	          "Dr. Lima met Sr. Costa in the lab. | They agreed.", "Dr. and Sr. are titles");
	CHECK_STR(split("The report by J. R. Carter was late... but useful. Next year it returns.", "en"),
	          "The report by J. R. Carter was late... but useful. | Next year it returns.", "initials and an inner ellipsis");
	CHECK_STR(split("浦东汇聚了130多家企业。占全市的三分之一！真的吗？是的；继续。", "zh"),
	          "浦东汇聚了130多家企业。 | 占全市的三分之一！ | 真的吗？ | 是的； | 继续。", "zh terminators");
	CHECK_STR(split("他说：“数据很重要。”随后离开。", "zh"),
	          "他说：“数据很重要。” | 随后离开。", "zh closing quote stays with its sentence");
	CHECK_STR(split("我们去看《你好！世界》吧。", "zh"), "我们去看《你好！世界》吧。", "no end inside a book title");
	CHECK_STR(split("Growth was 5% in the U.S. Government data showed more.", "en"),
	          "Growth was 5% in the U.S. Government data showed more.", "U.S. before a name");
	CHECK_STR(split("He moved to the U.S. He stayed.", "en"), "He moved to the U.S. | He stayed.",
	          "U.S. before a sentence starter");
	CHECK_STR(split("a wrapped line of text\ncontinues here. Done.", "en"),
	          "a wrapped line of text\ncontinues here. | Done.", "a wrapped line is joined");
	CHECK_STR(split("Title line\nBody starts here.", "en"), "Title line | Body starts here.",
	          "a line break before a capital ends");
	CHECK_STR(split("The port authority of the river city said on Monday that\nShanghai Electric builds 12 cranes.", "en"),
	          "The port authority of the river city said on Monday that\nShanghai Electric builds 12 cranes.",
	          "a long line that stops mid-sentence goes on");
	CHECK_STR(split("1) one thing 2) another thing", "en"), "1) one thing | 2) another thing", "inline list");
	CHECK_STR(split("", "en"), "", "empty text");
	CHECK_STR(split("  \xC2\xA0 ", "en"), "", "only spaces");
	CHECK_STR(split("Bad \xFF byte. Next one.", "en"), "Bad \xFF byte. | Next one.", "ill-formed byte");
	CHECK(sent_terminal("It ends.\xE2\x80\x9D ", 12), "terminal with closing quote");
	CHECK(!sent_terminal("A heading", 9), "heading is not terminal");
}

static void
test_lang(void)
{
	CHECK_STR(lang_detect("The city has attracted more than a thousand companies that work on AI.", 71), "en", "en");
	CHECK_STR(lang_detect("A cidade atraiu mais de mil empresas que trabalham com inteligência artificial.", 81),
	          "pt", "pt");
	CHECK_STR(lang_detect("La ciudad ha atraído a más de mil empresas que trabajan en inteligencia artificial.", 84),
	          "es", "es");
	CHECK_STR(lang_detect("La città ha attirato più di mille aziende che lavorano nell'intelligenza artificiale.", 85),
	          "it", "it");
	CHECK_STR(lang_detect("La ville a attiré plus de mille entreprises qui travaillent dans l'intelligence artificielle.", 94),
	          "fr", "fr");
	CHECK_STR(lang_detect("Die Stadt hat mehr als tausend Unternehmen angezogen, die an der künstlichen Intelligenz arbeiten.", 100),
	          "de", "de");
	CHECK_STR(lang_detect("这座城市吸引了一千多家人工智能企业。", 54), "zh", "zh");
	CHECK_STR(lang_detect("12345 !!!", 9), "und", "digits only: und");
	CHECK_STR(lang_detect("", 0), "und", "empty: und");
}

/*
 * cf-extract counts the language of a document as the sum of its
 * sentences' counts: they must equal the counts of the whole text.
 */
static int
counts_add_up(const char *s, const char *lang)
{
	struct sent_span sp[64];
	struct lang_counts whole, sum, one;
	size_t n = strlen(s), k, i;

	k = sent_split(s, n, lang, sp, 64);
	if (k > 64)
		return 0;
	memset(&sum, 0, sizeof sum);
	for (i = 0; i < k; i++) {
		lang_count(s + sp[i].start, sp[i].end - sp[i].start, &one);
		lang_add(&sum, &one);
	}
	lang_count(s, n, &whole);
	return memcmp(&whole, &sum, sizeof whole) == 0 && strcmp(lang_decide(&sum), lang_detect(s, n)) == 0;
}

static void
test_counts(void)
{
	CHECK(counts_add_up("The city said so. \"It works.\" Then l'idea.Today it is 3.5 percent! Dr. Smith\nagreed, "
	                    "and more of them joined them in the new year.\n\nNão é o Sr. Costa. Dell'arte 1) a 2) b",
	                    "en"), "counts of the sentences add up: en");
	CHECK(counts_add_up("A cidade é grande. O Sr. Silva disse que não.  Às vezes, d'Ávila.\n• um • dois", "pt"),
	      "counts of the sentences add up: pt");
	CHECK(counts_add_up("上海发布了《人工智能。计划》。记者：王小明！这是真的吗？是的…… カタカナ。한국어 문장.", "zh"),
	      "counts of the sentences add up: zh");
	CHECK(counts_add_up("Bad \xFF by\xE4\xB8" "te. N\xC3" "ext one.\xE2\x80", "en"), "counts add up with ill-formed bytes");
	CHECK_STR(lang_decide_prior(&(struct lang_counts){ 0 }, "pt"), "pt", "no letters: the prior");
}

/* Trims S and makes each inner run of white space one space. */
static char *
squeeze(const char *s, size_t n)
{
	char *o = malloc(n + 1);
	size_t i, k = 0;
	int sp = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
			sp = 1;
			continue;
		}
		if (sp && k)
			o[k++] = ' ';
		sp = 0;
		o[k++] = s[i];
	}
	o[k] = '\0';
	return o;
}

static int
golden(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	const char *langs[8];
	int pass[8] = { 0 }, total[8] = { 0 }, nl = 0, i, allp = 0, allt = 0;

	if (!f) {
		perror(path);
		return 2;
	}
	while (getline(&line, &cap, f) > 0) {
		json_error_t err;
		json_t *c = json_loads(line, 0, &err), *exp;
		const char *text, *lang, *id;
		struct sent_span sp[256];
		size_t k, j, n;
		int ok, li;

		if (!c)
			continue;
		text = json_string_value(json_object_get(c, "text"));
		lang = json_string_value(json_object_get(c, "lang"));
		id = json_string_value(json_object_get(c, "id"));
		exp = json_object_get(c, "expected");
		if (!text || !lang || !json_is_array(exp)) {
			json_decref(c);
			continue;
		}
		for (li = 0; li < nl && strcmp(langs[li], lang) != 0; li++)
			;
		if (li == nl && nl < 8)
			langs[nl++] = strdup(lang);
		n = strlen(text);
		k = sent_split(text, n, lang, sp, 256);
		ok = k == json_array_size(exp);
		for (j = 0; ok && j < k; j++) {
			char *a = squeeze(text + sp[j].start, sp[j].end - sp[j].start);
			const char *e = json_string_value(json_array_get(exp, j));
			char *b = squeeze(e ? e : "", e ? strlen(e) : 0);

			ok = strcmp(a, b) == 0;
			free(a);
			free(b);
		}
		total[li]++;
		pass[li] += ok;
		if (!ok) {
			printf("# fail %s:", id ? id : "?");
			for (j = 0; j < k && j < 256; j++)
				printf(" [%.*s]", (int)(sp[j].end - sp[j].start), text + sp[j].start);
			printf("\n");
		}
		json_decref(c);
	}
	free(line);
	fclose(f);
	for (i = 0; i < nl; i++) {
		printf("%s %d/%d\n", langs[i], pass[i], total[i]);
		allp += pass[i];
		allt += total[i];
		free((char *)langs[i]);
	}
	printf("overall %d/%d\n", allp, allt);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--golden") == 0)
		return golden(argv[2]);
	test_split();
	test_lang();
	test_counts();
	return unit_failed;
}
