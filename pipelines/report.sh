#!/bin/bash
# report.sh: articles -> facts, indicators and reports.
#
# usage: pipelines/report.sh [--progress|--quiet] [--excel] -o DIR INPUT...
#
# Runs cf-extract | cf-normalize | cf-translate-map | cf-facts over the
# INPUT files and directories into DIR/facts.ndjson, then writes from it
# DIR/facts.csv (one row per fact), DIR/indicators.csv (one row per
# cf-aggregate indicator), DIR/report.html and DIR/report.md.  Every file is
# written under a temporary name in DIR and renamed into place once all of
# them are complete, so a crashed run never leaves a half-written report.
#
# A bad article is reported by cf-extract and the rest processed: the
# outputs are written and the exit status is 1.  A stage that fails (exit
# 2, a signal) leaves DIR as it was and exits 2.
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

mkdir -p "$out" || cf_die "cannot create $out"
tmp=
trap '[ -n "$tmp" ] && rm -rf "$tmp"' EXIT
trap cf_abort HUP INT TERM
tmp=$(mktemp -d "$out/.report.XXXXXX") || cf_die "cannot write in $out"

CF_PROGRESS_ARGS=
if cf_want_progress "$mode"; then
	cf_list_files "${inputs[@]}" > "$tmp/files"
	CF_PROGRESS_ARGS="$(wc -l < "$tmp/files") $(cf_bytes < "$tmp/files")"
fi

cf_bg cf_facts_stage "$tmp/facts.ndjson" "${inputs[@]}"
rc=$?
[ "$rc" -ge 2 ] && exit 2

"${CF_P}aggregate" "$tmp/facts.ndjson" > "$tmp/aggs.ndjson"
s=$?
[ "$s" -ge 2 ] && cf_die "cf-aggregate failed (exit $s)"
rc=$(cf_worst "$rc" "$s")

cf_reports "$tmp/facts.ndjson" "$tmp/aggs.ndjson" "$tmp"
[ "$CF_RC" -ge 2 ] && exit 2
rc=$(cf_worst "$rc" "$CF_RC")

cf_install "$tmp" "$out" facts.ndjson facts.csv indicators.csv report.md report.html
[ -n "$CF_PROGRESS_ARGS" ] && cf_said_where "$out"
if [ "$mode" != quiet ] && [ "$rc" -ne 0 ]; then
	cf_warn "some input was bad (see above); the outputs in $out hold the rest"
fi
exit "$rc"
