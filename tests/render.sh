# Tests of cf-render: exact CSV, TSV, JSON, SQL and Markdown output of fact
# and agg records written here; --excel guards; HTML escaping; the CSV in
# Python's csv module; SQL loaded twice into sqlite3; numbers unchanged
# under a locale with a decimal comma.
# locale-sensitive
. tests/lib.sh
R=$CF_BIN/cf-render

cat >"$TMP/facts.ndjson" <<'EOF'
{"type":"doc","doc":"news/a.txt","lang":"en","title":"A"}
{"type":"fact","doc":"news/a.txt","seg":2,"lang":"en","city":"Hangzhou","area":"","metric":"industry_scale","value":224600000000,"unit":"CNY","qualifier":"=","period":"2021","kind":"actual","evidence":"Output hit 224.6 billion yuan, \"a record\", in 2021","start":10,"end":30}
{"type":"fact","doc":"news/b.txt","seg":5,"lang":"en","city":"Hangzhou","area":"","metric":"industry_scale","value":180000000000,"unit":"CNY","qualifier":"=","period":"2019","kind":"actual","evidence":"Hangzhou's AI output was 180 billion yuan in 2019","start":400,"end":417}
{"type":"fact","doc":"news/a.txt","seg":9,"lang":"en","city":"Hangzhou","area":"","metric":"industry_scale","value":500000000000,"unit":"CNY","qualifier":">=","period":"2025","kind":"target","evidence":"By 2025 it should reach at least 500 billion yuan","start":900,"end":917}
{"type":"fact","doc":"news/c.txt","seg":1,"lang":"zh","city":"Hangzhou","area":"Binjiang","metric":"ai_enterprises","value":1149,"unit":"count","qualifier":">","period":"2021","kind":"actual","evidence":"滨江已有1149多家人工智能企业","start":60,"end":72}
{"type":"fact","doc":"news/e.txt","seg":3,"lang":"en","city":"Hangzhou","area":"Binjiang","metric":"ai_enterprises","value":1200,"unit":"count","qualifier":"=","period":"2021","kind":"actual","evidence":"=HYPERLINK(\"http://x.example/\",\"click\") <script>alert(1)</script> and <img src=x onerror=alert(2)> 1,200 firms","start":77,"end":82}
{"type":"fact","doc":"news/d.txt","seg":4,"lang":"pt","city":"Wuhan","area":"","metric":"industry_growth","value":29.5,"unit":"percent","qualifier":"=","period":"2019-2021","kind":"actual","evidence":"cresceu 29,5% ao ano\tentre 2019 e 2021","start":120,"end":125}
{"type":"fact","doc":"news/d.txt","seg":6,"lang":"pt","city":"Wuhan","area":"","metric":"computing_power","value":40000,"unit":"PFLOPS","qualifier":"~","period":"2022","kind":"actual","evidence":"cerca de 40.000P de poder de computação","start":300,"end":306}
{"type":"fact","doc":"news/d.txt","seg":7,"lang":"pt","city":"Wuhan","area":"","metric":"talent_share","value":0.333333,"unit":"fraction","qualifier":"=","period":"2022","kind":"actual","evidence":"um terço dos talentos\nde IA","start":350,"end":359}
EOF
F=$TMP/facts.ndjson
TAB=$(printf '\t')
CR=$(printf '\r')

# ---- CSV ----
check_rc "csv: exit 0" 0 "$R" "$F"
cat >"$TMP/want" <<EOF
doc,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end
news/a.txt,Hangzhou,,industry_scale,224600000000,CNY,=,2021,actual,"Output hit 224.6 billion yuan, ""a record"", in 2021",10,30
news/b.txt,Hangzhou,,industry_scale,180000000000,CNY,=,2019,actual,Hangzhou's AI output was 180 billion yuan in 2019,400,417
news/a.txt,Hangzhou,,industry_scale,500000000000,CNY,>=,2025,target,By 2025 it should reach at least 500 billion yuan,900,917
news/c.txt,Hangzhou,Binjiang,ai_enterprises,1149,count,>,2021,actual,滨江已有1149多家人工智能企业,60,72
news/e.txt,Hangzhou,Binjiang,ai_enterprises,1200,count,=,2021,actual,"=HYPERLINK(""http://x.example/"",""click"") <script>alert(1)</script> and <img src=x onerror=alert(2)> 1,200 firms",77,82
news/d.txt,Wuhan,,industry_growth,29.5,percent,=,2019-2021,actual,"cresceu 29,5% ao ano${TAB}entre 2019 e 2021",120,125
news/d.txt,Wuhan,,computing_power,40000,PFLOPS,~,2022,actual,cerca de 40.000P de poder de computação,300,306
news/d.txt,Wuhan,,talent_share,0.333333,fraction,=,2022,actual,"um terço dos talentos
de IA",350,359
EOF
check "csv: default fact columns, RFC 4180 quoting, raw numbers" "$(cat "$TMP/want")" "$(cat "$TMP/out")"
check "csv: other record types named on stderr" \
	'cf-render: 1 record not rendered: the table only holds "fact" records' "$(cat "$TMP/err")"

"$R" -c value,city,doc "$F" 2>/dev/null | head -3 >"$TMP/out"
check "csv: -c chooses and orders columns" "value,city,doc
224600000000,Hangzhou,news/a.txt
180000000000,Hangzhou,news/b.txt" "$(cat "$TMP/out")"

check_rc "csv: empty input" 0 "$R" /dev/null
check "csv: empty input gives the fact header" \
	"doc,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end" "$(cat "$TMP/out")"
check "csv: empty input with -t agg gives the agg header" \
	"city,area,metric,period,kind,unit,value,min,max,n,docs,conflict" "$(: | "$R" -t agg)"
check "csv: empty input with -t of another type gives nothing" "0" "$(: | "$R" -t seg | wc -c | tr -d ' ')"
check "sql: empty input with -t seg is an empty transaction" "BEGIN;
COMMIT;" "$(: | "$R" -f sql -t seg)"

# Typos are usage errors, never an empty column or an empty table.
check_rc "-c city,bogus: exit 2" 2 "$R" -c city,bogus "$F"
check "-c city,bogus: nothing written" "" "$(cat "$TMP/out")"
check "-c city,bogus: names it and the fields of facts" \
	'cf-render: -c: "fact" records have no field "bogus" (their fields: type, doc, seg, lang, city, area, metric, value, unit, qualifier, period, kind, evidence, start, end)' \
	"$(cat "$TMP/err")"
