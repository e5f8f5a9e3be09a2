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
		# Absolute, so that jobs on other hosts or in other directories find them.
		if [ -d "$CF_BIN" ]; then CF_P=$(cd "$CF_BIN" && pwd)/cf-; else CF_P=$CF_BIN/cf-; fi
	elif [ -x "$here/../bin/cf-extract" ]; then
		CF_P=$(cd "$here/../bin" && pwd)/cf-
	else
		CF_P=cf-
	fi
	for t in extract normalize translate-map facts aggregate render; do
		command -v "$CF_P$t" >/dev/null 2>&1 || cf_die "cannot find ${CF_P}$t (set CF_BIN, or put the cf-* tools on PATH)"
	done
}

# cf_list_files INPUT...: sets CF_LIST to the articles of these inputs, in
# cf-extract's order: a directory's entries in byte order of their names,
# hidden ones left out, subdirectories walked where they sort; "-" stays
# "-" (standard input).  Symbolic links are followed.  A file or directory
# reached a second time (a second link to it, a hard link) is listed once,
# at its first place, so that no article is read twice.  Left out, each
# named on standard error: what does not exist or cannot be read, what is
# not a regular file (a FIFO, a device, a socket), a symbolic link loop, an
# input directory with no files.  Sets CF_LIST_BAD to the number of those.
CF_LIST=() CF_LIST_BAD=0
declare -A CF_SEEN
cf_list_files() {
	local p ty id n
	CF_LIST=() CF_LIST_BAD=0 CF_SEEN=()
	for p in "$@"; do
		if [ "$p" = - ]; then
			CF_LIST+=(-)
			continue
		fi
		ty=$(cf_type "$p")
		id=${ty#*	}
		ty=${ty%%	*}
		n=${#CF_LIST[@]}
		cf_list_one "$p" "$ty" "$id" ""
		if [ "$ty" = d ] && [ ${#CF_LIST[@]} -eq "$n" ] && [ "${CF_SEEN[d$id]:-}" = "$p" ]; then
			cf_bad "$p" "no files in directory"
		fi
	done
}

cf_bad() { cf_warn "\"$1\": $2"; CF_LIST_BAD=$((CF_LIST_BAD + 1)); }

# cf_type PATH: "T<tab>DEV:INODE" of what PATH names, links followed: T is
# find's %Y (f, d, p, c, b, s; L a loop, N nothing there).
cf_type() {
	local p=$1 t
	case $p in /*) ;; *) p=./$p ;; esac
	t=$(find "$p" -maxdepth 0 -printf '%Y\t%D:%i' 2>/dev/null) || t=
	case $t in
	'') printf 'N\t' ;;
	[df]*) printf '%s\t%s' "${t%%	*}" "$(stat -L -c %d:%i -- "$p" 2>/dev/null)" ;;
	*) printf '%s' "$t" ;;
	esac
}

# cf_list_one PATH TYPE DEV:INODE ANCESTORS: lists PATH, or says why not.
cf_list_one() {
	local p=$1 ty=$2 id=$3 up=$4
	case $ty in
	f)
		if [ -n "${CF_SEEN[f$id]:-}" ]; then
			cf_warn "\"$p\": the same file as \"${CF_SEEN[f$id]}\", read once"
		elif [ ! -r "$p" ]; then
			cf_bad "$p" "cannot open: permission denied"
		else
			CF_SEEN[f$id]=$p
			CF_LIST+=("$p")
		fi ;;
	d)
		case $up in
		*" $id "*) cf_bad "$p" "a symbolic link loop (to \"${CF_SEEN[d$id]}\"), not followed" ;;
		*) if [ -n "${CF_SEEN[d$id]:-}" ]; then
			cf_warn "\"$p\": the same directory as \"${CF_SEEN[d$id]}\", read once"
		   else
			cf_list_dir "$p" "$id" "$up $id "
		   fi ;;
		esac ;;
	L) cf_bad "$p" "cannot open: a symbolic link loop" ;;
	N) cf_bad "$p" "cannot open: no such file or directory" ;;
	p) cf_bad "$p" "a FIFO, not a regular file: skipped" ;;
	c | b) cf_bad "$p" "a device, not a regular file: skipped" ;;
	*) cf_bad "$p" "not a regular file: skipped" ;;
	esac
}

# cf_list_dir DIR DEV:INODE ANCESTORS: lists what is below DIR.
cf_list_dir() {
	local dir=$1 id=$2 up=$3 rec ty lt di name p fd
	CF_SEEN[d$id]=$dir
	case $dir in /*) fd=$dir ;; *) fd=./$dir ;; esac
	if [ ! -r "$dir" ] || [ ! -x "$dir" ]; then
		cf_bad "$dir" "cannot open directory: permission denied"
		return
	fi
	while IFS= read -r -d '' rec; do
		ty=${rec%%	*} rec=${rec#*	}
		lt=${rec%%	*} rec=${rec#*	}
		di=${rec%%	*} name=${rec#*	}
		case $dir in */) p=$dir$name ;; *) p=$dir/$name ;; esac
		# A link's own inode is not its target's.
		if [ "$lt" = l ] && { [ "$ty" = d ] || [ "$ty" = f ]; }; then
			di=$(stat -L -c %d:%i -- "$fd/$name" 2>/dev/null) || ty=N
		fi
		cf_list_one "$p" "$ty" "$di" "$up"
	done < <(find "$fd" -mindepth 1 -maxdepth 1 ! -name '.*' -printf '%Y\t%y\t%D:%i\t%f\0' 2>/dev/null \
		| LC_ALL=C sort -z -t '	' -k4)
}

# cf_write_list FILE: writes CF_LIST to FILE, each name followed by a NUL.
cf_write_list() {
	[ ${#CF_LIST[@]} -eq 0 ] && { : > "$1"; return; }
	printf '%s\0' "${CF_LIST[@]}" > "$1" || cf_die "cannot write $1"
}

# cf_bytes < LIST: total size of the files listed (NUL-separated).
cf_bytes() {
	xargs -0 -r stat -L -c %s -- 2>/dev/null | awk '{ n += $1 } END { print n + 0 }'
}

# cf_extract_list LIST: cf-extract over the files of LIST (NUL-separated),
# as many at a time as a command line holds; returns the worst status.
cf_extract_list() {
	xargs -0 -r -a "$1" bash -c '"$0" -- "$@"; s=$?; [ "$s" -ge 2 ] && exit 255; exit "$s"' "${CF_P}extract"
	case $? in
	0) return 0 ;;
	123) return 1 ;;
	*) return 2 ;;
	esac
}

# cf_extract_each LIST: cf-extract over each file of LIST alone, each
# article's records followed by a record {"type":"cf-mark","n":N,"exit":S}
# (N counts from 0, S is cf-extract's status for it), which the other stages
# pass through: so each record is known to be of its article.  Returns the
# worst status.
cf_extract_each() {
	local f n=0 s w=0
	while IFS= read -r -d '' f; do
		"${CF_P}extract" -- "$f"
		s=$?
		printf '{"type":"cf-mark","n":%d,"exit":%d}\n' "$n" "$s" || return 2
		[ "$s" -ge 2 ] && return 2
		[ "$s" -gt "$w" ] && w=$s
		n=$((n + 1))
	done < "$1"
	return "$w"
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

# cf_facts_stage OUT CMD...: CMD (cf_extract_list or cf_extract_each and
# its list) | cf-normalize | cf-translate-map | cf-facts into OUT.  Names a
# stage that failed; returns the worst status of the stages.
cf_facts_stage() {
	local out=$1 names st i
	shift
	names=(cf-extract cf-normalize cf-translate-map cf-facts)
	if [ -n "${CF_PROGRESS_ARGS:-}" ]; then
		"$@" | cf_progress $CF_PROGRESS_ARGS | "${CF_P}normalize" \
			| "${CF_P}translate-map" | "${CF_P}facts" > "$out"
		st=("${PIPESTATUS[@]}")
		st=("${st[0]}" "${st[2]}" "${st[3]}" "${st[4]}")
	else
		"$@" | "${CF_P}normalize" | "${CF_P}translate-map" | "${CF_P}facts" > "$out"
		st=("${PIPESTATUS[@]}")
	fi
	for i in 0 1 2 3; do
		[ "${st[$i]}" -ge 2 ] && cf_warn "${names[$i]} failed (exit ${st[$i]})"
	done
	return "$(cf_worst "${st[@]}")"
}

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

# cf_bg CMD...: runs CMD in the background, in a process group of its own,
# and waits for it; returns its status.  A signal to the script is then
# handled at once (bash defers traps while a foreground command runs), and
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
	if [ -n "$CF_PUBLISHED" ]; then
		cf_warn "interrupted; the new outputs are in place"
	else
		cf_warn "interrupted; the outputs are left as they were"
	fi
	exit 2
}

# cf_reports FACTS AGGS DIR: writes DIR/facts.csv, DIR/indicators.csv,
# DIR/report.html and DIR/report.md from the fact records of FACTS and the
# agg records of AGGS; the CSVs for spreadsheets (cf-render --excel) when
# CF_EXCEL is set.  Sets CF_RC to the worst status.
CF_FACT_COLS=doc,lang,title,date,place,city,area,metric,value,unit,qualifier,period,kind,evidence,start,end
CF_AGG_COLS=place,city,area,metric,period,kind,unit,value,min,max,n,qualifiers,docs,conflict
cf_reports() {
	local facts=$1 aggs=$2 dir=$3 s=() g=()
	# Records are compact with "type" first: a grep is enough to choose them.
	grep '^{"type":"fact"' "$facts" > "$dir/.facts.only"; g+=($?)
	grep '^{"type":"doc"' "$facts" > "$dir/.docs.only"; g+=($?)
	grep '^{"type":"agg"' "$aggs" > "$dir/.aggs.only"; g+=($?)
	if [ "${g[0]}" -ge 2 ] || [ "${g[1]}" -ge 2 ] || [ "${g[2]}" -ge 2 ]; then
		cf_warn "cannot write in $dir"
		CF_RC=2
		return
	fi
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

# cf_run_start DIR: takes a shared lock of DIR/.cityfacts.lock for the
# rest of the run (descriptor 8).  When no other run holds it, first
# removes what killed runs left in DIR: their temporary directories, and
# generations that are not the current one.  Then makes CF_GEN, the new
# generation: an empty directory in DIR, removed at exit unless published.
CF_GEN= CF_PUBLISHED=
cf_run_start() {
	local dir=$1 cur g
	exec 8>>"$dir/.cityfacts.lock" || cf_die "cannot write in $dir"
	if flock -n -x 8; then
		cur=$(readlink -- "$dir/current" 2>/dev/null)
		for g in "$dir"/.gen.?????? "$dir"/.report.?????? "$dir"/.nightly.?????? \
			"$dir"/.parallel.?????? "$dir"/.current.new.*; do
			[ -e "$g" ] || [ -L "$g" ] || continue
			[ "${g##*/}" = "$cur" ] || rm -rf -- "$g"
		done
	fi
	flock -s 8 || cf_die "cannot lock $dir/.cityfacts.lock"
	trap '[ -n "$CF_GEN" ] && [ -z "$CF_PUBLISHED" ] && rm -rf -- "$CF_GEN"' EXIT
	CF_GEN=$(mktemp -d "$dir/.gen.XXXXXX") || cf_die "cannot write in $dir"
	# mktemp makes it private; the outputs are for whoever the umask allows.
	chmod -- "$(umask -S)" "$CF_GEN" || cf_die "cannot write in $dir"
}

# cf_stop_at STEP: when CF_STOP_AT is STEP, the run kills itself there
# (SIGKILL: no trap runs), as a crash or kill -9 would; for the tests.
cf_stop_at() {
	[ "${CF_STOP_AT:-}" = "$1" ] && kill -KILL $$
	return 0
}

# cf_publish DIR FILE...: makes CF_GEN, complete, the outputs of DIR: the
# symbolic link DIR/current is switched to it by one rename, so that at
# every moment the names show all the old files or all the new, never a
# mix; each DIR/FILE is a link to current/FILE (made once).  Then removes the generation that
# was current.  The steps, for CF_STOP_AT: gen (CF_GEN is complete), link
# (the new link is made), switch (it replaced DIR/current), links.
cf_publish() {
	local dir=$1 gen=${CF_GEN##*/} old f tl
	shift
	cf_stop_at gen
	old=$(readlink -- "$dir/current" 2>/dev/null)
	tl=$dir/.current.new.$$
	rm -f -- "$tl"
	ln -s -- "$gen" "$tl" || cf_die "cannot write in $dir"
	cf_stop_at link
	mv -T -f -- "$tl" "$dir/current" || cf_die "cannot switch $dir/current to $gen"
	CF_PUBLISHED=1
	cf_stop_at switch
	cf_link_outputs "$dir" "$@"
	cf_stop_at links
	case $old in .gen.??????) [ "$old" = "$gen" ] || rm -rf -- "${dir:?}/$old" ;; esac
}

# cf_link_outputs DIR FILE...: makes each DIR/FILE a link to current/FILE
# where it is not one (a file of an older layout is replaced at once).
cf_link_outputs() {
	local dir=$1 f tl=$1/.current.new.$$
	shift
	for f in "$@"; do
		[ "$(readlink -- "$dir/$f" 2>/dev/null)" = "current/$f" ] && continue
		{ rm -f -- "$tl" && ln -s -- "current/$f" "$tl" && mv -T -f -- "$tl" "$dir/$f"; } \
			|| cf_die "cannot link $dir/$f to current/$f"
	done
}
