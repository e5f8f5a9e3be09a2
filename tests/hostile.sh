#!/bin/sh
# Hostile input: every tool reports bad input as "cf-TOOL: FILE:LINE: what",
# goes on, exits 1 at the end, and every good record still comes out.
# cf-extract gets raw articles (random bytes with NULs, invalid UTF-8 and
# overlong forms, UTF-16, broken gzip, empty files and directories, missing
# and unreadable inputs, a 50 MB line); the NDJSON tools get broken lines
# between good records (NULs, bad UTF-8, malformed JSON, nesting 10,000
# deep, UTF-16, broken gzip, missing inputs, a 50 MB line, unknown record
# types), and cf-normalize numbers too large for a double.
. tests/lib.sh

# Deterministic random bytes with NULs: bytes N SEED.
bytes() {
	python3 -c 'import random,sys; r=random.Random(int(sys.argv[2])); b=bytearray(r.randrange(256) for _ in range(int(sys.argv[1]))); b[10]=0; b[100]=0; sys.stdout.buffer.write(bytes(b))' "$1" "$2"
}

# msg NAME TOOL FILE [LINE]: stderr ($TMP/err) names TOOL, FILE (and LINE).
msg() {
	if [ -n "$4" ]; then
		check_grep "$1" "^cf-$2: $3:$4: [^ ]" "$TMP/err"
	else
		check_grep "$1" "^cf-$2: $3(:[0-9]+)?: [^ ]" "$TMP/err"
	fi
}

# --- cf-extract: raw articles -----------------------------------------------

E=$CF_BIN/cf-extract
if [ -x "$E" ]; then
	A=$TMP/art
	mkdir -p "$A"
	cat >"$A/good1.md" <<'ART'
---
title: A test city and its robots
date: 2021-03-04
---
Hangzhou now has more than 200 artificial intelligence companies, the city said on Tuesday.

The city plans an industry worth 100 billion yuan by 2025.
ART
	cat >"$A/good2.txt" <<'ART'
Curitiba anuncia polo de inteligência artificial

A prefeitura informou que a cidade tem 35 empresas de inteligência artificial em 2022.
ART
	g1=$A/good1.md g2=$A/good2.txt
	want_docs=$(printf '%s\n%s' "$g1" "$g2")

	# extract_case NAME BADFILE [LINE]: good1, BADFILE, good2 in one run:
	# exit 1, a message naming BADFILE, both good articles out.
	extract_case() {
		check_rc "extract $1: exit 1" 1 "$E" "$g1" "$2" "$g2"
		msg "extract $1: message names the file" extract "$2" "$3"
		check "extract $1: good articles out" "$want_docs" \
			"$(jqr 'select(.type=="doc") | .doc' "$TMP/out" | grep -v -F "$2")"
		n1=$(jqr --arg d "$g1" 'select(.type=="seg" and .doc==$d) | .seg' "$TMP/out" | wc -l)
		n2=$(jqr --arg d "$g2" 'select(.type=="seg" and .doc==$d) | .seg' "$TMP/out" | wc -l)
		check "extract $1: segs of both good articles out" "yes" \
			"$([ "$n1" -ge 2 ] && [ "$n2" -ge 2 ] && echo yes || echo "no: $n1 and $n2 segs")"
	}

	"$E" "$g1" "$g2" >"$TMP/clean.out" 2>"$TMP/clean.err"
	check "extract: the good articles alone give exit 0, no message" "0:" "$?:$(cat "$TMP/clean.err")"

	bytes 4096 7 >"$A/random.bin"
	extract_case "random bytes with NULs" "$A/random.bin"

	printf 'Bad bytes \377\376 here and an overlong slash \300\257 and NUL-ish \300\200.\n\nBut 42 companies are in Recife.\n' >"$A/badutf8.txt"
	extract_case "invalid UTF-8 and overlong forms" "$A/badutf8.txt" 1
	check "extract invalid UTF-8: its good text still comes out" "1" \
		"$(jqr --arg d "$A/badutf8.txt" 'select(.type=="seg" and .doc==$d) | .text' "$TMP/out" | grep -c '42 companies are in Recife')"
	if python3 -c 'import sys; sys.stdin.buffer.read().decode("utf-8")' <"$TMP/out"; then
		ok "extract invalid UTF-8: output is valid UTF-8"
	else fail "extract invalid UTF-8: output is valid UTF-8"; fi

	printf '\377\376' >"$A/utf16.txt"
	printf 'Hangzhou has 200 firms.\n' | iconv -f UTF-8 -t UTF-16LE >>"$A/utf16.txt"
	extract_case "UTF-16 with a BOM" "$A/utf16.txt"
	check_grep "extract UTF-16: the message points to iconv" "^cf-extract: $A/utf16.txt(:[0-9]+)?: .*iconv" "$TMP/err"

	gzip -c samples/000_aea3d6d152eb6b7f.txt >"$A/whole.txt.gz"
	head -c 2000 "$A/whole.txt.gz" >"$A/truncated.txt.gz"
	extract_case "truncated gzip" "$A/truncated.txt.gz"
	cp "$A/whole.txt.gz" "$A/corrupt.txt.gz"
	printf 'XXXXXXXXXXXXXXXX' | dd of="$A/corrupt.txt.gz" bs=1 seek=1000 conv=notrunc 2>/dev/null
	extract_case "corrupt gzip" "$A/corrupt.txt.gz"

	: >"$A/empty.txt"
	extract_case "empty file" "$A/empty.txt"
	mkdir -p "$A/emptydir"
	extract_case "empty directory" "$A/emptydir"
	extract_case "missing file" "$A/no-such-file.txt"
	ln -s "$A/nowhere" "$A/dangling.txt"
	extract_case "dangling symlink" "$A/dangling.txt"
	if [ "$(id -u)" != 0 ]; then
		cp "$g2" "$A/unreadable.txt" && chmod 000 "$A/unreadable.txt"
		extract_case "unreadable file" "$A/unreadable.txt"
		chmod 644 "$A/unreadable.txt"
	else
		# chmod 000 does not stop root: an unreadable path instead.
		extract_case "unreadable path (a file used as a directory)" "$g1/x.txt"
	fi

	# A 50 MB single line: read (it is under the 64M limit), not a crash.
	python3 -c 'import sys; sys.stdout.write(("Word " * 400 + "end. ") * 26000)' >"$A/long.txt"
	"$E" "$g1" "$A/long.txt" "$g2" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	check "extract 50 MB line: exit 0 or 1, no crash" "yes" "$([ $rc -le 1 ] && echo yes || echo "exit $rc")"
	check "extract 50 MB line: good articles out" "$want_docs" \
		"$(jqr 'select(.type=="doc") | .doc' "$TMP/out" | grep -v -F long.txt)"
	check "extract 50 MB line: its doc counts every byte" "52130000" \
		"$(jqr --arg d "$A/long.txt" 'select(.type=="doc" and .doc==$d) | .bytes' "$TMP/out")"
	rm -f "$A/long.txt"
