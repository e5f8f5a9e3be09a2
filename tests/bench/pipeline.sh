#!/bin/sh
# Benchmark of the whole pipeline and of each stage, at two corpus sizes
# (growth), beside the peers: cf-extract against cat | wc -l and zcat (the
# floor), cf-aggregate against Miller and jq, cf-normalize against Microsoft
# Recognizers-Text.  Prints Markdown on stdout.
# Usage: tests/bench/pipeline.sh BINDIR
# Environment: CF_BENCH_SMALL, CF_BENCH_BIG (MB of raw text, 20 and 200),
# CF_BENCH_RUNS (runs at the small size, 3; the big size runs once),
# CF_BENCH_FACTS (fact records for the aggregate comparison, 200000),
# CF_BENCH_SENTENCES (sentences for the Recognizers-Text comparison, 1000).
cd "$(dirname "$0")/../.." || exit 2
BIN=${1:-bin}
SMALL=${CF_BENCH_SMALL:-20}
BIG=${CF_BENCH_BIG:-200}
RUNS=${CF_BENCH_RUNS:-3}
NFACTS=${CF_BENCH_FACTS:-200000}
NSENT=${CF_BENCH_SENTENCES:-1000}
W=bench/work
for t in extract normalize translate-map facts aggregate; do
	[ -x "$BIN/cf-$t" ] || { echo "cf-$t is not built in $BIN" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "pipeline.sh: /usr/bin/time is missing (Debian package time)" >&2; exit 2; }
mkdir -p "$W" || exit 2
# this run's own files (times, intermediates, peers' outputs): another
# `make bench` in the same tree must not mix its figures with ours
R=$(mktemp -d "$W/run.XXXXXX") || exit 2
trap 'rm -rf "$R"' EXIT
trap 'exit 2' HUP INT TERM
T=$R/times.txt
: >"$T"
note() { echo "bench: $*" >&2; }

# corpus SIZE: bench/work/cSIZE/{plain,gz}, regenerated when the generator
# or the samples change.
corpus() {
	d=$W/c$1
	want="$(cat tests/bench/gen-corpus.py samples/* | cksum) $1"
	if [ -f "$d.stamp" ] && [ "$(cat "$d.stamp")" = "$want" ]; then return 0; fi
	note "generating $1 MB corpus"
	rm -rf "$R/gen"
	python3 tests/bench/gen-corpus.py samples "$R/gen" "$1" >"$R/gen.log" || exit 1
	rm -rf "$d" "$d.stamp" && mv "$R/gen" "$d" && echo "$want" >"$d.stamp"
}

# run KEY N OUT CMD...: runs CMD N times, standard input from $RUN_IN
# (default /dev/null), standard output to OUT, and records "KEY wall user+sys maxrss_kB" for each run in $T.
run() {
	key=$1 n=$2 out=$3; shift 3
	i=0
	while [ $i -lt "$n" ]; do
		/usr/bin/time -f '%e %U %S %M' -o "$R/time.one" "$@" <"${RUN_IN:-/dev/null}" >"$out" 2>"$R/stderr.txt" \
			|| note "$key: exit $? ($(tail -1 "$R/stderr.txt"))"
		awk -v k="$key" '{ printf "%s %s %.2f %s\n", k, $1, $2 + $3, $4 }' "$R/time.one" | tail -1 >>"$T"
		i=$((i + 1))
	done
}

