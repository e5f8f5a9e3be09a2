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
# The html report says when it was made: the same time for every run
# here, so that the reports of two runs can be compared byte for byte.
SOURCE_DATE_EPOCH=1767225600
export SOURCE_DATE_EPOCH

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
	[ "$p" = -- ] && continue
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
check "report.sh: the five files, linked to one generation, no temporary left" ".cityfacts.lock
.gen
current
facts.csv -> current/facts.csv
facts.ndjson -> current/facts.ndjson
indicators.csv -> current/indicators.csv
report.html -> current/report.html
report.md -> current/report.md" "$(cd "$O" && for f in $(ls -A); do case $f in .gen.*) echo .gen ;; *) if [ -L "$f" ] && [ "$f" != current ]; then echo "$f -> $(readlink "$f")"; else echo "$f"; fi ;; esac; done)"
check "report.sh: current is the generation" "$(cd "$O" && ls -d .gen.*)" "$(readlink "$O/current")"
check "report.sh: the generation holds the five files only" "facts.csv facts.ndjson indicators.csv report.html report.md" "$(ls -A "$O/current" | tr '\n' ' ' | sed 's/ $//')"
check "report.sh: facts.ndjson" "5 3" \
	"$(grep -c '"type":"fact"' "$O/facts.ndjson") $(grep -c '"type":"doc"' "$O/facts.ndjson")"
check "report.sh: facts.csv has a row per fact" "6" "$(wc -l < "$O/facts.csv")"
check "report.sh: indicators.csv" "place,city,area,metric,period,kind,unit,value,min,max,n,qualifiers,docs,conflict
Alpha,Alpha,,ai_enterprises,2020,actual,count,100,100,120,2,=,$A/a.txt;$A/b.txt,true
Beta,Beta,,employees,2020,actual,count,5,5,5,1,=,$A/a.txt,false
Gamma,Gamma,,employees,2020,actual,count,7,7,7,2,=,$A/sub/c.txt,false" "$(cat "$O/indicators.csv")"
check "report.sh: facts.csv has the article's lang, title and date columns" \
	"doc,lang,title,date,place,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end
$A/a.txt,en,,,Alpha,Alpha,,ai_enterprises,100,count,=,2020,actual,Alpha ai_enterprises 100,0,1" \
	"$(head -2 "$O/facts.csv")"
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
(cd "$O" && cksum facts.ndjson facts.csv indicators.csv report.html report.md) > "$TMP/before"
check_rc "report.sh: a failed stage exits 2" 2 env CF_BIN="$TMP/stub2" "$P/report.sh" -o "$O" "$A"
check_grep "report.sh: the failed stage is named" "cf-facts failed \(exit 2\)" "$TMP/err"
check "report.sh: a failed run leaves the outputs as they were" "$(cat "$TMP/before")" "$(cd "$O" && cksum facts.ndjson facts.csv indicators.csv report.html report.md)"
check "report.sh: a failed run leaves no temporary" "8 1" "$(ls -A "$O" | wc -l) $(ls -A "$O" | grep -c '^\.gen\.')"

