#!/bin/sh
# parallel.sh --sshlogin over a real ssh: an sshd on 127.0.0.1, on a free
# port, with a host key and two user keys made here, and two logins to it
# (one a key).  The five outputs must equal report.sh's byte for byte, with
# article names holding spaces, quotes, a backslash and a newline.  Skips
# where sshd cannot start.
. tests/lib.sh
need_pipeline ssh || exit 0
P=$(pwd)/pipelines
SSHD=$(command -v sshd || echo /usr/sbin/sshd)
for c in "$SSHD" ssh ssh-keygen parallel python3; do
	if ! command -v "$c" >/dev/null 2>&1; then
		skip "ssh" "$c is not installed (Debian packages openssh-server, openssh-client, parallel)"
		exit 0
	fi
done

K=$TMP/ssh
mkdir -p "$K" && chmod 700 "$K"
ssh-keygen -q -t ed25519 -N '' -C host -f "$K/host" || { fail "ssh: ssh-keygen"; exit 0; }
ssh-keygen -q -t ed25519 -N '' -C a -f "$K/a" && ssh-keygen -q -t ed25519 -N '' -C b -f "$K/b"
cat "$K/a.pub" "$K/b.pub" > "$K/authorized_keys"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$K/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $K/host
AuthorizedKeysFile $K/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $K/sshd.pid
LogLevel INFO
EOF
# Run as root, sshd wants its privilege separation directory, which the
# package's service makes at boot; a fresh container has none.
[ "$(id -u)" = 0 ] && [ ! -d /run/sshd ] && mkdir -p -m 755 /run/sshd
"$SSHD" -D -e -f "$K/sshd_config" 2>"$K/sshd.log" &
sshd=$!
trap 'kill $sshd 2>/dev/null; rm -rf "$TMP"' EXIT

echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$K/host.pub")" > "$K/known_hosts"
for h in a b; do
	cat <<EOF
Host cf-$h
	HostName 127.0.0.1
	Port $port
	User $(id -un)
	IdentityFile $K/$h
	IdentitiesOnly yes
	UserKnownHostsFile $K/known_hosts
	StrictHostKeyChecking yes
	BatchMode yes
	LogLevel ERROR
EOF
done > "$K/ssh_config"
i=0
until ssh -F "$K/ssh_config" cf-a true 2>/dev/null; do
	i=$((i + 1))
	if [ $i -ge 100 ] || ! kill -0 $sshd 2>/dev/null; then
		skip "ssh" "sshd does not start here: $(head -c 300 "$K/sshd.log")"
		exit 0
	fi
	sleep 0.1
done
ok "ssh: sshd runs on 127.0.0.1:$port"

# The articles: the samples, and copies under hostile names.
A=$TMP/in
mkdir -p "$A/sub dir"
cp samples/* "$A/"
set -- samples/*
cp "$1" "$A/sp ace.txt"
cp "$2" "$A/quo\"te's.txt"
cp "$3" "$A/back\\slash.txt"
cp "$4" "$A/sub dir/new
line.txt"
cp "$5" "$A/sub dir/-dash.txt"
# Relative names: a job on the other side starts in this directory's path.
cd "$TMP" || exit 2
check_rc "ssh: report.sh" 0 "$P/report.sh" --quiet -o serial in
check "ssh: ten articles" "10" "$(grep -c '^{"type":"doc"' serial/facts.ndjson)"
check_rc "ssh: parallel.sh with two logins" 0 env PARALLEL_SSH="ssh -F $K/ssh_config" \
	"$P/parallel.sh" -n 2 --block 4k --sshlogin 1/cf-a --sshlogin 1/cf-b -o par in
check_grep "ssh: parallel.sh says where the outputs are" \
	"^parallel.sh: wrote par/: [0-9]+ facts, [0-9]+ indicators \\(facts.ndjson, facts.csv, indicators.csv, report.html, report.md\\)" "$TMP/err"
for f in facts.ndjson facts.csv indicators.csv report.html report.md; do
	if cmp -s "$TMP/serial/$f" "$TMP/par/$f"; then ok "ssh: $f equals report.sh's"; else
		fail "ssh: $f equals report.sh's" "$(diff "$TMP/serial/$f" "$TMP/par/$f" | head -5)"
	fi
done
check "ssh: the hostile names are docs" "5" "$(grep '^{"type":"doc"' "$TMP/par/facts.ndjson" | jqr .doc | grep -c -e 'sp ace' -e "quo\"te's" -e 'back\\slash' -e '^line.txt$' -e '/-dash')"
fa=$(ssh-keygen -l -f "$K/a.pub" | cut -d' ' -f2)
fb=$(ssh-keygen -l -f "$K/b.pub" | cut -d' ' -f2)
check "ssh: jobs ran through both logins" "yes yes" \
	"$(grep -q "Accepted publickey.*$fa" "$K/sshd.log" && echo yes) $(grep -q "Accepted publickey.*$fb" "$K/sshd.log" && echo yes)"