check_rc "-c city,bogus on empty input: exit 2 too" 2 "$R" -c city,bogus /dev/null
check_rc "-c of an agg: a generic aggregate's FIELD_sum is a field" 0 "$R" -t agg -c city,value_sum /dev/null
printf '%s\n' '{"type":"agg","city":"A","sector":"ai","n":1}' >"$TMP/agg-by"
check "-c of an agg: a field of the first record is a field" "sector,n
ai,1" "$("$R" -c sector,n "$TMP/agg-by")"
check_rc "-c of an agg: a typo is not" 2 "$R" -c city,valeu "$TMP/agg-by"
check_grep "-c of an agg: the message lists the fields" '^cf-render: -c: "agg" records have no field "valeu" \(their fields: type, city, .*, FIELD_sum, FIELD_min, FIELD_max, FIELD_mean, and the fields of facts\)$' "$TMP/err"
printf '%s\n' '{"type":"note","a":1}' '{"type":"note","b":2}' >"$TMP/notes"
check "-c of another type: a field some record has" "a,b
1,
,2" "$("$R" -c a,b "$TMP/notes")"
check_rc "-c of another type: a field no record has exits 2 at the end" 2 "$R" -c a,nosuch "$TMP/notes"
check "-c of another type: says so" 'cf-render: -c: no record has a field "nosuch"' "$(cat "$TMP/err")"
check_rc "-t nosuch: exit 2" 2 "$R" -t nosuch "$F"
check "-t nosuch: nothing written" "" "$(cat "$TMP/out")"
check "-t nosuch: names it and the types of the input" \
	'cf-render: -t: no "nosuch" record in the input (its types: doc, fact; the pipeline'"'"'s: doc, seg, fact, agg)' \
	"$(cat "$TMP/err")"
echo keep >"$TMP/kept.csv"
check_rc "-t nosuch -o FILE: exit 2" 2 "$R" -t nosuch -o "$TMP/kept.csv" "$F"
check "-t nosuch -o FILE: FILE as it was, no temporary left" "keep kept.csv" \
	"$(cat "$TMP/kept.csv") $(cd "$TMP" && ls | grep kept)"
check_rc "-t of a type the input holds: exit 0" 0 "$R" -t note "$TMP/notes"
check_rc "-t of a pipeline type the input lacks: exit 0, the header" 0 "$R" -t agg "$F"
check "-t agg of facts: the agg header" "city,area,metric,period,kind,unit,value,min,max,n,docs,conflict" "$(cat "$TMP/out")"

# Python's csv module reads one row per fact, with the fields intact.
if command -v python3 >/dev/null; then
	"$R" -o "$TMP/facts.csv" "$F" 2>/dev/null
	py=$(python3 - "$TMP/facts.csv" <<'EOF'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
print(len(rows), rows[0]['value'], rows[5]['evidence'].split('\t')[1], repr(rows[7]['evidence']))
EOF
)
	check "csv: python csv module, one row per fact" \
		"8 224600000000 entre 2019 e 2021 'um terço dos talentos\\nde IA'" "$py"
	check "csv: row count equals fact records" "$(grep -c '"type":"fact"' "$F")" "$(printf '%s' "$py" | cut -d' ' -f1)"
else
	skip "csv: python csv module" "python3 is absent"
fi
check "-o: no temporary file left" "facts.csv" "$(cd "$TMP" && ls | grep 'facts\.csv')"

# ---- --excel ----
"$R" --excel -c doc,value,evidence "$F" 2>/dev/null >"$TMP/x.csv"
check "excel: starts with a UTF-8 BOM" "efbbbf" "$(head -c 3 "$TMP/x.csv" | od -An -tx1 | tr -d ' \n')"
check "excel: the header and 8 rows end in CRLF" "9" "$(grep -c "$CR\$" "$TMP/x.csv")"
check_grep "excel: =HYPERLINK( neutralised with an apostrophe" \
	"^news/e.txt,1200,\"'=HYPERLINK\(\"\"http://x.example/\"\",\"\"click\"\"\) <script>" "$TMP/x.csv"
check_nogrep "excel: no cell starts with =" '(^|,)"?=' "$TMP/x.csv"
printf '%s\n' '{"type":"row","n":-5,"s":"-5","p":"+1","a":"@SUM(A1)","t":"\tx","r":"\rx","ok":"a=b"}' \
	| "$R" --excel >"$TMP/out" 2>&1
check "excel: numbers stay numbers, text formulas get an apostrophe" \
	"$(printf '\357\273\277type,n,s,p,a,t,r,ok\r\nrow,-5,'"'"'-5,'"'"'+1,'"'"'@SUM(A1),"'"'"'\tx","'"'"'\rx",a=b\r')" \
	"$(cat "$TMP/out")"
check_rc "excel: only for csv and tsv" 2 "$R" --excel -f html "$F"
# A cell that a spreadsheet splitting at semicolons (or tabs) would cut
# into a formula is quoted; so is one with a tab.
printf '%s\n' '{"type":"fact","doc":"x;=cmd|'"'"' /C calc'"'"'!A0","value":1,"evidence":"um;dois","unit":"a\tb"}' \
	| "$R" --excel -c doc,value,evidence,unit >"$TMP/out"
check "excel: cells with ; or a tab quoted" \
	"$(printf '\357\273\277doc,value,evidence,unit\r\n"x;=cmd|'"'"' /C calc'"'"'!A0",1,"um;dois","a\tb"\r')" "$(cat "$TMP/out")"
check "excel: without --excel a semicolon is not quoted" 'doc
x;=cmd' "$(printf '%s\n' '{"type":"fact","doc":"x;=cmd"}' | "$R" -c doc)"
# The qualifier column: "=" in the full-width form U+FF1D, which no
# spreadsheet reads as a formula; the other qualifiers as they are.
"$R" --excel -c qualifier "$F" 2>/dev/null | sed 1d | tr -d '\r' | sort | uniq -c | sed 's/^ *//' >"$TMP/out"
check "excel: qualifiers readable, none guarded" "1 >
1 >=
1 ~
5 ＝" "$(cat "$TMP/out")"
check_nogrep "excel: no apostrophe in the qualifier column" "'" "$TMP/out"
printf '%s\n' '{"type":"agg","city":"A","qualifiers":["=",">"],"value":1}' '{"type":"fact","qualifier":"=x"}' \
	| "$R" -t '*' --excel -c qualifiers,qualifier | tr -d '\r' | sed 1d >"$TMP/out"
check "excel: a list of qualifiers too; a qualifier that is a formula is guarded" '"＝;>",
,'"'"'=x' "$(cat "$TMP/out")"
"$R" -f tsv --excel -c doc,qualifier "$F" 2>/dev/null | sed -n 2p | tr -d '\r' >"$TMP/out"
check "excel: tsv writes the qualifier the same way" "news/a.txt${TAB}＝" "$(cat "$TMP/out")"

# ---- TSV ----
"$R" -f tsv -c doc,value,evidence "$F" 2>/dev/null >"$TMP/out"
check "tsv: header and tab-separated row" "doc${TAB}value${TAB}evidence" "$(head -1 "$TMP/out")"
check "tsv: tab and newline in a cell escaped" \
	"news/d.txt${TAB}29.5${TAB}cresceu 29,5% ao ano\\tentre 2019 e 2021
