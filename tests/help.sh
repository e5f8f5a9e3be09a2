# What the tools say of themselves: --help text as printed (no printf
# escapes left), cf-extract's usage naming standard input and web pages,
# cf-render -o's error naming the file asked for, and the generic
# cf-aggregate example of the README and cf-aggregate(1) on records that
# have the field it sums.
. tests/lib.sh

for t in extract normalize translate-map facts aggregate render; do
	"$CF_BIN/cf-$t" --help >"$TMP/help.$t" 2>&1
	check "cf-$t --help: exit 0, no %% left" "0 0" "$? $(grep -c '%%' "$TMP/help.$t")"
done
check_grep "cf-aggregate --help: the tolerance in percent" '\(0\.02 or 2%; default 2%\)' "$TMP/help.aggregate"
check_grep "cf-extract --help: usage with standard input" '^usage: cf-extract .*\[FILE\|DIR\|- \.\.\.\]$' "$TMP/help.extract"
check_grep "cf-extract --help: names web pages" 'HTML web pages' "$TMP/help.extract"
check_grep "cf-extract --help: and standard input" 'standard input' "$TMP/help.extract"

check_rc "cf-render -o in a missing directory: exit 2" 2 "$CF_BIN/cf-render" -o "$TMP/no/such/x.csv" /dev/null
check "cf-render -o: the message names the file asked for" \
	"cf-render: cannot write \"$TMP/no/such/x.csv\": No such file or directory" "$(cat "$TMP/err")"

# The generic example: articles and their bytes per language.
printf '%s\n' '{"type":"doc","doc":"a","lang":"en","bytes":100}' '{"type":"fact","doc":"a","value":1}' \
	'{"type":"doc","doc":"b","lang":"zh","bytes":30}' '{"type":"doc","doc":"c","lang":"en","bytes":5}' >"$TMP/facts.ndjson"
ex=$(grep -h 'cf-aggregate -t doc --by lang --count --sum bytes' README.md tools/aggregate.1 | sed 's/^ *//' | sort -u)
check "the example is the same in the README and the man page" "cf-aggregate -t doc --by lang --count --sum bytes facts.ndjson" "$ex"
(cd "$TMP" && PATH=$CF_BIN:$PATH sh -c "$ex") >"$TMP/out" 2>"$TMP/err"
check "the example sums the bytes of each language" 'en 2 105
zh 1 30' "$(grep '"type":"agg"' "$TMP/out" | jqr '"\(.lang) \(.count) \(.bytes_sum)"')"
