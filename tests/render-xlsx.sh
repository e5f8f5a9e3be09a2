# cf-render -f xlsx: the workbook's sheets, cell types and header, read
# from its XML (unzipped by Python's zipfile); then, when LibreOffice is
# installed, the same workbook converted by soffice to CSV, sheet by sheet.
. tests/lib.sh
R=$CF_BIN/cf-render

if ! command -v python3 >/dev/null; then
	skip "xlsx" "python3 is not installed"
	exit 0
fi

# Periods of every form, a text cell that looks like a formula, a date, an
# indicator whose sources disagree, a fact with no doc record, and an agg.
cat >"$TMP/in.ndjson" <<'EOF'
{"type":"doc","doc":"n/a.txt","lang":"en","title":"=SUM(A1:A9) and AI in Hangzhou","date":"2021-03-04","author":"Ann Lee","source":"The Daily","bytes":2048}
{"type":"doc","doc":"n/b.txt","lang":"zh","title":"杭州人工智能","date":"2020-07-01","bytes":512}
{"type":"fact","doc":"n/a.txt","seg":2,"lang":"en","city":"Hangzhou","area":"","metric":"industry_scale","value":224600000000,"unit":"CNY","qualifier":"=","period":"2020-07","kind":"actual","evidence":"=HYPERLINK(\"http://x.example/\") output hit 224.6 billion yuan","start":10,"end":30}
{"type":"fact","doc":"n/b.txt","seg":5,"lang":"zh","city":"Hangzhou","area":"","metric":"industry_scale","value":230000000000,"unit":"CNY","qualifier":">","period":"2020-07","kind":"actual","evidence":"产业规模超过2300亿元","start":400,"end":417}
{"type":"fact","doc":"n/b.txt","seg":6,"lang":"zh","city":"Hangzhou","area":"Binjiang","metric":"ai_enterprises","value":1149,"unit":"count","qualifier":"=","period":"2018-2020","kind":"actual","evidence":"滨江有1149家人工智能企业","start":60,"end":72}
{"type":"fact","doc":"n/c.txt","seg":1,"lang":"pt","city":"Wuhan","area":"","metric":"talent_share","value":0.333333,"unit":"fraction","qualifier":"~","period":"2020","kind":"target","evidence":"+um terço dos talentos","start":5,"end":9}
{"type":"agg","city":"Wuhan","area":"","metric":"employees","period":"2019","kind":"actual","unit":"count","value":5000,"min":5000,"max":5000,"n":1,"docs":["n/d.txt"],"langs":["pt"],"qualifiers":[">="],"conflict":false,"values":[[5000,1,["n/d.txt"]]]}
EOF
check_rc "xlsx: exit 0" 0 "$R" -f xlsx -o "$TMP/t.xlsx" "$TMP/in.ndjson"
check "xlsx: a zip file" "504b0304" "$(od -An -tx1 -N4 "$TMP/t.xlsx" | tr -d ' \n')"

# Each sheet as lines "CELL TYPE VALUE" (type s: text, n: number, b:
# boolean; a formula would print "CELL f ..."), then its pane and filter.
python3 - "$TMP/t.xlsx" >"$TMP/cells" <<'EOF'
import re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
sst = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m']))
       for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
for sh in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    name = sh.get('name')
    ws = ET.fromstring(z.read('xl/' + rels[sh.get('{%s}id' % ns['r'])]))
    print('sheet', name)
    for c in ws.iter('{%s}c' % ns['m']):
        if c.find('m:f', ns) is not None:
            print(c.get('r'), 'f', c.find('m:f', ns).text)
            continue
        t = c.get('t', 'n')
        v = c.find('m:v', ns).text
        print(c.get('r'), t, sst[int(v)] if t == 's' else v)
    p = ws.find('.//m:pane', ns)
    print('pane', p.get('ySplit'), p.get('state'))
    print('autofilter', ws.find('m:autoFilter', ns).get('ref'))
EOF
check "xlsx: sheets in order" "indicators facts sources glossary" \
	"$(sed -n 's/^sheet //p' "$TMP/cells" | tr '\n' ' ' | sed 's/ $//')"
