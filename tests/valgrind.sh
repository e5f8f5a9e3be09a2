#!/bin/sh
# The whole pipeline over samples/ under valgrind: no memory error and no
# leak (definite or indirect) in any tool, with its output unchanged.
# Skips when valgrind is absent and under SANITIZE=1 (ASan and valgrind do
# not mix).
. tests/lib.sh

if ! command -v valgrind >/dev/null 2>&1; then
	skip "valgrind" "valgrind is not installed"
	exit 0
fi
if [ "$CF_SANITIZE" = 1 ]; then
	skip "valgrind" "the binaries are built with the sanitizers"
	exit 0
fi

VG="valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"

# vg NAME OUT CMD...: CMD under valgrind into OUT; checks it ran clean and
# gave the same output as without.
vg() {
	name=$1 out=$2; shift 2
	$VG "$@" >"$out" 2>"$TMP/vg.err"
	rc=$?
	if [ $rc -eq 3 ] || grep -q '^==[0-9]*==' "$TMP/vg.err"; then
		fail "$name under valgrind: no error, no leak" "$(grep -m 20 '^==' "$TMP/vg.err")"
	else
		check "$name under valgrind: exit 0" "0" "$rc"
	fi
	"$@" >"$out.plain" 2>/dev/null
	if cmp -s "$out" "$out.plain"; then ok "$name under valgrind: same output"; else fail "$name under valgrind: same output"; fi
}

n=0
for t in extract normalize translate-map facts aggregate render; do
	[ -x "$CF_BIN/cf-$t" ] && n=$((n + 1))
done
if [ $n -lt 6 ]; then
	skip "valgrind" "not every tool is built"
	exit 0
fi

B=$CF_BIN
vg extract "$TMP/x" "$B/cf-extract" --stats samples
vg normalize "$TMP/n" "$B/cf-normalize" "$TMP/x"
vg translate-map "$TMP/t" "$B/cf-translate-map" "$TMP/n"
vg facts "$TMP/f" "$B/cf-facts" "$TMP/t"
vg aggregate "$TMP/a" "$B/cf-aggregate" "$TMP/f"
vg "aggregate --merge" "$TMP/m" "$B/cf-aggregate" --merge "$TMP/a" "$TMP/a"
for fmt in csv md html; do
	vg "render -f $fmt" "$TMP/r.$fmt" "$B/cf-render" -f "$fmt" "$TMP/a"
done
check "valgrind: the pipeline made facts" "yes" "$([ "$(grep -c '"type":"fact"' "$TMP/f")" -ge 10 ] && echo yes || echo no)"

# Bad input goes through the error paths: those must not leak either.
printf '{"type":"seg","text":"x"}\n{broken\n\377\376\n{"type":"fact","value":"x"}\n' >"$TMP/bad.ndjson"
for t in normalize translate-map facts aggregate; do
	$VG "$B/cf-$t" "$TMP/bad.ndjson" "$TMP/missing.ndjson" >/dev/null 2>"$TMP/vg.err"
	rc=$?
	if [ $rc -eq 3 ] || grep -q '^==[0-9]*==' "$TMP/vg.err"; then
		fail "$t on bad input under valgrind: no error, no leak" "$(grep -m 20 '^==' "$TMP/vg.err")"
	else
		check "$t on bad input under valgrind: exit 1" "1" "$rc"
	fi
done
printf '\377\376x\000y' >"$TMP/u16.txt"
$VG "$B/cf-extract" "$TMP/u16.txt" "$TMP/missing.txt" samples/004_fc2357e2d8eacefb.txt >/dev/null 2>"$TMP/vg.err"
rc=$?
if [ $rc -eq 3 ] || grep -q '^==[0-9]*==' "$TMP/vg.err"; then
	fail "extract on bad input under valgrind: no error, no leak" "$(grep -m 20 '^==' "$TMP/vg.err")"
else
	check "extract on bad input under valgrind: exit 1" "1" "$rc"
fi
