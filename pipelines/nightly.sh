#!/bin/bash
# nightly.sh: the incremental run for cron.
#
# usage: pipelines/nightly.sh [--progress|--quiet] [--excel] [--wait SECONDS] -o DIR INPUT...
#
# Takes the lock DIR/.nightly.lock (flock; another run holding it makes this
# one give up, or wait up to --wait seconds), finds the articles under INPUT
# that are new or changed since the last run (by the sha256 of their
# content, kept in DIR/.nightly.state), runs the fact pipeline over those
# only, and adds their records to the store DIR/facts.ndjson (a changed
# article's old records are replaced; an article that disappeared keeps
# its records).  Then it rebuilds DIR/indicators.csv, DIR/facts.csv,
# DIR/report.html and DIR/report.md from the whole store, as report.sh
# does, and writes one summary line on standard output and at the end of
# DIR/nightly.log.  Nothing else is written but errors, so cron mails one
# line a night.  Every file is replaced by a rename; the state is saved
# only after the store, so a crashed run is redone next time.
#
# Exit status: 0; 1 when some article was bad (it is reported, and not
# retried until it changes); 2 when the run failed or the lock was held.
set -u
. "$(dirname "$0")/common.sh"

usage() {
	echo "usage: $CF_ME [--progress|--quiet] [--excel] [--wait SECONDS] -o DIR INPUT..." >&2
	exit 2
}

out= mode=quiet wait=0 inputs=() CF_EXCEL=
while [ $# -gt 0 ]; do
	case $1 in
	-o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
	--progress) mode=progress; shift ;;
	--quiet) mode=quiet; shift ;;
	--excel) CF_EXCEL=1; shift ;;
	--wait) [ $# -ge 2 ] || usage; wait=$2; shift 2 ;;
	-h | --help) cf_help "$0" ;;
	--) shift; inputs+=("$@"); break ;;
	-?*) cf_warn "unknown option $1"; usage ;;
	*) inputs+=("$1"); shift ;;
	esac
done
[ -n "$out" ] && [ ${#inputs[@]} -gt 0 ] || usage
case $wait in *[!0-9]* | '') cf_warn "--wait: \"$wait\" is not a number of seconds"; usage ;; esac
cf_setup_bin

mkdir -p "$out" || cf_die "cannot create $out"
exec 9>>"$out/.nightly.lock" || cf_die "cannot open $out/.nightly.lock"
flock -w "$wait" 9 || cf_die "another run holds $out/.nightly.lock; nothing done"

tmp=
trap '[ -n "$tmp" ] && rm -rf "$tmp"' EXIT
trap cf_abort HUP INT TERM
tmp=$(mktemp -d "$out/.nightly.XXXXXX") || cf_die "cannot write in $out"
start=$(date +%s)

# The hashes now, "HASH  PATH" a line, and those of the last run.
cf_list_files "${inputs[@]}" > "$tmp/files"
if [ -s "$tmp/files" ]; then
	tr '\n' '\0' < "$tmp/files" | xargs -0 sha256sum -- > "$tmp/state" \
		|| cf_die "cannot read every input"
else
	: > "$tmp/state"
fi
[ -f "$out/.nightly.state" ] || : > "$out/.nightly.state"

# New: path not in the old state; changed: path there with another hash.
awk 'FILENAME == ARGV[1] { old[substr($0, 67)] = substr($0, 1, 64); next }
	{ p = substr($0, 67); h = substr($0, 1, 64)
	  if (!(p in old)) print "new\t" p; else if (old[p] != h) print "changed\t" p }' \
	"$out/.nightly.state" "$tmp/state" > "$tmp/todo"
nnew=$(grep -c '^new' "$tmp/todo")
nchanged=$(grep -c '^changed' "$tmp/todo")
ntotal=$(wc -l < "$tmp/files")
rc=0

if [ -s "$tmp/todo" ] || [ ! -f "$out/facts.ndjson" ]; then
	cut -f2- "$tmp/todo" > "$tmp/run"
	CF_PROGRESS_ARGS=
	if cf_want_progress "$mode"; then
		CF_PROGRESS_ARGS="$(wc -l < "$tmp/run") $(cf_bytes < "$tmp/run")"
	fi
	if [ -s "$tmp/run" ]; then
		mapfile -t run < "$tmp/run"
		cf_bg cf_facts_stage "$tmp/new.ndjson" "${run[@]}"
		rc=$?
		[ "$rc" -ge 2 ] && exit 2
	else
		: > "$tmp/new.ndjson"
	fi

	# The store: the old records but those of changed articles, then the new.
	# Records are compact JSON, so a changed article's records are the
	# lines that hold its "doc":"PATH", member.
	touch "$out/facts.ndjson"
	grep '^changed' "$tmp/todo" | cut -f2- \
		| jq -R -r '"\"doc\":" + tojson + ","' > "$tmp/drop" || cf_die "jq failed"
	if [ -s "$tmp/drop" ]; then
		grep -v -F -f "$tmp/drop" "$out/facts.ndjson" > "$tmp/facts.ndjson"
		[ $? -le 1 ] || cf_die "cannot read $out/facts.ndjson"
	else
		cp "$out/facts.ndjson" "$tmp/facts.ndjson" || cf_die "cannot read $out/facts.ndjson"
	fi
	cat "$tmp/new.ndjson" >> "$tmp/facts.ndjson" || cf_die "cannot write in $out"

	"${CF_P}aggregate" "$tmp/facts.ndjson" > "$tmp/aggs.ndjson"
	s=$?
	[ "$s" -ge 2 ] && cf_die "cf-aggregate failed (exit $s)"
	rc=$(cf_worst "$rc" "$s")
	cf_reports "$tmp/facts.ndjson" "$tmp/aggs.ndjson" "$tmp"
	[ "$CF_RC" -ge 2 ] && exit 2
	rc=$(cf_worst "$rc" "$CF_RC")
	cf_install "$tmp" "$out" facts.ndjson facts.csv indicators.csv report.md report.html
	added=$(grep -c '^{"type":"fact"' "$tmp/new.ndjson")
else
	added=0
fi
mv -f "$tmp/state" "$out/.nightly.state" || cf_die "cannot save $out/.nightly.state"

stored=$(grep -c '^{"type":"fact"' "$out/facts.ndjson")
line="$(date -u +%Y-%m-%dT%H:%M:%SZ) nightly: $ntotal articles, $nnew new, $nchanged changed; $added facts added, $stored in the store; $(($(date +%s) - start))s"
[ "$rc" -ne 0 ] && line="$line; some articles were bad (exit $rc)"
echo "$line" >> "$out/nightly.log"
echo "$line"
exit "$rc"
