#!/bin/sh
# Runs the libFuzzer targets that `make fuzz` has built (the Makefile's FUZZ
# list, in $FUZZ_DIR/bin/), each for FUZZ_SECONDS.
#
#   FUZZ_SECONDS=N   seconds per target (default 30)
#   FUZZ_TARGETS="a b"  only these targets (default: every one built)
#   FUZZ_JOBS=N      targets run side by side (default 1)
#   FUZZ_DIR=DIR     where the targets are and the corpora grow (default
#                    build/fuzz, the Makefile's FUZZ_DIR)
#
# A target's corpus grows in $FUZZ_DIR/corpus/TARGET, seeded on its first
# run from what the tree holds, as the target's "fuzz-seeds:" line asks:
# articles (samples/), gzip (the samples gzip'd), ndjson and agg (the
# records of every stage on samples/, tests/golden/stages/), csv
# (lib/maps/), html (the golden HTML report), lines (each line of the
# samples), numbers, and a few built-in snippets of each kind;
# "fuzz-max-len:" is the longest input to try (64K).
# Crashes, leaks and hangs are saved in $FUZZ_DIR/artifacts/.
# Inputs in tests/fuzz/regress/TARGET-* (bugs fixed) must pass before a
# target is fuzzed, and seed its corpus; tests/fuzz/open/TARGET-* are bugs
# found in code owned elsewhere and not fixed yet (see tests/fuzz/open/README).
# Prints one line per target, "TARGET: N runs in S s, corpus C, ok" (or
# the failure), and exits 1 when any target is missing or found a bug.
cd "$(dirname "$0")/../.." || exit 2
: "${FUZZ_SECONDS:=30}" "${FUZZ_JOBS:=1}"
F=${FUZZ_DIR:-build/fuzz}
G=tests/golden/stages
mkdir -p "$F/corpus" "$F/artifacts" "$F/log" || exit 2

