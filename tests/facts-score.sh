#!/bin/sh
# The whole pipeline on samples/, scored by ../shared/tools/score-facts
# against ../shared/gold/seed-facts.csv (read by the scorer only, never by a
# tool): F1 over all facts and per language, and the share of matched facts
# whose area, unit, qualifier, period and kind agree.
. tests/lib.sh

# Thresholds (issue 4).
MIN_F1=0.90
MIN_LANG_F1=0.80
MIN_ATTR=0.85

need_shared "facts score on samples" || exit 0
for t in extract normalize translate-map facts; do
	if [ ! -x "$CF_BIN/cf-$t" ]; then
		skip "facts score on samples" "cf-$t is not built"
		exit 0
	fi
done
S=$CF_SHARED/tools/score-facts
G=$CF_SHARED/gold/seed-facts.csv

"$CF_BIN/cf-extract" samples/ 2>/dev/null | "$CF_BIN/cf-normalize" 2>/dev/null |
	"$CF_BIN/cf-translate-map" 2>/dev/null | "$CF_BIN/cf-facts" >"$TMP/facts" 2>"$TMP/err"
check "cf-facts on samples: no message" "" "$(cat "$TMP/err")"
check "cf-facts on samples: facts written" "yes" \
	"$([ "$(grep -c '"type":"fact"' "$TMP/facts")" -ge 20 ] && echo yes || echo no)"
if ! python3 "$S" "$G" "$TMP/facts" --json >"$TMP/score" 2>"$TMP/serr"; then
	fail "score-facts ran" "$(cat "$TMP/serr")"
	exit 0
fi

show() { python3 "$S" "$G" "$TMP/facts" --show; }

at_least "facts F1 over all" $MIN_F1 "$(jqr '.f1' "$TMP/score")" show
for l in en pt zh; do
	at_least "facts F1 ($l)" $MIN_LANG_F1 "$(jqr --arg l $l '.by_lang[$l].f1 // 0' "$TMP/score")" show
done
for a in area unit qualifier period kind; do
	at_least "facts $a agrees on matched facts" $MIN_ATTR "$(jqr --arg a $a '.attributes[$a]' "$TMP/score")" show
done
