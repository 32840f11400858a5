#!/usr/bin/env bash
# Runs each workload in several separate processes and prints the median across processes of each process's median
# run, because figures vary up to 2x between processes on a shared machine.
# Usage: bench/workloads.sh [processes=5] [orders=1000000] [workloads="A B C M"]
set -euo pipefail
cd "$(dirname "$0")/.."
processes=${1:-5}
orders=${2:-1000000}
workloads=${3:-"A B C M"}
dotnet build -c Release bench/Workloads -v quiet -nologo >/dev/null
out=$(mktemp -d)
for w in $workloads; do
  for p in $(seq 1 "$processes"); do
    dotnet bench/Workloads/bin/Release/net10.0/SocialExchange.Workloads.dll "$w" --orders "$orders" --repeat 3 --json > "$out/$w.$p.json"
  done
done
python3 - "$out" "$processes" $workloads <<'PY'
import json, statistics, sys
folder, processes, workloads = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print(f"{'workload':8} {'ops/s (median)':>15} {'ops/s per process':>40} {'p50':>5} {'p99':>5} {'p99.9':>6} {'p99.99':>7} {'max':>9} {'trades':>8} {'GCs':>4} {'alloc B':>8}")
for w in workloads:
    runs = [json.load(open(f"{folder}/{w}.{p}.json")) for p in range(1, processes + 1)]
    ops = [r["ops_per_sec"] for r in runs]
    mid = sorted(runs, key=lambda r: r["ops_per_sec"])[len(runs) // 2]
    lat = {k: statistics.median(r["latency_ns"][k] for r in runs) for k in ("p50", "p99", "p999", "p9999", "max")}
    per = " ".join(f"{o/1e6:.1f}M" for o in ops)
    print(f"{w:8} {statistics.median(ops):>15,.0f} {per:>40} {lat['p50']:>5.0f} {lat['p99']:>5.0f} {lat['p999']:>6.0f} {lat['p9999']:>7.0f} {lat['max']:>9,.0f} "
          f"{mid['trades']:>8} {max(r['gc_collections'] for r in runs):>4} {max(r['allocated_bytes'] for r in runs):>8}")
PY
