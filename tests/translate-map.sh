# cf-translate-map: exact terms on sentences written for this test (English,
# Chinese in both scripts, Portuguese), leftmost-longest and word
# boundaries, languages, -m overrides and stop entries, bad CSV lines,
# --unmapped, a 30,000-entry map, and the integrity of the shipped maps.
# locale-sensitive
. tests/lib.sh

T=$CF_BIN/cf-translate-map
if [ ! -x "$T" ]; then
	skip "translate-map" "cf-translate-map is not built"
	exit 0
fi
MAPS=$(pwd)/lib/maps

# terms FILE: one line per seg, "seg: start end text id class; ..."
terms() { jqr 'select(.type=="seg") | "\(.seg): " + ([.terms[] | "\(.start) \(.end) \(.text) \(.id) \(.class)"] | join("; "))' "$1"; }

cat >"$TMP/s.ndjson" <<'EOF'
{"type":"doc","doc":"t.txt","lang":"en"}
{"type":"seg","doc":"t.txt","seg":1,"lang":"en","text":"By 2025, Shanghai's AI-related enterprises will exceed 5,000, while Xiangtan and Xi’an plan to open 30 application scenarios; Xianbei has none."}
{"type":"seg","doc":"t.txt","seg":2,"lang":"zh","text":"臺北與上海的人工智能相关企业超过三千家，浦东新区力争到2025年产业规模达到1000亿元。"}
{"type":"seg","doc":"t.txt","seg":3,"lang":"zh","text":"廣州的人工智能企業和智能算力"}
{"type":"seg","doc":"t.txt","seg":4,"lang":"pt","text":"Até 2030, Pequim pretende investir em cenários de aplicação e a escala da indústria de IA de Sao Paulo deve crescer."}
{"type":"seg","doc":"t.txt","seg":5,"lang":"en","text":"Meta plans to hire 100 employees in the Pudong New Area."}
{"type":"note","x":1}
EOF

check_rc "runs on segs of three languages: exit 0" 0 "$T" "$TMP/s.ndjson"
terms "$TMP/out" >"$TMP/terms"
check "en: leftmost-longest, Shanghai's yes, Xianbei no, curly apostrophe" \
	"1: 0 2 By cue:target cue; 9 17 Shanghai city:Shanghai city; 20 42 AI-related enterprises metric:ai_related_enterprises metric; 43 47 will cue:target cue; 48 54 exceed cue:more_than cue; 68 76 Xiangtan city:Xiangtan city; 81 88 Xi’an city:Xi'an city; 89 96 plan to cue:target cue; 105 126 application scenarios metric:application_scenarios metric" \
	"$(sed -n 1p "$TMP/terms")"
check "zh: Traditional 臺北 finds Taipei, byte offsets" \
	"2: 0 6 臺北 city:Taipei city; 9 15 上海 city:Shanghai city; 18 42 人工智能相关企业 metric:ai_related_enterprises metric; 42 48 超过 cue:more_than cue; 60 72 浦东新区 area:Shanghai/Pudong area; 72 78 力争 cue:target cue; 88 100 产业规模 metric:industry_scale metric" \
	"$(sed -n 2p "$TMP/terms")"
check "zh-Hant: 廣州 and 人工智能企業 match Simplified entries" \
	"3: 0 6 廣州 city:Guangzhou city; 9 27 人工智能企業 metric:ai_enterprises metric; 30 42 智能算力 metric:computing_power metric" \
	"$(sed -n 3p "$TMP/terms")"
check "pt: accents as written, Sao Paulo without them" \
	"4: 0 4 Até cue:target cue; 11 17 Pequim city:Beijing city; 18 26 pretende cue:target cue; 27 35 investir metric:investment metric; 39 63 cenários de aplicação metric:application_scenarios metric; 68 94 escala da indústria de IA metric:industry_scale metric; 98 107 Sao Paulo city:São Paulo city; 108 112 deve cue:forecast cue; 113 120 crescer metric:industry_growth metric" \
	"$(sed -n 4p "$TMP/terms")"
check "en: the pt cue \"meta\" does not match in an English seg" \
	"5: 5 13 plans to cue:target cue; 23 32 employees metric:employees metric; 40 55 Pudong New Area area:Shanghai/Pudong area" \
	"$(sed -n 5p "$TMP/terms")"
check "other records pass through unchanged, in order" '{"type":"doc","doc":"t.txt","lang":"en"}|{"type":"note","x":1}' \
	"$(grep -v '"seg"' "$TMP/out" | tr '\n' '|' | sed 's/|$//')"
