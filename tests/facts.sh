#!/bin/sh
# cf-facts: each linking rule on seg records written for this test (en, zh,
# pt), with quantities, times and terms as cf-normalize and cf-translate-map
# give them; then pass-through, --keep-segs, bad lines and gzip.  (cf-facts
# sets no locale, so one run under LC_ALL=C says all.)
. tests/lib.sh
F=$CF_BIN/cf-facts
# Byte offsets below come from ${#...}, which counts bytes in the C locale.
LC_ALL=C
export LC_ALL

# off TEXT NEEDLE: "start":S,"end":E of NEEDLE's first occurrence, in bytes.
off() {
	_pre=${1%%"$2"*}
	printf '"start":%d,"end":%d' ${#_pre} $((${#_pre} + ${#2}))
}

# seg DOC NO LANG START TEXT ITEM...: one seg record.  Items:
#   q|NEEDLE|VALUE|UNIT|QUALIFIER|KIND[|CONVERSION_OF]
#   t|NEEDLE|VALUE[|deadline]
#   m|NEEDLE|ID                  (a term; the class is the id's prefix)
seg() {
	_doc=$1 _no=$2 _lang=$3 _start=$4 _text=$5
	shift 5
	_q= _t= _m=
	for it in "$@"; do
		IFS='|' read -r k a b c d e f <<EOF
$it
EOF
		case $k in
		q) _x="{$(off "$_text" "$a"),\"text\":\"$a\",\"value\":$b,\"unit\":\"$c\",\"qualifier\":\"$d\",\"kind\":\"$e\"${f:+,\"conversion_of\":$f}}"
		   _q=${_q:+$_q,}$_x ;;
		t) _x="{$(off "$_text" "$a"),\"text\":\"$a\",\"value\":\"$b\"${c:+,\"deadline\":true}}"
		   _t=${_t:+$_t,}$_x ;;
		m) _x="{$(off "$_text" "$a"),\"text\":\"$a\",\"id\":\"$b\",\"class\":\"${b%%:*}\"}"
		   _m=${_m:+$_m,}$_x ;;
		esac
	done
	_len=${#_text}
	printf '{"type":"seg","doc":"%s","seg":%d,"lang":"%s","start":%d,"end":%d,"text":"%s","quantities":[%s],"times":[%s],"terms":[%s]}\n' \
		"$_doc" "$_no" "$_lang" "$_start" $((_start + _len)) "$_text" "$_q" "$_t" "$_m"
}

doc() { # DOC LANG DATE
	printf '{"type":"doc","doc":"%s","lang":"%s","title":"t","date":"%s","bytes":999}\n' "$1" "$2" "$3"
}

# facts FILE: one line per fact, the fields score-facts compares.
facts() {
	jq -r -c 'select(.type=="fact")|[.city,.area,.metric,.value,.unit,.qualifier,.period,.kind]|map(tostring)|join(" ")' "$1"
}

run() { # NAME INPUT EXPECTED
	"$F" "$2" >"$TMP/o" 2>"$TMP/e"
	check "$1" "$3" "$(facts "$TMP/o")"
}

