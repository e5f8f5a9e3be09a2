# cf-render's html report in a real browser: Debian's chromium, headless.
#
# First the report of facts written here, hostile text among them, loaded
# with chromium's own --dump-dom: no console error, no blocked request, the
# DOM complete and the text still escaped.  Then, driven by puppeteer-core
# (`make check` installs it into build/node/ with npm; see
# tests/render-browser.js), the report of a corpus of 1,000 articles
# generated from samples/ (30 cities, digits permuted) plus samples/: it
# loads in under 2 s, filters, searches, sorts, opens an evidence list and
# does not scroll sideways at 420 px, the DOM checked after each step, with
# no request but the page.  The corpus and its facts are made once into
# build/browser-corpus/ and reused while the generator and the tools stay
# the same; screenshots at 1400 and 420 px go to build/render-browser/.
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
{"type":"fact","doc":"t/zh.txt","seg":3,"lang":"zh","city":"Xian","area":"","metric":"ai_enterprises","value":800,"unit":"count","qualifier":"=","period":"2025","kind":"target","evidence":"到2025年，西安人工智能企业达到800家","start":30,"end":39}
{"type":"fact","doc":"t/pt.txt","seg":4,"lang":"pt","city":"Xian","area":"","metric":"industry_scale","value":52000000000,"unit":"CNY","qualifier":"~","period":"2021","kind":"actual","evidence":"a escala da indústria foi de cerca de 52 bilhões de yuans","start":70,"end":80}
EOF
outdir=build/render-browser
mkdir -p "$outdir" || outdir=$TMP
outdir=$(cd "$outdir" && pwd)
html=$outdir/small.html
check_rc "html report written" 0 "$R" -f html -o "$html" "$TMP/facts.ndjson"

chrome() { # ARGS...: headless chromium, no network, a fresh profile
	prof=$(mktemp -d "$TMP/profile.XXXXXX")
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$prof" --enable-logging=stderr --v=0 "$@" "file://$html"
}

chrome --dump-dom >"$TMP/dom.html" 2>"$TMP/dom.err"
check "chromium loads the report (exit 0)" "0" "$?"
check_grep "DOM: the document is complete" '</table>' "$TMP/dom.html"
check "DOM: a row per indicator" "4" "$(grep -o '<tr id="i[0-9]*"' "$TMP/dom.html" | wc -l | tr -d ' ')"
check_grep "DOM: the script ran (the filter form shown, the rows counted)" '<output id="shown">4 of 4 indicators shown</output>' "$TMP/dom.html"
check_grep "DOM: Xian's chart is there" '<figcaption>AI enterprises <span class="muted">\(count\)</span></figcaption>' "$TMP/dom.html"
check "DOM: the hostile text made no element" "0 1" \
	"$(grep -c '<img' "$TMP/dom.html") $(grep -o '<script' "$TMP/dom.html" | wc -l | tr -d ' ')"
check_grep "DOM: and shows as text" "&lt;script&gt;document.title='owned'&lt;/script&gt; &lt;img src=x onerror=\"document.title='owned'\"&gt;" "$TMP/dom.html"
check_grep "DOM: the title was not changed by a script" '<title>cityfacts report</title>' "$TMP/dom.html"
check_nogrep "no console error, no blocked request" \
	'CONSOLE|Uncaught|Refused to|Content Security Policy|ERR_(BLOCKED|FILE|NAME|CONNECTION)|net::' "$TMP/dom.err"

# ---- a corpus: 1,000 generated articles and samples/ ----
NODE_MODULES=${CF_NODE_MODULES:-build/node/node_modules}
if ! command -v node >/dev/null || [ ! -f "$NODE_MODULES/puppeteer-core/package.json" ]; then
	skip "the report of a corpus in chromium" "node or puppeteer-core is not installed (make browser-node)"
	exit 0
fi
for t in extract normalize translate-map facts aggregate; do
	[ -x "$CF_BIN/cf-$t" ] || { skip "the report of a corpus in chromium" "cf-$t is not built"; exit 0; }
