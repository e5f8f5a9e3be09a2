#!/bin/sh
# cf-extract on web pages (lib/html.c): the body of a page written for this
# test comes out in order with its headings, list items and table cells,
# without menus, sidebars, comments, footers, scripts or styles; entities
# are decoded and white space collapsed; every seg's start..end spans
# markup that holds its text; metadata from <meta>, JSON-LD and <time>;
# GBK, Big5 and Windows-1252 pages, declared or not, decode to UTF-8;
# gzip'd pages read the same.  Then the title and date of the Chinese and
# Portuguese pages in ../shared/peer against their published gold.
# locale-sensitive
. tests/lib.sh

X=$CF_BIN/cf-extract

# spans NDJSON: prints "SEGS BAD", BAD being the segs whose page bytes
# start..end, tags stripped and entities decoded, do not hold their text
# (white space aside).  CHARSET (default utf-8) decodes the page.
spans() {
	python3 -c '
import sys, json, gzip, re, html
bad = n = 0
cache = {}
cs = sys.argv[2] if len(sys.argv) > 2 else "utf-8"
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["type"] != "seg":
        continue
    p = r["doc"]
    if p not in cache:
        b = open(p, "rb").read()
        cache[p] = gzip.decompress(b) if b[:2] == b"\x1f\x8b" else b
    span = cache[p][r["start"]:r["end"]].decode(cs, "replace")
    span = html.unescape(re.sub(r"<[^>]*>", "", span))
    n += 1
    if re.sub(r"\s+", "", r["text"]) not in re.sub(r"\s+", "", span):
        bad += 1
print(n, bad)' "$@"
}

# segtext NDJSON: the texts of the segs, one a line.
segtext() { jqr 'select(.type=="seg") | .text' "$1"; }

