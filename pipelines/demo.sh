#!/bin/sh
# make demo: runs pipelines/report.sh on samples/ and says where the report is.
# usage: pipelines/demo.sh BINDIR OUTDIR
set -u
bin=${1:-bin} out=${2:-out}
here=$(dirname "$0")
CF_BIN=$bin bash "$here/report.sh" -o "$out" samples/
rc=$?
[ "$rc" -ge 2 ] && exit "$rc"
nf=$(grep -c '^{"type":"fact"' "$out/facts.ndjson")
ni=$(($(wc -l < "$out/indicators.csv") - 1))
echo "wrote $out/: $nf facts (facts.ndjson, facts.csv), $ni indicators (indicators.csv)"
echo "the report: $out/report.html (and $out/report.md)"
echo "your own articles: pipelines/report.sh -o DIR ARTICLES... (cf-report after make install)"
exit "$rc"