# A run killed in the middle leaves the outputs as they were.
printf '#!/bin/sh\ntouch "$STARTED"\nsleep 30\n' > "$TMP/stub2/cf-facts"
env CF_BIN="$TMP/stub2" STARTED="$TMP/started" "$P/report.sh" -o "$O" "$A" 2>/dev/null &
pid=$!
i=0
while [ ! -f "$TMP/started" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$pid"
wait "$pid"
check "report.sh: killed, exit 2" "2" "$?"
check "report.sh: killed, the outputs are as they were" "$(cat "$TMP/before")" "$(cd "$O" && cksum facts.ndjson facts.csv indicators.csv report.html report.md)"
check "report.sh: killed, no temporary left" "8 1" "$(ls -A "$O" | wc -l) $(ls -A "$O" | grep -c '^\.gen\.')"

check_rc "report.sh: no -o is a usage error" 2 "$P/report.sh" "$A"
check_rc "report.sh: a missing tool is an error" 2 env CF_BIN="$TMP/nowhere" "$P/report.sh" -o "$O" "$A"
check_grep "report.sh: the missing tool is named" "cannot find .*cf-extract" "$TMP/err"

check_rc "report.sh --progress" 0 env CF_BIN="$S" "$P/report.sh" --progress -o "$O" "$A"
check_grep "report.sh --progress counts the articles" "3/3 articles" "$TMP/err"
check "report.sh --progress: at the end, where the outputs went" \
	"report.sh: wrote $O/: 5 facts, 3 indicators (facts.ndjson, facts.csv, indicators.csv, report.html, report.md)" \
	"$(tail -1 "$TMP/err")"
check_rc "report.sh --progress in 40 columns" 0 env COLUMNS=40 CF_BIN="$S" "$P/report.sh" --progress -o "$O" "$A"
check "report.sh --progress: each progress line fits 40 columns" "0" \
	"$(head -1 "$TMP/err" | tr '\r' '\n' | awk 'length($0) > 39' | wc -l | tr -d ' ')"
check_grep "report.sh --progress: cut, not wrapped" "^.report.sh: 3/3 articles in [0-9]+s *$" "$TMP/err"
if command -v parallel >/dev/null; then
	check_rc "parallel.sh --progress in 40 columns" 0 env COLUMNS=40 CF_BIN="$S" "$P/parallel.sh" --progress -n 1 -o "$TMP/parp" "$A"
	check "parallel.sh --progress: articles, as report.sh counts them, in 40 columns" "parallel.sh: 3/3 articles in" \
		"$(head -1 "$TMP/err" | tr '\r' '\n' | awk 'length($0) > 39 { print "too wide: " $0 } /articles in/ { sub(/ [0-9]+s *$/, ""); print }' | tail -1)"
	check "parallel.sh --progress: no file names, no job bar, then where the outputs went" \
		"parallel.sh: wrote $TMP/parp/: 5 facts, 3 indicators (facts.ndjson, facts.csv, indicators.csv, report.html, report.md)" \
		"$(tail -n +2 "$TMP/err")"
fi
check_rc "report.sh --quiet" 0 env CF_BIN="$S" "$P/report.sh" --quiet -o "$O" "$A"
check "report.sh --quiet says nothing" "" "$(cat "$TMP/err")"

# --- nightly.sh ----------------------------------------------------------

N=$TMP/night
L=$TMP/extract.log
export STUB_LOG="$L"
: > "$L"
check_rc "nightly.sh: first run" 0 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check "nightly.sh: first run reads every article" "3" "$(wc -l < "$L")"
check_grep "nightly.sh: one summary line" "^[0-9T:-]+Z nightly: 3 articles, 3 new, 0 changed, 0 gone; 5 facts added, 5 in the store" "$TMP/out"
check "nightly.sh: only that line" "1 0" "$(wc -l < "$TMP/out") $(wc -c < "$TMP/err")"

: > "$L"
check_rc "nightly.sh: second run" 0 env CF_BIN="$S" "$P/nightly.sh" -o "$N" "$A"
check "nightly.sh: nothing new, nothing read" "0" "$(wc -l < "$L")"
check_grep "nightly.sh: second summary" "nightly: 3 articles, 0 new, 0 changed, 0 gone; 0 facts added, 5 in the store" "$TMP/out"
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
check_grep "nightly.sh: third summary" "nightly: 4 articles, 1 new, 1 changed, 0 gone; 2 facts added, 6 in the store" "$TMP/out"
check "nightly.sh: a changed article's facts are replaced" "100 130" \
	"$(grep '"metric":"ai_enterprises"' "$N/facts.ndjson" | jqr .value | sort -n | tr '\n' ' ' | sed 's/ $//')"
check "nightly.sh: the indicators are those of the whole store" \
	"Alpha,Alpha,,ai_enterprises,2020,actual,count,100,100,130,2,=,$A/a.txt;$A/b.txt,true" \
	"$(grep '^Alpha' "$N/indicators.csv")"
check "nightly.sh: the log holds one line a run" "3" "$(wc -l < "$N/nightly.log")"
check "nightly.sh: outputs and state, no temporary" ".cityfacts.lock
.gen
.nightly.lock
.nightly.state
current
facts.csv
facts.ndjson
indicators.csv
nightly.log
report.html
report.md" "$(ls -A "$N" | sed 's/^\.gen\..*/.gen/')"

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
check_grep "nightly.sh: then the new article" "1 new, 0 changed, 0 gone; 1 facts added, 7 in the store" "$TMP/out"
rm "$A/e.txt"
unset STUB_LOG

# --- parallel.sh ---------------------------------------------------------

# 300 generated articles in 12 directories, some groups spread over many
# of them, one bad.  (The real pipeline is tested on 1,000 below.)
G=$TMP/corpus
mkdir -p "$G" && for d in 00 01 02 03 04 05 06 07 08 09 10 11; do mkdir -p "$G/d$d"; done
awk -v g="$G" 'BEGIN {
	srand(7)
	split("Alpha Beta Gamma Delta Epsilon Zeta", c, " ")
	split("ai_enterprises employees investment", m, " ")
	for (i = 0; i < 300; i++) {
		f = sprintf("%s/d%02d/art%04d.txt", g, i % 12, i)
		k = 1 + int(rand() * 3)
		for (j = 0; j < k; j++)
			printf "%s %s %d\n", c[1 + int(rand() * 6)], m[1 + int(rand() * 3)], 100 + int(rand() * 5) * 10 > f
		close(f)
	}
}'
printf 'BROKEN\n' > "$G/d05/art0005.txt"
check "parallel.sh: the corpus has 300 articles" "300" "$(find "$G" -type f | wc -l)"
env CF_BIN="$S" "$P/report.sh" --quiet -o "$TMP/serial" "$G" 2>/dev/null
check "parallel.sh: the serial run exits 1 (one bad article)" "1" "$?"
check_rc "parallel.sh: exit 1 (one bad article)" 1 env CF_BIN="$S" "$P/parallel.sh" --quiet -j 4 -n 50 --block 20k -o "$TMP/par" "$G"
check_grep "parallel.sh: the bad article is named" "art0005.txt: not an article" "$TMP/err"
for f in facts.ndjson facts.csv indicators.csv report.html report.md; do
	if cmp -s "$TMP/serial/$f" "$TMP/par/$f"; then ok "parallel.sh: $f equals the serial one"; else
		fail "parallel.sh: $f equals the serial one" "$(diff "$TMP/serial/$f" "$TMP/par/$f" | head -5)"
	fi