check "every term's text is the seg's bytes from start to end" "ok" \
	"$(python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    b = r.get("text", "").encode()
    for t in r.get("terms", []):
        if b[t["start"]:t["end"]].decode() != t["text"]:
            print("bad", t); sys.exit()
print("ok")' "$TMP/out")"

# -M and CF_MAPS name the maps; a missing directory is a usage error.
check_rc "-M DIR: exit 0" 0 "$T" -M "$MAPS" "$TMP/s.ndjson"
check "-M DIR: the same terms" "$(cat "$TMP/terms")" "$(terms "$TMP/out")"
check_rc "-M /nonexistent: exit 2" 2 "$T" -M "$TMP/nowhere" "$TMP/s.ndjson"
check_grep "-M /nonexistent: says so" "^cf-translate-map: cannot read the maps directory" "$TMP/err"
check_rc "CF_MAPS=/nonexistent: exit 2" 2 env CF_MAPS="$TMP/nowhere" "$T" "$TMP/s.ndjson"

# -m adds and overrides entries; id "-" is a stop entry.
cat >"$TMP/extra.csv" <<'EOF'
surface,lang,id,class,note
Gotham,en,Gotham,city,a bare name takes the class column
Pudong New Area,en,area:Shanghai/Pudong-Override,,same surface and class: replaces
Xiangtan,en,-,,a stop entry: matches and yields nothing
"Wayne, Tech",en,org:Wayne Tech,org,quoted comma
EOF
printf '%s\n' '{"type":"seg","seg":9,"lang":"en","text":"Gotham and Xiangtan met Wayne, Tech in Pudong New Area."}' >"$TMP/g.ndjson"
check_rc "-m FILE: exit 0" 0 "$T" -m "$TMP/extra.csv" "$TMP/g.ndjson"
check "-m FILE: added, replaced and stopped entries" \
	"9: 0 6 Gotham city:Gotham city; 24 35 Wayne, Tech org:Wayne Tech org; 39 54 Pudong New Area area:Shanghai/Pudong-Override area" \
	"$(terms "$TMP/out")"
gzip -c "$TMP/extra.csv" >"$TMP/extra.csv.gz"
check_rc "-m FILE.csv.gz: read through zlib" 0 "$T" -m "$TMP/extra.csv.gz" "$TMP/g.ndjson"
check "-m FILE.csv.gz: the same terms" \
	"9: 0 6 Gotham city:Gotham city; 24 35 Wayne, Tech org:Wayne Tech org; 39 54 Pudong New Area area:Shanghai/Pudong-Override area" \
	"$(terms "$TMP/out")"

# Bad CSV lines are reported as FILE:LINE; the good ones still count.
cat >"$TMP/bad.csv" <<'EOF'
surface,lang,id
Gotham,en,city:Gotham
only two,en
Nowhere,en,Nowhere
,en,city:Empty
"unclosed,en,city:X
EOF
check_rc "bad CSV lines: exit 1" 1 "$T" -m "$TMP/bad.csv" "$TMP/g.ndjson"
check "bad CSV lines: each reported with file and line" \
	"cf-translate-map: $TMP/bad.csv:3: row has 2 fields, the header 3|cf-translate-map: $TMP/bad.csv:4: id \"Nowhere\" has no class (want CLASS:NAME or a class column)|cf-translate-map: $TMP/bad.csv:5: empty surface|cf-translate-map: $TMP/bad.csv:6: bad CSV at the end: error parsing data while strict checking enabled|cf-translate-map: 4 bad inputs reported" \
	"$(tr '\n' '|' <"$TMP/err" | sed 's/|$//')"
check "bad CSV lines: the good entry still matches" \
	"9: 0 6 Gotham city:Gotham city; 11 19 Xiangtan city:Xiangtan city; 39 54 Pudong New Area area:Shanghai/Pudong area" \
	"$(terms "$TMP/out")"
printf 'name,lang,id\nGotham,en,city:Gotham\n' >"$TMP/nohdr.csv"
check_rc "CSV without a surface column: exit 1" 1 "$T" -m "$TMP/nohdr.csv" "$TMP/g.ndjson"
check "CSV without a surface column: says so at line 1" \
	"cf-translate-map: $TMP/nohdr.csv:1: header lacks column \"surface\" (want surface,lang,id)" "$(head -1 "$TMP/err")"
