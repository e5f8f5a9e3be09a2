#!/bin/bash
# nightly.sh: the incremental run for cron.
#
# usage: pipelines/nightly.sh [--progress|--quiet] [--excel] [--wait SECONDS] -o DIR INPUT...
#
# Keeps in DIR what report.sh would make from the articles now under INPUT,
# reading again only the articles that are new or changed.  Takes the lock
# DIR/.nightly.lock (flock; another run holding it makes this one give up,
# or wait up to --wait seconds), then lists the articles as report.sh does,
# below the INPUTs' resolved paths: "in", "./in/" and "/srv/in" are one
# input, and the articles' doc names are those full paths.  An article is
# known by its path, and a change by the sha256 of its content.
#
# The state DIR/current/.nightly.state lists the articles of the store
# DIR/current/facts.ndjson, in its order, each with its hash and the number
# of its records there.  The new store holds, in the listing's order, the
# records of each article listed: those of the old store when the article
# is unchanged, else those of a run of the fact pipeline over it.  An
# article no longer listed leaves the store; an article is never there
# twice.  A state that is missing, unreadable, or does not match the store
# is not trusted: the articles are read again.  Then indicators.csv,
# facts.csv, report.html and report.md are made from the store as report.sh
# makes them, and the six files switched in at once as report.sh switches
# its five (DIR/current; what a killed run left is removed by the next).
# One summary line goes to standard output and to the end of
# DIR/nightly.log; nothing else but errors, so cron mails one line a night.
#
# Exit status: 0; 1 when some article was bad (it is reported, and not
# retried until it changes) or could not be listed; 2 when the run failed,
# the lock was held, or no article could be read: then nothing changed.
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
for p in "${inputs[@]}"; do
	[ "$p" = - ] && { cf_warn "standard input cannot be read again next time: name files or directories"; usage; }
done
cf_setup_bin

# The inputs by their resolved paths (a name may end with a newline).
canon=()
for p in "${inputs[@]}"; do
	if r=$(realpath -e -- "$p" 2>/dev/null && echo x); then canon+=("${r%$'\n'x}"); else canon+=("$p"); fi
done

mkdir -p "$out" || cf_die "cannot create $out"
exec 9>>"$out/.nightly.lock" || cf_die "cannot open $out/.nightly.lock"
flock -w "$wait" 9 || cf_die "another run holds $out/.nightly.lock; nothing done"
trap cf_abort HUP INT TERM
start=$(date +%s)
FILES=(facts.ndjson facts.csv indicators.csv report.md report.html .nightly.state)
MAGIC='cityfacts nightly state 1'

