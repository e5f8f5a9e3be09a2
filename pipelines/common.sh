# Helpers shared by report.sh, nightly.sh and parallel.sh; sourced by bash.
#
# Exit status of the scripts, as for the tools: 0 all went well; 1 some
# input was bad (reported; the rest was processed and the outputs written);
# 2 a usage error or a stage that failed (the outputs are left as they were).

CF_ME=${CF_ME:-$(basename "$0")}

cf_warn() { printf '%s: %s\n' "$CF_ME" "$*" >&2; }
cf_die() { cf_warn "$*"; exit 2; }

# cf_setup_bin: sets CF_P, the prefix of the binaries ("DIR/cf-" or "cf-"):
# $CF_BIN when set, else ../bin next to the scripts when it holds them, else
# $PATH.  Dies when one is missing.
cf_setup_bin() {
	local here t
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	if [ -n "${CF_BIN:-}" ]; then
		CF_P=$CF_BIN/cf-
	elif [ -x "$here/../bin/cf-extract" ]; then
		CF_P=$(cd "$here/../bin" && pwd)/cf-
	else
		CF_P=cf-
	fi
	for t in extract normalize translate-map facts aggregate render; do
		command -v "$CF_P$t" >/dev/null 2>&1 || cf_die "cannot find ${CF_P}$t (set CF_BIN, or put the cf-* tools on PATH)"
	done
}

# cf_list_files INPUT...: the files cf-extract reads for these inputs, one
# a line, in its order: a directory's entries in byte order of their names,
# hidden ones left out, subdirectories walked where they sort.
cf_list_files() {
	local p name
	for p in "$@"; do
		if [ -d "$p" ]; then
			while IFS= read -r name; do
				case $name in .*) continue ;; esac
				case $p in */) cf_list_files "$p$name" ;; *) cf_list_files "$p/$name" ;; esac
			done < <(LC_ALL=C ls -1 -- "$p")
		else
			printf '%s\n' "$p"   # a file; cf-extract reports one it cannot read
		fi
	done
}

# cf_bytes < LIST: total size of the files listed.
cf_bytes() {
	tr '\n' '\0' | xargs -0 -r stat -c %s -- 2>/dev/null | awk '{ n += $1 } END { print n + 0 }'
}

# cf_progress TOTAL BYTES: passes NDJSON through and, on standard error,
# shows the articles done (doc records seen) of TOTAL, MB/s and the time
# left, at most once a second, on one line that fits the terminal's width
# (stty's, else $COLUMNS, else 80 columns).
cf_progress() {
	local width
	width=$(stty size <&2 2>/dev/null | awk '{ print $2 }')
	case $width in '' | *[!0-9]* | 0) width=${COLUMNS:-80} ;; esac
	awk -v total="$1" -v bytes="$2" -v me="$CF_ME" -v width="$width" '
	function line(s) {
		# One line, never wrapped: cut to the width, padded over the last one.
		if (length(s) > width - 1) s = substr(s, 1, width - 1)
		while (length(s) < width - 1) s = s " "
		printf "\r%s", s > "/dev/stderr"
	}
	function show(final,   el, rate, left) {
		el = systime() - t0
		rate = el > 0 ? done_b / el : 0
		left = rate > 0 && bytes > done_b ? (bytes - done_b) / rate : 0
		if (final)
			line(sprintf("%s: %d/%d articles in %ds", me, n, total, el))
		else if (rate > 0)
			line(sprintf("%s: %d/%d articles, %.1f MB/s, %d:%02d left", me, n, total, rate / 1e6,
				int(left / 60), int(left) % 60))
		else
			line(sprintf("%s: %d/%d articles", me, n, total))
		if (final) printf "\n" > "/dev/stderr"
		fflush("/dev/stderr")
		last = systime()
	}
	BEGIN { t0 = systime(); last = t0 }
	{ print }
	/^\{"type":"doc"/ {
		n++
		if (match($0, /"bytes":[0-9]+/)) done_b += substr($0, RSTART + 8, RLENGTH - 8)
		if (systime() != last) show(0)
	}
	END { show(1) }'
}

# cf_said_where DIR: after a run with progress shown, says where the
# outputs went and how many facts and indicators they hold.
cf_said_where() {
	local nf ni
	nf=$(grep -c '^{"type":"fact"' "$1/facts.ndjson")
	ni=$(($(wc -l < "$1/indicators.csv") - 1))
	printf '%s: wrote %s/: %s facts, %s indicators (facts.ndjson, facts.csv, indicators.csv, report.html, report.md)\n' \
		"$CF_ME" "$1" "$nf" "$ni" >&2
}

# cf_want_progress MODE: true when progress should show: MODE is
# "progress" (forced), "quiet", or "" (when standard error is a terminal).
cf_want_progress() {
	case $1 in
	progress) return 0 ;;
	quiet) return 1 ;;
	*) [ -t 2 ] ;;
	esac
}

# cf_worst A B...: the worst of exit statuses (a signal counts as 2).
cf_worst() {
	local w=0 s
	for s in "$@"; do
		[ "$s" -gt 2 ] && s=2
		[ "$s" -gt "$w" ] && w=$s
	done
	echo "$w"
}

