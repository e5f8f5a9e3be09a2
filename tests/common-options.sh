#!/bin/sh
# The options every tool shares (lib/cli.c, lib/ndjson.c): --max-record
# takes "i" only after a unit letter (64Ki, 1MiB), never after a digit;
# --rejects keeps every bad line, also under --strict, and a write error
# on the rejects file (a full disk: /dev/full) is reported and exits 2;
# a message about a record names its doc and seg; UTF-16 without a byte
# order mark is refused; gzip members and data after them (NDJSON).
. tests/lib.sh

N=$TMP/nd
mkdir -p "$N"
printf '%s\n' '{"type":"note","n":1}' 'bad line one' '{"type":"note","n":2}' '{"x":' '[1,2]' >"$N/mixed.ndjson"

for t in normalize translate-map facts aggregate render extract; do
	if [ ! -x "$CF_BIN/cf-$t" ]; then
		skip "$t common options" "cf-$t is not built"
		continue
	fi
	for s in 21i 11i 5i 1iK 64iB; do
		check_rc "$t --max-record $s: usage error" 2 "$CF_BIN/cf-$t" --max-record "$s" /dev/null
		check_grep "$t --max-record $s: says it is not a size" "^cf-$t: --max-record: \"$s\" is not a size" "$TMP/err"
	done
done

for t in normalize facts aggregate; do
	[ -x "$CF_BIN/cf-$t" ] || continue
	for s in 21Ki 1Mi 1MiB 2GiB 64K 4096; do
		check_rc "$t --max-record $s: taken" 0 "$CF_BIN/cf-$t" --max-record "$s" /dev/null
	done
	# 21 bytes: the 21-byte record passes, the 22-byte one is too long.
	printf '%s\n' '{"type":"note","n":1}' '{"type":"note","n":22}' >"$N/sizes.ndjson"
	check_rc "$t --max-record 21: the 22-byte line is refused" 1 "$CF_BIN/cf-$t" --max-record 21 "$N/sizes.ndjson"
	check "$t --max-record 21: the 21-byte line passes" '{"type":"note","n":1}' "$(cat "$TMP/out")"
	check_rc "$t --max-record 1Ki: both lines pass" 0 "$CF_BIN/cf-$t" --max-record 1Ki "$N/sizes.ndjson"
	check "$t --max-record 1Ki: two records" 2 "$(wc -l <"$TMP/out" | tr -d ' ')"

	check_rc "$t --rejects: exit 1" 1 "$CF_BIN/cf-$t" --rejects "$N/rej" "$N/mixed.ndjson"
	check "$t --rejects: the three bad lines, as they were" "$(printf '%s\n' 'bad line one' '{"x":' '[1,2]')" "$(cat "$N/rej")"
	check "$t --rejects: three messages" 3 "$(grep -c "^cf-$t: $N/mixed.ndjson:[245]: " "$TMP/err")"
	check_rc "$t --rejects --strict: exit 1 at the first bad line" 1 "$CF_BIN/cf-$t" --strict --rejects "$N/rej" "$N/mixed.ndjson"
	check "$t --rejects --strict: the line it stopped at is kept" "bad line one" "$(cat "$N/rej")"
	if [ -w /dev/full ]; then
		check_rc "$t --rejects /dev/full: exit 2" 2 "$CF_BIN/cf-$t" --rejects /dev/full "$N/mixed.ndjson"
		check "$t --rejects /dev/full: one message, the write error" \
			"cf-$t: write error on rejects file \"/dev/full\": No space left on device" "$(cat "$TMP/err")"
		check_rc "$t --rejects /dev/full, no bad line: exit 0" 0 "$CF_BIN/cf-$t" --rejects /dev/full "$N/sizes.ndjson"
	else
		skip "$t --rejects /dev/full" "no /dev/full"
	fi
done

# Messages about a record name its doc and seg where it has them, as JSON
# text (a newline in a name stays escaped: one message, one line).
printf '%s\n' '{"type":"seg","doc":"d1.txt","seg":7,"lang":"en","start":0,"end":3,"text":"A\u0000B"}' \
	'{"type":"seg","doc":"line\nbreak.txt","seg":12,"text":"broken' '{"type":"note","n":1' \
	'{"type":"seg","text":"no doc","seg":2,"x":}' >"$N/named.ndjson"
for t in normalize translate-map facts aggregate; do
	[ -x "$CF_BIN/cf-$t" ] || continue
	check_rc "$t bad records: exit 1" 1 "$CF_BIN/cf-$t" "$N/named.ndjson"
	check "$t bad records: doc and seg named, one line each" \
		"$N/named.ndjson:1: doc \"d1.txt\" seg 7: bad JSON
$N/named.ndjson:2: doc \"line\\nbreak.txt\" seg 12: bad JSON
$N/named.ndjson:3: bad JSON
$N/named.ndjson:4: seg 2: bad JSON" \
		"$(grep -v 'bad inputs reported$' "$TMP/err" | sed "s/^cf-$t: //; s/ at column.*//")"