# runpipe SIZE N CORPUS OUT: the whole pipeline N times on CORPUS/plain,
# each stage under /usr/bin/time (its own CPU time and peak RSS) and tee
# keeping each stage's output in OUT/{e,n,t,f,a}.nd (the next's input).  Records
# "STAGE.SIZE ..." for each stage and "pipeline.SIZE ..." for the whole.
runpipe() {
	[ -d "$4" ] || { note "runpipe: no directory $4"; exit 2; }
	i=0
	while [ $i -lt "$2" ]; do
		tm="/usr/bin/time -f '%e %U %S %M' -o"
		/usr/bin/time -f '%e %U %S %M' -o "$R/tp.pipeline" sh -c "
			$tm '$R/tp.extract' '$BIN/cf-extract' '$3/plain' | tee '$4/e.nd' |
			$tm '$R/tp.normalize' '$BIN/cf-normalize' | tee '$4/n.nd' |
			$tm '$R/tp.translate-map' '$BIN/cf-translate-map' | tee '$4/t.nd' |
			$tm '$R/tp.facts' '$BIN/cf-facts' | tee '$4/f.nd' |
			$tm '$R/tp.aggregate' '$BIN/cf-aggregate' >'$4/a.nd'" </dev/null 2>"$R/stderr.txt" \
			|| note "pipeline: exit $? ($(tail -1 "$R/stderr.txt"))"
		for st in pipeline extract normalize translate-map facts aggregate; do
			awk -v k="$st.$1" '{ printf "%s %s %.2f %s\n", k, $1, $2 + $3, $4 }' "$R/tp.$st" | tail -1 >>"$T"
		done
		i=$((i + 1))
	done
}

# runplain SIZE N CORPUS: the whole pipeline as users run it, a plain pipe
# from cf-extract to cf-aggregate with nothing kept, N times.  Records
# "pipe.SIZE ...".
runplain() {
	run "pipe.$1" "$2" /dev/null sh -c "'$BIN/cf-extract' '$3/plain' | '$BIN/cf-normalize' |
		'$BIN/cf-translate-map' | '$BIN/cf-facts' | '$BIN/cf-aggregate'"
}

