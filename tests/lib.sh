# Shared helpers for the shell tests: sourced by each tests/*.sh.
#
# Every assertion prints one line, "ok - NAME", "FAIL - NAME" (with what was
# expected and what came) or "skip - NAME: why"; tests/run.sh counts them.
# The binaries come from $CF_BIN (default bin), ../shared from $CF_SHARED.

: "${CF_BIN:=bin}"
: "${CF_SHARED:=../shared}"
case $CF_BIN in /*) ;; *) CF_BIN=$(cd "$CF_BIN" && pwd) ;; esac
if [ -d "$CF_SHARED" ]; then CF_SHARED=$(cd "$CF_SHARED" && pwd); else CF_SHARED=; fi
export CF_BIN CF_SHARED
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cf-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok - $1"; }
fail() { echo "FAIL - $1"; shift; for l in "$@"; do printf '    %s\n' "$l"; done; }
skip() { echo "skip - $1: $2"; }

# check NAME EXPECTED ACTUAL: the two strings are equal.
check() {
	if [ "$2" = "$3" ]; then ok "$1"; else
		fail "$1" "expected: $(printf '%s' "$2" | head -c 2000)" "got:      $(printf '%s' "$3" | head -c 2000)"
	fi
}

# check_rc NAME RC CMD...: CMD exits with status RC (its output is kept in
# $TMP/out and $TMP/err for further checks).
check_rc() {
	name=$1 want=$2; shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"; got=$?
	if [ "$got" = "$want" ]; then ok "$name"; else
		fail "$name" "expected exit $want, got $got" "stderr: $(head -c 600 "$TMP/err")"
	fi
}

# check_grep NAME PATTERN FILE: FILE has a line matching the ERE PATTERN.
check_grep() {
	if grep -Eq -- "$2" "$3"; then ok "$1"; else fail "$1" "no line matches /$2/ in $3" "$(head -c 600 "$3")"; fi
}

# check_nogrep NAME PATTERN FILE: no line of FILE matches PATTERN.
check_nogrep() {
	if grep -Eq -- "$2" "$3"; then fail "$1" "unexpected /$2/:" "$(grep -E -m3 -- "$2" "$3")"; else ok "$1"; fi
}

# need_shared NAME: true when ../shared is there; else reports a skip.
need_shared() {
	if [ -n "$CF_SHARED" ]; then return 0; fi
	skip "$1" "../shared is absent"
	return 1
}

# jqr FILTER FILE: jq -r with compact output.
jqr() { jq -r -c "$@"; }

# need_pipeline NAME: true when every tool the pipelines run is built, else
# reports a skip.  Fixes the time the report prints, so that runs that end
# in different seconds still give the same bytes.
need_pipeline() {
	for _t in extract normalize translate-map facts aggregate render; do
		if [ ! -x "$CF_BIN/cf-$_t" ]; then
			skip "$1" "cf-$_t is not built"
			return 1
		fi
	done
	SOURCE_DATE_EPOCH=1767225600
	export SOURCE_DATE_EPOCH
}

# at_least NAME MIN VALUE [CMD...]: VALUE >= MIN; on failure, CMD's first
# 60 lines of output (the misses) go with the message.
at_least() {
	_n=$1 _m=$2 _v=$3
	shift 3
	if awk -v v="$_v" -v m="$_m" 'BEGIN { exit !(v + 0 >= m + 0) }'; then
		ok "$_n >= $_m ($_v)"
	else
		fail "$_n >= $_m" "got $_v" "$([ $# -gt 0 ] && "$@" | head -60)"
	fi
}