news/d.txt${TAB}40000${TAB}cerca de 40.000P de poder de computação
news/d.txt${TAB}0.333333${TAB}um terço dos talentos\\nde IA" "$(tail -3 "$TMP/out")"
check "tsv: one line per fact plus the header" "9" "$(wc -l <"$TMP/out" | tr -d ' ')"

# ---- JSON ----
"$R" -f json -c city,metric,value,qualifier "$F" 2>/dev/null >"$TMP/out"
check "json: an array, one object per line, raw values" '[
{"city":"Hangzhou","metric":"industry_scale","value":224600000000,"qualifier":"="},
{"city":"Hangzhou","metric":"industry_scale","value":180000000000,"qualifier":"="},
{"city":"Hangzhou","metric":"industry_scale","value":500000000000,"qualifier":">="},
{"city":"Hangzhou","metric":"ai_enterprises","value":1149,"qualifier":">"},
{"city":"Hangzhou","metric":"ai_enterprises","value":1200,"qualifier":"="},
{"city":"Wuhan","metric":"industry_growth","value":29.5,"qualifier":"="},
{"city":"Wuhan","metric":"computing_power","value":40000,"qualifier":"~"},
{"city":"Wuhan","metric":"talent_share","value":0.333333,"qualifier":"="}
]' "$(cat "$TMP/out")"
check "json: jq reads it, values equal the input's" \
	"$(jq -s -c '[.[] | select(.type=="fact") | .value]' "$F")" "$(jq -c '[.[].value]' "$TMP/out")"
check "json: empty input is an empty array" "[]" "$("$R" -f json </dev/null)"
printf '%s\n' '{"type":"fact","city":"X"}' | "$R" -f json -c city,value >"$TMP/out"
check "json: an absent column is null" '[
{"city":"X","value":null}
]' "$(cat "$TMP/out")"

# ---- other records: union of keys ----
printf '%s\n' '{"type":"sum","city":"A","n":2}' '{"type":"sum","city":"B","total":1.5,"tags":["x","y"]}' \
	| "$R" >"$TMP/out"
check "csv: other records get the union of their keys, first seen first" "type,city,n,total,tags
sum,A,2,,
sum,B,,1.5,x;y" "$(cat "$TMP/out")"
printf '%s\n' '{"type":"doc","doc":"d"}' '{"type":"seg","doc":"d","seg":1}' \
	| "$R" -t seg -c doc,seg >"$TMP/out" 2>"$TMP/err"
check "csv: -t chooses the record type" "doc,seg
d,1" "$(cat "$TMP/out")"

# ---- agg records ----
cat >"$TMP/aggs.ndjson" <<'EOF'
{"type":"agg","city":"Hangzhou","area":"Binjiang","metric":"ai_enterprises","period":"2021","kind":"actual","unit":"count","value":1200,"min":1149,"max":1200,"n":2,"docs":["news/c.txt","news/e.txt"],"conflict":true}
{"type":"agg","city":"Wuhan","area":"","metric":"computing_power","period":"2022","kind":"actual","unit":"PFLOPS","value":40000,"min":40000,"max":40000,"n":1,"docs":["news/d.txt"],"conflict":false}
EOF
"$R" "$TMP/aggs.ndjson" >"$TMP/out"
check "csv: default agg columns, docs joined with ;" "city,area,metric,period,kind,unit,value,min,max,n,docs,conflict
Hangzhou,Binjiang,ai_enterprises,2021,actual,count,1200,1149,1200,2,news/c.txt;news/e.txt,true
Wuhan,,computing_power,2022,actual,PFLOPS,40000,40000,40000,1,news/d.txt,false" "$(cat "$TMP/out")"

# ---- SQL ----
# Facts are keyed by where they are and what they count, aggs by their
# group key, docs by their name: loading again, and loading after the
# corpus grew, updates rows in place (an upsert) and never keeps an old
# row beside its new one.
"$R" -f sql -c doc,value,evidence,end "$F" 2>/dev/null >"$TMP/sql"
check "sql: docs and facts tables with quoted identifiers, in one transaction" 'BEGIN;
CREATE TABLE IF NOT EXISTS "docs" (
  "doc" TEXT PRIMARY KEY,
  "title" TEXT,
  "date" TEXT,
  "lang" TEXT,
  "source" TEXT
);
INSERT INTO "docs" ("doc","title","date","lang","source") VALUES ('"'news/a.txt','A',NULL,'en',NULL) ON CONFLICT (\"doc\") DO UPDATE SET \"title\"=excluded.\"title\",\"date\"=excluded.\"date\",\"lang\"=excluded.\"lang\",\"source\"=excluded.\"source\";"'
CREATE TABLE IF NOT EXISTS "facts" (
  "row_id" TEXT PRIMARY KEY,
  "doc" TEXT,
  "value" DOUBLE PRECISION,
  "evidence" TEXT,
  "end" BIGINT
);' "$(sed -n 1,16p "$TMP/sql")"
check "sql: an upsert keyed by the fact's place and group key, quotes doubled" \
	"INSERT INTO \"facts\" (\"row_id\",\"doc\",\"value\",\"evidence\",\"end\") VALUES ('[\"news/b.txt\",400,417,\"Hangzhou\",null,\"industry_scale\",\"2019\",\"actual\",\"CNY\"]','news/b.txt',180000000000,'Hangzhou''s AI output was 180 billion yuan in 2019',417) ON CONFLICT (\"row_id\") DO UPDATE SET \"doc\"=excluded.\"doc\",\"value\"=excluded.\"value\",\"evidence\"=excluded.\"evidence\",\"end\"=excluded.\"end\";" \
	"$(sed -n 18p "$TMP/sql")"
check "sql: ends with COMMIT" "COMMIT;" "$(tail -1 "$TMP/sql")"
check "sql: 8 distinct row ids" "8" "$(grep -o "^INSERT INTO \"facts\" .* VALUES ('[^']*'" "$TMP/sql" | sort -u | wc -l | tr -d ' ')"
printf '%s\n' '{"type":"fact","doc":"a","start":3.5,"end":1e300,"seg":7.0,"value":"n/a"}' \
	| "$R" -f sql -c doc,start,end,seg,value >"$TMP/out" 2>"$TMP/err"
check "sql: a value its column's type cannot take: exit 1" "1" "$?"
check "sql: ... the row written with NULL there" \
	"INSERT INTO \"facts\" (\"row_id\",\"doc\",\"start\",\"end\",\"seg\",\"value\") VALUES ('[\"a\",3.5,1e300,null,null,null,null,null,null]','a',NULL,NULL,7,NULL) ON CONFLICT (\"row_id\") DO UPDATE SET \"doc\"=excluded.\"doc\",\"start\"=excluded.\"start\",\"end\"=excluded.\"end\",\"seg\"=excluded.\"seg\",\"value\"=excluded.\"value\";" \
	"$(grep INSERT "$TMP/out")"