# med KEY FIELD: median of a field (2 wall, 3 cpu, 4 rss) of KEY's runs.
med() {
	awk -v k="$1" -v f="$2" '$1 == k { print $f }' "$T" | sort -g \
		| awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mb() { awk -v s="$1" 'BEGIN { printf "%.1f", s / 1e6 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.1f}" 'BEGIN { if (b > 0) printf f, a / b; else printf "-" }'; }
bytes() { cat "$@" | wc -c | tr -d ' '; }
lines() { wc -l <"$1" | tr -d ' '; }

load0=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Stages, at both sizes --------------------------------------------------
for size in $SMALL $BIG; do
	corpus "$size"
	d=$W/c$size
	o=$R/$size
	mkdir -p "$o" || exit 2
	n=$RUNS
	[ "$size" = "$BIG" ] && n=1
	note "$size MB: stages, $n run(s) each"
	raw=$(find "$d/plain" -type f -exec cat {} + | wc -c | tr -d ' ')
	gzb=$(find "$d/gz" -type f -exec cat {} + | wc -c | tr -d ' ')
	echo "$size raw $raw" >>"$R/sizes.$$"
	echo "$size gz $gzb" >>"$R/sizes.$$"
	echo "$size docs $(find "$d/plain" -type f | wc -l | tr -d ' ')" >>"$R/sizes.$$"
	run "wc.$size" "$n" /dev/null sh -c "find '$d/plain' -type f -exec cat {} + | wc -l"
	run "zcat.$size" "$n" /dev/null sh -c "find '$d/gz' -type f -exec zcat {} + | wc -l"
	run "extractgz.$size" "$n" /dev/null "$BIN/cf-extract" "$d/gz"
	runpipe "$size" "$n" "$d" "$o"
	runplain "$size" "$RUNS" "$d"
	for f in e n t f a; do echo "$size $f $(wc -c <"$o/$f.nd" | tr -d ' ') $(lines "$o/$f.nd")" >>"$R/sizes.$$"; done
done
sz() { awk -v s="$1" -v k="$2" -v c="${3:-3}" '$1 == s && $2 == k { print $c }' "$R/sizes.$$"; }

# --- cf-aggregate against Miller and jq -----------------------------------
note "aggregate: $NFACTS facts"
dB=$R/$BIG
grep '"type":"fact"' "$dB/f.nd" >"$R/facts1.nd"
per=$(lines "$R/facts1.nd")
: >"$R/facts.nd"
k=0
# copies of the big corpus' facts, each from other documents and with its
# values moved by up to 6%, until there are NFACTS
while [ "$per" -gt 0 ] && [ "$(lines "$R/facts.nd")" -lt "$NFACTS" ]; do
	awk -v k=$k '{
		sub(/"doc":"/, "\"doc\":\"copy" k "/")
		if (k > 0 && match($0, /"value":[-0-9.eE+]+/)) {
			v = substr($0, RSTART + 8, RLENGTH - 8) * (1 + (k % 7) / 100)
			$0 = substr($0, 1, RSTART - 1) "\"value\":" sprintf("%.10g", v) substr($0, RSTART + RLENGTH)
		}
		print }' "$R/facts1.nd" >>"$R/facts.nd"
	k=$((k + 1))
done
head -n "$NFACTS" "$R/facts.nd" >"$R/facts.cut" && mv "$R/facts.cut" "$R/facts.nd"
nf=$(lines "$R/facts.nd")
fb=$(wc -c <"$R/facts.nd" | tr -d ' ')
run agg.cf "$RUNS" "$R/agg.cf" "$BIN/cf-aggregate" "$R/facts.nd"
have_mlr=no have_jq=no
if command -v mlr >/dev/null 2>&1; then
	have_mlr=yes
	run agg.mlr "$RUNS" "$R/agg.mlr" mlr --ijson --ojsonl stats1 -a count,min,max,median -f value -g city,area,metric,period,kind,unit "$R/facts.nd"
fi
if command -v jq >/dev/null 2>&1; then
	have_jq=yes
	run agg.jq 1 "$R/agg.jq" jq -c -s 'group_by([.city, .area, .metric, .period, .kind, .unit])
		| map({city: .[0].city, area: .[0].area, metric: .[0].metric, period: .[0].period,
		       kind: .[0].kind, unit: .[0].unit, n: length,
		       min: (map(.value) | min), max: (map(.value) | max),
		       median: (map(.value) | sort | .[length / 2 | floor])}) | .[]' "$R/facts.nd"
fi
g_cf=$(grep -c '"type":"agg"' "$R/agg.cf")
g_mlr=$( [ $have_mlr = yes ] && lines "$R/agg.mlr" || echo -)
g_jq=$( [ $have_jq = yes ] && lines "$R/agg.jq" || echo -)
# flat memory: half the facts
head -n $((nf / 2)) "$R/facts.nd" >"$R/facts.half"
run agg.cfhalf "$RUNS" /dev/null "$BIN/cf-aggregate" "$R/facts.half"

# --- cf-normalize against Recognizers-Text ----------------------------------
note "normalize: $NSENT sentences"
dS=$R/$SMALL
segs=$(grep -c '"type":"seg"' "$dS/e.nd")
step=$((segs / NSENT))
[ "$step" -lt 1 ] && step=1
grep '"type":"seg"' "$dS/e.nd" | awk -v s=$step -v n="$NSENT" 'NR % s == 0 && c < n { print; c++ }' >"$R/sent.nd"
ns=$(lines "$R/sent.nd")
rep=50
: >"$R/sent50.nd"
i=0
while [ $i -lt $rep ]; do cat "$R/sent.nd" >>"$R/sent50.nd"; i=$((i + 1)); done
run norm.cf "$RUNS" /dev/null "$BIN/cf-normalize" "$R/sent50.nd"
peer=none
NPM=$W/npm
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	if [ ! -d "$NPM/node_modules/@microsoft/recognizers-text-number-with-unit" ]; then
		note "installing Recognizers-Text 1.3.1 into $NPM"
		mkdir -p "$NPM" && (cd "$NPM" && npm init -y >/dev/null 2>&1 \
			&& npm install --no-audit --no-fund @microsoft/recognizers-text-number@1.3.1 \
				@microsoft/recognizers-text-number-with-unit@1.3.1 >npm.log 2>&1) \
			|| note "npm install failed: see $NPM/npm.log"
	fi
	if [ -d "$NPM/node_modules/@microsoft/recognizers-text-number-with-unit" ]; then
		jq -r '.lang + "\t" + (.text | gsub("[\t\r\n]"; " "))' "$R/sent.nd" >"$R/sent.tsv"
		RUN_IN=$R/sent.tsv
		run norm.peer 1 "$R/peer.out" env NODE_PATH="$NPM/node_modules" node tests/bench/recognizers.js
		RUN_IN=/dev/null
		peer=$(cat "$R/peer.out")
	fi
fi

# --- Profile: where the CPU time goes (small size) ---------------------------
prof=no
if command -v perf >/dev/null 2>&1 && perf stat -e instructions true >/dev/null 2>&1; then
	prof=yes
	note "profiling the stages (perf)"
	for st in extract:e0 normalize:e translate-map:n facts:t aggregate:f; do
		t=${st%%:*} in=${st#*:}
		if [ "$in" = e0 ]; then in=$W/c$SMALL/plain; else in=$dS/$in.nd; fi
		perf record -q -F 999 -o "$R/perf.$t" -- "$BIN/cf-$t" "$in" >/dev/null 2>&1 </dev/null
		perf report -q -i "$R/perf.$t" --stdio --sort dso,symbol --percent-limit 4 2>/dev/null \
			| awk 'NF { $1 = $1; print }' | sed 's/ \[\.\] / /; s/ \[k\] / (kernel) /' | head -n 8 >"$R/prof.$t"
	done
fi
load1=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Report ----------------------------------------------------------------
row() { # KEY LABEL SIZE INPUT_BYTES RECORDS
	w=$(med "$1" 2) c=$(med "$1" 3) r=$(med "$1" 4)
	echo "| $2 | $3 | $(mb "$4") | $5 | $w | $c | $(div "$4" "$(awk -v c="$c" 'BEGIN { print c * 1e6 }')") | $(div "$4" "$(awk -v w="$w" 'BEGIN { print w * 1e6 }')") | $(div "$5" "$c" %.0f) | $(div "$r" 1024) |"
}
echo "### The pipeline and its stages"
echo
if [ "$SMALL" != 20 ] || [ "$BIG" != 200 ]; then
	echo "Sizes of this run: $SMALL and $BIG MB (CF_BENCH_SMALL, CF_BENCH_BIG; the defaults are 20 and 200 MB)."
	echo
fi
echo "Corpus: tests/bench/gen-corpus.py (fixed seed) varies the numbers, cities, years and paragraph order of the articles in samples/, about equal bytes of English, Chinese and Portuguese; each article is written plain and gzip'd. Small: $(sz $SMALL docs) articles, $(mb "$(sz $SMALL raw)") MB ($(mb "$(sz $SMALL gz)") MB gzip'd); big: $(sz $BIG docs) articles, $(mb "$(sz $BIG raw)") MB ($(mb "$(sz $BIG gz)") MB gzip'd)."
echo
echo "Each figure is the median of $RUNS runs at the small size and of 1 run at the big size, measured with /usr/bin/time (wall seconds, CPU seconds = user + system, peak RSS). The five stages run together as the pipeline, each under its own /usr/bin/time, with tee keeping each stage's output as the next one's input file (the figures of that run include the tees): a stage's CPU time and peak RSS are its own, its wall time is its life in the pipeline, so MB/s (CPU) is the stage's speed. The whole pipeline is then timed again as users run it, a plain pipe with nothing kept ($RUNS runs at both sizes); the pipeline target is read from that. MB/s is of the stage's input (for cf-extract, the floor and the pipeline: of the raw article text, also when it is read gzip'd); records/s is of its input records (articles for cf-extract and the pipeline). The machine's load average (1, 5, 15 min) at the start: $load0; at the end: $load1; above $(nproc), other work shared the cores and wall times are longer than CPU times, which are the steadier figures."
echo
echo "| what | corpus MB | input MB | records | wall s | CPU s | MB/s (CPU) | MB/s (wall) | records/s (CPU) | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in $SMALL $BIG; do
	raw=$(sz $size raw) docs=$(sz $size docs)
	row "wc.$size" "floor: cat \\| wc -l (plain)" $size "$raw" "$docs"
	row "zcat.$size" "floor: zcat \\| wc -l (gz)" $size "$raw" "$docs"
	row "extract.$size" "cf-extract (plain)" $size "$raw" "$docs"
	row "extractgz.$size" "cf-extract (gz)" $size "$raw" "$docs"
	row "normalize.$size" "cf-normalize" $size "$(sz $size e)" "$(sz $size e 4)"
	row "translate-map.$size" "cf-translate-map" $size "$(sz $size n)" "$(sz $size n 4)"
	row "facts.$size" "cf-facts" $size "$(sz $size t)" "$(sz $size t 4)"
	row "aggregate.$size" "cf-aggregate" $size "$(sz $size f)" "$(sz $size f 4)"
	row "pipeline.$size" "whole pipeline with the tees (extract to aggregate)" $size "$raw" "$docs"
	row "pipe.$size" "**whole pipeline, a plain pipe** ($RUNS runs)" $size "$raw" "$docs"
done
echo
echo "Output of each stage at the big size: cf-extract $(sz $BIG e 4) records, cf-facts $(sz $BIG f 4) records, cf-aggregate $(sz $BIG a 4) records."
echo
echo "#### Growth from $SMALL MB to $BIG MB"
echo
echo "| stage | MB/s (CPU), $SMALL MB | MB/s (CPU), $BIG MB | peak RSS MB, $SMALL MB | peak RSS MB, $BIG MB | RSS ratio |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
flat=yes
for st in extract:raw normalize:e translate-map:n facts:t aggregate:f pipe:raw; do
	t=${st%%:*} in=${st#*:}
	cs=$(med "$t.$SMALL" 3) cb=$(med "$t.$BIG" 3) rs=$(med "$t.$SMALL" 4) rb=$(med "$t.$BIG" 4)
	ratio=$(div "$rb" "$rs" %.2f)
	case $t in aggregate|pipe) ;; *) awk -v r="$ratio" 'BEGIN { exit !(r > 1.5) }' && flat="no ($t grows ${ratio}x)";; esac
	echo "| $t | $(div "$(sz $SMALL $in)" "$(awk -v c="$cs" 'BEGIN { print c * 1e6 }')") | $(div "$(sz $BIG $in)" "$(awk -v c="$cb" 'BEGIN { print c * 1e6 }')") | $(div "$rs" 1024) | $(div "$rb" 1024) | $ratio |"
done
echo
echo "### cf-aggregate beside Miller and jq"
echo
echo "The same $nf fact records ($(mb "$fb") MB): the big corpus' facts, copied with other document names and values moved by up to 6% ($(lines "$R/facts1.nd") facts a copy). Miller: \`mlr --ijson --ojsonl stats1 -a count,min,max,median -f value -g city,area,metric,period,kind,unit\`; jq: \`jq -s 'group_by([.city,.area,.metric,.period,.kind,.unit]) | map({...n, min, max, median})'\` (1 run). Groups written: cf-aggregate $g_cf, Miller $g_mlr, jq $g_jq."
echo
echo "| tool | wall s | CPU s | facts/s (CPU) | MB/s (CPU) | peak RSS MB | cf-aggregate's speed-up (CPU) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
cfc=$(med agg.cf 3)
for k in cf mlr jq; do
	case $k in cf) name=cf-aggregate;; mlr) name="Miller $(mlr --version 2>/dev/null | awk '{ print $2 }')"; [ $have_mlr = yes ] || continue;;
		jq) name="$(jq --version 2>/dev/null)"; [ $have_jq = yes ] || continue;; esac
	c=$(med "agg.$k" 3)
	echo "| $name | $(med "agg.$k" 2) | $c | $(div "$nf" "$c" %.0f) | $(div "$fb" "$(awk -v c="$c" 'BEGIN { print c * 1e6 }')") | $(div "$(med "agg.$k" 4)" 1024) | $(div "$c" "$cfc" %.1fx) |"
