#!/usr/bin/env bash
# Side by side: our gateway client and @discordjs/ws 2.x against one loopback gateway (gateway.mjs), alternately,
# each routing COUNT MESSAGE_REACTION_ADD dispatches to polls by message id. Prints every run, then the medians
# and the ratio. CPU is the client process's user+system seconds (start-up included), a steadier figure than
# wall time on a shared machine.
#
#   bench/gateway-vs-discordjs/run.sh [runs=5] [count=500000]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-5}
count=${2:-500000}

cd "$here"
[ -d node_modules/@discordjs/ws ] || npm ci --no-audit --no-fund >/dev/null
dotnet build -c Release "$root/bench/RumourBot.Benchmarks" -nologo -v q >/dev/null
dll="$root/bench/RumourBot.Benchmarks/bin/Release/net10.0/RumourBot.Benchmarks.dll"

work=$(mktemp -d)
node gateway.mjs "$count" 0 >"$work/gateway.log" 2>&1 &
gateway=$!
trap 'kill $gateway 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/gateway.log" && break; sleep 0.1; done
url=$(awk '/listening/ {print $2}' "$work/gateway.log")
echo "gateway $url, $count dispatches a run, $runs runs each"

run() { # name, command...: one run; appends "rate cpu" to $work/<name>
  local name=$1; shift
  local line
  line=$(/usr/bin/time -f "cpu %U %S" -o "$work/time" "$@")
  local cpu
  cpu=$(awk '/^cpu/ {print $2 + $3}' "$work/time")
  echo "$name: $line (cpu ${cpu} s)"
  echo "$(echo "$line" | sed -E 's/.*: ([0-9]+) dispatches\/s.*/\1/') $cpu" >>"$work/$name"
}

for i in $(seq "$runs"); do
  # Alternate who goes first, so neither always gets the warmer machine.
  if (( i % 2 )); then
    run discordjs node discordjs-client.mjs "$url" "$count"
    run ours dotnet "$dll" gateway-client "$url" "$count"
  else
    run ours dotnet "$dll" gateway-client "$url" "$count"
    run discordjs node discordjs-client.mjs "$url" "$count"
  fi
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ours=$(cut -d' ' -f1 "$work/ours" | median)
theirs=$(cut -d' ' -f1 "$work/discordjs" | median)
ours_cpu=$(cut -d' ' -f2 "$work/ours" | median)
theirs_cpu=$(cut -d' ' -f2 "$work/discordjs" | median)
echo "median ours:          $ours dispatches/s (cpu $ours_cpu s)"
echo "median @discordjs/ws: $theirs dispatches/s (cpu $theirs_cpu s)"
awk -v a="$ours" -v b="$theirs" -v c="$ours_cpu" -v d="$theirs_cpu" \
  'BEGIN { printf "ratio ours / @discordjs/ws: %.2fx dispatches/s, %.2fx less cpu\n", a / b, d / c }'
# Each round's two runs ran back to back under the same machine load: the median of their ratios.
paired=$(paste -d' ' "$work/ours" "$work/discordjs" | awk '{ printf "%.4f\n", $1 / $3 }' | median)
printf "median of the %s paired ratios: %.2fx\n" "$runs" "$paired"
