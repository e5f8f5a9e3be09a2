#!/bin/sh
# cf-extract on input that used to lose text without a word: NUL bytes,
# UTF-16 without a byte order mark, CR-only line ends, an article without
# any line break, HTML nested deeper than libxml2's default limit, binary
# files, FIFOs and devices in a directory, gzip members one after another
# and trailing garbage, symlink loops and links to a file read already,
# and file names that are not UTF-8; and the offsets of a web page's segs
# and facts (their own bytes, or marked).  Each case gives exact counts of doc
# and seg records and of messages.  The articles are written for this
# test, in English, Portuguese and Chinese.
# locale-sensitive
. tests/lib.sh

X=$CF_BIN/cf-extract
if [ ! -x "$X" ]; then
	skip "extract faults" "cf-extract is not built"
	exit 0
fi
A=$TMP/art
mkdir -p "$A"
printf 'Robots arrive in Hefei\n\nHefei had 310 robotics firms in 2023, the city said on Monday.\n\nIt plans to reach 500 firms by 2026, officials added.\n' >"$A/en.txt"
printf 'Recife atrai empresas de IA\n\nRecife tinha 45 empresas de inteligência artificial em 2023, disse a prefeitura.\n\nA cidade quer chegar a 80 empresas até 2026, segundo o secretário.\n' >"$A/pt.txt"
printf '合肥机器人产业快速发展\n\n2023年合肥共有310家机器人企业。\n\n到2026年，合肥计划达到500家企业。\n' >"$A/zh.txt"