done
echo
echo "cf-aggregate's peak RSS: $(div "$(med agg.cfhalf 4)" 1024) MB on half the facts, $(div "$(med agg.cf 4)" 1024) MB on all of them (it keeps one entry per group, and the values of each group for the median)."
echo
echo "### cf-normalize beside Microsoft Recognizers-Text"
echo
set -- $peer
ncf=$((ns * rep))
cfn=$(med norm.cf 3)
echo "The same $ns seg texts (every ${step}th seg of the small corpus, the three languages). Recognizers-Text 1.3.1 (npm @microsoft/recognizers-text-number and -number-with-unit, installed into bench/work/npm) runs its number, percentage and currency models on each sentence in the language of the seg (tests/bench/recognizers.js; seconds of the parsing alone, models warmed up). cf-normalize reads the same $ns seg records repeated $rep times ($ncf segs), start-up included."
echo
echo "| tool | sentences | seconds | sentences/s | |"
echo "| --- | ---: | ---: | ---: | --- |"
echo "| cf-normalize | $ncf | $cfn CPU ($(med norm.cf 2) wall) | $(div "$ncf" "$cfn" %.0f) | |"
if [ "$peer" != none ]; then
	echo "| Recognizers-Text 1.3.1 (node $(node --version)) | $1 | $2 (parse) | $(div "$1" "$2" %.0f) | $3 entities found; process: $(med norm.peer 2) s wall, $(med norm.peer 3) s CPU, $(div "$(med norm.peer 4)" 1024) MB |"
	ratio_n=$(awk -v a="$ncf" -v b="$cfn" -v c="$1" -v d="$2" 'BEGIN { printf "%.0f", (a / b) / (c / d) }')
