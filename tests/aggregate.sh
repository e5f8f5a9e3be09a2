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
{
	fact a.txt en K employees 10
	echo '{"type":"fact","doc":"b.txt","lang":"en","city":"K","metric":"employees","value":12}'
	echo '{"type":"fact","doc":"c.txt","lang":"en","city":"K","metric":"employees","value":12,"unit":"count"}'
} > "$TMP/f5b"
check "--by a fact field some facts lack groups them under null" 'count 2
null 1' "$("$agg" --by unit "$TMP/f5b" | jqr '"\(.unit) \(.n)"')"

# A --by field no fact has is a typo: grouping by it would mix units.
printf '%s\n' '{"type":"fact","doc":"a","city":"X","metric":"m","value":1,"unit":"CNY"}' \
	'{"type":"fact","doc":"b","city":"X","metric":"m","value":2,"unit":"USD"}' > "$TMP/units"
check_rc "--by city,bogus: exit 2" 2 "$agg" --by city,bogus "$TMP/units"
check "--by city,bogus: no aggregate written" "" "$(cat "$TMP/out")"
check "--by city,bogus: names it and the fields of facts" \
	'cf-aggregate: --by: facts have no field "bogus" (their fields: doc, seg, lang, city, area, metric, value, unit, qualifier, period, kind, evidence, start, end)' \
	"$(cat "$TMP/err")"
check_rc "--by city,bogus on empty input: exit 2 too" 2 "$agg" --by city,bogus /dev/null
check "--by city,unit keeps units apart" "X CNY 1
X USD 2" "$("$agg" --by city,unit "$TMP/units" | jqr '"\(.city) \(.unit) \(.value)"')"
printf '%s\n' '{"type":"fact","doc":"a","city":"X","metric":"m","value":1,"unit":"CNY","sector":"ai"}' > "$TMP/extra"
check "--by a field some fact has, beyond the usual ones, is taken" "ai 1" \
	"$("$agg" --by sector "$TMP/extra" | jqr '"\(.sector) \(.n)"')"
check_rc "generic --by a field no record has: exit 2" 2 "$agg" --count --by bogus "$TMP/units"
check "generic --by a field no record has: says so" \
	'cf-aggregate: --by: no record aggregated has a field "bogus"' "$(cat "$TMP/err")"
check_rc "generic --by on empty input: exit 0" 0 "$agg" --count --by bogus /dev/null

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

# Sums never overflow on the way: 1e308 + 1e308 - 1e308 is 1e308 in every
# order, and so is the merge of a part holding 2e308 (beyond the doubles,
# kept exactly in its state) with a part holding -1e308.
for order in '1e308 1e308 -1e308' '1e308 -1e308 1e308' '-1e308 1e308 1e308'; do
	check "generic: --sum of $order is 1e308" '1e+308 3.33333333333333e+307' \
		"$(for x in $order; do echo "{\"x\":$x}"; done | "$agg" --sum x --mean x | jqr '"\(.x_sum) \(.x_mean)"')"
done
printf '%s\n' '{"x":1e308}' '{"x":1e308}' > "$TMP/big1"
printf '%s\n' '{"x":-1e308}' > "$TMP/big2"
"$agg" --sum x --mean x "$TMP/big1" > "$TMP/big1.agg" 2> "$TMP/err"
check "generic: a sum beyond the doubles is null, its mean is not" 'null 1e+308 ["0x1.1ccf385ebc8ap+1024"]' \
	"$(jqr '"\(.x_sum) \(.x_mean) \(.state.fields.x.sum)"' "$TMP/big1.agg")"
check "generic: a sum beyond the doubles is reported" \
	'cf-aggregate: "x_sum" of the records is beyond the range of numbers: written as null (its "state" holds the exact sum)' \
	"$(cat "$TMP/err")"
"$agg" --sum x --mean x "$TMP/big2" > "$TMP/big2.agg"
check "--merge: 2e308 and -1e308 give 1e308" '1e+308 3.33333333333333e+307 3' \
	"$("$agg" --merge --sum x --mean x "$TMP/big1.agg" "$TMP/big2.agg" | jqr '"\(.x_sum) \(.x_mean) \(.state.count)"')"
check "--merge: in either order, the same bytes" \
	"$("$agg" --sum x --mean x "$TMP/big1" "$TMP/big2")" \
	"$("$agg" --merge --sum x --mean x "$TMP/big2.agg" "$TMP/big1.agg")"
echo '{"type":"agg","state":{"count":1,"fields":{"x":{"n":1,"min":1,"max":1,"sum":["0x1p+5000"]}}}}' > "$TMP/badsum"
check_rc "--merge: a sum term beyond any sum is bad state" 1 "$agg" --merge --sum x "$TMP/badsum"
check_grep "--merge: says so at its line" 'badsum:1: agg record without a valid "state"' "$TMP/err"
# Against Python's math.fsum (correctly rounded) on values of mixed
# magnitudes and signs, in groups; values are read, and sums written, at
# 15 significant digits.
if command -v python3 > /dev/null; then
	awk 'BEGIN { srand(7); for (i = 0; i < 3000; i++) {
		e = int(rand() * 80) - 40; m = int(rand() * 2000000) - 1000000
		printf "{\"g\":%d,\"x\":%.17g}\n", i % 7, m * 2 ^ e } }' > "$TMP/mixed"
	check "generic: sums equal math.fsum, correctly rounded" \
		"$(python3 -c 'import json,math,sys
g={}
for l in open(sys.argv[1]):
    r=json.loads(l); g.setdefault(r["g"],[]).append(float("%.15g" % r["x"]))
print(" ".join("%d:%.15g" % (k, math.fsum(v)) for k, v in sorted(g.items())))' "$TMP/mixed")" \
		"$("$agg" --by g --sum x "$TMP/mixed" | python3 -c 'import json,sys
print(" ".join("%d:%.15g" % (r["g"], r["x_sum"]) for r in map(json.loads, sys.stdin)))')"
else
	skip "generic: sums against math.fsum" "python3 is absent"
fi

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