check_rc "-m missing file: exit 1" 1 "$T" -m "$TMP/missing.csv" "$TMP/g.ndjson"
check_grep "-m missing file: named" "missing\.csv" "$TMP/err"
check_rc "--strict -m bad file: stops, exit 1" 1 "$T" --strict -m "$TMP/bad.csv" "$TMP/g.ndjson"
check "--strict -m bad file: no record out" "" "$(cat "$TMP/out")"

# A seg without text is reported and passed on.
printf '%s\n' '{"type":"seg","seg":1}' '{"type":"seg","seg":2,"lang":"en","text":"Pequim"}' >"$TMP/notext.ndjson"
check_rc "seg without text: exit 1" 1 "$T" "$TMP/notext.ndjson"
check_grep "seg without text: file, line and seg" "^cf-translate-map: $TMP/notext.ndjson:1: seg 1: seg without \"text\"" "$TMP/err"
check "seg without text: both records out" '{"type":"seg","seg":1}|2: 0 6 Pequim city:Beijing city' \
	"$(sed -n 1p "$TMP/out")|$(sed -n 2p "$TMP/out" >"$TMP/o2"; terms "$TMP/o2")"

# A seg line as an upstream stage writes it gets its terms appended to the
# line; any other (spaces, an escaped key, escapes in the text, "terms"
# already there) is written anew with the same terms.
cat >"$TMP/w.ndjson" <<'EOF'
{"type":"seg","seg":1,"lang":"en","text":"Shanghai and \"Beijing\"\n"}
{ "type" : "seg", "seg":1, "lang":"en", "text":"Shanghai and \"Beijing\"\n" }
{"\u0074ype":"seg","seg":1,"lang":"en","text":"Shanghai and \u0022Beijing\"\n"}
{"type":"seg","seg":1,"lang":"en","text":"Shanghai and \"Beijing\"\n","terms":[1]}
EOF
check_rc "lines written otherwise: exit 0" 0 "$T" "$TMP/w.ndjson"
check "lines written otherwise: the first appended to, as it was" \
	'{"type":"seg","seg":1,"lang":"en","text":"Shanghai and \"Beijing\"\n","terms":[{"start":0,"end":8,"text":"Shanghai","id":"city:Shanghai","class":"city"},{"start":14,"end":21,"text":"Beijing","id":"city:Beijing","class":"city"}]}' \
	"$(head -1 "$TMP/out")"
check "lines written otherwise: the same terms each time" "1" "$(jqr .terms "$TMP/out" | sort -u | wc -l | tr -d ' ')"

# The scale of another industry (digital, chips, software) is no AI metric:
# it is a wider economy's term, which cf-facts sees and gives no fact.
printf '%s\n' '{"type":"seg","seg":1,"lang":"zh","text":"全市数字产业规模和集成电路产业规模都在增长，人工智能产业规模达到500亿元。"}' >"$TMP/other.ndjson"
check_rc "other industries' scale: exit 0" 0 "$T" "$TMP/other.ndjson"
check "other industries' scale: a wider economy, the AI industry's kept" \
	"1: 0 6 全市 ref:city ref; 6 24 数字产业规模 wider:digital_economy wider; 27 51 集成电路产业规模 wider:chips wider; 57 63 增长 metric:industry_growth metric; 66 90 人工智能产业规模 metric:industry_scale metric" \
	"$(terms "$TMP/out")"

# A 30,000-entry map loads and matches (speed is measured by make bench).
awk 'BEGIN { print "surface,lang,id"; for (i = 0; i < 30000; i++) printf "Testplace%05d,en,city:T%05d\n", i, i }' >"$TMP/big.csv"
printf '%s\n' '{"type":"seg","seg":1,"lang":"en","text":"From Testplace29999 to Testplace00000 via Testplace1234."}' >"$TMP/b.ndjson"
check_rc "30,000-entry map: exit 0" 0 "$T" -m "$TMP/big.csv" "$TMP/b.ndjson"
check "30,000-entry map: first and last entries match, a prefix does not" \
	"1: 5 19 Testplace29999 city:T29999 city; 23 37 Testplace00000 city:T00000 city" "$(terms "$TMP/out")"

