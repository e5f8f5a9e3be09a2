# cf-render's html report in a real browser: headless Chromium (Debian's
# chromium, installed by `make browser-deps`, which `make check` runs) loads
# the report of the samples' facts (when the pipeline's tools are built) and
# of facts written here, with hostile text among them.  No console error,
# no blocked request, the DOM complete and the text still escaped; the
# screenshot is kept in out/render-browser/ (not committed).
. tests/lib.sh
R=$CF_BIN/cf-render
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}

if [ -z "$CHROMIUM" ]; then
	skip "html in headless chromium" "chromium is not installed (as root: make browser-deps)"
	exit 0
fi

cat >"$TMP/facts.ndjson" <<'EOF'
{"type":"fact","doc":"t/en.txt","seg":1,"lang":"en","city":"Xian","area":"","metric":"ai_enterprises","value":310,"unit":"count","qualifier":"=","period":"2019","kind":"actual","evidence":"Xian counted 310 AI firms in 2019","start":5,"end":8}
{"type":"fact","doc":"t/en.txt","seg":2,"lang":"en","city":"Xian","area":"","metric":"ai_enterprises","value":420,"unit":"count","qualifier":">","period":"2021","kind":"actual","evidence":"=HYPERLINK(\"http://x.example/\",\"go\") <script>document.title='owned'</script> <img src=x onerror=\"document.title='owned'\"> more than 420 firms","start":50,"end":53}
{"type":"fact","doc":"t/zh.txt","seg":3,"lang":"zh","city":"Xian","area":"","metric":"ai_enterprises","value":800,"unit":"count","qualifier":"=","period":"2025","kind":"target","evidence":"到2025年，西安人工智能企业达到800家","start":30,"end":33}
{"type":"fact","doc":"t/pt.txt","seg":4,"lang":"pt","city":"Xian","area":"","metric":"industry_scale","value":52000000000,"unit":"CNY","qualifier":"~","period":"2021","kind":"actual","evidence":"a escala da indústria foi de cerca de 52 bilhões de yuans","start":70,"end":80}
EOF
cp "$TMP/facts.ndjson" "$TMP/all.ndjson"
pipeline=1
for t in extract normalize translate-map facts; do [ -x "$CF_BIN/cf-$t" ] || pipeline=; done
if [ -n "$pipeline" ] && [ -d samples ]; then
	"$CF_BIN/cf-extract" samples/ 2>/dev/null | "$CF_BIN/cf-normalize" 2>/dev/null |
		"$CF_BIN/cf-translate-map" 2>/dev/null | "$CF_BIN/cf-facts" 2>/dev/null >>"$TMP/all.ndjson"
fi
nind=$(( $("$R" -f md "$TMP/all.ndjson" 2>/dev/null | sed -n '/^## Indicators/,/^## Documents/p' | grep -c '^| ') - 2 ))

outdir=${CF_OUT:-out}/render-browser
mkdir -p "$outdir" || { outdir=$TMP; }
html=$(cd "$outdir" && pwd)/report.html
png=$(cd "$outdir" && pwd)/report.png
rm -f "$png"
check_rc "html report written" 0 "$R" -f html -o "$html" "$TMP/all.ndjson"

chrome() { # ARGS...: headless chromium, no network, a fresh profile
	prof=$(mktemp -d "$TMP/profile.XXXXXX")
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$prof" --enable-logging=stderr --v=0 "$@" "file://$html"
}

chrome --screenshot="$png" --window-size=1280,2000 >"$TMP/shot.out" 2>"$TMP/shot.err"
rc=$?
check "chromium takes the screenshot (exit 0)" "0" "$rc"
if [ -s "$png" ]; then
	check "screenshot is a 1280x2000 PNG" "89504e47 00000500 000007d0" \
		"$(od -An -tx1 -N4 "$png" | tr -d ' \n') $(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n') $(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')"
	check "screenshot is not blank (over 20 kB)" "yes" "$([ "$(wc -c <"$png")" -gt 20000 ] && echo yes || echo no)"
	echo "# screenshot: $png"
else
	fail "screenshot written" "no file at $png" "$(tail -5 "$TMP/shot.err")"
fi
check_nogrep "no console error, no blocked request" \
	'CONSOLE|Uncaught|Refused to|Content Security Policy|ERR_(BLOCKED|FILE|NAME|CONNECTION)|net::' "$TMP/shot.err"

chrome --dump-dom >"$TMP/dom.html" 2>"$TMP/dom.err"
check_grep "DOM: the document is complete" '</table>' "$TMP/dom.html"
check "DOM: a row per indicator" "$nind" "$(grep -o '<tr><td>' "$TMP/dom.html" | wc -l | tr -d ' ')"
check "DOM: one chart for the metric with values over time" "yes" \
	"$([ "$(grep -o '<svg' "$TMP/dom.html" | wc -l)" -ge 1 ] && echo yes || echo no)"
check_grep "DOM: Xian's chart is there" '<figcaption>Xian · AI enterprises</figcaption>' "$TMP/dom.html"
check_nogrep "DOM: the hostile text made no element" '<script|<img' "$TMP/dom.html"
check_grep "DOM: and shows as text" "&lt;script&gt;document.title='owned'&lt;/script&gt; &lt;img src=x onerror=\"document.title='owned'\"&gt;" "$TMP/dom.html"
check_grep "DOM: the title was not changed by a script" '<title>cityfacts report</title>' "$TMP/dom.html"
check_nogrep "DOM run: no console error" 'CONSOLE|Uncaught|Refused to' "$TMP/dom.err"
