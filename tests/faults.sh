#!/bin/sh
# Faults around the batch scripts: what a cron job, a full disk, a kill or
# a hostile file name do to nightly.sh and report.sh.  After each fault,
# and after one clean run, nightly.sh's five outputs must equal report.sh's
# from the same articles, byte for byte, with each article there once.
# Runs the real tools on small articles written here.
. tests/lib.sh
need_pipeline faults || exit 0
P=$(pwd)/pipelines
FIVE="facts.ndjson facts.csv indicators.csv report.html report.md"

# art FILE CITY COUNT YEAR: an article with one fact, COUNT AI firms in CITY.
art() {
	printf 'AI news of %s\n\nTime: %s-03-04\n\n%s had more than %s artificial intelligence enterprises in %s, the city said.\n' \
		"$2" "$4" "$2" "$3" "$4" > "$1"
}

# same NAME DIR INPUT...: DIR's five outputs equal report.sh's from INPUT.
same() {
	name=$1 dir=$2
	shift 2
	rm -rf "$TMP/ref"
	"$P/report.sh" --quiet -o "$TMP/ref" "$@" >/dev/null 2>&1
	d=
	for f in $FIVE; do
		cmp -s "$TMP/ref/$f" "$dir/$f" || d="$d $f"
	done
	check "$name: the outputs equal report.sh's" "" "$d"
}

# docs DIR: the number of doc records and of distinct docs in DIR's store.
docs() {
	echo "$(grep -c '^{"type":"doc"' "$1/facts.ndjson") $(grep '^{"type":"doc"' "$1/facts.ndjson" | jq -c .doc | sort -u | wc -l)"
}

# tidy DIR: DIR holds the outputs, the state, one generation (the current
# one) and the locks; nothing a run left.
tidy() {
	g=$(cd "$1" && ls -A | grep -c '^\.gen\.')
	l=$(cd "$1" && ls -A | grep -v '^\.gen\.' | tr '\n' ' ')
	check "$2: nothing left by earlier runs" "1 .cityfacts.lock .nightly.lock .nightly.state current facts.csv facts.ndjson indicators.csv nightly.log report.html report.md " "$g $l"
}

# sums DIR: checksums of DIR's five outputs.
sums() { (cd "$1" && cksum $FIVE 2>&1); }

night() { "$P/nightly.sh" "$@"; }

mkdir -p "$TMP/in/sub"
A=$(cd "$TMP/in" && pwd -P)
N=$TMP/night
art "$A/a.txt" Hangzhou 1200 2021
art "$A/b.txt" Shanghai 1500 2021
art "$A/sub/c.txt" Beijing 1700 2020
art "$A/sub/d.txt" Shenzhen 900 2022

check_rc "first night: exit 0" 0 night -o "$N" "$A"
check_grep "first night: 4 new" "nightly: 4 articles, 4 new, 0 changed, 0 gone; 4 facts added, 4 in the store" "$TMP/out"
same "first night" "$N" "$A"
check "first night: 4 docs, each once" "4 4" "$(docs "$N")"
tidy "$N" "first night"

# --- an empty or missing input for a night --------------------------------

before=$(sums "$N")
mv "$A" "$A.away" && mkdir "$A"
check_rc "empty input: exit 2" 2 night -o "$N" "$A"
check_grep "empty input: says so" "no files in directory" "$TMP/err"
check_grep "empty input: nothing changed" "no article could be read in .*; nothing changed" "$TMP/err"
check "empty input: the outputs are as they were" "$before" "$(sums "$N")"
rmdir "$A"
check_rc "missing input: exit 2" 2 night -o "$N" "$A"
check_grep "missing input: named" "cannot open: no such file or directory" "$TMP/err"
check "missing input: the outputs are as they were" "$before" "$(sums "$N")"
mv "$A.away" "$A"
check_rc "input back: exit 0" 0 night -o "$N" "$A"
check_grep "input back: nothing to read" "nightly: 4 articles, 0 new, 0 changed, 0 gone; 0 facts added, 4 in the store" "$TMP/out"
same "input back" "$N" "$A"
check "input back: 4 docs, each once" "4 4" "$(docs "$N")"