check "sql: ... and each such value reported at its line" 'cf-render: stdin:1: "start" is not an integer: 3.5 (written as NULL)
cf-render: stdin:1: "end" is not an integer: 1e300 (written as NULL)
cf-render: stdin:1: "value" is not a number: "n/a" (written as NULL)
cf-render: 3 bad inputs reported' "$(cat "$TMP/err")"
printf '%s\n' '{"type":"agg","city":"Q","area":"","metric":"m","period":"","kind":"actual","unit":"count","value":3,"n":1,"docs":["d"],"conflict":"no"}' \
	| "$R" -f sql 2>"$TMP/err" | grep INSERT >"$TMP/out"
check "sql: an agg keyed by its group key, empty area and period NULL" \
	"INSERT INTO \"aggs\" (\"row_id\",\"city\",\"area\",\"metric\",\"period\",\"kind\",\"unit\",\"value\",\"min\",\"max\",\"n\",\"docs\",\"conflict\") VALUES ('{\"area\":null,\"city\":\"Q\",\"kind\":\"actual\",\"metric\":\"m\",\"period\":null,\"unit\":\"count\"}','Q',NULL,'m',NULL,'actual','count',3,NULL,NULL,1,'d',NULL)" \
	"$(sed 's/ ON CONFLICT.*//' "$TMP/out")"
check "sql: a boolean column that gets a string says so" \
	'cf-render: stdin:1: "conflict" is not true or false: "no" (written as NULL)' "$(sed -n 1p "$TMP/err")"
printf '%s\n' '{"type":"row","row_id":7,"City":"A","city":"B","":"e"}' '{"type":"row","row_id":8,"City":"C"}' \
	| "$R" -f sql >"$TMP/out" 2>"$TMP/err"
check "sql: generic records: a row_id member and case-different keys get their own columns" \
	'CREATE TABLE IF NOT EXISTS "records" (
  "row_id" TEXT PRIMARY KEY,
  "type" TEXT,
  "row_id_2" BIGINT,
  "City" TEXT,
  "city_2" TEXT,
  "column" TEXT
);' "$(sed -n 2,9p "$TMP/out")"
check "sql: ... each renamed column named on stderr" 'cf-render: the field "row_id" is the SQL column "row_id_2" (SQL names ignore case)
cf-render: the field "city" is the SQL column "city_2" (SQL names ignore case)
cf-render: the field "" is the SQL column "column" (SQL names ignore case)' "$(cat "$TMP/err")"
check_rc "--table docs is taken by the doc records" 2 "$R" -f sql --table DOCS "$F"

# The facts, their aggs, and the same after the corpus grew: a new article
# (news/f.txt) agrees with news/a.txt on Hangzhou's 2021 scale and adds a
# group, and news/a.txt got a new title.
if [ -x "$CF_BIN/cf-aggregate" ]; then
	cp "$F" "$TMP/grown.ndjson"
	cat >>"$TMP/grown.ndjson" <<'EOF2'
{"type":"doc","doc":"news/a.txt","lang":"en","title":"A, revised","date":"2021-05-01"}
{"type":"doc","doc":"news/f.txt","lang":"pt","title":"F","source":"Jornal"}
{"type":"fact","doc":"news/f.txt","seg":1,"lang":"pt","city":"Hangzhou","area":"","metric":"industry_scale","value":224600000000,"unit":"CNY","qualifier":"=","period":"2021","kind":"actual","evidence":"224,6 mil milhões de yuans em 2021","start":5,"end":20}
{"type":"fact","doc":"news/f.txt","seg":2,"lang":"pt","city":"Recife","area":"","metric":"ai_enterprises","value":12,"unit":"count","qualifier":"=","period":"","kind":"actual","evidence":"12 empresas de IA","start":30,"end":32}
EOF2
	"$CF_BIN/cf-aggregate" "$F" >"$TMP/aggs1.ndjson"
	"$CF_BIN/cf-aggregate" "$TMP/grown.ndjson" >"$TMP/aggs2.ndjson"
	check "sql: the grown corpus has 8 groups, 7 before" "7 8" \
		"$(grep -c '"type":"agg"' "$TMP/aggs1.ndjson") $(grep -c '"type":"agg"' "$TMP/aggs2.ndjson")"
fi
# sql_load NAME LOADER: loads the facts and aggs twice, then the grown
# corpus, with LOADER (a command reading SQL on stdin); QUERY runs SQL.
sql_load() {
	name=$1 loader=$2
	rcs=
	for f in "$F" "$F" "$TMP/aggs1.ndjson" "$TMP/aggs1.ndjson"; do
		"$R" -f sql "$f" 2>/dev/null | $loader >/dev/null 2>"$TMP/load.err"
		rcs="$rcs$? "
	done
	check "$name: facts and aggs load twice" "0 0 0 0 " "$rcs"
	check "$name: loading again adds nothing" "8|1|7" \
		"$(query 'SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM docs), (SELECT count(*) FROM aggs)')"
	check "$name: empty area and period are NULL" "6|0" \
		"$(query 'SELECT (SELECT count(*) FROM facts WHERE area IS NULL), (SELECT count(*) FROM facts WHERE area = '"''"' OR period IS NULL)')"
	check "$name: the facts come back" "$(jq -r 'select(.type=="fact") | [.doc, .city, .metric, .value, .unit, .qualifier, .period, .kind, .start, .end] | map(tostring) | join("|")' "$F" | sort)" \
		"$(query 'SELECT doc, city, metric, value, unit, qualifier, period, kind, start, "end" FROM facts' | sed 's/|\([0-9]*\)\.0|/|\1|/; s/|\([0-9]*\)e+11|/|\1|/' | sort)"
	check "$name: evidence with quotes, tab and newline round-trips" \
		"$(jq -r 'select(.type=="fact") | .evidence' "$F" | LC_ALL=C sort | md5sum)" \
		"$(query 'SELECT evidence FROM facts' | LC_ALL=C sort | md5sum)"
	check "$name: an agg's boolean, count and documents" "t|2|news/c.txt;news/e.txt" \
		"$(query "SELECT conflict, n, docs FROM aggs WHERE city='Hangzhou' AND area='Binjiang'" | sed 's/^1|/t|/; s/^true|/t|/')"
	rcs=
	for f in "$TMP/grown.ndjson" "$TMP/aggs2.ndjson" "$TMP/grown.ndjson"; do
		"$R" -f sql "$f" 2>/dev/null | $loader >/dev/null 2>>"$TMP/load.err"
		rcs="$rcs$? "
	done
	check "$name: the grown corpus loads over the old" "0 0 0 " "$rcs"
	check "$name: after growth, one row per fact, doc and group" "10|2|8" \
		"$(query 'SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM docs), (SELECT count(*) FROM aggs)')"
	check "$name: no group twice" "8" \
		"$(query "SELECT count(*) FROM (SELECT DISTINCT city, coalesce(area, ''), metric, coalesce(period, ''), kind, unit FROM aggs) AS g")"
	check "$name: the grown group updated in place" "2|news/a.txt;news/f.txt|224600000000" \
		"$(query "SELECT n, docs, value FROM aggs WHERE city='Hangzhou' AND metric='industry_scale' AND period='2021'" | sed 's/|\([0-9]*\)\.0$/|\1/; s/|\([0-9]*\)e+11$/|\1/')"
	check "$name: a document's record updated in place" "A, revised|2021-05-01|en|" \
		"$(query "SELECT title, date, lang, coalesce(source, '') FROM docs WHERE doc='news/a.txt'")"
	check "$name: a period left empty is NULL" "Recife||12" \
		"$(query "SELECT city, coalesce(period, ''), value FROM aggs WHERE period IS NULL" | sed 's/|\([0-9]*\)\.0$/|\1/')"
	check "$name: nothing on the loader's stderr" "" "$(cat "$TMP/load.err")"
	printf '%s\n' '{"type":"row","row_id":7,"City":"A","city":"B"}' '{"type":"row","row_id":8,"City":"C"}' \
		| "$R" -f sql 2>/dev/null | $loader >/dev/null 2>&1
	check "$name: generic records with row_id and City/city load" "A|B|7
C||8" "$(query 'SELECT "City", coalesce(city_2, '"''"'), row_id_2 FROM records ORDER BY row_id_2')"
}
if command -v sqlite3 >/dev/null && [ -x "$CF_BIN/cf-aggregate" ]; then
	db=$TMP/facts.db
	sqlite_load() { sqlite3 -bail "$db"; }
	query() { sqlite3 -separator '|' "$db" "$1"; }
	sql_load sqlite3 sqlite_load