done
C=build/browser-corpus
gen='
FNR == 1 { k++ }
{ text[k] = text[k] $0 "\n" }
END {
	n = split("Shanghai Hangzhou Guangzhou Chengdu Wuhan Nanjing Suzhou Tianjin Chongqing Hefei Changsha Zhengzhou Qingdao Jinan Xiamen Fuzhou Ningbo Dalian Shenyang Harbin Kunming Nanning Guiyang Nanchang Taiyuan Shijiazhuang Changchun Lanzhou Wuxi Dongguan", en, " ")
	split("上海 杭州 广州 成都 武汉 南京 苏州 天津 重庆 合肥 长沙 郑州 青岛 济南 厦门 福州 宁波 大连 沈阳 哈尔滨 昆明 南宁 贵阳 南昌 太原 石家庄 长春 兰州 无锡 东莞", zh, " ")
	split("1 3 4 5 6 7 8 9", dg, " ")
	for (i = 0; i < 1000; i++) {
		s = text[1 + i % k]
		c = 1 + int(i / k) % n
		if (c > 1) { gsub(/Shanghai/, en[c], s); gsub(/Xangai/, en[c], s); gsub(/上海/, zh[c], s) }
		r = int(i / (n * k)) % 8
		for (j = 1; j <= 8; j++) gsub(dg[j], "\001" j "\002", s)
		for (j = 1; j <= 8; j++) gsub("\001" j "\002", dg[1 + (j - 1 + r) % 8], s)
		f = sprintf("%s/d%d/art%04d.txt", out, i % 10, i)
		printf "%s", s > f
		close(f)
	}
}'
stamp=$( { printf '%s' "$gen"; cat samples/*; } | md5sum | cut -c1-32)
if [ "$(cat "$C/.stamp" 2>/dev/null)" != "$stamp" ]; then
	rm -rf "$C"
	for d in 0 1 2 3 4 5 6 7 8 9; do mkdir -p "$C/gen/d$d"; done
	awk -v out="$C/gen" "$gen" samples/*
	cp samples/* "$C/gen/"
	echo "$stamp" >"$C/.stamp"
fi
check "corpus: 1,000 generated articles and the samples" "$((1000 + $(ls samples | wc -l)))" \
	"$(find "$C/gen" -type f | wc -l | tr -d ' ')"
key=$( { cat "$C/.stamp"; cat "$CF_BIN/cf-extract" "$CF_BIN/cf-normalize" "$CF_BIN/cf-translate-map" \
	"$CF_BIN/cf-facts" "$CF_BIN/cf-aggregate"; } | md5sum | cut -c1-32)
if [ "$(cat "$C/.facts.key" 2>/dev/null)" != "$key" ]; then
	"$CF_BIN/cf-extract" "$C/gen" | "$CF_BIN/cf-normalize" | "$CF_BIN/cf-translate-map" \
		| "$CF_BIN/cf-facts" >"$C/facts.ndjson" 2>"$TMP/pipe.err" &&
		"$CF_BIN/cf-aggregate" "$C/facts.ndjson" >"$C/aggs.ndjson" 2>>"$TMP/pipe.err" &&
		echo "$key" >"$C/.facts.key"
fi
check "corpus: the pipeline ran" "$key" "$(cat "$C/.facts.key" 2>/dev/null)"
nf=$(grep -c '^{"type":"fact"' "$C/facts.ndjson")
na=$(grep -c '^{"type":"agg"' "$C/aggs.ndjson")
echo "# corpus: $(grep -c '^{"type":"doc"' "$C/facts.ndjson") articles, $nf facts, $na indicators"
check "corpus: thousands of facts, hundreds of indicators" "yes" \
	"$([ "$nf" -ge 3000 ] && [ "$na" -ge 500 ] && echo yes || echo "no: $nf facts, $na indicators")"
html=$outdir/report.html
rm -f "$outdir/report-1400.png" "$outdir/report-420.png"
check_rc "corpus: html report written" 0 "$R" -f html -o "$html" "$C/facts.ndjson" "$C/aggs.ndjson"
grep '^{"type":"agg"' "$C/aggs.ndjson" >"$TMP/aggs.only"
NODE_PATH=$(cd "$NODE_MODULES" && pwd) timeout 300 node tests/render-browser.js "$CHROMIUM" "$html" \
	"$TMP/aggs.only" "$outdir" "$(mktemp -d "$TMP/profile.XXXXXX")" >"$TMP/node.out" 2>"$TMP/node.err"
rc=$?
cat "$TMP/node.out"
check "corpus: the browser run exits 0" "0" "$rc"
[ "$rc" -eq 0 ] || sed 's/^/    /' "$TMP/node.err" | head -20
for w in 1400 420; do
	png=$outdir/report-$w.png
	check "corpus: a screenshot $w px wide" "89504e47 $(printf '%08x' "$w")" \
		"$(od -An -tx1 -N4 "$png" 2>/dev/null | tr -d ' \n') $(od -An -tx1 -j16 -N4 "$png" 2>/dev/null | tr -d ' \n')"
done
