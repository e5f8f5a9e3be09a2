#!/bin/sh
# cf-extract: the five samples give the right doc records (languages,
# dates, titles, authors), no seg holds boilerplate, every body paragraph
# is covered by segs, a repeated paragraph comes out once, and every seg's
# offsets give back its text exactly, plain and gzip'd.  Then options,
# bad inputs (a missing file between good ones, an empty file, invalid
# UTF-8, a BOM, stdin) and a Markdown article written for this test.
# locale-sensitive
. tests/lib.sh

X=$CF_BIN/cf-extract

# offsets NDJSON: prints "SEGS BAD": segs whose article bytes start..end
# (gunzipped) differ from their text (tests/unit/text.c does the reading).
: "${CF_UNITDIR:=build/unit}"
offsets() {
	if [ -x "$CF_UNITDIR/text" ]; then "$CF_UNITDIR/text" --offsets "$1"; else echo "no $CF_UNITDIR/text"; fi
}

# uncovered NDJSON: body paragraphs of the articles (lines of 80 bytes or
# more that end like a sentence, first occurrence, not a caption) with a
# non-space byte outside every seg; prints their count.
uncovered() {
	python3 -c '
import sys, json, re
segs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["type"] == "seg":
        segs.setdefault(r["doc"], []).append((r["start"], r["end"]))
miss = 0
for doc, spans in segs.items():
    data = open(doc, "rb").read()
    covered = bytearray(len(data))
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    seen = set()
    pos = 0
    for raw in data.split(b"\n"):
        start, pos = pos, pos + len(raw) + 1
        text = raw.decode("utf-8", "replace").strip(" \t\r\u00a0\u3000")
        if len(text.encode()) < 80 or not re.search("[.!?\u3002\uff01\uff1f][\"\u201d\u2019)]*$", text):
            continue
        if text in seen or re.search(r"picture shows|photo shows|\[Photo|\u56fe\u4e3a", text):
            continue
        seen.add(text)
        for i, b in enumerate(raw):
            if b not in b" \t\r\xc2\xa0\xe3\x80" and not covered[start + i]:
                miss += 1
                print("uncovered:", doc, text[:60], file=sys.stderr)
                break
print(miss)' "$1"
}

# --- the samples ------------------------------------------------------------
"$X" samples/ >"$TMP/all" 2>"$TMP/err"
check "samples: exit 0" 0 $?
check "samples: nothing on stderr" "" "$(cat "$TMP/err")"
jqr 'select(.type=="doc")' "$TMP/all" >"$TMP/docs"
check "samples: five doc records" 5 "$(wc -l <"$TMP/docs" | tr -d ' ')"
check "samples: doc languages" "en,en,en,pt,zh" "$(jqr '.lang' "$TMP/docs" | paste -sd, -)"
check "samples: dates" "2021-07-07,none,2019-08-01,2024-08-02,2019-02-25" \
	"$(jqr '.date // "none"' "$TMP/docs" | paste -sd, -)"
check "samples: title 000" "Shanghai Artificial Intelligence Hard Technology and Soft Power: Leading the Development of Industrial Clusters with Application Scenarios" \
	"$(jqr 'select(.doc|test("000_")).title' "$TMP/docs")"
check "samples: title 001" "Leading enterprises lead a large number of artificial intelligence projects to accelerate their landing in Shanghai." \
	"$(jqr 'select(.doc|test("001_")).title' "$TMP/docs")"
check "samples: title 002" "Shanghai gears up to be AI hub" "$(jqr 'select(.doc|test("002_")).title' "$TMP/docs")"
check "samples: title 003" 'Pequim, Xangai e Shenzhen competem na "Cidade da IA" para liderar a indústria a atingir "0 a 100"' \
	"$(jqr 'select(.doc|test("003_")).title' "$TMP/docs")"
check "samples: title 004" "全球科技巨头争相落户AI助力上海构建“城市大脑”" "$(jqr 'select(.doc|test("004_")).title' "$TMP/docs")"
check "samples: authors (None in front matter is absent; bylines count)" "华朔|-|-|Zhou Chunmei|钱童心" \
	"$(jqr '.author // "-"' "$TMP/docs" | paste -sd'|' -)"
check "samples: sources" "-|-|en.sh-italent.com|Securities Times|-" \
	"$(jqr '.source // "-"' "$TMP/docs" | paste -sd'|' -)"
check "samples: bytes" "14583 12733 2691 14362 10038" "$(jqr '.bytes' "$TMP/docs" | paste -sd' ' -)"
check "samples: doc fields in order" '["type","doc","lang","title","date","author","source","bytes"]' \
	"$(jq -c 'keys_unsorted' "$TMP/docs" | sed -n 4p)"
check "samples: seg fields in order" '["type","doc","seg","lang","start","end","text"]' \
	"$(jq -c 'select(.type=="seg") | keys_unsorted' "$TMP/all" | sort -u)"