else
	skip "extract hostile input" "cf-extract is not built"
fi

# --- NDJSON tools ------------------------------------------------------------

G1='{"type":"note","n":1,"text":"上海 São Paulo"}'
G2='{"type":"note","n":2,"nested":{"a":[1,2.5,null,true]}}'
G3='{"type":"note","n":3}'
N=$TMP/nd
mkdir -p "$N"

# nd_case TOOL NAME LINE FILE...: exit 1, a message naming the first FILE
# (and LINE when not empty), and the good records G1 G2 G3 out, in order.
nd_case() {
	t=$1 name=$2 line=$3; shift 3
	check_rc "$t $name: exit 1" 1 "$CF_BIN/cf-$t" "$@"
	msg "$t $name: message names the file" "$t" "$1" "$line"
	check "$t $name: good records out, in order" "$(printf '%s\n%s\n%s' "$G1" "$G2" "$G3")" "$(cat "$TMP/out")"
}

printf '%s\n%s\n%s\n' "$G1" "$G2" "$G3" >"$N/good.ndjson"
{ echo "$G1"; bytes 3000 11 | tr -d '\n'; echo; echo "$G2"; echo "$G3"; } >"$N/random.ndjson"
{ echo "$G1"; echo "$G2"; printf '{"type":"note","bad":"\377\300\257"}\n'; echo "$G3"; } >"$N/badutf8.ndjson"
{ echo "$G1"; echo '{"type":"note", oops'; echo '{"type":'; echo '[1,2]'; echo '"just a string"'; echo "$G2"; echo '}{'; echo "$G3"; } >"$N/malformed.ndjson"
{ echo "$G1"; python3 -c 'print("["*10000 + "]"*10000)'; python3 -c 'print("{\"a\":"*10000 + "1" + "}"*10000)'; echo "$G2"; echo "$G3"; } >"$N/deep.ndjson"
{ printf '\377\376'; printf '%s\n' "$G1" | iconv -f UTF-8 -t UTF-16LE; } >"$N/utf16.ndjson"
printf '%s\n%s\n' "$G1" "$G2" >"$N/g12.ndjson"
echo "$G3" >"$N/g3.ndjson"
seq 1 20000 | sed 's/.*/{"type":"note","i":&}/' | gzip -c | head -c 3000 >"$N/truncated.ndjson.gz"
ln -s "$N/nowhere" "$N/dangling.ndjson"
mkdir -p "$N/emptydir"
: >"$N/empty.ndjson"

