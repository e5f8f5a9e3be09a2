#!/bin/sh
# Runs every benchmark tests/bench/*.sh (each prints a Markdown section on
# stdout) with the binaries of BINDIR, and writes them together to
# bench/RESULTS.md.  make bench calls it.
cd "$(dirname "$0")/../.." || exit 2
BIN=${1:-bin}
mkdir -p bench || exit 2
out=bench/RESULTS.md.new
{
	echo "# Benchmarks"
	echo
	echo "Written by \`make bench\` on $(date -u +%Y-%m-%d) ($(uname -m), $(nproc) cores)."
	echo
	echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) of memory, $(uname -sr); started $(date -u '+%Y-%m-%d %H:%M UTC')."
	for b in tests/bench/*.sh; do
		[ "$b" = tests/bench/run.sh ] && continue
		echo
		sh "$b" "$BIN" || echo "($(basename "$b" .sh) failed: exit $?)"
	done
} >"$out" && mv "$out" bench/RESULTS.md && cat bench/RESULTS.md
