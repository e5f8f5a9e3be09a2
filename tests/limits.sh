#!/bin/sh
# Limits: --max-record turns an endless line into an error, memory does not
# grow with the number of records, a closed pipe ends a tool quietly and a
# write error on standard output (a full disk, /dev/full) exits 2.
. tests/lib.sh

G1='{"type":"note","n":1}'
G3='{"type":"note","n":3}'
N=$TMP/nd
mkdir -p "$N"
{ echo "$G1"; python3 -c 'import sys; sys.stdout.write("{\"type\":\"note\",\"blob\":\"" + "y" * 2097152 + "\"}\n")'; echo "$G3"; } >"$N/long.ndjson"
printf '%s\n%s\n' "$G1" "$G3" >"$N/good.ndjson"
# Enough records that their output overflows any pipe buffer.
seq 1 30000 | sed 's/.*/{"type":"note","i":&,"pad":"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}/' >"$N/many.ndjson"

# maxrss CMD...: peak resident memory of CMD in KiB (its output discarded).
maxrss() {
	python3 -c 'import resource,subprocess,sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}

# pipe_and_full NAME CMD...: CMD | head -1 under pipefail dies of SIGPIPE
# without a word; CMD >/dev/full says so and exits 2.
pipe_and_full() {
	name=$1; shift
	if command -v bash >/dev/null 2>&1; then
		bash -c 'set -o pipefail; "$@" 2>"'"$TMP/perr"'" | head -1 >/dev/null; echo $?' sh "$@" >"$TMP/prc"
		check "$name | head -1: ends by SIGPIPE (status 141 under pipefail)" "141" "$(cat "$TMP/prc")"
		check "$name | head -1: nothing on stderr" "" "$(cat "$TMP/perr")"
	else
		skip "$name | head -1" "bash is absent"
	fi
	if [ -w /dev/full ]; then
		"$@" >/dev/full 2>"$TMP/ferr"
		check "$name >/dev/full: exit 2" "2" "$?"
		check_grep "$name >/dev/full: says write error" "^cf-[a-z-]+: write error on standard output" "$TMP/ferr"
	else
		skip "$name >/dev/full" "no /dev/full"
	fi
}

for t in normalize translate-map facts aggregate; do
	if [ ! -x "$CF_BIN/cf-$t" ]; then
		skip "$t limits" "cf-$t is not built"
		continue
	fi
	check_rc "$t --max-record 1M, a 2 MB line: exit 1" 1 "$CF_BIN/cf-$t" --max-record 1M "$N/long.ndjson"
	check_grep "$t --max-record: message with file and line" "^cf-$t: $N/long.ndjson:2: record longer than 1048576 bytes" "$TMP/err"
	check "$t --max-record: the records around it out" "$(cat "$N/good.ndjson")" "$(cat "$TMP/out")"
	check_rc "$t --max-record 1M from stdin: exit 1" 1 sh -c '"$1" --max-record 1M <"$2"' sh "$CF_BIN/cf-$t" "$N/long.ndjson"
	check_grep "$t --max-record from stdin: message names stdin" "^cf-$t: stdin:2: record longer than" "$TMP/err"
	check_rc "$t --max-record 3M: the line is read" 0 "$CF_BIN/cf-$t" --max-record 3M "$N/long.ndjson"
	check "$t --max-record 3M: three records out" "3" "$(wc -l <"$TMP/out" | tr -d ' ')"
	check_rc "$t --max-record nonsense: usage error" 2 "$CF_BIN/cf-$t" --max-record lots "$N/good.ndjson"
	check_rc "$t --strict: stops at the long line" 1 "$CF_BIN/cf-$t" --strict --max-record 1M "$N/long.ndjson"
	check "$t --strict: only the record before it out" "$G1" "$(cat "$TMP/out")"

	pipe_and_full "cf-$t" "$CF_BIN/cf-$t" "$N/many.ndjson"

	# Memory does not grow with the number of records (cf-aggregate's
	# groups aside: these records form none).  ASan's quarantine keeps
	# freed memory, so this is measured on the plain build only.
	if [ "$CF_SANITIZE" = 1 ]; then
		skip "$t memory per record" "not measured under the sanitizers"
	else
		seq 1 300000 | sed 's/.*/{"type":"note","i":&,"pad":"ABCDEFGHIJKLMNOPQRSTUVWXYZ"}/' >"$N/more.ndjson"
		small=$(maxrss "$CF_BIN/cf-$t" "$N/many.ndjson")
		large=$(maxrss "$CF_BIN/cf-$t" "$N/more.ndjson")
		check "$t memory: 300,000 records need no more than 30,000 (+2 MB)" "yes" \
			"$([ "$large" -le $((small + 2048)) ] && echo yes || echo "no: $small KiB vs $large KiB")"
		rm -f "$N/more.ndjson"
	fi
done

R=$CF_BIN/cf-render
if [ -x "$R" ]; then
	seq 1 30000 | sed 's/.*/{"type":"agg","city":"C&","metric":"ai_enterprises","period":"2020","kind":"actual","unit":"count","value":&,"n":1,"docs":["a.txt"],"conflict":false}/' >"$N/aggs.ndjson"
	for f in csv md html json sql; do
		pipe_and_full "cf-render -f $f" "$R" -f "$f" "$N/aggs.ndjson"
	done
	{ sed -n 1p "$N/aggs.ndjson"; python3 -c 'import sys; sys.stdout.write("{\"type\":\"agg\",\"city\":\"" + "y" * 2097152 + "\"}\n")'; sed -n 2p "$N/aggs.ndjson"; } >"$N/longagg.ndjson"
	check_rc "render --max-record 1M, a 2 MB line: exit 1" 1 "$R" -f csv --max-record 1M "$N/longagg.ndjson"
	check_grep "render --max-record: message with file and line" "^cf-render: $N/longagg.ndjson:2: record longer than 1048576 bytes" "$TMP/err"
	check "render --max-record: the rows around it out" "C1 C2" "$(sed 1d "$TMP/out" | cut -d, -f1 | tr '\n' ' ' | sed 's/ $//')"
else
	skip "render limits" "cf-render is not built"
fi

E=$CF_BIN/cf-extract
if [ -x "$E" ]; then
	A=$TMP/art
	mkdir -p "$A"
	printf 'Recife has 42 artificial intelligence companies.\n' >"$A/a.txt"
	printf 'Natal has 7 artificial intelligence companies.\n' >"$A/c.txt"
	python3 -c 'import sys; sys.stdout.write("Recife has 7 companies. " * 90000)' >"$A/b.txt"
	check_rc "extract --max-record 1M, a 2 MB article: exit 1" 1 "$E" --max-record 1M "$A/a.txt" "$A/b.txt" "$A/c.txt"
	check_grep "extract --max-record: message names the article" "^cf-extract: $A/b.txt(:[0-9]+)?: .*1048576" "$TMP/err"
	check "extract --max-record: the other articles out" "$(printf '%s\n%s' "$A/a.txt" "$A/c.txt")" \
		"$(jqr 'select(.type=="doc") | .doc' "$TMP/out")"
	pipe_and_full "cf-extract" "$E" samples
	if [ "$CF_SANITIZE" = 1 ]; then
		skip "extract memory per article" "not measured under the sanitizers"
	else
		mkdir -p "$A/few" "$A/many"
		i=0
		while [ $i -lt 400 ]; do
			f=$(printf 'a%03d.txt' $i)
			printf 'Title %d\n\nIn 2021, Recife had %d artificial intelligence companies. The city plans more.\n' $i $i >"$A/many/$f"
			[ $i -lt 40 ] && cp "$A/many/$f" "$A/few/$f"
			i=$((i + 1))
		done
		small=$(maxrss "$E" "$A/few")
		large=$(maxrss "$E" "$A/many")
		check "extract memory: 400 articles need no more than 40 (+2 MB)" "yes" \
			"$([ "$large" -le $((small + 2048)) ] && echo yes || echo "no: $small KiB vs $large KiB")"
	fi
else
	skip "extract limits" "cf-extract is not built"
fi
