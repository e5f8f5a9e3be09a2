# The README's own commands, run as written on a fresh copy of the
# checkout (the files git tracks, and new ones not ignored): "Two
# commands" (make demo; make check only as a dry run, since make check is
# what runs this test), "A pipeline", and the cron example after the
# Install section's make install, in cron's environment (sh, HOME, PATH
# /usr/bin:/bin, the home directory as working directory).
. tests/lib.sh

if ! command -v git >/dev/null || ! git rev-parse --show-toplevel >/dev/null 2>&1; then
	skip "README commands" "not a git checkout"
	exit 0
fi
C=$TMP/clone
mkdir -p "$C"
git ls-files -z -c -o --exclude-standard | xargs -0 tar cf - 2>/dev/null | tar xf - -C "$C"

# block SECTION: the indented lines of the README's section SECTION.
block() {
	awk -v h="## $1" '$0 == h { on = 1; next } on && /^## / { exit } on && /^    / { print substr($0, 5) }' README.md
}

block "Two commands" | sed 's/#.*//; s/ *$//' | grep -v '^$' >"$TMP/two"
check "Two commands: make demo and make check" "make demo
make check" "$(cat "$TMP/two")"
# As a user runs it: not as a sub-make of the make check that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
(cd "$C" && nice make demo) >"$TMP/demo.out" 2>&1
check "Two commands: make demo on a fresh copy exits 0" "0" "$?"
check_grep "make demo: says where the report is" "^the report: out/report.html" "$TMP/demo.out"
check "make demo: its last line says how to run on your own articles" \
	"your own articles: pipelines/report.sh -o DIR ARTICLES... (cf-report after make install)" \
	"$(tail -1 "$TMP/demo.out")"
check "make demo: the report has the facts" "yes" \
	"$([ "$(grep -c '^{"type":"fact"' "$C/out/facts.ndjson")" -gt 10 ] && echo yes || echo no)"
(cd "$C" && make -n check) >"$TMP/check.out" 2>&1
check "Two commands: make check is a target (dry run)" "0" "$?"

# A pipeline: by hand, from the top of the copy.
block "A pipeline" >"$TMP/pipeline.sh"
check "A pipeline: four commands" "4" "$(wc -l <"$TMP/pipeline.sh" | tr -d ' ')"
(cd "$C" && sh -e "$TMP/pipeline.sh") >"$TMP/pipe.out" 2>"$TMP/pipe.err"
check "A pipeline: runs as written" "0" "$?"
nf=$(grep -c '^{"type":"fact"' "$C/facts.ndjson")
nd=$(grep -c '^{"type":"doc"' "$C/facts.ndjson")
check "A pipeline: the report counts the facts and documents" "yes $nd" \
	"$([ "$nf" -gt 10 ] && echo yes) $(ls "$C/samples" | wc -l | tr -d ' ')"
check_grep "A pipeline: report.html says so" "from $nd articles .*: $nf facts, " "$C/report.html"
check "A pipeline: every fact's evidence is in report.html" "$nf" \
	"$(python3 -c '
import html, json, sys
page = open(sys.argv[2], encoding="utf-8").read().replace("<mark>", "").replace("</mark>", "")
n = 0
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    if r["type"] == "fact" and html.escape(r["evidence"], quote=True).replace("&#x27;", "&#39;") in page: n += 1
print(n)' "$C/facts.ndjson" "$C/report.html")"

# Install, then the crontab line in cron's environment.
H=$TMP/home
mkdir -p "$H/articles"
cp "$C"/samples/* "$H/articles/"
inst=$(block "Install" | grep '^make install')
check "Install: the command" 'make install PREFIX=$HOME/.local' "$inst"
before=$(ls -l --time-style=+%s.%N "$C/bin" | md5sum)
(cd "$C" && HOME=$H sh -c "$inst") >"$TMP/inst.out" 2>&1
check "Install: exits 0" "0" "$?"
check "Install: bin/ of the tree not rebuilt" "$before" "$(ls -l --time-style=+%s.%N "$C/bin" | md5sum)"
check "Install: cf-report and cf-nightly on PATH" "cf-nightly cf-report" \
	"$(cd "$H/.local/bin" && ls cf-report cf-nightly | sort | tr '\n' ' ' | sed 's/ $//')"
check "Install: cf-report --help names itself" "usage: cf-report [--progress|--quiet] [--excel] -o DIR INPUT..." \
	"$("$H/.local/bin/cf-report" --help | grep '^usage:')"
rm -rf "$C"   # nothing may need the source tree now

cron=$(block "Schedule it" | grep -E '^[0-9*]+ +[0-9*]+ +[0-9*]+ +[0-9*]+ +[0-9*]+ ')
check "Schedule it: one crontab line" "1" "$(printf '%s\n' "$cron" | grep -c .)"
cmd=$(printf '%s\n' "$cron" | sed -E 's/^([^ ]+ +){5}//')
(cd "$H" && env -i HOME="$H" LOGNAME=cron SHELL=/bin/sh PATH=/usr/bin:/bin sh -c "$cmd") >"$TMP/cron.out" 2>"$TMP/cron.err"
check "cron: the line runs (exit 0)" "0" "$?"
check "cron: nothing on stderr" "" "$(cat "$TMP/cron.err")"
check_grep "cron: one summary line" "^[0-9T:-]+Z nightly: 5 articles, 5 new, 0 changed, 0 gone; [0-9]+ facts added, [0-9]+ in the store; [0-9]+s$" "$TMP/cron.out"
check "cron: the outputs (and current, the generation they link into)" "current facts.csv facts.ndjson indicators.csv nightly.log report.html report.md" \
	"$(ls "$H/cityfacts" | tr '\n' ' ' | sed 's/ $//')"
check "cron: the facts of a source-tree run" "$nf" "$(grep -c '^{"type":"fact"' "$H/cityfacts/facts.ndjson")"
