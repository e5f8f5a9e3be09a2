# cf-render's columns filled in for a table: "place" (the city, or
# city/area) and the lang, title, date, author and source of a fact's doc
# record when the fact lacks them; doc records so used are not "not
# rendered".
. tests/lib.sh
R=$CF_BIN/cf-render

cat >"$TMP/in.ndjson" <<'EOF'
{"type":"doc","doc":"n/a.txt","lang":"en","title":"Hefei, and \"AI\"","date":"2021-03-04","author":"Li Wei","source":"Daily"}
{"type":"fact","doc":"n/a.txt","lang":"zh","city":"Hefei","area":"Binhu","metric":"employees","value":900,"period":"2021","kind":"actual"}
{"type":"fact","doc":"n/x.txt","lang":"pt","city":"Hefei","area":"","metric":"employees","value":800,"period":"2020","kind":"actual"}
{"type":"doc","doc":"n/b.txt","title":"Later"}
{"type":"fact","doc":"n/b.txt","city":"Wuhu","metric":"fund_size","value":1e9,"period":"2022","kind":"target","place":"as given"}
EOF
check_rc "join: exit 0" 0 "$R" -c doc,lang,title,date,author,source,place,value "$TMP/in.ndjson"
check "join: a fact's doc record fills title, date, author, source; its own lang stays" \
	'doc,lang,title,date,author,source,place,value
n/a.txt,zh,"Hefei, and ""AI""",2021-03-04,Li Wei,Daily,Hefei/Binhu,900
n/x.txt,pt,,,,,Hefei,800
n/b.txt,,Later,,,,as given,1000000000' "$(cat "$TMP/out")"
check "join: the doc records used are not counted as left out" "" "$(cat "$TMP/err")"

check_rc "join: json too" 0 "$R" -f json -c doc,title,place "$TMP/in.ndjson"
check "join: json rows" '[
{"doc":"n/a.txt","title":"Hefei, and \"AI\"","place":"Hefei/Binhu"},
{"doc":"n/x.txt","title":null,"place":"Hefei"},
{"doc":"n/b.txt","title":"Later","place":"as given"}
]' "$(cat "$TMP/out")"

# Without such a column nothing is filled in and doc records are counted.
check_rc "join: default columns" 0 "$R" "$TMP/in.ndjson"
check "join: default fact columns unchanged" "doc,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end" \
	"$(head -1 "$TMP/out")"
check "join: doc records named when unused" 'cf-render: 2 records not rendered: the table only holds "fact" records' \
	"$(cat "$TMP/err")"

# An agg gets its place; a doc column is no field of an agg's (an agg has
# no doc), so asking for one is a typo.
printf '%s\n' '{"type":"agg","city":"Hefei","area":"Binhu","metric":"employees","period":"2021","kind":"actual","unit":"count","value":900,"qualifiers":[">","="],"n":2}' >"$TMP/agg.ndjson"
check_rc "join: agg" 0 "$R" -c place,qualifiers,value "$TMP/agg.ndjson"
check "join: agg's place and qualifiers" "place,qualifiers,value
Hefei/Binhu,>;=,900" "$(cat "$TMP/out")"
check_rc "join: a doc column of aggs is a usage error" 2 "$R" -c place,title "$TMP/agg.ndjson"
check_grep "join: the bad column named" 'no field "title"' "$TMP/err"

# A bad line among them: named, the rest written.
{ head -2 "$TMP/in.ndjson"; echo '{"type":"fact"'; tail -n +3 "$TMP/in.ndjson"; } >"$TMP/bad.ndjson"
check_rc "join: a bad line exits 1" 1 "$R" -c doc,title,place "$TMP/bad.ndjson"
check "join: the other rows" "4" "$(wc -l <"$TMP/out" | tr -d ' ')"
check_grep "join: the bad line named" "^cf-render: $TMP/bad.ndjson:3: " "$TMP/err"