else
	echo "| Recognizers-Text | not run (node or npm missing, or the install failed) | | | |"
	ratio_n=-
fi
echo
echo "### Targets"
echo
pw=$(med "pipe.$BIG" 2) pc=$(med "pipe.$BIG" 3)
praw=$(sz $BIG raw)
pmbw=$(div "$praw" "$(awk -v c="$pw" 'BEGIN { print c * 1e6 }')")
pmbc=$(div "$praw" "$(awk -v c="$pc" 'BEGIN { print c * 1e6 }')")
ok() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }' && echo met || echo "**not met**"; }
ratio_m=$( [ $have_mlr = yes ] && div "$(med agg.mlr 3)" "$cfc" %.1f || echo -)
rssr=$(div "$(med agg.cf 4)" "$(med agg.cfhalf 4)" %.2f)
echo "| target | measured | |"
echo "| --- | --- | --- |"
# on idle cores the pipeline's wall time is at least its CPU time over the
# cores, and at least its slowest stage's CPU time
bound=$(for t in extract normalize translate-map facts aggregate; do med "$t.$BIG" 3; done \
	| awk -v r="$praw" -v p="$(nproc)" '{ s += $1; if ($1 > m) m = $1 } END { w = s / p; if (m > w) w = m; if (w > 0) printf "%.1f", r / w / 1e6 }')
