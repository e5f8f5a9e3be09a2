#!/bin/sh
# The benchmark's corpus generator (tests/bench/gen-corpus.py): the same
# seed gives the same bytes, gzip'd and plain hold the same text, the three
# languages get their share, and the variations keep a date a date.
. tests/lib.sh
command -v python3 >/dev/null 2>&1 || { skip "bench corpus" "python3 is missing"; exit 0; }
S=$TMP/src
mkdir -p "$S"
printf 'Robots in Shanghai\n\nDate: 2019-02-25\n\nx\n\ny\n\nz\n\nw\n\nIn 2018, Shanghai had 1,200 AI firms.\n\nBeijing plans 30 labs by 2025.\n\nRevenue reached 4.5 billion yuan.\n' >"$S/a.txt"
printf -- '---\ntitle: 上海机器人\ndate: 2019-02-25\n---\n上海在2018年有1200家企业。\n北京计划到2025年建设30个实验室。\n收入达到45亿元。\n深圳增长了12%%。\n杭州有500家公司。\n南京有80家。\n苏州有60家。\n' >"$S/b.txt"
printf 'Robôs em Xangai\n\n2019-02-25\n\na\n\nb\n\nc\n\nd\n\nEm 2018, Xangai tinha 1.200 empresas de IA para o setor.\n\nPequim planeja 30 laboratórios até 2025, que não são poucos.\n\nA receita atingiu 4,5 bilhões de yuans com o apoio da cidade.\n' >"$S/c.txt"

G=tests/bench/gen-corpus.py
python3 "$G" "$S" "$TMP/one" 0.02 7 >"$TMP/one.log"
python3 "$G" "$S" "$TMP/two" 0.02 7 >"$TMP/two.log"
python3 "$G" "$S" "$TMP/other" 0.02 8 >"$TMP/other.log"
check "same seed, same articles" "" "$(diff -r "$TMP/one" "$TMP/two" 2>&1 | head -3)"
check "another seed, other articles" "differ" "$(diff -rq "$TMP/one/plain" "$TMP/other/plain" >/dev/null 2>&1 && echo same || echo differ)"
n=$(ls "$TMP/one/plain" | wc -l | tr -d ' ')
check "as many gzip'd articles as plain ones" "$n" "$(ls "$TMP/one/gz" | wc -l | tr -d ' ')"
bad=0
for f in "$TMP/one/plain"/*.txt; do
	gzip -dc "$TMP/one/gz/$(basename "$f").gz" | cmp -s - "$f" || bad=$((bad + 1))
done
check "each gzip'd article is its plain one" 0 "$bad"
# "N articles, BYTES bytes (en E, zh Z, pt P)": every language has a share,
# none more than twice another's
check "the three languages in balance" yes "$(sed 's/[(),]//g' "$TMP/one.log" | awk '{ e = $6; z = $8; p = $10
	m = e; if (z < m) m = z; if (p < m) m = p; M = e; if (z > M) M = z; if (p > M) M = p
	print (m > 0 && M <= 2 * m && $3 >= 20000) ? "yes" : "no: " $0 }')"
# dates stay dates: the year moves, the month and day do not
check "dates keep their month and day" "$n" "$(grep -l -- '-02-25' "$TMP/one/plain"/*.txt | wc -l | tr -d ' ')"
check_nogrep "no year outside 2014-2029" '(^|[^0-9])(19[0-9][0-9]|20[03-9][0-9]|201[0-3])([^0-9]|$)' "$TMP/one/plain/000000.txt"
# figures are scaled (never by 1), cities permuted among the listed ones
check "no figure left as it was" 0 "$(cat "$TMP/one/plain"/*.txt | grep -c '1,200 AI firms\|1200家\|1.200 empresas')"
grep -h '^In 20' "$TMP/one/plain"/*.txt >"$TMP/en.lines"
check "English sentences written" yes "$([ -s "$TMP/en.lines" ] && echo yes)"
check "the English articles name only listed cities" 0 "$(grep -vcE '^In 20[0-9][0-9], (Shanghai|Beijing|Shenzhen|Hangzhou|Guangzhou|Nanjing|Chengdu|Wuhan|Suzhou|Tianjin) had [0-9,]+ AI firms\.$' "$TMP/en.lines")"