cat >"$TMP/page.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour City opens its robotics campus - The Tern Gazette</title>
<meta property="og:title" content="Harbour City opens its robotics campus">
<meta name="author" content="Mara Quill">
<meta property="article:published_time" content="2021-03-09T08:30:00+08:00">
<style>.story p { color: #333 } .hidden-marker { content: "style text" }</style>
<script>var trackingNote = "script text in the head";</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/tech">Technology</a></li>
<li><a href="/city">City news</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="layout">
<article class="story">
<h1>Harbour City opens its robotics campus</h1>
<p class="byline">By Mara Quill</p>
<p>The municipal government of Harbour City opened a robotics campus on Tuesday, and officials said that
   forty companies had already signed leases for laboratories in its first two buildings.</p>
<script>document.write("script text in the body");</script>
<p>The campus cost 3.2 billion yuan, according to the city&#8217;s planning bureau, which expects the
district to employ about 12,000 people by the end of next year.</p>
<h2>What the &quot;campus&quot; offers</h2>
<p>Tenants share a test track, a clean room and a computing centre, the bureau said in a statement that
was published on its website late on Monday.</p>
<ul>
<li>A test track of 800 metres for delivery robots, open to every tenant of the campus.</li>
<li>A shared computing centre that the bureau says will reach 300 petaflops in its second phase.</li>
</ul>
<figure><img src="campus.jpg" alt=""><figcaption>The campus seen from the harbour bridge on Tuesday morning, with the two laboratory blocks on the left. Photo: city press office</figcaption></figure>
<table><tr><td>Buildings in the first phase</td><td>Two laboratory blocks and a hall</td></tr></table>
<p>Caf&eacute; owners nearby welcome the workers &amp; their visitors &mdash; &#x201C;we open earlier now,&#8221; one of them said, &#x4E2D;&#25991; included.</p>
<p>Spaced     out
   text keeps   one space between words, and the bureau said it would publish a second report in the autumn.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Ferry timetable changes this weekend</a></li>
<li><a href="/b">Council approves a new bicycle lane along the river</a></li>
<li><a href="/c">Night market returns to the old port district</a></li></ul></aside>
</div>
<div id="comments" class="comment-list">
<p>Reader comment: this is a wonderful development for the harbour and I hope the trams will run later at night.</p>
<p>Reader comment: I wonder how many of these forty companies will still be there in five years from now.</p>
</div>
<footer class="site-footer"><p>Copyright 2021 The Tern Gazette. All rights reserved. Contact us for reprints.</p></footer>
</body>
</html>
EOF

check_rc "html page: exit 0" 0 "$X" "$TMP/page.html"
cp "$TMP/out" "$TMP/page.out"
check "html page: doc metadata" \
	'{"title":"Harbour City opens its robotics campus","date":"2021-03-09","author":"Mara Quill","lang":"en","offsets":"html"}' \
	"$(jqr 'select(.type=="doc") | {title, date, author, lang, offsets}' "$TMP/page.out")"
segtext "$TMP/page.out" >"$TMP/page.txt"
check "html page: first seg is the headline" "Harbour City opens its robotics campus" "$(head -1 "$TMP/page.txt")"
check_grep "html page: body paragraph" '^The municipal government of Harbour City opened a robotics campus on Tuesday' "$TMP/page.txt"
check_grep "html page: heading with entity" '^What the "campus" offers$' "$TMP/page.txt"
check_grep "html page: list item" '^A shared computing centre that the bureau says will reach 300 petaflops' "$TMP/page.txt"
check_grep "html page: table cell" '^Two laboratory blocks and a hall$' "$TMP/page.txt"
check "html page: body in order" \
	"Harbour City opens|The municipal government|The campus cost|What the|Tenants share|A test track|A shared computing|Buildings in the|Two laboratory|Café owners|Spaced out" \
	"$(grep -o -E '^(Harbour City opens|The municipal government|The campus cost|What the|Tenants share|A test track|A shared computing|Buildings in the|Two laboratory|Café owners|Spaced out)' "$TMP/page.txt" | paste -sd'|' -)"
check_grep "html page: entities decoded" '^Café owners nearby welcome the workers & their visitors — “we open earlier now,” one of them said, 中文 included\.$' "$TMP/page.txt"
check_grep "html page: numeric entity in a sentence" "city’s planning bureau" "$TMP/page.txt"
check_grep "html page: white space collapsed" '^Spaced out text keeps one space between words, and' "$TMP/page.txt"
check_nogrep "html page: no script or style text" 'script text|style text|trackingNote|color:' "$TMP/page.txt"
check_nogrep "html page: no menu" '^(Home|Technology|City news|Sport)$' "$TMP/page.txt"
check_nogrep "html page: no sidebar" 'Ferry timetable|bicycle lane|Night market|Most read' "$TMP/page.txt"
check_nogrep "html page: no comments" 'Reader comment' "$TMP/page.txt"
check_nogrep "html page: no footer" 'Copyright|reprints' "$TMP/page.txt"
check_nogrep "html page: no picture caption" 'harbour bridge|press office' "$TMP/page.txt"
check "html page: every seg's offsets span its source" "$(grep -c '"type":"seg"' "$TMP/page.out") 0" "$(spans "$TMP/page.out")"
check "html page: spans are inside the page" "0" \
	"$(jqr --argjson n "$(wc -c <"$TMP/page.html")" 'select(.type=="seg" and (.start < 0 or .end > $n or .start >= .end)) | .seg' "$TMP/page.out" | wc -l | tr -d ' ')"

# gzip'd, the page gives the same records
gzip -c "$TMP/page.html" >"$TMP/pagegz.html.gz"
"$X" "$TMP/pagegz.html.gz" 2>/dev/null | jqr 'del(.doc)' >"$TMP/gz.out"
jqr 'del(.doc)' "$TMP/page.out" >"$TMP/plain.out"
check "html page: gzip'd reads the same" "$(cat "$TMP/plain.out")" "$(cat "$TMP/gz.out")"

# JSON-LD and <time> give what <meta> does not
cat >"$TMP/ld.html" <<'EOF'
<html><head><title>Port Vale | News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Port Vale News"},
{"@type":"NewsArticle","headline":"Port Vale funds a chip design school","datePublished":"2022-11-30T23:10:00-03:00",
"author":[{"@type":"Person","name":"Ana Lobo"}]}]}</script></head>
<body><article><p>Port Vale will fund a chip design school with 40 million reais over four years, the mayor said on Wednesday in a speech at the town hall.</p>
<p>The school will open in March and take two hundred students a year, most of them from the public universities of the state.</p></article></body></html>
EOF
"$X" "$TMP/ld.html" >"$TMP/ld.out" 2>"$TMP/ld.err"
check "json-ld: headline, date, author" '{"title":"Port Vale funds a chip design school","date":"2022-11-30","author":"Ana Lobo"}' \
	"$(jqr 'select(.type=="doc") | {title, date, author}' "$TMP/ld.out")"