done
check "parallel.sh: the facts of 299 good articles" "299" "$(grep -c '"type":"doc"' "$TMP/par/facts.ndjson")"
check "parallel.sh: the reduce merged several blocks of 20k" "yes" \
	"$([ "$(wc -c < "$TMP/par/facts.ndjson")" -gt 60000 ] && echo yes)"
check "parallel.sh: 18 indicators and a header" "19" "$(wc -l < "$TMP/par/indicators.csv")"
check_rc "parallel.sh --progress" 1 env CF_BIN="$S" "$P/parallel.sh" --progress -j 4 -n 50 -o "$TMP/par" "$G"
check_grep "parallel.sh --progress counts articles, as report.sh does" "parallel.sh: 299/300 articles in [0-9]+s" "$TMP/err"
check_nogrep "parallel.sh --progress: no job bar, no file names" "ETA|%|art0001" "$TMP/err"
check_grep "parallel.sh: says where the outputs went" \
	"^parallel.sh: wrote $TMP/par/: [0-9]+ facts, 18 indicators \\(facts.ndjson, facts.csv, indicators.csv, report.html, report.md\\)$" "$TMP/err"

# --- the real pipeline ---------------------------------------------------

real=yes
for t in extract normalize translate-map facts; do
	[ -x "$CF_BIN/cf-$t" ] || real=
done
if [ -z "$real" ]; then
	skip "pipelines: the real pipeline" "cf-extract, cf-normalize, cf-translate-map or cf-facts is not built"
	exit 0
fi