# --unmapped: capitalised phrases and CJK runs next to quantities, no records.
cat >"$TMP/u.ndjson" <<'EOF'
{"type":"doc","doc":"u.txt"}
{"type":"seg","lang":"en","text":"Gotham Robotics raised 5 million yuan, said Wayne Tech.","quantities":[{"start":23,"end":37}]}
{"type":"seg","lang":"en","text":"The Gotham Robotics team hired 20 people in Shanghai."}
{"type":"seg","lang":"en","text":"Gotham Robotics is big, says Wayne Tech."}
{"type":"seg","lang":"en","text":"Founded in 2019, it has 30 staff."}
{"type":"seg","lang":"zh","text":"星海机器人融资5亿元。"}
{"type":"seg","lang":"zh","text":"去年星海机器人的融资达到3亿元。","times":[{"start":0,"end":6}]}
EOF
check_rc "--unmapped: exit 0" 0 "$T" --unmapped "$TMP/u.ndjson"
check "--unmapped: counts, most frequent first, covered words and lone sentence-initial words left out" \
	"2	en	Gotham Robotics|2	zh	星海机器人|1	en	Wayne Tech" "$(tr '\n' '|' <"$TMP/out" | sed 's/|$//')"
check_rc "--unmapped -n 1: exit 0" 0 "$T" --unmapped -n 1 "$TMP/u.ndjson"
check "--unmapped -n 1: one line" "2	en	Gotham Robotics" "$(cat "$TMP/out")"
check_rc "-n -1: usage error" 2 "$T" --unmapped -n -1 "$TMP/u.ndjson"

# Options.
check_rc "--help: exit 0" 0 "$T" --help
check_grep "--help: synopsis" "^usage: cf-translate-map " "$TMP/out"
check_rc "--version: exit 0" 0 "$T" --version
check_grep "--version: name and version" "^cf-translate-map \(cityfacts\) [0-9]" "$TMP/out"
check_rc "unknown option: exit 2" 2 "$T" --bogus
check_grep "unknown option: usage" "^usage: cf-translate-map" "$TMP/err"

# The shipped maps: loaded whole, no surface with two ids of one class,
# enough cities, areas and organizations, every metric in three languages.
check_rc "--check-maps: exit 0" 0 "$T" --check-maps
check "--check-maps: no conflict reported" "" "$(cat "$TMP/err")"
cp "$TMP/out" "$TMP/tally"
check "--check-maps: one line per class" "area city cue metric org ref region subject verb wider" "$(cut -f1 "$TMP/tally" | tr '\n' ' ' | sed 's/ $//')"
ids() { awk -F'\t' -v c="$1" '$1 == c { print $3 }' "$TMP/tally"; }
check "maps: at least 300 cities" "yes" "$([ "$(ids city)" -ge 300 ] && echo yes || echo "no: $(ids city)")"
check "maps: at least 100 areas" "yes" "$([ "$(ids area)" -ge 100 ] && echo yes || echo "no: $(ids area)")"
check "maps: at least 150 organizations" "yes" "$([ "$(ids org)" -ge 150 ] && echo yes || echo "no: $(ids org)")"
check_rc "--list: exit 0" 0 "$T" --list
awk -F'\t' '$4 == "metric" { sub(/-.*/, "", $2); print $3 " " $2 }' "$TMP/out" | sort -u >"$TMP/ml"
for m in ai_enterprises ai_related_enterprises industry_scale industry_growth financing fund_size \
	investment employees talent_share computing_power application_scenarios index_score; do
	check "maps: metric $m in en, pt and zh" "metric:$m en|metric:$m pt|metric:$m zh" \
		"$(grep "^metric:$m " "$TMP/ml" | tr '\n' '|' | sed 's/|$//')"
done
check "maps: no metric outside METRICS.md" "12" "$(cut -d' ' -f1 "$TMP/ml" | sort -u | wc -l | tr -d ' ')"
check "maps: the pt names of Beijing, Shanghai and Guangzhou" "city:Beijing|city:Guangzhou|city:Shanghai" \
	"$(awk -F'\t' '$1 == "Pequim" || $1 == "Xangai" || $1 == "Cantão" { print $3 }' "$TMP/out" | sort | tr '\n' '|' | sed 's/|$//')"

# The integrity check itself finds a surface with two ids of one class.
mkdir -p "$TMP/m2"
printf 'surface,lang,id\nSpringfield,en,city:Springfield\n' >"$TMP/m2/a.csv"
printf 'surface,lang,id\nSpringfield,en,org:Springfield Inc\nSPRINGFIELD,en,city:Springfield (Oregon)\n' >"$TMP/m2/b.csv"
check_rc "--check-maps with a conflict: exit 1" 1 "$T" -M "$TMP/m2" --check-maps
check "--check-maps with a conflict: both places named" \
	"cf-translate-map: $TMP/m2/b.csv:3: \"SPRINGFIELD\" -> \"city:Springfield (Oregon)\" replaces \"city:Springfield\" of $TMP/m2/a.csv:2" \
	"$(head -1 "$TMP/err")"