check "xlsx: no cell is a formula" "0" "$(grep -c '^[A-Z]*[0-9]* f ' "$TMP/cells")"
check "xlsx: every header frozen" "1 frozen
1 frozen
1 frozen
1 frozen" "$(sed -n 's/^pane //p' "$TMP/cells")"
check "xlsx: autofilter over each whole sheet" "A1:N5
A1:P5
A1:H5
A1:C13" "$(sed -n 's/^autofilter //p' "$TMP/cells")"

sheet() { sed -n "/^sheet $1\$/,/^pane /p" "$TMP/cells"; }
sheet indicators >"$TMP/ind"
check "xlsx indicators: header" "place city area metric period kind unit value min max n qualifiers docs conflict" \
	"$(grep '^[A-N]1 s ' "$TMP/ind" | cut -d' ' -f3- | tr '\n' ' ' | sed 's/ $//')"
check "xlsx indicators: Hangzhou's conflicting scale, numbers numeric, period text" \
	"A2 s Hangzhou
B2 s Hangzhou
D2 s industry_scale
E2 s 2020-07
F2 s actual
G2 s CNY
H2 n 224600000000
I2 n 224600000000
J2 n 230000000000
K2 n 2
L2 s =;>
M2 s n/a.txt;n/b.txt
N2 b 1" "$(grep '^[A-N]2 ' "$TMP/ind")"
check "xlsx indicators: an area's place, a range of years as text" \
	"A3 s Hangzhou/Binjiang
C3 s Binjiang
E3 s 2018-2020
H3 n 1149" "$(grep -E '^(A3|C3|E3|H3) ' "$TMP/ind")"
check "xlsx indicators: the agg read, its qualifier, a year as text" \
	"A4 s Wuhan
E4 s 2019
H4 n 5000
L4 s >=
N4 b 0" "$(grep -E '^(A4|E4|H4|L4|N4) ' "$TMP/ind")"

sheet facts >"$TMP/facts"
check "xlsx facts: header" "doc lang title date place city area metric value unit qualifier period kind evidence start end" \
	"$(grep '^[A-P]1 s ' "$TMP/facts" | cut -d' ' -f3- | tr '\n' ' ' | sed 's/ $//')"
check "xlsx facts: the article's lang, title and date beside the fact" \
	"A2 s n/a.txt
B2 s en
C2 s =SUM(A1:A9) and AI in Hangzhou
D2 s 2021-03-04
E2 s Hangzhou
I2 n 224600000000
L2 s 2020-07
N2 s =HYPERLINK(\"http://x.example/\") output hit 224.6 billion yuan
O2 n 10
P2 n 30" "$(grep -E '^(A2|B2|C2|D2|E2|I2|L2|N2|O2|P2) ' "$TMP/facts")"
check "xlsx facts: a fraction numeric, a fact without doc record has no title" \
	"A5 s n/c.txt
B5 s pt
I5 n 0.333333
N5 s +um terço dos talentos" "$(grep -E '^(A5|B5|C5|D5|I5|N5) ' "$TMP/facts")"

sheet sources >"$TMP/src"
check "xlsx sources: every document, doc records' fields, bytes and facts numeric" \
	"A2 s n/a.txt
B2 s en
D2 s 2021-03-04
E2 s Ann Lee
F2 s The Daily
G2 n 2048
H2 n 1
A3 s n/b.txt
G3 n 512
H3 n 2
A4 s n/c.txt
H4 n 1
A5 s n/d.txt
H5 n 0" "$(grep -E '^(A[0-9]+|B2|D2|E2|F2|G[0-9]+|H[0-9]+) ' "$TMP/src" | grep -v '^[A-H]1 ')"

sheet glossary >"$TMP/glo"
check "xlsx glossary: the twelve metrics" \
	"ai_enterprises ai_related_enterprises industry_scale industry_growth financing fund_size investment employees talent_share computing_power application_scenarios index_score" \
	"$(grep '^A[0-9]* s ' "$TMP/glo" | grep -v '^A1 ' | cut -d' ' -f3 | tr '\n' ' ' | sed 's/ $//')"
check "xlsx glossary: each with its unit and meaning" "12 12" \
	"$(grep -c '^B[0-9]* s ' "$TMP/glo" | awk '{print $1 - 1}') $(grep -c '^C[0-9]* s ..........' "$TMP/glo")"

"$R" -f xlsx "$TMP/in.ndjson" >"$TMP/t2.xlsx" 2>/dev/null
check "xlsx: standard output when it is not a terminal" "$(python3 -c 'import sys,zipfile; print(sorted(zipfile.ZipFile(sys.argv[1]).namelist()) == sorted(zipfile.ZipFile(sys.argv[2]).namelist()))' "$TMP/t.xlsx" "$TMP/t2.xlsx")" "True"

# Bad input: the message names the line, the rest is in the workbook.
{ head -3 "$TMP/in.ndjson"; echo '{"type":"fact",'; tail -n +4 "$TMP/in.ndjson"; } >"$TMP/bad.ndjson"
check_rc "xlsx: a bad line exits 1" 1 "$R" -f xlsx -o "$TMP/bad.xlsx" "$TMP/bad.ndjson"
check_grep "xlsx: the bad line named" "^cf-render: $TMP/bad.ndjson:4: " "$TMP/err"
check "xlsx: the other records still written" "5" \
	"$(python3 -c 'import sys,zipfile,re; print(len(re.findall(r"<row ", zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet2.xml").decode())))' "$TMP/bad.xlsx")"