cat >"$TMP/time.html" <<'EOF'
<html><head><title>Notícias do porto</title></head><body><div class="materia"><h1>Notícias do porto</h1>
<time datetime="2019-07-04">4 de julho de 2019</time>
<p>A prefeitura anunciou nesta quinta-feira um novo centro de inteligência artificial no porto, com investimento de 25 milhões de reais.</p>
<p>O centro deve abrir no próximo ano e receber empresas de tecnologia que hoje estão instaladas na capital do estado.</p></div></body></html>
EOF
check "time element: date" "2019-07-04" "$("$X" "$TMP/time.html" | jqr 'select(.type=="doc") | .date')"

# charsets: GBK and Big5 declared or sniffed, Windows-1252 declared as latin-1
zhpage() { # CHARSET-DECLARATION TITLE PARAGRAPH PARAGRAPH
	printf '<html><head>%s<title>%s</title></head><body><div class="content">\n' "$1" "$2"
	printf '<p>%s</p>\n<p>%s</p>\n</div></body></html>\n' "$3" "$4"
}
hans1='滨江市政府周二表示，今年全市人工智能企业已经超过三百家，产业规模比去年增长了百分之二十五。'
hans2='市科技局说，新的算力中心将在明年投入使用，并向本地的大学和研究机构开放。'
hant1='濱江市政府週二表示，今年全市人工智慧企業已經超過三百家，產業規模比去年增長了百分之二十五。'
hant2='市科技局說，新的算力中心將在明年投入使用，並向本地的大學和研究機構開放。'
zhpage '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' '滨江人工智能产业' "$hans1" "$hans2" |
	iconv -f UTF-8 -t GBK >"$TMP/gbk.html"
zhpage '' '滨江人工智能产业' "$hans1" "$hans2" | iconv -f UTF-8 -t GBK >"$TMP/gbk-nodecl.html"
zhpage '<meta charset="big5">' '濱江人工智慧產業' "$hant1" "$hant2" | iconv -f UTF-8 -t BIG5 >"$TMP/big5.html"
zhpage '' '濱江人工智慧產業' "$hant1" "$hant2" | iconv -f UTF-8 -t BIG5 >"$TMP/big5-nodecl.html"
for f in gbk gbk-nodecl big5 big5-nodecl; do
	check_rc "charset $f: exit 0, no complaint" 0 "$X" "$TMP/$f.html"
	check "charset $f: nothing on stderr" "" "$(cat "$TMP/err")"
	cp "$TMP/out" "$TMP/$f.out"
	case $f in gbk*) want="滨江人工智能产业|$hans1$hans2" ;; *) want="濱江人工智慧產業|$hant1$hant2" ;; esac
	check "charset $f: title and text decoded" "$want" \
		"$(jqr 'select(.type=="doc") | .title' "$TMP/$f.out")|$(segtext "$TMP/$f.out" | tr -d '\n')"
done
check "charset gbk: offsets span the GBK source" "$(grep -c '"type":"seg"' "$TMP/gbk.out") 0" "$(spans "$TMP/gbk.out" gb18030)"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf\351 na pra\347a</title></head><body><p>A prefeitura inaugurou o caf\351 da pra\347a, que fica aberto at\351 as dez da noite, e disse que outros tr\352s devem abrir no ver\343o.</p></body></html>\n' >"$TMP/latin1.html"
check "charset latin-1: decoded" "Café na praça|A prefeitura inaugurou o café da praça, que fica aberto até as dez da noite, e disse que outros três devem abrir no verão." \
	"$("$X" "$TMP/latin1.html" | jqr 'select(.type=="doc") | .title')|$("$X" "$TMP/latin1.html" | segtext /dev/stdin | paste -sd' ' -)"