else
	skip "sql: sqlite3" "sqlite3 or cf-aggregate is absent (make deps installs sqlite3)"
fi

# PostgreSQL: a throwaway server on a socket of its own, where initdb is
# installed (Debian's postgresql package) and can run.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -1)
pg_as=
if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 && command -v runuser >/dev/null; then
	pg_as="runuser -u postgres --"
fi
pg_ok=
if [ -x "$pg_bin/initdb" ] && [ -x "$pg_bin/pg_ctl" ] && command -v psql >/dev/null &&
	[ -x "$CF_BIN/cf-aggregate" ] && { [ "$(id -u)" != 0 ] || [ -n "$pg_as" ]; }; then
	pg=$TMP/pg
	mkdir -p "$pg"
	if [ -n "$pg_as" ]; then chmod 711 "$TMP" && chown postgres "$pg"; fi
	if $pg_as "$pg_bin/initdb" -D "$pg/data" -A trust -U cf >"$TMP/pg.log" 2>&1 &&
		$pg_as "$pg_bin/pg_ctl" -D "$pg/data" -w -t 60 -l "$pg/log" \
			-o "-c listen_addresses= -k $pg -c fsync=off" start >>"$TMP/pg.log" 2>&1; then
		pg_ok=1
		trap '$pg_as "$pg_bin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1; rm -rf "$TMP"' EXIT
	fi
fi
if [ -n "$pg_ok" ]; then
	PGOPTIONS='-c client_min_messages=warning'
	export PGOPTIONS
	pg_load() { psql -h "$pg" -U cf -d postgres -X -q -v ON_ERROR_STOP=1; }
	query() { psql -h "$pg" -U cf -d postgres -X -q -A -t -F '|' -c "$1"; }
	sql_load postgresql pg_load
	$pg_as "$pg_bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1
else
	skip "sql: postgresql" "no PostgreSQL server could be started here (initdb, pg_ctl, psql)"
fi

# ---- Markdown ----
"$R" -f md "$F" >"$TMP/out" 2>/dev/null
cat >"$TMP/want" <<'EOF'
# cityfacts report

8 facts from 5 documents: 7 indicators for 2 cities.

## Summary by city

### Hangzhou

4 indicators from 4 documents, 1 with sources that disagree.

- Industry scale: 224.6 bn CNY (2021); target at least 500 bn CNY (2025)
- AI enterprises (Binjiang): over 1,149 (2021)

### Wuhan

3 indicators from 1 document.

- Computing power: about 40,000 PFLOPS (2022)
- Industry growth: 29.5% (2019-2021)
- Share of national AI talent: 33.3% (2022)

## Indicators

| City | Area | Metric | Period | Kind | Value | Range | Facts | Sources | Evidence | Conflict |
| --- | --- | --- | --- | --- | ---: | --- | ---: | --- | --- | --- |
| Hangzhou |  | Industry scale | 2019 | actual | 180 bn CNY |  | 1 | news/b.txt | Hangzhou's AI output was 180 billion yuan in 2019 |  |
| Hangzhou |  | Industry scale | 2021 | actual | 224.6 bn CNY |  | 1 | news/a.txt | Output hit 224.6 billion yuan, "a record", in 2021 |  |
| Hangzhou |  | Industry scale | 2025 | target | at least 500 bn CNY |  | 1 | news/a.txt | By 2025 it should reach at least 500 billion yuan |  |
| Hangzhou | Binjiang | AI enterprises | 2021 | actual | over 1,149 | 1,149 – 1,200 | 2 | news/c.txt, news/e.txt | 滨江已有1149多家人工智能企业 · =HYPERLINK("http://x.example/","click") &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; 1,200 firms | yes |
| Wuhan |  | Computing power | 2022 | actual | about 40,000 PFLOPS |  | 1 | news/d.txt | cerca de 40.000P de poder de computação |  |
| Wuhan |  | Industry growth | 2019-2021 | actual | 29.5% |  | 1 | news/d.txt | cresceu 29,5% ao ano entre 2019 e 2021 |  |
| Wuhan |  | Share of national AI talent | 2022 | actual | 33.3% |  | 1 | news/d.txt | um terço dos talentos de IA |  |

## Documents

| Document | Title | Date | Language |
| --- | --- | --- | --- |
| news/a.txt | A |  | en |
| news/b.txt |  |  |  |
| news/c.txt |  |  |  |
| news/d.txt |  |  |  |
| news/e.txt |  |  |  |
EOF
check "md: summary per city and indicators table, human numbers, text escaped" \
	"$(cat "$TMP/want")" "$(cat "$TMP/out")"
"$R" -f md "$F" "$TMP/aggs.ndjson" 2>/dev/null | grep '^| Hangzhou | Binjiang' >"$TMP/out"
check "md: an agg record's consensus wins, facts give its evidence" \
	"| Hangzhou | Binjiang | AI enterprises | 2021 | actual | 1,200 | 1,149 – 1,200 | 2 | news/c.txt, news/e.txt | 滨江已有1149多家人工智能企业 · =HYPERLINK(\"http://x.example/\",\"click\") &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; 1,200 firms | yes |" \
	"$(cat "$TMP/out")"

