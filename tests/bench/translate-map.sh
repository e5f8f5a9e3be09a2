#!/bin/sh
# Benchmark of cf-translate-map: how long the maps take to load (the shipped
# ones, then with 30,000 and 100,000 more entries) and how many MB of seg
# records per second go through, with the shipped maps and with 100,000
# more entries: the matcher's cost per byte should not grow with them.
# Usage: tests/bench/translate-map.sh BINDIR; prints Markdown on stdout.
cd "$(dirname "$0")/../.." || exit 2
BIN=${1:-bin}
T=$BIN/cf-translate-map
[ -x "$T" ] || { echo "cf-translate-map is not built in $BIN" >&2; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/cf-bench-tm.XXXXXX")
trap 'rm -rf "$W"' EXIT

# best N CMD...: the least CPU time (user + system) of N runs, in seconds;
# CPU rather than wall time, so that other work on the machine counts less.
best() {
	python3 - "$@" <<'PY'
import resource, subprocess, sys
n, cmd, best = int(sys.argv[1]), sys.argv[2:], None
for _ in range(n):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    best = t if best is None or t < best else best
print("%.3f" % best)
PY
}

for k in 30000 100000; do
	awk -v k=$k 'BEGIN { print "surface,lang,id"; for (i = 0; i < k; i++) printf "Benchplace %06d,en,city:B%06d\n", i, i }' >"$W/m$k.csv"
done

# Seg records: the samples through cf-extract and cf-normalize when they are
# built, else sentences of several languages; repeated to about 20 MB.
if [ -x "$BIN/cf-extract" ] && [ -x "$BIN/cf-normalize" ]; then
	"$BIN/cf-extract" samples/ 2>/dev/null | "$BIN/cf-normalize" 2>/dev/null >"$W/one.ndjson"
	src="the samples (cf-extract | cf-normalize)"
else
	cat >"$W/one.ndjson" <<'EOS'
{"type":"seg","lang":"en","text":"By 2025, Shanghai's AI-related enterprises will exceed 5,000, while Xi'an plans to open 30 application scenarios and the industry scale reached 224.6 billion yuan."}
{"type":"seg","lang":"zh","text":"截至2023年底，深圳市人工智能企业数量超过2000家，从业人员约10万人，力争到2025年建成30个示范应用场景。"}
{"type":"seg","lang":"pt","text":"A escala da indústria principal de IA de Hangzhou atingiu 230 bilhões de yuans, e Xangai planeja abrir 100 cenários de aplicação até 2025."}
EOS
	src="three written sentences"
fi
cp "$W/one.ndjson" "$W/in.ndjson"
while [ "$(wc -c <"$W/in.ndjson")" -lt 20000000 ]; do
	cat "$W/in.ndjson" "$W/in.ndjson" >"$W/two.ndjson" && mv "$W/two.ndjson" "$W/in.ndjson"
done
size=$(wc -c <"$W/in.ndjson")
mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')

entries=$("$T" --check-maps | awk -F'\t' '{ n += $2 } END { print n }')
l0=$(best 5 "$T" --check-maps)
l30=$(best 3 "$T" -m "$W/m30000.csv" --check-maps)
l100=$(best 3 "$T" -m "$W/m100000.csv" --check-maps)
r0=$(best 3 "$T" "$W/in.ndjson")
r100=$(best 3 "$T" -m "$W/m100000.csv" "$W/in.ndjson")

echo "### cf-translate-map"
echo
echo "Input: $mb MB of seg records from $src; $(nproc) cores; least CPU time (user + system) of 3 to 5 runs."
echo
echo "| what | entries | seconds | MB/s |"
echo "| --- | ---: | ---: | ---: |"
echo "| load the shipped maps | $entries | $l0 | |"
echo "| load them + 30,000 entries | $((entries + 30000)) | $l30 | |"
echo "| load them + 100,000 entries | $((entries + 100000)) | $l100 | |"
echo "| add terms, shipped maps | $entries | $r0 | $(awk -v s="$size" -v t="$r0" 'BEGIN { printf "%.1f", s / 1e6 / t }') |"
echo "| add terms, + 100,000 entries | $((entries + 100000)) | $r100 | $(awk -v s="$size" -v t="$r100" 'BEGIN { printf "%.1f", s / 1e6 / t }') |"
