#!/usr/bin/env python3
"""Compares variants of the engine host benchmark in paired, alternating processes.

The project's machine is shared and noisy: the same binary runs 1.5x faster or slower from one minute to the
next, in streaks. Two variants measured one after the other therefore say little; measured in alternation,
round after round (A B, then B A, ...), each round's ratio compares two processes a few seconds apart, and the
median ratio over many rounds is what to quote. Even so, identical binaries have shown median ratios of 1.03 to
1.21 over five rounds on this machine: run at least eight rounds before believing a difference under 1.3x.

usage: bench/paired.py [--pause SECONDS] ROUNDS VARIANT [VARIANT ...] -- BENCH_ARGS
  --pause   wait this long before each process (default 0): with durable journals, a process started right after
            another one wrote and deleted hundreds of MB often had its first run's p99 at 22-50 ms (fsyncs held up by the
            disk) on this VM; 8 s was enough (bench/README.md, sixth session)
  VARIANT   name=executable[,ENV=value...][,+extra bench argument...]
            executable: a built SocialExchange.EngineHostBench (copy bin/Release/net10.0 aside to keep a build)
  BENCH_ARGS  passed to every run, e.g. --orders 1000000 --repeat 3 --durability async; with --restart, the
            full-replay rate and the restart times (by replay, from the snapshot) of every process are compared as well

Besides throughput and p99, it prints each variant's medians of every thread's CPU time per command and switches
per 1000 commands (the benchmark's "by thread" lines), which say which thread, and so which core, a difference
comes from (bench/README.md, "Eighth session of 2026-12-07").

example:
  cp -r bench/EngineHost/bin/Release/net10.0 /tmp/before   # then change the code and build again
  bench/paired.py 8 before=/tmp/before/SocialExchange.EngineHostBench \\
      after=bench/EngineHost/bin/Release/net10.0/SocialExchange.EngineHostBench -- --orders 1000000 --repeat 3
"""
import os
import re
import statistics
import subprocess
import sys
import time

SUMMARY = re.compile(r"median: ([\d,]+) commands/s; median p99 ack latency ([\d,]+) ns")
RUN_P99 = re.compile(r" p99 ([\d,]+) p99\.9")
REPLAY = re.compile(r"restart by full replay: [\d,]+ records in [\d,]+ ms \(([\d,]+) records/s\), total ([\d,]+) ms")
THREADS = re.compile(r"by thread, CPU ns per command / switches in per 1000 commands: (.*)")
THREAD = re.compile(r"(\S+) (\d+)/([\d.]+)")
FROM_SNAPSHOT = re.compile(r"restart from a snapshot at the end: [\d,]+ records replayed, total ([\d,]+) ms")


def parse_variant(text):
    name, _, rest = text.partition("=")
    parts = rest.split(",")
    if not name or not parts[0]:
        sys.exit(f"bad variant '{text}': expected name=executable[,ENV=value][,+argument]")
    env, extra = {}, []
    for part in parts[1:]:
        if part.startswith("+"):
            extra.append(part[1:])
        elif "=" in part:
            key, _, value = part.partition("=")
            env[key] = value
        else:
            sys.exit(f"bad setting '{part}' in variant '{name}'")
    return name, parts[0], env, extra


def number(text):
    return int(text.replace(",", ""))


def main(argv):
    if "--" not in argv or len(argv) < 4:
        sys.exit(__doc__)
    split = argv.index("--")
    head = argv[1:split]
    pause = 0.0
    if head[:1] == ["--pause"]:
        pause = float(head[1])
        head = head[2:]
    if len(head) < 2:
        sys.exit(__doc__)
    rounds = int(head[0])
    variants = [parse_variant(v) for v in head[1:]]
    bench_args = argv[split + 1:]
    throughput = {v[0]: [] for v in variants}
    p99 = {v[0]: [] for v in variants}
    run_p99 = {v[0]: [] for v in variants}
    replay = {v[0]: [] for v in variants}
    restart = {v[0]: [] for v in variants}
    snapshot_restart = {v[0]: [] for v in variants}
    threads = {v[0]: {} for v in variants}  # name -> thread -> [(CPU ns per command, switches per 1000)] over all runs
    for round_number in range(rounds):
        order = variants if round_number % 2 == 0 else list(reversed(variants))
        for name, executable, env, extra in order:
            time.sleep(pause)
            result = subprocess.run([executable, *bench_args, *extra], env={**os.environ, **env}, capture_output=True, text=True)
            summary = SUMMARY.search(result.stdout)
            if result.returncode != 0 or summary is None:
                sys.exit(f"{name} failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
            throughput[name].append(number(summary.group(1)))
            p99[name].append(number(summary.group(2)))
            this_run_p99 = [number(x) / 1e6 for x in RUN_P99.findall(result.stdout)]
            run_p99[name].extend(this_run_p99)
            runs = " ".join(f"{x:.1f}" for x in this_run_p99)
            for line in THREADS.findall(result.stdout):
                for thread, cpu, switches in THREAD.findall(line):
                    threads[name].setdefault(thread, []).append((int(cpu), float(switches)))
            replayed = REPLAY.search(result.stdout)
            from_snapshot = FROM_SNAPSHOT.search(result.stdout)
            replay_text = ""
            if replayed and from_snapshot:
                replay[name].append(number(replayed.group(1)))
                restart[name].append(number(replayed.group(2)))
                snapshot_restart[name].append(number(from_snapshot.group(1)))
                replay_text = (f", replay {replay[name][-1] / 1e6:.2f}M records/s, restart {restart[name][-1]:,} ms,"
                               f" from the snapshot {snapshot_restart[name][-1]:,} ms")
            print(f"round {round_number + 1} {name}: median {throughput[name][-1] / 1e6:.2f}M commands/s, p99 per run {runs} ms{replay_text}", flush=True)
    base = variants[0][0]
    for name, _, _, _ in variants:
        ratios = [a / b for a, b in zip(throughput[name], throughput[base])]
        print(f"{name}: median {statistics.median(throughput[name]) / 1e6:.2f}M commands/s "
              f"(processes {' '.join(f'{x / 1e6:.2f}' for x in throughput[name])}), "
              f"median p99 {statistics.median(p99[name]) / 1e6:.1f} ms, median ratio to {base} {statistics.median(ratios):.3f}")
        print(f"{name}: p99 of all {len(run_p99[name])} runs: median {statistics.median(run_p99[name]):.1f} ms, "
              f"{sum(1 for x in run_p99[name] if x < 5)} under 5 ms")
        if threads[name]:
            print(f"{name}: by thread, medians over all runs of CPU ns per command / switches in per 1000 commands: " +
                  ", ".join(f"{thread} {statistics.median(c for c, _ in v):.0f}/{statistics.median(w for _, w in v):.1f}"
                            for thread, v in threads[name].items()))
        if replay[name] and len(replay[name]) == len(replay[base]):
            replay_ratios = [a / b for a, b in zip(replay[name], replay[base])]
            print(f"{name}: replay median {statistics.median(replay[name]) / 1e6:.2f}M records/s "
                  f"(processes {' '.join(f'{x / 1e6:.2f}' for x in replay[name])}), "
                  f"median ratio to {base} {statistics.median(replay_ratios):.3f}")
            print(f"{name}: restart median {statistics.median(restart[name]):,.0f} ms "
                  f"(processes {' '.join(f'{x:,}' for x in restart[name])}), from the snapshot median "
                  f"{statistics.median(snapshot_restart[name]):,.0f} ms (processes {' '.join(f'{x:,}' for x in snapshot_restart[name])})")


if __name__ == "__main__":
    main(sys.argv)