# ---- HTML ----
SOURCE_DATE_EPOCH=1767225600 "$R" -f html "$F" >"$TMP/r.html" 2>/dev/null
check_grep "html: <script> escaped" '&lt;script&gt;alert\(1\)&lt;/script&gt;' "$TMP/r.html"
check_grep "html: <img onerror> escaped" '&lt;img src=x onerror=alert\(2\)&gt;' "$TMP/r.html"
check "html: one script element, the report's own, and no img" "1 0" \
	"$(grep -o '<script' "$TMP/r.html" | wc -l | tr -d ' ') $(grep -c '<img' "$TMP/r.html")"
check "html: the CSP allows that script by its SHA-256 and nothing else" "yes" \
	"$(python3 -c '
import base64, hashlib, re, sys
p = open(sys.argv[1], encoding="utf-8").read()
js = re.search(r"<script>(.*?)</script>", p, re.S).group(1)
csp = re.search(r"Content-Security-Policy\" content=\"([^\"]*)\"", p).group(1)
h = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
print("yes" if csp == "default-src '"'"'none'"'"'; style-src '"'"'unsafe-inline'"'"'; img-src data:; script-src '"'"'sha256-%s'"'"'" % h else csp)' "$TMP/r.html")"
check_grep "html: quotes in text escaped" 'Output hit 224.6 billion yuan, &quot;a record&quot;, in 2021' "$TMP/r.html"
check_grep "html: apostrophes in text escaped" 'Hangzhou&#39;s AI output' "$TMP/r.html"
check_nogrep "html: self-contained (no src, url() or @import)" 'src="|url\(|@import' "$TMP/r.html"
check "html: links only to the page's anchors and the articles' files" "" \
	"$(grep -o 'href="[^"]*"' "$TMP/r.html" | grep -v -e '^href="#' -e '^href="file:///' | sort -u)"
check "html: every anchor linked to exists" "" \
	"$(for a in $(grep -o 'href="#[^"]*"' "$TMP/r.html" | sed 's/href="#//; s/"$//' | sort -u); do
		grep -q "id=\"$a\"" "$TMP/r.html" || echo "$a"; done)"
check_grep "html: the header says when, which version, how many articles in which languages" \
	'^<header id="top"><h1>cityfacts report</h1>$' "$TMP/r.html"
check_grep "html: generated when, by which version, from what" \
	"^<p class=\"lead\">Generated 2026-01-01 00:00 UTC by cityfacts [0-9.]+ from 5 articles \\(en 3, pt 1, zh 1\\): 8 facts, 7 indicators for 3 places, <a class=\"conflict\" href=\"#conflicts\">1 with sources that disagree</a>.</p>$" "$TMP/r.html"
check "html: a table of contents" "compare charts conflicts indicators documents metrics" \
	"$(grep -o '<nav class="toc">.*</nav>' "$TMP/r.html" | grep -o 'href="#[a-z]*"' | sed 's/href="#//; s/"//' | tr '\n' ' ' | sed 's/ $//')"
# The comparison: a row per place; Hangzhou's latest actual and target, linked.
check "html: comparison rows, one per place" "Hangzhou Hangzhou/Binjiang Wuhan" \
	"$(sed -n '/<table class="blocks matrix">/,/<\/table>/p' "$TMP/r.html" | grep -o '^<tr><th>[^<]*' | sed 's/<tr><th>//' | tr '\n' ' ' | sed 's/ $//')"
i_act=$(grep -o '<tr id="i[0-9]*" data-place="Hangzhou" data-metric="industry_scale" data-kind="actual"[^>]*><td[^>]*>[^<]*</td><td[^>]*>[^<]*</td><td[^>]*>2021<' "$TMP/r.html" | grep -o 'id="i[0-9]*"' | sed 's/id="//; s/"//')
i_tgt=$(grep -o '<tr id="i[0-9]*" data-place="Hangzhou" data-metric="industry_scale" data-kind="target"' "$TMP/r.html" | grep -o 'i[0-9]*')
check_grep "html: Hangzhou's latest scale and its target, each linked to its indicator" \
	"<td data-label=\"Industry scale\"><div><a href=\"#$i_act\">224.6 bn CNY</a> <span class=\"when\">2021</span></div><div class=\"tgt\"><a href=\"#$i_tgt\">at least 500 bn CNY</a> <span class=\"when\">target 2025</span></div></td>" "$TMP/r.html"
check_grep "html: a conflict marked in the comparison" '<a href="#i[0-9]*">over 1,149</a> <span class="conflict" title="sources disagree">≠</span>' "$TMP/r.html"
# Charts: one per metric and unit, scaled by viewBox, no fixed width.
check "html: a figure per metric" "5" "$(grep -c '^<figure id="chart-' "$TMP/r.html")"
check "html: charts scale (viewBox, no width attribute)" "6 0" \
	"$(grep -o '<svg [^>]*viewBox=' "$TMP/r.html" | wc -l | tr -d ' ') $(grep -o '<svg [^>]*width=' "$TMP/r.html" | wc -l | tr -d ' ')"
sed -n '/aria-label="values over the years"/,/<\/svg>/p' "$TMP/r.html" >"$TMP/series"
check "html: over the years, 2 actual dots solid, 1 target dot hollow and dashed" "2 1" \
	"$(grep -o '<circle[^>]*fill="#0969da" stroke="#0969da" stroke-width="2">' "$TMP/series" | wc -l | tr -d ' ') $(grep -o '<circle[^>]*fill="#fff" stroke="#0969da" stroke-width="2" stroke-dasharray="3 2">' "$TMP/series" | wc -l | tr -d ' ')"
check_grep "html: the target line is dashed" '<polyline[^>]*stroke-dasharray="6 4"' "$TMP/series"
# Conflicts: who says what.
sed -n '/<section id="conflicts">/,/<\/section>/p' "$TMP/r.html" >"$TMP/conf"
check "html: the conflict, each value with its sources" "1,149 news/c.txt
1,200 news/e.txt" \
	"$(grep -o '<li><b>[^<]*</b>:.*</li>' "$TMP/conf" | sed 's/<\/li>/\n/g' | sed -n 's/^<li><b>\([^<]*\)<\/b>:.*class="file" href="[^"]*">\([^<]*\)<\/a>.*/\1 \2/p')"