# --- one input typed three ways ----------------------------------------------

(cd "$TMP" && "$P/nightly.sh" -o "$N" in >"$TMP/out" 2>&1 && "$P/nightly.sh" -o "$N" ./in/ >>"$TMP/out" 2>&1)
check "typed paths: in and ./in/ are the same input" "2" "$(grep -c '4 articles, 0 new, 0 changed, 0 gone; 0 facts added, 4 in the store' "$TMP/out")"
check "typed paths: 4 docs, each once" "4 4" "$(docs "$N")"
same "typed paths" "$N" "$A"

# --- an article moved away and back ----------------------------------------

mv "$A/b.txt" "$TMP/b.txt"
check_rc "moved away: exit 0" 0 night -o "$N" "$A"
check_grep "moved away: 1 gone" "3 articles, 0 new, 0 changed, 1 gone; 0 facts added, 3 in the store" "$TMP/out"
same "moved away" "$N" "$A"
mv "$TMP/b.txt" "$A/b.txt"
check_rc "moved back: exit 0" 0 night -o "$N" "$A"
check_grep "moved back: 1 new" "4 articles, 1 new, 0 changed, 0 gone; 1 facts added, 4 in the store" "$TMP/out"
same "moved back" "$N" "$A"
check "moved back: 4 docs, each once" "4 4" "$(docs "$N")"

# --- a changed article ----------------------------------------------------------

art "$A/b.txt" Shanghai 1600 2021
check_rc "changed: exit 0" 0 night -o "$N" "$A"
check_grep "changed: 1 changed" "4 articles, 0 new, 1 changed, 0 gone; 1 facts added, 4 in the store" "$TMP/out"
check "changed: the new figure replaces the old" "1600" "$(grep '"city":"Shanghai"' "$N/facts.ndjson" | jqr .value)"
same "changed" "$N" "$A"

# --- the state truncated, emptied, deleted, of an older format ----------------

for how in truncated emptied deleted older; do
	case $how in
	truncated) truncate -s 150 "$N/.nightly.state" ;;
	emptied) : > "$N/.nightly.state" ;;
	deleted) rm "$N/current/.nightly.state" ;;
	older) sha256sum "$A/a.txt" "$A/b.txt" > "$N/current/.nightly.state" ;;
	esac
	check_rc "state $how: exit 0" 0 night -o "$N" "$A"
	check_grep "state $how: not trusted" "is missing or does not match the store; every article is read again" "$TMP/err"
	check_grep "state $how: every article read again" "4 articles, 0 new, 0 changed, 0 gone, 4 read again; 4 facts added, 4 in the store" "$TMP/out"
	same "state $how" "$N" "$A"
	check "state $how: 4 docs, each once" "4 4" "$(docs "$N")"
	check_rc "state $how, then a clean run: exit 0" 0 night -o "$N" "$A"
	check "state $how, then a clean run: the state is trusted again" "" "$(cat "$TMP/err")"
	check_grep "state $how, then a clean run: nothing read" "4 articles, 0 new, 0 changed, 0 gone; 0 facts added" "$TMP/out"
	same "state $how, then a clean run" "$N" "$A"
done
rm "$N/.nightly.state"
check_rc "the link to the state deleted: exit 0" 0 night -o "$N" "$A"
check "the link to the state deleted: the state in current/ is used" "" "$(cat "$TMP/err")"
check "the link to the state deleted: made again" "current/.nightly.state" "$(readlink "$N/.nightly.state")"

# --- the store deleted or truncated ---------------------------------------------

