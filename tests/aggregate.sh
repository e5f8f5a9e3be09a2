#!/bin/sh
# cf-aggregate: exact agg records for facts written here.
. tests/lib.sh
agg=$CF_BIN/cf-aggregate

# fact DOC LANG CITY METRIC VALUE [QUALIFIER [PERIOD [KIND]]]
fact() {
	printf '{"type":"fact","doc":"%s","lang":"%s","city":"%s","area":"","metric":"%s","value":%s,"unit":"count","qualifier":"%s","period":"%s","kind":"%s"}\n' \
		"$1" "$2" "$3" "$4" "$5" "${6:-=}" "${7:-2020}" "${8:-actual}"
}

# Consensus: the value most documents give wins over a value one document
# repeats three times.
{
	fact a.txt en Alpha ai_enterprises 300
	fact a.txt en Alpha ai_enterprises 300 '>'
	fact a.txt en Alpha ai_enterprises 300
	fact b.txt zh Alpha ai_enterprises 310
	fact c.txt pt Alpha ai_enterprises 310 '~'
} > "$TMP/f1"
check "consensus: most documents, then most facts" \
	'{"type":"agg","city":"Alpha","area":"","metric":"ai_enterprises","period":"2020","kind":"actual","unit":"count","value":310,"min":300,"max":310,"n":5,"docs":["a.txt","b.txt","c.txt"],"langs":["en","pt","zh"],"qualifiers":["=",">","~"],"conflict":true,"values":[[300,3,["a.txt"]],[310,2,["b.txt","c.txt"]]]}' \
	"$("$agg" "$TMP/f1")"

# Ties go to the median: 10, 20, 70 once each -> 20; 10 and 40 -> the
# median is 25, both are 15 away, the lower wins.
{
	fact a.txt en Beta employees 70
	fact b.txt en Beta employees 10
	fact c.txt en Beta employees 20
	fact a.txt en Gamma employees 40
	fact b.txt en Gamma employees 10
} > "$TMP/f2"
check "ties go to the median" "Beta 20 10 70 3
Gamma 10 10 40 2" "$("$agg" "$TMP/f2" | jqr '"\(.city) \(.value) \(.min) \(.max) \(.n)"')"

# 5, 9 and 12 each come from one document; 5 comes from three facts and
# wins before the median (9) is asked.
{
	fact a.txt en Delta employees 5
	fact a.txt en Delta employees 5
	fact a.txt en Delta employees 5
	fact b.txt en Delta employees 9
	fact c.txt en Delta employees 12
} > "$TMP/f3"
check "tie on documents broken by facts" "5" "$("$agg" "$TMP/f3" | jqr .value)"

# Conflict: more than --tolerance (default 2%) away from the consensus.
{
	fact a.txt en P ai_enterprises 1000
	fact b.txt en P ai_enterprises 1000
	fact c.txt en P ai_enterprises 1020
	fact a.txt en Q ai_enterprises 1000
	fact b.txt en Q ai_enterprises 1000
	fact c.txt en Q ai_enterprises 1021
	fact a.txt en R ai_enterprises 0
	fact b.txt en R ai_enterprises 0
} > "$TMP/f4"
check "conflict above 2%, not at 2%" "P false
Q true
R false" "$("$agg" "$TMP/f4" | jqr '"\(.city) \(.conflict)"')"
check "--tolerance 5%" "P false
Q false
R false" "$("$agg" --tolerance 5% "$TMP/f4" | jqr '"\(.city) \(.conflict)"')"
check "--tolerance 0.001" "P true
Q true
R false" "$("$agg" -T 0.001 "$TMP/f4" | jqr '"\(.city) \(.conflict)"')"

# The key: period and kind make separate groups; --by chooses the key.
# (K 2020: 10 and 12, one document each; the median 11 is as near to both,
# so the lower wins.  By city: 10, 12, 30; the median 12 wins.)
{
	fact a.txt en K industry_growth 10 = 2020 actual
	fact a.txt en K industry_growth 30 = 2025 target
	fact b.txt en K industry_growth 12 = 2020 actual
	fact b.txt zh L industry_growth 5 = 2020 actual
} > "$TMP/f5"
check "default key: city area metric period kind unit" "K 2020 actual 10 2
K 2025 target 30 1
L 2020 actual 5 1" "$("$agg" "$TMP/f5" | jqr '"\(.city) \(.period) \(.kind) \(.value) \(.n)"')"
check "--by city" \
	'{"type":"agg","city":"K","value":12,"min":10,"max":30,"n":3,"docs":["a.txt","b.txt"],"langs":["en"],"qualifiers":["="],"conflict":true,"values":[[10,1,["a.txt"]],[12,1,["b.txt"]],[30,1,["a.txt"]]]}
{"type":"agg","city":"L","value":5,"min":5,"max":5,"n":1,"docs":["b.txt"],"langs":["zh"],"qualifiers":["="],"conflict":false,"values":[[5,1,["b.txt"]]]}' \
	"$("$agg" --by city "$TMP/f5")"
check "--by a field some facts lack groups them under null" 'null 4' \
	"$("$agg" --by nosuchfield "$TMP/f5" | jqr '"\(.nosuchfield) \(.n)"')"

# Records of other types pass through first, in order.
{
	echo '{"type":"doc","doc":"a.txt","lang":"en"}'
	fact a.txt en Z employees 7
	echo '{"type":"seg","doc":"a.txt","seg":1}'
	echo '{"type":"agg","city":"Old"}'
} > "$TMP/f6"
check "other records pass through, then the aggs" '{"type":"doc","doc":"a.txt","lang":"en"}
{"type":"seg","doc":"a.txt","seg":1}
{"type":"agg","city":"Old"}
Z' "$("$agg" "$TMP/f6" | jqr 'if .type == "agg" and .n then .city else . end')"

