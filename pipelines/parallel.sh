#!/bin/bash
# parallel.sh: report.sh's report, computed by GNU parallel across cores or
# hosts.
#
# usage: pipelines/parallel.sh [--progress|--quiet] [--excel] [-j JOBS] [-n FILES]
#                              [--block SIZE] [--sshlogin LOGINS] -o DIR INPUT...
#
# Map: the articles, listed as report.sh lists them, go to jobs of -n
# FILES each (default 50), run as cf-extract | cf-normalize |
# cf-translate-map | cf-facts on -j JOBS cores (default: all) or on the
# hosts of --sshlogin (GNU parallel's syntax, e.g. "4/alice@host1,8/host2,:";
# the option may be given more than once; the articles and the tools must
# be at the same paths there, e.g. on a shared file system, and a job
# starts in the current directory's path).  Their outputs are kept in
# input order (parallel -k), so DIR/facts.ndjson is the same as report.sh's.
#
# Reduce: the facts are cut into blocks of --block SIZE (default 1M), each
# aggregated by cf-aggregate in its own job, and the partial aggregates
# combined by cf-aggregate --merge: the same indicators as one run.  The
# csv, html and md outputs are then made as report.sh makes them, and all
# five switched in at once as report.sh does.  Progress counts articles as
# report.sh's does; at the end, unless --quiet, one line on standard error
# says how many facts and indicators went where.
#
# Exit status as report.sh: 0; 1 when some article was bad (reported, the
# rest processed); 2 when a stage failed or no article could be read (DIR is
# left as it was).
set -u
. "$(dirname "$0")/common.sh"

usage() {
	echo "usage: $CF_ME [--progress|--quiet] [--excel] [-j JOBS] [-n FILES] [--block SIZE] [--sshlogin LOGINS] -o DIR INPUT..." >&2
	exit 2
}

out= mode= jobs=100% per=50 block=1M inputs=() ssh=() CF_EXCEL=
while [ $# -gt 0 ]; do
	case $1 in
	-o) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
	-j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
	-n) [ $# -ge 2 ] || usage; per=$2; shift 2 ;;
	--block) [ $# -ge 2 ] || usage; block=$2; shift 2 ;;
	--sshlogin | -S) [ $# -ge 2 ] || usage; ssh+=(--sshlogin "$2"); shift 2 ;;
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
case $per in *[!0-9]* | '' | 0) cf_warn "-n: \"$per\" is not a number of files"; usage ;; esac
cf_setup_bin
command -v parallel >/dev/null 2>&1 || cf_die "GNU parallel is not installed (Debian package parallel)"

# A run that can read no input at all changes nothing.
cf_list_files "${inputs[@]}"
[ ${#CF_LIST[@]} -gt 0 ] || cf_die "no article could be read in ${inputs[*]}; the outputs are left as they were"
mkdir -p "$out" || cf_die "cannot create $out"
trap cf_abort HUP INT TERM
cf_run_start "$out"
tmp=$CF_GEN
cf_write_list "$tmp/.files"

# Each job's shell: bash, with pipefail, so a job's status is the worst of
# its stages.  The paths of the tools are quoted for that shell; a job on
# another host starts in this directory, so that relative names resolve.
export PARALLEL_SHELL=bash
p=$(printf '%q' "$CF_P")
here=$(printf '%q' "$PWD")
CF_PROGRESS_ARGS=
if cf_want_progress "$mode"; then
	CF_PROGRESS_ARGS="${#CF_LIST[@]} $(cf_bytes < "$tmp/.files")"
fi

map() {
	if [ -n "$CF_PROGRESS_ARGS" ]; then
		parallel -0 -k -j "$jobs" "${ssh[@]}" -n "$per" -a "$tmp/.files" --joblog "$tmp/.map.log" \
			"set -o pipefail; cd $here && ${p}extract -- {} | ${p}normalize | ${p}translate-map | ${p}facts" \
			| cf_progress $CF_PROGRESS_ARGS > "$tmp/facts.ndjson"
		return "${PIPESTATUS[0]}"
	fi
	parallel -0 -k -j "$jobs" "${ssh[@]}" -n "$per" -a "$tmp/.files" --joblog "$tmp/.map.log" \
		"set -o pipefail; cd $here && ${p}extract -- {} | ${p}normalize | ${p}translate-map | ${p}facts" \
		> "$tmp/facts.ndjson"
}
cf_bg map
s=$?
# parallel's own status counts failed jobs; the jobs' worst status is in
# the job log (column 7), and 1 there is only a bad article.
w=$(awk -F'\t' 'NR > 1 && $7 > w { w = $7 } NR > 1 && $8 != 0 { w = 2 } END { print w + 0 }' "$tmp/.map.log" 2>/dev/null)
if [ -z "$w" ] || { [ "$s" -ne 0 ] && [ "$w" -eq 0 ]; } || [ "$s" -gt 100 ] || [ "$w" -ge 2 ]; then
	cf_die "the fact pipeline failed (parallel exit $s, worst job exit ${w:-?})"
fi
rc=$(cf_worst "$w")
[ "$CF_LIST_BAD" -gt 0 ] && rc=$(cf_worst "$rc" 1)

# The reduce: partial aggregates of blocks of facts, then one merge.
reduce() {
	parallel --pipe -k -j "$jobs" "${ssh[@]}" --block "$block" --joblog "$tmp/.agg.log" \
		"${p}aggregate" < "$tmp/facts.ndjson" | "${CF_P}aggregate" --merge > "$tmp/aggs.ndjson"
	echo "${PIPESTATUS[@]}" > "$tmp/.reduce.status"
}
cf_bg reduce
read -r -a st < "$tmp/.reduce.status" || cf_die "the aggregation failed"
w=$(awk -F'\t' 'NR > 1 && $7 > w { w = $7 } END { print w + 0 }' "$tmp/.agg.log" 2>/dev/null)
if [ "${st[0]}" -gt 100 ] || [ "${w:-2}" -ge 2 ] || [ "${st[1]}" -ge 2 ]; then
	cf_die "the aggregation failed (parallel exit ${st[0]}, merge exit ${st[1]})"
fi
rc=$(cf_worst "$rc" "$w" "${st[1]}")

cf_reports "$tmp/facts.ndjson" "$tmp/aggs.ndjson" "$tmp"
[ "$CF_RC" -ge 2 ] && exit 2
rc=$(cf_worst "$rc" "$CF_RC")
rm -f "$tmp/.files" "$tmp/.map.log" "$tmp/.agg.log" "$tmp/.reduce.status" "$tmp/aggs.ndjson"

cf_publish "$out" facts.ndjson facts.csv indicators.csv report.md report.html
if [ "$mode" != quiet ]; then
	[ "$rc" -ne 0 ] && cf_warn "some input was bad (see above); the outputs in $out hold the rest"
	cf_said_where "$out"
fi
exit "$rc"