rm "$N/facts.ndjson"
check_rc "store link deleted: exit 0" 0 night -o "$N" "$A"
same "store link deleted" "$N" "$A"
rm "$N/current/facts.ndjson"
check_rc "store deleted: exit 0" 0 night -o "$N" "$A"
check_grep "store deleted: every article read again" "4 articles, 0 new, 0 changed, 0 gone, 4 read again; 4 facts added, 4 in the store" "$TMP/out"
same "store deleted" "$N" "$A"
head -c 300 "$N/facts.ndjson" > "$TMP/half" && cat "$TMP/half" > "$N/current/facts.ndjson"
check_rc "store truncated: exit 0" 0 night -o "$N" "$A"
check_grep "store truncated: not trusted" "does not match the store" "$TMP/err"
same "store truncated" "$N" "$A"
check "store truncated: 4 docs, each once" "4 4" "$(docs "$N")"
tidy "$N" "store truncated"

# --- a kill at each step of the switch -----------------------------------------

n=1300
for step in gen link switch links; do
	mkdir -p "$TMP/old"
	for f in $FIVE; do cp "$N/$f" "$TMP/old/$f"; done
	n=$((n + 10))
	art "$A/a.txt" Hangzhou $n 2021
	env CF_STOP_AT=$step "$P/nightly.sh" -o "$N" "$A" >/dev/null 2>&1
	check "killed at $step: the run died (SIGKILL)" "137" "$?"
	d=
	case $step in
	gen | link) for f in $FIVE; do cmp -s "$TMP/old/$f" "$N/$f" || d="$d $f"; done
		check "killed at $step: all five outputs are the old ones" "" "$d" ;;
	*) same "killed at $step: all five outputs are the new ones" "$N" "$A" ;;
	esac
	check "killed at $step: the figure is the old or the new, once" "1" "$(grep -c '"city":"Hangzhou"' "$N/facts.ndjson")"
	check_rc "killed at $step, then a clean run: exit 0" 0 night -o "$N" "$A"
	same "killed at $step, then a clean run" "$N" "$A"
	check "killed at $step, then a clean run: 4 docs, each once" "4 4" "$(docs "$N")"
	tidy "$N" "killed at $step, then a clean run"
done
# report.sh switches its five files the same way.
R=$TMP/rep
"$P/report.sh" --quiet -o "$R" "$A" 2>/dev/null
for step in gen link switch links; do
	for f in $FIVE; do cp "$R/$f" "$TMP/old/$f"; done
	n=$((n + 10))
	art "$A/a.txt" Hangzhou $n 2021
	env CF_STOP_AT=$step "$P/report.sh" --quiet -o "$R" "$A" >/dev/null 2>&1
	check "report.sh killed at $step: the run died (SIGKILL)" "137" "$?"
	d=
	case $step in
	gen | link) for f in $FIVE; do cmp -s "$TMP/old/$f" "$R/$f" || d="$d $f"; done
		check "report.sh killed at $step: all five outputs are the old ones" "" "$d" ;;
	*) same "report.sh killed at $step: all five outputs are the new ones" "$R" "$A" ;;
	esac
	"$P/report.sh" --quiet -o "$R" "$A" 2>/dev/null
	check "report.sh killed at $step, then a clean run: one generation, nothing left" \
		"1 .cityfacts.lock current facts.csv facts.ndjson indicators.csv report.html report.md " \
		"$(cd "$R" && ls -A | grep -c '^\.gen\.') $(cd "$R" && ls -A | grep -v '^\.gen\.' | tr '\n' ' ')"
done
check_rc "report.sh and nightly.sh agree after the kills" 0 night -o "$N" "$A"
same "report.sh and nightly.sh agree after the kills" "$N" "$A"

# Temporary directories of the older scripts, killed with -9.
mkdir "$N/.nightly.AbC123" "$N/.report.XyZ789" && touch "$N/.nightly.AbC123/state"
check_rc "older leftovers: exit 0" 0 night -o "$N" "$A"
tidy "$N" "older leftovers"

# The layout of older versions: the outputs and the state as plain files.
L=$TMP/legacy
mkdir -p "$L"
for f in $FIVE; do cp "$N/$f" "$L/$f"; done
sha256sum "$A/a.txt" > "$L/.nightly.state"
check_rc "older layout: exit 0" 0 night -o "$L" "$A"
check_grep "older layout: every article read again" "4 articles, 0 new, 0 changed, 0 gone, 4 read again; 4 facts added, 4 in the store" "$TMP/out"
check "older layout: the files become links" "current/facts.ndjson current/.nightly.state" "$(readlink "$L/facts.ndjson") $(readlink "$L/.nightly.state")"
same "older layout" "$L" "$A"