# Empty input: no output, exit 0.
check_rc "empty input exits 0" 0 "$agg" /dev/null
check "empty input writes nothing" "" "$(cat "$TMP/out")"
printf '\n\n' > "$TMP/blank"
check "blank lines write nothing" "" "$("$agg" < "$TMP/blank")"

# Bad lines are reported with file and line; the rest is aggregated.
{
	fact a.txt en Y employees 7
	echo '{"type":"fact","doc":"a.txt"'
	echo '{"type":"fact","doc":"b.txt","city":"Y","value":"many"}'
	fact b.txt en Y employees 7
} > "$TMP/bad"
check_rc "bad lines: exit 1" 1 "$agg" "$TMP/bad"
check "bad lines: the good facts are aggregated" "Y 7 2" "$(jqr '"\(.city) \(.value) \(.n)"' "$TMP/out")"
check_grep "bad JSON is reported at its line, with the doc it names" "^cf-aggregate: .*/bad:2: doc \"a.txt\": bad JSON" "$TMP/err"
check_grep "a fact without a number is reported at its line, with its doc" '^cf-aggregate: .*/bad:3: doc "b.txt": fact without a numeric "value"' "$TMP/err"
check_rc "--strict stops at the first bad line" 1 "$agg" --strict "$TMP/bad"
check "--strict writes no aggregate" "" "$(cat "$TMP/out")"
"$agg" --stats "$TMP/bad" > /dev/null 2> "$TMP/err"
check_grep "--stats counts records" '^cf-aggregate: read 3, written 1, passed 0, rejected 1$' "$TMP/err"

# gzip'd input.
gzip -c "$TMP/f2" > "$TMP/f2.gz"
check "gzip input" "$("$agg" "$TMP/f2")" "$("$agg" "$TMP/f2.gz")"

# --merge: an agg record without state is bad input; --merge of the output
# of a run is that output.
echo '{"type":"agg","city":"X","values":[[1,"two",[]]]}' > "$TMP/badagg"
check_rc "--merge: an agg without valid state is bad" 1 "$agg" --merge "$TMP/badagg"
check_grep "--merge: says what is missing" 'badagg:1: agg record without a valid "values"' "$TMP/err"
"$agg" "$TMP/f5" > "$TMP/a5"
check "--merge of one output is that output" "$(cat "$TMP/a5")" "$("$agg" --merge "$TMP/a5")"
check "--merge of facts and aggs together" "K 2020 actual 4
K 2025 target 2
L 2020 actual 2" "$("$agg" --merge "$TMP/a5" "$TMP/f5" | jqr '"\(.city) \(.period) \(.kind) \(.n)"')"

# Generic mode: any records, named numeric fields, by named fields.
cat > "$TMP/g" <<'EOF'
{"type":"seg","doc":"a","len":10,"score":0.5}
{"type":"seg","doc":"a","len":30,"score":1.25}
{"type":"seg","doc":"b","len":5}
{"type":"doc","doc":"b","len":1000}
{"type":"seg","doc":"b","len":"long","score":2}
EOF
check "generic: --sum --mean --min --max --count by doc" \
	'{"type":"agg","doc":"a","count":2,"len_sum":40,"len_mean":20,"score_min":0.5,"score_max":1.25}
{"type":"agg","doc":"b","count":2,"len_sum":5,"len_mean":5,"score_min":2,"score_max":2}' \
	"$("$agg" -t seg --by doc --count --sum len --mean len --min score --max score "$TMP/g" | jq -c 'del(.state)' | grep -v '"type":"doc"')"
check "generic: --type passes other types through" '{"type":"doc","doc":"b","len":1000}' \
	"$("$agg" -t seg --count "$TMP/g" | head -1)"
check "generic: no --by is one group of all records" '5 1045' \
	"$("$agg" --count --sum len "$TMP/g" | jqr '"\(.count) \(.len_sum)"')"
check "generic: a field no record has is null" 'null null' \
	"$("$agg" --mean nosuch --min nosuch "$TMP/g" | jqr '"\(.nosuch_mean) \(.nosuch_min)"')"
check "generic: sums are exact (1e16 + 1 - 1e16)" '1 1' "$(printf '%s\n' '{"x":1e16}' '{"x":1}' '{"x":-1e16}' | "$agg" --sum x | jqr .x_sum) $(printf '%s\n' '{"x":1}' '{"x":1e16}' '{"x":-1e16}' | "$agg" --sum x | jqr .x_sum)"

# Usage errors exit 2.
check_rc "unknown option exits 2" 2 "$agg" --bogus
check_rc "bad --tolerance exits 2" 2 "$agg" --tolerance 2x /dev/null
check_rc "--type alone exits 2" 2 "$agg" --type seg /dev/null
check_rc "--help exits 0" 0 "$agg" --help
check_grep "--help names --merge" '--merge' "$TMP/out"

# Many groups into a closed pipe end quietly; a write error exits 2.
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\"type\":\"fact\",\"doc\":\"d\",\"city\":\"C%d\",\"metric\":\"employees\",\"value\":%d}\n", i, i }' > "$TMP/many"
check "20,000 groups" "20000" "$("$agg" "$TMP/many" | wc -l | tr -d ' ')"
"$agg" "$TMP/many" 2> "$TMP/pipe.err" | head -1 > /dev/null
check "| head: nothing on stderr" "" "$(cat "$TMP/pipe.err")"
if [ -w /dev/full ]; then
	"$agg" "$TMP/many" > /dev/full 2> "$TMP/err"
	check "a write error exits 2" "2" "$?"
	check_grep "a write error is reported" "^cf-aggregate: write error" "$TMP/err"
fi
