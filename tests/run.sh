#!/bin/sh
# Runs every test: the C unit tests of lib/ (in $CF_UNITDIR: those
# CF_UNITS names, else all) and each tests/*.sh, under LC_ALL=C and again
# under a UTF-8 locale where one exists.  Prints each failure and a
# closing line "N passed, N failed, N skipped"; exits 1 when anything
# failed.
cd "$(dirname "$0")/.." || exit 2
: "${CF_BIN:=bin}" "${CF_UNITDIR:=build/unit}"
export CF_BIN CF_UNITDIR
log=$(mktemp "${TMPDIR:-/tmp}/cf-run.XXXXXX")
trap 'rm -f "$log" "$log.times"' EXIT

run() { # NAME CMD...
	name=$1
	shift
	t0=$(date +%s)
	"$@" >"$log.one" 2>&1
	rc=$?
	echo "$(($(date +%s) - t0)) $name" >>"$log.times"
	sed "s|^|[$name] |" "$log.one" >>"$log"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL' "$log.one"; then
		echo "[$name] FAIL - $name exited with status $rc" >>"$log"
		tail -5 "$log.one" | sed "s|^|[$name]     |" >>"$log"
	fi
	rm -f "$log.one"
}

# the unit tests the Makefile lists (CF_UNITS), so that one left in the
# object directory by an older tree is not run; else every one built
for u in ${CF_UNITS:-$(cd "$CF_UNITDIR" 2>/dev/null && ls)}; do
	if [ -x "$CF_UNITDIR/$u" ]; then
		run "unit/$u" "$CF_UNITDIR/$u"
	elif [ -n "$CF_UNITS" ]; then
		echo "[unit/$u] FAIL - unit/$u is not built in $CF_UNITDIR" >>"$log"
	fi
done
utf8=$(locale -a 2>/dev/null | grep -i -m1 -E '^(C|en_US)\.utf-?8$')
for t in tests/*.sh; do
	case $t in tests/lib.sh | tests/run.sh) continue ;; esac
	[ -n "$CF_ONLY" ] && case $t in *"$CF_ONLY"*) ;; *) continue ;; esac
	LC_ALL=C run "$(basename "$t" .sh)" sh "$t"
	if [ -n "$utf8" ] && grep -q '^# locale-sensitive' "$t"; then
		LC_ALL=$utf8 run "$(basename "$t" .sh)@utf8" sh "$t"
	fi
done
grep -E '(FAIL|skip) - ' "$log" | sed 's/^/  /'
grep -A4 -E 'FAIL - ' "$log" | grep -E '^\[[^]]*\]     ' | head -200
sort -rn "$log.times" | awk '$1 >= 20 { printf "  slow: %s took %d s\n", $2, $1 }'
p=$(grep -c '] ok - ' "$log"); f=$(grep -c '] FAIL - ' "$log"); s=$(grep -c '] skip - ' "$log")
echo "$p passed, $f failed, $s skipped"
[ "$f" -eq 0 ]
