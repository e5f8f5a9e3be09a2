#!/bin/sh
# cf-normalize against the Recognizers-Text conformance cases (number,
# percent and currency models, English, Chinese, Portuguese) in
# ../shared/peer/recognizers-text, scored by ../shared/tools/score-rt.
#
# Thresholds (issue 3): 85% or more of all cases, no file below 75%.  One
# exception, zh-percent: 44 of its 152 cases read "六个百分点" (percentage
# points) as a percentage, which cf-normalize keeps apart as kind and unit
# "points" (DESIGN.md), so that file cannot pass 75%; it is held to the
# figure reached (70.4%) instead.  The overall floor also guards the
# figure reached so far (92.1%) against regressions.
. tests/lib.sh

need_shared "normalize conformance" || exit 0
RT=$CF_SHARED/peer/recognizers-text
SCORE=$CF_SHARED/tools/score-rt
if [ ! -x "$SCORE" ] || [ ! -d "$RT" ]; then
	skip "normalize conformance" "score-rt or the cases are absent"
	exit 0
fi
files=
for l in en zh pt; do
	for m in number percent currency; do
		files="$files $RT/$l-$m.ndjson"
	done
done
# shellcheck disable=SC2086
if ! python3 "$SCORE" --bin "$CF_BIN" --json $files >"$TMP/rt.json" 2>"$TMP/rt.err"; then
	fail "score-rt ran" "$(head -c 600 "$TMP/rt.err")"
	exit 1
fi
ok "score-rt ran"

all=$(jq -r '[.[] | .passed] as $p | [.[] | .cases] as $c | (($p | add) * 1000 / ($c | add) | floor) / 10' "$TMP/rt.json")
check "all cases: at least 85% pass (and no less than the 92% reached)" yes \
	"$(awk -v a="$all" 'BEGIN { print (a >= 92.0 ? "yes" : "no: " a "%") }')"

jq -r 'to_entries[] | "\(.key) \(.value.rate)"' "$TMP/rt.json" >"$TMP/rates"
check "nine files scored" 9 "$(wc -l <"$TMP/rates" | tr -d ' ')"
while read -r name rate; do
	floor=75
	[ "$name" = zh-percent ] && floor=70
	check "$name: at least $floor% pass" yes \
		"$(awk -v r="$rate" -v f="$floor" 'BEGIN { print (r >= f ? "yes" : "no: " r "%") }')"
done <"$TMP/rates"