# cf_facts_stage OUT INPUT...: the fact pipeline over the inputs into OUT.
# Names a stage that failed; returns the worst status of the stages.
cf_facts_stage() {
	local out=$1 names st i
	shift
	names=(cf-extract cf-normalize cf-translate-map cf-facts)
	if [ -n "${CF_PROGRESS_ARGS:-}" ]; then
		"${CF_P}extract" "$@" | cf_progress $CF_PROGRESS_ARGS | "${CF_P}normalize" \
			| "${CF_P}translate-map" | "${CF_P}facts" > "$out"
		st=("${PIPESTATUS[@]}")
		st=("${st[0]}" "${st[2]}" "${st[3]}" "${st[4]}")
	else
		"${CF_P}extract" "$@" | "${CF_P}normalize" | "${CF_P}translate-map" | "${CF_P}facts" > "$out"
		st=("${PIPESTATUS[@]}")
	fi
	for i in 0 1 2 3; do
		[ "${st[$i]}" -ge 2 ] && cf_warn "${names[$i]} failed (exit ${st[$i]})"
	done
	return "$(cf_worst "${st[@]}")"
}

# cf_bg CMD...: runs CMD in the background, in a process group of its own,
# and waits for it; returns its status.  A signal to the script is then
# handled at once (bash defers traps while a foreground command runs), and
# cf_help SCRIPT: prints the script's opening comment (its usage) and
# exits 0; installed as cf-report or cf-nightly, under that name.
cf_help() {
	local name
	name=$(basename "$1")
	if [ "$CF_ME" = "$name" ]; then
		sed -n '2,/^set -u/p' "$1" | sed -e '/^set -u/d' -e 's/^# \{0,1\}//'
	else
		sed -n '2,/^set -u/p' "$1" | sed -e '/^set -u/d' -e 's/^# \{0,1\}//' \
			-e "s|pipelines/$name|$CF_ME|g" -e "s|^$name:|$CF_ME:|"
	fi
	exit 0
}

# cf_abort ends CMD's whole group.
CF_JOB=
cf_bg() {
	local s
	set -m
	"$@" &
	CF_JOB=$!
	set +m
	wait "$CF_JOB"
	s=$?
	CF_JOB=
	return "$s"
}

# cf_abort: the trap of HUP, INT and TERM.
cf_abort() {
	[ -n "$CF_JOB" ] && kill -TERM -- "-$CF_JOB" 2>/dev/null
	cf_warn "interrupted; the outputs are left as they were"
	exit 2
}

# cf_reports FACTS AGGS DIR: writes DIR/facts.csv, DIR/indicators.csv,
# DIR/report.html and DIR/report.md from the fact records of FACTS and the
# agg records of AGGS; the CSVs for spreadsheets (cf-render --excel) when
# CF_EXCEL is set.  Sets CF_RC to the worst status.
CF_FACT_COLS=doc,lang,title,date,place,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end
CF_AGG_COLS=place,city,area,metric,period,kind,unit,value,min,max,n,qualifiers,docs,conflict
cf_reports() {
	local facts=$1 aggs=$2 dir=$3 s=()
	# Records are compact with "type" first: a grep is enough to choose them.
	grep '^{"type":"fact"' "$facts" > "$dir/.facts.only"
	grep '^{"type":"doc"' "$facts" > "$dir/.docs.only"
	grep '^{"type":"agg"' "$aggs" > "$dir/.aggs.only"
	# facts.csv gives each fact its article's title and date (from the doc
	# records); both give the place's canonical name (city, or city/area).
	"${CF_P}render" -f csv ${CF_EXCEL:+--excel} -t fact -c "$CF_FACT_COLS" \
		"$dir/.docs.only" "$dir/.facts.only" > "$dir/facts.csv"; s+=($?)
	"${CF_P}render" -f csv ${CF_EXCEL:+--excel} -t agg -c "$CF_AGG_COLS" \
		"$dir/.aggs.only" > "$dir/indicators.csv"; s+=($?)
	# The reports list their documents (title, date, language) from the doc records.
	"${CF_P}render" -f html "$dir/.docs.only" "$dir/.facts.only" "$dir/.aggs.only" > "$dir/report.html"; s+=($?)
	"${CF_P}render" -f md "$dir/.docs.only" "$dir/.facts.only" "$dir/.aggs.only" > "$dir/report.md"; s+=($?)
	[ "${s[0]}" -ge 2 ] || [ "${s[1]}" -ge 2 ] || [ "${s[2]}" -ge 2 ] || [ "${s[3]}" -ge 2 ] \
		&& cf_warn "cf-render failed (exit $(cf_worst "${s[@]}"))"
	rm -f "$dir/.facts.only" "$dir/.docs.only" "$dir/.aggs.only"
	CF_RC=$(cf_worst "${s[@]}")
}

# cf_install TMPDIR DIR FILE...: renames each TMPDIR/FILE to DIR/FILE.
# TMPDIR is inside DIR, so each rename is atomic: a reader sees the old
# file or the new one, never half of one.
cf_install() {
	local tmp=$1 dir=$2 f
	shift 2
	for f in "$@"; do
		mv -f "$tmp/$f" "$dir/$f" || cf_die "cannot rename $tmp/$f to $dir/$f"
	done
}
