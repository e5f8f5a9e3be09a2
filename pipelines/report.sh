#!/bin/bash
# report.sh: articles -> facts, indicators and reports.
#
# usage: pipelines/report.sh [--progress|--quiet] [--excel] -o DIR INPUT...
#
# Runs cf-extract | cf-normalize | cf-translate-map | cf-facts over the
# articles of the INPUT files and directories into DIR/facts.ndjson, then
# writes from it DIR/facts.csv (one row per fact), DIR/indicators.csv (one
# row per cf-aggregate indicator), DIR/report.html and DIR/report.md.
# The articles are listed as cf-extract walks a directory (names in byte
# order, hidden ones left out), links followed; a file or directory reached
# twice is read once; a FIFO, a device, a link loop or a missing file is
# named on standard error and left out.  The five files are written in a
# new directory DIR/.gen.XXXXXX; once all are complete, the link
# DIR/current is switched to it by one rename, and DIR/facts.ndjson and the
# others are links to current/: at every moment they show the old set or
# the new one, never a mix, and what a killed run left is removed by the
# next run.
#
# A bad article is reported and the rest processed: the outputs are written
# and the exit status is 1.  A stage that fails (exit 2, a signal), or a run
# that can read no article at all, leaves DIR as it was and exits 2.
#
# --excel writes the two CSVs for spreadsheets (cf-render --excel: a BOM,
# CRLF, and text cells that would start a formula guarded with ').
#
# The cf-* tools come from $CF_BIN, else ../bin next to this script, else
# $PATH.  Progress (articles done of total, MB/s, time left) shows on
# standard error when it is a terminal; --progress forces it, --quiet
# silences it.
set -u
. "$(dirname "$0")/common.sh"

usage() {
	echo "usage: $CF_ME [--progress|--quiet] [--excel] -o DIR INPUT..." >&2
	exit 2
}

out= mode= inputs=() CF_EXCEL=
while [ $# -gt 0 ]; do
	case $1 in
	-o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
	-o*) out=${1#-o}; shift ;;
	--progress) mode=progress; shift ;;
	--quiet) mode=quiet; shift ;;
	--excel) CF_EXCEL=1; shift ;;
	-h | --help) cf_help "$0" ;;
	--) shift; inputs+=("$@"); break ;;
	-?*) cf_warn "unknown option $1"; usage ;;
	*) inputs+=("$1"); shift ;;
	esac
done
[ -n "$out" ] && [ ${#inputs[@]} -gt 0 ] || usage
cf_setup_bin

# A run that can read no input at all (a typo, an unmounted share) changes nothing.
cf_list_files "${inputs[@]}"
[ ${#CF_LIST[@]} -gt 0 ] || cf_die "no article could be read in ${inputs[*]}; the outputs are left as they were"
mkdir -p "$out" || cf_die "cannot create $out"
trap cf_abort HUP INT TERM
cf_run_start "$out"
tmp=$CF_GEN
cf_write_list "$tmp/.files"

CF_PROGRESS_ARGS=
if cf_want_progress "$mode"; then
	CF_PROGRESS_ARGS="${#CF_LIST[@]} $(cf_bytes < "$tmp/.files")"
fi

cf_bg cf_facts_stage "$tmp/facts.ndjson" cf_extract_list "$tmp/.files"
rc=$?
[ "$rc" -ge 2 ] && exit 2
[ "$CF_LIST_BAD" -gt 0 ] && rc=$(cf_worst "$rc" 1)
rm -f "$tmp/.files"

"${CF_P}aggregate" "$tmp/facts.ndjson" > "$tmp/aggs.ndjson"
s=$?
[ "$s" -ge 2 ] && cf_die "cf-aggregate failed (exit $s)"
rc=$(cf_worst "$rc" "$s")

cf_reports "$tmp/facts.ndjson" "$tmp/aggs.ndjson" "$tmp"
[ "$CF_RC" -ge 2 ] && exit 2
rc=$(cf_worst "$rc" "$CF_RC")
rm -f "$tmp/aggs.ndjson"

cf_publish "$out" facts.ndjson facts.csv indicators.csv report.md report.html
[ -n "$CF_PROGRESS_ARGS" ] && cf_said_where "$out"
if [ "$mode" != quiet ] && [ "$rc" -ne 0 ]; then
	cf_warn "some input was bad (see above); the outputs in $out hold the rest"
fi
exit "$rc"
