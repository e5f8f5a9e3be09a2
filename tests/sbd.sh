#!/bin/sh
# Sentence boundaries: the public "Golden Rules" cases of
# ../shared/peer/sbd-golden-rules (English, Chinese, Portuguese) through
# lib/sentence.c, via the unit program tests/unit/sentence.c.  A case
# passes when the segments, trimmed and with inner white space runs made
# one space, equal the expected list.  Prints the pass rate per language
# and overall; asserts 90% or more overall and every zh and pt case.
. tests/lib.sh

: "${CF_UNITDIR:=build/unit}"
S=$CF_UNITDIR/sentence
G=$CF_SHARED/peer/sbd-golden-rules/golden.jsonl
need_shared "sbd golden rules" || exit 0
if [ ! -f "$G" ]; then skip "sbd golden rules" "no $G"; exit 0; fi
if [ ! -x "$S" ]; then fail "sbd golden rules" "no unit program $S (make units)"; exit 0; fi

"$S" --golden "$G" >"$TMP/res"
check "sbd: the suite ran" 0 $?
grep '^# fail' "$TMP/res"
for l in en zh pt overall; do
	r=$(sed -n "s|^$l \([0-9]*\)/\([0-9]*\)$|\1 \2|p" "$TMP/res")
	set -- $r
	[ -n "$2" ] && echo "# sbd $l: $1/$2 ($(awk "BEGIN{printf \"%.1f\", 100*$1/$2}")%)"
done
set -- $(sed -n 's|^overall \([0-9]*\)/\([0-9]*\)$|\1 \2|p' "$TMP/res")
check "sbd: 57 cases read" 57 "${2:-0}"
if [ -n "$1" ] && [ $((10 * $1)) -ge $((9 * $2)) ]; then ok "sbd: overall pass rate >= 90% ($1/$2)"; else
	fail "sbd: overall pass rate >= 90%" "got ${1:-?}/${2:-?}"
fi
check "sbd: every zh case" "zh 2/2" "$(grep '^zh ' "$TMP/res")"
check "sbd: every pt case" "pt 3/3" "$(grep '^pt ' "$TMP/res")"