check "samples: segs numbered from 0 in each doc" "0" \
	"$(jq -s '[group_by(.doc)[] | map(select(.type=="seg").seg) | (. == [range(length)])] | map(select(.|not)) | length' "$TMP/all")"
check "samples: seg languages follow their doc" "en en en pt zh" \
	"$(jq -s -r '[group_by(.doc)[] | map(select(.type=="seg").lang) | unique | join("+")] | join(" ")' "$TMP/all")"
check "samples: the sentence of the design card, with its offsets" \
	'1868 1988 管小军介绍，浦东目前汇聚了130多家人工智能企业，占上海人工智能企业总数的三分之一。' \
	"$(jqr 'select(.type=="seg" and (.text|startswith("管小军介绍"))) | "\(.start) \(.end) \(.text)"' "$TMP/all")"

# Boilerplate, found by general patterns, in no seg: NAME<TAB>REGEX lines,
# all matched in one jq run.
cat >"$TMP/patterns" <<'EOF2'
copyright, ICP, 公网安备 footers	Copyright|©|\bICP\b|公网安备|版权所有
Powered by	(?i)powered\s*by
address lines	(?i)^\s*(address|endereço|地址)\s*[:：]
photo credits and captions	\[Photo/|(?i)\bfoto\s+fornecida|(?i)picture\s+shows|图为
share and save prompts	(?i)^[^.!?。]{0,40}\b(save|share|compartilh\w*|salvar)\b[^.!?。]{0,40}$
language selector lines	^[•·\s]*(English|中文|Français|Deutsch|Português|Español|Italiano)[•·\s]*$|(English|Deutsch|Português|Français|Italiano).*(English|Deutsch|Português|Français|Italiano)
<!-- more --> markers	<!--|-->
metadata lines	(?i)^\s*(\(.*\))?\s*(time|date|author|updated|source|published)\s*:|^\d{4}-\d{2}-\d{2}(\s[\d:]+)?$
bylines	^(Rep[óo]rter|Reporter|By|Por)\s[^.!?]{0,60}$|^\p{Han}{2,4}$
section labels (one lower-case word)	^\p{Ll}+$
EOF2
jq -r -n --rawfile p "$TMP/patterns" '
	[inputs | select(.type=="seg") | .text] as $t
	| $p | split("\n")[] | select(length > 0) | split("\t") as [$name, $re]
	| "\($name)\t\([$t[] | select(test($re; "x"))] | length)\t\([$t[] | select(test($re; "x"))][0:2] | join(" / "))"' \
	"$TMP/all" >"$TMP/bp"
while IFS='	' read -r name n ex; do
	if [ "$n" = 0 ]; then ok "no boilerplate: $name"; else fail "no boilerplate: $name" "$n segs match:" "$ex"; fi
done <"$TMP/bp"
check "no boilerplate: all patterns ran" 10 "$(wc -l <"$TMP/bp" | tr -d ' ')"
check "no boilerplate: the title is not repeated at the end" "0" \
	"$(jq -s '[group_by(.doc)[] | (.[0].title) as $t | map(select(.type=="seg" and .text==$t)) | select(length>1)] | length' "$TMP/all")"
check "no boilerplate: every doc's last seg ends like a sentence" "5" \
	"$(jq -s -r '[group_by(.doc)[] | map(select(.type=="seg"))[-1].text | select(test("[.!?。！？][\"”’)]*$"))] | length' "$TMP/all")"

check "every body paragraph is in segs" "0" "$(uncovered "$TMP/all")"

lead=$(jqr 'select(.type=="seg" and (.doc|test("004_")) and .seg==0).text' "$TMP/all")
check "004 repeats its lead paragraph in the file" "2" "$(grep -c -F -- "$lead" samples/004_*)"
check "004's repeated lead comes out once" "1" "$(jqr --arg l "$lead" 'select(.type=="seg" and .text==$l).text' "$TMP/all" | wc -l | tr -d ' ')"

check "offsets exact for every seg of the samples" "$(jqr 'select(.type=="seg")' "$TMP/all" | wc -l | tr -d ' ') 0" "$(offsets "$TMP/all")"

