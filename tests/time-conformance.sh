#!/bin/sh
# cf-normalize's times against the Recognizers-Text DateTime cases in
# ../shared/peer/recognizers-text, scored by ../shared/tools/score-rt-time
# (dates, months, years and ranges of them; see its header for the
# selection).
#
# Floors (issue 13): English and Chinese at least the rates of the
# Recognizers-Text JavaScript packages on the same cases (64.3%, 75.0%),
# Portuguese, where those packages have no model, at least 60%.
. tests/lib.sh

need_shared "time conformance" || exit 0
RT=$CF_SHARED/peer/recognizers-text
SCORE=$CF_SHARED/tools/score-rt-time
if [ ! -x "$SCORE" ] || [ ! -f "$RT/en-datetime.ndjson" ]; then
	skip "time conformance" "score-rt-time or the cases are absent"
	exit 0
fi
if ! python3 "$SCORE" --bin "$CF_BIN" --json "$RT/en-datetime.ndjson" "$RT/zh-datetime.ndjson" \
	"$RT/pt-datetime.ndjson" >"$TMP/rt.json" 2>"$TMP/rt.err"; then
	fail "score-rt-time ran" "$(head -c 600 "$TMP/rt.err")"
	exit 1
fi
ok "score-rt-time ran"

jq -r 'to_entries[] | "\(.key) \(.value.rate)"' "$TMP/rt.json" >"$TMP/rates"
check "three files scored" 3 "$(wc -l <"$TMP/rates" | tr -d ' ')"
for f in en-datetime:64.3 zh-datetime:75.0 pt-datetime:60; do
	name=${f%:*} floor=${f#*:}
	rate=$(awk -v n="$name" '$1 == n { print $2 }' "$TMP/rates")
	check "$name: at least $floor% pass" yes \
		"$(awk -v r="$rate" -v f="$floor" 'BEGIN { print (r != "" && r >= f ? "yes" : "no: " r "%") }')"
done