for t in normalize translate-map facts aggregate; do
	if [ ! -x "$CF_BIN/cf-$t" ]; then
		skip "$t hostile input" "cf-$t is not built"
		continue
	fi
	check_rc "$t good records: exit 0" 0 "$CF_BIN/cf-$t" "$N/good.ndjson"
	check "$t: records of an unknown type pass unchanged" "$(cat "$N/good.ndjson")" "$(cat "$TMP/out")"
	check "$t good records: no message" "" "$(cat "$TMP/err")"

	nd_case "$t" "random bytes with NULs" 2 "$N/random.ndjson"
	check_rc "$t invalid UTF-8: exit 1" 1 "$CF_BIN/cf-$t" "$N/badutf8.ndjson"
	msg "$t invalid UTF-8: message names file and line" "$t" "$N/badutf8.ndjson" 3
	check "$t invalid UTF-8: every record out, the bad one repaired" \
		"$(printf '%s\n%s\n%s\n%s' "$G1" "$G2" '{"type":"note","bad":"���"}' "$G3")" "$(cat "$TMP/out")"
	nd_case "$t" "malformed JSON" 2 "$N/malformed.ndjson"
	check "$t malformed JSON: each bad line reported" "5" "$(grep -c "^cf-$t: $N/malformed.ndjson:[0-9]*: " "$TMP/err")"
	nd_case "$t" "nesting 10,000 deep" 2 "$N/deep.ndjson"
	nd_case "$t" "UTF-16 with a BOM" "" "$N/utf16.ndjson" "$N/good.ndjson"
	check_grep "$t UTF-16: the message points to iconv" "iconv" "$TMP/err"
	nd_case "$t" "missing file" "" "$N/missing.ndjson" "$N/g12.ndjson" "$N/g3.ndjson"
	nd_case "$t" "a directory" "" "$N/emptydir" "$N/g12.ndjson" "$N/g3.ndjson"
	nd_case "$t" "dangling symlink" "" "$N/dangling.ndjson" "$N/g12.ndjson" "$N/g3.ndjson"
	check_rc "$t truncated gzip: exit 1" 1 "$CF_BIN/cf-$t" "$N/truncated.ndjson.gz" "$N/good.ndjson"
	msg "$t truncated gzip: message names the file" "$t" "$N/truncated.ndjson.gz"
	check "$t truncated gzip: records before the break and the next file out" "yes" \
		"$(n=$(grep -c '"i":' "$TMP/out"); [ "$n" -gt 100 ] && tail -n 3 "$TMP/out" | cmp -s - "$N/good.ndjson" && echo yes || echo "no ($n)")"
	check_rc "$t empty file: exit 0" 0 "$CF_BIN/cf-$t" "$N/empty.ndjson" "$N/good.ndjson"
	check "$t empty file: the next file's records out" "$(cat "$N/good.ndjson")" "$(cat "$TMP/out")"
done

# A 50 MB record: read and passed on whole (the limit is 64M).
big=0
for t in normalize translate-map facts aggregate; do [ -x "$CF_BIN/cf-$t" ] && big=1; done
if [ $big = 1 ]; then
	{ echo "$G1"; python3 -c 'import sys; sys.stdout.write("{\"type\":\"note\",\"blob\":\"" + "x" * 52428800 + "\"}\n")'; echo "$G3"; } >"$N/big.ndjson"
	for t in normalize translate-map facts aggregate; do
		[ -x "$CF_BIN/cf-$t" ] || continue
		check_rc "$t 50 MB record: exit 0" 0 "$CF_BIN/cf-$t" "$N/big.ndjson"
		check "$t 50 MB record: passed on whole" "3 52428800" \
			"$(wc -l <"$TMP/out") $(sed -n 2p "$TMP/out" | jqr '.blob | length')"
	done
	rm -f "$N/big.ndjson"
fi

# --- cf-normalize: numbers past a double --------------------------------------

if [ -x "$CF_BIN/cf-normalize" ]; then
	s1='{"type":"seg","doc":"x.txt","seg":1,"lang":"en","start":0,"end":46,"text":"The fund reached 1e400 dollars and 5 companies."}'
	s2='{"type":"seg","doc":"x.txt","seg":2,"lang":"zh","start":46,"end":120,"text":"投资达到1234567890123456789012345678901234567890亿元，共有5家企业。"}'
	s3='{"type":"seg","doc":"x.txt","seg":3,"lang":"en","start":120,"end":160,"text":"A total of 9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 yuan."}'
	printf '%s\n%s\n%s\n' "$s1" "$s2" "$s3" >"$N/huge.ndjson"
	"$CF_BIN/cf-normalize" "$N/huge.ndjson" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	# The numbers are left out with a message naming file and line, every
	# seg still comes out, and the run exits 1 at the end.
	check "normalize huge numbers: exit 1" "1" "$rc"
	for l in 1 2 3; do
		msg "normalize huge numbers: line $l reported" normalize "$N/huge.ndjson" $l
	done
	check "normalize huge numbers: every seg out" "1 2 3" "$(jqr 'select(.type=="seg") | .seg' "$TMP/out" | tr '\n' ' ' | sed 's/ $//')"
	check_nogrep "normalize huge numbers: no inf or nan" '(inf|nan|Infinity|NaN)[^a-z]' "$TMP/out"
	check "normalize huge numbers: every value a number" "" \
		"$(jqr '.quantities[]? | select((.value|type) != "number")' "$TMP/out")"
	check "normalize huge numbers: the small numbers still found" "5 5" \
		"$(jqr '.quantities[]? | select(.value == 5) | .value' "$TMP/out" | tr '\n' ' ' | sed 's/ $//')"
fi
