#!/bin/sh
# cf-aggregate --merge: aggregating random parts of the input, then merging
# the partial aggregates in a random order (and merges of merges), gives
# byte for byte what one run over the whole input gives.
. tests/lib.sh
agg=$CF_BIN/cf-aggregate

# gen SEED N: N fact records with few groups and many repeated values, and
# values of very different magnitudes so that sums depend on their order
# unless they are exact.
gen() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		srand(seed)
		split("Shanghai Beijing Shenzhen Hangzhou", city, " ")
		split("ai_enterprises industry_scale industry_growth", metric, " ")
		split("en zh pt", lang, " ")
		split("= > ~ >=", q, " ")
		split("0.1 0.7 1e-9 123456.789 3.3e15 -2.5 1149 1200 224600000000 29.5", vals, " ")
		for (i = 0; i < n; i++) {
			printf "{\"type\":\"fact\",\"doc\":\"d%03d.txt\",\"lang\":\"%s\",\"city\":\"%s\",\"area\":\"\",", \
				int(rand() * 60), lang[1 + int(rand() * 3)], city[1 + int(rand() * 4)]
			printf "\"metric\":\"%s\",\"value\":%s,\"unit\":\"count\",\"qualifier\":\"%s\",", \
				metric[1 + int(rand() * 3)], vals[1 + int(rand() * 10)], q[1 + int(rand() * 4)]
			printf "\"period\":\"%d\",\"kind\":\"actual\",\"w\":%s}\n", 2018 + int(rand() * 3), vals[1 + int(rand() * 10)]
		}
	}'
}

# split_run SEED FILE OUTPUT OPTS...: splits FILE's lines at random into 1
# to 7 parts, aggregates each, and merges the parts in a random order, some
# of them merged in pairs first.
split_run() {
	seed=$1 file=$2 out=$3; shift 3
	rm -rf "$TMP/parts" && mkdir "$TMP/parts"
	k=$(awk -v s="$seed" 'BEGIN { srand(s); print 1 + int(rand() * 7) }')
	awk -v s="$seed" -v k="$k" -v d="$TMP/parts" 'BEGIN { srand(s * 7 + 1) }
		{ print > (d "/p" int(rand() * k)) }' "$file"
	for p in "$TMP"/parts/p*; do
		"$agg" "$@" "$p" > "$p.agg" || return 1
	done
	# A random order of the partial aggregates; the first two merged first.
	ls "$TMP"/parts/*.agg | awk -v s="$seed" 'BEGIN { srand(s * 13 + 5) }
		{ print rand() "\t" $0 }' | sort -n | cut -f2 > "$TMP/order"
	set -- "$@"
	first=$(sed -n 1,2p "$TMP/order")
	rest=$(sed -n '3,$p' "$TMP/order")
	# shellcheck disable=SC2086
	"$agg" --merge "$@" $first > "$TMP/parts/m01" || return 1
	# shellcheck disable=SC2086
	"$agg" --merge "$@" $rest "$TMP/parts/m01" > "$out"
}

for seed in 1 2 3 4 5 6 7 8; do
	gen "$seed" 400 > "$TMP/facts"
	"$agg" "$TMP/facts" > "$TMP/one"
	split_run "$seed" "$TMP/facts" "$TMP/merged"
	check "fact mode: random split $seed merges to one run" "$(cat "$TMP/one")" "$(cat "$TMP/merged")"
	"$agg" --by city,metric --count --sum w,value --mean w --min value --max value "$TMP/facts" > "$TMP/one"
	split_run "$seed" "$TMP/facts" "$TMP/merged" --by city,metric --count --sum w,value --mean w --min value --max value
	check "generic mode: random split $seed merges to one run" "$(cat "$TMP/one")" "$(cat "$TMP/merged")"
done

# The test would pass trivially if the outputs were empty or had one group.
gen 9 400 > "$TMP/facts"
check "fact mode makes many groups" 1 "$("$agg" "$TMP/facts" | awk 'END { print (NR > 20) }')"
check "generic sums are not integers" 1 "$("$agg" --by city --sum w "$TMP/facts" | grep -c '"w_sum":[0-9-]*\.[0-9]' | awk '{ print ($1 > 0) }')"

# Merging an aggregate with nothing, or with itself under a different
# split, is stable; merging empty input gives nothing.
"$agg" "$TMP/facts" > "$TMP/one"
check "merging one aggregate alone is the identity" "$(cat "$TMP/one")" "$("$agg" --merge "$TMP/one" /dev/null)"
check "merging empty input writes nothing" "" "$("$agg" --merge /dev/null)"
# A merge is not a union of records: the same aggregate merged twice
# counts every fact twice.
n1=$(jqr '.n' "$TMP/one" | awk '{ s += $1 } END { print s }')
n2=$("$agg" --merge "$TMP/one" "$TMP/one" | jqr '.n' | awk '{ s += $1 } END { print s }')
check "merging an aggregate twice doubles n" "$((2 * n1))" "$n2"
check "n counts every fact" 400 "$n1"