# run FILE...: cf-extract into $TMP/out and $TMP/err; sets rc.
run() { "$X" "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?; }
# count TYPE: records of TYPE in $TMP/out.
count() { grep -c "^{\"type\":\"$1\"" "$TMP/out"; }
# texts: the segs' texts, one a line.
texts() { jqr 'select(.type=="seg") | .text' "$TMP/out"; }
# nmsg: lines on stderr, the closing count left out.
nmsg() { grep -vc 'bad inputs\{0,1\} reported$' "$TMP/err"; }
# exact: segs whose text is not the article's bytes start..end (file $1).
exact() {
	python3 -c '
import sys, json
data = open(sys.argv[1], "rb").read()
bad = 0
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    if r["type"] == "seg" and data[r["start"]:r["end"]] != r["text"].encode():
        bad += 1
print(bad)' "$1" "$TMP/out"
}

# --- line ends --------------------------------------------------------------
for l in en pt zh; do
	run "$A/$l.txt"
	check "$l: LF: 1 doc, 3 segs, exit 0, no message" "0 1 3 0" "$rc $(count doc) $(count seg) $(nmsg)"
	texts >"$TMP/lf.texts"
	tr '\n' '\r' <"$A/$l.txt" >"$A/$l-cr.txt"
	run "$A/$l-cr.txt"
	check "$l: CR-only line ends: 1 doc, 3 segs, exit 0, no message" "0 1 3 0" "$rc $(count doc) $(count seg) $(nmsg)"
	check "$l: CR-only line ends: the segs of the LF copy" "$(cat "$TMP/lf.texts")" "$(texts)"
	check "$l: CR-only line ends: the title" "$(sed -n 1p "$A/$l.txt")" "$(jqr 'select(.type=="doc") | .title' "$TMP/out")"
	check "$l: CR-only line ends: offsets give the text" 0 "$(exact "$A/$l-cr.txt")"
	tr '\n' ' ' <"$A/$l.txt" >"$A/$l-one.txt"
	run "$A/$l-one.txt"
	check "$l: no line break: 1 doc, 2 segs, exit 0, no message" "0 1 2 0" "$rc $(count doc) $(count seg) $(nmsg)"
	check "$l: no line break: every sentence in a seg" "$(sed -n 1p "$A/$l.txt")  $(sed -n 3p "$A/$l.txt")
$(sed -n 5p "$A/$l.txt")" "$(texts)"
	check "$l: no line break: offsets give the text" 0 "$(exact "$A/$l-one.txt")"
	check "$l: no line break: no title guessed" "none" "$(jqr 'select(.type=="doc") | .title // "none"' "$TMP/out")"
	texts >"$TMP/one.texts"
	{ tr '\n' ' ' <"$A/$l.txt"; printf '\n'; } >"$A/$l-one-nl.txt"
	run "$A/$l-one-nl.txt"
	check "$l: one line and a newline at its end: exit 0, 2 segs" "0 2" "$rc $(count seg)"
	check "$l: one line and a newline at its end: the segs of the line alone" "$(cat "$TMP/one.texts")" "$(texts)"
done
# CRLF and a lone CR in one file: the lone CR ends its line too.
printf 'Robots arrive in Hefei\r\n\r\nHefei had 310 robotics firms in 2023, the city said on Monday.\r\rIt plans to reach 500 firms by 2026, officials added.\r\n' >"$A/mixed.txt"
run "$A/mixed.txt"
check "CRLF and a lone CR: 3 segs" "0 3" "$rc $(count seg)"
check "CRLF and a lone CR: offsets give the text" 0 "$(exact "$A/mixed.txt")"
# A wrapped sentence keeps its CR in its text (the bytes of the file).
printf 'Robots arrive in Hefei\r\rHefei had 310 robotics firms in 2023, the city said on Monday, and it\rplans to reach 500 firms by 2026, officials added.\r' >"$A/wrapped-cr.txt"
run "$A/wrapped-cr.txt"
check "CR-only, a wrapped sentence: 2 segs" "0 2" "$rc $(count seg)"
check "CR-only, a wrapped sentence: joined, its CR kept" \
	'"Hefei had 310 robotics firms in 2023, the city said on Monday, and it\rplans to reach 500 firms by 2026, officials added."' \
	"$(jq -c 'select(.type=="seg" and .seg==1) | .text' "$TMP/out")"

# --- NUL bytes ----------------------------------------------------------------
printf 'Robots arrive in Hefei\n\nHefei had 310 robotics\000 firms in 2023, the city said on Monday.\n\nIt plans to reach 500 firms by 2026,\000\000 officials added.\n' >"$A/nul.txt"
run "$A/nul.txt"
check "NUL: exit 1, 1 doc, 3 segs" "1 1 3" "$rc $(count doc) $(count seg)"
check "NUL: one message, with file and line" "cf-extract: $A/nul.txt:3: 3 NUL bytes replaced with spaces" "$(sed -n 1p "$TMP/err")"
check "NUL: 1 message" 1 "$(nmsg)"
check "NUL: the sentence survives, a space for the NUL" "Hefei had 310 robotics  firms in 2023, the city said on Monday." \
	"$(jqr 'select(.type=="seg" and .seg==1) | .text' "$TMP/out")"
check_nogrep "NUL: no \\u0000 in the output" '\\u0000' "$TMP/out"
check "NUL: later stages take every seg" "0 3" \
	"$("$CF_BIN/cf-normalize" "$TMP/out" 2>&1 >/dev/null | wc -l | tr -d ' ') $("$CF_BIN/cf-normalize" "$TMP/out" 2>/dev/null | grep -c '"type":"seg"')"
printf 'Robots arrive in Hefei\000\n\nHefei had 310 robotics firms.\n' >"$A/nul1.txt"
run "$A/nul1.txt"
check "NUL on line 1: singular message" "cf-extract: $A/nul1.txt:1: 1 NUL byte replaced with space" "$(sed -n 1p "$TMP/err")"

# --- UTF-16 without a byte order mark -----------------------------------------
iconv -f UTF-8 -t UTF-16LE "$A/en.txt" >"$A/le.txt"
iconv -f UTF-8 -t UTF-16BE "$A/pt.txt" >"$A/be.txt"
run "$A/le.txt" "$A/en.txt" "$A/be.txt" "$A/zh.txt"
check "UTF-16 without BOM: exit 1, the two UTF-8 articles out (2 docs, 6 segs)" "1 2 6" "$rc $(count doc) $(count seg)"
check "UTF-16 without BOM: the UTF-8 ones are the docs" "$A/en.txt $A/zh.txt" "$(jqr 'select(.type=="doc") | .doc' "$TMP/out" | paste -sd' ' -)"
check "UTF-16 without BOM: 2 messages" 2 "$(nmsg)"
check "UTF-16LE without BOM: refused, with the iconv command" \
	"cf-extract: $A/le.txt: UTF-16LE without a byte order mark is not supported; convert it first: iconv -f UTF-16LE -t UTF-8" \
	"$(sed -n 1p "$TMP/err")"
check_grep "UTF-16BE without BOM: refused, with the iconv command" "^cf-extract: $A/be.txt: UTF-16BE without a byte order mark .* iconv -f UTF-16BE -t UTF-8$" "$TMP/err"
# Binary data with zero bytes beside control bytes is not taken for UTF-16.
printf 'AB\001\000\002\000\003\000\004\000\005\000\006\000\007\000' >"$A/ctl.bin"
run "$A/ctl.bin"
check_nogrep "control bytes and zeros: not taken for UTF-16" 'UTF-16' "$TMP/err"

# --- HTML nested deep -----------------------------------------------------------
python3 -c '
import sys
n = int(sys.argv[1])
print("<html><head><title>Hefei robots</title></head><body>")
for i in range(n):
    print("<div>Hefei had %d robotics firms in %d, the city said." % (100 + i, 2000 + i % 20))
print("</body></html>")' 400 >"$A/deep400.html"
run "$A/deep400.html"
check "HTML, 400 unclosed <div>: 400 segs, exit 0, no message" "0 1 400 0" "$rc $(count doc) $(count seg) $(nmsg)"
check "HTML, 400 unclosed <div>: the last one is there" "Hefei had 499 robotics firms in 2019, the city said." \
	"$(jqr 'select(.type=="seg") | .text' "$TMP/out" | tail -1)"
python3 -c '
print("<html><head><title>Hefei robots</title></head><body>")
for i in range(4100):
    print("<div>Hefei had %d robotics firms in 2020, the city said." % (1000 + i))
print("</body></html>")' >"$A/deep4100.html"
run "$A/deep4100.html"
check "HTML, 4100 unclosed <div>: exit 1, the segs of the first 3999" "1 1 3999" "$rc $(count doc) $(count seg)"
# the 101 <div> below 4000 levels, each 54 bytes of text with its newline
check "HTML, 4100 unclosed <div>: says what it left out" \
	"cf-extract: $A/deep4100.html: elements nested too deep to be read: $((101 * 54)) bytes of their text left out" \
	"$(sed -n 1p "$TMP/err")"
check "HTML, 4100 unclosed <div>: 1 message" 1 "$(nmsg)"

# --- binary files, FIFOs and devices in a directory ---------------------------------
D=$TMP/dir
mkdir -p "$D/sub"
cp "$A/en.txt" "$D/a.txt"
cp "$A/zh.txt" "$D/sub/b.txt"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' >"$D/chart.png"
printf '%%PDF-1.7\n%%\342\343\317\323\nHefei had 310 robotics firms.\n' >"$D/report.pdf"
printf 'PK\003\004\024\000\006\000\010\000xl/workbook.xml Hefei had 310 firms.\n' >"$D/table.xlsx"
printf '\377\330\377\340\000\020JFIF\000' >"$D/photo.jpg"
printf 'GIF89a\001\000\001\000' >"$D/pix.gif"
gzip -c "$D/chart.png" >"$D/chart.png.gz"
run "$D"
check "binary files: exit 1, 2 docs, 6 segs" "1 2 6" "$rc $(count doc) $(count seg)"
check "binary files: one message per file, by their magic" \
	"cf-extract: $D/chart.png: a PNG image, not an article; skipped
cf-extract: $D/chart.png.gz: a PNG image, not an article; skipped
cf-extract: $D/photo.jpg: a JPEG image, not an article; skipped
cf-extract: $D/pix.gif: a GIF image, not an article; skipped
cf-extract: $D/report.pdf: a PDF document, not an article; skipped
cf-extract: $D/table.xlsx: a ZIP archive (XLSX, DOCX, ODT ...), not an article; skipped
cf-extract: 6 bad inputs reported" "$(cat "$TMP/err")"
# Text that only starts like one of them is read: "BZh" and no digit.
printf 'BZh is not a word, yet Hefei had 310 robotics firms in 2023.\n' >"$A/bzh.txt"
run "$A/bzh.txt"
check "text starting BZh: read, 1 seg" "0 1" "$rc $(count seg)"

rm -f "$D"/*.png "$D"/*.gz "$D"/*.jpg "$D"/*.gif "$D"/*.pdf "$D"/*.xlsx
if mkfifo "$D/pipe" 2>/dev/null; then
	ln -s /dev/null "$D/null-link"
	timeout 20 "$X" "$D" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check "FIFO and device in a directory: exit 1 (no hang), 2 docs, 6 segs" "1 2 6" "$rc $(count doc) $(count seg)"
	check "FIFO and device in a directory: one message each" \
		"cf-extract: $D/null-link: a character device, not an article; skipped
cf-extract: $D/pipe: a FIFO, not an article; skipped
cf-extract: 2 bad inputs reported" "$(cat "$TMP/err")"
	timeout 20 "$X" "$D/pipe" "$A/en.txt" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check "FIFO named, no writer: exit 1 (no hang), the next article out" "1 1 3" "$rc $(count doc) $(count seg)"
	check "FIFO named, no writer: said to be empty" "cf-extract: $D/pipe: empty article, no record written" "$(sed -n 1p "$TMP/err")"
	# A pipe with a writer, opened by name (a named FIFO could be opened
	# before its writer, and then reads as empty).
	cat "$A/pt.txt" | timeout 20 "$X" /dev/stdin >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check "a pipe named, with a writer: read (1 doc, 3 segs)" "0 1 3" "$rc $(count doc) $(count seg)"
	rm -f "$D/pipe" "$D/null-link"
else
	skip "FIFO" "mkfifo failed"
fi

# --- gzip ------------------------------------------------------------------------
{ gzip -c "$A/en.txt"; printf '\n' | gzip -c; gzip -c "$A/pt.txt"; } >"$A/members.txt.gz"
run "$A/members.txt.gz"
check "gzip, three members: exit 0, 1 doc, 6 segs, no message" "0 1 6 0" "$rc $(count doc) $(count seg) $(nmsg)"
check "gzip, three members: the bytes of all three" "$(cat "$A/en.txt" "$A/pt.txt" | wc -c | tr -d ' ')" \
	"$(jqr 'select(.type=="doc") | .bytes - 1' "$TMP/out")"
{ gzip -c "$A/en.txt"; printf 'It also said 42 more were coming.\n'; } >"$A/garbage.txt.gz"
run "$A/garbage.txt.gz"
check "gzip and trailing data: exit 1, the member's 3 segs" "1 1 3" "$rc $(count doc) $(count seg)"
check "gzip and trailing data: reported with its size" \
	"cf-extract: $A/garbage.txt.gz:6: 34 bytes after the end of the gzip data, ignored" "$(sed -n 1p "$TMP/err")"
check "gzip and trailing data: 1 message" 1 "$(nmsg)"
{ gzip -c "$A/en.txt"; printf '\000\000\000\000'; } >"$A/zeros.txt.gz"
run "$A/zeros.txt.gz"
check "gzip and trailing zeros: reported" "1 3 cf-extract: $A/zeros.txt.gz:6: 4 bytes after the end of the gzip data, ignored" \
	"$rc $(count seg) $(sed -n 1p "$TMP/err")"
gzip -c "$A/zh.txt" | head -c 40 >"$A/cut.txt.gz"
run "$A/cut.txt.gz" "$A/en.txt"
check "truncated gzip: exit 1, the next article out, 1 message" "1 1 3 1" "$rc $(count doc) $(count seg) $(nmsg)"
check_grep "truncated gzip: says so" "^cf-extract: $A/cut.txt.gz:[0-9]+: read error: truncated gzip data$" "$TMP/err"
cat "$A/en.txt" | gzip -c | "$X" >"$TMP/out" 2>"$TMP/err"
check "gzip on stdin: 1 doc, 3 segs" "0 1 3" "$? $(count doc) $(count seg)"

# --- symlink loops and files met twice ----------------------------------------------
L=$TMP/loops
mkdir -p "$L/x/y" "$L/z"
cp "$A/en.txt" "$L/x/a.txt"
cp "$A/pt.txt" "$L/x/y/b.txt"
cp "$A/zh.txt" "$L/z/c.txt"
ln -s .. "$L/x/y/up"
ln -s ../../z "$L/x/y/zz"
ln -s "$L" "$L/z/root"
ln -s a.txt "$L/x/again.txt"
run "$L"
check "symlink loops: exit 1, each article once (3 docs, 9 segs)" "1 3 9" "$rc $(count doc) $(count seg)"
check "symlink loops: each article once, by name" "$L/x/a.txt
$L/x/y/b.txt
$L/x/y/zz/c.txt" "$(jqr 'select(.type=="doc") | .doc' "$TMP/out")"
check "symlink loops: one message per loop or file met again" \
	"cf-extract: $L/x/again.txt: the same file as \"$L/x/a.txt\", read already; skipped
cf-extract: $L/x/y/up: symlink loop: the same directory as \"$L/x\", skipped
cf-extract: $L/x/y/zz/root: symlink loop: the same directory as \"$L\", skipped
cf-extract: $L/z: the same directory as \"$L/x/y/zz\", read already; skipped
cf-extract: 4 bad inputs reported" "$(cat "$TMP/err")"
run "$L/x/a.txt" "$L/x/a.txt"
check "a file named twice: read once" "1 1 3 1" "$rc $(count doc) $(count seg) $(nmsg)"

# --- file names that are not UTF-8 -------------------------------------------------
N=$TMP/names
mkdir -p "$N"
n1=$(printf '%s/caf\351.txt' "$N") n2=$(printf '%s/caf\350.txt' "$N")
if cp "$A/en.txt" "$n1" 2>/dev/null && cp "$A/pt.txt" "$n2" 2>/dev/null; then
	run "$N"
	check "non-UTF-8 names: exit 1, 2 docs, 6 segs" "1 2 6" "$rc $(count doc) $(count seg)"
	check "non-UTF-8 names: every record has its doc, two documents" "$N/caf%E8.txt 3
$N/caf%E9.txt 3" "$(jqr 'select(.type=="seg") | .doc' "$TMP/out" | sort | uniq -c | awk '{ print $2, $1 }')"
	check "non-UTF-8 names: one message each, naming the name written" \
		"cf-extract: $N/caf%E8.txt: file name is not valid UTF-8; its bad bytes are written as %XX in the doc record
cf-extract: $N/caf%E9.txt: file name is not valid UTF-8; its bad bytes are written as %XX in the doc record
cf-extract: 2 bad inputs reported" "$(cat "$TMP/err")"
	n3=$(printf '%s/nul\377.txt' "$A")
	cp "$A/nul1.txt" "$n3"
	run "$n3"
	check "non-UTF-8 name: later messages use the name written" "cf-extract: $A/nul%FF.txt: file name is not valid UTF-8; its bad bytes are written as %XX in the doc record
cf-extract: $A/nul%FF.txt:1: 1 NUL byte replaced with space
cf-extract: 2 bad inputs reported" "$(cat "$TMP/err")"
else
	skip "non-UTF-8 names" "the file system refuses them"
fi

# --- a web page's figures: their own bytes, or the seg's span, said so --------
cat >"$A/page.html" <<'EOF2'
<html><head><title>Hefei robots</title><meta name="date" content="2024-03-01"></head><body><article>
<h1>Hefei robots</h1>
<p>Hefei had 310 artificial intelligence companies in 2023, the city said on Monday in a statement.</p>
<p>Hefei&#39;s artificial intelligence industry scale reached 150 billion yuan in 2023, officials said on Monday.</p>
<p>合肥市2023年共有<b>320家</b>人工智能企业，市政府周一表示。</p>
<p>合肥市2023年共有350家人工智能企业，市政府周一表示。</p>
<p>Em 2023, Hefei tinha 330 empresas de inteligência artificial, disse a prefeitura.</p>
<p>Em 2023, a <i>prefeitura</i> de Hefei disse que tinha 340 empresas de inteligência artificial.</p>
</article></body></html>
EOF2
run "$A/page.html"
check "HTML offsets: 7 segs, 3 of them marked \"offsets\":\"html\"" "0 7 3" \
	"$rc $(count seg) $(jqr 'select(.type=="seg" and .offsets=="html") | .seg' "$TMP/out" | wc -l | tr -d ' ')"
check "HTML offsets: the segs whose text is not the page's bytes are the marked ones" \
	"Hefei's artificial intelligence industry scale reached 150 billion yuan in 2023, officials said on Monday.
合肥市2023年共有320家人工智能企业，市政府周一表示。
Em 2023, a prefeitura de Hefei disse que tinha 340 empresas de inteligência artificial." \
	"$(jqr 'select(.type=="seg" and .offsets=="html") | .text' "$TMP/out")"
jq -c 'select(.offsets==null)' "$TMP/out" >"$TMP/unmarked"
mv "$TMP/unmarked" "$TMP/out"
check "HTML offsets: every unmarked seg is its bytes in the page" "4 0" "$(count seg) $(exact "$A/page.html")"
"$X" "$A/page.html" | "$CF_BIN/cf-normalize" | "$CF_BIN/cf-translate-map" | "$CF_BIN/cf-facts" >"$TMP/facts" 2>"$TMP/err"
check "HTML offsets: 6 facts, no message" "6 0" "$(grep -c '"type":"fact"' "$TMP/facts") $(nmsg)"
# Each fact: value, whether marked, and the page's bytes at start..end.
python3 -c '
import sys, json
page = open(sys.argv[1], "rb").read()
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    if r["type"] == "fact":
        print(r["value"], r.get("offsets", "exact"), page[r["start"]:r["end"]].decode())' "$A/page.html" "$TMP/facts" >"$TMP/spans"
check "HTML offsets: exact facts span their figure; marked ones the markup of their seg" \
	"310 exact 310
150000000000 html <p>Hefei&#39;s artificial intelligence industry scale reached 150 billion yuan in 2023, officials said on Monday.</p>
320 html <p>合肥市2023年共有<b>320家</b>人工智能企业，市政府周一表示。</p>
350 exact 350家
330 exact 330
340 html <p>Em 2023, a <i>prefeitura</i> de Hefei disse que tinha 340 empresas de inteligência artificial.</p>" "$(cat "$TMP/spans")"