# --- two runs at once ----------------------------------------------------------

art "$A/b.txt" Shanghai 1650 2021
art "$A/e.txt" Chengdu 300 2021
night --wait 60 -o "$N" "$A" >"$TMP/out1" 2>"$TMP/err1" &
p1=$!
night --wait 60 -o "$N" "$A" >"$TMP/out2" 2>"$TMP/err2" &
p2=$!
wait $p1; s1=$?
wait $p2; s2=$?
check "two runs at once: both exit 0" "0 0" "$s1 $s2"
check "two runs at once: one did the work, the other found nothing to do" \
	"5 articles, 0 new, 0 changed, 0 gone; 0 facts added, 5 in the store|5 articles, 1 new, 1 changed, 0 gone; 2 facts added, 5 in the store" \
	"$(cat "$TMP/out1" "$TMP/out2" | sed 's/.*nightly: //; s/; [0-9]*s$//' | sort | tr '\n' '|' | sed 's/|$//')"
same "two runs at once" "$N" "$A"
check "two runs at once: 5 docs, each once" "5 5" "$(docs "$N")"
tidy "$N" "two runs at once"

# --- hostile names -----------------------------------------------------------------

art "$A/back\\slash.txt" Guangzhou 410 2021
art "$A/new
line.txt" Guangzhou 420 2021
art "$A/quo\"te's.txt" Guangzhou 430 2021
art "$A/sp ace.txt" Guangzhou 440 2021
art "$A/-d.txt" Guangzhou 450 2021
check_rc "hostile names: exit 0" 0 night -o "$N" "$A"
check_grep "hostile names: 5 new" "10 articles, 5 new, 0 changed, 0 gone; 5 facts added, 10 in the store" "$TMP/out"
check "hostile names: each article's figure is there once" "410 420 430 440 450" \
	"$(grep '"city":"Guangzhou"' "$N/facts.ndjson" | jqr .value | sort -n | tr '\n' ' ' | sed 's/ $//')"
same "hostile names" "$N" "$A"
check_rc "hostile names, second run: exit 0" 0 night -o "$N" "$A"
check_grep "hostile names, second run: none read again" "10 articles, 0 new, 0 changed, 0 gone; 0 facts added, 10 in the store" "$TMP/out"
check_rc "report.sh: a leading dash is a file name after --" 0 sh -c 'cd "$1" && "$2/report.sh" --quiet -o "$3" -- -d.txt' sh "$A" "$P" "$TMP/dash"
check "report.sh: the article named -d.txt read" "450" "$(grep '^{"type":"fact"' "$TMP/dash/facts.ndjson" | jqr .value)"

# --- a FIFO, a device, symbolic link loops -------------------------------------

mkfifo "$A/fifo.txt"
ln -s /dev/zero "$A/zero.txt"
ln -s . "$A/sub/loop"
ln -s l2 "$A/l1"
ln -s l1 "$A/l2"
ln -s sub "$A/zalias"
check_rc "special files: exit 1, not a hang" 1 timeout 60 "$P/nightly.sh" -o "$N" "$A"
check_grep "special files: the FIFO is named" "fifo.txt\": a FIFO, not a regular file: skipped" "$TMP/err"
check_grep "special files: the device is named" "zero.txt\": a device, not a regular file: skipped" "$TMP/err"
check "special files: each loop is named once" "3" "$(grep -c 'symbolic link loop' "$TMP/err")"
check_grep "special files: a second link to a directory is read once" "zalias\": the same directory as \".*/sub\", read once" "$TMP/err"
check_grep "special files: the articles are all there" "10 articles, 0 new, 0 changed, 0 gone; 0 facts added, 10 in the store; [0-9]+s; some articles were bad \(exit 1\)" "$TMP/out"
same "special files" "$N" "$A"
check_rc "special files: report.sh exits 1, not a hang" 1 timeout 60 "$P/report.sh" -o "$TMP/rs" "$A"
check "special files: report.sh names the same ones" "6" "$(grep -c 'skipped\|loop\|read once' "$TMP/err")"
check "special files: 10 docs, each once" "10 10" "$(docs "$N")"
rm "$A/fifo.txt" "$A/zero.txt" "$A/sub/loop" "$A/l1" "$A/l2" "$A/zalias"

