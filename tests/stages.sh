#!/bin/sh
# Every stage's output on samples/ against the golden files in
# tests/golden/stages/ (Miller's reg_test/expected, STYLE.md): the records
# of cf-extract, cf-normalize, cf-translate-map, cf-facts (plain and with
# --explain --keep-segs) and cf-aggregate, each format of cf-render, the
# sheets of the workbook, and each stage's messages and exit status.  A
# change that moves code must leave every one of them as it was; a change
# that means to change an output rewrites them with
#   sh tests/stages.sh --update
# and the diff of tests/golden/stages/ shows what it changed.
. "$(dirname "$0")/lib.sh"
G=tests/golden/stages
O=$TMP/stages
mkdir -p "$O"
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC

# stage NAME CMD...: CMD's stdout in $O/NAME, its stderr and status in $O/NAME.err
stage() {
	n=$1
	shift
	"$@" >"$O/$n" 2>"$O/$n.err"
	echo "exit $?" >>"$O/$n.err"
}
stage e.nd "$CF_BIN/cf-extract" samples
stage n.nd "$CF_BIN/cf-normalize" "$O/e.nd"
stage t.nd "$CF_BIN/cf-translate-map" "$O/n.nd"
stage f.nd "$CF_BIN/cf-facts" "$O/t.nd"
stage fx.nd "$CF_BIN/cf-facts" --explain --keep-segs "$O/t.nd"
stage a.nd "$CF_BIN/cf-aggregate" "$O/f.nd"
for f in csv tsv json sql md html; do
	stage "report.$f" "$CF_BIN/cf-render" -f "$f" "$O/f.nd" "$O/a.nd"
done
stage excel.csv "$CF_BIN/cf-render" --excel -t agg "$O/a.nd"
stage xlsx.out "$CF_BIN/cf-render" -f xlsx -o "$O/r.xlsx" "$O/f.nd" "$O/a.nd"
# the workbook's parts, but its time of creation (docProps/core.xml)
python3 - "$O/r.xlsx" >"$O/xlsx.txt" 2>&1 <<'PY' || echo "reading the workbook failed" >>"$O/xlsx.txt"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in sorted(z.namelist()):
    if n != "docProps/core.xml":
        print("==", n)
        print(z.read(n).decode("utf-8"))
PY
rm -f "$O/r.xlsx"
# the report links each article by its absolute name: where the checkout is
# stands as CHECKOUT in the golden file
here=$(pwd)
sed "s|file://$here/|file://CHECKOUT/|g" "$O/report.html" >"$O/report.html.new" && mv "$O/report.html.new" "$O/report.html"

if [ "${1:-}" = --update ]; then
	rm -rf "$G" && mkdir -p "$G" && cp "$O"/* "$G"/ && echo "wrote $G: $(ls "$G" | wc -l) files"
	exit 0
fi
if [ ! -d "$G" ]; then
	fail "stages: golden files" "$G is missing (sh tests/stages.sh --update writes it)"
	exit 1
fi
for f in "$G"/*; do
	n=$(basename "$f")
	if cmp -s "$f" "$O/$n"; then ok "stages: $n as golden"; else
		fail "stages: $n as golden" "$(diff "$f" "$O/$n" 2>&1 | head -c 1500)"
	fi
done
for f in "$O"/*; do
	[ -e "$G/$(basename "$f")" ] || fail "stages: $(basename "$f") has no golden file" "sh tests/stages.sh --update writes it"
done