# seed KIND DIR: copies seed inputs of one kind into DIR.
seed() {
	case $1 in
	articles)
		for f in samples/*; do
			[ -f "$f" ] && cp "$f" "$2/"
		done ;;
	gzip)
		for f in samples/*; do
			[ -f "$f" ] && gzip -c "$f" >"$2/$(basename "$f").gz"
		done ;;
	ndjson)
		# Records of every stage on samples/, twenty lines to a seed.
		for st in e n f fx a; do
			[ -f "$G/$st.nd" ] && split -l 20 -a 3 "$G/$st.nd" "$2/$st-"
		done
		printf '{"type":"doc","doc":"a.txt","lang":"en","bytes":10}\n{"type":"seg","doc":"a.txt","seg":1,"lang":"en","start":0,"end":10,"text":"Hi \\u4e0a\\u6d77"}\n' >"$2/builtin-1"
		printf '{"type":"fact","city":"Shanghai","metric":"ai_enterprises","value":130,"unit":"count","qualifier":">","period":"2019","kind":"actual"}\n{bad\n[1]\n\n{"type":"x","n":1e400}\n' >"$2/builtin-2" ;;
	agg)
		for st in f a; do
			[ -f "$G/$st.nd" ] && cp "$G/$st.nd" "$2/golden-$st"
		done
		printf '{"type":"fact","city":"Recife","area":null,"metric":"ai_enterprises","value":42,"unit":"count","qualifier":"=","period":"2021","kind":"actual","doc":"a.txt"}\n{"type":"fact","city":"Recife","metric":"ai_enterprises","value":43,"unit":"count","qualifier":">","period":"2021","kind":"actual","doc":"b.txt"}\n' >"$2/builtin-agg" ;;
	lines)
		# Each non-blank line of the samples on its own, as a seg's text.
		for f in samples/*; do
			[ -f "$f" ] || continue
			grep -v '^[[:space:]]*$' "$f" | split -l 1 -a 4 - "$2/$(basename "$f" .txt)-"
		done ;;
	numbers)
		printf 'The fund reached 1e400 dollars, US$ 2.5 billion (RMB 17.8 billion) and more than 35%% by 2025.\n' >"$2/builtin-en"
		printf '2020年上海人工智能产业规模超过1234567890123456789012345678901234567890亿元，今年增长约三分之一，较去年提高5个百分点。\n' >"$2/builtin-zh"
		printf 'Em 2022, a cidade tinha cerca de R$ 3,5 bilhões e 15.000 empresas; até 2030, mais de 40%% este ano.\n' >"$2/builtin-pt" ;;
	csv)
		for f in lib/maps/*.csv; do
			[ -f "$f" ] && cp "$f" "$2/"
		done
		printf 'surface,lang,id,class\n"上海",zh,city:Shanghai,city\nSão Paulo,pt,city:Sao_Paulo,\nShanghai,*,city:Shanghai,city\n人工智能企业,zh,metric:ai_enterprises,metric\n中山路,zh,-,\n%%%%\nShanghai and 上海 and Sao Paulo have 20 AI firms; 人工智能企业 on 中山路.\n' >"$2/builtin-1" ;;
	html)
		[ -f "$G/report.html" ] && cp "$G/report.html" "$2/golden-report"
		printf '<html><head><title>T</title><meta name="date" content="2020-01-02"></head><body><p>Shanghai &amp; AI: 130 firms.</p><script>x</script></body></html>' >"$2/builtin-1" ;;
	esac
	return 0
}

targets=${FUZZ_TARGETS:-$(ls "$F/bin" 2>/dev/null)}
if [ -z "$targets" ]; then
	echo "make fuzz: no targets in $F/bin: run make fuzz" >&2
	exit 2
fi

# fuzz1 TARGET: seeds and runs one target; prints its summary line.
fuzz1() {
	t=$1
	src=tests/fuzz/$t.c
	bin=$F/bin/$t
	if [ ! -x "$bin" ]; then
		echo "$t: NOT BUILT ($bin is missing: run make fuzz)"
		return 1
	fi
	corpus=$F/corpus/$t
	mkdir -p "$corpus"
	if [ -z "$(ls -A "$corpus")" ]; then
		for k in $(sed -n 's/^.*fuzz-seeds: *//p' "$src" | head -1); do seed "$k" "$corpus"; done
		# Regression inputs of earlier findings are seeds too.
		for f in tests/fuzz/regress/"$t"-* tests/fuzz/open/"$t"-*; do [ -f "$f" ] && cp "$f" "$corpus/"; done
	fi
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict=-dict=tests/fuzz/$t.dict
	# Replay the regression inputs first: each must pass.
	for f in tests/fuzz/regress/"$t"-*; do
		[ -f "$f" ] || continue
		if ! "$bin" -timeout=10 -close_fd_mask=3 "$f" >"$F/log/$t.regress" 2>&1; then
			echo "$t: REGRESSION $(basename "$f") fails again (see $F/log/$t.regress)"
			return 1
		fi
	done
	# Open bugs (found, not yet fixed by the module's owner): while one
	# still fails, fuzzing the target would only find it again.
	for f in tests/fuzz/open/"$t"-*; do
		[ -f "$f" ] || continue
		if "$bin" -timeout=10 -close_fd_mask=3 "$f" >"$F/log/$t.open" 2>&1; then
			echo "$t: open bug $(basename "$f") passes now: move it to tests/fuzz/regress/"
		else
			echo "$t: OPEN BUG $f still fails, target not fuzzed: $(grep -m1 -E 'ERROR|ALARM|runtime error' "$F/log/$t.open")"
			return 1
		fi
	done
	maxlen=$(sed -n 's/^.*fuzz-max-len: *\([0-9]*\).*/\1/p' "$src" | head -1)
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	"$bin" $dict -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
		-max_len="${maxlen:-65536}" -close_fd_mask=3 -print_final_stats=1 \
		-artifact_prefix="$F/artifacts/$t-" "$corpus" >"$F/log/$t.log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$F/log/$t.log" | tail -1)
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$F/log/$t.log" | tail -1)
	size=$(ls "$corpus" | wc -l)
	if [ $rc -eq 0 ]; then
		echo "$t: ${runs:-?} runs in ${secs:-?} s, corpus $size, ok"
	else
		echo "$t: FOUND A BUG after ${runs:-?} runs (exit $rc): $(grep -m1 -E 'ERROR|SUMMARY|timeout|leak' "$F/log/$t.log")"
		ls "$F/artifacts/$t-"* 2>/dev/null | sed 's/^/    /'
		return 1
	fi
}

fail=0
: >"$F/summary"
if [ "$FUZZ_JOBS" -le 1 ]; then
	for t in $targets; do
		fuzz1 "$t" | tee -a "$F/summary"
	done
else
	# Side by side, FUZZ_JOBS at a time.
	set -- $targets
	while [ $# -gt 0 ]; do
		pids=
		i=0
		while [ $# -gt 0 ] && [ $i -lt "$FUZZ_JOBS" ]; do
			fuzz1 "$1" >"$F/log/$1.line" &
			pids="$pids $!"
			i=$((i + 1))
			shift
		done
		wait $pids
	done
	for t in $targets; do cat "$F/log/$t.line"; done | tee -a "$F/summary"
fi
grep -q -E 'NOT BUILT|FOUND A BUG|REGRESSION' "$F/summary" && fail=1
# FUZZ_OPEN_OK=1 (the CI smoke): bugs already on file in tests/fuzz/open/
# are listed above but do not fail the run; anything new does.
grep -q -E 'OPEN BUG' "$F/summary" && [ "${FUZZ_OPEN_OK:-0}" != 1 ] && fail=1
echo "make fuzz: $(wc -l <"$F/summary") targets, ${FUZZ_SECONDS} s each; summary in $F/summary"
exit $fail
