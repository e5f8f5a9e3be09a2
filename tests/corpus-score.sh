#!/bin/sh
# The whole pipeline on the real articles of ../shared/corpus/dev (pages as
# found, with their chrome), scored by ../shared/tools/score-facts against
# their gold table with --docs, so that a fact from an article whose gold
# has none counts as false.  The gold is read by the scorer only, never by
# a tool.  Needs ../shared: skipped without it.
. tests/lib.sh

# Floors (issue 16).
MIN_F1=0.85
MIN_LANG_F1=0.75
MIN_PERIOD=0.85
MIN_KIND=0.90

need_shared "facts score on the dev corpus" || exit 0
D=$CF_SHARED/corpus/dev
if [ ! -d "$D/docs" ] || [ ! -f "$D/facts.csv" ]; then
	skip "facts score on the dev corpus" "../shared/corpus/dev is absent"
	exit 0
fi
S=$CF_SHARED/tools/score-facts

"$CF_BIN/cf-extract" "$D/docs" 2>"$TMP/err" | "$CF_BIN/cf-normalize" 2>>"$TMP/err" |
	"$CF_BIN/cf-translate-map" 2>>"$TMP/err" | "$CF_BIN/cf-facts" >"$TMP/facts" 2>>"$TMP/err"
if ! python3 "$S" "$D/facts.csv" "$TMP/facts" --docs "$D/docs" --json >"$TMP/score" 2>"$TMP/serr"; then
	fail "score-facts ran on the dev corpus" "$(cat "$TMP/serr")"
	exit 0
fi

show() { python3 "$S" "$D/facts.csv" "$TMP/facts" --docs "$D/docs" --show; }

at_least "dev corpus: facts F1 over all" $MIN_F1 "$(jqr '.f1' "$TMP/score")" show
for l in en pt zh; do
	at_least "dev corpus: facts F1 ($l)" $MIN_LANG_F1 "$(jqr --arg l $l '.by_lang[$l].f1 // 0' "$TMP/score")" show
done
at_least "dev corpus: period agrees on matched facts" $MIN_PERIOD "$(jqr '.attributes.period' "$TMP/score")" show
at_least "dev corpus: kind agrees on matched facts" $MIN_KIND "$(jqr '.attributes.kind' "$TMP/score")" show