check_rc "xlsx: -c is for tables" 2 "$R" -f xlsx -c doc -o "$TMP/no.xlsx" "$TMP/in.ndjson"
# Not to a terminal (script(1) gives it one): a usage error, nothing written.
if command -v script >/dev/null; then
	check "xlsx: a workbook is not written to a terminal" \
		"cf-render: -f xlsx: a workbook is not for a terminal (use -o FILE or a redirection)|rc=2" \
		"$(script -qec "'$R' -f xlsx '$TMP/in.ndjson'; echo rc=\$?" /dev/null | tr -d '\r' | grep -e '^cf-render' -e '^rc=' | tr '\n' '|' | sed 's/|$//')"
fi

# LibreOffice reads the workbook: text cells come out quoted, numbers and
# booleans bare, periods as they were written.
SOFFICE=${SOFFICE:-$(command -v soffice || command -v libreoffice)}
if [ -z "$SOFFICE" ]; then
	skip "xlsx in LibreOffice" "soffice is not installed (Debian: libreoffice-calc-nogui)"
	exit 0
fi
mkdir -p "$TMP/lo"
HOME=$TMP timeout 120 "$SOFFICE" --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1' \
	--outdir "$TMP/lo" "$TMP/t.xlsx" >"$TMP/lo.out" 2>&1
check "LibreOffice: four sheets converted" "t-facts.csv t-glossary.csv t-indicators.csv t-sources.csv" \
	"$(cd "$TMP/lo" && ls *.csv 2>/dev/null | tr '\n' ' ' | sed 's/ $//')"
check "LibreOffice: indicators with their cell types" \
	'"place","city","area","metric","period","kind","unit","value","min","max","n","qualifiers","docs","conflict"
"Hangzhou","Hangzhou",,"industry_scale","2020-07","actual","CNY",224600000000,224600000000,230000000000,2,"=;>","n/a.txt;n/b.txt",TRUE
"Hangzhou/Binjiang","Hangzhou","Binjiang","ai_enterprises","2018-2020","actual","count",1149,1149,1149,1,"=","n/b.txt",FALSE
"Wuhan","Wuhan",,"employees","2019","actual","count",5000,5000,5000,1,">=","n/d.txt",FALSE
"Wuhan","Wuhan",,"talent_share","2020","target","fraction",0.333333,0.333333,0.333333,1,"~","n/c.txt",FALSE' \
	"$(tr -d '\r' <"$TMP/lo/t-indicators.csv")"
check "LibreOffice: a fact's title and evidence stay text" \
	'"n/a.txt","en","=SUM(A1:A9) and AI in Hangzhou","2021-03-04","Hangzhou","Hangzhou",,"industry_scale",224600000000,"CNY","=","2020-07","actual","=HYPERLINK(""http://x.example/"") output hit 224.6 billion yuan",10,30' \
	"$(tr -d '\r' <"$TMP/lo/t-facts.csv" | sed -n 2p)"