done
printf '%s\n' '{"type":"seg","doc":"w.txt","seg":3,"lang":"en"}' >"$N/notext.ndjson"
for t in normalize translate-map facts; do
	[ -x "$CF_BIN/cf-$t" ] || continue
	check_rc "$t seg without text: exit 1" 1 "$CF_BIN/cf-$t" "$N/notext.ndjson"
	check_grep "$t seg without text: doc and seg named" "^cf-$t: $N/notext.ndjson:1: doc \"w.txt\" seg 3: seg (without|has no)" "$TMP/err"
done
printf '%s\n' '{"type":"fact","doc":"f.txt","seg":9,"city":"X","metric":"m","value":"many"}' >"$N/badfact.ndjson"
check_rc "aggregate bad fact: exit 1" 1 "$CF_BIN/cf-aggregate" "$N/badfact.ndjson"
check "aggregate bad fact: doc and seg named" "cf-aggregate: $N/badfact.ndjson:1: doc \"f.txt\" seg 9: fact without a numeric \"value\"" \
	"$(sed -n 1p "$TMP/err")"

# NDJSON in UTF-16 without a byte order mark is refused as a whole, once,
# and the next input is read.
printf '%s\n' '{"type":"note","n":1}' '{"type":"note","n":2}' | iconv -f UTF-8 -t UTF-16LE >"$N/utf16le.ndjson"
printf '%s\n' '{"type":"note","n":3}' >"$N/one.ndjson"
for t in normalize translate-map facts aggregate render; do
	[ -x "$CF_BIN/cf-$t" ] || continue
	check_rc "$t UTF-16LE without BOM: exit 1" 1 "$CF_BIN/cf-$t" "$N/utf16le.ndjson" "$N/one.ndjson"
	check "$t UTF-16LE without BOM: one message, with the iconv command" \
		"cf-$t: $N/utf16le.ndjson: UTF-16LE without a byte order mark is not supported; convert it first: iconv -f UTF-16LE -t UTF-8" \
		"$(grep -v 'bad inputs\{0,1\} reported$' "$TMP/err")"
	case $t in normalize | translate-map | facts)
		check "$t UTF-16LE without BOM: the next file's record out, unchanged" '{"type":"note","n":3}' "$(cat "$TMP/out")" ;;
	esac
done

# gzip'd NDJSON: members one after another are read as gzip reads them;
# lines appended after the last member are reported, not lost in silence.
{ printf '%s\n' '{"type":"note","n":1}' | gzip -c; printf '%s\n' '{"type":"note","n":2}' | gzip -c; } >"$N/members.ndjson.gz"
{ printf '%s\n' '{"type":"note","n":1}' | gzip -c; printf '%s\n' '{"type":"note","n":2}' '{"type":"note","n":3}'; } >"$N/appended.ndjson.gz"
printf '%s\n' '{"type":"note","n":1}' '{"type":"note","n":2}' | gzip -c | head -c 30 >"$N/cut.ndjson.gz"
for t in normalize translate-map facts aggregate render; do
	[ -x "$CF_BIN/cf-$t" ] || continue
	check_rc "$t two gzip members: exit 0" 0 "$CF_BIN/cf-$t" "$N/members.ndjson.gz"
	check_rc "$t lines after the gzip data: exit 1" 1 "$CF_BIN/cf-$t" "$N/appended.ndjson.gz" "$N/one.ndjson"
	check "$t lines after the gzip data: reported with their size" \
		"cf-$t: $N/appended.ndjson.gz:2: 44 bytes after the end of the gzip data, ignored" \
		"$(grep -v 'bad inputs\{0,1\} reported$' "$TMP/err")"
	check_rc "$t truncated gzip: exit 1" 1 "$CF_BIN/cf-$t" "$N/cut.ndjson.gz" "$N/one.ndjson"
	check_grep "$t truncated gzip: reported" "^cf-$t: $N/cut.ndjson.gz:[0-9]+: read error: truncated gzip data$" "$TMP/err"
	case $t in normalize | translate-map | facts)
		check_rc "$t two gzip members: both records out" 0 "$CF_BIN/cf-$t" "$N/members.ndjson.gz"
		check "$t two gzip members: both records out, in order" '{"type":"note","n":1}
{"type":"note","n":2}' "$(cat "$TMP/out")"
		check_rc "$t lines after the gzip data: the member's record, then the next file's" 1 \
			"$CF_BIN/cf-$t" "$N/appended.ndjson.gz" "$N/one.ndjson"
		check "$t lines after the gzip data: the member's record, then the next file's, in order" \
			'{"type":"note","n":1}
{"type":"note","n":3}' "$(cat "$TMP/out")" ;;
	esac
done
