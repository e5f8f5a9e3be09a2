#!/bin/sh
# pipelines/: report.sh, nightly.sh and parallel.sh.
#
# The scripts' own work (atomic outputs, exit status, the incremental state,
# the parallel split and merge) is tested with stand-ins for the fact
# stages: a cf-extract that turns lines "CITY METRIC VALUE" of an article
# into fact records and logs the files it read, and pass-through
# normalize, translate-map and facts; cf-aggregate and cf-render are the
# real ones.  The last part runs the real pipeline on samples/ and on a
# corpus of 1,000 articles made from them.
. tests/lib.sh
P=$(pwd)/pipelines

if [ ! -x "$CF_BIN/cf-render" ] || [ ! -x "$CF_BIN/cf-aggregate" ]; then
	skip "pipelines" "cf-render or cf-aggregate is not built"
	exit 0
fi

S=$TMP/stub
mkdir -p "$S"
cat > "$S/cf-extract" <<'EOF'
#!/bin/sh
# Stand-in: each line "CITY METRIC VALUE" of an article is a fact; an article
# holding BROKEN is bad input.  Logs every file read to $STUB_LOG.
list=$(mktemp)
for p in "$@"; do
	if [ -d "$p" ]; then find "$p" -type f ! -name '.*' | LC_ALL=C sort; else echo "$p"; fi
done > "$list"
[ -n "$STUB_LOG" ] && cat "$list" >> "$STUB_LOG"
tr '\n' '\0' < "$list" | xargs -0 awk '
	function flush() {
		if (f == "") return
		if (bad) { print "cf-extract: " f ": not an article" > "/dev/stderr"; rc = 1 }
		else printf "{\"type\":\"doc\",\"doc\":\"%s\",\"bytes\":%d}\n%s", f, bytes, buf
	}
	FNR == 1 { flush(); f = FILENAME; bad = 0; bytes = 0; buf = "" }
	{ bytes += length($0) + 1 }
	/BROKEN/ { bad = 1 }
	NF == 3 { buf = buf sprintf("{\"type\":\"fact\",\"doc\":\"%s\",\"seg\":%d,\"lang\":\"en\",\"city\":\"%s\",\"area\":\"\",\"metric\":\"%s\",\"value\":%s,\"unit\":\"count\",\"qualifier\":\"=\",\"period\":\"2020\",\"kind\":\"actual\",\"evidence\":\"%s\",\"start\":0,\"end\":1}\n", f, FNR, $1, $2, $3, $0) }
	END { flush(); exit rc }'
rc=$?
rm -f "$list"
[ $rc -eq 0 ] || exit 1
EOF
printf '#!/bin/sh\nexec cat "$@"\n' > "$S/cf-normalize"
cp "$S/cf-normalize" "$S/cf-translate-map"
cp "$S/cf-normalize" "$S/cf-facts"
ln -s "$CF_BIN/cf-aggregate" "$S/cf-aggregate"
ln -s "$CF_BIN/cf-render" "$S/cf-render"
chmod +x "$S"/cf-*

A=$TMP/arts
mkdir -p "$A/sub"
printf 'Alpha ai_enterprises 100\nBeta employees 5\n' > "$A/a.txt"
printf 'Alpha ai_enterprises 120\n' > "$A/b.txt"
printf 'Gamma employees 7\nGamma employees 7\n' > "$A/sub/c.txt"

# --- report.sh -----------------------------------------------------------

O=$TMP/rep
check_rc "report.sh: exit 0" 0 env CF_BIN="$S" "$P/report.sh" -o "$O" "$A"
check "report.sh: quiet when all went well" "" "$(cat "$TMP/err")"
check "report.sh: the five files, no temporary left" "facts.csv
facts.ndjson
indicators.csv
report.html
report.md" "$(ls -A "$O")"
check "report.sh: facts.ndjson" "5 3" \
	"$(grep -c '"type":"fact"' "$O/facts.ndjson") $(grep -c '"type":"doc"' "$O/facts.ndjson")"
check "report.sh: facts.csv has a row per fact" "6" "$(wc -l < "$O/facts.csv")"
check "report.sh: indicators.csv" "city,area,metric,period,kind,unit,value,min,max,n,docs,conflict
Alpha,,ai_enterprises,2020,actual,count,100,100,120,2,$A/a.txt;$A/b.txt,true
Beta,,employees,2020,actual,count,5,5,5,1,$A/a.txt,false
Gamma,,employees,2020,actual,count,7,7,7,2,$A/sub/c.txt,false" "$(cat "$O/indicators.csv")"
check_grep "report.sh: report.html names the cities" "Gamma" "$O/report.html"
check_grep "report.sh: report.md names the cities" "Alpha" "$O/report.md"