# The indicators: a row each, filterable, evidence folded with the figure marked.
check "html: a row per indicator" "7" "$(grep -c '^<tr id="i[0-9]*" ' "$TMP/r.html")"
check_grep "html: the conflict is marked" '<td class="conflict">yes</td></tr>' "$TMP/r.html"
check "html: evidence folded, one details per indicator" "7" "$(grep -o '</td><td><details><summary>' "$TMP/r.html" | wc -l | tr -d ' ')"
# The figure marked in its sentence: the span of the fact's length whose
# digits are the value's; none for a figure in words or a span that fits no figure.
printf '%s\n' '{"type":"doc","doc":"m/a.txt","lang":"zh","title":"A <i>title</i>","date":"2022-05-06"}' \
	'{"type":"fact","doc":"m/a.txt","lang":"zh","city":"Hefei","metric":"ai_enterprises","value":130,"unit":"count","qualifier":">","period":"2022","kind":"actual","evidence":"2021年有13家，今年已有130多家人工智能企业","start":1000,"end":1009}' \
	'{"type":"fact","doc":"m/a.txt","lang":"en","city":"Hefei","metric":"industry_scale","value":224600000000,"unit":"CNY","qualifier":"=","period":"2021","kind":"actual","evidence":"In 2021 output was 22.46 yuan per head and 224.6 billion yuan in all","start":50,"end":68}' \
	'{"type":"fact","doc":"m/a.txt","lang":"en","city":"Hefei","metric":"talent_share","value":0.333333,"unit":"fraction","qualifier":"=","period":"2022","kind":"actual","evidence":"one-third of the talent, 33 of 99","start":5,"end":14}' \
	'{"type":"fact","doc":"m/a.txt","lang":"en","city":"Hefei","metric":"employees","value":5000,"unit":"count","qualifier":"=","period":"2022","kind":"actual","evidence":"5000 people","start":5,"end":12}' \
	| (cd "$TMP" && "$R" -f html) >"$TMP/m.html"
check "html: the figure marked in its sentence, by its length and digits" \
	"<q>2021年有13家，今年已有<mark>130多家</mark>人工智能企业</q>
<q>5000 people</q>
<q>In 2021 output was 22.46 yuan per head and <mark>224.6 billion yuan</mark> in all</q>
<q>one-third of the talent, 33 of 99</q>" "$(grep -o '<q>[^q]*</q>' "$TMP/m.html" | grep -v '^$')"
check_grep "html: beside it the article's title, date and file" \
	"<span class=\"src\"><a href=\"#d0\">A &lt;i&gt;title&lt;/i&gt;</a> · 2022-05-06 · <a class=\"file\" href=\"file://$TMP/m/a.txt\">m/a.txt</a></span>" "$TMP/m.html"
check_grep "html: the filter form, hidden until the script shows it" '<form id="filters" class="filters" hidden=""><label>Place<select name="place"><option value="">all</option><option value="Hangzhou">Hangzhou</option><option value="Hangzhou/Binjiang">Hangzhou/Binjiang</option><option value="Wuhan">Wuhan</option></select></label>' "$TMP/r.html"
check_grep "html: rows carry what the filters read" '<tr id="i[0-9]*" data-place="Hangzhou/Binjiang" data-metric="ai_enterprises" data-kind="actual" data-lang="en zh">' "$TMP/r.html"
# Several values in one year: one dot at the value most facts give, their range a band.
printf '%s\n' '{"type":"fact","doc":"y/a","city":"Hefei","metric":"employees","value":100,"unit":"count","period":"2019","kind":"actual"}' \
	'{"type":"fact","doc":"y/a","city":"Hefei","metric":"employees","value":200,"unit":"count","period":"2020","kind":"actual"}' \
	'{"type":"fact","doc":"y/b","city":"Hefei","metric":"employees","value":200,"unit":"count","period":"2020-07","kind":"actual"}' \
	'{"type":"fact","doc":"y/c","city":"Hefei","metric":"employees","value":260,"unit":"count","period":"2020-07","kind":"actual"}' \
	| "$R" -f html | sed -n '/aria-label="values over the years"/,/<\/svg>/p' >"$TMP/y.svg"
check "html: a year of several values is one dot and a range" "2 1" \
	"$(grep -o '<circle' "$TMP/y.svg" | wc -l | tr -d ' ') $(grep -o 'class="range"' "$TMP/y.svg" | wc -l | tr -d ' ')"
check_grep "html: the dot says the range" '<title>Hefei 2020 actual: 200 \(values from 200 to 260\)</title>' "$TMP/y.svg"
check "html: the line goes through one value a year" "1" "$(grep -o '<polyline[^>]*points="[0-9.]*,[0-9.]* [0-9.]*,[0-9.]*"' "$TMP/y.svg" | wc -l | tr -d ' ')"
check "html: a glossary of the twelve metrics" "12" "$(sed -n '/<section id="metrics">/,/<\/section>/p' "$TMP/r.html" | grep -o '<dt>' | wc -l | tr -d ' ')"
printf '%s\n' '{"type":"doc","doc":"x\"y.txt","title":"<b onmouseover=alert(3)>T</b>","lang":"en"}' \
	'{"type":"fact","doc":"x\"y.txt","city":"Q","metric":"employees","value":5,"unit":"count","period":"2020","kind":"actual"}' \
	| (cd "$TMP" && "$R" -f html) >"$TMP/d.html"
check "html: a document's name and title escaped in the documents table" \
	"<tr id=\"d0\"><td>&lt;b onmouseover=alert(3)&gt;T&lt;/b&gt;</td><td class=\"nw\"></td><td>en</td><td class=\"num\">1</td><td><a class=\"file\" href=\"file://$TMP/x%22y.txt\">x&quot;y.txt</a></td></tr>" \
	"$(grep '<tr id="d0">' "$TMP/d.html")"
check "html: doc records are used, not reported as skipped" "" "$("$R" -f html "$F" 2>&1 >/dev/null)"
check "html: every element closed (xmllint parses it)" "0" \
	"$(if command -v xmllint >/dev/null; then sed 1d "$TMP/r.html" | xmllint --noout - 2>&1 | wc -l | tr -d ' '; else echo 0; fi)"

# ---- numbers and the locale ----
loc=$(locale -a 2>/dev/null | grep -m1 -iE '^(de_DE|fr_FR|pt_BR|es_ES|it_IT|ru_RU)\.utf-?8$')
if [ -z "$loc" ] && command -v localedef >/dev/null && [ -d /usr/share/i18n/locales ]; then
	mkdir -p "$TMP/locale"
	if localedef -i de_DE -f UTF-8 "$TMP/locale/de_DE.UTF-8" >/dev/null 2>&1; then
		loc=de_DE.UTF-8
		export LOCPATH="$TMP/locale"
	fi
fi
if [ -n "$loc" ] && command -v python3 >/dev/null &&
	[ "$(LC_ALL=$loc python3 -c 'import locale; locale.setlocale(locale.LC_ALL, ""); print(locale.localeconv()["decimal_point"])' 2>/dev/null)" = "," ]; then
	for f in csv tsv json sql md html; do
		a=$(LC_ALL=C "$R" -f "$f" "$F" 2>/dev/null | md5sum)
		b=$(LC_ALL=$loc "$R" -f "$f" "$F" 2>/dev/null | md5sum)
		check "locale $loc with a decimal comma leaves -f $f unchanged" "$a" "$b"
	done
	check "locale: numbers keep their point" "29.5 0.333333" \
		"$(LC_ALL=$loc "$R" -c value "$F" 2>/dev/null | sed -n '7p;9p' | tr '\n' ' ' | sed 's/ $//')"
