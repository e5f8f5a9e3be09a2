#!/bin/sh
# Builds and runs the libFuzzer targets tests/fuzz/*.c (make fuzz).
#
#   FUZZ_SECONDS=N   seconds per target (default 30)
#   FUZZ_TARGETS="a b"  only these targets (default: every tests/fuzz/*.c)
#   FUZZ_JOBS=N      targets run side by side (default 1)
#   FUZZ_DIR=DIR     where to build and keep corpora (default build/fuzz);
#                    two runs at once in one work tree need two of these
#
# Everything goes under $FUZZ_DIR: the lib/ sources are compiled there with
# clang -fsanitize=fuzzer-no-link,address,undefined, each target is linked
# with -fsanitize=fuzzer,address,undefined, and its corpus grows in
# $FUZZ_DIR/corpus/TARGET, seeded from samples/, tests/ and built-in
# snippets as the target's "fuzz-seeds:" line asks (articles, ndjson, gzip,
# csv, html, agg, lines, numbers); a "fuzz-needs:" line names the lib/
# modules it needs, "fuzz-max-len:" the longest input to try (64K).
# Crashes, leaks and hangs are saved in $FUZZ_DIR/artifacts/.
# Inputs in tests/fuzz/regress/TARGET-* (bugs fixed) must pass before a
# target is fuzzed; tests/fuzz/open/TARGET-* are bugs found in code owned
# elsewhere and not fixed yet (see tests/fuzz/open/README).
# Prints one line per target, "TARGET: N runs in S s, corpus C, ok" (or
# the failure), and exits 1 when any target failed to build or found a bug.
cd "$(dirname "$0")/../.." || exit 2
: "${FUZZ_SECONDS:=30}" "${FUZZ_JOBS:=1}" "${CC_FUZZ:=clang}"
: "${CF_LDLIBS:=-ljansson -lcsv -lz -lutf8proc -lxml2 -lm}"
F=${FUZZ_DIR:-build/fuzz}
mkdir -p "$F/lib" "$F/corpus" "$F/artifacts" "$F/log" || exit 2

if ! command -v "$CC_FUZZ" >/dev/null 2>&1; then
	echo "make fuzz: $CC_FUZZ is not installed (apt-get install clang)" >&2
	exit 2
fi
version=$(sed -n 's/^VERSION *= *//p' Makefile)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFL="-g -O1 -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE -DCF_VERSION=\"$version\" -DCF_MAPDIR=\"lib/maps\" -Ilib -I/usr/include/libxml2 $SAN"