# make demo: report.sh on samples/ through pipelines/demo.sh.
D=$TMP/demo
check_rc "demo: exit 0" 0 sh pipelines/demo.sh "$CF_BIN" "$D"
check_grep "demo: says where the report is" "^the report: $D/report.html" "$TMP/out"
check "demo: the five files and their generation" "current facts.csv facts.ndjson indicators.csv report.html report.md" "$(ls "$D" | tr '\n' ' ' | sed 's/ $//')"
nfacts=$(grep -c '^{"type":"fact"' "$D/facts.ndjson")
check "demo: facts.csv opens in Python's csv module, a row per fact" "$nfacts $nfacts" \
	"$(python3 -c 'import csv, sys; r = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))); print(len(r), sum(1 for x in r if x["metric"] and x["city"]))' "$D/facts.csv")"
check "demo: some facts" "yes" "$([ "$nfacts" -ge 10 ] && echo yes)"
check "demo: each fact row has its article's lang, title and date" "$nfacts" \
	"$(python3 -c '
import csv, json, sys
docs = {}
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    if r["type"] == "doc": docs[r["doc"]] = r
rows = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
print(sum(1 for x in rows if x["title"] and x["title"] == docs[x["doc"]].get("title") and x["date"] == docs[x["doc"]].get("date", "") and x["lang"] == docs[x["doc"]]["lang"]))' "$D/facts.ndjson" "$D/facts.csv")"
check "demo: indicators.csv has a row per agg record" \
	"$("$CF_BIN/cf-aggregate" "$D/facts.ndjson" | grep -c '^{"type":"agg"')" \
	"$(python3 -c 'import csv, sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))))' "$D/indicators.csv")"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
if [ -n "$CHROMIUM" ]; then
	shots=${CF_OUT:-out}/pipelines
	mkdir -p "$shots" 2>/dev/null || shots=$TMP
	png=$(cd "$shots" && pwd)/demo-report.png
	rm -f "$png"
	prof=$(mktemp -d "$TMP/profile.XXXXXX")
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$prof" --enable-logging=stderr --v=0 --screenshot="$png" \
		--window-size=1280,1600 "file://$D/report.html" >"$TMP/shot.out" 2>"$TMP/shot.err"
	check "demo: chromium renders report.html (exit 0)" "0" "$?"
	check "demo: the screenshot is saved" "yes" "$([ -s "$png" ] && echo yes)"
	check_nogrep "demo: no console error, no blocked request" \
		'CONSOLE|Uncaught|Refused to|Content Security Policy|ERR_(BLOCKED|FILE|NAME|CONNECTION)|net::' "$TMP/shot.err"
	echo "# screenshot: $png"
else
	skip "demo: report.html in headless chromium" "chromium is not installed (as root: make browser-deps)"
fi