else
	skip "locale with a decimal comma" "none installed and localedef cannot make one"
fi
unset LOCPATH

# ---- errors ----
printf '%s\n' '{"type":"fact","doc":"a","value":1}' 'not json' '{"type":"fact","doc":"b","value":2}' >"$TMP/bad.ndjson"
check_rc "bad line: exit 1, the rest rendered" 1 "$R" -c doc,value "$TMP/bad.ndjson"
check "bad line: both good records written" "doc,value
a,1
b,2" "$(cat "$TMP/out")"
check_grep "bad line: FILE:LINE on stderr" "^cf-render: $TMP/bad.ndjson:2: bad JSON" "$TMP/err"
check_rc "--strict: exit 1 at the first bad line" 1 "$R" --strict "$TMP/bad.ndjson"
check_rc "usage: unknown format exits 2" 2 "$R" -f pdf "$F"
check_rc "usage: -c with an empty name exits 2" 2 "$R" -c doc,,value "$F"
check_rc "usage: -c with a report exits 2" 2 "$R" -f md -c doc "$F"
check_rc "-o into a missing directory exits 2" 2 "$R" -o "$TMP/no/such/dir/x.csv" "$F"
check "--stats: records read, rows written" "cf-render: read 9, written 8, passed 0, rejected 0" \
	"$("$R" --stats "$F" 2>&1 >/dev/null | grep read)"
check "--stats: a report writes its indicators" "cf-render: read 9, written 7, passed 0, rejected 0" \
	"$("$R" -f md --stats "$F" 2>&1 >/dev/null | grep read)"
check_rc "--help exits 0" 0 "$R" --help
check_grep "--help shows the synopsis" '^usage: cf-render' "$TMP/out"
check_rc "--version exits 0" 0 "$R" --version

# A closed pipe ends quietly.
cp "$F" "$TMP/many"
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do cat "$TMP/many" "$TMP/many" >"$TMP/many2"; mv "$TMP/many2" "$TMP/many"; done
"$R" "$TMP/many" 2>"$TMP/err" | head -1 >/dev/null
check "closed pipe: nothing on stderr" "" "$(grep -v 'not rendered' "$TMP/err")"
if [ -w /dev/full ]; then
	check_rc "write error: exit 2" 2 sh -c "\"$R\" \"$F\" >/dev/full"
fi

# gzip'd input reads the same.
gzip -c "$F" >"$TMP/facts.ndjson.gz"
check "gzip'd input gives the same csv" "$("$R" "$F" 2>/dev/null | md5sum)" \
	"$("$R" "$TMP/facts.ndjson.gz" 2>/dev/null | md5sum)"

# -o with --strict: the run stops and leaves neither the file nor a temporary.
check_rc "-o --strict on bad input: exit 1" 1 "$R" --strict -o "$TMP/strict.csv" "$TMP/bad.ndjson"
check "-o --strict: nothing left behind" "" "$(cd "$TMP" && ls | grep strict)"

# The samples' facts, when the pipeline's tools are built: one CSV row per
# fact record, read back by Python's csv module.
pipeline=1
for t in extract normalize translate-map facts; do [ -x "$CF_BIN/cf-$t" ] || pipeline=; done
if [ -n "$pipeline" ] && [ -d samples ] && command -v python3 >/dev/null; then
	"$CF_BIN/cf-extract" samples/ 2>/dev/null | "$CF_BIN/cf-normalize" 2>/dev/null |
		"$CF_BIN/cf-translate-map" 2>/dev/null | "$CF_BIN/cf-facts" 2>/dev/null >"$TMP/samples.ndjson"
	n=$(grep -c '"type":"fact"' "$TMP/samples.ndjson")
	"$R" -o "$TMP/samples.csv" "$TMP/samples.ndjson" 2>/dev/null
	check "samples: python reads one csv row per fact record" "$n $n" "$(python3 - "$TMP/samples.csv" "$TMP/samples.ndjson" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
facts = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8') if '"type":"fact"' in l]
same = sum(1 for r, f in zip(rows, facts)
           if r['evidence'] == f['evidence'] and r['doc'] == f['doc'] and float(r['value']) == f['value'])
print(len(rows), same)
PY
)"
	[ "$n" -gt 0 ] || skip "samples: csv of the samples' facts" "the pipeline gave no fact"
else
	skip "samples: csv of the samples' facts" "the pipeline's tools are not built"
fi

# Odd records: fields of the wrong type, values that are not numbers or are
# huge, periods that are not dates.  Every format ends, with exit 0.
cat >"$TMP/odd.ndjson" <<'ODD'
{"type":"fact"}
{"type":"fact","city":5,"metric":["x"],"value":"12","unit":null,"period":"99999-99","kind":7,"evidence":{"a":1}}
{"type":"fact","city":"A","metric":"m","value":"12","period":"2020","kind":"actual"}
{"type":"fact","city":"A","metric":"m","value":1e308,"unit":"CNY","period":"2021","kind":"actual"}
{"type":"fact","city":"A","metric":"m","value":-1e308,"unit":"CNY","period":"2022","kind":"target"}
{"type":"fact","city":"N","metric":"m","value":-1e17,"unit":"count","period":"2020","kind":"actual"}
{"type":"fact","city":"N","metric":"m","value":-1e17,"unit":"count","period":"2021-13","kind":"actual"}
{"type":"fact","city":"N","metric":"m","value":-1e17,"unit":"count","period":"2021-02","kind":"actual"}
{"type":"agg","city":"A","metric":"m","value":"x","docs":{"a":1},"qualifiers":[1,2],"n":"q"}
{"type":"agg","docs":[1,null,"d"],"qualifiers":[5]}
{"type":"doc","doc":"d","title":5}
ODD
for f in csv tsv json md html; do
	check_rc "odd records: -f $f exits 0" 0 timeout 20 "$R" -f "$f" "$TMP/odd.ndjson"
done
check_rc "odd records: -f sql exits 1" 1 timeout 20 "$R" -f sql "$TMP/odd.ndjson"
check "odd records: -f sql reports each string where a number belongs" \
	"cf-render: $TMP/odd.ndjson:2: \"value\" is not a number: \"12\" (written as NULL)
cf-render: $TMP/odd.ndjson:3: \"value\" is not a number: \"12\" (written as NULL)" "$(grep 'not a number' "$TMP/err")"
check "odd records: a value that is not a number shows as ?" \
	"| A |  | M | 2020 | actual | ? |  | 1 |  |  |  |" \
	"$("$R" -f md "$TMP/odd.ndjson" 2>/dev/null | grep '^| A .* 2020 ')"
check "odd records: huge values in short form" "1e+296 tn CNY" \
	"$("$R" -f md "$TMP/odd.ndjson" 2>/dev/null | grep '^| A .* 2021 ' | cut -d'|' -f7 | sed 's/^ //; s/ $//')"