# The articles and their hashes.  A run that can read none changes nothing.
cf_list_files "${canon[@]}"
nlist=${#CF_LIST[@]}
declare -A hash=()
if [ "$nlist" -gt 0 ]; then
	while IFS= read -r -d '' rec; do
		hash[${rec:66}]=${rec:0:64}
	done < <(printf '%s\0' "${CF_LIST[@]}" | xargs -0 sha256sum --zero -- 2>/dev/null)
fi
[ ${#hash[@]} -gt 0 ] || cf_die "no article could be read in ${inputs[*]}; nothing changed"

cf_run_start "$out"
gen=$CF_GEN

# read_state STATE STORE: sets oid, oh, on, ox (path, hash, number of
# records, exit status of each article, in the store's order) and ostart
# (the line where each one's records start); fails unless STATE is whole
# and its counts add up to the lines of STORE.
oid=() oh=() on=() ox=() ostart=()
read_state() {
	local recs n i r h l x total=0
	[ -f "$1" ] && [ -f "$2" ] || return 1
	mapfile -d '' recs < "$1" || return 1
	n=${#recs[@]}
	[ "$n" -ge 2 ] && [ "${recs[0]}" = "$MAGIC" ] || return 1
	for ((i = 1; i < n - 1; i++)); do
		r=${recs[i]}
		h=${r%%	*} r=${r#*	}
		l=${r%%	*} r=${r#*	}
		x=${r%%	*} r=${r#*	}
		[[ $h =~ ^([0-9a-f]{64}|-)$ && $l =~ ^[0-9]+$ && $x =~ ^[0-9]$ ]] || return 1
		oid+=("$r") oh+=("$h") on+=("$l") ox+=("$x") ostart+=("$total")
		total=$((total + l))
	done
	[ "${recs[n - 1]}" = "end	$((n - 2))	$total" ] || return 1
	[ "$(wc -l < "$2")" -eq "$total" ] || return 1
}
trusted=yes
if [ -e "$out/current" ] || [ -L "$out/current" ] || [ -e "$out/facts.ndjson" ]; then
	if ! read_state "$out/current/.nightly.state" "$out/current/facts.ndjson"; then
		trusted=
		cf_warn "the state $out/current/.nightly.state is missing or does not match the store; every article is read again"
		oid=() oh=() on=() ox=() ostart=()
	fi
fi

# The plan, a line an article: "o START N EXIT" takes N records of the old
# store from line START; "n" the records of the next article of the run.
# Old records are taken in the store's order only, so that both files are
# read once from start to end; an article out of that order is read again.
declare -A oidx=() listed=()
for i in "${!oid[@]}"; do oidx[${oid[i]}]=$i; done
plan=() run=() nnew=0 nchanged=0 nagain=0 ngone=0 last=-1
for ((k = 0; k < nlist; k++)); do
	f=${CF_LIST[k]} h=${hash[${CF_LIST[k]}]:--}
	listed[$f]=1
	i=${oidx[$f]:-}
	if [ -n "$i" ] && [ "$h" != - ] && [ "${oh[i]}" = "$h" ] && [ "$i" -gt "$last" ]; then
		plan+=("o ${ostart[i]} ${on[i]} ${ox[i]}")
		last=$i
		continue
	fi
	plan+=(n)
	run+=("$f")
	if [ -z "$i" ] && [ -n "$trusted" ]; then
		nnew=$((nnew + 1))
	elif [ -z "$i" ]; then
		nagain=$((nagain + 1))
	elif [ "${oh[i]}" != "$h" ]; then
		nchanged=$((nchanged + 1))
	else
		nagain=$((nagain + 1))
	fi
done
for f in "${oid[@]}"; do [ -n "${listed[$f]:-}" ] || ngone=$((ngone + 1)); done

# Nothing new, changed or gone, and the outputs all there: nothing to do.
same=
if [ ${#run[@]} -eq 0 ] && [ "$ngone" -eq 0 ] && [ ${#oid[@]} -eq "$nlist" ]; then
	same=yes
	for f in "${FILES[@]}"; do [ -f "$out/current/$f" ] || same=; done
fi

rc=0
[ "$CF_LIST_BAD" -gt 0 ] && rc=1
if [ -n "$same" ]; then
	cf_link_outputs "$out" "${FILES[@]}"
	added=0
	stored=$(grep -c '^{"type":"fact"' "$out/current/facts.ndjson")
else
	: > "$gen/new.ndjson" || cf_die "cannot write in $out"
	if [ ${#run[@]} -gt 0 ]; then
		printf '%s\0' "${run[@]}" > "$gen/run" || cf_die "cannot write in $out"
		CF_PROGRESS_ARGS=
		if cf_want_progress "$mode"; then
			CF_PROGRESS_ARGS="${#run[@]} $(cf_bytes < "$gen/run")"
		fi
		cf_bg cf_facts_stage "$gen/new.ndjson" cf_extract_each "$gen/run"
		s=$?
		[ "$s" -ge 2 ] && exit 2
		rc=$(cf_worst "$rc" "$s")
	fi

	# The store, and each article's number of records and status.
	printf '%s\n' "${plan[@]}" > "$gen/plan" || cf_die "cannot write in $out"
	: > "$gen/counts"
	awk -v old="$out/current/facts.ndjson" -v new="$gen/new.ndjson" -v counts="$gen/counts" '
	function bad(m) { printf "%s: %s\n", me, m > "/dev/stderr"; err = 1; exit 1 }
	$1 == "o" {
		while (opos < $2) { if ((getline line < old) <= 0) bad("the store ends early"); opos++ }
		for (c = 0; c < $3; c++) {
			if ((getline line < old) <= 0) bad("the store ends early")
			opos++
			print line
		}
		print $3, $4 > counts
		next
	}
	{
		for (c = 0; ; c++) {
			if ((getline line < new) <= 0) bad("the output of the run ends early")
			if (line ~ /^\{"type":"cf-mark",/) break
			print line
		}
		m = line
		sub(/^\{"type":"cf-mark","n":/, "", m)
		if (m + 0 != nrun) bad("the output of the run is out of order")
		sub(/^[0-9]+,"exit":/, "", m)
		nrun++
		print c, m + 0 > counts
	}
	END {
		if (!err && (getline line < new) > 0) bad("the output of the run has records of no article")
		if (err) exit 1
	}' me="$CF_ME" "$gen/plan" > "$gen/facts.ndjson" || cf_die "cannot make the store in $out"

	# The state: the articles in the store's order.
	mapfile -t cnt < "$gen/counts"
	[ ${#cnt[@]} -eq "$nlist" ] || cf_die "cannot write in $out"
	state=("$MAGIC") total=0
	for ((k = 0; k < nlist; k++)); do
		n=${cnt[k]% *}
		state+=("${hash[${CF_LIST[k]}]:--}	$n	${cnt[k]#* }	${CF_LIST[k]}")
		total=$((total + n))
	done
	state+=("end	$nlist	$total")
	printf '%s\0' "${state[@]}" > "$gen/.nightly.state" || cf_die "cannot write $gen/.nightly.state"
	[ "$(wc -l < "$gen/facts.ndjson")" -eq "$total" ] || cf_die "cannot write the store in $out"

	"${CF_P}aggregate" "$gen/facts.ndjson" > "$gen/aggs.ndjson"
	s=$?
	[ "$s" -ge 2 ] && cf_die "cf-aggregate failed (exit $s)"
	rc=$(cf_worst "$rc" "$s")
	cf_reports "$gen/facts.ndjson" "$gen/aggs.ndjson" "$gen"
	[ "$CF_RC" -ge 2 ] && exit 2
	rc=$(cf_worst "$rc" "$CF_RC")
	added=$(grep -c '^{"type":"fact"' "$gen/new.ndjson")
	stored=$(grep -c '^{"type":"fact"' "$gen/facts.ndjson")
	rm -f "$gen/new.ndjson" "$gen/run" "$gen/plan" "$gen/counts" "$gen/aggs.ndjson"
	sync -- "$gen"/* "$gen/.nightly.state" 2>/dev/null
	cf_publish "$out" "${FILES[@]}"
fi

again=
[ "$nagain" -gt 0 ] && again=", $nagain read again"
line="$(date -u +%Y-%m-%dT%H:%M:%SZ) nightly: $nlist articles, $nnew new, $nchanged changed, $ngone gone$again; $added facts added, $stored in the store; $(($(date +%s) - start))s"
[ "$rc" -ne 0 ] && line="$line; some articles were bad (exit $rc)"
echo "$line" >> "$out/nightly.log" || { cf_warn "cannot write $out/nightly.log"; rc=2; }
echo "$line"
exit "$rc"