# mojibake: a UTF-8 page read as Windows-1252 and saved as UTF-8 again
printf '<html><head><meta charset="utf-8"><title>Inteligência artificial em São José</title></head><body><div class="texto">\n<p>A prefeitura de São José anunciou na terça-feira um centro de inteligência artificial, com três laboratórios e espaço para startups de visão computacional.</p>\n<p>Segundo a secretária de inovação, as obras começam em março e o edifício deverá estar pronto no início do próximo ano, após a licitação.</p>\n</div></body></html>\n' |
	iconv -f WINDOWS-1252 -t UTF-8 >"$TMP/mojibake.html"
"$X" "$TMP/mojibake.html" >"$TMP/moji.out" 2>/dev/null
check "mojibake: title and text repaired" "Inteligência artificial em São José|A prefeitura de São José anunciou na terça-feira um centro de inteligência artificial, com três laboratórios e espaço para startups de visão computacional." \
	"$(jqr 'select(.type=="doc") | .title' "$TMP/moji.out")|$(segtext "$TMP/moji.out" | sed -n 1p)"

# a broken page still gives a record and no crash
printf '<html><body><div><p>Unclosed <b>bold <i>and italic paragraph that the parser has to recover from, with enough words to be text.\n<td></tr></table></div></span><p>Second paragraph after stray end tags, which the parser must still read in order.' >"$TMP/broken.html"
check_rc "broken html: exit 0" 0 "$X" "$TMP/broken.html"
check_grep "broken html: second paragraph read" 'Second paragraph after stray end tags' "$TMP/out"

# the Chinese and Portuguese pages of ../shared/peer: title and date.  A
# title may leave off the site name the gold keeps ("Headline _Site").
titlematch() { # GOT WANT
	[ "$1" = "$2" ] && return 0
	case $2 in "$1"[\ _\|:-]*) [ -n "$1" ] ;; *) return 1 ;; esac
}
if need_shared "html metadata of peer pages"; then
	T=$CF_SHARED/peer/trafilatura-eval-zh-pt
	jqr --arg d "$T/html" 'to_entries[] | [.value.file, $d + "/" + .value.file + ".gz", .value.title, .value.date] | @tsv' \
		"$T/evaldata-zh-pt.json" >"$TMP/gold.tsv"
	R=$CF_SHARED/peer/readability-testpages-zh-pt
	for d in "$R"/*/; do
		n=$(basename "$d")
		printf 'readability/%s\t%s\t%s\t%s\n' "$n" "$d/source.html.gz" \
			"$(jqr '.title' "$d/expected-metadata.json")" \
			"$(jqr '.publishedTime // "" | .[0:10]' "$d/expected-metadata.json")" >>"$TMP/gold.tsv"
	done
	while IFS='	' read -r name p title date; do
		"$X" "$p" 2>/dev/null | jqr 'select(.type=="doc") | [.title // "", .date // ""] | @tsv' >"$TMP/m"
		gt=$(cut -f1 "$TMP/m") gd=$(cut -f2 "$TMP/m")
		if titlematch "$gt" "$title"; then ok "peer $name: title"; else
			fail "peer $name: title" "expected: $title" "got:      $gt"; fi
		case $name in readability/*) [ -z "$date" ] && continue ;; esac
		check "peer $name: date" "$date" "$gd"
	done <"$TMP/gold.tsv"
	check "peer pages: offsets of UTF-8 pages span their source" "0" \
		"$(for f in "$R"/*/source.html.gz "$T"/html/c*.gz "$T"/html/g*.gz; do "$X" "$f"; done 2>/dev/null >"$TMP/peer.out"; spans "$TMP/peer.out" | cut -d' ' -f2)"
fi

# A declaration with an empty name ("encoding=" and no charset) once made
# the charset search loop for ever.
printf '<html><head><meta name="x" content="encoding=">\n<p>Recife has 42 firms.</p></html>\n' >"$TMP/emptyenc.html"
check_rc "empty encoding= declaration: ends, exit 0" 0 timeout 20 "$X" "$TMP/emptyenc.html"
check "empty encoding= declaration: the text comes out" "Recife has 42 firms." \
	"$(jqr 'select(.type=="seg") | .text' "$TMP/out")"