# A bad article: reported, the rest processed, exit 1.
printf 'BROKEN\n' > "$A/bad.txt"
check_rc "report.sh: a bad article exits 1" 1 env CF_BIN="$S" "$P/report.sh" -o "$O" "$A"
check_grep "report.sh: the bad article is named" "bad.txt: not an article" "$TMP/err"
check "report.sh: the other articles are processed" "5" "$(grep -c '"type":"fact"' "$O/facts.ndjson")"
rm "$A/bad.txt"

# A stage that fails leaves the outputs as they were.
mkdir -p "$TMP/stub2"
cp -P "$S"/cf-* "$TMP/stub2/"
printf '#!/bin/sh\ncat > /dev/null\necho "cf-facts: out of memory" >&2\nexit 2\n' > "$TMP/stub2/cf-facts"
(cd "$O" && cksum ./*) > "$TMP/before"
check_rc "report.sh: a failed stage exits 2" 2 env CF_BIN="$TMP/stub2" "$P/report.sh" -o "$O" "$A"
check_grep "report.sh: the failed stage is named" "cf-facts failed \(exit 2\)" "$TMP/err"
check "report.sh: a failed run leaves the outputs as they were" "$(cat "$TMP/before")" "$(cd "$O" && cksum ./*)"
check "report.sh: a failed run leaves no temporary" "5" "$(ls -A "$O" | wc -l)"

# A run killed in the middle leaves the outputs as they were.
printf '#!/bin/sh\nsleep 30\n' > "$TMP/stub2/cf-facts"
env CF_BIN="$TMP/stub2" "$P/report.sh" -o "$O" "$A" 2>/dev/null &
pid=$!
sleep 1
kill -TERM "$pid"
wait "$pid"
check "report.sh: killed, exit 2" "2" "$?"
check "report.sh: killed, the outputs are as they were" "$(cat "$TMP/before")" "$(cd "$O" && cksum ./*)"
check "report.sh: killed, no temporary left" "5" "$(ls -A "$O" | wc -l)"

check_rc "report.sh: no -o is a usage error" 2 "$P/report.sh" "$A"
check_rc "report.sh: a missing tool is an error" 2 env CF_BIN="$TMP/nowhere" "$P/report.sh" -o "$O" "$A"
check_grep "report.sh: the missing tool is named" "cannot find .*cf-extract" "$TMP/err"

check_rc "report.sh --progress" 0 env CF_BIN="$S" "$P/report.sh" --progress -o "$O" "$A"
check_grep "report.sh --progress counts the articles" "3/3 articles" "$TMP/err"
check_rc "report.sh --quiet" 0 env CF_BIN="$S" "$P/report.sh" --quiet -o "$O" "$A"
check "report.sh --quiet says nothing" "" "$(cat "$TMP/err")"

# --- nightly.sh ----------------------------------------------------------

N=$TMP/night
L=$TMP/extract.log
export STUB_LOG="$L"
: > "$L"
check_rc "nightly.sh: first run" 0 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check "nightly.sh: first run reads every article" "3" "$(wc -l < "$L")"
check_grep "nightly.sh: one summary line" "^[0-9T:-]+Z nightly: 3 articles, 3 new, 0 changed; 5 facts added, 5 in the store" "$TMP/out"
check "nightly.sh: only that line" "1 0" "$(wc -l < "$TMP/out") $(wc -c < "$TMP/err")"

: > "$L"
check_rc "nightly.sh: second run" 0 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check "nightly.sh: nothing new, nothing read" "0" "$(wc -l < "$L")"
check_grep "nightly.sh: second summary" "nightly: 3 articles, 0 new, 0 changed; 0 facts added, 5 in the store" "$TMP/out"
check "nightly.sh: quiet otherwise" "1 0" "$(wc -l < "$TMP/out") $(wc -c < "$TMP/err")"

# One changed article (its facts are replaced), one new one, one the same
# content under a new time stamp (not read again).
printf 'Alpha ai_enterprises 130\n' > "$A/b.txt"
printf 'Delta employees 9\n' > "$A/d.txt"
touch "$A/a.txt"
: > "$L"
check_rc "nightly.sh: third run" 0 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check "nightly.sh: reads only the new and the changed" "$A/b.txt
$A/d.txt" "$(sort "$L")"
check_grep "nightly.sh: third summary" "nightly: 4 articles, 1 new, 1 changed; 2 facts added, 6 in the store" "$TMP/out"
check "nightly.sh: a changed article's facts are replaced" "100 130" \
	"$(grep '"metric":"ai_enterprises"' "$N/facts.ndjson" | jqr .value | sort -n | tr '\n' ' ' | sed 's/ $//')"
check "nightly.sh: the indicators are those of the whole store" \
	"Alpha,,ai_enterprises,2020,actual,count,100,100,130,2,$A/a.txt;$A/b.txt,true" \
	"$(grep '^Alpha' "$N/indicators.csv")"
check "nightly.sh: the log holds one line a run" "3" "$(wc -l < "$N/nightly.log")"
check "nightly.sh: outputs and state, no temporary" ".nightly.lock
.nightly.state
facts.csv
facts.ndjson
indicators.csv
nightly.log
report.html
report.md" "$(ls -A "$N")"

# The lock: a second run while one holds it does nothing.
flock "$N/.nightly.lock" sleep 3 &
sleep 1
printf 'Epsilon employees 1\n' > "$A/e.txt"
: > "$L"
check_rc "nightly.sh: the lock held, exit 2" 2 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check_grep "nightly.sh: says the lock is held" "another run holds" "$TMP/err"
check "nightly.sh: the lock held, nothing read" "0" "$(wc -l < "$L")"
wait
check_rc "nightly.sh: --wait for the lock" 0 env CF_BIN="$S" "$P/nightly.sh" --wait 5 -o "$N" "$A"
check_grep "nightly.sh: then the new article" "1 new, 0 changed; 1 facts added, 7 in the store" "$TMP/out"
rm "$A/e.txt"
unset STUB_LOG

# --- parallel.sh ---------------------------------------------------------

# 1,200 generated articles in 12 directories, some groups spread over many
# of them, one bad.
G=$TMP/corpus
mkdir -p "$G" && for d in 00 01 02 03 04 05 06 07 08 09 10 11; do mkdir -p "$G/d$d"; done
awk -v g="$G" 'BEGIN {
	srand(7)
	split("Alpha Beta Gamma Delta Epsilon Zeta", c, " ")
	split("ai_enterprises employees investment", m, " ")
	for (i = 0; i < 1200; i++) {
		f = sprintf("%s/d%02d/art%04d.txt", g, i % 12, i)
		k = 1 + int(rand() * 3)
		for (j = 0; j < k; j++)
			printf "%s %s %d\n", c[1 + int(rand() * 6)], m[1 + int(rand() * 3)], 100 + int(rand() * 5) * 10 > f
		close(f)
	}
}'
printf 'BROKEN\n' > "$G/d05/art0005.txt"
check "parallel.sh: the corpus has 1,200 articles" "1200" "$(find "$G" -type f | wc -l)"
env CF_BIN="$S" "$P/report.sh" --quiet -o "$TMP/serial" "$G" 2>/dev/null
check "parallel.sh: the serial run exits 1 (one bad article)" "1" "$?"
check_rc "parallel.sh: exit 1 (one bad article)" 1 env CF_BIN="$S" "$P/parallel.sh" --quiet -j 4 -n 100 --block 40k -o "$TMP/par" "$G"
check_grep "parallel.sh: the bad article is named" "art0005.txt: not an article" "$TMP/err"
for f in facts.ndjson facts.csv indicators.csv report.html report.md; do
	if cmp -s "$TMP/serial/$f" "$TMP/par/$f"; then ok "parallel.sh: $f equals the serial one"; else
		fail "parallel.sh: $f equals the serial one" "$(diff "$TMP/serial/$f" "$TMP/par/$f" | head -5)"
	fi
done
check "parallel.sh: the facts of 1,199 good articles" "1199" "$(grep -c '"type":"doc"' "$TMP/par/facts.ndjson")"
check "parallel.sh: the reduce merged several parts" "yes" \
	"$([ "$(wc -c < "$TMP/par/facts.ndjson")" -gt 100000 ] && echo yes)"
check "parallel.sh: 18 indicators" "19" "$(wc -l < "$TMP/par/indicators.csv")"

# --- the real pipeline ---------------------------------------------------

real=yes
for t in extract normalize translate-map facts; do
	[ -x "$CF_BIN/cf-$t" ] || real=
done
if [ -z "$real" ]; then
	skip "pipelines: the real pipeline" "cf-extract, cf-normalize, cf-translate-map or cf-facts is not built"
	exit 0
fi
