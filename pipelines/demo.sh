#!/bin/sh
# make demo: runs the pipeline on samples/ and writes its results to OUTDIR.
# usage: pipelines/demo.sh BINDIR OUTDIR
set -eu
bin=${1:-bin} out=${2:-out}
mkdir -p "$out"
"$bin/cf-extract" samples/ > "$out/segs.ndjson.tmp"
mv "$out/segs.ndjson.tmp" "$out/segs.ndjson"
echo "wrote $out/segs.ndjson ($(wc -l < "$out/segs.ndjson") records)"
