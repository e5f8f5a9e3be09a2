/*
 * Unit tests of the text reader (lib/text.c): metadata, title,
 * boilerplate and block spans, on articles written for them.
 *
 * With "--offsets FILE" it checks cf-extract output instead: for every
 * seg record of FILE (NDJSON), the bytes START..END of its doc (read as
 * cf-extract reads it: gunzipped) must equal its text once invalid UTF-8
 * is repaired.  Prints "SEGS BAD" and exits 0.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "die.h"
#include "input.h"
#include "text.h"
#include "unit.h"
#include "utf8.h"

static void
test_read(void)
{
	static const char art[] =
		"Home | News\n"
		"\n"
		"Port cranes go electric\n"
		"\n"
		"Source: Example Wire\n"
		"Date: 2022-11-30\n"
		"\n"
		"The port replaced 14 diesel cranes. Each saves 30 tons of fuel a year.\n"
		"\n"
		"Costs\n"
		"\n"
		"The work cost 3.5 million dollars.\n"
		"\n"
		"Contact: press@example.org\n";
	struct article a;

	memset(&a, 0, sizeof a);
	text_read(art, sizeof art - 1, 0, &a);
	CHECK_STR(a.title, "Port cranes go electric", "read: title under a navigation line");
	CHECK_STR(a.date, "2022-11-30", "read: date line");
	CHECK_STR(a.source, "Example Wire", "read: source line");
	CHECK(a.author == NULL, "read: no author stated, none given");
	CHECK_INT(a.nblocks, 4, "read: title, two paragraphs and a heading");
	if (a.nblocks == 4) {
		CHECK(a.blocks[0].heading && memcmp(art + a.blocks[0].start, "Port cranes", 11) == 0, "read: the title block");
		CHECK(!a.blocks[1].heading && a.blocks[1].end - a.blocks[1].start == 70, "read: a paragraph's exact span");
		CHECK(a.blocks[2].heading && a.blocks[2].end - a.blocks[2].start == 5, "read: a heading");
	}
	art_free(&a);

	memset(&a, 0, sizeof a);
	{
		static const char pt[] =
			"Title of a short page\n\npostado em 04/05/2022 05:49\t\t/ atualizado em 04/05/2022 05:50\n\n"
			"O texto segue aqui.\n";

		text_read(pt, sizeof pt - 1, 0, &a);
	}
	CHECK_STR(a.date, "2022-05-04", "read: 'postado em' line");
	CHECK_INT(a.nblocks, 2, "read: the date line is no block");
	art_free(&a);

	memset(&a, 0, sizeof a);
	text_read("", 0, 0, &a);
	CHECK(a.nblocks == 0 && !a.title && !a.date, "read: empty article");
	art_free(&a);

	memset(&a, 0, sizeof a);
	text_read("---\ntitle: x\n", 13, 0, &a);
	CHECK(a.title == NULL, "read: unclosed front matter is text");
	art_free(&a);
}

static int
offsets(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *doc = NULL, *data = NULL;
	size_t cap = 0, len = 0, bom;
	long long n = 0, bad = 0;

	if (!f) {
		perror(path);
		return 2;
	}
	while (getline(&line, &cap, f) > 0) {
		json_t *r = json_loads(line, 0, NULL);
		const char *type = json_string_value(json_object_get(r, "type"));
		const char *d = json_string_value(json_object_get(r, "doc"));
		const char *text = json_string_value(json_object_get(r, "text"));
		json_int_t s = json_integer_value(json_object_get(r, "start"));
		json_int_t e = json_integer_value(json_object_get(r, "end"));

		if (!r || !type || strcmp(type, "seg") != 0 || !d || !text) {
			json_decref(r);
			continue;
		}
		if (!doc || strcmp(doc, d) != 0) {
			free(doc);
			free(data);
			doc = strdup(d);
			data = in_slurp(d, &len, &bom);
		}
		n++;
		if (!data || s < 0 || e < s || (size_t)e > len)
			bad++;
		else {
			size_t ol;
			char *t = utf8_repair(data + s, (size_t)(e - s), &ol, NULL);

			if (strcmp(t, text) != 0) {
				bad++;
				fprintf(stderr, "offsets differ: %s %lld..%lld\n", d, (long long)s, (long long)e);
			}
			free(t);
		}
		json_decref(r);
	}
	printf("%lld %lld\n", n, bad);
	free(line);
	free(doc);
	free(data);
	fclose(f);
	return 0;
}

int
main(int argc, char **argv)
{
	die_init(argv[0]);
	if (argc == 3 && strcmp(argv[1], "--offsets") == 0)
		return offsets(argv[2]);
	test_read();
	return unit_failed;
}