# The library: every lib/*.c that compiles (one being written may not; the
# targets that need it then fail to link and say so).
objs=
for c in lib/*.c; do
	o=$F/lib/$(basename "$c" .c).o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find lib -name '*.h' -newer "$o" | head -1)" ]; then
		if ! $CC_FUZZ $CFL -fsanitize=fuzzer-no-link -c -o "$o" "$c" 2>"$F/log/$(basename "$c" .c).cc"; then
			echo "make fuzz: $c does not compile, left out:" >&2
			head -5 "$F/log/$(basename "$c" .c).cc" >&2
			rm -f "$o"
			continue
		fi
	fi
	objs="$objs $o"
done
rm -f "$F/libcf.a.$$"
ar rcs "$F/libcf.a.$$" $objs && mv -f "$F/libcf.a.$$" "$F/libcf.a" || exit 2

# seed KIND DIR: copies seed inputs of one kind into DIR.
seed() {
	case $1 in
	articles)
		for f in samples/* tests/data/*.txt tests/data/*.md tests/data/*.html; do
			[ -f "$f" ] && cp "$f" "$2/" 2>/dev/null
		done ;;
	gzip)
		for f in samples/*; do
			[ -f "$f" ] && gzip -c "$f" >"$2/$(basename "$f").gz"
		done ;;
	ndjson)
		for f in tests/data/*.ndjson tests/data/*.jsonl; do
			[ -f "$f" ] && cp "$f" "$2/"
		done
		# Records of every stage, when the tools are built.
		b=${CF_BIN:-bin}
		if [ -x "$b/cf-extract" ]; then
			"$b/cf-extract" samples >"$F/seed.ndjson" 2>/dev/null
			split -l 20 -a 3 "$F/seed.ndjson" "$2/extract-"
			prev="$F/seed.ndjson"
			for st in normalize translate-map facts aggregate; do
				[ -x "$b/cf-$st" ] || continue
				"$b/cf-$st" <"$prev" >"$F/seed-$st.ndjson" 2>/dev/null || true
				split -l 20 -a 3 "$F/seed-$st.ndjson" "$2/$st-"
				prev="$F/seed-$st.ndjson"
			done
		fi
		printf '{"type":"doc","doc":"a.txt","lang":"en","bytes":10}\n{"type":"seg","doc":"a.txt","seg":1,"lang":"en","start":0,"end":10,"text":"Hi \\u4e0a\\u6d77"}\n' >"$2/builtin-1"
		printf '{"type":"fact","city":"Shanghai","metric":"ai_enterprises","value":130,"unit":"count","qualifier":">","period":"2019","kind":"actual"}\n{bad\n[1]\n\n{"type":"x","n":1e400}\n' >"$2/builtin-2" ;;
	agg)
		b=${CF_BIN:-bin}
		if [ -x "$b/cf-aggregate" ] && [ -f "$F/seed-facts.ndjson" ]; then
			"$b/cf-aggregate" "$F/seed-facts.ndjson" >"$2/aggs" 2>/dev/null
		fi
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
		for f in lib/maps/*.csv maps/*.csv tests/data/*.csv; do
			[ -f "$f" ] && cp "$f" "$2/"
		done
		printf 'surface,lang,id,class\n"上海",zh,city:Shanghai,city\nSão Paulo,pt,city:Sao_Paulo,\nShanghai,*,city:Shanghai,city\n人工智能企业,zh,metric:ai_enterprises,metric\n中山路,zh,-,\n%%%%\nShanghai and 上海 and Sao Paulo have 20 AI firms; 人工智能企业 on 中山路.\n' >"$2/builtin-1" ;;
	html)
		for f in tests/data/*.html tests/data/*.htm; do
			[ -f "$f" ] && cp "$f" "$2/"
		done
		printf '<html><head><title>T</title><meta name="date" content="2020-01-02"></head><body><p>Shanghai &amp; AI: 130 firms.</p><script>x</script></body></html>' >"$2/builtin-1" ;;
	esac
	return 0
}

targets=${FUZZ_TARGETS:-$(for c in tests/fuzz/*.c; do basename "$c" .c; done)}

# fuzz1 TARGET: builds, seeds and runs one target; prints its summary line.
fuzz1() {
	t=$1
	src=tests/fuzz/$t.c
	bin=$F/$t
	# A target whose module is not written yet is skipped.
	for m in $(sed -n 's/^.*fuzz-needs: *//p' "$src" | head -1); do
		if [ ! -f "lib/$m.c" ]; then
			echo "$t: skipped, lib/$m.c does not exist yet"
			return 0
		fi
	done
	if ! $CC_FUZZ $CFL -fsanitize=fuzzer -Itests/fuzz -o "$bin" "$src" "$F/libcf.a" $CF_LDLIBS 2>"$F/log/$t.build"; then
		echo "$t: BUILD FAILED (see $F/log/$t.build)"
		head -5 "$F/log/$t.build" | sed 's/^/    /'
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
grep -q -E 'BUILD FAILED|FOUND A BUG|REGRESSION' "$F/summary" && fail=1
# FUZZ_OPEN_OK=1 (the CI smoke): bugs already on file in tests/fuzz/open/
# are listed above but do not fail the run; anything new does.
grep -q -E 'OPEN BUG' "$F/summary" && [ "${FUZZ_OPEN_OK:-0}" != 1 ] && fail=1
echo "make fuzz: $(wc -l <"$F/summary") targets, ${FUZZ_SECONDS} s each; summary in $F/summary"
exit $fail