# --- no input could be read: report.sh and cf-render -o change nothing ----------

before=$(sums "$TMP/rs")
check_rc "report.sh, no input: exit 2" 2 "$P/report.sh" -o "$TMP/rs" "$TMP/no-such-dir"
check_grep "report.sh, no input: says so" "no article could be read in .*no-such-dir; the outputs are left as they were" "$TMP/err"
check "report.sh, no input: the outputs are as they were" "$before" "$(sums "$TMP/rs")"
cp "$TMP/rs/facts.csv" "$TMP/good.csv"
check_rc "cf-render -o, no input: exit 2" 2 "$CF_BIN/cf-render" -f csv -o "$TMP/good.csv" "$TMP/no-such-file"
check_grep "cf-render -o, no input: the file is named" "no-such-file" "$TMP/err"
check_grep "cf-render -o, no input: says the output is kept" "no input could be read; \".*good.csv\" is left as it was" "$TMP/err"
check "cf-render -o, no input: the output is as it was" "$(cksum < "$TMP/rs/facts.csv")" "$(cksum < "$TMP/good.csv")"
check "cf-render -o, no input: no temporary left" "good.csv" "$(ls "$TMP" | grep good)"
check_rc "cf-render -o, one input of two read: exit 1" 1 "$CF_BIN/cf-render" -f csv -t fact -o "$TMP/good.csv" "$TMP/no-such-file" "$N/facts.ndjson"
check "cf-render -o, one input of two read: written, a row per fact" "10" \
	"$(python3 -c 'import csv, sys; print(len(list(csv.DictReader(open(sys.argv[1], newline="")))))' "$TMP/good.csv")"

# --- a full disk, at the start and in the middle of a run -----------------------

D=$TMP/disk
mkdir -p "$D"
if ! mount -t tmpfs -o size=4m tmpfs "$D" 2>/dev/null; then
	skip "faults: a full disk" "cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)"
	exit 0
fi
trap 'umount "$D" 2>/dev/null; rm -rf "$TMP"' EXIT
check_rc "full disk: a first night on the small disk" 0 night -o "$D/n" "$A"
k=$(du -sk "$D/n/current/" | cut -f1)
fill() { # KB: leaves KB kilobytes free on the disk
	rm -f "$D/fill"
	free=$(df -k --output=avail "$D" | tail -1)
	dd if=/dev/zero of="$D/fill" bs=1k count=$((free - $1)) 2>/dev/null
}
for when in start middle end; do
	art "$A/a.txt" Hangzhou $((n + 100)) 2021
	n=$((n + 100))
	before=$(sums "$D/n")
	case $when in start) fill 0 ;; middle) fill $((k / 2)) ;; end) fill $((k - 8)) ;; esac
	check_rc "full disk at the $when: exit 2" 2 night -o "$D/n" "$A"
	check_grep "full disk at the $when: a message" "cannot|failed|No space" "$TMP/err"
	echo "# full disk at the $when: $(tr '\n' ' ' < "$TMP/err" | head -c 300)"
	check "full disk at the $when: the outputs are as they were" "$before" "$(sums "$D/n")"
	rm -f "$D/fill"
	check_rc "full disk at the $when, then space again: exit 0" 0 night -o "$D/n" "$A"
	same "full disk at the $when, then space again" "$D/n" "$A"
	check "full disk at the $when, then space again: 10 docs, each once" "10 10" "$(docs "$D/n")"
	tidy "$D/n" "full disk at the $when, then space again"
done
umount "$D"