# A bad article (UTF-16) among good ones: reported, the rest processed.
mkdir -p "$TMP/mixed"
cp samples/* "$TMP/mixed/"
printf '\377\376A\000r\000t\000\n\000' > "$TMP/mixed/utf16.txt"
check_rc "real: a bad article exits 1" 1 "$P/report.sh" --quiet -o "$TMP/mixedout" "$TMP/mixed"
check_grep "real: cf-extract names the bad article" "^cf-extract: .*utf16.txt" "$TMP/err"
check "real: the good articles' facts are all there" "$nfacts" "$(grep -c '^{"type":"fact"' "$TMP/mixedout/facts.ndjson")"

# nightly.sh with the real tools: the second run reads nothing.
check_rc "real nightly: first run" 1 "$P/nightly.sh" -o "$TMP/rn" "$TMP/mixed"
check_grep "real nightly: every article new" "nightly: 6 articles, 6 new, 0 changed, 0 gone; $nfacts facts added" "$TMP/out"
check_rc "real nightly: second run" 0 "$P/nightly.sh" -o "$TMP/rn" "$TMP/mixed"
check "real nightly: nothing new, one line, nothing on stderr" "1 0 yes" \
	"$(wc -l < "$TMP/out") $(wc -c < "$TMP/err") $(grep -q '0 new, 0 changed, 0 gone; 0 facts added' "$TMP/out" && echo yes)"

# parallel.sh equals report.sh on 1,000 articles made from the samples:
# digits 1 and 3-9 permuted (numbers and dates change; 0 and 2 stay, so
# years stay years) and cities renamed, in 10 directories.
C=$TMP/corpus1000
for d in 0 1 2 3 4 5 6 7 8 9; do mkdir -p "$C/d$d"; done
awk -v out="$C" -v n=1000 '
FNR == 1 { k++ }
{ text[k] = text[k] $0 "\n" }
END {
	split("Shanghai Beijing Shenzhen Hangzhou Guangzhou Chengdu", en, " ")
	split("上海 北京 深圳 杭州 广州 成都", zh, " ")
	split("1 3 4 5 6 7 8 9", dg, " ")
	for (i = 0; i < n; i++) {
		s = text[1 + i % k]
		c = 1 + int(i / k) % 6
		if (c > 1) { gsub(/Shanghai/, en[c], s); gsub(/Xangai/, en[c], s); gsub(/上海/, zh[c], s) }
		r = int(i / (6 * k)) % 8
		for (j = 1; j <= 8; j++) gsub(dg[j], "\001" j "\002", s)
		for (j = 1; j <= 8; j++) gsub("\001" j "\002", dg[1 + (j - 1 + r) % 8], s)
		f = sprintf("%s/d%d/art%04d.txt", out, i % 10, i)
		printf "%s", s > f
		close(f)
	}
}' samples/*
check "real corpus: 1,000 articles" "1000" "$(find "$C" -type f | wc -l)"
check_rc "real corpus: report.sh" 0 "$P/report.sh" --quiet -o "$TMP/rs" "$C"
check_rc "real corpus: parallel.sh" 0 "$P/parallel.sh" --quiet -j 2 -n 100 --block 256k -o "$TMP/rp" "$C"
for f in facts.ndjson facts.csv indicators.csv report.html report.md; do
	if cmp -s "$TMP/rs/$f" "$TMP/rp/$f"; then ok "real corpus: parallel $f equals serial"; else
		fail "real corpus: parallel $f equals serial" "$(diff "$TMP/rs/$f" "$TMP/rp/$f" | head -5)"
	fi
done
nf=$(grep -c '^{"type":"fact"' "$TMP/rs/facts.ndjson")
ni=$(($(wc -l < "$TMP/rs/indicators.csv") - 1))
check "real corpus: many facts and indicators" "yes" "$([ "$nf" -ge 2000 ] && [ "$ni" -ge 200 ] && echo yes)"
echo "# real corpus: 1000 articles, $nf facts, $ni indicators"

# A hostile article through report.sh --excel: its text is escaped in the
# reports and the formula is neutralised in the CSV.
mkdir -p "$TMP/hostile"
cat > "$TMP/hostile/evil.txt" <<'EOF'
Robots in the harbour district

Time: 2022-03-04

=HYPERLINK("http://x.example/","go") Shanghai now has more than 700 AI companies in 2022 <script>document.title='owned'</script> <img src=x onerror="document.title='owned'">, officials said.
EOF
check_rc "hostile: report.sh --excel" 0 "$P/report.sh" --quiet --excel -o "$TMP/hout" "$TMP/hostile"
check "hostile: one fact" "1" "$(grep -c '^{"type":"fact"' "$TMP/hout/facts.ndjson")"
check "hostile: facts.csv starts with a BOM and ends lines with CRLF" "efbbbf 0d0a" \
	"$(head -c 3 "$TMP/hout/facts.csv" | od -An -tx1 | tr -d ' \n') $(head -1 "$TMP/hout/facts.csv" | tail -c 2 | od -An -tx1 | tr -d ' \n')"
check_grep "hostile: the formula is guarded with '" ",\"'=HYPERLINK\(\"\"http://x.example/\"\",\"\"go\"\"\) Shanghai now has" "$TMP/hout/facts.csv"
check_nogrep "hostile: no unguarded formula" '(^|,)"?=HYPERLINK' "$TMP/hout/facts.csv"
check "hostile: no script or img element in report.html but the report's own script" "1 0" \
	"$(grep -o '<script' "$TMP/hout/report.html" | wc -l | tr -d ' ') $(grep -c '<img' "$TMP/hout/report.html")"
check_grep "hostile: the text is shown escaped in report.html" \
	"&lt;script&gt;document.title=(&#39;|&#x27;|')owned(&#39;|&#x27;|')&lt;/script&gt; &lt;img src=x onerror=&quot;" "$TMP/hout/report.html"
check_nogrep "hostile: no script or img element in report.md" '<script|<img' "$TMP/hout/report.md"
