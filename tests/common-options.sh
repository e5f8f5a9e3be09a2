#!/bin/sh
# The options every tool shares (lib/cli.c, lib/ndjson.c): --max-record
# takes "i" only after a unit letter (64Ki, 1MiB), never after a digit;
# --rejects keeps every bad line, also under --strict, and a write error
# on the rejects file (a full disk: /dev/full) is reported and exits 2.
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