mkdir -p "$TMP/gz"
for f in samples/*; do gzip -c "$f" >"$TMP/gz/$(basename "$f").gz"; done
"$X" "$TMP/gz" >"$TMP/gzall" 2>"$TMP/err"
check "gzip'd samples: exit 0" 0 $?
check "gzip'd samples: offsets exact" "$(jqr 'select(.type=="seg")' "$TMP/all" | wc -l | tr -d ' ') 0" "$(offsets "$TMP/gzall")"
check "gzip'd samples: same records but the doc name" "$(jq -c 'del(.doc)' "$TMP/all" | cksum)" \
	"$(jq -c 'del(.doc)' "$TMP/gzall" | cksum)"

# --- options ------------------------------------------------------------------
check_rc "--help exits 0" 0 "$X" --help
check_grep "--help prints the synopsis" '^usage: cf-extract .*FILE\|DIR' "$TMP/out"
check_grep "--help lists --lang" '--lang LANG' "$TMP/out"
check_rc "--version exits 0" 0 "$X" --version
check "--version" "cf-extract (cityfacts)" "$(cut -d' ' -f1-2 "$TMP/out")"
check_rc "--lang pt on an English article" 0 "$X" --lang pt samples/002_326d74904817d67b.txt
check "--lang forces the doc and every seg" "pt" "$(jqr '.lang' "$TMP/out" | sort -u)"
check_rc "--lang with an unknown code exits 2" 2 "$X" --lang xx samples/002_326d74904817d67b.txt
check_grep "--lang: the message names the code" 'cf-extract: --lang: "xx"' "$TMP/err"
check_rc "an unknown option exits 2" 2 "$X" --no-such-option samples/

# --- bad and odd inputs ---------------------------------------------------
check_rc "a missing file between good ones exits 1" 1 "$X" samples/002_326d74904817d67b.txt "$TMP/nope.txt" samples/004_fc2357e2d8eacefb.txt
check_grep "the missing file is named" "^cf-extract: $TMP/nope.txt: " "$TMP/err"
check "the good files' records still come out" "samples/002_326d74904817d67b.txt samples/004_fc2357e2d8eacefb.txt" \
	"$(jqr 'select(.type=="doc").doc' "$TMP/out" | paste -sd' ' -)"
check "... with all their segs" "$(jqr 'select(.type=="seg" and (.doc|test("00[24]_")))' "$TMP/all" | wc -l | tr -d ' ')" \
	"$(jqr 'select(.type=="seg")' "$TMP/out" | wc -l | tr -d ' ')"

: >"$TMP/empty.txt"
check_rc "an empty file exits 1" 1 "$X" "$TMP/empty.txt"
check "an empty file: no record" "" "$(cat "$TMP/out")"
check "an empty file: named in the message" "cf-extract: $TMP/empty.txt: empty article, no record written" "$(head -1 "$TMP/err")"

printf 'A title line here\n\nThe plant made 12.5 tons \377 of parts last year. It hired 40 people.\n' >"$TMP/bad.txt"
check_rc "invalid UTF-8 exits 1" 1 "$X" "$TMP/bad.txt"
check "invalid UTF-8 is reported once with its line" "cf-extract: $TMP/bad.txt:3: invalid UTF-8, replaced with U+FFFD" \
	"$(grep -v '^cf-extract: [0-9]' "$TMP/err")"
check "invalid UTF-8 comes out as U+FFFD" "The plant made 12.5 tons � of parts last year." \
	"$(jqr 'select(.type=="seg" and .seg==1).text' "$TMP/out")"
check "invalid UTF-8: offsets still exact" "3 0" "$(offsets "$TMP/out")"

printf '\357\273\277Plain title\n\nFirst sentence of the body. Second sentence here.\n' >"$TMP/bom.txt"
"$X" "$TMP/bom.txt" >"$TMP/out"
check "BOM: counted in the offsets" "3 14 Plain title" "$(jqr 'select(.seg==0) | "\(.start) \(.end) \(.text)"' "$TMP/out")"
check "BOM: offsets exact" "3 0" "$(offsets "$TMP/out")"

"$X" <samples/002_326d74904817d67b.txt >"$TMP/out"
check "stdin: doc \"-\"" "-" "$(jqr 'select(.type=="doc").doc' "$TMP/out")"
check "stdin: the same segs" "$(jq -c 'select(.type=="seg" and (.doc|test("002_"))) | del(.doc)' "$TMP/all" | cksum)" \
	"$(jq -c 'select(.type=="seg") | del(.doc)' "$TMP/out" | cksum)"

# --- Markdown ----------------------------------------------------------------
cat >"$TMP/post.md" <<'EOF'
---
title: "Harbour city bets on robots"
date: 2023-03-09T08:00:00Z
author: Ana Lima
source: Example Wire
---
# Harbour city bets on robots

By Ana Lima

The harbour city said on Monday that its robotics cluster had 212 firms. Revenue rose to 4.5 billion reais, up 18%.

## What comes next

- A fund of R$ 2 bilhões opens in May.
- Dr. Costa will lead it.

```
int main(void) { return 0; }
```

![A robot arm at the fair](arm.jpg)

Share this article: Facebook | Twitter

© 2023 Example Wire. All rights reserved.
EOF
"$X" "$TMP/post.md" >"$TMP/out"
check "markdown: doc from front matter" '{"type":"doc","doc":"'"$TMP"'/post.md","lang":"en","title":"Harbour city bets on robots","date":"2023-03-09","author":"Ana Lima","source":"Example Wire","bytes":'"$(wc -c <"$TMP/post.md" | tr -d ' ')"'}' \
	"$(jq -c 'select(.type=="doc")' "$TMP/out")"
check "markdown: headings, sentences and list items, no boilerplate" \
	"Harbour city bets on robots|The harbour city said on Monday that its robotics cluster had 212 firms.|Revenue rose to 4.5 billion reais, up 18%.|What comes next|A fund of R\$ 2 bilhões opens in May.|Dr. Costa will lead it." \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"
check "markdown: offsets exact" "6 0" "$(offsets "$TMP/out")"

printf '\344\273\212\345\271\264\347\232\204\344\272\247\345\200\274\350\276\276\345\210\260\n\n%s\n' \
	'记者 王明' >"$TMP/zh.txt"
cat >>"$TMP/zh.txt" <<'EOF'
该市人工智能产业规模达到224.6亿元，同比增长15.3%。企业数量超过1,149家！
他说：“我们还会继续投资。”
EOF
"$X" "$TMP/zh.txt" >"$TMP/out"
check "zh: byline gives the author" "王明" "$(jqr 'select(.type=="doc").author' "$TMP/out")"
check "zh: sentences after 。！ and a closing quote" "该市人工智能产业规模达到224.6亿元，同比增长15.3%。|企业数量超过1,149家！|他说：“我们还会继续投资。”" \
	"$(jqr 'select(.type=="seg" and .seg>0).text' "$TMP/out" | paste -sd'|' -)"

# --- boilerplate look-alikes: general rules, not strings of the samples ---
cat >"$TMP/lookalike.txt" <<'EOF2'
Robot makers expand in the river port

Published: 12 March 2024
By Maria Souza
Photo: Example Images

Related: Port city opens an AI lab

The river port now counts 85 robot makers, the city said. Chinese phone makers: two of them opened plants here.

The court heard a copyright dispute between two AI firms in May.

Market share of AI chips

Local firms hold 12% of the market.

By the numbers

Image recognition advances fast

Sales grew 7.5% in the first half.

Share this article
Follow us on WeChat
(END)
Copyright 2024 Example Media. All rights reserved.
Tel: +55 11 5555-0000
EOF2
"$X" "$TMP/lookalike.txt" >"$TMP/out"
check "look-alikes: date and byline" "2024-03-12 Maria Souza" "$(jqr 'select(.type=="doc") | "\(.date) \(.author)"' "$TMP/out")"
check "look-alikes: body kept, boilerplate dropped" \
	"Robot makers expand in the river port|The river port now counts 85 robot makers, the city said.|Chinese phone makers: two of them opened plants here.|The court heard a copyright dispute between two AI firms in May.|Market share of AI chips|Local firms hold 12% of the market.|By the numbers|Image recognition advances fast|Sales grew 7.5% in the first half." \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"

cat >"$TMP/pt.txt" <<'EOF2'
Início > Economia > Tecnologia

Cidade do porto atrai 40 empresas de robótica

Publicado em 05/03/2023 - 10h30
Por Joana Prado

A cidade do porto já reúne 40 empresas de robótica, segundo a prefeitura. O setor faturou R$ 1,2 bilhão no ano passado.

Leia mais: Porto abre laboratório de IA

O Sr. Almeida, diretor do polo, disse que a meta é chegar a 60 empresas até 2025.

Todos os direitos reservados
EOF2
"$X" "$TMP/pt.txt" >"$TMP/out"
check "pt look-alikes: doc" "pt|Cidade do porto atrai 40 empresas de robótica|2023-03-05|Joana Prado" \
	"$(jqr 'select(.type=="doc") | "\(.lang)|\(.title)|\(.date)|\(.author)"' "$TMP/out")"
check "pt look-alikes: segs" "Cidade do porto atrai 40 empresas de robótica|A cidade do porto já reúne 40 empresas de robótica, segundo a prefeitura.|O setor faturou R\$ 1,2 bilhão no ano passado.|O Sr. Almeida, diretor do polo, disse que a meta é chegar a 60 empresas até 2025." \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"

cat >"$TMP/en2.txt" <<'EOF2'
City doubles its AI budget

By Zhang Wei in Shanghai | Example Daily | Updated: 2019-08-01 09:12

The city will spend 2 billion yuan on AI next year, twice this year's budget.

【责任编辑：李明】
EOF2
"$X" "$TMP/en2.txt" >"$TMP/out"
check "header parts: date and author from a | line" "2019-08-01|Zhang Wei in Shanghai" \
	"$(jqr 'select(.type=="doc") | "\(.date)|\(.author)"' "$TMP/out")"
check "header parts: only the title and the body" "City doubles its AI budget|The city will spend 2 billion yuan on AI next year, twice this year's budget." \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"

cat >"$TMP/zh2.txt" <<'EOF2'
城市人工智能企业数量翻番

网民热议

记者：今年的目标是什么？

今年该市人工智能企业达到200家，比去年翻了一番。图为园区一角。

企图为行业立标准的做法也引来争议，专家认为还需观察。

排名如下：
1、北京
2、上海
EOF2
"$X" "$TMP/zh2.txt" >"$TMP/out"
check "zh look-alikes: a heading is no author" "null" "$(jq -c 'select(.type=="doc").author' "$TMP/out")"
check "zh look-alikes: interview line, caption cut, list at the end kept" \
	"城市人工智能企业数量翻番|网民热议|记者：今年的目标是什么？|今年该市人工智能企业达到200家，比去年翻了一番。|企图为行业立标准的做法也引来争议，专家认为还需观察。|排名如下：|1、北京|2、上海" \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"

printf -- '---\nlang: pt-BR\n---\nOK\n' >"$TMP/hint.md"
"$X" "$TMP/hint.md" >"$TMP/out"
check "front matter lang: used when the text says nothing" "pt pt" "$(jqr '.lang' "$TMP/out" | paste -sd' ' -)"

cat >"$TMP/links.txt" <<'EOF2'
Harbour robots take over night shifts

The harbour now runs 30 robots at night, its operator said.

Related stories

Port workers learn to code

Drone pilots wanted upriver

Ferry line goes electric

New bridge opens in spring

Crews train for a month before they take over a robot.

Safety first
Night shifts

The robots cut night-time accidents by 40% last year.
EOF2
"$X" "$TMP/links.txt" >"$TMP/out"
check "a run of link lines is dropped, a pair of headings kept" \
	"Harbour robots take over night shifts|The harbour now runs 30 robots at night, its operator said.|Crews train for a month before they take over a robot.|Safety first|Night shifts|The robots cut night-time accidents by 40% last year." \
	"$(jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -)"

# --- article metadata from page chrome: stamps, datelines, no headline ----
# meta FILE: "lang|title|date|author" of the doc record, "-" for absent.
meta() {
	"$X" "$1" >"$TMP/out" 2>"$TMP/err"
	jqr 'select(.type=="doc") | "\(.lang)|\(.title // "-")|\(.date // "-")|\(.author // "-")"' "$TMP/out"
}
segs() { jqr 'select(.type=="seg").text' "$TMP/out" | paste -sd'|' -; }

printf '%s\n' '09:41 Mar 3 2024' '' 'The harbour city now counts 64 robot makers, up from 51 a year before, its statistics office said.' >"$TMP/m1.txt"
check "chrome: a time stamp line gives the date" "en|-|2024-03-03|-" "$(meta "$TMP/m1.txt")"

printf '%s\n' ' date 2022-06-14 The port authority said its robot fleet grew to 310 machines in 2021, and that 12 firms build them.' >"$TMP/m2.txt"
check "chrome: \"date 2022-06-14\" opening a paragraph gives the date" "en|-|2022-06-14|-" "$(meta "$TMP/m2.txt")"
check "chrome: ... and the seg starts after it" "The port authority said its robot fleet grew to 310 machines in 2021, and that 12 firms build them." "$(segs)"
check "chrome: ... with exact offsets" "1 0" "$(offsets "$TMP/out")"

cat >"$TMP/m3.txt" <<'EOF'
Economia
Publicado em 3 de março de 2024 às 9h15.
A prefeitura de Campinas anunciou que o polo de robótica da cidade já reúne 85 empresas, segundo o balanço divulgado nesta terça-feira.
Em 2023, o polo recebeu 12 novas empresas.
EOF
check "pt chrome: \"Publicado em ... às 9h15.\" is the date, not the title" "pt|-|2024-03-03|-" "$(meta "$TMP/m3.txt")"
check "pt chrome: the body keeps its sentences" "A prefeitura de Campinas anunciou que o polo de robótica da cidade já reúne 85 empresas, segundo o balanço divulgado nesta terça-feira.|Em 2023, o polo recebeu 12 novas empresas." "$(segs)"

cat >"$TMP/m4.txt" <<'EOF'

Lisboa, 4 mar (Lusa) – A câmara municipal aprovou um plano para levar 40 empresas de robótica ao parque tecnológico até 2027, informou hoje a autarquia.
O plano prevê um investimento de 30 milhões de euros.
EOF
check "pt dateline without a year: no date, and the first long sentence is no title" "pt|-|-|-" "$(meta "$TMP/m4.txt")"
check "pt dateline: the sentence stays whole in the body" "Lisboa, 4 mar (Lusa) – A câmara municipal aprovou um plano para levar 40 empresas de robótica ao parque tecnológico até 2027, informou hoje a autarquia.|O plano prevê um investimento de 30 milhões de euros." "$(segs)"
{ printf 'Data: março de 2024\n'; cat "$TMP/m4.txt"; } >"$TMP/m5.txt"
check "pt dateline: its day and month take the year a date field states" "pt|-|2024-03-04|-" "$(meta "$TMP/m5.txt")"

printf '%s\n' 'HANGZHOU, March 5, 2024 (Xinhua) -- The city said on Tuesday that 260 firms now work in its robot park, and 30 more will come this year.' >"$TMP/m6.txt"
check "en dateline with its year gives the date" "en|-|2024-03-05|-" "$(meta "$TMP/m6.txt")"
printf '%s\n' 'Shanghai, Shenzhen and Hefei said on Tuesday that 260 firms now work in their robot parks, and 30 more will come this year.' >"$TMP/m7.txt"
check "en: places and a comma are no dateline" "en|-|-|-" "$(meta "$TMP/m7.txt")"

cat >"$TMP/m8.txt" <<'EOF'
日期：2023年
新华社杭州3月5日电（记者 王明）杭州市经信局5日介绍，全市人工智能企业已超过1200家，核心产业营收同比增长18%。
会上还发布了一批应用场景。
EOF
check "zh dateline: its day and month take the year of the date field" "zh|-|2023-03-05|-" "$(meta "$TMP/m8.txt")"
cat >"$TMP/m9.txt" <<'EOF'
日期：2023年
国家电网5月16日电力负荷创新高，全省用电量同比增长9%，其中数据中心用电增长最快。
EOF
check "zh: 日电力 is no dateline" "zh|-|-|-" "$(meta "$TMP/m9.txt")"
cat >"$TMP/m10.txt" <<'EOF'
（中央社台北8日電）經濟部今天表示，台灣人工智慧相關企業已超過1200家，較去年增加約一成。
EOF
check "zh: a first sentence opened by a dateline is no title, its day alone no date" "zh|-|-|-" "$(meta "$TMP/m10.txt")"

cat >"$TMP/m11.txt" <<'EOF'
The robot expo opened on 2024-05-01 in the harbour district, where 85 robot makers now work, the organisers said.
Quotes delayed by 15 minutes. Data as of 2024-06-03 10:15.
EOF
check "a lone machine time stamp dates the page; the body's event date does not" "en|-|2024-06-03|-" "$(meta "$TMP/m11.txt")"
cat >"$TMP/m12.txt" <<'EOF'
The robot expo opened on 2024-05-01 in the harbour district, where 85 robot makers now work, the organisers said.
Harbour drones fly again 2024-06-02 09:10. Port budget passes 2024-05-28 17:40.
EOF
check "time stamps that differ (a list of stories) date nothing" "en|-|-|-" "$(meta "$TMP/m12.txt")"

cat >"$TMP/m13.txt" <<'EOF'
Robot makers crowd the harbour

The harbour district now counts 85 robot makers, the organisers of the expo said on Monday.

© Example Wire 2024 | 2024-02-11
EOF
check "a date in a footer line" "en|Robot makers crowd the harbour|2024-02-11|-" "$(meta "$TMP/m13.txt")"
cat >"$TMP/m14.txt" <<'EOF'
Polo de robótica atrai 85 empresas

Por Joana Prado, 05/03/2023 - 10h30

O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura.
EOF
check "pt: a date in a byline line, the name before it" "pt|Polo de robótica atrai 85 empresas|2023-03-05|Joana Prado" "$(meta "$TMP/m14.txt")"

cat >"$TMP/m15.txt" <<'EOF'
Harbour city: robot makers reach 85. More are expected by the end of the year
The harbour district now counts 85 robot makers, the organisers of the expo said on Monday.
EOF
check "a headline of two sentences that does not end like one is the title" \
	"en|Harbour city: robot makers reach 85. More are expected by the end of the year|-|-" "$(meta "$TMP/m15.txt")"
cat >"$TMP/m16.txt" <<'EOF'
The harbour district of the city now counts 85 robot makers and 12 drone makers, the organisers of the annual expo said on Monday afternoon.
An aerial view of the harbour. [Photo/Example]
Most of them moved in after 2020.
EOF
check "the first long sentence of a page without a headline is no title" "en|-|-|-" "$(meta "$TMP/m16.txt")"

cat >"$TMP/m17.md" <<'EOF'
---
category: news
title: "Harbour robots: \"a record\" year"
excerpt: "The harbour city now counts 85 robot makers, its port authority said."
publishedDateTime: 2022-11-04T08:30:00Z
published: false
related:
  - title: "Another story"
    publishedDateTime: 2021-01-02T00:00:00Z
---
EOF
"$X" "$TMP/m17.md" >"$TMP/out"
check "front matter only: lang from its text, date from publishedDateTime, quotes unescaped" \
	'en|Harbour robots: "a record" year|2022-11-04|-' \
	"$(jqr 'select(.type=="doc") | "\(.lang)|\(.title // "-")|\(.date // "-")|\(.author // "-")"' "$TMP/out")"
check "front matter only: the excerpt is the text" "The harbour city now counts 85 robot makers, its port authority said." "$(segs)"
check "front matter only: exact offsets" "1 0" "$(offsets "$TMP/out")"

cat >"$TMP/m18.md" <<'EOF'
---
title: "Robot makers crowd the harbour"
pubDate: 2021-09-14
---
<p>The harbour city now counts <b>85 robot makers</b>, its port authority said on Monday.</p>
<p>Sales of the cluster rose 12% to 3.4 billion yuan in 2020, <a href="https://example.com/x">the report</a> shows.</p>
<p>Os fabricantes de robôs da cidade faturaram R$ 2 bilhões.</p>
EOF
"$X" "$TMP/m18.md" >"$TMP/out"
check "markdown with an HTML body: the front matter's doc, html offsets" \
	'{"type":"doc","doc":"'"$TMP"'/m18.md","lang":"en","title":"Robot makers crowd the harbour","date":"2021-09-14","bytes":'"$(wc -c <"$TMP/m18.md" | tr -d ' ')"',"offsets":"html"}' \
	"$(jq -c 'select(.type=="doc")' "$TMP/out")"
check "markdown with an HTML body: read as HTML text, no tags" \
	"The harbour city now counts 85 robot makers, its port authority said on Monday.|Sales of the cluster rose 12% to 3.4 billion yuan in 2020, the report shows.|Os fabricantes de robôs da cidade faturaram R\$ 2 bilhões." "$(segs)"
check "markdown with an HTML body: each seg spans its paragraph's markup" \
	'<p>The harbour city now counts <b>85 robot makers</b>, its port authority said on Monday.</p>' \
	"$(jqr 'select(.type=="seg" and .seg==0) | "\(.start) \(.end)"' "$TMP/out" | { read -r s e; tail -c +$((s + 1)) "$TMP/m18.md" | head -c $((e - s)); })"
cat >"$TMP/m19.md" <<'EOF'
---
title: Harbour robots
---
The harbour city now counts 85 robot makers, its port authority said.

<div align="center">a chart</div>

Sales rose 12% to 3.4 billion yuan in 2020.
EOF
"$X" "$TMP/m19.md" >"$TMP/out"
check "markdown with one HTML line stays Markdown" "The harbour city now counts 85 robot makers, its port authority said.|Sales rose 12% to 3.4 billion yuan in 2020." "$(segs)"
check "markdown with one HTML line: text offsets" "2 0" "$(offsets "$TMP/out")"

# --- boilerplate of real pages: editors' notes, Traditional-script chrome ----
cat >"$TMP/b1.txt" <<'EOF'
（二）机器人产业保持增长
今年该市机器人企业达到200家（不含分支机构）。
该市机器人产业营收同比增长一成，新增企业38家。(完) 【编辑:王明】
園區的機器人企業已超過90間，較去年增加約一成。(編輯:李華)1130512
（完）
EOF
"$X" "$TMP/b1.txt" >"$TMP/out"
check "zh: editors' notes after the last sentence are cut, a bracket inside a sentence kept" \
	"（二）机器人产业保持增长|今年该市机器人企业达到200家（不含分支机构）。|该市机器人产业营收同比增长一成，新增企业38家。|園區的機器人企業已超過90間，較去年增加約一成。" "$(segs)"
check "zh: editors' notes cut, offsets exact" "4 0" "$(offsets "$TMP/out")"
cat >"$TMP/b2.txt" <<'EOF'
The harbour city now counts 85 robot makers, the port authority said on Monday. (Reuters)
Robot sales (first half)
Sales of robots rose 12% (year on year) in the first half, to 3.4 billion yuan.
EOF
check "en: an agency's note after a first sentence is cut, and it is no title" "en|-|-|-" "$(meta "$TMP/b2.txt")"
check "en: ... brackets of a heading or inside a sentence kept" \
	"The harbour city now counts 85 robot makers, the port authority said on Monday.|Robot sales (first half)|Sales of robots rose 12% (year on year) in the first half, to 3.4 billion yuan." "$(segs)"

cat >"$TMP/b3.txt" <<'EOF'
香港機器人產業規模擴大
目前園區已有約300間機器人相關企業，較去年增加約一成。
相關內容《快訊》某券商料某公司(01234.HK)上季表現穩健 重申「買入」評級
相關企業的營收去年增長兩成，達到50億元。
數據來源:某研究院數據庫
政府將繼續引入更多機器人企業，並提供資金支持。
本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。
法院認定該公司轉載了多篇報道，須賠償10萬元。
EOF
"$X" "$TMP/b3.txt" >"$TMP/out"
check "zh-Hant: related-story links, data-source and copyright lines dropped; their words in sentences kept" \
	"香港機器人產業規模擴大|目前園區已有約300間機器人相關企業，較去年增加約一成。|相關企業的營收去年增長兩成，達到50億元。|政府將繼續引入更多機器人企業，並提供資金支持。|法院認定該公司轉載了多篇報道，須賠償10萬元。" "$(segs)"

cat >"$TMP/b4.txt" <<'EOF'
O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura. O setor faturou R$ 1,2 bilhão no ano passado.
Em destaque
-
Multimédia
Robôs de armazém ganham espaço nos portos do sul e do norte do país durante o inverno -
App do dia
Uma nova app para acompanhar o trânsito dos navios em tempo real durante as viagens longas -
Site do dia
Comentários
EOF
"$X" "$TMP/b4.txt" >"$TMP/out"
check "pt: a run of teaser links after the article is dropped, long ones too" \
	"O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura.|O setor faturou R\$ 1,2 bilhão no ano passado." "$(segs)"

# date lines with more than a date: a time, a zone, a header field or a site name
body='The harbour city now counts 85 robot makers, the port authority said on Monday.'
while IFS='|' read -r line want; do
	printf '%s\n\n%s\n' "$line" "$body" >"$TMP/dl.txt"
	check "date line \"$line\"" "$want" "$(meta "$TMP/dl.txt")"
done <<'EOF'
2019-02-25 10:13:42 来源：人民网 作者：王明|en|-|2019-02-25|-
2017年07月21日 10:30  来源：新华网|en|-|2017-07-21|-
Jul 21, 2017 10:30 AM|en|-|2017-07-21|-
21/07/2017 10h30 - Atualizado em 21/07/2017 11h00|en|-|2017-07-21|-
2017-07-21 10:30 Xinhua|en|-|2017-07-21|-
2024-05-01 Robot expo opens in port|en|2024-05-01 Robot expo opens in port|-|-
EOF
printf '%s\n%s\n' 'O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura.' 'Cotações atualizadas em 15/04/2025 16h25.' >"$TMP/dl.txt"
check "pt: a day-first time stamp dates the page" "pt|-|2025-04-15|-" "$(meta "$TMP/dl.txt")"

cat >"$TMP/ad.txt" <<'EOF'
Polo de robótica atrai 85 empresas
Redação
O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura.
Publicidade
Continua após a publicidade
Publicidade digital cresce
O mercado de publicidade digital da cidade cresceu 12% no ano passado.
Advertisement
广告
Sponsored robots on show
The harbour city now counts 85 robot makers, the port authority said on Monday.
EOF
"$X" "$TMP/ad.txt" >"$TMP/out"
check "ad and newsroom labels dropped, headings and sentences with their words kept" \
	"Polo de robótica atrai 85 empresas|O polo de robótica da cidade já reúne 85 empresas, segundo a prefeitura.|Publicidade digital cresce|O mercado de publicidade digital da cidade cresceu 12% no ano passado.|Sponsored robots on show|The harbour city now counts 85 robot makers, the port authority said on Monday." "$(segs)"

# datelines: with a year they date the page, without one they do not
while IFS='|' read -r line want; do
	printf '%s\n' "$line" >"$TMP/dl.txt"
	check "dateline \"$(printf '%s' "$line" | cut -c1-40)\"" "$want" "$(meta "$TMP/dl.txt")"
done <<'EOF'
Beijing, Sept. 5 (Xinhua) -- The city now counts 85 robot makers, officials said on Monday in a statement.|en|-|-|-
BEIJING, July 21, 2017 -- The city now counts 85 robot makers, officials said on Monday in a statement.|en|-|2017-07-21|-
São Paulo, 21 de julho de 2017 - A cidade já reúne 85 empresas de robótica, segundo a prefeitura municipal.|pt|-|2017-07-21|-
（中央社記者王明台北2025年9月8日電）經濟部今天表示，台灣人工智慧相關企業已超過1200家，較去年增加約一成。|zh|-|2025-09-08|-
人民网北京7月21日电 （记者王明）北京市人工智能企业已超过1200家，较去年增加约一成，核心产业规模达到3000亿元。|zh|-|-|-
EOF

printf '%s\n' 'Lisboa quer 40 empresas de robótica' 'A câmara municipal aprovou um plano para levar 40 empresas de robótica ao parque tecnológico, informou hoje a autarquia.' 'Lusa, 21.07.2017' >"$TMP/ft.txt"
check "pt: a date in a line after the last sentence" "pt|Lisboa quer 40 empresas de robótica|2017-07-21|-" "$(meta "$TMP/ft.txt")"
printf '%s\n' 'The harbour city now counts 85 robot makers, the port authority said on Monday.' 'Robot expo opens 2024-05-01' 'Drone pilots wanted 2024-04-28' >"$TMP/ft.txt"
check "en: lines after the last sentence with dates that differ date nothing" "en|-|-|-" "$(meta "$TMP/ft.txt")"
printf '%s\n' 'Published 2021-05-05, the report found that the harbour city counts 85 robot makers and 12 drone makers.' >"$TMP/m2b.txt"
check "chrome: a date key opening a sentence about a report is no page date" "en|-|-|-" "$(meta "$TMP/m2b.txt")"