echo "| whole pipeline >= 20 MB/s of raw text ($BIG MB) | $pmbw MB/s wall; $pmbc MB of text per CPU second; at most $bound MB/s on $(nproc) idle cores (the stages' CPU times) | $(ok "$pmbw" 20) |"
echo "| cf-aggregate >= 5x Miller's throughput | ${ratio_m}x (CPU) | $(ok "$ratio_m" 5) |"
echo "| cf-aggregate's memory flat | RSS x$rssr for 2x the facts | $(awk -v r="$rssr" 'BEGIN { exit !(r <= 1.2) }' && echo met || echo "**not met**") |"
echo "| cf-normalize >= 100x the peer's sentences/s | ${ratio_n}x | $(ok "$ratio_n" 100) |"
echo "| record-by-record stages' peak RSS flat over 10x input | $flat | $( [ "$flat" = yes ] && echo met || echo "**not met**") |"
if [ $prof = yes ]; then
	echo
	echo "### Where the time goes"
	echo
	echo "perf record (self time per function, 999 Hz) of each stage on the small corpus; functions over 4% of the samples:"
	for t in extract normalize translate-map facts aggregate; do
		echo
		echo "cf-$t:"
		echo
		echo '```'
		cat "$R/prof.$t"
		echo '```'
	done
fi
rm -f "$R/sizes.$$"
