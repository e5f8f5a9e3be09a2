#!/bin/sh
# Conservation: the --stats counts of every stage add up across the whole
# pipeline, on samples/ and on a generated corpus (with bad lines and
# records of an unknown type mixed in).  For each stage: read is what the
# stage before wrote (less the lines it rejected), written is the lines
# that came out, passed is the records of types the stage does not
# consume, and written - passed is what it produced from what it consumed.
. tests/lib.sh

for t in extract normalize translate-map facts aggregate render; do
	if [ ! -x "$CF_BIN/cf-$t" ]; then
		skip "conservation" "cf-$t is not built"
		exit 0
	fi
done

# stats TOOL ERRFILE: "read written passed rejected" from the --stats line.
stats() {
	sed -n "s/^cf-$1: read \([0-9]*\), written \([0-9]*\), passed \([0-9]*\), rejected \([0-9]*\)\$/\1 \2 \3 \4/p" "$2"
}

# count TYPE FILE: records of TYPE in FILE ("*": any record).
count() {
	jqr -R --arg t "$1" 'fromjson? | select(type=="object" and ($t=="*" or .type==$t)) | .type' "$2" | wc -l | tr -d ' '
}

# stage LABEL TOOL CONSUMES PRODUCES IN OUT REJECTS: runs TOOL --stats on IN
# into OUT and checks its counts; REJECTS is how many lines of IN are bad.
stage() {
	label=$1 t=$2 cons=$3 prod=$4 in=$5 out=$6 nrej=$7
	"$CF_BIN/cf-$t" --stats "$in" >"$out" 2>"$TMP/$t.err"
	set -- $(stats "$t" "$TMP/$t.err")
	if [ $# -ne 4 ]; then
		fail "$label $t: a --stats line" "$(cat "$TMP/$t.err")"
		return
	fi
	r=$1 w=$2 p=$3 j=$4
	nin=$(count '*' "$in") nout=$(grep -c . "$out")
	ncons=$(count "$cons" "$in")
	check "$label $t: read = the records that came in" "$nin" "$r"
	check "$label $t: rejected = the bad lines" "$nrej" "$j"
	check "$label $t: written = the lines that came out" "$nout" "$w"
	check "$label $t: passed = the records it does not consume" "$((nin - ncons))" "$p"
	check "$label $t: written - passed = what it produced" "$(count "$prod" "$out")" "$((w - p))"
	check "$label $t: every record passed on comes out" \
		"$(jqr -R --arg c "$cons" 'fromjson? | select(type=="object" and .type!=$c) | .type' "$in" | sort | uniq -c)" \
		"$(jqr --arg c "$cons" --arg p "$prod" 'select(.type!=$c and .type!=$p) | .type' "$out" | sort | uniq -c)"
}

# pipeline LABEL INPUT... : extract, then every stage; the previous
# stage's output is the next one's input.
pipeline() {
	label=$1; shift
	"$CF_BIN/cf-extract" --stats "$@" >"$TMP/x.out" 2>"$TMP/extract.err"
	set -- $(stats extract "$TMP/extract.err")
	ndocs=$(count doc "$TMP/x.out")
	check "$label extract: written = the lines that came out" "$(grep -c . "$TMP/x.out")" "$2"
	check "$label extract: one doc per article read" "$1" "$ndocs"
	check "$label extract: written = docs + segs" "$2" "$((ndocs + $(count seg "$TMP/x.out")))"
	check "$label extract: nothing passed or rejected" "0 0" "$3 $4"
	stage "$label" normalize seg seg "$TMP/x.out" "$TMP/n.out" 0
	check "$label normalize: as many segs out as in" "$(count seg "$TMP/x.out")" "$(count seg "$TMP/n.out")"
	stage "$label" translate-map seg seg "$TMP/n.out" "$TMP/t.out" 0
	check "$label translate-map: as many segs out as in" "$(count seg "$TMP/n.out")" "$(count seg "$TMP/t.out")"
	stage "$label" facts seg fact "$TMP/t.out" "$TMP/f.out" 0
	stage "$label" aggregate fact agg "$TMP/f.out" "$TMP/a.out" 0
	check "$label aggregate: the aggs count every fact" "$(count fact "$TMP/f.out")" \
		"$(jqr 'select(.type=="agg") | .n' "$TMP/a.out" | awk '{s += $1} END {print s + 0}')"
	"$CF_BIN/cf-render" --stats -f csv "$TMP/a.out" >"$TMP/r.out" 2>"$TMP/render.err"
	set -- $(stats render "$TMP/render.err")
	check "$label render: read = what aggregate wrote" "$(grep -c . "$TMP/a.out")" "$1"
	check "$label render: one row per agg" "$(count agg "$TMP/a.out")" "$2"
}

pipeline samples samples
check "samples: some facts come out" "yes" "$([ "$(count fact "$TMP/f.out")" -ge 10 ] && echo yes || echo no)"

# A generated corpus: articles in three languages, some gzip'd, one with a
# byte order mark, one in CRLF lines.
G=$TMP/gen
mkdir -p "$G"
python3 - "$G" <<'PY'
import gzip, os, random, sys
out = sys.argv[1]
r = random.Random(2024)
cities_en = ["Hangzhou", "Shenzhen", "Beijing", "Shanghai", "Chengdu", "Wuhan"]
cities_zh = ["杭州", "深圳", "北京", "上海", "成都", "武汉"]
cities_pt = ["São Paulo", "Curitiba", "Recife", "Xangai", "Pequim", "Shenzhen"]
for i in range(60):
    lang = ("en", "zh", "pt")[i % 3]
    y = r.randrange(2016, 2024)
    n, m, b = r.randrange(10, 3000), r.randrange(2, 90), r.randrange(1, 900)
    if lang == "en":
        c = r.choice(cities_en)
        title = f"{c} expands its artificial intelligence industry"
        body = [f"By the end of {y}, {c} had more than {n} artificial intelligence companies.",
                f"The core AI industry in {c} reached {b} billion yuan in {y}, up {m}% from a year earlier.",
                f"The city plans to reach {b * 2} billion yuan by {y + 5}.",
                "Officials did not give further details."]
    elif lang == "zh":
        c = r.choice(cities_zh)
        title = f"{c}人工智能产业加快发展"
        body = [f"截至{y}年底，{c}共有人工智能企业{n}家。",
                f"{y}年{c}人工智能核心产业规模达到{b}亿元，同比增长{m}%。",
                f"到{y + 5}年，{c}人工智能产业规模将突破{b * 2}亿元。"]
    else:
        c = r.choice(cities_pt)
        title = f"{c} amplia o setor de inteligência artificial"
        body = [f"Em {y}, {c} tinha mais de {n} empresas de inteligência artificial.",
                f"O setor de inteligência artificial de {c} movimentou R$ {b} bilhões em {y}, alta de {m}%.",
                "A prefeitura não deu mais detalhes."]
    text = f"---\ntitle: {title}\ndate: {y}-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}\n---\n" + "\n\n".join(body) + "\n"
    data = text.encode()
    name = os.path.join(out, f"a{i:03d}-{lang}.md")
    if i == 7:
        data = b"\xef\xbb\xbf" + data
    if i == 8:
        data = data.replace(b"\n", b"\r\n")
    if i % 10 == 5:
        with gzip.open(name + ".gz", "wb") as f:
            f.write(data)
    else:
        with open(name, "wb") as f:
            f.write(data)
PY
pipeline generated "$G"
check "generated: all 60 articles read" "60" "$(count doc "$TMP/x.out")"
check "generated: some facts come out" "yes" "$([ "$(count fact "$TMP/f.out")" -ge 60 ] && echo yes || echo no)"

# The same records with bad lines and unknown records mixed in: the bad
# lines are rejected, the unknown records pass every stage.
awk 'NR % 40 == 3 { print "{\"type\":\"note\",\"k\":" NR "}" }
     NR % 50 == 7 { print "{broken json" }
     { print }' "$TMP/x.out" >"$TMP/mixed.in"
nbad=$(grep -c '^{broken' "$TMP/mixed.in")
nnote=$(grep -c '"note"' "$TMP/mixed.in")
stage mixed normalize seg seg "$TMP/mixed.in" "$TMP/n.out" "$nbad"
check "mixed normalize: the notes pass" "$nnote" "$(count note "$TMP/n.out")"
stage mixed translate-map seg seg "$TMP/n.out" "$TMP/t.out" 0
stage mixed facts seg fact "$TMP/t.out" "$TMP/f.out" 0
stage mixed aggregate fact agg "$TMP/f.out" "$TMP/a.out" 0
check "mixed aggregate: the notes pass every stage" "$nnote" "$(count note "$TMP/a.out")"
