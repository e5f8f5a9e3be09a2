/*
 * A dictionary of surface forms -> canonical ids, and the matcher that
 * finds them in text (cf-translate-map's engine).
 *
 * Entries and text go through the same fold: Unicode compatibility
 * decomposition (NFKD) and case folding via utf8proc, Traditional Chinese
 * characters to Simplified (hans.h), every run of white space, hyphens
 * and dashes to one space, typographic apostrophes to "'".  The folded
 * entries form a byte trie; dict_match() walks it from each position of
 * the folded text where a surface can begin (the first byte of a
 * character, not inside a word, whose first three code points pass a
 * prefilter built from the trie), so the cost per byte depends on the
 * length of the longest entry, not on how many entries there are.
 *
 * Matching is leftmost-longest.  A match that begins (ends) with a letter
 * or digit of an alphabetic script must not touch another such letter or
 * digit before (after) it: "Shanghai" matches in "Shanghai's", "Xian"
 * does not match in "Xiangtan".  Chinese, Japanese and Korean characters
 * need no boundary.
 *
 * An entry belongs to a class (the prefix of its id: city, area, org,
 * metric, cue, ...).  One folded surface holds at most one id per class;
 * adding another replaces it (dict_add() says so).  The id "-" makes a stop
 * entry: its surface matches, and so hides shorter matches inside it, but
 * yields no term ("中山路" keeps "中山" from being a city there).
 *
 * A name (class city, area or org) of Latin script that the map writes
 * Capitalised must begin with a capital in the text ("Apple" is not "apple
 * juice"); one written in CAPITALS must be in capitals ("MIT" is not the
 * German "mit").  Otherwise case does not matter.
 *
 * Names (classes city, region, area and org) and Chinese entries match in text of
 * every language; other entries match only in segs of their own language
 * ("zh-Hant" counts as "zh"), or in any with lang "*" or empty.
 */
#ifndef CF_DICT_H
#define CF_DICT_H

#include <stddef.h>

typedef struct dict dict;

/* One match: bytes START to END of the text, with its id and class. */
struct dict_term {
	size_t start, end;
	const char *id;      /* "city:Shanghai" (borrowed from the dict) */
	const char *cls;     /* "city" (borrowed) */
};

/* An entry as loaded, for listings (all borrowed). */
struct dict_entry_info {
	const char *surface, *lang, *id, *cls, *file;
	long long line;
};

dict *dict_new(void);
void dict_free(dict *d);

/* Results of dict_add(). */
enum { DICT_ADDED, DICT_SAME, DICT_REPLACED, DICT_EMPTY };

/*
 * Adds SURFACE -> ID for language LANG.  CLS may be NULL or "": the class
 * is then the prefix of ID before ':'.  FILE and LINE say where the entry
 * came from (copied).  Returns DICT_ADDED, DICT_SAME (the surface already
 * had this id), DICT_REPLACED (it had another id of the same class, which
 * the new one replaces; dict_conflict() tells which) or DICT_EMPTY (the
 * surface folds to nothing: not added).  A Latin surface with accents is
 * also indexed without them ("Sao Paulo" finds "São Paulo"), except for
 * class cue.
 */
int dict_add(dict *d, const char *surface, const char *lang, const char *id,
             const char *cls, const char *file, long long line);

/* After DICT_REPLACED: the replaced entry's id, file and line (borrowed). */
void dict_conflict(const dict *d, const char **id, const char **file, long long *line);

/*
 * Loads a CSV map (gzip'd or not): a header row naming at least the
 * columns surface, lang and id (class, and any other column, optional),
 * then one entry per row.  A bad row is reported as FILE:LINE with
 * die_at() and skipped.  When CHECK is set, an entry that replaces
 * another id of its class is reported too (the map-integrity check);
 * otherwise it replaces it quietly, which is how -m overrides work.
 * Returns the number of entries added, or -1 when the file could not be
 * read (reported).
 */
long long dict_load_csv(dict *d, const char *path, int check);

/*
 * Loads every *.csv and *.csv.gz of directory DIR, in byte order of names.
 * Returns the number of files loaded, or -1 when DIR cannot be read (not
 * reported: the caller decides).
 */
int dict_load_dir(dict *d, const char *dir, int check);

/*
 * Finds the terms of TEXT (N bytes, UTF-8; bad bytes never match) for a
 * seg in language LANG (NULL or "" matches every entry).  Sets *OUT to an
 * array of terms in order of start (owned by D, valid until the next call)
 * and returns how many.  A span with ids in several classes gives one term
 * per class.  The first call freezes D: no dict_add() after it.
 */
size_t dict_match(dict *d, const char *text, size_t n, const char *lang,
                  const struct dict_term **out);

/* Number of live entries (surface, class) of class CLS, or of all if NULL. */
long long dict_count(const dict *d, const char *cls);

/* Calls FN for every live entry, in the order they were added. */
void dict_each(const dict *d, void (*fn)(const struct dict_entry_info *e, void *ctx), void *ctx);

/*
 * Folds S (N bytes) as the matcher does into a new NUL-terminated string
 * (for tests and tools).
 */
char *dict_fold(const char *s, size_t n);

#endif
