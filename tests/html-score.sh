#!/bin/sh
# cf-extract's main text on two public benchmarks, scored by
# ../shared/tools/score-text (4-token shingles, mean per-page precision and
# recall): the article-extraction-benchmark (181 pages, mostly English) and
# the Chinese pages of the DAnIEL corpus (401 pages).  Both must reach F1
# 0.90; Readability.js scores 0.892 and 0.922 with the same tool.  No page
# may crash the extractor.
. tests/lib.sh

score() { # BENCH MIN-F1
	"$CF_SHARED/tools/score-text" --bin "$CF_BIN" --json "$1" "$CF_SHARED/peer" >"$TMP/$1.json" 2>"$TMP/$1.err"
	f1=$(jqr '.f1' "$TMP/$1.json")
	echo "# $1: $(jqr '"pages \(.pages) P=\(.precision*1000|round/1000) R=\(.recall*1000|round/1000) F1=\(.f1*1000|round/1000)"' "$TMP/$1.json")"
	if [ -n "$f1" ] && awk -v f="$f1" -v m="$2" 'BEGIN { exit !(f >= m) }'; then
		ok "score-text $1: F1 $f1 >= $2"
	else
		fail "score-text $1: F1 below $2" "got: ${f1:-nothing}" "$(head -c 400 "$TMP/$1.err")"
	fi
	check "score-text $1: no crash" 0 "$(jqr '.crashed' "$TMP/$1.json")"
}

if need_shared "html main-text scores"; then
	if [ -x "$CF_SHARED/tools/score-text" ] && [ -d "$CF_SHARED/peer/article-extraction-benchmark" ]; then
		score aeb 0.90
	else
		skip "score-text aeb" "no score-text or benchmark in ../shared"
	fi
	if [ -x "$CF_SHARED/tools/score-text" ] && [ -d "$CF_SHARED/peer/waddle-daniel-zh" ]; then
		score daniel 0.90
	else
		skip "score-text daniel" "no score-text or benchmark in ../shared"
	fi
fi