# --- either word order, in each language ---
T='In 2020, Hangzhou had 1,234 AI companies.'
{ doc a.txt en 2021-05-04
  seg a.txt 1 en 100 "$T" 'q|1,234|1234|count|=|number' 't|2020|2020' \
      'm|Hangzhou|city:Hangzhou' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "en: figure before its metric" "$TMP/in" "Hangzhou  ai_enterprises 1234 count = 2020 actual"
check "fact offsets are the quantity's bytes in the article" "122 127" \
	"$(jq -r 'select(.type=="fact")|"\(.start) \(.end)"' "$TMP/o")"
check "evidence is the sentence" "$T" "$(jq -r 'select(.type=="fact")|.evidence' "$TMP/o")"
check "fields in DESIGN order" "type doc seg lang city area metric value unit qualifier period kind evidence start end" \
	"$(jq -r 'select(.type=="fact")|keys_unsorted|join(" ")' "$TMP/o")"

T='The industry scale of Wuxi exceeded 300 billion yuan in 2019.'
{ doc b.txt en 2021-05-04
  seg b.txt 1 en 0 "$T" 'q|300 billion yuan|300000000000|CNY|>|money' 't|2019|2019' \
      'm|industry scale|metric:industry_scale' 'm|Wuxi|city:Wuxi'; } >"$TMP/in"
run "en: metric before its figure" "$TMP/in" "Wuxi  industry_scale 300000000000 CNY > 2019 actual"

T='成都人工智能产业规模达到1500亿元。'
{ doc c.txt zh 2022-03-01
  seg c.txt 1 zh 0 "$T" 'q|1500亿元|150000000000|CNY|=|money' \
      'm|成都|city:Chengdu' 'm|产业规模|metric:industry_scale'; } >"$TMP/in"
run "zh: metric before figure; no time takes the document's year" "$TMP/in" \
	"Chengdu  industry_scale 150000000000 CNY = 2022 actual"

T='Recife tem mais de 400 empresas de IA, segundo o estudo.'
{ doc d.txt pt 2023-09-10
  seg d.txt 1 pt 0 "$T" 'q|mais de 400|400|count|>|number' \
      'm|Recife|city:Recife' 'm|empresas de IA|metric:ai_enterprises'; } >"$TMP/in"
run "pt: figure before its metric" "$TMP/in" "Recife  ai_enterprises 400 count > 2023 actual"

# --- place ---
T='滨江区汇聚了200多家人工智能企业，占杭州的一半。'
{ doc e.txt zh 2020-06-01
  seg e.txt 1 zh 0 "$T" 'q|200多家|200|count|>|number' 'q|一半|0.5|fraction|=|fraction' \
      'm|滨江区|area:Hangzhou/Binjiang' 'm|人工智能企业|metric:ai_enterprises' 'm|杭州|city:Hangzhou'; } >"$TMP/in"
run "an area lifts to its city and names itself" "$TMP/in" "Hangzhou Binjiang ai_enterprises 200 count > 2020 actual"

T='In line with the nation'"'"'s goal of a 2 trillion yuan AI industry by 2030, Nanjing plans to grow its industry scale to 80 billion yuan by 2025.'
{ doc f.txt en 2021-01-01
  seg f.txt 1 en 0 "$T" 'q|2 trillion yuan|2000000000000|CNY|=|money' 'q|80 billion yuan|80000000000|CNY|=|money' \
      't|by 2030|2030|deadline' 't|by 2025|2025|deadline' \
      "m|the nation's|city:China" 'm|AI industry|metric:industry_scale' 'm|Nanjing|city:Nanjing' \
      'm|plans to|cue:target' 'm|industry scale|metric:industry_scale'; } >"$TMP/in"
run "national words take China, only in their own clause" "$TMP/in" \
	"China  industry_scale 2000000000000 CNY = 2030 target
Nanjing  industry_scale 80000000000 CNY = 2025 target"

T1='Xiamen is building an AI hub.'
T2='The city already counts 150 AI companies; 20 more arrive this year.'
{ doc g.txt en 2021-01-01
  seg g.txt 1 en 0 "$T1" 'm|Xiamen|city:Xiamen'
  seg g.txt 2 en 40 "$T2" 'q|150|150|count|=|number' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "no place in the seg: the document's last one" "$TMP/in" "Xiamen  ai_enterprises 150 count = 2021 actual"

# --- period ---
T='In 2018 the sector was young; by then Hefei had 60 AI companies.'
{ doc h.txt en 2021-01-01
  seg h.txt 1 en 0 "$T" 'q|60|60|count|=|number' 't|2018|2018' 'm|Hefei|city:Hefei' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "period: a time of the seg outside the clause" "$TMP/in" "Hefei  ai_enterprises 60 count = 2018 actual"

T='Hefei counted 60 AI companies in 2018 and 90 AI firms in 2019.'
{ doc h2.txt en 2021-01-01
  seg h2.txt 1 en 0 "$T" 'q|60|60|count|=|number' 'q|90|90|count|=|number' 't|2018|2018' 't|2019|2019' \
      'm|Hefei|city:Hefei' 'm|AI companies|metric:ai_enterprises' 'm|AI firms|metric:ai_enterprises'; } >"$TMP/in"
run "period: the time nearest the figure in its clause" "$TMP/in" \
	"Hefei  ai_enterprises 60 count = 2018 actual
Hefei  ai_enterprises 90 count = 2019 actual"

T='The average annual growth rate of Jinan from 2018 to 2020 was 25%.'
{ doc i.txt en 2021-01-01
  seg i.txt 1 en 0 "$T" 'q|25%|25|percent|=|percent' 't|from 2018 to 2020|2018-2020' \
      'm|Jinan|city:Jinan' 'm|growth rate|metric:industry_growth'; } >"$TMP/in"
run "period: a range" "$TMP/in" "Jinan  industry_growth 25 percent = 2018-2020 actual"

T='From 12 to 22 January 2016, Jinan had 70 AI companies.'
U='From December 30, 2016 to January 5, 2017, Jinan had 80 AI firms.'
{ doc i2.txt en 2021-01-01
  seg i2.txt 1 en 0 "$T" 'q|70|70|count|=|number' 't|From 12 to 22 January 2016|2016-01-12-2016-01-22' \
      'm|Jinan|city:Jinan' 'm|AI companies|metric:ai_enterprises'
  seg i2.txt 2 en 100 "$U" 'q|80|80|count|=|number' 't|From December 30, 2016 to January 5, 2017|2016-12-30-2017-01-05' \
      'm|Jinan|city:Jinan' 'm|AI firms|metric:ai_enterprises'; } >"$TMP/in"
run "period: a range of days is cut to its month, or to its range of months" "$TMP/in" \
	"Jinan  ai_enterprises 70 count = 2016-01 actual
Jinan  ai_enterprises 80 count = 2016-12-2017-01 actual"

T='From January 30 to February 5, 2016, Jinan had 90 AI companies.'
{ doc i3.txt en 2021-01-01
  seg i3.txt 1 en 0 "$T" 'q|90|90|count|=|number' 't|From January 30 to February 5, 2016|2016-01-30-2016-02-05' \
      'm|Jinan|city:Jinan' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "period: days of two months of one year are that year, as a half-year is" "$TMP/in" \
	"Jinan  ai_enterprises 90 count = 2016 actual"

T='Jinan has 70 AI companies.'
{ seg nodate.txt 1 en 0 "$T" 'q|70|70|count|=|number' 'm|Jinan|city:Jinan' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "period: empty without any time or date" "$TMP/in" "Jinan  ai_enterprises 70 count =  actual"

T1='In 2019, Jinan opened 30 application scenarios.'
T2='Its AI companies numbered 70.'
{ doc j.txt en 2021-01-01
  seg j.txt 1 en 0 "$T1" 'q|30|30|count|=|number' 't|2019|2019' 'm|Jinan|city:Jinan' 'm|application scenarios|metric:application_scenarios'
  seg j.txt 2 en 48 "$T2" 'q|70|70|count|=|number' 'm|AI companies|metric:ai_enterprises'
  seg j.txt 3 en 90 "$T2" 'q|70|70|count|=|number' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "period: the paragraph's last time; a new paragraph takes the document's year" "$TMP/in" \
	"Jinan  application_scenarios 30 count = 2019 actual
Jinan  ai_enterprises 70 count = 2019 actual
Jinan  ai_enterprises 70 count = 2021 actual"

T1='到2025年，济南力争人工智能产业规模突破900亿元。'
T2='历下区集聚了150家人工智能企业。'
{ doc j2.txt zh 2023-01-01
  seg j2.txt 1 zh 0 "$T1" 'q|900亿元|90000000000|CNY|>|money' 't|到2025年|2025|deadline' 'm|济南|city:Jinan' \
      'm|力争|cue:target' 'm|人工智能产业规模|metric:industry_scale'
  seg j2.txt 2 zh 67 "$T2" 'q|150家|150|count|=|number' 'm|历下区|area:Jinan/Lixia' 'm|人工智能企业|metric:ai_enterprises'; } >"$TMP/in"
run "period: a goal's year does not carry to the next sentence" "$TMP/in" \
	"Jinan  industry_scale 90000000000 CNY > 2025 target
Jinan Lixia ai_enterprises 150 count = 2023 actual"

T='The number of employees in Xi'"'"'an AI companies will reach 90,000 (March 2020).'
{ doc k.txt en 2021-07-01
  seg k.txt 1 en 0 "$T" 'q|90,000|90000|count|=|number' 't|March 2020|2020-03' \
      "m|Xi'an|city:Xian" 'm|employees|metric:employees' 'm|will|cue:target'; } >"$TMP/in"
run "a past time makes a 'will' actual; a month is kept" "$TMP/in" "Xian  employees 90000 count = 2020-03 actual"

# --- kind ---
T='Suzhou plans to open 120 application scenarios.'
{ doc l.txt en 2022-02-02
  seg l.txt 1 en 0 "$T" 'q|120|120|count|=|number' 'm|Suzhou|city:Suzhou' 'm|plans to|cue:target' \
      'm|application scenarios|metric:application_scenarios'; } >"$TMP/in"
run "kind: a target cue" "$TMP/in" "Suzhou  application_scenarios 120 count = 2022 target"

T='到2025年，苏州人工智能产业规模将达到1000亿元。'
{ doc l2.txt zh 2022-02-02
  seg l2.txt 1 zh 0 "$T" 'q|1000亿元|100000000000|CNY|=|money' 't|到2025年|2025|deadline' \
      'm|苏州|city:Suzhou' 'm|产业规模|metric:industry_scale' 'm|将|cue:target'; } >"$TMP/in"
run "kind: a deadline (zh, across a comma)" "$TMP/in" "Suzhou  industry_scale 100000000000 CNY = 2025 target"

T='Analysts expect the industry scale of Suzhou to reach 90 billion yuan.'
{ doc m.txt en 2022-02-02
  seg m.txt 1 en 0 "$T" 'q|90 billion yuan|90000000000|CNY|=|money' 'm|expect|cue:forecast' \
      'm|industry scale|metric:industry_scale' 'm|Suzhou|city:Suzhou'; } >"$TMP/in"
run "kind: a forecast cue" "$TMP/in" "Suzhou  industry_scale 90000000000 CNY = 2022 forecast"

T='A cidade de Fortaleza pretende atingir 50 bilhões de yuans até 2027.'
{ doc n.txt pt 2024-01-01
  seg n.txt 1 pt 0 "$T" 'q|50 bilhões de yuans|50000000000|CNY|=|money' 't|até 2027|2027|deadline' \
      'm|Fortaleza|city:Fortaleza' 'm|pretende|cue:target' 'm|bilhões de yuans|metric:industry_scale'; } >"$TMP/in"
run "kind: a future deadline (pt)" "$TMP/in" "Fortaleza  industry_scale 50000000000 CNY = 2027 target"

T='宁波计划扩大产业，目前已有300家人工智能企业。'
{ doc n2.txt zh 2022-05-05
  seg n2.txt 1 zh 0 "$T" 'q|300家|300|count|=|number' 'm|宁波|city:Ningbo' 'm|计划|cue:target' \
      'm|已|cue:as_of' 'm|人工智能企业|metric:ai_enterprises'; } >"$TMP/in"
run "kind: an as-of cue by the figure outweighs a plan before it" "$TMP/in" "Ningbo  ai_enterprises 300 count = 2022 actual"
sed 's/,{"start":[0-9]*,"end":[0-9]*,"text":"已","id":"cue:as_of","class":"cue"}//' "$TMP/in" >"$TMP/in2"
run "kind: without it, the plan governs" "$TMP/in2" "Ningbo  ai_enterprises 300 count = 2022 target"

# --- units, conversions, repeats ---
T='Changsha was worth about 70 billion yuan ($10 billion) in its AI industry.'
{ doc o.txt en 2020-01-01
  seg o.txt 1 en 0 "$T" 'q|about 70 billion yuan|70000000000|CNY|~|money' 'q|$10 billion|10000000000|USD|=|money|0' \
      'm|Changsha|city:Changsha' 'm|worth|metric:industry_scale'; } >"$TMP/in"
run "a conversion in parentheses is not a second fact" "$TMP/in" "Changsha  industry_scale 70000000000 CNY ~ 2020 actual"

T='Changsha set up a 10 billion AI industry fund.'
{ doc p.txt en 2020-01-01
  seg p.txt 1 en 0 "$T" 'q|10 billion|10000000000|count|=|number' 'm|Changsha|city:Changsha' 'm|industry fund|metric:fund_size'; } >"$TMP/in"
run "a bare amount takes yuan" "$TMP/in" "Changsha  fund_size 10000000000 CNY = 2020 actual"

T='Changsha raised 2 billion dollars in financing and set up a 5 billion AI fund.'
{ doc p2.txt en 2020-01-01
  seg p2.txt 1 en 0 "$T" 'q|2 billion dollars|2000000000|USD|=|money' 'q|5 billion|5000000000|count|=|number' \
      'm|Changsha|city:Changsha' 'm|financing|metric:financing' 'm|AI fund|metric:fund_size'; } >"$TMP/in"
run "a bare amount takes the document's last currency" "$TMP/in" \
	"Changsha  financing 2000000000 USD = 2020 actual
Changsha  fund_size 5000000000 USD = 2020 actual"

T='Qingdao opened 4 batches of 75 application scenarios, and 40% of AI companies joined.'
{ doc q.txt en 2020-01-01
  seg q.txt 1 en 0 "$T" 'q|4|4|count|=|number' 'q|75|75|count|=|number' 'q|40%|40|percent|=|percent' \
      'm|Qingdao|city:Qingdao' 'm|application scenarios|metric:application_scenarios' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "the nearest figure whose unit fits; one figure per metric term" "$TMP/in" \
	"Qingdao  application_scenarios 75 count = 2020 actual"

T='Qingdao aims to attract 10 AI companies valued at over 1 billion dollars.'
{ doc q2.txt en 2020-01-01
  seg q2.txt 1 en 0 "$T" 'q|10|10|count|=|number' 'q|over 1 billion dollars|1000000000|USD|>|money' \
      'm|Qingdao|city:Qingdao' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "no link across another figure" "$TMP/in" "Qingdao  ai_enterprises 10 count = 2020 actual"
T='Qingdao aims to attract 10 companies valued at over 1 billion dollars as AI companies.'
{ doc q3.txt en 2020-01-01
  seg q3.txt 1 en 0 "$T" 'q|10|10|count|=|number' 'q|over 1 billion dollars|1000000000|USD|>|money' \
      'm|Qingdao|city:Qingdao' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "no link across another figure (blocked)" "$TMP/in" ""

T='In Shanghai, the number of employees at SenseTime grew from 14 to over 500.'
T2='目前，上海商汤员工从14人增加到超过500人。'
{ doc r.txt en 2020-01-01
  seg r.txt 1 en 0 "$T" 'q|14|14|count|=|number' 'q|over 500|500|count|>|number' \
      'm|SenseTime|org:SenseTime' 'm|Shanghai|city:Shanghai' 'm|employees|metric:employees'
  doc r2.txt zh 2020-01-01
  seg r2.txt 1 zh 0 "$T2" 'q|14人|14|count|=|number' 'q|超过500人|500|count|>|number' \
      'm|商汤|org:SenseTime' 'm|上海|city:Shanghai' 'm|员工|metric:employees'; } >"$TMP/in"
run "a company's own figure is not the city's (en, zh)" "$TMP/in" ""
T='SenseTime'"'"'s Hangzhou office employs 800 people, while Hangzhou has 300 AI companies.'
{ doc r3.txt en 2020-01-01
  seg r3.txt 1 en 0 "$T" 'q|800|800|count|=|number' 'q|300|300|count|=|number' 'm|SenseTime|org:SenseTime' \
      'm|Hangzhou office|city:Hangzhou' 'm|people|metric:employees' 'm|Hangzhou has|city:Hangzhou' \
      'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "an organisation touching the place makes it the company's figure" "$TMP/in" \
	"Hangzhou  ai_enterprises 300 count = 2020 actual"

T='到2025年将实现500亿元的收入（2021年无锡的年收入为200亿元）。'
{ doc s.txt zh 2022-01-01
  seg s.txt 1 zh 0 "$T" 'q|500亿元|50000000000|CNY|=|money' 'q|200亿元|20000000000|CNY|=|money' \
      't|到2025年|2025|deadline' 't|2021年|2021' 'm|将|cue:target' 'm|收入|metric:industry_scale' \
      'm|无锡|city:Wuxi' 'm|年收入|metric:industry_scale'; } >"$TMP/in"
run "a parenthesis with its own figure is its own clause" "$TMP/in" \
	"Wuxi  industry_scale 50000000000 CNY = 2025 target
Wuxi  industry_scale 20000000000 CNY = 2021 actual"

T='Dalian has 300 AI companies.'
{ doc t.txt en 2020-01-01
  seg t.txt 1 en 0 "$T" 'q|300|300|count|=|number' 'm|Dalian|city:Dalian' 'm|AI companies|metric:ai_enterprises'
  seg t.txt 7 en 500 "$T" 'q|300|300|count|=|number' 'm|Dalian|city:Dalian' 'm|AI companies|metric:ai_enterprises'
  doc t2.txt en 2020-01-01
  seg t2.txt 1 en 0 "$T" 'q|300|300|count|=|number' 'm|Dalian|city:Dalian' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "the same fact twice in one article is one fact; another article keeps its own" "$TMP/in" \
	"Dalian  ai_enterprises 300 count = 2020 actual
Dalian  ai_enterprises 300 count = 2020 actual"

T='Dalian reached 5% of AI companies.'
{ seg u.txt 1 en 0 "$T" 'q|5%|5|percent|=|percent' 'm|Dalian|city:Dalian' 'm|AI companies|metric:ai_enterprises'; } >"$TMP/in"
run "a figure whose unit does not fit is no fact" "$TMP/in" ""

T='Dalian is home to one-third of the country'"'"'s AI talents.'
{ doc v.txt en 2019-01-01
  seg v.txt 1 en 0 "$T" 'q|one-third|0.333333|fraction|=|fraction' 'm|Dalian|city:Dalian' \
      "m|the country's|city:China" 'm|AI talents|metric:talent_share'; } >"$TMP/in"
run "the place before the figure wins over a national word after it" "$TMP/in" \
	"Dalian  talent_share 0.333333 fraction = 2019 actual"

T='The number of employees in Hefei'"'"'s key AI companies will reach 20,000 this year.'
T2='合肥人工智能企业员工超过2万人。'
{ doc x.txt en 2020-01-01
  seg x.txt 1 en 0 "$T" 'q|20,000|20000|count|=|number' 't|this year|2020' 'm|employees|metric:employees' \
      "m|Hefei|city:Hefei" 'm|key AI companies|metric:ai_enterprises' 'm|will|cue:target'
  doc x2.txt zh 2020-01-01
  seg x2.txt 1 zh 0 "$T2" 'q|超过2万人|20000|count|>|number' 'm|合肥|city:Hefei' \
      'm|人工智能企业|metric:ai_enterprises' 'm|员工|metric:employees'; } >"$TMP/in"
run "two metric terms side by side: the head of the phrase (first in en, last in zh)" "$TMP/in" \
	"Hefei  employees 20000 count = 2020 target
Hefei  employees 20000 count > 2020 actual"

T='数据公开是一种有效手段，应用场景更加丰富。'
{ doc y.txt zh 2020-01-01
  seg y.txt 1 zh 0 "$T" 'q|一种|1|count|=|number' 'm|应用场景|metric:application_scenarios'; } >"$TMP/in"
run "no count of one, no link to a metric after a comma" "$TMP/in" ""

T='中国的研发人才数量只有美国的一半。'
{ doc z.txt zh 2020-01-01
  seg z.txt 1 zh 0 "$T" 'q|一半|0.5|fraction|=|fraction' 'm|中国|city:China' 'm|研发人才|metric:talent_share'; } >"$TMP/in"
run "no talent share of the nation itself" "$TMP/in" ""

T='In January this year, Yantai had 45 AI companies.'
printf '{"type":"seg","doc":"z2.txt","seg":1,"lang":"en","start":0,"end":49,"text":"%s","quantities":[%s],"times":[%s],"terms":[%s,%s]}\n' "$T" \
	"{$(off "$T" 45),\"value\":45,\"unit\":\"count\",\"qualifier\":\"=\",\"kind\":\"number\"}" \
	"{$(off "$T" 'this year'),\"text\":\"this year\",\"value\":null}" \
	"{$(off "$T" Yantai),\"id\":\"city:Yantai\"}" "{$(off "$T" 'AI companies'),\"id\":\"metric:ai_enterprises\"}" >"$TMP/in"
check_rc "a time left unresolved (undated article) is no error" 0 "$F" "$TMP/in"
check "... and gives no period" "Yantai  ai_enterprises 45 count =  actual" "$(facts "$TMP/out")"

T='In line with the nation'"'"'s plan for a 3 trillion yuan AI industry by 2035, Taiyuan will grow its industry scale to 20 billion yuan.'
{ doc aa.txt en 2022-01-01
  seg aa.txt 1 en 0 "$T" 'q|3 trillion yuan|3000000000000|CNY|=|money' 'q|20 billion yuan|20000000000|CNY|=|money' \
      't|by 2035|2035|deadline' "m|the nation's|city:China" 'm|Taiyuan|city:Taiyuan' 'm|will|cue:target' \
      'm|industry scale|metric:industry_scale'; } >"$TMP/in"
run "money without a metric takes the money metric of its sentence" "$TMP/in" \
	"China  industry_scale 3000000000000 CNY = 2035 target
Taiyuan  industry_scale 20000000000 CNY = 2022 target"

T='Em 2023, a indústria de IA de Natal atingiu 25 bilhões de yuans, com crescimento de 12%.'
{ doc ab2.txt pt 2024-01-01
  seg ab2.txt 1 pt 0 "$T" 'q|25 bilhões de yuans|25000000000|CNY|=|money' 'q|12%|12|percent|=|percent' \
      't|2023|2023' 'm|Natal|city:Natal' 'm|crescimento|metric:industry_growth'; } >"$TMP/in"
run "money without a metric beside the industry's growth is the industry's scale" "$TMP/in" \
	"Natal  industry_scale 25000000000 CNY = 2023 actual
Natal  industry_growth 12 percent = 2023 actual"

T1='Taiyuan will keep expanding its industry scale.'
T2='It aims at 50 billion yuan by 2026.'
T3='Its port handled goods worth 9 billion yuan.'
{ doc ab.txt en 2022-01-01
  seg ab.txt 1 en 0 "$T1" 'm|Taiyuan|city:Taiyuan' 'm|industry scale|metric:industry_scale'
  seg ab.txt 2 en 48 "$T2" 'q|50 billion yuan|50000000000|CNY|=|money' 't|by 2026|2026|deadline' 'm|aims at|cue:target'
  seg ab.txt 5 en 200 "$T3" 'q|9 billion yuan|9000000000|CNY|=|money'; } >"$TMP/in"
run "... else the last one of its paragraph, never of another paragraph" "$TMP/in" \
	"Taiyuan  industry_scale 50000000000 CNY = 2026 target"

T='Jilin released the “AI Industry Scale Report” and 12 application scenarios.'
{ doc ac.txt en 2022-01-01
  seg ac.txt 1 en 0 "$T" 'q|12|12|count|=|number' 'm|Jilin|city:Jilin' 'm|Industry Scale|metric:industry_scale' \
      'm|application scenarios|metric:application_scenarios'; } >"$TMP/in"
run "a metric term inside a quoted name measures nothing" "$TMP/in" "Jilin  application_scenarios 12 count = 2022 actual"
T='Lanzhou analisou cinco dimensões do índice de desenvolvimento, com índice de desenvolvimento de 0,81.'
{ doc ad.txt pt 2022-01-01
  seg ad.txt 1 pt 0 "$T" 'q|cinco|5|count|=|number' 'q|0,81|0.81|count|=|number' 'm|Lanzhou|city:Lanzhou' \
      'm|índice de desenvolvimento|metric:index_score' 'm|índice de desenvolvimento, com índice de desenvolvimento|metric:index_score'; } >"$TMP/in"
run "an index score is written in digits" "$TMP/in" "Lanzhou  index_score 0.81 score = 2022 actual"

T='The industry scale of Zibo grew 18% to 64 billion yuan last year.'
{ doc ae.txt en 2023-01-01
  seg ae.txt 1 en 0 "$T" 'q|18%|18|percent|=|percent' 'q|64 billion yuan|64000000000|CNY|=|money' 't|last year|2022' \
      'm|industry scale|metric:industry_scale' 'm|Zibo|city:Zibo' 'm|grew|metric:industry_growth'; } >"$TMP/in"
run "a figure linked to its own metric does not block a link across it" "$TMP/in" \
	"Zibo  industry_growth 18 percent = 2022 actual
Zibo  industry_scale 64000000000 CNY = 2022 actual"

T='The number of AI companies in Zibo grew 18% to 640 last year.'
T2='2022年，淄博人工智能企业融资总额达32亿元，较2021年增长15%。'
{ doc ae2.txt en 2023-01-01
  seg ae2.txt 1 en 0 "$T" 'q|18%|18|percent|=|percent' 'q|640|640|count|=|number' 't|last year|2022' \
      'm|AI companies|metric:ai_enterprises' 'm|Zibo|city:Zibo' 'm|grew|metric:industry_growth'
  doc ae3.txt zh 2023-01-01
  seg ae3.txt 1 zh 0 "$T2" 'q|32亿元|3200000000|CNY|=|money' 'q|15%|15|percent|=|percent' 't|2022年|2022' 't|2021年|2021' \
      'm|淄博|city:Zibo' 'm|融资总额|metric:financing' 'm|增长|metric:industry_growth'; } >"$TMP/in"
run "growth of another metric is not the industry's; a base of comparison is no period" "$TMP/in" \
	"Zibo  ai_enterprises 640 count = 2022 actual
Zibo  financing 3200000000 CNY = 2022 actual"

T='Weifang has set up a 4 billion yuan AI fund and plans to attract 20 billion yuan in investment by 2026.'
{ doc af.txt en 2023-01-01
  seg af.txt 1 en 0 "$T" 'q|4 billion yuan|4000000000|CNY|=|money' 'q|20 billion yuan|20000000000|CNY|=|money' \
      't|by 2026|2026|deadline' 'm|Weifang|city:Weifang' 'm|AI fund|metric:fund_size' 'm|plans to|cue:target' \
      'm|investment|metric:investment' 'm|by|cue:target'; } >"$TMP/in"
run "a plan that opens another figure's statement governs neither the earlier figure's time nor kind" "$TMP/in" \
	"Weifang  fund_size 4000000000 CNY = 2023 actual
Weifang  investment 20000000000 CNY = 2026 target"

T='Hefei, Wuhu and Bengbu had 900, 300 and 120 AI companies, respectively.'
T2='合肥、芜湖的人工智能企业分别为900家和300家。'
T3='Hefei e Wuhu têm índices de 0,91, 0,55 e 0,40, respectivamente.'
{ doc ag.txt en 2023-01-01
  seg ag.txt 1 en 0 "$T" 'q|900|900|count|=|number' 'q|300|300|count|=|number' 'q|120|120|count|=|number' \
      'm|Hefei|city:Hefei' 'm|Wuhu|city:Wuhu' 'm|Bengbu|city:Bengbu' 'm|AI companies|metric:ai_enterprises'
  doc ag2.txt zh 2023-01-01
  seg ag2.txt 1 zh 0 "$T2" 'q|900家|900|count|=|number' 'q|300家|300|count|=|number' \
      'm|合肥|city:Hefei' 'm|芜湖|city:Wuhu' 'm|人工智能企业|metric:ai_enterprises'
  doc ag3.txt pt 2023-01-01
  seg ag3.txt 1 pt 0 "$T3" 'q|0,91|0.91|count|=|number' 'q|0,55|0.55|count|=|number' 'q|0,40|0.4|count|=|number' \
      'm|Hefei|city:Hefei' 'm|Wuhu|city:Wuhu' 'm|índices|metric:index_score'; } >"$TMP/in"
run "respectively: figures go to the places in order; none when the numbers differ" "$TMP/in" \
	"Hefei  ai_enterprises 900 count = 2023 actual
Wuhu  ai_enterprises 300 count = 2023 actual
Bengbu  ai_enterprises 120 count = 2023 actual
Hefei  ai_enterprises 900 count = 2023 actual
Wuhu  ai_enterprises 300 count = 2023 actual"

# --- records, options, errors ---
T='Dalian has 300 AI companies.'
{ doc w.txt en 2020-01-01
  echo '{"type":"note","x":[1,2]}'
  seg w.txt 1 en 0 "$T" 'q|300|300|count|=|number' 'm|Dalian|city:Dalian' 'm|AI companies|metric:ai_enterprises'
  seg w.txt 2 en 40 'Nothing to see.'; } >"$TMP/in"
"$F" "$TMP/in" >"$TMP/o" 2>"$TMP/e"
check "segs dropped, doc and unknown records passed in order" "doc note fact" \
	"$(jq -r .type "$TMP/o" | tr '\n' ' ' | sed 's/ $//')"
check "passed records unchanged" "$(sed -n 2p "$TMP/in")" "$(sed -n 2p "$TMP/o")"
"$F" --keep-segs "$TMP/in" >"$TMP/o" 2>"$TMP/e"
check "--keep-segs writes each seg before its facts" "doc note seg fact seg" \
	"$(jq -r .type "$TMP/o" | tr '\n' ' ' | sed 's/ $//')"

{ sed -n 1p "$TMP/in"; echo '{"type":"seg",'; echo '{"type":"seg","doc":"w.txt","seg":3}'
  sed -n 3p "$TMP/in"; } >"$TMP/bad"
check_rc "bad lines: exit 1, the rest processed" 1 "$F" "$TMP/bad"
check "bad lines: the good seg still gives its fact" "1" "$(grep -c '"type":"fact"' "$TMP/out")"
check_grep "bad JSON named by file and line" "^cf-facts: $TMP/bad:2: bad JSON" "$TMP/err"
check_grep "a seg without text named by file and line, doc and seg" "^cf-facts: $TMP/bad:3: doc \"w.txt\" seg 3: seg has no" "$TMP/err"
check "a seg without text is passed through, not lost" "1" "$(grep -c '"seg":3' "$TMP/out")"
check_rc "--strict stops at the first bad line" 1 "$F" --strict "$TMP/bad"
check "--strict: nothing after the bad line" "0" "$(grep -c '"type":"fact"' "$TMP/out")"
# A day of the month alone dates an event of the story, not a figure.
T='总投资80亿元的人工智能项目20日在宜昌开工。'
{ doc bd.txt zh 2024-11-21
  seg bd.txt 1 zh 0 "$T" 'q|80亿元|8000000000|CNY|=|money' 't|20日|2024-09-20' \
      'm|总投资|metric:investment' 'm|宜昌|city:Yichang'; } >"$TMP/in"
run "zh: a bare day is no period" "$TMP/in" "Yichang  investment 8000000000 CNY = 2024 target"
T='Investment of 8 billion yuan in an AI computing center began in Yichang on the 20th.'
{ doc be.txt en 2024-11-21
  seg be.txt 1 en 0 "$T" 'q|8 billion yuan|8000000000|CNY|=|money' 't|the 20th|2024-09-20' \
      'm|Investment|metric:investment' 'm|Yichang|city:Yichang'; } >"$TMP/in"
run "en: a bare day is no period" "$TMP/in" "Yichang  investment 8000000000 CNY = 2024 target"
T='Em setembro de 2024, o investimento de 8 mil milhões de yuans num centro de IA começou em Yichang.'
{ doc bf.txt pt 2024-11-21
  seg bf.txt 1 pt 0 "$T" 'q|8 mil milhões de yuans|8000000000|CNY|=|money' 't|setembro de 2024|2024-09' \
      'm|investimento|metric:investment' 'm|Yichang|city:Yichang'; } >"$TMP/in"
run "pt: a month with its year is a period" "$TMP/in" "Yichang  investment 8000000000 CNY = 2024-09 actual"


printf '{"type":"seg","doc":"x","seg":1,"text":"Dalian has 9 AI companies.","quantities":[{"start":11,"end":99,"value":9}],"terms":[{"start":0,"end":6,"id":"city:Dalian"},{"start":13,"end":25,"id":"metric:ai_enterprises"}]}\n' >"$TMP/badq"
check_rc "a quantity outside the text is reported" 1 "$F" "$TMP/badq"
check_grep "the bad quantity is named" "badq:1: doc \"x\" seg 1: quantity 0: needs start and end" "$TMP/err"

# One endless clause with 3000 figures, times and terms: bounded work.
python3 -c '
import json
t, q, m, d = "", [], [], []
for i in range(3000):
    b = len(t); t += "AI companies 12 by 2025 "
    m.append({"start": b, "end": b + 12, "id": "metric:ai_enterprises"})
    q.append({"start": b + 13, "end": b + 15, "value": 12 + i, "unit": "count", "kind": "number"})
    d.append({"start": b + 16, "end": b + 23, "value": "2025", "deadline": True})
print(json.dumps({"type": "seg", "doc": "big", "seg": 1, "lang": "en", "start": 0, "end": len(t),
                  "text": t, "quantities": q, "times": d, "terms": m}))' >"$TMP/big"
check_rc "3000 items in one seg: done, the excess reported" 1 timeout 60 "$F" "$TMP/big"
check_grep "the excess named" "big:1: doc \"big\" seg 1: quantity 1000: more than 1000 in one seg; the rest left out \\(6000 items skipped\\)" "$TMP/err"
check "the first 1000 figures linked" "1000" "$(grep -c '"type":"fact"' "$TMP/out")"

gzip -c "$TMP/in" >"$TMP/in.gz"
check "gzip input" "$("$F" "$TMP/in")" "$("$F" "$TMP/in.gz")"
check "empty input: no output" "" "$(printf '' | "$F")"
check_rc "unknown option: exit 2" 2 "$F" --nope
check_rc "--help: exit 0" 0 "$F" --help
check_grep "--help names --keep-segs" "keep-segs" "$TMP/out"
